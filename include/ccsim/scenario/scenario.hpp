#pragma once
// The scenario: plain data, in seconds, validated by the loader.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ccsim/model/distribution.hpp"
#include "ccsim/scenario/caller_behaviour.hpp"
#include "ccsim/scenario/floor.hpp"
#include "ccsim/scenario/shift_rules.hpp"

namespace ccsim {

/// The simulated day: t = 0 is the start; reporting intervals partition [0, length_s).
struct Clock {
  /// Time of day at t = 0, in seconds after midnight, when the scenario gives
  /// `start`/`end`; absent for the `length` form (labels are then elapsed time).
  std::optional<double> start_of_day_s;
  double length_s = 0;    ///< > 0, a whole number of intervals
  double interval_s = 0;  ///< > 0
  int intervals() const { return static_cast<int>(length_s / interval_s + 0.5); }
};

/// One customer class (call type).
struct Demand {
  std::string name;
  std::vector<double> rate_per_s;        ///< one value per interval, >= 0 (Poisson arrivals)
  std::vector<double> arrival_times_s;   ///< explicit arrival times instead (a trace), sorted; overrides the rate
  Distribution service;                  ///< handling time
  std::optional<Distribution> patience;  ///< absent: nobody abandons
  /// Per interval, the factor applied to the service time of calls arriving in
  /// it (forecast AHT / the service distribution's mean); empty: 1 throughout.
  std::vector<double> service_scale{};
  std::optional<Distribution> wrap_up{}; ///< after-call work: agent busy, caller gone; absent: none
  std::optional<Redial> redial{};       ///< absent: nobody calls again
};

/// One agent group; without skills (later), every group serves every class.
struct StaffGroup {
  std::string name;
  std::vector<int> count;  ///< agents on duty, one value per interval, >= 0
};

struct ServiceLevelTarget {
  double answered_within_s = 20;  ///< T in "X% answered within T"
  double at_least = 0.8;          ///< X, as a fraction in [0, 1]
};

/// What results are judged against; each target applies to every reporting
/// interval (and is also shown for the day).
struct Targets {
  std::optional<ServiceLevelTarget> service_level;
  std::optional<double> abandonment_at_most;  ///< fraction in [0, 1]
  std::optional<double> asa_at_most_s;        ///< average speed of answer, seconds >= 0
  std::optional<double> occupancy_at_most;    ///< busy / staffed agent-time, fraction in [0, 1]
  bool any() const { return service_level || abandonment_at_most || asa_at_most_s || occupancy_at_most; }
};

/// What staffing costs, for `ccsim staff`.
struct Cost {
  double per_agent_hour = 0;  ///< >= 0, in the scenario's currency
};

struct Scenario {
  std::string name;
  std::string source_file;  ///< as given by the user, for messages
  Clock clock;
  std::uint64_t seed = 1;
  int replications = 10;  ///< >= 1
  double warmup_s = 0;    ///< a whole number of intervals, < clock.length_s
  std::vector<Demand> demand;     ///< at least one class
  std::vector<StaffGroup> staff;  ///< at least one group
  std::optional<int> lines;           ///< trunk lines: max callers in the system (waiting + in service)
  std::optional<int> queue_capacity;  ///< max callers waiting
  Targets targets;
  std::optional<int> max_agents;  ///< cap on agents per interval for `ccsim staff`; absent: no cap
  std::optional<Cost> cost;       ///< agent-hour cost for `ccsim staff`
  std::optional<ShiftRules> shift_rules;  ///< shift templates for `ccsim staff --shifts`
  Floor floor;  ///< call center (default), checkout lanes or restaurant
  std::optional<Busyness> busyness;  ///< day-level random factor on the rates; absent: none
  std::optional<Rushing> rushing;    ///< agents shorten calls when the queue is long; absent: never

  /// The threshold T used for the service level (the target's, or 20 s).
  double service_level_threshold_s() const {
    return targets.service_level ? targets.service_level->answered_within_s : 20.0;
  }
};

} // namespace ccsim
