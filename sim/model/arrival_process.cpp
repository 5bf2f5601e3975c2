#include "ccsim/model/arrival_process.hpp"

#include <cmath>
#include <limits>

namespace ccsim {

ArrivalProcess::ArrivalProcess(std::vector<double> rate_per_s, double interval_s, RandomStream stream)
    : rate_per_s_(std::move(rate_per_s)),
      interval_s_(interval_s),
      stream_(stream) {}

ArrivalProcess::ArrivalProcess(std::vector<double> times_s)
    : stream_(0, 0, Purpose::arrivals, 0, 0),
      times_s_(std::move(times_s)) {}

double ArrivalProcess::next() {
  constexpr double never = std::numeric_limits<double>::infinity();
  if (rate_per_s_.empty()) return next_time_ < times_s_.size() ? times_s_[next_time_++] : never;
  // Walk intervals by index, never by re-dividing a boundary time (which could
  // round back into the previous interval and loop).
  for (; interval_ < rate_per_s_.size(); ++interval_) {
    const double boundary = static_cast<double>(interval_ + 1) * interval_s_;
    const double rate = rate_per_s_[interval_];
    if (rate > 0) {
      const double next = t_ - std::log(stream_.uniform()) / rate;
      if (next < boundary) return t_ = next;
    }
    t_ = boundary;
  }
  return never;
}

}  // namespace ccsim
