#pragma once
// One agent's trailing occupancy, and whether it is fatigued.
#include <deque>

namespace ccsim {

/// Tracks the busy periods of one agent over a trailing window and decides,
/// at the start of each call, the service-time multiplier: `factor` once the
/// agent's occupancy over the window exceeds `threshold`, back to 1 once it
/// drops below it (at exactly the threshold the state is kept).
class FatigueMeter {
public:
  /// window_s > 0; threshold in [0, 1]; factor >= 1.
  FatigueMeter(double window_s, double threshold, double factor)
      : window_s_(window_s),
        threshold_(threshold),
        factor_(factor) {}

  /// Busy time over [now - window, now], divided by the window (the part of
  /// the window before the day counts as idle). `now` never decreases.
  double occupancy(double now);
  /// The multiplier for a call starting at `now` (1 or factor); updates the state.
  double multiplier_at(double now);
  /// The agent was busy from start to end (end >= start, calls in time order).
  void busy(double start, double end);
  bool fatigued() const { return fatigued_; }

private:
  struct Period {
    double start, end;
  };
  double window_s_, threshold_, factor_;
  std::deque<Period> periods_;  // completed calls that may still overlap the window
  bool fatigued_ = false;
};

}  // namespace ccsim
