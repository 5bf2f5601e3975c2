#pragma once
// --set KEY=VALUE: a scalar of the scenario replaced before the scenario is
// read, so the new value is validated exactly like the file's. Private to the
// scenario layer.
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "ccsim/scenario/loader.hpp"

namespace ccsim::scenario_detail {

/// Replaces (or adds) the scalar at `o.key` in the document. Keys are dotted
/// paths; in a list of named entries (demand, staff) a segment picks the entry
/// by name, or by 0-based index: "staff.agents.count", "demand.0.rate_per_hour";
/// "*" stands for every entry of a list ("staff.advisers.shifts.*.count").
/// *= scales numbers and durations ("4min" by 1.1: "264s"), += numbers.
/// Throws ScenarioError "--set KEY=VALUE: ..." when the path does not exist.
void apply_override(YAML::Node root, const Override& o);

}  // namespace ccsim::scenario_detail
