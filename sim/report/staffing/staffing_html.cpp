// report.html of `ccsim staff`: the plans side by side against the forecast
// load, their verified P(meet target) and service level per interval, misses
// highlighted, with the scenario's targets and the run's provenance.
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/staffing_report.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/html_page.hpp"
#include "ccsim/report/run_summary.hpp"
#include "shift_report.hpp"

namespace ccsim {

using namespace std::string_literals;
namespace {

std::string method_color(const std::string& method) {
  if (method == "erlang-c") return "#6a51a3";
  if (method == "erlang-a") return "#2171b5";
  if (method == "sipp-lag") return "#41ab5d";
  if (method == "simulation") return "#d94801";
  return "#8c510a";
}

// Reported intervals: those after the warm-up.
struct Span {
  std::size_t first, end;
};
Span reported(const Scenario& s, const StaffingResult& r) {
  return {static_cast<std::size_t>(first_reported_interval(s)), r.plans.front().plan.agents.size()};
}

double start_of(const Scenario& s, std::size_t i) { return static_cast<double>(i) * s.clock.interval_s; }
double middle_of(const Scenario& s, std::size_t i) { return chart_hours(start_of(s, i) + s.clock.interval_s / 2); }
std::string label_of(const Scenario& s, std::size_t i) {
  return clock_label(s, start_of(s, i)) + "–" + clock_label(s, start_of(s, i) + s.clock.interval_s);
}

ChartSpec interval_chart(const Scenario& s, const StaffingResult& r, std::string id, std::string title) {
  const Span span = reported(s, r);
  ChartSpec c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.x = interval_time_axis(s, start_of(s, span.first), start_of(s, span.end));
  return c;
}

ChartSeries series_of(std::string name, std::string color, ChartSeries::Style style, std::string unit) {
  ChartSeries out;
  out.name = std::move(name), out.color = std::move(color), out.style = style, out.unit = std::move(unit);
  return out;
}

ChartPoint point_at(const Scenario& s, std::size_t i, double y, double lo = 0, double hi = 0) {
  ChartPoint p;
  p.x = middle_of(s, i), p.y = y, p.lo = lo, p.hi = hi, p.label = label_of(s, i);
  return p;
}

std::string figure(const ChartSpec& chart, const std::string& caption) {
  return "<figure>" + render_svg_chart(chart) + "<figcaption>" + html_escape(caption) + "</figcaption></figure>";
}

std::string plans_figure(const Scenario& s, const StaffingResult& r) {
  const Span span = reported(s, r);
  const bool restaurant = s.floor.kind == FloorKind::restaurant;
  ChartSpec c = interval_chart(s, r, "chart-plans",
                               restaurant ? "Waiters per interval, each method, against the tables' forecast load"
                                          : "Agents per interval, each method, against the forecast load");
  c.y.title = restaurant ? "erlangs (tables) / waiters" : "erlangs / agents";
  ChartSeries load = series_of("forecast load (erlangs)", "#c6dbef", ChartSeries::Style::bars, " erl");
  load.bar_width = chart_hours(s.clock.interval_s);
  for (std::size_t i = span.first; i < span.end; ++i) load.points.push_back(point_at(s, i, forecast_load_erl(s, i)));
  c.series.push_back(load);
  for (const PlanVerification& p : r.plans) {
    ChartSeries plan = series_of(p.plan.method, method_color(p.plan.method), ChartSeries::Style::step, " agents");
    plan.bar_width = load.bar_width, plan.decimals = 0;
    for (std::size_t i = span.first; i < span.end; ++i) plan.points.push_back(point_at(s, i, p.plan.agents[i]));
    c.series.push_back(plan);
  }
  if (restaurant)
    return figure(c, "Forecast load = parties per second × (meal + preparation): the tables that would be occupied "
                     "all the time. Each line is one method's waiters (each serves tables_per_waiter tables at "
                     "once); the cooks are charted below.");
  return figure(c, "Forecast load = calls per second × mean handling time: the agents that would be busy all the "
                   "time. Each line is one method's plan; the gap above the bars is what it adds for waiting-time "
                   "targets.");
}

// A restaurant with a kitchen: each method's cooks against the kitchen's load
// (orders, one per party, times the mean preparation time).
std::string cooks_figure(const Scenario& s, const StaffingResult& r) {
  const std::optional<Kitchen>& kitchen = s.floor.restaurant.kitchen;
  if (s.floor.kind != FloorKind::restaurant || !kitchen) return "";
  const Span span = reported(s, r);
  ChartSpec c = interval_chart(s, r, "chart-cooks", "Cooks per interval, each method, against the kitchen's load");
  c.y.title = "erlangs (orders) / cooks";
  ChartSeries load = series_of("kitchen load (erlangs)", "#fdd0a2", ChartSeries::Style::bars, " erl");
  load.bar_width = chart_hours(s.clock.interval_s);
  for (std::size_t i = span.first; i < span.end; ++i) {
    double parties_per_s = 0;
    for (const Demand& d : s.demand) parties_per_s += d.rate_per_s.at(i);
    load.points.push_back(point_at(s, i, parties_per_s * kitchen->per_order.mean()));
  }
  c.series.push_back(load);
  for (const PlanVerification& p : r.plans) {
    if (p.plan.cooks.empty()) continue;
    ChartSeries plan = series_of(p.plan.method, method_color(p.plan.method), ChartSeries::Style::step, " cooks");
    plan.bar_width = load.bar_width, plan.decimals = 0;
    for (std::size_t i = span.first; i < span.end; ++i) plan.points.push_back(point_at(s, i, p.plan.cooks[i]));
    c.series.push_back(plan);
  }
  return figure(c, "Kitchen load = parties arriving per second × mean preparation time (one order per party): the "
                   "cooks that would be busy all the time were every party seated on arrival. Each line is one "
                   "method's cooks. Where the tables are full, orders come only as tables free up, so a plan may "
                   "have fewer cooks than this load.");
}

std::string p_meet_figure(const Scenario& s, const StaffingResult& r) {
  const Span span = reported(s, r);
  ChartSpec c = interval_chart(s, r, "chart-p-meet", "P(meet target) per interval, verified on fresh seeds");
  c.y.title = "replications meeting every target (%)", c.y.min = 0, c.y.max = 100;
  c.y.tick_suffix = "%"s;  // a std::string: GCC 12 warns wrongly (-Wrestrict) on assigning a one-letter literal
  for (const PlanVerification& p : r.plans) {
    ChartSeries line = series_of(p.plan.method, method_color(p.plan.method), ChartSeries::Style::line, "%");
    line.decimals = 0;
    for (std::size_t i = span.first; i < span.end; ++i)
      line.points.push_back(point_at(s, i, 100 * p.intervals[i].p_meet));
    c.series.push_back(line);
  }
  c.levels.push_back({50, "half of the days", "#999"});
  return figure(c, fmt::format("Share of the {} verification replications (seeds never used by the search) in which "
                               "the interval met every target. Below the grey line, the interval misses on most "
                               "days.",
                               r.replications));
}

std::string service_level_figure(const Scenario& s, const StaffingResult& r) {
  if (!s.targets.service_level) return "";
  const Span span = reported(s, r);
  const ServiceLevelTarget& t = *s.targets.service_level;
  ChartSpec c = interval_chart(
      s, r, "chart-plan-service-level",
      fmt::format("Service level per interval (answered within {:g} s / offered), verified", t.answered_within_s));
  c.y.title = "service level (%)", c.y.min = 0, c.y.max = 100, c.y.tick_suffix = "%"s;
  for (const PlanVerification& p : r.plans) {
    // One band only (the chosen plan's): several overlapping bands read as noise.
    const bool chosen = &p == &r.plans[r.chosen];
    ChartSeries line = series_of(p.plan.method + (chosen ? ", 95% CI band" : ""), method_color(p.plan.method),
                                 ChartSeries::Style::line, "%");
    line.band = chosen;
    for (std::size_t i = span.first; i < span.end; ++i) {
      const Estimate& e = p.intervals[i].service_level;
      const double ci = std::isnan(e.ci95) ? 0 : e.ci95;
      line.points.push_back(
          point_at(s, i, 100 * e.mean, std::max(0.0, 100 * (e.mean - ci)), std::min(100.0, 100 * (e.mean + ci))));
    }
    c.series.push_back(line);
  }
  const bool daily = s.targets.daily.service_level;  // judged on the day: an interval below it misses nothing
  c.levels.push_back({100 * t.at_least, fmt::format("{}target {:g}%", daily ? "daily " : "", 100 * t.at_least)});
  return figure(c, std::string("Means over the verification replications; the band is the chosen plan's 95% "
                               "confidence interval. ") +
                       (daily ? "The target holds for the day's figure (methods table), not each interval's: "
                                "intervals below the dashed line are carried by the others."
                              : "Below the dashed line, a plan misses the target in that interval."));
}

// A restaurant's plans staff waiters and, with a kitchen, cooks: their hours apart.
bool with_kitchen(const Scenario& s) {
  return s.floor.kind == FloorKind::restaurant && s.floor.restaurant.kitchen.has_value();
}

std::string methods_table(const Scenario& s, const StaffingResult& r) {
  const bool kitchen = with_kitchen(s);
  std::string out =
      "<table id=\"methods\"><thead><tr><th>method</th>"s +
      (s.floor.kind == FloorKind::restaurant ? "<th>waiter-hours on duty</th>" : "<th>agent-hours on duty</th>") +
      (kitchen ? "<th>cook-hours on duty</th>" : "") + "<th>paid hours</th>";
  if (s.cost) out += "<th>cost</th>";
  const bool daily = s.target_set().any_daily();
  out += "<th>intervals missed (mean)</th><th>of which significantly</th><th>lowest P(meet)</th>"s +
         (daily ? "<th>the day (daily targets)</th>" : "") + "</tr></thead><tbody>";
  const int reported_intervals = static_cast<int>(reported(s, r).end - reported(s, r).first);
  for (const PlanVerification& p : r.plans) {
    out += fmt::format(
        "<tr data-method=\"{}\"{}><th>{}</th><td class=\"num\">{:.1f}</td>{}<td class=\"num\">{:.1f}</td>",
        html_escape(p.plan.method), p.missed ? " class=\"miss\"" : "", html_escape(p.plan.method), p.agent_hours,
        kitchen ? fmt::format("<td class=\"num\">{:.1f}</td>", p.cook_hours) : "", p.paid_hours);
    if (s.cost) out += fmt::format("<td class=\"num\">{:.0f}</td>", p.paid_hours * s.cost->per_agent_hour);
    out += fmt::format("<td class=\"num\">{} of {}</td><td class=\"num\">{}</td><td class=\"num\">{:.0f}%</td>",
                       p.missed, reported_intervals, p.significantly_missed, 100 * p.min_p_meet);
    // The day's figure, the one daily targets are judged on.
    if (daily)
      out += fmt::format("<td{}>SL {}, aband. {}, ASA {}: {}</td>", p.day_missed.empty() ? "" : " class=\"bad\"",
                         with_ci(p.day.service_level, percent(1)), with_ci(p.day.abandon_rate, percent(2)),
                         with_ci(p.day.asa_s, seconds(1)),
                         p.day_missed.empty() ? "met" : "missed " + html_escape(p.day_missed));
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

std::string interval_table(const Scenario& s, const StaffingResult& r) {
  const Span span = reported(s, r);
  std::string out = "<table class=\"intervals\" id=\"plans\"><thead><tr><th rowspan=\"2\">from</th>"
                    "<th rowspan=\"2\">forecast erl</th>";
  std::string sub;
  for (const PlanVerification& p : r.plans) {
    out += "<th colspan=\"4\">" + html_escape(p.plan.method) + "</th>";
    sub += std::string("<th>") +
           (s.floor.kind == FloorKind::checkout      ? "cashiers"
            : s.floor.kind == FloorKind::call_center ? "agents"
            : s.floor.restaurant.kitchen             ? "waiters+cooks"
                                                     : "waiters") +
           "</th><th>SL</th><th>aband.</th><th>P(meet)</th>";
  }
  out += "</tr><tr>" + sub + "</tr></thead><tbody>";
  for (std::size_t i = span.first; i < span.end; ++i) {
    out += fmt::format("<tr data-index=\"{}\"><th>{}</th><td>{:.1f}</td>", i,
                       html_escape(clock_label(s, start_of(s, i))), forecast_load_erl(s, i));
    for (const PlanVerification& p : r.plans) {
      // The agents cell marks a plan that misses anything here (its title says what); the SL and
      // abandonment cells only when that KPI is the one that misses.
      const IntervalAssessment& a = p.intervals[i];
      const IntervalKpis mean = a.mean();
      const std::string floor = missed_labels(s.targets, mean, Judged::interval);
      std::string labels = floor;
      for (std::size_t c = 0; c < mean.classes.size() && c < s.demand.size(); ++c) {
        const std::string own = missed_labels(s.demand[c].targets, mean.classes[c], Judged::interval);
        if (!own.empty()) labels += (labels.empty() ? "" : " ") + s.demand[c].name + ": " + own;
      }
      const auto mark = [](bool miss) { return miss ? std::string(" class=\"miss\"") : std::string(); };
      const auto has = [&floor](const char* label) {
        return (" " + floor + " ").find(std::string(" ") + label + " ") != std::string::npos;
      };
      out += fmt::format(
          "<td{}{}>{}</td><td{}>{}</td><td{}>{}</td><td>{:.0f}%</td>", mark(!labels.empty()),
          labels.empty() ? "" : " title=\"misses " + html_escape(labels) + "\"", staff_cell(s, p.plan, i),
          mark(has("SL")), std::isnan(a.service_level.mean) ? "–" : fmt::format("{:.1f}%", 100 * a.service_level.mean),
          mark(has("AB")), std::isnan(a.abandon_rate.mean) ? "–" : fmt::format("{:.2f}%", 100 * a.abandon_rate.mean),
          100 * a.p_meet);
    }
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

std::string notes_list(const StaffingResult& r) {
  std::string out = "<ul>";
  for (const PlanVerification& p : r.plans)
    for (const std::string& note : p.plan.notes)
      out += "<li><strong>" + html_escape(p.plan.method) + "</strong>: " + html_escape(note) + "</li>";
  return out + "</ul>";
}

// When classes have targets of their own: per plan, the intervals whose verified class mean misses them.
std::string class_targets_table(const Scenario& s, const StaffingResult& r) {
  if (!s.target_set().any_class()) return "";
  std::string out = "<table id=\"class-targets\"><thead><tr><th>class</th><th>own targets</th>";
  for (const PlanVerification& p : r.plans) out += "<th>" + html_escape(p.plan.method) + "</th>";
  out += "</tr></thead><tbody>";
  for (std::size_t c = 0; c < s.demand.size(); ++c) {
    if (!s.demand[c].targets.any()) continue;
    out += fmt::format("<tr data-class=\"{0}\"><th>{0}</th><td>{1}</td>", html_escape(s.demand[c].name),
                       html_escape(targets_summary(s.demand[c].targets)));
    for (const PlanVerification& p : r.plans) {
      const std::size_t missed = class_intervals_missed(s, p, c);
      const std::string cell = class_targets_cell(s, p, c);
      out += fmt::format("<td class=\"num{}\" data-missed=\"{}\">{}</td>",
                         missed || cell.find("missed") != std::string::npos ? " miss" : "", missed, html_escape(cell));
    }
    out += "</tr>";
  }
  return out + "</tbody></table><p>Intervals whose verified mean of the class misses its own targets (each class "
               "judged on its own calls, its service level within its own T).</p>";
}

// The chosen plan's agents per group and interval, on a floor whose groups differ.
std::string by_group_table(const Scenario& s, const StaffingResult& r) {
  const PlanVerification& p = r.plans[r.chosen];
  const auto groups = plan_by_group(s, p.plan);
  if (groups.empty()) return "";
  std::string out =
      "<h3>The " + html_escape(p.plan.method) + " plan by group</h3><table id=\"by-group\"><thead><tr><th>from</th>";
  for (const auto& [name, counts] : groups) out += "<th>" + html_escape(name) + "</th>";
  out += "</tr></thead><tbody>";
  const Span span = reported(s, r);
  for (std::size_t i = span.first; i < span.end; ++i) {
    out += "<tr><th>" + html_escape(clock_label(s, start_of(s, i))) + "</th>";
    for (std::size_t g = 0; g < groups.size(); ++g)
      out += fmt::format("<td class=\"num\">{} <span class=\"occ\">{}</span></td>", groups[g].second.at(i),
                         html_escape(group_occupancy_text(p, i, g)));
    out += "</tr>";
  }
  return out + "</tbody></table><p>Each cell: the group's agents on duty and its verified occupancy (busy / "
               "present agent-time, mean over the verification replications).</p>";
}

// " The day meets the daily targets." or what it misses; "" without daily targets.
std::string day_verdict(const Scenario& s, const PlanVerification& p) {
  if (!s.target_set().any_daily()) return "";
  return p.day_missed.empty() ? " The day meets the daily targets."
                              : " The day misses the daily targets: " + html_escape(p.day_missed) + ".";
}

}  // namespace

std::string staffing_html(const Scenario& s, const StaffingResult& r, const std::string& version) {
  const std::string file = html_escape(s.source_file);
  std::string body = fmt::format(
      "<header><h1>Staffing: {}</h1><p class=\"provenance\">ccsim {} · {} verification replications · search "
      "seed {} · verification seed {} · scenario file <code>{}</code><br>Reproduce with <code>{}</code></p></header>",
      html_escape(s.name), html_escape(version), r.replications, r.search_seed, r.verification_seed, file,
      html_escape(r.command));
  const PlanVerification& chosen = r.plans[r.chosen];
  const std::string hours =
      s.floor.kind != FloorKind::restaurant ? fmt::format("{:.1f} agent-hours", chosen.agent_hours)
      : with_kitchen(s)
          ? fmt::format("{:.1f} waiter-hours and {:.1f} cook-hours", chosen.agent_hours, chosen.cook_hours)
          : fmt::format("{:.1f} waiter-hours", chosen.agent_hours);
  body += fmt::format("<p class=\"verdict\">Targets{}: {}. The chosen plan, <strong>{}</strong>, needs "
                      "{} and misses the target on average in {} interval(s).{}</p>",
                      s.target_set().any_daily() ? "" : " per interval", html_escape(all_targets_summary(s)),
                      html_escape(r.plans[r.chosen].plan.method), hours, r.plans[r.chosen].missed,
                      day_verdict(s, r.plans[r.chosen]));
  body += "<section id=\"methods-section\"><h2>Methods</h2>" + methods_table(s, r) + class_targets_table(s, r) +
          notes_list(r) + "</section>";
  body += "<section id=\"charts\"><h2>Over the day</h2>" + plans_figure(s, r) + cooks_figure(s, r) +
          p_meet_figure(s, r) + service_level_figure(s, r) + "</section>";
  body += "<section id=\"intervals\"><h2>Per interval</h2><p>Verified means. A plan's agents are highlighted "
          "where it misses a target in the interval (hover for which), its service level or abandonment where "
          "that is the target missed.</p>" +
          interval_table(s, r) + by_group_table(s, r) + "</section>";
  if (r.shifts) body += "<section id=\"roster-section\"><h2>Roster</h2>" + roster_html(s, r) + "</section>";
  body += fmt::format("<footer><p class=\"provenance\">{:.0f} calls simulated (search and "
                      "verification). Generated by ccsim {}.</p></footer>",
                      r.calls_simulated, html_escape(version));
  return html_page("Staffing: " + s.name + " — ccsim", body);
}

}  // namespace ccsim
