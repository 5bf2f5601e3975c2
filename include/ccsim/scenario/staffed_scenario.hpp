#pragma once
// A scenario file rewritten with another staffing: what `ccsim staff
// --write-scenario` produces, for a planner to run, tweak and compare.
#include <string>
#include <vector>

#include "ccsim/scenario/loader.hpp"

namespace ccsim {

/// Agents on duty per interval for one group of a written scenario.
struct GroupCounts {
  std::string name;
  std::vector<int> counts;
};

/// The YAML text of the scenario file at `path`, with `overrides` applied and
/// its staff set to `groups`, preceded by the comment lines `header` (each
/// written as "# line"). With `keep_groups`, the file's groups of those names
/// keep their other keys (skills, fatigue, absenteeism) and get `count`
/// instead of `count` or `shifts`; without, `staff` becomes just `groups`.
/// Comments of the original are not kept. The text is meant for the file
/// `written_to`: relative paths in it (forecast CSVs) are rewritten to lead
/// from that file's folder to the same files. On a checkout the lanes follow
/// the staff (`open_lanes: every_cashier`): a plan's cashiers are its lanes.
/// On a restaurant, non-empty `cooks` become the kitchen's cooks per interval.
/// Throws ScenarioError.
std::string scenario_with_staff(const std::string& path, const std::vector<Override>& overrides,
                                const std::vector<GroupCounts>& groups, bool keep_groups,
                                const std::vector<std::string>& header, const std::string& written_to,
                                const std::vector<int>& cooks = {});

}  // namespace ccsim
