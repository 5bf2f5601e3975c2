#include "ccsim/optimize/simulation_evaluator.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "ccsim/engine/plan_run.hpp"

#include "ccsim/optimize/group_split.hpp"
#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {

SimulationEvaluator::SimulationEvaluator(Scenario scenario, RunOptions options)
    : scenario_(std::move(scenario)),
      options_(std::move(options)),
      with_classes_(scenario_.target_set().any_class()) {}

PlanOutcomes SimulationEvaluator::evaluate(const std::vector<int>& agents, std::uint64_t seed) {
  return simulate(staffed(agents), seed);
}

bool SimulationEvaluator::weigh_groups(const GroupWeights& weights) {
  weights_ = weights;
  return true;
}

bool SimulationEvaluator::staff_restaurant(RestaurantStaff what, const std::vector<int>& other) {
  if (scenario_.floor.kind != FloorKind::restaurant) return false;
  if (what == RestaurantStaff::cooks && !scenario_.floor.restaurant.kitchen) return false;
  restaurant_ = what;
  held_ = other;
  return true;
}

Scenario SimulationEvaluator::staffed(const std::vector<int>& agents) const {
  if (restaurant_) {
    const bool cooks = *restaurant_ == RestaurantStaff::cooks;
    Scenario s = with_staffing(scenario_, cooks ? held_ : agents);
    if (s.floor.restaurant.kitchen && (cooks || !held_.empty()))
      s.floor.restaurant.kitchen->cooks = cooks ? agents : held_;
    return s;
  }
  if (weights_.empty() || !staffed_by_group(scenario_)) return with_staffing(scenario_, agents);
  return with_staffing(scenario_, agents, split_by_group(scenario_, agents, weights_));
}

PlanOutcomes SimulationEvaluator::evaluate_plan(const StaffingPlan& plan, std::uint64_t seed) {
  return simulate(staffed_plan(scenario_, plan), seed);
}

PlanOutcomes SimulationEvaluator::simulate(Scenario s, std::uint64_t seed) {
  s.seed = seed;
  const RunTallies runs = run(s);
  return outcomes_of(runs, static_cast<std::size_t>(s.clock.intervals()));
}

// The classes' tallies are read only when classes have targets of their own
// (outcomes_of); the groups' always, for their occupancy.
RunTallies SimulationEvaluator::run(const Scenario& s) const { return run_replications_by_class(s, options_); }

PlanOutcomes SimulationEvaluator::evaluate_first(const std::vector<int>& agents, std::uint64_t seed,
                                                 std::size_t intervals) {
  // One more interval lets the callers of the last one wanted settle.
  const std::size_t stop = intervals + 1;
  if (stop >= static_cast<std::size_t>(scenario_.clock.intervals())) return evaluate(agents, seed);
  // Nobody on duty after the stop either: what happens from then on changes
  // no exact interval, and the agents of later peaks cost actors and forks.
  std::vector<int> until_stop = agents;
  std::fill(until_stop.begin() + static_cast<std::ptrdiff_t>(stop), until_stop.end(), 0);
  Scenario s = staffed(until_stop);
  s.seed = seed;
  const double stop_s = static_cast<double>(stop) * s.clock.interval_s;
  for (Demand& d : s.demand) {
    for (std::size_t i = stop; i < d.rate_per_s.size(); ++i) d.rate_per_s[i] = 0;
    std::erase_if(d.arrival_times_s, [stop_s](double t) { return t >= stop_s; });
  }
  const RunTallies runs = run(s);
  return outcomes_of(runs, exact_intervals(runs.totals, stop, stop_s));
}

// A plan's run paused by PlanRun; a branch restaffs a forked copy from the pause.
class SimulationEvaluator::Trials : public PlanTrials {
public:
  Trials(SimulationEvaluator& owner, Scenario staffed_plan)
      : owner_(owner),
        staffed_(std::move(staffed_plan)),
        run_(staffed_, owner.options_) {}

  void advance_to(std::size_t interval) override {
    if (interval <= paused_) return;
    run_.advance_to(start_of(interval) - pause_margin_s);
    paused_ = interval;
  }

  PlanOutcomes branch(const std::vector<int>& trial, std::size_t intervals) override {
    branched_ = staffed(trial);
    require_same_before_pause(branched_);
    // One more interval lets the last one's callers settle.
    stopped_ = std::min(intervals + 1, day());
    const bool whole_day = stopped_ == day();
    const RunTallies runs = run_.branch(branched_, start_of(paused_), whole_day ? end_of_day : start_of(stopped_));
    // The calls the plan's run simulated up to the pause count once, with the first branch there.
    const std::size_t counted = counted_;
    counted_ = paused_;
    return owner_.outcomes_of(runs, whole_day ? day() : exact_intervals(runs.totals, stopped_, start_of(stopped_)),
                              counted, stopped_);
  }

  PlanOutcomes extend_to_end() override {
    const std::size_t from = stopped_;
    stopped_ = day();
    return owner_.outcomes_of(run_.extend_branch(end_of_day), day(), from);
  }

  void adopt_branch() override {
    run_.restaff(branched_, start_of(paused_));
    staffed_ = std::move(branched_);  // the run keeps a reference to staffed_, not to branched_
  }

  PlanOutcomes finish() override { return owner_.outcomes_of(run_.finish(), day(), counted_); }

private:
  Scenario staffed(const std::vector<int>& agents) const {
    Scenario s = owner_.staffed(agents);
    s.seed = staffed_.seed;
    return s;
  }
  double start_of(std::size_t interval) const { return static_cast<double>(interval) * staffed_.clock.interval_s; }
  std::size_t day() const { return static_cast<std::size_t>(staffed_.clock.intervals()); }
  // The group split is per interval; a branch is the trial's run only if the
  // staffing before the pause is the plan's.
  void require_same_before_pause(const Scenario& s) const {
    for (std::size_t g = 0; g < s.staff.size(); ++g)
      if (!std::equal(s.staff[g].count.begin(), s.staff[g].count.begin() + static_cast<std::ptrdiff_t>(paused_),
                      staffed_.staff[g].count.begin()))
        throw std::logic_error("a trial branching off a plan's run must staff the day before the pause as the plan");
  }

  static constexpr double end_of_day = std::numeric_limits<double>::infinity();
  // Paused just before the interval's start: its staffing events are still to come.
  static constexpr double pause_margin_s = 1e-3;
  SimulationEvaluator& owner_;
  Scenario staffed_;   ///< the plan the run follows
  Scenario branched_;  ///< the last branch's trial
  PlanRun run_;
  std::size_t paused_ = 0;
  std::size_t stopped_ = 0;  ///< the open branch ran up to this interval's start
  std::size_t counted_ = 0;  ///< the plan's own calls are counted up to this interval
};

std::unique_ptr<PlanTrials> SimulationEvaluator::open_trials(const std::vector<int>& plan, std::uint64_t seed) {
  Scenario s = staffed(plan);
  if (!PlanRun::supports(s)) return nullptr;
  s.seed = seed;
  return std::make_unique<Trials>(*this, std::move(s));
}

PlanOutcomes SimulationEvaluator::outcomes_of(const RunTallies& runs, std::size_t intervals, std::size_t simulated_from,
                                              std::size_t simulated_until) {
  ++evaluations_;
  const auto classes = static_cast<std::size_t>(recorded_classes(scenario_));
  const bool by_class = with_classes_ && runs.classes.size() == runs.totals.size();
  PlanOutcomes outcomes;
  for (std::size_t r = 0; r < runs.totals.size(); ++r) {
    const ReplicationTallies& tallies = runs.totals[r];
    std::vector<IntervalKpis> row;
    for (std::size_t i = 0; i < tallies.size(); ++i) {
      if (i < intervals) {
        IntervalKpis k = kpis_of(tallies[i]);
        if (by_class)  // class c of interval i at [i * classes + c]
          for (std::size_t c = 0; c < classes; ++c) k.classes.push_back(kpis_of(runs.classes[r].at(i * classes + c)));
        if (r < runs.groups.size() && !runs.groups[r].empty()) {  // group g of interval i at [i * groups + g]
          const std::size_t groups = runs.groups[r].size() / tallies.size();
          for (std::size_t g = 0; g < groups; ++g) {
            const GroupTally& t = runs.groups[r][i * groups + g];
            k.group_occupancy.push_back(t.staffed_area > 0 ? t.busy_area / t.staffed_area
                                                           : std::numeric_limits<double>::quiet_NaN());
          }
        }
        row.push_back(std::move(k));
      }
      if (i >= simulated_from && i < simulated_until) calls_ += tallies[i].offered;
    }
    outcomes.push_back(std::move(row));
  }
  return outcomes;
}

}  // namespace ccsim
