// Skills, overflow routes, priorities, shifts and breaks on tiny scenarios
// whose every outcome is worked out by hand; features that are off leave
// results bit for bit unchanged.

#include <catch2/catch.hpp>

#include "ccsim/engine/call_trace.hpp"
#include "ccsim/engine/replication_runner.hpp"
#include "same_tallies.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;
using namespace std::string_literals;  // one-letter names as std::string: GCC 12 warns wrongly (-Wrestrict) on literals

namespace {

// A second class and a second group added to a basic scenario.
Scenario two_classes(double interval_s, double service_s) {
  Scenario s = test::basic_scenario(1, interval_s, Distribution::fixed(service_s), {1});
  s.demand[0].name = "a"s;
  s.demand.push_back(s.demand[0]);
  s.demand[1].name = "b"s;
  return s;
}

// Group x serves a only, group y serves a and b; 10 s calls: a at 2, 20 and
// 35 s, b at 1 and 3 s, in one 100-s interval.
Scenario skill_floor() {
  Scenario s = two_classes(100, 10);
  s.staff[0].name = "x"s;
  s.staff[0].skills = {0};
  s.staff.push_back(StaffGroup{"y", {1}});
  s.demand[0].arrival_times_s = {2, 20, 35};
  s.demand[1].arrival_times_s = {1, 3};
  return s;
}

struct Expected {
  int demand_class;
  double arrival_s;
  CallOutcome::Kind kind;
  double left_queue_s;
  int group;
};

void check_trace(const std::vector<CallOutcome>& trace, std::vector<Expected> expected) {
  for (const CallOutcome& o : trace)
    UNSCOPED_INFO("traced: class " << o.demand_class << " #" << o.serial << " at " << o.arrival_s << ": kind " << o.kind
                                   << " at " << o.left_queue_s << " by group " << o.group << ", ends " << o.end_s);
  REQUIRE(trace.size() == expected.size());
  for (const Expected& e : expected) {
    INFO("class " << e.demand_class << " arriving at " << e.arrival_s);
    const auto it = std::find_if(trace.begin(), trace.end(), [&](const CallOutcome& o) {
      return o.demand_class == e.demand_class && o.arrival_s == e.arrival_s;
    });
    REQUIRE(it != trace.end());
    CHECK(it->kind == e.kind);
    CHECK(it->left_queue_s == Approx(e.left_queue_s));
    CHECK(it->group == e.group);
  }
}

}  // namespace

TEST_CASE("a group serves only its skills, and the longest-idle eligible agent takes an arrival",
          "[engine][capacity]") {
  Scenario s = skill_floor();
  // b@1 -> y (1..11); a@2 -> x (2..12); b@3 waits for y (x lacks the skill):
  // 11; a@20 -> x (y busy 11..21); a@35: x idle since 30, y since 21 -> y.
  check_trace(trace_call_center(s, 0), {{1, 1, CallOutcome::answered, 1, 1},
                                        {0, 2, CallOutcome::answered, 2, 0},
                                        {1, 3, CallOutcome::answered, 11, 1},
                                        {0, 20, CallOutcome::answered, 20, 0},
                                        {0, 35, CallOutcome::answered, 35, 1}});
}

TEST_CASE("priority: the lower number goes first, FIFO within a class, no preemption", "[engine][capacity]") {
  Scenario s = two_classes(100, 10);
  s.demand[0].priority = 2;  // a
  s.demand[1].priority = 1;  // b
  s.demand[0].arrival_times_s = {0, 1, 2};
  s.demand[1].arrival_times_s = {3};
  // a@0 is in service 0..10 when b@3 arrives (not preempted); at 10 b@3 goes
  // before the older a@1 and a@2, which follow in order.
  check_trace(trace_call_center(s, 0), {{0, 0, CallOutcome::answered, 0, 0},
                                        {1, 3, CallOutcome::answered, 10, 0},
                                        {0, 1, CallOutcome::answered, 20, 0},
                                        {0, 2, CallOutcome::answered, 30, 0}});
}

TEST_CASE("overflow: after the delay a waiting call may also go to the overflow group", "[engine][capacity]") {
  // retail: primary r, overflow to b after 30 s; business: b only. 100 s calls.
  Scenario s = two_classes(600, 100);
  s.demand[0].name = "retail";
  s.demand[1].name = "business";
  s.staff[0].name = "r"s;
  s.staff[0].skills = {0};
  s.staff.push_back(StaffGroup{"b", {1}});
  s.demand[0].route = Route{0, 1, 30};
  s.demand[1].route = Route{1, std::nullopt, 0};
  s.demand[0].arrival_times_s = {0, 10, 50, 105};
  s.demand[1].arrival_times_s = {60};
  // retail@0 -> r (0..100). retail@10 waits; at 40 it may overflow and b is
  // idle: b takes it (40..140). retail@50: r free at 100 comes first.
  // business@60 waits for b (140). retail@105 may overflow from 135, but at
  // 140 business@60 arrived earlier, so b takes it; r takes retail@105 at 200.
  check_trace(trace_call_center(s, 0), {{0, 0, CallOutcome::answered, 0, 0},
                                        {0, 10, CallOutcome::answered, 40, 1},
                                        {0, 50, CallOutcome::answered, 100, 0},
                                        {1, 60, CallOutcome::answered, 140, 1},
                                        {0, 105, CallOutcome::answered, 200, 0}});
}

TEST_CASE("shifts: a break starts when the call ends, and at shift end the call in hand is finished",
          "[engine][capacity]") {
  // One seat 0..3600 with a break due at 1000 for 300 s; 200 s calls.
  Scenario s = test::basic_scenario(2, 1800, Distribution::fixed(200), {0, 0});
  s.staff[0].shifts = {Shift{0, 3600, 1, {Break{1000, 300}}}};
  s.demand[0].arrival_times_s = {900, 1050, 3500, 3550};
  // 900: answered at once (900..1100); the break runs 1100..1400, so the
  // caller of 1050 is answered at 1400. 3500: answered, finished at 3700
  // after the shift; 3550 waits and nobody comes: gone at the close (3600).
  const auto tallies = run_replications(s, RunOptions{1, {}}).at(0);
  CHECK(tallies[0].staffed_area == Approx(1800 - 300));  // not staffed on the break
  CHECK(tallies[1].staffed_area == Approx(1800));
  CHECK(tallies[0].busy_area == Approx(200 + 200));
  CHECK(tallies[1].abandoned == 1);
  check_trace(trace_call_center(s, 0), {{0, 900, CallOutcome::answered, 900, 0},
                                        {0, 1050, CallOutcome::answered, 1400, 0},
                                        {0, 3500, CallOutcome::answered, 3500, 0},
                                        {0, 3550, CallOutcome::abandoned, 3600, -1}});
}

TEST_CASE("an idle agent goes on break at once and comes back to the waiting callers", "[engine][capacity]") {
  Scenario s = test::basic_scenario(1, 3600, Distribution::fixed(100), {0});
  s.staff[0].shifts = {Shift{0, 3600, 1, {Break{1000, 600}}}};
  s.demand[0].arrival_times_s = {1100, 1200};
  // Break 1000..1600: both callers wait; 1100 answered at 1600, 1200 at 1700.
  check_trace(trace_call_center(s, 0),
              {{0, 1100, CallOutcome::answered, 1600, 0}, {0, 1200, CallOutcome::answered, 1700, 0}});
}

TEST_CASE("absenteeism 0% and a fatigue threshold never exceeded leave results bit for bit unchanged",
          "[engine][capacity]") {
  Scenario base = test::stationary_scenario(0.5, 18, 10, 60.0, 4, 900, 0, 3, 11);
  const auto off = run_replications(base);
  Scenario absent = base;
  absent.staff[0].absenteeism = 0;
  CHECK(test::same_tallies(off, run_replications(absent)));
  Scenario fatigue = base;
  fatigue.staff[0].fatigue = Fatigue{600, 1.0, 1.5};  // occupancy never exceeds 100%
  CHECK(test::same_tallies(off, run_replications(fatigue)));
  // ...while a reachable threshold does change them (the check above can fail).
  fatigue.staff[0].fatigue->threshold = 0.5;
  CHECK_FALSE(test::same_tallies(off, run_replications(fatigue)));
  absent.staff[0].absenteeism = 0.3;
  CHECK_FALSE(test::same_tallies(off, run_replications(absent)));
}

TEST_CASE("each group's busy and present time is kept apart, and sums to the floor's", "[engine][capacity]") {
  // Both groups present the whole 100-s interval; a 5-s wrap-up on b's calls.
  Scenario s = skill_floor();
  s.demand[1].wrap_up = Distribution::fixed(5);
  // With wrap-up: b@1 -> y 1..16; a@2 -> x 2..12; b@3 -> y 16..31; a@20 -> x
  // 20..30; a@35: x idle since 30, y since 31 -> x 35..45.
  const RunTallies run = run_replications_by_class(s, RunOptions{1, {}});
  REQUIRE(run.groups.size() == 1);
  REQUIRE(run.groups[0].size() == 2);
  CHECK(run.groups[0][0].busy_area == Approx(30));
  CHECK(run.groups[0][1].busy_area == Approx(30));
  CHECK(run.groups[0][0].staffed_area == Approx(100));
  CHECK(run.groups[0][1].staffed_area == Approx(100));
  CHECK(run.groups[0][0].busy_area + run.groups[0][1].busy_area == Approx(run.totals[0][0].busy_area));
  CHECK(run.groups[0][0].staffed_area + run.groups[0][1].staffed_area == Approx(run.totals[0][0].staffed_area));
  // One group: nothing kept apart.
  s.staff.pop_back();
  s.staff[0].skills.clear();
  CHECK(run_replications_by_class(s, RunOptions{1, {}}).groups.at(0).empty());
}
