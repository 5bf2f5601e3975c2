#pragma once
// The engine's one table of the kinds of floor: which world simulates each.
// A new floor is a FloorWorld subclass plus one line here (and its reader).
#include <cstdint>
#include <memory>

#include <simgrid/s4u.hpp>

#include "floor_world.hpp"

namespace ccsim::engine {

/// The world of replication `replication` of the scenario's floor, on `host`.
std::unique_ptr<FloorWorld> make_floor_world(const Scenario& scenario, std::uint32_t replication,
                                             simgrid::s4u::Host* host);

}  // namespace ccsim::engine
