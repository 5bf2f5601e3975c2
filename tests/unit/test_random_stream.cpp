// Counter-based random streams: reproducible, independent per key, uniform.
#include <cmath>
#include <set>
#include <vector>

#include <catch2/catch.hpp>

#include "ccsim/model/random_stream.hpp"

using ccsim::Purpose;
using ccsim::RandomStream;

TEST_CASE("a stream is a pure function of its key", "[random]") {
  RandomStream a(42, 3, Purpose::service, 0, 1234), b(42, 3, Purpose::service, 0, 1234);
  for (int i = 0; i < 20; ++i) CHECK(a.uniform() == b.uniform());
}

TEST_CASE("every part of the key changes the numbers", "[random]") {
  const auto first = [](RandomStream s) { return s.uniform(); };
  const double base = first(RandomStream(42, 3, Purpose::service, 0, 1234));
  std::set<double> seen{base};
  seen.insert(first(RandomStream(43, 3, Purpose::service, 0, 1234)));
  seen.insert(first(RandomStream(42, 4, Purpose::service, 0, 1234)));
  seen.insert(first(RandomStream(42, 3, Purpose::patience, 0, 1234)));
  seen.insert(first(RandomStream(42, 3, Purpose::service, 1, 1234)));
  seen.insert(first(RandomStream(42, 3, Purpose::service, 0, 1235)));
  CHECK(seen.size() == 6);
}

TEST_CASE("uniforms lie in (0, 1) with the right mean, variance and lag-1 correlation", "[random]") {
  // n = 200000: SE of the mean sqrt(1/12/n) = 6.5e-4; of the variance
  // sqrt((1/80 - 1/144)/n) = 1.7e-4; of the lag-1 correlation 1/sqrt(n) = 2.2e-3. Tolerance 4 SE.
  constexpr int n = 200'000;
  RandomStream rng(7, 0, Purpose::test, 0, 0);
  std::vector<double> u(n);
  for (double& x : u) {
    x = rng.uniform();
    REQUIRE(x > 0);
    REQUIRE(x < 1);
  }
  double sum = 0, sq = 0, lag = 0;
  for (int i = 0; i < n; ++i) sum += u[i];
  const double mean = sum / n;
  for (int i = 0; i < n; ++i) sq += (u[i] - mean) * (u[i] - mean);
  for (int i = 1; i < n; ++i) lag += (u[i] - mean) * (u[i - 1] - mean);
  const double var = sq / n;
  CHECK(std::fabs(mean - 0.5) <= 4 * 6.5e-4);
  CHECK(std::fabs(var - 1.0 / 12) <= 4 * 1.7e-4);
  CHECK(std::fabs(lag / sq) <= 4 * 2.3e-3);
}

TEST_CASE("deciles of uniforms are balanced (chi-square)", "[random]") {
  constexpr int n = 100'000;
  std::vector<int> bins(10);
  for (int i = 0; i < n; ++i) {
    // One short stream per entity, as the engine uses them.
    RandomStream rng(9, 1, Purpose::test, 2, static_cast<std::uint64_t>(i));
    ++bins[static_cast<std::size_t>(rng.uniform() * 10)];
  }
  double chi2 = 0;
  for (int c : bins) chi2 += (c - n / 10.0) * (c - n / 10.0) / (n / 10.0);
  CHECK(chi2 <= 27.88);  // chi-square, 9 degrees of freedom, P = 0.999
}
