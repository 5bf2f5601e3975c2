#pragma once
// What the outputs report per customer class: a class's ClassTally (defined
// with IntervalTally, whose per-call part it is) read as an IntervalTally,
// and the KPIs that make sense for one class.
#include <array>

#include "ccsim/model/interval_tally.hpp"
#include "ccsim/model/kpi.hpp"

namespace ccsim {

/// The class's sums in an IntervalTally (every other field 0), so that a
/// class's KPIs are computed by kpi_value with exactly the totals' definitions.
IntervalTally as_interval_tally(const ClassTally& tally);

/// The KPIs reported per class, in output order (the others describe the
/// floor as a whole: queue, agents, occupancy, callers' final outcomes).
constexpr std::array<Kpi, 13> class_kpis{
    Kpi::offered,    Kpi::fresh,         Kpi::redials,      Kpi::repeats, Kpi::answered, Kpi::abandoned,  Kpi::blocked,
    Kpi::block_rate, Kpi::service_level, Kpi::abandon_rate, Kpi::p_wait,  Kpi::asa_s,    Kpi::mean_wait_s};

}  // namespace ccsim
