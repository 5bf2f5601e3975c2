#pragma once
// Counter-based random streams: every draw is a pure function of
// (master seed, replication, purpose, entity, draw index), so runs are
// reproducible bit for bit and two scenarios that differ only in staffing
// see the same callers (common random numbers).
#include <array>
#include <cstdint>

namespace ccsim {

/// What a stream is used for; part of the key, so purposes never share numbers.
enum class Purpose : std::uint32_t {
  arrivals = 1,        ///< inter-arrival times of one customer class
  service = 2,         ///< service time of one call
  patience = 3,        ///< patience of one call
  basket = 4,          ///< checkout: items in one customer's basket
  payment = 5,         ///< checkout: one customer's payment time
  lane_choice = 6,     ///< checkout: one customer's tie-break among equally short lanes
  party_size = 7,      ///< restaurant: guests in one party
  kitchen_order = 21,  ///< restaurant: a cook's preparation time of one party's order
  busyness = 8,        ///< the day-level factor on every rate of one replication
  redial = 9,          ///< one attempt's decision to call again, and its delay
  rushing = 10,        ///< one rushed call's repeat decision, and its delay
  wrap_up = 11,        ///< after-call work of one call
  absence = 12,        ///< call center: whether one scheduled agent (seat) of a group shows up
  test = 99,           ///< unit tests only
};

/// A stream of uniform numbers in (0, 1) keyed by (seed, replication, purpose, entity).
/// Philox4x64-10 (Random123): each block of 4 outputs costs one cipher call.
class RandomStream {
public:
  /// `group` separates entities of the same purpose (e.g. the customer class);
  /// `entity` is the serial number inside the group (e.g. the call).
  RandomStream(std::uint64_t seed, std::uint32_t replication, Purpose purpose, std::uint32_t group,
               std::uint64_t entity);

  /// Next uniform in the open interval (0, 1), with 53 random bits.
  double uniform();

private:
  void refill();
  std::array<std::uint64_t, 2> key_;
  std::array<std::uint64_t, 4> counter_;
  std::array<std::uint64_t, 4> block_{};
  unsigned next_ = 4;
};

}  // namespace ccsim
