#include "room_http.hpp"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <regex>

#include <boost/program_options/errors.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "option_parsing.hpp"

namespace ccsim::cli {
namespace {

// %XX decoded; '+' stays a plus ("count+=1" as typed), a malformed escape as written.
std::string decoded(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

Query::Query(const httplib::Request& req) {
  const auto at = req.target.find('?');
  if (at == std::string::npos) return;
  const std::string text = req.target.substr(at + 1);
  for (std::size_t from = 0; from <= text.size();) {
    const std::size_t end = std::min(text.find('&', from), text.size());
    const std::string pair = text.substr(from, end - from);
    if (!pair.empty()) {
      const std::size_t eq = pair.find('=');
      params.emplace(decoded(pair.substr(0, eq)), eq == std::string::npos ? "" : decoded(pair.substr(eq + 1)));
    }
    from = end + 1;
  }
}

std::vector<std::string> Query::all(const std::string& key) const {
  std::vector<std::string> out;
  for (auto [from, to] = params.equal_range(key); from != to; ++from) out.push_back(from->second);
  return out;
}

void check_params(const Query& query, const std::set<std::string>& allowed) {
  for (const auto& [key, value] : query.params) {
    (void)value;
    if (!allowed.count(key)) {
      std::string names;
      for (const std::string& a : allowed) names += (names.empty() ? "" : ", ") + a;
      throw Refusal(400, "unknown parameter \"" + key + "\" (allowed: " + names + ")");
    }
  }
}

void reply_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                      "\n",
                  "application/json");
}

// A scenario is named by its file name in the served folder: no folders, no
// hidden files, nothing but *.yaml, so no request reaches outside it.
void check_name(const std::string& name) {
  static const std::regex plain(R"([A-Za-z0-9_][A-Za-z0-9_.-]*\.ya?ml)");
  if (!std::regex_match(name, plain) || name.find("..") != std::string::npos)
    throw Refusal(400, "scenario \"" + name +
                           "\": name a .yaml file of the served folder by its file name alone (letters, digits, "
                           "'_', '-', '.'; no folders)");
}

// The status and message of the exception being handled.
std::pair<int, std::string> failure(const std::string& path) {
  try {
    throw;
  } catch (const RunCancelled&) {
    return {409, "cancelled: a newer request of the same client replaced this one"};
  } catch (const Refusal& e) {
    return {e.status, e.what()};
  } catch (const ScenarioError& e) {
    return {400, e.what()};
  } catch (const UsageError& e) {
    return {400, e.what()};
  } catch (const boost::program_options::error& e) {
    return {400, e.what()};
  } catch (const std::exception& e) {
    return {500, "internal error on " + path + ": " + e.what()};
  } catch (...) {
    return {500, "internal error on " + path};
  }
}

// cpp-httplib binds with SO_REUSEPORT, so a second server on a taken port
// would share it silently: a plain bind first says whether it is free.
void refuse_port_in_use(const std::string& bind, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (::getaddrinfo(bind.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found)
    throw UsageError("--bind " + bind + ": not an address of this machine");
  const int fd = ::socket(found->ai_family, found->ai_socktype, found->ai_protocol);
  const int one = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);  // a port in TIME_WAIT is free
  const bool taken = fd < 0 || ::bind(fd, found->ai_addr, found->ai_addrlen) != 0;
  const int why = errno;
  if (fd >= 0) ::close(fd);
  ::freeaddrinfo(found);
  if (taken)
    throw UsageError(fmt::format("cannot listen on {}:{} ({}): another program has it, or use another --port", bind,
                                 port, std::strerror(why)));
}

}  // namespace ccsim::cli
