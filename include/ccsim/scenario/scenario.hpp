#pragma once
// The scenario: plain data, in seconds, validated by the loader.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ccsim/model/distribution.hpp"
#include "ccsim/model/targets.hpp"
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

/// Which groups take a class, and when (absent: every group whose skills
/// include the class, from arrival).
struct Route {
  int primary = 0;              ///< index into Scenario::staff; serves from arrival
  std::optional<int> overflow;  ///< index into Scenario::staff; may also take the call ...
  double overflow_after_s = 0;  ///< ... once it has waited this long (>= 0)
};

/// One customer class (call type).
struct Demand {
  Demand() = default;
  /// A class with the default priority and routing.
  Demand(std::string name_, std::vector<double> rate_per_s_, std::vector<double> arrival_times_s_,
         Distribution service_, std::optional<Distribution> patience_)
      : name(std::move(name_)),
        rate_per_s(std::move(rate_per_s_)),
        arrival_times_s(std::move(arrival_times_s_)),
        service(std::move(service_)),
        patience(std::move(patience_)) {}
  std::string name;
  std::vector<double> rate_per_s;        ///< one value per interval, >= 0 (Poisson arrivals)
  std::vector<double> arrival_times_s;   ///< explicit arrival times instead (a trace), sorted; overrides the rate
  Distribution service;                  ///< handling time
  std::optional<Distribution> patience;  ///< absent: nobody abandons
  /// Per interval, the factor applied to the service time of calls arriving in
  /// it (forecast AHT / the service distribution's mean); empty: 1 throughout.
  std::vector<double> service_scale{};
  std::optional<Distribution> wrap_up{};  ///< after-call work: agent busy, caller gone; absent: none
  std::optional<Redial> redial{};         ///< absent: nobody calls again
  int priority = 1;  ///< among calls waiting for the same group, the lower number is served first (non-preemptive)
  std::optional<Route> route;  ///< absent: every skilled group, from arrival
  /// The class's own targets, judged on its own calls (a call center's
  /// classes); its service level counts within its own T. Empty: none.
  Targets targets;
};

/// A break inside a shift: from `at_s` the agent takes no new call; the break
/// starts when the current call ends and lasts `length_s`.
struct Break {
  double at_s = 0;      ///< seconds from the clock's start
  double length_s = 0;  ///< > 0
};

/// `count` agents on duty from start_s to end_s (they finish the call in hand).
struct Shift {
  double start_s = 0;         ///< seconds from the clock's start, >= 0
  double end_s = 0;           ///< > start_s, <= clock length
  int count = 0;              ///< agents (seats) on this shift
  std::vector<Break> breaks;  ///< sorted, not overlapping, inside the shift
};

/// Service times stretch after sustained high occupancy.
struct Fatigue {
  double window_s = 3600;  ///< trailing window of the agent's own occupancy
  double threshold = 0.9;  ///< occupancy above which the agent is fatigued, recovering below it
  double factor = 1.2;     ///< service-time multiplier while fatigued, >= 1
};

/// One agent group.
struct StaffGroup {
  StaffGroup() = default;
  /// A group with per-interval counts and every other setting at its default.
  StaffGroup(std::string name_, std::vector<int> count_) : name(std::move(name_)), count(std::move(count_)) {}
  std::string name;
  /// Agents on duty, one value per interval, >= 0. With shifts: the agents
  /// whose shift covers the interval's start (nominal, breaks and absence aside).
  std::vector<int> count;
  std::vector<int> skills;         ///< indices of the classes served; empty: every class
  std::vector<Shift> shifts;       ///< non-empty: the group is staffed by shifts instead of counts
  double absenteeism = 0;          ///< probability that a scheduled agent (seat) is absent all day
  std::optional<Fatigue> fatigue;  ///< absent: service times never stretch
  /// The most agents `ccsim staff` may put in this group per interval (the
  /// desk's seats); absent: no cap of its own. Runs only keep such a group's
  /// figures apart (groups_differ).
  std::optional<int> max_agents;
  bool serves(int demand_class) const {
    return skills.empty() || std::find(skills.begin(), skills.end(), demand_class) != skills.end();
  }
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
  int replications = 10;              ///< >= 1
  double warmup_s = 0;                ///< a whole number of intervals, < clock.length_s
  std::vector<Demand> demand;         ///< at least one class
  std::vector<StaffGroup> staff;      ///< at least one group
  std::optional<int> lines;           ///< trunk lines: max callers in the system (waiting + in service)
  std::optional<int> queue_capacity;  ///< max callers waiting
  Targets targets;
  std::optional<int> max_agents;          ///< cap on agents per interval for `ccsim staff`; absent: no cap
  std::optional<Cost> cost;               ///< agent-hour cost for `ccsim staff`
  std::optional<ShiftRules> shift_rules;  ///< shift templates for `ccsim staff --shifts`
  Floor floor;                            ///< call center (default), checkout lanes or restaurant
  std::optional<Busyness> busyness;       ///< day-level random factor on the rates; absent: none
  std::optional<Rushing> rushing;         ///< agents shorten calls when the queue is long; absent: never

  /// The threshold T used for the service level (the target's, or 20 s).
  double service_level_threshold_s() const {
    return targets.service_level ? targets.service_level->answered_within_s : 20.0;
  }
  /// The T of class `c`'s service level: its own target's, else the floor's.
  double class_threshold_s(std::size_t c) const {
    const Targets& own = demand.at(c).targets;
    return own.service_level ? own.service_level->answered_within_s : service_level_threshold_s();
  }
  /// The floor's targets and each class's own.
  TargetSet target_set() const {
    TargetSet t{targets, {}};
    for (const Demand& d : demand) t.by_class.push_back(d.targets);
    return t;
  }
};

}  // namespace ccsim
