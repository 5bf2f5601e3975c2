#pragma once
// The statistics observer: the engine reports events, the recorder keeps the
// per-interval sums. Reports never reach into the engine.
#include <vector>

#include "ccsim/model/class_tally.hpp"
#include "ccsim/model/floor_event.hpp"
#include "ccsim/model/group_tally.hpp"
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
  /// Each class's service level counts within its own T (`class_answer_within_s[c]`,
  /// one per class); the totals within `answer_within_s`.
  void set_class_thresholds(std::vector<double> class_answer_within_s) {
    class_answer_within_s_ = std::move(class_answer_within_s);
  }

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

  /// Counts a floor event: per-call figures (per class too, when the recorder
  /// has classes), the queue where the event says it, busy servers
  /// (answered, ended) and servers on duty.
  void record(const FloorEvent& e);

  // Each contact's final outcome, by the interval of its first call.
  void contact_answered(int first_interval) { ++tally(first_interval).callers_answered; }
  void contact_gave_up(int first_interval, bool blocked) {
    ++(blocked ? tally(first_interval).callers_blocked : tally(first_interval).callers_abandoned);
  }
  void contact_unresolved(int first_interval) { ++tally(first_interval).callers_unresolved; }
  /// An agent shortened a call that arrived in `interval` (rushing).
  void rushed(int interval) { ++tally(interval).rushed; }

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
  /// sat down; `waited`: it found every cook busy. At `now_s` the order's
  /// figures are known: its interval is settled no earlier than then.
  void order_started(int interval, double wait_s, double ready_s, bool waited, double now_s);
  /// Contacts waiting to call again (redial or repeat pending).
  LevelIntegrator& retrying() { return retrying_; }
  /// One interval's tally as it stands.
  IntervalTally& tally(int interval) { return tallies_[static_cast<std::size_t>(interval)]; }

  /// The tallies with the integrals closed at `t` (the end of the run, or of
  /// a pause: the recorder is left as it is, so a paused run can go on).
  std::vector<IntervalTally> finish(double t) const;
  /// The per-class tallies, [interval * classes + class] (empty without classes).
  const std::vector<ClassTally>& class_tallies() const { return class_tallies_; }
  /// Busy and present agents are also kept per group (events naming their
  /// group), for `groups` > 0 groups.
  void set_groups(int groups) { group_levels_ = GroupLevels(static_cast<int>(tallies_.size()), interval_s_, groups); }
  /// The per-group tallies closed at `t`, [interval * groups + group] (empty without groups).
  GroupTallies group_tallies(double t) const { return group_levels_.finish(t); }

private:
  ClassTally& of_class(int interval, int demand_class) {
    return class_tallies_[static_cast<std::size_t>(interval * classes_ + demand_class)];
  }

  std::vector<IntervalTally> tallies_;
  int classes_;
  std::vector<ClassTally> class_tallies_;
  double interval_s_;
  double answer_within_s_;
  std::vector<double> class_answer_within_s_;  // a class's own T; empty: every class counts within answer_within_s_
  double class_answer_within_s(int c) const {
    return class_answer_within_s_.empty() ? answer_within_s_ : class_answer_within_s_[static_cast<std::size_t>(c)];
  }
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
  GroupLevels group_levels_{0, 1, 0};
};

// Inline: the floors emit events of a kind known where they emit them, so
// the switch folds away at each call site.
inline void ReplicationRecorder::record(const FloorEvent& e) {
  const bool by_class = classes_ > 0;
  if (e.queue_after >= 0) queue_.set(e.t_s, e.queue_after);
  switch (e.kind) {
  case FloorEvent::arrived: by_class ? arrival(e.interval, e.demand_class) : arrival(e.interval); return;
  case FloorEvent::blocked: by_class ? blocked(e.interval, e.demand_class) : blocked(e.interval); return;
  case FloorEvent::queued:
    by_class ? found_no_free_agent(e.interval, e.demand_class) : found_no_free_agent(e.interval);
    return;
  case FloorEvent::answered:
    by_class ? answered(e.interval, e.demand_class, e.t_s - e.arrival_s, e.t_s)
             : answered(e.interval, e.t_s - e.arrival_s, e.t_s);
    busy_.add(e.t_s, e.servers);
    if (group_levels_.groups() > 0) {
      group_levels_.busy(e.t_s, e.group, e.servers);
      group_levels_.answered(e.interval, e.group);
    }
    return;
  case FloorEvent::abandoned:
    by_class ? abandoned(e.interval, e.demand_class, e.t_s - e.arrival_s, e.t_s)
             : abandoned(e.interval, e.t_s - e.arrival_s, e.t_s);
    return;
  case FloorEvent::ended:
    busy_.add(e.t_s, -e.servers);
    if (group_levels_.groups() > 0) group_levels_.busy(e.t_s, e.group, -e.servers);
    return;
  case FloorEvent::on_duty:
    staffed_.add(e.t_s, +1);
    if (group_levels_.groups() > 0) group_levels_.staffed(e.t_s, e.group, +1);
    return;
  case FloorEvent::off_duty:
    staffed_.add(e.t_s, -1);
    if (group_levels_.groups() > 0) group_levels_.staffed(e.t_s, e.group, -1);
    return;
  }
}

}  // namespace ccsim
