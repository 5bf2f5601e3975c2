#pragma once
// Per-call outcomes of one call-center replication, for checking the engine
// call by call against an independent implementation.
#include <cstdint>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// What happened to one caller.
struct CallOutcome {
  enum Kind { answered, abandoned, blocked };
  int demand_class = 0;
  std::uint64_t serial = 0;  ///< the caller's number within its class
  double arrival_s = 0;
  Kind kind = answered;
  double left_queue_s = 0;  ///< answered: answer instant; abandoned: hang-up instant; blocked: arrival
  int group = -1;           ///< answered: the group of the agent who took it
  double end_s = 0;         ///< answered: end of the call (service stretched by fatigue included)
};

/// Runs replication `replication` of a call-center scenario in this process
/// (one SimGrid engine per process) and returns every caller's outcome, in
/// the order the outcomes were decided.
std::vector<CallOutcome> trace_call_center(const Scenario& scenario, std::uint32_t replication);

}  // namespace ccsim
