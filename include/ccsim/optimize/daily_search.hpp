#pragma once
// The simulation search when some targets hold for the day (`daily: true`):
// a day's figure couples the intervals, so a removal is judged on whole-day
// runs, not on the interval it is made in.
#include <vector>

#include "ccsim/optimize/daily_greedy.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"

namespace ccsim {

/// From `start`: (1) raise, with common random numbers, each interval that
/// misses its own (per-interval) targets by one agent, and while the day misses
/// a daily target add agents where `formula` says they raise the day's figure
/// most, aiming at each target moved by the gap between the simulated and the
/// formula's day (so that the formula's shape and the simulation's level
/// decide); (2) certify in passes over the day in time order: remove one
/// agent from each interval when the whole day still meets every interval's
/// and the day's targets (each trial branched off one run of the
/// plan at that interval where the evaluator allows), until a pass removes
/// nothing. The result: no single agent less anywhere keeps every target,
/// each removal proven by a whole-day trial of the final plan less that
/// agent. Throws StaffingError at a cap or when the evaluations run out.
SearchResult daily_simulation_plan(Evaluator& evaluator, const TargetSet& targets, const std::vector<int>& start,
                                   const SearchOptions& options, const IntervalFormula& formula);

}  // namespace ccsim
