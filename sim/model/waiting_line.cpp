#include "ccsim/model/waiting_line.hpp"

#include <cassert>
#include <cmath>

namespace ccsim {

void WaitingLine::push(CallPool::Id id) {
  Call& call = pool_[id];
  assert(!call.waiting);
  call.waiting = true;
  const Ref ref{id, call.generation};
  fifo_.push_back(ref);
  deadlines_.push(call.deadline_s, id, call.generation);  // kept only when finite
  ++size_;
}

std::optional<CallPool::Id> WaitingLine::pop_front() {
  while (!fifo_.empty()) {
    const Ref ref = fifo_.front();
    fifo_.pop_front();
    if (!live(ref)) continue;  // abandoned earlier
    pool_[ref.id].waiting = false;
    --size_;
    return ref.id;
  }
  return std::nullopt;
}

std::optional<CallPool::Id> WaitingLine::front() {
  while (!fifo_.empty() && !live(fifo_.front())) fifo_.pop_front();  // abandoned earlier
  if (fifo_.empty()) return std::nullopt;
  return fifo_.front().id;
}

void WaitingLine::remove(CallPool::Id id) {
  assert(pool_[id].waiting);
  // The FIFO and heap entries become stale: a waiting flag cleared while the
  // slot keeps its generation until the pool releases it.
  pool_[id].waiting = false;
  --size_;
}

std::optional<CallPool::Id> WaitingLine::earliest_deadline() {
  const auto* due = deadlines_.due(INFINITY, [this](CallPool::Id id, std::uint32_t g) { return live(Ref{id, g}); });
  if (!due) return std::nullopt;
  return due->what.id;
}

}  // namespace ccsim
