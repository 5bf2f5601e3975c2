#pragma once
// How a comparison's figures read, in the terminal and on comparison.html
// (private to the report layer): the KPIs shown, their units, and the paired
// difference with its CI.
#include <cstddef>
#include <string>

#include "ccsim/report/comparison.hpp"

namespace ccsim::comparison_text {

struct Row {
  Kpi kpi;
  const char* label;
  double scale;  ///< 100 for shares shown as percent
  const char* unit;
  int digits;
};

/// The day's rows, in order: offered, service level, abandonment, blocked,
/// P(wait), ASA, mean wait, mean queue, occupancy, agents.
constexpr std::size_t day_row_count = 10;
extern const Row day_rows[day_row_count];
/// The day's row of `kpi` (one of the day's rows).
const Row& row_of(Kpi kpi);

/// "84.2%", "-" when undefined.
std::string value(const Estimate& e, const Row& r);
/// " pp" for shares (a difference of percentages is in percentage points), else the unit.
const char* difference_unit(const Row& r);
/// "-3.7 pp [-3.9, -3.5] *" ("*": the paired CI excludes 0).
std::string difference(const KpiComparison& k, const Row& r);
/// B/A - 1: "+24%", "-" where A's mean is 0 or undefined.
std::string relative(const KpiComparison& k);
/// "±0.8", the half-width two independent runs would give.
std::string unpaired(const KpiComparison& k, const Row& r);

}  // namespace ccsim::comparison_text
