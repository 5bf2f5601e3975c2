#pragma once
// Values and estimates as text, the one place every console table, CSV note
// and HTML cell formats a number: "90.4% ± 1.0%", "3.9 s", "-" where undefined.
#include <string>
#include <string_view>

#include "ccsim/model/estimate.hpp"

namespace ccsim {

/// How a value is shown: multiplied by `scale` (100 for a share shown in %),
/// `digits` decimals, then `unit` ("%", " s", or nothing).
struct ValueFormat {
  double scale = 1;
  const char* unit = "";
  int digits = 1;
};

/// Common formats.
inline constexpr ValueFormat percent(int digits = 1) { return {100, "%", digits}; }
inline constexpr ValueFormat seconds(int digits = 1) { return {1, " s", digits}; }
inline constexpr ValueFormat plain(int digits = 1) { return {1, "", digits}; }

/// How the half-width follows the mean.
enum class CiStyle {
  spaced,   ///< "90.4% ± 1.0%": the unit after both (consoles, HTML day tables)
  compact,  ///< "90.4% ±1.0": the unit once (sweep tables)
  html,     ///< "90.4%<span class="ci">± 1.0%</span>": the half-width on a line of its own
};

/// "1 replication", "20 replications": a count and its noun, singular for one.
std::string counted(long long n, std::string_view noun);

/// The value, or `missing` when it is NaN (undefined).
std::string value_text(double v, ValueFormat f, std::string_view missing = "-");
/// The estimate's mean, or `missing` when undefined.
inline std::string mean_text(const Estimate& e, ValueFormat f, std::string_view missing = "-") {
  return value_text(e.mean, f, missing);
}
/// The mean with its 95% half-width; the mean alone when the half-width is
/// undefined (one replication), `missing` when the mean is.
std::string with_ci(const Estimate& e, ValueFormat f, CiStyle style = CiStyle::spaced, std::string_view missing = "-");

}  // namespace ccsim
