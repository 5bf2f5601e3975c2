#pragma once
// What results are judged against, and the one judge every output and every
// staffing search uses: a floor's targets on all its customers together, and
// each customer class's own.
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ccsim {

struct ServiceLevelTarget {
  double answered_within_s = 20;  ///< T in "X% answered within T"
  double at_least = 0.8;          ///< X, as a fraction in [0, 1]
};

/// Which targets hold for the day's figure only (`daily: true`, as many
/// service contracts are written) rather than in every interval.
struct DailyMarks {
  bool service_level = false, abandonment = false, asa = false, occupancy = false, lane_queue = false,
       food_wait = false;
  bool any() const { return service_level || abandonment || asa || occupancy || lane_queue || food_wait; }
};

/// One set of targets; each applies to every reporting interval (and is also
/// shown for the day), unless marked daily: then to the day's figure alone.
struct Targets {
  std::optional<ServiceLevelTarget> service_level;
  std::optional<double> abandonment_at_most;  ///< fraction in [0, 1]
  std::optional<double> asa_at_most_s;        ///< average speed of answer, seconds >= 0
  std::optional<double> occupancy_at_most;    ///< busy / staffed agent-time, fraction in [0, 1]
  DailyMarks daily{};
  /// Checkout only: customers waiting per open lane, time average, at most this.
  std::optional<double> lane_queue_mean_at_most{};
  /// Checkout only: the most waiting at any one lane stays below this (the house
  /// standard "fewer than 6 waiting per lane"), judged on the interval's maximum.
  std::optional<int> lane_queue_max_below{};
  /// Restaurant with a kitchen only: the mean time from sitting down to the
  /// food (the order's wait for a cook and its preparation), seconds.
  std::optional<double> food_wait_at_most_s{};
  bool any() const {
    return service_level || abandonment_at_most || asa_at_most_s || occupancy_at_most || lane_queue_mean_at_most ||
           lane_queue_max_below || food_wait_at_most_s;
  }
  /// The targets an interval is judged by: those not marked daily.
  Targets per_interval() const;
  /// The targets marked daily alone (their marks kept).
  Targets daily_only() const;
  bool any_daily() const { return daily_only().any(); }
};

/// What a judgement is of: one interval (targets marked daily do not apply)
/// or the whole day (every target does).
enum class Judged { interval, day };

/// The values targets are set on (NaN: undefined, e.g. no call offered; an
/// undefined value meets its target: no caller waited too long where none came).
struct TargetedValues {
  double service_level = 0;  ///< answered within the target's T / offered
  double abandon_rate = 0;   ///< abandoned / offered
  double asa_s = 0;          ///< mean wait of answered calls, seconds
  double occupancy = 0;      ///< busy / staffed agent-time (NaN for a class: agents are not a class's)
  double mean_lane_queue = std::numeric_limits<double>::quiet_NaN();  ///< checkout: waiting per open lane
  double max_lane_queue = std::numeric_limits<double>::quiet_NaN();   ///< checkout: most waiting at one lane
  double food_wait_s = std::numeric_limits<double>::quiet_NaN();      ///< restaurant: sitting down to food, mean
};

/// The targets in one line, e.g. "SL >= 80% within 20 s, abandonment <= 5%
/// for the day" (a daily target says so).
std::string targets_summary(const Targets& targets);

/// Short labels of the missed targets, "SL AB ASA OCC LQ MAXQ FOOD" style; "" when all are
/// met. Of an interval, the targets marked daily are not judged.
std::string missed_labels(const Targets& targets, const TargetedValues& values, Judged judged);

/// The floor's targets (on all customers) and each class's own, by class
/// index (a class without its own has an empty Targets).
struct TargetSet {
  TargetSet() = default;
  /// The floor's targets alone (no class has its own).
  TargetSet(Targets all_) : all(std::move(all_)) {}  // NOLINT: implicit on purpose
  TargetSet(Targets all_, std::vector<Targets> by_class_) : all(std::move(all_)), by_class(std::move(by_class_)) {}
  Targets all;
  std::vector<Targets> by_class;
  bool any_class() const {
    for (const Targets& t : by_class)
      if (t.any()) return true;
    return false;
  }
  bool any() const { return all.any() || any_class(); }
  bool any_daily() const {
    for (const Targets& t : by_class)
      if (t.any_daily()) return true;
    return all.any_daily();
  }
  /// Each set's targets judged per interval, or its daily ones alone.
  TargetSet per_interval() const;
  TargetSet daily_only() const;
};

}  // namespace ccsim
