#pragma once
#include <functional>
#include <vector>

#include "ccsim/engine/replication.hpp"

namespace ccsim {

struct RunOptions {
  int jobs = 0;  ///< worker processes at once; 0: one per core
  /// Called in the parent after each finished replication (done, total).
  std::function<void(int, int)> on_progress;
};

/// Runs scenario.replications independent replications, each in a forked
/// process of its own (a fresh SimGrid engine), `jobs` at a time. Results come
/// back in replication order, so the output does not depend on `jobs`.
/// A failure in a replication is rethrown here (std::runtime_error).
std::vector<ReplicationTallies> run_replications(const Scenario& scenario, const RunOptions& options = {});

} // namespace ccsim
