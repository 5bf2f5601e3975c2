#pragma once
// Arrival profiles given as change points or as a forecast CSV (the shape WFM
// tools export), turned into the per-interval rates the engine uses (private
// to the scenario layer).
#include <string>
#include <vector>

#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// What a profile or forecast gives for one class.
struct ProfileRates {
  std::vector<double> rate_per_s;  ///< one per interval
  std::vector<double> aht_s;       ///< forecast only: one per interval, 0 = not given; empty without an AHT column
};

/// `profile: [{from: "08:00", per_hour: 120}, {from: "11:30", per_hour: 420}]`:
/// each rate holds from its `from` (an interval boundary; a time of day, or a
/// duration since the start on a `length` clock) until the next one.
ProfileRates read_profile(const Field& f, const Clock& clock);

/// `forecast: file.csv`, relative to the scenario file: a header row naming
/// `interval_start` and `calls` (and optionally `aht_s`), then one row per
/// interval of the clock, in order. `forecast: {file: file.csv, columns:
/// {calls: Offered, aht_s: AHT}}` reads columns the file names its own way.
/// Errors say "file.csv:line: ...".
ProfileRates read_forecast(const Field& f, const Clock& clock, const std::string& scenario_file);

/// Sets d.service_scale from a forecast's AHT per interval (`aht_s`, 0: keep
/// the service distribution), read after the demand's wrap-up: AHT includes
/// the mean wrap-up unless the entry says `aht_includes_wrap_up: false`.
/// `m` is the demand entry.
void apply_forecast_aht(const MapReader& m, const std::vector<double>& aht_s, const Clock& clock, Demand& d);

}  // namespace ccsim::scenario_detail
