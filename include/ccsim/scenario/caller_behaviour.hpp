#pragma once
// How callers and agents behave beyond "arrive, wait, talk": the day-level
// busyness of demand, redials after a busy signal or an abandonment, and
// agents rushing calls when the queue is long. Plain data, in seconds.
#include <optional>

#include "ccsim/model/distribution.hpp"

namespace ccsim {

/// Day-to-day forecast error: each replication draws one factor from a gamma
/// distribution with mean 1 and coefficient of variation `cv`, and every
/// class's Poisson rate is multiplied by it for the whole day.
struct Busyness {
  double cv = 0;  ///< >= 0; 0 leaves the rates unchanged
};

/// A caller who abandons or gets a busy signal calls again with probability
/// `probability`, `delay` later, up to `max_tries` attempts in all (the first
/// call included).
struct Redial {
  double probability = 0;  ///< in [0, 1]
  Distribution delay;      ///< time from giving up to calling again
  int max_tries = 1;       ///< >= 1 attempts in all
};

/// Agents who start a call while `queue_at_least` or more callers wait talk
/// `factor` times as long; a share `repeat` of those rushed calls leaves the
/// problem unsolved, and the customer calls back `repeat_delay` after the call
/// ends (a repeat call, counted apart from redials).
struct Rushing {
  int queue_at_least = 1;  ///< >= 1 callers waiting
  double factor = 1;       ///< in (0, 1]
  double repeat = 0;       ///< in [0, 1]
  Distribution repeat_delay = Distribution::fixed(0);
};

}  // namespace ccsim
