#pragma once
// How a worker process sends replications' tallies to the parent: one status
// byte, then each replication's interval totals and per-class tallies as raw
// bytes (the same binary on both ends); or the failing replication's number
// and an error message, with its length.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ccsim/engine/replication.hpp"
#include "ccsim/engine/replication_chunks.hpp"
#include "ccsim/engine/replication_runner.hpp"

namespace ccsim::wire {

constexpr char ok_status = 'K';
constexpr char error_status = 'E';

/// Reads exactly `size` bytes; false at an end of file (or an error) before.
bool read_exactly(int fd, void* data, std::size_t size);
/// Writes all `size` bytes; false if the pipe broke (or another error) before.
bool write_exactly(int fd, const void* data, std::size_t size);
/// Waits for a child process to end; its wait status (0 if it cannot be waited for).
int reap(int pid);
/// fork(), with the child bound to this process: the kernel kills it
/// (SIGKILL) when this process ends, however it ends, so no worker or
/// branch runs on after an interrupted command. Flushes every stdio stream
/// first (a child must not print the parent's buffered output again). -1
/// when fork fails.
int fork_bound_to_parent();
/// A child process writing to a pipe this process reads.
struct Child {
  int pid;
  int fd;  ///< the read end, this process's to close
};
/// Forks a child bound to this process (fork_bound_to_parent) that holds no
/// descriptor but stdio and its pipe's write end (no other worker's pipe, no
/// server's socket: their readers would wait for it), and runs `body(fd)`
/// there, which must end the process. Throws naming `what` when it cannot.
Child start_child(const std::string& what, const std::function<void(int)>& body);
/// Everything the pipe `fd` carries until its end of file.
std::string read_to_end(int fd);

/// Worker side: writes everything or ends the process (the parent then reports a truncated result).
void write_all(int fd, const void* data, std::size_t size);
void send_results(int fd, const std::vector<ReplicationResult>& results);
void send_failure(int fd, std::uint32_t replication, const std::string& what);
/// Sends what `simulate` returns, or the failure it throws (`first`: the chunk's first replication).
template <class Simulate>
void send_outcome(int fd, std::uint32_t first, Simulate simulate) {
  try {
    send_results(fd, simulate());
  } catch (const ReplicationFailure& e) {
    send_failure(fd, e.replication, e.what());
  } catch (const std::exception& e) {
    send_failure(fd, first, e.what());
  }
}

/// What one replication sends: its sizes in tallies.
struct Shape {
  std::size_t intervals;
  std::size_t class_tallies;  ///< intervals x recorded classes
  std::size_t group_tallies;  ///< intervals x recorded groups
  std::size_t bytes() const;  ///< of one replication
};
Shape shape_of(const Scenario& scenario);

/// Parent side: reads one whole message from a worker that stays alive
/// (blocking); an end of file before it is complete leaves it truncated.
std::string receive(int fd, ReplicationChunk chunk, Shape shape);

/// Stores a chunk's message in `results` (indexed by replication); a failure
/// or a truncated message throws std::runtime_error naming the replications.
void unpack(const std::string& received, ReplicationChunk chunk, Shape shape, RunTallies& results);

/// "replication 3" or "replications 1-4" (1-based), for messages.
std::string replications_named(ReplicationChunk chunk);

}  // namespace ccsim::wire
