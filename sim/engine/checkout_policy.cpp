// The checkout's lane policy and staffing: lanes open when a queue reaches
// `open_at` (while cashiers are free), close when every queue is below
// `close_below`, and follow the cashiers on duty per interval.
#include <algorithm>
#include <stdexcept>

#include "checkout_lanes.hpp"

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

int CheckoutLanes::accepting() const {
  int n = 0;
  for (const Lane& lane : lanes_) n += lane.state == LaneState::open ? 1 : 0;
  return n;
}

int CheckoutLanes::tills_staffed() const {
  int n = 0;
  for (const Lane& lane : lanes_) n += lane.state != LaneState::closed ? 1 : 0;
  return n;
}

bool CheckoutLanes::eligible(const Lane& lane, int items) const {
  return !lane.express || items <= floor_.express_max_items;
}

void CheckoutLanes::open_the_store() {
  // Before any actor runs, so a customer arriving at 0 finds the lanes open.
  set_cashiers(staff_in(0), 0);
  while (accepting() < std::min(floor_.open_at_start, cashiers_) && open_next(0)) {}
}

void CheckoutLanes::set_cashiers(int cashiers, double now) {
  cashiers_ = cashiers;
  recorder_.staff().set(now, cashiers);
  // Fewer cashiers: the last lanes stop taking customers and serve their queue.
  while (accepting() > cashiers_) close_last(now);
  // Somebody on duty keeps at least one lane open.
  if (accepting() == 0 && cashiers_ > 0) open_next(now);
  open_more_if_needed(now);
}

void CheckoutLanes::open_more_if_needed(double now) {
  if (floor_.every_cashier_at_a_till) {  // a plan's lanes: every cashier on duty at a till
    while (accepting() < cashiers_ && open_next(now)) {}
    return;
  }
  const auto crowded = [this] {
    return std::any_of(lanes_.begin(), lanes_.end(), [this](const Lane& lane) {
      return lane.state == LaneState::open && static_cast<int>(lane.queue.size()) >= floor_.open_at;
    });
  };
  while (crowded() && open_next(now)) {}
}

void CheckoutLanes::close_if_quiet(double now) {
  if (floor_.every_cashier_at_a_till) return;
  const int open = accepting();
  if (open <= 1) return;
  for (const Lane& lane : lanes_)
    if (lane.state == LaneState::open && static_cast<int>(lane.queue.size()) >= floor_.close_below) return;
  close_last(now);
}

bool CheckoutLanes::open_next(double now) {
  // The lanes taking customers are the first `accepting()` of the opening
  // order, so the next one is at that position.
  const auto k = static_cast<std::size_t>(accepting());
  if (k >= lanes_.size() || static_cast<int>(k) >= cashiers_) return false;
  Lane& lane = lanes_[k];
  if (lane.state == LaneState::closed) {
    if (tills_staffed() >= cashiers_) return false;  // every cashier is still at a till
    emit(FloorEvent{FloorEvent::on_duty, now});      // a cashier at the till
  }
  lane.state = LaneState::open;
  if (accepting() > cashiers_) throw std::logic_error("checkout: more lanes open than cashiers on duty");
  if (floor_.jockeying) jockey_to(static_cast<int>(k), now);
  levels_changed(now);
  return true;
}

void CheckoutLanes::close_last(double now) {
  Lane& lane = lanes_[static_cast<std::size_t>(accepting() - 1)];
  lane.state = LaneState::closing;
  if (!lane.busy && lane.queue.empty()) till_closed(lane, now);
}

void CheckoutLanes::till_closed(Lane& lane, double now) {
  if (lane.busy || !lane.queue.empty()) throw std::logic_error("checkout: a lane closed with customers in it");
  lane.state = LaneState::closed;
  emit(FloorEvent{FloorEvent::off_duty, now});
  levels_changed(now);
  open_more_if_needed(now);  // the cashier is free for a lane that needs one
}

void CheckoutLanes::jockey_to(int target, double now) {
  // The last customer of a queue at least two longer than the new lane's
  // moves over, one at a time, while that holds.
  Lane& to = lanes_[static_cast<std::size_t>(target)];
  for (;;) {
    Lane* from = nullptr;
    for (Lane& lane : lanes_) {
      if (&lane == &to || lane.state == LaneState::closed || lane.queue.empty()) continue;
      if (!eligible(to, pool_[lane.queue.back()].items)) continue;
      if (!from || length(lane) > length(*from)) from = &lane;
    }
    if (!from || length(*from) - length(to) < 2) return;
    join(target, take_last(*from), now);
  }
}

void CheckoutLanes::levels_changed(double now) {
  int waiting = 0, longest = 0;
  for (const Lane& lane : lanes_) {
    const int q = static_cast<int>(lane.queue.size());
    waiting += q;
    longest = std::max(longest, q);
  }
  recorder_.queue().set(now, waiting);
  recorder_.longest_lane().set(now, longest);
  recorder_.over_standard().set(now, longest >= floor_.standard ? 1 : 0);
}

}  // namespace ccsim::engine
