// comparison.html: what B changes against A, for a room or a manager. The
// day's table (A, B, B - A with its paired CI, B/A - 1, the unpaired CI for
// contrast), then per KPI A's and B's day side by side and the paired
// difference per interval with its band: where the CI leaves 0, B differs.
#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "ccsim/report/comparison.hpp"
#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/html_page.hpp"
#include "comparison_text.hpp"
#include "html_charts.hpp"

namespace ccsim {
namespace {

using namespace comparison_text;

struct Plot {
  const Row& row;
  const char* id;
  const char* title;
  const char* axis;  // with the unit
};

const Plot plots[] = {
    {row_of(Kpi::service_level), "service-level", "Service level", "service level (%)"},
    {row_of(Kpi::abandon_rate), "abandonment", "Abandonment", "abandoned (%)"},
    {row_of(Kpi::asa_s), "asa", "Average speed of answer", "ASA (s)"},
    {row_of(Kpi::occupancy), "occupancy", "Agent occupancy", "occupancy (%)"},
};

std::string day_table(const Comparison& c) {
  std::string out = "<table id=\"day\"><thead><tr><th></th><th>A</th><th>B</th><th>B − A [paired 95% CI]</th>"
                    "<th>B/A − 1</th><th>two unpaired runs</th></tr></thead><tbody>";
  for (const Row& r : day_rows) {
    const KpiComparison& k = c.overall[r.kpi];
    const bool differs = k.paired.ci95 > 0 && std::fabs(k.paired.mean) > k.paired.ci95;
    fmt::format_to(std::back_inserter(out),
                   "<tr data-kpi=\"{}\"><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                   "<td class=\"num{}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                   kpi_table()[static_cast<std::size_t>(r.kpi)].name, r.label, html_escape(value(k.a, r)),
                   html_escape(value(k.b, r)), differs ? " differs" : "",
                   differs ? "<strong>" + html_escape(difference(k, r)) + "</strong>" : html_escape(difference(k, r)),
                   html_escape(relative(k)), html_escape(unpaired(k, r)));
  }
  return out + "</tbody></table>";
}

// A's and B's means per interval, each with its own 95% band.
std::string both_chart(const Scenario& a, const Comparison& c, const Plot& p) {
  ChartSpec spec;
  spec.id = fmt::format("both-{}", p.id);
  spec.title = fmt::format("{}: A and B per interval", p.title);
  spec.x = interval_time_axis(a, c.intervals.front().start_s, c.intervals.back().end_s);
  spec.y.title = p.axis;
  if (p.row.scale == 100 && p.row.kpi != Kpi::abandon_rate) spec.y.max = 100;
  for (const bool is_b : {false, true}) {
    ChartSeries s = html::series(is_b ? "B, 95% CI band" : "A, 95% CI band", is_b ? "#c0561d" : "#1f5fa8",
                                 ChartSeries::Style::line);
    s.band = true;
    s.unit = p.row.scale == 100 ? "%" : p.row.unit;
    s.decimals = p.row.digits;
    for (const IntervalComparison& i : c.intervals) {
      const Estimate& e = is_b ? i[p.row.kpi].b : i[p.row.kpi].a;
      const double ci = std::isnan(e.ci95) ? 0 : e.ci95;
      s.points.push_back(html::point(chart_hours(0.5 * (i.start_s + i.end_s)), p.row.scale * e.mean,
                                     clock_label(a, i.start_s) + "–" + clock_label(a, i.end_s),
                                     p.row.scale * (e.mean - ci), p.row.scale * (e.mean + ci)));
    }
    spec.series.push_back(std::move(s));
  }
  return "<figure>" + render_svg_chart(spec) + "</figure>";
}

// B - A per interval with its paired 95% band, and the zero line.
std::string difference_chart(const Scenario& a, const Comparison& c, const Plot& p) {
  ChartSpec spec;
  spec.id = fmt::format("diff-{}", p.id);
  spec.title = fmt::format("{}: B − A per interval (paired)", p.title);
  spec.x = interval_time_axis(a, c.intervals.front().start_s, c.intervals.back().end_s);
  spec.y.title = fmt::format("B − A ({})", p.row.scale == 100 ? "percentage points" : "s");
  ChartSeries s = html::series("B − A, paired 95% CI band", "#555", ChartSeries::Style::line);
  s.band = true;
  s.unit = difference_unit(p.row);
  s.decimals = p.row.digits;
  double lo = 0, hi = 0;
  for (const IntervalComparison& i : c.intervals) {
    const Estimate& d = i[p.row.kpi].paired;
    const double ci = std::isnan(d.ci95) ? 0 : d.ci95;
    ChartPoint pt = html::point(chart_hours(0.5 * (i.start_s + i.end_s)), p.row.scale * d.mean,
                                clock_label(a, i.start_s) + "–" + clock_label(a, i.end_s), p.row.scale * (d.mean - ci),
                                p.row.scale * (d.mean + ci));
    if (!std::isnan(d.mean)) lo = std::min(lo, pt.lo), hi = std::max(hi, pt.hi);
    s.points.push_back(std::move(pt));
  }
  // A difference may be negative: the axis spans the band, with 0 inside.
  spec.y.min = lo, spec.y.max = hi > lo ? hi : lo + 1;
  const std::vector<double> ticks = nice_ticks(*spec.y.min, *spec.y.max);
  spec.y.min = ticks.front(), spec.y.max = ticks.back();
  spec.series.push_back(std::move(s));
  spec.levels.push_back(ChartLevel{0, "no difference", "#888"});
  return "<figure>" + render_svg_chart(spec) + "<figcaption>Where the band leaves the zero line, B differs from A in " +
         "that interval beyond chance (common random numbers: A and B see the same callers).</figcaption></figure>";
}

}  // namespace

std::string comparison_html(const Scenario& a, const Scenario& b, const Comparison& c, const Provenance& provenance) {
  std::string out;
  fmt::format_to(std::back_inserter(out),
                 "<header><h1>A against B</h1><p class=\"provenance\">ccsim {} · {} paired replications · seed {} · "
                 "common random numbers: A and B see the same callers{}</p></header>"
                 "<ul id=\"variants\"><li><strong>A</strong>: {} (<code>{}</code>)</li>"
                 "<li><strong>B</strong>: {} (<code>{}</code>)</li></ul>",
                 html_escape(provenance.version), c.replications, a.seed,
                 provenance.command.empty() ? ""
                                            : "<br>Reproduce with <code>" + html_escape(provenance.command) + "</code>",
                 html_escape(a.name), html_escape(a.source_file), html_escape(b.name), html_escape(b.source_file));
  fmt::format_to(std::back_inserter(out),
                 "<section id=\"the-day\"><h2>The day {}–{}</h2><p>Means; B − A estimated pair by pair with its 95% "
                 "confidence interval (in bold where it excludes 0); differences of shares are in percentage "
                 "points (pp); the last column is the half-width two independent runs would give.</p>",
                 clock_label(a, c.overall.start_s), clock_label(a, c.overall.end_s));
  out += day_table(c) + "</section>";
  if (!c.intervals.empty()) {
    out += "<section id=\"charts\"><h2>Over the day</h2>";
    for (const Plot& p : plots) out += both_chart(a, c, p) + difference_chart(a, c, p);
    out += "</section>";
  }
  return html_page("A against B — " + a.name, out);
}

}  // namespace ccsim
