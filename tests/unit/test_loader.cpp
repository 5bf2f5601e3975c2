// The scenario loader: every valid form, and the exact message for every kind
// of bad input (file:line:column, what was found, what is allowed).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "ccsim/scenario/floor.hpp"
#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "load_error.hpp"

using namespace ccsim;

namespace {

const std::string bad_dir = CCSIM_TEST_DATA "/bad/";

std::string parse_error_of_at(const std::string& text, const std::string& name) {
  try {
    parse_scenario(text, name);
  } catch (const ScenarioError& e) {
    return e.what();
  }
  return "(loaded without error)";
}

std::string parse_error_of(const std::string& text) { return parse_error_of_at(text, "inline.yaml"); }

double cv_of(const Distribution& d) { return std::sqrt(d.variance()) / d.mean(); }

// A valid scenario with one part replaced, for the many-forms tests.
std::string with(const std::string& service, const std::string& extra = "") {
  return "clock: {length: 2h, interval: 1h}\n"
         "demand:\n"
         "  - name: calls\n"
         "    rate_per_hour: 600\n"
         "    service: " +
         service + "\n" + extra +
         "staff:\n"
         "  - name: agents\n"
         "    count: 10\n";
}

}  // namespace

TEST_CASE("a full scenario fills every field, in seconds", "[loader]") {
  const Scenario s = parse_scenario(R"(# every key
name: Bank hotline, Monday
clock: {start: "08:00", end: "09:00", interval: 15min}
seed: 42
replications: 20
warmup: 30min
demand:
  - name: general
    rate_per_hour: [360, 720, 1080, 1440]
    service: {lognormal: {mean: 4min, cv: 1.0}}
    patience: {exponential: {mean: 3min}}
  - name: business
    arrival_times: [10s, 1.5min, 20min, 20min, 59min]
    service: {fixed: 2min}
staff:
  - name: agents
    count: [10, 12, 14, 16]
  - name: supervisors
    count: 2
lines: 40
queue_capacity: 30
targets:
  service_level: {answered_within: 20s, at_least: 80%}
  abandonment: {at_most: 5%}
)",
                                    "monday.yaml");
  CHECK(s.name == "Bank hotline, Monday");
  CHECK(s.source_file == "monday.yaml");
  REQUIRE(s.clock.start_of_day_s.has_value());
  CHECK(*s.clock.start_of_day_s == Approx(8 * 3600));
  CHECK(s.clock.length_s == Approx(3600));
  CHECK(s.clock.interval_s == Approx(900));
  CHECK(s.clock.intervals() == 4);
  CHECK(s.seed == 42);
  CHECK(s.replications == 20);
  CHECK(s.warmup_s == Approx(1800));

  REQUIRE(s.demand.size() == 2);
  const Demand& general = s.demand[0];
  CHECK(general.name == "general");
  REQUIRE(general.rate_per_s.size() == 4);
  CHECK(general.rate_per_s[0] == Approx(0.1));
  CHECK(general.rate_per_s[1] == Approx(0.2));
  CHECK(general.rate_per_s[2] == Approx(0.3));
  CHECK(general.rate_per_s[3] == Approx(0.4));
  CHECK(general.arrival_times_s.empty());
  CHECK(general.service.kind() == Distribution::Kind::lognormal);
  CHECK(general.service.mean() == Approx(240));
  CHECK(cv_of(general.service) == Approx(1.0));
  REQUIRE(general.patience.has_value());
  CHECK(general.patience->kind() == Distribution::Kind::exponential);
  CHECK(general.patience->mean() == Approx(180));

  const Demand& business = s.demand[1];
  CHECK(business.name == "business");
  CHECK(business.arrival_times_s == std::vector<double>{10, 90, 1200, 1200, 3540});
  // A trace's rate_per_s is the rate it realises per interval (arrivals / interval length).
  REQUIRE(business.rate_per_s.size() == 4);
  CHECK(business.rate_per_s[0] == Approx(2.0 / 900));
  CHECK(business.rate_per_s[1] == Approx(2.0 / 900));
  CHECK(business.rate_per_s[2] == Approx(0.0));
  CHECK(business.rate_per_s[3] == Approx(1.0 / 900));
  CHECK(business.service.kind() == Distribution::Kind::fixed);
  CHECK(business.service.mean() == Approx(120));
  CHECK_FALSE(business.patience.has_value());

  REQUIRE(s.staff.size() == 2);
  CHECK(s.staff[0].name == "agents");
  CHECK(s.staff[0].count == std::vector<int>{10, 12, 14, 16});
  CHECK(s.staff[1].name == "supervisors");
  CHECK(s.staff[1].count == std::vector<int>{2, 2, 2, 2});
  CHECK(s.lines == 40);
  CHECK(s.queue_capacity == 30);
  REQUIRE(s.targets.service_level.has_value());
  CHECK(s.targets.service_level->answered_within_s == Approx(20));
  CHECK(s.targets.service_level->at_least == Approx(0.8));
  REQUIRE(s.targets.abandonment_at_most.has_value());
  CHECK(*s.targets.abandonment_at_most == Approx(0.05));
  CHECK(s.service_level_threshold_s() == Approx(20));
}

TEST_CASE("optional keys take their defaults", "[loader]") {
  const Scenario s = parse_scenario(with("{exponential: {mean: 4min}}"), "some/dir/quiet_day.yaml");
  CHECK(s.name == "quiet_day");  // the file's stem
  CHECK(s.source_file == "some/dir/quiet_day.yaml");
  CHECK_FALSE(s.clock.start_of_day_s.has_value());
  CHECK(s.clock.length_s == Approx(7200));
  CHECK(s.clock.interval_s == Approx(3600));
  CHECK(s.seed == 1);
  CHECK(s.replications == 10);
  CHECK(s.warmup_s == 0);
  REQUIRE(s.demand.size() == 1);
  CHECK(s.demand[0].rate_per_s == std::vector<double>(2, 600.0 / 3600));
  CHECK_FALSE(s.demand[0].patience.has_value());
  CHECK(s.staff[0].count == std::vector<int>{10, 10});
  CHECK_FALSE(s.lines.has_value());
  CHECK_FALSE(s.queue_capacity.has_value());
  CHECK_FALSE(s.targets.service_level.has_value());
  CHECK_FALSE(s.targets.abandonment_at_most.has_value());
  CHECK(s.service_level_threshold_s() == Approx(20));
}

TEST_CASE("every distribution form is read", "[loader]") {
  using Kind = Distribution::Kind;
  SECTION("exponential") {
    const Distribution d = parse_scenario(with("{exponential: {mean: 3min}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::exponential);
    CHECK(d.mean() == Approx(180));
  }
  SECTION("lognormal") {
    const Distribution d = parse_scenario(with("{lognormal: {mean: 4min, cv: 0.5}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::lognormal);
    CHECK(d.mean() == Approx(240));
    CHECK(cv_of(d) == Approx(0.5));
  }
  SECTION("gamma") {
    const Distribution d = parse_scenario(with("{gamma: {mean: 250ms, cv: 2}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::gamma);
    CHECK(d.mean() == Approx(0.25));
    CHECK(cv_of(d) == Approx(2));
  }
  SECTION("erlang") {
    const Distribution d = parse_scenario(with("{erlang: {mean: 1.5h, k: 4}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::erlang);
    CHECK(d.mean() == Approx(5400));
    CHECK(cv_of(d) == Approx(0.5));
  }
  SECTION("fixed, short form") {
    const Distribution d = parse_scenario(with("{fixed: 30s}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::fixed);
    CHECK(d.mean() == Approx(30));
  }
  SECTION("fixed, long form") {
    const Distribution d = parse_scenario(with("{fixed: {value: 45s}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::fixed);
    CHECK(d.mean() == Approx(45));
  }
  SECTION("uniform") {
    const Distribution d = parse_scenario(with("{uniform: {min: 1min, max: 3min}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::uniform);
    CHECK(d.mean() == Approx(120));
  }
  SECTION("empirical") {
    const Distribution d =
        parse_scenario(with("{empirical: {values: [1min, 2min, 6min]}}"), "x.yaml").demand[0].service;
    CHECK(d.kind() == Kind::empirical);
    CHECK(d.values() == std::vector<double>{60, 120, 360});
    CHECK(d.mean() == Approx(180));
  }
  SECTION("block style, and a patience that may be zero") {
    const Scenario s =
        parse_scenario(with("\n      exponential:\n        mean: 4min", "    patience: {fixed: 0s}\n"), "x.yaml");
    CHECK(s.demand[0].service.mean() == Approx(240));
    REQUIRE(s.demand[0].patience.has_value());
    CHECK(s.demand[0].patience->kind() == Kind::fixed);
    CHECK(s.demand[0].patience->mean() == 0);
  }
}

TEST_CASE("other valid forms", "[loader]") {
  SECTION("fractions as plain numbers, quoted numbers, spaces in durations") {
    const Scenario s = parse_scenario(with("{exponential: {mean: 4 min}}", "") +
                                          "seed: \"7\"\n"
                                          "targets:\n"
                                          "  service_level: {answered_within: 0s, at_least: 0.9}\n"
                                          "  abandonment: {at_most: 0}\n",
                                      "x.yaml");
    CHECK(s.demand[0].service.mean() == Approx(240));
    CHECK(s.seed == 7);
    CHECK(s.targets.service_level->answered_within_s == 0);
    CHECK(s.targets.service_level->at_least == Approx(0.9));
    CHECK(*s.targets.abandonment_at_most == 0);
    CHECK_FALSE(s.targets.service_level->at_least > 1);
  }
  SECTION("a day up to midnight, unquoted times, one interval") {
    const Scenario s = parse_scenario("clock: {start: 0:00, end: 24:00, interval: 24h}\n"
                                      "demand: [{name: a, rate_per_hour: 1e3, service: {fixed: 1s}}]\n"
                                      "staff: [{name: b, count: [0]}]\n",
                                      "x.yaml");
    CHECK(*s.clock.start_of_day_s == 0);
    CHECK(s.clock.length_s == Approx(86400));
    CHECK(s.clock.intervals() == 1);
    CHECK(s.demand[0].rate_per_s[0] == Approx(1000.0 / 3600));
    CHECK(s.staff[0].count == std::vector<int>{0});
  }
  SECTION("the largest values allowed") {
    const Scenario s = parse_scenario("clock: {length: 87600h, interval: 1h}\n"
                                      "seed: 18446744073709551615\n"
                                      "replications: 100000\n"
                                      "warmup: 87599h\n"
                                      "demand: [{name: a, rate_per_hour: 10, service: {erlang: {mean: 1s, k: 1000}}}]\n"
                                      "staff: [{name: b, count: 100000}]\n"
                                      "lines: 1000000000\n"
                                      "queue_capacity: 0\n",
                                      "x.yaml");
    CHECK(s.clock.intervals() == 87600);
    CHECK(s.seed == 18446744073709551615ULL);
    CHECK(s.replications == 100000);
    CHECK(s.warmup_s == Approx(87599.0 * 3600));
    CHECK(s.lines == 1000000000);
    CHECK(s.queue_capacity == 0);
  }
  SECTION("the highest rate, up to 1e9 expected calls per replication") {
    const Scenario s = parse_scenario("clock: {length: 100h, interval: 1h}\n"
                                      "demand: [{name: a, rate_per_hour: 10000000, service: {fixed: 1s}}]\n"
                                      "staff: [{name: b, count: 100000}]\n",
                                      "x.yaml");
    CHECK(s.demand[0].rate_per_s[99] == Approx(1e7 / 3600));
  }
}

TEST_CASE("staffing keys: ASA and occupancy targets, max_agents, cost", "[loader]") {
  const Scenario s = parse_scenario(with("{exponential: {mean: 4min}}", "") + "targets:\n"
                                                                              "  asa: {at_most: 30s}\n"
                                                                              "  occupancy: {at_most: 90%}\n"
                                                                              "max_agents: 150\n"
                                                                              "cost: {per_agent_hour: 32.5}\n",
                                    "x.yaml");
  CHECK(*s.targets.asa_at_most_s == Approx(30));
  CHECK(*s.targets.occupancy_at_most == Approx(0.9));
  CHECK(s.max_agents == 150);
  CHECK(s.cost->per_agent_hour == Approx(32.5));
  const Scenario plain = parse_scenario(with("{exponential: {mean: 4min}}", ""), "x.yaml");
  CHECK_FALSE(plain.max_agents.has_value());
  CHECK_FALSE(plain.staff[0].max_agents.has_value());
  CHECK(
      parse_scenario(with("{exponential: {mean: 4min}}", "") + "    max_agents: 25\n", "x.yaml").staff[0].max_agents ==
      25);
  CHECK_FALSE(plain.cost.has_value());
}

TEST_CASE("the bundled scenarios load", "[loader]") {
  const Scenario bank = load_scenario(CCSIM_SCENARIOS "/bank_hotline_day.yaml");
  CHECK(bank.source_file == CCSIM_SCENARIOS "/bank_hotline_day.yaml");
  CHECK(bank.clock.intervals() == 48);
  REQUIRE(bank.demand.size() == 2);  // everyday calls and cards
  CHECK(bank.demand[0].rate_per_s.size() == 48);
  CHECK(bank.demand[1].rate_per_s.size() == 48);
  CHECK(bank.demand[1].priority < bank.demand[0].priority);
  REQUIRE(bank.staff.size() == 2);  // advisers and part-timers, both on shifts
  CHECK(bank.staff[0].count.size() == 48);
  CHECK_FALSE(bank.staff[0].shifts.empty());
  CHECK_FALSE(bank.staff[1].shifts.empty());
  CHECK(bank.shift_rules.has_value());
  const Scenario erlang = load_scenario(CCSIM_SCENARIOS "/erlang_a_check.yaml");
  CHECK(erlang.clock.intervals() == 25);
  CHECK(erlang.warmup_s == Approx(3600));
}

TEST_CASE("a missing file is reported without a position", "[loader]") {
  const std::string path = bad_dir + "no_such_file.yaml";
  CHECK(test::load_error(path) == path + ": cannot read the scenario file (No such file or directory)");
}

TEST_CASE("text given directly is reported under the given name", "[loader]") {
  CHECK(parse_error_of("") ==
        "inline.yaml:1:1: the scenario is empty; expected a map with at least the keys clock, demand, staff");
  CHECK(parse_error_of("just text") ==
        "inline.yaml:1:1: the scenario must be a map with the keys name, clock, seed, replications, warmup, demand, "
        "staff, lines, queue_capacity, targets, floor, checkout, restaurant, max_agents, cost, shift_rules, busyness, "
        "rushing, got \"just text\"");
  CHECK(parse_error_of(with("{exponential: {mean: 4min}}", "    patience: {lognormal: {mean: 0s, cv: 1}}\n")) ==
        "inline.yaml:6:34: patience.lognormal.mean must be a duration > 0, got \"0s\"");
}

TEST_CASE("a shortened or extended key is suggested before an equally distant one", "[loader]") {
  CHECK(parse_error_of(with("{exp: {mean: 4min}}")) ==
        "inline.yaml:5:15: unknown distribution \"exp\" in service; did you mean \"exponential\"? (allowed: "
        "exponential, lognormal, gamma, erlang, fixed, uniform, empirical)");
  CHECK(parse_error_of("clock: {length: 2h, interval: 1h}\n"
                       "demand: [{name: a, rate: 600, service: {fixed: 1s}}]\n"
                       "staff: [{name: b, count: 1}]\n") ==
        "inline.yaml:2:20: unknown key \"rate\" in demand; did you mean \"rate_per_hour\"? (allowed: name, "
        "rate_per_hour, profile, forecast, arrival_times, service, patience, wrap_up, redial, priority, route, "
        "aht_includes_wrap_up, volume_factor, targets)");
  CHECK(parse_error_of(with("{fixed: 1s}") + "staffing: 3\n") ==
        "inline.yaml:9:1: unknown key \"staffing\" in the scenario; did you mean \"staff\"? (allowed: name, "
        "clock, seed, replications, warmup, demand, staff, lines, queue_capacity, targets, floor, checkout, "
        "restaurant, max_agents, cost, shift_rules, busyness, rushing)");
}

// Every bad-input rule, with its exact message: one file per rule under
// tests/data/bad; the expected text follows "<path>:".
namespace {

struct BadCase {
  const char* file;
  const char* message;
};

const std::vector<BadCase> bad_cases = {
    // not a scenario at all
    {"not_yaml.yaml", "4:1: not valid YAML: end of sequence flow not found"},
    {"empty.yaml", "1:1: the scenario is empty; expected a map with at least the keys clock, demand, staff"},
    {"top_level_list.yaml",
     "2:1: the scenario must be a map with the keys name, clock, seed, replications, warmup, demand, staff, "
     "lines, queue_capacity, targets, floor, checkout, restaurant, max_agents, cost, shift_rules, busyness, rushing, "
     "got a list"},
    {"multiple_documents.yaml",
     "3:1: the file holds 2 YAML documents (separated by ---); a scenario is a single document"},
    // keys
    {"duplicate_key.yaml", "11:1: duplicate key \"seed\" in the scenario (first given at line 3)"},
    {"unknown_key_did_you_mean.yaml",
     "7:5: unknown key \"pateince\" in demand; did you mean \"patience\"? (allowed: name, rate_per_hour, "
     "profile, forecast, arrival_times, service, patience, wrap_up, redial, priority, route, aht_includes_wrap_up, "
     "volume_factor, targets)"},
    {"unknown_key_no_match.yaml",
     "3:1: unknown key \"colour\" in the scenario (allowed: name, clock, seed, replications, warmup, demand, "
     "staff, lines, queue_capacity, targets, floor, checkout, restaurant, max_agents, cost, shift_rules, busyness, "
     "rushing)"},
    {"missing_clock.yaml", "2:1: missing key \"clock\" in the scenario (required: clock, demand, staff)"},
    {"missing_service.yaml", "4:5: missing key \"service\" in demand (required: name, service)"},
    {"missing_value.yaml",
     "5:5: rate_per_hour must be a number of calls per hour from 0 to 10000000, or a list of 2 such numbers "
     "(one per interval), got nothing"},
    {"target_missing_at_least.yaml",
     "12:5: missing key \"at_least\" in targets.service_level (required: answered_within, at_least)"},
    {"target_occupancy_over_100.yaml",
     "11:24: targets.occupancy.at_most must be a percentage like 80% or a fraction like 0.8, between 0 and 1, "
     "got \"120%\""},
    {"target_asa_without_unit.yaml",
     "11:18: targets.asa.at_most must be a duration with a unit, e.g. 30s, 4min, 1.5h, got \"20\""},
    {"max_agents_zero.yaml", "10:13: max_agents must be a whole number of agents from 1 to 100000, got \"0\""},
    {"cost_negative.yaml",
     "10:24: cost.per_agent_hour must be a cost per agent-hour from 0 to 1000000000, got \"-30\""},
    // shift_rules
    {"shift_length_off_grid.yaml",
     "10:29: shift_rules.lengths[1] must be a whole number of intervals (15min each), got \"50min\""},
    {"shift_latest_end_too_early.yaml",
     "14:15: shift_rules.latest_end must be at least the shortest shift (4h) after the earliest start, got \"12:00\""},
    {"shift_break_window_too_late.yaml",
     "14:62: shift_rules.breaks.window ends too late: a 30min break starting 6h into a 6h shift ends after the "
     "shift; the window must end by after_length minus the break's length"},
    {"shift_rules_misspelt.yaml",
     "11:3: unknown key \"lenghts\" in shift_rules; did you mean \"lengths\"? (allowed: lengths, start_every, "
     "earliest_start, latest_end, breaks)"},
    // clock
    {"duration_without_unit.yaml",
     "2:49: clock.interval must be a duration with a unit, e.g. 30s, 4min, 1.5h, got \"15\""},
    {"end_before_start.yaml", "2:30: clock.end must be a time of day after clock.start (20:00), got \"08:00\""},
    {"bad_time_of_day.yaml",
     "2:30: clock.end must be a time of day HH:MM from 00:00 to 24:00, e.g. \"08:00\", got \"25:00\""},
    {"clock_both_forms.yaml",
     "2:8: clock must give either start and end (times of day) or length (a duration), not both"},
    {"clock_missing_end.yaml",
     "3:3: missing key \"end\" in clock (give start and end as times of day, or length as a duration)"},
    {"interval_not_dividing.yaml",
     "2:49: clock.interval must divide the day (12h) into whole intervals, got \"25min\" (28.8 intervals)"},
    {"length_too_long.yaml",
     "2:17: clock.length must be a duration > 0 and at most 87600h (10 years), got \"100000h\""},
    {"too_many_intervals.yaml",
     "2:34: clock.interval is too short: 8760h in intervals of 1s makes 31536000 intervals, at most 100000 are "
     "allowed"},
    {"warmup_not_multiple.yaml", "3:9: warmup must be a whole number of intervals (15min each), got \"20min\""},
    {"warmup_too_long.yaml", "3:9: warmup must be shorter than the day (10h), got \"10h\""},
    // top-level numbers
    {"seed_negative.yaml", "3:7: seed must be a whole number from 0 to 18446744073709551615, got \"-1\""},
    {"replications_zero.yaml", "3:15: replications must be a whole number from 1 to 100000, got \"0\""},
    {"lines_zero.yaml", "10:8: lines must be a whole number of trunk lines from 1 to 1000000000, got \"0\""},
    {"queue_capacity_negative.yaml",
     "10:17: queue_capacity must be a whole number of waiting places from 0 to 1000000000, got \"-5\""},
    // demand
    {"demand_not_list.yaml",
     "4:3: demand must be a list of at least one customer class {name, rate_per_hour or arrival_times, service, "
     "patience}, got a map"},
    {"duplicate_demand_name.yaml",
     "7:11: duplicate demand name \"calls\" (first given at line 4); names must be unique"},
    {"rate_negative.yaml",
     "5:20: rate_per_hour must be a number of calls per hour from 0 to 10000000, or a list of 48 such numbers "
     "(one per interval), got \"-3\""},
    {"rate_zero.yaml",
     "5:20: rate_per_hour must be > 0 in at least one interval (otherwise this class never calls), got \"0\""},
    {"rate_text.yaml",
     "5:20: rate_per_hour must be a number of calls per hour from 0 to 10000000, or a list of 48 such numbers "
     "(one per interval), got \"lots\""},
    {"rate_map.yaml",
     "5:20: rate_per_hour must be a number of calls per hour from 0 to 10000000, or a list of 48 such numbers "
     "(one per interval), got a map"},
    {"rate_too_high.yaml",
     "5:20: rate_per_hour must be a number of calls per hour from 0 to 10000000, or a list of 48 such numbers "
     "(one per interval), got \"20000000\""},
    {"too_many_calls.yaml",
     "4:3: about 8.76e+09 calls expected per replication; at most 1e9 are allowed (shorten the clock or lower the "
     "rates)"},
    {"rate_infinite.yaml",
     "5:20: rate_per_hour must be a number of calls per hour from 0 to 10000000, or a list of 48 such numbers "
     "(one per interval), got \".inf\""},
    {"rate_list_wrong_length.yaml",
     "5:20: rate_per_hour has 7 values, expected 8 (one per interval: the clock has 8 intervals of 15min)"},
    {"rate_list_element_negative.yaml",
     "5:36: rate_per_hour[3] must be a number of calls per hour from 0 to 10000000, got \"-400\""},
    {"rate_list_all_zero.yaml",
     "5:20: rate_per_hour must be > 0 in at least one interval (otherwise this class never calls), got only "
     "zeros"},
    {"rate_and_arrival_times.yaml",
     "4:5: demand \"calls\" has both rate_per_hour and arrival_times; give exactly one (a Poisson rate, a profile, "
     "a forecast file, or a trace of arrival times)"},
    {"neither_rate_nor_arrival_times.yaml",
     "4:5: missing key \"rate_per_hour\", \"profile\", \"forecast\" or \"arrival_times\" in demand \"calls\" (give "
     "exactly one: a Poisson rate, a profile, a forecast file, or a trace of arrival times)"},
    {"rate_and_profile.yaml",
     "4:5: demand \"calls\" has both rate_per_hour and profile; give exactly one (a Poisson rate, a profile, a "
     "forecast file, or a trace of arrival times)"},
    {"profile_unsorted.yaml", "5:86: profile[2].from must be after the previous change point (10:00), got \"09:30\""},
    {"profile_outside_clock.yaml",
     "5:54: profile[1].from must lie within the clock (from 08:00 to before 12:00), got \"12:30\""},
    {"profile_not_from_start.yaml",
     "5:22: profile[0].from must be the start of the clock (08:00): the profile gives the rate from the start on, "
     "got \"09:00\""},
    {"profile_off_boundary.yaml",
     "5:54: profile[1].from must fall on an interval boundary (every 30min from 08:00), got \"09:45\""},
    // callers' behaviour
    {"redial_probability_over_100.yaml",
     "7:27: redial.probability must be a percentage like 80% or a fraction like 0.8, between 0 and 1, got \"120%\""},
    {"redial_max_tries_zero.yaml",
     "7:65: redial.max_tries must be a whole number of attempts in all (the first call included) from 1 to 1000, "
     "got \"0\""},
    {"rushing_factor_above_1.yaml",
     "10:39: rushing.factor must be a number > 0 and at most 1 (the share of the usual talk time), got \"1.2\""},
    {"rushing_repeat_without_delay.yaml",
     "10:10: missing key \"repeat_delay\" in rushing (when repeat is above 0, say how long after a rushed call the "
     "customer calls back)"},
    {"redial_on_checkout.yaml",
     "8:13: redial is for call centers only (floor: call_center); remove it from this floor"},
    {"shifts_on_checkout.yaml",
     "10:13: shifts is for call centers only (floor: call_center); remove it from this floor"},
    {"busyness_cv_negative.yaml",
     "10:16: busyness.cv must be a coefficient of variation from 0 to 1, e.g. 0.15, got \"-0.1\""},
    {"arrival_times_unsorted.yaml", "5:31: arrival_times must be in ascending order, got \"15s\" after \"20s\""},
    {"arrival_times_after_end.yaml",
     "5:26: arrival_times[1] must be a time before the end of the day (2h after the start), got \"2h\""},
    // distributions
    {"duration_bad_unit.yaml",
     "6:35: service.exponential.mean must be a duration with a unit, e.g. 30s, 4min, 1.5h, got \"4 minutes\""},
    {"distribution_unknown.yaml",
     "6:15: unknown distribution \"lognromal\" in service; did you mean \"lognormal\"? (allowed: exponential, "
     "lognormal, gamma, erlang, fixed, uniform, empirical)"},
    {"distribution_two_kinds.yaml", "6:14: service must name exactly one distribution, got 2: exponential, fixed"},
    {"distribution_bare_duration.yaml",
     "6:14: service must be a distribution, e.g. {exponential: {mean: 3min}} (one of exponential, lognormal, "
     "gamma, erlang, fixed, uniform, empirical), got \"4min\""},
    {"distribution_unknown_parameter.yaml", "6:39: unknown key \"sd\" in service.lognormal (allowed: mean, cv)"},
    {"lognormal_cv_zero.yaml", "6:43: service.lognormal.cv must be a number > 0 and at most 100, got \"0\""},
    {"lognormal_missing_cv.yaml", "8:9: missing key \"cv\" in service.lognormal (required: mean, cv)"},
    {"uniform_min_above_max.yaml", "6:41: service.uniform.max must be a duration >= min (5min), got \"2min\""},
    {"erlang_k_fraction.yaml", "6:39: service.erlang.k must be a whole number of phases from 1 to 1000, got \"2.5\""},
    {"service_mean_zero.yaml", "6:35: service.exponential.mean must be a duration > 0, got \"0s\""},
    {"service_fixed_zero.yaml", "6:22: service.fixed must be a duration > 0, got \"0s\""},
    {"empirical_empty.yaml",
     "6:35: service.empirical.values must be a non-empty list of durations, e.g. [2min, 3.5min, 5min], got an "
     "empty list"},
    // staff
    {"staff_empty_list.yaml", "7:8: staff must be a list of at least one agent group {name, count}, got an empty list"},
    {"empty_staff_name.yaml", "8:11: name must be a non-empty text, got \"\""},
    {"staff_count_fraction.yaml",
     "9:12: count must be a whole number of agents from 0 to 100000, or a list of 2 such numbers (one per "
     "interval), got \"2.5\""},
    {"staff_count_list_wrong_length.yaml",
     "9:12: count has 3 values, expected 2 (one per interval: the clock has 2 intervals of 1h)"},
    {"staff_count_negative_in_list.yaml",
     "11:9: count[1] must be a whole number of agents from 0 to 100000, got \"-1\""},
    // capacity: skills, routes, priorities, shifts, breaks, absenteeism, fatigue
    {"skills_unknown_class.yaml",
     "13:22: skills[1] names an unknown class \"busines\"; did you mean \"business\"? (classes: retail, business)"},
    {"route_unknown_group.yaml",
     "10:22: route.primary names an unknown group \"retial\"; did you mean \"retail\"? (groups: retail)"},
    {"class_served_by_no_group.yaml",
     "11:3: no group serves class \"business\": every group lists skills without it; add it to a group's skills, "
     "or give one group no skills (it then serves every class)"},
    {"route_group_without_skill.yaml",
     "10:50: route.overflow.group is group \"retail\", whose skills do not include class \"business\"; add the "
     "class to its skills or route to another group"},
    {"route_overflow_same_group.yaml",
     "10:48: route.overflow.group must differ from route.primary, got \"agents\" for both"},
    {"priority_zero.yaml", "10:15: priority must be a whole number from 1 (served first) to 1000, got \"0\""},
    {"breaks_overlap.yaml",
     "13:89: shifts[0].breaks[1] starts at 12:15, before the previous break ends (12:30); breaks must be in order "
     "and must not overlap"},
    {"break_negative_length.yaml",
     "13:81: shifts[0].breaks[0].length must be a duration with a unit, e.g. 30s, 4min, 1.5h, got \"-30min\""},
    {"break_outside_shift.yaml",
     "13:59: shifts[0].breaks[0] (11:45 for 30min) is outside its shift (08:00 to 12:00); a break must start and "
     "end within the shift"},
    {"shift_outside_clock.yaml",
     "13:31: shifts[0].end must be a time of day within the clock (08:00 to 18:00), got \"19:00\""},
    {"shift_end_before_start.yaml",
     "13:31: shifts[0].end must be a time of day after the shift's start (14:00), got \"09:00\""},
    {"staff_count_and_shifts.yaml",
     "11:5: staff \"agents\" has both count and shifts; give exactly one (agents per interval, or shifts with "
     "start, end, count and breaks)"},
    {"staff_without_count_or_shifts.yaml",
     "11:5: missing key \"count\" in staff (or shifts; give exactly one: agents per interval, or shifts)"},
    {"fatigue_factor_below_one.yaml",
     "13:54: fatigue.factor must be a service-time multiplier from 1 to 10, got \"0.8\""},
    {"absenteeism_over_100.yaml",
     "13:18: absenteeism must be a percentage like 80% or a fraction like 0.8, between 0 and 1, got \"150%\""},
    // targets
    {"percentage_over_100.yaml",
     "11:51: targets.service_level.at_least must be a percentage like 80% or a fraction like 0.8, between 0 and "
     "1, got \"120%\""},
    {"percentage_bare_number.yaml",
     "11:26: targets.abandonment.at_most must be a percentage like 80% or a fraction like 0.8, between 0 and 1, "
     "got \"5\""},
    // floors (checkout, restaurant)
    {"floor_unknown.yaml",
     "3:8: floor must be one of call_center, checkout, restaurant, got \"chekout\"; did you mean \"checkout\"?"},
    {"express_limit_too_large.yaml",
     "14:34: checkout.express.max_items must be smaller than the largest basket (40 items), got \"50\": an express "
     "lane that takes every basket is an ordinary lane"},
    {"table_size_zero.yaml",
     "12:42: restaurant.tables[1].seats must be a whole number of seats from 1 to 100, got \"0\""},
    {"party_larger_than_tables.yaml",
     "13:15: restaurant.party_size allows parties of 8 but the largest table seats 6; every party must fit a table "
     "(add a larger table or limit the party sizes)"},
    {"party_larger_than_joined_tables.yaml",
     "14:15: restaurant.party_size allows parties of 12 but the largest table seats 6 and the largest joinable "
     "combination 10; every party must fit a table or a combination (add a larger table, join more tables or limit "
     "the party sizes)"},
    {"join_unknown_table.yaml",
     "13:32: restaurant.join_tables[1][2] names table 7 but the restaurant has tables 1 to 6 only (numbered in the "
     "order restaurant.tables lists them)"},
    {"join_table_twice.yaml",
     "13:24: restaurant.join_tables[0] names table 2 twice; a row of adjacent tables names each table once"},
    {"kitchen_cooks_zero.yaml",
     "14:20: restaurant.kitchen.cooks must be at least 1 in some interval (otherwise no order is ever cooked), got "
     "\"0\""},
    {"group_cap_leaves_class_unserved.yaml",
     "17:17: class \"premium\" could be answered by nobody in a staffing plan: every group that takes it "
     "(premium_desk) has max_agents 0; raise one of them, or add the class to another group's skills"},
    {"group_cap_negative.yaml",
     "9:17: max_agents must be a whole number of agents from 0 to 100000 (the most `ccsim staff` may put in "
     "this group), got \"-2\""},
    {"kitchen_without_order_time.yaml",
     "15:5: missing key \"per_order\" in restaurant.kitchen (required: cooks, per_order)"},
};

}  // namespace

TEST_CASE("bad scenarios are refused with the exact message", "[loader]") {
  for (const BadCase& c : bad_cases) {
    DYNAMIC_SECTION(c.file) {
      const std::string path = bad_dir + c.file;
      CHECK(test::load_error(path) == path + ":" + c.message);
    }
  }
}

TEST_CASE("every file in tests/data/bad has its expected message", "[loader]") {
  for (const auto& entry : std::filesystem::directory_iterator(bad_dir)) {
    const std::string file = entry.path().filename().string();
    INFO("file: " << file);
    CHECK(std::any_of(bad_cases.begin(), bad_cases.end(), [&](const BadCase& c) { return file == c.file; }));
  }
}

TEST_CASE("shift_rules: times of day on the clock's grid, breaks with their windows", "[loader]") {
  const Scenario s = parse_scenario(R"(
clock: {start: "08:00", end: "20:00", interval: 15min}
demand: [{name: calls, rate_per_hour: 600, service: {fixed: 4min}}]
staff: [{name: agents, count: 10}]
shift_rules:
  lengths: [8h, 4h, 6h]
  start_every: 30min
  earliest_start: "07:00"
  latest_end: "20:00"
  breaks:
    - {after_length: 6h, length: 30min, paid: false, window: [3h, 5h]}
    - {after_length: 8h, length: 15min, paid: true, window: [1h, 2h]}
)",
                                    "shifts.yaml");
  REQUIRE(s.shift_rules);
  const ShiftRules& r = *s.shift_rules;
  CHECK(r.lengths_s == std::vector<double>{4 * 3600.0, 6 * 3600.0, 8 * 3600.0});
  CHECK(r.start_every_s == 1800);
  CHECK(r.earliest_start_s == -3600);  // an hour before the clock starts
  CHECK(r.latest_end_s == 12 * 3600);
  REQUIRE(r.breaks.size() == 2);
  CHECK(r.breaks[0].after_length_s == 6 * 3600);
  CHECK(r.breaks[0].length_s == 1800);
  CHECK_FALSE(r.breaks[0].paid);
  CHECK(r.breaks[0].window_from_s == 3 * 3600);
  CHECK(r.breaks[0].window_to_s == 5 * 3600);
  CHECK(r.breaks[1].paid);
  CHECK_FALSE(parse_scenario(with("{fixed: 4min}"), "plain.yaml").shift_rules);
}

TEST_CASE("malformed streams that loop yaml-cpp 0.7 for ever are refused at once", "[loader][bad]") {
  // yaml-cpp 0.7's parser returns empty documents for ever on these (its
  // issue #1040): before the guard, `ccsim check` ran until killed.
  const std::string stuck = "not valid YAML: no value can be read from here (a ',' outside a [ ] or { } list?)";
  CHECK(parse_error_of(",") == "inline.yaml:1:1: " + stuck);
  CHECK(parse_error_of(", ") == "inline.yaml:1:1: " + stuck);
  CHECK(parse_error_of("#c\n,") == "inline.yaml:2:1: " + stuck);
  CHECK(parse_error_of("!,s") == "inline.yaml:1:2: " + stuck);
  CHECK(parse_error_of("clock: {length: 1h, interval: 1h}\n---\n,") == "inline.yaml:3:1: " + stuck);
}

TEST_CASE("nesting too deep is named as such, not \"bad file\"", "[loader][bad]") {
  CHECK_THAT(parse_error_of("a: " + std::string(3000, '[') + std::string(3000, ']')),
             Catch::StartsWith("inline.yaml:1:") &&
                 Catch::Contains("not valid YAML: lists and maps nest too deeply (the reader gave up here, at"));
}

TEST_CASE("busyness is read on every floor", "[loader]") {
  const std::string checkout = R"(clock: {start: "17:00", end: "19:00", interval: 15min}
floor: checkout
busyness: {cv: 0.2}
demand:
  - name: shoppers
    rate_per_hour: 300
    service: {fixed: 30s}
staff:
  - name: cashiers
    count: 4
checkout:
  lanes: 6
  basket: {uniform: {min: 1, max: 30}}
  per_item: 3s
)";
  const Scenario s = parse_scenario(checkout, "inline.yaml");
  REQUIRE(s.busyness);
  CHECK(s.busyness->cv == Approx(0.2));
}

namespace {
// The morning forecast (aht_s 300 s at 08:30, 240 s at 09:00) with a wrap-up.
std::string morning_with_wrap_up(const std::string& extra) {
  return R"(clock: {start: "08:00", end: "10:00", interval: 30min}
demand:
  - name: calls
    forecast: morning.csv
    service: {exponential: {mean: 4min}}
    wrap_up: {fixed: 30s}
)" + extra +
         R"(staff:
  - name: agents
    count: [3, 6, 9, 5]
)";
}
const std::string forecast_dir = CCSIM_TEST_DATA "/forecast/";
}  // namespace

TEST_CASE("a forecast's AHT includes the wrap-up, as WFM tools export it", "[loader][forecast]") {
  const Scenario s = parse_scenario(morning_with_wrap_up(""), forecast_dir + "inline.yaml");
  REQUIRE(s.demand[0].service_scale.size() == 4);
  CHECK(s.demand[0].service_scale[0] == 1.0);  // no AHT given: the service distribution as it is
  CHECK(s.demand[0].service_scale[1] == Approx((300.0 - 30) / 240));
  CHECK(s.demand[0].service_scale[2] == Approx((240.0 - 30) / 240));
  // Every consumer sees the forecast's AHT as the holding time: 60 calls in
  // 30 min at 300 s hold 10 erlangs, not 11 (the wrap-up counted twice).
  CHECK(mean_holding_s(s.floor, s.demand[0], 1) == Approx(300));
  CHECK(forecast_load_erl(s, 1) == Approx(10));
}

TEST_CASE("aht_includes_wrap_up: false adds the wrap-up to the forecast's AHT", "[loader][forecast]") {
  const Scenario s =
      parse_scenario(morning_with_wrap_up("    aht_includes_wrap_up: false\n"), forecast_dir + "inline.yaml");
  CHECK(s.demand[0].service_scale[1] == Approx(300.0 / 240));
  CHECK(mean_holding_s(s.floor, s.demand[0], 1) == Approx(330));
}

TEST_CASE("an AHT no longer than the wrap-up it includes is refused", "[loader][forecast][bad]") {
  std::string text = morning_with_wrap_up("");
  text.replace(text.find("{fixed: 30s}"), 12, "{fixed: 5min}");
  CHECK(parse_error_of_at(text, forecast_dir + "inline.yaml") ==
        forecast_dir +
            "inline.yaml:4:15: aht_s 300 s in the interval starting at 08:30 is not more than the mean wrap-up (300 s) "
            "it includes; AHT as WFM tools export it is talk + hold + after-call work (set aht_includes_wrap_up: "
            "false if this forecast's AHT leaves the wrap-up out)");
  CHECK(parse_error_of_at(
            "clock: {length: 1h, interval: 1h}\ndemand:\n  - name: c\n    rate_per_hour: 10\n    service: {fixed: "
            "1min}\n    aht_includes_wrap_up: true\nstaff:\n  - name: a\n    count: 1\n",
            "inline.yaml") ==
        "inline.yaml:6:27: aht_includes_wrap_up says how to read a forecast's aht_s column; this demand has none");
}

TEST_CASE("a customer class may have targets of its own, without occupancy", "[loader][targets]") {
  const std::string head = "clock: {length: 2h, interval: 1h}\n"
                           "demand:\n"
                           "  - name: general\n"
                           "    rate_per_hour: 60\n"
                           "    service: {fixed: 1min}\n"
                           "  - name: premium\n"
                           "    rate_per_hour: 10\n"
                           "    service: {fixed: 1min}\n";
  const std::string tail = "staff: [{name: a, count: 3}]\n"
                           "targets: {service_level: {answered_within: 20s, at_least: 80%}}\n";
  const Scenario s = parse_scenario(head +
                                        "    targets: {service_level: {answered_within: 10s, at_least: 90%}, "
                                        "abandonment: {at_most: 2%}, asa: {at_most: 5s}}\n" +
                                        tail,
                                    "inline.yaml");
  REQUIRE(s.demand[1].targets.service_level);
  CHECK(s.demand[1].targets.service_level->answered_within_s == 10);
  CHECK(s.demand[1].targets.service_level->at_least == Approx(0.9));
  CHECK(*s.demand[1].targets.abandonment_at_most == Approx(0.02));
  CHECK(*s.demand[1].targets.asa_at_most_s == 5);
  CHECK_FALSE(s.demand[0].targets.any());
  CHECK(s.class_threshold_s(0) == 20);  // the floor's T
  CHECK(s.class_threshold_s(1) == 10);  // its own
  const TargetSet set = s.target_set();
  CHECK(set.any_class());
  CHECK(set.by_class.size() == 2);
  CHECK(parse_error_of("clock: {length: 2h, interval: 1h}\n"
                       "demand: [{name: a, rate_per_hour: 60, service: {fixed: 1min}, targets: {asa: {at_most: 5s}}}]\n"
                       "staff: [{name: b, count: 2}]\n") ==
        "inline.yaml:2:72: a class's own targets need two or more classes; with one, they are the scenario's: move "
        "them to the top-level targets");
  CHECK(parse_error_of(head + "    targets: {occupancy: {at_most: 90%}}\n" + tail) ==
        "inline.yaml:9:26: demand.premium.targets.occupancy: occupancy is the agents' busy share, not a class's; "
        "set it in the scenario's targets (a class may have service_level, abandonment and asa)");
  CHECK_THAT(parse_error_of(head + "    targets: {abandonmnet: {at_most: 2%}}\n" + tail),
             Catch::EndsWith("did you mean \"abandonment\"? (allowed: service_level, abandonment, asa)"));
  CHECK(parse_error_of(head + "    targets: {service_level: {answered_within: 10s, at_leat: 90%}}\n" + tail) ==
        "inline.yaml:9:53: unknown key \"at_leat\" in demand.premium.targets.service_level; did you mean "
        "\"at_least\"? (allowed: answered_within, at_least, daily)");
}
