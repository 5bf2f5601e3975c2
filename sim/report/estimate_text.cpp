#include "ccsim/report/estimate_text.hpp"

#include <cmath>

#include <fmt/format.h>

namespace ccsim {

std::string counted(long long n, std::string_view noun) {
  const bool sibilant = noun.ends_with('s') || noun.ends_with('x') || noun.ends_with("ch") || noun.ends_with("sh");
  return fmt::format("{} {}{}", n, noun, n == 1 ? "" : sibilant ? "es" : "s");  // "2 classes"
}

std::string value_text(double v, ValueFormat f, std::string_view missing) {
  if (std::isnan(v)) return std::string(missing);
  return fmt::format("{:.{}f}{}", f.scale * v, f.digits, f.unit);
}

std::string with_ci(const Estimate& e, ValueFormat f, CiStyle style, std::string_view missing) {
  if (std::isnan(e.mean) || std::isnan(e.ci95)) return mean_text(e, f, missing);
  const double mean = f.scale * e.mean, ci = f.scale * e.ci95;
  switch (style) {
  case CiStyle::spaced: return fmt::format("{:.{}f}{} ± {:.{}f}{}", mean, f.digits, f.unit, ci, f.digits, f.unit);
  case CiStyle::compact: return fmt::format("{:.{}f}{} ±{:.{}f}", mean, f.digits, f.unit, ci, f.digits);
  case CiStyle::html:
    return fmt::format("{:.{}f}{}<span class=\"ci\">± {:.{}f}{}</span>", mean, f.digits, f.unit, ci, f.digits, f.unit);
  }
  return {};
}

}  // namespace ccsim
