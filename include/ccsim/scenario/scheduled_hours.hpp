#pragma once
// What a scenario's roster schedules, in agent-hours: the basis of what a
// sweep or a staffing plan costs.
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// Agent-hours the roster schedules over the day, every group: per-interval
/// counts x interval length; shifts' seats x their length less their breaks.
/// Scheduled, not present: an absent agent (absenteeism) is still counted, as
/// a paid sick day is. For a per-interval plan it equals `ccsim staff`'s
/// agent-hours and paid hours.
double scheduled_agent_hours(const Scenario& scenario);

}  // namespace ccsim
