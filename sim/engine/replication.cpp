#include "ccsim/engine/replication.hpp"

#include <simgrid/s4u.hpp>
#include <xbt/log.h>

#include "call_center.hpp"

namespace ccsim {

ReplicationTallies simulate_replication(const Scenario& scenario, std::uint32_t replication) {
  xbt_log_control_set("root.thres:critical");
  // Small actor stacks: agents are shallow, and big scenarios have thousands.
  std::string name = "ccsim", stack = "--cfg=contexts/stack-size:128";
  int argc = 2;
  char* argv[] = {name.data(), stack.data(), nullptr};
  simgrid::s4u::Engine engine(&argc, argv);
  auto* zone = simgrid::s4u::create_full_zone("floor");
  auto* host = zone->create_host("floor", 1e9);
  host->seal();
  zone->seal();
  engine::CallCenter world(scenario, replication, host);
  world.start();
  engine.run();
  return world.finish();
}

} // namespace ccsim
