#include "ccsim/optimize/shift_staffing.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ccsim/optimize/group_split.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim {
namespace {

const char* servers_of(FloorKind kind) {
  return kind == FloorKind::checkout ? "cashiers" : kind == FloorKind::restaurant ? "waiters" : "agents";
}

void check_coverable(const Scenario& s, const std::vector<ShiftPattern>& patterns, const StaffingPlan& requirement,
                     const std::vector<int>& need, const char* servers) {
  const auto i = first_uncoverable(patterns, need);
  if (!i) return;
  const double at = *i * s.clock.interval_s;
  throw StaffingError(fmt::format(
      "{}: shift_rules cannot cover {}-{}, where the {} plan needs {} {}: no allowed shift is on duty then "
      "(shifts run from {} to {}, lengths up to {:g}h); move earliest_start or latest_end, or widen the break windows",
      s.source_file, clock_label(s, at), clock_label(s, at + s.clock.interval_s), requirement.method,
      need[static_cast<std::size_t>(*i)], servers, clock_label(s, s.shift_rules->earliest_start_s),
      clock_label(s, s.shift_rules->latest_end_s), s.shift_rules->lengths_s.back() / 3600));
}

void add_worked(const Scenario& s, const std::vector<ShiftPattern>& patterns, const std::vector<int>& counts,
                const std::string& group, std::vector<ShiftCount>& out) {
  const std::size_t first = out.size();
  for (std::size_t j = 0; j < patterns.size(); ++j) {
    if (counts[j] == 0) continue;
    const ShiftPattern& p = patterns[j];
    ShiftCount c{
        p.start * s.clock.interval_s, (p.end - p.start) * s.clock.interval_s, {}, counts[j], p.paid_hours, group};
    for (int b : p.break_starts) c.break_starts_s.push_back(b * s.clock.interval_s);
    out.push_back(std::move(c));
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const ShiftCount& a, const ShiftCount& b) {
    return std::tie(a.start_s, a.length_s, a.break_starts_s) < std::tie(b.start_s, b.length_s, b.break_starts_s);
  });
}

// One group's program added to the plan's: hours and counts summed, the worst status kept.
void add_solution(CoverSolution& sum, const CoverSolution& c) {
  sum.status = std::max(sum.status, c.status);
  sum.paid_hours += c.paid_hours;
  sum.lower_bound_hours += c.lower_bound_hours;
  sum.gap = sum.paid_hours > 0 ? (sum.paid_hours - sum.lower_bound_hours) / sum.paid_hours : 0;
  if (sum.status == CoverStatus::optimal) sum.gap = 0;
  sum.seconds += c.seconds;
  sum.shifts += c.shifts;
}

// The requirement per program: the whole plan, or each group's share of it
// (the plan's own split where its method decided one); a restaurant's
// waiters and its kitchen's cooks apart.
std::vector<std::pair<std::string, std::vector<int>>> requirements(const Scenario& s, const StaffingPlan& need) {
  if (!need.cooks.empty()) return {{"waiters", need.agents}, {"cooks", need.cooks}};
  if (!staffed_by_group(s)) return {{"", need.agents}};
  const std::vector<std::vector<int>> split = need.by_group.empty() ? split_by_group(s, need.agents) : need.by_group;
  std::vector<std::pair<std::string, std::vector<int>>> out;
  for (std::size_t g = 0; g < s.staff.size(); ++g) out.emplace_back(s.staff[g].name, split[g]);
  return out;
}

std::vector<std::string> notes(const ShiftPlan& p, const char* servers) {
  const CoverSolution& c = p.solution;
  std::vector<std::string> n;
  n.push_back(fmt::format("covers the {} plan in every interval: integer program (GLPK branch and cut) over {} "
                          "shift patterns, breaks placed by the program within their windows; {}, solved in {:.2f} s",
                          p.requirement_method, p.patterns, cover_status_name(c.status), c.seconds));
  if (!p.plan.by_group.empty()) n.push_back("one program per group, each covering its share of the requirement");
  if (!p.plan.cooks.empty()) n.push_back("one program for the waiters, one for the cooks, under the same shift_rules");
  if (c.status != CoverStatus::optimal)
    n.push_back(fmt::format("not proven optimal: {:.1f} paid hours, at most {:.1f}% above the optimum (bound "
                            "{:.1f} h)",
                            c.paid_hours, 100 * c.gap, c.lower_bound_hours));
  n.push_back(fmt::format("the plan's {} are those on duty and not on break; a break that covers part of an interval "
                          "takes one off for the whole interval (conservative rounding)",
                          servers));
  return n;
}

// Covering may put more of a group on duty than its seats (max_agents): the
// program bounds no interval from above. Say so rather than hide it.
void over_seats_notes(const Scenario& s, StaffingPlan& plan) {
  for (std::size_t g = 0; g < plan.by_group.size(); ++g) {
    const std::optional<int>& seats = s.staff[g].max_agents;
    if (!seats) continue;
    const std::vector<int>& on = plan.by_group[g];
    const auto most = std::max_element(on.begin(), on.end());
    if (most == on.end() || *most <= *seats) continue;
    const auto at = static_cast<double>(most - on.begin()) * s.clock.interval_s;
    plan.notes.push_back(fmt::format("group {}: {} on duty at {}, more than its max_agents ({}): the shifts cover the "
                                     "requirement but the program does not bound an interval from above",
                                     s.staff[g].name, *most, clock_label(s, at), *seats));
  }
}

}  // namespace

ShiftPlan plan_shifts(const Scenario& s, const StaffingPlan& requirement, const CoverOptions& options) {
  if (!s.shift_rules)
    throw StaffingError(s.source_file + ": --shifts needs shift_rules in the scenario, e.g. shift_rules: "
                                        "{lengths: [4h, 8h], start_every: 30min} (see scenarios/README.md)");
  const std::vector<ShiftPattern> patterns = shift_patterns(*s.shift_rules, s.clock);
  const bool kitchen = !requirement.cooks.empty();
  if (patterns.size() <= options.max_patterns) {
    check_coverable(s, patterns, requirement, requirement.agents, servers_of(s.floor.kind));
    if (kitchen) check_coverable(s, patterns, requirement, requirement.cooks, "cooks");
  }
  ShiftPlan p;
  p.requirement_method = requirement.method;
  p.requirement = requirement.agents;
  p.requirement_cooks = requirement.cooks;
  p.patterns = static_cast<int>(patterns.size());
  p.plan.method = "shifts";
  p.plan.agents.assign(static_cast<std::size_t>(s.clock.intervals()), 0);
  const auto needs = requirements(s, requirement);
  CoverOptions each = options;  // the time limit is shared among the groups' programs
  each.time_limit_s = options.time_limit_s / static_cast<double>(needs.size());
  for (const auto& [group, need] : needs) {
    const CoverSolution c = solve_cover(patterns, need, each);
    add_worked(s, patterns, c.counts, group, p.shifts);
    add_solution(p.solution, c);
    const std::vector<int> on_duty = agents_on_duty(patterns, c.counts, s.clock.intervals());
    if (kitchen && group == "cooks") {
      p.plan.cooks = on_duty;
      continue;
    }
    for (std::size_t i = 0; i < on_duty.size(); ++i) p.plan.agents[i] += on_duty[i];
    if (!group.empty() && !kitchen) p.plan.by_group.push_back(on_duty);
  }
  p.plan.notes = notes(p, kitchen ? "waiters and cooks" : servers_of(s.floor.kind));
  over_seats_notes(s, p.plan);
  p.plan.paid_hours = p.solution.paid_hours;
  return p;
}

}  // namespace ccsim
