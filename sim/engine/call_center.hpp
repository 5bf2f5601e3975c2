#pragma once
// One replication's world on SimGrid: a caller-side actor (arrivals, overflow
// instants and abandonments), one actor per agent pulling calls through the
// router, and a staffing actor that follows the duty roster (per-interval
// counts, or shifts with breaks, after absenteeism).
#include <deque>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include <simgrid/s4u.hpp>

#include "call_router.hpp"
#include "ccsim/engine/call_trace.hpp"
#include "ccsim/engine/replication.hpp"
#include "world_stop.hpp"
#include "ccsim/model/arrival_process.hpp"
#include "ccsim/model/call_pool.hpp"
#include "ccsim/model/fatigue_meter.hpp"
#include "ccsim/model/replication_recorder.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "caller_behaviour.hpp"
#include "duty_roster.hpp"

namespace ccsim::engine {

class CallCenter {
public:
  CallCenter(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);
  /// Starts the actors; run the SimGrid engine afterwards, then call finish().
  void start();
  /// end_s: when this world's last actor ended (other worlds may share the
  /// engine). At a pause too: the world can run on afterwards.
  ReplicationResult finish(double end_s) const;
  /// Records every caller's outcome into `trace` (for tests).
  void trace_to(std::vector<CallOutcome>* trace) { trace_ = trace; }
  /// Between engine runs, paused before `from_s`: from then on the floor is
  /// staffed as `staffed` says (the same scenario with other counts).
  void restaff_from(double from_s, const Scenario& staffed);

private:
  struct Agent {
    simgrid::s4u::ActorPtr actor;  // suspended while idle
    int group = 0;
    CallPool::Id assigned = 0;  // the call handed over while idle
    bool has_call = false;
    bool on_duty = false;
    bool idle = false;       // in its group's idle list
    bool leaving = false;    // leaves after the current call (or break)
    bool break_due = false;  // takes a break after the current call
    double break_length_s = 0;
    double idle_since_s = 0;
    double handling_s = 0;   // of the current call
    double call_start_s = 0;
    std::optional<FatigueMeter> fatigue;
  };
  struct Group {
    std::vector<std::unique_ptr<Agent>> agents;
    std::deque<Agent*> idle;  // longest idle first
    int on_duty = 0;          // on duty and not leaving (on break included)
  };

  // Caller side: one actor for every class's arrivals, overflows and the close.
  void callers_main();
  void purge_abandoned(double now);
  void arrive(int demand_class, double now);
  void admit(const CallerId& who, double now);
  void retries_main();  // redials and repeat calls, when callers make them
  void overflow(double now);
  void abandon(CallPool::Id id, double now);
  void close_out(double now);
  void close_out_class(int demand_class, double now);

  // Agent side.
  void agent_main(Agent& agent);
  void serve(Agent& agent, CallPool::Id id);
  void take_break(Agent& agent);
  Agent* longest_idle(const std::vector<int>& groups);
  void start_call(Agent& agent, CallPool::Id id, double now);
  void hand_over(Agent& agent, CallPool::Id id, double now);
  void become_idle(Agent& agent, double now);
  void leave_idle(Agent& agent);

  // Staffing (call_center_staffing.cpp).
  void staffing_main();
  void apply(const DutyEvent& e, double now);
  void set_staff(int group, int target, double now);
  Agent& new_agent(int group);
  Agent& agent_for_duty(int group);
  void come_on_duty(Agent& agent, double now);
  void break_due(Agent& agent, double length_s);
  void shift_over(Agent& agent, double now);
  void go_off_duty(Agent& agent, double now);

  void call_left(CallPool::Id id, double now);

  const Scenario& scenario_;
  std::uint32_t replication_;
  simgrid::s4u::Host* host_;
  ReplicationRecorder recorder_;
  CallPool pool_;
  CallRouter router_;
  std::vector<ArrivalProcess> arrivals_;
  std::vector<std::uint64_t> serials_;  // calls so far per class: the per-call stream key
  std::vector<Group> groups_;
  std::vector<std::vector<Agent*>> seats_;  // per group: the agent of each shift seat
  std::vector<DutyEvent> roster_;           // the day's duty events, in order
  std::size_t next_duty_ = 0;               // the first not yet applied
  int in_system_ = 0;
  bool closed_ = false;      // the day is over: no more arrivals
  bool awaiting_drain_ = false;
  simgrid::s4u::SemaphorePtr drained_ = simgrid::s4u::Semaphore::create(0);
  std::vector<CallOutcome>* trace_ = nullptr;
  WorldFailure failure_;
  simgrid::s4u::MutexPtr retry_mutex_ = simgrid::s4u::Mutex::create();
  simgrid::s4u::ConditionVariablePtr retry_cv_ = simgrid::s4u::ConditionVariable::create();
  CallerBehaviour behaviour_;
};

} // namespace ccsim::engine
