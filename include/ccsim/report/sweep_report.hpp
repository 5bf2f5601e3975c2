#pragma once
// What-if sweeps: one scenario run for each value of one key (with common
// random numbers), the day's KPIs against the value — the "hockey stick" a
// trainer draws on the board, from a real run.
#include <ostream>
#include <string>
#include <vector>

#include "ccsim/report/run_outputs.hpp"

namespace ccsim {

struct SweepPoint {
  double value = 0;            ///< the swept key's value
  RunSummary summary;          ///< the run at that value
  double scheduled_hours = 0;  ///< the roster's agent-hours at that value (scheduled_agent_hours)
};

struct Sweep {
  std::string key;  ///< the swept key, e.g. "staff.agents.count"
  std::vector<SweepPoint> points;
  std::string unit = "";  ///< the unit the values were given in ("%", "s", "min"), shown after each value
};

/// A swept value as the user wrote it: "5%", "20s", "38".
std::string value_label(const Sweep& sweep, double value);

/// Terminal table: value, SL, abandonment, ASA, occupancy, agent-hours (cost, when the scenario gives one).
void print_sweep_table(std::ostream& out, const Scenario& base, const Sweep& sweep);
/// Terminal, on a restaurant: per value the walk-aways, guests and revenue
/// lost (and its change from the first value), table occupancy, food wait.
void print_sweep_restaurant_table(std::ostream& out, const Scenario& base, const Sweep& sweep);
/// sweep.csv: one row per value, day KPIs as <kpi>_mean, <kpi>_ci95.
std::string sweep_csv(const Scenario& base, const Sweep& sweep);
/// True when every value's run has the same two or more customer classes (summary.classes).
bool sweep_has_classes(const Sweep& sweep);
/// Terminal, when sweep_has_classes: per value and class, the day's service level, abandonment and ASA.
void print_sweep_class_table(std::ostream& out, const Sweep& sweep);
/// sweep_classes.csv, when sweep_has_classes: one row per value and class, the
/// day's class KPIs (class_kpis) as <kpi>_mean, <kpi>_ci95.
std::string sweep_classes_csv(const Sweep& sweep);
/// sweep.html: self-contained page, one chart per KPI and one of the cost (or agent-hours) against the value.
std::string sweep_html(const Scenario& base, const Sweep& sweep, const Provenance& provenance);

}  // namespace ccsim
