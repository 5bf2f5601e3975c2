// What a sweep means on a restaurant: the owner's dilemma in one table, the
// walk-aways and the revenue they take away against each value (an extra
// table, a waiter more), next to what the tables and the kitchen do.
#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/sweep_report.hpp"
#include "ccsim/report/wrapped_text.hpp"
#include "floor_text.hpp"

namespace ccsim {

void print_sweep_restaurant_table(std::ostream& out, const Scenario& base, const Sweep& sweep) {
  if (base.floor.kind != FloorKind::restaurant || sweep.points.empty()) return;
  const bool kitchen = base.floor.restaurant.kitchen.has_value();
  const bool spend = base.floor.restaurant.spend_per_guest.has_value();
  const auto f = [&base](const SweepPoint& p, FloorKpi kpi) -> const Estimate& {
    return floor_kpi(p.summary.floor_overall, base.floor, kpi);
  };
  out << fmt::format("\n{:>9} {:>14} {:>12} {:>14} {:>12} {:>11}{}\n", "value", "walked away", "guests lost",
                     "revenue lost", "vs first", "table occ", kitchen ? "     food s" : "");
  const double first = f(sweep.points.front(), FloorKpi::revenue_lost).mean;
  for (const SweepPoint& p : sweep.points) {
    const double lost = f(p, FloorKpi::revenue_lost).mean;
    out << fmt::format("{:>9} {:>14} {:>12} {:>14} {:>12} {:>11}", value_label(sweep, p.value),
                       with_ci(p.summary.overall[Kpi::abandon_rate], percent(1), CiStyle::compact),
                       with_ci(f(p, FloorKpi::guests_walked_away), plain(1), CiStyle::compact),
                       spend ? with_ci(f(p, FloorKpi::revenue_lost), plain(0), CiStyle::compact) : std::string("-"),
                       spend ? fmt::format("{:+.0f}", lost - first) : std::string("-"),
                       with_ci(f(p, FloorKpi::table_occupancy), percent(1), CiStyle::compact));
    if (kitchen) out << fmt::format(" {:>10}", with_ci(f(p, FloorKpi::seated_to_food_s), plain(0), CiStyle::compact));
    out << "\n";
  }
  print_wrapped(out,
                "(walked away: parties / arrived; revenue lost: guests walked away x " +
                    (spend ? fmt::format("{:g}", *base.floor.restaurant.spend_per_guest)
                           : std::string("spend_per_guest (not given)")) +
                    "; vs first: its change from the first value, the same parties arriving at every value (common "
                    "random numbers); table occ: occupied table-time / table-time" +
                    (kitchen ? "; food s: sitting down to food" : "") + ")",
                1);
}

}  // namespace ccsim
