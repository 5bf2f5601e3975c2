#include "ccsim/optimize/analytic_staffing.hpp"

#include <algorithm>
#include <cmath>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/optimize/interval_targets.hpp"
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
  if (!uses_patience(method) && s.targets.abandonment_at_most)
    notes.push_back("Erlang C has no abandonment: the abandonment target is not used");
  if (uses_patience(method) && some_patience && !all_patience)
    notes.push_back("patience is the rate-weighted mean of the classes that have one");
  if (uses_patience(method) && !some_patience) notes.push_back("nobody abandons: the same as Erlang C");
  if (s.demand.size() > 1)
    notes.push_back("the classes are merged into one (rates summed, handling time rate-weighted)");
  if (lagged(method)) notes.push_back("rates are lagged by one mean handling time (no arrivals before the start)");
  return notes;
}

IntervalKpis formula_kpis(const Scenario& s, const IntervalLoad& load, int n, bool with_patience) {
  analytic::MarkovQueue q;
  q.arrival_rate_per_s = load.rate_per_s;
  q.mean_service_s = load.mean_service_s;
  q.agents = n;
  if (with_patience) q.mean_patience_s = load.mean_patience_s;
  if (s.lines) q.lines = *s.lines;
  if (s.queue_capacity) q.lines = std::min(q.lines.value_or(n + *s.queue_capacity), n + *s.queue_capacity);
  q.answer_within_s = s.service_level_threshold_s();
  const analytic::QueueMetrics m = analytic::solve(q);
  return IntervalKpis{0, m.service_level, m.abandon_rate, m.asa_s, m.occupancy, 0, {}};
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

int minimal_agents(const Scenario& s, const IntervalLoad& load, bool with_patience, int cap, const std::string& label) {
  if (!(load.rate_per_s > 0)) return 0;
  const bool patience = with_patience && load.mean_patience_s.has_value();
  const double a = load.rate_per_s * load.mean_service_s;
  // Without abandonment or lines the queue needs n > a to be stable.
  int n = (!patience && !s.lines) ? static_cast<int>(std::floor(a)) + 1 : 1;
  IntervalKpis k{};
  for (; n <= cap; ++n) {
    if (s.lines && n > *s.lines)
      throw StaffingError(label + ": the targets need more agents than the " + std::to_string(*s.lines) +
                          " trunk lines; raise lines or relax the targets");
    k = formula_kpis(s, load, n, patience);
    if (meets_targets(s.targets, k)) return n;
  }
  const int last = std::max(cap, 1);
  k = formula_kpis(s, load, last, patience);
  throw StaffingError(label + ": the targets are not met with " + std::to_string(last) + " agents (" +
                      (s.max_agents ? "max_agents" : "the search bound") + "): service level " +
                      percent(k.service_level) + ", abandonment " + percent(k.abandon_rate) +
                      (s.max_agents ? "; raise max_agents or relax the targets" : "; relax the targets"));
}

namespace {

// The formulas see one pooled queue: with classes' own targets it is staffed
// for the strictest of them and the floor's (every class waits as the pool
// does under FIFO; a strict class served first waits less).
Targets pooled_targets(const Scenario& s) {
  Targets t = s.targets;
  for (const Demand& d : s.demand) {
    const Targets& c = d.targets;
    if (c.service_level && (!t.service_level || c.service_level->at_least > t.service_level->at_least ||
                            (c.service_level->at_least == t.service_level->at_least &&
                             c.service_level->answered_within_s < t.service_level->answered_within_s)))
      t.service_level = c.service_level;
    if (c.abandonment_at_most && (!t.abandonment_at_most || *c.abandonment_at_most < *t.abandonment_at_most))
      t.abandonment_at_most = c.abandonment_at_most;
    if (c.asa_at_most_s && (!t.asa_at_most_s || *c.asa_at_most_s < *t.asa_at_most_s)) t.asa_at_most_s = c.asa_at_most_s;
  }
  return t;
}

}  // namespace

StaffingPlan analytic_plan(const Scenario& scenario, AnalyticMethod method) {
  check_targets_reachable(scenario);
  Scenario s = scenario;
  s.targets = pooled_targets(scenario);
  StaffingPlan plan{method_name(method), {}, notes_for(s, method), {}};
  if (scenario.target_set().any_class())
    plan.notes.push_back("the formula staffs the pooled queue for " + targets_summary(s.targets) +
                         ", the strictest of the floor's and the classes' targets (every class waits as the pool "
                         "does under FIFO; a class served first waits less)");
  const std::vector<IntervalLoad> loads = interval_loads(s, lagged(method));
  for (std::size_t i = 0; i < loads.size(); ++i) {
    const double a = loads[i].rate_per_s * loads[i].mean_service_s;
    const int cap = s.max_agents ? *s.max_agents : default_cap(a);
    const std::string label =
        "interval " + clock_label(s, static_cast<double>(i) * s.clock.interval_s) + " (" + method_name(method) + ")";
    plan.agents.push_back(minimal_agents(s, loads[i], uses_patience(method), cap, label));
  }
  return plan;
}

}  // namespace ccsim
