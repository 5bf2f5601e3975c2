// A restaurant whose parties are all of size 1 and whose tables all seat 1 is
// the call center's M/G/n+G queue: same seeds, same streams, so the very same
// customers; the two engines must agree exactly, and both with Erlang A when
// meals and patience are exponential.
#include <cstdio>

#include "agreement.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;

TEST_CASE("restaurant with tables of 1 and parties of 1 equals the call center's M/G/n+G", "[validation][restaurant]") {
  // 12 tables, lognormal meals (cv 0.6: a G service), exponential patience.
  const double mean_s = 600, lambda = 11.0 / mean_s;
  Scenario cc = test::stationary_scenario(lambda, mean_s, 12, 300.0, 12, 2000 / lambda / 12, 1, 10, 601);
  cc.demand[0].service = Distribution::lognormal(mean_s, 0.6);
  Scenario rest = cc;
  rest.floor.kind = FloorKind::restaurant;
  rest.floor.restaurant.tables.assign(12, 1);
  rest.floor.restaurant.party_size = CountDistribution::fixed(1);
  rest.floor.restaurant.meal_by_size.assign(1, std::nullopt);
  const auto a = run_replications(cc), b = run_replications(rest);
  for (std::size_t r = 0; r < a.size(); ++r)
    for (std::size_t i = 0; i < a[r].size(); ++i) {
      CHECK(a[r][i].offered == b[r][i].offered);
      CHECK(a[r][i].answered == b[r][i].answered);
      CHECK(a[r][i].abandoned == b[r][i].abandoned);
      CHECK(a[r][i].wait_admitted_s == Approx(b[r][i].wait_admitted_s));
      CHECK(a[r][i].busy_area == Approx(b[r][i].busy_area));
      CHECK(b[r][i].seats_busy_area == Approx(b[r][i].busy_area));
    }
  const RunSummary s = summarize(rest, b);
  std::printf("restaurant = M/G/12+M: seated %.1f (call center answered %.1f), walked away %.1f, mean wait %.2f s\n",
              s.overall[Kpi::answered].mean, summarize(cc, a).overall[Kpi::answered].mean,
              s.overall[Kpi::abandoned].mean, s.overall[Kpi::mean_wait_s].mean);
}

TEST_CASE("restaurant with tables of 1 and exponential meals agrees with Erlang A", "[validation][restaurant]") {
  const analytic::MarkovQueue q{3.0 / 600, 600, 3, 300.0, std::nullopt, 60};
  Scenario s = test::scenario_for(q, 20, 30'000 / q.arrival_rate_per_s / 20, 1, 20, 602);
  s.floor.kind = FloorKind::restaurant;
  s.floor.restaurant.tables.assign(3, 1);
  s.floor.restaurant.party_size = CountDistribution::fixed(1);
  s.floor.restaurant.meal_by_size.assign(1, std::nullopt);
  const analytic::QueueMetrics exact = analytic::solve(q);
  const RunSummary run = summarize(s, run_replications(s));
  std::printf("restaurant, 3 tables of 1, Erlang A: walked away %.4f (exact %.4f), mean wait %.2f s (exact %.2f), "
              "table occupancy %.4f (exact %.4f)\n",
              run.overall[Kpi::abandon_rate].mean, exact.abandon_rate, run.overall[Kpi::mean_wait_s].mean,
              exact.mean_wait_s, run.overall[Kpi::occupancy].mean, exact.occupancy);
  test::check_kpi(run, Kpi::abandon_rate, exact.abandon_rate);
  test::check_kpi(run, Kpi::mean_wait_s, exact.mean_wait_s);
  test::check_kpi(run, Kpi::occupancy, exact.occupancy);
  test::check_kpi(run, Kpi::p_wait, exact.p_wait);
}
