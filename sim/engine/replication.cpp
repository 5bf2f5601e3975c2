#include "ccsim/engine/replication.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include <simgrid/s4u.hpp>
#include <xbt/log.h>

#include "call_center.hpp"
#include "checkout_lanes.hpp"
#include "restaurant_tables.hpp"

namespace ccsim {
namespace {

namespace s4u = simgrid::s4u;

// When each world ended: the last of its non-daemon actors. Alone in an engine
// a world ends the run at that instant; side by side the engine clock runs on
// to the latest world's end, so each world is finished at its own end instead.
class WorldEnds {
public:
  WorldEnds() {
    auto ends = ends_;
    s4u::Actor::on_termination_cb([ends](const s4u::Actor& actor) {
      if (actor.is_daemon()) return;
      double& end = (*ends)[actor.get_host()];
      end = std::max(end, s4u::Engine::get_clock());
    });
  }
  double of(const s4u::Host* host) const { return (*ends_)[host]; }

private:
  std::shared_ptr<std::unordered_map<const s4u::Host*, double>> ends_ =
      std::make_shared<std::unordered_map<const s4u::Host*, double>>();
};

// A call center's world returns its per-class tallies too; the floors' worlds their totals only.
ReplicationResult result_of(ReplicationResult r) { return r; }
ReplicationResult result_of(ReplicationTallies totals) { return ReplicationResult{std::move(totals), {}}; }

template <class World>
std::vector<ReplicationResult> run_worlds(const Scenario& scenario, std::uint32_t first,
                                           const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  std::vector<std::unique_ptr<World>> worlds;
  for (std::size_t i = 0; i < hosts.size(); ++i)
    worlds.push_back(std::make_unique<World>(scenario, first + static_cast<std::uint32_t>(i), hosts[i]));
  const WorldEnds ends;
  for (auto& world : worlds) world->start();
  engine.run();
  std::vector<ReplicationResult> results;
  for (std::size_t i = 0; i < worlds.size(); ++i) {
    try {
      results.push_back(result_of(worlds[i]->finish(ends.of(hosts[i]))));
    } catch (const std::exception& e) {
      throw ReplicationFailure(first + static_cast<std::uint32_t>(i), e.what());
    }
  }
  return results;
}

// The floor kind picks the world of actors; everything around it is shared.
std::vector<ReplicationResult> run_floor(const Scenario& scenario, std::uint32_t first,
                                          const std::vector<s4u::Host*>& hosts, s4u::Engine& engine) {
  switch (scenario.floor.kind) {
  case FloorKind::checkout: return run_worlds<engine::CheckoutLanes>(scenario, first, hosts, engine);
  case FloorKind::restaurant: return run_worlds<engine::RestaurantTables>(scenario, first, hosts, engine);
  case FloorKind::call_center: break;
  }
  return run_worlds<engine::CallCenter>(scenario, first, hosts, engine);
}

} // namespace

int recorded_classes(const Scenario& scenario) {
  return scenario.floor.kind == FloorKind::call_center ? static_cast<int>(scenario.demand.size()) : 0;
}

std::vector<ReplicationResult> simulate_replications(const Scenario& scenario, std::uint32_t first,
                                                      std::uint32_t count) {
  xbt_log_control_set("root.thres:critical");
  // Small actor stacks: agents are shallow, and big scenarios have thousands.
  std::string name = "ccsim", stack = "--cfg=contexts/stack-size:128";
  int argc = 2;
  char* argv[] = {name.data(), stack.data(), nullptr};
  s4u::Engine engine(&argc, argv);
  // One host per world: it names the world an actor belongs to.
  auto* zone = s4u::create_full_zone("floor");
  std::vector<s4u::Host*> hosts;
  for (std::uint32_t i = 0; i < count; ++i) {
    hosts.push_back(zone->create_host("world-" + std::to_string(i), 1e9));
    hosts.back()->seal();
  }
  zone->seal();
  return run_floor(scenario, first, hosts, engine);
}

} // namespace ccsim
