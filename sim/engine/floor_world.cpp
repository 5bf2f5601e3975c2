#include "floor_world.hpp"

#include <algorithm>

namespace ccsim::engine {

namespace s4u = simgrid::s4u;

FloorWorld::FloorWorld(const Scenario& scenario, std::uint32_t replication, s4u::Host* host)
    : scenario_(scenario),
      replication_(replication),
      host_(host),
      recorder_(scenario.clock.intervals(), scenario.clock.interval_s, scenario.service_level_threshold_s(),
                recorded_classes(scenario)),
      arrivals_(scenario, replication) {
  std::vector<double> thresholds;
  for (int c = 0; c < recorded_classes(scenario); ++c)
    thresholds.push_back(scenario.class_threshold_s(static_cast<std::size_t>(c)));
  recorder_.set_class_thresholds(std::move(thresholds));
  recorder_.set_groups(recorded_groups(scenario));
}

ReplicationResult FloorWorld::finish(double end_s) const {
  failure_.rethrow();
  const double t = std::max(end_s, scenario_.clock.length_s);
  return ReplicationResult{recorder_.finish(t), recorder_.class_tallies(), recorder_.group_tallies(t)};
}

s4u::ActorPtr FloorWorld::start_actor(const char* name, std::function<void()> body, bool daemon) {
  const s4u::ActorPtr actor =
      s4u::Actor::create(name, host_, [this, body = std::move(body)] { failure_.guard(host_, body); });
  if (daemon) actor->daemonize();
  return actor;
}

void FloorWorld::customers_main() {
  for (;;) {
    const double t_arrival = arrivals_.next_s();
    const double t_close = closed_ ? INFINITY : scenario_.clock.length_s;
    const double t = std::min(t_arrival, t_close);
    if (t == INFINITY) {
      if (in_system_ == 0) return;  // every customer has left: the floor closes
      awaiting_drain_ = true;       // only the servers can act now
      drained_->acquire();
      awaiting_drain_ = false;
      continue;
    }
    if (t > s4u::Engine::get_clock()) s4u::this_actor::sleep_until(t);
    settle_patience(t);
    if (t == t_arrival) {
      arrive(arrivals_.take(), t);
    } else {
      closed_ = true;
      closing(t);
    }
  }
}

void FloorWorld::customer_left() {
  --in_system_;
  if (in_system_ == 0 && awaiting_drain_) drained_->release();
}

void FloorWorld::follow_intervals(const std::function<void(int, double)>& change) {
  for (int i = 1; i < scenario_.clock.intervals(); ++i) {
    const double t = i * scenario_.clock.interval_s;
    if (t > s4u::Engine::get_clock()) s4u::this_actor::sleep_until(t);
    settle_patience(t);
    change(i, t);
  }
}

int FloorWorld::staff_in(int interval) const {
  int staff = 0;
  for (const StaffGroup& group : scenario_.staff) staff += group.count[static_cast<std::size_t>(interval)];
  return staff;
}

}  // namespace ccsim::engine
