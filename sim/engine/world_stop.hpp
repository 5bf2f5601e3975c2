#pragma once
// Several replications share one SimGrid engine, each world of actors on a
// host of its own, so a failing world stops only its own actors.
#include <exception>

#include <simgrid/s4u.hpp>

namespace ccsim::engine {

/// Kills every actor on `host` but the calling one (which then returns).
inline void stop_world(simgrid::s4u::Host* host) {
  const auto self = simgrid::s4u::this_actor::get_pid();
  for (const simgrid::s4u::ActorPtr& actor : host->get_all_actors())
    if (actor->get_pid() != self) actor->kill();
}

/// The first exception raised in a world's actors. An exception escaping an
/// actor would abort the process: guard() keeps it and stops the world, and
/// the world's finish() rethrows it.
class WorldFailure {
public:
  template <class F>
  void guard(simgrid::s4u::Host* host, F body) {
    try {
      body();
    } catch (const std::exception&) {
      if (!failure_) failure_ = std::current_exception();
      stop_world(host);
    }
  }
  void rethrow() const {
    if (failure_) std::rethrow_exception(failure_);
  }

private:
  std::exception_ptr failure_;
};

}  // namespace ccsim::engine
