#include "ccsim/floor/call_router.hpp"

#include <cmath>
#include <tuple>

namespace ccsim {

CallRouter::CallRouter(const Scenario& s, CallPool& pool)
    : pool_(pool),
      delay_(s.demand.size(), std::vector<double>(s.staff.size(), INFINITY)),
      classes_of_(s.staff.size()),
      at_arrival_(s.demand.size()) {
  for (std::size_t c = 0; c < s.demand.size(); ++c) {
    lines_.emplace_back(pool_);
    const Demand& d = s.demand[c];
    priority_.push_back(d.priority);
    if (d.route) {
      delay_[c][static_cast<std::size_t>(d.route->primary)] = 0;
      if (d.route->overflow) delay_[c][static_cast<std::size_t>(*d.route->overflow)] = d.route->overflow_after_s;
    } else {
      for (std::size_t g = 0; g < s.staff.size(); ++g)
        if (s.staff[g].serves(static_cast<int>(c))) delay_[c][g] = 0;
    }
    for (std::size_t g = 0; g < s.staff.size(); ++g) {
      if (delay_[c][g] == 0) at_arrival_[c].push_back(static_cast<int>(g));
      if (std::isfinite(delay_[c][g])) classes_of_[g].push_back(static_cast<int>(c));
    }
  }
}

bool CallRouter::may_serve(int group, int demand_class) const {
  return std::isfinite(delay_[static_cast<std::size_t>(demand_class)][static_cast<std::size_t>(group)]);
}

void CallRouter::push(CallPool::Id id) {
  const Call& call = pool_[id];
  const auto c = static_cast<std::size_t>(call.demand_class);
  lines_[c].push(id);
  ++size_;
  for (std::size_t g = 0; g < delay_[c].size(); ++g) {
    const double delay = delay_[c][g];
    if (delay > 0 && std::isfinite(delay))
      overflows_.push(call.arrival_s + delay, OverflowTo{id, call.generation, static_cast<int>(g)});
  }
}

std::optional<CallPool::Id> CallRouter::next_for(int group, double now) {
  const auto g = static_cast<std::size_t>(group);
  int best = -1;
  std::tuple<int, double, int> best_key{};
  for (int c : classes_of_[g]) {
    const auto head = lines_[static_cast<std::size_t>(c)].front();
    if (!head) continue;
    const Call& call = pool_[*head];
    const double delay = delay_[static_cast<std::size_t>(c)][g];
    if (delay > 0 && call.arrival_s + delay > now) continue;  // not yet overflowing to this group
    const std::tuple<int, double, int> key{priority_[static_cast<std::size_t>(c)], call.arrival_s, c};
    if (best < 0 || key < best_key) {
      best = c;
      best_key = key;
    }
  }
  if (best < 0) return std::nullopt;
  --size_;
  return lines_[static_cast<std::size_t>(best)].pop_front();
}

std::optional<CallPool::Id> CallRouter::pop_class(int demand_class) {
  const auto id = lines_[static_cast<std::size_t>(demand_class)].pop_front();
  if (id) --size_;
  return id;
}

void CallRouter::remove(CallPool::Id id) {
  lines_[static_cast<std::size_t>(pool_[id].demand_class)].remove(id);
  --size_;
}

std::optional<CallPool::Id> CallRouter::earliest_deadline() {
  std::optional<CallPool::Id> best;
  for (WaitingLine& line : lines_) {
    const auto id = line.earliest_deadline();
    if (id && (!best || pool_[*id].deadline_s < pool_[*best].deadline_s)) best = id;
  }
  return best;
}

std::optional<CallRouter::Overflow> CallRouter::next_overflow() {
  while (!overflows_.empty()) {
    const auto& e = overflows_.top();
    const OverflowTo& o = e.what;
    if (pool_[o.id].generation == o.generation && pool_[o.id].waiting) return Overflow{e.at_s, o.id, o.group};
    overflows_.pop();
  }
  return std::nullopt;
}

}  // namespace ccsim
