// Checkout lanes against exact queueing results: one lane is M/G/1
// (Pollaczek-Khinchine), and join-the-shortest-queue on two lanes lies
// between a pooled two-server queue (Erlang C) and two separate M/M/1 queues
// (random assignment). Tolerance: t(99.9%) standard errors (agreement.hpp).
#include <cmath>
#include <cstdio>

#include "agreement.hpp"
#include "floor_scenarios.hpp"

using namespace ccsim;
using test::check_kpi;

namespace {

double se_of(const Estimate& e) { return e.ci95 / student_t_quantile(0.95, e.n - 1); }

void print(const char* what, const Estimate& e, double exact) {
  std::printf("  %-34s simulated %9.3f +- %-7.3f exact %9.3f (%.2f SE)\n", what, e.mean, e.ci95, exact,
              std::fabs(e.mean - exact) / se_of(e));
}

}  // namespace

TEST_CASE("one checkout lane with Poisson arrivals is M/G/1 (Pollaczek-Khinchine)", "[validation][checkout]") {
  // Service = 20 s + 2 s x basket (geometric, mean 10 items) + payment
  // (exponential, mean 20 s): E[S] = 60 s, Var[S] = 4 x 10 x 9 + 400 = 760 s^2.
  const double mean_s = 60, second_moment = 760 + mean_s * mean_s, rho = 0.8, lambda = rho / mean_s;
  const double exact_wait = lambda * second_moment / (2 * (1 - rho));  // 145.33 s
  Scenario s = test::stationary_scenario(lambda, 20, 1, std::nullopt, 20, 50'000 / lambda / 20, 1, 20, 501);
  s.demand[0].service = Distribution::fixed(20);
  s = test::checkout_scenario(s, 1, 1);
  s.floor.checkout.basket = CountDistribution::geometric(10);
  s.floor.checkout.per_item_s = 2;
  s.floor.checkout.payment = Distribution::exponential(20);
  const RunSummary run = summarize(s, run_replications(s));
  std::printf("M/G/1 checkout lane at rho %.2f:\n", rho);
  print("mean wait (s)", run.overall[Kpi::mean_wait_s], exact_wait);
  print("P(wait)", run.overall[Kpi::p_wait], rho);
  print("occupancy", run.overall[Kpi::occupancy], rho);
  check_kpi(run, Kpi::mean_wait_s, exact_wait);
  check_kpi(run, Kpi::p_wait, rho);
  check_kpi(run, Kpi::occupancy, rho);
  CHECK(run.overall[Kpi::mean_wait_s].ci95 <= 0.05 * exact_wait);  // resolved to 5%
}

TEST_CASE("join-the-shortest-queue on 2 lanes lies between a pooled queue and random assignment",
          "[validation][checkout]") {
  // M/M/2 at 80%: pooled (Erlang C) waits 106.7 s; each lane alone as M/M/1
  // (random assignment) 240 s. JSQ sees the very same customers as the pooled
  // call center simulated next to it (same streams), so the paired gap is sharp.
  const double mean_s = 60, lambda = 1.6 / mean_s;
  const analytic::MarkovQueue pooled{lambda, mean_s, 2, std::nullopt, std::nullopt, 20};
  const double erlang_c_wait = analytic::solve(pooled).mean_wait_s;
  const double random_wait = 0.8 * mean_s / (1 - 0.8);
  const Scenario call_center =
      test::stationary_scenario(lambda, mean_s, 2, std::nullopt, 20, 30'000 / lambda / 20, 1, 20, 502);
  const Scenario lanes = test::checkout_scenario(call_center, 2, 2);
  const auto jsq_runs = run_replications(lanes);
  const auto pooled_runs = run_replications(call_center);
  const RunSummary jsq = summarize(lanes, jsq_runs), pool = summarize(call_center, pooled_runs);
  std::printf("2 lanes at rho 0.8: Erlang C %.2f s, random assignment %.2f s\n", erlang_c_wait, random_wait);
  print("JSQ mean wait (s)", jsq.overall[Kpi::mean_wait_s], erlang_c_wait);
  print("pooled (call-center engine) wait (s)", pool.overall[Kpi::mean_wait_s], erlang_c_wait);
  check_kpi(pool, Kpi::mean_wait_s, erlang_c_wait);
  const Estimate& w = jsq.overall[Kpi::mean_wait_s];
  const double tolerance = student_t_quantile(test::agreement_confidence, w.n - 1) * se_of(w);
  CHECK(w.mean - tolerance > erlang_c_wait);
  CHECK(w.mean + tolerance < random_wait);
  // Paired: in every replication the same customers wait longer at the lanes.
  for (std::size_t r = 0; r < jsq_runs.size(); ++r) {
    double jsq_wait = 0, pooled_wait = 0;
    for (std::size_t i = 1; i < jsq_runs[r].size(); ++i)
      jsq_wait += jsq_runs[r][i].wait_admitted_s, pooled_wait += pooled_runs[r][i].wait_admitted_s;
    CHECK(jsq_wait > pooled_wait);
  }
}
