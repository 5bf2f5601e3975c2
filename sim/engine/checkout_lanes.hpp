#pragma once
// One replication of a supermarket checkout on SimGrid: one actor per lane (the
// cashier at the till) serving its own FIFO queue of customer records; the
// floor world's customer side (arrivals, walk-aways, the close) and interval
// schedule (cashiers on duty). The lane policy opens and closes lanes as the
// queues grow and shrink.
//
// Lanes open in a fixed order and close in the reverse order: every third lane
// of the order is an express lane (the 3rd, 6th, ...; any further express lanes
// come last), so the first two are regular. The lanes taking customers are
// always the first k of that order: a full basket always finds a lane while
// any lane is open, and small baskets get an express lane from the third on.
#include <deque>
#include <vector>

#include <simgrid/s4u.hpp>

#include "floor_world.hpp"
#include "ccsim/model/deadline_heap.hpp"
#include "ccsim/model/record_pool.hpp"

namespace ccsim::engine {

class CheckoutLanes : public FloorWorld {
public:
  CheckoutLanes(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);
  void start() override;

private:
  struct Customer {
    double arrival_s = 0, service_s = 0, deadline_s = INFINITY;
    int interval = -1;
    int demand_class = 0;
    std::uint64_t serial = 0;  // the customer's stream key within the class
    int items = 0;
    int lane = -1;
    std::uint32_t generation = 0;
    bool waiting = false;
  };
  using Id = RecordPool<Customer>::Id;
  enum class LaneState { closed, open, closing };  // closing: serves its queue, takes nobody new
  struct Lane {
    bool express = false;
    LaneState state = LaneState::closed;
    std::deque<Id> queue;  // waiting, not the one at the till
    int items_waiting = 0;
    bool busy = false;
    bool handed_over = false;  // a customer was handed over while the cashier was idle
    Id serving = 0;
    simgrid::s4u::ActorPtr actor;
  };

  // Customer side.
  void settle_patience(double now) override;
  void walk_away(Id id, double at);
  void arrive(const ArrivalStreams::Arrival& a, double now) override;
  Id admit(int demand_class, std::uint64_t serial, double now);
  int choose_lane(const Customer& c, int demand_class, std::uint64_t serial) const;
  void join(int lane, Id id, double now);
  void shopper_left(Id id);  // releases the record, then the floor counts one customer fewer

  // Lane side.
  void lane_main(Lane& lane);
  void start_service(Lane& lane, Id id, double now);
  Id take_last(Lane& lane);

  // Lane policy and staffing (checkout_policy.cpp).
  void open_the_store();
  void set_cashiers(int cashiers, double now);
  void open_more_if_needed(double now);
  void close_if_quiet(double now);
  bool open_next(double now);
  void close_last(double now);
  void jockey_to(int lane, double now);
  void till_closed(Lane& lane, double now);
  void levels_changed(double now);
  int accepting() const;
  int tills_staffed() const;
  bool eligible(const Lane& lane, int items) const;
  int length(const Lane& lane) const { return static_cast<int>(lane.queue.size()) + (lane.busy ? 1 : 0); }

  const CheckoutFloor& floor_;
  RecordPool<Customer> pool_;
  DeadlineHeap deadlines_;
  std::vector<Lane> lanes_;  // in opening order
  int cashiers_ = 0;
};

}  // namespace ccsim::engine
