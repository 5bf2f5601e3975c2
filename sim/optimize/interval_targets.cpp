#include "ccsim/optimize/interval_targets.hpp"

#include <cmath>
#include <algorithm>
#include <limits>

#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {
namespace {

double ratio(double num, double den) { return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN(); }

}  // namespace

IntervalKpis kpis_of(const IntervalTally& t) {
  IntervalKpis k{t.offered,
                 ratio(t.answered_within, t.offered),
                 ratio(t.abandoned, t.offered),
                 ratio(t.wait_answered_s, t.answered),
                 ratio(t.busy_area, t.staffed_area),
                 t.settled_s,
                 {},
                 t.answered,
                 t.staffed_area,
                 t.queue_area};
  // On a checkout the staffed time is the lanes' open time (floor_kpi_value's definitions).
  k.mean_lane_queue = ratio(t.queue_area, t.staffed_area);
  k.max_lane_queue = t.max_lane_queue;
  k.orders = t.orders;
  k.food_wait_s = ratio(t.order_ready_s, t.orders);
  return k;
}

IntervalKpis kpis_of(const ClassTally& t) {
  return IntervalKpis{t.offered,
                      ratio(t.answered_within, t.offered),
                      ratio(t.abandoned, t.offered),
                      ratio(t.wait_answered_s, t.answered),
                      std::numeric_limits<double>::quiet_NaN(),
                      0,
                      {},
                      t.answered,
                      0};
}

std::string missed_labels(const Targets& targets, const IntervalKpis& k, Judged judged) {
  return ccsim::missed_labels(targets, k.values(), judged);
}

bool meets_targets(const Targets& targets, const IntervalKpis& kpis, Judged judged) {
  return missed_labels(targets, kpis, judged).empty();
}

bool meets_targets(const TargetSet& targets, const IntervalKpis& kpis, Judged judged) {
  if (!meets_targets(targets.all, kpis, judged)) return false;
  for (std::size_t c = 0; c < kpis.classes.size() && c < targets.by_class.size(); ++c)
    if (!meets_targets(targets.by_class[c], kpis.classes[c], judged)) return false;
  return true;
}

void DaySums::add(const IntervalKpis& k, double weight) {
  queue_s += weight * k.queue_s;
  if (weight > 0 && !std::isnan(k.max_lane_queue))
    max_lane_queue = std::isnan(max_lane_queue) ? k.max_lane_queue : std::max(max_lane_queue, k.max_lane_queue);
  const auto times = [](double r, double n) { return std::isnan(r) || n <= 0 ? 0.0 : r * n; };
  offered += weight * k.offered;
  within += weight * times(k.service_level, k.offered);
  abandoned += weight * times(k.abandon_rate, k.offered);
  answered += weight * k.answered;
  wait_s += weight * times(k.asa_s, k.answered);
  busy_s += weight * times(k.occupancy, k.staffed_s);
  staffed_s += weight * k.staffed_s;
  orders += weight * k.orders;
  food_s += weight * times(k.food_wait_s, k.orders);
}

IntervalKpis DaySums::kpis() const {
  IntervalKpis k{offered,
                 ratio(within, offered),
                 ratio(abandoned, offered),
                 ratio(wait_s, answered),
                 ratio(busy_s, staffed_s),
                 0,
                 {},
                 answered,
                 staffed_s,
                 queue_s};
  k.mean_lane_queue = ratio(queue_s, staffed_s);
  k.max_lane_queue = max_lane_queue;
  k.orders = orders;
  k.food_wait_s = ratio(food_s, orders);
  return k;
}

IntervalKpis day_kpis(const std::vector<IntervalKpis>& intervals, std::size_t first) {
  DaySums all;
  std::vector<DaySums> classes;
  for (std::size_t i = first; i < intervals.size(); ++i) {
    const IntervalKpis& k = intervals[i];
    all.add(k);
    classes.resize(std::max(classes.size(), k.classes.size()));
    for (std::size_t c = 0; c < k.classes.size(); ++c) classes[c].add(k.classes[c]);
  }
  IntervalKpis day = all.kpis();
  for (const DaySums& c : classes) {
    day.classes.push_back(c.kpis());
    day.classes.back().occupancy = std::numeric_limits<double>::quiet_NaN();
  }
  return day;
}

namespace {

// `whose`: "the" for the floor's targets, "class premium's" for a class's;
// `patience`: whether those callers may hang up.
void check_reachable(const Targets& t, const std::string& whose, bool patience, double prep_s) {
  if (t.service_level && t.service_level->at_least >= 1)
    throw StaffingError(whose + " service-level target (100% answered within " +
                        std::to_string(static_cast<long>(t.service_level->answered_within_s)) +
                        " s) cannot be met: with random arrivals some caller always finds every agent busy; "
                        "set at_least below 100%");
  if (t.abandonment_at_most && *t.abandonment_at_most <= 0 && patience)
    throw StaffingError(whose + " abandonment target (at most 0%) cannot be met: callers with finite patience "
                                "sometimes hang up whatever the staffing; set at_most above 0%");
  if (t.asa_at_most_s && *t.asa_at_most_s <= 0)
    throw StaffingError(whose + " ASA target (at most 0 s) cannot be met: with random arrivals some caller always "
                                "waits; set at_most above 0s");
  if (t.lane_queue_mean_at_most && *t.lane_queue_mean_at_most <= 0)
    throw StaffingError(whose + " lane queue target (at most 0 waiting per lane on average) cannot be met: with "
                                "random arrivals some customer always waits; set mean_at_most above 0");
  if (t.lane_queue_max_below && *t.lane_queue_max_below <= 1)
    throw StaffingError(whose + " lane queue target (fewer than 1 waiting) cannot be met: with random arrivals some "
                                "customer always waits; set max_below to 2 or more");
  if (t.occupancy_at_most && *t.occupancy_at_most <= 0)
    throw StaffingError(whose + " occupancy target (at most 0%) cannot be met: agents who take calls are busy; "
                                "set at_most above 0%");
  if (t.food_wait_at_most_s && *t.food_wait_at_most_s <= prep_s)
    throw StaffingError(whose + " food-wait target (at most " + std::to_string(std::lround(*t.food_wait_at_most_s)) +
                        " s from sitting down) cannot be met: preparing an order takes " +
                        std::to_string(std::lround(prep_s)) +
                        " s on average, and some orders wait for a cook; set at_most above that");
}

}  // namespace

void check_targets_reachable(const Scenario& s) {
  if (!s.target_set().any())
    throw StaffingError(s.source_file +
                        ": the scenario has no targets to staff for; add e.g. targets: "
                        "{service_level: {answered_within: 20s, at_least: 80%}, abandonment: {at_most: 5%}}");
  bool patience = false;
  for (const Demand& d : s.demand) patience = patience || d.patience.has_value();
  const auto& kitchen = s.floor.restaurant.kitchen;
  const double prep_s = s.floor.kind == FloorKind::restaurant && kitchen ? kitchen->per_order.mean() : 0;
  check_reachable(s.targets, "the", patience, prep_s);
  for (const Demand& d : s.demand)
    check_reachable(d.targets, "class " + d.name + "'s", d.patience.has_value(), prep_s);
}

}  // namespace ccsim
