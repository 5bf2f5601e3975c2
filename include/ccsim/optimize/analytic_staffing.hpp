#pragma once
// SIPP staffing: each interval staffed on its own with the least agents that
// meet the targets under a stationary formula (Erlang C or Erlang A).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ccsim/optimize/daily_greedy.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

enum class AnalyticMethod {
  erlang_c,  ///< M/M/n at the interval's rate; no abandonment (the abandonment target is not used)
  erlang_a,  ///< M/M/n+M with the scenario's mean patience
  sipp_lag,  ///< Erlang A (C without patience) on rates lagged by one mean service time (Green-Kolesar-Soares)
};

/// "erlang-c", "erlang-a", "sipp-lag".
const char* method_name(AnalyticMethod method);

/// One interval's stationary load: all classes merged into one.
struct IntervalLoad {
  double rate_per_s = 0;                  ///< total arrival rate
  double mean_service_s = 0;              ///< rate-weighted mean handling time
  std::optional<double> mean_patience_s;  ///< rate-weighted over the classes with patience; absent: none abandons
};

/// The load of every interval; with `lag`, class k's rate in interval i is its
/// mean rate over [t_i - s_k, t_{i+1} - s_k] (s_k its mean service time; no
/// arrivals before the start).
std::vector<IntervalLoad> interval_loads(const Scenario& scenario, bool lag);

/// The least n in 1..cap meeting every target for `load` (0 when the rate is 0),
/// with abandonment when `with_patience` and the load has patience, and
/// `classes_met(n)` when given (the classes' own targets). Throws
/// StaffingError naming `interval_label` when cap agents are not enough.
int minimal_agents(const Scenario& scenario, const IntervalLoad& load, bool with_patience, int cap,
                   const std::string& interval_label, const std::function<bool(int)>& classes_met = {});

/// The formula of `method` on the pooled queue (all classes merged), for the
/// daily targets' greedy steps.
IntervalFormula pooled_formula(const Scenario& scenario, AnalyticMethod method);

/// The SIPP plan of `method` for every interval (cap: scenario.max_agents or a
/// bound far above any useful staffing).
StaffingPlan analytic_plan(const Scenario& scenario, AnalyticMethod method);

}  // namespace ccsim
