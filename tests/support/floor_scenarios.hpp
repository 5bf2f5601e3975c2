#pragma once
// Checkout and restaurant scenarios built in code for engine tests.
#include "test_scenarios.hpp"

namespace ccsim::test {

/// A checkout with `lanes` lanes, all open at the start, cashiers `cashiers`
/// per interval, one item per basket and no per-item or payment time (so the
/// service time is the demand's, as in the call center), lanes never closing.
inline Scenario checkout_scenario(Scenario s, int lanes, int open_at_start) {
  s.floor.kind = FloorKind::checkout;
  CheckoutFloor& c = s.floor.checkout;
  c.lanes = lanes;
  c.open_at_start = open_at_start;
  c.open_at = 1000000;
  c.standard = 6;
  c.close_below = 0;
  c.basket = CountDistribution::fixed(1);
  return s;
}

/// A restaurant on `tables` (ascending seats), parties of `party` guests,
/// meals from the demand's service, no joining and no kitchen.
inline Scenario restaurant_scenario(Scenario s, std::vector<int> tables, CountDistribution party) {
  s.floor.kind = FloorKind::restaurant;
  RestaurantFloor& r = s.floor.restaurant;
  r.tables = std::move(tables);
  r.party_size = std::move(party);
  r.meal_by_size.assign(static_cast<std::size_t>(r.tables.back()), std::nullopt);
  return s;
}

}  // namespace ccsim::test
