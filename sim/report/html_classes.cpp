#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/html_page.hpp"
#include "class_text.hpp"
#include "html_charts.hpp"

namespace ccsim::html {
namespace {

using namespace std::string_literals;

// One colour per class, in the scenario's order (cycled beyond seven).
const std::string& class_color(std::size_t c) {
  static const std::string colors[] = {"#08519c", "#d94801", "#238b45", "#6a51a3", "#b15928", "#e7298a", "#525252"};
  return colors[c % std::size(colors)];
}

std::string kpi_cell(Kpi kpi, const Estimate& e, double scale, const char* unit, int digits, bool miss = false) {
  return fmt::format("<td class=\"num{}\" data-kpi=\"{}\" data-mean=\"{}\" data-ci95=\"{}\">{}</td>",
                     miss ? " miss" : "", kpi_table()[static_cast<std::size_t>(kpi)].name, exact_number(e.mean),
                     exact_number(e.ci95), with_ci(e, ValueFormat{scale, unit, digits}, CiStyle::html, "–"));
}

bool has(const std::string& labels, const char* label) {
  return (" " + labels + " ").find(" "s + label + " ") != std::string::npos;
}

std::string class_table(const Scenario& s, const RunSummary& summary) {
  const bool own = s.target_set().any_class();
  std::string out = "<table class=\"classes\"><thead><tr><th>customer class</th><th>priority</th><th>offered</th>"
                    "<th>answered</th><th>abandoned</th><th>blocked</th><th>service level</th><th>abandonment</th>"
                    "<th>ASA</th><th>mean wait</th>"s +
                    (own ? "<th>own targets (each interval)</th>" : "") + "</tr></thead><tbody>";
  for (std::size_t index = 0; index < summary.classes.size(); ++index) {
    const ClassSummary& c = summary.classes[index];
    const KpiEstimates& k = c.overall;
    const std::string missed = class_missed(s, index, k, Judged::day);
    out += fmt::format("<tr data-class=\"{}\"><th>{}</th><td class=\"num\">{}</td>", html_escape(c.name),
                       html_escape(c.name), c.priority);
    out += kpi_cell(Kpi::offered, k[Kpi::offered], 1, "", 1) + kpi_cell(Kpi::answered, k[Kpi::answered], 1, "", 1);
    out += kpi_cell(Kpi::abandoned, k[Kpi::abandoned], 1, "", 1) + kpi_cell(Kpi::blocked, k[Kpi::blocked], 1, "", 1);
    out += kpi_cell(Kpi::service_level, k[Kpi::service_level], 100, "%", 1, has(missed, "SL"));
    out += kpi_cell(Kpi::abandon_rate, k[Kpi::abandon_rate], 100, "%", 2, has(missed, "AB"));
    out += kpi_cell(Kpi::asa_s, k[Kpi::asa_s], 1, " s", 1, has(missed, "ASA")) +
           kpi_cell(Kpi::mean_wait_s, k[Kpi::mean_wait_s], 1, " s", 1);
    if (own) {
      const Targets& t = s.demand.at(index).targets;
      // A daily target is judged on the day's figure: say how that went too.
      const std::string day = class_missed(s, index, k, Judged::day);
      const std::string daily = !t.any_daily() ? ""
                                : day.empty()  ? "; the day: met"
                                               : "; the day: <strong class=\"bad\">missed " + day + "</strong>";
      out += t.any() ? fmt::format("<td data-missed=\"{}\">{}: missed in {} of {} intervals{}</td>",
                                   class_intervals_missed(s, index, c), html_escape(targets_summary(t)),
                                   class_intervals_missed(s, index, c), c.intervals.size(), daily)
                     : "<td>–</td>";
    }
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

// One series per class: the KPI per reported interval with its 95% CI band.
ChartSeries class_series(const Scenario& s, const RunSummary& summary, std::size_t c, Kpi kpi, double scale) {
  const ClassSummary& cls = summary.classes[c];
  ChartSeries out =
      series(fmt::format("{} (priority {})", cls.name, cls.priority), class_color(c), ChartSeries::Style::line);
  out.band = true;
  for (std::size_t i = 0; i < summary.intervals.size() && i < cls.intervals.size(); ++i) {
    const IntervalSummary& at = summary.intervals[i];
    const Estimate& e = cls.intervals[i][kpi];
    const double ci = std::isnan(e.ci95) ? 0 : e.ci95;
    const double lo = std::max(0.0, scale * (e.mean - ci));
    const double hi = scale == 100 ? std::min(100.0, scale * (e.mean + ci)) : scale * (e.mean + ci);
    out.points.push_back(point(chart_hours((at.start_s + at.end_s) / 2), scale * e.mean,
                               clock_label(s, at.start_s) + "–" + clock_label(s, at.end_s), lo, hi));
  }
  return out;
}

Figure class_figure(const Scenario& s, const RunSummary& summary, Kpi kpi, std::string id, std::string title,
                    std::string y_title, std::string caption) {
  const bool share = kpi == Kpi::service_level || kpi == Kpi::abandon_rate;
  ChartSpec c;
  c.id = std::move(id), c.title = std::move(title);
  c.x = interval_time_axis(s, summary.intervals.front().start_s, summary.intervals.back().end_s);
  c.y.title = std::move(y_title);
  if (share) c.y.tick_suffix = "%"s;
  if (kpi == Kpi::service_level) c.y.min = 0, c.y.max = 100;
  for (std::size_t k = 0; k < summary.classes.size(); ++k) {
    ChartSeries one = class_series(s, summary, k, kpi, share ? 100 : 1);
    one.unit = share ? "%" : " s";
    one.decimals = kpi == Kpi::abandon_rate ? 2 : 1;
    c.series.push_back(std::move(one));
  }
  if (kpi == Kpi::service_level && s.targets.service_level)
    c.levels.push_back({100 * s.targets.service_level->at_least,
                        fmt::format("{}target {:g}%", s.targets.daily.service_level ? "daily " : "",
                                    100 * s.targets.service_level->at_least)});
  if (kpi == Kpi::abandon_rate && s.targets.abandonment_at_most)
    c.levels.push_back({100 * *s.targets.abandonment_at_most,
                        fmt::format("{}target at most {:g}%", s.targets.daily.abandonment ? "daily " : "",
                                    100 * *s.targets.abandonment_at_most)});
  // Each class's own targets, in its colour.
  for (std::size_t k = 0; k < summary.classes.size() && k < s.demand.size(); ++k) {
    const Targets& t = s.demand[k].targets;
    const std::string& name = s.demand[k].name;
    if (kpi == Kpi::service_level && t.service_level)
      c.levels.push_back({100 * t.service_level->at_least,
                          fmt::format("{}: {:g}% within {:g} s{}", name, 100 * t.service_level->at_least,
                                      t.service_level->answered_within_s, t.daily.service_level ? " (day)" : ""),
                          class_color(k)});
    if (kpi == Kpi::abandon_rate && t.abandonment_at_most)
      c.levels.push_back(
          {100 * *t.abandonment_at_most,
           fmt::format("{}: at most {:g}%{}", name, 100 * *t.abandonment_at_most, t.daily.abandonment ? " (day)" : ""),
           class_color(k)});
    if (kpi == Kpi::asa_s && t.asa_at_most_s)
      c.levels.push_back({*t.asa_at_most_s,
                          fmt::format("{}: at most {:g} s{}", name, *t.asa_at_most_s, t.daily.asa ? " (day)" : ""),
                          class_color(k)});
  }
  return {c, std::move(caption)};
}

}  // namespace

std::string class_section(const Scenario& s, const RunSummary& summary) {
  if (summary.classes.empty() || summary.intervals.empty()) return "";
  const double T = s.service_level_threshold_s();
  std::string out = fmt::format(
      "<section id=\"classes\"><h2>Per customer class</h2><p>The day's figures of each class's callers, means over "
      "{} replications with their 95% confidence half-widths (±) below. Among calls waiting for the same agents, "
      "the lower priority number is answered first (a call being answered is never interrupted). The classes' "
      "counts sum to the totals above.</p>",
      summary.replications);
  out += class_table(s, summary);
  const std::vector<Figure> list = {
      class_figure(s, summary, Kpi::service_level, "chart-class-service-level",
                   fmt::format("Service level per class (answered within {:g} s / offered{})", T, own_thresholds(s)),
                   "service level (%)",
                   "Each class's service level by the interval of the call's arrival; shaded: 95% CI band."),
      class_figure(s, summary, Kpi::asa_s, "chart-class-asa", "Average speed of answer per class", "ASA (s)",
                   "Mean wait of each class's answered calls; a class served first keeps short waits while the "
                   "others wait for it."),
      class_figure(s, summary, Kpi::abandon_rate, "chart-class-abandonment",
                   "Abandonment per class (abandoned / offered)", "abandoned (%)",
                   "Each class's callers who hung up before an agent answered.")};
  for (const Figure& f : list)
    out += "<figure>" + render_svg_chart(f.chart) + "<figcaption>" + html_escape(f.caption) + "</figcaption></figure>";
  return out + "</section>";
}

}  // namespace ccsim::html
