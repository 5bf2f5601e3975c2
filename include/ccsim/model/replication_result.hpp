#pragma once
// What replications measured, as the engine returns it and the reports read it.
#include <vector>

#include "ccsim/model/class_tally.hpp"
#include "ccsim/model/group_tally.hpp"
#include "ccsim/model/interval_tally.hpp"

namespace ccsim {

/// One replication's measurements: one tally per reporting interval.
using ReplicationTallies = std::vector<IntervalTally>;

/// One replication's measurements per customer class and interval, at
/// [interval * classes + class] (classes = recorded_classes(scenario)).
using ClassTallies = std::vector<ClassTally>;

/// Everything one replication measured.
struct ReplicationResult {
  ReplicationTallies totals;  ///< all classes together, per interval
  ClassTallies classes;       ///< per class and interval; empty on checkout and restaurant floors
  GroupTallies groups{};      ///< per agent group and interval (recorded_groups); else empty
};

/// Every replication's tallies, in replication order.
struct RunTallies {
  std::vector<ReplicationTallies> totals;  ///< per replication: all classes together, per interval
  std::vector<ClassTallies> classes;       ///< per replication: per class and interval (see ClassTallies)
  std::vector<GroupTallies> groups{};      ///< per replication: per group and interval (see GroupTallies)
};

}  // namespace ccsim
