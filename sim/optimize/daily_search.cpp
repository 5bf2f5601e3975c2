#include "ccsim/optimize/daily_search.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include "search_runs.hpp"

namespace ccsim {
namespace {

class DailySearch {
public:
  DailySearch(Evaluator& evaluator, const TargetSet& targets, const SearchOptions& options,
              const IntervalFormula& formula, std::size_t intervals)
      : evaluator_(evaluator),
        targets_(targets),
        options_(options),
        formula_(formula),
        intervals_(intervals),
        first_(static_cast<std::size_t>(std::max(0, options.first_interval))) {}

  SearchResult run(std::vector<int> plan) {
    cap_ = options_.cap;
    if (cap_.empty())
      for (int n : plan) cap_.push_back(2 * n + 20);
    raise(plan);
    certify(plan);
    SearchResult result;
    result.plan.method = "simulation";
    result.plan.agents = plan;
    result.evaluations = evaluations_;
    result.branched_evaluations = branched_;
    result.assessment = assess(targets_, final_);
    return result;
  }

private:
  // Whether the outcomes meet every interval's targets and the day's, under the criterion.
  bool acceptable(const PlanOutcomes& outcomes) const {
    const std::vector<IntervalAssessment> intervals = assess(targets_, outcomes);
    for (std::size_t i = first_; i < intervals.size(); ++i)
      if (!satisfies(targets_, intervals[i], options_.criterion)) return false;
    return satisfies_day(targets_, assess_day(targets_, outcomes, first_), options_.criterion);
  }

  // Step 1: simulate; raise the intervals that miss, and the day while it misses.
  void raise(std::vector<int>& plan) {
    while (true) {
      const PlanOutcomes outcomes = evaluate(plan);
      const std::vector<IntervalAssessment> intervals = assess(targets_, outcomes);
      bool changed = false;
      for (std::size_t i = first_; i < intervals.size(); ++i)
        if (!satisfies(targets_, intervals[i], options_.criterion)) changed = add(plan, i, intervals[i]) || changed;
      const IntervalAssessment day = assess_day(targets_, outcomes, first_);
      if (!satisfies_day(targets_, day, options_.criterion)) changed = raise_day(plan, day) || changed;
      if (!changed) return;
    }
  }

  bool add(std::vector<int>& plan, std::size_t i, const IntervalAssessment& assessed) {
    if (plan[i] >= cap_[i]) {
      const std::string what = missed_summary(targets_, assessed, options_.class_names);
      throw StaffingError("interval " + label(i) + ": the targets are not met with " + std::to_string(cap_[i]) +
                          " agents " + options_.cap_reason + (what.empty() ? "" : "; missed: " + what) + "; " +
                          options_.remedy);
    }
    ++plan[i];
    return true;
  }

  // Each set of daily targets (the floor's, each class's) aimed at by the
  // formula, the target moved by the simulated day's gap to the formula's.
  bool raise_day(std::vector<int>& plan, const IntervalAssessment& day) {
    const IntervalKpis simulated = judged_kpis(day, options_.criterion);
    bool added = false;
    const auto aim = [&](const Targets& daily, const IntervalKpis& sim, int demand_class) {
      if (!daily.any()) return;
      const double T = daily.service_level ? daily.service_level->answered_within_s : 20;
      std::vector<IntervalKpis> now;
      for (std::size_t i = 0; i < plan.size(); ++i) now.push_back(formula_(i, plan[i], T, demand_class));
      const IntervalKpis f = day_kpis(now, first_);
      Targets moved = daily;
      const auto shift = [](double target, double formula, double simulated, double lo, double hi) {
        if (std::isnan(formula) || std::isnan(simulated)) return target;
        return std::clamp(target + (formula - simulated), lo, hi);
      };
      if (moved.service_level)
        moved.service_level->at_least =
            shift(moved.service_level->at_least, f.service_level, sim.service_level, 0, 0.9999);
      if (moved.abandonment_at_most)
        moved.abandonment_at_most = shift(*moved.abandonment_at_most, f.abandon_rate, sim.abandon_rate, 1e-6, 1);
      if (moved.asa_at_most_s) moved.asa_at_most_s = shift(*moved.asa_at_most_s, f.asa_s, sim.asa_s, 1e-3, 1e9);
      if (moved.occupancy_at_most)
        moved.occupancy_at_most = shift(*moved.occupancy_at_most, f.occupancy, sim.occupancy, 1e-6, 1);
      if (moved.lane_queue_mean_at_most)
        moved.lane_queue_mean_at_most =
            shift(*moved.lane_queue_mean_at_most, f.mean_lane_queue, sim.mean_lane_queue, 1e-6, 1e6);
      if (add_until_daily_met(moved, plan, first_, cap_, formula_, demand_class, true).added > 0) added = true;
    };
    aim(targets_.all.daily_only(), simulated, -1);
    for (std::size_t c = 0; c < targets_.by_class.size() && c < simulated.classes.size(); ++c)
      aim(targets_.by_class[c].daily_only(), simulated.classes[c], static_cast<int>(c));
    if (!added)
      throw StaffingError("the daily targets are not met with the search's cap in every interval " +
                          options_.cap_reason + "; " + options_.remedy);
    return true;
  }

  // Step 2: passes in time order, each interval losing an agent when the whole
  // day still meets every target; until a pass removes none.
  void certify(std::vector<int>& plan) {
    while (true) {
      bool removed = false;
      std::unique_ptr<PlanTrials> trials = open(plan);
      for (std::size_t i = first_; i < plan.size(); ++i) {
        // One agent per interval and pass: the day's slack is shared along the
        // day, not spent on the morning.
        if (plan[i] <= (i < options_.floor.size() ? options_.floor[i] : 0)) continue;
        trials->advance_to(i);
        std::vector<int> trial = plan;
        --trial[i];
        count(trials->branches() && i > 0);
        if (!acceptable(trials->branch(trial, intervals_))) continue;
        trials->adopt_branch();
        plan = trial;
        removed = true;
      }
      count(false);
      final_ = trials->finish();
      if (!removed) return;
    }
  }

  std::unique_ptr<PlanTrials> open(const std::vector<int>& plan) {
    if (std::unique_ptr<PlanTrials> t = evaluator_.open_trials(plan, options_.seed)) return t;
    return std::make_unique<FreshRuns>(evaluator_, options_.seed, intervals_, plan);
  }

  PlanOutcomes evaluate(const std::vector<int>& plan) {
    count(false);
    return evaluator_.evaluate(plan, options_.seed);
  }

  void count(bool branched) {
    if (evaluations_ >= options_.max_evaluations)
      throw StaffingError("the simulation search did not settle within " + std::to_string(options_.max_evaluations) +
                          " evaluations; try fewer intervals, more replications or the mean criterion");
    ++evaluations_;
    branched_ += branched ? 1 : 0;
    if (options_.on_evaluation) options_.on_evaluation(evaluations_);
  }

  std::string label(std::size_t i) const {
    return options_.label ? options_.label(static_cast<int>(i)) : std::to_string(i);
  }

  Evaluator& evaluator_;
  const TargetSet& targets_;
  const SearchOptions& options_;
  const IntervalFormula& formula_;
  std::size_t intervals_;
  std::size_t first_;
  std::vector<int> cap_;
  PlanOutcomes final_;
  int evaluations_ = 0;
  int branched_ = 0;
};

}  // namespace

SearchResult daily_simulation_plan(Evaluator& evaluator, const TargetSet& targets, const std::vector<int>& start,
                                   const SearchOptions& options, const IntervalFormula& formula) {
  return DailySearch(evaluator, targets, options, formula, start.size()).run(start);
}

}  // namespace ccsim
