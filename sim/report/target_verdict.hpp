#pragma once
// How the terminal says whether a target holds (private to the report
// layer): targets hold per interval, so a day that meets one may still hide
// intervals that do not.
#include <string>
#include <vector>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// " missed in 5 of 16 intervals (the day's figure meets it)", " MISSED in 9
/// of 16 intervals and by the day's figure" or " met in every interval" (a
/// new user read "met for the day; missed in 5 of 16 intervals" as a
/// contradiction for a target set per interval): `day` and `intervals` are means
/// (NaN: undefined, not judged); a value misses when below `target` if
/// `at_least`, above it otherwise.
/// A `daily` target holds for the day alone: " met for the day" or " MISSED
/// for the day", the intervals not counted.
std::string target_verdict(double day, const std::vector<double>& intervals, double target, bool at_least, bool daily);

/// The means of `kpi` over the intervals, for target_verdict.
std::vector<double> means_of(const std::vector<IntervalSummary>& intervals, Kpi kpi);
std::vector<double> means_of(const std::vector<KpiEstimates>& intervals, Kpi kpi);

}  // namespace ccsim
