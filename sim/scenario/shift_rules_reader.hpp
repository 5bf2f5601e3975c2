#pragma once
// Reads the `shift_rules` section of a scenario (private to the scenario layer).
#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// Reads `shift_rules`, checking lengths, start times and break windows
/// against the clock's interval grid (the clock is read already).
ShiftRules read_shift_rules(const Field& f, const Clock& clock);

}  // namespace ccsim::scenario_detail
