#pragma once
// The shift covering program: choose how many agents work each shift pattern
// (a template's length, a start time and a placement of its breaks) so that
// every interval has at least the required agents on duty, at least paid
// hours. Solved as an integer program with GLPK's branch and cut.
#include <cstddef>
#include <optional>
#include <vector>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// One column of the program: a shift with its breaks fixed, in intervals of
/// the clock. Breaks take whole intervals: a break that covers part of an
/// interval takes the agent off for all of it (the rounding is conservative).
struct ShiftPattern {
  int start = 0;                  ///< first interval of the shift (< 0: starts before the clock)
  int end = 0;                    ///< one past its last interval (may pass the clock's end)
  std::vector<int> off;           ///< intervals on break, ascending, inside [start, end)
  std::vector<int> break_starts;  ///< first interval of each break, in the order of the rules
  double paid_hours = 0;          ///< length minus unpaid breaks (their real length, not rounded)
  bool on_duty(int interval) const;
};

/// Every pattern the rules allow that is on duty in at least one interval of
/// the clock: each length, each start on the start_every grid from
/// earliest_start while the shift ends by latest_end, each placement of its
/// breaks in their windows (breaks of one shift may not overlap).
std::vector<ShiftPattern> shift_patterns(const ShiftRules& rules, const Clock& clock);

/// Agents on duty per interval (of `intervals`) when counts[j] agents work patterns[j].
std::vector<int> agents_on_duty(const std::vector<ShiftPattern>& patterns, const std::vector<int>& counts,
                                int intervals);

/// The first interval with a positive requirement that no pattern covers.
std::optional<int> first_uncoverable(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement);

struct CoverOptions {
  double time_limit_s = 30;          ///< for the LP and branch and cut together
  std::size_t max_patterns = 50000;  ///< larger programs are refused
};

enum class CoverStatus {
  optimal,        ///< proven optimal
  time_limit,     ///< the best integer solution found when the time limit was hit
  time_limit_lp,  ///< no integer solution in time: the LP optimum rounded down and repaired greedily
};

struct CoverSolution {
  std::vector<int> counts;  ///< agents per pattern
  CoverStatus status = CoverStatus::optimal;
  double paid_hours = 0;
  double lower_bound_hours = 0;  ///< proven bound on the optimum (LP or branch-and-bound)
  double gap = 0;                ///< (paid_hours - bound) / paid_hours, 0 when optimal
  double seconds = 0;            ///< solver wall-clock time
  int shifts = 0;                ///< sum of counts
};

/// Minimises paid hours subject to on-duty agents >= requirement in every
/// interval. Fewer shifts are preferred among equally cheap plans, but the
/// search stops once the paid hours are proven optimal (the LP rounded down and
/// repaired greedily is its first incumbent). Throws StaffingError when an
/// interval cannot be covered, the program is larger than max_patterns, or the
/// LP relaxation is not solved within the time limit.
CoverSolution solve_cover(const std::vector<ShiftPattern>& patterns, const std::vector<int>& requirement,
                          const CoverOptions& options);

/// What the status means, in words.
const char* cover_status_name(CoverStatus s);

}  // namespace ccsim
