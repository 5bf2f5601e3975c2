#pragma once
// A restaurant's kitchen on SimGrid: cooks are actors pulling orders from a
// passive first-come-first-served queue. A table's actor places its party's
// order and is suspended until the food is ready, so the table stays occupied
// while the party waits for its food.
#include <deque>
#include <vector>

#include <simgrid/s4u.hpp>

#include "ccsim/model/replication_recorder.hpp"
#include "ccsim/scenario/floor.hpp"

namespace ccsim::engine {

class RestaurantKitchen {
public:
  RestaurantKitchen(const Kitchen& spec, ReplicationRecorder& recorder);

  int cooks() const { return spec_.cooks; }
  /// The body of one cook's actor (never returns; daemonize the actor).
  void cook_main();
  /// Called from a table's actor when its party sits down: places an order
  /// needing `prep_s` of a cook and returns when the food is ready. The
  /// order is counted in `interval`, the party's arrival interval.
  void order_and_wait(double prep_s, int interval);

private:
  struct Order {
    double placed_s = 0, prep_s = 0;
    int interval = -1;
    bool waited = false;
    bool ready = false;
    simgrid::s4u::Actor* table = nullptr;
  };
  struct Cook {
    simgrid::s4u::Actor* actor = nullptr;
    Order* order = nullptr;  // handed over by the table when the cook was idle
  };
  void cook(Order& order);

  Kitchen spec_;
  ReplicationRecorder& recorder_;
  std::deque<Order*> queue_;  // orders waiting for a cook (they live on the tables' stacks)
  std::vector<Cook*> idle_;   // cooks waiting for an order (they live on the cooks' stacks)
};

}  // namespace ccsim::engine
