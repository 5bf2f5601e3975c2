#include "ccsim/scenario/units.hpp"

#include <charconv>
#include <cmath>

namespace ccsim {
namespace {

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of the plain decimal number at the start of `s` ("12", "1.5",
// ".5", "3."), 0 if there is none. No sign and no exponent: a duration or a
// percentage is written the way people write them, and "-3s" or "1e3s" is
// more likely a slip than an intent.
std::size_t decimal_prefix(std::string_view s) {
  std::size_t i = 0, digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  return digits > 0 ? i : 0;
}

std::optional<double> to_double(std::string_view digits) {
  double value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, std::chars_format::fixed);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// Splits "4min" / "4 min" into the number and what follows it (trimmed).
struct NumberAndSuffix {
  double number;
  std::string_view suffix;
};

std::optional<NumberAndSuffix> split_number(std::string_view text) {
  text = trim(text);
  const std::size_t n = decimal_prefix(text);
  if (n == 0) return std::nullopt;
  const auto number = to_double(text.substr(0, n));
  if (!number) return std::nullopt;
  return NumberAndSuffix{*number, trim(text.substr(n))};
}

std::optional<double> seconds_per(std::string_view unit) {
  if (unit == "ms") return 1e-3;
  if (unit == "s") return 1.0;
  if (unit == "min") return 60.0;
  if (unit == "h") return 3600.0;
  return std::nullopt;
}

}  // namespace

std::optional<double> parse_duration_s(std::string_view text) {
  const auto parts = split_number(text);
  if (!parts) return std::nullopt;
  const auto scale = seconds_per(parts->suffix);
  if (!scale) return std::nullopt;
  const double seconds = parts->number * *scale;
  if (!std::isfinite(seconds)) return std::nullopt;
  return seconds;
}

std::optional<double> parse_fraction(std::string_view text) {
  const auto parts = split_number(text);
  if (!parts) return std::nullopt;
  double fraction = parts->number;
  if (parts->suffix == "%")
    fraction /= 100.0;
  else if (!parts->suffix.empty())
    return std::nullopt;
  if (!(fraction >= 0.0 && fraction <= 1.0)) return std::nullopt;
  return fraction;
}

std::optional<double> parse_time_of_day_s(std::string_view text) {
  text = trim(text);
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3) return std::nullopt;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != colon && !is_digit(text[i])) return std::nullopt;
  int hours = 0;
  for (std::size_t i = 0; i < colon; ++i) hours = 10 * hours + (text[i] - '0');
  const int minutes = 10 * (text[colon + 1] - '0') + (text[colon + 2] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return 3600.0 * hours + 60.0 * minutes;
}

}  // namespace ccsim
