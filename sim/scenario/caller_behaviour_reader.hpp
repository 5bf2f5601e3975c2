#pragma once
// Reads busyness, wrap-up, redials and rushing (private to the scenario layer).
#include "ccsim/scenario/caller_behaviour.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// `busyness: {cv: 0.15}`.
Busyness read_busyness(const Field& f);
/// `redial: {probability: 60%, delay: DIST, max_tries: 3}`.
Redial read_redial(const Field& f);
/// `rushing: {queue_at_least: 10, factor: 0.8, repeat: 20%, repeat_delay: DIST}`.
Rushing read_rushing(const Field& f);

/// Busyness, rushing, wrap_up, redial, a forecast's aht_s, priority, route and
/// a group's shifts, skills, absenteeism and fatigue model a call center:
/// refused on the checkout and restaurant floors (their engines ignore them).
void check_call_center_only(const MapReader& top, const Scenario& s);

}  // namespace ccsim::scenario_detail
