#include "ccsim/optimize/simulation_staffing.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include "search_runs.hpp"

namespace ccsim {
namespace {

class Search {
public:
  Search(Evaluator& evaluator, const TargetSet& targets, const SearchOptions& options, std::size_t intervals)
      : evaluator_(evaluator),
        targets_(targets),
        options_(options),
        intervals_(intervals) {}

  // Which intervals meet the criterion under `plan` (warm-up ones always do).
  std::vector<bool> meets(const std::vector<int>& plan) {
    count_evaluation();
    return record(plan, assess(targets_, evaluator_.evaluate(plan, options_.seed)));
  }

  // The whole day of `plan`, branched off the run that follows the plan
  // evaluated before it, at the first interval where they differ, when that
  // run has not passed it yet (else a new run is opened).
  std::vector<bool> meets_after(FollowedRun& run, const std::vector<int>& plan) {
    std::size_t same = 0;
    while (run.trials && same + 1 < intervals_ && plan[same] == run.plan[same]) ++same;
    if (!run.trials || same < run.paused) {
      run.trials.reset();  // its workers gone before the new run's are forked
      run = FollowedRun{evaluator_.open_trials(plan, options_.seed), plan, 0};
      if (!run.trials) return meets(plan);
      same = 0;
    }
    run.trials->advance_to(same);
    run.paused = same;
    count_evaluation(same > 0);  // branched: a prefix shared with the run it branches off
    const std::vector<bool> ok = record(plan, assess(targets_, run.trials->branch(plan, intervals_)));
    if (run.plan != plan) run.trials->adopt_branch();  // (a run just opened follows the plan already)
    run.plan = plan;
    return ok;
  }

  // Keeps the evaluation of `plan` (and of the last plan that met every interval).
  std::vector<bool> record(const std::vector<int>& plan, std::vector<IntervalAssessment> assessed) {
    last_ = std::move(assessed);
    const std::vector<bool> ok = judged(last_);
    if (all(ok)) {
      met_plan_ = plan;
      met_ = last_;
    }
    return ok;
  }

  // The assessment of `plan` under the search seed: remembered from the last
  // evaluation that met every interval when that was this plan, else simulated.
  std::vector<IntervalAssessment> assessment_of(const std::vector<int>& plan) {
    if (met_plan_ != plan) meets(plan);
    return met_plan_ == plan ? met_ : last_;
  }

  // Each round raises only intervals that missed, branching off the run of the
  // round before at the first (the morning they share is simulated once).
  std::vector<bool> raise_until_met(std::vector<int>& plan) {
    FollowedRun run;
    std::vector<bool> raised(intervals_, false);
    for (std::vector<bool> ok = meets_after(run, plan); !all(ok); ok = meets_after(run, plan)) {
      for (std::size_t i : raise_missed(plan, ok, last_)) raised[i] = true;
      if (total(plan) > options_.abandon_above) throw SearchAbandoned("the plan grew past the limit");
    }
    return raised;
  }

  // One agent more in each interval that missed in the evaluation of `plan`
  // (`ok`, `assessed`); that evaluation is the proof of each (one agent
  // fewer). Returns the intervals raised.
  std::vector<std::size_t> raise_missed(std::vector<int>& plan, const std::vector<bool>& ok,
                                        const std::vector<IntervalAssessment>& assessed) {
    const std::vector<int> missed = plan;
    std::vector<std::size_t> raised;
    for (std::size_t i = 0; i < ok.size(); ++i) {
      if (ok[i]) continue;
      if (plan[i] >= options_.cap[i]) {
        const std::string what = missed_summary(targets_, assessed[i], options_.class_names);
        throw StaffingError("interval " + label(i) + ": the targets are not met with " +
                            std::to_string(options_.cap[i]) + " " + options_.unit + " " + options_.cap_reason +
                            (what.empty() ? "" : "; missed: " + what) + "; " + options_.remedy);
      }
      ++plan[i];
      raised.push_back(i);
      remember_break(i, missed, ok, assessed);
    }
    return raised;
  }

  // One batch: every unlocked interval with agents at `offset` mod 3 loses one.
  // Returns true when the plan got smaller.
  // A removal that broke only a neighbour may be the batch's doing (sample
  // paths interact): each is then tried alone, on the plan the batch left.
  bool lower_batch(std::vector<int>& plan, std::vector<bool>& locked, std::size_t offset) {
    std::vector<std::size_t> retry;
    bool lowered = lower_together(plan, locked, offset, retry);
    for (std::size_t i : retry) {
      const bool alone = lower_alone(plan, i);
      locked[i] = !alone;
      lowered = lowered || alone;
    }
    return lowered;
  }

  bool lower_together(std::vector<int>& plan, std::vector<bool>& locked, std::size_t offset,
                      std::vector<std::size_t>& retry) {
    std::vector<int> trial = plan;
    std::vector<std::size_t> batch;
    for (std::size_t i = offset; i < intervals_; i += 3)
      if (!locked[i] && plan[i] > least(i)) batch.push_back(i);
    if (batch.empty()) return false;
    for (std::size_t i : batch) --trial[i];
    std::vector<bool> ok = meets(trial);
    const std::vector<int> evaluated = trial;
    std::vector<std::size_t> kept;
    bool restored = false;
    for (std::size_t i : batch) {
      const bool broke = !ok[i] || (i > 0 && !ok[i - 1]) || (i + 1 < intervals_ && !ok[i + 1]);
      if (broke) {
        remember_break(i, evaluated, ok, last_);
        ++trial[i];
        restored = true;
        if (!ok[i] || batch.size() == 1)
          locked[i] = true;  // one agent fewer here breaks it
        else
          retry.push_back(i);
      } else {
        kept.push_back(i);
      }
    }

    if (kept.empty()) return false;
    if (restored) ok = meets(trial);
    if (all(ok)) {
      plan = trial;
      return true;
    }
    // Far-reaching interactions: keep the plan, and stop trying the removals
    // nearest to what broke (all of them if none is near).
    bool blamed = false;
    for (std::size_t i : kept)
      for (std::size_t j = (i > 2 ? i - 2 : 0); j <= i + 2 && j < intervals_; ++j)
        if (!ok[j]) locked[i] = blamed = true;
    if (!blamed)
      for (std::size_t i : kept) locked[i] = true;
    for (std::size_t i : kept)
      if (locked[i]) remember_break(i, trial, ok, last_);
    return false;
  }

  // One agent fewer in interval i only; kept when every interval still meets.
  bool lower_alone(std::vector<int>& plan, std::size_t i) {
    FreshRuns fresh(evaluator_, options_.seed, intervals_, plan);
    return lower(fresh, plan, i, false) == Removal::adopted;
  }

  // Makes the plan provably minimal under the search seed (the header says
  // how): a trial that broke interval j still proves its removal while the
  // plan, less that agent, equals the trial up to j (causality under common
  // random numbers). Passes in time order on one run of the plan; a removal
  // that breaks nothing in its own interval and the next is adopted there,
  // and an interval it broke later gains an agent back (a repair). After
  // max_repairs, removals wait for their whole day, so the passes end.
  void certify_minimal(std::vector<int>& plan) {
    constexpr int max_repairs = 6;
    for (int repairs = 0;;) {
      const bool adopt_early = repairs < max_repairs;
      std::unique_ptr<PlanTrials> trials;
      bool lowered = false;
      bool repaired = false;
      for (std::size_t i = static_cast<std::size_t>(options_.first_interval); i < intervals_ && !repaired; ++i) {
        if (plan[i] <= least(i) || proven(plan, i)) continue;
        if (!trials) trials = open_trials(plan);
        while (plan[i] > least(i) && !proven(plan, i)) {
          const Removal r = lower(*trials, plan, i, adopt_early);
          if (r != Removal::adopted) {
            repaired = r == Removal::plan_repaired;
            break;
          }
          lowered = true;
        }
      }
      if (repaired) {
        ++repairs;
        continue;
      }
      if (met_plan_ == plan) {
        if (!lowered) return;
        continue;  // proofs the removals invalidated are made again
      }
      // The plan's own day, from the run that followed it through the pass.
      if (!trials) trials = open_trials(plan);
      count_evaluation();
      const std::vector<bool> ok = record(plan, assess(targets_, trials->finish()));
      trials.reset();
      if (all(ok)) continue;
      ++repairs;
      raise_missed(plan, ok, last_);
    }
  }

  enum class Removal { refused, adopted, plan_repaired };

  // One agent fewer in interval i, tried on `trials` paused at i. Near the
  // minimum most removals at i break interval i or i + 1: the trial is first
  // simulated only to the end of interval i + 1 (the whole day near its end;
  // the intervals it returns are exact), and a break found there is the
  // removal's proof. Otherwise, with `adopt_early`, the removal is adopted
  // there, the rest of the day unseen (unless callers of those two intervals
  // still waited at the stop); without, only once its trial met every interval
  // to the end of the day. With `adopt_early`, intervals that broke and
  // settled before i broke under the plan itself (removals adopted earlier
  // broke them): they gain an agent and the pass ends.
  Removal lower(PlanTrials& trials, std::vector<int>& plan, std::size_t i, bool adopt_early) {
    std::vector<int> trial = plan;
    --trial[i];
    trials.advance_to(i);
    const bool branched = i > 0 && trials.branches();  // shares the plan's run up to i
    count_evaluation(branched);
    const std::size_t wanted = i + 2;
    bool whole_day = wanted + 2 > intervals_;  // hardly shorter than the whole day
    if (!whole_day) ++early_evaluations_;
    std::vector<IntervalAssessment> assessed = assess(targets_, trials.branch(trial, whole_day ? intervals_ : wanted));
    std::vector<bool> ok = judged(assessed);
    if (!whole_day && all(ok) && (!adopt_early || assessed.size() < wanted)) {
      count_evaluation(branched);
      assessed = assess(targets_, trials.extend_to_end());
      ok = judged(assessed);
      whole_day = true;
    }
    if (all(ok)) {
      if (whole_day) record(trial, std::move(assessed));
      plan = trial;
      trials.adopt_branch();
      return Removal::adopted;
    }
    if (adopt_early) {
      std::vector<bool> plan_ok(ok.size(), true);
      for (std::size_t j = 0; j < ok.size(); ++j) plan_ok[j] = ok[j] || settled_through(j, assessed) >= i;
      if (!all(plan_ok)) {
        raise_missed(plan, plan_ok, assessed);
        return Removal::plan_repaired;
      }
    }
    remember_break(i, trial, ok, assessed);
    return Removal::refused;
  }

  std::unique_ptr<PlanTrials> open_trials(const std::vector<int>& plan) {
    if (std::unique_ptr<PlanTrials> trials = evaluator_.open_trials(plan, options_.seed)) return trials;
    return std::make_unique<FreshRuns>(evaluator_, options_.seed, intervals_, plan);
  }

  // Rounds of batches over the intervals not `locked`, while they pay: while a
  // round removes at least as many agents as it took evaluations. Near the minimum most removals break
  // something, and the certificate tries each remaining one alone anyway.
  void lower_while_slack(std::vector<int>& plan, std::vector<bool> locked) {
    for (std::size_t i = 0; i < static_cast<std::size_t>(options_.first_interval) && i < intervals_; ++i)
      locked[i] = true;  // warm-up intervals keep the start plan
    for (;;) {
      const int evaluations_before = evaluations_;
      const int agents_before = total(plan);
      for (std::size_t offset = 0; offset < 3; ++offset) lower_batch(plan, locked, offset);
      bool any_candidate = false;
      for (std::size_t i = 0; i < intervals_; ++i) any_candidate = any_candidate || (!locked[i] && plan[i] > least(i));
      if (!any_candidate || agents_before - total(plan) < evaluations_ - evaluations_before) return;
    }
  }

  int evaluations() const { return evaluations_; }
  // The least agents interval i keeps (SearchOptions::floor).
  int least(std::size_t i) const { return i < options_.floor.size() ? options_.floor[i] : 0; }
  int early_evaluations() const { return early_evaluations_; }
  int branched_evaluations() const { return branched_evaluations_; }

private:
  // One evaluation more; `branched` when it shares a prefix with another plan's run.
  void count_evaluation(bool branched = false) {
    if (evaluations_ >= options_.max_evaluations)
      throw StaffingError("the simulation search did not settle within " + std::to_string(options_.max_evaluations) +
                          " evaluations; try fewer intervals, more replications or the mean criterion");
    ++evaluations_;
    if (branched) ++branched_evaluations_;
    if (options_.on_evaluation) options_.on_evaluation(evaluations_);
  }

  // Which of the assessed intervals meet the criterion (warm-up ones always do).
  std::vector<bool> judged(const std::vector<IntervalAssessment>& assessed) const {
    std::vector<bool> ok(assessed.size(), true);
    for (std::size_t i = static_cast<std::size_t>(options_.first_interval); i < assessed.size(); ++i)
      ok[i] = satisfies(targets_, assessed[i], options_.criterion);
    return ok;
  }

  static bool all(const std::vector<bool>& ok) {
    return std::all_of(ok.begin(), ok.end(), [](bool b) { return b; });
  }
  static int total(const std::vector<int>& plan) {
    int n = 0;
    for (int agents : plan) n += agents;
    return n;
  }

  // `trial` (the plan less interval i's agent, perhaps with other removals)
  // broke an interval: keep the earliest one as the proof.
  // The broken interval's figures depend on the staffing until its last
  // caller settled (callers who arrived in it may wait into later intervals):
  // the proof holds while the plan matches the trial that far.
  void remember_break(std::size_t i, const std::vector<int>& trial, const std::vector<bool>& ok,
                      const std::vector<IntervalAssessment>& assessed) {
    const auto broken = std::find(ok.begin(), ok.end(), false);
    if (broken == ok.end()) return;
    proofs_[i] = Proof{trial, settled_through(static_cast<std::size_t>(broken - ok.begin()), assessed)};
  }

  // The interval in which interval j's last caller settled (the whole day
  // when interval lengths are unknown).
  std::size_t settled_through(std::size_t j, const std::vector<IntervalAssessment>& assessed) const {
    if (options_.interval_s <= 0) return intervals_ - 1;
    return std::clamp(static_cast<std::size_t>(assessed[j].settled_s / options_.interval_s), j, intervals_ - 1);
  }

  bool proven(const std::vector<int>& plan, std::size_t i) const {
    const auto found = proofs_.find(i);
    if (found == proofs_.end()) return false;
    const Proof& p = found->second;
    for (std::size_t k = 0; k <= p.through; ++k)
      if (p.trial[k] != plan[k] - (k == i ? 1 : 0)) return false;
    return true;
  }

  struct Proof {
    std::vector<int> trial;  ///< the plan that was evaluated
    std::size_t through;     ///< the plan must match it up to here: where its earliest broken interval settled
  };

  std::string label(std::size_t i) const {
    return options_.label ? options_.label(static_cast<int>(i)) : std::to_string(i);
  }

  Evaluator& evaluator_;
  const TargetSet& targets_;
  const SearchOptions& options_;
  std::size_t intervals_;
  int evaluations_ = 0;
  int early_evaluations_ = 0;     ///< evaluations of the first intervals only
  int branched_evaluations_ = 0;  ///< evaluations branched off a run of another plan (PlanTrials)
  std::vector<IntervalAssessment> last_;
  std::vector<int> met_plan_;  ///< the last plan evaluated that met every interval
  std::vector<IntervalAssessment> met_;
  std::map<std::size_t, Proof> proofs_;
};

}  // namespace

SearchResult simulation_plan(Evaluator& evaluator, const TargetSet& targets, const std::vector<int>& start,
                             const SearchOptions& options) {
  SearchOptions o = options;
  if (o.cap.empty())
    for (int n : start) o.cap.push_back(2 * n + 20);
  std::vector<int> plan = start;
  for (std::size_t i = 0; i < plan.size(); ++i) plan[i] = std::min(plan[i], o.cap[i]);
  Search search(evaluator, targets, o, plan.size());
  // Batches pay where the start plan has slack to spare: in the intervals the
  // raise rounds left alone, when there are enough of them (a quarter of the
  // day). A raised interval has little slack left (one agent per round), and
  // the certificate, which tries every removal anyway, takes it more cheaply.
  const std::vector<bool> raised = search.raise_until_met(plan);
  if (!o.raise_only) {
    if (4 * static_cast<std::size_t>(std::count(raised.begin(), raised.end(), false)) >= plan.size())
      search.lower_while_slack(plan, raised);
    search.certify_minimal(plan);
  }
  // The search ends on a plan whose whole day met every interval (the last
  // evaluation that did); only if that evaluation is not at hand is the plan simulated again
  // (allowed beyond the evaluation budget, which the search proper respects).
  ++o.max_evaluations;
  std::vector<IntervalAssessment> assessment = search.assessment_of(plan);
  return SearchResult{StaffingPlan{"simulation", plan, {}, {}}, search.evaluations(), search.early_evaluations(),
                      search.branched_evaluations(), std::move(assessment)};
}

SearchResult raised_plan(Evaluator& evaluator, const TargetSet& targets, const std::vector<int>& start,
                         const SearchOptions& options) {
  SearchOptions o = options;
  o.raise_only = true;
  return simulation_plan(evaluator, targets, start, o);
}

}  // namespace ccsim
