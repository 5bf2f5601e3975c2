#pragma once
// One replication's world on SimGrid: one actor, the floor, sleeps until the
// world's next event and handles it: an arrival, a redial, an overflow
// instant, the close, a duty event of the roster (per-interval counts, or
// shifts with breaks, after absenteeism), or an agent's end of call or break.
// Agents are plain records with at most one pending event each: a world
// touches one actor stack, not one per agent, which keeps forked plan-run
// branches cheap (each stack page a branch writes is a copy-on-write fault)
// and spares the engine a context switch per call.
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include <simgrid/s4u.hpp>

#include "ccsim/floor/call_router.hpp"
#include "floor_world.hpp"
#include "ccsim/model/call_pool.hpp"
#include "ccsim/model/event_calendar.hpp"
#include "ccsim/model/fatigue_meter.hpp"
#include "ccsim/model/idle_queue.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "ccsim/floor/caller_behaviour.hpp"
#include "ccsim/floor/duty_roster.hpp"

namespace ccsim::engine {

class CallCenter : public FloorWorld {
public:
  CallCenter(const Scenario& scenario, std::uint32_t replication, simgrid::s4u::Host* host);
  /// Starts the floor's actor. finish() works at a pause too: the world can
  /// run on afterwards.
  void start() override;
  /// Between engine runs, paused before `from_s`: from then on the floor is
  /// staffed as `staffed` says (the same scenario with other counts).
  void restaff_from(double from_s, const Scenario& staffed);

private:
  struct Agent {
    int group = 0;
    int number = 0;             // within its group, in order of first duty
    CallPool::Id assigned = 0;  // the call in hand
    bool on_duty = false;
    bool idle = false;       // in its group's idle list
    bool leaving = false;    // leaves after the current call (or break)
    bool break_due = false;  // takes a break after the current call
    double break_length_s = 0;
    double idle_since_s = 0;
    double call_start_s = 0;
    std::optional<FatigueMeter> fatigue;
  };
  struct Group {
    std::vector<std::unique_ptr<Agent>> agents;  // by number
    IdleQueue idle;                              // longest idle first
    // Agent numbers by duty state, lowest first: a change of count picks the
    // agents it moves in number order without scanning the whole group.
    std::set<int> staying;  // on duty and not leaving (on break included)
    std::set<int> leaving;  // on duty, going after the current call or break
    std::set<int> off;      // off duty, the first to come back
    int on_duty() const { return static_cast<int>(staying.size()); }
    Agent& operator[](int number) { return *agents[static_cast<std::size_t>(number)]; }
  };

  // An agent's pending event (one at most): the end of its talk, wrap-up or break.
  struct AgentEvent {
    enum Ends { call_end, talk_end, wrap_end, break_end };  // talk_end: the line frees before the wrap-up
    Agent* agent;
    Ends ends;
  };
  // What the floor handles when several events fall on one instant, in this
  // order: the roster first (a trial restaffs it during a pause, so it is
  // read now), then agents, redials, overflows, arrivals and the close; a
  // caller's hang-up is settled by the purge before any of them.
  enum class Tie { duty, agent, redial, overflow, arrival, close, hang_up };

  void floor_main();  // the world's one actor

  // Caller side: arrivals, redials, overflows and the close.
  void purge_abandoned(double now);
  double earliest_deadline();  // of the callers still waiting; +infinity if none
  void arrive(const ArrivalStreams::Arrival& a, double now) override;
  void settle_patience(double now) override { purge_abandoned(now); }
  void admit(const CallerId& who, double now);
  void overflow(double now);
  void abandon(CallPool::Id id, double now);
  void close_out(double now);
  void close_out_class(int demand_class, double now);

  // Agent side.
  void schedule(Agent& agent, AgentEvent::Ends ends, double at_s);
  /// An agent's own event (ended, on_duty, off_duty), naming the agent's group.
  void emit_agent(FloorEvent::Kind kind, const Agent& agent, double now, bool on_break = false) {
    FloorEvent e{kind, now};
    e.group = agent.group;
    e.agent = agent.number;
    e.on_break = on_break;
    emit(e);
  }
  void agent_event(AgentEvent e, double now);
  void call_ended(Agent& agent, double now);
  void start_break(Agent& agent, double now);
  void break_ended(Agent& agent, double now);
  Agent* longest_idle(const std::vector<int>& groups);
  void hand_over(Agent& agent, CallPool::Id id, double now, bool from_queue);
  void become_idle(Agent& agent, double now);
  void leave_idle(Agent& agent);

  // Staffing (call_center_staffing.cpp).
  void apply_next_duty(double now);
  void apply(const DutyEvent& e, double now);
  void set_staff(int group, int target, double now);
  Agent& new_agent(int group);
  Agent& agent_for_duty(int group);
  void come_on_duty(Agent& agent, double now);
  void break_due(Agent& agent, double length_s, double now);
  void shift_over(Agent& agent, double now);
  void go_off_duty(Agent& agent, double now);
  void set_leaving(Agent& agent, bool leaving);
  void clock_off(Agent& agent);
  Group& group_of(const Agent& agent) { return groups_[static_cast<std::size_t>(agent.group)]; }

  // A call leaving the queue: answered from it or abandoned.
  FloorEvent left_queue(FloorEvent::Kind kind, const Call& call, double now) const;
  void call_left(CallPool::Id id);

  CallPool pool_;
  CallRouter router_;
  std::vector<Group> groups_;
  std::vector<std::vector<Agent*>> seats_;  // per group: the agent of each shift seat
  std::vector<DutyEvent> roster_;           // the day's duty events, in order
  std::size_t next_duty_ = 0;               // the first not yet applied
  EventCalendar<AgentEvent> agent_events_;  // equal instants in scheduling order
  CallerBehaviour behaviour_;
};

}  // namespace ccsim::engine
