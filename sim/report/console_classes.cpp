#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"
#include "class_text.hpp"

namespace ccsim {

void print_class_table(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  if (summary.classes.empty()) return;
  out << fmt::format("\nBy customer class (day, mean ± 95% CI half-width; SL within {:g} s / offered)\n",
                     s.service_level_threshold_s());
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
  out << "  (per interval and class: classes.csv, summary.json and report.html with --out)\n";
}

}  // namespace ccsim
