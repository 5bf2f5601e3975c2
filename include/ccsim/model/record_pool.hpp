#pragma once
// Slots for the customers (calls, shoppers, parties) currently on a floor.
#include <cstdint>
#include <vector>

namespace ccsim {

/// Records of the customers on a floor. Freed slots are reused, so memory
/// follows the number of customers present, not the number simulated; a new
/// occupant starts from a default record, and the slot's generation (bumped
/// at each release) tells a stale reference from the new occupant. `Record`
/// has the members `std::uint32_t generation` and `bool waiting`.
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
  /// Slots ever used: the most customers present at once.
  std::size_t capacity() const { return records_.size(); }

private:
  std::vector<Record> records_;
  std::vector<Id> free_;
};

}  // namespace ccsim
