#include <cmath>

#include "class_text.hpp"

namespace ccsim {
namespace {

using nlohmann::ordered_json;

ordered_json number(double v) { return std::isnan(v) ? ordered_json(nullptr) : ordered_json(v); }

ordered_json class_kpis_json(const KpiEstimates& kpis) {
  ordered_json out = ordered_json::object();
  for (Kpi kpi : class_kpis) {
    const Estimate& e = kpis[kpi];
    out[std::string(kpi_table()[static_cast<std::size_t>(kpi)].name)] = {{"mean", number(e.mean)},
                                                                         {"ci95", number(e.ci95)}};
  }
  return out;
}

} // namespace

ordered_json classes_json(const Scenario& s, const RunSummary& summary) {
  ordered_json out = ordered_json::array();
  for (const ClassSummary& c : summary.classes) {
    ordered_json intervals = ordered_json::array();
    for (std::size_t i = 0; i < summary.intervals.size() && i < c.intervals.size(); ++i) {
      const IntervalSummary& at = summary.intervals[i];
      ordered_json row = {{"index", at.index},
                          {"start", clock_label(s, at.start_s)},
                          {"end", clock_label(s, at.end_s)},
                          {"start_s", at.start_s}};
      row.update(class_kpis_json(c.intervals[i]));
      intervals.push_back(row);
    }
    out.push_back({{"name", c.name}, {"priority", c.priority}, {"overall", class_kpis_json(c.overall)},
                   {"intervals", intervals}});
  }
  return out;
}

} // namespace ccsim
