#pragma once
// The split among agent groups chosen by simulation: the rule's split and
// tilts of it (group_split's candidates), each judged by what the simulation
// search's first stage needs under it.
#include <optional>
#include <string>
#include <vector>

#include "ccsim/optimize/group_split.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"

namespace ccsim {

struct SplitTried {
  std::string name;
  std::optional<int> agents;        ///< agent-intervals after raising; none: see `beaten`
  bool beaten = false;              ///< stopped once it needed more than the best so far
  bool out_of_evaluations = false;  ///< no plan within its evaluations (else, unless beaten: an interval at its cap)
};

struct SplitChoice {
  SplitCandidate chosen;
  SearchResult raised;  ///< the chosen split's raised plan (raised_plan), a start for simulation_plan
  std::vector<SplitTried> tried;
  int evaluations = 0, early_evaluations = 0, branched_evaluations = 0;  ///< over every candidate
};

/// Each of `scenario`'s split candidates in turn: the evaluator splits with it
/// (Evaluator::weigh_groups), and `start` is raised until every interval meets
/// (raised_plan, with common random numbers); the split whose raised plan has
/// the fewest agent-intervals wins (ties: the earlier, the rule's first), and
/// the evaluator is left splitting with it. A candidate other than the rule's
/// may spend three times the rule's evaluations (at least 10), and stops as
/// soon as its raised plan needs more than the best so far. Throws the
/// rule's StaffingError when no candidate finds a plan.
SplitChoice choose_split(Evaluator& evaluator, const Scenario& scenario, const TargetSet& targets,
                         const std::vector<int>& start, const SearchOptions& options);

}  // namespace ccsim
