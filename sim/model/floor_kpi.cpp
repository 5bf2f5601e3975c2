#include "ccsim/model/floor_kpi.hpp"

#include <limits>

namespace ccsim {
namespace {

double ratio(double num, double den) { return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN(); }

const FloorKpiInfo p90{FloorKpi::p90_wait_s, "p90_wait_s",
                       "90th percentile of the waits of served customers, seconds (from 5 s bins; 600 means 10 min "
                       "or more)"};
const FloorKpiInfo over_5min{FloorKpi::p_wait_over_5min, "p_wait_over_5min",
                             "share of admitted customers who waited more than 5 min (served or walked away)"};

}  // namespace

const std::vector<FloorKpiInfo>& checkout_kpis() {
  static const std::vector<FloorKpiInfo> table{
      p90,
      over_5min,
      {FloorKpi::cashiers, "cashiers", "time-average cashiers on duty (the staffing plan)"},
      {FloorKpi::lanes_open, "lanes_open",
       "time-average lanes open (a cashier at the till, including a closing "
       "lane serving its last customers)"},
      {FloorKpi::mean_queue_per_lane, "mean_queue_per_lane", "customers waiting per open lane, time average"},
      {FloorKpi::max_lane_queue, "max_lane_queue", "most customers waiting at a single lane at any instant"},
      {FloorKpi::over_standard, "over_standard",
       "share of the time the house standard was broken: some lane had `standard` or more customers waiting"},
  };
  return table;
}

const std::vector<FloorKpiInfo>& restaurant_kpis(bool kitchen) {
  static const std::vector<FloorKpiInfo> tables{
      p90,
      over_5min,
      {FloorKpi::waiters, "waiters", "time-average waiters on duty (the staffing plan)"},
      {FloorKpi::tables_occupied, "tables_occupied", "time-average tables with a party seated"},
      {FloorKpi::table_occupancy, "table_occupancy", "occupied table-time / table-time"},
      {FloorKpi::seats_occupied, "seats_occupied", "time-average guests seated"},
      {FloorKpi::seat_occupancy, "seat_occupancy", "seats occupied / seats available, time averages"},
      {FloorKpi::guests_walked_away, "guests_walked_away", "guests of the parties that walked away"},
      {FloorKpi::revenue_lost, "revenue_lost",
       "guests walked away x spend per guest (0 when the scenario gives no spend)"},
  };
  static const std::vector<FloorKpiInfo> with_kitchen = [] {
    std::vector<FloorKpiInfo> t = tables;
    t.insert(t.end(),
             {
                 {FloorKpi::cooks, "cooks", "time-average cooks on duty (the kitchen's plan)"},
                 {FloorKpi::order_wait_s, "order_wait_s",
                  "mean wait of an order for a cook, seconds (orders by the interval in which the party arrived)"},
                 {FloorKpi::p_order_waits, "p_order_waits", "share of orders that found every cook busy"},
                 {FloorKpi::seated_to_food_s, "seated_to_food_s",
                  "mean time from sitting down to the food being ready (wait for a cook + preparation), seconds"},
                 {FloorKpi::cook_utilisation, "cook_utilisation", "cooks at work / cooks on duty, time averages"},
                 {FloorKpi::orders_waiting, "orders_waiting", "time-average orders waiting for a cook"},
                 {FloorKpi::max_orders_waiting, "max_orders_waiting", "most orders waiting for a cook at any instant"},
             });
    return t;
  }();
  return kitchen ? with_kitchen : tables;
}

double floor_kpi_value(FloorKpi kpi, const IntervalTally& t, double duration_s) {
  switch (kpi) {
  case FloorKpi::p90_wait_s: return wait_quantile(t.answered_waits, 0.9);
  case FloorKpi::p_wait_over_5min: return ratio(t.waited_long, t.offered - t.blocked);
  case FloorKpi::cashiers:
  case FloorKpi::waiters: return ratio(t.staff_area, duration_s);
  case FloorKpi::lanes_open: return ratio(t.staffed_area, duration_s);
  case FloorKpi::mean_queue_per_lane: return ratio(t.queue_area, t.staffed_area);
  case FloorKpi::max_lane_queue: return t.max_lane_queue;
  case FloorKpi::over_standard: return ratio(t.over_standard_s, duration_s);
  case FloorKpi::tables_occupied: return ratio(t.busy_area, duration_s);
  case FloorKpi::table_occupancy: return ratio(t.busy_area, t.staffed_area);
  case FloorKpi::seats_occupied: return ratio(t.seats_busy_area, duration_s);
  case FloorKpi::seat_occupancy: return ratio(t.seats_busy_area, t.seats_area);
  case FloorKpi::guests_walked_away: return t.guests_walked_away;
  case FloorKpi::revenue_lost: return t.revenue_lost;
  case FloorKpi::cooks: return ratio(t.cooks_area, duration_s);
  case FloorKpi::order_wait_s: return ratio(t.order_wait_s, t.orders);
  case FloorKpi::p_order_waits: return ratio(t.orders_waited, t.orders);
  case FloorKpi::seated_to_food_s: return ratio(t.order_ready_s, t.orders);
  case FloorKpi::cook_utilisation: return ratio(t.cooks_busy_area, t.cooks_area);
  case FloorKpi::orders_waiting: return ratio(t.orders_waiting_area, duration_s);
  case FloorKpi::max_orders_waiting: return t.max_orders_waiting;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace ccsim
