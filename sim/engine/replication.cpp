#include "ccsim/engine/replication.hpp"

#include <memory>

#include <simgrid/s4u.hpp>

#include "call_center.hpp"
#include "checkout_lanes.hpp"
#include "restaurant_tables.hpp"
#include "world_engine.hpp"

namespace ccsim {
namespace {

namespace s4u = simgrid::s4u;
using engine::WorldEnds;

template <class World>
std::vector<ReplicationResult> run_worlds(const Scenario& scenario, std::uint32_t first,
                                          const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  const auto worlds = engine::make_worlds<World>(scenario, first, hosts);
  const WorldEnds ends;
  for (auto& world : worlds) world->start();
  engine.run();
  return engine::finish_worlds(worlds, first, hosts, ends);
}

// The floor kind picks the world of actors; everything around it is shared.
std::vector<ReplicationResult> run_floor(const Scenario& scenario, std::uint32_t first,
                                         const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return run_worlds<engine::CheckoutLanes>(scenario, first, hosts, engine);
  case FloorKind::restaurant: return run_worlds<engine::RestaurantTables>(scenario, first, hosts, engine);
  case FloorKind::call_center: break;
  }
  return run_worlds<engine::CallCenter>(scenario, first, hosts, engine);
}

}  // namespace

std::vector<ReplicationResult> simulate_replications(const Scenario& scenario, std::uint32_t first,
                                                     std::uint32_t count) {
  engine::WorldEngine w = engine::start_world_engine(count);
  return run_floor(scenario, first, w.hosts, *w.engine);
}

}  // namespace ccsim
