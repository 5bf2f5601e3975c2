#include "ccsim/floor/caller_behaviour.hpp"

#include <limits>

namespace ccsim {

CallerBehaviour::CallerBehaviour(const Scenario& scenario, std::uint32_t replication, ReplicationRecorder& recorder)
    : scenario_(scenario),
      replication_(replication),
      recorder_(recorder),
      repeat_serials_(scenario.demand.size(), 0) {
  for (const Demand& d : scenario.demand) has_retries_ = has_retries_ || (d.redial && d.redial->max_tries > 1);
  has_retries_ = has_retries_ || (scenario.rushing && scenario.rushing->repeat > 0);
}

double CallerBehaviour::next_retry_s() const {
  return pending_.empty() ? std::numeric_limits<double>::infinity() : pending_.top().at_s;
}

CallerId CallerBehaviour::pop_retry(double now) {
  const CallerId who = pending_.top().what;
  pending_.pop();
  recorder_.retrying().add(now, -1);
  return who;
}

void CallerBehaviour::schedule(const CallerId& who, double now, double t_s) {
  // Calls happen during the day only: a contact whose next call would come
  // after the close is still unresolved when the day ends.
  if (t_s >= scenario_.clock.length_s) {
    if (who.attempt > 0) recorder_.contact_unresolved(who.first_interval);
    return;
  }
  pending_.push(t_s, who);
  recorder_.retrying().add(now, +1);
}

void CallerBehaviour::arrived(const CallerId& who, int interval) {
  if (who.attempt > 0 || who.repeat)
    recorder_.called_again(interval, static_cast<int>(who.demand_class), who.attempt == 0);
}

void CallerBehaviour::gave_up(const CallerId& who, double now, bool blocked) {
  const Demand& demand = scenario_.demand[who.demand_class];
  if (demand.redial && static_cast<int>(who.attempt) + 1 < demand.redial->max_tries) {
    RandomStream rng(scenario_.seed, replication_, Purpose::redial, who.demand_class, who.entity());
    if (rng.uniform() < demand.redial->probability) {
      CallerId next = who;
      ++next.attempt;
      schedule(next, now, now + demand.redial->delay.sample(rng));
      return;
    }
  }
  recorder_.contact_gave_up(who.first_interval, blocked);
}

double CallerBehaviour::answered(const Call& call, int call_interval, std::size_t waiting, double now) {
  recorder_.contact_answered(call.who.first_interval);
  const Rushing* rushing = scenario_.rushing ? &*scenario_.rushing : nullptr;
  if (!rushing || waiting < static_cast<std::size_t>(rushing->queue_at_least)) return call.service_s;
  recorder_.rushed(call_interval);
  const double talk_s = call.service_s * rushing->factor;
  if (rushing->repeat > 0) {
    RandomStream rng(scenario_.seed, replication_, Purpose::rushing, call.who.demand_class, call.who.entity());
    if (rng.uniform() < rushing->repeat) {
      // The same customer with the same problem, as a new contact.
      const std::uint32_t c = call.who.demand_class;
      const double t_s = now + talk_s + rushing->repeat_delay.sample(rng);
      const CallerId next{CallerId::repeat_bit | repeat_serials_[c]++, c, 0, recorder_.interval_of(t_s), true};
      schedule(next, now, t_s);
    }
  }
  return talk_s;
}

}  // namespace ccsim
