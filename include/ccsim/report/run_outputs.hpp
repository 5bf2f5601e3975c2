#pragma once
// The files and the terminal table of `ccsim run`.
#include <ostream>
#include <string>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// Where a run came from, so a result can be reproduced.
struct Provenance {
  std::string version;  ///< ccsim version
  std::string command;  ///< the shell command that reproduces the result (every option that changes it); "" if none
};

/// summary.json: scenario, provenance, KPI definitions, `overall` and `intervals[]`,
/// each KPI as {mean, ci95} (null where undefined); with two or more customer
/// classes, `classes[]` too (each with its `overall` and `intervals[]`).
std::string summary_json(const Scenario& scenario, const RunSummary& summary, const Provenance& provenance);

/// intervals.csv: one row per reported interval, `<kpi>_mean,<kpi>_ci95` columns.
std::string intervals_csv(const Scenario& scenario, const RunSummary& summary);

/// classes.csv, written when summary.classes is not empty (two or more
/// customer classes): one row per reported interval and class, then one per
/// class for the day (interval "day"); columns interval, start, end, class,
/// priority and `<kpi>_mean,<kpi>_ci95` for the KPIs in class_kpis. The
/// classes' counts in an interval sum to the totals in intervals.csv.
std::string classes_csv(const Scenario& scenario, const RunSummary& summary);

/// The terminal report: a per-interval table (80 columns) and the day summary
/// (then per class, when summary.classes is not empty). Intervals that miss a
/// target are marked.
void print_run_table(std::ostream& out, const Scenario& scenario, const RunSummary& summary, bool show_intervals);

}  // namespace ccsim
