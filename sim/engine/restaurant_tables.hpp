#pragma once
// One replication of a restaurant on SimGrid: one actor per table (it hosts a
// party for its meal), parties as records waiting in arrival order, a
// customer-side actor (arrivals, walk-aways, the close) and a staffing actor
// (waiters on duty per interval, who cap the tables served at once).
//
// Seating: a party takes the smallest free table that fits it. When a table
// frees up, the waiting parties are seated first come, first served among
// those that fit a free table (a party of 2 may go before an earlier party of
// 6 waiting for a big table); with strict FIFO only the party at the head of
// the line is seated.
#include <deque>
#include <exception>
#include <vector>

#include <simgrid/s4u.hpp>

#include "ccsim/engine/replication.hpp"
#include "world_stop.hpp"
#include "ccsim/model/arrival_process.hpp"
#include "ccsim/model/replication_recorder.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "deadline_heap.hpp"

namespace ccsim::engine {

class RestaurantTables {
public:
  RestaurantTables(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);
  /// Starts the actors; run the SimGrid engine afterwards, then call finish().
  void start();
  /// end_s: when this world's last actor ended (other worlds may share the engine).
  ReplicationTallies finish(double end_s);

private:
  struct Party {
    double arrival_s = 0, meal_s = 0, deadline_s = INFINITY;
    int interval = -1;
    int size = 1;
    std::uint32_t generation = 0;
    bool waiting = false;
  };
  using Id = RecordPool<Party>::Id;
  struct Table {
    int seats = 1;
    bool busy = false;
    bool handed_over = false;
    Id party = 0;
    simgrid::s4u::ActorPtr actor;
  };

  void customers_main();
  void purge_walkaways(double now);
  void walk_away(Id id, double at);
  void arrive(int demand_class, double now);
  bool try_seat(Id id, double now);
  void seat_waiting(double now);
  void party_left(Id id);
  void table_main(Table& table);
  void staffing_main();
  void set_waiters(int waiters, double now);
  int waiters_in(int interval) const;
  bool at_cap() const;
  template <class F> void guarded(F body);

  const Scenario& scenario_;
  const RestaurantFloor& floor_;
  std::uint32_t replication_;
  simgrid::s4u::Host* host_;
  ReplicationRecorder recorder_;
  RecordPool<Party> pool_;
  DeadlineHeap deadlines_;
  std::vector<ArrivalProcess> arrivals_;
  std::vector<std::uint64_t> serials_;
  std::vector<Table> tables_;  // ascending seats
  std::deque<Id> line_;        // waiting parties in arrival order
  int occupied_ = 0;
  int waiters_ = 0;
  int in_system_ = 0;
  bool closed_ = false;
  bool awaiting_drain_ = false;
  simgrid::s4u::SemaphorePtr drained_ = simgrid::s4u::Semaphore::create(0);
  std::exception_ptr failure_;
};

} // namespace ccsim::engine
