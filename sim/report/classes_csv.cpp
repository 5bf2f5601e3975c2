#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "ccsim/report/run_outputs.hpp"
#include "csv_field.hpp"

namespace ccsim {
namespace {

void append_row(std::string& out, const std::string& lead, const ClassSummary& c, const KpiEstimates& k) {
  const auto cell = [](double v) { return std::isnan(v) ? std::string() : fmt::format("{}", v); };
  out += fmt::format("{},{},{}", lead, csv_field(c.name), c.priority);
  for (Kpi kpi : class_kpis) fmt::format_to(std::back_inserter(out), ",{},{}", cell(k[kpi].mean), cell(k[kpi].ci95));
  out += '\n';
}

}  // namespace

std::string classes_csv(const Scenario& scenario, const RunSummary& summary) {
  std::string out = "interval,start,end,class,priority";
  for (Kpi kpi : class_kpis) out += fmt::format(",{0}_mean,{0}_ci95", kpi_table()[static_cast<std::size_t>(kpi)].name);
  out += '\n';
  for (std::size_t i = 0; i < summary.intervals.size(); ++i) {
    const IntervalSummary& at = summary.intervals[i];
    const std::string lead =
        fmt::format("{},{},{}", at.index, clock_label(scenario, at.start_s), clock_label(scenario, at.end_s));
    for (const ClassSummary& c : summary.classes) append_row(out, lead, c, c.intervals.at(i));
  }
  if (summary.intervals.empty()) return out;
  const std::string day = fmt::format("day,{},{}", clock_label(scenario, summary.intervals.front().start_s),
                                      clock_label(scenario, summary.intervals.back().end_s));
  for (const ClassSummary& c : summary.classes) append_row(out, day, c, c.overall);
  return out;
}

}  // namespace ccsim
