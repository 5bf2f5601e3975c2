#include "ccsim/model/distribution.hpp"

#include <cmath>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace ccsim {
namespace {

void require(bool ok, const char* what) {
  if (!ok) throw std::invalid_argument(what);
}

// Marsaglia & Tsang (2000), shape >= 1; shape < 1 via the boosting identity G(a) = G(a+1) * U^(1/a).
double gamma_unit_scale(double shape, RandomStream& rng) {
  if (shape < 1.0) {
    const double u = rng.uniform();
    return gamma_unit_scale(shape + 1.0, rng) * std::pow(u, 1.0 / shape);
  }
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x, v;
    do {
      x = standard_normal(rng);
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = rng.uniform();
    if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

}  // namespace

double standard_normal(RandomStream& rng) {
  for (;;) {
    const double u = 2.0 * rng.uniform() - 1.0;
    const double v = 2.0 * rng.uniform() - 1.0;
    const double s = u * u + v * v;
    if (s > 0.0 && s < 1.0) return u * std::sqrt(-2.0 * std::log(s) / s);
  }
}

Distribution Distribution::exponential(double mean_s) {
  require(mean_s > 0 && std::isfinite(mean_s), "exponential mean must be positive");
  Distribution d;
  d.kind_ = Kind::exponential;
  d.a_ = mean_s;
  d.mean_ = mean_s;
  d.cv_ = 1.0;
  return d;
}

Distribution Distribution::lognormal(double mean_s, double cv) {
  require(mean_s > 0 && std::isfinite(mean_s), "lognormal mean must be positive");
  require(cv > 0 && std::isfinite(cv), "lognormal cv must be positive");
  Distribution d;
  d.kind_ = Kind::lognormal;
  const double sigma2 = std::log1p(cv * cv);
  d.a_ = std::log(mean_s) - 0.5 * sigma2;
  d.b_ = std::sqrt(sigma2);
  d.mean_ = mean_s;
  d.cv_ = cv;
  return d;
}

Distribution Distribution::gamma(double mean_s, double cv) {
  require(mean_s > 0 && std::isfinite(mean_s), "gamma mean must be positive");
  require(cv > 0 && std::isfinite(cv), "gamma cv must be positive");
  Distribution d;
  d.kind_ = Kind::gamma;
  d.a_ = 1.0 / (cv * cv);
  d.b_ = mean_s / d.a_;
  d.mean_ = mean_s;
  d.cv_ = cv;
  return d;
}

Distribution Distribution::erlang(double mean_s, int k) {
  require(mean_s > 0 && std::isfinite(mean_s), "erlang mean must be positive");
  require(k >= 1, "erlang k must be at least 1");
  Distribution d;
  d.kind_ = Kind::erlang;
  d.a_ = k;
  d.b_ = mean_s / k;
  d.mean_ = mean_s;
  d.cv_ = 1.0 / std::sqrt(static_cast<double>(k));
  return d;
}

Distribution Distribution::fixed(double value_s) {
  require(value_s >= 0 && std::isfinite(value_s), "fixed value must be non-negative");
  Distribution d;
  d.kind_ = Kind::fixed;
  d.a_ = value_s;
  d.mean_ = value_s;
  d.cv_ = 0;
  return d;
}

Distribution Distribution::uniform(double min_s, double max_s) {
  require(min_s >= 0 && std::isfinite(max_s) && min_s <= max_s, "uniform needs 0 <= min <= max");
  Distribution d;
  d.kind_ = Kind::uniform;
  d.a_ = min_s;
  d.b_ = max_s;
  d.mean_ = 0.5 * (min_s + max_s);
  d.cv_ = d.mean_ > 0 ? (max_s - min_s) / std::sqrt(12.0) / d.mean_ : 0;
  return d;
}

Distribution Distribution::empirical(std::vector<double> values_s) {
  require(!values_s.empty(), "empirical needs at least one value");
  for (double v : values_s) require(v >= 0 && std::isfinite(v), "empirical values must be non-negative");
  Distribution d;
  d.kind_ = Kind::empirical;
  d.mean_ = std::accumulate(values_s.begin(), values_s.end(), 0.0) / values_s.size();
  double ss = 0;
  for (double v : values_s) ss += (v - d.mean_) * (v - d.mean_);
  d.cv_ = d.mean_ > 0 ? std::sqrt(ss / values_s.size()) / d.mean_ : 0;
  d.values_ = std::move(values_s);
  return d;
}

double Distribution::mean() const { return mean_; }

double Distribution::variance() const { return (cv_ * mean_) * (cv_ * mean_); }

double Distribution::sample(RandomStream& rng) const {
  switch (kind_) {
  case Kind::exponential: return -a_ * std::log(rng.uniform());
  case Kind::lognormal: return std::exp(a_ + b_ * standard_normal(rng));
  case Kind::gamma: return b_ * gamma_unit_scale(a_, rng);
  case Kind::erlang: {
    // Product of k uniforms: one log instead of k; fall back to gamma for large k.
    const int k = static_cast<int>(a_);
    if (k > 16) return b_ * gamma_unit_scale(a_, rng);
    double p = 1.0;
    for (int i = 0; i < k; ++i) p *= rng.uniform();
    return -b_ * std::log(p);
  }
  case Kind::fixed: return a_;
  case Kind::uniform: return a_ + (b_ - a_) * rng.uniform();
  case Kind::empirical: {
    auto i = static_cast<std::size_t>(rng.uniform() * values_.size());
    if (i >= values_.size()) i = values_.size() - 1;
    return values_[i];
  }
  }
  return 0;
}

std::string Distribution::describe() const {
  std::ostringstream s;
  switch (kind_) {
  case Kind::exponential: s << "exponential(mean " << mean_ << " s)"; break;
  case Kind::lognormal: s << "lognormal(mean " << mean_ << " s, cv " << cv_ << ")"; break;
  case Kind::gamma: s << "gamma(mean " << mean_ << " s, cv " << cv_ << ")"; break;
  case Kind::erlang: s << "erlang(mean " << mean_ << " s, k " << static_cast<int>(a_) << ")"; break;
  case Kind::fixed: s << "fixed(" << a_ << " s)"; break;
  case Kind::uniform: s << "uniform(" << a_ << " s, " << b_ << " s)"; break;
  case Kind::empirical: s << "empirical(" << values_.size() << " values, mean " << mean_ << " s)"; break;
  }
  return s.str();
}

}  // namespace ccsim
