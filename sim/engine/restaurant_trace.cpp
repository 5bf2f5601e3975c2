#include "ccsim/engine/restaurant_trace.hpp"

#include <simgrid/s4u.hpp>

#include "restaurant_tables.hpp"
#include "world_engine.hpp"

namespace ccsim {

ReplicationTallies simulate_restaurant_traced(const Scenario& scenario, std::uint32_t replication,
                                              std::vector<SeatingEvent>& trace) {
  // The same platform as simulate_replications (one world), with the restaurant's trace on.
  engine::WorldEngine w = engine::start_world_engine(1);
  engine::RestaurantTables world(scenario, replication, w.hosts[0]);
  world.trace_seating_to(&trace);
  world.start();
  w.engine->run();
  return world.finish(simgrid::s4u::Engine::get_clock()).totals;  // the only world: it ends with the engine
}

}  // namespace ccsim
