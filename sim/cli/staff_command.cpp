// ccsim staff SCENARIO: agents per interval to meet the targets, by formula and
// by simulation, every plan verified by simulation with fresh seeds.
#include <unistd.h>

#include <chrono>
#include <climits>
#include <cmath>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "ccsim/cli/commands.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "ccsim/optimize/simulation_evaluator.hpp"
#include "ccsim/optimize/agents_cap.hpp"
#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/floor_parts.hpp"
#include "ccsim/optimize/daily_search.hpp"
#include "ccsim/optimize/split_choice.hpp"
#include "ccsim/optimize/group_split.hpp"
#include "ccsim/optimize/restaurant_staffing.hpp"
#include "ccsim/optimize/shift_staffing.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"
#include "ccsim/report/staffing_report.hpp"
#include "ccsim/report/atomic_file.hpp"
#include "ccsim/report/run_summary.hpp"
#include "ccsim/report/svg_chart.hpp"
#include "ccsim/scenario/staffed_scenario.hpp"
#include "option_parsing.hpp"
#include "output_folder.hpp"
#include "progress.hpp"
#include "staff_search.hpp"
#include "reproduce.hpp"
#include "run_limits.hpp"
#include "scenario_options.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {
namespace {

struct Methods {
  std::vector<AnalyticMethod> analytic;
  bool simulation = false;
};

Methods parse_methods(const std::string& text) {
  if (text == "all") return {{AnalyticMethod::erlang_c, AnalyticMethod::erlang_a, AnalyticMethod::sipp_lag}, true};
  if (text == "erlang-c") return {{AnalyticMethod::erlang_c}, false};
  if (text == "erlang-a") return {{AnalyticMethod::erlang_a}, false};
  if (text == "sipp-lag") return {{AnalyticMethod::sipp_lag}, false};
  if (text == "simulation") return {{}, true};
  throw UsageError("--method must be erlang-c, erlang-a, sipp-lag, simulation or all, got \"" + text + "\"");
}

Criterion parse_criterion(const std::string& text) {
  if (text == "mean") return Criterion::mean;
  if (text == "confident") return Criterion::confident;
  if (text == "p95") return Criterion::p95;
  throw UsageError("--criterion must be mean, confident or p95, got \"" + text + "\"");
}

// A checkout's own staffing verified beside the plans: its cashiers with the
// lanes its rule opens (or, when its lanes already follow its cashiers, as it is).
PlanVerification verify_store_rule(const Scenario& s, SimulationEvaluator& verifier, const StaffingResult& r,
                                   Progress& progress) {
  const bool by_rule = !s.floor.checkout.every_cashier_at_a_till;
  StaffingPlan rule{by_rule ? "store rule" : "scenario", total_staff(s), {}, {}};
  rule.by_rule = by_rule;
  rule.notes.push_back(
      by_rule ? fmt::format("the scenario's cashiers, lanes opened by its rule (one more when a queue reaches {}, {}); "
                            "its hours are the cashiers rostered, the plans' the lanes they open",
                            s.floor.checkout.open_at,
                            s.floor.checkout.close_below == 0
                                ? std::string("never closed")
                                : fmt::format("one closed when every queue is below {}", s.floor.checkout.close_below))
              : "the scenario's own cashiers, every one at a till (open_lanes: every_cashier)");
  progress.show("verifying the store's rule");
  PlanVerification verified = verify_plan(verifier, s, rule, r.verification_seed);
  double lane_hours = 0;
  for (std::size_t i = static_cast<std::size_t>(first_reported_interval(s)); i < verified.intervals.size(); ++i)
    lane_hours += verified.intervals[i].staffed_s.mean / 3600;
  if (by_rule)
    verified.plan.notes.push_back(
        fmt::format("under the rule the lanes were open {:.1f} h in all (verified mean)", lane_hours));
  return verified;
}

// What staff plans on a restaurant: its waiters and cooks per interval, by
// the restaurant's formula (erlang-c) and by simulation, judged per interval.
void check_restaurant_staffing(const std::string& path, const Scenario& s, Methods& methods,
                               const po::variables_map& vm) {
  const std::string method = vm["method"].as<std::string>();
  if (method == "all") methods.analytic = {AnalyticMethod::erlang_c};
  if (method == "erlang-a" || method == "sipp-lag")
    throw UsageError(path + ": --method " + method +
                     " sizes call centers; a restaurant is planned by erlang-c (cooks by Erlang C, waiters by "
                     "Little's law) or simulation");
  if (s.target_set().any_daily())
    throw UsageError(path + ": staff judges a restaurant's targets in every interval; drop daily: true (ccsim run "
                            "judges daily targets on any floor)");
}

// The chosen plan's requirement covered by shifts, then verified like any plan.
void staff_by_shifts(const Scenario& s, const po::variables_map& vm, StaffingResult& r, SimulationEvaluator& verifier,
                     Progress& progress) {
  CoverOptions o;
  o.time_limit_s = vm["shift-time-limit"].as<double>();
  if (!(o.time_limit_s > 0 && o.time_limit_s <= 3600))
    throw UsageError("--shift-time-limit must be a number of seconds above 0 and at most 3600");
  r.shift_time_limit_s = o.time_limit_s;
  progress.show(
      fmt::format("covering the {} plan with shifts (at most {:g} s)", r.plans[r.chosen].plan.method, o.time_limit_s));
  r.shifts = plan_shifts(s, r.plans[r.chosen].plan, o);
  progress.show("verifying the shift plan");
  r.plans.push_back(verify_plan(verifier, s, r.shifts->plan, r.verification_seed));
  r.chosen = r.plans.size() - 1;
}

// The groups a written plan staffs: the scenario's own, with the plan split
// among them, or one pooled group.
std::vector<GroupCounts> plan_groups(const Scenario& s, const StaffingPlan& plan) {
  std::vector<GroupCounts> groups;
  for (const StaffGroup& g : with_staffing(s, plan.agents, plan.by_group).staff)
    groups.push_back(GroupCounts{g.name, g.count});
  return groups;
}

// Says, in every plan, how its agents meet the scenario's groups and what the
// formulas leave out of them.
void note_groups(const Scenario& s, StaffingResult& r) {
  if (!staffed_by_group(s)) return;
  bool tiring = false, split = false;
  for (const StaffGroup& g : s.staff) {
    tiring = tiring || g.fatigue || g.absenteeism > 0;
    split = split || !g.skills.empty();
  }
  for (const Demand& d : s.demand) split = split || d.route;
  // Desks that never help each other are sized apart: the rule splits only
  // within a part of several groups, and only there does a formula pool them.
  const std::vector<FloorPart> parts = independent_parts(s);
  std::string shares;  // the rule's shares over the day, of each desk with several groups
  for (const FloorPart& part : parts)
    if (part.groups.size() > 1)
      shares += (shares.empty() ? "" : " | ") + describe_split(parts.size() > 1 ? part_scenario(s, part) : s);
  split = split && !shares.empty();
  const std::string split_note =
      shares.empty() ? ""
                     : std::string(parts.size() > 1 ? "within each desk, " : "") +
                           "agents split among the groups by the work each takes first (" + shares + " over the day" +
                           (std::any_of(s.staff.begin(), s.staff.end(),
                                        [](const StaffGroup& g) { return g.max_agents.has_value(); })
                                ? ", within each group's max_agents"
                                : "") +
                           "); groups keep skills, routes, fatigue and absenteeism; the split is not optimised";
  const std::string pooled = parts.size() > 1 ? "the formula pools the groups of each desk: a desk split by skills "
                                                "needs more agents"
                                              : "the formula pools every group: a floor split by skills needs more "
                                                "agents";
  for (PlanVerification& p : r.plans) {
    // A shift plan's split and assumptions are those of the plan it covers.
    const std::string& method = p.plan.method == "shifts" && r.shifts ? r.shifts->requirement_method : p.plan.method;
    // A split the simulation chose has a note of its own (the shift plan covering it too).
    if (!split_note.empty() && !(method == "simulation" && r.search_chose_split)) p.plan.notes.push_back(split_note);
    if (method == "simulation") continue;
    if (split) p.plan.notes.push_back(pooled);
    if (tiring) p.plan.notes.push_back("the formula ignores fatigue and absenteeism");
  }
}

void write_outputs(const po::variables_map& vm, const std::string& path, const std::vector<Override>& overrides,
                   const Scenario& s, const StaffingResult& r) {
  if (vm.count("out")) {
    write_output_folder(vm["out"].as<std::string>(), {{"staffing.csv", staffing_csv(s, r)},
                                                      {"staffing.json", staffing_json(s, r)},
                                                      {"report.html", staffing_html(s, r, CCSIM_VERSION)}});
  }
  if (vm.count("write-scenario")) {
    const PlanVerification& chosen = r.plans[r.chosen];
    const std::string how = r.shifts ? "--shifts (agents on duty, covering the " + r.shifts->requirement_method +
                                           " plan; paid " + std::to_string(std::lround(chosen.paid_hours)) + " h)"
                                     : "--method " + chosen.plan.method;
    const std::vector<std::string> header = {
        s.name + ": staffing from ccsim staff " + how,
        "targets and demand as in " + path + "; verified: " + std::to_string(chosen.missed) +
            " interval(s) missing a target on average" +
            (s.target_set().any_daily()
                 ? chosen.day_missed.empty() ? "; the daily targets met" : "; the day misses " + chosen.day_missed
                 : "")};
    const std::string written = vm["write-scenario"].as<std::string>();
    write_file_atomically(written, scenario_with_staff(path, overrides, plan_groups(s, chosen.plan),
                                                       staffed_by_group(s), header, written, chosen.plan.cooks));
  }
}

int staff(const std::string& path, const po::variables_map& vm) {
  const auto started = std::chrono::steady_clock::now();
  Methods methods = parse_methods(vm["method"].as<std::string>());
  const Criterion criterion = parse_criterion(vm["criterion"].as<std::string>());
  const std::vector<Override> overrides = overrides_from(vm);
  const Scenario s = load_for_run(path, overrides, vm);
  check_run_fits_memory(s);  // one plan's run at a time
  if (s.floor.kind == FloorKind::restaurant) check_restaurant_staffing(path, s, methods, vm);
  check_targets_reachable(s);
  // Before the search, not after it: where the results go.
  if (vm.count("write-scenario")) prepare_output_file(vm["write-scenario"].as<std::string>(), path);
  if (vm.count("out")) prepare_output_folder(vm["out"].as<std::string>());
  // The runs keep the stage's line coming (a long verification, a slow evaluation); they count nothing.
  const auto progress_ptr = progress_for("ccsim staff", vm);
  Progress& progress = *progress_ptr;
  RunOptions quiet_run = run_options_from(vm, "verification replications");
  quiet_run.on_progress = Progress::ticker(progress_ptr);
  SimulationEvaluator verifier(s, quiet_run);
  StaffingResult r;
  r.criterion = criterion;
  r.search_seed = s.seed;
  r.verification_seed = verification_seed(s.seed);
  r.replications = s.replications;
  if (s.floor.kind == FloorKind::checkout) r.plans.push_back(verify_store_rule(s, verifier, r, progress));
  r.chosen = r.plans.size();  // the first method's plan, not the store's rule
  for (AnalyticMethod m : methods.analytic) {
    StaffingPlan plan;
    try {
      plan = s.floor.kind == FloorKind::restaurant ? restaurant_formula_plan(s) : analytic_plan_by_part(s, m);
    } catch (const StaffingError& e) {
      if (!methods.simulation || !agents_cap(s)) throw;
      throw StaffingError(std::string(e.what()) +
                          "; the formula pools the queue: --method simulation judges the real floor");
    }
    progress.show("verifying the " + plan.method + " plan");
    r.plans.push_back(verify_plan(verifier, s, plan, r.verification_seed));
  }
  if (methods.simulation) {
    r.plans.push_back(staff_by_simulation(s, quiet_run, criterion, r, verifier, progress));
    r.chosen = r.plans.size() - 1;
  }
  if (vm.count("shifts")) staff_by_shifts(s, vm, r, verifier, progress);
  progress.finish();
  note_groups(s, r);
  std::vector<std::string> options = {"--method", vm["method"].as<std::string>(), "--criterion",
                                      vm["criterion"].as<std::string>()};
  if (vm.count("shifts"))
    options.insert(options.end(),
                   {"--shifts", "--shift-time-limit", exact_number(vm["shift-time-limit"].as<double>())});
  r.command = reproduce_command("staff", path, options, s, vm);
  r.calls_simulated += verifier.calls_simulated();
  if (!vm.count("quiet")) print_staffing(std::cout, s, r);  // first: should writing fail, nothing is lost
  write_outputs(vm, path, overrides, s, r);
  // The elapsed time is no result: it goes to a terminal only, never into the outputs.
  if (!vm.count("quiet") && ::isatty(STDERR_FILENO))
    std::cerr << fmt::format("ccsim staff: done in {:.1f} s\n",
                             std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return 0;
}

}  // namespace

int staff_command(const std::vector<std::string>& args) {
  po::options_description options("ccsim staff SCENARIO [options]");
  options.add_options()("help,h", "show this help")("method,m", po::value<std::string>()->default_value("all"),
                                                    "erlang-c, erlang-a, sipp-lag, simulation or all")(
      "criterion", po::value<std::string>()->default_value("confident"),
      "when the simulation search accepts an interval: confident (95% confidence bound of the mean meets the "
      "target), mean, or p95 (targets met in 95% of replications)")(
      "out,o", po::value<std::string>(), "write staffing.csv, staffing.json and report.html into this folder")(
      "write-scenario", po::value<std::string>(),
      "write the scenario with the chosen plan (with --shifts the shift plan's agents on duty, else the "
      "simulation plan when computed, else the first method's) as per-interval counts per group")(
      "shifts", "also turn the chosen plan's agents per interval into shifts (the scenario's shift_rules) "
                "by an integer program, and verify the shifts by simulation")(
      "shift-time-limit", po::value<double>()->default_value(30.0),
      "seconds the shift solver may take; when hit, the best plan found so far and its gap are reported")(
      "quiet,q", "print nothing on success");
  add_run_options(options);
  return guarded_command("staff", [&] {
    po::variables_map vm;
    const std::string path = parse_with_scenario(args, options, vm);
    if (vm.count("help")) {
      std::cout << "Agents per interval to meet the scenario's targets: SIPP by Erlang C, Erlang A and lagged\n"
                   "rates, and a simulation search with common random numbers. Every plan is verified by\n"
                   "simulation with fresh seeds: KPIs with 95% CIs and P(meet target) per interval.\n\n"
                << options;
      return 0;
    }
    try {
      return staff(path, vm);
    } catch (const StaffingError& e) {
      throw UsageError(e.what());
    }
  });
}

}  // namespace ccsim::cli
