#pragma once
// Shift templates for `ccsim staff --shifts`: which shifts may be worked
// (lengths, start times) and the breaks they carry. Plain data, in seconds
// from the clock's t = 0, validated by the loader against the clock's grid.
#include <vector>

namespace ccsim {

/// One break rule: every shift at least `after_length_s` long takes a break of
/// `length_s`, starting between `window_from_s` and `window_to_s` after the
/// shift's start (on the interval grid). Invariant: window_to_s + length_s <=
/// after_length_s, so the break lies inside every shift it applies to.
struct BreakRule {
  double after_length_s = 0;
  double length_s = 0;  ///< > 0
  bool paid = false;    ///< unpaid breaks are not counted in paid hours
  double window_from_s = 0, window_to_s = 0;
};

/// The shifts that may be worked. Invariants (checked by the loader): lengths,
/// start_every and earliest_start are whole numbers of intervals; at least one
/// shift fits between earliest_start and latest_end.
struct ShiftRules {
  std::vector<double> lengths_s;  ///< allowed shift lengths, breaks included, ascending, > 0
  double start_every_s = 0;       ///< start-time granularity, > 0
  double earliest_start_s = 0;    ///< first allowed start (may precede the clock's start)
  double latest_end_s = 0;        ///< last allowed end (may follow the clock's end)
  std::vector<BreakRule> breaks;  ///< every rule whose after_length a shift reaches applies to it
};

}  // namespace ccsim
