#pragma once
// Units at the input boundary (YAML and CLI): durations and percentages.
// Inside the code everything is seconds and fractions.
#include <optional>
#include <string>
#include <string_view>

namespace ccsim {

/// "30s", "4min", "1.5h", "250ms", "4 min" -> seconds (units ms, s, min, h). A unit is required (a bare
/// number is ambiguous); the value must be finite and >= 0. nullopt if invalid.
std::optional<double> parse_duration_s(std::string_view text);

/// "80%" or "0.8" -> 0.8. Must lie in [0, 1]. nullopt if invalid.
std::optional<double> parse_fraction(std::string_view text);

/// "08:00" or "8:30" (or "24:00") -> seconds after midnight. nullopt if invalid.
std::optional<double> parse_time_of_day_s(std::string_view text);

/// What the parsers above allow, for error messages.
inline constexpr const char* duration_help = "a duration with a unit, e.g. 30s, 4min, 1.5h";
inline constexpr const char* fraction_help = "a percentage like 80% or a fraction like 0.8, between 0 and 1";

}  // namespace ccsim
