#include "floor_worlds.hpp"

#include "call_center.hpp"
#include "ccsim/engine/replication_chunks.hpp"
#include "checkout_lanes.hpp"
#include "restaurant_tables.hpp"

namespace ccsim {

namespace engine {

std::unique_ptr<FloorWorld> make_floor_world(const Scenario& scenario, std::uint32_t replication,
                                             simgrid::s4u::Host* host) {
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return std::make_unique<CheckoutLanes>(scenario, replication, host);
  case FloorKind::restaurant: return std::make_unique<RestaurantTables>(scenario, replication, host);
  case FloorKind::call_center: break;
  }
  return std::make_unique<CallCenter>(scenario, replication, host);
}

}  // namespace engine

int actors_per_world(const Scenario& scenario) {
  constexpr int customers_and_staffing = 2;
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return customers_and_staffing + scenario.floor.checkout.lanes;
  case FloorKind::restaurant: return customers_and_staffing + static_cast<int>(scenario.floor.restaurant.tables.size());
  case FloorKind::call_center: break;
  }
  return 1;  // the floor: a call center's agents are records, not actors
}

}  // namespace ccsim
