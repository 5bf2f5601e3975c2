#include "call_center.hpp"

#include <algorithm>
#include <limits>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;
namespace {
constexpr double never = std::numeric_limits<double>::infinity();
}

CallCenter::CallCenter(const Scenario& scenario, std::uint32_t replication, s4u::Host* host)
    : scenario_(scenario),
      replication_(replication),
      host_(host),
      recorder_(scenario.clock.intervals(), scenario.clock.interval_s, scenario.service_level_threshold_s()),
      line_(pool_),
      serials_(scenario.demand.size(), 0) {
  for (std::size_t c = 0; c < scenario.demand.size(); ++c) {
    const Demand& d = scenario.demand[c];
    if (!d.arrival_times_s.empty())
      arrivals_.emplace_back(d.arrival_times_s);
    else
      arrivals_.emplace_back(d.rate_per_s, scenario.clock.interval_s,
                             RandomStream(scenario.seed, replication, Purpose::arrivals, static_cast<std::uint32_t>(c), 0));
  }
}

template <class F> void CallCenter::guarded(F body) {
  // An exception escaping an actor would abort the process: keep it, stop the
  // world, and rethrow from finish().
  try {
    body();
  } catch (const std::exception&) {
    if (!failure_) failure_ = std::current_exception();
    stop_world(host_);
  }
}

void CallCenter::start() {
  s4u::Actor::create("callers", host_, [this] { guarded([this] { callers_main(); }); });
  s4u::Actor::create("staffing", host_, [this] { guarded([this] { staffing_main(); }); });
}

ReplicationTallies CallCenter::finish(double end_s) {
  if (failure_) std::rethrow_exception(failure_);
  return recorder_.finish(std::max(end_s, scenario_.clock.length_s));
}

// ---- caller side ----------------------------------------------------------

void CallCenter::callers_main() {
  std::vector<double> next(arrivals_.size());
  for (std::size_t c = 0; c < next.size(); ++c) next[c] = arrivals_[c].next();
  for (;;) {
    const auto first = std::min_element(next.begin(), next.end());
    // Arrivals happen only during the day (a trace is validated to be inside it).
    const double t_arrival = first == next.end() || *first >= scenario_.clock.length_s ? never : *first;
    const double t_close = closed_ ? never : scenario_.clock.length_s;
    const double t = std::min(t_arrival, t_close);
    if (t == never) {
      if (in_system_ == 0) return;  // the day is over and everyone has left
      awaiting_drain_ = true;       // only agents can act now: wait for the last one
      drained_->acquire();
      awaiting_drain_ = false;
      continue;
    }
    if (t > s4u::Engine::get_clock()) s4u::this_actor::sleep_until(t);
    // Work with the event's own time, not the engine clock, so events SimGrid
    // merges (closer than its precision) are still handled exactly once.
    purge_abandoned(t);
    if (t == t_arrival) {
      const auto c = static_cast<std::size_t>(first - next.begin());
      arrive(static_cast<int>(c), t);
      next[c] = arrivals_[c].next();
    } else {
      closed_ = true;
      if (on_duty_ == 0) close_out_waiting(t);
    }
  }
}

void CallCenter::purge_abandoned(double now) {
  // Abandonment is exact without waking anyone at each deadline: nothing else
  // changes between two events, so before handling an event at `now` every
  // caller whose patience ended earlier leaves at that deadline, in deadline
  // order, and every statistic sees the departure at its true instant.
  while (const auto due = line_.earliest_deadline()) {
    const double deadline = pool_[*due].deadline_s;
    if (deadline > now) break;
    abandon(*due, deadline);
  }
}

void CallCenter::arrive(int demand_class, double now) {
  const Demand& demand = scenario_.demand[static_cast<std::size_t>(demand_class)];
  // The serial counts every arrival, blocked or not, so caller k of a class has
  // the same attributes in every scenario variant (common random numbers).
  const std::uint64_t serial = serials_[static_cast<std::size_t>(demand_class)]++;
  const int interval = recorder_.interval_of(now);
  recorder_.arrival(interval);
  const bool lines_full = scenario_.lines && in_system_ >= *scenario_.lines;
  const bool queue_full = idle_.empty() && scenario_.queue_capacity && line_.size() >= *scenario_.queue_capacity;
  if (lines_full || queue_full) {
    recorder_.blocked(interval);
    return;
  }
  const CallPool::Id id = pool_.acquire();
  Call& call = pool_[id];
  call.arrival_s = now;
  call.interval = interval;
  const auto cls = static_cast<std::uint32_t>(demand_class);
  RandomStream service_rng(scenario_.seed, replication_, Purpose::service, cls, serial);
  call.service_s = demand.service.sample(service_rng);
  call.deadline_s = never;
  if (demand.patience) {
    RandomStream patience_rng(scenario_.seed, replication_, Purpose::patience, cls, serial);
    call.deadline_s = now + demand.patience->sample(patience_rng);
  }
  ++in_system_;
  if (!idle_.empty()) {
    Agent* agent = idle_.front();  // the longest idle
    idle_.pop_front();
    hand_over(*agent, id, now);
  } else {
    recorder_.found_no_free_agent(interval);
    line_.push(id);
    recorder_.queue().add(now, +1);
  }
}

void CallCenter::abandon(CallPool::Id id, double now) {
  line_.remove(id);
  recorder_.queue().add(now, -1);
  recorder_.abandoned(pool_[id].interval, now - pool_[id].arrival_s);
  call_left(id, now);
}

void CallCenter::close_out_waiting(double now) {
  // No agent will ever come: callers still on hold when the floor closes are
  // counted as abandoned at the close.
  while (const auto id = line_.pop_front()) {
    recorder_.queue().add(now, -1);
    recorder_.abandoned(pool_[*id].interval, now - pool_[*id].arrival_s);
    call_left(*id, now);
  }
}

void CallCenter::call_left(CallPool::Id id, double) {
  pool_.release(id);
  --in_system_;
  if (in_system_ == 0 && awaiting_drain_) drained_->release();
}

// ---- agent side ------------------------------------------------------------

void CallCenter::hand_over(Agent& agent, CallPool::Id id, double now) {
  agent.assigned = id;
  agent.has_call = true;
  recorder_.answered(pool_[id].interval, now - pool_[id].arrival_s);
  recorder_.busy().add(now, +1);
  if (agent.actor) agent.actor->resume();
}

void CallCenter::agent_main(Agent& agent) {
  // An agent's day: parked until a call is handed over, then talks and pulls
  // the next waiting caller until the line is empty or the shift is over.
  for (;;) {
    while (!agent.has_call) s4u::this_actor::suspend();
    agent.has_call = false;
    CallPool::Id id = agent.assigned;
    for (;;) {
      s4u::this_actor::sleep_for(pool_[id].service_s);
      const double now = s4u::Engine::get_clock();
      purge_abandoned(now);
      recorder_.busy().add(now, -1);
      call_left(id, now);
      if (agent.leaving) {
        go_off_duty(agent, now);
        break;
      }
      const auto next = line_.pop_front();
      if (!next) {
        idle_.push_back(&agent);
        break;
      }
      id = *next;
      recorder_.queue().add(now, -1);
      recorder_.answered(pool_[id].interval, now - pool_[id].arrival_s);
      recorder_.busy().add(now, +1);
    }
  }
}

// ---- staffing ---------------------------------------------------------------

void CallCenter::staffing_main() {
  const int n = scenario_.clock.intervals();
  for (int i = 0; i < n; ++i) {
    int target = 0;
    for (const StaffGroup& group : scenario_.staff) target += group.count[static_cast<std::size_t>(i)];
    const double t = i * scenario_.clock.interval_s;
    if (t > s4u::Engine::get_clock()) s4u::this_actor::sleep_until(t);
    purge_abandoned(t);
    set_staff(target, t);
  }
}

CallCenter::Agent& CallCenter::agent_for_duty() {
  for (auto& agent : agents_)
    if (!agent->on_duty) return *agent;
  agents_.push_back(std::make_unique<Agent>());
  Agent& agent = *agents_.back();
  agent.actor = s4u::Actor::create("agent", host_, [this, &agent] { guarded([this, &agent] { agent_main(agent); }); });
  agent.actor->daemonize();
  return agent;
}

void CallCenter::set_staff(int target, double now) {
  // More agents: first keep those about to leave, then bring in new ones, who
  // take a waiting caller at once.
  for (auto& agent : agents_) {
    if (on_duty_ >= target) break;
    if (agent->on_duty && agent->leaving) {
      agent->leaving = false;
      ++on_duty_;
    }
  }
  while (on_duty_ < target) {
    Agent& agent = agent_for_duty();
    agent.on_duty = true;
    ++on_duty_;
    recorder_.staffed().add(now, +1);
    if (const auto id = line_.pop_front()) {
      recorder_.queue().add(now, -1);
      hand_over(agent, *id, now);
    } else {
      idle_.push_back(&agent);
    }
  }
  // Fewer: idle agents leave now, busy ones after their current call.
  while (on_duty_ > target && !idle_.empty()) {
    Agent& agent = *idle_.back();
    idle_.pop_back();
    go_off_duty(agent, now);
    --on_duty_;
  }
  for (auto& agent : agents_) {
    if (on_duty_ <= target) break;
    if (agent->on_duty && !agent->leaving) {
      agent->leaving = true;
      --on_duty_;
    }
  }
}

void CallCenter::go_off_duty(Agent& agent, double now) {
  agent.on_duty = false;
  agent.leaving = false;
  recorder_.staffed().add(now, -1);
}

} // namespace ccsim::engine
