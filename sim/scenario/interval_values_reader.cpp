#include "interval_values_reader.hpp"

#include <algorithm>

namespace ccsim::scenario_detail {

std::string intervals_phrase(const Clock& clock) {
  const int n = clock.intervals();
  return std::to_string(n) + (n == 1 ? " interval of " : " intervals of ") + describe_duration(clock.interval_s);
}

std::vector<double> read_rates_per_s(const Field& f, const Clock& clock) {
  const std::string allowed_one = "a number of calls per hour from 0 to 10000000";
  const auto values = read_per_interval<double>(f, clock, allowed_one, [](const Field& v, const std::string& allowed) {
    return read_number(v, 0, max_rate_per_hour, false, allowed);
  });
  bool any_positive = false;
  for (double v : values) any_positive = any_positive || v > 0;
  if (!any_positive)
    f.fail(f.path() + " must be > 0 in at least one interval (otherwise this class never calls), got " +
           (f.is_scalar() ? f.found() : std::string("only zeros")));
  std::vector<double> per_s;
  for (double v : values) per_s.push_back(v / 3600.0);
  return per_s;
}

std::vector<int> read_counts(const Field& f, const Clock& clock) {
  const std::string allowed_one = "a whole number of agents from 0 to " + std::to_string(max_agents);
  return read_per_interval<int>(f, clock, allowed_one, [](const Field& v, const std::string& allowed) {
    return static_cast<int>(read_integer(v, 0, max_agents, allowed));
  });
}

std::vector<double> read_arrival_times_s(const Field& f, const Clock& clock) {
  if (!f.is_list() || f.node().size() == 0)
    f.fail_must_be("a non-empty list of arrival times after the start, e.g. [30s, 2min, 1.5h]");
  const std::string day = describe_duration(clock.length_s);
  std::vector<double> times;
  std::string previous;
  for (const Field& item : f.items()) {
    const double t = read_duration_s(item);
    if (t >= clock.length_s) item.fail_must_be("a time before the end of the day (" + day + " after the start)");
    if (!times.empty() && t < times.back())
      item.fail(f.path() + " must be in ascending order, got " + item.found() + " after \"" + previous + "\"");
    times.push_back(t);
    previous = item.text();
  }
  return times;
}

std::vector<double> trace_rates_per_s(const std::vector<double>& times_s, const Clock& clock) {
  std::vector<double> per_s(static_cast<std::size_t>(clock.intervals()), 0.0);
  for (double t : times_s) {
    const auto i = std::min(per_s.size() - 1, static_cast<std::size_t>(t / clock.interval_s));
    per_s[i] += 1.0 / clock.interval_s;
  }
  return per_s;
}

}  // namespace ccsim::scenario_detail
