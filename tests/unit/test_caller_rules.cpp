// The caller behaviour without the engine: redials after giving up, the
// contact's final outcome, calls after the close left unresolved, rushing.
#include <catch2/catch.hpp>

#include "ccsim/floor/caller_behaviour.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {
Scenario redialling(double probability, int max_tries) {
  Scenario s = test::basic_scenario(2, 900, Distribution::fixed(60), {1, 1});
  s.demand[0].redial = Redial{probability, Distribution::fixed(120), max_tries};
  return s;
}
}  // namespace

TEST_CASE("a caller who gives up redials after the delay until the tries run out", "[caller]") {
  const Scenario s = redialling(1.0, 2);
  ReplicationRecorder recorder(2, 900, 20, 1);
  CallerBehaviour behaviour(s, 0, recorder);
  CHECK(behaviour.has_retries());
  const CallerId first{5, 0, 0, 0, false};
  behaviour.gave_up(first, 100, false);
  CHECK(behaviour.next_retry_s() == 220);
  const CallerId again = behaviour.pop_retry(220);
  CHECK(again.attempt == 1);
  CHECK(again.contact == 5);
  CHECK(again.first_interval == 0);
  CHECK(behaviour.next_retry_s() == INFINITY);
  behaviour.gave_up(again, 300, true);  // the second try was the last
  CHECK(behaviour.next_retry_s() == INFINITY);
  CHECK(recorder.tally(0).callers_blocked == 1);
  CHECK(recorder.tally(0).callers_abandoned == 0);
}

TEST_CASE("without redials a caller who gives up is counted by the first call's interval", "[caller]") {
  const Scenario s = redialling(0.0, 3);
  ReplicationRecorder recorder(2, 900, 20, 1);
  CallerBehaviour behaviour(s, 0, recorder);
  behaviour.gave_up(CallerId{1, 0, 0, 0, false}, 1000, false);
  CHECK(behaviour.next_retry_s() == INFINITY);
  CHECK(recorder.tally(0).callers_abandoned == 1);
  CHECK(recorder.tally(1).callers_abandoned == 0);
}

TEST_CASE("a redial that would come after the close leaves the contact unresolved", "[caller]") {
  const Scenario s = redialling(1.0, 3);
  ReplicationRecorder recorder(2, 900, 20, 1);
  CallerBehaviour behaviour(s, 0, recorder);
  behaviour.gave_up(CallerId{1, 0, 1, 0, false}, 1700, false);  // 1700 + 120 s is past the 1800 s day
  CHECK(behaviour.next_retry_s() == INFINITY);
  CHECK(recorder.tally(0).callers_unresolved == 1);
}

TEST_CASE("rushing shortens the talk only while enough callers wait", "[caller]") {
  Scenario s = test::basic_scenario(1, 900, Distribution::fixed(60), {1});
  s.rushing = Rushing{3, 0.5, 0.0, Distribution::fixed(0)};
  ReplicationRecorder recorder(1, 900, 20, 1);
  CallerBehaviour behaviour(s, 0, recorder);
  Call call;
  call.service_s = 80;
  call.who = CallerId{0, 0, 0, 0, false};
  CHECK(behaviour.answered(call, 0, 2, 10) == 80);
  CHECK(behaviour.answered(call, 0, 3, 10) == 40);
  CHECK(recorder.tally(0).rushed == 1);
  CHECK(recorder.tally(0).callers_answered == 2);
}
