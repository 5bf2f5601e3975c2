// Tiny deterministic scenarios whose every statistic is computed by hand.
#include <cstring>

#include <catch2/catch.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/model/kpi.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {
ReplicationTallies run_once(const Scenario& s) { return run_replications(s, RunOptions{1, {}}).at(0); }
}  // namespace

TEST_CASE("one agent, fixed service: waits, abandonment and time averages by hand", "[engine]") {
  // Calls at 1, 2, 3 s; service 10 s; patience 15 s; one agent.
  // Call 1 answered at 1 (wait 0), ends 11. Call 2 waits 2..11 (9 s), ends 21.
  // Call 3 waits from 3; its patience ends at 18 < 21: abandons after 15 s.
  Scenario s = test::basic_scenario(1, 60, Distribution::fixed(10), {1}, Distribution::fixed(15));
  s.demand[0].arrival_times_s = {1, 2, 3};
  s.targets.service_level = ServiceLevelTarget{5, 0.8};
  const IntervalTally t = run_once(s).at(0);
  CHECK(t.offered == 3);
  CHECK(t.answered == 2);
  CHECK(t.abandoned == 1);
  CHECK(t.blocked == 0);
  CHECK(t.waited == 2);
  CHECK(t.answered_within == 1);
  CHECK(t.wait_answered_s == Approx(9));
  CHECK(t.wait_admitted_s == Approx(24));
  CHECK(t.queue_area == Approx(24));  // 9 + 15 caller-seconds
  CHECK(t.busy_area == Approx(20));   // busy 1..21
  CHECK(t.staffed_area == Approx(60));
  CHECK(t.max_queue == 2);
  CHECK(t.queue_at_end == 0);
  CHECK(kpi_value(Kpi::service_level, t, 60) == Approx(1.0 / 3));
  CHECK(kpi_value(Kpi::asa_s, t, 60) == Approx(4.5));
  CHECK(kpi_value(Kpi::mean_wait_s, t, 60) == Approx(8));
  CHECK(kpi_value(Kpi::occupancy, t, 60) == Approx(20.0 / 60));
}

TEST_CASE("staff drop: busy agents finish their call, then leave without taking another", "[engine]") {
  // Two agents in [0,60), one in [60,120). Calls at 50 and 55 (service 30) are
  // answered at once. At 60 the first agent is told to leave: it ends its call
  // at 80 and goes. The call at 70 waits for the other agent, free at 85.
  Scenario s = test::basic_scenario(2, 60, Distribution::fixed(30), {2, 1});
  s.demand[0].arrival_times_s = {50, 55, 70};
  const ReplicationTallies r = run_once(s);
  CHECK(r[0].answered == 2);
  CHECK(r[0].wait_answered_s == 0);
  CHECK(r[1].answered == 1);
  CHECK(r[1].wait_answered_s == Approx(15));
  CHECK(r[0].staffed_area == Approx(120));
  CHECK(r[1].staffed_area == Approx(60 + 20));  // the leaver stays until 80
  CHECK(r[0].busy_area == Approx(10 + 5));
  CHECK(r[1].busy_area == Approx(20 + 25 + 30));  // 60-80, 60-85, 85-115
  CHECK(r[1].queue_area == Approx(15));
}

TEST_CASE("staff rise: a new agent takes the waiting caller at once", "[engine]") {
  // No agent in [0,60); one from 60. A caller at 10 waits until 60.
  Scenario s = test::basic_scenario(2, 60, Distribution::fixed(5), {0, 1});
  s.demand[0].arrival_times_s = {10};
  const ReplicationTallies r = run_once(s);
  CHECK(r[0].answered == 1);
  CHECK(r[0].wait_answered_s == Approx(50));
  CHECK(r[0].queue_at_end == 1);
  CHECK(r[0].queue_area == Approx(50));
  CHECK(r[1].busy_area == Approx(5));
}

TEST_CASE("trunk lines give busy signals, a full queue refuses callers", "[engine]") {
  // One agent, service 10 s, calls at 1, 2, 3.
  Scenario lines = test::basic_scenario(1, 60, Distribution::fixed(10), {1});
  lines.demand[0].arrival_times_s = {1, 2, 3};
  lines.lines = 2;  // call 3 finds 2 in the system
  const IntervalTally a = run_once(lines).at(0);
  CHECK(a.offered == 3);
  CHECK(a.blocked == 1);
  CHECK(a.answered == 2);

  Scenario queue = lines;
  queue.lines.reset();
  queue.queue_capacity = 0;  // nobody may wait
  const IntervalTally b = run_once(queue).at(0);
  CHECK(b.blocked == 2);
  CHECK(b.answered == 1);
  CHECK(b.waited == 0);
}

TEST_CASE("callers still on hold when the floor closes with nobody on duty abandon at the close", "[engine]") {
  Scenario s = test::basic_scenario(2, 60, Distribution::fixed(100), {1, 0});
  s.demand[0].arrival_times_s = {10, 20};
  // Call 1 answered at 10 (the agent leaves at 110 after it); call 2 waits and
  // is closed out at 120.
  const ReplicationTallies r = run_once(s);
  CHECK(r[0].answered == 1);
  CHECK(r[0].abandoned == 1);
  CHECK(r[0].wait_admitted_s == Approx(100));
  CHECK(r[1].staffed_area == Approx(50));
}

TEST_CASE("after the close, agents on duty serve everyone still waiting", "[engine]") {
  Scenario s = test::basic_scenario(1, 60, Distribution::fixed(50), {1});
  s.demand[0].arrival_times_s = {30, 40};
  const IntervalTally t = run_once(s).at(0);
  CHECK(t.answered == 2);
  CHECK(t.wait_answered_s == Approx(40));  // the second waits 40..80, after the close
  CHECK(t.queue_area == Approx(20));       // only the part inside the day is integrated
}

TEST_CASE("same seed, same results bit for bit, whatever the number of workers", "[engine]") {
  Scenario s = test::stationary_scenario(0.5, 18, 10, 60.0, 4, 900, 0, 6, 42);
  const auto a = run_replications(s, RunOptions{1, {}});
  const auto b = run_replications(s, RunOptions{3, {}});
  REQUIRE(a.size() == 6);
  for (std::size_t r = 0; r < a.size(); ++r)
    for (std::size_t i = 0; i < a[r].size(); ++i) CHECK(std::memcmp(&a[r][i], &b[r][i], sizeof(IntervalTally)) == 0);
  // Different replications are different draws.
  CHECK(a[0][0].offered != a[1][0].offered);
}

TEST_CASE("common random numbers: one agent more sees the very same callers", "[engine]") {
  Scenario s10 = test::stationary_scenario(0.5, 18, 10, 60.0, 4, 900, 0, 4, 7);
  Scenario s11 = s10;
  for (int& n : s11.staff[0].count) n = 11;
  const auto a = run_replications(s10);
  const auto b = run_replications(s11);
  for (std::size_t r = 0; r < a.size(); ++r)
    for (std::size_t i = 0; i < a[r].size(); ++i) {
      CHECK(a[r][i].offered == b[r][i].offered);
      CHECK(b[r][i].abandoned <= a[r][i].abandoned + 2);  // pathwise not guaranteed, but close
    }
}
