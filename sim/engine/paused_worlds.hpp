#pragma once
// Call-center replications side by side in this process's engine, run in
// steps: paused before an instant, restaffed from then on, run on. A world
// paused and run on gives bit for bit what it gives in one go (the engine
// only stops between events), so a forked copy restaffed from the pause is
// the trial plan's own run.
#include <cstdint>
#include <memory>
#include <vector>

#include "ccsim/engine/replication.hpp"
#include "call_center.hpp"
#include "world_engine.hpp"

namespace ccsim::engine {

class PausedWorlds {
public:
  /// Replications first .. first + count - 1, started at time 0. Call centers only.
  PausedWorlds(const Scenario& scenario, std::uint32_t first, std::uint32_t count);
  /// Runs every event before `t_s` (later than the current pause).
  void run_until(double t_s);
  void run_to_end();
  /// From `from_s` (no earlier than the pause) on, each world is staffed as `staffed` says.
  void restaff_from(double from_s, const Scenario& staffed);
  /// Every world's tallies so far: exact for intervals whose callers all
  /// settled before the pause; the worlds can run on afterwards.
  std::vector<ReplicationResult> results() const;

private:
  std::uint32_t first_;
  WorldEngine engine_;
  std::vector<std::unique_ptr<CallCenter>> worlds_;
  WorldEnds ends_;
};

}  // namespace ccsim::engine
