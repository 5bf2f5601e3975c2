#pragma once
// The SimGrid engine replications share in a worker process: one engine per
// process, one host per world (a host names the world its actors belong to).
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include <simgrid/s4u.hpp>

namespace ccsim::engine {

struct WorldEngine {
  simgrid::s4u::Engine* engine;  ///< never deleted: one per process, which ends soon after
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

} // namespace ccsim::engine
