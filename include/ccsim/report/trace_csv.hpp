#pragma once
// The events of one replication as a spreadsheet (ccsim run --trace): one row
// per floor event, in the order they happened, in the floor's own words.
#include <string>
#include <vector>

#include "ccsim/model/floor_event.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// The trace as CSV with a header row; README ("The event trace") documents
/// the columns. Times are written so that they read back as the same doubles.
std::string trace_csv(const Scenario& scenario, const std::vector<FloorEvent>& events);

}  // namespace ccsim
