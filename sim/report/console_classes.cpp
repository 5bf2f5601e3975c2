#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"
#include "class_text.hpp"
#include "target_verdict.hpp"

namespace ccsim {
namespace {

// The target without its daily mark: the verdict after it says "for the day".
Targets undated(Targets t) {
  t.daily = {};
  return t;
}

// Each class's own targets, held per interval: the day and the intervals missed.
void print_class_targets(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  bool any = false;
  for (std::size_t c = 0; c < summary.classes.size() && c < s.demand.size(); ++c) {
    const Targets& t = s.demand[c].targets;
    if (!t.any()) continue;
    if (!any)
      out << (s.target_set().any_daily() ? "  class targets (each interval; \"for the day\": the day's figure):\n"
                                         : "  class targets (each interval):\n");
    any = true;
    const ClassSummary& cls = summary.classes[c];
    const KpiEstimates& k = cls.overall;
    std::string name = cls.name;
    const auto line = [&](const Targets& target, Kpi kpi, double value, bool at_least, const std::string& day) {
      out << fmt::format(
          "  {:<16} {:<32} day {}{}\n", name, targets_summary(undated(target)), day,
          target_verdict(k[kpi].mean, means_of(cls.intervals, kpi), value, at_least, target.daily.any()));
      name.clear();  // the class once
    };
    // Each target on its own line, written as everywhere else (targets_summary).
    if (t.service_level)
      line(Targets{t.service_level, {}, {}, {}, {t.daily.service_level}}, Kpi::service_level, t.service_level->at_least,
           true, mean_text(k[Kpi::service_level], percent(1)));
    if (t.abandonment_at_most)
      line(Targets{{}, t.abandonment_at_most, {}, {}, {false, t.daily.abandonment}}, Kpi::abandon_rate,
           *t.abandonment_at_most, false, mean_text(k[Kpi::abandon_rate], percent(2)));
    if (t.asa_at_most_s)
      line(Targets{{}, {}, t.asa_at_most_s, {}, {false, false, t.daily.asa}}, Kpi::asa_s, *t.asa_at_most_s, false,
           mean_text(k[Kpi::asa_s], seconds(1)));
  }
}

}  // namespace

void print_class_table(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  if (summary.classes.empty()) return;
  out << fmt::format("\nBy customer class (day, mean ± 95% CI half-width; SL within {:g} s / offered{})\n",
                     s.service_level_threshold_s(), own_thresholds(s));
  out << fmt::format("  {:<16} {:>15} {:>15} {:>14} {:>14}\n", "class", "offered", "answered", "abandoned", "blocked");
  for (const ClassSummary& c : summary.classes) {
    const KpiEstimates& k = c.overall;
    out << fmt::format("  {:<16} {:>15} {:>15} {:>14} {:>14}\n", c.name, with_ci(k[Kpi::offered], plain(1)),
                       with_ci(k[Kpi::answered], plain(1)), with_ci(k[Kpi::abandoned], plain(1)),
                       with_ci(k[Kpi::blocked], plain(1)));
  }
  out << fmt::format("  {:<16} {:>4} {:>13} {:>15} {:>12} {:>12}\n", "class", "prio", "SL", "abandonment", "ASA s",
                     "mean wait s");
  for (const ClassSummary& c : summary.classes) {
    const KpiEstimates& k = c.overall;
    out << fmt::format("  {:<16} {:>4} {:>13} {:>15} {:>12} {:>12}\n", c.name, c.priority,
                       with_ci(k[Kpi::service_level], percent(1)), with_ci(k[Kpi::abandon_rate], percent(2)),
                       with_ci(k[Kpi::asa_s], plain(1)), with_ci(k[Kpi::mean_wait_s], plain(1)));
  }
  print_class_targets(out, s, summary);
  out << "  (per interval and class: classes.csv, summary.json and report.html with --out)\n";
}

}  // namespace ccsim
