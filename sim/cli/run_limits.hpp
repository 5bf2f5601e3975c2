#pragma once
// What a run will need is known before it starts: the memory for every
// replication's tallies (kept until the summary: the paired comparison and
// the CIs need them) and the size of its outputs. A run that cannot fit is
// refused at once with the figures, not killed by the system an hour in.
#include <cstdint>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim::cli {

/// Bytes one replication's tallies take: one interval tally per interval of
/// the clock, and one class tally per interval and recorded class.
std::uint64_t tally_bytes_per_replication(const Scenario& scenario);

/// Throws UsageError when `runs_held` runs of the scenario (compare holds
/// two) would need more than half of this machine's memory for their tallies.
void check_run_fits_memory(const Scenario& scenario, int runs_held = 1);

/// Throws UsageError when --out would write more than 50,000 reported rows
/// (the intervals after the warm-up, and per class with two or more recorded
/// classes): summary.json, the CSVs and report.html take about 7 KB per
/// interval and 2.3 KB per interval and class.
void check_output_rows(const Scenario& scenario);

/// Before the work, for --trace: refuses a replication whose forecast
/// exceeds the customers a trace may hold (it is built in memory).
void check_trace_size(const Scenario& scenario);

}  // namespace ccsim::cli
