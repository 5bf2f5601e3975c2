// Plans on floors whose groups differ: which scenarios keep their groups, the
// shares of the work each group takes first, and the apportionment of a plan's
// agents among the groups.
#include <algorithm>
#include <numeric>

#include <catch2/catch.hpp>

#include "ccsim/optimize/agents_cap.hpp"
#include "ccsim/optimize/group_split.hpp"
#include "ccsim/optimize/shift_staffing.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

using namespace ccsim;

namespace {

// Two classes, two groups: retail (3 calls a minute, 4-min talk) served by
// group 0 only; business (1 a minute, 6-min talk + 2 min wrap-up) by both.
Scenario two_skill_floor(int intervals = 2) {
  Scenario s;
  s.clock.interval_s = 900;
  s.clock.length_s = 900.0 * intervals;
  const auto n = static_cast<std::size_t>(intervals);
  s.demand.push_back(Demand{"retail", std::vector<double>(n, 3 / 60.0), {}, Distribution::exponential(240), {}});
  s.demand.push_back(Demand{"business", std::vector<double>(n, 1 / 60.0), {}, Distribution::exponential(360), {}});
  s.demand[1].wrap_up = Distribution::fixed(120);
  s.staff.push_back(StaffGroup{"retail", std::vector<int>(n, 10)});
  s.staff.push_back(StaffGroup{"business", std::vector<int>(n, 10)});
  s.staff[0].skills = {0, 1};
  s.staff[1].skills = {1};
  return s;
}

int sum(const std::vector<int>& v) { return std::accumulate(v.begin(), v.end(), 0); }

}  // namespace

TEST_CASE("only floors whose groups differ keep their groups in a plan", "[staffing][groups]") {
  Scenario s = two_skill_floor();
  CHECK(staffed_by_group(s));
  s.staff[0].skills.clear();
  s.staff[1].skills.clear();
  CHECK_FALSE(staffed_by_group(s));  // two pooled groups: one team
  s.staff[1].absenteeism = 0.05;
  CHECK(staffed_by_group(s));
  s.staff[1].absenteeism = 0;
  s.staff[0].fatigue = Fatigue{};
  CHECK(staffed_by_group(s));
  s.staff[0].fatigue.reset();
  s.staff[1].max_agents = 6;  // a desk with seats of its own stays a desk
  CHECK(staffed_by_group(s));
  s.staff[1].max_agents.reset();
  s.demand[0].route = Route{1, 0, 30};
  CHECK(staffed_by_group(s));
}

TEST_CASE("shares follow the work each group takes first", "[staffing][groups]") {
  Scenario s = two_skill_floor();
  // Work: retail 3 x 4 = 12 erlangs to group 0; business 1 x 8 = 8 erlangs, half to each group.
  std::vector<double> shares = group_shares(s, 0);
  CHECK(shares[0] == Approx(16.0 / 20));
  CHECK(shares[1] == Approx(4.0 / 20));
  // A route sends its class to the primary group only, whoever else may serve it.
  s.demand[1].route = Route{1, 0, 30};
  shares = group_shares(s, 0);
  CHECK(shares[0] == Approx(12.0 / 20));
  CHECK(shares[1] == Approx(8.0 / 20));
  // No demand: the scenario's own roster decides; no roster either: evenly.
  for (Demand& d : s.demand) d.rate_per_s[1] = 0;
  s.staff[0].count[1] = 3;
  s.staff[1].count[1] = 1;
  CHECK(group_shares(s, 1)[0] == Approx(0.75));
  s.staff[0].count[1] = s.staff[1].count[1] = 0;
  CHECK(group_shares(s, 1)[1] == Approx(0.5));
}

TEST_CASE("a plan's agents are apportioned among the groups, each kept at one or more", "[staffing][groups]") {
  const Scenario s = two_skill_floor(4);
  // Shares 0.8 and 0.2.
  const auto split = split_by_group(s, {20, 7, 1, 0});
  CHECK(split[0] == std::vector<int>{16, 6, 1, 0});  // 5.6 -> 6; one agent to the larger share
  CHECK(split[1] == std::vector<int>{4, 1, 0, 0});   // 1.4 -> 1
  for (std::size_t i = 0; i < 4; ++i) CHECK(split[0][i] + split[1][i] == std::vector<int>{20, 7, 1, 0}[i]);
  // A group with a small share still gets its one agent once the total allows.
  Scenario lopsided = two_skill_floor(1);
  lopsided.demand[0].rate_per_s[0] = 60 / 60.0;  // retail 240 erlangs: business's share is 4/248
  const auto two = split_by_group(lopsided, {2});
  CHECK(two[0][0] == 1);
  CHECK(two[1][0] == 1);
}

TEST_CASE("one agent more never takes one from a group (house-monotone)", "[staffing][groups]") {
  // Three groups: a big desk and two small ones (shares about 0.96, 0.02, 0.02).
  Scenario s = two_skill_floor(1);
  s.demand[0].rate_per_s[0] = 60 / 60.0;
  s.demand.push_back(Demand{"vip", {0.5 / 60.0}, {}, Distribution::exponential(240), {}});
  s.demand[1].rate_per_s[0] = 0.5 / 60.0;
  s.demand[1].wrap_up.reset();
  s.staff.push_back(StaffGroup{"vip", {1}});
  s.staff[0].skills = {0};
  s.staff[1].skills = {1};
  s.staff[2].skills = {2};
  std::vector<int> before(3, 0);
  for (int total = 0; total <= 80; ++total) {
    const auto split = split_by_group(s, {total});
    std::vector<int> now = {split[0][0], split[1][0], split[2][0]};
    INFO("total " << total);
    CHECK(sum(now) == total);
    for (std::size_t g = 0; g < 3; ++g) CHECK(now[g] >= before[g]);
    if (total >= 3) CHECK(std::min({now[0], now[1], now[2]}) >= 1);  // every desk staffed once the total allows
    before = now;
  }
}

TEST_CASE("a group that only takes overflow keeps its roster share", "[staffing][groups]") {
  // retail -> overflow to the floaters after 30 s; the roster has 8 retail and 2 floaters.
  Scenario s = two_skill_floor(1);
  s.demand.pop_back();
  s.staff[0].skills = {0};
  s.staff[1].name = "floaters";
  s.staff[1].skills = {0};
  s.staff[0].count = {8};
  s.staff[1].count = {2};
  s.demand[0].route = Route{0, 1, 30};
  const std::vector<double> shares = group_shares(s, 0);
  CHECK(shares[0] == Approx(0.8));
  CHECK(shares[1] == Approx(0.2));
  CHECK(split_by_group(s, {20})[1][0] == 4);
}

TEST_CASE("a plan staffs the scenario's own groups, their skills kept and shifts replaced", "[staffing][groups]") {
  Scenario s = two_skill_floor();
  s.staff[1].shifts.push_back(Shift{0, 1800, 10, {}});
  s.staff[1].fatigue = Fatigue{};
  const Scenario planned = with_staffing(s, {30, 10});
  REQUIRE(planned.staff.size() == 2);
  CHECK(planned.staff[1].skills == std::vector<int>{1});
  CHECK(planned.staff[1].fatigue.has_value());
  CHECK(planned.staff[1].shifts.empty());
  CHECK(sum({planned.staff[0].count[0], planned.staff[1].count[0]}) == 30);
  CHECK(total_staff(planned) == std::vector<int>{30, 10});
  // A method that chose each group's agents (shifts per group) sets them exactly.
  const Scenario chosen = with_staffing(s, {30, 10}, {{20, 5}, {10, 5}});
  CHECK(chosen.staff[0].count == std::vector<int>{20, 5});
  CHECK(chosen.staff[1].count == std::vector<int>{10, 5});
  // One pooled team: the plan replaces the groups by one.
  s.staff[0].skills.clear();
  s.staff[1].skills.clear();
  s.staff[1].fatigue.reset();
  const Scenario pooled = with_staffing(s, {30, 10});
  REQUIRE(pooled.staff.size() == 1);
  CHECK(pooled.staff[0].count == std::vector<int>{30, 10});
}

TEST_CASE("the day's split is described for the plan notes", "[staffing][groups]") {
  CHECK(describe_split(two_skill_floor()) == "retail 80%, business 20%");
}

TEST_CASE("shifts on a floor whose groups differ: one program per group for its share", "[staffing][groups][shifts]") {
  Scenario s = two_skill_floor(8);  // 2 hours
  ShiftRules r;
  r.lengths_s = {3600, 7200};
  r.start_every_s = 900;
  r.earliest_start_s = 0;
  r.latest_end_s = s.clock.length_s;
  s.shift_rules = r;
  StaffingPlan need{"erlang-a", {10, 10, 12, 12, 14, 14, 10, 10}, {}, {}};
  const ShiftPlan p = plan_shifts(s, need, CoverOptions{});
  const auto split = split_by_group(s, need.agents);
  REQUIRE(p.plan.by_group.size() == 2);
  for (std::size_t g = 0; g < 2; ++g)
    for (std::size_t i = 0; i < 8; ++i) {
      CHECK(p.plan.by_group[g][i] >= split[g][i]);  // each group covers its own share
      CHECK(p.plan.agents[i] == p.plan.by_group[0][i] + p.plan.by_group[1][i]);
    }
  int retail = 0, business = 0;
  for (const ShiftCount& c : p.shifts) (c.group == "retail" ? retail : business) += c.agents;
  CHECK(retail + business == p.solution.shifts);
  CHECK(business > 0);
  CHECK(p.solution.status == CoverStatus::optimal);
}

TEST_CASE("shifts that put more of a group on duty than its seats say so", "[staffing][groups][shifts]") {
  // 4 h of 1 h intervals and 3 h shifts on the hour: the first and last hours
  // need their own shifts, and both are on duty in the middle two hours.
  Scenario s = two_skill_floor(4);
  s.clock.interval_s = 3600;
  s.clock.length_s = 4 * 3600;
  ShiftRules r;
  r.lengths_s = {3 * 3600};
  r.start_every_s = 3600;
  r.earliest_start_s = 0;
  r.latest_end_s = s.clock.length_s;
  s.shift_rules = r;
  s.staff[0].max_agents = 8;
  StaffingPlan need{"erlang-a", {10, 10, 10, 10}, {}, {}};
  need.by_group = {{8, 8, 8, 8}, {2, 2, 2, 2}};
  const ShiftPlan p = plan_shifts(s, need, CoverOptions{});
  REQUIRE(p.plan.by_group[0] == std::vector<int>{8, 16, 16, 8});
  const auto said = std::find_if(p.plan.notes.begin(), p.plan.notes.end(),
                                 [](const std::string& n) { return n.rfind("group retail: 16 on duty", 0) == 0; });
  CHECK(said != p.plan.notes.end());
  s.staff[0].max_agents = 16;  // within the seats: nothing to say
  const ShiftPlan q = plan_shifts(s, need, CoverOptions{});
  CHECK(std::none_of(q.plan.notes.begin(), q.plan.notes.end(),
                     [](const std::string& n) { return n.find("max_agents") != std::string::npos; }));
}

TEST_CASE("weights tilt the split, an infinite weight takes every agent", "[staffing][groups]") {
  const Scenario s = two_skill_floor();
  // The rule's shares 0.8 / 0.2: group 1 times 4 gives 0.8 : 0.8.
  const std::vector<double> tilted = group_shares(s, 0, {1, 4});
  CHECK(tilted[0] == Approx(0.5));
  CHECK(tilted[1] == Approx(0.5));
  CHECK(group_shares(s, 0, {INFINITY, 1}) == std::vector<double>{1, 0});
  CHECK(group_shares(s, 0, {0, 1}) == std::vector<double>{0, 1});
  CHECK(split_by_group(s, {20, 7}, {1, 4}) == std::vector<std::vector<int>>{{10, 4}, {10, 3}});
  CHECK(split_by_group(s, {20, 7}, {INFINITY, 1}) == std::vector<std::vector<int>>{{20, 7}, {0, 0}});
  CHECK(describe_split(s, {1, 4}) == "retail 50%, business 50%");
}

TEST_CASE("split candidates: the rule's first, tilts that leave a class unserved or split alike left out",
          "[staffing][groups]") {
  const Scenario s = two_skill_floor();
  std::vector<std::string> names;
  for (const SplitCandidate& c : split_candidates(s)) names.push_back(c.name);
  // Group 1 (business only) cannot take every agent, nor can group 0 take none:
  // retail calls would find nobody. "none to business" is "all to retail";
  // "business x4" is "retail /4" with two groups.
  CHECK(names == std::vector<std::string>{"the rule's", "retail x4", "retail /4", "all to retail"});
  Scenario one = s;
  one.staff.pop_back();
  CHECK(split_candidates(one).size() == 1);
}

TEST_CASE("a group's max_agents caps its count and its surplus goes to the groups with room", "[staffing][groups]") {
  Scenario s = two_skill_floor(4);
  s.staff[0].max_agents = 12;  // the rule's shares 0.8 / 0.2 would give retail 16 of 20
  const auto split = split_by_group(s, {20, 7, 16, 0});
  CHECK(split[0] == std::vector<int>{12, 6, 12, 0});  // 16 would be 13 + 3 uncapped
  CHECK(split[1] == std::vector<int>{8, 1, 4, 0});
  // Every weight on the capped group: it fills its seats, the rest go elsewhere.
  CHECK(split_by_group(s, {20}, {INFINITY, 1}) == std::vector<std::vector<int>>{{12}, {8}});
  // Both capped: agents_cap is their sum (and the top-level cap where lower).
  s.staff[1].max_agents = 5;
  CHECK(agents_cap(s) == 17);
  CHECK(agents_cap_name(s) == "the groups' max_agents (12 + 5)");
  s.max_agents = 15;
  CHECK(agents_cap(s) == 15);
  CHECK(agents_cap_name(s) == "max_agents");
  s.max_agents.reset();
  s.staff[1].max_agents.reset();
  CHECK_FALSE(agents_cap(s));  // a group without a cap: the floor has none
}

TEST_CASE("split candidates leave out those that staff a class only through a group capped at 0",
          "[staffing][groups]") {
  Scenario s = two_skill_floor();
  s.staff[1].skills = {0, 1};
  s.staff[1].max_agents = 0;  // business desk closed: "all to business" would leave everyone unserved
  std::vector<std::string> names;
  for (const SplitCandidate& c : split_candidates(s)) names.push_back(c.name);
  CHECK(std::find(names.begin(), names.end(), "all to business") == names.end());
  CHECK(std::find(names.begin(), names.end(), "none to retail") == names.end());
  CHECK(split_by_group(s, {9, 3}) == std::vector<std::vector<int>>{{9, 3}, {0, 0}});
}
