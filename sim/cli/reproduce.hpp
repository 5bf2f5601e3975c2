#pragma once
// The command line that reproduces a result: every option that changes it,
// shell-quoted, so it can be pasted into a shell as it stands.
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim::cli {

/// `text` as one shell word: as it is when it needs no quoting, else in
/// single quotes ("it's" becomes 'it'\''s').
std::string shell_quoted(const std::string& text);

/// "ccsim COMMAND PATH OPTION... --seed S --replications R --set K=V...":
/// `options` are the command's own result-changing options, already split
/// into words (e.g. {"--method", "simulation"}); the seed and replications
/// are the scenario's as run, and every --set given follows.
std::string reproduce_command(const std::string& command, const std::string& path,
                              const std::vector<std::string>& options, const Scenario& scenario,
                              const boost::program_options::variables_map& vm);

}  // namespace ccsim::cli
