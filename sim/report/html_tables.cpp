#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/html_escape.hpp"
#include "html_charts.hpp"

namespace ccsim::html {
namespace {

bool is_share(Kpi k) {
  return k == Kpi::block_rate || k == Kpi::p_wait || k == Kpi::service_level || k == Kpi::abandon_rate ||
         k == Kpi::occupancy;
}

int decimals_of(Kpi k) {
  switch (k) {
  case Kpi::abandon_rate:
  case Kpi::block_rate:
  case Kpi::mean_queue: return 2;
  default: return 1;
  }
}

// "90.4% ± 1.0%", "3.9 s ± 0.3 s", "–" where undefined.
std::string with_ci(Kpi k, const Estimate& e) {
  const bool share = is_share(k);
  const char* unit = share ? "%" : (k == Kpi::asa_s || k == Kpi::mean_wait_s) ? " s" : "";
  return ccsim::with_ci(e, ValueFormat{share ? 100.0 : 1.0, unit, decimals_of(k)}, CiStyle::spaced, "–");
}

std::string target_note(const Scenario& s, Kpi k, const Estimate& e) {
  if (k == Kpi::service_level && s.targets.service_level) {
    const double x = s.targets.service_level->at_least;
    return fmt::format("{}target ≥ {:g}%: {}", s.targets.daily.service_level ? "daily " : "", 100 * x,
                       e.mean < x ? "<strong class=\"bad\">missed</strong>" : "met");
  }
  if (k == Kpi::abandon_rate && s.targets.abandonment_at_most) {
    const double x = *s.targets.abandonment_at_most;
    return fmt::format("{}target ≤ {:g}%: {}", s.targets.daily.abandonment ? "daily " : "", 100 * x,
                       e.mean > x ? "<strong class=\"bad\">missed</strong>" : "met");
  }
  return "";
}

std::string cell(const std::string& text, bool bad = false) {
  return fmt::format("<td{}>{}</td>", bad ? " class=\"bad\"" : "", text);
}

std::string num(double v, int d) { return value_text(v, plain(d), "–"); }
std::string pct(double v, int d) { return value_text(v, percent(d), "–"); }

}  // namespace

std::string day_table(const Scenario& s, const RunSummary& summary) {
  std::string out = "<table class=\"day\"><thead><tr><th>KPI</th><th>mean ± 95% CI</th><th>meaning</th>"
                    "<th>target</th></tr></thead><tbody>";
  for (const KpiInfo& info : kpi_table()) {
    const Estimate& e = summary.overall[info.kpi];
    std::string meaning(info.meaning);
    if (info.kpi == Kpi::service_level)
      meaning = fmt::format("answered within T = {:g} s / offered", s.service_level_threshold_s());
    out += fmt::format("<tr data-kpi=\"{}\" data-mean=\"{}\" data-ci95=\"{}\"><th>{}</th><td class=\"num\">{}</td>"
                       "<td>{}</td><td>{}</td></tr>",
                       info.name, exact_number(e.mean), exact_number(e.ci95), info.name, with_ci(info.kpi, e),
                       html_escape(meaning), target_note(s, info.kpi, e));
  }
  // The floor's own KPIs (checkout, restaurant), after the common ones.
  const auto& floor = floor_kpis(s.floor);
  for (std::size_t k = 0; k < floor.size() && k < summary.floor_overall.size(); ++k) {
    const Estimate& e = summary.floor_overall[k];
    const bool share = floor[k].name.find("occupancy") != std::string_view::npos ||
                       floor[k].kpi == FloorKpi::p_wait_over_5min || floor[k].kpi == FloorKpi::over_standard ||
                       floor[k].kpi == FloorKpi::p_order_waits || floor[k].kpi == FloorKpi::cook_utilisation;
    // (With one replication the half-width is undefined: the mean alone.)
    const std::string shown = ccsim::with_ci(e, share ? percent(1) : plain(2), CiStyle::spaced, "–");
    out += fmt::format("<tr data-kpi=\"{}\" data-mean=\"{}\" data-ci95=\"{}\"><th>{}</th><td class=\"num\">{}</td>"
                       "<td>{}</td><td></td></tr>",
                       floor[k].name, exact_number(e.mean), exact_number(e.ci95), floor[k].name, shown,
                       html_escape(std::string(floor[k].meaning)));
  }
  return out + "</tbody></table>";
}

std::string interval_table(const Scenario& s, const RunSummary& summary) {
  std::string out =
      "<table class=\"intervals\"><thead><tr><th>interval</th><th>offered</th><th>load erl</th><th>agents</th>"
      "<th>SL</th><th>± CI</th><th>aband.</th><th>± CI</th><th>ASA s</th><th>occ.</th><th>queue</th><th>max</th>"
      "<th>at end</th><th>missed</th></tr></thead><tbody>";
  for (const IntervalSummary& i : summary.intervals) {
    const KpiEstimates& k = i.kpis;
    const std::string missed = missed_targets(s, k, i.floor, Judged::interval);
    const bool sl_bad = missed.find("SL") != std::string::npos, ab_bad = missed.find("AB") != std::string::npos;
    out += fmt::format("<tr{} data-index=\"{}\"><th>{}–{}</th>", missed.empty() ? "" : " class=\"miss\"", i.index,
                       clock_label(s, i.start_s), clock_label(s, i.end_s));
    out +=
        cell(num(k[Kpi::offered].mean, 1)) + cell(num(offered_load_erl(s, i), 1)) + cell(num(k[Kpi::agents].mean, 1));
    out += cell(pct(k[Kpi::service_level].mean, 1), sl_bad) + cell(pct(k[Kpi::service_level].ci95, 1));
    out += cell(pct(k[Kpi::abandon_rate].mean, 2), ab_bad) + cell(pct(k[Kpi::abandon_rate].ci95, 2));
    out += cell(num(k[Kpi::asa_s].mean, 1)) + cell(pct(k[Kpi::occupancy].mean, 1));
    out += cell(num(k[Kpi::mean_queue].mean, 2)) + cell(num(k[Kpi::max_queue].mean, 1));
    out += cell(num(k[Kpi::queue_at_end].mean, 1)) + cell(missed.empty() ? "" : "<strong>" + missed + "</strong>");
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace ccsim::html
