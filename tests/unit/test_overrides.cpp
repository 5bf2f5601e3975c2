// --set KEY=VALUE: overrides validated like the file, with clear messages.
#include <catch2/catch.hpp>

#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"

using namespace ccsim;

namespace {
const std::string file = CCSIM_SCENARIOS "/erlang_a_check.yaml";

std::string error_of(const std::vector<std::string>& sets) {
  std::vector<Override> overrides;
  try {
    for (const auto& s : sets) overrides.push_back(parse_override(s));
    load_scenario(file, overrides);
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("overrides replace scalars by path, list entries by name or index", "[overrides]") {
  const Scenario s = load_scenario(file, {parse_override("staff.agents.count=40"), parse_override("seed=99"),
                                          parse_override("demand.0.rate_per_hour=360"),
                                          parse_override("targets.service_level.at_least=90%")});
  CHECK(s.staff[0].count == std::vector<int>(25, 40));
  CHECK(s.seed == 99);
  CHECK(s.demand[0].rate_per_s[3] == Approx(0.1));
  CHECK(s.targets.service_level->at_least == Approx(0.9));
  const Scenario plain = load_scenario(file, {});
  CHECK(plain.staff[0].count[0] == 38);
}

TEST_CASE("an override can add an optional key", "[overrides]") {
  const Scenario s = load_scenario(file, {parse_override("lines=45")});
  CHECK(s.lines == 45);
}

TEST_CASE("bad overrides say what is wrong and what is allowed", "[overrides]") {
  CHECK(error_of({"staff.agents.count"}) ==
        "--set staff.agents.count: expected KEY=VALUE, e.g. staff.agents.count=12 or seed=7");
  CHECK(error_of({"staff.agent.count=3"}) ==
        "--set staff.agent.count=3: no entry \"agent\" in staff; did you mean \"agents\"? (entries: agents, or an "
        "index from 0)");
  CHECK(error_of({"clock.lenght=10h"}).find("unknown key \"lenght\" in clock; did you mean \"length\"?") !=
        std::string::npos);
  CHECK(error_of({"staff.agents.count=abc"}) ==
        file + ":22:12: count must be a whole number of agents from 0 to 100000, or a list of 25 such numbers (one per "
               "interval), got \"abc\" (with --set staff.agents.count=abc)");
  CHECK(error_of({"demand.calls.service=3min"})
            .find("--set demand.calls.service=3min: \"demand.calls.service\" is a "
                  "map; --set replaces single values only") != std::string::npos);
  CHECK(error_of({"seed.x=1"}) == "--set seed.x=1: seed is a single value, it has no \"x\"");
}
