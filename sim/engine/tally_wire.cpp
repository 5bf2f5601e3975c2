#include "tally_wire.hpp"

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>

namespace ccsim::wire {

bool write_exactly(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

void write_all(int fd, const void* data, std::size_t size) {
  if (!write_exactly(fd, data, size)) _exit(3);
}

namespace {
// Reads up to `size` bytes, stopping only at an end of file or an error; how many it read.
std::size_t read_up_to(int fd, char* data, std::size_t size) {
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(fd, data + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  return got;
}
}  // namespace

bool read_exactly(int fd, void* data, std::size_t size) {
  return read_up_to(fd, static_cast<char*>(data), size) == size;
}

int fork_bound_to_parent() {
  std::fflush(nullptr);  // a child that flushes a copy of the parent's buffers would print them twice
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  // The parent may have died between fork() and prctl(): then nobody
  // would send the signal, so check who the parent is after asking for it.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent) _exit(4);
  return 0;
}

int reap(int pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return status;
}

void send_results(int fd, const std::vector<ReplicationResult>& results) {
  write_all(fd, &ok_status, 1);
  for (const ReplicationResult& r : results) {
    write_all(fd, r.totals.data(), r.totals.size() * sizeof(IntervalTally));
    write_all(fd, r.classes.data(), r.classes.size() * sizeof(ClassTally));
    write_all(fd, r.groups.data(), r.groups.size() * sizeof(GroupTally));
  }
}

void send_failure(int fd, std::uint32_t replication, const std::string& what) {
  const auto length = static_cast<std::uint32_t>(what.size());
  write_all(fd, &error_status, 1);
  write_all(fd, &replication, sizeof replication);
  write_all(fd, &length, sizeof length);
  write_all(fd, what.data(), what.size());
}

std::size_t Shape::bytes() const {
  return intervals * sizeof(IntervalTally) + class_tallies * sizeof(ClassTally) + group_tallies * sizeof(GroupTally);
}

Shape shape_of(const Scenario& scenario) {
  const auto intervals = static_cast<std::size_t>(scenario.clock.intervals());
  return Shape{intervals, intervals * static_cast<std::size_t>(recorded_classes(scenario)),
               intervals * static_cast<std::size_t>(recorded_groups(scenario))};
}

namespace {

// Appends up to `size` bytes; false at an end of file.
bool read_into(int fd, std::string& out, std::size_t size) {
  const std::size_t start = out.size();
  out.resize(start + size);
  const std::size_t got = read_up_to(fd, out.data() + start, size);
  out.resize(start + got);
  return got == size;
}

constexpr std::size_t failure_header = sizeof(std::uint32_t) * 2;

}  // namespace

std::string receive(int fd, ReplicationChunk chunk, Shape shape) {
  std::string message;
  if (!read_into(fd, message, 1)) return message;
  if (message[0] == ok_status) {
    read_into(fd, message, chunk.count * shape.bytes());
    return message;
  }
  if (message[0] != error_status) return message;  // out of turn: unpack() refuses it
  if (!read_into(fd, message, failure_header)) return message;
  std::uint32_t length = 0;
  std::memcpy(&length, message.data() + 1 + sizeof(std::uint32_t), sizeof length);
  read_into(fd, message, length);
  return message;
}

std::string replications_named(ReplicationChunk chunk) {
  if (chunk.count == 1) return "replication " + std::to_string(chunk.first + 1);
  return "replications " + std::to_string(chunk.first + 1) + "-" + std::to_string(chunk.first + chunk.count);
}

void unpack(const std::string& received, ReplicationChunk chunk, Shape shape, RunTallies& results) {
  const std::string where = replications_named(chunk);
  if (received.empty()) throw std::runtime_error(where + " ended without a result");
  if (received[0] == error_status && received.size() >= 1 + failure_header) {
    std::uint32_t failed = 0;
    std::memcpy(&failed, received.data() + 1, sizeof failed);
    throw std::runtime_error("replication " + std::to_string(failed + 1) + ": " + received.substr(1 + failure_header));
  }
  const std::size_t total_bytes = shape.intervals * sizeof(IntervalTally);
  const std::size_t class_bytes = shape.class_tallies * sizeof(ClassTally);
  const std::size_t bytes = shape.bytes();
  if (received[0] != ok_status || received.size() != 1 + chunk.count * bytes)
    throw std::runtime_error(where + " returned a truncated result");
  for (std::uint32_t i = 0; i < chunk.count; ++i) {
    const char* from = received.data() + 1 + i * bytes;
    ReplicationTallies& totals = results.totals[chunk.first + i];
    totals.resize(shape.intervals);
    std::memcpy(totals.data(), from, total_bytes);
    ClassTallies& classes = results.classes[chunk.first + i];
    classes.resize(shape.class_tallies);
    if (class_bytes > 0) std::memcpy(classes.data(), from + total_bytes, class_bytes);
    if (results.groups.size() < results.totals.size()) results.groups.resize(results.totals.size());
    GroupTallies& groups = results.groups[chunk.first + i];
    groups.resize(shape.group_tallies);
    if (shape.group_tallies > 0)
      std::memcpy(groups.data(), from + total_bytes + class_bytes, shape.group_tallies * sizeof(GroupTally));
  }
}

namespace {

void close_other_fds(int keep) {
  if (keep < 3) return;  // never stdio
  const auto k = static_cast<unsigned>(keep);
  if ((k == 3 || ::close_range(3, k - 1, 0) == 0) && ::close_range(k + 1, ~0U, 0) == 0) return;
  // A kernel without close_range (before 5.9): one by one.
  const long open_max = std::min(::sysconf(_SC_OPEN_MAX), 65536L);
  for (int fd = 3; fd < open_max; ++fd)
    if (fd != keep) ::close(fd);
}

}  // namespace

Child start_child(const std::string& what, const std::function<void(int)>& body) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  const int pid = fork_bound_to_parent();
  if (pid < 0) throw std::runtime_error("cannot start " + what + ": " + std::strerror(errno));
  if (pid == 0) {
    ::close(fds[0]);
    close_other_fds(fds[1]);
    body(fds[1]);
    _exit(1);  // (the body ends the process itself)
  }
  ::close(fds[1]);
  return Child{pid, fds[0]};
}

std::string read_to_end(int fd) {
  std::string out;
  while (read_into(fd, out, 1 << 16)) {}
  return out;
}

}  // namespace ccsim::wire
