#include "restaurant_kitchen.hpp"

#include <algorithm>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

RestaurantKitchen::RestaurantKitchen(const Kitchen& spec, ReplicationRecorder& recorder)
    : spec_(spec),
      recorder_(recorder),
      on_duty_(spec_.cooks.front()) {
  recorder_.cooks().set(0, on_duty_);
}

int RestaurantKitchen::cooks() const { return *std::max_element(spec_.cooks.begin(), spec_.cooks.end()); }

void RestaurantKitchen::cook_main(int index) {
  // A cook's day: off duty, wait for the interval that needs this cook; on
  // duty, take the oldest waiting order, or wait idle until a table hands one
  // over or the shift ends; prepare it; tell the table.
  Cook me{index, s4u::Actor::self(), nullptr};
  all_.push_back(&me);
  for (;;) {
    if (!on_duty(me)) {
      off_.push_back(&me);
      while (!on_duty(me)) s4u::this_actor::suspend();
      continue;
    }
    Order* order = nullptr;
    if (!queue_.empty()) {
      order = queue_.front();
      queue_.pop_front();
      recorder_.orders_waiting().set(s4u::Engine::get_clock(), static_cast<double>(queue_.size()));
    } else {
      idle_.push_back(&me);
      while (!me.order && on_duty(me)) s4u::this_actor::suspend();
      if (!me.order) continue;  // taken off duty while idle (set_on_duty removed it from idle_)
      order = me.order;
      me.order = nullptr;
    }
    me.busy = true;
    cook(*order);
    me.busy = false;
    if (!on_duty(me)) {
      --finishing_;
      record_on_duty(s4u::Engine::get_clock());
    }
  }
}

void RestaurantKitchen::record_on_duty(double now) { recorder_.cooks().set(now, on_duty_ + finishing_); }

void RestaurantKitchen::set_interval(int interval, double now) {
  set_on_duty(spec_.cooks[static_cast<std::size_t>(interval)], now);
}

void RestaurantKitchen::closing(double now) { set_on_duty(std::max(1, on_duty_), now); }

void RestaurantKitchen::set_on_duty(int cooks, double now) {
  if (cooks == on_duty_) return;
  on_duty_ = cooks;
  finishing_ = 0;
  for (const Cook* c : all_) finishing_ += c->busy && !on_duty(*c);
  record_on_duty(now);
  // Idle cooks now off duty leave at once; cooks now on duty come in, in the
  // order they went off (the wake-up order is part of the sample path).
  for (auto it = idle_.begin(); it != idle_.end();) {
    if (on_duty(**it)) {
      ++it;
      continue;
    }
    (*it)->actor->resume();
    it = idle_.erase(it);
  }
  for (auto it = off_.begin(); it != off_.end();) {
    if (!on_duty(**it)) {
      ++it;
      continue;
    }
    (*it)->actor->resume();
    it = off_.erase(it);
  }
}

void RestaurantKitchen::cook(Order& order) {
  const double start = s4u::Engine::get_clock();
  recorder_.cooks_busy().add(start, +1);
  recorder_.order_started(order.interval, start - order.placed_s, start - order.placed_s + order.prep_s, order.waited,
                          start);
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
