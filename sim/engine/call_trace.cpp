#include "ccsim/engine/call_trace.hpp"

#include <simgrid/s4u.hpp>

#include "call_center.hpp"
#include "world_engine.hpp"

namespace ccsim {

std::vector<CallOutcome> trace_call_center(const Scenario& scenario, std::uint32_t replication) {
  // The same platform as simulate_replications (one world), with every caller's outcome traced.
  engine::WorldEngine w = engine::start_world_engine(1);
  std::vector<CallOutcome> trace;
  engine::CallCenter world(scenario, replication, w.hosts[0]);
  world.trace_to(&trace);
  world.start();
  w.engine->run();
  world.finish(simgrid::s4u::Engine::get_clock());  // the only world: it ends with the engine
  return trace;
}

}  // namespace ccsim
