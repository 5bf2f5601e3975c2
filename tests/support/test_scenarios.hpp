#pragma once
// Scenarios built in code for engine tests (no YAML involved).
#include <cmath>
#include <optional>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim::test {

/// One class, one agent group, `intervals` intervals of `interval_s`.
inline Scenario basic_scenario(int intervals, double interval_s, Distribution service, std::vector<int> staff,
                               std::optional<Distribution> patience = std::nullopt) {
  Scenario s;
  s.name = "test";
  s.clock.length_s = intervals * interval_s;
  s.clock.interval_s = interval_s;
  s.seed = 1;
  s.replications = 1;
  Demand d{"calls",
           std::vector<double>(static_cast<std::size_t>(intervals), 0.0),
           {},
           std::move(service),
           std::move(patience)};
  s.demand.push_back(std::move(d));
  s.staff.push_back(StaffGroup{"agents", std::move(staff)});
  return s;
}

/// A stationary M/M/n(+M) scenario: one long interval per `interval_s`, Poisson arrivals.
inline Scenario stationary_scenario(double rate_per_s, double mean_service_s, int agents,
                                    std::optional<double> mean_patience_s, int intervals, double interval_s,
                                    int warmup_intervals, int replications, std::uint64_t seed) {
  std::optional<Distribution> patience;
  if (mean_patience_s) patience = Distribution::exponential(*mean_patience_s);
  Scenario s = basic_scenario(intervals, interval_s, Distribution::exponential(mean_service_s),
                              std::vector<int>(static_cast<std::size_t>(intervals), agents), patience);
  s.demand[0].rate_per_s.assign(static_cast<std::size_t>(intervals), rate_per_s);
  s.warmup_s = warmup_intervals * interval_s;
  s.replications = replications;
  s.seed = seed;
  return s;
}

/// A 4-hour day in 15-min intervals, exponential 8-min calls, exponential 3-min
/// patience: rates swing sinusoidally between 60 and 540 calls/h, period 4 h;
/// 80% within 20 s as its target.
inline Scenario sinusoidal_day() {
  const int intervals = 16;
  Scenario s = basic_scenario(intervals, 900, Distribution::exponential(480), std::vector<int>(intervals, 1),
                              Distribution::exponential(180));
  for (int i = 0; i < intervals; ++i)
    s.demand[0].rate_per_s[static_cast<std::size_t>(i)] =
        (300 + 240 * std::sin(2 * M_PI * (i + 0.5) / intervals)) / 3600.0;
  s.targets.service_level = ServiceLevelTarget{20, 0.8};
  return s;
}

}  // namespace ccsim::test
