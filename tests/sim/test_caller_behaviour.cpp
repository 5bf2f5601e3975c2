// Demand profiles and callers' behaviour on the engine: equivalent inputs give
// the same results bit for bit, features that are off change nothing, and tiny
// scenarios (wrap-up, redials, rushing) are checked against hand-computed answers.
#include <string>

#include <catch2/catch.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/model/kpi.hpp"
#include "ccsim/scenario/loader.hpp"
#include "same_tallies.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {

ReplicationTallies run_once(const Scenario& s) { return run_replications(s, RunOptions{1, {}}).at(0); }

IntervalTally day_of(const ReplicationTallies& r) {
  IntervalTally day;
  for (const IntervalTally& t : r) day += t;
  return day;
}

// A morning with queueing, abandonment and busy signals; `arrivals` and `extra` vary.
Scenario morning(const std::string& arrivals, const std::string& demand_extra = "", const std::string& extra = "") {
  return parse_scenario("clock: {start: \"08:00\", end: \"10:00\", interval: 30min}\n"
                        "replications: 4\n"
                        "demand:\n"
                        "  - name: calls\n"
                        "    " +
                            arrivals +
                            "\n"
                            "    service: {exponential: {mean: 4min}}\n"
                            "    patience: {exponential: {mean: 1min}}\n" +
                            demand_extra +
                            "staff: [{name: agents, count: [3, 4, 5, 4]}]\n"
                            "lines: 8\n" +
                            extra,
                        CCSIM_TEST_DATA "/forecast/inline.yaml");
}

const std::string list = "rate_per_hour: [60, 120, 180, 90]";

}  // namespace

TEST_CASE("change points and a forecast CSV run exactly like the per-interval list", "[engine][profile]") {
  const auto by_list = run_replications(morning(list));
  const auto by_profile = run_replications(morning(
      "profile: [{from: \"08:00\", per_hour: 60}, {from: \"08:30\", per_hour: 120}, {from: \"09:00\", per_hour: 180}, "
      "{from: \"09:30\", per_hour: 90}]"));
  const auto by_forecast = run_replications(morning("forecast: flat.csv"));
  CHECK(day_of(by_list[0]).offered > 100);
  CHECK(test::same_tallies(by_list, by_profile));
  CHECK(test::same_tallies(by_list, by_forecast));
}

TEST_CASE("features that are off or neutral leave results bit for bit unchanged", "[engine][behaviour]") {
  const auto plain = run_replications(morning(list));
  CHECK(test::same_tallies(plain, run_replications(morning(list, "", "busyness: {cv: 0}\n"))));
  CHECK(test::same_tallies(
      plain, run_replications(morning(list, "    redial: {probability: 0%, delay: {fixed: 1min}, max_tries: 3}\n"))));
  CHECK(test::same_tallies(
      plain, run_replications(morning(list, "    redial: {probability: 90%, delay: {fixed: 1min}, max_tries: 1}\n"))));
  CHECK(test::same_tallies(
      plain,
      run_replications(morning(
          list, "", "rushing: {queue_at_least: 1000, factor: 0.5, repeat: 50%, repeat_delay: {fixed: 1min}}\n"))));
  // And features that are on do change them.
  CHECK_FALSE(test::same_tallies(plain, run_replications(morning(list, "", "busyness: {cv: 0.2}\n"))));
  CHECK_FALSE(test::same_tallies(plain, run_replications(morning(list, "    wrap_up: {fixed: 20s}\n"))));
}

TEST_CASE("wrap-up: the line is freed when the caller hangs up, the agent stays busy", "[engine][behaviour]") {
  // One agent, one line; talk 10 s, wrap-up 5 s. Calls at 1, 5 and 12 s.
  // Call 1 talks 1..11, wraps 11..16. Call 2 at 5 finds the line taken: busy
  // signal. Call 3 at 12 finds the line free but the agent in wrap-up: waits
  // 12..16, talks 16..26, wraps 26..31.
  Scenario s = test::basic_scenario(1, 60, Distribution::fixed(10), {1});
  s.demand[0].arrival_times_s = {1, 5, 12};
  s.demand[0].wrap_up = Distribution::fixed(5);
  s.lines = 1;
  const IntervalTally t = run_once(s).at(0);
  CHECK(t.offered == 3);
  CHECK(t.blocked == 1);
  CHECK(t.answered == 2);
  CHECK(t.wait_answered_s == Approx(4));
  CHECK(t.queue_area == Approx(4));
  CHECK(t.busy_area == Approx(30));  // 1..16 and 16..31: talking and wrap-up
  CHECK(kpi_value(Kpi::occupancy, t, 60) == Approx(0.5));
}

TEST_CASE("redials with a fixed delay arrive exactly where expected", "[engine][behaviour]") {
  // One line, talk 30 min, one redial 2 h after a busy signal (max_tries 2).
  // 0:05 answered (line taken until 0:35); 0:10 and 0:15 busy -> redial at 2:10
  // (answered, line taken until 2:40) and 2:15 (busy again: blocked for good).
  // 3:20 answered; 3:40 busy -> its redial at 5:40 is after the day: unresolved.
  Scenario s = test::basic_scenario(4, 3600, Distribution::fixed(1800), {1, 1, 1, 1});
  s.demand[0].arrival_times_s = {300, 600, 900, 3 * 3600 + 1200, 3 * 3600 + 2400};
  s.demand[0].redial = Redial{1.0, Distribution::fixed(7200), 2};
  s.lines = 1;
  const ReplicationTallies r = run_once(s);
  const auto k = [&](int i, Kpi kpi) { return kpi_value(kpi, r[static_cast<std::size_t>(i)], 3600); };
  CHECK(k(0, Kpi::offered) == 3);
  CHECK(k(0, Kpi::fresh) == 3);
  CHECK(k(0, Kpi::blocked) == 2);
  CHECK(k(0, Kpi::retrying_at_end) == 2);
  CHECK(k(1, Kpi::offered) == 0);
  CHECK(k(1, Kpi::retrying_at_end) == 2);
  CHECK(k(2, Kpi::offered) == 2);
  CHECK(k(2, Kpi::redials) == 2);
  CHECK(k(2, Kpi::fresh) == 0);
  CHECK(k(2, Kpi::answered) == 1);
  CHECK(k(2, Kpi::blocked) == 1);
  CHECK(k(2, Kpi::retrying_at_end) == 0);
  CHECK(r[2].busy_area == Approx(1800));  // the 2:10 redial talks 2:10..2:40
  // Outcomes per contact, by the interval of the first call.
  CHECK(k(0, Kpi::callers_answered) == 2);    // 0:05, and 0:10 at its redial
  CHECK(k(0, Kpi::callers_blocked) == 1);     // 0:15, busy twice
  CHECK(k(3, Kpi::callers_answered) == 1);    // 3:20
  CHECK(k(3, Kpi::callers_unresolved) == 1);  // 3:40, redial after the close
  CHECK(k(3, Kpi::retrying_at_end) == 0);
}

TEST_CASE("a caller who hangs up redials from that instant, even with no other event in between",
          "[engine][behaviour]") {
  // One agent, talk 30 min, patience 60 s, one redial 30 s after hanging up.
  // 0:00:10 answered (agent busy until 0:30:10). 0:00:20 waits, hangs up at
  // 0:01:20 and redials at 0:01:50, while the agent is still busy: the redial
  // waits too and hangs up for good at 0:02:50. Nothing else happens before
  // 0:30:10, so a hang-up settled only at the next event would put the
  // redial at 0:30:10 instead, answered by the agent just freed.
  Scenario s = test::basic_scenario(2, 3600, Distribution::fixed(1800), {1, 1}, Distribution::fixed(60));
  s.demand[0].arrival_times_s = {10, 20};
  s.demand[0].redial = Redial{1.0, Distribution::fixed(30), 2};
  const ReplicationTallies r = run_once(s);
  const auto k = [&](int i, Kpi kpi) { return kpi_value(kpi, r[static_cast<std::size_t>(i)], 3600); };
  CHECK(k(0, Kpi::offered) == 3);
  CHECK(k(0, Kpi::redials) == 1);
  CHECK(k(0, Kpi::answered) == 1);
  CHECK(k(0, Kpi::abandoned) == 2);
  CHECK(k(0, Kpi::callers_answered) == 1);
  CHECK(k(0, Kpi::callers_abandoned) == 1);
  CHECK(r[0].wait_admitted_s == Approx(60 + 60));  // both waits of the caller who gave up
  CHECK(r[0].busy_area == Approx(1800));           // only the first call is talked
  CHECK(r[1].busy_area == 0);
}

TEST_CASE("redial accounting: offered = fresh + redials, every contact has one outcome", "[engine][behaviour]") {
  const std::string redial = "    redial: {probability: 60%, delay: {exponential: {mean: 3min}}, max_tries: 3}\n";
  const auto with = run_replications(morning(list, redial));
  const auto without = run_replications(morning(list));
  for (std::size_t rep = 0; rep < with.size(); ++rep) {
    const IntervalTally a = day_of(with[rep]), b = day_of(without[rep]);
    INFO("replication " << rep);
    CHECK(a.redials > 10);
    // The fresh callers are the very same arrivals as without redials.
    CHECK(a.offered - a.redials == b.offered);
    CHECK(a.repeats == 0);
    // Each contact ends answered, abandoned or blocked for good, or unresolved.
    const double contacts = a.offered - a.redials;
    CHECK(a.callers_answered + a.callers_abandoned + a.callers_blocked + a.callers_unresolved == contacts);
    CHECK(a.callers_answered == a.answered);
    // Every failed attempt either ends its contact or leads to one redial.
    CHECK(a.abandoned + a.blocked == a.callers_abandoned + a.callers_blocked + a.callers_unresolved + a.redials);
    CHECK(with[rep].back().retrying_at_end == 0);
    // Without redials, everyone who abandons or is blocked does so for good.
    CHECK(b.callers_abandoned == b.abandoned);
    CHECK(b.callers_blocked == b.blocked);
  }
}

TEST_CASE("rushing: a long queue shortens the call, and the repeat call comes back", "[engine][behaviour]") {
  // One agent, talk 100 s, calls at 0, 1, 2, 3 s. Rushing from 2 waiting, at
  // half the talk time, every rushed call repeated 1000 s after it ends.
  // At 100 the agent takes call 1 with 2 still waiting: rushed, 100..150,
  // repeat at 1150. Call 2 (1 waiting) 150..250, call 3 250..350, repeat 1150..1250.
  Scenario s = test::basic_scenario(1, 3600, Distribution::fixed(100), {1});
  s.demand[0].arrival_times_s = {0, 1, 2, 3};
  s.rushing = Rushing{2, 0.5, 1.0, Distribution::fixed(1000)};
  const IntervalTally t = run_once(s).at(0);
  CHECK(t.offered == 5);
  CHECK(t.repeats == 1);
  CHECK(t.redials == 0);
  CHECK(t.rushed == 1);
  CHECK(t.answered == 5);
  CHECK(t.busy_area == Approx(450));
  CHECK(t.callers_answered == 5);  // the repeat call is a contact of its own
  CHECK(kpi_value(Kpi::fresh, t, 3600) == 4);
}

TEST_CASE("Poisson callers blocked in the first hour all redial two hours later", "[engine][behaviour]") {
  // Calls only in [0, 1h), two lines and two agents, every blocked caller
  // redials once after exactly 2 h: the redials are the first hour's busy
  // signals, all arriving in [2h, 3h), none elsewhere.
  Scenario s = test::basic_scenario(4, 3600, Distribution::exponential(240), {2, 2, 2, 2});
  s.demand[0].rate_per_s = {60 / 3600.0, 0, 0, 0};
  s.demand[0].redial = Redial{1.0, Distribution::fixed(7200), 2};
  s.lines = 2;
  s.replications = 3;
  for (const ReplicationTallies& r : run_replications(s)) {
    CHECK(r[0].blocked > 5);
    CHECK(r[0].redials == 0);
    CHECK(r[1].offered == 0);
    CHECK(r[2].redials == r[0].blocked);
    CHECK(r[2].offered == r[2].redials);
    CHECK(r[0].retrying_at_end == r[0].blocked);
    CHECK(r[1].retrying_at_end == r[0].blocked);
    CHECK(r[2].retrying_at_end == 0);
    CHECK(r[3].offered == 0);
  }
}
