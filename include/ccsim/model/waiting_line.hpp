#pragma once
// The passive FIFO queue idle agents pull from, with the patience deadlines
// of the callers in it.
#include <cstdint>
#include <deque>
#include <limits>
#include <optional>

#include "ccsim/model/call_pool.hpp"
#include "ccsim/model/deadline_heap.hpp"

namespace ccsim {

/// FIFO of waiting callers plus a min-heap of their patience deadlines.
/// Removal of an abandoning caller from the middle is O(1) (tombstone); stale
/// entries are skipped lazily, so every operation is amortised O(log n).
class WaitingLine {
public:
  explicit WaitingLine(CallPool& pool) : pool_(pool) {}

  /// Appends a caller (its deadline may be infinite: no patience).
  void push(CallPool::Id id);
  /// Removes and returns the caller at the head, if any.
  std::optional<CallPool::Id> pop_front();
  /// The caller at the head, if any, left in place.
  std::optional<CallPool::Id> front();
  /// Removes a caller whose patience ran out (it must be waiting).
  void remove(CallPool::Id id);
  /// The waiting caller with the earliest finite deadline, if any.
  std::optional<CallPool::Id> earliest_deadline();

  int size() const { return size_; }
  bool empty() const { return size_ == 0; }

private:
  using Ref = DeadlineHeap::Ref;
  bool live(const Ref& r) const { return pool_[r.id].generation == r.generation && pool_[r.id].waiting; }

  CallPool& pool_;
  std::deque<Ref> fifo_;
  DeadlineHeap deadlines_;
  int size_ = 0;
};

}  // namespace ccsim
