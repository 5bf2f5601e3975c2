#include "checkout_lanes.hpp"

#include <algorithm>
#include <limits>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;
namespace {
constexpr double never = std::numeric_limits<double>::infinity();
}

CheckoutLanes::CheckoutLanes(const Scenario& scenario, std::uint32_t replication, s4u::Host* host)
    : scenario_(scenario),
      floor_(scenario.floor.checkout),
      replication_(replication),
      host_(host),
      recorder_(scenario.clock.intervals(), scenario.clock.interval_s, scenario.service_level_threshold_s()),
      serials_(scenario.demand.size(), 0),
      lanes_(static_cast<std::size_t>(scenario.floor.checkout.lanes)) {
  for (std::size_t c = 0; c < scenario.demand.size(); ++c) {
    const Demand& d = scenario.demand[c];
    if (!d.arrival_times_s.empty())
      arrivals_.emplace_back(d.arrival_times_s);
    else
      arrivals_.emplace_back(
          d.rate_per_s, scenario.clock.interval_s,
          RandomStream(scenario.seed, replication, Purpose::arrivals, static_cast<std::uint32_t>(c), 0));
  }
  // Opening order: every third lane is an express lane (the 3rd, 6th, ...),
  // any further express lanes come last; the first two are regular.
  int express = 0;
  for (std::size_t k = 2; k < lanes_.size() && express < floor_.express_lanes; k += 3, ++express)
    lanes_[k].express = true;
  for (std::size_t k = lanes_.size(); k-- > 0 && express < floor_.express_lanes;)
    if (!lanes_[k].express) lanes_[k].express = true, ++express;
}

void CheckoutLanes::start() {
  for (Lane& lane : lanes_) {
    lane.actor =
        s4u::Actor::create("lane", host_, [this, &lane] { failure_.guard(host_, [this, &lane] { lane_main(lane); }); });
    lane.actor->daemonize();
  }
  open_the_store();
  s4u::Actor::create("customers", host_, [this] { failure_.guard(host_, [this] { customers_main(); }); });
  s4u::Actor::create("staffing", host_, [this] { failure_.guard(host_, [this] { staffing_main(); }); });
}

ReplicationTallies CheckoutLanes::finish(double end_s) {
  failure_.rethrow();
  return recorder_.finish(std::max(end_s, scenario_.clock.length_s));
}

// ---- customer side ------------------------------------------------------------

void CheckoutLanes::customers_main() {
  std::vector<double> next(arrivals_.size());
  for (std::size_t c = 0; c < next.size(); ++c) next[c] = arrivals_[c].next();
  for (;;) {
    const auto first = std::min_element(next.begin(), next.end());
    const double t_arrival = first == next.end() || *first >= scenario_.clock.length_s ? never : *first;
    const double t_close = closed_ ? never : scenario_.clock.length_s;
    const double t = std::min(t_arrival, t_close);
    if (t == never) {
      if (in_system_ == 0) return;  // every customer has left: the store closes
      awaiting_drain_ = true;       // only the lanes can act now
      drained_->acquire();
      awaiting_drain_ = false;
      continue;
    }
    if (t > s4u::Engine::get_clock()) s4u::this_actor::sleep_until(t);
    purge_walkaways(t);
    if (t == t_arrival) {
      const auto c = static_cast<std::size_t>(first - next.begin());
      arrive(static_cast<int>(c), t);
      next[c] = arrivals_[c].next();
    } else {
      closed_ = true;  // no more arrivals; the open lanes serve everyone inside
    }
  }
}

void CheckoutLanes::purge_walkaways(double now) {
  // As in the call center: every customer whose patience ended before `now`
  // leaves their lane at that deadline, in deadline order.
  const auto live = [this](Id id, std::uint32_t g) { return pool_[id].generation == g && pool_[id].waiting; };
  while (const DeadlineHeap::Entry* due = deadlines_.due(now, live)) {
    const Id id = due->what.id;
    const double at = due->at_s;
    deadlines_.pop();
    Customer& c = pool_[id];
    Lane& lane = lanes_[static_cast<std::size_t>(c.lane)];
    lane.queue.erase(std::find(lane.queue.begin(), lane.queue.end(), id));
    lane.items_waiting -= c.items;
    recorder_.abandoned(c.interval, at - c.arrival_s, at);
    levels_changed(at);
    customer_left(id);
    if (lane.state == LaneState::closing && lane.queue.empty() && !lane.busy) till_closed(lane, at);
    close_if_quiet(at);
  }
}

void CheckoutLanes::arrive(int demand_class, double now) {
  // Every arrival advances the serial, so customer k of a class has the same
  // basket and times whatever the staffing (common random numbers).
  const std::uint64_t serial = serials_[static_cast<std::size_t>(demand_class)]++;
  const int interval = recorder_.interval_of(now);
  recorder_.arrival(interval);
  const Id id = admit(demand_class, serial, now);
  Customer& c = pool_[id];
  c.interval = interval;
  const int lane = choose_lane(c, demand_class, serial);
  if (lane < 0) {  // no lane open: nobody can pay
    recorder_.blocked(interval);
    pool_.release(id);
    return;
  }
  ++in_system_;
  join(lane, id, now);
  open_more_if_needed(now);
}

CheckoutLanes::Id CheckoutLanes::admit(int demand_class, std::uint64_t serial, double now) {
  const Demand& demand = scenario_.demand[static_cast<std::size_t>(demand_class)];
  const auto cls = static_cast<std::uint32_t>(demand_class);
  const Id id = pool_.acquire();
  Customer& c = pool_[id];
  c.arrival_s = now;
  RandomStream basket_rng(scenario_.seed, replication_, Purpose::basket, cls, serial);
  c.items = floor_.basket.sample(basket_rng);
  RandomStream service_rng(scenario_.seed, replication_, Purpose::service, cls, serial);
  c.service_s = demand.service.sample(service_rng) + floor_.per_item_s * c.items;
  if (floor_.payment) {
    RandomStream payment_rng(scenario_.seed, replication_, Purpose::payment, cls, serial);
    c.service_s += floor_.payment->sample(payment_rng);
  }
  if (demand.patience) {
    RandomStream patience_rng(scenario_.seed, replication_, Purpose::patience, cls, serial);
    c.deadline_s = now + demand.patience->sample(patience_rng);
  }
  return id;
}

int CheckoutLanes::choose_lane(const Customer& c, int demand_class, std::uint64_t serial) const {
  // Join the shortest queue (customers at the lane, or items when configured)
  // among the open lanes that take this basket; ties are broken with the
  // customer's own random number, drawn always so the streams stay aligned.
  RandomStream rng(scenario_.seed, replication_, Purpose::lane_choice, static_cast<std::uint32_t>(demand_class),
                   serial);
  const double u = rng.uniform();
  std::vector<int> best;
  long best_size = std::numeric_limits<long>::max();
  for (std::size_t k = 0; k < lanes_.size(); ++k) {
    const Lane& lane = lanes_[k];
    if (lane.state != LaneState::open || !eligible(lane, c.items)) continue;
    const long size =
        floor_.fewest_items ? lane.items_waiting + (lane.busy ? pool_[lane.serving].items : 0) : length(lane);
    if (size < best_size) best.clear(), best_size = size;
    if (size == best_size) best.push_back(static_cast<int>(k));
  }
  if (best.empty()) return -1;
  return best[std::min(best.size() - 1, static_cast<std::size_t>(u * static_cast<double>(best.size())))];
}

void CheckoutLanes::join(int lane_index, Id id, double now) {
  Lane& lane = lanes_[static_cast<std::size_t>(lane_index)];
  Customer& c = pool_[id];
  c.lane = lane_index;
  if (!lane.busy) {
    start_service(lane, id, now);
    if (lane.actor) lane.actor->resume();
    return;
  }
  if (!c.waiting) {  // a jockey keeps counting as having waited once
    recorder_.found_no_free_agent(c.interval);
    deadlines_.push(c.deadline_s, id, c.generation);
  }
  c.waiting = true;
  lane.queue.push_back(id);
  lane.items_waiting += c.items;
  levels_changed(now);
}

void CheckoutLanes::customer_left(Id id) {
  pool_.release(id);
  --in_system_;
  if (in_system_ == 0 && awaiting_drain_) drained_->release();
}

// ---- lane side -------------------------------------------------------------------

void CheckoutLanes::start_service(Lane& lane, Id id, double now) {
  Customer& c = pool_[id];
  c.waiting = false;
  lane.busy = true;
  lane.handed_over = true;
  lane.serving = id;
  recorder_.answered(c.interval, now - c.arrival_s, now);
  recorder_.busy().add(now, +1);
}

CheckoutLanes::Id CheckoutLanes::take_last(Lane& lane) {
  const Id id = lane.queue.back();
  lane.queue.pop_back();
  lane.items_waiting -= pool_[id].items;
  return id;
}

void CheckoutLanes::lane_main(Lane& lane) {
  // A cashier's day: idle until a customer is handed over, then serves the
  // queue until it is empty; a closing lane closes its till when it is.
  for (;;) {
    while (!lane.handed_over) s4u::this_actor::suspend();
    for (;;) {
      lane.handed_over = false;
      s4u::this_actor::sleep_for(pool_[lane.serving].service_s);
      const double now = s4u::Engine::get_clock();
      purge_walkaways(now);
      recorder_.busy().add(now, -1);
      lane.busy = false;
      customer_left(lane.serving);
      if (lane.queue.empty()) {
        if (lane.state == LaneState::closing) till_closed(lane, now);
        close_if_quiet(now);
        break;
      }
      const Id next = lane.queue.front();
      lane.queue.pop_front();
      lane.items_waiting -= pool_[next].items;
      start_service(lane, next, now);
      levels_changed(now);
      close_if_quiet(now);
    }
  }
}

}  // namespace ccsim::engine
