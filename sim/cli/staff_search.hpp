#pragma once
// ccsim staff --method simulation: the search's options, the groups' split
// chosen by simulation, and desks that never help each other searched apart.
#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/simulation_evaluator.hpp"
#include "ccsim/report/staffing_report.hpp"
#include "progress.hpp"

namespace ccsim::cli {

/// The simulation plan, verified: from the Erlang A plan (Erlang C when nobody
/// abandons), the groups' split chosen by simulation where they differ, each
/// independent part of the floor (floor_parts) searched on its own. Adds the
/// search's counts to `result`.
PlanVerification staff_by_simulation(const Scenario& scenario, const RunOptions& quiet_run, Criterion criterion,
                                     StaffingResult& result, SimulationEvaluator& verifier, Progress& progress);

}  // namespace ccsim::cli
