#pragma once
// A calendar of future events: the earliest first; events at the same
// instant in the order of their declared tie rank, then in the order they
// were scheduled. Every timed queue of the floors is one of these, so the
// order of simultaneous events is stated once and deterministic.
#include <cstdint>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace ccsim {

/// Future events carrying a `Payload`, earliest first. At equal times the
/// lower `rank` comes first (callers declare their ranks as an enum), then
/// the one scheduled first.
template <class Payload>
class EventCalendar {
public:
  struct Entry {
    double at_s;
    std::uint64_t order;  ///< the tie rank in the top byte, then the scheduling order: ties are deterministic
    Payload what;
    bool operator>(const Entry& o) const { return at_s != o.at_s ? at_s > o.at_s : order > o.order; }
  };

  void push(double at_s, Payload what, std::uint8_t rank = 0) {
    heap_.push(Entry{at_s, (static_cast<std::uint64_t>(rank) << sequence_bits) | scheduled_++, std::move(what)});
  }
  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  /// The earliest event (the calendar must not be empty).
  const Entry& top() const { return heap_.top(); }
  void pop() { heap_.pop(); }

private:
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
  static constexpr int sequence_bits = 56;  // 7e16 events before a sequence could reach the rank
  std::uint64_t scheduled_ = 0;
};

}  // namespace ccsim
