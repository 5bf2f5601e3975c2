#pragma once
#include <cstdint>
#include <vector>

#include "ccsim/model/call.hpp"

namespace ccsim {

/// Slots for the calls currently in the system. Freed slots are reused, so
/// memory follows the number of callers present, not the number simulated.
class CallPool {
public:
  using Id = std::uint32_t;
  Id acquire() {
    if (free_.empty()) {
      calls_.emplace_back();
      return static_cast<Id>(calls_.size() - 1);
    }
    const Id id = free_.back();
    free_.pop_back();
    return id;
  }
  void release(Id id) {
    ++calls_[id].generation;
    calls_[id].waiting = false;
    free_.push_back(id);
  }
  Call& operator[](Id id) { return calls_[id]; }
  const Call& operator[](Id id) const { return calls_[id]; }
  std::size_t capacity() const { return calls_.size(); }

private:
  std::vector<Call> calls_;
  std::vector<Id> free_;
};

}  // namespace ccsim
