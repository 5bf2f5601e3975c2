#include "ccsim/optimize/split_choice.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace ccsim {

SplitChoice choose_split(Evaluator& evaluator, const Scenario& scenario, const TargetSet& targets,
                         const std::vector<int>& start, const SearchOptions& options) {
  const std::vector<SplitCandidate> candidates = split_candidates(scenario);
  SplitChoice choice;
  std::optional<StaffingError> rule_error;
  int rule_evaluations = 0;
  std::optional<int> best;  ///< agent-intervals of the chosen split's raised plan
  for (const SplitCandidate& c : candidates) {
    if (!evaluator.weigh_groups(c.weights)) throw std::logic_error("choose_split: the evaluator splits no groups");
    SearchOptions o = options;
    const int before = choice.evaluations;
    if (&c != &candidates.front())
      o.max_evaluations =
          rule_error ? options.max_evaluations : std::min(options.max_evaluations, std::max(10, 3 * rule_evaluations));
    int used = 0;
    o.on_evaluation = [&, before](int n) {
      used = n;
      if (options.on_evaluation) options.on_evaluation(before + n);
    };
    if (best) o.abandon_above = *best - 1;
    try {
      SearchResult raised = raised_plan(evaluator, targets, start, o);
      choice.evaluations += raised.evaluations;
      if (&c == &candidates.front()) rule_evaluations = raised.evaluations;
      choice.early_evaluations += raised.early_evaluations;
      choice.branched_evaluations += raised.branched_evaluations;
      const int agents = std::accumulate(raised.plan.agents.begin(), raised.plan.agents.end(), 0);
      choice.tried.push_back(SplitTried{c.name, agents});
      if (!best || agents < *best) {
        best = agents;
        choice.chosen = c;
        choice.raised = std::move(raised);
      }
    } catch (const SearchAbandoned&) {
      choice.evaluations += used;
      choice.tried.push_back(SplitTried{c.name, std::nullopt, true});
    } catch (const StaffingError& e) {
      choice.evaluations += used;
      choice.tried.push_back(SplitTried{c.name, std::nullopt, false, used >= o.max_evaluations});
      if (&c == &candidates.front()) rule_error = e;
    }
  }
  if (!best) throw *rule_error;
  evaluator.weigh_groups(choice.chosen.weights);
  return choice;
}

}  // namespace ccsim
