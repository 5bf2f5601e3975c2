#pragma once
// A call center whose desks never help each other is several floors in one:
// each desk (with the classes only it serves) can be staffed on its own.
#include <cstddef>
#include <vector>

#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/staffing_plan.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Groups and the classes they serve, apart from the rest of the floor: no
/// class of a part is served by a group of another.
struct FloorPart {
  std::vector<std::size_t> groups;
  std::vector<std::size_t> classes;
};

/// The floor's independent parts, in the order of their first group. One part
/// (the whole floor) when a group serves every class, or when something the
/// parts share couples them: trunk lines, a queue capacity, a cap on agents,
/// agents rushing on the floor's queue, a daily target, or a floor other than
/// a call center.
std::vector<FloorPart> independent_parts(const Scenario& scenario);

/// The scenario of one part: its classes and groups only, in their order,
/// skills and routes renumbered; the floor's targets apply to the part's
/// calls, which is stricter than to all calls together (a small desk cannot
/// lean on a big one). Random streams follow the part's own class and group
/// numbers: a part's run is not the floor's run of those calls.
Scenario part_scenario(const Scenario& scenario, const FloorPart& part);

/// One plan for the whole floor from a plan per part (`plans[k]` of
/// part_scenario(scenario, parts[k])): the totals summed, each group's agents
/// its part's (the part plan's own split, else its rule's); the method kept;
/// a note of every part's plan kept as it is, one of some parts' plans
/// prefixed with their desk ("desk A, B: ...").
StaffingPlan joined_plan(const Scenario& scenario, const std::vector<FloorPart>& parts,
                         const std::vector<StaffingPlan>& plans);

/// analytic_plan, part by part where the floor has independent parts (each
/// desk's own formula, joined_plan), with a note naming the parts.
StaffingPlan analytic_plan_by_part(const Scenario& scenario, AnalyticMethod method);

/// "retail | business": the parts' groups, for notes.
std::string describe_parts(const Scenario& scenario, const std::vector<FloorPart>& parts);

}  // namespace ccsim
