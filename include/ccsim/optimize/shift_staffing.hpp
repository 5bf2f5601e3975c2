#pragma once
// `ccsim staff --shifts`: a per-interval requirement turned into shifts by the
// covering program, and the shifts turned back into agents on duty per
// interval, so that the shift plan is verified like any other plan.
#include <string>
#include <vector>

#include "ccsim/optimize/shift_covering.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

/// Agents working one shift pattern.
struct ShiftCount {
  double start_s = 0, length_s = 0;    ///< from the clock's t = 0
  std::vector<double> break_starts_s;  ///< one per break rule that applies
  int agents = 0;
  double paid_hours = 0;  ///< per agent
  std::string group;      ///< the scenario's group, on floors whose groups differ, or a restaurant's "waiters"
                          ///< and "cooks"; "" for one pooled team
};

struct ShiftPlan {
  StaffingPlan plan;               ///< method "shifts": agents on duty (not on break) per interval
  std::string requirement_method;  ///< the plan whose agents per interval were covered
  std::vector<int> requirement;
  std::vector<int> requirement_cooks;  ///< a restaurant's kitchen: the cooks covered (empty elsewhere)
  std::vector<ShiftCount> shifts;      ///< patterns worked by at least one agent, by start then length
  CoverSolution solution;              ///< one program, or the sum of one per group (worst status, summed hours)
  int patterns = 0;                    ///< columns of the program (of each group's)
};

/// Covers `requirement.agents` with the scenario's shift_rules: one program,
/// or on floors whose groups differ one per group for its share of the
/// requirement (split_by_group), the plan then carrying agents per group; on
/// a restaurant with a kitchen one for the waiters and one for the cooks. Throws
/// StaffingError (with times of day) when the scenario has no rules, the rules
/// cannot cover an interval that needs agents, or the program is too large.
ShiftPlan plan_shifts(const Scenario& scenario, const StaffingPlan& requirement, const CoverOptions& options);

}  // namespace ccsim
