#include "checkout_lanes.hpp"

#include <algorithm>
#include <limits>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

CheckoutLanes::CheckoutLanes(const Scenario& scenario, std::uint32_t replication, s4u::Host* host)
    : FloorWorld(scenario, replication, host),
      floor_(scenario.floor.checkout),
      lanes_(static_cast<std::size_t>(scenario.floor.checkout.lanes)) {
  // Opening order: every third lane is an express lane (the 3rd, 6th, ...),
  // any further express lanes come last; the first two are regular.
  int express = 0;
  for (std::size_t k = 2; k < lanes_.size() && express < floor_.express_lanes; k += 3, ++express)
    lanes_[k].express = true;
  for (std::size_t k = lanes_.size(); k-- > 0 && express < floor_.express_lanes;)
    if (!lanes_[k].express) lanes_[k].express = true, ++express;
}

void CheckoutLanes::start() {
  for (Lane& lane : lanes_)
    lane.actor = start_actor(
        "lane", [this, &lane] { lane_main(lane); }, true);
  open_the_store();
  start_actor("customers", [this] { customers_main(); });
  start_actor("staffing", [this] { follow_intervals([this](int i, double t) { set_cashiers(staff_in(i), t); }); });
}

// ---- customer side ------------------------------------------------------------

void CheckoutLanes::settle_patience(double now) {
  // As in the call center: every customer whose patience ended before `now`
  // leaves their lane at that deadline, in deadline order.
  deadlines_.settle(now, pool_, [this](Id id, double at) { walk_away(id, at); });
}

void CheckoutLanes::walk_away(Id id, double at) {
  Customer& c = pool_[id];
  Lane& lane = lanes_[static_cast<std::size_t>(c.lane)];
  lane.queue.erase(std::find(lane.queue.begin(), lane.queue.end(), id));
  lane.items_waiting -= c.items;
  emit(event_of(FloorEvent::abandoned, c, at));
  levels_changed(at);
  shopper_left(id);
  if (lane.state == LaneState::closing && lane.queue.empty() && !lane.busy) till_closed(lane, at);
  close_if_quiet(at);
}

void CheckoutLanes::arrive(const ArrivalStreams::Arrival& a, double now) {
  // Customer k of a class has the same basket and times whatever the
  // staffing (common random numbers).
  const int demand_class = a.demand_class;
  const std::uint64_t serial = a.serial;
  const Id id = admit(demand_class, serial, now);
  Customer& c = pool_[id];
  c.interval = recorder_.interval_of(now);
  emit(event_of(FloorEvent::arrived, c, now));
  const int lane = choose_lane(c, demand_class, serial);
  if (lane < 0) {  // no lane open: nobody can pay
    emit(event_of(FloorEvent::blocked, c, now));
    pool_.release(id);
    return;
  }
  customer_in();
  join(lane, id, now);
  open_more_if_needed(now);
}

CheckoutLanes::Id CheckoutLanes::admit(int demand_class, std::uint64_t serial, double now) {
  const Demand& demand = scenario_.demand[static_cast<std::size_t>(demand_class)];
  const auto cls = static_cast<std::uint32_t>(demand_class);
  const Id id = pool_.acquire();
  Customer& c = pool_[id];
  c.arrival_s = now;
  c.demand_class = demand_class;
  c.serial = serial;
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
    const long size = floor_.join == CheckoutFloor::Join::random ? 0  // every open lane alike
                      : floor_.join == CheckoutFloor::Join::fewest_items
                          ? lane.items_waiting + (lane.busy ? pool_[lane.serving].items : 0)
                          : length(lane);
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
    emit(event_of(FloorEvent::queued, c, now));
    deadlines_.push(c.deadline_s, id, c.generation);
  }
  c.waiting = true;
  lane.queue.push_back(id);
  lane.items_waiting += c.items;
  levels_changed(now);
}

void CheckoutLanes::shopper_left(Id id) {
  pool_.release(id);
  customer_left();
}

// ---- lane side -------------------------------------------------------------------

void CheckoutLanes::start_service(Lane& lane, Id id, double now) {
  Customer& c = pool_[id];
  FloorEvent answered = event_of(FloorEvent::answered, c, now);
  answered.from_queue = c.waiting;
  answered.group = static_cast<int>(&lane - lanes_.data());  // the lane
  answered.end_s = now + c.service_s;
  c.waiting = false;
  lane.busy = true;
  lane.handed_over = true;
  lane.serving = id;
  emit(answered);
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
      settle_patience(now);
      FloorEvent done = event_of(FloorEvent::ended, pool_[lane.serving], now);
      done.group = static_cast<int>(&lane - lanes_.data());
      emit(done);
      lane.busy = false;
      shopper_left(lane.serving);
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
