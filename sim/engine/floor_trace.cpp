#include "ccsim/engine/floor_trace.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <simgrid/s4u.hpp>

#include "floor_worlds.hpp"
#include "tally_wire.hpp"
#include "world_engine.hpp"

namespace ccsim {
namespace {

static_assert(std::is_trivially_copyable_v<FloorEvent>, "floor events travel between processes as raw bytes");

class EventLog : public FloorEventSink {
public:
  void on(const FloorEvent& e) override { events.push_back(e); }
  std::vector<FloorEvent> events;
};

// The child: one world on one host, like a chunk of one replication; sends
// the ok status, the count and the events, or the error status and a message.
[[noreturn]] void trace_in_child(const Scenario& scenario, std::uint32_t replication, int fd) {
  std::string message;
  try {
    engine::WorldEngine w = engine::start_world_engine(1);
    EventLog log;
    auto world = engine::make_floor_world(scenario, replication, w.hosts[0]);
    world->trace_to(&log);
    world->start();
    w.engine->run();
    world->finish(simgrid::s4u::Engine::get_clock());  // rethrows an actor's failure
    const std::uint64_t count = log.events.size();
    wire::write_all(fd, &wire::ok_status, 1);
    wire::write_all(fd, &count, sizeof count);
    wire::write_all(fd, log.events.data(), count * sizeof(FloorEvent));
  } catch (const std::exception& e) {
    message = e.what();
    wire::write_all(fd, &wire::error_status, 1);
    wire::write_all(fd, message.data(), message.size());
  }
  ::close(fd);
  _exit(0);
}

}  // namespace

std::vector<FloorEvent> trace_replication(const Scenario& scenario, std::uint32_t replication) {
  const wire::Child child =
      wire::start_child("a process for the trace", [&](int fd) { trace_in_child(scenario, replication, fd); });
  const std::string received = wire::read_to_end(child.fd);
  ::close(child.fd);
  const int status = wire::reap(child.pid);
  const std::string where = "replication " + std::to_string(replication + 1) + " (traced)";
  if (WIFSIGNALED(status))
    throw std::runtime_error(where + " crashed (signal " + std::to_string(WTERMSIG(status)) + ")");
  if (!received.empty() && received[0] == wire::error_status)
    throw std::runtime_error(where + ": " + received.substr(1));
  std::uint64_t count = 0;
  if (received.size() >= 1 + sizeof count) std::memcpy(&count, received.data() + 1, sizeof count);
  if (received.empty() || received[0] != wire::ok_status ||
      received.size() != 1 + sizeof count + count * sizeof(FloorEvent))
    throw std::runtime_error(where + " returned a truncated trace");
  std::vector<FloorEvent> events(count);
  std::memcpy(events.data(), received.data() + 1 + sizeof count, count * sizeof(FloorEvent));
  return events;
}

}  // namespace ccsim
