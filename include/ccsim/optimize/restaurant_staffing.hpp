#pragma once
// A restaurant's staff per interval: its waiters (who cap the tables served
// at once) and its kitchen's cooks. A formula's plan (cooks by Erlang C for
// the food wait, waiters by Little's law) and the simulation search, which
// alternates between the two: each searched with the other held, until
// neither moves.
#include <vector>

#include "ccsim/optimize/evaluator.hpp"
#include "ccsim/optimize/simulation_staffing.hpp"

namespace ccsim {

/// The least cooks meeting a mean food wait (sitting down to food) of at
/// most `target_s` in an M/M/c kitchen: orders at `orders_per_s`, each taking
/// `prep_s` on average (0 when no order comes). Throws StaffingError when
/// `cap` cooks are not enough.
int erlang_c_cooks(double orders_per_s, double prep_s, double target_s, int cap);

/// The waiters beyond which no more tables can be served at once: every table
/// served (tables / tables per waiter, rounded up; 1 without a cap per waiter).
int useful_waiters(const RestaurantFloor& restaurant);

/// The formula's plan ("erlang-c"): per interval, cooks by erlang_c_cooks on
/// the parties' arrival rate (every party seated at once: exact with tables
/// to spare; the scenario's cooks without a food-wait target); waiters for
/// the tables Little's law expects occupied (arrival rate x (food wait +
/// meal), at most every table), at least one where parties come.
StaffingPlan restaurant_formula_plan(const Scenario& scenario);

struct RestaurantSearch {
  StaffingPlan plan;  ///< waiters in `agents`, the kitchen's in `cooks`
  int evaluations = 0;
  int early_evaluations = 0;
  int stages = 0;        ///< searches run (waiters or cooks)
  bool settled = false;  ///< the last stage changed nothing
  /// Intervals where even a waiter for every table (the waiters' cap) misses
  /// the table targets: staffed at the cap, their table targets left to the tables.
  std::vector<int> tables_bound;
};

/// The simulation search of a restaurant from `start`: the cooks searched
/// (simulation_plan) against the food-wait target with the waiters held,
/// then the waiters against every other target with the cooks held, and so
/// on until a stage leaves its staff as it was (at most six stages). A stage
/// with no target of its own is skipped (its staff stay as in `start`).
/// Before each waiters' search, the intervals whose table targets even the
/// cap of waiters misses are found (one evaluation) and held at the cap.
/// `waiters` and `cooks` give each search's bounds.
RestaurantSearch restaurant_simulation_plan(Evaluator& evaluator, const TargetSet& targets, const StaffingPlan& start,
                                            const SearchOptions& waiters, const SearchOptions& cooks);

}  // namespace ccsim
