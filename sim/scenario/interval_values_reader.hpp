#pragma once
// Values given per reporting interval (one for all, or a list of one per
// interval) and arrival traces, checked against the clock (private to the
// scenario layer).
#include <string>
#include <vector>

#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

// Limits that only catch slips (a missing unit, a stray digit).
inline constexpr double max_rate_per_hour = 1e7;
inline constexpr long long max_agents = 100000;

/// "48 intervals of 15min", for messages about per-interval lists.
std::string intervals_phrase(const Clock& clock);

// A single value for every interval, or a list with one value per interval.
template <class T, class ReadOne>
std::vector<T> read_per_interval(const Field& f, const Clock& clock, const std::string& allowed_one, ReadOne read_one) {
  const auto n = static_cast<std::size_t>(clock.intervals());
  const std::string allowed = allowed_one + ", or a list of " + std::to_string(n) + " such numbers (one per interval)";
  if (f.is_scalar()) return std::vector<T>(n, read_one(f, allowed));
  if (!f.is_list()) f.fail_must_be(allowed);
  if (f.node().size() != n)
    f.fail(f.path() + " has " + std::to_string(f.node().size()) + " values, expected " + std::to_string(n) +
           " (one per interval: the clock has " + intervals_phrase(clock) + ")");
  std::vector<T> values;
  for (const Field& item : f.items()) values.push_back(read_one(item, allowed_one));
  return values;
}

/// Calls per hour, one for all intervals or one per interval; returned per second.
std::vector<double> read_rates_per_s(const Field& f, const Clock& clock);
/// Agents on duty, one for all intervals or one per interval.
std::vector<int> read_counts(const Field& f, const Clock& clock);
/// An ascending list of arrival times within the day.
std::vector<double> read_arrival_times_s(const Field& f, const Clock& clock);
/// The rate a trace realises in each interval, so that whatever reads
/// rate_per_s (capacity charts, analytic staffing) sees the trace's demand.
std::vector<double> trace_rates_per_s(const std::vector<double>& times_s, const Clock& clock);

}  // namespace ccsim::scenario_detail
