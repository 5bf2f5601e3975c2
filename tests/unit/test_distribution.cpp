// Distributions: parameters, moments and goodness of fit, with fixed seeds.
//
// Tolerances are statistical, not guessed: a sample mean must lie within 4
// standard errors of the true mean (a correct sampler fails this with
// probability 6e-5), the sample variance within 4 of its standard errors
// (from the distribution's kurtosis), and the Kolmogorov-Smirnov distance
// below its 0.1% critical value 1.9495 / sqrt(n).
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include <boost/math/distributions/exponential.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/uniform.hpp>
#include <catch2/catch.hpp>

#include "ccsim/model/distribution.hpp"

using ccsim::Distribution;
using ccsim::Purpose;
using ccsim::RandomStream;
namespace bm = boost::math;

namespace {

constexpr int draws = 40'000;
constexpr double ks_critical_0_001 = 1.9495;  // asymptotic Kolmogorov quantile, P = 0.999

std::vector<double> sample(const Distribution& d, std::uint64_t seed) {
  // One stream per draw, as the engine does (one key per call).
  std::vector<double> xs(draws);
  for (int i = 0; i < draws; ++i) {
    RandomStream rng(seed, 0, Purpose::test, 0, static_cast<std::uint64_t>(i));
    xs[static_cast<std::size_t>(i)] = d.sample(rng);
  }
  return xs;
}

double ks_distance(std::vector<double> xs, const std::function<double(double)>& cdf) {
  std::sort(xs.begin(), xs.end());
  const double n = static_cast<double>(xs.size());
  double d = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double f = cdf(xs[i]);
    d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
  }
  return d;
}

template <class BoostDist>
void check_against(const Distribution& d, const BoostDist& exact, std::uint64_t seed) {
  INFO(d.describe());
  CHECK(d.mean() == Approx(bm::mean(exact)).epsilon(1e-12));
  CHECK(d.variance() == Approx(bm::variance(exact)).epsilon(1e-12));
  const std::vector<double> xs = sample(d, seed);
  double sum = 0, sq = 0;
  for (double x : xs) sum += x;
  const double m = sum / draws;
  for (double x : xs) sq += (x - m) * (x - m);
  const double var = sq / (draws - 1);
  const double sigma2 = bm::variance(exact);
  CHECK(std::fabs(m - bm::mean(exact)) <= 4 * std::sqrt(sigma2 / draws));
  // SE of the sample variance: sigma^2 sqrt((kurtosis - 1) / n).
  CHECK(std::fabs(var - sigma2) <= 4 * sigma2 * std::sqrt((bm::kurtosis(exact) - 1) / draws));
  const double ks = ks_distance(xs, [&](double x) { return bm::cdf(exact, x); });
  INFO("KS distance " << ks << ", critical " << ks_critical_0_001 / std::sqrt(draws));
  CHECK(ks <= ks_critical_0_001 / std::sqrt(double(draws)));
}

}  // namespace

TEST_CASE("exponential: moments and fit", "[distribution]") {
  check_against(Distribution::exponential(180), bm::exponential_distribution<>(1.0 / 180), 11);
}

TEST_CASE("lognormal by mean and cv: moments and fit", "[distribution]") {
  // mean m, cv c: sigma^2 = ln(1 + c^2), mu = ln m - sigma^2 / 2.
  for (const double cv : {0.3, 1.0}) {
    const double s2 = std::log(1 + cv * cv);
    check_against(Distribution::lognormal(240, cv),
                  bm::lognormal_distribution<>(std::log(240.0) - s2 / 2, std::sqrt(s2)), 12);
  }
}

TEST_CASE("gamma by mean and cv: moments and fit, shape below and above 1", "[distribution]") {
  for (const double cv : {0.5, 1.5}) {
    const double shape = 1 / (cv * cv);
    check_against(Distribution::gamma(300, cv), bm::gamma_distribution<>(shape, 300 / shape), 13);
  }
}

TEST_CASE("erlang: a gamma with integer shape", "[distribution]") {
  check_against(Distribution::erlang(120, 3), bm::gamma_distribution<>(3, 40), 14);
}

TEST_CASE("uniform: moments and fit", "[distribution]") {
  check_against(Distribution::uniform(30, 90), bm::uniform_distribution<>(30, 90), 15);
}

TEST_CASE("fixed always returns its value", "[distribution]") {
  const Distribution d = Distribution::fixed(30);
  RandomStream rng(1, 0, Purpose::test, 0, 0);
  for (int i = 0; i < 100; ++i) CHECK(d.sample(rng) == 30);
  CHECK(d.mean() == 30);
  CHECK(d.variance() == 0);
}

TEST_CASE("empirical: each value equally likely (chi-square)", "[distribution]") {
  const Distribution d = Distribution::empirical({60, 120, 180, 600});
  CHECK(d.mean() == Approx(240));
  CHECK(d.variance() == Approx((180.0 * 180 + 120 * 120 + 60 * 60 + 360 * 360) / 4));
  const std::vector<double> xs = sample(d, 16);
  std::vector<int> counts(4);
  for (double x : xs) {
    const auto it = std::find(d.values().begin(), d.values().end(), x);
    REQUIRE(it != d.values().end());
    ++counts[static_cast<std::size_t>(it - d.values().begin())];
  }
  double chi2 = 0;
  for (int c : counts) chi2 += (c - draws / 4.0) * (c - draws / 4.0) / (draws / 4.0);
  CHECK(chi2 <= 16.27);  // chi-square, 3 degrees of freedom, P = 0.999
}

TEST_CASE("factories refuse impossible parameters", "[distribution]") {
  CHECK_THROWS_AS(Distribution::exponential(0), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::exponential(-1), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::lognormal(10, 0), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::gamma(10, -1), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::erlang(10, 0), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::uniform(5, 1), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::empirical({}), std::invalid_argument);
  CHECK_THROWS_AS(Distribution::fixed(std::nan("")), std::invalid_argument);
}

TEST_CASE("same key, same draw, the sampler is a pure function of the stream", "[distribution]") {
  const Distribution d = Distribution::gamma(100, 0.7);
  RandomStream a(5, 2, Purpose::service, 1, 77), b(5, 2, Purpose::service, 1, 77);
  for (int i = 0; i < 10; ++i) CHECK(d.sample(a) == d.sample(b));
}
