#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "html_charts.hpp"

namespace ccsim::html {
namespace {

// std::string literals: assigning a char pointer trips a false -Wrestrict in g++ 12.
using namespace std::string_literals;

template <class Histogram>
double total(const Histogram& h) {
  return std::accumulate(h.count.begin(), h.count.end(), 0.0);
}

// Upper edge of the last non-empty finite bin, rounded up to a whole `round_s`,
// at least `at_least_s`: the x range that shows every observed wait.
template <class Histogram>
double x_range_s(const Histogram& h, double at_least_s, double round_s) {
  std::size_t last = 0;
  for (std::size_t k = 0; k + 1 < Histogram::size; ++k)
    if (h.count[k] > 0) last = k;
  const double edge = static_cast<double>(last) * Histogram::width_s;
  const double max_s = Histogram::bins * Histogram::width_s;
  return std::min(max_s, std::max(at_least_s, std::ceil(edge / round_s - 1e-9) * round_s));
}

// Ticks every 5, 10, 15, 30, 60 or 120 s: at most 13 over [0, x_max].
std::vector<ChartTick> seconds_ticks(double x_max_s) {
  double step = 120;
  for (const double candidate : {5.0, 10.0, 15.0, 30.0, 60.0, 120.0})
    if (x_max_s / candidate <= 12) {
      step = candidate;
      break;
    }
  std::vector<ChartTick> out;
  for (double t = 0; t <= x_max_s + 1e-9; t += step) out.push_back({t, fmt::format("{:g}", t)});
  return out;
}

std::string bin_label(double lo_s, double hi_s) { return fmt::format("wait {:g}–{:g} s", lo_s, hi_s); }

// Bars of the finite bins up to x_max, as % of the total, each carrying its count.
template <class Histogram>
ChartSeries bars(const Histogram& h, double x_max_s, std::string name, std::string color) {
  ChartSeries s = series(std::move(name), std::move(color), ChartSeries::Style::bars);
  s.bar_width = Histogram::width_s, s.unit = "%"s, s.decimals = 2;
  const double n = total(h);
  for (std::size_t k = 1; k + 1 < Histogram::size && Histogram::upper_edge_s(k) <= x_max_s + 1e-9; ++k) {
    const double hi = Histogram::upper_edge_s(k), lo = hi - Histogram::width_s;
    s.points.push_back(point((lo + hi) / 2, n > 0 ? 100 * h.count[k] / n : 0, bin_label(lo, hi)));
  }
  return s;
}

ChartSeries no_wait_bar(double count, double n, double width_s) {
  ChartSeries s = series("answered at once (0 s)", "#2ca25f", ChartSeries::Style::bars);
  s.bar_width = width_s, s.unit = "%"s, s.decimals = 2;
  s.points.push_back(point(-width_s / 2, n > 0 ? 100 * count / n : 0, "no wait"));
  return s;
}

ChartSeries cumulative(const AnsweredWaits& h, double x_max_s) {
  ChartSeries s = series("answered within x (cumulative)", "#08519c", ChartSeries::Style::line);
  s.unit = "%"s, s.decimals = 1;
  const double n = total(h);
  double sum = 0;
  for (std::size_t k = 0; k + 1 < AnsweredWaits::size && AnsweredWaits::upper_edge_s(k) <= x_max_s + 1e-9; ++k) {
    sum += h.count[k];
    s.points.push_back(point(AnsweredWaits::upper_edge_s(k), n > 0 ? 100 * sum / n : 0,
                             fmt::format("wait <= {:g} s", AnsweredWaits::upper_edge_s(k))));
  }
  return s;
}

// Attaches each bar's mean count per day (data-count), so a reader can check the totals.
template <class Histogram>
void attach_counts(ChartSeries& s, const Histogram& h, std::size_t first_bin) {
  for (std::size_t j = 0; j < s.points.size(); ++j) {
    s.points[j].count = h.count[first_bin + j];
    s.points[j].note = fmt::format(" ({:.1f} calls a day)", h.count[first_bin + j]);
  }
}

Figure answered_waits_figure(const Scenario& sc, const AnsweredWaits& h) {
  const double T = sc.service_level_threshold_s(), n = total(h), w = AnsweredWaits::width_s;
  const double x_max = x_range_s(h, std::max(60.0, T + 10), 30);
  ChartSpec c;
  c.id = "chart-waits"s;
  c.title = "How long answered callers waited (whole day)"s;
  c.x.title = "wait before an agent answered (s)"s;
  c.x.min = -w, c.x.max = x_max, c.x.ticks = seconds_ticks(x_max);
  c.y.title = "share of answered calls (%)"s;
  c.y.min = 0, c.y.max = 100, c.y.tick_suffix = "%"s;
  c.series = {no_wait_bar(h.count[0], n, w), bars(h, x_max, "waited, per 5 s bin", "#6baed6"), cumulative(h, x_max)};
  attach_counts(c.series[0], h, 0);
  attach_counts(c.series[1], h, 1);
  double within = 0;
  for (std::size_t k = 0; k + 1 < AnsweredWaits::size && AnsweredWaits::upper_edge_s(k) <= T + 1e-9; ++k)
    within += h.count[k];
  const double edge = std::floor(T / w + 1e-9) * w;
  c.markers.push_back({T, fmt::format("T = {:g} s", T), "#c0392b"});
  std::string caption = fmt::format(
      "Mean over replications of the day's answered calls ({:.0f} a day). {:.1f}% of them waited at most {:g} s{}", n,
      n > 0 ? 100 * within / n : 0, edge, edge == T ? " (the service level threshold T)." : ".");
  const double over = h.count[AnsweredWaits::size - 1];
  if (over > 0) caption += fmt::format(" {:.2f}% waited over 10 min (not drawn).", 100 * over / n);
  return {c, caption};
}

Figure abandoned_waits_figure(const AbandonedWaits& h) {
  const double n = total(h);
  const double x_max = x_range_s(h, 60, 30);
  ChartSpec c;
  c.id = "chart-abandon-waits"s;
  c.title = "How long callers who abandoned held on (whole day)"s;
  c.x.title = "time on hold before hanging up (s)"s;
  c.x.min = 0, c.x.max = x_max, c.x.ticks = seconds_ticks(x_max);
  c.y.title = "share of abandoners (%)"s;
  c.y.tick_suffix = "%"s;
  c.series = {bars(h, x_max, "abandoned, per 10 s bin", "#fd8d3c")};
  attach_counts(c.series[0], h, 1);
  std::string caption = fmt::format("Mean over replications of the day's abandoners ({:.0f} a day).", n);
  if (h.count[0] > 0) caption += fmt::format(" {:.2f}% hung up at once (not drawn).", 100 * h.count[0] / n);
  const double over = h.count[AbandonedWaits::size - 1];
  if (over > 0) caption += fmt::format(" {:.2f}% held on over 5 min (not drawn).", 100 * over / n);
  return {c, caption};
}

}  // namespace

std::vector<Figure> wait_figures(const Scenario& scenario, const WaitDistribution& waits) {
  std::vector<Figure> out{answered_waits_figure(scenario, waits.answered)};
  if (total(waits.abandoned) > 0) out.push_back(abandoned_waits_figure(waits.abandoned));
  return out;
}

}  // namespace ccsim::html
