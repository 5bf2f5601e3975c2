// The `shift_rules` section: shift templates for `ccsim staff --shifts`.
#include "shift_rules_reader.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace ccsim::scenario_detail {
namespace {

const std::vector<std::string> rule_keys = {"lengths", "start_every", "earliest_start", "latest_end", "breaks"};
const std::vector<std::string> break_keys = {"after_length", "length", "paid", "window"};

bool on_grid(double seconds, const Clock& clock) {
  const double k = seconds / clock.interval_s;
  return std::abs(k - std::round(k)) <= 1e-9 * std::max(1.0, std::abs(k));
}

std::string grid_words(const Clock& clock) {
  return "a whole number of intervals (" + describe_duration(clock.interval_s) + " each)";
}

// A duration > 0 that is a whole number of intervals: the solver works on the grid.
double read_grid_duration_s(const Field& f, const Clock& clock) {
  const double s = read_duration_s(f, true);
  if (!on_grid(s, clock)) f.fail_must_be(grid_words(clock));
  return std::round(s / clock.interval_s) * clock.interval_s;
}

// A time of day when the clock has one, else a duration after the start;
// returned in seconds from the clock's t = 0 (negative before the clock starts).
double read_moment_s(const Field& f, const Clock& clock) {
  const double s = clock.start_of_day_s ? read_time_of_day_s(f) - *clock.start_of_day_s : read_duration_s(f);
  if (!on_grid(s, clock))
    f.fail_must_be("on the clock's grid of " + describe_duration(clock.interval_s) + " intervals");
  return std::round(s / clock.interval_s) * clock.interval_s;
}

std::vector<double> read_lengths_s(const Field& f, const Clock& clock) {
  if (!f.is_list() || f.node().size() == 0) f.fail_must_be("a list of shift lengths, e.g. [4h, 6h, 8h]");
  std::vector<double> lengths;
  for (const Field& item : f.items()) lengths.push_back(read_grid_duration_s(item, clock));
  std::sort(lengths.begin(), lengths.end());
  lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
  return lengths;
}

void read_window(const Field& f, BreakRule& b, const Clock& clock) {
  if (!f.is_list() || f.node().size() != 2)
    f.fail_must_be("[from, to]: the earliest and latest start of the break after the shift's start, e.g. [3h, 5h]");
  const std::vector<Field> ends = f.items();
  b.window_from_s = read_duration_s(ends[0]);
  b.window_to_s = read_duration_s(ends[1]);
  if (b.window_to_s < b.window_from_s) ends[1].fail_must_be("at least the window's start (" + ends[0].text() + ")");
  if (std::ceil(b.window_from_s / clock.interval_s - 1e-9) * clock.interval_s > b.window_to_s + 1e-9)
    f.fail(f.path() + " [" + ends[0].text() + ", " + ends[1].text() + "] holds no break start on the grid of " +
           describe_duration(clock.interval_s) + " intervals; widen it");
}

BreakRule read_break(const Field& f, const Clock& clock) {
  const MapReader m(
      f, MapSpec{"shift_rules.breaks", break_keys, {"after_length", "length", "window"}, "shift_rules.breaks"});
  BreakRule b;
  b.after_length_s = read_duration_s(m.at("after_length"), true);
  b.length_s = read_duration_s(m.at("length"), true);
  if (const auto paid = m.get("paid")) b.paid = read_bool(*paid);
  const Field window = m.at("window");
  read_window(window, b, clock);
  if (b.window_to_s + b.length_s > b.after_length_s + 1e-9)
    window.fail(window.path() + " ends too late: a " + describe_duration(b.length_s) + " break starting " +
                describe_duration(b.window_to_s) + " into a " + describe_duration(b.after_length_s) +
                " shift ends after the shift; the window must end by after_length minus the break's length");
  return b;
}

void check_span(const MapReader& m, const ShiftRules& r) {
  if (r.latest_end_s - r.earliest_start_s >= r.lengths_s.front() - 1e-9) return;
  const std::string shortest = describe_duration(r.lengths_s.front());
  if (m.has("latest_end"))
    m.at("latest_end").fail_must_be("at least the shortest shift (" + shortest + ") after the earliest start");
  m.field().fail("shift_rules allows no shift: the shortest (" + shortest +
                 ") is longer than the time from the earliest start to the latest end");
}

}  // namespace

ShiftRules read_shift_rules(const Field& f, const Clock& clock) {
  const MapReader m(f, MapSpec{"shift_rules", rule_keys, {"lengths", "start_every"}, "shift_rules"});
  ShiftRules r;
  r.lengths_s = read_lengths_s(m.at("lengths"), clock);
  r.start_every_s = read_grid_duration_s(m.at("start_every"), clock);
  r.earliest_start_s = m.has("earliest_start") ? read_moment_s(m.at("earliest_start"), clock) : 0.0;
  r.latest_end_s = m.has("latest_end") ? read_moment_s(m.at("latest_end"), clock) : clock.length_s;
  check_span(m, r);
  if (const auto breaks = m.get("breaks")) {
    if (!breaks->is_list()) breaks->fail_must_be("a list of break rules {after_length, length, paid, window}");
    for (const Field& item : breaks->items())
      r.breaks.push_back(read_break(item.child(item.node(), "shift_rules.breaks entry"), clock));
  }
  return r;
}

}  // namespace ccsim::scenario_detail
