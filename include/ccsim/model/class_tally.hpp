#pragma once
// What one replication measured for one customer class in one reporting
// interval: the per-call subset of IntervalTally (time integrals such as the
// queue or busy agents are the floor's, not a class's).
#include <array>

#include "ccsim/model/interval_tally.hpp"
#include "ccsim/model/kpi.hpp"

namespace ccsim {

/// Raw sums for one class in one interval of one replication; calls belong to
/// the interval in which they arrived. All doubles, one flat block: tallies
/// travel between processes as raw bytes. Summed over the classes, each field
/// equals the IntervalTally field of the same name, call for call.
struct ClassTally {
  double offered = 0;          ///< all arrivals of the class (fresh + redials + repeats)
  double redials = 0;          ///< calls again after a busy signal or an abandonment
  double repeats = 0;          ///< calls back after a rushed call
  double blocked = 0;          ///< busy signal or refused by a full queue
  double answered = 0;
  double abandoned = 0;
  double waited = 0;           ///< admitted callers who found no free agent
  double answered_within = 0;  ///< answered with wait <= T
  double wait_answered_s = 0;  ///< sum of waits of answered calls
  double wait_admitted_s = 0;  ///< sum of waits of all admitted calls (abandoners until they leave)

  ClassTally& operator+=(const ClassTally& o);
};

/// The class's sums in an IntervalTally (every other field 0), so that a
/// class's KPIs are computed by kpi_value with exactly the totals' definitions.
IntervalTally as_interval_tally(const ClassTally& tally);

/// The KPIs reported per class, in output order (the others describe the
/// floor as a whole: queue, agents, occupancy, callers' final outcomes).
constexpr std::array<Kpi, 13> class_kpis{
    Kpi::offered,  Kpi::fresh,       Kpi::redials,       Kpi::repeats,      Kpi::answered,
    Kpi::abandoned, Kpi::blocked,    Kpi::block_rate,    Kpi::service_level, Kpi::abandon_rate,
    Kpi::p_wait,   Kpi::asa_s,       Kpi::mean_wait_s};

} // namespace ccsim
