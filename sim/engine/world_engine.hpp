#pragma once
// The SimGrid engine replications share in a worker process: one engine per
// process, one host per world (a host names the world its actors belong to).
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include <simgrid/s4u.hpp>

#include "ccsim/engine/replication.hpp"

namespace ccsim::engine {

struct WorldEngine {
  simgrid::s4u::Engine* engine;            ///< never deleted: one per process, which ends soon after
  std::vector<simgrid::s4u::Host*> hosts;  ///< one per world
};

/// Creates this process's engine with `worlds` hosts.
WorldEngine start_world_engine(std::uint32_t worlds);

/// When each world ended: the last of its non-daemon actors. Alone in an engine
/// a world ends the run at that instant; side by side the engine clock runs on
/// to the latest world's end, so each world is finished at its own end instead.
class WorldEnds {
public:
  WorldEnds();
  double of(const simgrid::s4u::Host* host) const { return (*ends_)[host]; }

private:
  std::shared_ptr<std::unordered_map<const simgrid::s4u::Host*, double>> ends_ =
      std::make_shared<std::unordered_map<const simgrid::s4u::Host*, double>>();
};

/// One world per host, replications first, first + 1, ...
template <class World>
std::vector<std::unique_ptr<World>> make_worlds(const Scenario& scenario, std::uint32_t first,
                                                const std::vector<simgrid::s4u::Host*>& hosts) {
  std::vector<std::unique_ptr<World>> worlds;
  for (std::size_t i = 0; i < hosts.size(); ++i)
    worlds.push_back(std::make_unique<World>(scenario, first + static_cast<std::uint32_t>(i), hosts[i]));
  return worlds;
}

/// Every world's results, each finished at its own end; a world's failure
/// is rethrown as a ReplicationFailure naming its replication.
template <class World>
std::vector<ReplicationResult> finish_worlds(const std::vector<std::unique_ptr<World>>& worlds, std::uint32_t first,
                                             const std::vector<simgrid::s4u::Host*>& hosts, const WorldEnds& ends) {
  std::vector<ReplicationResult> results;
  for (std::size_t i = 0; i < worlds.size(); ++i) {
    try {
      results.push_back(worlds[i]->finish(ends.of(hosts[i])));
    } catch (const std::exception& e) {
      throw ReplicationFailure(first + static_cast<std::uint32_t>(i), e.what());
    }
  }
  return results;
}

}  // namespace ccsim::engine
