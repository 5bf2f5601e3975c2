// ccsim: call-center and service-queue simulator. Dispatches to subcommands.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "ccsim/cli/commands.hpp"

namespace {

const char* usage =
    "usage: ccsim COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  run SCENARIO      simulate a scenario; print per-interval KPIs and the day summary\n"
    "  check SCENARIO    validate a scenario file only\n"
    "  erlang            exact Erlang B / C / A metrics for one stationary interval\n"
    "  compare A [B]     paired differences between two variants (or A with --set overrides)\n"
    "  sweep SCENARIO    one run per value of a key (--vary KEY=LO..HI): KPIs against the value\n"
    "  staff SCENARIO    agents per interval to meet the targets, by formula and by simulation\n"
    "  serve [FOLDER]    the live room: a local web page whose sliders re-simulate the day\n"
    "\n"
    "`ccsim COMMAND --help` shows a command's options. Exit codes: 0 ok, 2 user error, 1 internal error.\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << usage;
    return 2;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (command == "run") return ccsim::cli::run_command(args);
    if (command == "check") return ccsim::cli::check_command(args);
    if (command == "erlang") return ccsim::cli::erlang_command(args);
    if (command == "compare") return ccsim::cli::compare_command(args);
    if (command == "sweep") return ccsim::cli::sweep_command(args);
    if (command == "staff") return ccsim::cli::staff_command(args);
    if (command == "serve") return ccsim::cli::serve_command(args);
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << usage;
      return 0;
    }
    if (command == "--version") {
      std::cout << "ccsim " << CCSIM_VERSION << "\n";
      return 0;
    }
    std::cerr << "ccsim: unknown command '" << command << "'\n\n" << usage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ccsim: internal error: " << e.what() << "\n";
    return 1;
  }
}
