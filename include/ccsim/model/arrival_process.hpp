#pragma once
#include <vector>

#include "ccsim/model/random_stream.hpp"

namespace ccsim {

/// The arrival times of one customer class, in increasing order: either
/// non-homogeneous Poisson with a rate that is constant within each reporting
/// interval, or an explicit list of times (a trace).
///
/// Poisson is exact: an exponential gap that would cross an interval boundary
/// is discarded and redrawn at the boundary with the next rate, which
/// memorylessness makes equivalent to the true process.
class ArrivalProcess {
public:
  /// `rate_per_s[i]` holds on [i * interval_s, (i+1) * interval_s); none after the last interval.
  ArrivalProcess(std::vector<double> rate_per_s, double interval_s, RandomStream stream);
  /// Arrivals exactly at the given times (sorted, non-decreasing).
  explicit ArrivalProcess(std::vector<double> times_s);

  /// The next arrival time, or +infinity when the day is over.
  double next();

private:
  std::vector<double> rate_per_s_;
  double interval_s_ = 1;
  RandomStream stream_;
  std::vector<double> times_s_;
  std::size_t next_time_ = 0;
  double t_ = 0;
  std::size_t interval_ = 0;
};

}  // namespace ccsim
