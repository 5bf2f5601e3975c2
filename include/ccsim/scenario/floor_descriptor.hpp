#pragma once
// What each kind of floor declares once, for every output to read: its name,
// its words for the common KPIs, what they mean on it, its own KPIs and
// whether it records its customer classes apart.
#include <vector>

#include "ccsim/model/floor_kpi.hpp"

namespace ccsim {

struct Floor;

struct FloorDescriptor {
  FloorKind kind;
  const char* name;         ///< in scenarios and outputs: "call_center", "checkout", "restaurant"
  const char* definition;   ///< what the common KPIs mean on this floor (summary.json)
  const char* answered;     ///< the word for an answered customer: "answered", "served", "seated"
  const char* arrivals;     ///< the day's offered line: "calls", "customers arrived", "parties arrived"
  const char* served;       ///< the day's answered line: "", "customers served", "parties seated"
  const char* walked_away;  ///< the day's abandoned line
  const char* wait_ends;    ///< where a wait ends: "", "until the till", "until seated"
  bool classes_apart;       ///< records every customer class apart (per-class outputs)
  /// The floor's own KPIs, in output order (none on a call center).
  const std::vector<FloorKpiInfo>& (*kpis)(const Floor& floor);
};

/// The descriptor of a kind of floor.
const FloorDescriptor& floor_descriptor(FloorKind kind);

}  // namespace ccsim
