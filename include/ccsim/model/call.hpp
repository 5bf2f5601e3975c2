#pragma once
#include <cstdint>
#include <limits>

namespace ccsim {

/// Who is calling: one contact (a customer with one problem) of a class, and
/// which attempt this is. A contact's attempts key their own random streams.
struct CallerId {
  std::uint64_t contact = 0;  ///< fresh contacts: the class's arrival serial; repeat calls: repeat_bit | serial
  std::uint32_t demand_class = 0;
  std::uint32_t attempt = 0;  ///< 0 for the first call, then 1, 2, ... for redials
  int first_interval = -1;    ///< reporting interval of the contact's first call (for the per-person outcome)
  bool repeat = false;        ///< a repeat call after a rushed call
  static constexpr std::uint64_t repeat_bit = std::uint64_t{1} << 47;
  /// The stream entity of this attempt: the first call of a fresh contact is
  /// keyed by its serial alone, as before redials existed.
  std::uint64_t entity() const { return contact | (std::uint64_t{attempt} << 48); }
};

/// One caller in the system: a plain record (not an actor). Everything random
/// about the caller is drawn at arrival from the caller's own stream key.
struct Call {
  double arrival_s = 0;
  double service_s = 0;                                         ///< handling time, drawn at arrival
  double deadline_s = std::numeric_limits<double>::infinity();  ///< arrival + patience
  int interval = -1;             ///< reporting interval of the arrival (the WFM convention)
  int demand_class = 0;          ///< index of the customer class
  std::uint64_t serial = 0;      ///< the caller's number within its class (its random-stream key)
  std::uint32_t generation = 0;  ///< bumped when the slot is reused; lets stale references be detected
  bool waiting = false;          ///< in the waiting line right now
  double wrap_s = 0;             ///< after-call work once the caller hangs up, drawn at arrival
  CallerId who;
};

}  // namespace ccsim
