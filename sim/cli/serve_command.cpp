// `ccsim serve [FOLDER]`: the trainer's live room, a local web page over a
// folder of scenarios (live_room.hpp).
#include <iostream>

#include <boost/program_options.hpp>

#include "ccsim/cli/commands.hpp"
#include "live_room.hpp"
#include "option_parsing.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {

int serve_command(const std::vector<std::string>& args) {
  po::options_description options("ccsim serve [FOLDER] [options]");
  options.add_options()("help,h", "show this help")("port", po::value<int>()->default_value(8080),
                                                    "the port to listen on (0: any free port)")(
      "bind", po::value<std::string>()->default_value("127.0.0.1"),
      "the address to listen on; the default reaches this machine only (0.0.0.0: every network)")(
      "max-runs", po::value<int>()->default_value(0), "simulations at once (0: one per core); more get 503")(
      "max-calls", po::value<double>()->default_value(5e6),
      "customers one request may simulate (replications x a day's forecast); more get 422")(
      "max-body", po::value<std::size_t>()->default_value(1 << 20), "bytes a request body may have; more get 413");
  po::options_description hidden;
  hidden.add_options()("folder", po::value<std::string>()->default_value("scenarios"));
  po::positional_options_description positional;
  positional.add("folder", 1);
  return guarded_command("serve", [&] {
    po::options_description all;
    all.add(options).add(hidden);
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << "Serves the live room: a web page over a folder of scenarios (default: scenarios) whose sliders\n"
                   "re-simulate the day on every change, with the report and the replay of replication 1.\n\n"
                << options;
      return 0;
    }
    LiveRoomOptions o;
    o.folder = vm["folder"].as<std::string>();
    o.bind = vm["bind"].as<std::string>();
    o.port = vm["port"].as<int>();
    o.max_runs = vm["max-runs"].as<int>();
    o.max_calls = vm["max-calls"].as<double>();
    o.max_body = vm["max-body"].as<std::size_t>();
    if (o.port < 0 || o.port > 65535) throw UsageError("--port must be from 0 to 65535");
    if (o.max_runs < 0) throw UsageError("--max-runs must be 0 (one per core) or more");
    if (!(o.max_calls > 0)) throw UsageError("--max-calls must be above 0");
    return serve_live_room(o);
  });
}

}  // namespace ccsim::cli
