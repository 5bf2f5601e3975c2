// Desks that never help each other: the parts of a floor, the scenario of
// one part (classes and groups renumbered), and plans joined back.
#include <catch2/catch.hpp>

#include "ccsim/optimize/floor_parts.hpp"

using namespace ccsim;

namespace {

// Three classes, three groups: A takes class 0, B takes 1 and overflow of 2
// from C, C takes 2. Parts: {A: 0} and {B, C: 1, 2}.
Scenario three_desks() {
  Scenario s;
  s.clock.interval_s = 900;
  s.clock.length_s = 1800;
  for (const char* name : {"zero", "one", "two"})
    s.demand.push_back(Demand{name, {0.01, 0.02}, {}, Distribution::exponential(240), {}});
  for (const char* name : {"A", "B", "C"}) s.staff.push_back(StaffGroup{name, {3, 4}});
  s.staff[0].skills = {0};
  s.staff[1].skills = {1, 2};
  s.staff[2].skills = {2};
  s.demand[2].route = Route{2, 1, 30};
  return s;
}

}  // namespace

TEST_CASE("independent parts: groups sharing a class are one part", "[staffing][parts]") {
  const Scenario s = three_desks();
  const std::vector<FloorPart> parts = independent_parts(s);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].groups == std::vector<std::size_t>{0});
  CHECK(parts[0].classes == std::vector<std::size_t>{0});
  CHECK(parts[1].groups == std::vector<std::size_t>{1, 2});
  CHECK(parts[1].classes == std::vector<std::size_t>{1, 2});
  CHECK(describe_parts(s, parts) == "A | B, C");
  // Whatever the calls share couples the floor: one part.
  Scenario lines = s;
  lines.lines = 30;
  CHECK(independent_parts(lines).size() == 1);
  Scenario capped = s;
  capped.max_agents = 20;
  CHECK(independent_parts(capped).size() == 1);
  Scenario queue = s;
  queue.queue_capacity = 10;
  CHECK(independent_parts(queue).size() == 1);
  Scenario rushing = s;
  rushing.rushing = Rushing{};
  CHECK(independent_parts(rushing).size() == 1);
  Scenario daily = s;
  daily.demand[1].targets.service_level = ServiceLevelTarget{20, 0.8};
  daily.demand[1].targets.daily.service_level = true;
  CHECK(independent_parts(daily).size() == 1);
  Scenario everyone = s;
  everyone.staff[0].skills.clear();  // A serves every class
  CHECK(independent_parts(everyone).size() == 1);
}

TEST_CASE("a part's scenario renumbers skills and routes, and plans join back", "[staffing][parts]") {
  Scenario s = three_desks();
  s.demand[2].targets.abandonment_at_most = 0.02;  // class "two": its own target goes with it
  s.demand[2].arrival_times_s = {5, 9};
  const std::vector<FloorPart> parts = independent_parts(s);
  const Scenario second = part_scenario(s, parts[1]);
  REQUIRE(second.demand.size() == 2);
  CHECK(second.demand[0].name == "one");
  CHECK(second.staff[0].name == "B");
  CHECK(second.staff[0].skills == std::vector<int>{0, 1});
  CHECK(second.staff[1].skills == std::vector<int>{1});
  REQUIRE(second.demand[1].route);
  CHECK(second.demand[1].route->primary == 1);
  CHECK(second.demand[1].route->overflow == 0);
  CHECK(second.demand[1].targets.abandonment_at_most == 0.02);
  CHECK(second.demand[1].arrival_times_s == std::vector<double>{5, 9});
  CHECK(second.target_set().by_class.size() == 2);
  StaffingPlan first_plan{"erlang-a", {2, 3}, {"a note"}, {}};
  StaffingPlan second_plan{"erlang-a", {5, 6}, {"a note", "another"}, {}};
  second_plan.by_group = {{4, 4}, {1, 2}};
  const StaffingPlan joined = joined_plan(s, parts, {first_plan, second_plan});
  CHECK(joined.agents == std::vector<int>{7, 9});
  CHECK(joined.by_group == std::vector<std::vector<int>>{{2, 3}, {4, 4}, {1, 2}});
  // A note of every part as it is; one of some parts said of their desk.
  CHECK(joined.notes == std::vector<std::string>{"a note", "desk B, C: another"});
}
