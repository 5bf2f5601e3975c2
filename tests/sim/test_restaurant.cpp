// Restaurant: joining tables and the kitchen. Tiny deterministic cases
// computed by hand, invariants under random traffic, and "off changes
// nothing" checks (bit for bit).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <map>

#include "ccsim/engine/replication_runner.hpp"
#include "floor_scenarios.hpp"
#include "traced_run.hpp"

using namespace ccsim;

namespace {

using Tables = std::vector<int>;

// Arrivals at the given times, meals of `meal_s`, one interval of `length_s`, 2 waiters, no cap.
Scenario fixed_restaurant(Tables tables, int party, double meal_s, std::vector<double> arrivals, double length_s) {
  Scenario s = test::restaurant_scenario(test::basic_scenario(1, length_s, Distribution::fixed(meal_s), {2}),
                                         std::move(tables), CountDistribution::fixed(party));
  s.demand[0].arrival_times_s = std::move(arrivals);
  return s;
}

// A busy lunch with every feature on: random party sizes, joinable rows,
// impatient parties, a waiter cap and a kitchen.
Scenario busy_restaurant(std::uint64_t seed) {
  Scenario s = test::basic_scenario(16, 900, Distribution::lognormal(2400, 0.3),
                                    {2, 2, 3, 3, 4, 4, 4, 4, 3, 3, 2, 2, 2, 1, 1, 1}, Distribution::exponential(600));
  s.demand[0].rate_per_s.clear();
  for (double per_hour : {6, 12, 20, 24, 24, 20, 12, 8, 6, 6, 4, 4, 3, 3, 2, 2})
    s.demand[0].rate_per_s.push_back(per_hour / 3600);
  s = test::restaurant_scenario(s, {2, 2, 2, 2, 4, 4, 4, 4, 6, 6},
                                CountDistribution::weights({10, 40, 10, 20, 5, 5, 4, 3, 2, 1}));
  s.floor.restaurant.join_rows = {{0, 1, 2, 3}, {4, 5}, {6, 7, 8}, {3, 9}};
  s.floor.restaurant.meal_by_size.assign(16, std::nullopt);
  s.floor.restaurant.tables_per_waiter = 5;
  s.floor.restaurant.kitchen =
      Kitchen{std::vector<int>(static_cast<std::size_t>(s.clock.intervals()), 2), Distribution::exponential(300)};
  s.seed = seed;
  s.replications = 2;
  return s;
}

// The tally without the kitchen's sums, for comparing runs bit for bit.
IntervalTally without_kitchen(IntervalTally t) {
  t.orders = t.orders_waited = t.order_wait_s = t.order_ready_s = 0;
  t.cooks_busy_area = t.cooks_area = t.orders_waiting_area = t.max_orders_waiting = 0;
  return t;
}

void check_same_bits(const std::vector<ReplicationTallies>& a, const std::vector<ReplicationTallies>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t r = 0; r < a.size(); ++r) {
    REQUIRE(a[r].size() == b[r].size());
    for (std::size_t i = 0; i < a[r].size(); ++i) {
      const IntervalTally x = without_kitchen(a[r][i]), y = without_kitchen(b[r][i]);
      INFO("replication " << r << ", interval " << i);
      CHECK(std::memcmp(&x, &y, sizeof x) == 0);
    }
  }
}

}  // namespace

TEST_CASE("restaurant: a large party takes joined tables only when no single table fits", "[restaurant][join]") {
  // Positions 0-2 seat 2, 3 seats 4, 4 seats 6; rows [0, 1, 2] and [3, 4].
  // Parties of 4 at 0, 1, 2, 3, 4, 5 min, meals of 1 h:
  //   P0 takes the 4-top (3), P1 the 6-top (4: a single table before any
  //   combination), P2 joins 0+1 (4 seats, before 1+2, listed later);
  //   P3, P4, P5 find 1+2 and 0+1+2 blocked by table 1 and wait.
  //   60:00 P0 leaves 3 -> P3 sits at 3; 61:00 P1 leaves 4 -> P4 at 4;
  //   62:00 P2 leaves 0+1 together -> P5 joins 0+1 again.
  Scenario s = fixed_restaurant({2, 2, 2, 4, 6}, 4, 3600, {0, 60, 120, 180, 240, 300}, 3 * 3600.0);
  s.floor.restaurant.join_rows = {{0, 1, 2}, {3, 4}};
  const test::TracedRun run = test::run_traced(s);
  const std::vector<SeatingEvent> expected = {
      {0, 0, 4, {3}, true},       {60, 1, 4, {4}, true},    {120, 2, 4, {0, 1}, true}, {3600, 0, 4, {3}, false},
      {3600, 3, 4, {3}, true},    {3660, 1, 4, {4}, false}, {3660, 4, 4, {4}, true},   {3720, 2, 4, {0, 1}, false},
      {3720, 5, 4, {0, 1}, true}, {7200, 3, 4, {3}, false}, {7260, 4, 4, {4}, false},  {7320, 5, 4, {0, 1}, false},
  };
  REQUIRE(run.trace.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    INFO("event " << k);
    CHECK(run.trace[k].t_s == expected[k].t_s);
    CHECK(run.trace[k].party == expected[k].party);
    CHECK(run.trace[k].tables == expected[k].tables);
    CHECK(run.trace[k].seated == expected[k].seated);
  }
  const IntervalTally& t = run.tallies.at(0);
  CHECK(t.answered == 6);
  CHECK(t.waited == 3);
  CHECK(t.wait_answered_s == 3 * 3420);
  CHECK(t.busy_area == 8 * 3600);            // joined parties occupy two tables
  CHECK(t.seats_busy_area == 6 * 4 * 3600);  // guests, not seats
}

TEST_CASE("restaurant: without joinable tables the same parties wait for the single tables", "[restaurant][join]") {
  // As above with no rows: P2 waits for the 4-top (60:00), P3 for the 6-top
  // (61:00), P4 for the 4-top again (120:00), P5 for the 6-top (121:00).
  Scenario s = fixed_restaurant({2, 2, 2, 4, 6}, 4, 3600, {0, 60, 120, 180, 240, 300}, 3 * 3600.0);
  const ReplicationTallies t = run_replications(s, RunOptions{1, {}}).at(0);
  CHECK(t.at(0).answered == 6);
  CHECK(t.at(0).wait_answered_s == (3600 - 120) + (3660 - 180) + (7200 - 240) + (7260 - 300));
}

TEST_CASE("restaurant: the kitchen prepares orders first come, first served", "[restaurant][kitchen]") {
  // One cook, 10 min per order, meals of 30 min, parties of 2 at 0, 1, 2 min,
  // plenty of tables. Orders: P0 cooked 0-10, P1 10-20 (waited 9 min), P2
  // 20-30 (waited 18 min); meals 10-40, 20-50, 30-60, tables held meanwhile.
  Scenario s = fixed_restaurant({2, 2, 2, 2, 2}, 2, 1800, {0, 60, 120}, 7200);
  s.floor.restaurant.kitchen =
      Kitchen{std::vector<int>(static_cast<std::size_t>(s.clock.intervals()), 1), Distribution::fixed(600)};
  const test::TracedRun run = test::run_traced(s);
  const IntervalTally& t = run.tallies.at(0);
  CHECK(t.answered == 3);
  CHECK(t.wait_answered_s == 0);  // no wait for a table
  CHECK(t.orders == 3);
  CHECK(t.orders_waited == 2);
  CHECK(t.order_wait_s == 540 + 1080);
  CHECK(t.order_ready_s == 600 + 1140 + 1680);
  CHECK(t.cooks_busy_area == 1800);
  CHECK(t.cooks_area == 7200);
  CHECK(t.orders_waiting_area == 540 + 1080);
  CHECK(t.max_orders_waiting == 2);
  CHECK(t.busy_area == (600 + 1800) + (1140 + 1800) + (1680 + 1800));
  REQUIRE(run.trace.size() == 6);
  CHECK(run.trace[3].t_s == 2400);  // P0 leaves 10 min (cook) + 30 min (meal) after sitting down
  CHECK(run.trace[4].t_s == 3000);
  CHECK(run.trace[5].t_s == 3600);
}

TEST_CASE("restaurant: cooks per interval, one off duty finishing the order in hand", "[restaurant][kitchen]") {
  // Three intervals of 10 min with 1, 0 and 2 cooks; orders of 500 s from
  // parties at 0, 100 and 200 s (meals of 60 s, plenty of tables). The cook
  // makes P0 0-500 and P1 500-1000, past the end of its shift at 600; P2
  // waits until two cooks come on at 1200 and is made 1200-1700.
  Scenario s = test::restaurant_scenario(test::basic_scenario(3, 600, Distribution::fixed(60), {2, 2, 2}), {2, 2, 2, 2},
                                         CountDistribution::fixed(2));
  s.demand[0].arrival_times_s = {0, 100, 200};
  s.floor.restaurant.kitchen = Kitchen{{1, 0, 2}, Distribution::fixed(500)};
  const ReplicationTallies t = run_replications(s, RunOptions{1, {}}).at(0);
  CHECK(t.at(0).orders == 3);
  CHECK(t.at(0).order_wait_s == 0 + 400 + 1000);
  CHECK(t.at(0).cooks_busy_area == 600);
  CHECK(t.at(1).cooks_busy_area == 400);
  CHECK(t.at(2).cooks_busy_area == 500);
  CHECK(t.at(0).cooks_area == 600);
  CHECK(t.at(1).cooks_area == 400);  // on duty while finishing P1
  CHECK(t.at(2).cooks_area == 1200);
}

TEST_CASE("restaurant: after the close the kitchen's last cook finishes the orders left", "[restaurant][kitchen]") {
  // No cook in the last interval: the order placed at 700 s would wait for
  // ever; at the close (1200 s) one cook comes on and makes it by 1500.
  Scenario s = test::restaurant_scenario(test::basic_scenario(2, 600, Distribution::fixed(60), {2, 2}), {2, 2},
                                         CountDistribution::fixed(2));
  s.demand[0].arrival_times_s = {700};
  s.floor.restaurant.kitchen = Kitchen{{1, 0}, Distribution::fixed(300)};
  const ReplicationTallies t = run_replications(s, RunOptions{1, {}}).at(0);
  CHECK(t.at(1).orders == 1);
  CHECK(t.at(1).order_wait_s == 500);
}

TEST_CASE("restaurant invariants under random traffic, with joining and a kitchen", "[restaurant][join][kitchen]") {
  for (std::uint64_t seed : {11, 12, 13}) {
    const Scenario s = busy_restaurant(seed);
    const test::TracedRun run = test::run_traced(s);
    IntervalTally day;
    for (const IntervalTally& t : run.tallies) day += t;
    INFO("seed " << seed << ": arrived " << day.offered << ", seated " << day.answered << ", walked away "
                 << day.abandoned << ", orders " << day.orders);
    // The run drains: nobody is still waiting when it ends.
    CHECK(day.offered == day.answered + day.abandoned);
    CHECK(day.abandoned > 0);
    CHECK(day.orders == day.answered);  // by the party's arrival interval, even if seated after the day
    // Replay the trace: no table holds two parties; every party leaves the tables it sat at.
    std::vector<std::int64_t> at(s.floor.restaurant.tables.size(), -1);
    std::map<std::uint64_t, std::vector<int>> seated;
    int joined = 0;
    for (const SeatingEvent& e : run.trace) {
      int seats = 0;
      for (int table : e.tables) {
        seats += s.floor.restaurant.tables[static_cast<std::size_t>(table)];
        auto& occupant = at[static_cast<std::size_t>(table)];
        if (e.seated) {
          CHECK(occupant == -1);
          occupant = static_cast<std::int64_t>(e.party);
        } else {
          CHECK(occupant == static_cast<std::int64_t>(e.party));
          occupant = -1;
        }
      }
      CHECK(seats >= e.size);
      if (e.seated) {
        CHECK(seated.emplace(e.party, e.tables).second);
        joined += e.tables.size() > 1;
      } else {
        CHECK(seated.at(e.party) == e.tables);
      }
    }
    std::printf("seed %d: arrived %g, seated %g (%d at joined tables), walked away %g\n", static_cast<int>(seed),
                day.offered, day.answered, joined, day.abandoned);
    CHECK(static_cast<double>(seated.size()) == day.answered);
    CHECK(std::count(at.begin(), at.end(), -1) == static_cast<long>(at.size()));
    CHECK(joined > 0);  // the case exercises joining
    CHECK(day.max_orders_waiting > 0);
  }
}

TEST_CASE("restaurant: an instant kitchen changes nothing else, bit for bit", "[restaurant][kitchen]") {
  Scenario with = busy_restaurant(21);
  with.floor.restaurant.kitchen =
      Kitchen{std::vector<int>(static_cast<std::size_t>(with.clock.intervals()), 1), Distribution::fixed(0)};
  Scenario without = with;
  without.floor.restaurant.kitchen.reset();
  const auto a = run_replications(with, RunOptions{1, {}});
  check_same_bits(a, run_replications(without, RunOptions{1, {}}));
  CHECK(a[0][4].orders > 0);
}

TEST_CASE("restaurant: joinable tables that are never needed change nothing, bit for bit", "[restaurant][join]") {
  // Parties of 1 or 2 fit every table: a combination is only looked at when
  // no single table is free, and then none of its tables is free either.
  Scenario on = busy_restaurant(22);
  on.floor.restaurant.party_size = CountDistribution::weights({30, 70});
  on.floor.restaurant.kitchen.reset();
  Scenario off = on;
  off.floor.restaurant.join_rows.clear();
  const auto a = run_replications(on, RunOptions{1, {}});
  check_same_bits(a, run_replications(off, RunOptions{1, {}}));
  double walked = 0;
  for (const IntervalTally& t : a[0]) walked += t.abandoned;
  CHECK(walked > 0);  // the line is busy enough to matter
}
