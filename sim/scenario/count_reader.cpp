// Count distributions (items in a basket, guests in a party).
#include <string>

#include "floor_reader.hpp"
#include "spelling.hpp"
#include "ccsim/scenario/units.hpp"

namespace ccsim::scenario_detail {
namespace {

constexpr long long max_count = 100000;
const std::vector<std::string> count_kinds = {"fixed", "uniform", "geometric", "weights"};

int read_count(const Field& f, const std::string& unit) {
  return static_cast<int>(
      read_integer(f, 1, max_count, "a whole number of " + unit + " from 1 to " + std::to_string(max_count)));
}

CountDistribution read_weights(const Field& f, const std::string& unit) {
  if (!f.is_map() || f.node().size() == 0)
    f.fail_must_be("a map from a number of " + unit + " to its weight, e.g. {1: 20%, 2: 50%, 4: 30%}");
  std::vector<double> weights;
  for (auto it = f.node().begin(); it != f.node().end(); ++it) {
    const Field key = f.child(it->first, "a key in " + f.path());
    const int k = read_count(key, unit);
    const Field value = f.child(it->second, f.path() + "." + key.text(), it->first.Mark());
    const std::string text = value.text();
    const double w = !text.empty() && text.back() == '%'
                         ? read_fraction(value)
                         : read_number(value, 0, 1e9, false, "a weight >= 0, e.g. 25% or 0.25 or 3");
    if (weights.size() < static_cast<std::size_t>(k)) weights.resize(static_cast<std::size_t>(k), 0.0);
    if (weights[static_cast<std::size_t>(k - 1)] > 0)
      key.fail("duplicate " + unit + " count " + key.text() + " in " + f.path());
    weights[static_cast<std::size_t>(k - 1)] = w;
  }
  double total = 0;
  for (double w : weights) total += w;
  if (total <= 0) f.fail(f.path() + " must have a weight > 0, got only zeros");
  return CountDistribution::weights(std::move(weights));
}

CountDistribution read_count_kind(const std::string& kind, const Field& f, const std::string& unit) {
  const auto params = [&f](std::vector<std::string> keys) {
    return MapReader(f, MapSpec{f.path(), keys, keys, f.path()});
  };
  if (kind == "fixed") return CountDistribution::fixed(read_count(f, unit));
  if (kind == "uniform") {
    const MapReader m = params({"min", "max"});
    const int min = read_count(m.at("min"), unit);
    const Field max = m.at("max");
    const int hi = read_count(max, unit);
    if (hi < min) max.fail_must_be("a whole number >= min (" + m.at("min").text() + ")");
    return CountDistribution::uniform(min, hi);
  }
  if (kind == "geometric") {
    const MapReader m = params({"mean"});
    return CountDistribution::geometric(read_number(
        m.at("mean"), 1, max_count, false, "a mean number of " + unit + " from 1 to " + std::to_string(max_count)));
  }
  return read_weights(f, unit);
}

}  // namespace

CountDistribution read_count_distribution(const Field& f, const std::string& unit) {
  const std::string shape =
      "a distribution of " + unit + ", e.g. {geometric: {mean: 15}} (one of " + join(count_kinds) + ")";
  if (!f.is_map() || f.node().size() == 0) f.fail_must_be(shape);
  const MapReader m(f, MapSpec{f.path(), count_kinds, {}, f.path(), shape, "distribution"});
  const std::vector<std::string> named = m.keys();
  if (named.size() > 1)
    f.fail(f.path() + " must name exactly one distribution, got " + std::to_string(named.size()) + ": " + join(named));
  return read_count_kind(named.front(), m.at(named.front()), unit);
}

}  // namespace ccsim::scenario_detail
