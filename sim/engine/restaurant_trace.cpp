#include "ccsim/engine/restaurant_trace.hpp"

#include <simgrid/s4u.hpp>
#include <xbt/log.h>

#include "restaurant_tables.hpp"

namespace ccsim {

ReplicationTallies simulate_restaurant_traced(const Scenario& scenario, std::uint32_t replication,
                                              std::vector<SeatingEvent>& trace) {
  // The same platform as simulate_replications (one world), with the restaurant's trace on.
  xbt_log_control_set("root.thres:critical");
  std::string name = "ccsim", stack = "--cfg=contexts/stack-size:128";
  int argc = 2;
  char* argv[] = {name.data(), stack.data(), nullptr};
  simgrid::s4u::Engine engine(&argc, argv);
  auto* zone = simgrid::s4u::create_full_zone("floor");
  auto* host = zone->create_host("floor", 1e9);
  host->seal();
  zone->seal();
  engine::RestaurantTables world(scenario, replication, host);
  world.trace_to(&trace);
  world.start();
  engine.run();
  return world.finish(simgrid::s4u::Engine::get_clock());  // the only world: it ends with the engine
}

} // namespace ccsim
