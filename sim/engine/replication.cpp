#include "ccsim/engine/replication.hpp"

#include <simgrid/s4u.hpp>
#include <xbt/log.h>

#include "call_center.hpp"
#include "checkout_lanes.hpp"
#include "restaurant_tables.hpp"

namespace ccsim {
namespace {

template <class World>
ReplicationTallies run_world(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host,
                             simgrid::s4u::Engine& engine) {
  World world(scenario, replication, host);
  world.start();
  engine.run();
  return world.finish();
}

// The floor kind picks the world of actors; everything around it is shared.
ReplicationTallies run_floor(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host,
                             simgrid::s4u::Engine& engine) {
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return run_world<engine::CheckoutLanes>(scenario, replication, host, engine);
  case FloorKind::restaurant: return run_world<engine::RestaurantTables>(scenario, replication, host, engine);
  case FloorKind::call_center: break;
  }
  return run_world<engine::CallCenter>(scenario, replication, host, engine);
}

} // namespace

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
  return run_floor(scenario, replication, host, engine);
}

} // namespace ccsim
