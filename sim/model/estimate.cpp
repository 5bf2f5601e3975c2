#include "ccsim/model/estimate.hpp"

#include <cmath>
#include <limits>

#include <boost/math/distributions/students_t.hpp>

namespace ccsim {

double student_t_quantile(double confidence, int df) {
  const boost::math::students_t dist(df);
  return boost::math::quantile(dist, 0.5 + confidence / 2);
}

Estimate estimate(const std::vector<double>& values) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  Estimate e{nan, nan, 0};
  double sum = 0;
  for (double v : values)
    if (!std::isnan(v)) {
      sum += v;
      ++e.n;
    }
  if (e.n == 0) return e;
  e.mean = sum / e.n;
  if (e.n < 2) return e;
  double ss = 0;
  for (double v : values)
    if (!std::isnan(v)) ss += (v - e.mean) * (v - e.mean);
  e.ci95 = student_t_quantile(0.95, e.n - 1) * std::sqrt(ss / (e.n - 1) / e.n);
  return e;
}

}  // namespace ccsim
