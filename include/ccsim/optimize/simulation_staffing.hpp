#pragma once
// Simulation-based staffing: start from an analytic plan, simulate with common
// random numbers, raise the intervals that miss their targets, then lower the
// ones with slack until removing one agent anywhere breaks an interval.
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "ccsim/optimize/plan_assessment.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

struct SearchOptions {
  Criterion criterion = Criterion::confident;
  std::uint64_t seed = 1;  ///< every evaluation uses this seed: common random numbers
  int first_interval = 0;  ///< intervals before it (warm-up) carry no target
  /// Interval length: a removal's proof then holds while the plan matches the
  /// trial up to where the broken interval's callers settled; 0: the whole day.
  double interval_s = 0;
  std::vector<int> cap;  ///< most agents per interval (empty: 2 n0 + 20 of the start plan)
  /// Least agents per interval, never removed (empty: 0): a checkout keeps a
  /// cashier wherever customers come, since a customer who finds no lane open
  /// leaves unjudged by the lane, wait and walk-away targets.
  std::vector<int> floor;
  int max_evaluations = 300;              ///< beyond this the search stops with a StaffingError
  std::function<std::string(int)> label;  ///< interval index -> "12:15", for messages
  std::vector<std::string> class_names;   ///< by class index, for messages
  /// A cap reached, in words: the staff counted, why the cap is where it is, what to do.
  std::string unit = "agents";
  std::string cap_reason = "(the cap per interval: max_agents, trunk lines or a checkout's lanes)";
  std::string remedy = "raise the cap or relax the targets";
  std::function<void(int)> on_evaluation;  ///< called after each evaluation (count so far)
  bool raise_only = false;                 ///< stop after the first stage (raised_plan)
  /// Raising stops with SearchAbandoned once the plan holds more agent-intervals.
  int abandon_above = std::numeric_limits<int>::max();
};

/// A search stopped at SearchOptions::abandon_above: another plan is already cheaper.
class SearchAbandoned : public StaffingError {
public:
  using StaffingError::StaffingError;
};

struct SearchResult {
  StaffingPlan plan;
  int evaluations = 0;
  int early_evaluations = 0;     ///< of those, trials simulated only up to an early break (Evaluator::evaluate_first)
  int branched_evaluations = 0;  ///< of those, branched off a run of another plan where they differ (PlanTrials)
  std::vector<IntervalAssessment> assessment;  ///< of the final plan, under the search seed
};

/// The search: raise the intervals that miss (each round branching off the
/// run of the round before at the first interval it changes); where a quarter
/// of the day or more was never raised, lower those intervals in batches three apart
/// (a removal blamed on its own interval and both neighbours, and tried alone
/// when it broke only a neighbour; rounds repeat while one removes at least as
/// many agents as it took evaluations); then certify, in time order, with
/// trials branching off one run of the plan where the evaluator allows
/// (Evaluator::open_trials). A removal that breaks nothing in its own interval
/// and the next is adopted at once; the run's end of the day (or a later trial,
/// in an interval that settled before it) shows whether the plan still meets
/// every interval, and one that misses gains an agent and is certified again
/// (after six such repairs, removals wait for their trial's whole day, so the
/// passes end). The result meets the criterion in every interval,
/// and one agent fewer in any interval breaks at least one interval under the
/// same seed. The proof of each removal is a trial equal to the final plan
/// less that agent up to the interval it broke (the simulation is causal under
/// common random numbers); removals without one are tried again alone. Throws
/// StaffingError when an interval reaches its cap or the evaluations run out.
SearchResult simulation_plan(Evaluator& evaluator, const TargetSet& targets, const std::vector<int>& start,
                             const SearchOptions& options);

/// The search's first stage alone: `start` raised, with common random
/// numbers, by one agent in each interval that misses, round after round,
/// until every interval meets. Throws StaffingError as simulation_plan does.
SearchResult raised_plan(Evaluator& evaluator, const TargetSet& targets, const std::vector<int>& start,
                         const SearchOptions& options);

}  // namespace ccsim
