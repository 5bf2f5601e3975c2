#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "class_text.hpp"

namespace ccsim {
namespace {

// "301.2 ± 5.1", "98.1% ± 0.3%"; "-" where undefined.
std::string value(const Estimate& e, double scale, const char* unit, int digits) {
  if (std::isnan(e.mean)) return "-";
  if (std::isnan(e.ci95)) return fmt::format("{:.{}f}{}", scale * e.mean, digits, unit);
  return fmt::format("{:.{}f}{} ± {:.{}f}{}", scale * e.mean, digits, unit, scale * e.ci95, digits, unit);
}

}  // namespace

void print_class_table(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  if (summary.classes.empty()) return;
  out << fmt::format("\nBy customer class (day, mean ± 95% CI half-width; SL within {:g} s / offered)\n",
                     s.service_level_threshold_s());
  out << fmt::format("  {:<16} {:>15} {:>15} {:>14} {:>14}\n", "class", "offered", "answered", "abandoned", "blocked");
  for (const ClassSummary& c : summary.classes) {
    const KpiEstimates& k = c.overall;
    out << fmt::format("  {:<16} {:>15} {:>15} {:>14} {:>14}\n", c.name, value(k[Kpi::offered], 1, "", 1),
                       value(k[Kpi::answered], 1, "", 1), value(k[Kpi::abandoned], 1, "", 1),
                       value(k[Kpi::blocked], 1, "", 1));
  }
  out << fmt::format("  {:<16} {:>4} {:>13} {:>15} {:>12} {:>12}\n", "class", "prio", "SL", "abandonment", "ASA s",
                     "mean wait s");
  for (const ClassSummary& c : summary.classes) {
    const KpiEstimates& k = c.overall;
    out << fmt::format("  {:<16} {:>4} {:>13} {:>15} {:>12} {:>12}\n", c.name, c.priority,
                       value(k[Kpi::service_level], 100, "%", 1), value(k[Kpi::abandon_rate], 100, "%", 2),
                       value(k[Kpi::asa_s], 1, "", 1), value(k[Kpi::mean_wait_s], 1, "", 1));
  }
  out << "  (per interval and class: classes.csv, summary.json and report.html with --out)\n";
}

}  // namespace ccsim
