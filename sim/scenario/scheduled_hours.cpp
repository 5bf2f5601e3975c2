#include "ccsim/scenario/scheduled_hours.hpp"

namespace ccsim {

double scheduled_agent_hours(const Scenario& scenario) {
  double seconds = 0;
  for (const StaffGroup& g : scenario.staff) {
    if (g.shifts.empty()) {
      for (int agents : g.count) seconds += agents * scenario.clock.interval_s;
      continue;
    }
    for (const Shift& shift : g.shifts) {
      double on_duty_s = shift.end_s - shift.start_s;
      for (const Break& b : shift.breaks) on_duty_s -= b.length_s;
      seconds += shift.count * on_duty_s;
    }
  }
  return seconds / 3600;
}

}  // namespace ccsim
