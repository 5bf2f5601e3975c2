#include "paused_worlds.hpp"

#include <stdexcept>

namespace ccsim::engine {

PausedWorlds::PausedWorlds(const Scenario& scenario, std::uint32_t first, std::uint32_t count)
    : first_(first), engine_(start_world_engine(count)) {
  if (scenario.floor.kind != FloorKind::call_center)
    throw std::logic_error("only call centers run in steps");
  for (std::uint32_t i = 0; i < count; ++i)
    worlds_.push_back(std::make_unique<CallCenter>(scenario, first + i, engine_.hosts[i]));
  for (auto& world : worlds_) world->start();
}

void PausedWorlds::run_until(double t_s) { engine_.engine->run_until(t_s); }

void PausedWorlds::run_to_end() { engine_.engine->run(); }

void PausedWorlds::restaff_from(double from_s, const Scenario& staffed) {
  for (auto& world : worlds_) world->restaff_from(from_s, staffed);
}

std::vector<ReplicationResult> PausedWorlds::results() const {
  std::vector<ReplicationResult> results;
  for (std::size_t i = 0; i < worlds_.size(); ++i) {
    try {
      results.push_back(worlds_[i]->finish(ends_.of(engine_.hosts[i])));
    } catch (const std::exception& e) {
      throw ReplicationFailure(first_ + static_cast<std::uint32_t>(i), e.what());
    }
  }
  return results;
}

} // namespace ccsim::engine
