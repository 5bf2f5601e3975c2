#include "ccsim/engine/call_trace.hpp"

#include <simgrid/s4u.hpp>
#include <xbt/log.h>

#include "call_center.hpp"

namespace ccsim {

std::vector<CallOutcome> trace_call_center(const Scenario& scenario, std::uint32_t replication) {
  xbt_log_control_set("root.thres:critical");
  std::string name = "ccsim";
  int argc = 1;
  char* argv[] = {name.data(), nullptr};
  simgrid::s4u::Engine engine(&argc, argv);
  auto* zone = simgrid::s4u::create_full_zone("floor");
  auto* host = zone->create_host("floor", 1e9);
  host->seal();
  zone->seal();
  std::vector<CallOutcome> trace;
  engine::CallCenter world(scenario, replication, host);
  world.trace_to(&trace);
  world.start();
  engine.run();
  world.finish(simgrid::s4u::Engine::get_clock());  // the only world: it ends with the engine
  return trace;
}

} // namespace ccsim
