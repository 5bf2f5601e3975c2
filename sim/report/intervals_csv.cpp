#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "ccsim/report/run_outputs.hpp"

namespace ccsim {

std::string intervals_csv(const Scenario& scenario, const RunSummary& summary) {
  std::string out = "interval,start,end";
  for (const KpiInfo& info : kpi_table()) out += fmt::format(",{0}_mean,{0}_ci95", info.name);
  const auto& floor = floor_kpis(scenario.floor);  // the floor's own KPIs (none on a call center)
  for (const FloorKpiInfo& info : floor) out += fmt::format(",{0}_mean,{0}_ci95", info.name);
  out += '\n';
  const auto cell = [](double v) { return std::isnan(v) ? std::string() : fmt::format("{}", v); };
  for (const IntervalSummary& i : summary.intervals) {
    out += fmt::format("{},{},{}", i.index, clock_label(scenario, i.start_s), clock_label(scenario, i.end_s));
    for (const KpiInfo& info : kpi_table())
      fmt::format_to(std::back_inserter(out), ",{},{}", cell(i.kpis[info.kpi].mean), cell(i.kpis[info.kpi].ci95));
    for (std::size_t k = 0; k < floor.size() && k < i.floor.size(); ++k)
      fmt::format_to(std::back_inserter(out), ",{},{}", cell(i.floor[k].mean), cell(i.floor[k].ci95));
    out += '\n';
  }
  return out;
}

}  // namespace ccsim
