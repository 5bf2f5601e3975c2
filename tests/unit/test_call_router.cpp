// The call router without the engine: which waiting call a free agent takes
// (priority, then arrival), skills, overflow instants, and the earliest
// patience deadline over every class.
#include <catch2/catch.hpp>

#include "ccsim/floor/call_router.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {
// Two classes (0: general, priority 2; 1: premium, priority 1) and two groups
// (0: generalists, every class; 1: premium desk, premium only).
Scenario two_desks() {
  Scenario s = test::basic_scenario(1, 3600, Distribution::fixed(60), {1});
  s.demand.push_back(s.demand[0]);
  s.demand[0].name = "general";
  s.demand[0].priority = 2;
  s.demand[1].name = "premium";
  s.demand[1].priority = 1;
  s.staff.push_back(StaffGroup{"premium desk", {1}});
  s.staff[1].skills = {1};
  return s;
}

CallPool::Id call(CallPool& pool, CallRouter& router, int demand_class, double arrival_s,
                  double deadline_s = INFINITY) {
  const auto id = pool.acquire();
  pool[id].demand_class = demand_class;
  pool[id].arrival_s = arrival_s;
  pool[id].deadline_s = deadline_s;
  router.push(id);
  return id;
}
}  // namespace

TEST_CASE("a free agent takes the highest-priority call its skills allow, earliest first", "[router]") {
  const Scenario s = two_desks();
  CallPool pool;
  CallRouter router(s, pool);
  CHECK(router.groups_at_arrival(0) == std::vector<int>{0});
  CHECK(router.groups_at_arrival(1) == std::vector<int>{0, 1});
  CHECK(router.may_serve(0, 0));
  CHECK(!router.may_serve(1, 0));
  const auto g1 = call(pool, router, 0, 1.0);
  const auto g2 = call(pool, router, 0, 2.0);
  const auto p1 = call(pool, router, 1, 3.0);
  CHECK(router.size() == 3);
  CHECK(router.next_for(1, 4.0) == p1);  // the desk takes premium only
  CHECK(!router.next_for(1, 4.0));
  const auto p2 = call(pool, router, 1, 5.0);
  CHECK(router.next_for(0, 6.0) == p2);  // priority before the earlier general calls
  CHECK(router.next_for(0, 6.0) == g1);
  CHECK(router.next_for(0, 6.0) == g2);
  CHECK(router.size() == 0);
}

TEST_CASE("an overflow group takes a call only once it has waited its delay", "[router]") {
  Scenario s = two_desks();
  s.staff[1].skills.clear();
  s.demand[0].route = Route{0, 1, 30.0};  // general calls overflow to the desk after 30 s
  CallPool pool;
  CallRouter router(s, pool);
  const auto g = call(pool, router, 0, 10.0);
  CHECK(!router.next_for(1, 39.0));
  const auto due = router.next_overflow();
  REQUIRE(due);
  CHECK(due->at_s == 40.0);
  CHECK(due->id == g);
  CHECK(due->group == 1);
  CHECK(router.next_for(1, 40.0) == g);
  CHECK(!router.next_overflow());  // no longer waiting: the overflow instant is stale
}

TEST_CASE("the earliest deadline is found over every class and forgets callers who left", "[router]") {
  const Scenario s = two_desks();
  CallPool pool;
  CallRouter router(s, pool);
  const auto a = call(pool, router, 0, 0.0, 50.0);
  const auto b = call(pool, router, 1, 1.0, 20.0);
  call(pool, router, 0, 2.0);  // no patience
  CHECK(router.earliest_deadline() == b);
  router.remove(b);
  pool.release(b);
  CHECK(router.earliest_deadline() == a);
  CHECK(router.pop_class(0) == a);
  CHECK(router.size() == 1);
}
