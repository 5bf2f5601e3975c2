// The simulation search: options, the groups' split, independent parts.
#include "staff_search.hpp"

#include <algorithm>
#include <climits>
#include <optional>

#include <fmt/format.h>

#include "ccsim/optimize/agents_cap.hpp"
#include "ccsim/optimize/analytic_staffing.hpp"
#include "ccsim/optimize/daily_search.hpp"
#include "ccsim/optimize/floor_parts.hpp"
#include "ccsim/optimize/group_split.hpp"
#include "ccsim/optimize/restaurant_staffing.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"
#include "ccsim/optimize/split_choice.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim::cli {
namespace {

// The search's bounds and words: no more agents than max_agents (or the
// groups' own), trunk lines or a checkout's tills; a cashier wherever
// customers come (one who finds no lane open is judged by no target but SL);
// interval and class names.
SearchOptions search_options(const Scenario& s, Criterion criterion) {
  SearchOptions o;
  o.criterion = criterion;
  o.seed = s.seed;
  o.first_interval = first_reported_interval(s);
  o.interval_s = s.clock.interval_s;
  const auto intervals = static_cast<std::size_t>(s.clock.intervals());
  const bool shop = s.floor.kind == FloorKind::checkout;
  const std::optional<int> cap = agents_cap(s);
  if (cap || s.lines || shop)
    o.cap.assign(intervals,
                 std::min({cap.value_or(INT_MAX), s.lines.value_or(INT_MAX), shop ? s.floor.checkout.lanes : INT_MAX}));
  const bool seats = std::any_of(s.staff.begin(), s.staff.end(), [](const StaffGroup& g) { return g.max_agents; });
  if (o.cap.empty() && seats) {
    o.cap_reason = "(the search's bound: twice the start plan's agents and 20 more; agents beyond a group's own "
                   "max_agents go to groups that may not serve the class that misses)";
    o.remedy = "raise the seats (max_agents) of the groups that serve it or relax the targets";
  } else if (o.cap.empty()) {
    o.cap_reason = "(the search's bound: twice the start plan's agents and 20 more; set max_agents to search further)";
  } else if (agents_cap_name(s) != "max_agents")
    o.cap_reason = "(the cap per interval: " + agents_cap_name(s) + (s.lines ? " or trunk lines)" : ")");
  if (shop)
    for (std::size_t i = 0; i < intervals; ++i) {
      double rate = 0;
      for (const Demand& d : s.demand) rate += d.rate_per_s.at(i);
      o.floor.push_back(rate > 0 ? 1 : 0);
    }
  o.label = [&s](int i) { return clock_label(s, i * s.clock.interval_s); };
  for (const Demand& d : s.demand) o.class_names.push_back(d.name);
  return o;
}

bool has_patience(const Scenario& s) {
  for (const Demand& d : s.demand)
    if (d.patience) return true;
  return false;
}

// The search's plan takes the chosen split, its evaluations and a note of the choice.
void note_split(const Scenario& s, const SplitChoice& split, SearchResult& found) {
  found.plan.by_group = split_by_group(s, found.plan.agents, split.chosen.weights);
  found.evaluations += split.evaluations;
  found.early_evaluations += split.early_evaluations;
  found.branched_evaluations += split.branched_evaluations;
  // "the rule's 420.0 h, x /4 415.5 h; needed more: ...; no plan within their evaluations: ..."
  std::string tried, beaten, no_evaluations, capped;
  const auto add = [](std::string& list, const std::string& item) { list += (list.empty() ? "" : ", ") + item; };
  for (const SplitTried& t : split.tried) {
    if (t.agents)
      add(tried, fmt::format("{} {:.1f} h", t.name, *t.agents * s.clock.interval_s / 3600));
    else
      add(t.beaten ? beaten : t.out_of_evaluations ? no_evaluations : capped, t.name);
  }
  if (!beaten.empty()) tried += "; needed more: " + beaten;
  if (!no_evaluations.empty()) tried += "; no plan within their evaluations: " + no_evaluations;
  if (!capped.empty()) tried += "; an interval at its cap: " + capped;
  found.plan.notes.push_back(fmt::format(
      "the split among the groups chosen by simulation: the rule's and tilts of it, each raised from the start "
      "plan until every interval met (agent-hours: {}); the search went on from {} ({} over the day)",
      tried, split.chosen.weights.empty() ? "the rule's split" : split.chosen.name,
      describe_counts(s, found.plan.by_group)));
}

// One floor (or one part of it) searched: the plan, its counts and calls.
struct FloorSearch {
  SearchResult found;
  double calls = 0;
  bool chose_split = false;
};

FloorSearch search_floor(const Scenario& s, const RunOptions& quiet_run, Criterion criterion, Progress& progress,
                         int evaluations_before, double calls_before) {
  const AnalyticMethod method = has_patience(s) ? AnalyticMethod::erlang_a : AnalyticMethod::erlang_c;
  StaffingPlan start;
  try {
    start = analytic_plan(s, method);
  } catch (const StaffingError& e) {
    // The pooled formula may find no plan within max_agents where the real
    // floor (priorities, separate lanes) has one: start from the cap.
    if (!agents_cap(s)) throw;
    start = StaffingPlan{
        "max_agents", std::vector<int>(static_cast<std::size_t>(s.clock.intervals()), *agents_cap(s)), {}, {}};
  }
  SimulationEvaluator searcher(s, quiet_run);
  SearchOptions o = search_options(s, criterion);
  for (std::size_t i = 0; i < o.floor.size(); ++i) start.agents[i] = std::max(start.agents[i], o.floor[i]);
  o.on_evaluation = [&, evaluations_before, calls_before](int evaluations) {
    progress.show(fmt::format("simulation search: {}, {:.1f} M calls simulated",
                              counted(evaluations_before + evaluations, "evaluation"),
                              1e-6 * (calls_before + searcher.calls_simulated())));
  };
  const bool daily = s.target_set().any_daily();
  std::optional<SplitChoice> split;
  if (!daily && staffed_by_group(s) && split_candidates(s).size() > 1) {
    split = choose_split(searcher, s, s.target_set(), start.agents, o);
    start.agents = split->raised.plan.agents;
    const auto on_evaluation = o.on_evaluation;
    o.on_evaluation = [on_evaluation, before = split->evaluations](int n) { on_evaluation(before + n); };
  }
  SearchResult found = daily
                           ? daily_simulation_plan(searcher, s.target_set(), start.agents, o, pooled_formula(s, method))
                           : simulation_plan(searcher, s.target_set(), start.agents, o);
  if (split) note_split(s, *split, found);
  found.plan.notes.push_back(std::string("started from the ") + start.method + " plan, search seed " +
                             std::to_string(s.seed) + "; accepted when " + criterion_meaning(criterion) +
                             (daily ? ", and the day's figure so meets each daily target" : ""));
  found.plan.notes.push_back(
      daily ? "minimal: one agent fewer in any interval after the warm-up breaks an interval's target or a daily "
              "target under the search seed (each removal tried on the whole day); daily targets raised where the "
              "formula says an agent raises the day's figure most, then trimmed in passes in time order"
            : "minimal: one agent fewer in any interval after the warm-up breaks an interval "
              "(that one or a later one) under the search seed");
  return FloorSearch{std::move(found), searcher.calls_simulated(), split.has_value()};
}

// A restaurant: its waiters and cooks searched in turn from the formula's plan.
// Waiters: one at least where parties come, at most one per tables_per_waiter
// tables (more serve no more tables); a cap reached means the tables are the limit.
StaffingPlan search_restaurant(const Scenario& s, const RunOptions& quiet_run, Criterion criterion,
                               StaffingResult& result, Progress& progress) {
  const RestaurantFloor& r = s.floor.restaurant;
  StaffingPlan start = restaurant_formula_plan(s);
  SimulationEvaluator searcher(s, quiet_run);
  SearchOptions waiters = search_options(s, criterion);
  SearchOptions cooks = waiters;
  cooks.unit = "cooks";
  waiters.unit = "waiters";
  waiters.cap.assign(start.agents.size(), useful_waiters(r));
  waiters.cap_reason =
      fmt::format("(every table served: {} tables{}): the tables, not the staff, are the limit", r.tables.size(),
                  r.tables_per_waiter ? fmt::format(", {} per waiter", *r.tables_per_waiter) : "");
  waiters.remedy = "add tables (ccsim sweep --vary restaurant.tables.1.count=LO..HI shows what each costs in "
                   "walk-aways) or relax the targets";
  for (std::size_t i = 0; i < start.agents.size(); ++i) {
    double rate = 0;
    for (const Demand& d : s.demand) rate += d.rate_per_s.at(i);
    waiters.floor.push_back(rate > 0 ? 1 : 0);
    start.agents[i] = std::clamp(start.agents[i], waiters.floor[i], waiters.cap[i]);
  }
  const auto show = [&](int evaluations) {
    progress.show(fmt::format("simulation search: {}, {:.1f} M parties simulated", counted(evaluations, "evaluation"),
                              1e-6 * searcher.calls_simulated()));
  };
  waiters.on_evaluation = cooks.on_evaluation = show;
  const RestaurantSearch found = restaurant_simulation_plan(searcher, s.target_set(), start, waiters, cooks);
  result.search_evaluations = found.evaluations;
  result.search_early_evaluations = found.early_evaluations;
  result.calls_simulated += searcher.calls_simulated();
  StaffingPlan plan = found.plan;
  if (!found.tables_bound.empty()) {
    std::string when;
    for (int i : found.tables_bound) when += (when.empty() ? "" : ", ") + clock_label(s, i * s.clock.interval_s);
    plan.notes.push_back(fmt::format(
        "the tables are the limit at {}: even a waiter for every table there misses the table targets (by the "
        "criterion, under the search seed), so those intervals keep {} waiters and their misses are the tables'; "
        "ccsim sweep --vary restaurant.tables.1.count=LO..HI shows what another table would win",
        when, useful_waiters(r)));
  }
  const bool food = r.kitchen && s.targets.food_wait_at_most_s;
  plan.notes.push_back(fmt::format(
      "{}; started from the erlang-c plan, search seed {}; accepted when {}",
      food ? fmt::format("cooks searched against the food wait with the waiters held, then the waiters against the "
                         "other targets with the cooks held, in turn ({} searches)",
                         found.stages)
           : "the waiters searched against the targets (cooks as the scenario has them)",
      s.seed, criterion_meaning(criterion)));
  plan.notes.push_back(
      found.settled ? std::string("minimal: one waiter or cook fewer in any interval after the warm-up") +
                          (found.tables_bound.empty() ? "" : " (the waiters where the tables are the limit aside)") +
                          " breaks an interval (that one or a later one) under the search seed"
                    : "not settled after 6 searches: the last one's staff are minimal with the other's held; "
                      "the other's may still hold one to spare");
  return plan;
}

}  // namespace

PlanVerification staff_by_simulation(const Scenario& s, const RunOptions& quiet_run, Criterion criterion,
                                     StaffingResult& result, SimulationEvaluator& verifier, Progress& progress) {
  if (s.floor.kind == FloorKind::restaurant) {
    const StaffingPlan plan = search_restaurant(s, quiet_run, criterion, result, progress);
    progress.show("verifying the simulation plan");
    return verify_plan(verifier, s, plan, result.verification_seed);
  }
  const std::vector<FloorPart> parts = independent_parts(s);
  std::vector<StaffingPlan> plans;
  int evaluations = 0, early = 0, branched = 0;
  double calls = 0;
  for (const FloorPart& part : parts) {
    const FloorSearch f =
        search_floor(parts.size() > 1 ? part_scenario(s, part) : s, quiet_run, criterion, progress, evaluations, calls);
    evaluations += f.found.evaluations;
    early += f.found.early_evaluations;
    branched += f.found.branched_evaluations;
    calls += f.calls;
    result.search_chose_split = result.search_chose_split || f.chose_split;
    plans.push_back(f.found.plan);
  }
  StaffingPlan plan = plans.front();
  if (parts.size() > 1) {
    plan = joined_plan(s, parts, plans);
    plan.notes.push_back(
        "the floor's desks never help each other: each searched on its own scenario, with random streams of its "
        "own, and minimal for itself (" +
        describe_parts(s, parts) + ")" +
        (s.targets.any() ? "; the floor's targets held by each desk's calls, stricter than by all calls together "
                           "(a small desk cannot lean on a big one)"
                         : ""));
  }
  result.search_evaluations = evaluations;
  result.search_early_evaluations = early;
  result.search_branched_evaluations = branched;
  result.calls_simulated += calls;
  progress.show("verifying the simulation plan");
  return verify_plan(verifier, s, plan, result.verification_seed);
}

}  // namespace ccsim::cli
