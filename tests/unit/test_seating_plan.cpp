// Where a party sits: single tables first, then joinable combinations (runs of
// adjacent tables), fewest seats first; and how the loader numbers tables.
#include <catch2/catch.hpp>

#include "ccsim/model/seating_plan.hpp"
#include "ccsim/scenario/loader.hpp"

using namespace ccsim;

namespace {
using Tables = std::vector<int>;
}

TEST_CASE("seating plan: the smallest free single table first", "[seating]") {
  SeatingPlan plan({2, 2, 4, 6}, {});
  CHECK(plan.choose(1) == 0);
  CHECK(plan.choose(3) == 2);
  plan.occupy(2);
  CHECK(plan.choose(3) == 3);  // the 6-top: no joining
  plan.occupy(3);
  CHECK(plan.choose(3) == -1);
  plan.release(2);
  CHECK(plan.choose(4) == 2);
}

TEST_CASE("seating plan: runs of adjacent tables, fewest seats, then fewest tables, then listing order", "[seating]") {
  // Positions 0, 1, 2 seat 2; 3 and 4 seat 4. Rows [0, 1, 2] and [2, 3, 4].
  SeatingPlan plan({2, 2, 2, 4, 4}, {{0, 1, 2}, {2, 3, 4}});
  // Places: 5 singles, then [0,1] 4, [1,2] 4, [2,3] 6 (2 tables), [0,1,2] 6 (3 tables), [3,4] 8, [2,3,4] 10.
  CHECK(plan.choose(4) == 3);  // a single 4-top beats the combination [0, 1]
  plan.occupy(3);
  plan.occupy(4);
  const int four = plan.choose(4);
  REQUIRE(four >= 0);
  CHECK(plan.joined(four));
  CHECK(plan.tables_of(four) == Tables{0, 1});
  CHECK(plan.seats_of(four) == 4);
  plan.release(3);
  plan.release(4);
  const int five = plan.choose(5);  // [2, 3] and [0, 1, 2] both seat 6: fewer tables wins
  CHECK(plan.tables_of(five) == Tables{2, 3});
  plan.occupy(five);
  CHECK(plan.busy(2));
  CHECK(plan.busy(3));
  CHECK(plan.tables_of(plan.choose(4)) == Tables{4});  // the other 4-top
  CHECK(plan.tables_of(plan.choose(3)) == Tables{4});
  CHECK(plan.choose(7) == -1);  // [0,1,2] needs 2, [3,4] needs 3, [2,3,4] both
  plan.release(five);
  CHECK(plan.tables_of(plan.choose(7)) == Tables{3, 4});
  CHECK(plan.tables_of(plan.choose(9)) == Tables{2, 3, 4});
  CHECK(plan.choose(11) == -1);
  CHECK(SeatingPlan::largest_place({2, 2, 2, 4, 4}, {{0, 1, 2}, {2, 3, 4}}) == 10);
  CHECK(SeatingPlan::largest_place({2, 12}, {{0}}) == 12);
}

TEST_CASE("restaurant.join_tables numbers tables in listing order, kitchen keys", "[seating][loader]") {
  // Tables 1-2 seat 6, 3-5 seat 2, 6 seats 4: sorted, the 2-tops come first
  // (positions 0-2), then the 4-top (3), then the 6-tops (4, 5).
  const Scenario s = parse_scenario(R"(clock: {length: 2h, interval: 1h}
floor: restaurant
demand:
  - name: parties
    rate_per_hour: 10
    service: {fixed: 45min}
staff:
  - name: waiters
    count: 2
restaurant:
  tables: [{seats: 6, count: 2}, {seats: 2, count: 3}, {seats: 4, count: 1}]
  join_tables: [[3, 4, 5], [6, 1]]
  party_size: {weights: {2: 50%, 10: 50%}}
  meal_by_party_size: {10: {fixed: 90min}}
  kitchen: {cooks: 3, per_order: {exponential: {mean: 8min}}}
)",
                                    "inline.yaml");
  const RestaurantFloor& r = s.floor.restaurant;
  CHECK(r.tables == Tables{2, 2, 2, 4, 6, 6});
  REQUIRE(r.join_rows.size() == 2);
  CHECK(r.join_rows[0] == Tables{0, 1, 2});
  CHECK(r.join_rows[1] == Tables{3, 4});
  CHECK(r.meal_by_size.size() == 10);
  CHECK(r.meal_by_size[9]->mean() == 90 * 60);
  REQUIRE(r.kitchen);
  CHECK(r.kitchen->cooks == std::vector<int>(r.kitchen->cooks.size(), 3));
  CHECK(r.kitchen->per_order.mean() == 8 * 60);
  CHECK(floor_kpis(s.floor).size() == restaurant_kpis(false).size() + 7);
}
