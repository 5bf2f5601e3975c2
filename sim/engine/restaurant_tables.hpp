#pragma once
// One replication of a restaurant on SimGrid: one actor per table (it hosts a
// party for its meal), parties as records waiting in arrival order; the floor
// world's customer side (arrivals, walk-aways, the close) and interval
// schedule (waiters on duty, who cap the tables served at once).
//
// Seating: a party takes the smallest free table that fits it, or else the
// smallest free combination of joinable tables (see SeatingPlan); joined
// tables are hosted by the first one's actor and freed together. When tables
// free up, the waiting parties are seated first come, first served among
// those that fit a free place (a party of 2 may go before an earlier party of
// 6 waiting for a big table); with strict FIFO only the party at the head of
// the line is seated. With a kitchen, the meal starts when the party's order
// is ready; the table is occupied meanwhile.
#include <deque>
#include <optional>
#include <vector>

#include <simgrid/s4u.hpp>

#include "floor_world.hpp"
#include "ccsim/engine/restaurant_trace.hpp"
#include "ccsim/model/seating_plan.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "ccsim/model/deadline_heap.hpp"
#include "ccsim/model/record_pool.hpp"
#include "restaurant_kitchen.hpp"

namespace ccsim::engine {

class RestaurantTables : public FloorWorld {
public:
  RestaurantTables(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);
  void start() override;
  /// Appends every seating and leaving to `trace` (call before start()).
  void trace_seating_to(std::vector<SeatingEvent>* trace) { trace_ = trace; }

private:
  struct Party {
    double arrival_s = 0, meal_s = 0, prep_s = 0, deadline_s = INFINITY;
    int interval = -1;
    int demand_class = 0;
    std::uint64_t serial = 0;  // the party's stream key within the class
    int size = 1;
    int place = -1;            // in plan_, while seated
    std::uint64_t number = 0;  // arrival order, for the trace
    std::uint32_t generation = 0;
    bool waiting = false;
  };
  using Id = RecordPool<Party>::Id;
  struct Table {
    bool handed_over = false;  // a party sits down here (the host table of a joined place)
    Id party = 0;
    simgrid::s4u::ActorPtr actor;
  };

  void settle_patience(double now) override;
  void walk_away(Id id, double at);
  void arrive(const ArrivalStreams::Arrival& a, double now) override;
  void closing(double now) override;
  // queue_after: the line after the party leaves it (-1: it was not in it).
  bool try_seat(Id id, double now, int queue_after);
  void seat_waiting(double now);
  void party_left(Id id);
  void table_main(Table& table);
  void free_place(Id id, double now);
  void trace(Id id, double now, bool seated);
  void set_waiters(int waiters, double now);
  bool at_cap() const;

  const RestaurantFloor& floor_;
  RecordPool<Party> pool_;
  DeadlineHeap deadlines_;
  std::vector<Table> tables_;  // ascending seats, as in plan_
  SeatingPlan plan_;
  std::optional<RestaurantKitchen> kitchen_;
  std::vector<SeatingEvent>* trace_ = nullptr;
  std::uint64_t parties_ = 0;
  std::deque<Id> line_;  // waiting parties in arrival order
  int occupied_ = 0;     // parties seated (a joined place is one table to its waiter)
  int waiters_ = 0;
};

}  // namespace ccsim::engine
