#include "world_engine.hpp"

#include <algorithm>
#include <string>

#include <xbt/log.h>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

WorldEngine start_world_engine(std::uint32_t worlds) {
  xbt_log_control_set("root.thres:critical");
  // Small actor stacks: lanes and tables are shallow actors, and big floors have thousands.
  std::string name = "ccsim", stack = "--cfg=contexts/stack-size:128";
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer cannot follow SimGrid's own stack switching (raw
  // contexts: "ASan is ignoring requested __asan_handle_no_return", false
  // reports may follow); with one thread per actor it sees every stack.
  // (ASan's redzones need deeper stacks than the 128 KiB of the plain build.)
  std::string factory = "--cfg=contexts/factory:thread";
  stack = "--cfg=contexts/stack-size:2048";
  int argc = 3;
  char* argv[] = {name.data(), stack.data(), factory.data(), nullptr};
#else
  int argc = 2;
  char* argv[] = {name.data(), stack.data(), nullptr};
#endif
  // Tearing the engine down would cost more than the process has left to live.
  WorldEngine w{new s4u::Engine(&argc, argv), {}};
  auto* zone = s4u::create_full_zone("floor");
  for (std::uint32_t i = 0; i < worlds; ++i) {
    w.hosts.push_back(zone->create_host("world-" + std::to_string(i), 1e9));
    w.hosts.back()->seal();
  }
  zone->seal();
  return w;
}

WorldEnds::WorldEnds() {
  auto ends = ends_;
  s4u::Actor::on_termination_cb([ends](const s4u::Actor& actor) {
    if (actor.is_daemon()) return;
    double& end = (*ends)[actor.get_host()];
    end = std::max(end, s4u::Engine::get_clock());
  });
}

}  // namespace ccsim::engine
