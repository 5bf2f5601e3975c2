#pragma once
// How the outputs name and describe a checkout or restaurant floor (private
// to the report layer).
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "ccsim/report/run_summary.hpp"

namespace ccsim {

/// A class's service time: the distribution on a call center; on a floor,
/// "mean X s: ..." with the floor's full mean service time first.
std::string describe_service(const Scenario& s, const Demand& d);

/// The floor's parameters for summary.json.
nlohmann::ordered_json floor_json(const Floor& floor);

/// The estimate of `kpi` among `values` (in floor_kpis(floor) order); NaN when the floor has none.
const Estimate& floor_kpi(const std::vector<Estimate>& values, const Floor& floor, FloorKpi kpi);

/// The terminal report of a checkout or restaurant (print_run_table's floor branch).
void print_floor_table(std::ostream& out, const Scenario& s, const RunSummary& summary, bool show_intervals);

}  // namespace ccsim
