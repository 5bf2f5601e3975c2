#pragma once
#include <functional>
#include <stdexcept>
#include <vector>

#include "ccsim/engine/replication.hpp"

namespace ccsim {

struct RunOptions {
  int jobs = 0;  ///< worker processes at once; 0: one per core
  /// Called in the parent as replications finish (done, total).
  std::function<void(int, int)> on_progress;
  /// Replications side by side in one worker's engine; 0: as many as a memory
  /// budget allows (plan_chunks). Results are the same bytes for any value.
  int per_worker = 0;
  /// Asked every 50 ms while workers run: true stops them and throws
  /// RunCancelled (the live room drops a run a newer request replaces).
  std::function<bool()> cancelled;
};

/// A run stopped because RunOptions::cancelled said so.
struct RunCancelled : std::runtime_error {
  RunCancelled() : std::runtime_error("the run was cancelled") {}
};

/// Runs scenario.replications independent replications in forked worker
/// processes, `jobs` at a time, each worker running a chunk of consecutive
/// replications side by side in one fresh SimGrid engine (start-up and fork
/// costs are paid per chunk). Results come back in replication order, so the
/// output depends neither on `jobs` nor on the chunking. A failure in a
/// replication is rethrown here (std::runtime_error naming the replication).
std::vector<ReplicationTallies> run_replications(const Scenario& scenario, const RunOptions& options = {});

/// As run_replications, with the per-class tallies as well (the totals are the same bytes).
RunTallies run_replications_by_class(const Scenario& scenario, const RunOptions& options = {});

}  // namespace ccsim
