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

TEST_CASE("*= and += edit a number or every number of a list", "[overrides]") {
  const Scenario base = load_scenario(file);
  // 20% busier: every interval's rate times 1.2; three agents fewer in every interval.
  const Scenario s = load_scenario(
      file, {parse_override("demand.calls.rate_per_hour*=1.2"), parse_override("staff.agents.count+=-3")});
  for (std::size_t i = 0; i < s.demand[0].rate_per_s.size(); ++i)
    CHECK(s.demand[0].rate_per_s[i] == Approx(1.2 * base.demand[0].rate_per_s[i]));
  CHECK(s.staff[0].count == std::vector<int>(25, 35));
  const std::string list = CCSIM_SCENARIOS "/overload_demo.yaml";
  const Scenario demo = load_scenario(list);
  const Scenario busier = load_scenario(list, {parse_override("demand.calls.rate_per_hour*=1.5")});
  REQUIRE(busier.demand[0].rate_per_s.size() == demo.demand[0].rate_per_s.size());
  for (std::size_t i = 0; i < demo.demand[0].rate_per_s.size(); ++i)
    CHECK(busier.demand[0].rate_per_s[i] == Approx(1.5 * demo.demand[0].rate_per_s[i]));
  CHECK(parse_override("staff.agents.count+=-3").text() == "staff.agents.count+=-3");
}

TEST_CASE("*= and += are validated like the file, with clear messages", "[overrides][bad]") {
  CHECK(error_of({"staff.agents.count+=x"}) ==
        "--set staff.agents.count+=x: the number to add must be a plain number, e.g. 1.2 or -3");
  CHECK(error_of({"demand.calls.service*=2"}) ==
        "--set demand.calls.service*=2: *= edits a number or a list of numbers, not a map");
  CHECK(error_of({"staff.agents.coutn+=1"}) ==
        "--set staff.agents.coutn+=1: no key \"coutn\" in staff.agents to add to; did you mean \"count\"? (present: "
        "name, count)");
  // The edited value is checked by the reader: 38 - 40 agents is refused there.
  CHECK(error_of({"staff.agents.count+=-40"}).find("count must be a whole number of agents from 0 to 100000") !=
        std::string::npos);
  CHECK(error_of({"staff.agents.count*=0.55"}).find("got \"20.900000000000002\"") != std::string::npos);
  CHECK(load_scenario(file, {parse_override("staff.agents.count*=0.5")}).staff[0].count[0] == 19);
}

TEST_CASE("a * segment edits every entry of a list and *= scales durations", "[overrides]") {
  const std::string bank = CCSIM_SCENARIOS "/bank_hotline_day.yaml";
  const Scenario base = load_scenario(bank);
  const Scenario more = load_scenario(bank, {parse_override("staff.advisers.shifts.*.count+=1")});
  REQUIRE(more.staff[0].shifts.size() == base.staff[0].shifts.size());
  for (std::size_t i = 0; i < base.staff[0].shifts.size(); ++i)
    CHECK(more.staff[0].shifts[i].count == base.staff[0].shifts[i].count + 1);
  CHECK(more.staff[1].shifts[0].count == base.staff[1].shifts[0].count);  // the other group as it was
  // Every class's patience halved; the everyday handling time 10% longer (4min -> 264s).
  const Scenario edited = load_scenario(bank, {parse_override("demand.*.patience.exponential.mean*=0.5"),
                                               parse_override("demand.everyday.service.lognormal.mean*=1.1")});
  CHECK(edited.demand[0].patience->mean() == Approx(90));
  CHECK(edited.demand[1].patience->mean() == Approx(150));
  CHECK(edited.demand[0].service.mean() == Approx(264));
  CHECK(edited.demand[1].service.mean() == Approx(base.demand[1].service.mean()));
}

TEST_CASE("a * segment and duration edits say what is wrong", "[overrides][bad]") {
  CHECK(error_of({"staff.agents.*.count+=1"}) ==
        "--set staff.agents.*.count+=1: \"*\" stands for every entry of a list; staff.agents is not a list");
  CHECK(error_of({"demand.calls.patience.exponential.mean+=5"}) ==
        "--set demand.calls.patience.exponential.mean+=5: += edits plain numbers (or lists of them); this value is "
        "\"2min\"");
  // The scaled duration is checked by the reader, at the value's place in the file.
  CHECK(error_of({"demand.*.patience.exponential.mean*=-1"}) ==
        std::string(CCSIM_SCENARIOS) +
            "/erlang_a_check.yaml:19:30: patience.exponential.mean must be a duration with a unit, e.g. 30s, 4min, "
            "1.5h, got \"-120s\" (with --set demand.*.patience.exponential.mean*=-1)");
}

TEST_CASE("a * segment edits a map its entries share through an anchor once", "[overrides]") {
  const std::string yaml = "name: anchors\nclock: {length: 1h, interval: 1h}\n"
                           "demand:\n"
                           "  - {name: a, rate_per_hour: 10, service: &svc {exponential: {mean: 100s}}}\n"
                           "  - {name: b, rate_per_hour: 10, service: *svc}\n"
                           "staff:\n  - {name: agents, count: 2}\n";
  const Scenario s = parse_scenario(yaml, "anchors.yaml", {parse_override("demand.*.service.exponential.mean*=2")});
  CHECK(s.demand[0].service.mean() == Approx(200));
  CHECK(s.demand[1].service.mean() == Approx(200));
}
