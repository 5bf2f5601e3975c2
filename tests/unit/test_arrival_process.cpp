// Arrivals: piecewise-constant Poisson per interval, and explicit traces.
#include <cmath>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include "ccsim/model/arrival_process.hpp"

using namespace ccsim;

TEST_CASE("a trace gives its times, then nothing", "[arrivals]") {
  ArrivalProcess p(std::vector<double>{1, 2.5, 2.5, 9});
  CHECK(p.next() == 1);
  CHECK(p.next() == 2.5);
  CHECK(p.next() == 2.5);
  CHECK(p.next() == 9);
  CHECK(std::isinf(p.next()));
}

TEST_CASE("Poisson counts per interval follow the interval's rate", "[arrivals]") {
  // Rates 0.1/s, 0, 0.5/s over 100-second intervals: expected counts 10, 0, 50.
  // Over 4000 days, each mean must lie within 4 SE (SE = sqrt(lambda T / days))
  // and each variance/mean ratio within 4 SE of 1 (SE ~ sqrt(2 / days)).
  const std::vector<double> rates{0.1, 0.0, 0.5};
  constexpr int days = 4000;
  std::vector<double> sum(3), sq(3);
  double last = 0;
  for (int day = 0; day < days; ++day) {
    ArrivalProcess p(rates, 100, RandomStream(3, static_cast<std::uint32_t>(day), Purpose::arrivals, 0, 0));
    std::vector<int> count(3);
    for (double t = p.next(); !std::isinf(t); t = p.next()) {
      REQUIRE(t >= last);  // times increase within a day
      REQUIRE(t < 300);
      ++count[static_cast<std::size_t>(t / 100)];
      last = t;
    }
    last = 0;
    for (int i = 0; i < 3; ++i) {
      sum[i] += count[i];
      sq[i] += double(count[i]) * count[i];
    }
  }
  for (int i = 0; i < 3; ++i) {
    const double expected = rates[i] * 100;
    const double mean = sum[i] / days;
    INFO("interval " << i << ": mean " << mean << ", expected " << expected);
    if (expected == 0) {
      CHECK(sum[i] == 0);
      continue;
    }
    CHECK(std::fabs(mean - expected) <= 4 * std::sqrt(expected / days));
    const double var = sq[i] / days - mean * mean;
    CHECK(std::fabs(var / mean - 1) <= 4 * std::sqrt(2.0 / days));
  }
}

TEST_CASE("a zero rate all day gives no arrival at all", "[arrivals]") {
  ArrivalProcess p({0, 0}, 60, RandomStream(1, 0, Purpose::arrivals, 0, 0));
  CHECK(std::isinf(p.next()));
}
