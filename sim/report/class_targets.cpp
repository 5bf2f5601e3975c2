// A class's own targets, judged on its own means (the model's one judge).
#include <cmath>
#include <cstdio>

#include "class_text.hpp"

namespace ccsim {

std::string own_thresholds(const Scenario& s) {
  std::string out;
  for (std::size_t c = 0; c < s.demand.size(); ++c)
    if (s.class_threshold_s(c) != s.service_level_threshold_s()) {
      char t[32];
      std::snprintf(t, sizeof t, "%g", s.class_threshold_s(c));
      out += (out.empty() ? "; " : ", ") + s.demand[c].name + " within " + t + " s";
    }
  return out;
}

std::string class_missed(const Scenario& s, std::size_t c, const KpiEstimates& k, Judged judged) {
  if (c >= s.demand.size() || !s.demand[c].targets.any()) return "";
  return missed_labels(
      s.demand[c].targets,
      TargetedValues{k[Kpi::service_level].mean, k[Kpi::abandon_rate].mean, k[Kpi::asa_s].mean, std::nan("")}, judged);
}

std::size_t class_intervals_missed(const Scenario& s, std::size_t c, const ClassSummary& summary) {
  std::size_t missed = 0;
  for (const KpiEstimates& k : summary.intervals) missed += class_missed(s, c, k, Judged::interval).empty() ? 0 : 1;
  return missed;
}

}  // namespace ccsim
