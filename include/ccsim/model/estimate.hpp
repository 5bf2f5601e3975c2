#pragma once
#include <vector>

namespace ccsim {

/// A mean across replications with its 95% confidence half-width (Student t).
struct Estimate {
  double mean = 0;  ///< NaN when no replication had a defined value
  double ci95 = 0;  ///< NaN with fewer than two defined values
  int n = 0;        ///< replications with a defined (non-NaN) value
};

/// Mean and 95% half-width over the non-NaN values (a KPI can be undefined in
/// a replication, e.g. ASA with no answered call).
Estimate estimate(const std::vector<double>& values);

/// Two-sided Student t quantile: t such that P(|T| <= t) = confidence, df >= 1.
double student_t_quantile(double confidence, int df);

}  // namespace ccsim
