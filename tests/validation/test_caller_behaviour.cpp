// Statistical validation of callers' behaviour against exact results:
// wrap-up in a loss system is Erlang B with holding time = talk + wrap-up
// (insensitivity: the blocking depends on the holding time's mean only), and
// the busyness factor gives the day's offered calls the variance of a
// gamma-mixed Poisson count. Tolerance: t(99.9%) standard errors.
#include <cmath>
#include <cstdio>

#include "agreement.hpp"

using namespace ccsim;
using ccsim::test::check_kpi;

namespace {

// n agents, no waiting places: an arrival finding every agent busy (talking or
// in wrap-up) is refused.
void check_wrap_up_erlang_b(int n, double erlangs, Distribution talk, Distribution wrap, std::uint64_t seed) {
  const double holding_s = talk.mean() + wrap.mean();
  const double rate = erlangs / holding_s;
  const double interval_s = 60'000 / rate / 20;  // about 60 000 calls per replication
  Scenario s = test::stationary_scenario(rate, 1, n, std::nullopt, 20, interval_s, 1, 20, seed);
  s.demand[0].service = std::move(talk);
  s.demand[0].wrap_up = std::move(wrap);
  s.queue_capacity = 0;
  s.lines = n;
  const RunSummary run = summarize(s, run_replications(s));
  const double b = analytic::erlang_b(n, erlangs);
  const double occupancy = erlangs * (1 - b) / n;
  std::printf("wrap-up loss system n=%d a=%.2f: blocking exact %.6f simulated %.6f +- %.6f; occupancy exact %.6f "
              "simulated %.6f +- %.6f\n",
              n, erlangs, b, run.overall[Kpi::block_rate].mean, run.overall[Kpi::block_rate].ci95, occupancy,
              run.overall[Kpi::occupancy].mean, run.overall[Kpi::occupancy].ci95);
  check_kpi(run, Kpi::block_rate, b, 0.05);
  check_kpi(run, Kpi::occupancy, occupancy, 0.02);
}

}  // namespace

TEST_CASE("wrap-up: a loss system is Erlang B with holding time = talk + wrap-up", "[validation][wrap-up]") {
  // 150 s exponential talk + 30 s fixed wrap-up: holding 180 s.
  check_wrap_up_erlang_b(10, 8, Distribution::exponential(150), Distribution::fixed(30), 501);
}

TEST_CASE("wrap-up: Erlang B whatever the shapes (lognormal talk, exponential wrap-up)", "[validation][wrap-up]") {
  check_wrap_up_erlang_b(5, 4, Distribution::lognormal(200, 1.5), Distribution::exponential(60), 502);
}

TEST_CASE("busyness: the day's offered calls are a gamma-mixed Poisson count", "[validation][busyness]") {
  // 1000 calls expected per day, cv 0.3: mean 1000, variance 1000 + 1000^2 * 0.09.
  constexpr double expected = 1000, cv = 0.3;
  constexpr int replications = 400;
  Scenario s = test::stationary_scenario(expected / 3600, 1, 1, std::nullopt, 1, 3600, 0, replications, 601);
  s.busyness = Busyness{cv};
  std::vector<double> offered;
  for (const ReplicationTallies& r : run_replications(s)) offered.push_back(r.at(0).offered);
  double mean = 0;
  for (double x : offered) mean += x / replications;
  double m2 = 0, m4 = 0;
  for (double x : offered) {
    m2 += (x - mean) * (x - mean) / replications;
    m4 += std::pow(x - mean, 4) / replications;
  }
  const double variance = m2 * replications / (replications - 1);
  const double exact_variance = expected + expected * expected * cv * cv;
  const double t = student_t_quantile(test::agreement_confidence, replications - 1);
  const double se_mean = std::sqrt(variance / replications);
  const double se_variance = std::sqrt((m4 - m2 * m2) / replications);  // large-sample SE of the sample variance
  std::printf("busyness cv %.2f: offered mean %.1f (exact %.0f, SE %.1f), variance %.0f (exact %.0f, SE %.0f)\n", cv,
              mean, expected, se_mean, variance, exact_variance, se_variance);
  CHECK(std::fabs(mean - expected) <= t * se_mean);
  CHECK(std::fabs(variance - exact_variance) <= t * se_variance);
  // Power: the variance is resolved well enough to tell cv 0.3 from no busyness (variance 1000).
  CHECK(t * se_variance < exact_variance - expected);
}
