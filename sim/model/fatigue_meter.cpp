#include "ccsim/model/fatigue_meter.hpp"

#include <algorithm>

namespace ccsim {

double FatigueMeter::occupancy(double now) {
  const double from = now - window_s_;
  while (!periods_.empty() && periods_.front().end <= from) periods_.pop_front();
  double busy_s = 0;
  for (const Period& p : periods_) busy_s += std::min(p.end, now) - std::max(p.start, from);
  return busy_s / window_s_;
}

double FatigueMeter::multiplier_at(double now) {
  const double occ = occupancy(now);
  if (occ > threshold_)
    fatigued_ = true;
  else if (occ < threshold_)
    fatigued_ = false;
  return fatigued_ ? factor_ : 1.0;
}

void FatigueMeter::busy(double start, double end) { periods_.push_back(Period{start, end}); }

}  // namespace ccsim
