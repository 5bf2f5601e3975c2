#pragma once
// The day's staffing as a time-ordered list of duty events, from per-interval
// counts or from shifts with breaks, after absenteeism. Plain C++ (no SimGrid),
// so the engine and an independent test simulator read the same roster.
#include <cstdint>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

struct DutyEvent {
  /// At equal times: shift ends first, then breaks, then shift starts, then
  /// per-interval targets; so a seat handing over to the next shift is seen
  /// leaving before the newcomer arrives.
  enum Kind { shift_end = 0, break_due = 1, shift_start = 2, count_target = 3 };
  double at_s = 0;
  Kind kind = count_target;
  int group = 0;
  int seat = 0;         ///< shift events: the seat (agent) within the group
  int target = 0;       ///< count_target: agents the group should have on duty
  double length_s = 0;  ///< break_due: the break's length
};

/// Whether seat `seat` of group `group` shows up today (drawn once per
/// replication from its own stream; always true at 0% absenteeism).
bool seat_present(const Scenario& s, std::uint32_t replication, int group, int seat);

/// Every duty event of the day in the order it must be applied. Absent seats
/// have no events; a counted group's target is the number of present seats
/// among the first count[i].
std::vector<DutyEvent> duty_roster(const Scenario& s, std::uint32_t replication);

}  // namespace ccsim
