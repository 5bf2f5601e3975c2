#pragma once
// The runs the simulation search branches its trials off.
#include <cstdint>
#include <memory>
#include <vector>

#include "ccsim/optimize/evaluator.hpp"

namespace ccsim {

// A run of a plan that trials branch off, paused at `paused`.
struct FollowedRun {
  std::unique_ptr<PlanTrials> trials;
  std::vector<int> plan;
  std::size_t paused = 0;
};

// Trials simulated from the start each (for evaluators that cannot pause a
// run): a branch is evaluate_first of the trial, its extension evaluate.
class FreshRuns : public PlanTrials {
public:
  FreshRuns(Evaluator& evaluator, std::uint64_t seed, std::size_t intervals, std::vector<int> plan)
      : evaluator_(evaluator),
        seed_(seed),
        intervals_(intervals),
        plan_(std::move(plan)) {}
  void advance_to(std::size_t) override {}
  PlanOutcomes branch(const std::vector<int>& trial, std::size_t intervals) override {
    trial_ = trial;
    return intervals >= intervals_ ? evaluator_.evaluate(trial, seed_)
                                   : evaluator_.evaluate_first(trial, seed_, intervals);
  }
  PlanOutcomes extend_to_end() override { return evaluator_.evaluate(trial_, seed_); }
  void adopt_branch() override { plan_ = trial_; }
  PlanOutcomes finish() override { return evaluator_.evaluate(plan_, seed_); }
  bool branches() const override { return false; }

private:
  Evaluator& evaluator_;
  std::uint64_t seed_;
  std::size_t intervals_;
  std::vector<int> plan_;
  std::vector<int> trial_;
};

}  // namespace ccsim
