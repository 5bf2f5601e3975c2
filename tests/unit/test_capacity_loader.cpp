// The capacity keys of a call center: skills, routes, priorities, shifts with
// breaks, absenteeism and fatigue, read into seconds and indices.
#include <catch2/catch.hpp>

#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scheduled_hours.hpp"

using namespace ccsim;

TEST_CASE("capacity keys are read into the scenario", "[loader][capacity]") {
  const Scenario s = parse_scenario(R"(
clock: {start: "08:00", end: "18:00", interval: 1h}
demand:
  - name: retail
    rate_per_hour: 60
    service: {exponential: {mean: 4min}}
    route: {primary: retail, overflow: {group: business, after: 30s}}
  - name: business
    rate_per_hour: 30
    service: {exponential: {mean: 6min}}
    priority: 2
staff:
  - name: retail
    skills: [retail]
    shifts:
      - {start: "08:00", end: "16:30", count: 12, breaks: [{at: "12:00", length: 30min}, {at: "14:00", length: 10min}]}
      - {start: "12:00", end: "18:00", count: 5}
    absenteeism: 5%
  - name: business
    count: 4
    fatigue: {window: 60min, threshold: 90%, factor: 1.2}
)",
                                    "capacity.yaml");
  REQUIRE(s.staff.size() == 2);
  const StaffGroup& retail = s.staff[0];
  CHECK(retail.skills == std::vector<int>{0});
  CHECK(retail.serves(0));
  CHECK_FALSE(retail.serves(1));
  REQUIRE(retail.shifts.size() == 2);
  CHECK(retail.shifts[0].start_s == 0);
  CHECK(retail.shifts[0].end_s == 8.5 * 3600);
  CHECK(retail.shifts[0].count == 12);
  REQUIRE(retail.shifts[0].breaks.size() == 2);
  CHECK(retail.shifts[0].breaks[0].at_s == 4 * 3600);
  CHECK(retail.shifts[0].breaks[0].length_s == 1800);
  CHECK(retail.shifts[1].start_s == 4 * 3600);
  // Nominal agents at each interval's start: 12 until 12:00, 17 until 16:30, then 5.
  CHECK(retail.count == std::vector<int>{12, 12, 12, 12, 17, 17, 17, 17, 17, 5});
  CHECK(retail.absenteeism == Approx(0.05));
  CHECK_FALSE(retail.fatigue);

  const StaffGroup& business = s.staff[1];
  CHECK(business.skills.empty());  // every class
  CHECK(business.serves(0));
  CHECK(business.count == std::vector<int>(10, 4));
  REQUIRE(business.fatigue);
  CHECK(business.fatigue->window_s == 3600);
  CHECK(business.fatigue->threshold == Approx(0.9));
  CHECK(business.fatigue->factor == Approx(1.2));
  CHECK(business.absenteeism == 0);

  REQUIRE(s.demand[0].route);
  CHECK(s.demand[0].route->primary == 0);
  CHECK(s.demand[0].route->overflow == 1);
  CHECK(s.demand[0].route->overflow_after_s == 30);
  CHECK(s.demand[0].priority == 1);  // the default
  CHECK_FALSE(s.demand[1].route);
  CHECK(s.demand[1].priority == 2);
}

TEST_CASE("scheduled agent-hours: shift lengths less breaks, counts x intervals, absent agents included",
          "[loader][capacity]") {
  const Scenario s = parse_scenario(R"(
clock: {start: "08:00", end: "18:00", interval: 1h}
demand: [{name: calls, rate_per_hour: 60, service: {exponential: {mean: 4min}}}]
staff:
  - name: early
    shifts:
      - {start: "08:00", end: "16:30", count: 12, breaks: [{at: "12:00", length: 30min}, {at: "14:00", length: 10min}]}
      - {start: "12:00", end: "18:00", count: 5}
    absenteeism: 20%
  - name: desk
    count: [4, 4, 4, 4, 4, 2, 2, 2, 2, 0]
)",
                                    "hours.yaml");
  // 12 x (8.5 h - 40 min) + 5 x 6 h, and 5 x 4 + 4 x 2 intervals of an hour.
  CHECK(scheduled_agent_hours(s) == Approx(12 * (8.5 - 40.0 / 60) + 5 * 6 + 28));
}

TEST_CASE("with a length clock, shift times count from the start", "[loader][capacity]") {
  const Scenario s = parse_scenario(R"(
clock: {length: 4h, interval: 1h}
demand:
  - {name: calls, rate_per_hour: 60, service: {fixed: 2min}}
staff:
  - name: agents
    shifts: [{start: "01:00", end: "03:30", count: 2, breaks: [{at: "02:00", length: 15min}]}]
)",
                                    "length.yaml");
  CHECK(s.staff[0].shifts[0].start_s == 3600);
  CHECK(s.staff[0].shifts[0].end_s == 3.5 * 3600);
  CHECK(s.staff[0].count == std::vector<int>{0, 2, 2, 2});
}
