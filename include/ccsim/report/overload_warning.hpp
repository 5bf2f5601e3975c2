#pragma once
// The day that does not settle: demand above what the floor can serve, and a
// queue still there at the close. Every output says so.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// A run whose queue outlasts the day.
struct OverloadWarning {
  std::vector<std::string> over_capacity;  ///< spans where the forecast load reached the servers staffed, "08:00–12:00"
  double peak_load_erl = 0;                ///< the highest forecast load of those intervals, erlangs
  double servers_at_peak = 0;              ///< the servers staffed (time average) in that interval
  double queue_at_start = 0;               ///< mean waiting at the end of the first reported interval
  double queue_at_close = 0;               ///< mean waiting at the end of the last reported interval
  double drain_s = 0;                      ///< their work for the servers left at the close, seconds (inf: none left)
  std::string message;                     ///< the whole warning in words, with what happens to those still waiting
};

/// The warning when those still waiting at the close are more work than the
/// servers left can do in one interval (their number x the day's mean
/// holding time / the servers); none for an ordinary busy close.
std::optional<OverloadWarning> overload_warning(const Scenario& scenario, const RunSummary& summary);

/// The console's "WARNING: ..." paragraph after the day summary, when there is a warning.
void print_overload_warning(std::ostream& out, const Scenario& scenario, const RunSummary& summary);

}  // namespace ccsim
