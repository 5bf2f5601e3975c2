#pragma once
// Random whole numbers of at least 1: items in a basket, guests in a party.
#include <string>
#include <vector>

#include "ccsim/model/random_stream.hpp"

namespace ccsim {

/// A distribution on 1, 2, 3, ... Built by the factory functions, which check
/// their parameters (std::invalid_argument; the loader validates first).
class CountDistribution {
public:
  enum class Kind { fixed, uniform, geometric, weights };

  static CountDistribution fixed(int value);
  /// Every whole number from min to max with equal probability (1 <= min <= max).
  static CountDistribution uniform(int min, int max);
  /// Geometric on 1, 2, ... with the given mean (>= 1): many small, few large.
  static CountDistribution geometric(double mean);
  /// weights[k] is the relative weight of k + 1 (>= 0, not all 0).
  static CountDistribution weights(std::vector<double> weights);

  Kind kind() const { return kind_; }
  double mean() const;
  /// Smallest and largest possible values (largest: a huge number for geometric).
  int min() const;
  int max() const;
  /// Probability of exactly k.
  double probability(int k) const;
  int sample(RandomStream& rng) const;
  /// e.g. "geometric(mean 15)".
  std::string describe() const;

private:
  Kind kind_ = Kind::fixed;
  int lo_ = 1, hi_ = 1;
  double mean_ = 1;
  std::vector<double> cumulative_;  // weights: P(X <= k + 1)
};

}  // namespace ccsim
