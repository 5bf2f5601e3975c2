#include "ccsim/model/idle_queue.hpp"

#include <stdexcept>

namespace ccsim {

void IdleQueue::push_back(int agent) {
  const auto a = static_cast<std::size_t>(agent);
  if (agent < 0) throw std::logic_error("IdleQueue: negative agent number");
  if (a >= prev_.size()) {
    prev_.resize(a + 1, absent);
    next_.resize(a + 1, none);
  }
  if (prev_[a] != absent) throw std::logic_error("IdleQueue: the agent is already idle");
  prev_[a] = tail_;
  next_[a] = none;
  if (tail_ == none)
    head_ = agent;
  else
    next_[static_cast<std::size_t>(tail_)] = agent;
  tail_ = agent;
  ++size_;
}

bool IdleQueue::contains(int agent) const {
  const auto a = static_cast<std::size_t>(agent);
  return agent >= 0 && a < prev_.size() && prev_[a] != absent;
}

void IdleQueue::remove(int agent) {
  if (!contains(agent)) throw std::logic_error("IdleQueue: the agent is not idle");
  const auto a = static_cast<std::size_t>(agent);
  const int before = prev_[a], after = next_[a];
  if (before == none)
    head_ = after;
  else
    next_[static_cast<std::size_t>(before)] = after;
  if (after == none)
    tail_ = before;
  else
    prev_[static_cast<std::size_t>(after)] = before;
  prev_[a] = absent;
  next_[a] = none;
  --size_;
}

}  // namespace ccsim
