#pragma once
// report.html: one self-contained page (inline CSS and SVG, no network) with
// the scenario, the run's provenance, charts and tables; with a trace, the
// replay of replication 1 (its one script).
#include <string>
#include <vector>

#include "ccsim/model/floor_event.hpp"

#include "ccsim/report/run_outputs.hpp"
#include "ccsim/report/wait_distribution.hpp"

namespace ccsim {

/// The whole page. Charts (SVG ids): chart-demand, chart-service-level,
/// chart-abandonment, chart-asa, chart-queue, chart-waits and, when somebody
/// abandoned, chart-abandon-waits; with per-class summaries, the section
/// "classes" adds chart-class-service-level, chart-class-asa and
/// chart-class-abandonment. Every data point carries data-series,
/// data-x and data-value; interval charts have one point per reported interval
/// and series. Text from the scenario is HTML-escaped. With `trace` (the
/// events of replication 1), the section "replay" (html_replay.hpp) follows
/// the day's charts.
std::string html_report(const Scenario& scenario, const RunSummary& summary, const WaitDistribution& waits,
                        const Provenance& provenance, const std::vector<FloorEvent>* trace = nullptr);

}  // namespace ccsim
