#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "ccsim/report/sweep_report.hpp"
#include "ccsim/report/svg_chart.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "csv_field.hpp"

namespace ccsim {

bool sweep_has_classes(const Sweep& sweep) {
  if (sweep.points.empty()) return false;
  const std::size_t classes = sweep.points.front().summary.classes.size();
  for (const SweepPoint& p : sweep.points)
    if (p.summary.classes.size() != classes) return false;
  return classes >= 2;
}

void print_sweep_class_table(std::ostream& out, const Sweep& sweep) {
  if (!sweep_has_classes(sweep)) return;
  out << "\nBy customer class (day means ± 95% CI half-width)\n";
  out << fmt::format("{:>9}  {:<16} {:>15} {:>14} {:>12}\n", "value", "class", "service level", "abandoned", "ASA s");
  for (const SweepPoint& p : sweep.points)
    for (std::size_t c = 0; c < p.summary.classes.size(); ++c) {
      const KpiEstimates& k = p.summary.classes[c].overall;
      out << fmt::format("{:>9}  {:<16} {:>15} {:>14} {:>12}\n", c == 0 ? value_label(sweep, p.value) : "",
                         p.summary.classes[c].name, with_ci(k[Kpi::service_level], percent(1), CiStyle::compact),
                         with_ci(k[Kpi::abandon_rate], percent(2), CiStyle::compact),
                         with_ci(k[Kpi::asa_s], plain(1), CiStyle::compact));
    }
}

std::string sweep_classes_csv(const Sweep& sweep) {
  std::string out = "value,class,priority";
  for (Kpi kpi : class_kpis)
    fmt::format_to(std::back_inserter(out), ",{0}_mean,{0}_ci95", kpi_table()[static_cast<std::size_t>(kpi)].name);
  out += '\n';
  for (const SweepPoint& p : sweep.points)
    for (const ClassSummary& c : p.summary.classes) {
      fmt::format_to(std::back_inserter(out), "{},{},{}", exact_number(p.value), csv_field(c.name), c.priority);
      for (Kpi kpi : class_kpis)
        fmt::format_to(std::back_inserter(out), ",{},{}", exact_number(c.overall[kpi].mean),
                       exact_number(c.overall[kpi].ci95));
      out += '\n';
    }
  return out;
}

}  // namespace ccsim
