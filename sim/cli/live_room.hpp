#pragma once
// The live room (`ccsim serve`): a local HTTP server over a folder of
// scenarios. The page (sim/cli/live_room.html) moves the levers; each change
// re-simulates the day through the same code as `ccsim run`.
#include <string>

namespace ccsim::cli {

struct LiveRoomOptions {
  std::string folder;  ///< the scenarios served (*.yaml directly inside it), as given
  std::string bind = "127.0.0.1";
  int port = 8080;                 ///< 0: any free port
  int max_runs = 0;                ///< simulations at once (one per core when 0); more wait for none: 503
  double max_calls = 5e6;          ///< per request: replications x forecast customers of a day
  std::size_t max_body = 1 << 20;  ///< bytes of a request body
};

/// Serves until SIGINT or SIGTERM; prints the address to stdout once it
/// listens (with port 0, the port it got). Returns the exit code.
int serve_live_room(const LiveRoomOptions& options);

}  // namespace ccsim::cli
