#pragma once
// Every customer class's arrivals on one floor, merged in time order.
#include <cmath>
#include <cstdint>
#include <vector>

#include "ccsim/model/arrival_process.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// The day-level busyness factor of one replication (1 without busyness):
/// gamma with mean 1 and the scenario's cv, from its own stream.
double busyness_factor(const Scenario& scenario, std::uint32_t replication);

/// The arrivals of every class in time order: each class's Poisson stream
/// (exact per piecewise-constant interval, its rates scaled by the
/// replication's busyness) or its trace, replayed as given. Arrivals happen
/// only during the day.
class ArrivalStreams {
public:
  ArrivalStreams(const Scenario& scenario, std::uint32_t replication);

  /// The next arrival's time; +infinity when no class arrives again today.
  double next_s() const { return next_s_[first_] < length_s_ ? next_s_[first_] : INFINITY; }
  /// One arrival.
  struct Arrival {
    int demand_class;
    std::uint64_t serial;  ///< arrivals of the class so far: the customer's stream key
  };
  /// The arrival at next_s() (the lowest class first at equal times); the
  /// class's next arrival is drawn. Every arrival advances its class's
  /// serial, served or not, so customer k of a class is the same customer in
  /// every variant of a scenario (common random numbers).
  Arrival take();

private:
  void find_first();
  std::vector<ArrivalProcess> processes_;
  std::vector<double> next_s_;          // per class
  std::vector<std::uint64_t> serials_;  // per class
  std::size_t first_ = 0;
  double length_s_;
};

}  // namespace ccsim
