// The staffing side of the call center: the duty roster applied over the day.
#include "call_center.hpp"

#include <algorithm>
#include <stdexcept>

namespace ccsim::engine {

void CallCenter::apply_next_duty(double now) {
  const DutyEvent e = roster_[next_duty_++];
  apply(e, now);
  // After the close, a last agent going home strands its class's callers.
  if (closed_) close_out(now);
}

void CallCenter::restaff_from(double from_s, const Scenario& staffed) {
  const auto later = [from_s](const DutyEvent& e) { return e.at_s >= from_s; };
  const auto applied_until = std::find_if(roster_.begin(), roster_.end(), later);
  if (applied_until - roster_.begin() != static_cast<std::ptrdiff_t>(next_duty_))
    throw std::logic_error("restaffing from an instant whose duty events are already applied");
  std::vector<DutyEvent> rest = duty_roster(staffed, replication_);
  const auto from = std::find_if(rest.begin(), rest.end(), later);
  // The floor may be asleep until the next event's instant.
  const auto same_instants = [](const DutyEvent& a, const DutyEvent& b) { return a.at_s == b.at_s; };
  if (!std::equal(from, rest.end(), applied_until, roster_.end(), same_instants))
    throw std::logic_error("restaffing must keep the instants of the duty events (per-interval counts)");
  roster_.erase(applied_until, roster_.end());
  roster_.insert(roster_.end(), from, rest.end());
}

void CallCenter::apply(const DutyEvent& e, double now) {
  auto& seats = seats_[static_cast<std::size_t>(e.group)];
  if (seats.size() <= static_cast<std::size_t>(e.seat)) seats.resize(static_cast<std::size_t>(e.seat) + 1, nullptr);
  Agent*& seat = seats[static_cast<std::size_t>(e.seat)];
  switch (e.kind) {
  case DutyEvent::count_target: set_staff(e.group, e.target, now); break;
  case DutyEvent::shift_start:
    seat = &new_agent(e.group);
    come_on_duty(*seat, now);
    break;
  case DutyEvent::break_due:
    if (seat && seat->on_duty && !seat->leaving) break_due(*seat, e.length_s, now);
    break;
  case DutyEvent::shift_end:
    if (seat && seat->on_duty && !seat->leaving) shift_over(*seat, now);
    break;
  }
}

CallCenter::Agent& CallCenter::new_agent(int group) {
  Group& g = groups_[static_cast<std::size_t>(group)];
  g.agents.push_back(std::make_unique<Agent>());
  Agent& agent = *g.agents.back();
  agent.group = group;
  agent.number = static_cast<int>(g.agents.size()) - 1;
  if (const auto& f = scenario_.staff[static_cast<std::size_t>(group)].fatigue)
    agent.fatigue.emplace(f->window_s, f->threshold, f->factor);
  return agent;
}

CallCenter::Agent& CallCenter::agent_for_duty(int group) {
  // The lowest-numbered agent off duty (a fatigue meter remembers its agent).
  Group& g = groups_[static_cast<std::size_t>(group)];
  return g.off.empty() ? new_agent(group) : g[*g.off.begin()];
}

void CallCenter::come_on_duty(Agent& agent, double now) {
  // A newcomer takes a waiting caller at once.
  agent.on_duty = true;
  Group& g = group_of(agent);
  g.off.erase(agent.number);
  g.staying.insert(agent.number);
  emit_agent(FloorEvent::on_duty, agent, now);
  if (const auto id = router_.next_for(agent.group, now)) {
    hand_over(agent, *id, now, true);
  } else {
    become_idle(agent, now);
  }
}

void CallCenter::set_staff(int group, int target, double now) {
  Group& g = groups_[static_cast<std::size_t>(group)];
  // More agents: first keep those about to leave, then bring in new ones,
  // lowest numbers first.
  while (g.on_duty() < target && !g.leaving.empty()) set_leaving(g[*g.leaving.begin()], false);
  while (g.on_duty() < target) come_on_duty(agent_for_duty(group), now);
  // Fewer: idle agents leave now (the most recently idle first), busy ones
  // (and those on a break) after their current call, lowest numbers first.
  while (g.on_duty() > target && !g.idle.empty()) {
    Agent& agent = g[g.idle.back()];
    leave_idle(agent);
    go_off_duty(agent, now);
  }
  while (g.on_duty() > target) set_leaving(g[*g.staying.begin()], true);
}

void CallCenter::break_due(Agent& agent, double length_s, double now) {
  // From now the agent takes no new call; an idle agent goes at once.
  agent.break_due = true;
  agent.break_length_s = length_s;
  if (agent.idle) {
    leave_idle(agent);
    start_break(agent, now);
  }
}

void CallCenter::shift_over(Agent& agent, double now) {
  if (agent.idle) {
    leave_idle(agent);
    go_off_duty(agent, now);
  } else {
    set_leaving(agent, true);  // after the current call, or at the end of the break
  }
}

void CallCenter::go_off_duty(Agent& agent, double now) {
  clock_off(agent);
  emit_agent(FloorEvent::off_duty, agent, now);
}

void CallCenter::set_leaving(Agent& agent, bool leaving) {
  Group& g = group_of(agent);
  agent.leaving = leaving;
  (leaving ? g.staying : g.leaving).erase(agent.number);
  (leaving ? g.leaving : g.staying).insert(agent.number);
}

void CallCenter::clock_off(Agent& agent) {
  Group& g = group_of(agent);
  agent.on_duty = false;
  agent.leaving = false;
  agent.break_due = false;
  g.staying.erase(agent.number);
  g.leaving.erase(agent.number);
  g.off.insert(agent.number);
}

}  // namespace ccsim::engine
