// The kitchen alone is an M/M/c queue: with tables enough that no party ever
// waits for one, Poisson parties are seated, and so place their orders, as
// they arrive; orders take exponential times of c cooks, first come, first
// served. Its KPIs must agree with Erlang C.
#include <cstdio>

#include "agreement.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;

namespace {

// As test::check_kpi, for a floor KPI: |mean - exact| <= t(99.9%, R-1) x SE.
void check_floor_kpi(const Scenario& s, const RunSummary& run, FloorKpi kpi, double exact, double max_relative_ci) {
  const auto& table = floor_kpis(s.floor);
  std::size_t k = 0;
  while (k < table.size() && table[k].kpi != kpi) ++k;
  REQUIRE(k < run.floor_overall.size());
  const Estimate& e = run.floor_overall[k];
  const double se = e.ci95 / student_t_quantile(0.95, e.n - 1);
  const double tolerance = student_t_quantile(test::agreement_confidence, e.n - 1) * se;
  std::printf("  %-16s exact %10.5g  simulated %10.5g +- %-9.3g (%.2f SE)\n", std::string(table[k].name).c_str(), exact,
              e.mean, e.ci95, std::fabs(e.mean - exact) / se);
  INFO(table[k].name << ": simulated " << e.mean << " +- " << e.ci95 << ", exact " << exact << ", tolerance "
                     << tolerance);
  CHECK(std::fabs(e.mean - exact) <= tolerance);
  CHECK(e.ci95 <= max_relative_ci * exact);  // the run resolves the figure: the agreement means something
}

void check_kitchen(int cooks, double load_per_cook, std::uint64_t seed) {
  const double order_s = 300, meal_s = 600;
  const double lambda = load_per_cook * cooks / order_s;
  // 20 intervals of ~1000 orders each, the first one as warm-up; 200 tables of 2
  // against ~lambda x (wait + order + meal) < 12 busy on average: never full,
  // even when the order queue runs long.
  const double interval_s = 1000 / lambda;
  Scenario s = test::stationary_scenario(lambda, meal_s, 1, std::nullopt, 20, interval_s, 1, 30, seed);
  s = test::restaurant_scenario(s, std::vector<int>(200, 2), CountDistribution::uniform(1, 2));
  s.floor.restaurant.kitchen = Kitchen{std::vector<int>(static_cast<std::size_t>(s.clock.intervals()), cooks),
                                       Distribution::exponential(order_s)};
  const analytic::MarkovQueue q{lambda, order_s, cooks, std::nullopt, std::nullopt, 60};
  const analytic::QueueMetrics exact = analytic::solve(q);
  const auto replications = run_replications(s);
  double waited_for_table = 0;
  for (const auto& r : replications)
    for (const IntervalTally& t : r) waited_for_table += t.waited;
  REQUIRE(waited_for_table == 0);  // the tables are no bottleneck: the kitchen sees the Poisson arrivals
  const RunSummary run = summarize(s, replications);
  std::printf("kitchen = M/M/%d at %.0f%% per cook, %.0f orders per replication:\n", cooks, 100 * load_per_cook,
              run.overall[Kpi::answered].mean);
  check_floor_kpi(s, run, FloorKpi::order_wait_s, exact.mean_wait_s, 0.1);
  check_floor_kpi(s, run, FloorKpi::p_order_waits, exact.p_wait, 0.05);
  check_floor_kpi(s, run, FloorKpi::cook_utilisation, exact.occupancy, 0.02);
  check_floor_kpi(s, run, FloorKpi::orders_waiting, exact.mean_queue, 0.1);
  check_floor_kpi(s, run, FloorKpi::seated_to_food_s, exact.mean_wait_s + order_s, 0.02);
}

}  // namespace

TEST_CASE("restaurant kitchen with 3 cooks agrees with Erlang C", "[validation][restaurant][kitchen]") {
  check_kitchen(3, 0.8, 701);
}

TEST_CASE("restaurant kitchen with 1 cook agrees with M/M/1", "[validation][restaurant][kitchen]") {
  check_kitchen(1, 0.7, 702);
}
