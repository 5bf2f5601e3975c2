#pragma once
// What one replication measured in one reporting interval.

namespace ccsim {

/// Raw sums for one interval of one replication. Per-call figures belong to the
/// interval in which the call arrived; time integrals to the interval in which
/// the time passed. All doubles so a tally is one flat block (counts stay exact
/// below 2^53).
struct IntervalTally {
  double offered = 0;          ///< all arrivals
  double blocked = 0;          ///< busy signal (lines full) or refused by a full queue
  double answered = 0;
  double abandoned = 0;
  double waited = 0;           ///< admitted callers who found no free agent
  double answered_within = 0;  ///< answered with wait <= T
  double wait_answered_s = 0;  ///< sum of waits of answered calls
  double wait_admitted_s = 0;  ///< sum of waits of all admitted calls (abandoners until they leave)
  double queue_area = 0;       ///< integral of the number waiting, caller-seconds
  double busy_area = 0;        ///< integral of busy agents, agent-seconds
  double staffed_area = 0;     ///< integral of agents present (incl. finishing a call after their shift)
  double max_queue = 0;        ///< most callers waiting at any instant
  double queue_at_end = 0;     ///< callers waiting at the interval's end

  /// Adds another tally's sums (maxima take the max).
  IntervalTally& operator+=(const IntervalTally& o);
};

} // namespace ccsim
