// Arrival profiles (change points, forecast CSV) and callers' behaviour keys:
// equal to the per-interval list they stand for, and refused with exact messages.
#include <catch2/catch.hpp>

#include <string>

#include "ccsim/scenario/confined_files.hpp"
#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "load_error.hpp"

using namespace ccsim;

namespace {

const std::string forecast_dir = CCSIM_TEST_DATA "/forecast/";
const std::string bad_forecast_dir = CCSIM_TEST_DATA "/bad_forecast/";

Scenario with_arrivals(const std::string& arrivals, const std::string& extra = "") {
  return parse_scenario("clock: {start: \"08:00\", end: \"12:00\", interval: 30min}\n"
                        "demand:\n"
                        "  - name: calls\n"
                        "    " +
                            arrivals +
                            "\n"
                            "    service: {exponential: {mean: 4min}}\n" +
                            extra + "staff: [{name: agents, count: 10}]\n",
                        "inline.yaml");
}

}  // namespace

TEST_CASE("change points give exactly the per-interval list", "[loader][profile]") {
  const Scenario list = with_arrivals("rate_per_hour: [120, 120, 120, 420, 420, 420, 90, 90]");
  const Scenario profile = with_arrivals(
      "profile: [{from: \"08:00\", per_hour: 120}, {from: \"09:30\", per_hour: 420}, {from: \"11:00\", per_hour: 90}]");
  CHECK(profile.demand[0].rate_per_s == list.demand[0].rate_per_s);  // bit for bit
  CHECK(profile.demand[0].service_scale.empty());
  // On a `length` clock the change points are durations since the start.
  const Scenario elapsed =
      parse_scenario("clock: {length: 4h, interval: 1h}\n"
                     "demand: [{name: a, profile: [{from: 0h, per_hour: 60}, {from: 2h, per_hour: 0}], "
                     "service: {fixed: 1min}}]\n"
                     "staff: [{name: b, count: 1}]\n",
                     "x.yaml");
  CHECK(elapsed.demand[0].rate_per_s == std::vector<double>{60 / 3600.0, 60 / 3600.0, 0, 0});
}

TEST_CASE("a forecast CSV gives exactly the per-interval list, and its AHT scales the service", "[loader][profile]") {
  const Scenario forecast = load_scenario(forecast_dir + "morning.yaml");
  // 30, 60, 90, 45 calls per 30 minutes.
  const Scenario list = with_arrivals("rate_per_hour: [60, 120, 180, 90, 0, 0, 0, 0]");
  std::vector<double> expected(list.demand[0].rate_per_s.begin(), list.demand[0].rate_per_s.begin() + 4);
  CHECK(forecast.demand[0].rate_per_s == expected);
  // Empty AHT cells keep the distribution (4 min); 300 s and 240 s scale its mean.
  CHECK(forecast.demand[0].service_scale == std::vector<double>{1.0, 300.0 / 240, 1.0, 1.0});
}

TEST_CASE("bad forecast files are refused at file:line", "[loader][profile]") {
  const struct {
    const char* file;
    const char* message;
  } cases[] = {
      {"missing_column", "1:1: missing column \"calls\" (the header row must name interval_start and calls, and may "
                         "name aht_s; other columns are ignored; a forecast: {file: ..., columns: {calls: NAME}} map "
                         "reads other names)"},
      {"mapped_missing", "1:1: missing column \"Offered\"; did you mean \"Offerd\"? (the header row must name the "
                         "columns the scenario's forecast.columns maps; the header has: Interval, Offerd, AHT)"},
      {"mapped_bad_cell", "3:7: \"Offered\" (calls) must be a number of calls in the interval from 0 to 5000000 "
                          "(10000000 an hour), got \"twelve\""},
      {"bad_row", "3:7: calls must be a number of calls in the interval from 0 to 5000000 (10000000 an hour), got "
                  "\"twelve\""},
      {"thousands", "3:7: calls must be a number of calls in the interval from 0 to 5000000 (10000000 an hour), got "
                    "\"1,000\" (write numbers without a thousands separator or decimal comma, e.g. 1000 or 2.5)"},
      {"unsorted", "3:1: expected the interval starting at 08:30, got \"09:00\" (one row per interval of the clock, in "
                   "order)"},
      {"short", "4: the forecast has 3 intervals, the clock has 4 (one row per interval)"},
      {"aht_zero", "3:10: aht_s must be > 0 when calls are forecast (or left empty to keep the service distribution), "
                   "got \"0\""},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.file) {
      CHECK(test::load_error(bad_forecast_dir + c.file + ".yaml") == bad_forecast_dir + c.file + ".csv:" + c.message);
    }
  }
  CHECK(test::load_error(bad_forecast_dir + "folder.yaml") ==
        bad_forecast_dir + "folder.yaml:5:15: the forecast \"" + bad_forecast_dir + ".\" is a folder, not a CSV file");
  CHECK(test::load_error(bad_forecast_dir + "mapped_twice.yaml") ==
        bad_forecast_dir + "mapped_twice.yaml:5:85: forecast.columns.calls names \"AHT\", the column read as aht_s "
                           "(forecast.columns.aht_s); each column is read for one thing");
  // A mapped name may not be another column's default name, and a mapped AHT column must be there.
  CHECK_THROWS_WITH(with_arrivals("forecast: {file: x.csv, columns: {aht_s: calls}}"),
                    Catch::EndsWith("forecast.columns.aht_s names \"calls\", the column read as calls (its default "
                                    "name); each column is read for one thing"));
  CHECK_THAT(test::load_error(bad_forecast_dir + "mapped_aht_missing.yaml"),
             Catch::EndsWith("mapped_aht_missing.csv:1:1: missing column \"Aht\"; did you mean \"AHT\"? (the header "
                             "row must name the columns the scenario's forecast.columns maps; the header has: "
                             "Interval, Offered, AHT)"));
  CHECK_THAT(test::load_error(bad_forecast_dir + "header_twice.yaml"),
             Catch::EndsWith("header_twice.csv:1:28: the header names \"calls\" twice; which one to read is unclear"));
  CHECK_THROWS_WITH(with_arrivals("forecast: /dev/null"),
                    "inline.yaml:4:15: the forecast \"/dev/null\" is not a regular file (a device or a pipe); name a "
                    "CSV file");
  CHECK_THROWS_WITH(with_arrivals("forecast: {file: x.csv, columns: {call: Offered}}"),
                    Catch::Contains("unknown key \"call\" in forecast.columns; did you mean \"calls\"?"));
  CHECK_THROWS_WITH(with_arrivals("forecast: {columns: {calls: Offered}}"),
                    Catch::Contains("missing key \"file\" in forecast"));
  const std::string missing = bad_forecast_dir + "no_such.csv";
  CHECK_THROWS_WITH(with_arrivals("forecast: no_such.csv"),
                    "inline.yaml:4:15: cannot read the forecast file \"no_such.csv\" (No such file or directory)");
}

TEST_CASE("callers' behaviour keys are read in seconds and fractions", "[loader][behaviour]") {
  const Scenario s = with_arrivals(
      "rate_per_hour: 300", "    wrap_up: {fixed: 30s}\n"
                            "    redial: {probability: 60%, delay: {exponential: {mean: 2min}}, max_tries: 3}\n"
                            "busyness: {cv: 0.15}\n"
                            "rushing: {queue_at_least: 10, factor: 0.8, repeat: 20%, repeat_delay: {fixed: 1h}}\n");
  const Demand& d = s.demand[0];
  CHECK(d.wrap_up->mean() == Approx(30));
  CHECK(d.redial->probability == Approx(0.6));
  CHECK(d.redial->delay.mean() == Approx(120));
  CHECK(d.redial->max_tries == 3);
  CHECK(s.busyness->cv == Approx(0.15));
  CHECK(s.rushing->queue_at_least == 10);
  CHECK(s.rushing->factor == Approx(0.8));
  CHECK(s.rushing->repeat == Approx(0.2));
  CHECK(s.rushing->repeat_delay.mean() == Approx(3600));
  const Scenario plain = with_arrivals("rate_per_hour: 300");
  CHECK_FALSE(plain.demand[0].wrap_up);
  CHECK_FALSE(plain.demand[0].redial);
  CHECK_FALSE(plain.busyness);
  CHECK_FALSE(plain.rushing);
}

namespace {

// The same rates and AHT scales as morning.csv, read from another shape of file.
void check_reads_like_morning(const std::string& name) {
  const Scenario commas = load_scenario(forecast_dir + "morning.yaml");
  const Scenario other = load_scenario(forecast_dir + name);
  CHECK(other.demand[0].rate_per_s == commas.demand[0].rate_per_s);
  CHECK(other.demand[0].service_scale == commas.demand[0].service_scale);
}

}  // namespace

TEST_CASE("a semicolon-separated forecast reads like the comma-separated one", "[forecast]") {
  // What a spreadsheet in a decimal-comma locale saves: ';' between cells,
  // a quoted cell holding the separator, an extra column.
  check_reads_like_morning("semicolons.yaml");
}

TEST_CASE("a forecast whose columns have other names reads through a column map", "[forecast]") {
  // A WFM export: "Interval", "Offered", "AHT", and columns ccsim does not read.
  check_reads_like_morning("mapped.yaml");
}

TEST_CASE("a tab-separated forecast reads like the comma-separated one", "[forecast]") {
  check_reads_like_morning("tabs.yaml");
}

TEST_CASE("volume_factor scales a forecast's calls, and only that", "[forecast]") {
  // "A day 20% busier" on a forecast, from the command line: --set demand.calls.volume_factor=1.2.
  const Scenario plain = load_scenario(forecast_dir + "morning.yaml");
  const Scenario busier = load_scenario(forecast_dir + "morning.yaml", {Override{"demand.calls.volume_factor", "1.2"}});
  REQUIRE(busier.demand[0].rate_per_s.size() == plain.demand[0].rate_per_s.size());
  for (std::size_t i = 0; i < plain.demand[0].rate_per_s.size(); ++i)
    CHECK(busier.demand[0].rate_per_s[i] == plain.demand[0].rate_per_s[i] * 1.2);
  CHECK(busier.demand[0].service_scale == plain.demand[0].service_scale);  // the AHT is the forecast's
  const Scenario same = load_scenario(forecast_dir + "morning.yaml", {Override{"demand.calls.volume_factor", "1"}});
  CHECK(same.demand[0].rate_per_s == plain.demand[0].rate_per_s);  // bit for bit
  CHECK_THROWS_WITH(with_arrivals("rate_per_hour: 60\n    volume_factor: 0"),
                    Catch::Contains("volume_factor must be a factor above 0 and at most 1000"));
  CHECK_THROWS_WITH(with_arrivals("arrival_times: [10min]\n    volume_factor: 2"),
                    Catch::Contains("a trace of arrival times is replayed as given"));
}

TEST_CASE("confined to a folder a scenario reads forecasts inside it only", "[forecast][confined]") {
  const std::string morning = forecast_dir + "morning.yaml";
  {
    const ConfinedFiles confined(forecast_dir);
    CHECK(load_scenario(morning).demand[0].rate_per_s.size() == 4);
  }
  {
    const ConfinedFiles confined(bad_forecast_dir);  // a sibling folder: morning.csv is outside it
    CHECK_THROWS_WITH(load_scenario(morning), Catch::Contains("the forecast \"morning.csv\" cannot be read: it is "
                                                              "outside the served folder"));
  }
  CHECK_NOTHROW(load_scenario(morning));  // no confinement once it is gone
}
