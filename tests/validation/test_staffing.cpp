// Simulation-based staffing (optimize/): a stationary case against the exact
// minimal n, and a time-varying day where the simulation plan meets its targets
// on fresh seeds, is minimal under its seed, while SIPP (Erlang A) misses. Each
// TEST_CASE runs in its own process.
#include <cmath>
#include <cstdio>
#include <cstring>

#include <catch2/catch.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/optimize/simulation_evaluator.hpp"
#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {

RunOptions two_jobs() {
  RunOptions o;
  o.jobs = 2;
  return o;
}

Scenario sinusoidal_day() {
  Scenario s = test::sinusoidal_day();
  s.targets.abandonment_at_most = 0.05;
  s.replications = 100;
  s.seed = 11;
  return s;
}

SearchResult search(const Scenario& s, const std::vector<int>& start, Evaluator& evaluator) {
  SearchOptions o;
  o.seed = s.seed;
  o.first_interval = first_reported_interval(s);
  o.interval_s = s.clock.interval_s;
  return simulation_plan(evaluator, s.targets, start, o);
}

}  // namespace

TEST_CASE("stationary: the simulation finds the Erlang C n, or n + 1", "[validation][staffing]") {
  // Stationary, no abandonment. 10 erlangs, 3-min calls, 80% in 20 s: exactly 14 agents (13 give 79.6%).
  // The confident criterion asks the lower 95% bound to clear 80%: 14 gives
  // 88.8% and clears it comfortably; n + 1 is possible only through noise.
  Scenario s = test::stationary_scenario(200 / 3600.0, 180, 1, std::nullopt, 4, 7200, 1, 20, 5);
  s.targets.service_level = ServiceLevelTarget{20, 0.8};
  const StaffingPlan sipp = analytic_plan(s, AnalyticMethod::erlang_c);
  REQUIRE(sipp.agents == std::vector<int>{14, 14, 14, 14});
  SimulationEvaluator evaluator(s, two_jobs());
  const SearchResult r = search(s, sipp.agents, evaluator);
  for (std::size_t i = 1; i < r.plan.agents.size(); ++i) {
    INFO("interval " << i);
    CHECK(r.plan.agents[i] >= 14);
    CHECK(r.plan.agents[i] <= 15);
  }
}

TEST_CASE("a class's own target: the search finds Cobham's exact n for a priority class, or n + 1",
          "[validation][staffing]") {
  // One pooled team, exponential 3-min calls, no abandonment: premium (100/h,
  // served first) and general (300/h), 20 erlangs. Cobham's formula (M/M/n,
  // non-preemptive priority, one service rate) gives class k's mean wait
  // C(n, a) / (n mu) / ((1 - sigma_{k-1}) (1 - sigma_k)). Premium ASA <= 2.4 s
  // needs 25 agents (1.88 s; 24 give 2.82 s); general ASA <= 20 s needs 24
  // (16.9 s). The pooled queue at 2.4 s would need 28: the class's own
  // target, judged on its own calls, saves 3 agents.
  Scenario s = test::stationary_scenario(100 / 3600.0, 180, 1, std::nullopt, 4, 7200, 1, 20, 5);
  s.demand.push_back(s.demand[0]);
  s.demand[0].name = "premium";
  s.demand[0].priority = 1;
  s.demand[0].targets.asa_at_most_s = 2.4;
  s.demand[1].name = "general";
  s.demand[1].priority = 2;
  s.demand[1].rate_per_s.assign(4, 300 / 3600.0);
  s.demand[1].targets.asa_at_most_s = 20;
  const double a = 20, mu = 1 / 180.0, l1 = 100 / 3600.0, l2 = 300 / 3600.0;
  const auto cobham = [&](int n, int k) {
    const double s1 = l1 / (n * mu), s2 = (l1 + l2) / (n * mu);
    return analytic::erlang_c(n, a) / (n * mu) / (k == 1 ? 1 - s1 : (1 - s1) * (1 - s2));
  };
  REQUIRE(cobham(25, 1) < 2.4);
  REQUIRE(cobham(24, 1) > 2.4);
  REQUIRE(cobham(24, 2) < 20);
  // Erlang C judges the classes' ASA targets by Cobham: exactly 25. Erlang A
  // (no Cobham with patience) staffs the pooled FIFO queue for the strictest: 28.
  CHECK(analytic_plan(s, AnalyticMethod::erlang_c).agents == std::vector<int>{25, 25, 25, 25});
  const StaffingPlan pooled = analytic_plan(s, AnalyticMethod::erlang_a);
  REQUIRE(pooled.agents == std::vector<int>{28, 28, 28, 28});
  SimulationEvaluator evaluator(s, two_jobs());
  SearchOptions o;
  o.seed = s.seed;
  o.first_interval = first_reported_interval(s);
  o.interval_s = s.clock.interval_s;
  const SearchResult r = simulation_plan(evaluator, s.target_set(), pooled.agents, o);
  for (std::size_t i = 1; i < r.plan.agents.size(); ++i) {
    INFO("interval " << i << ": " << r.plan.agents[i] << " agents");
    CHECK(r.plan.agents[i] >= 25);
    CHECK(r.plan.agents[i] <= 26);  // 26 only through noise: 25 clears 2.4 s by 0.5 s
  }
}

// One search serves three checks (it is the expensive part): the plan meets the
// targets on fresh seeds, SIPP misses somewhere, and the plan is minimal.
TEST_CASE("time-varying: the simulation plan meets the targets on fresh seeds and is minimal, SIPP (Erlang A) misses",
          "[validation][staffing]") {
  const Scenario s = sinusoidal_day();
  const StaffingPlan sipp = analytic_plan(s, AnalyticMethod::erlang_a);
  SimulationEvaluator evaluator(s, two_jobs());
  const SearchResult r = search(s, sipp.agents, evaluator);
  const PlanVerification sim = verify_plan(evaluator, s, r.plan, verification_seed(s.seed));
  const PlanVerification sipp_verified = verify_plan(evaluator, s, sipp, verification_seed(s.seed));
  for (std::size_t i = 0; i < sim.intervals.size(); ++i)
    std::printf("%2zu  rate %5.0f  erlang-a %3d SL %5.1f%%  simulation %3d SL %5.1f%% ±%4.1f P(ok) %3.0f%% search "
                "%5.1f%% ±%4.1f\n",
                i, s.demand[0].rate_per_s[i] * 3600, sipp.agents[i],
                100 * sipp_verified.intervals[i].service_level.mean, r.plan.agents[i],
                100 * sim.intervals[i].service_level.mean, 100 * sim.intervals[i].service_level.ci95,
                100 * sim.intervals[i].p_meet, 100 * r.assessment[i].service_level.mean,
                100 * r.assessment[i].service_level.ci95);
  std::printf("evaluations %d, calls %.0f\n", r.evaluations, evaluator.calls_simulated());
  CHECK(sim.significantly_missed == 0);            // a mean a hair below target on fresh seeds is noise, not a miss
  CHECK(sipp_verified.significantly_missed >= 1);  // the whole CI below 80% somewhere after the peak

  // Minimality, re-checked from outside on a sample of intervals under the
  // search's seed (the search certifies it for all). Causality: what breaks is
  // the interval itself or a later one, never an earlier one.
  for (std::size_t i : {2u, 5u, 9u, 12u}) {
    REQUIRE(r.plan.agents[i] > 0);
    std::vector<int> fewer = r.plan.agents;
    --fewer[i];
    const auto a = assess(s.targets, evaluator.evaluate(fewer, s.seed));
    std::vector<std::size_t> broken;
    for (std::size_t j = 0; j < a.size(); ++j)
      if (!satisfies(s.targets, a[j], Criterion::confident)) broken.push_back(j);
    INFO("interval " << i << " with " << fewer[i] << " agents; " << broken.size() << " intervals broken");
    REQUIRE_FALSE(broken.empty());
    CHECK(broken.front() >= i);
    std::printf("interval %2zu with %d agents breaks interval %zu\n", i, fewer[i], broken.front());
  }
}

// The search stops trials early: the intervals evaluate_first returns must be
// those of the whole day, bit for bit, and under-staffed ones (queues that
// outlast their interval) must be left out rather than cut short.
TEST_CASE("a trial stopped early returns exactly the full run's first intervals", "[validation][staffing]") {
  Scenario s = sinusoidal_day();
  s.replications = 10;
  const StaffingPlan sipp = analytic_plan(s, AnalyticMethod::erlang_a);
  SimulationEvaluator evaluator(s, two_jobs());
  const PlanOutcomes full = evaluator.evaluate(sipp.agents, s.seed);
  std::vector<int> short_staffed = sipp.agents;
  for (std::size_t i = 4; i < 8; ++i) short_staffed[i] = sipp.agents[i] / 2;  // queues build up in intervals 4-7
  const PlanOutcomes full_short = evaluator.evaluate(short_staffed, s.seed);
  for (std::size_t wanted : {1u, 4u, 9u}) {
    INFO("first " << wanted << " intervals");
    const PlanOutcomes first = evaluator.evaluate_first(sipp.agents, s.seed, wanted);
    const PlanOutcomes first_short = evaluator.evaluate_first(short_staffed, s.seed, wanted);
    REQUIRE(first.size() == full.size());
    REQUIRE(first_short.size() == full_short.size());
    CHECK(first[0].size() >= wanted);  // SIPP's queues settle within an interval
    CHECK(first[0].size() <= wanted + 1);
    if (wanted == 4) CHECK(first_short[0].size() < 5);  // some of interval 4's callers still wait at its end
    for (std::size_t r = 0; r < full.size(); ++r) {
      for (std::size_t i = 0; i < first[r].size(); ++i)
        CHECK(std::memcmp(&first[r][i], &full[r][i], sizeof(IntervalKpis)) == 0);
      for (std::size_t i = 0; i < first_short[r].size(); ++i)
        CHECK(std::memcmp(&first_short[r][i], &full_short[r][i], sizeof(IntervalKpis)) == 0);
    }
  }
}

namespace {

// The same simulation without the branching: every trial a run of its own.
class UnbranchedEvaluator : public Evaluator {
public:
  explicit UnbranchedEvaluator(SimulationEvaluator& inner) : inner_(inner) {}
  PlanOutcomes evaluate(const std::vector<int>& agents, std::uint64_t seed) override {
    return inner_.evaluate(agents, seed);
  }
  PlanOutcomes evaluate_first(const std::vector<int>& agents, std::uint64_t seed, std::size_t intervals) override {
    return inner_.evaluate_first(agents, seed, intervals);
  }

private:
  SimulationEvaluator& inner_;
};

}  // namespace

// Branching trials off a shared run (PlanTrials) only saves work: the search
// must take exactly the same steps and find the same plan, with the same
// assessment, as when every trial is simulated from the start.
TEST_CASE("the search branching trials off shared runs takes the same steps as without", "[validation][staffing]") {
  Scenario s = sinusoidal_day();
  s.replications = 30;
  const StaffingPlan start = analytic_plan(s, AnalyticMethod::erlang_a);
  SimulationEvaluator branched(s, two_jobs()), plain(s, two_jobs());
  UnbranchedEvaluator unbranched(plain);
  const SearchResult a = search(s, start.agents, branched);
  const SearchResult b = search(s, start.agents, unbranched);
  CHECK(a.branched_evaluations > 0);
  CHECK(b.branched_evaluations == 0);
  CHECK(a.plan.agents == b.plan.agents);
  CHECK(a.evaluations == b.evaluations);
  CHECK(a.early_evaluations == b.early_evaluations);
  REQUIRE(a.assessment.size() == b.assessment.size());
  // Bit for bit, field by field (a memcmp would compare padding too).
  const auto same = [](const Estimate& x, const Estimate& y) {
    return std::memcmp(&x.mean, &y.mean, sizeof x.mean) == 0 && std::memcmp(&x.ci95, &y.ci95, sizeof x.ci95) == 0 &&
           x.n == y.n;
  };
  for (std::size_t i = 0; i < a.assessment.size(); ++i) {
    const IntervalAssessment &x = a.assessment[i], &y = b.assessment[i];
    INFO("interval " << i);
    CHECK(same(x.offered, y.offered));
    CHECK(same(x.service_level, y.service_level));
    CHECK(same(x.abandon_rate, y.abandon_rate));
    CHECK(same(x.asa_s, y.asa_s));
    CHECK(same(x.occupancy, y.occupancy));
    CHECK(same(x.mean_lane_queue, y.mean_lane_queue));
    CHECK(same(x.max_lane_queue, y.max_lane_queue));
    CHECK(same(x.staffed_s, y.staffed_s));
    CHECK(std::memcmp(&x.p_meet, &y.p_meet, sizeof x.p_meet) == 0);
    CHECK(std::memcmp(&x.settled_s, &y.settled_s, sizeof x.settled_s) == 0);
  }
  CHECK(branched.calls_simulated() < plain.calls_simulated());
  std::printf("branched: %d evaluations (%d branched), %.0f calls; unbranched: %d evaluations, %.0f calls\n",
              a.evaluations, a.branched_evaluations, branched.calls_simulated(), b.evaluations,
              plain.calls_simulated());
}
