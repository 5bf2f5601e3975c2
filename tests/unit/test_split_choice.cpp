// The split among groups chosen by what the search's first stage needs under
// each candidate, with an evaluator whose need depends on the split.
#include <functional>

#include <catch2/catch.hpp>

#include "ccsim/optimize/split_choice.hpp"

using namespace ccsim;

namespace {

// Every interval meets its target when agents x efficiency reach `need`; the
// efficiency is what `efficiency_of` says of the split in force (the rule's:
// empty weights). Each replication is the exact value, so CIs are 0.
class SplitFormula : public Evaluator {
public:
  SplitFormula(std::vector<int> need, std::function<double(const GroupWeights&)> efficiency_of)
      : need_(std::move(need)),
        efficiency_of_(std::move(efficiency_of)) {}
  bool weigh_groups(const GroupWeights& weights) override {
    weights_ = weights;
    return true;
  }
  PlanOutcomes evaluate(const std::vector<int>& agents, std::uint64_t) override {
    const double efficiency = efficiency_of_(weights_);
    std::vector<IntervalKpis> row;
    for (std::size_t i = 0; i < agents.size(); ++i)
      row.push_back(IntervalKpis{100, agents[i] * efficiency >= need_[i] - 1e-9 ? 0.9 : 0.5, 0, 0, 0.8, 0, {}});
    return PlanOutcomes(2, row);
  }
  GroupWeights weights_{{-1}};  ///< the split in force (none set yet: -1)

private:
  std::vector<int> need_;
  std::function<double(const GroupWeights&)> efficiency_of_;
};

// Generalists (class 0 only) and a desk that serves both classes: candidates
// "the rule's", "generalists x4", "generalists /4", "none to generalists".
Scenario desks() {
  Scenario s;
  s.clock.interval_s = 900;
  s.clock.length_s = 1800;
  s.demand.push_back(Demand{"everyday", {0.1, 0.1}, {}, Distribution::exponential(240), {}});
  s.demand.push_back(Demand{"premium", {0.02, 0.02}, {}, Distribution::exponential(360), {}});
  s.staff.push_back(StaffGroup{"generalists", {10, 10}});
  s.staff.push_back(StaffGroup{"desk", {5, 5}});
  s.staff[0].skills = {0};
  s.targets.service_level = ServiceLevelTarget{20, 0.8};
  return s;
}

bool none_to_first(const GroupWeights& w) { return w.size() == 2 && w[0] == 0; }

}  // namespace

TEST_CASE("split choice: the candidates of a two-desk floor", "[staffing][groups]") {
  std::vector<std::string> names;
  for (const SplitCandidate& c : split_candidates(desks())) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"the rule's", "generalists x4", "generalists /4", "none to generalists"});
}

TEST_CASE("split choice: the split whose raised plan is smallest wins, the evaluator keeps it", "[staffing][groups]") {
  const Scenario s = desks();
  // The rule's split needs 20 / 0.8 = 25 agents, a tilt 23, all at the desk 20.
  SplitFormula evaluator({20, 20}, [](const GroupWeights& w) {
    return w.empty() ? 0.8 : none_to_first(w) ? 1.0 : 0.87;
  });
  SearchOptions o;
  const SplitChoice choice = choose_split(evaluator, s, s.target_set(), {18, 18}, o);
  CHECK(choice.chosen.name == "none to generalists");
  CHECK(choice.raised.plan.agents == std::vector<int>{20, 20});
  CHECK(evaluator.weights_ == choice.chosen.weights);
  REQUIRE(choice.tried.size() == 4);
  CHECK(choice.tried[0].agents == 50);  // 25 + 25
  CHECK(choice.tried[1].agents == 46);  // 23 + 23
  // Once the best needed 46, "generalists /4" stops as soon as it needs as many.
  CHECK_FALSE(choice.tried[2].agents);
  CHECK(choice.tried[2].beaten);
  CHECK(choice.tried[3].agents == 40);
}

TEST_CASE("split choice: a tilt wins where the rule's split reaches its cap, and no plan at all is an error",
          "[staffing][groups]") {
  const Scenario s = desks();
  SearchOptions o;
  o.cap = {22, 22};
  // The rule's split cannot meet the target within 22 agents; the desk can.
  SplitFormula evaluator({20, 20}, [](const GroupWeights& w) { return none_to_first(w) ? 1.0 : 0.5; });
  const SplitChoice choice = choose_split(evaluator, s, s.target_set(), {18, 18}, o);
  CHECK(choice.chosen.name == "none to generalists");
  CHECK_FALSE(choice.tried[0].agents);
  CHECK_FALSE(choice.tried[0].beaten);
  CHECK_FALSE(choice.tried[0].out_of_evaluations);  // the cap, not the budget
  SplitFormula hopeless({20, 20}, [](const GroupWeights&) { return 0.5; });
  CHECK_THROWS_AS(choose_split(hopeless, s, s.target_set(), {18, 18}, o), StaffingError);
}
