#pragma once
// A run keeps every replication's tallies until its summary is made (the
// paired comparison and the CIs need them): that memory is known before the
// run starts, so a run that cannot fit is refused at once with the figures,
// not killed by the system an hour in.
#include <cstdint>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim::cli {

/// Bytes one replication's tallies take: one interval tally per interval of
/// the clock, and one class tally per interval and recorded class.
std::uint64_t tally_bytes_per_replication(const Scenario& scenario);

/// Throws UsageError when `runs_held` runs of the scenario (compare holds
/// two) would need more than half of this machine's memory for their tallies.
void check_run_fits_memory(const Scenario& scenario, int runs_held = 1);

}  // namespace ccsim::cli
