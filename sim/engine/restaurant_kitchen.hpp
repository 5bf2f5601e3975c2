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

  /// The most cooks on duty in any interval: the actors to start.
  int cooks() const;
  /// The body of the actor of cook `index` (never returns; daemonize the
  /// actor). Cook k works while more than k cooks are on duty.
  void cook_main(int index);
  /// The cooks on duty from `interval` on (at its start, `now`). A cook going
  /// off duty finishes the order in hand, counted on duty until it is done;
  /// cooks coming on take waiting orders.
  void set_interval(int interval, double now);
  /// At the close: the last cooks on duty, at least one, finish the orders left.
  void closing(double now);
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
    int index = 0;
    simgrid::s4u::Actor* actor = nullptr;
    Order* order = nullptr;  // handed over by the table when the cook was idle
    bool busy = false;
  };
  void cook(Order& order);
  void set_on_duty(int cooks, double now);
  void record_on_duty(double now);
  bool on_duty(const Cook& c) const { return c.index < on_duty_; }

  Kitchen spec_;
  ReplicationRecorder& recorder_;
  std::deque<Order*> queue_;  // orders waiting for a cook (they live on the tables' stacks)
  std::vector<Cook*> idle_;   // cooks on duty waiting for an order (they live on the cooks' stacks)
  std::vector<Cook*> off_;    // cooks off duty, waiting for their next interval
  std::vector<Cook*> all_;    // every cook's actor, once started
  int on_duty_ = 0;
  int finishing_ = 0;  // cooks off duty finishing the order in hand
};

}  // namespace ccsim::engine
