#include "ccsim/model/count_distribution.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace ccsim {
namespace {
void require(bool ok, const char* what) {
  if (!ok) throw std::invalid_argument(what);
}
}  // namespace

CountDistribution CountDistribution::fixed(int value) {
  require(value >= 1, "fixed count needs a value >= 1");
  CountDistribution d;
  d.kind_ = Kind::fixed, d.lo_ = d.hi_ = value, d.mean_ = value;
  return d;
}

CountDistribution CountDistribution::uniform(int min, int max) {
  require(min >= 1 && min <= max, "uniform count needs 1 <= min <= max");
  CountDistribution d;
  d.kind_ = Kind::uniform, d.lo_ = min, d.hi_ = max, d.mean_ = (min + max) / 2.0;
  return d;
}

CountDistribution CountDistribution::geometric(double mean) {
  require(std::isfinite(mean) && mean >= 1, "geometric count needs a mean >= 1");
  CountDistribution d;
  d.kind_ = Kind::geometric, d.lo_ = 1, d.hi_ = mean == 1 ? 1 : INT_MAX, d.mean_ = mean;
  return d;
}

CountDistribution CountDistribution::weights(std::vector<double> weights) {
  double total = 0;
  for (double w : weights) {
    require(std::isfinite(w) && w >= 0, "count weights must be >= 0");
    total += w;
  }
  require(total > 0, "count weights must not all be 0");
  CountDistribution d;
  d.kind_ = Kind::weights;
  double sum = 0, mean = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    sum += weights[k];
    mean += static_cast<double>(k + 1) * weights[k] / total;
    d.cumulative_.push_back(sum / total);
  }
  d.cumulative_.back() = 1;
  d.mean_ = mean;
  d.lo_ =
      static_cast<int>(std::find_if(weights.begin(), weights.end(), [](double w) { return w > 0; }) - weights.begin()) +
      1;
  d.hi_ = static_cast<int>(
      weights.size() -
      (std::find_if(weights.rbegin(), weights.rend(), [](double w) { return w > 0; }) - weights.rbegin()));
  return d;
}

double CountDistribution::mean() const { return mean_; }
int CountDistribution::min() const { return lo_; }
int CountDistribution::max() const { return hi_; }

double CountDistribution::probability(int k) const {
  if (k < lo_ || k > hi_) return 0;
  switch (kind_) {
  case Kind::fixed: return 1;
  case Kind::uniform: return 1.0 / (hi_ - lo_ + 1);
  case Kind::geometric: {
    const double p = 1 / mean_;
    return p * std::pow(1 - p, k - 1);
  }
  case Kind::weights: {
    const auto i = static_cast<std::size_t>(k - 1);
    return cumulative_[i] - (i ? cumulative_[i - 1] : 0.0);
  }
  }
  return 0;
}

int CountDistribution::sample(RandomStream& rng) const {
  switch (kind_) {
  case Kind::fixed: return lo_;
  case Kind::uniform: return lo_ + std::min(hi_ - lo_, static_cast<int>(rng.uniform() * (hi_ - lo_ + 1)));
  case Kind::geometric: {
    if (mean_ == 1) return 1;
    // Inversion: 1 + floor(log U / log(1 - p)).
    const double k = std::floor(std::log(rng.uniform()) / std::log1p(-1 / mean_));
    return k >= INT_MAX - 1 ? INT_MAX : 1 + static_cast<int>(k);
  }
  case Kind::weights: {
    const double u = rng.uniform();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    return 1 + static_cast<int>(std::min<std::ptrdiff_t>(it - cumulative_.begin(),
                                                         static_cast<std::ptrdiff_t>(cumulative_.size()) - 1));
  }
  }
  return lo_;
}

std::string CountDistribution::describe() const {
  std::ostringstream s;
  switch (kind_) {
  case Kind::fixed: s << "fixed(" << lo_ << ")"; break;
  case Kind::uniform: s << "uniform(" << lo_ << " to " << hi_ << ")"; break;
  case Kind::geometric: s << "geometric(mean " << mean_ << ")"; break;
  case Kind::weights: s << "weights(" << lo_ << " to " << hi_ << ", mean " << mean_ << ")"; break;
  }
  return s.str();
}

}  // namespace ccsim
