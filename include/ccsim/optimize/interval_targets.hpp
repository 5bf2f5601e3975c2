#pragma once
// Judging one interval's KPIs against the scenario's per-interval targets.
#include <limits>
#include <string>
#include <vector>

#include "ccsim/model/class_tally.hpp"
#include "ccsim/model/interval_tally.hpp"
#include "ccsim/model/targets.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// The KPIs that targets are set on, for one interval (of one replication, or
/// expected values from a formula). NaN: undefined (no call offered or answered).
struct IntervalKpis {
  double offered = 0;        ///< calls offered (0 for a formula)
  double service_level = 0;  ///< answered within T / offered
  double abandon_rate = 0;   ///< abandoned / offered
  double asa_s = 0;          ///< mean wait of answered calls, seconds
  double occupancy = 0;      ///< busy / staffed agent-time
  /// When the interval's last caller was answered, hung up or blocked, seconds
  /// from the clock's start: the interval's figures depend on no staffing after it.
  double settled_s = 0;
  /// Each class's KPIs (occupancy NaN), when classes have targets of their own; else empty.
  std::vector<IntervalKpis> classes;
  double answered = 0;   ///< calls answered (the weight of ASA in a day's figure)
  double staffed_s = 0;  ///< staffed agent-seconds (the weight of occupancy; checkout: lane-open seconds)
  double queue_s = 0;    ///< integral of customers waiting (checkout: the day's queue per lane)
  /// Checkout: customers waiting per open lane (time average) and the most at one lane.
  double mean_lane_queue = std::numeric_limits<double>::quiet_NaN();
  double max_lane_queue = std::numeric_limits<double>::quiet_NaN();
  /// Each agent group's occupancy (busy / present agent-time; NaN: nobody
  /// present), where the run kept the groups apart (recorded_groups); else empty.
  std::vector<double> group_occupancy{};
  /// Restaurant with a kitchen: orders cooked (the weight of the food wait)
  /// and their mean time from sitting down to the food.
  double orders = 0;
  double food_wait_s = std::numeric_limits<double>::quiet_NaN();
  TargetedValues values() const {
    return {service_level, abandon_rate, asa_s, occupancy, mean_lane_queue, max_lane_queue, food_wait_s};
  }
};

/// One replication's KPIs in one interval of `interval_s` seconds.
IntervalKpis kpis_of(const IntervalTally& tally);
/// One class's KPIs in one interval (its service level within its own T).
IntervalKpis kpis_of(const ClassTally& tally);

/// True when every target of `targets` is met (of an interval: those not
/// marked daily); an undefined KPI meets its target (no caller waited too long
/// where no caller came).
bool meets_targets(const Targets& targets, const IntervalKpis& kpis, Judged judged);
/// As above for the floor's targets and, where `kpis` has them, each class's.
bool meets_targets(const TargetSet& targets, const IntervalKpis& kpis, Judged judged);

/// Short labels of the missed targets, "SL AB ASA OCC" style; "" when all are met.
std::string missed_labels(const Targets& targets, const IntervalKpis& kpis, Judged judged);

/// The counts behind several intervals' ratios, for a day's figure (NaN
/// ratios: no call, no answered call, no staffed time, count nothing).
struct DaySums {
  double offered = 0, within = 0, abandoned = 0, answered = 0, wait_s = 0, busy_s = 0, staffed_s = 0, queue_s = 0;
  double orders = 0, food_s = 0;
  double max_lane_queue = std::numeric_limits<double>::quiet_NaN();
  /// Adds (weight 1) or takes out (-1) one interval's counts; the longest
  /// lane queue only grows, from the intervals added.
  void add(const IntervalKpis& k, double weight = 1);
  IntervalKpis kpis() const;
};

/// One replication's KPIs over intervals `first`.. of `intervals` (the day
/// after the warm-up): sums of the counts behind each ratio.
IntervalKpis day_kpis(const std::vector<IntervalKpis>& intervals, std::size_t first);

/// Throws StaffingError when the scenario has no target (of its own or of a
/// class), or one that no number of agents can meet (100% answered, 0 s ASA,
/// no abandonment with finite patience...), naming the class.
void check_targets_reachable(const Scenario& scenario);

}  // namespace ccsim
