#pragma once
// Patience deadlines of customers waiting on a floor, earliest first, with
// lazy deletion: an entry whose customer was served or moved on is skipped.
#include <cmath>
#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

namespace ccsim::engine {

class DeadlineHeap {
public:
  struct Entry {
    double at;
    std::uint64_t order;  // FIFO among equal deadlines, for determinism
    std::uint32_t id;
    std::uint32_t generation;
    bool operator>(const Entry& o) const { return at != o.at ? at > o.at : order > o.order; }
  };
  void push(double at, std::uint32_t id, std::uint32_t generation) {
    if (at < INFINITY) heap_.push(Entry{at, pushes_++, id, generation});
  }
  /// The earliest entry for which `live(id, generation)` holds, if due by `now`
  /// (stale entries on the way are dropped).
  template <class Live>
  const Entry* due(double now, Live live) {
    while (!heap_.empty() && !live(heap_.top().id, heap_.top().generation)) heap_.pop();
    return !heap_.empty() && heap_.top().at <= now ? &heap_.top() : nullptr;
  }
  void pop() { heap_.pop(); }

private:
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
  std::uint64_t pushes_ = 0;
};

/// Records of the customers on a floor; freed slots are reused, and the
/// generation tells a stale reference from the slot's new occupant.
template <class Record>
class RecordPool {
public:
  using Id = std::uint32_t;
  Id acquire() {
    if (free_.empty()) {
      records_.emplace_back();
      return static_cast<Id>(records_.size() - 1);
    }
    const Id id = free_.back();
    free_.pop_back();
    const std::uint32_t generation = records_[id].generation;
    records_[id] = Record{};
    records_[id].generation = generation;
    return id;
  }
  void release(Id id) {
    ++records_[id].generation;
    records_[id].waiting = false;
    free_.push_back(id);
  }
  Record& operator[](Id id) { return records_[id]; }
  const Record& operator[](Id id) const { return records_[id]; }

private:
  std::vector<Record> records_;
  std::vector<Id> free_;
};

}  // namespace ccsim::engine
