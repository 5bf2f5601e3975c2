// Staffing a floor split into skills: the simulation search sizes the total
// per interval with the agents split among the groups (group_split), judged on
// the real routing. The pooled formula under-staffs such a floor; the
// simulation plan meets the targets on fresh seeds.
#include <cstdio>

#include <catch2/catch.hpp>

#include "ccsim/optimize/simulation_evaluator.hpp"
#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/group_split.hpp"
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"

using namespace ccsim;

namespace {

// A 4-hour day in 30-min intervals: retail calls (4-min talk) answered by the
// retail desk, business calls (6-min talk) by the business desk, neither
// helping the other; rates rise to a peak at 10:00 and fall.
Scenario two_desks() {
  Scenario s;
  s.name = "two desks";
  s.clock.interval_s = 1800;
  s.clock.length_s = 8 * 1800.0;
  const std::vector<double> retail = {120, 180, 240, 300, 300, 240, 180, 120};
  std::vector<double> retail_s, business_s;
  for (double r : retail) {
    retail_s.push_back(r / 3600);
    business_s.push_back(r / 4 / 3600);
  }
  s.demand.push_back(Demand{"retail", retail_s, {}, Distribution::exponential(240), Distribution::exponential(180)});
  s.demand.push_back(
      Demand{"business", business_s, {}, Distribution::exponential(360), Distribution::exponential(300)});
  s.staff.push_back(StaffGroup{"retail", std::vector<int>(8, 1)});
  s.staff.push_back(StaffGroup{"business", std::vector<int>(8, 1)});
  s.staff[0].skills = {0};
  s.staff[1].skills = {1};
  s.targets.service_level = ServiceLevelTarget{20, 0.8};
  s.targets.abandonment_at_most = 0.05;
  s.replications = 40;
  s.seed = 5;
  return s;
}

}  // namespace

TEST_CASE("skills: the simulation plan meets the targets on fresh seeds, the pooled formula's plan misses",
          "[validation][staffing][groups]") {
  const Scenario s = two_desks();
  REQUIRE(staffed_by_group(s));
  RunOptions two_jobs;
  two_jobs.jobs = 2;
  SimulationEvaluator evaluator(s, two_jobs);
  const StaffingPlan pooled = analytic_plan(s, AnalyticMethod::erlang_a);
  SearchOptions o;
  o.seed = s.seed;
  o.interval_s = s.clock.interval_s;
  const SearchResult r = simulation_plan(evaluator, s.targets, pooled.agents, o);
  const PlanVerification sim = verify_plan(evaluator, s, r.plan, verification_seed(s.seed));
  const PlanVerification formula = verify_plan(evaluator, s, pooled, verification_seed(s.seed));
  const auto split = split_by_group(s, r.plan.agents);
  for (std::size_t i = 0; i < sim.intervals.size(); ++i) {
    std::printf("%zu  pooled erlang-a %2d SL %5.1f%%  simulation %2d (%d retail + %d business) SL %5.1f%% ± %4.1f\n", i,
                pooled.agents[i], 100 * formula.intervals[i].service_level.mean, r.plan.agents[i], split[0][i],
                split[1][i], 100 * sim.intervals[i].service_level.mean, 100 * sim.intervals[i].service_level.ci95);
    // Two desks need more agents than one pooled team: never fewer than the formula.
    CHECK(r.plan.agents[i] >= pooled.agents[i]);
    CHECK(split[1][i] >= 1);
  }
  CHECK(sim.significantly_missed == 0);
  CHECK(formula.significantly_missed >= 1);  // the fragmentation the pooled formula cannot see
}
