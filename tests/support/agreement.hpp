#pragma once
// Simulated-versus-exact comparison for the statistical validation tests.
//
// Each KPI's day value is computed per replication; the replications are
// independent, so their mean has standard error s/sqrt(R). A KPI agrees when
// |mean - exact| <= t(99.9%, R-1) * SE: with a correct simulator a single
// check fails with probability 0.1%, and the seeds are fixed so every run of
// the suite is the same run.
#include <cmath>
#include <cstdio>
#include <string>

#include <catch2/catch.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/report/run_summary.hpp"
#include "test_scenarios.hpp"

namespace ccsim::test {

inline constexpr double agreement_confidence = 0.999;

/// The scenario whose exact answer is `q`: `intervals` intervals of `interval_s`,
/// the first `warmup_intervals` not counted.
inline Scenario scenario_for(const analytic::MarkovQueue& q, int intervals, double interval_s, int warmup_intervals,
                             int replications, std::uint64_t seed) {
  Scenario s = stationary_scenario(q.arrival_rate_per_s, q.mean_service_s, q.agents, q.mean_patience_s, intervals,
                                   interval_s, warmup_intervals, replications, seed);
  s.lines = q.lines;
  s.targets.service_level = ServiceLevelTarget{q.answer_within_s, 0.8};
  return s;
}

/// Checks one estimate over replications against its exact value: |mean -
/// exact| <= t(99.9%) SE; `max_relative_ci` (when > 0) also asserts the run
/// was long enough for the comparison to mean something (CI half-width vs the value).
inline void check_estimate(const Estimate& e, double exact, const std::string& name, double max_relative_ci = 0) {
  const int df = e.n - 1;
  const double se = e.ci95 / student_t_quantile(0.95, df);
  const double tolerance = student_t_quantile(agreement_confidence, df) * se;
  INFO(name << ": simulated " << e.mean << " +- " << e.ci95 << " (95%), exact " << exact << ", |diff| "
            << std::fabs(e.mean - exact) << " = " << std::fabs(e.mean - exact) / se << " SE, tolerance " << tolerance);
  CHECK(std::fabs(e.mean - exact) <= tolerance);
  if (max_relative_ci > 0) CHECK(e.ci95 <= max_relative_ci * std::fabs(exact));
}

/// Checks one KPI of the day (see check_estimate).
inline void check_kpi(const RunSummary& run, Kpi kpi, double exact, double max_relative_ci = 0) {
  check_estimate(run.overall[kpi], exact, std::string(kpi_table()[static_cast<std::size_t>(kpi)].name),
                 max_relative_ci);
}

/// Simulates the queue and checks every KPI the exact model defines.
inline void check_agreement(const Scenario& s, const analytic::MarkovQueue& q);

inline void check_agreement(const analytic::MarkovQueue& q, int intervals, double interval_s, int replications,
                            std::uint64_t seed) {
  check_agreement(scenario_for(q, intervals, interval_s, 1, replications, seed), q);
}

/// Simulates `s`, a scenario whose totals must behave like the queue `q`, and
/// checks every KPI the exact model defines.
inline void check_agreement(const Scenario& s, const analytic::MarkovQueue& q) {
  const analytic::QueueMetrics exact = analytic::solve(q);
  const RunSummary run = summarize(s, run_replications(s));
  // Print the figures so the validation table can be read from the log.
  const auto& o = run.overall;
  std::printf("n=%d a=%.2f patience=%s lines=%s: offered/rep %.0f\n", q.agents, q.arrival_rate_per_s * q.mean_service_s,
              q.mean_patience_s ? std::to_string(*q.mean_patience_s).c_str() : "none",
              q.lines ? std::to_string(*q.lines).c_str() : "none", o[Kpi::offered].mean);
  const struct {
    Kpi kpi;
    double exact;
  } rows[] = {{Kpi::block_rate, exact.blocking},         {Kpi::p_wait, exact.p_wait},
              {Kpi::service_level, exact.service_level}, {Kpi::asa_s, exact.asa_s},
              {Kpi::mean_wait_s, exact.mean_wait_s},     {Kpi::abandon_rate, exact.abandon_rate},
              {Kpi::occupancy, exact.occupancy},         {Kpi::mean_queue, exact.mean_queue}};
  for (const auto& row : rows) {
    const Estimate& e = o[row.kpi];
    std::printf("  %-14s exact %12.6g  simulated %12.6g +- %-10.3g (%.2f SE)\n",
                std::string(kpi_table()[static_cast<std::size_t>(row.kpi)].name).c_str(), row.exact, e.mean, e.ci95,
                e.ci95 > 0 ? std::fabs(e.mean - row.exact) / (e.ci95 / student_t_quantile(0.95, e.n - 1)) : 0.0);
    check_kpi(run, row.kpi, row.exact);
  }
  // Power: the run must resolve the main figures to a few percent, else the
  // agreement above would be easy.
  CHECK(o[Kpi::occupancy].ci95 <= 0.02 * exact.occupancy);
  if (exact.p_wait > 0.05) CHECK(o[Kpi::p_wait].ci95 <= 0.05 * exact.p_wait);
}

}  // namespace ccsim::test
