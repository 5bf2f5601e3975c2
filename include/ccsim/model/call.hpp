#pragma once
#include <cstdint>
#include <limits>

namespace ccsim {

/// One caller in the system: a plain record (not an actor). Everything random
/// about the caller is drawn at arrival from the caller's own stream key.
struct Call {
  double arrival_s = 0;
  double service_s = 0;  ///< handling time, drawn at arrival
  double deadline_s = std::numeric_limits<double>::infinity();  ///< arrival + patience
  int interval = -1;     ///< reporting interval of the arrival (the WFM convention)
  int demand_class = 0;  ///< index of the customer class
  std::uint64_t serial = 0;  ///< the caller's number within its class (its random-stream key)
  std::uint32_t generation = 0;  ///< bumped when the slot is reused; lets stale references be detected
  bool waiting = false;  ///< in the waiting line right now
};

} // namespace ccsim
