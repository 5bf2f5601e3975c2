#pragma once
// A scenario file rewritten with another staffing: what `ccsim staff
// --write-scenario` produces, for a planner to run, tweak and compare.
#include <string>
#include <vector>

#include "ccsim/scenario/loader.hpp"

namespace ccsim {

/// The YAML text of the scenario file at `path`, with `overrides` applied and
/// its `staff` replaced by one group `group_name` with `counts` per interval,
/// preceded by the comment lines `header` (each written as "# line").
/// Comments of the original are not kept. Throws ScenarioError.
std::string scenario_with_staff(const std::string& path, const std::vector<Override>& overrides,
                                const std::string& group_name, const std::vector<int>& counts,
                                const std::vector<std::string>& header);

} // namespace ccsim
