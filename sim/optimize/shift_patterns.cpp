// The columns of the shift covering program: every shift the rules allow,
// with every placement of its breaks, on the clock's interval grid.
#include <algorithm>
#include <cmath>

#include "ccsim/optimize/shift_covering.hpp"

namespace ccsim {
namespace {

int intervals_in(double seconds, const Clock& clock) {
  return static_cast<int>(std::lround(seconds / clock.interval_s));
}

// Break placements of `rules` (already filtered to those that apply), one
// rule at a time; `p` holds the placements chosen so far.
void place_breaks(const std::vector<const BreakRule*>& rules, std::size_t next, const Clock& clock, ShiftPattern p,
                  std::vector<ShiftPattern>& out) {
  if (next == rules.size()) {
    std::sort(p.off.begin(), p.off.end());
    out.push_back(std::move(p));
    return;
  }
  const BreakRule& b = *rules[next];
  const int first = static_cast<int>(std::ceil(b.window_from_s / clock.interval_s - 1e-9));
  const int last = static_cast<int>(std::floor(b.window_to_s / clock.interval_s + 1e-9));
  // A break that covers part of an interval takes the agent off for all of it.
  const int width = std::max(1, static_cast<int>(std::ceil(b.length_s / clock.interval_s - 1e-9)));
  for (int offset = first; offset <= last; ++offset) {
    const int from = p.start + offset;
    const bool overlaps = std::any_of(p.off.begin(), p.off.end(), [&](int i) { return i >= from && i < from + width; });
    if (overlaps || from + width > p.end) continue;
    ShiftPattern q = p;
    q.break_starts.push_back(from);
    for (int i = from; i < from + width; ++i) q.off.push_back(i);
    place_breaks(rules, next + 1, clock, std::move(q), out);
  }
}

bool touches_clock(const ShiftPattern& p, int intervals) {
  for (int i = std::max(0, p.start); i < std::min(intervals, p.end); ++i)
    if (p.on_duty(i)) return true;
  return false;
}

}  // namespace

bool ShiftPattern::on_duty(int interval) const {
  return interval >= start && interval < end && !std::binary_search(off.begin(), off.end(), interval);
}

std::vector<ShiftPattern> shift_patterns(const ShiftRules& rules, const Clock& clock) {
  std::vector<ShiftPattern> out;
  const int step = intervals_in(rules.start_every_s, clock);
  const int earliest = intervals_in(rules.earliest_start_s, clock), latest = intervals_in(rules.latest_end_s, clock);
  for (double length_s : rules.lengths_s) {
    std::vector<const BreakRule*> applying;
    double unpaid_s = 0;
    for (const BreakRule& b : rules.breaks)
      if (length_s >= b.after_length_s - 1e-9) {
        applying.push_back(&b);
        if (!b.paid) unpaid_s += b.length_s;
      }
    const int length = intervals_in(length_s, clock);
    for (int start = earliest; start + length <= latest; start += step) {
      ShiftPattern p;
      p.start = start;
      p.end = start + length;
      p.paid_hours = (length_s - unpaid_s) / 3600.0;
      std::vector<ShiftPattern> placed;
      place_breaks(applying, 0, clock, p, placed);
      for (ShiftPattern& q : placed)
        if (touches_clock(q, clock.intervals())) out.push_back(std::move(q));
    }
  }
  return out;
}

std::vector<int> agents_on_duty(const std::vector<ShiftPattern>& patterns, const std::vector<int>& counts,
                                int intervals) {
  std::vector<int> agents(static_cast<std::size_t>(intervals), 0);
  for (std::size_t j = 0; j < patterns.size(); ++j)
    for (int i = std::max(0, patterns[j].start); i < std::min(intervals, patterns[j].end); ++i)
      if (patterns[j].on_duty(i)) agents[static_cast<std::size_t>(i)] += counts[j];
  return agents;
}

std::optional<int> first_uncoverable(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement) {
  for (std::size_t i = 0; i < requirement.size(); ++i) {
    if (requirement[i] <= 0) continue;
    const int at = static_cast<int>(i);
    if (std::none_of(patterns.begin(), patterns.end(), [at](const ShiftPattern& p) { return p.on_duty(at); }))
      return at;
  }
  return std::nullopt;
}

}  // namespace ccsim
