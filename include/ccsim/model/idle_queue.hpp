#pragma once
// The idle agents of one group, longest idle first. An agent leaves it from
// the head (the next call), the tail (the most recently idle goes home when
// the count drops) or anywhere (a break or a shift's end while idle), each in
// constant time: with 100,000 agents no event costs more than with ten.
#include <cstddef>
#include <vector>

namespace ccsim {

/// A FIFO of agent numbers (0, 1, ... within a group), a doubly linked list
/// threaded through two arrays indexed by number.
class IdleQueue {
public:
  /// Appends an agent that is not in the queue.
  void push_back(int agent);
  /// The longest idle agent (the queue must not be empty).
  int front() const { return head_; }
  /// The most recently idle agent (the queue must not be empty).
  int back() const { return tail_; }
  /// Removes an agent that is in the queue, wherever it stands.
  void remove(int agent);
  bool contains(int agent) const;
  bool empty() const { return size_ == 0; }
  int size() const { return size_; }

private:
  static constexpr int none = -1;
  static constexpr int absent = -2;  // in prev_: the agent is not in the queue
  std::vector<int> prev_, next_;
  int head_ = none, tail_ = none, size_ = 0;
};

}  // namespace ccsim
