#include "restaurant_kitchen.hpp"

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

RestaurantKitchen::RestaurantKitchen(const Kitchen& spec, ReplicationRecorder& recorder)
    : spec_(spec),
      recorder_(recorder) {
  recorder_.cooks().set(0, spec_.cooks);
}

void RestaurantKitchen::cook_main() {
  // A cook's day: take the oldest waiting order, or wait idle until a table
  // hands one over; prepare it; tell the table.
  Cook me{s4u::Actor::self(), nullptr};
  for (;;) {
    Order* order = nullptr;
    if (!queue_.empty()) {
      order = queue_.front();
      queue_.pop_front();
      recorder_.orders_waiting().set(s4u::Engine::get_clock(), static_cast<double>(queue_.size()));
    } else {
      idle_.push_back(&me);
      while (!me.order) s4u::this_actor::suspend();
      order = me.order;
      me.order = nullptr;
    }
    cook(*order);
  }
}

void RestaurantKitchen::cook(Order& order) {
  const double start = s4u::Engine::get_clock();
  recorder_.cooks_busy().add(start, +1);
  recorder_.order_started(order.interval, start - order.placed_s, start - order.placed_s + order.prep_s, order.waited);
  s4u::this_actor::sleep_for(order.prep_s);
  recorder_.cooks_busy().add(s4u::Engine::get_clock(), -1);
  order.ready = true;
  order.table->resume();
}

void RestaurantKitchen::order_and_wait(double prep_s, int interval) {
  const double now = s4u::Engine::get_clock();
  Order order{now, prep_s, interval, idle_.empty(), false, s4u::Actor::self()};
  if (!idle_.empty()) {  // straight to an idle cook, never counted as waiting
    Cook* cook = idle_.back();
    idle_.pop_back();
    cook->order = &order;
    cook->actor->resume();
  } else {
    queue_.push_back(&order);
    recorder_.orders_waiting().set(now, static_cast<double>(queue_.size()));
  }
  while (!order.ready) s4u::this_actor::suspend();
}

}  // namespace ccsim::engine
