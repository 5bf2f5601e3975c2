#pragma once
// Which waiting call a free agent takes: one FIFO line per class, skills and
// overflow delays per (class, group), and class priorities. Plain C++ (no
// SimGrid): the engine asks, the router answers.
#include <cstdint>
#include <optional>
#include <vector>

#include "ccsim/model/call_pool.hpp"
#include "ccsim/model/event_calendar.hpp"
#include "ccsim/model/waiting_line.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

class CallRouter {
public:
  /// The instant a waiting call becomes eligible for an overflow group.
  struct Overflow {
    double at_s;
    CallPool::Id id;
    int group;
  };

  CallRouter(const Scenario& s, CallPool& pool);

  /// Groups that may take a call of class c the moment it arrives.
  const std::vector<int>& groups_at_arrival(int demand_class) const {
    return at_arrival_[static_cast<std::size_t>(demand_class)];
  }
  /// Whether group g ever takes calls of class c.
  bool may_serve(int group, int demand_class) const;

  /// Puts an arrived call (class in the call record) in its line, with its overflow instants.
  void push(CallPool::Id id);
  /// The call group g takes at `now`: among the heads of the lines it may serve
  /// now, the lowest priority number, then the earliest arrival. Removed from its line.
  std::optional<CallPool::Id> next_for(int group, double now);
  /// Takes a given waiting call out of its line (abandonment, overflow hand-over, close).
  void remove(CallPool::Id id);
  /// The waiting call with the earliest patience deadline, over all classes.
  std::optional<CallPool::Id> earliest_deadline();
  /// The next overflow instant of a call still waiting, if any.
  std::optional<Overflow> next_overflow();
  void pop_overflow() { overflows_.pop(); }
  /// Removes and returns the head of class c's line.
  std::optional<CallPool::Id> pop_class(int demand_class);

  int size() const { return size_; }
  int classes() const { return static_cast<int>(lines_.size()); }

private:
  CallPool& pool_;
  std::vector<WaitingLine> lines_;            // one per class
  std::vector<int> priority_;                 // per class
  std::vector<std::vector<double>> delay_;    // [class][group]: wait before the group may take it; inf: never
  std::vector<std::vector<int>> classes_of_;  // per group: the classes it may take
  std::vector<std::vector<int>> at_arrival_;  // per class: the groups with no delay
  struct OverflowTo {
    CallPool::Id id;
    std::uint32_t generation;  // the call's, when it was queued: a later occupant of the slot is not it
    int group;
  };
  EventCalendar<OverflowTo> overflows_;  // equal instants in the order queued
  int size_ = 0;
};

}  // namespace ccsim
