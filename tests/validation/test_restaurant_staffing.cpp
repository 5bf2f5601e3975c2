// Staffing a restaurant's kitchen against a food-wait target: with tables to
// spare, parties are seated (and order) as they arrive, so the kitchen is an
// M/M/c queue and Erlang C gives the exact least cooks for a mean food wait
// (wait for a cook + preparation). The formula's plan must be that number,
// and the simulation search must find it (or one more, through noise).
// Each TEST_CASE runs in its own process.
#include <cstdio>

#include <catch2/catch.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/restaurant_staffing.hpp"
#include "ccsim/optimize/simulation_evaluator.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;

namespace {

constexpr double per_s = 1.0 / 120, prep_s = 360, target_s = 460;  // 3 erlangs of orders

// Three 2-hour intervals (the first a warm-up) of 30 parties an hour, one
// guest each, 60 single tables (about 9 occupied), one waiter without a cap.
Scenario kitchen_day() {
  Scenario s = test::stationary_scenario(per_s, 600, 1, std::nullopt, 3, 7200, 1, 20, 31);
  s = test::restaurant_scenario(s, std::vector<int>(60, 1), CountDistribution::fixed(1));
  s.floor.restaurant.kitchen = Kitchen{{2, 2, 2}, Distribution::exponential(prep_s)};
  s.targets.food_wait_at_most_s = target_s;
  return s;
}

double erlang_c_food_s(int cooks) {
  return analytic::solve(analytic::MarkovQueue{per_s, prep_s, cooks, std::nullopt, std::nullopt, 60}).asa_s + prep_s;
}

}  // namespace

TEST_CASE("restaurant kitchen staffed for a food wait: the search finds Erlang C's cooks",
          "[validation][staffing][restaurant]") {
  // 4 cooks: 543 s from sitting down to the food; 5 cooks: 402 s.
  REQUIRE(erlang_c_food_s(4) > target_s);
  REQUIRE(erlang_c_food_s(5) <= target_s);
  CHECK(erlang_c_cooks(per_s, prep_s, target_s, 100) == 5);
  const Scenario s = kitchen_day();
  const StaffingPlan formula = restaurant_formula_plan(s);
  CHECK(formula.cooks == std::vector<int>{5, 5, 5});
  CHECK(formula.agents == std::vector<int>{1, 1, 1});

  SimulationEvaluator evaluator(s, RunOptions{});
  SearchOptions o;
  o.seed = s.seed;
  o.first_interval = first_reported_interval(s);
  o.interval_s = s.clock.interval_s;
  SearchOptions waiters = o;
  waiters.cap.assign(3, useful_waiters(s.floor.restaurant));
  const RestaurantSearch found = restaurant_simulation_plan(evaluator, s.target_set(), formula, waiters, o);
  CHECK(found.settled);
  CHECK(found.stages == 1);  // no table target: the waiters are not searched
  CHECK(found.plan.agents == formula.agents);
  std::printf("cooks per interval: %d %d %d (Erlang C: 5)\n", found.plan.cooks[0], found.plan.cooks[1],
              found.plan.cooks[2]);
  for (std::size_t i = 1; i < found.plan.cooks.size(); ++i) {
    INFO("interval " << i);
    CHECK(found.plan.cooks[i] >= 5);
    CHECK(found.plan.cooks[i] <= 6);
  }
  // Verified on fresh seeds, the plan meets the food wait in the reported intervals.
  SimulationEvaluator verifier(s, RunOptions{});
  const PlanVerification v = verify_plan(verifier, s, found.plan, verification_seed(s.seed));
  CHECK(v.missed == 0);
  CHECK(v.cook_hours == Approx(2.0 * (found.plan.cooks[0] + found.plan.cooks[1] + found.plan.cooks[2])));
}
