#include "ccsim/report/kpi_estimates.hpp"

namespace ccsim {

KpiEstimates estimates_of(const std::vector<IntervalTally>& per_replication, double duration_s) {
  KpiEstimates out;
  std::vector<double> values(per_replication.size());
  for (const KpiInfo& info : kpi_table()) {
    for (std::size_t r = 0; r < per_replication.size(); ++r)
      values[r] = kpi_value(info.kpi, per_replication[r], duration_s);
    out.values[static_cast<std::size_t>(info.kpi)] = estimate(values);
  }
  return out;
}

}  // namespace ccsim
