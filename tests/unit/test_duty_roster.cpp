// The day's duty roster without the engine: per-interval targets, shifts with
// breaks in the order they must be applied, and absent seats.
#include <catch2/catch.hpp>

#include "ccsim/floor/duty_roster.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

TEST_CASE("per-interval counts become one target per interval and group", "[roster]") {
  const Scenario s = test::basic_scenario(3, 900, Distribution::fixed(60), {2, 5, 1});
  const std::vector<DutyEvent> roster = duty_roster(s, 0);
  REQUIRE(roster.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(roster[i].kind == DutyEvent::count_target);
    CHECK(roster[i].at_s == 900.0 * static_cast<double>(i));
  }
  CHECK(roster[0].target == 2);
  CHECK(roster[1].target == 5);
  CHECK(roster[2].target == 1);
}

TEST_CASE("at a shift change the leaving seat comes before the break and the newcomer", "[roster]") {
  Scenario s = test::basic_scenario(4, 900, Distribution::fixed(60), {0, 0, 0, 0});
  s.staff[0].shifts = {Shift{0, 1800, 1, {Break{900, 300}}}, Shift{1800, 3600, 1, {}}, Shift{900, 3600, 1, {}}};
  const std::vector<DutyEvent> roster = duty_roster(s, 0);
  std::vector<std::pair<double, DutyEvent::Kind>> got;
  for (const DutyEvent& e : roster) got.emplace_back(e.at_s, e.kind);
  const std::vector<std::pair<double, DutyEvent::Kind>> want = {
      {0, DutyEvent::shift_start},  {900, DutyEvent::break_due},    {900, DutyEvent::shift_start},
      {1800, DutyEvent::shift_end}, {1800, DutyEvent::shift_start}, {3600, DutyEvent::shift_end},
      {3600, DutyEvent::shift_end}};
  CHECK(got == want);
  CHECK(roster[1].length_s == 300);
  CHECK(roster[1].seat == 0);
  CHECK(roster[2].seat == 2);  // seats numbered through the group's shifts
}

TEST_CASE("absent seats have no duty events and lower a counted group's targets", "[roster]") {
  Scenario s = test::basic_scenario(2, 900, Distribution::fixed(60), {40, 40});
  s.staff[0].absenteeism = 0.25;
  int present = 0;
  for (int seat = 0; seat < 40; ++seat) present += seat_present(s, 3, 0, seat) ? 1 : 0;
  const std::vector<DutyEvent> roster = duty_roster(s, 3);
  REQUIRE(roster.size() == 2);
  CHECK(roster[0].target == present);
  CHECK(present < 40);  // some of 40 seats are absent at 25% (seeded: deterministic)
  CHECK(present > 20);
  s.staff[0].absenteeism = 0;
  CHECK(duty_roster(s, 3)[0].target == 40);
}
