#pragma once
// KPI values of replications reduced to means with 95% confidence intervals.
#include <array>
#include <vector>

#include "ccsim/model/estimate.hpp"
#include "ccsim/model/interval_tally.hpp"
#include "ccsim/model/kpi.hpp"

namespace ccsim {

/// One estimate per KPI, indexed by Kpi.
struct KpiEstimates {
  std::array<Estimate, kpi_count> values;
  const Estimate& operator[](Kpi k) const { return values[static_cast<std::size_t>(k)]; }
};

/// Every KPI's estimate over replications, from one tally per replication
/// covering `duration_s` seconds each.
KpiEstimates estimates_of(const std::vector<IntervalTally>& per_replication, double duration_s);

}  // namespace ccsim
