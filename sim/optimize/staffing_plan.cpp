#include "ccsim/optimize/staffing_plan.hpp"

#include "ccsim/optimize/group_split.hpp"

namespace ccsim {

double agent_hours(const std::vector<int>& agents, const Clock& clock) {
  double sum = 0;
  for (int n : agents) sum += n;
  return sum * clock.interval_s / 3600.0;
}

Scenario with_staffing(const Scenario& scenario, const std::vector<int>& agents,
                       const std::vector<std::vector<int>>& by_group, bool by_rule) {
  Scenario s = scenario;
  if (s.floor.kind == FloorKind::checkout) s.floor.checkout.every_cashier_at_a_till = !by_rule;
  if (!staffed_by_group(scenario)) {
    // (one group, keeping its name: "cashiers" stay cashiers in the outputs)
    s.staff = {StaffGroup{scenario.staff.size() == 1 ? scenario.staff.front().name : "agents", agents}};
    return s;
  }
  const std::vector<std::vector<int>> counts = by_group.empty() ? split_by_group(scenario, agents) : by_group;
  for (std::size_t g = 0; g < s.staff.size(); ++g) {
    s.staff[g].count = counts[g];
    s.staff[g].shifts.clear();  // the plan gives agents on duty per interval
  }
  return s;
}

Scenario staffed_plan(const Scenario& scenario, const StaffingPlan& plan) {
  Scenario s = with_staffing(scenario, plan.agents, plan.by_group, plan.by_rule);
  if (!plan.cooks.empty() && s.floor.restaurant.kitchen) s.floor.restaurant.kitchen->cooks = plan.cooks;
  return s;
}

std::vector<int> total_staff(const Scenario& scenario) {
  std::vector<int> total(static_cast<std::size_t>(scenario.clock.intervals()), 0);
  for (const StaffGroup& g : scenario.staff)
    for (std::size_t i = 0; i < total.size() && i < g.count.size(); ++i) total[i] += g.count[i];
  return total;
}

}  // namespace ccsim
