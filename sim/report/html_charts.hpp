#pragma once
// The charts and tables of report.html (private to the report layer).
#include <optional>
#include <string>
#include <vector>

#include "ccsim/report/html_report.hpp"
#include "ccsim/report/svg_chart.hpp"

namespace ccsim::html {

/// A point at x with value y, its tooltip label, and optionally a band [lo, hi].
inline ChartPoint point(double x, double y, std::string label, double lo = 0, double hi = 0) {
  ChartPoint p;
  p.x = x, p.y = y, p.lo = lo, p.hi = hi;
  p.label = std::move(label);
  return p;
}

/// An empty series with its legend name, colour and style.
inline ChartSeries series(std::string name, std::string color, ChartSeries::Style style) {
  ChartSeries s;
  s.name = std::move(name), s.color = std::move(color), s.style = style;
  return s;
}

/// A chart with the sentence that says how to read it (plain text).
struct Figure {
  ChartSpec chart;
  std::string caption;
};

/// Offered load of a reported interval in erlangs: mean offered calls × the
/// mean handling time of the interval's class mix (weighted by the classes'
/// forecast rates) / the interval's length.
double offered_load_erl(const Scenario& scenario, const IntervalSummary& interval);

/// The forecast's load of a reported interval in erlangs: the classes' rates × mean handling times.
double forecast_load_erl(const Scenario& scenario, const IntervalSummary& interval);

/// Position in summary.intervals of the forecast's busiest interval; none when
/// the forecast is flat (the busiest interval is not 10% above the mean).
std::optional<std::size_t> peak_interval(const Scenario& scenario, const RunSummary& summary);
/// The last interval of the peak's plateau: the peak interval and the
/// intervals right after it with the same forecast load.
std::size_t peak_end(const Scenario& scenario, const RunSummary& summary, std::size_t peak);

/// Which of the floor's targets the estimates miss, judged on the mean: "SL", "AB", "SL AB ASA OCC" or "".
/// An interval is not judged by targets marked daily.
/// `floor`: the floor's own KPIs (floor_kpis order) the lane-queue targets are judged on; empty on a call center.
std::string missed_targets(const Scenario& scenario, const KpiEstimates& kpis, const std::vector<Estimate>& floor,
                           Judged judged);

/// Demand vs capacity, service level, abandonment, ASA, queue: one point per
/// reported interval and series.
std::vector<Figure> interval_figures(const Scenario& scenario, const RunSummary& summary);

/// Waits of answered calls (histogram and cumulative share, T marked) and,
/// when somebody abandoned, how long abandoners held on.
std::vector<Figure> wait_figures(const Scenario& scenario, const WaitDistribution& waits);

/// The day summary (KPIs with CIs, meanings, targets) as an HTML table.
std::string day_table(const Scenario& scenario, const RunSummary& summary);

/// The per-class section (id "classes"): the day's KPIs per class (rows
/// data-class, cells data-kpi / data-mean / data-ci95) and charts of service
/// level, ASA and abandonment per class and interval (chart-class-service-level,
/// chart-class-asa, chart-class-abandonment). Empty without summary.classes.
std::string class_section(const Scenario& scenario, const RunSummary& summary);

/// One row per reported interval; rows that miss a target have class "miss".
std::string interval_table(const Scenario& scenario, const RunSummary& summary);

}  // namespace ccsim::html
