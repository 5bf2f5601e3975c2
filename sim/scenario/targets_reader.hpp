#pragma once
// `targets:` maps, of the scenario and of a customer class (private to the
// scenario layer).
#include <string>

#include "ccsim/model/targets.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// `{service_level: {answered_within, at_least}, abandonment: {at_most}, asa:
/// {at_most}, occupancy: {at_most}}`, each part optional. `where` names the
/// map in messages ("targets", "demand.premium.targets"). A class's targets
/// (`of_class`) have no occupancy: that is the agents', not a class's.
Targets read_targets(const Field& f, const std::string& where, bool of_class);

}  // namespace ccsim::scenario_detail
