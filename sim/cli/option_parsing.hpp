#pragma once
// Shared plumbing of the subcommands: option parsing and error-to-exit-code mapping.
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace ccsim::cli {

/// A mistake on the command line: printed as "ccsim CMD: message", exit 2.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// Parses `args` against `options` plus one positional SCENARIO; returns the
/// scenario path ("" with --help). Throws UsageError.
std::string parse_with_scenario(const std::vector<std::string>& args,
                                const boost::program_options::options_description& options,
                                boost::program_options::variables_map& vm);

/// Runs a command body, mapping user errors (UsageError, ScenarioError,
/// option errors) to exit 2 and anything else to exit 1, with a message on stderr.
int guarded_command(const std::string& name, const std::function<int()>& body);

}  // namespace ccsim::cli
