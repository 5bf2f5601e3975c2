#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "ccsim/model/class_tally.hpp"
#include "ccsim/model/interval_tally.hpp"
#include "ccsim/scenario/scenario.hpp"

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
};

/// The customer classes a replication records separately: the call center's
/// classes (one or more); 0 on checkout and restaurant floors, whose
/// customers are reported as one stream.
int recorded_classes(const Scenario& scenario);

/// A replication failed inside the engine; says which one (0-based).
struct ReplicationFailure : std::runtime_error {
  ReplicationFailure(std::uint32_t replication_, const std::string& what)
      : std::runtime_error(what),
        replication(replication_) {}
  std::uint32_t replication;
};

/// Simulates replications first .. first + count - 1 of the scenario side by
/// side in one SimGrid engine, in this process: each is an independent world
/// (own actors, own host, own random streams), so each gives bit for bit what
/// it gives alone. SimGrid allows one engine per process, so call this at most
/// once per process (run_replications forks a process per chunk). Results come
/// in replication order; a failing world throws ReplicationFailure (the
/// lowest-numbered one), the other worlds are not disturbed by it.
std::vector<ReplicationResult> simulate_replications(const Scenario& scenario, std::uint32_t first,
                                                     std::uint32_t count);

}  // namespace ccsim
