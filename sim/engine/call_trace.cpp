#include "ccsim/engine/call_trace.hpp"

#include <simgrid/s4u.hpp>

#include "call_center.hpp"
#include "world_engine.hpp"

namespace ccsim {
namespace {

// The call trace is one more sink of the floor's events: each caller's
// outcome, in the order the outcomes were decided.
class OutcomeTrace : public FloorEventSink {
public:
  void on(const FloorEvent& e) override {
    const auto outcome = [&](CallOutcome::Kind kind, int group, double end_s) {
      outcomes.push_back(CallOutcome{e.demand_class, e.customer, e.arrival_s, kind, e.t_s, group, end_s});
    };
    switch (e.kind) {
    case FloorEvent::blocked: outcome(CallOutcome::blocked, -1, e.t_s); return;
    case FloorEvent::abandoned: outcome(CallOutcome::abandoned, -1, e.t_s); return;
    case FloorEvent::answered: outcome(CallOutcome::answered, e.group, e.end_s); return;
    default: return;
    }
  }
  std::vector<CallOutcome> outcomes;
};

}  // namespace

std::vector<CallOutcome> trace_call_center(const Scenario& scenario, std::uint32_t replication) {
  // The same platform as simulate_replications (one world), with every caller's outcome traced.
  engine::WorldEngine w = engine::start_world_engine(1);
  OutcomeTrace trace;
  engine::CallCenter world(scenario, replication, w.hosts[0]);
  world.trace_to(&trace);
  world.start();
  w.engine->run();
  world.finish(simgrid::s4u::Engine::get_clock());  // the only world: it ends with the engine
  return std::move(trace.outcomes);
}

}  // namespace ccsim
