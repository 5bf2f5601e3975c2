#pragma once
// How the run's outputs show the agent groups of a call center whose groups
// differ (private to the report layer): a section each output adds when
// summary.groups is not empty.
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// The terminal's per-group table for the day: agents present, calls
/// answered, occupancy, each with its 95% half-width.
void print_group_table(std::ostream& out, const RunSummary& summary);

/// summary.json's "groups": per group its name, `overall` and `intervals[]`.
nlohmann::ordered_json groups_json(const Scenario& s, const RunSummary& summary);

/// report.html's per-group section (id "groups"), the day's figures (rows
/// data-group, cells data-kpi / data-mean / data-ci95); "" without groups.
std::string group_section(const RunSummary& summary);

}  // namespace ccsim
