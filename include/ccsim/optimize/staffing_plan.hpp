#pragma once
// A staffing plan: agents per reporting interval, as proposed by one method.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Targets that no staffing can meet, or a cap reached: a user error (exit 2).
class StaffingError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// Agents per interval proposed by one method, with what the method assumed.
struct StaffingPlan {
  std::string method;                ///< "erlang-c", "erlang-a", "sipp-lag", "simulation"
  std::vector<int> agents;           ///< one count per reporting interval, >= 0
  std::vector<std::string> notes;    ///< assumptions and approximations, one sentence each
  std::optional<double> paid_hours;  ///< when not the agent-hours on duty (shifts: breaks, edges)
  /// Agents per group [group][interval] when the method chose them (shifts per
  /// group); empty: split_by_group of `agents` on floors whose groups differ.
  std::vector<std::vector<int>> by_group{};
  /// Checkout: lanes open by the store's rule (open_at, close_below) within
  /// these cashiers, as the scenario says; false: every cashier on duty at a
  /// till (the lanes the plan gives).
  bool by_rule = false;
  /// Restaurant with a kitchen: the cooks per interval the method chose;
  /// empty: the scenario's.
  std::vector<int> cooks{};
};

/// Paid agent-hours of the plan over the whole clock (warm-up included).
double agent_hours(const std::vector<int>& agents, const Clock& clock);

/// A copy of the scenario staffed with `agents` on duty per interval: one
/// group "agents" replacing the original ones when they form one pooled team,
/// else the original groups (skills, fatigue, absenteeism kept) with the
/// agents split among them (split_by_group) instead of their counts or shifts.
/// `by_group`, when given, sets each group's agents instead of the split.
/// On a checkout the plan's cashiers are its open lanes, every one at a till,
/// unless `by_rule` (the store's rule opens lanes within them).
Scenario with_staffing(const Scenario& scenario, const std::vector<int>& agents,
                       const std::vector<std::vector<int>>& by_group = {}, bool by_rule = false);

/// with_staffing of the plan's agents (per group, by rule), and its cooks
/// where it has them.
Scenario staffed_plan(const Scenario& scenario, const StaffingPlan& plan);

/// Sum over the scenario's groups of the agents on duty in each interval.
std::vector<int> total_staff(const Scenario& scenario);

}  // namespace ccsim
