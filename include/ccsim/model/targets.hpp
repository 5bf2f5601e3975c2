#pragma once
// What results are judged against, and the one judge every output and every
// staffing search uses: a floor's targets on all its customers together, and
// each customer class's own.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ccsim {

struct ServiceLevelTarget {
  double answered_within_s = 20;  ///< T in "X% answered within T"
  double at_least = 0.8;          ///< X, as a fraction in [0, 1]
};

/// One set of targets; each applies to every reporting interval (and is also
/// shown for the day).
struct Targets {
  std::optional<ServiceLevelTarget> service_level;
  std::optional<double> abandonment_at_most;  ///< fraction in [0, 1]
  std::optional<double> asa_at_most_s;        ///< average speed of answer, seconds >= 0
  std::optional<double> occupancy_at_most;    ///< busy / staffed agent-time, fraction in [0, 1]
  bool any() const { return service_level || abandonment_at_most || asa_at_most_s || occupancy_at_most; }
};

/// The values targets are set on (NaN: undefined, e.g. no call offered; an
/// undefined value meets its target: no caller waited too long where none came).
struct TargetedValues {
  double service_level = 0;  ///< answered within the target's T / offered
  double abandon_rate = 0;   ///< abandoned / offered
  double asa_s = 0;          ///< mean wait of answered calls, seconds
  double occupancy = 0;      ///< busy / staffed agent-time (NaN for a class: agents are not a class's)
};

/// The targets in one line, e.g. "SL >= 80% within 20 s, abandonment <= 5%".
std::string targets_summary(const Targets& targets);

/// Short labels of the missed targets, "SL AB ASA OCC" style; "" when all are met.
std::string missed_labels(const Targets& targets, const TargetedValues& values);

/// The floor's targets (on all customers) and each class's own, by class
/// index (a class without its own has an empty Targets).
struct TargetSet {
  TargetSet() = default;
  /// The floor's targets alone (no class has its own).
  TargetSet(Targets all_) : all(std::move(all_)) {}  // NOLINT: implicit on purpose
  TargetSet(Targets all_, std::vector<Targets> by_class_) : all(std::move(all_)), by_class(std::move(by_class_)) {}
  Targets all;
  std::vector<Targets> by_class;
  bool any_class() const {
    for (const Targets& t : by_class)
      if (t.any()) return true;
    return false;
  }
  bool any() const { return all.any() || any_class(); }
};

}  // namespace ccsim
