#pragma once
// Reads the capacity keys of a call center: per group skills, shifts with
// breaks, absenteeism and fatigue; per class priority and route (private to
// the scenario layer).
#include <string>
#include <vector>

#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// Keys this reader owns in a staff entry and in a demand entry.
inline const std::vector<std::string> capacity_staff_keys = {"shifts", "skills", "absenteeism", "fatigue"};
inline const std::vector<std::string> capacity_demand_keys = {"priority", "route"};

/// Fills g.count (from `count` or `shifts`, exactly one) and the optional
/// skills, absenteeism and fatigue of one staff entry. Classes are read already.
void read_group_capacity(const MapReader& entry, const Clock& clock, const std::vector<Demand>& demand, StaffGroup& g);

/// The class's priority, if given (1 = served first).
int read_priority(const Field& f);

/// A class's `route`, read once the groups are known.
Route read_route(const Field& f, const Scenario& s, int demand_class);

}  // namespace ccsim::scenario_detail
