#pragma once
// The KPIs a checkout or restaurant floor reports on top of the common ones
// (offered, answered = served or seated, abandoned = walked away, waits, queue,
// occupancy), their names in output files and their meanings.
#include <string_view>
#include <vector>

#include "ccsim/model/interval_tally.hpp"

namespace ccsim {

/// The kind of service floor a scenario describes.
enum class FloorKind { call_center, checkout, restaurant };

enum class FloorKpi {
  p90_wait_s,
  p_wait_over_5min,
  cashiers,
  lanes_open,
  mean_queue_per_lane,
  max_lane_queue,
  over_standard,
  waiters,
  tables_occupied,
  table_occupancy,
  seats_occupied,
  seat_occupancy,
  guests_walked_away,
  revenue_lost,
  cooks,
  order_wait_s,
  p_order_waits,
  seated_to_food_s,
  cook_utilisation,
  orders_waiting,
  max_orders_waiting,
};

struct FloorKpiInfo {
  FloorKpi kpi;
  std::string_view name;     ///< the key in summary.json and the column stem in intervals.csv
  std::string_view meaning;  ///< one line, stated in summary.json
};

/// The checkout's own KPIs, in output order.
const std::vector<FloorKpiInfo>& checkout_kpis();
/// The restaurant's own KPIs, in output order; with a kitchen, the kitchen's follow.
const std::vector<FloorKpiInfo>& restaurant_kpis(bool kitchen);

/// The KPI's value for one replication's tally covering `duration_s` seconds; NaN when undefined.
double floor_kpi_value(FloorKpi kpi, const IntervalTally& tally, double duration_s);

/// The q-quantile (0 < q < 1) of the waits in a histogram, interpolated
/// linearly inside the bin; NaN when empty; the histogram's top edge when the
/// quantile lies in the overflow bin (a lower bound).
template <int WidthS, int Bins>
double wait_quantile(const WaitHistogram<WidthS, Bins>& h, double q) {
  double total = 0;
  for (double c : h.count) total += c;
  if (total <= 0) return NAN;
  const double target = q * total;
  double below = 0;
  for (std::size_t k = 0; k < h.size; ++k) {
    if (below + h.count[k] >= target && h.count[k] > 0) {
      if (k == 0) return 0;
      if (k + 1 == h.size) return Bins * h.width_s;
      return (static_cast<double>(k) - 1 + (target - below) / h.count[k]) * h.width_s;
    }
    below += h.count[k];
  }
  return Bins * h.width_s;
}

}  // namespace ccsim
