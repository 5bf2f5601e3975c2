#include "html_charts.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/html_page.hpp"

namespace ccsim::html {
namespace {

// std::string literals: assigning a char pointer trips a false -Wrestrict in g++ 12.
using namespace std::string_literals;

double hours(double t_s) { return chart_hours(t_s); }

std::string interval_label(const Scenario& s, const IntervalSummary& i) {
  return clock_label(s, i.start_s) + "–" + clock_label(s, i.end_s);
}

ChartAxis time_axis(const Scenario& s, const RunSummary& summary) {
  if (summary.intervals.empty()) return interval_time_axis(s, 0, 0);
  return interval_time_axis(s, summary.intervals.front().start_s, summary.intervals.back().end_s);
}

ChartSeries kpi_series(const Scenario& s, const RunSummary& summary, Kpi kpi, double scale, bool band) {
  ChartSeries out;
  out.band = band;
  for (const IntervalSummary& i : summary.intervals) {
    const Estimate& e = i.kpis[kpi];
    const double ci = std::isnan(e.ci95) ? 0 : e.ci95;
    const double lo = std::max(0.0, scale * (e.mean - ci));
    const double hi = scale == 100 ? std::min(100.0, scale * (e.mean + ci)) : scale * (e.mean + ci);
    out.points.push_back(point(hours((i.start_s + i.end_s) / 2), scale * e.mean, interval_label(s, i), lo, hi));
  }
  return out;
}

ChartSeries styled(ChartSeries s, std::string name, std::string color, ChartSeries::Style style, std::string unit,
                   int decimals) {
  s.name = std::move(name);
  s.color = std::move(color);
  s.style = style;
  s.unit = std::move(unit);
  s.decimals = decimals;
  return s;
}

ChartSpec interval_chart(const Scenario& s, const RunSummary& summary, std::string id, std::string title,
                         std::string y_title) {
  ChartSpec c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.x = time_axis(s, summary);
  c.y.title = std::move(y_title);
  return c;
}

// Marks the forecast's peak on an interval chart, when the forecast has one.
void mark_peak(ChartSpec& c, const Scenario& s, const RunSummary& summary) {
  const std::optional<std::size_t> peak = peak_interval(s, summary);
  if (!peak) return;
  // A plateau is one peak: from its first interval to its last.
  const IntervalSummary& p = summary.intervals[*peak];
  const IntervalSummary& q = summary.intervals[peak_end(s, summary, *peak)];
  c.markers.push_back(ChartMarker{hours((p.start_s + q.end_s) / 2),
                                  "peak demand " + clock_label(s, p.start_s) + "–" + clock_label(s, q.end_s), "#555"});
}

Figure demand_figure(const Scenario& s, const RunSummary& summary) {
  ChartSpec c = interval_chart(s, summary, "chart-demand", "Demand vs capacity", "erlangs / agents");
  ChartSeries load = styled(ChartSeries(), "offered load (erlangs)", "#9ecae1", ChartSeries::Style::bars, " erl", 1);
  const double width = hours(s.clock.interval_s);
  load.bar_width = width;
  for (const IntervalSummary& i : summary.intervals)
    load.points.push_back(point(hours((i.start_s + i.end_s) / 2), offered_load_erl(s, i), interval_label(s, i)));
  ChartSeries agents = styled(kpi_series(s, summary, Kpi::agents, 1, false), "agents staffed (time average)", "#08306b",
                              ChartSeries::Style::step, " agents", 1);
  agents.bar_width = width;
  c.series = {load, agents};
  mark_peak(c, s, summary);
  return {c, "Offered load = offered calls × mean handling time / interval length: the agents that would be busy "
             "all the time. Where the bars reach the line, every agent is needed just to keep up; any less and "
             "the queue grows."};
}

Figure service_level_figure(const Scenario& s, const RunSummary& summary) {
  const double T = s.service_level_threshold_s();
  ChartSpec c = interval_chart(s, summary, "chart-service-level",
                               fmt::format("Service level per interval (answered within {:g} s / offered)", T),
                               "service level (%)");
  c.y.min = 0, c.y.max = 100, c.y.tick_suffix = "%"s;
  c.series = {styled(kpi_series(s, summary, Kpi::service_level, 100, true), "service level, 95% CI band", "#2171b5",
                     ChartSeries::Style::line, "%", 1)};
  if (s.targets.service_level)
    c.levels.push_back({100 * s.targets.service_level->at_least,
                        fmt::format("{}target {:g}%", s.targets.daily.service_level ? "daily " : "",
                                    100 * s.targets.service_level->at_least)});
  mark_peak(c, s, summary);
  return {c, "The shaded band is the 95% confidence interval over replications. Intervals below the dashed "
             "target line miss it."};
}

Figure abandonment_figure(const Scenario& s, const RunSummary& summary) {
  ChartSpec c = interval_chart(s, summary, "chart-abandonment", "Abandonment per interval (abandoned / offered)",
                               "abandoned (%)");
  c.y.tick_suffix = "%"s;
  c.series = {styled(kpi_series(s, summary, Kpi::abandon_rate, 100, true), "abandonment, 95% CI band", "#d94801",
                     ChartSeries::Style::line, "%", 2)};
  if (s.targets.abandonment_at_most)
    c.levels.push_back({100 * *s.targets.abandonment_at_most,
                        fmt::format("{}target at most {:g}%", s.targets.daily.abandonment ? "daily " : "",
                                    100 * *s.targets.abandonment_at_most)});
  mark_peak(c, s, summary);
  return {c, "Callers who hung up before an agent answered, by the interval of their arrival. Above the dashed "
             "line, the target is missed."};
}

Figure asa_figure(const Scenario& s, const RunSummary& summary) {
  ChartSpec c = interval_chart(s, summary, "chart-asa", "Average speed of answer per interval", "ASA (s)");
  c.series = {styled(kpi_series(s, summary, Kpi::asa_s, 1, true), "ASA, 95% CI band", "#6a51a3",
                     ChartSeries::Style::line, " s", 1)};
  mark_peak(c, s, summary);
  return {c, "Mean wait of the answered calls that arrived in the interval."};
}

Figure queue_figure(const Scenario& s, const RunSummary& summary) {
  ChartSpec c = interval_chart(s, summary, "chart-queue", "Queue over the day", "callers waiting");
  c.series = {styled(kpi_series(s, summary, Kpi::mean_queue, 1, true), "time average, 95% CI band", "#238b45",
                     ChartSeries::Style::line, "", 2),
              styled(kpi_series(s, summary, Kpi::max_queue, 1, false), "maximum in the interval", "#74c476",
                     ChartSeries::Style::line, "", 1),
              styled(kpi_series(s, summary, Kpi::queue_at_end, 1, false), "waiting at the interval's end", "#00441b",
                     ChartSeries::Style::dots, "", 1)};
  c.series[1].dashed = true;
  mark_peak(c, s, summary);
  return {c, "Callers on hold (means over replications). Compare with the peak of demand: a queue built at the "
             "peak takes time to drain."};
}

}  // namespace

double offered_load_erl(const Scenario& s, const IntervalSummary& interval) {
  double rate = 0, work = 0;
  for (const Demand& d : s.demand) {
    const double r = d.rate_per_s.at(static_cast<std::size_t>(interval.index));
    rate += r;
    work += r * mean_holding_s(s.floor, d, static_cast<std::size_t>(interval.index));
  }
  const double offered = interval.kpis[Kpi::offered].mean;
  if (rate <= 0) return 0;  // no forecast demand: nobody arrives either
  return offered * (work / rate) / (interval.end_s - interval.start_s);
}

double forecast_load_erl(const Scenario& s, const IntervalSummary& interval) {
  return ccsim::forecast_load_erl(s, static_cast<std::size_t>(interval.index));
}

std::optional<std::size_t> peak_interval(const Scenario& s, const RunSummary& summary) {
  if (summary.intervals.empty()) return std::nullopt;
  std::size_t best = 0;
  double sum = 0;
  for (std::size_t i = 0; i < summary.intervals.size(); ++i) {
    sum += forecast_load_erl(s, summary.intervals[i]);
    if (forecast_load_erl(s, summary.intervals[i]) > forecast_load_erl(s, summary.intervals[best])) best = i;
  }
  // A flat forecast has no peak worth marking (the busiest interval would be noise).
  const double mean = sum / static_cast<double>(summary.intervals.size());
  if (!(forecast_load_erl(s, summary.intervals[best]) > 1.1 * mean)) return std::nullopt;
  return best;
}

std::size_t peak_end(const Scenario& s, const RunSummary& summary, std::size_t peak) {
  const double top = forecast_load_erl(s, summary.intervals[peak]);
  std::size_t last = peak;
  while (last + 1 < summary.intervals.size() && forecast_load_erl(s, summary.intervals[last + 1]) == top) ++last;
  return last;
}

std::string missed_targets(const Scenario& s, const KpiEstimates& k, const std::vector<Estimate>& floor,
                           Judged judged) {
  TargetedValues v{k[Kpi::service_level].mean, k[Kpi::abandon_rate].mean, k[Kpi::asa_s].mean, k[Kpi::occupancy].mean};
  const auto& table = floor_kpis(s.floor);
  for (std::size_t i = 0; i < table.size() && i < floor.size(); ++i) {
    if (table[i].kpi == FloorKpi::mean_queue_per_lane) v.mean_lane_queue = floor[i].mean;
    if (table[i].kpi == FloorKpi::max_lane_queue) v.max_lane_queue = floor[i].mean;
    if (table[i].kpi == FloorKpi::seated_to_food_s) v.food_wait_s = floor[i].mean;
  }
  return missed_labels(s.targets, v, judged);
}

std::vector<Figure> interval_figures(const Scenario& s, const RunSummary& summary) {
  if (summary.intervals.empty()) return {};
  return {demand_figure(s, summary), service_level_figure(s, summary), abandonment_figure(s, summary),
          asa_figure(s, summary), queue_figure(s, summary)};
}

}  // namespace ccsim::html
