#include "group_text.hpp"
#include "ccsim/report/html_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"

#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/html_page.hpp"
#include "ccsim/report/html_replay.hpp"
#include "ccsim/report/overload_warning.hpp"
#include "floor_text.hpp"
#include "html_charts.hpp"

namespace ccsim {
namespace {

using namespace std::string_literals;

std::string duration(double s) {
  if (s >= 3600 && std::fmod(s, 3600) == 0) return fmt::format("{:g} h", s / 3600);
  if (s >= 60 && std::fmod(s, 60) == 0) return fmt::format("{:g} min", s / 60);
  return fmt::format("{:g} s", s);
}

std::string header(const Scenario& s, const RunSummary& summary, const Provenance& p) {
  const std::string file = html_escape(s.source_file);
  return fmt::format("<header><h1>{}</h1><p class=\"provenance\">ccsim {} · {} · seed {} · scenario file "
                     "<code>{}</code>{}</p></header>",
                     html_escape(s.name), html_escape(p.version), counted(summary.replications, "replication"), s.seed,
                     file, p.command.empty() ? "" : "<br>Reproduce with <code>" + html_escape(p.command) + "</code>");
}

std::string verdict(const Scenario& s, const RunSummary& summary) {
  std::size_t missed = 0;
  for (const IntervalSummary& i : summary.intervals)
    missed += html::missed_targets(s, i.kpis, i.floor, Judged::interval).empty() ? 0 : 1;
  const std::string day_missed = html::missed_targets(s, summary.overall, summary.floor_overall, Judged::day);
  std::string peak = "Demand is flat (no interval 10% above the mean).";
  if (const auto p = html::peak_interval(s, summary)) {
    const IntervalSummary& i = summary.intervals[*p];
    const IntervalSummary& last = summary.intervals[html::peak_end(s, summary, *p)];
    peak = fmt::format("Peak demand {}–{}: {:.1f} erlangs forecast.", clock_label(s, i.start_s),
                       clock_label(s, last.end_s), html::forecast_load_erl(s, i));
  }
  return fmt::format(
      "<p class=\"verdict\">Service level for the day <strong>{:.1f}%</strong> (answered within {:g} s), "
      "abandonment <strong>{:.2f}%</strong>{}. {} of {} intervals miss a target{}. {}</p>",
      100 * summary.overall[Kpi::service_level].mean, s.service_level_threshold_s(),
      100 * summary.overall[Kpi::abandon_rate].mean,
      day_missed.empty() ? "" : fmt::format("; the day misses <span class=\"bad\">{}</span>", day_missed), missed,
      summary.intervals.size(), missed ? " (highlighted in the table below)" : "", peak);
}

std::string classes_table(const Scenario& s, const RunSummary& summary) {
  std::string out = "<table><thead><tr><th>customer class</th><th>forecast calls</th><th>handling time</th>"
                    "<th>patience</th></tr></thead><tbody>";
  for (const Demand& d : s.demand) {
    double calls = 0;
    for (const IntervalSummary& i : summary.intervals)
      calls += d.rate_per_s.at(static_cast<std::size_t>(i.index)) * (i.end_s - i.start_s);
    out += fmt::format("<tr><th>{}</th><td class=\"num\">{:.0f}</td><td>{}</td><td>{}</td></tr>", html_escape(d.name),
                       calls, html_escape(describe_service(s, d)),
                       d.patience ? html_escape(d.patience->describe()) : "never hangs up");
  }
  return out + "</tbody></table>";
}

std::string staff_table(const Scenario& s, const RunSummary& summary) {
  std::string out = "<table><thead><tr><th>agent group</th><th>agents on duty (fewest–most)</th>"
                    "<th>agent-hours</th></tr></thead><tbody>";
  for (const StaffGroup& g : s.staff) {
    int lo = 0, hi = 0;
    double hours = 0;
    bool first = true;
    for (const IntervalSummary& i : summary.intervals) {
      const int n = g.count.at(static_cast<std::size_t>(i.index));
      lo = first ? n : std::min(lo, n), hi = first ? n : std::max(hi, n), first = false;
      hours += n * (i.end_s - i.start_s) / 3600;
    }
    out += fmt::format("<tr><th>{}</th><td class=\"num\">{}–{}</td><td class=\"num\">{:.1f}</td></tr>",
                       html_escape(g.name), lo, hi, hours);
  }
  return out + "</tbody></table>";
}

std::string scenario_section(const Scenario& s, const RunSummary& summary) {
  const std::string from = clock_label(s, summary.intervals.front().start_s);
  const std::string to = clock_label(s, summary.intervals.back().end_s);
  std::string targets;
  if (s.targets.service_level)
    targets +=
        fmt::format("{:g}% answered within {:g} s{}", 100 * s.targets.service_level->at_least,
                    s.targets.service_level->answered_within_s, s.targets.daily.service_level ? " over the day" : "");
  if (s.targets.abandonment_at_most)
    targets += fmt::format("{}abandonment at most {:g}%{}", targets.empty() ? "" : "; ",
                           100 * *s.targets.abandonment_at_most, s.targets.daily.abandonment ? " over the day" : "");
  std::string out = "<section id=\"scenario\"><h2>Scenario</h2><ul>";
  out += fmt::format("<li>Reported day {}–{}: {} intervals of {}{}.</li>", from, to, summary.intervals.size(),
                     duration(s.clock.interval_s),
                     s.warmup_s > 0 ? fmt::format(", after a warm-up of {} (not reported)", duration(s.warmup_s)) : "");
  out += fmt::format("<li>Trunk lines: {}; queue capacity: {}.</li>", s.lines ? std::to_string(*s.lines) : "unlimited",
                     s.queue_capacity ? std::to_string(*s.queue_capacity) : "unlimited");
  out += fmt::format("<li>Targets: {}.</li></ul>", targets.empty() ? "none" : targets);
  return out + classes_table(s, summary) + staff_table(s, summary) + "</section>";
}

std::string figures(const std::vector<html::Figure>& list) {
  std::string out;
  for (const html::Figure& f : list)
    out += "<figure>" + render_svg_chart(f.chart) + "<figcaption>" + html_escape(f.caption) + "</figcaption></figure>";
  return out;
}

}  // namespace

std::string html_report(const Scenario& s, const RunSummary& summary, const WaitDistribution& waits,
                        const Provenance& provenance, const std::vector<FloorEvent>* trace) {
  const std::string title = s.name + " — ccsim report";
  std::string out = header(s, summary, provenance);
  if (summary.intervals.empty()) return html_page(title, out + "<p>No reported interval.</p>");
  out += verdict(s, summary);
  if (const auto w = overload_warning(s, summary))
    out += "<p class=\"verdict bad\" id=\"overload-warning\">Warning: " + html_escape(w->message) + "</p>";
  out += scenario_section(s, summary);
  out += fmt::format("<section id=\"day\"><h2>The day</h2><p>Means over {} with 95% confidence "
                     "half-widths (Student t).</p>",
                     counted(summary.replications, "replication"));
  out += html::day_table(s, summary) + "</section>";
  out += html::class_section(s, summary);
  out += group_section(summary);
  out += "<section id=\"charts\"><h2>Over the day</h2>" + figures(html::interval_figures(s, summary)) + "</section>";
  if (trace) out += replay_section(s, *trace);
  out += "<section id=\"waits\"><h2>Waiting times</h2>" + figures(html::wait_figures(s, waits)) + "</section>";
  out += "<section id=\"intervals\"><h2>Per interval</h2><p>Means over replications. Rows that miss a target are "
         "highlighted (SL: service level below target, AB: abandonment above target"s +
         (s.targets.asa_at_most_s ? ", ASA: average speed of answer above target" : "") +
         (s.targets.occupancy_at_most ? ", OCC: occupancy above target" : "") +
         (s.targets.lane_queue_mean_at_most ? ", LQ: queue per lane above target" : "") +
         (s.targets.lane_queue_max_below ? ", MAXQ: the longest lane queue (mean of the days' longest) not below the "
                                           "standard, i.e. above it less one"
                                         : "") +
         ").</p>";
  out += html::interval_table(s, summary) + "</section>";
  out += "<footer><p class=\"provenance\">A call belongs to the interval in which it arrives; time averages "
         "(queue, agents, occupancy) to the interval in which the time passes. Generated by ccsim " +
         html_escape(provenance.version) + ".</p></footer>";
  return html_page(title, out);
}

}  // namespace ccsim
