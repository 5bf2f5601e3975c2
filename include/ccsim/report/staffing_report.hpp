#pragma once
// What `ccsim staff` reports: the plans side by side with their verification,
// on the console (80 columns), as staffing.csv, staffing.json and report.html.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "ccsim/optimize/plan_verification.hpp"
#include "ccsim/optimize/shift_staffing.hpp"

namespace ccsim {

/// Everything one `ccsim staff` run found.
struct StaffingResult {
  std::vector<PlanVerification> plans;  ///< one per method, in the order computed
  std::size_t chosen = 0;               ///< the plan written by --write-scenario
  Criterion criterion = Criterion::confident;
  std::uint64_t search_seed = 0, verification_seed = 0;
  int replications = 0;
  std::optional<int> search_evaluations;  ///< when the simulation search ran
  int search_early_evaluations = 0;       ///< of those, stopped after an early broken interval
  int search_branched_evaluations = 0;    ///< of those, branched off a run of another plan where they differ
  bool search_chose_split = false;        ///< the simulation search chose the groups' split (split_choice)
  std::optional<ShiftPlan> shifts;        ///< with --shifts: its plan is the last in `plans`
  double shift_time_limit_s = 0;          ///< the solver's time limit, with --shifts
  double calls_simulated = 0;             ///< search and verification
  std::string command;                    ///< the shell command that reproduces the result
  // No elapsed time: the result files are the same bytes on every run.
};

void print_staffing(std::ostream& out, const Scenario& scenario, const StaffingResult& result);
std::string staffing_csv(const Scenario& scenario, const StaffingResult& result);
std::string staffing_json(const Scenario& scenario, const StaffingResult& result);
/// report.html: the plans side by side (SVG ids chart-plans, chart-p-meet and,
/// with a service-level target, chart-plan-service-level; every point carries
/// data-series, data-x, data-value), P(meet) per interval with misses
/// highlighted, the targets and the provenance.
std::string staffing_html(const Scenario& scenario, const StaffingResult& result, const std::string& version);

/// The reported intervals whose verified mean of class `c` misses that
/// class's own targets (0 when it has none or the verification has no classes).
std::size_t class_intervals_missed(const Scenario& s, const PlanVerification& p, std::size_t c);
/// What a class's figures in plan `p` give against its own targets, for the
/// tables: "2" (intervals missed), "day met", "day missed SL" or
/// "1; day met", as its targets are per interval, daily or both.
std::string class_targets_cell(const Scenario& s, const PlanVerification& p, std::size_t c);

/// A plan's agents per group, [group] -> (name, agents per interval), on a
/// floor whose groups differ and are two or more; else empty (one team).
std::vector<std::pair<std::string, std::vector<int>>> plan_by_group(const Scenario& s, const StaffingPlan& plan);
/// A plan's staff in interval i: its agents, or a restaurant's "waiters+cooks".
std::string staff_cell(const Scenario& s, const StaffingPlan& plan, std::size_t i);
/// Group `group`'s verified mean occupancy in `interval`, "85%"; "-" where nobody of it was present.
std::string group_occupancy_text(const PlanVerification& p, std::size_t interval, std::size_t group);

/// "Targets per interval: ...": the floor's and each class's own, for headers.
std::string all_targets_summary(const Scenario& s);

}  // namespace ccsim
