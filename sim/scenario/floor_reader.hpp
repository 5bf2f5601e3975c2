#pragma once
// Reads the `floor` key and the `checkout` / `restaurant` sections of a
// scenario (private to the scenario layer).
#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// Reads `floor` and its section from the scenario's top-level map into
/// s.floor, checking them against the rest of the scenario (already read).
void read_floor(const MapReader& top, Scenario& s);

/// A count distribution on 1, 2, ... written like a duration distribution:
/// {fixed: 12}, {uniform: {min: 1, max: 40}}, {geometric: {mean: 15}},
/// {weights: {1: 10%, 2: 45%, 4: 45%}}. `unit` names what is counted ("items").
CountDistribution read_count_distribution(const Field& f, const std::string& unit);

}  // namespace ccsim::scenario_detail
