#include "ccsim/engine/replication_runner.hpp"

#include "ccsim/engine/replication_chunks.hpp"
#include "tally_wire.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

namespace ccsim {
namespace {

[[noreturn]] void worker(const Scenario& scenario, ReplicationChunk chunk, int fd) {
  wire::send_outcome(fd, chunk.first, [&] { return simulate_replications(scenario, chunk.first, chunk.count); });
  ::close(fd);
  _exit(0);  // no atexit handlers, no flushing of the parent's buffers
}

struct Worker {
  pid_t pid;
  int fd;
  ReplicationChunk chunk;
  std::string received;
};

Worker start_worker(const Scenario& scenario, ReplicationChunk chunk) {
  const wire::Child child = wire::start_child("a worker process", [&](int fd) { worker(scenario, chunk, fd); });
  return Worker{child.pid, child.fd, chunk, {}};
}

// Stores the chunk's tallies in `results` (indexed by replication).
void collect(Worker& w, wire::Shape shape, RunTallies& results) {
  ::close(w.fd);
  const int status = wire::reap(w.pid);
  if (WIFSIGNALED(status))
    throw std::runtime_error(wire::replications_named(w.chunk) + " crashed (signal " +
                             std::to_string(WTERMSIG(status)) + ")");
  wire::unpack(w.received, w.chunk, shape, results);
}

void stop_workers(std::vector<Worker>& running) {
  for (Worker& w : running) {
    ::kill(w.pid, SIGKILL);
    ::close(w.fd);
    wire::reap(w.pid);
  }
  running.clear();
}

}  // namespace

std::vector<ReplicationTallies> run_replications(const Scenario& scenario, const RunOptions& options) {
  return run_replications_by_class(scenario, options).totals;
}

RunTallies run_replications_by_class(const Scenario& scenario, const RunOptions& options) {
  const int total = scenario.replications;
  const int jobs = options.jobs > 0 ? options.jobs : default_jobs();
  const wire::Shape shape = wire::shape_of(scenario);
  const int fixed_actors = options.per_worker * actors_per_world(scenario);
  const ChunkBudget fixed{fixed_actors, fixed_actors, 0};
  const std::vector<ReplicationChunk> chunks = options.per_worker > 0
                                                   ? plan_chunks(scenario, total, 1, fixed)
                                                   : plan_chunks(scenario, total, jobs, reporting_budget());
  RunTallies results{std::vector<ReplicationTallies>(static_cast<std::size_t>(total)),
                     std::vector<ClassTallies>(static_cast<std::size_t>(total))};
  std::vector<Worker> running;
  std::size_t started = 0;
  int done = 0;
  std::fflush(nullptr);
  try {
    while (done < total) {
      while (started < chunks.size() && static_cast<int>(running.size()) < jobs)
        running.push_back(start_worker(scenario, chunks[started++]));
      std::vector<pollfd> fds;
      for (const Worker& w : running) fds.push_back(pollfd{w.fd, POLLIN, 0});
      const int ready = ::poll(fds.data(), fds.size(), options.cancelled ? 50 : -1);
      if (ready < 0) {
        if (errno == EINTR) continue;
        throw std::runtime_error(std::string("poll failed: ") + std::strerror(errno));
      }
      if (options.cancelled && options.cancelled()) throw RunCancelled();
      for (std::size_t i = fds.size(); i-- > 0;) {
        if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        char buffer[1 << 16];
        const ssize_t n = ::read(running[i].fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n > 0) {
          running[i].received.append(buffer, static_cast<std::size_t>(n));
          continue;
        }
        Worker finished = std::move(running[i]);
        running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
        collect(finished, shape, results);
        done += static_cast<int>(finished.chunk.count);
        if (options.on_progress) options.on_progress(done, total);
      }
    }
  } catch (...) {
    stop_workers(running);  // no orphans left running when one replication fails
    throw;
  }
  return results;
}

}  // namespace ccsim
