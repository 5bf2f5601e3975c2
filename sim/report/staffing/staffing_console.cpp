#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/staffing_report.hpp"

#include "ccsim/optimize/group_split.hpp"
#include "ccsim/report/run_summary.hpp"
#include "ccsim/report/wrapped_text.hpp"
#include "shift_report.hpp"

namespace ccsim {
namespace {

double label_time(const Scenario& s, std::size_t i) { return static_cast<double>(i) * s.clock.interval_s; }

std::string pct(double x) { return std::isnan(x) ? "    -" : fmt::format("{:4.0f}%", 100 * x); }

bool restaurant(const Scenario& s) { return s.floor.kind == FloorKind::restaurant; }

}  // namespace

std::string staff_cell(const Scenario& s, const StaffingPlan& plan, std::size_t i) {
  if (!restaurant(s) || !s.floor.restaurant.kitchen) return std::to_string(plan.agents[i]);
  const std::vector<int>& cooks = plan.cooks.empty() ? s.floor.restaurant.kitchen->cooks : plan.cooks;
  return fmt::format("{}+{}", plan.agents[i], cooks.at(i));
}

namespace {

// Table 1: each method's agents and verified P(meet), "<" where the mean misses.
void print_plans(std::ostream& out, const Scenario& s, const StaffingResult& r) {
  // Five plans (every method and the shifts) fit 80 columns with narrower gaps.
  const std::string gap = r.plans.size() > 4 ? " " : "  ";
  // A checkout's words: customers, cashiers.
  const bool shop = s.floor.kind == FloorKind::checkout;
  const bool kitchen = restaurant(s) && s.floor.restaurant.kitchen;
  std::string head = shop            ? "time  custs/h"
                     : restaurant(s) ? "time  parties/h"
                                     : "time   calls/h",
              sub = restaurant(s) ? "               " : "              ";
  for (const PlanVerification& p : r.plans) {
    head += gap + fmt::format("{:>12}", p.plan.method);
    sub += gap + (shop ? " cash. P(ok)" : kitchen ? "  w+c P(ok)" : restaurant(s) ? "wait. P(ok)" : "agents P(ok)");
  }
  out << head << "\n" << sub << "\n";
  const std::size_t n = r.plans.front().plan.agents.size();
  const TargetSet targets = s.target_set();
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < n; ++i) {
    std::string row =
        fmt::format("{:<5} {:>{}.0f}", clock_label(s, label_time(s, i)),
                    r.plans.front().intervals[i].offered.mean * 3600.0 / s.clock.interval_s, restaurant(s) ? 9 : 8);
    for (const PlanVerification& p : r.plans) {
      const bool miss = !meets_targets(targets, p.intervals[i].mean(), Judged::interval);
      row += gap + fmt::format("{:>5} {}{}", staff_cell(s, p.plan, i), pct(p.intervals[i].p_meet), miss ? "<" : " ");
    }
    out << row << "\n";
  }
  if (restaurant(s)) {
    print_wrapped(out,
                  std::string("(parties/h: arrived, as simulated; ") +
                      (kitchen ? "w+c: waiters + cooks" : "wait.: waiters") +
                      "; P(ok): share of verification replications in which the interval met every target; \"<\": "
                      "the interval's mean misses a target)",
                  1);
    out << "\n";
    return;
  }
  out << (shop ? "(custs/h: customers arrived, as simulated; cash.: cashiers; P(ok): share of\n"
                 " verification replications in which the interval met every target; \"<\": the\n"
                 " interval's mean misses a target)\n\n"
               : "(calls/h: offered, as simulated; P(ok): share of verification replications in\n"
                 " which the interval met every target; \"<\": the interval's mean misses a target)\n\n");
}

// Table 2: the chosen plan's KPIs with 95% half-widths.
void print_chosen(std::ostream& out, const Scenario& s, const PlanVerification& p) {
  const bool shop = s.floor.kind == FloorKind::checkout;
  out << "Plan \"" << p.plan.method << "\" verified (mean ± 95% half-width)\n";
  const bool kitchen = restaurant(s) && s.floor.restaurant.kitchen;
  out << (shop            ? "time cashiers       SL           aband         wait s      occ  P(ok)  q/ln   max\n"
          : kitchen       ? "time      w+c        SL          walked         wait s      occ  P(ok)    food s\n"
          : restaurant(s) ? "time  waiters        SL          walked         wait s      occ  P(ok)\n"
                          : "time   agents        SL           aband          ASA s      occ  P(ok)\n");
  const auto row = [&](const std::string& label, const std::string& agents, const IntervalAssessment& a) {
    const auto pm = [](const Estimate& e, double scale, const char* f) {
      return std::isnan(e.mean)
                 ? std::string("-")
                 : fmt::format(fmt::runtime(f), scale * e.mean, std::isnan(e.ci95) ? 0.0 : scale * e.ci95);
    };
    out << fmt::format("{:<5} {:>7}  {:>13} {:>13} {:>12} {:>6} {:>5}", label, agents,
                       pm(a.service_level, 100, "{:.1f}±{:.1f}%"), pm(a.abandon_rate, 100, "{:.1f}±{:.1f}%"),
                       pm(a.asa_s, 1, "{:.1f}±{:.1f}"), pm(a.occupancy, 100, "{:.0f}%"), pct(a.p_meet));
    // A checkout's lanes: queue per lane and the longest queue, what lane targets judge.
    if (shop) out << fmt::format(" {:>5} {:>5}", pm(a.mean_lane_queue, 1, "{:.1f}"), pm(a.max_lane_queue, 1, "{:.1f}"));
    if (kitchen) out << fmt::format(" {:>9}", pm(a.food_wait_s, 1, "{:.0f}±{:.0f}"));
    out << "\n";
  };
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < p.intervals.size(); ++i)
    row(clock_label(s, label_time(s, i)), staff_cell(s, p.plan, i), p.intervals[i]);
  // Daily targets hold for the day's figure: its row, and whether it meets them.
  if (s.target_set().any_daily()) {
    row("day", "", p.day);
    // A class's daily targets are judged on its own day.
    for (std::size_t c = 0; c < s.demand.size() && c < p.day.classes.size(); ++c)
      if (s.demand[c].targets.any_daily()) {
        IntervalAssessment own;
        static_cast<KpiAssessment&>(own) = p.day.classes[c];
        own.p_meet = NAN;
        row("", s.demand[c].name, own);
      }
    print_wrapped(out,
                  fmt::format("(day: every reported interval's calls together; P(ok) of the daily targets; {})",
                              p.day_missed.empty() ? "the daily targets are met" : "the day misses " + p.day_missed),
                  1);
  }
  out << "\n";
}

// The chosen plan's agents per group, on a floor whose groups differ.
void print_by_group(std::ostream& out, const Scenario& s, const PlanVerification& p) {
  const auto groups = plan_by_group(s, p.plan);
  if (groups.empty()) return;
  out << "Plan \"" << p.plan.method << "\" by group (agents on duty, verified occupancy)\ntime ";
  for (const auto& [name, counts] : groups) out << fmt::format(" {:>12.12}", name);
  out << "\n";
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < p.plan.agents.size(); ++i) {
    out << fmt::format("{:<5}", clock_label(s, label_time(s, i)));
    for (std::size_t g = 0; g < groups.size(); ++g)
      out << fmt::format(" {:>12}", fmt::format("{} {:>4}", groups[g].second.at(i), group_occupancy_text(p, i, g)));
    out << "\n";
  }
  out << "(occupancy: busy / present agent-time of the group's agents, verified mean)\n\n";
}

// Table 3, when classes have targets of their own: per plan, the intervals
// whose verified class mean misses them.
void print_class_targets(std::ostream& out, const Scenario& s, const StaffingResult& r) {
  if (!s.target_set().any_class()) return;
  out << fmt::format("Class targets: intervals whose verified mean misses them (of {})\n",
                     r.plans.front().intervals.size() - static_cast<std::size_t>(first_reported_interval(s)));
  std::string head = fmt::format("{:<14}", "class");
  for (const PlanVerification& p : r.plans) head += fmt::format(" {:>11}", p.plan.method);
  out << head << "  targets\n";
  for (std::size_t c = 0; c < s.demand.size(); ++c) {
    const Targets& t = s.demand[c].targets;
    if (!t.any()) continue;
    std::string row = fmt::format("{:<14}", s.demand[c].name);
    for (const PlanVerification& p : r.plans) row += fmt::format(" {:>11}", class_targets_cell(s, p, c));
    out << row << "  " << targets_summary(t) << "\n";
  }
  out << "\n";
}

void print_totals(std::ostream& out, const Scenario& s, const StaffingResult& r) {
  const bool daily = s.target_set().any_daily();
  const bool shop = s.floor.kind == FloorKind::checkout;
  const bool kitchen = restaurant(s) && s.floor.restaurant.kitchen;
  out << (shop            ? "method      cashier-h   paid-h"
          : kitchen       ? "method       waiter-h   cook-h   paid-h"
          : restaurant(s) ? "method       waiter-h   paid-h"
                          : "method        agent-h   paid-h")
      << (s.cost ? "       cost" : "") << "  missed  min P(ok)" << (daily ? "  day" : "") << "\n";
  for (const PlanVerification& p : r.plans)
    out << fmt::format("{:<12} {:>8.1f}", p.plan.method, p.agent_hours)
        << (kitchen ? fmt::format(" {:>8.1f}", p.cook_hours) : "") << fmt::format(" {:>8.1f}", p.paid_hours)
        << (s.cost ? fmt::format(" {:>10.0f}", p.paid_hours * s.cost->per_agent_hour) : "")
        << fmt::format("  {:>3}/{:<3} {:>7}", p.missed, p.intervals.size() - first_reported_interval(s),
                       pct(p.min_p_meet))
        << (daily ? "  " + (p.day_missed.empty() ? std::string("met") : "missed " + p.day_missed) : "") << "\n";
  if (restaurant(s))
    out << (kitchen ? "(waiter-h, cook-h: on duty x time; paid-h: both; missed: intervals whose\n"
                      " verified mean misses a target)\n"
                    : "(waiter-h: waiters on duty x time; paid-h: hours paid; missed: intervals whose\n"
                      " verified mean misses a target)\n");
  else
    out << (shop ? "(cashier-h: cashiers on duty x time, a plan's all at a till; paid-h: hours paid;\n"
                   " missed: intervals whose verified mean misses a target"
                 : "(agent-h: agents on duty x time; paid-h: hours paid, with paid breaks and shift\n"
                   " parts outside the day; missed: intervals whose verified mean misses a target")
        << (daily ? ";\n day: the daily targets, judged on the day's verified mean" : "") << ")\n";
  for (const PlanVerification& p : r.plans)
    for (const std::string& note : p.plan.notes) print_wrapped(out, "  " + p.plan.method + ": " + note, 4);
}

}  // namespace

std::size_t class_intervals_missed(const Scenario& s, const PlanVerification& p, std::size_t c) {
  if (c >= s.demand.size() || !s.demand[c].targets.any()) return 0;
  std::size_t missed = 0;
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < p.intervals.size(); ++i) {
    const IntervalKpis k = p.intervals[i].mean();
    missed += c < k.classes.size() && !meets_targets(s.demand[c].targets, k.classes[c], Judged::interval) ? 1 : 0;
  }
  return missed;
}

std::string group_occupancy_text(const PlanVerification& p, std::size_t interval, std::size_t group) {
  const std::vector<Estimate>& occupancy = p.intervals.at(interval).group_occupancy;
  if (group >= occupancy.size() || std::isnan(occupancy[group].mean)) return "-";
  return fmt::format("{:.0f}%", 100 * occupancy[group].mean);
}

std::vector<std::pair<std::string, std::vector<int>>> plan_by_group(const Scenario& s, const StaffingPlan& plan) {
  std::vector<std::pair<std::string, std::vector<int>>> out;
  if (!staffed_by_group(s) || s.staff.size() < 2) return out;
  for (const StaffGroup& g : with_staffing(s, plan.agents, plan.by_group, plan.by_rule).staff)
    out.emplace_back(g.name, g.count);
  return out;
}

std::string class_targets_cell(const Scenario& s, const PlanVerification& p, std::size_t c) {
  const Targets& t = s.demand.at(c).targets;
  std::string cell = t.per_interval().any() ? std::to_string(class_intervals_missed(s, p, c)) : "";
  if (t.any_daily()) {
    const IntervalKpis day = p.day.mean();
    const std::string missed =
        c < day.classes.size() ? missed_labels(t.daily_only(), day.classes[c], Judged::day) : std::string("?");
    cell += (cell.empty() ? "" : "; ") + (missed.empty() ? std::string("day met") : "day missed " + missed);
  }
  return cell;
}

std::string all_targets_summary(const Scenario& s) {
  std::string text = s.targets.any() ? targets_summary(s.targets) : "no target of the floor's";
  for (const Demand& d : s.demand)
    if (d.targets.any()) text += "; " + d.name + ": " + targets_summary(d.targets);
  return text;
}

void print_staffing(std::ostream& out, const Scenario& s, const StaffingResult& r) {
  out << s.name << " — staffing for " << all_targets_summary(s) << "\n";
  out << "verified with " << r.replications << " replications, seed " << r.verification_seed
      << " (the search used seed " << r.search_seed << ")\n\n";
  print_plans(out, s, r);
  if (r.shifts) print_shift_plan(out, s, r);
  print_chosen(out, s, r.plans[r.chosen]);
  print_by_group(out, s, r.plans[r.chosen]);
  print_class_targets(out, s, r);
  print_totals(out, s, r);
  if (r.search_evaluations)
    print_wrapped(out,
                  "simulation search: criterion \"" + std::string(criterion_name(r.criterion)) + "\"; " +
                      std::to_string(*r.search_evaluations) + " evaluations of " + std::to_string(r.replications) +
                      " replications with common random numbers (" + std::to_string(r.search_early_evaluations) +
                      " of them stopped after an early broken interval; " +
                      std::to_string(r.search_branched_evaluations) +
                      " branched off a run of the plan before them, from the first interval they change)",
                  2);
  out << fmt::format("{:.0f} {} simulated (search and verification)\n", r.calls_simulated,
                     s.floor.kind == FloorKind::checkout ? "customers"
                     : restaurant(s)                     ? "parties"
                                                         : "calls");
}

}  // namespace ccsim
