#pragma once
// The shift plan in `ccsim staff --shifts` output: the shift table on the
// console, the roster in report.html and the "shifts" section of
// staffing.json (private to the staffing report).
#include <ostream>

#include <nlohmann/json.hpp>

#include "ccsim/report/staffing_report.hpp"
#include "ccsim/report/wrapped_text.hpp"

namespace ccsim {

/// Shifts by start time and length, breaks by start time, and how covering the
/// requirement compares with meeting the targets. Precondition: r.shifts.
void print_shift_plan(std::ostream& out, const Scenario& s, const StaffingResult& r);

/// The roster table of report.html: every shift worked, with its start, end,
/// breaks and paid hours, and a total. Precondition: r.shifts.
std::string roster_html(const Scenario& s, const StaffingResult& r);

/// The "shifts" section of staffing.json. Precondition: r.shifts.
nlohmann::json shifts_json(const Scenario& s, const StaffingResult& r);

}  // namespace ccsim
