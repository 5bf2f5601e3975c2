#include "demand_profile_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ccsim/scenario/confined_files.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "ccsim/scenario/units.hpp"
#include "csv_cells.hpp"
#include "spelling.hpp"

namespace ccsim::scenario_detail {
namespace {

constexpr double max_per_hour = 1e7;  // as for rate_per_hour

// "08:00" on a clock with a time of day, "2.5h" on a `length` clock.
std::string clock_point_help(const Clock& clock) {
  return clock.start_of_day_s ? "a time of day HH:MM, e.g. \"08:00\"" : "a duration since the start, e.g. 2.5h";
}

// Seconds since the start of the day, or nullopt if the text is not a clock point.
std::optional<double> parse_clock_point(const std::string& text, const Clock& clock) {
  if (!clock.start_of_day_s) return parse_duration_s(text);
  const auto t = parse_time_of_day_s(text);
  if (!t) return std::nullopt;
  return *t - *clock.start_of_day_s;
}

std::string describe_point(double t_s, const Clock& clock) {
  const double s = clock.start_of_day_s.value_or(0) + t_s;
  if (!clock.start_of_day_s) return describe_duration(t_s);
  const long minutes = std::lround(s / 60);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld", minutes / 60, minutes % 60);
  return buf;
}

// The interval starting at t_s, or an explanation of why t_s is not one.
std::optional<std::string> interval_problem(double t_s, const Clock& clock, std::size_t& index) {
  const std::string day = "from " + describe_point(0, clock) + " to before " + describe_point(clock.length_s, clock);
  if (t_s < -1e-9 || t_s >= clock.length_s - 1e-9) return "must lie within the clock (" + day + ")";
  const double k = t_s / clock.interval_s;
  if (std::abs(k - std::round(k)) > 1e-9 * std::max(1.0, k))
    return "must fall on an interval boundary (every " + describe_duration(clock.interval_s) + " from " +
           describe_point(0, clock) + ")";
  index = static_cast<std::size_t>(std::llround(k));
  return std::nullopt;
}

double to_rate_per_s(double per_hour) { return per_hour / 3600.0; }  // exactly as rate_per_hour is read

}  // namespace

// ---- change points ----------------------------------------------------------------

ProfileRates read_profile(const Field& f, const Clock& clock) {
  if (!f.is_list() || f.node().size() == 0)
    f.fail_must_be(
        "a list of change points, e.g. [{from: \"08:00\", per_hour: 120}, {from: \"11:30\", per_hour: 420}]");
  const auto n = static_cast<std::size_t>(clock.intervals());
  std::vector<double> per_hour(n, 0.0);
  std::size_t previous = 0;
  std::string previous_text;
  bool any_positive = false;
  const std::vector<Field> points = f.items();
  for (std::size_t k = 0; k < points.size(); ++k) {
    const MapReader m(points[k],
                      MapSpec{points[k].path(), {"from", "per_hour"}, {"from", "per_hour"}, points[k].path()});
    const Field from = m.at("from");
    const auto t = parse_clock_point(from.text(), clock);
    if (!from.is_scalar() || !t) from.fail_must_be(clock_point_help(clock));
    std::size_t index = 0;
    if (const auto problem = interval_problem(*t, clock, index))
      from.fail(from.path() + " " + *problem + ", got " + from.found());
    if (k == 0 && index != 0)
      from.fail(from.path() + " must be the start of the clock (" + describe_point(0, clock) +
                "): the profile gives the rate from the start on, got " + from.found());
    if (k > 0 && index <= previous)
      from.fail(from.path() + " must be after the previous change point (" + previous_text + "), got " + from.found());
    const double rate =
        read_number(m.at("per_hour"), 0, max_per_hour, false, "a number of calls per hour from 0 to 10000000");
    for (std::size_t i = index; i < n; ++i) per_hour[i] = rate;
    any_positive = any_positive || rate > 0;
    previous = index;
    previous_text = from.text();
  }
  if (!any_positive)
    f.fail(f.path() + " must be > 0 in at least one interval (otherwise this class never calls), got only zeros");
  ProfileRates out;
  for (double v : per_hour) out.rate_per_s.push_back(to_rate_per_s(v));
  return out;
}

// ---- forecast CSV ---------------------------------------------------------------------

namespace {

// What the file's header calls each column ccsim reads: the default names, or
// those a `columns:` map gives (a WFM export's "Offered", "AHT").
struct ColumnNames {
  std::string start = "interval_start", calls = "calls", aht = "aht_s";
  bool mapped = false, aht_mapped = false;  // a mapped aht_s column must be there
  // "calls", or "Offered" (calls) when the file names the column its own way.
  static std::string label(const std::string& name, const char* meaning) {
    return name == meaning ? name : "\"" + name + "\" (" + meaning + ")";
  }
};

struct Columns {
  int start = -1, calls = -1, aht = -1;
  char separator = ',';
  int needed() const { return std::max({start, calls, aht}) + 1; }
};

[[noreturn]] void fail_missing_column(const CsvFile& csv, const std::string& name,
                                      const std::vector<std::string>& header, bool mapped) {
  const auto near = closest_match(name, header);
  csv.fail(1, 1,
           "missing column \"" + name + "\"" + (near ? "; did you mean \"" + *near + "\"?" : std::string()) +
               (mapped ? " (the header row must name the columns the scenario's forecast.columns maps; the header "
                         "has: " +
                             join(header) + ")"
                       : " (the header row must name interval_start and calls, and may name aht_s; other columns "
                         "are ignored; a forecast: {file: ..., columns: {calls: NAME}} map reads other names)"));
}

Columns read_header(const CsvFile& csv, std::string header, const ColumnNames& names) {
  if (header.rfind("\xEF\xBB\xBF", 0) == 0) header.erase(0, 3);  // a spreadsheet's byte-order mark
  Columns c;
  c.separator = separator_of(header);
  std::vector<std::string> found;
  for (const CsvCell& cell : split_csv_line(header, c.separator)) {
    for (const std::string& seen : found)
      if (!cell.text.empty() && seen == cell.text && (seen == names.start || seen == names.calls || seen == names.aht))
        csv.fail(1, cell.column, "the header names \"" + seen + "\" twice; which one to read is unclear");
    found.push_back(cell.text);
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (found[k] == names.start) c.start = static_cast<int>(k);
    if (found[k] == names.calls) c.calls = static_cast<int>(k);
    if (found[k] == names.aht) c.aht = static_cast<int>(k);
  }
  if (c.start < 0) fail_missing_column(csv, names.start, found, names.mapped);
  if (c.calls < 0) fail_missing_column(csv, names.calls, found, names.mapped);
  if (c.aht < 0 && names.aht_mapped) fail_missing_column(csv, names.aht, found, true);
  return c;
}

// `forecast: file.csv`, or `forecast: {file: file.csv, columns: {calls: Offered, ...}}`.
Field read_forecast_source(const Field& f, ColumnNames& names) {
  if (!f.is_map()) return f;
  const MapReader m(f, MapSpec{"forecast",
                               {"file", "columns"},
                               {"file"},
                               "forecast",
                               "a CSV file name, or a map like {file: monday.csv, columns: {calls: Offered}}"});
  const auto columns = m.get("columns");
  if (!columns) return m.at("file");
  const MapReader c(*columns, MapSpec{"forecast.columns",
                                      {"interval_start", "calls", "aht_s"},
                                      {},
                                      "forecast.columns",
                                      "a map like {calls: Offered, aht_s: AHT}"});
  for (const std::string& key : c.keys()) {
    const Field name = c.at(key);
    if (!name.is_scalar() || name.text().empty()) name.fail_must_be("the name of a column in the file's header row");
    (key == "interval_start" ? names.start : key == "calls" ? names.calls : names.aht) = name.text();
  }
  // Each column is read for one thing, the names the map leaves at their default included.
  const std::pair<const char*, const std::string*> meanings[] = {
      {"interval_start", &names.start}, {"calls", &names.calls}, {"aht_s", &names.aht}};
  for (const std::string& key : c.keys())
    for (const auto& [other, other_name] : meanings)
      if (key != other && *other_name == c.at(key).text())
        c.at(key).fail(c.at(key).path() + " names \"" + *other_name + "\", the column read as " + other +
                       (c.has(other) ? " (forecast.columns." + std::string(other) + ")" : " (its default name)") +
                       "; each column is read for one thing");
  names.mapped = true;
  names.aht_mapped = c.has("aht_s");
  return m.at("file");
}

// The forecast's file, checked: a regular file, not too large, readable.
std::string forecast_path(const Field& f, const std::string& scenario_file) {
  if (!f.is_scalar() || f.text().empty()) f.fail_must_be("the name of a CSV file, relative to the scenario file");
  const auto path = (std::filesystem::path(scenario_file).parent_path() / f.text()).string();
  if (const std::string why = outside_confinement(path); !why.empty())
    f.fail("the forecast \"" + f.text() + "\" cannot be read: " + why);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) f.fail("the forecast \"" + path + "\" is a folder, not a CSV file");
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
    f.fail("the forecast \"" + path + "\" is not a regular file (a device or a pipe); name a CSV file");
  // One row per interval (at most 100000): a larger file is not a forecast of this clock.
  constexpr std::uintmax_t max_forecast_bytes = 64u << 20;
  if (const auto size = std::filesystem::file_size(path, ec); !ec && size > max_forecast_bytes)
    f.fail("the forecast \"" + path + "\" is larger than 64 MiB, the limit (one row per interval of the clock)");
  return path;
}

// One row of the forecast: its interval must be row `row`; appends its rate (and AHT).
void read_forecast_row(const CsvFile& csv, int line, const std::vector<CsvCell>& cells, const Columns& col,
                       const ColumnNames& names, const Clock& clock, std::size_t row, ProfileRates& out) {
  if (static_cast<int>(cells.size()) < col.needed()) {
    const int missing = static_cast<int>(cells.size());
    const std::string& name = missing == col.start ? names.start : missing == col.calls ? names.calls : names.aht;
    csv.fail(line, 0,
             "the row has " + std::to_string(cells.size()) + (cells.size() == 1 ? " cell" : " cells") +
                 "; the column \"" + name + "\" is cell " + std::to_string(missing + 1) + " of the header");
  }
  const CsvCell& start = cells[static_cast<std::size_t>(col.start)];
  const std::string start_label = ColumnNames::label(names.start, "interval_start");
  const auto t = parse_clock_point(start.text, clock);
  if (!t)
    csv.fail(line, start.column, start_label + " must be " + clock_point_help(clock) + ", got \"" + start.text + "\"");
  std::size_t index = 0;
  if (const auto problem = interval_problem(*t, clock, index))
    csv.fail(line, start.column, start_label + " " + *problem + ", got \"" + start.text + "\"");
  if (index != row)
    csv.fail(line, start.column,
             "expected the interval starting at " + describe_point(row * clock.interval_s, clock) + ", got \"" +
                 start.text + "\" (one row per interval of the clock, in order)");
  const double per_hour_factor = 3600.0 / clock.interval_s;
  const double calls =
      read_cell_number(csv, line, cells[static_cast<std::size_t>(col.calls)], ColumnNames::label(names.calls, "calls"),
                       max_per_hour / per_hour_factor,
                       "a number of calls in the interval from 0 to " + shortest(max_per_hour / per_hour_factor) +
                           " (" + shortest(max_per_hour) + " an hour)");
  // Through calls per hour, so that a forecast equals the rate_per_hour list it stands for.
  out.rate_per_s.push_back(to_rate_per_s(calls * per_hour_factor));
  if (col.aht < 0) return;
  const CsvCell& aht = cells[static_cast<std::size_t>(col.aht)];
  if (aht.text.empty()) return;
  const std::string aht_label = ColumnNames::label(names.aht, "aht_s");
  out.aht_s[row] =
      read_cell_number(csv, line, aht, aht_label, 1e6, "a handling time in seconds (0 to 1000000), or empty");
  if (out.aht_s[row] == 0 && calls > 0)
    csv.fail(line, aht.column,
             aht_label +
                 " must be > 0 when calls are forecast (or left empty to keep the service distribution), got \"" +
                 aht.text + "\"");
}

}  // namespace

ProfileRates read_forecast(const Field& forecast, const Clock& clock, const std::string& scenario_file) {
  ColumnNames names;
  const Field f = read_forecast_source(forecast, names);
  const std::string path = forecast_path(f, scenario_file);
  std::ifstream in(path);
  if (!in) f.fail("cannot read the forecast file \"" + path + "\" (" + std::strerror(errno) + ")");
  const CsvFile csv(path);
  std::string text;
  if (!std::getline(in, text))
    csv.fail(1, 0, "the file is empty; expected a header row naming " + names.start + " and " + names.calls);
  const Columns col = read_header(csv, text, names);
  const auto n = static_cast<std::size_t>(clock.intervals());
  ProfileRates out;
  if (col.aht >= 0) out.aht_s.assign(n, 0.0);
  int line = 1;
  std::size_t row = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.find_first_not_of(" \t\r,;") == std::string::npos) continue;  // blank lines
    read_forecast_row(csv, line, split_csv_line(text, col.separator), col, names, clock, row, out);
    ++row;
  }
  bool any_positive = false;
  for (double r : out.rate_per_s) any_positive = any_positive || r > 0;
  if (row == n && !any_positive)
    csv.fail(line, 0, "calls must be > 0 in at least one interval (otherwise this class never calls)");
  if (row != n)
    csv.fail(line, 0,
             "the forecast has " + std::to_string(row) + " intervals, the clock has " + std::to_string(n) +
                 " (one row per interval)");
  return out;
}

// A forecast AHT scales the service distribution for calls arriving in its
// interval. As WFM tools export it, AHT is talk + hold + after-call work: with
// a wrap-up, the talk is what the AHT leaves after the mean wrap-up, unless
// the demand says its AHT leaves the wrap-up out (aht_includes_wrap_up: false).
void apply_forecast_aht(const MapReader& m, const std::vector<double>& aht_s, const Clock& clock, Demand& d) {
  const auto includes = m.get("aht_includes_wrap_up");
  if (includes && aht_s.empty())
    includes->fail("aht_includes_wrap_up says how to read a forecast's aht_s column; this demand has none");
  const bool wrap_inside = d.wrap_up && (!includes || read_bool(*includes));
  const double wrap_s = wrap_inside ? d.wrap_up->mean() : 0.0;
  for (std::size_t i = 0; i < aht_s.size(); ++i) {
    if (aht_s[i] > 0 && aht_s[i] <= wrap_s)
      m.at("forecast")
          .fail("aht_s " + shortest(aht_s[i]) + " s in the interval starting at " +
                describe_point(static_cast<double>(i) * clock.interval_s, clock) +
                " is not more than the mean wrap-up (" + shortest(wrap_s) +
                " s) it includes; AHT as WFM tools export it is talk + hold + after-call work (set "
                "aht_includes_wrap_up: false if this forecast's AHT leaves the wrap-up out)");
    d.service_scale.push_back(aht_s[i] > 0 ? (aht_s[i] - wrap_s) / d.service.mean() : 1.0);
  }
}

}  // namespace ccsim::scenario_detail
