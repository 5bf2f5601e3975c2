#pragma once
// Positive random durations (service times, patience), in seconds.
#include <string>
#include <vector>

#include "ccsim/model/random_stream.hpp"

namespace ccsim {

/// A distribution of a non-negative duration, in seconds. Built by the factory
/// functions, which check their parameters (std::invalid_argument on violation:
/// the scenario loader validates first and reports file:line:column).
class Distribution {
public:
  enum class Kind { exponential, lognormal, gamma, erlang, fixed, uniform, empirical };

  static Distribution exponential(double mean_s);
  /// Lognormal with the given mean and coefficient of variation (cv > 0).
  static Distribution lognormal(double mean_s, double cv);
  /// Gamma with the given mean and coefficient of variation (cv > 0).
  static Distribution gamma(double mean_s, double cv);
  /// Sum of k exponential phases with total mean mean_s (k >= 1).
  static Distribution erlang(double mean_s, int k);
  static Distribution fixed(double value_s);
  static Distribution uniform(double min_s, double max_s);
  /// Each value drawn with equal probability (resampling observed durations).
  static Distribution empirical(std::vector<double> values_s);

  Kind kind() const { return kind_; }
  double mean() const;
  double variance() const;
  /// One draw, using as many uniforms from `rng` as the method needs.
  double sample(RandomStream& rng) const;
  /// e.g. "lognormal(mean 240 s, cv 1)".
  std::string describe() const;
  /// The values of an empirical distribution (empty otherwise).
  const std::vector<double>& values() const { return values_; }

private:
  Kind kind_ = Kind::fixed;
  double a_ = 0;  // exponential: mean; lognormal: mu; gamma: shape; erlang: k; fixed: value; uniform: min
  double b_ = 0;  // lognormal: sigma; gamma: scale; erlang: phase mean; uniform: max
  double mean_ = 0;
  double cv_ = 0;
  std::vector<double> values_;
};

/// A standard normal draw (Marsaglia polar method).
double standard_normal(RandomStream& rng);

}  // namespace ccsim
