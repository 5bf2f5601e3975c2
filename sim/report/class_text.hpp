#pragma once
// How the outputs show the customer classes of a call center (private to the
// report layer): a section each output adds when summary.classes is not empty.
#include <ostream>
#include <string>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// The terminal's per-class tables for the day (80 columns): calls, then how
/// they fared, each with its 95% half-width.
void print_class_table(std::ostream& out, const Scenario& s, const RunSummary& summary);

}  // namespace ccsim
