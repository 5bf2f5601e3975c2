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
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  const int pid = wire::fork_bound_to_parent();
  if (pid < 0) throw std::runtime_error(std::string("cannot start a process for the trace: ") + std::strerror(errno));
  if (pid == 0) {
    ::close(fds[0]);
    wire::close_other_fds(fds[1]);
    trace_in_child(scenario, replication, fds[1]);
  }
  ::close(fds[1]);
  std::string received;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n > 0) {
      received.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(fds[0]);
  const int status = wire::reap(pid);
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
