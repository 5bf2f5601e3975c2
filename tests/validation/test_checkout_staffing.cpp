// Staffing checkout lanes: with customers who pick a lane at random each lane
// is M/M/1 at lambda/n, so the lanes a mean-wait target needs are exact; the
// search finds them (or one more, through noise). With join-the-shortest-
// queue the plan lies between the pooled queue (Erlang C) and random choice.
// Each TEST_CASE runs in its own process.
#include <catch2/catch.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/simulation_evaluator.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;

namespace {

// 4 customers a minute, exponential 1-minute service, nobody leaves; three
// 2-hour intervals, the first a warm-up; mean wait at most 90 s.
Scenario store(CheckoutFloor::Join join) {
  Scenario s = test::stationary_scenario(4.0 / 60, 60, 10, std::nullopt, 3, 7200, 1, 20, 17);
  s = test::checkout_scenario(s, 10, 10);
  s.floor.checkout.join = join;
  s.targets.asa_at_most_s = 90;
  return s;
}

// Random choice: each of n lanes is M/M/1 at 4/n a minute, mean wait rho / (mu - lambda / n).
int exact_random_lanes() {
  for (int n = 5;; ++n) {
    const double rho = 4.0 / n;
    if (rho < 1 && 60 * rho / (1 - rho) <= 90) return n;  // (in seconds: service 60 s)
  }
}

std::vector<int> searched(const Scenario& s) {
  SimulationEvaluator evaluator(s, RunOptions{});
  SearchOptions o;
  o.seed = s.seed;
  o.first_interval = first_reported_interval(s);
  o.interval_s = s.clock.interval_s;
  o.cap.assign(3, s.floor.checkout.lanes);
  return simulation_plan(evaluator, s.target_set(), analytic_plan(s, AnalyticMethod::erlang_c).agents, o).plan.agents;
}

}  // namespace

TEST_CASE("checkout lanes chosen at random: the search finds the exact M/M/1 lanes, or one more",
          "[validation][staffing][checkout]") {
  const int exact = exact_random_lanes();
  REQUIRE(exact == 7);  // 6 lanes: 120 s; 7 lanes: 80 s
  const std::vector<int> plan = searched(store(CheckoutFloor::Join::random));
  for (std::size_t i = 1; i < plan.size(); ++i) {
    INFO("interval " << i);
    CHECK(plan[i] >= exact);
    CHECK(plan[i] <= exact + 1);
  }
}

TEST_CASE("checkout lanes with the shortest queue: between the pooled queue and random choice",
          "[validation][staffing][checkout]") {
  // Pooled (Erlang C, 4 erlangs): 5 cashiers wait 33 s on average; random choice needs 7 lanes.
  const Scenario s = store(CheckoutFloor::Join::shortest_queue);
  const std::vector<int> pooled = analytic_plan(s, AnalyticMethod::erlang_c).agents;
  REQUIRE(pooled[1] == 5);
  const std::vector<int> plan = searched(s);
  for (std::size_t i = 1; i < plan.size(); ++i) {
    INFO("interval " << i);
    CHECK(plan[i] >= pooled[i]);
    CHECK(plan[i] <= exact_random_lanes());
  }
}
