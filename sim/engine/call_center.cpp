#include "call_center.hpp"

#include <algorithm>
#include <limits>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;
namespace {
constexpr double never = std::numeric_limits<double>::infinity();
}

CallCenter::CallCenter(const Scenario& scenario, std::uint32_t replication, s4u::Host* host)
    : FloorWorld(scenario, replication, host),
      router_(scenario, pool_),
      groups_(scenario.staff.size()),
      seats_(scenario.staff.size()),
      behaviour_(scenario, replication, recorder_) {}

void CallCenter::start() {
  roster_ = duty_roster(scenario_, replication_);
  start_actor("floor", [this] { floor_main(); });
}

void CallCenter::floor_main() {
  bool callers_done = false;  // the day is over and everyone has left
  for (;;) {
    const double t_arrival = arrivals_.next_s();
    const double t_close = closed_ ? never : scenario_.clock.length_s;
    const auto due = router_.next_overflow();
    const double t_overflow = due ? due->at_s : never;
    callers_done = callers_done || (std::min({t_arrival, t_close, t_overflow}) == never && in_system_ == 0);
    const bool roster_done = next_duty_ >= roster_.size();
    if (callers_done && roster_done) return;  // agents and pending redials end with the world
    const double t_duty = roster_done ? never : roster_[next_duty_].at_s;
    const double t_agent = agent_events_.empty() ? never : agent_events_.top().at_s;
    const double t_retry = behaviour_.next_retry_s();
    // A caller who may call again hangs up at an event of its own, so the
    // redial is drawn from that instant and never falls before an event
    // already handled. Otherwise a deadline needs no wake-up: the purge
    // below settles it at its own instant, before whatever comes next.
    const double t_deadline = earliest_deadline();
    const double t_hang_up = behaviour_.has_retries() ? t_deadline : never;
    // The next event: the earliest; simultaneous ones in the order of Tie.
    const double t = std::min({t_duty, t_agent, t_retry, t_overflow, t_arrival, t_close, t_hang_up});
    const Tie what = t == t_duty       ? Tie::duty
                     : t == t_agent    ? Tie::agent
                     : t == t_retry    ? Tie::redial
                     : t == t_overflow ? Tie::overflow
                     : t == t_arrival  ? Tie::arrival
                     : t == t_close    ? Tie::close
                                       : Tie::hang_up;
    if (t == never) return;  // nothing can happen any more
    if (t > s4u::Engine::get_clock()) s4u::this_actor::sleep_until(t);
    // Work with the event's own time, not the engine clock, so events SimGrid
    // merges (closer than its precision) are still handled exactly once.
    // (Nothing changes the waiting callers during the sleep.)
    if (t_deadline <= t) purge_abandoned(t);
    switch (what) {
    case Tie::duty: apply_next_duty(t); break;
    case Tie::agent: {
      const AgentEvent e = agent_events_.top().what;
      agent_events_.pop();
      agent_event(e, t);
      break;
    }
    case Tie::redial: admit(behaviour_.pop_retry(t), t); break;
    case Tie::overflow: overflow(t); break;
    case Tie::arrival: arrive(arrivals_.take(), t); break;
    case Tie::close:
      closed_ = true;
      close_out(t);
      break;
    case Tie::hang_up: break;  // the purge settled it
    }
  }
}

double CallCenter::earliest_deadline() {
  const auto id = router_.earliest_deadline();
  return id ? pool_[*id].deadline_s : never;
}

void CallCenter::purge_abandoned(double now) {
  // Abandonment is exact without waking anyone at each deadline: nothing else
  // changes between two events, so before handling an event at `now` every
  // caller whose patience ended earlier leaves at that deadline, in deadline
  // order, and every statistic sees the departure at its true instant.
  while (const auto due = router_.earliest_deadline()) {
    const double deadline = pool_[*due].deadline_s;
    if (deadline > now) break;
    abandon(*due, deadline);
  }
}

CallCenter::Agent* CallCenter::longest_idle(const std::vector<int>& groups) {
  Agent* best = nullptr;
  for (int g : groups) {
    Group& group = groups_[static_cast<std::size_t>(g)];
    if (group.idle.empty()) continue;
    Agent& first = group[group.idle.front()];
    if (!best || first.idle_since_s < best->idle_since_s) best = &first;
  }
  return best;
}

void CallCenter::arrive(const ArrivalStreams::Arrival& a, double now) {
  // Caller k of a class has the same attributes in every scenario variant
  // (common random numbers): a first call's key is its serial.
  admit(CallerId{a.serial, static_cast<std::uint32_t>(a.demand_class), 0, recorder_.interval_of(now), false}, now);
}

void CallCenter::admit(const CallerId& who, double now) {
  const int demand_class = static_cast<int>(who.demand_class);
  const Demand& demand = scenario_.demand[who.demand_class];
  const int interval = recorder_.interval_of(now);
  emit(FloorEvent{FloorEvent::arrived, now, interval, demand_class, who.entity(), now});
  behaviour_.arrived(who, interval);
  Agent* agent = longest_idle(router_.groups_at_arrival(demand_class));
  const bool lines_full = scenario_.lines && in_system_ >= *scenario_.lines;
  const bool queue_full = !agent && scenario_.queue_capacity && router_.size() >= *scenario_.queue_capacity;
  if (lines_full || queue_full) {
    emit(FloorEvent{FloorEvent::blocked, now, interval, demand_class, who.entity(), now});
    behaviour_.gave_up(who, now, true);
    return;
  }
  const CallPool::Id id = pool_.acquire();
  Call& call = pool_[id];
  call.arrival_s = now;
  call.interval = interval;
  call.demand_class = demand_class;
  call.who = who;
  // Each attempt draws from its own key; a first call's key is its serial.
  call.serial = who.entity();
  const std::uint32_t cls = who.demand_class;
  RandomStream service_rng(scenario_.seed, replication_, Purpose::service, cls, call.serial);
  call.service_s = demand.service.sample(service_rng);
  if (!demand.service_scale.empty()) call.service_s *= demand.service_scale[static_cast<std::size_t>(interval)];
  call.wrap_s = 0;
  if (demand.wrap_up) {
    RandomStream wrap_rng(scenario_.seed, replication_, Purpose::wrap_up, cls, call.serial);
    call.wrap_s = demand.wrap_up->sample(wrap_rng);
  }
  call.deadline_s = never;
  if (demand.patience) {
    RandomStream patience_rng(scenario_.seed, replication_, Purpose::patience, cls, call.serial);
    call.deadline_s = now + demand.patience->sample(patience_rng);
  }
  customer_in();
  if (agent) {
    leave_idle(*agent);
    hand_over(*agent, id, now, false);
  } else {
    router_.push(id);
    FloorEvent queued = event_of(FloorEvent::queued, call, now);
    queued.queue_after = router_.size();
    emit(queued);
  }
}

void CallCenter::overflow(double now) {
  // A waiting call may now also go to an overflow group. An idle agent there
  // means nothing else that group may take is waiting, so it takes this call.
  const auto due = router_.next_overflow();
  if (!due || due->at_s > now) return;  // abandoned at this very instant
  const CallPool::Id id = due->id;
  const int group = due->group;
  router_.pop_overflow();
  Agent* agent = longest_idle({group});
  if (!agent) return;
  router_.remove(id);
  leave_idle(*agent);
  hand_over(*agent, id, now, true);
}

void CallCenter::abandon(CallPool::Id id, double now) {
  router_.remove(id);
  const Call& c = pool_[id];
  emit(left_queue(FloorEvent::abandoned, c, now));
  behaviour_.gave_up(c.who, now, false);
  call_left(id);
}

void CallCenter::close_out(double now) {
  // No agent will ever come for a class whose groups have all gone home:
  // callers still on hold for it when the floor closes (or when the last such
  // agent leaves after the close) are counted as abandoned at that instant.
  for (int c = 0; c < router_.classes(); ++c) {
    bool served = false;
    for (std::size_t g = 0; g < groups_.size(); ++g)
      served = served || (groups_[g].on_duty() > 0 && router_.may_serve(static_cast<int>(g), c));
    if (!served) close_out_class(c, now);
  }
}

void CallCenter::close_out_class(int demand_class, double now) {
  while (const auto id = router_.pop_class(demand_class)) {
    const Call& c = pool_[*id];
    emit(left_queue(FloorEvent::abandoned, c, now));
    behaviour_.gave_up(c.who, now, false);
    call_left(*id);
  }
}

FloorEvent CallCenter::left_queue(FloorEvent::Kind kind, const Call& call, double now) const {
  FloorEvent e = event_of(kind, call, now);
  e.from_queue = true;
  e.queue_after = router_.size();  // the router has let the call go
  return e;
}

void CallCenter::call_left(CallPool::Id id) {
  pool_.release(id);
  FloorWorld::customer_left();
}

// ---- agent side ------------------------------------------------------------

void CallCenter::hand_over(Agent& agent, CallPool::Id id, double now, bool from_queue) {
  agent.assigned = id;
  Call& call = pool_[id];
  // Rushing (off by default) may shorten the talk when many are waiting.
  call.service_s = behaviour_.answered(call, call.interval, router_.size(), now);
  agent.call_start_s = now;
  // Off by default: the drawn service time as is, bit for bit.
  const double handling_s = agent.fatigue ? call.service_s * agent.fatigue->multiplier_at(now) : call.service_s;
  FloorEvent answered =
      from_queue ? left_queue(FloorEvent::answered, call, now) : event_of(FloorEvent::answered, call, now);
  answered.group = agent.group;
  answered.agent = agent.number;
  answered.end_s = now + handling_s;
  emit(answered);
  // After-call work: the caller has hung up, the agent is still busy. Only a
  // limit on lines ends the call at the end of the talk (the line is free
  // then); otherwise talk and wrap-up end as one event.
  if (call.wrap_s > 0 && scenario_.lines.has_value())
    schedule(agent, AgentEvent::talk_end, now + handling_s);
  else
    schedule(agent, AgentEvent::call_end, now + (handling_s + call.wrap_s));
}

void CallCenter::schedule(Agent& agent, AgentEvent::Ends ends, double at_s) {
  agent_events_.push(at_s, AgentEvent{&agent, ends});
}

void CallCenter::become_idle(Agent& agent, double now) {
  agent.idle = true;
  agent.idle_since_s = now;
  group_of(agent).idle.push_back(agent.number);
}

void CallCenter::leave_idle(Agent& agent) {
  group_of(agent).idle.remove(agent.number);
  agent.idle = false;
}

void CallCenter::agent_event(AgentEvent e, double now) {
  Agent& agent = *e.agent;
  switch (e.ends) {
  case AgentEvent::talk_end: {
    // With a limit on lines, the line is free at the end of the talk; the
    // agent wraps up.
    const double wrap_s = pool_[agent.assigned].wrap_s;
    call_left(agent.assigned);
    schedule(agent, AgentEvent::wrap_end, now + wrap_s);
    return;
  }
  case AgentEvent::call_end:
    emit_agent(FloorEvent::ended, agent, now);
    call_left(agent.assigned);
    call_ended(agent, now);
    return;
  case AgentEvent::wrap_end:
    emit_agent(FloorEvent::ended, agent, now);
    call_ended(agent, now);
    return;
  case AgentEvent::break_end: break_ended(agent, now); return;
  }
}

void CallCenter::call_ended(Agent& agent, double now) {
  // Done with the call (and its after-call work): the agent goes home, takes
  // a break that fell due, or pulls the next caller its skills allow.
  if (agent.fatigue) agent.fatigue->busy(agent.call_start_s, now);
  if (agent.leaving) {
    go_off_duty(agent, now);
    return;
  }
  if (agent.break_due) {
    start_break(agent, now);
    return;
  }
  const auto next = router_.next_for(agent.group, now);
  if (!next) {
    become_idle(agent, now);
    return;
  }
  hand_over(agent, *next, now, true);
}

void CallCenter::start_break(Agent& agent, double now) {
  // Off the phone (not staffed) for the break's length from the moment the
  // last call ended.
  emit_agent(FloorEvent::off_duty, agent, now, true);
  agent.break_due = false;
  schedule(agent, AgentEvent::break_end, now + agent.break_length_s);
}

void CallCenter::break_ended(Agent& agent, double now) {
  if (agent.break_due) {  // a break falling due meanwhile follows straight on
    agent.break_due = false;
    schedule(agent, AgentEvent::break_end, now + agent.break_length_s);
    return;
  }
  if (agent.leaving) {  // the shift ended during the break: back, and gone at once
    emit_agent(FloorEvent::on_duty, agent, now, true);  // (the two cancel out in every measure)
    go_off_duty(agent, now);
    return;
  }
  emit_agent(FloorEvent::on_duty, agent, now, true);
  if (const auto next = router_.next_for(agent.group, now)) {
    hand_over(agent, *next, now, true);
  } else {
    become_idle(agent, now);
  }
}

}  // namespace ccsim::engine
