// Durations, fractions and times of day as users write them (YAML and CLI).
#include <catch2/catch.hpp>

#include "ccsim/scenario/scenario_error.hpp"
#include "ccsim/scenario/units.hpp"

using namespace ccsim;

TEST_CASE("durations need a unit and convert to seconds", "[units]") {
  CHECK(parse_duration_s("30s") == Approx(30));
  CHECK(parse_duration_s("4min") == Approx(240));
  CHECK(parse_duration_s("1.5h") == Approx(5400));
  CHECK(parse_duration_s("250ms") == Approx(0.25));
  CHECK(parse_duration_s("0s") == Approx(0));
  CHECK(parse_duration_s("0.5min") == Approx(30));
  CHECK(parse_duration_s(".5h") == Approx(1800));
  CHECK(parse_duration_s("007s") == Approx(7));
  // A space between number and unit, and around the whole, is tolerated.
  CHECK(parse_duration_s("4 min") == Approx(240));
  CHECK(parse_duration_s(" 20s ") == Approx(20));
}

TEST_CASE("durations refuse bare numbers, unknown units, signs and non-finite values", "[units]") {
  for (const char* bad :
       {"",      " ",  "30",      "0",    "s",      "min",   "-3s",  "+3s",  "1e3s",   "4 minutes", "4m",
        "30sec", "2d", "4min30s", "1,5h", "1.5.2h", "inf s", "nans", "infh", "30 s s", "3 0s"}) {
    INFO("input: \"" << bad << "\"");
    CHECK_FALSE(parse_duration_s(bad).has_value());
  }
  CHECK_FALSE(parse_duration_s(std::string(400, '9') + "s").has_value());  // overflows to infinity
}

TEST_CASE("fractions accept percentages and plain fractions in [0, 1]", "[units]") {
  CHECK(parse_fraction("80%") == Approx(0.8));
  CHECK(parse_fraction("0.8") == Approx(0.8));
  CHECK(parse_fraction("80 %") == Approx(0.8));
  CHECK(parse_fraction("12.5%") == Approx(0.125));
  CHECK(parse_fraction("100%") == Approx(1));
  CHECK(parse_fraction("0%") == Approx(0));
  CHECK(parse_fraction("1") == Approx(1));
  CHECK(parse_fraction("0") == Approx(0));
}

TEST_CASE("fractions refuse values outside [0, 1] and other text", "[units]") {
  // "5" is refused rather than read as 5%: a bare number is a fraction.
  for (const char* bad : {"", "%", "120%", "100.1%", "1.5", "5", "-0.1", "-5%", "80%%", "abc", "0.8s", "1e-1", "inf"}) {
    INFO("input: \"" << bad << "\"");
    CHECK_FALSE(parse_fraction(bad).has_value());
  }
}

TEST_CASE("times of day are HH:MM from 00:00 to 24:00", "[units]") {
  CHECK(parse_time_of_day_s("08:00") == Approx(8 * 3600));
  CHECK(parse_time_of_day_s("8:30") == Approx(8.5 * 3600));
  CHECK(parse_time_of_day_s("00:00") == Approx(0));
  CHECK(parse_time_of_day_s("23:59") == Approx(23 * 3600 + 59 * 60));
  CHECK(parse_time_of_day_s("24:00") == Approx(24 * 3600));
  for (const char* bad : {"", "8", "08", "24:01", "25:00", "08:60", "8:5", "08:00:00", "-1:00", "ab:cd", "123:00",
                          ":30", "08-00", "8h"}) {
    INFO("input: \"" << bad << "\"");
    CHECK_FALSE(parse_time_of_day_s(bad).has_value());
  }
}

TEST_CASE("a scenario error reads file:line:column: message", "[units]") {
  CHECK(std::string(ScenarioError("bank.yaml", 4, 16, "something is wrong").what()) ==
        "bank.yaml:4:16: something is wrong");
  CHECK(std::string(ScenarioError("bank.yaml", 0, 0, "no position").what()) == "bank.yaml: no position");
  CHECK(std::string(ScenarioError("x.yaml: cannot read").what()) == "x.yaml: cannot read");
}
