#include "ccsim/optimize/analytic_staffing.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include <fmt/format.h>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/analytic/priority_waits.hpp"
#include "ccsim/optimize/agents_cap.hpp"
#include "ccsim/optimize/interval_targets.hpp"
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/daily_greedy.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim {
namespace {

// Mean rate of a piecewise-constant profile over [a, b) (0 outside the day).
double mean_rate(const std::vector<double>& rate_per_s, double interval_s, double a, double b) {
  double area = 0;
  for (std::size_t i = 0; i < rate_per_s.size(); ++i) {
    const double lo = std::max(a, static_cast<double>(i) * interval_s);
    const double hi = std::min(b, static_cast<double>(i + 1) * interval_s);
    if (hi > lo) area += rate_per_s[i] * (hi - lo);
  }
  return area / (b - a);
}

// Without a cap, staffing stops here: a + 20 sqrt(a) + 100 agents leave a
// delay probability below e^-200, so a target still missed is not reachable.
int default_cap(double load_erlangs) { return static_cast<int>(load_erlangs + 20 * std::sqrt(load_erlangs) + 100); }

std::string percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100 * x);
  return buf;
}

bool lagged(AnalyticMethod m) { return m == AnalyticMethod::sipp_lag; }
bool uses_patience(AnalyticMethod m) { return m != AnalyticMethod::erlang_c; }

std::vector<std::string> notes_for(const Scenario& s, AnalyticMethod method) {
  std::vector<std::string> notes;
  bool exponential = true, some_patience = false, all_patience = true;
  for (const Demand& d : s.demand) {
    exponential = exponential && d.service.kind() == Distribution::Kind::exponential;
    if (d.patience) exponential = exponential && d.patience->kind() == Distribution::Kind::exponential;
    some_patience = some_patience || d.patience.has_value();
    all_patience = all_patience && d.patience.has_value();
  }
  if (!exponential)
    notes.push_back("the formula assumes exponential handling times and patience; the scenario's means are used");
  bool abandonment = s.targets.abandonment_at_most.has_value();
  for (const Demand& d : s.demand) abandonment = abandonment || d.targets.abandonment_at_most;
  if (!uses_patience(method) && abandonment)
    notes.push_back("Erlang C has no abandonment: the abandonment target is not used");
  if (uses_patience(method) && some_patience && !all_patience)
    notes.push_back("patience is the rate-weighted mean of the classes that have one");
  if (uses_patience(method) && !some_patience) notes.push_back("nobody abandons: the same as Erlang C");
  if (s.demand.size() > 1)
    notes.push_back("the classes are merged into one (rates summed, handling time rate-weighted)");
  if (lagged(method)) notes.push_back("rates are lagged by one mean handling time (no arrivals before the start)");
  if (s.floor.kind == FloorKind::checkout)
    notes.push_back(
        std::string("the formula pools the lanes into one queue, every cashier at a till: a starting "
                    "point, not a bound (a queue per lane waits longer, a steadier service than "
                    "exponential less)") +
        (s.targets.lane_queue_max_below ? "; the longest lane queue is judged by the simulation only" : ""));
  return notes;
}

IntervalKpis formula_kpis(const Scenario& s, const IntervalLoad& load, int n, bool with_patience,
                          std::optional<double> answered_within_s = {}) {
  analytic::MarkovQueue q;
  q.arrival_rate_per_s = load.rate_per_s;
  q.mean_service_s = load.mean_service_s;
  q.agents = n;
  if (with_patience) q.mean_patience_s = load.mean_patience_s;
  if (s.lines) q.lines = *s.lines;
  if (s.queue_capacity) q.lines = std::min(q.lines.value_or(n + *s.queue_capacity), n + *s.queue_capacity);
  q.answer_within_s = answered_within_s.value_or(s.service_level_threshold_s());
  if (!(load.rate_per_s > 0))  // no call: nothing to judge (a daily figure skips it)
    return IntervalKpis{0, NAN, NAN, NAN, 0, 0, {}, 0, n * s.clock.interval_s};
  const analytic::QueueMetrics m = analytic::solve(q);
  // Weights for a day's figure (daily targets): the interval's calls, those answered, its agent-seconds.
  const double offered = load.rate_per_s * s.clock.interval_s;
  IntervalKpis k{offered,
                 m.service_level,
                 m.abandon_rate,
                 m.asa_s,
                 m.occupancy,
                 0,
                 {},
                 offered * std::max(0.0, 1 - m.abandon_rate - m.blocking),
                 n * s.clock.interval_s,
                 m.mean_queue * s.clock.interval_s};
  // A checkout's lanes as one pooled queue shared evenly: a lower bound on the
  // queue per lane (the maximum per lane is the simulation's to judge).
  if (s.floor.kind == FloorKind::checkout && n > 0) k.mean_lane_queue = m.mean_queue / n;
  return k;
}

}  // namespace

const char* method_name(AnalyticMethod method) {
  switch (method) {
  case AnalyticMethod::erlang_c: return "erlang-c";
  case AnalyticMethod::erlang_a: return "erlang-a";
  case AnalyticMethod::sipp_lag: return "sipp-lag";
  }
  return "?";
}

std::vector<IntervalLoad> interval_loads(const Scenario& s, bool lag) {
  const int count = s.clock.intervals();
  const double w = s.clock.interval_s;
  // Per class and interval: arrivals per second x their mean holding time.
  std::vector<std::vector<double>> work_rates;
  for (const Demand& d : s.demand) {
    std::vector<double>& wr = work_rates.emplace_back(d.rate_per_s.size());
    for (std::size_t i = 0; i < wr.size(); ++i) wr[i] = d.rate_per_s[i] * mean_holding_s(s.floor, d, i);
  }
  std::vector<IntervalLoad> loads(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    double rate = 0, work = 0, patience_rate = 0, patience_sum = 0;
    for (std::size_t c = 0; c < s.demand.size(); ++c) {
      const Demand& d = s.demand[c];
      const double shift = lag ? mean_holding_s(s.floor, d, static_cast<std::size_t>(i)) : 0;
      const double r = mean_rate(d.rate_per_s, w, i * w - shift, (i + 1) * w - shift);
      rate += r;
      // Each call holds an agent as long as its own arrival interval's AHT says.
      work += mean_rate(work_rates[c], w, i * w - shift, (i + 1) * w - shift);
      if (d.patience) {
        patience_rate += r;
        patience_sum += r * d.patience->mean();
      }
    }
    IntervalLoad& load = loads[static_cast<std::size_t>(i)];
    load.rate_per_s = rate;
    load.mean_service_s = rate > 0 ? work / rate : 0;
    if (patience_rate > 0) load.mean_patience_s = patience_sum / patience_rate;
  }
  return loads;
}

namespace {

// The cap in words: "max_agents (150)", "the groups' max_agents (12 + 6)".
std::string cap_words(const Scenario& s) {
  const std::string name = agents_cap_name(s);
  return name == "max_agents" ? name + " (" + std::to_string(*agents_cap(s)) + ")" : name;
}

}  // namespace

int minimal_agents(const Scenario& s, const IntervalLoad& load, bool with_patience, int cap, const std::string& label,
                   const std::function<bool(int)>& classes_met) {
  if (!(load.rate_per_s > 0)) return 0;
  const bool patience = with_patience && load.mean_patience_s.has_value();
  const double a = load.rate_per_s * load.mean_service_s;
  // Without abandonment or lines the queue needs n > a to be stable; a
  // checkout starts there too (the formula cannot judge its longest queue,
  // and fewer cashiers than the load leave every queue growing).
  int n = (!patience && !s.lines) || s.floor.kind == FloorKind::checkout ? static_cast<int>(std::floor(a)) + 1 : 1;
  if (n > cap && s.floor.kind == FloorKind::checkout)
    throw StaffingError(label + ": the targets need more than " + std::to_string(cap) +
                        " cashiers (the lanes, or max_agents where lower); add lanes, raise max_agents or relax the "
                        "targets");
  if (n > cap)  // (the formula is undefined there: the queue grows without end)
    throw StaffingError(
        label +
        fmt::format(": {:.1f} erlangs of work, and {} agents ({}) cannot keep the queue "
                    "from growing without end; ",
                    a, cap, agents_cap(s) ? cap_words(s) : "the search bound") +
        (agents_cap(s) ? "raise " + agents_cap_name(s) + " or relax the targets" : "relax the targets"));
  IntervalKpis k{};
  for (; n <= cap; ++n) {
    if (s.floor.kind == FloorKind::checkout && n > s.floor.checkout.lanes)
      throw StaffingError(label + ": the targets need more cashiers than the " +
                          std::to_string(s.floor.checkout.lanes) + " lanes; add lanes or relax the targets");
    if (s.lines && n > *s.lines)
      throw StaffingError(label + ": the targets need more agents than the " + std::to_string(*s.lines) +
                          " trunk lines; raise lines or relax the targets");
    k = formula_kpis(s, load, n, patience);
    if (meets_targets(s.targets, k, Judged::interval) && (!classes_met || classes_met(n))) return n;
  }
  const int last = std::max(cap, 1);
  k = formula_kpis(s, load, last, patience);
  throw StaffingError(
      label + ": the targets are not met with " + std::to_string(last) + " agents (" +
      (agents_cap(s) ? agents_cap_name(s) : "the search bound") + "): service level " + percent(k.service_level) +
      ", abandonment " + percent(k.abandon_rate) +
      (agents_cap(s) ? "; raise " + agents_cap_name(s) + " or relax the targets" : "; relax the targets"));
}

namespace {

// Cobham's formula judges the classes' own ASA targets exactly where it holds:
// Erlang C (nobody abandons) on one pooled team with unlimited lines.
bool cobham_applies(const Scenario& s, AnalyticMethod method) {
  if (method != AnalyticMethod::erlang_c || s.lines || s.queue_capacity) return false;
  bool asa = false;  // (a daily ASA target is judged on the day, by the pooled formula)
  for (const Demand& d : s.demand) asa = asa || (d.targets.asa_at_most_s && !d.targets.daily.asa && !d.route);
  for (const StaffGroup& g : s.staff) asa = asa && g.skills.empty();
  return asa;
}

// With Cobham: whether n agents meet every class's own ASA target in interval i.
bool class_asa_met(const Scenario& s, std::size_t i, const IntervalLoad& load, int n) {
  std::vector<double> rates;
  std::vector<int> priorities;
  for (const Demand& d : s.demand) rates.push_back(d.rate_per_s.at(i)), priorities.push_back(d.priority);
  if (!(load.rate_per_s > 0)) return true;
  if (load.rate_per_s * load.mean_service_s >= n) return false;
  const std::vector<double> waits = analytic::priority_mean_waits(rates, priorities, load.mean_service_s, n);
  for (std::size_t c = 0; c < s.demand.size(); ++c)
    if (const Targets& t = s.demand[c].targets; t.asa_at_most_s && !t.daily.asa && waits[c] > *t.asa_at_most_s + 1e-12)
      return false;
  return true;
}

// The targets the formulas size the pooled queue for, each set on its own at
// its own T: the floor's, and each class's (less the ASA targets Cobham's
// formula judges). The plan takes, per interval, the most agents any needs.
// One set of targets to size for, and whose they are (for messages: "" for
// the floor's, "class premium's targets").
struct TargetSizing {
  Scenario set;
  std::string whose;
};

std::vector<TargetSizing> pooled_target_sets(const Scenario& s, bool cobham) {
  std::vector<TargetSizing> sets;
  const auto add = [&](Targets t, const std::string& whose) {
    if (!t.any()) return;
    Scenario one = s;
    one.targets = std::move(t);
    sets.push_back({std::move(one), whose});
  };
  add(s.targets, "");
  for (const Demand& d : s.demand) {
    Targets own = d.targets;
    if (cobham && !own.daily.asa) own.asa_at_most_s.reset();
    add(own, "class " + d.name + "'s targets");
  }
  if (cobham) {  // no target of its own: it stands for Cobham's check of the classes' ASA
    Scenario only = s;
    only.targets = Targets{};
    sets.push_back({std::move(only), "the classes' ASA targets (Cobham)"});
  }
  return sets;
}

// Each set's daily targets: agents added where the formula says they raise the
// day's figures most, on top of what the intervals need.
void meet_daily_targets(const Scenario& s, const std::vector<IntervalLoad>& loads, AnalyticMethod method,
                        StaffingPlan& plan) {
  if (!s.target_set().any_daily()) return;
  std::vector<int> cap;
  for (const IntervalLoad& l : loads) {
    cap.push_back(agents_cap(s).value_or(default_cap(l.rate_per_s * l.mean_service_s)));
    if (s.lines) cap.back() = std::min(cap.back(), *s.lines);  // no more agents than trunk lines
    if (s.floor.kind == FloorKind::checkout) cap.back() = std::min(cap.back(), s.floor.checkout.lanes);  // nor tills
  }
  const auto first = static_cast<std::size_t>(first_reported_interval(s));
  // Below its offered load an interval's service level hardly moves with one
  // agent more (the curve is S-shaped), and a greedy step would starve it: each
  // interval starts from its load in erlangs, where the curve turns concave.
  for (std::size_t i = first; i < loads.size(); ++i)
    plan.agents[i] = std::max(
        plan.agents[i], std::min(cap[i], static_cast<int>(std::ceil(loads[i].rate_per_s * loads[i].mean_service_s))));
  int added = 0;
  const IntervalFormula formula = pooled_formula(s, method);
  // The floor's daily targets on all calls, then each class's on its own calls.
  for (int c = -1; c < static_cast<int>(s.demand.size()); ++c) {
    const Targets daily = (c < 0 ? s.targets : s.demand[static_cast<std::size_t>(c)].targets).daily_only();
    if (!daily.any()) continue;
    const DailyAdditions a = add_until_daily_met(daily, plan.agents, first, cap, formula, c);
    added += a.added;
    if (!a.met)
      throw StaffingError(std::string(c < 0 ? "the" : "class " + s.demand[static_cast<std::size_t>(c)].name + "'s") +
                          " daily targets (" + targets_summary(daily) + ") are not met with " +
                          (s.lines         ? "the " + std::to_string(*s.lines) + " trunk lines"
                           : agents_cap(s) ? cap_words(s)
                                           : "the search bound") +
                          " in every interval (" + method_name(method) + "); relax the targets" +
                          (s.lines         ? " or raise lines"
                           : agents_cap(s) ? " or raise " + agents_cap_name(s)
                                           : ""));
  }
  plan.notes.push_back("daily targets: from the least agents each interval needs (its own targets, and at least its "
                       "offered load in erlangs), " +
                       std::to_string(added) +
                       " agent-intervals added one at a time where the formula says they raise the day's figure "
                       "most (greedy marginal analysis)");
}

}  // namespace

namespace {

// Meeting a daily target in every interval meets it for the day too: where
// that is cheaper than the greedy plan (a loose target), it is the plan.
StaffingPlan cheaper_per_interval(const Scenario& s, AnalyticMethod method, StaffingPlan plan) {
  if (!s.target_set().any_daily()) return plan;
  Scenario strict = s;
  strict.targets.daily = {};
  for (Demand& d : strict.demand) d.targets.daily = {};
  try {
    StaffingPlan each = analytic_plan(strict, method);
    long greedy = 0, per_interval = 0;
    for (std::size_t i = 0; i < plan.agents.size(); ++i) greedy += plan.agents[i], per_interval += each.agents[i];
    if (per_interval >= greedy) return plan;
    each.notes.push_back("daily targets: met in every interval, which is cheaper here than the greedy plan (" +
                         std::to_string(greedy) + " agent-intervals against " + std::to_string(per_interval) +
                         ") and meets the day too");
    return each;
  } catch (const StaffingError&) {
    return plan;  // every interval cannot meet it: the greedy plan stands
  }
}

}  // namespace

IntervalFormula pooled_formula(const Scenario& s, AnalyticMethod method) {
  return [s, method, loads = interval_loads(s, lagged(method))](std::size_t i, int n, double answered_within_s,
                                                                int demand_class) {
    IntervalKpis k = formula_kpis(s, loads.at(i), n, uses_patience(method) && loads.at(i).mean_patience_s.has_value(),
                                  answered_within_s);
    if (demand_class >= 0) {  // the pooled queue's figures, weighted by the class's own calls
      double all = 0;
      for (const Demand& d : s.demand) all += d.rate_per_s.at(i);
      const double share = all > 0 ? s.demand.at(static_cast<std::size_t>(demand_class)).rate_per_s.at(i) / all : 0;
      k.offered *= share;
      k.answered *= share;
    }
    return k;
  };
}

StaffingPlan analytic_plan(const Scenario& s, AnalyticMethod method) {
  check_targets_reachable(s);
  const bool cobham = cobham_applies(s, method);
  const bool classes = s.target_set().any_class();
  StaffingPlan plan{method_name(method), {}, notes_for(s, method), {}};
  if (classes)
    plan.notes.push_back("the formula sizes the pooled queue for each set of targets on its own (the floor's and "
                         "each class's, at its own T) and takes the most agents; a class served after others "
                         "waits longer than the pool, so the verification judges each class on its own calls");
  if (cobham)
    plan.notes.push_back("the classes' own ASA targets by Cobham's formula (M/M/n, non-preemptive priority, one "
                         "service rate: the classes' rate-weighted mean)");
  const std::vector<TargetSizing> sets =
      classes ? pooled_target_sets(s, cobham) : std::vector<TargetSizing>{TargetSizing{s, ""}};
  const std::vector<IntervalLoad> loads = interval_loads(s, lagged(method));
  for (std::size_t i = 0; i < loads.size(); ++i) {
    const double a = loads[i].rate_per_s * loads[i].mean_service_s;
    const int cap = agents_cap(s).value_or(default_cap(a));
    const std::string label =
        "interval " + clock_label(s, static_cast<double>(i) * s.clock.interval_s) + " (" + method_name(method) + ")";
    int n = 0;
    for (const auto& [set, whose] : sets) {
      const bool with_cobham = cobham && !set.targets.any();  // the set that stands for Cobham's check
      n = std::max(
          n, minimal_agents(set, loads[i], uses_patience(method), cap, whose.empty() ? label : label + ", " + whose,
                            [&](int agents) { return !with_cobham || class_asa_met(s, i, loads[i], agents); }));
    }
    plan.agents.push_back(n);
  }
  meet_daily_targets(s, loads, method, plan);
  return cheaper_per_interval(s, method, std::move(plan));
}

}  // namespace ccsim
