#include "ccsim/optimize/restaurant_staffing.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "ccsim/analytic/erlang.hpp"

namespace ccsim {
namespace {

constexpr int max_stages = 6;

// The targets the kitchen's cooks answer for, and those the waiters do.
TargetSet food_targets(const TargetSet& t) {
  Targets food;
  food.food_wait_at_most_s = t.all.food_wait_at_most_s;
  food.daily.food_wait = t.all.daily.food_wait;
  return TargetSet(food);
}

TargetSet table_targets(TargetSet t) {
  t.all.food_wait_at_most_s.reset();
  t.all.daily.food_wait = false;
  return t;
}

// The waiters' search where, in the `bound` intervals, even a waiter for every
// table misses the table targets: their table KPIs are left unjudged (NaN),
// since no staffing there can meet them.
class TablesBound : public Evaluator {
public:
  TablesBound(Evaluator& inner, std::vector<bool> bound) : inner_(inner), bound_(std::move(bound)) {}
  PlanOutcomes evaluate(const std::vector<int>& agents, std::uint64_t seed) override {
    return masked(inner_.evaluate(agents, seed));
  }
  PlanOutcomes evaluate_first(const std::vector<int>& agents, std::uint64_t seed, std::size_t intervals) override {
    return masked(inner_.evaluate_first(agents, seed, intervals));
  }

private:
  PlanOutcomes masked(PlanOutcomes outcomes) const {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const auto unjudged = [](IntervalKpis& k) { k.service_level = k.abandon_rate = k.asa_s = k.occupancy = nan; };
    for (auto& row : outcomes)
      for (std::size_t i = 0; i < row.size() && i < bound_.size(); ++i)
        if (bound_[i]) {
          unjudged(row[i]);
          for (IntervalKpis& c : row[i].classes) unjudged(c);
        }
    return outcomes;
  }
  Evaluator& inner_;
  std::vector<bool> bound_;
};

double arrivals_per_s(const Scenario& s, std::size_t interval) {
  double rate = 0;
  for (const Demand& d : s.demand) rate += d.rate_per_s.at(interval);
  return rate;
}

}  // namespace

int erlang_c_cooks(double orders_per_s, double prep_s, double target_s, int cap) {
  if (orders_per_s <= 0) return 0;
  analytic::MarkovQueue q;
  q.arrival_rate_per_s = orders_per_s;
  q.mean_service_s = prep_s;
  for (int c = std::max(1, static_cast<int>(std::floor(orders_per_s * prep_s)) + 1); c <= cap; ++c) {
    q.agents = c;
    if (analytic::solve(q).asa_s + prep_s <= target_s) return c;
  }
  throw StaffingError("the food-wait target needs more than " + std::to_string(cap) + " cooks");
}

int useful_waiters(const RestaurantFloor& r) {
  if (!r.tables_per_waiter) return 1;
  const auto tables = static_cast<int>(r.tables.size());
  return (tables + *r.tables_per_waiter - 1) / *r.tables_per_waiter;
}

StaffingPlan restaurant_formula_plan(const Scenario& s) {
  const RestaurantFloor& r = s.floor.restaurant;
  const auto intervals = static_cast<std::size_t>(s.clock.intervals());
  StaffingPlan plan{"erlang-c", std::vector<int>(intervals, 0), {}, {}};
  const std::optional<double>& food = s.targets.food_wait_at_most_s;
  const double prep_s = r.kitchen ? r.kitchen->per_order.mean() : 0;
  if (r.kitchen) plan.cooks = r.kitchen->cooks;
  for (std::size_t i = 0; i < intervals; ++i) {
    const double rate = arrivals_per_s(s, i);
    if (r.kitchen && food) plan.cooks[i] = erlang_c_cooks(rate, prep_s, *food, 10000);
    double food_s = prep_s;  // the wait for a cook added below, where the formula gives it
    if (r.kitchen && plan.cooks[i] > 0 && rate > 0 && rate * prep_s < plan.cooks[i]) {
      analytic::MarkovQueue q;
      q.arrival_rate_per_s = rate;
      q.mean_service_s = prep_s;
      q.agents = plan.cooks[i];
      food_s += analytic::solve(q).asa_s;
    }
    double meal_s = 0;
    for (const Demand& d : s.demand) meal_s += d.rate_per_s.at(i) * (mean_service_s(s.floor, d) - prep_s);
    meal_s = rate > 0 ? meal_s / rate : 0;
    const double occupied = std::min(static_cast<double>(r.tables.size()), rate * (food_s + meal_s));
    const int per_waiter = r.tables_per_waiter.value_or(static_cast<int>(r.tables.size()));
    plan.agents[i] = rate > 0 ? std::max(1, static_cast<int>(std::ceil(occupied / per_waiter - 1e-9))) : 0;
  }
  plan.notes.push_back("waiters: the tables Little's law expects occupied (arrivals x (food wait + meal), at most "
                       "every table) per waiter, rounded up, one at least where parties come; the wait for a table "
                       "is not modelled: the verification judges it");
  plan.notes.push_back(
      !r.kitchen ? "no kitchen: the meal starts when the party sits down"
      : food     ? "cooks: the least meeting the food wait in an M/M/c kitchen (Erlang C) at the parties' arrival "
                   "rate, every party seated at once (exact with tables and waiters to spare)"
                 : "cooks: the scenario's (no food_wait target to size them by)");
  return plan;
}

RestaurantSearch restaurant_simulation_plan(Evaluator& evaluator, const TargetSet& targets, const StaffingPlan& start,
                                            const SearchOptions& waiters, const SearchOptions& cooks) {
  RestaurantSearch out;
  out.plan = start;
  out.plan.method = "simulation";
  out.plan.notes.clear();
  const TargetSet food = food_targets(targets), tables = table_targets(targets);
  const bool search_cooks = !start.cooks.empty() && food.any(), search_waiters = tables.any();
  // Cooks first: the formula sizes them well; the waiters then see the kitchen's pace.
  for (int stage = 0; stage < max_stages; ++stage) {
    const bool of_cooks = stage % 2 == 0;
    if (of_cooks ? !search_cooks : !search_waiters) continue;
    std::vector<int>& staff = of_cooks ? out.plan.cooks : out.plan.agents;
    const bool held = evaluator.staff_restaurant(of_cooks ? RestaurantStaff::cooks : RestaurantStaff::waiters,
                                                 of_cooks ? out.plan.agents : out.plan.cooks);
    if (!held) throw std::logic_error("the evaluator cannot staff a restaurant");
    SearchOptions o = of_cooks ? cooks : waiters;
    const auto on_evaluation = o.on_evaluation;
    if (on_evaluation)
      o.on_evaluation = [on_evaluation, before = out.evaluations](int n) { on_evaluation(before + n); };
    std::vector<bool> bound(staff.size(), false);
    if (!of_cooks && !o.cap.empty()) {
      // Where every table served misses anyway, the waiters stay at that and
      // the tables answer for the miss.
      const std::vector<IntervalAssessment> all_served = assess(tables, evaluator.evaluate(o.cap, o.seed));
      ++out.evaluations;
      out.tables_bound.clear();
      for (std::size_t i = static_cast<std::size_t>(o.first_interval); i < staff.size(); ++i)
        if (!satisfies(tables, all_served[i], o.criterion)) {
          bound[i] = true;
          out.tables_bound.push_back(static_cast<int>(i));
          staff[i] = o.cap[i];
          if (o.floor.empty()) o.floor.assign(staff.size(), 0);
          o.floor[i] = o.cap[i];
        }
    }
    TablesBound judged(evaluator, bound);
    const SearchResult found = simulation_plan(judged, of_cooks ? food : tables, staff, o);
    out.evaluations += found.evaluations;
    out.early_evaluations += found.early_evaluations;
    ++out.stages;
    const bool moved = found.plan.agents != staff;
    staff = found.plan.agents;
    // One of them searched: done. Both: done when one stays unmoved after
    // both were searched, each then minimal with the other as it is.
    if (!(search_cooks && search_waiters) || (!moved && out.stages > 1)) {
      out.settled = true;
      break;
    }
  }
  return out;
}

}  // namespace ccsim
