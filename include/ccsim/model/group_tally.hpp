#pragma once
// Each agent group's time per interval, for its occupancy: the floor's busy
// and staffed areas split by the agents' group.
#include <vector>

namespace ccsim {

/// One group's agent-seconds in one interval.
struct GroupTally {
  double busy_area = 0;     ///< busy with a call or its after-call work
  double staffed_area = 0;  ///< present (on duty, not on break)
  double answered = 0;      ///< calls its agents answered (in the interval of the call's arrival)
};

/// One replication's group tallies, at [interval * groups + group].
using GroupTallies = std::vector<GroupTally>;

/// Integrates each group's busy and present agents exactly (piecewise-constant
/// levels), splitting the areas across reporting intervals. With 0 groups it
/// records nothing.
class GroupLevels {
public:
  GroupLevels(int intervals, double interval_s, int groups);
  int groups() const { return groups_; }
  /// Group `group`'s busy (or present) agents change by `delta` at `t` (t never decreases).
  void busy(double t, int group, double delta) { change(t, group, delta, &GroupTally::busy_area); }
  void staffed(double t, int group, double delta) { change(t, group, delta, &GroupTally::staffed_area); }
  /// An agent of `group` answers a call that arrived in `interval`.
  void answered(int interval, int group);
  /// The tallies with the areas closed at `t` (the recorder is left as it is).
  GroupTallies finish(double t) const;

private:
  struct Level {
    double level = 0, last_t = 0;
  };
  void change(double t, int group, double delta, double GroupTally::*area);
  // Adds `level`'s area from `l.last_t` to `t` to `into`, interval by interval.
  void spread(GroupTallies& into, const Level& l, double t, int group, double GroupTally::*area) const;

  int intervals_;
  double interval_s_;
  int groups_;
  GroupTallies tallies_;
  std::vector<Level> busy_, staffed_;
};

}  // namespace ccsim
