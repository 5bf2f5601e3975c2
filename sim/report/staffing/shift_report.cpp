#include "shift_report.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {
namespace {

using nlohmann::json;

std::string hours_label(double s) { return fmt::format("{:g}h", s / 3600); }

// Who works the shifts: a restaurant's waiters and cooks are its staff.
const char* workers(const Scenario& s) {
  return s.floor.kind == FloorKind::checkout ? "cashiers" : s.floor.kind == FloorKind::restaurant ? "staff" : "agents";
}

const PlanVerification* plan_named(const StaffingResult& r, const std::string& method) {
  for (const PlanVerification& p : r.plans)
    if (p.plan.method == method) return &p;
  return nullptr;
}

// Agents by start (rows) and length (columns), breaks summed over placements;
// one table per group on floors whose groups differ.
void print_table(std::ostream& out, const Scenario& s, const ShiftPlan& sp, const std::string& group) {
  std::string head = "start ";
  for (double length_s : s.shift_rules->lengths_s) head += fmt::format(" {:>6}", hours_label(length_s));
  out << head << fmt::format("   {:>6}", workers(s)) << (group.empty() ? "" : "  (" + group + ")") << "\n";
  std::map<double, std::map<double, int>> table;
  for (const ShiftCount& c : sp.shifts)
    if (c.group == group) table[c.start_s][c.length_s] += c.agents;
  for (const auto& [start_s, by_length] : table) {
    std::string row = fmt::format("{:<5} ", clock_label(s, start_s));
    int total = 0;
    for (double length_s : s.shift_rules->lengths_s) {
      const auto it = by_length.find(length_s);
      row += it == by_length.end() ? fmt::format(" {:>6}", ".") : fmt::format(" {:>6}", it->second);
      total += it == by_length.end() ? 0 : it->second;
    }
    out << row << fmt::format("   {:>6}\n", total);
  }
}

void print_breaks(std::ostream& out, const Scenario& s, const ShiftPlan& sp) {
  std::map<double, int> starts;
  for (const ShiftCount& c : sp.shifts)
    for (double b : c.break_starts_s) starts[b] += c.agents;
  if (starts.empty()) return;
  std::string text = fmt::format("breaks begin ({}):", workers(s));
  for (const auto& [t, n] : starts) text += fmt::format(" {} {},", clock_label(s, t), n);
  text.pop_back();
  print_wrapped(out, text, 2);
}

// Covering the requirement is not meeting the targets: say where they differ.
void print_difference(std::ostream& out, const Scenario& s, const StaffingResult& r, const ShiftPlan& sp) {
  const PlanVerification& shifts = r.plans.back();
  const PlanVerification* need = plan_named(r, sp.requirement_method);
  if (!need) return;
  std::string worse;
  const TargetSet targets = s.target_set();
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < shifts.intervals.size(); ++i)
    if (!meets_targets(targets, shifts.intervals[i].mean(), Judged::interval) &&
        meets_targets(targets, need->intervals[i].mean(), Judged::interval))
      worse += fmt::format(" {}", clock_label(s, static_cast<double>(i) * s.clock.interval_s));
  print_wrapped(out,
                fmt::format("covering is not meeting the targets: the shifts put {:.1f} {}-hours on duty "
                            "(paid {:.1f} h) for the {} plan's {:.1f}; verified, the shifts miss {} "
                            "interval(s), the {} plan {}{}{}",
                            shifts.agent_hours + shifts.cook_hours,
                            s.floor.kind == FloorKind::checkout     ? "cashier"
                            : s.floor.kind == FloorKind::restaurant ? "staff"
                                                                    : "agent",
                            shifts.paid_hours, need->plan.method, need->agent_hours + need->cook_hours, shifts.missed,
                            need->plan.method, need->missed,
                            worse.empty() ? "" : "; the shifts miss where the requirement plan meets:", worse),
                2);
}

}  // namespace

void print_shift_plan(std::ostream& out, const Scenario& s, const StaffingResult& r) {
  const ShiftPlan& sp = *r.shifts;
  const CoverSolution& c = sp.solution;
  out << fmt::format("Shifts covering the {} plan: {} {}, {:.1f} paid hours\n", sp.requirement_method, c.shifts,
                     workers(s), c.paid_hours);
  out << fmt::format("integer program: {} shift patterns x {} intervals, {}", sp.patterns, s.clock.intervals(),
                     cover_status_name(c.status));
  if (c.status != CoverStatus::optimal)
    out << fmt::format(" (limit {:g} s; gap {:.1f}%, bound {:.1f} h)", r.shift_time_limit_s, 100 * c.gap,
                       c.lower_bound_hours);
  out << "\n";
  std::vector<std::string> groups;  // in the programs' order: the scenario's groups, or waiters then cooks
  for (const ShiftCount& k : sp.shifts)
    if (std::find(groups.begin(), groups.end(), k.group) == groups.end()) groups.push_back(k.group);
  for (const std::string& g : groups) print_table(out, s, sp, g);
  print_breaks(out, s, sp);
  print_difference(out, s, r, sp);
  out << "\n";
}

json shifts_json(const Scenario& s, const StaffingResult& r) {
  const ShiftPlan& sp = *r.shifts;
  const CoverSolution& c = sp.solution;
  json shifts = json::array();
  for (const ShiftCount& k : sp.shifts) {
    json breaks = json::array();
    for (double b : k.break_starts_s) breaks.push_back(clock_label(s, b));
    shifts.push_back({{"start", clock_label(s, k.start_s)},
                      {"start_s", k.start_s},
                      {"length_h", k.length_s / 3600},
                      {"breaks", breaks},
                      {"agents", k.agents},
                      {"paid_hours_each", k.paid_hours}});
    if (!k.group.empty()) shifts.back()["group"] = k.group;
  }
  json j = {{"requirement_method", sp.requirement_method},
            {"requirement", sp.requirement},
            {"on_duty", r.plans.back().plan.agents},
            {"agents", c.shifts},
            {"paid_hours", c.paid_hours},
            {"status", cover_status_name(c.status)},
            {"optimal", c.status == CoverStatus::optimal},
            {"lower_bound_hours", c.lower_bound_hours},
            {"gap", c.gap},
            {"time_limit_s", r.shift_time_limit_s},
            {"patterns", sp.patterns},
            {"shifts", shifts},
            {"break_rounding", "a break covering part of an interval takes the agent off the whole interval"}};
  if (!sp.plan.cooks.empty()) {
    j["requirement_cooks"] = sp.requirement_cooks;
    j["cooks_on_duty"] = sp.plan.cooks;
  }
  for (std::size_t g = 0; g < sp.plan.by_group.size(); ++g)
    j["on_duty_by_group"][s.staff[g].name] = sp.plan.by_group[g];
  if (s.cost) j["cost"] = c.paid_hours * s.cost->per_agent_hour;
  return j;
}

}  // namespace ccsim
