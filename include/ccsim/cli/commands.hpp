#pragma once
// The subcommands of the ccsim executable. Each parses its own options
// (Boost.Program_options), prints --help, and returns the process exit code:
// 0 ok, 2 user error (message on stderr), 1 internal error.
#include <string>
#include <vector>

namespace ccsim::cli {

int run_command(const std::vector<std::string>& args);
int check_command(const std::vector<std::string>& args);
int erlang_command(const std::vector<std::string>& args);
int compare_command(const std::vector<std::string>& args);
int sweep_command(const std::vector<std::string>& args);
int staff_command(const std::vector<std::string>& args);
int serve_command(const std::vector<std::string>& args);

}  // namespace ccsim::cli
