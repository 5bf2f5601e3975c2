#include "ccsim/model/group_tally.hpp"

#include <algorithm>
#include <cmath>

namespace ccsim {

GroupLevels::GroupLevels(int intervals, double interval_s, int groups)
    : intervals_(intervals),
      interval_s_(interval_s),
      groups_(groups),
      tallies_(static_cast<std::size_t>(std::max(0, intervals * groups))),
      busy_(static_cast<std::size_t>(groups)),
      staffed_(static_cast<std::size_t>(groups)) {}

void GroupLevels::spread(GroupTallies& into, const Level& l, double t, int group, double GroupTally::*area) const {
  // The interval is found once and then stepped: recomputing it from a
  // boundary (i + 1) * interval_s may round back to i and never move on.
  double from = l.last_t;
  for (double i = std::floor(from / interval_s_); from < t && i < intervals_; ++i) {
    const double until = std::min(t, (i + 1) * interval_s_);
    if (until > from)
      into[static_cast<std::size_t>(i) * static_cast<std::size_t>(groups_) + static_cast<std::size_t>(group)].*area +=
          l.level * (until - from);
    from = std::max(from, until);
  }
}

void GroupLevels::change(double t, int group, double delta, double GroupTally::*area) {
  if (group < 0 || group >= groups_) return;
  Level& l = (area == &GroupTally::busy_area ? busy_ : staffed_)[static_cast<std::size_t>(group)];
  if (t > l.last_t) {
    spread(tallies_, l, t, group, area);
    l.last_t = t;
  }
  l.level += delta;
}

void GroupLevels::answered(int interval, int group) {
  if (group < 0 || group >= groups_ || interval < 0 || interval >= intervals_) return;
  ++tallies_[static_cast<std::size_t>(interval) * static_cast<std::size_t>(groups_) + static_cast<std::size_t>(group)]
        .answered;
}

GroupTallies GroupLevels::finish(double t) const {
  GroupTallies tallies = tallies_;
  for (int g = 0; g < groups_; ++g) {
    spread(tallies, busy_[static_cast<std::size_t>(g)], t, g, &GroupTally::busy_area);
    spread(tallies, staffed_[static_cast<std::size_t>(g)], t, g, &GroupTally::staffed_area);
  }
  return tallies;
}

}  // namespace ccsim
