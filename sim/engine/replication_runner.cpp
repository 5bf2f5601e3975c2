#include "ccsim/engine/replication_runner.hpp"

#include "ccsim/engine/replication_chunks.hpp"

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

// Wire format from a worker: one status byte, then each replication's tallies
// as raw bytes (same binary on both ends): its interval totals, then its
// per-class tallies; or the failing replication's number and an error message.
constexpr char ok_status = 'K';
constexpr char error_status = 'E';

void write_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(3);
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void worker(const Scenario& scenario, ReplicationChunk chunk, int fd) {
  try {
    const auto results = simulate_replications(scenario, chunk.first, chunk.count);
    write_all(fd, &ok_status, 1);
    for (const ReplicationResult& r : results) {
      write_all(fd, r.totals.data(), r.totals.size() * sizeof(IntervalTally));
      write_all(fd, r.classes.data(), r.classes.size() * sizeof(ClassTally));
    }
  } catch (const ReplicationFailure& e) {
    write_all(fd, &error_status, 1);
    write_all(fd, &e.replication, sizeof e.replication);
    write_all(fd, e.what(), std::strlen(e.what()));
  } catch (const std::exception& e) {
    write_all(fd, &error_status, 1);
    write_all(fd, &chunk.first, sizeof chunk.first);
    write_all(fd, e.what(), std::strlen(e.what()));
  }
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
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("cannot start a worker process: ") + std::strerror(errno));
  if (pid == 0) {
    ::close(fds[0]);
    worker(scenario, chunk, fds[1]);
  }
  ::close(fds[1]);
  return Worker{pid, fds[0], chunk, {}};
}

std::string replications_named(ReplicationChunk chunk) {
  if (chunk.count == 1) return "replication " + std::to_string(chunk.first + 1);
  return "replications " + std::to_string(chunk.first + 1) + "-" + std::to_string(chunk.first + chunk.count);
}

// What one replication sends: its sizes in tallies.
struct Shape {
  std::size_t intervals;
  std::size_t class_tallies;  // intervals x recorded classes
};

// Stores the chunk's tallies in `results` (indexed by replication).
void collect(Worker& w, Shape shape, RunTallies& results) {
  ::close(w.fd);
  int status = 0;
  while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  const std::string where = replications_named(w.chunk);
  if (WIFSIGNALED(status))
    throw std::runtime_error(where + " crashed (signal " + std::to_string(WTERMSIG(status)) + ")");
  if (w.received.empty()) throw std::runtime_error(where + " ended without a result");
  std::uint32_t failed = 0;
  if (w.received[0] == error_status && w.received.size() >= 1 + sizeof failed) {
    std::memcpy(&failed, w.received.data() + 1, sizeof failed);
    throw std::runtime_error("replication " + std::to_string(failed + 1) + ": " + w.received.substr(1 + sizeof failed));
  }
  const std::size_t total_bytes = shape.intervals * sizeof(IntervalTally);
  const std::size_t class_bytes = shape.class_tallies * sizeof(ClassTally);
  const std::size_t bytes = total_bytes + class_bytes;
  if (w.received[0] != ok_status || w.received.size() != 1 + w.chunk.count * bytes)
    throw std::runtime_error(where + " returned a truncated result");
  for (std::uint32_t i = 0; i < w.chunk.count; ++i) {
    const char* from = w.received.data() + 1 + i * bytes;
    ReplicationTallies& totals = results.totals[w.chunk.first + i];
    totals.resize(shape.intervals);
    std::memcpy(totals.data(), from, total_bytes);
    ClassTallies& classes = results.classes[w.chunk.first + i];
    classes.resize(shape.class_tallies);
    if (class_bytes > 0) std::memcpy(classes.data(), from + total_bytes, class_bytes);
  }
}

void stop_workers(std::vector<Worker>& running) {
  for (Worker& w : running) {
    ::kill(w.pid, SIGKILL);
    ::close(w.fd);
    while (::waitpid(w.pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  running.clear();
}

int default_jobs() {
  const long cores = ::sysconf(_SC_NPROCESSORS_ONLN);
  return cores > 0 ? static_cast<int>(cores) : 1;
}

} // namespace

std::vector<ReplicationTallies> run_replications(const Scenario& scenario, const RunOptions& options) {
  return run_replications_by_class(scenario, options).totals;
}

RunTallies run_replications_by_class(const Scenario& scenario, const RunOptions& options) {
  const int total = scenario.replications;
  const int jobs = options.jobs > 0 ? options.jobs : default_jobs();
  const auto intervals = static_cast<std::size_t>(scenario.clock.intervals());
  const Shape shape{intervals, intervals * static_cast<std::size_t>(recorded_classes(scenario))};
  const int fixed_actors = options.per_worker * actors_per_world(scenario);
  const ChunkBudget fixed{fixed_actors, fixed_actors, 0};
  const std::vector<ReplicationChunk> chunks =
      options.per_worker > 0 ? plan_chunks(scenario, total, 1, fixed) : plan_chunks(scenario, total, jobs);
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
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll failed: ") + std::strerror(errno));
    }
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

} // namespace ccsim
