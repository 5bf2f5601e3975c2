#include "ccsim/engine/replication.hpp"

#include <memory>

#include <simgrid/s4u.hpp>

#include "floor_worlds.hpp"
#include "world_engine.hpp"

namespace ccsim {
namespace {

namespace s4u = simgrid::s4u;
using engine::WorldEnds;

// Every world side by side in one engine run; the scenario's floor picks the world.
std::vector<ReplicationResult> run_floor(const Scenario& scenario, std::uint32_t first,
                                         const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  std::vector<std::unique_ptr<engine::FloorWorld>> worlds;
  for (std::size_t i = 0; i < hosts.size(); ++i)
    worlds.push_back(engine::make_floor_world(scenario, first + static_cast<std::uint32_t>(i), hosts[i]));
  const WorldEnds ends;
  for (auto& world : worlds) world->start();
  engine.run();
  return engine::finish_worlds(worlds, first, hosts, ends);
}

}  // namespace

std::vector<ReplicationResult> simulate_replications(const Scenario& scenario, std::uint32_t first,
                                                     std::uint32_t count) {
  engine::WorldEngine w = engine::start_world_engine(count);
  return run_floor(scenario, first, w.hosts, *w.engine);
}

}  // namespace ccsim
