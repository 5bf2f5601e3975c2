#pragma once
// Several replications share one SimGrid engine, each world of actors on a
// host of its own, so a failing world stops only its own actors.
#include <simgrid/s4u.hpp>

namespace ccsim::engine {

/// Kills every actor on `host` but the calling one (which then returns).
inline void stop_world(simgrid::s4u::Host* host) {
  const auto self = simgrid::s4u::this_actor::get_pid();
  for (const simgrid::s4u::ActorPtr& actor : host->get_all_actors())
    if (actor->get_pid() != self) actor->kill();
}

} // namespace ccsim::engine
