#include "ccsim/floor/arrival_streams.hpp"

#include <algorithm>

namespace ccsim {

double busyness_factor(const Scenario& scenario, std::uint32_t replication) {
  if (!scenario.busyness || scenario.busyness->cv <= 0) return 1;
  RandomStream rng(scenario.seed, replication, Purpose::busyness, 0, 0);
  return Distribution::gamma(1.0, scenario.busyness->cv).sample(rng);
}

ArrivalStreams::ArrivalStreams(const Scenario& scenario, std::uint32_t replication)
    : serials_(scenario.demand.size(), 0),
      length_s_(scenario.clock.length_s) {
  const double busyness = busyness_factor(scenario, replication);
  for (std::size_t c = 0; c < scenario.demand.size(); ++c) {
    const Demand& d = scenario.demand[c];
    if (!d.arrival_times_s.empty()) {
      processes_.emplace_back(d.arrival_times_s);  // a trace is replayed as given (validated inside the day)
      continue;
    }
    std::vector<double> rates = d.rate_per_s;
    for (double& r : rates) r *= busyness;  // (x * 1 is x: no busyness changes nothing)
    processes_.emplace_back(
        std::move(rates), scenario.clock.interval_s,
        RandomStream(scenario.seed, replication, Purpose::arrivals, static_cast<std::uint32_t>(c), 0));
  }
  for (ArrivalProcess& p : processes_) next_s_.push_back(p.next());
  if (next_s_.empty()) next_s_.push_back(INFINITY);  // no class: never an arrival
  find_first();
}

void ArrivalStreams::find_first() {
  first_ = static_cast<std::size_t>(std::min_element(next_s_.begin(), next_s_.end()) - next_s_.begin());
}

ArrivalStreams::Arrival ArrivalStreams::take() {
  const Arrival a{static_cast<int>(first_), serials_[first_]++};
  next_s_[first_] = processes_[first_].next();
  find_first();
  return a;
}

}  // namespace ccsim
