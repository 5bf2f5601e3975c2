#include "ccsim/optimize/interval_targets.hpp"

#include <cmath>
#include <limits>

#include "ccsim/optimize/staffing_plan.hpp"

namespace ccsim {
namespace {

double ratio(double num, double den) { return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN(); }

// NaN (undefined) never counts as a miss.
bool below(double value, double floor) { return !std::isnan(value) && value < floor - 1e-12; }
bool above(double value, double ceiling) { return !std::isnan(value) && value > ceiling + 1e-12; }

}  // namespace

IntervalKpis kpis_of(const IntervalTally& t) {
  return IntervalKpis{t.offered,
                      ratio(t.answered_within, t.offered),
                      ratio(t.abandoned, t.offered),
                      ratio(t.wait_answered_s, t.answered),
                      ratio(t.busy_area, t.staffed_area),
                      t.settled_s};
}

std::string missed_labels(const Targets& targets, const IntervalKpis& k) {
  std::string labels;
  const auto add = [&labels](const char* label) {
    if (!labels.empty()) labels += ' ';
    labels += label;
  };
  if (targets.service_level && below(k.service_level, targets.service_level->at_least)) add("SL");
  if (targets.abandonment_at_most && above(k.abandon_rate, *targets.abandonment_at_most)) add("AB");
  if (targets.asa_at_most_s && above(k.asa_s, *targets.asa_at_most_s)) add("ASA");
  if (targets.occupancy_at_most && above(k.occupancy, *targets.occupancy_at_most)) add("OCC");
  return labels;
}

bool meets_targets(const Targets& targets, const IntervalKpis& kpis) { return missed_labels(targets, kpis).empty(); }

void check_targets_reachable(const Scenario& s) {
  const Targets& t = s.targets;
  if (!t.any())
    throw StaffingError(s.source_file +
                        ": the scenario has no targets to staff for; add e.g. targets: "
                        "{service_level: {answered_within: 20s, at_least: 80%}, abandonment: {at_most: 5%}}");
  if (t.service_level && t.service_level->at_least >= 1)
    throw StaffingError("the service-level target (100% answered within " +
                        std::to_string(static_cast<long>(t.service_level->answered_within_s)) +
                        " s) cannot be met: with random arrivals some caller always finds every agent busy; "
                        "set at_least below 100%");
  bool patience = false;
  for (const Demand& d : s.demand) patience = patience || d.patience.has_value();
  if (t.abandonment_at_most && *t.abandonment_at_most <= 0 && patience)
    throw StaffingError("the abandonment target (at most 0%) cannot be met: callers with finite patience "
                        "sometimes hang up whatever the staffing; set at_most above 0%");
  if (t.asa_at_most_s && *t.asa_at_most_s <= 0)
    throw StaffingError("the ASA target (at most 0 s) cannot be met: with random arrivals some caller always "
                        "waits; set at_most above 0s");
  if (t.occupancy_at_most && *t.occupancy_at_most <= 0)
    throw StaffingError("the occupancy target (at most 0%) cannot be met: agents who take calls are busy; "
                        "set at_most above 0%");
}

}  // namespace ccsim
