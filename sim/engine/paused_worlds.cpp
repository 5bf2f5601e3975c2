#include "paused_worlds.hpp"

namespace ccsim::engine {

PausedWorlds::PausedWorlds(const Scenario& scenario, std::uint32_t first, std::uint32_t count)
    : first_(first),
      engine_(start_world_engine(count)),
      worlds_(make_worlds<CallCenter>(scenario, first, engine_.hosts)) {
  for (auto& world : worlds_) world->start();
}

void PausedWorlds::run_until(double t_s) { engine_.engine->run_until(t_s); }

void PausedWorlds::run_to_end() { engine_.engine->run(); }

void PausedWorlds::restaff_from(double from_s, const Scenario& staffed) {
  for (auto& world : worlds_) world->restaff_from(from_s, staffed);
}

std::vector<ReplicationResult> PausedWorlds::results() const {
  return finish_worlds(worlds_, first_, engine_.hosts, ends_);
}

}  // namespace ccsim::engine
