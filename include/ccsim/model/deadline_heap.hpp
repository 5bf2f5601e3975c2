#pragma once
// Patience deadlines of customers waiting on a floor, earliest first, with
// lazy deletion: an entry whose customer was served or moved on is skipped.
#include <cmath>
#include <cstdint>

#include "ccsim/model/event_calendar.hpp"

namespace ccsim {

class DeadlineHeap {
public:
  /// Which slot of a RecordPool, and its generation when the deadline was set.
  struct Ref {
    std::uint32_t id;
    std::uint32_t generation;
  };
  using Entry = EventCalendar<Ref>::Entry;

  /// An infinite deadline (no patience) is not kept.
  void push(double at_s, std::uint32_t id, std::uint32_t generation) {
    if (at_s < INFINITY) calendar_.push(at_s, Ref{id, generation});
  }
  /// The earliest entry for which `live(id, generation)` holds, if due by
  /// `now` (stale entries on the way are dropped); equal deadlines come in
  /// the order they were pushed.
  template <class Live>
  const Entry* due(double now, Live live) {
    while (!calendar_.empty() && !live(calendar_.top().what.id, calendar_.top().what.generation)) calendar_.pop();
    return !calendar_.empty() && calendar_.top().at_s <= now ? &calendar_.top() : nullptr;
  }
  void pop() { calendar_.pop(); }
  /// Every customer of `pool` still waiting whose deadline is due by `now`
  /// leaves, earliest first: `leave(id, deadline)` for each, in turn.
  template <class Pool, class Leave>
  void settle(double now, const Pool& pool, Leave leave) {
    const auto live = [&pool](std::uint32_t id, std::uint32_t g) {
      return pool[id].generation == g && pool[id].waiting;
    };
    while (const Entry* next = due(now, live)) {
      const Ref ref = next->what;
      const double at_s = next->at_s;
      calendar_.pop();
      leave(ref.id, at_s);
    }
  }

private:
  EventCalendar<Ref> calendar_;
};

}  // namespace ccsim
