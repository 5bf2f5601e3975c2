#pragma once
// The day's waiting-time distribution, pooled over replications.
#include <vector>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "ccsim/model/interval_tally.hpp"

namespace ccsim {

/// Mean counts per bin for one day (reported intervals only, warm-up left
/// out), averaged over replications: the bins of answered calls sum to the
/// day's mean `answered`, those of abandoners to its mean `abandoned`.
struct WaitDistribution {
  AnsweredWaits answered;
  AbandonedWaits abandoned;
};

WaitDistribution wait_distribution(const Scenario& scenario, const std::vector<ReplicationTallies>& replications);

}  // namespace ccsim
