// A plan run pauses its replications and branches trials off them: every
// branch must give the trial's own run bit for bit, and the plan run the
// plan's, whatever the pauses (the engine only ever stops between events).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "ccsim/engine/plan_run.hpp"
#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/optimize/evaluator.hpp"
#include "ccsim/optimize/interval_targets.hpp"
#include "ccsim/optimize/staffing_plan.hpp"
#include "ccsim/scenario/loader.hpp"

using namespace ccsim;

namespace {

constexpr double end_of_day = std::numeric_limits<double>::infinity();

// The bank day's two groups on per-interval counts: 150 agents, fewer at the edges.
Scenario bank_on_counts(const std::vector<int>& agents) {
  Scenario s = load_scenario(std::string(CCSIM_SCENARIOS) + "/bank_hotline_day.yaml");
  s.replications = 4;
  return with_staffing(s, agents);
}

std::vector<int> bank_plan() {
  std::vector<int> agents(48, 0);
  for (std::size_t i = 0; i < agents.size(); ++i) agents[i] = 60 + static_cast<int>(i < 24 ? 3 * i : 3 * (47 - i));
  return agents;
}

// Replication r's per-class tallies of the first `intervals` intervals, byte for byte.
void check_same_classes(const RunTallies& got, const RunTallies& want, std::size_t r, std::size_t intervals,
                        std::size_t classes) {
  REQUIRE(got.classes[r].size() == want.classes[r].size());
  CHECK(std::memcmp(got.classes[r].data(), want.classes[r].data(), intervals * classes * sizeof(ClassTally)) == 0);
}

// The first `intervals` intervals of every replication, totals and classes, byte for byte.
void check_same(const RunTallies& got, const RunTallies& want, std::size_t intervals, std::size_t classes) {
  REQUIRE(got.totals.size() == want.totals.size());
  for (std::size_t r = 0; r < want.totals.size(); ++r) {
    INFO("replication " << r + 1);
    CHECK(std::memcmp(got.totals[r].data(), want.totals[r].data(), intervals * sizeof(IntervalTally)) == 0);
    check_same_classes(got, want, r, intervals, classes);
  }
}

// A trial stopped early: the staffing KPIs of its exact intervals, and their
// per-class tallies. (Contact figures such as callers_answered belong to a
// contact's first interval but settle at its last redial, later.)
void check_same_kpis(const RunTallies& got, const RunTallies& want, std::size_t intervals, std::size_t classes) {
  for (std::size_t r = 0; r < want.totals.size(); ++r) {
    INFO("replication " << r + 1);
    for (std::size_t i = 0; i < intervals; ++i) {
      const IntervalKpis a = kpis_of(got.totals[r][i]), b = kpis_of(want.totals[r][i]);
      CHECK(std::memcmp(&a, &b, sizeof a) == 0);
    }
    check_same_classes(got, want, r, intervals, classes);
  }
}

}  // namespace

TEST_CASE("branches of a plan run are the trials' own runs and the plan run the plan's", "[engine][plan_run]") {
  const std::vector<int> plan = bank_plan();
  const Scenario planned = bank_on_counts(plan);
  REQUIRE(PlanRun::supports(planned));
  const double interval_s = planned.clock.interval_s;
  const std::size_t classes = planned.demand.size();
  for (const int jobs : {1, 2}) {
    INFO(jobs << " job(s)");
    PlanRun run(planned, RunOptions{jobs, {}, 0});
    for (const std::size_t i : {3u, 20u, 46u}) {
      INFO("one agent fewer from interval " << i);
      std::vector<int> fewer = plan;
      --fewer[i];
      const Scenario trial = bank_on_counts(fewer);
      const RunTallies alone = run_replications_by_class(trial, RunOptions{2, {}, 0});
      run.advance_to(static_cast<double>(i) * interval_s - 1e-3);
      // Stopped three intervals on, then run to the end of the day.
      const double stop_s = static_cast<double>(i + 3) * interval_s;
      const RunTallies early = run.branch(trial, static_cast<double>(i) * interval_s, stop_s);
      const std::size_t exact = exact_intervals(early.totals, std::min(i + 3, plan.size()), stop_s);
      CHECK(exact >= std::min<std::size_t>(i + 2, plan.size()));  // the changed interval's callers settled
      CHECK(exact <= i + 3);
      check_same_kpis(early, alone, exact, classes);
      const RunTallies whole = run.extend_branch(end_of_day);
      check_same(whole, alone, plan.size(), classes);
      run.drop_branch();
    }
    check_same(run.finish(), run_replications_by_class(planned, RunOptions{2, {}, 0}), plan.size(), classes);
  }
}

TEST_CASE("a plan run restaffed from a pause is the new plan's run", "[engine][plan_run]") {
  std::vector<int> plan = bank_plan();
  const Scenario planned = bank_on_counts(plan);
  PlanRun run(planned, RunOptions{2, {}, 0});
  run.advance_to(10 * planned.clock.interval_s - 1e-3);
  plan[10] -= 2;
  plan[30] += 1;
  const Scenario restaffed = bank_on_counts(plan);
  run.restaff(restaffed, 10 * planned.clock.interval_s);
  check_same(run.finish(), run_replications_by_class(restaffed, RunOptions{2, {}, 0}), plan.size(),
             planned.demand.size());
}

TEST_CASE("a plan run refuses what it cannot pause", "[engine][plan_run]") {
  const Scenario shifts = load_scenario(std::string(CCSIM_SCENARIOS) + "/bank_hotline_day.yaml");
  CHECK_FALSE(PlanRun::supports(shifts));
  CHECK_THROWS_AS(PlanRun(shifts, RunOptions{}), std::logic_error);
}

// A branch that fails reports it (no hang), and the run is over afterwards.
TEST_CASE("a failing branch is an error and ends the plan run", "[engine][plan_run]") {
  const std::vector<int> plan = bank_plan();
  const Scenario planned = bank_on_counts(plan);
  const double interval_s = planned.clock.interval_s;
  PlanRun run(planned, RunOptions{2, {}, 0});
  run.advance_to(10 * interval_s + 60);  // interval 10's staffing is applied already
  std::vector<int> fewer = plan;
  --fewer[10];
  CHECK_THROWS_WITH(run.branch(bank_on_counts(fewer), 10 * interval_s, 13 * interval_s),
                    Catch::Contains("already applied"));
  CHECK_THROWS_WITH(run.advance_to(20 * interval_s), Catch::Contains("the plan run is over"));
}
