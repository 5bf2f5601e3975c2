#pragma once
// One replication's world on SimGrid: a caller-side actor (arrivals and
// abandonments), one actor per agent pulling calls from a passive queue, and a
// staffing actor that follows the per-interval schedule.
#include <deque>
#include <exception>
#include <memory>
#include <vector>

#include <simgrid/s4u.hpp>

#include "ccsim/engine/replication.hpp"
#include "world_stop.hpp"
#include "ccsim/model/arrival_process.hpp"
#include "ccsim/model/call_pool.hpp"
#include "ccsim/model/replication_recorder.hpp"
#include "ccsim/model/waiting_line.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim::engine {

class CallCenter {
public:
  CallCenter(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);
  /// Starts the actors; run the SimGrid engine afterwards, then call finish().
  void start();
  /// end_s: when this world's last actor ended (other worlds may share the engine).
  ReplicationTallies finish(double end_s);

private:
  struct Agent {
    simgrid::s4u::ActorPtr actor;  // suspended while idle
    CallPool::Id assigned = 0;  // the call handed over while idle
    bool has_call = false;
    bool on_duty = false;
    bool leaving = false;   // leaves after the current call
  };

  // Caller side: one actor for every class's arrivals and the close.
  void callers_main();
  void purge_abandoned(double now);
  void arrive(int demand_class, double now);
  void abandon(CallPool::Id id, double now);
  void close_out_waiting(double now);

  // Agent side.
  void agent_main(Agent& agent);
  void hand_over(Agent& agent, CallPool::Id id, double now);

  // Staffing.
  void staffing_main();
  void set_staff(int target, double now);
  Agent& agent_for_duty();
  void go_off_duty(Agent& agent, double now);

  void call_left(CallPool::Id id, double now);
  template <class F> void guarded(F body);

  const Scenario& scenario_;
  std::uint32_t replication_;
  simgrid::s4u::Host* host_;
  ReplicationRecorder recorder_;
  CallPool pool_;
  WaitingLine line_;
  std::vector<ArrivalProcess> arrivals_;
  std::vector<std::uint64_t> serials_;  // calls so far per class: the per-call stream key
  std::vector<std::unique_ptr<Agent>> agents_;
  std::deque<Agent*> idle_;  // longest idle first
  int in_system_ = 0;
  int on_duty_ = 0;          // agents on duty and not leaving
  bool closed_ = false;      // the day is over: no more arrivals
  bool awaiting_drain_ = false;
  simgrid::s4u::SemaphorePtr drained_ = simgrid::s4u::Semaphore::create(0);
  std::exception_ptr failure_;
};

} // namespace ccsim::engine
