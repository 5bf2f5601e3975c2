#include "ccsim/model/replication_recorder.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {
namespace {
constexpr double long_wait_s = 300;  // "P(wait > 5 min)" on the floors

// The per-call sums an answer or a hang-up adds, to the totals and to a class alike.
void count_answered(ClassTally& t, double wait_s, double answer_within_s) {
  ++t.answered;
  t.wait_answered_s += wait_s;
  t.wait_admitted_s += wait_s;
  if (wait_s <= answer_within_s) ++t.answered_within;
}

void count_abandoned(ClassTally& t, double wait_s) {
  ++t.abandoned;
  t.wait_admitted_s += wait_s;
}
}  // namespace

LevelIntegrator::LevelIntegrator(std::vector<IntervalTally>& tallies, double interval_s, double IntervalTally::*area,
                                 double IntervalTally::*max, double IntervalTally::*at_end)
    : tallies_(tallies),
      interval_s_(interval_s),
      area_(area),
      max_(max),
      at_end_(at_end) {}

void LevelIntegrator::advance(double t) {
  while (interval_ < tallies_.size() && last_t_ < t) {
    const double boundary = static_cast<double>(interval_ + 1) * interval_s_;
    const double until = std::min(t, boundary);
    if (area_) tallies_[interval_].*area_ += level_ * (until - last_t_);
    last_t_ = until;
    if (until == boundary) {
      if (at_end_) tallies_[interval_].*at_end_ = level_;
      ++interval_;
      if (max_ && interval_ < tallies_.size()) tallies_[interval_].*max_ = std::max(tallies_[interval_].*max_, level_);
    }
  }
  last_t_ = std::max(last_t_, t);
}

void LevelIntegrator::advance_into(std::vector<IntervalTally>& into, double t) const {
  LevelIntegrator copy(into, interval_s_, area_, max_, at_end_);
  copy.level_ = level_;
  copy.last_t_ = last_t_;
  copy.interval_ = interval_;
  copy.advance(t);
}

void LevelIntegrator::set(double t, double level) {
  advance(t);
  level_ = level;
  if (max_ && interval_ < tallies_.size()) tallies_[interval_].*max_ = std::max(tallies_[interval_].*max_, level_);
}

ReplicationRecorder::ReplicationRecorder(int intervals, double interval_s, double answer_within_s, int classes)
    : tallies_(static_cast<std::size_t>(intervals)),
      classes_(classes),
      class_tallies_(static_cast<std::size_t>(intervals) * static_cast<std::size_t>(classes)),
      interval_s_(interval_s),
      answer_within_s_(answer_within_s),
      queue_(tallies_, interval_s, &IntervalTally::queue_area, &IntervalTally::max_queue, &IntervalTally::queue_at_end),
      busy_(tallies_, interval_s, &IntervalTally::busy_area),
      staffed_(tallies_, interval_s, &IntervalTally::staffed_area),
      staff_(tallies_, interval_s, &IntervalTally::staff_area),
      over_standard_(tallies_, interval_s, &IntervalTally::over_standard_s),
      longest_lane_(tallies_, interval_s, nullptr, &IntervalTally::max_lane_queue),
      seats_busy_(tallies_, interval_s, &IntervalTally::seats_busy_area),
      seats_(tallies_, interval_s, &IntervalTally::seats_area),
      cooks_busy_(tallies_, interval_s, &IntervalTally::cooks_busy_area),
      cooks_(tallies_, interval_s, &IntervalTally::cooks_area),
      orders_waiting_(tallies_, interval_s, &IntervalTally::orders_waiting_area, &IntervalTally::max_orders_waiting),
      retrying_(tallies_, interval_s, nullptr, nullptr, &IntervalTally::retrying_at_end) {}

int ReplicationRecorder::interval_of(double t) const {
  const double i = std::floor(t / interval_s_);
  return i < static_cast<double>(tallies_.size()) ? static_cast<int>(i) : -1;
}

void ReplicationRecorder::answered(int interval, double wait_s, double now_s) {
  IntervalTally& tally = tallies_[interval];
  tally.settled_s = std::max(tally.settled_s, now_s);
  count_answered(tally, wait_s, answer_within_s_);
  if (wait_s > long_wait_s) ++tally.waited_long;
  tally.answered_waits.add(wait_s);
}

void ReplicationRecorder::abandoned(int interval, double wait_s, double now_s) {
  IntervalTally& tally = tallies_[interval];
  tally.settled_s = std::max(tally.settled_s, now_s);
  count_abandoned(tally, wait_s);
  tally.abandoned_waits.add(wait_s);
  if (wait_s > long_wait_s) ++tally.waited_long;
}

void ReplicationRecorder::arrival(int interval, int demand_class) {
  arrival(interval);
  ++of_class(interval, demand_class).offered;
}

void ReplicationRecorder::blocked(int interval, int demand_class) {
  blocked(interval);
  ++of_class(interval, demand_class).blocked;
}

void ReplicationRecorder::found_no_free_agent(int interval, int demand_class) {
  found_no_free_agent(interval);
  ++of_class(interval, demand_class).waited;
}

void ReplicationRecorder::answered(int interval, int demand_class, double wait_s, double now_s) {
  answered(interval, wait_s, now_s);
  count_answered(of_class(interval, demand_class), wait_s, class_answer_within_s(demand_class));
}

void ReplicationRecorder::abandoned(int interval, int demand_class, double wait_s, double now_s) {
  abandoned(interval, wait_s, now_s);
  count_abandoned(of_class(interval, demand_class), wait_s);
}

void ReplicationRecorder::called_again(int interval, int demand_class, bool repeat) {
  ++(repeat ? tallies_[interval].repeats : tallies_[interval].redials);
  ClassTally& tally = of_class(interval, demand_class);
  ++(repeat ? tally.repeats : tally.redials);
}

void ReplicationRecorder::order_started(int interval, double wait_s, double ready_s, bool waited, double now_s) {
  IntervalTally& tally = tallies_[static_cast<std::size_t>(interval)];
  tally.settled_s = std::max(tally.settled_s, now_s);
  ++tally.orders;
  if (waited) ++tally.orders_waited;
  tally.order_wait_s += wait_s;
  tally.order_ready_s += ready_s;
}

std::vector<IntervalTally> ReplicationRecorder::finish(double t) const {
  std::vector<IntervalTally> tallies = tallies_;
  for (const LevelIntegrator* level : {&queue_, &busy_, &staffed_, &staff_, &over_standard_, &longest_lane_,
                                       &seats_busy_, &seats_, &cooks_busy_, &cooks_, &orders_waiting_, &retrying_})
    level->advance_into(tallies, t);
  return tallies;
}

}  // namespace ccsim
