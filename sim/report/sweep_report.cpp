#include "ccsim/report/sweep_report.hpp"

#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/html_page.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/svg_chart.hpp"
#include "ccsim/scenario/floor_descriptor.hpp"

namespace ccsim {
namespace {

struct Plot {
  Kpi kpi;
  const char* id;
  const char* title;
  const char* axis;
  double scale;  // 100 for shares shown as percent
  const char* color;
};

constexpr Plot plots[] = {
    {Kpi::service_level, "sweep-service-level", "Service level", "service level (%)", 100, "#1f5fa8"},
    {Kpi::abandon_rate, "sweep-abandonment", "Abandonment", "abandoned (%)", 100, "#c0561d"},
    {Kpi::asa_s, "sweep-asa", "Average speed of answer", "ASA (s)", 1, "#6a4fb3"},
    {Kpi::occupancy, "sweep-occupancy", "Agent occupancy", "occupancy (%)", 100, "#2e7d32"},
};

std::string chart(const Scenario& base, const Sweep& sweep, const Plot& p) {
  ChartSpec spec;
  spec.id = p.id;
  spec.title = fmt::format("{} against {}", p.title, sweep.key);
  spec.x.title = sweep.key;
  spec.x.tick_suffix = sweep.unit;
  spec.y.title = p.axis;
  // Service level and occupancy on their whole 0-100% range; abandonment (a
  // few percent) on its own, or a 0.7-15% curve would look flat.
  if (p.scale == 100 && p.kpi != Kpi::abandon_rate) spec.y.max = 100;
  ChartSeries s;
  s.name = fmt::format("{}, 95% CI band", p.title);
  s.color = p.color;
  s.band = true;
  s.unit = p.scale == 100 ? "%" : " s";
  for (const SweepPoint& point : sweep.points) {
    const Estimate& e = point.summary.overall[p.kpi];
    const double ci = std::isnan(e.ci95) ? 0 : e.ci95;
    ChartPoint pt;
    pt.x = point.value;
    pt.y = p.scale * e.mean;
    pt.lo = p.scale * (e.mean - ci);
    pt.hi = p.scale * (e.mean + ci);
    pt.label = value_label(sweep, point.value);
    s.points.push_back(std::move(pt));
  }
  spec.series.push_back(std::move(s));
  if (p.kpi == Kpi::service_level && base.targets.service_level)
    spec.levels.push_back(ChartLevel{100 * base.targets.service_level->at_least,
                                     fmt::format("target {:g}%", 100 * base.targets.service_level->at_least)});
  if (p.kpi == Kpi::abandon_rate && base.targets.abandonment_at_most)
    spec.levels.push_back(ChartLevel{100 * *base.targets.abandonment_at_most,
                                     fmt::format("target at most {:g}%", 100 * *base.targets.abandonment_at_most)});
  return "<figure>" + render_svg_chart(spec) + "</figure>";
}

// What each value costs: the agent-hours scheduled (as `ccsim staff` counts
// them), times the hourly cost when the scenario gives one.
double cost_of(const Scenario& base, const SweepPoint& point) {
  return point.scheduled_hours * (base.cost ? base.cost->per_agent_hour : 1.0);
}

// The other half of the hockey stick: service gets better, staffing gets dearer.
std::string cost_chart(const Scenario& base, const Sweep& sweep) {
  ChartSpec spec;
  spec.id = "sweep-cost";
  spec.title = fmt::format("{} against {}", base.cost ? "Staffing cost" : "Agent-hours", sweep.key);
  spec.x.title = sweep.key;
  spec.x.tick_suffix = sweep.unit;
  spec.y.title = base.cost ? fmt::format("cost (scheduled agent-hours × {:g})", base.cost->per_agent_hour)
                           : "agent-hours scheduled";
  ChartSeries s;
  s.name = base.cost ? "staffing cost" : "agent-hours scheduled";
  s.color = "#555";
  s.unit = base.cost ? "" : " h";
  for (const SweepPoint& point : sweep.points) {
    ChartPoint pt;
    pt.x = point.value;
    pt.y = cost_of(base, point);
    pt.label = value_label(sweep, point.value);
    s.points.push_back(std::move(pt));
  }
  spec.series.push_back(std::move(s));
  return "<figure>" + render_svg_chart(spec) + "</figure>";
}

}  // namespace

std::string value_label(const Sweep& sweep, double value) { return exact_number(value) + sweep.unit; }

void print_sweep_table(std::ostream& out, const Scenario& base, const Sweep& sweep) {
  const int reps = sweep.points.empty() ? 0 : sweep.points.front().summary.replications;
  out << fmt::format("{} — sweep of {}, {} per value, seed {} (common random numbers)\n\n", base.name, sweep.key,
                     counted(reps, "replication"), base.seed);
  out << fmt::format("{:>9} {:>15} {:>14} {:>12} {:>14} {:>9}\n", "value", "service level", "abandoned", "ASA s",
                     "occupancy", base.cost ? "cost" : "agent-h");
  for (const SweepPoint& p : sweep.points) {
    const KpiEstimates& k = p.summary.overall;
    out << fmt::format("{:>9} {:>15} {:>14} {:>12} {:>14} {:>9.{}f}\n", value_label(sweep, p.value),
                       with_ci(k[Kpi::service_level], percent(1), CiStyle::compact),
                       with_ci(k[Kpi::abandon_rate], percent(2), CiStyle::compact),
                       with_ci(k[Kpi::asa_s], plain(1), CiStyle::compact),
                       with_ci(k[Kpi::occupancy], percent(1), CiStyle::compact), cost_of(base, p), base.cost ? 0 : 1);
  }
  out << "(day means ± 95% CI half-width over replications; "
      << (base.cost ? fmt::format("cost = scheduled agent-hours × {:g}", base.cost->per_agent_hour)
                    : "agent-h = agent-hours scheduled, absent agents included");
  out << ")\n";
}

std::string sweep_csv(const Scenario& base, const Sweep& sweep) {
  std::string out = "value,agent_hours,cost";
  for (const KpiInfo& info : kpi_table()) fmt::format_to(std::back_inserter(out), ",{0}_mean,{0}_ci95", info.name);
  // A checkout's or restaurant's own KPIs follow (walk-aways' revenue, lanes, tables, kitchen).
  const auto& floor = floor_kpis(base.floor);
  for (const FloorKpiInfo& info : floor) fmt::format_to(std::back_inserter(out), ",{0}_mean,{0}_ci95", info.name);
  out += '\n';
  for (const SweepPoint& p : sweep.points) {
    fmt::format_to(std::back_inserter(out), "{},{},{}", exact_number(p.value), exact_number(p.scheduled_hours),
                   base.cost ? exact_number(cost_of(base, p)) : "");
    for (const KpiInfo& info : kpi_table()) {
      const Estimate& e = p.summary.overall[info.kpi];
      fmt::format_to(std::back_inserter(out), ",{},{}", exact_number(e.mean), exact_number(e.ci95));
    }
    for (std::size_t k = 0; k < floor.size(); ++k) {
      const Estimate& e = k < p.summary.floor_overall.size() ? p.summary.floor_overall[k] : Estimate{NAN, NAN, 0};
      fmt::format_to(std::back_inserter(out), ",{},{}", exact_number(e.mean), exact_number(e.ci95));
    }
    out += '\n';
  }
  return out;
}

std::string sweep_html(const Scenario& base, const Sweep& sweep, const Provenance& provenance) {
  const int reps = sweep.points.empty() ? 0 : sweep.points.front().summary.replications;
  std::string out;
  fmt::format_to(
      std::back_inserter(out),
      "<h1>{}: what if {} changes?</h1><p class=\"provenance\">ccsim {} · {} per value · "
      "seed {} · common random numbers: every value sees the same callers · scenario file <code>{}</code>{}</p>",
      html_escape(base.name), html_escape(sweep.key), html_escape(provenance.version), counted(reps, "replication"),
      base.seed, html_escape(base.source_file),
      provenance.command.empty() ? "" : "<br>Reproduce with <code>" + html_escape(provenance.command) + "</code>");
  for (const Plot& p : plots) out += chart(base, sweep, p);
  out += cost_chart(base, sweep);
  return html_page(base.name + " — sweep of " + sweep.key, out);
}

}  // namespace ccsim
