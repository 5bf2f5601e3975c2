#pragma once
// `targets:` maps, of the scenario and of a customer class (private to the
// scenario layer).
#include <string>

#include "ccsim/model/targets.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// `{service_level: {answered_within, at_least}, abandonment: {at_most}, asa:
/// {at_most}, occupancy: {at_most}}`, each part optional. `where` names the
/// map in messages ("targets", "demand.premium.targets"). A class's targets
/// (`of_class`) have no occupancy: that is the agents', not a class's.
/// With `lane_queue: {mean_at_most, max_below, daily}` too (checkout floors only).
Targets read_targets(const Field& f, const std::string& where, bool of_class);

/// Refuses a target the scenario's floor has no KPI for (a lane queue off a
/// checkout), naming the targets that floor has.
void check_targets_fit_floor(const MapReader& top, const Scenario& s);

}  // namespace ccsim::scenario_detail
