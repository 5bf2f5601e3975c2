// Daily targets by simulation: a plan staffed to a daily 80/20 needs fewer
// agent-hours than one staffed to 80/20 in every interval, meets the day's
// figure on fresh seeds, and is minimal under its seed (one agent fewer in any
// interval breaks the day). Each TEST_CASE runs in its own process.
#include <cmath>

#include <catch2/catch.hpp>

#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/daily_search.hpp"
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/simulation_evaluator.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {

// The swinging day at 60 replications.
Scenario swinging_day() {
  Scenario s = test::sinusoidal_day();
  s.replications = 60;
  s.seed = 5;
  return s;
}

SearchOptions options_for(const Scenario& s) {
  SearchOptions o;
  o.seed = s.seed;
  o.first_interval = first_reported_interval(s);
  o.interval_s = s.clock.interval_s;
  return o;
}

RunOptions two_jobs() {
  RunOptions o;
  o.jobs = 2;
  return o;
}

}  // namespace

TEST_CASE("daily 80/20: fewer agent-hours than per interval, met on fresh seeds, minimal",
          "[validation][staffing][daily]") {
  Scenario per_interval = swinging_day();
  SimulationEvaluator interval_evaluator(per_interval, two_jobs());
  const SearchResult each =
      simulation_plan(interval_evaluator, per_interval.target_set(),
                      analytic_plan(per_interval, AnalyticMethod::erlang_a).agents, options_for(per_interval));

  Scenario daily = swinging_day();
  daily.targets.daily.service_level = true;
  SimulationEvaluator evaluator(daily, two_jobs());
  const StaffingPlan start = analytic_plan(daily, AnalyticMethod::erlang_a);
  const SearchResult day = daily_simulation_plan(evaluator, daily.target_set(), start.agents, options_for(daily),
                                                 pooled_formula(daily, AnalyticMethod::erlang_a));
  const double each_hours = agent_hours(each.plan.agents, per_interval.clock);
  const double day_hours = agent_hours(day.plan.agents, daily.clock);
  INFO("per interval " << each_hours << " h, daily " << day_hours << " h");
  CHECK(day_hours < each_hours);

  // Fresh seeds: the day's mean meets 80% (the search asked its lower 95%
  // bound to, under its own seed), and lies within 3 half-widths of it: the
  // plan is not padded.
  const PlanVerification v = verify_plan(evaluator, daily, day.plan, verification_seed(daily.seed));
  INFO("day SL " << v.day.service_level.mean << " +- " << v.day.service_level.ci95);
  CHECK(v.day_missed.empty());
  CHECK(v.day.service_level.mean >= 0.8);
  CHECK(v.day.service_level.mean - 0.8 < 3 * v.day.service_level.ci95 + 0.01);

  // Minimal under the search seed: one agent fewer in any interval, the
  // whole day simulated, breaks the daily target's confident bound.
  for (std::size_t i = 0; i < day.plan.agents.size(); ++i) {
    if (day.plan.agents[i] == 0) continue;
    std::vector<int> less = day.plan.agents;
    --less[i];
    const IntervalAssessment a = assess_day(daily.target_set(), evaluator.evaluate(less, daily.seed), 0);
    INFO("interval " << i);
    CHECK_FALSE(satisfies_day(daily.target_set(), a, Criterion::confident));
  }
}
