#pragma once
// The KPIs ccsim reports, their names in output files, and their meanings.
#include <array>
#include <string_view>

#include "ccsim/model/interval_tally.hpp"

namespace ccsim {

enum class Kpi {
  offered,
  answered,
  abandoned,
  blocked,
  block_rate,
  p_wait,
  service_level,
  abandon_rate,
  asa_s,
  mean_wait_s,
  mean_queue,
  max_queue,
  queue_at_end,
  agents,
  occupancy,
  fresh,
  redials,
  repeats,
  retrying_at_end,
  rushed,
  callers_answered,
  callers_abandoned,
  callers_blocked,
  callers_unresolved,
};
constexpr std::size_t kpi_count = 24;

struct KpiInfo {
  Kpi kpi;
  std::string_view name;     ///< the key in summary.json and the column stem in intervals.csv
  std::string_view meaning;  ///< one line, stated in summary.json
};

/// All KPIs, in output order.
const std::array<KpiInfo, kpi_count>& kpi_table();

/// The KPI's value for one replication's tally covering `duration_s` seconds;
/// NaN when undefined (e.g. ASA with no answered call).
double kpi_value(Kpi kpi, const IntervalTally& tally, double duration_s);

}  // namespace ccsim
