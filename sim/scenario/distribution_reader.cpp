#include "distribution_reader.hpp"

#include <algorithm>

#include "spelling.hpp"

namespace ccsim::scenario_detail {
namespace {

// Wider than any real handling time or patience, narrow enough that the
// samplers stay numerically sound and fast.
constexpr double max_cv = 100;
constexpr long long max_erlang_k = 1000;

const std::vector<std::string> kinds = {"exponential", "lognormal", "gamma", "erlang", "fixed", "uniform", "empirical"};

MapReader parameters(const Field& f, std::vector<std::string> keys) {
  return MapReader(f, MapSpec{f.path(), keys, keys, f.path()});
}

double read_mean(const MapReader& m) { return read_duration_s(m.at("mean"), true); }

double read_cv(const MapReader& m) {
  return read_number(m.at("cv"), 0, max_cv, true, "a number > 0 and at most " + std::to_string(int(max_cv)));
}

Distribution read_fixed(const Field& f, DurationRole role) {
  // {fixed: 30s} is the usual form; {fixed: {value: 30s}} is accepted too.
  const bool positive = role == DurationRole::service;
  if (f.is_map()) return Distribution::fixed(read_duration_s(parameters(f, {"value"}).at("value"), positive));
  if (!f.is_scalar()) f.fail_must_be("a duration, e.g. {fixed: 30s}, or {value: 30s}");
  return Distribution::fixed(read_duration_s(f, positive));
}

Distribution read_uniform(const Field& f, DurationRole role) {
  const MapReader m = parameters(f, {"min", "max"});
  const double min_s = read_duration_s(m.at("min"));
  const Field max = m.at("max");
  const double max_s = read_duration_s(max);
  if (max_s < min_s) max.fail_must_be("a duration >= min (" + m.at("min").text() + ")");
  if (role == DurationRole::service && max_s <= 0)
    max.fail_must_be("a duration > 0 (a service time cannot always be 0)");
  return Distribution::uniform(min_s, max_s);
}

Distribution read_empirical(const Field& f, DurationRole role) {
  const Field list = parameters(f, {"values"}).at("values");
  if (!list.is_list() || list.node().size() == 0)
    list.fail_must_be("a non-empty list of durations, e.g. [2min, 3.5min, 5min]");
  std::vector<double> values_s;
  for (const Field& item : list.items()) values_s.push_back(read_duration_s(item));
  if (role == DurationRole::service && *std::max_element(values_s.begin(), values_s.end()) <= 0)
    list.fail(list.path() + " must contain a value > 0 (a service time cannot always be 0), got only zeros");
  return Distribution::empirical(std::move(values_s));
}

Distribution read_kind(const std::string& kind, const Field& f, DurationRole role) {
  if (kind == "exponential") return Distribution::exponential(read_mean(parameters(f, {"mean"})));
  if (kind == "lognormal" || kind == "gamma") {
    const MapReader m = parameters(f, {"mean", "cv"});
    const double mean_s = read_mean(m);
    const double cv = read_cv(m);
    return kind == "gamma" ? Distribution::gamma(mean_s, cv) : Distribution::lognormal(mean_s, cv);
  }
  if (kind == "erlang") {
    const MapReader m = parameters(f, {"mean", "k"});
    const double mean_s = read_mean(m);
    const auto k =
        read_integer(m.at("k"), 1, max_erlang_k, "a whole number of phases from 1 to " + std::to_string(max_erlang_k));
    return Distribution::erlang(mean_s, static_cast<int>(k));
  }
  if (kind == "fixed") return read_fixed(f, role);
  if (kind == "uniform") return read_uniform(f, role);
  return read_empirical(f, role);
}

}  // namespace

Distribution read_distribution(const Field& f, DurationRole role) {
  const std::string shape = "a distribution, e.g. {exponential: {mean: 3min}} (one of " + join(kinds) + ")";
  if (!f.is_map() || f.node().size() == 0) f.fail_must_be(shape);
  const MapReader m(f, MapSpec{f.path(), kinds, {}, f.path(), shape, "distribution"});
  const std::vector<std::string> named = m.keys();
  if (named.size() > 1)
    f.fail(f.path() + " must name exactly one distribution, got " + std::to_string(named.size()) + ": " + join(named));
  return read_kind(named.front(), m.at(named.front()), role);
}

}  // namespace ccsim::scenario_detail
