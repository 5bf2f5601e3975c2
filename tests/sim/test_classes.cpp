// Per-class tallies on the engine: every call counts in its class exactly as
// it counts in the totals, the per-class bytes do not depend on how the
// replications are spread over processes, and floors without call classes
// record none.
#include <cmath>
#include <cstring>
#include <string>

#include <catch2/catch.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/report/run_summary.hpp"
#include "ccsim/scenario/loader.hpp"

using namespace ccsim;

namespace {

Scenario two_classes() { return load_scenario(CCSIM_TEST_DATA "/two_classes.yaml"); }

// The per-class sums of one interval of one replication.
ClassTally class_sum(const ClassTallies& tallies, std::size_t interval, std::size_t classes) {
  ClassTally sum;
  for (std::size_t c = 0; c < classes; ++c) sum += tallies.at(interval * classes + c);
  return sum;
}

void check_sums_equal_totals(const Scenario& s) {
  const RunTallies run = run_replications_by_class(s, RunOptions{1, {}});
  const auto classes = static_cast<std::size_t>(recorded_classes(s));
  REQUIRE(classes == s.demand.size());
  double offered = 0;
  for (std::size_t r = 0; r < run.totals.size(); ++r) {
    REQUIRE(run.classes[r].size() == run.totals[r].size() * classes);
    for (std::size_t i = 0; i < run.totals[r].size(); ++i) {
      INFO("replication " << r + 1 << ", interval " << i);
      const IntervalTally& t = run.totals[r][i];
      const ClassTally sum = class_sum(run.classes[r], i, classes);
      // Counts: exact, call for call.
      CHECK(sum.offered == t.offered);
      CHECK(sum.redials == t.redials);
      CHECK(sum.repeats == t.repeats);
      CHECK(sum.blocked == t.blocked);
      CHECK(sum.answered == t.answered);
      CHECK(sum.abandoned == t.abandoned);
      CHECK(sum.waited == t.waited);
      CHECK(sum.answered_within == t.answered_within);
      // Sums of waits: the same terms added in another order.
      CHECK(sum.wait_answered_s == Approx(t.wait_answered_s).epsilon(1e-12).margin(1e-9));
      CHECK(sum.wait_admitted_s == Approx(t.wait_admitted_s).epsilon(1e-12).margin(1e-9));
      offered += t.offered;
    }
  }
  CHECK(offered > 1000);
}

}  // namespace

TEST_CASE("per-class counts sum to the totals call for call (priority, redials, busy signals)", "[engine][classes]") {
  Scenario s = two_classes();
  // Rushing adds repeat calls, so every kind of arrival is exercised.
  s.rushing = Rushing{5, 0.8, 0.3, Distribution::fixed(600)};
  check_sums_equal_totals(s);
}

TEST_CASE("per-class counts sum to the totals with skills and overflow", "[engine][classes]") {
  check_sums_equal_totals(load_scenario(CCSIM_TEST_DATA "/capacity_day.yaml"));
}

TEST_CASE("per-class tallies are the same bytes however replications are spread over processes", "[engine][classes]") {
  Scenario s = two_classes();
  s.replications = 5;
  const RunTallies alone = run_replications_by_class(s, RunOptions{2, {}, 1});
  const RunTallies together = run_replications_by_class(s, RunOptions{1, {}, 5});
  const RunTallies mixed = run_replications_by_class(s, RunOptions{2, {}, 2});
  for (std::size_t r = 0; r < 5; ++r) {
    INFO("replication " << r + 1);
    for (const RunTallies* other : {&together, &mixed}) {
      REQUIRE(other->classes[r].size() == alone.classes[r].size());
      CHECK(std::memcmp(other->classes[r].data(), alone.classes[r].data(),
                        alone.classes[r].size() * sizeof(ClassTally)) == 0);
      CHECK(std::memcmp(other->totals[r].data(), alone.totals[r].data(),
                        alone.totals[r].size() * sizeof(IntervalTally)) == 0);
    }
  }
  // The totals are the bytes run_replications gives.
  const auto plain = run_replications(s, RunOptions{2, {}, 1});
  for (std::size_t r = 0; r < 5; ++r)
    CHECK(std::memcmp(plain[r].data(), alone.totals[r].data(), plain[r].size() * sizeof(IntervalTally)) == 0);
}

TEST_CASE("the per-class summary: the priority class is answered first, and one class gives none",
          "[engine][classes]") {
  const Scenario s = two_classes();
  const RunSummary summary = summarize(s, run_replications_by_class(s));
  REQUIRE(summary.classes.size() == 2);
  const ClassSummary& fraud = summary.classes[0];
  const ClassSummary& everyday = summary.classes[1];
  CHECK(fraud.name == "cards & fraud");
  CHECK(everyday.priority == 2);
  REQUIRE(fraud.intervals.size() == summary.intervals.size());
  CHECK(fraud.overall[Kpi::asa_s].mean < 0.25 * everyday.overall[Kpi::asa_s].mean);
  CHECK(fraud.overall[Kpi::service_level].mean > everyday.overall[Kpi::service_level].mean);
  CHECK(fraud.overall[Kpi::offered].ci95 > 0);
  // Means of per-replication sums: the classes' means add up to the total's.
  CHECK(fraud.overall[Kpi::offered].mean + everyday.overall[Kpi::offered].mean ==
        Approx(summary.overall[Kpi::offered].mean).epsilon(1e-12));
  CHECK(fraud.overall[Kpi::redials].mean == 0);
  CHECK(everyday.overall[Kpi::redials].mean > 0);

  Scenario one = s;
  one.demand.resize(1);
  CHECK(summarize(one, run_replications_by_class(one)).classes.empty());
}

TEST_CASE("checkout and restaurant floors record no classes", "[engine][classes]") {
  for (const char* name : {"/supermarket_evening.yaml", "/restaurant_lunch.yaml"}) {
    Scenario s = load_scenario(std::string(CCSIM_SCENARIOS) + name);
    s.replications = 2;
    CHECK(recorded_classes(s) == 0);
    const RunTallies run = run_replications_by_class(s, RunOptions{1, {}});
    for (const ClassTallies& c : run.classes) CHECK(c.empty());
    CHECK(summarize(s, run).classes.empty());
  }
}

TEST_CASE("a class's service level counts within its own target's T, the totals within the floor's",
          "[engine][classes]") {
  const Scenario plain = two_classes();
  Scenario own = plain;
  // Everyday calls answered within an hour: every answered call; cards keep the floor's 20 s.
  own.demand[1].targets.service_level = ServiceLevelTarget{3600, 0.8};
  const RunTallies a = run_replications_by_class(plain, RunOptions{1, {}});
  const RunTallies b = run_replications_by_class(own, RunOptions{1, {}});
  const std::size_t classes = 2;
  double late = 0;  // everyday calls answered after 20 s
  for (std::size_t r = 0; r < a.totals.size(); ++r)
    for (std::size_t i = 0; i < a.totals[r].size(); ++i) {
      INFO("replication " << r + 1 << ", interval " << i);
      CHECK(std::memcmp(&a.totals[r][i], &b.totals[r][i], sizeof(IntervalTally)) == 0);  // the same bytes
      const ClassTally& cards_a = a.classes[r][i * classes], &cards_b = b.classes[r][i * classes];
      CHECK(cards_b.answered_within == cards_a.answered_within);
      const ClassTally& everyday = b.classes[r][i * classes + 1];
      CHECK(everyday.answered_within == everyday.answered);  // no wait reaches an hour here
      late += everyday.answered - a.classes[r][i * classes + 1].answered_within;
    }
  CHECK(late > 50);  // and many waited more than 20 s: the class's T made the difference
}
