#include "restaurant_tables.hpp"

#include <algorithm>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

RestaurantTables::RestaurantTables(const Scenario& scenario, std::uint32_t replication, s4u::Host* host)
    : FloorWorld(scenario, replication, host),
      floor_(scenario.floor.restaurant),
      tables_(floor_.tables.size()),
      plan_(floor_.tables, floor_.join_rows) {
  if (floor_.kitchen) kitchen_.emplace(*floor_.kitchen, recorder_);
}

void RestaurantTables::start() {
  for (Table& table : tables_)
    table.actor = start_actor(
        "table", [this, &table] { table_main(table); }, true);
  int seats = 0;
  for (int s : floor_.tables) seats += s;
  recorder_.staffed().set(0, static_cast<double>(tables_.size()));
  recorder_.seats().set(0, seats);
  set_waiters(staff_in(0), 0);  // before anybody arrives at 0
  start_actor("customers", [this] { customers_main(); });
  start_actor("staffing", [this] {
    follow_intervals([this](int i, double t) {
      if (kitchen_) kitchen_->set_interval(i, t);
      set_waiters(staff_in(i), t);
    });
  });
  for (int c = 0; kitchen_ && c < kitchen_->cooks(); ++c)
    start_actor(
        "cook", [this, c] { kitchen_->cook_main(c); }, true);
}

void RestaurantTables::closing(double now) {
  if (kitchen_) kitchen_->closing(now);
  if (waiters_ == 0)  // nobody left to seat them: the waiting parties leave at the close
    while (!line_.empty()) walk_away(line_.front(), now);
}

void RestaurantTables::settle_patience(double now) {
  deadlines_.settle(now, pool_, [this](Id id, double at) { walk_away(id, at); });
}

void RestaurantTables::walk_away(Id id, double at) {
  line_.erase(std::find(line_.begin(), line_.end(), id));
  const Party& p = pool_[id];
  FloorEvent walked = event_of(FloorEvent::abandoned, p, at);
  walked.from_queue = true;
  walked.queue_after = static_cast<int>(line_.size());
  emit(walked);
  recorder_.guests_walked_away(p.interval, p.size, p.size * floor_.spend_per_guest.value_or(0));
  party_left(id);
}

void RestaurantTables::arrive(const ArrivalStreams::Arrival& a, double now) {
  // Party k of a class has the same size, meal and patience in every variant.
  const int demand_class = a.demand_class;
  const std::uint64_t serial = a.serial;
  const Demand& demand = scenario_.demand[static_cast<std::size_t>(demand_class)];
  const auto cls = static_cast<std::uint32_t>(demand_class);
  const Id id = pool_.acquire();
  Party& p = pool_[id];
  p.arrival_s = now;
  p.interval = recorder_.interval_of(now);
  p.demand_class = demand_class;
  p.serial = serial;
  emit(event_of(FloorEvent::arrived, p, now));
  RandomStream size_rng(scenario_.seed, replication_, Purpose::party_size, cls, serial);
  p.size = floor_.party_size.sample(size_rng);
  RandomStream meal_rng(scenario_.seed, replication_, Purpose::service, cls, serial);
  p.meal_s = meal_of(floor_, demand, p.size).sample(meal_rng);
  p.number = parties_++;
  if (kitchen_) {
    RandomStream order_rng(scenario_.seed, replication_, Purpose::kitchen_order, cls, serial);
    p.prep_s = floor_.kitchen->per_order.sample(order_rng);
  }
  if (demand.patience) {
    RandomStream patience_rng(scenario_.seed, replication_, Purpose::patience, cls, serial);
    p.deadline_s = now + demand.patience->sample(patience_rng);
  }
  customer_in();
  if (!(floor_.strict_fifo && !line_.empty()) && try_seat(id, now, -1)) return;
  p.waiting = true;
  deadlines_.push(p.deadline_s, id, p.generation);
  line_.push_back(id);
  FloorEvent queued = event_of(FloorEvent::queued, p, now);
  queued.queue_after = static_cast<int>(line_.size());
  emit(queued);
}

bool RestaurantTables::at_cap() const {
  if (waiters_ == 0) return true;
  return floor_.tables_per_waiter && occupied_ >= waiters_ * *floor_.tables_per_waiter;
}

bool RestaurantTables::try_seat(Id id, double now, int queue_after) {
  // The smallest free table that fits, else the smallest free combination.
  if (at_cap()) return false;
  Party& p = pool_[id];
  p.place = plan_.choose(p.size);
  if (p.place < 0) return false;
  plan_.occupy(p.place);
  Table& host = tables_[static_cast<std::size_t>(plan_.tables_of(p.place).front())];
  FloorEvent seated = event_of(FloorEvent::answered, p, now);
  seated.from_queue = p.waiting;
  seated.queue_after = queue_after;
  seated.group = plan_.tables_of(p.place).front();  // the host table
  seated.end_s = now + p.meal_s;                    // the kitchen's time aside
  seated.servers = static_cast<int>(plan_.tables_of(p.place).size());
  p.waiting = false;
  host.handed_over = true;
  host.party = id;
  ++occupied_;
  emit(seated);
  recorder_.seats_busy().add(now, p.size);
  trace(id, now, true);
  if (host.actor.get() != s4u::Actor::self()) host.actor->resume();
  return true;
}

void RestaurantTables::free_place(Id id, double now) {
  const Party& p = pool_[id];
  plan_.release(p.place);
  --occupied_;
  FloorEvent left = event_of(FloorEvent::ended, p, now);
  left.group = plan_.tables_of(p.place).front();  // the host table
  left.servers = static_cast<int>(plan_.tables_of(p.place).size());
  emit(left);
  recorder_.seats_busy().add(now, -p.size);
  trace(id, now, false);
}

void RestaurantTables::trace(Id id, double now, bool seated) {
  if (!trace_) return;
  const Party& p = pool_[id];
  trace_->push_back(SeatingEvent{now, p.number, p.size, plan_.tables_of(p.place), seated});
}

void RestaurantTables::seat_waiting(double now) {
  for (auto it = line_.begin(); it != line_.end() && !at_cap();) {
    if (try_seat(*it, now, static_cast<int>(line_.size()) - 1)) {
      it = line_.erase(it);
    } else if (floor_.strict_fifo) {
      return;
    } else {
      ++it;
    }
  }
}

void RestaurantTables::party_left(Id id) {
  pool_.release(id);
  customer_left();
}

void RestaurantTables::table_main(Table& table) {
  // A table's day: free until a party sits down (at this table, or at tables
  // joined to it), the wait for the food, then the meal; when the party
  // leaves, the line is looked at again.
  for (;;) {
    while (!table.handed_over) s4u::this_actor::suspend();
    table.handed_over = false;
    if (kitchen_) kitchen_->order_and_wait(pool_[table.party].prep_s, pool_[table.party].interval);
    s4u::this_actor::sleep_for(pool_[table.party].meal_s);
    const double now = s4u::Engine::get_clock();
    settle_patience(now);
    free_place(table.party, now);
    party_left(table.party);
    seat_waiting(now);
  }
}

void RestaurantTables::set_waiters(int waiters, double now) {
  // Fewer waiters never unseat anybody; they only hold back new seating.
  waiters_ = waiters;
  recorder_.staff().set(now, waiters);
  seat_waiting(now);
}

}  // namespace ccsim::engine
