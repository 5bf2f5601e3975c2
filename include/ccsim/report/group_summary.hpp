#pragma once
// Per-group tallies reduced to estimates: each agent group's agents present,
// calls answered and occupancy, on a call center whose groups differ.
#include <string>
#include <vector>

#include "ccsim/model/estimate.hpp"
#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// One group's figures over a span (an interval, or the reported day).
struct GroupEstimates {
  Estimate present;    ///< agents present (on duty, not on break), time average
  Estimate answered;   ///< calls its agents answered
  Estimate occupancy;  ///< busy / present agent-time
};

struct GroupSummary {
  std::string name;
  std::vector<GroupEstimates> intervals;  ///< per reported interval, in the order of RunSummary::intervals
  GroupEstimates overall;                 ///< the reported day
};

/// Per-group summaries, in the scenario's group order, of the reported
/// intervals; `replications[r]` holds replication r's GroupTallies. Empty when
/// the run kept no groups apart (recorded_groups).
std::vector<GroupSummary> summarize_groups(const Scenario& scenario, const std::vector<GroupTallies>& replications);

}  // namespace ccsim
