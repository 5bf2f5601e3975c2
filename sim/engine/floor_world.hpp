#pragma once
// What every floor's world shares: one replication's customers arriving
// (every class's stream in time order), their patience, the close and the
// drain of those still inside, the interval schedule of staff counts,
// guarded actors, the recorder and the finish. A floor adds only how its
// customers are served: agents and the router (CallCenter), lanes and their
// policy (CheckoutLanes), tables, seating and the kitchen (RestaurantTables).
#include <cstdint>
#include <functional>

#include <simgrid/s4u.hpp>

#include "ccsim/engine/replication.hpp"
#include "ccsim/floor/arrival_streams.hpp"
#include "ccsim/model/replication_recorder.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "world_stop.hpp"

namespace ccsim::engine {

class FloorWorld {
public:
  virtual ~FloorWorld() = default;
  FloorWorld(const FloorWorld&) = delete;
  FloorWorld& operator=(const FloorWorld&) = delete;

  /// Starts the world's actors; run the SimGrid engine afterwards, then finish().
  virtual void start() = 0;
  /// end_s: when this world's last actor ended (other worlds may share the
  /// engine). Rethrows the failure of any of its actors.
  ReplicationResult finish(double end_s) const;
  /// Every floor event goes to `sink` too (a trace; null: none).
  void trace_to(FloorEventSink* sink) { sink_ = sink; }

protected:
  FloorWorld(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);

  /// An actor of this world on its host: an exception in `body` stops the
  /// world and is rethrown by finish(). A daemon ends with the world.
  simgrid::s4u::ActorPtr start_actor(const char* name, std::function<void()> body, bool daemon = false);

  // The customer side of floors whose servers are actors (lanes, tables):
  // sleeps until the next arrival or the close, settles every patience
  // deadline before it, then calls arrive() or closing(); after the close it
  // waits until the last customer inside has left.
  void customers_main();
  /// Every customer whose patience ended by `now` leaves, at their deadline.
  virtual void settle_patience(double now) = 0;
  virtual void arrive(const ArrivalStreams::Arrival& a, double now) = 0;
  /// The day is over: no more arrivals.
  virtual void closing(double now) { (void)now; }
  /// A customer is in (admitted to a queue or a server) / has left.
  void customer_in() { ++in_system_; }
  void customer_left();

  /// The staff counts as a value over time: at the start of each interval
  /// after the first, patience is settled and `change(interval, t)` applied.
  void follow_intervals(const std::function<void(int, double)>& change);
  /// An event of a customer record (interval, demand_class, serial, arrival_s).
  template <class Record>
  static FloorEvent event_of(FloorEvent::Kind kind, const Record& r, double now) {
    return FloorEvent{kind, now, r.interval, r.demand_class, r.serial, r.arrival_s};
  }
  /// A floor event, to the recorder and the trace sink.
  void emit(const FloorEvent& e) {
    recorder_.record(e);
    if (sink_) sink_->on(e);
  }

  /// Agents (cashiers, waiters) on duty in `interval`, every group together.
  int staff_in(int interval) const;

  const Scenario& scenario_;
  const std::uint32_t replication_;
  simgrid::s4u::Host* const host_;
  ReplicationRecorder recorder_;
  ArrivalStreams arrivals_;
  int in_system_ = 0;    // customers inside (waiting or in service)
  bool closed_ = false;  // the day is over: no more arrivals

private:
  WorldFailure failure_;
  FloorEventSink* sink_ = nullptr;
  bool awaiting_drain_ = false;
  simgrid::s4u::SemaphorePtr drained_ = simgrid::s4u::Semaphore::create(0);
};

}  // namespace ccsim::engine
