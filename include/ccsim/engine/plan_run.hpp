#pragma once
// A plan simulated once through the day with trials branching off it. The
// replications run in worker processes that pause between events; a branch
// forks the paused workers, restaffs the copies from the pause on and runs
// them on, so the prefix a trial shares with the plan is simulated once.
// A branch's tallies are the bytes run_replications_by_class gives the trial
// scenario (for the intervals whose callers settled before it stopped), and
// finish() the plan's: pausing never changes a sample path.
#include <sys/types.h>

#include <vector>

#include "ccsim/engine/replication_chunks.hpp"
#include "ccsim/engine/replication_runner.hpp"

namespace ccsim {

class PlanRun {
public:
  /// Starts the replications of `plan` (a call center staffed by per-interval
  /// counts: supports() tells) at time 0, `options.jobs` workers at a time.
  PlanRun(const Scenario& plan, const RunOptions& options);
  ~PlanRun();
  PlanRun(const PlanRun&) = delete;
  PlanRun& operator=(const PlanRun&) = delete;

  static bool supports(const Scenario& scenario);

  /// Runs the plan up to just before `t_s` (later than the last pause). This,
  /// restaff(), a new branch and finish() close the open branch.
  void advance_to(double t_s);
  /// From `from_s` (no earlier than the pause) on, the plan is staffed as
  /// `staffed` (the same scenario with other counts).
  void restaff(const Scenario& staffed, double from_s);
  /// A trial branching off at the pause: staffed as `trial` from `from_s`
  /// on and run up to just before `until_s` (infinity: to the end of the day).
  RunTallies branch(const Scenario& trial, double from_s, double until_s);
  /// The open branch run on further.
  RunTallies extend_branch(double until_s);
  /// Closes the open branch.
  void drop_branch();
  /// The plan run to the end of the day; the run is over afterwards.
  RunTallies finish();

private:
  struct Worker {
    pid_t pid;
    int commands;  ///< write end
    int results;   ///< read end
    ReplicationChunk chunk;
  };
  enum class Reply { ack, tallies };
  /// Sends a command to every worker and collects the replies; on any
  /// failure the run is stopped (later calls throw) and the error rethrown.
  RunTallies send_to_all(char op, double from_s, double until_s, const Scenario* staffed, Reply reply);
  RunTallies exchange(char op, double from_s, double until_s, const Scenario* staffed, Reply reply);
  void stop();

  const Scenario& scenario_;
  int jobs_;
  std::vector<Worker> workers_;
  bool branch_open_ = false;
};

}  // namespace ccsim
