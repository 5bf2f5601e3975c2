#pragma once
// The statistics observer: the engine reports events, the recorder keeps the
// per-interval sums. Reports never reach into the engine.
#include <vector>

#include "ccsim/model/class_tally.hpp"
#include "ccsim/model/interval_tally.hpp"

namespace ccsim {

/// Integrates a piecewise-constant level (queue length, busy agents) exactly,
/// splitting the area across reporting intervals.
class LevelIntegrator {
public:
  /// The tally members that receive the area, and optionally the maximum and
  /// the level at each interval's end, are selected by the member pointers
  /// (`area` may be null when only the maximum is wanted).
  LevelIntegrator(std::vector<IntervalTally>& tallies, double interval_s, double IntervalTally::*area,
                  double IntervalTally::*max = nullptr, double IntervalTally::*at_end = nullptr);
  /// The level changes to `level` at time `t` (t never decreases).
  void set(double t, double level);
  void add(double t, double delta) { set(t, level_ + delta); }
  double level() const { return level_; }
  /// Integrates up to `t` without changing the level.
  void advance(double t);
  /// What advance(t) would add, added to `into` (a copy of the tallies) instead.
  void advance_into(std::vector<IntervalTally>& into, double t) const;

private:
  std::vector<IntervalTally>& tallies_;
  double interval_s_;
  double IntervalTally::*area_;
  double IntervalTally::*max_;
  double IntervalTally::*at_end_;
  double level_ = 0;
  double last_t_ = 0;
  std::size_t interval_ = 0;  // the interval containing last_t_
};

/// Collects one replication's tallies from the engine's events: the totals per
/// interval and, when constructed with `classes` > 0, the per-call figures per
/// customer class too (the events that name a class count in both).
class ReplicationRecorder {
public:
  ReplicationRecorder(int intervals, double interval_s, double answer_within_s, int classes = 0);

  /// Interval index of time t, or -1 after the day.
  int interval_of(double t) const;

  void arrival(int interval) { ++tallies_[interval].offered; }
  void blocked(int interval) { ++tallies_[interval].blocked; }
  void found_no_free_agent(int interval) { ++tallies_[interval].waited; }
  /// A caller who arrived in `interval` is answered (or hangs up) at `now_s`
  /// after waiting `wait_s`.
  void answered(int interval, double wait_s, double now_s);
  void abandoned(int interval, double wait_s, double now_s);
  // The same events of a caller of class `demand_class` (0 <= class < classes).
  void arrival(int interval, int demand_class);
  void blocked(int interval, int demand_class);
  void found_no_free_agent(int interval, int demand_class);
  void answered(int interval, int demand_class, double wait_s, double now_s);
  void abandoned(int interval, int demand_class, double wait_s, double now_s);
  /// A redial (or, `repeat`, a repeat call) of class `demand_class` arrived in `interval`.
  void called_again(int interval, int demand_class, bool repeat);

  LevelIntegrator& queue() { return queue_; }
  LevelIntegrator& busy() { return busy_; }
  LevelIntegrator& staffed() { return staffed_; }
  // Floors (checkout, restaurant).
  LevelIntegrator& staff() { return staff_; }                  ///< cashiers / waiters on duty
  LevelIntegrator& over_standard() { return over_standard_; }  ///< 1 while some lane is at the standard or above
  LevelIntegrator& longest_lane() { return longest_lane_; }    ///< the longest lane queue (maximum only)
  LevelIntegrator& seats_busy() { return seats_busy_; }        ///< guests seated
  LevelIntegrator& seats() { return seats_; }                  ///< seats available
  /// A walking-away party of `guests` (arrived in `interval`) and the spend lost with it.
  void guests_walked_away(int interval, double guests, double revenue) {
    tallies_[interval].guests_walked_away += guests;
    tallies_[interval].revenue_lost += revenue;
  }

  // Restaurant kitchen.
  LevelIntegrator& cooks_busy() { return cooks_busy_; }          ///< cooks at work
  LevelIntegrator& cooks() { return cooks_; }                    ///< cooks on duty
  LevelIntegrator& orders_waiting() { return orders_waiting_; }  ///< orders waiting for a cook
  /// A cook starts the order of a party that arrived in `interval` after
  /// `wait_s`; the food will be ready `ready_s` after the party
  /// sat down; `waited`: it found every cook busy.
  void order_started(int interval, double wait_s, double ready_s, bool waited);
  /// Contacts waiting to call again (redial or repeat pending).
  LevelIntegrator& retrying() { return retrying_; }
  /// Direct access for the callers' behaviour counts (fresh, redials, outcomes, ...).
  IntervalTally& tally(int interval) { return tallies_[static_cast<std::size_t>(interval)]; }

  /// The tallies with the integrals closed at `t` (the end of the run, or of
  /// a pause: the recorder is left as it is, so a paused run can go on).
  std::vector<IntervalTally> finish(double t) const;
  /// The per-class tallies, [interval * classes + class] (empty without classes).
  const std::vector<ClassTally>& class_tallies() const { return class_tallies_; }

private:
  ClassTally& of_class(int interval, int demand_class) {
    return class_tallies_[static_cast<std::size_t>(interval * classes_ + demand_class)];
  }

  std::vector<IntervalTally> tallies_;
  int classes_;
  std::vector<ClassTally> class_tallies_;
  double interval_s_;
  double answer_within_s_;
  LevelIntegrator queue_;
  LevelIntegrator busy_;
  LevelIntegrator staffed_;
  LevelIntegrator staff_;
  LevelIntegrator over_standard_;
  LevelIntegrator longest_lane_;
  LevelIntegrator seats_busy_;
  LevelIntegrator seats_;
  LevelIntegrator cooks_busy_;
  LevelIntegrator cooks_;
  LevelIntegrator orders_waiting_;
  LevelIntegrator retrying_;
};

}  // namespace ccsim
