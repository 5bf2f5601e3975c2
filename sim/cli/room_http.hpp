#pragma once
// The live room's HTTP plumbing: a request's query, refusals with their
// status, scenario names that stay inside the served folder, and the port.
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <httplib.h>

namespace ccsim::cli {

// A request refused with an HTTP status and a message saying what is allowed.
struct Refusal : std::runtime_error {
  Refusal(int status_, const std::string& what) : std::runtime_error(what), status(status_) {}
  int status;
};

/// The query string's parameters alone: a body is the scenario's text, never
/// parameters, whatever its content type says (curl posts "forms" by default).
/// Each pair splits at its first '=' only ("set=staff.agents.count=12" is the
/// override "staff.agents.count=12"); %XX is decoded, '+' stays a plus.
struct Query {
  explicit Query(const httplib::Request& req);
  bool has(const std::string& key) const { return params.count(key) > 0; }
  std::vector<std::string> all(const std::string& key) const;
  std::string one(const std::string& key) const { return has(key) ? params.find(key)->second : ""; }
  std::multimap<std::string, std::string> params;
};

/// A Refusal (400) naming the first parameter not in `allowed`.
void check_params(const Query& query, const std::set<std::string>& allowed);

/// An error answer: `{"error": message}` with `status`.
void reply_error(httplib::Response& res, int status, const std::string& message);

/// A scenario's name: a .yaml (or .yml) file of the served folder by its file
/// name alone, else a Refusal (400).
void check_name(const std::string& name);

/// The status and message of the exception being handled (a refusal, a
/// scenario or usage error: 4xx; a cancelled run: 409; anything else: 500).
std::pair<int, std::string> failure(const std::string& path);

/// A UsageError when another program listens on bind:port.
void refuse_port_in_use(const std::string& bind, int port);

}  // namespace ccsim::cli
