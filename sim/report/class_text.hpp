#pragma once
// How the outputs show the customer classes of a call center (private to the
// report layer): a section each output adds when summary.classes is not empty.
#include <ostream>
#include <string>

#include "ccsim/report/class_summary.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// The terminal's per-class tables for the day (80 columns): calls, then how
/// they fared, each with its 95% half-width.
void print_class_table(std::ostream& out, const Scenario& s, const RunSummary& summary);

/// "; premium within 10 s": the classes whose service level counts within
/// their own target's T, not the floor's ("" when none).
std::string own_thresholds(const Scenario& s);

/// The targets of class `c` (its own, in the scenario) that the means `k`
/// miss: "SL AB", "" when all are met or the class has none (of an interval:
/// the targets not marked daily).
std::string class_missed(const Scenario& s, std::size_t c, const KpiEstimates& k, Judged judged);

/// How many of the class's reported intervals miss one of its own targets.
std::size_t class_intervals_missed(const Scenario& s, std::size_t c, const ClassSummary& summary);

}  // namespace ccsim
