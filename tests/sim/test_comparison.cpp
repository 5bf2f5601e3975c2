// Paired comparison and sweeps under common random numbers.
#include <catch2/catch.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/report/comparison.hpp"
#include "ccsim/scenario/loader.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {
// M/M/n+M around 36 erlangs (the bundled Erlang A check), 4 h of 1 h after 1 h warm-up.
Scenario floor_with(int agents) {
  return test::stationary_scenario(720.0 / 3600, 180, agents, 120.0, 5, 3600, 1, 12, 7);
}
}  // namespace

TEST_CASE("comparing a scenario with itself gives exactly zero, with a zero paired CI", "[compare]") {
  const Scenario a = floor_with(38);
  const auto runs = run_replications(a);
  const Comparison c = compare_runs(a, runs, runs);
  CHECK(c.replications == 12);
  CHECK(c.intervals.size() == 4);
  for (Kpi k : {Kpi::service_level, Kpi::abandon_rate, Kpi::asa_s, Kpi::occupancy}) {
    CHECK(c.overall[k].paired.mean == 0);
    CHECK(c.overall[k].paired.ci95 == 0);
    CHECK(c.overall[k].unpaired_ci95 > 0);
  }
}

TEST_CASE("one agent fewer: a significant loss, and the paired CI is narrower than the unpaired one", "[compare]") {
  const Scenario a = floor_with(38), b = floor_with(37);
  const Comparison c = compare_runs(a, run_replications(a), run_replications(b));
  const KpiComparison& sl = c.overall[Kpi::service_level];
  INFO("SL diff " << sl.paired.mean << " +- " << sl.paired.ci95 << ", unpaired +- " << sl.unpaired_ci95);
  CHECK(sl.paired.mean + sl.paired.ci95 < 0);  // fewer agents: lower service level, CI excludes 0
  CHECK(c.overall[Kpi::abandon_rate].paired.mean - c.overall[Kpi::abandon_rate].paired.ci95 > 0);
  for (Kpi k : {Kpi::service_level, Kpi::abandon_rate, Kpi::asa_s, Kpi::offered}) {
    INFO(kpi_table()[static_cast<std::size_t>(k)].name);
    CHECK(c.overall[k].paired.ci95 < 0.6 * c.overall[k].unpaired_ci95);
  }
  // The same callers: the offered counts are identical pair by pair.
  CHECK(c.overall[Kpi::offered].paired.mean == 0);
}

TEST_CASE("more agents never worsen the service level beyond noise (common random numbers)", "[compare]") {
  std::vector<std::vector<ReplicationTallies>> by_n;
  for (int n = 34; n <= 40; ++n) by_n.push_back(run_replications(floor_with(n)));
  for (std::size_t i = 0; i + 1 < by_n.size(); ++i) {
    const Comparison c = compare_runs(floor_with(34), by_n[i], by_n[i + 1]);
    const KpiComparison& sl = c.overall[Kpi::service_level];
    const KpiComparison& ab = c.overall[Kpi::abandon_rate];
    INFO("n=" << 34 + i << " -> " << 35 + i << ": SL " << sl.paired.mean << " +- " << sl.paired.ci95);
    CHECK(sl.paired.mean > -sl.paired.ci95);
    CHECK(ab.paired.mean < ab.paired.ci95);
  }
}

TEST_CASE("per-class comparison: two agents fewer hurt the everyday calls far more than the priority calls",
          "[compare][classes]") {
  const Scenario a = load_scenario(CCSIM_TEST_DATA "/two_classes.yaml");
  Scenario b = a;
  for (int& n : b.staff[0].count) n -= 2;
  const Comparison c = compare_runs(a, run_replications_by_class(a), b, run_replications_by_class(b));
  REQUIRE(c.classes.size() == 2);
  const ClassComparison& fraud = c.classes[0];
  const ClassComparison& everyday = c.classes[1];
  CHECK(fraud.name == "cards & fraud");
  REQUIRE(fraud.intervals.size() == c.intervals.size());
  // The same fresh callers in A and B; the priority class has no redials, so its offered calls are identical.
  CHECK(fraud.overall[Kpi::offered].paired.mean == 0);
  CHECK(fraud.overall[Kpi::offered].paired.ci95 == 0);
  const KpiComparison& asa_fraud = fraud.overall[Kpi::asa_s];
  const KpiComparison& asa_everyday = everyday.overall[Kpi::asa_s];
  INFO("ASA B-A: fraud " << asa_fraud.paired.mean << ", everyday " << asa_everyday.paired.mean);
  CHECK(asa_everyday.paired.mean - asa_everyday.paired.ci95 > 0);
  CHECK(asa_everyday.paired.mean > 3 * asa_fraud.paired.mean);
  // The classes' offered differences add up to the total's, pair by pair.
  CHECK(fraud.overall[Kpi::offered].paired.mean + everyday.overall[Kpi::offered].paired.mean ==
        Approx(c.overall[Kpi::offered].paired.mean).margin(1e-9));
  // A B without the same classes gets no per-class comparison.
  Scenario renamed = b;
  renamed.demand[1].name = "other";
  CHECK(compare_runs(a, run_replications_by_class(a), renamed, run_replications_by_class(renamed)).classes.empty());
}
