#include "ccsim/engine/plan_run.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

#include "paused_worlds.hpp"
#include "tally_wire.hpp"

namespace ccsim {
namespace {

// A command to a worker; `counts` ints follow (each group's agents per
// interval, group after group) when it restaffs.
struct Command {
  char op;
  double from_s;
  double until_s;
  std::uint32_t counts;
};
constexpr char advance_op = 'A', restaff_op = 'R', branch_op = 'B', extend_op = 'X', drop_op = 'D', finish_op = 'F';
constexpr char ack_status = 'A';
constexpr int dropped_exit = 7;  // a branch's exit code when dropped
constexpr int broken_exit = 8;   // a worker's when its branch did not end by a drop

// Every pipe end the main process holds for open plan runs: a worker forked
// later closes them, so each run's processes see the end of file when that run
// closes its pipes, whatever other runs are open.
std::vector<int>& open_pipe_ends() {
  static std::vector<int> ends;
  return ends;
}
void forget(int fd) {
  auto& ends = open_pipe_ends();
  ends.erase(std::remove(ends.begin(), ends.end(), fd), ends.end());
  ::close(fd);
}

// The exit code of a process that exited, else -1.
int wait_for(pid_t pid) {
  const int status = wire::reap(pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// ---- worker side -------------------------------------------------------------

// Reads one command; the counts it carries go into `staffed`. False at the end of the run.
bool read_command(int fd, Command& c, Scenario& staffed) {
  if (!wire::read_exactly(fd, &c, sizeof c)) return false;
  if (c.counts == 0) return true;
  std::vector<int> counts(c.counts);
  if (!wire::read_exactly(fd, counts.data(), counts.size() * sizeof(int))) return false;
  auto next = counts.begin();
  for (StaffGroup& g : staffed.staff) {
    if (static_cast<std::size_t>(counts.end() - next) < g.count.size()) return false;
    std::copy(next, next + static_cast<std::ptrdiff_t>(g.count.size()), g.count.begin());
    next += static_cast<std::ptrdiff_t>(g.count.size());
  }
  return true;
}

// Runs up to `until_s` (infinity: to the end) and sends the tallies.
void run_and_report(engine::PausedWorlds& worlds, double until_s, int out, ReplicationChunk chunk) {
  if (std::isinf(until_s))
    worlds.run_to_end();
  else
    worlds.run_until(until_s);
  wire::send_outcome(out, chunk.first, [&] { return worlds.results(); });
}

void ack(int out) { wire::write_all(out, &ack_status, 1); }

// The worlds are never torn down: a worker ends with _exit, at the end of
// the run or when its command pipe closes (actors may still be waiting then).
[[noreturn]] void serve(const Scenario& scenario, ReplicationChunk chunk, int in, int out) {
  Scenario staffed = scenario;
  try {
    auto& worlds = *new engine::PausedWorlds(scenario, chunk.first, chunk.count);
    for (;;) {
      Command c{};
      if (!read_command(in, c, staffed)) _exit(0);
      switch (c.op) {
      case advance_op:
        worlds.run_until(c.until_s);
        ack(out);
        break;
      case restaff_op:
        worlds.restaff_from(c.from_s, staffed);
        ack(out);
        break;
      case branch_op: {
        const pid_t pid = wire::fork_bound_to_parent();
        if (pid < 0) throw std::runtime_error(std::string("cannot fork a trial: ") + std::strerror(errno));
        if (pid == 0) {  // the branch: answers until it is dropped
          worlds.restaff_from(c.from_s, staffed);
          run_and_report(worlds, c.until_s, out, chunk);
          break;
        }
        // Only a dropped branch lets this run go on (the ack answers the
        // drop); one that died or failed leaves the main process an end of
        // file instead of a reply it does not expect.
        if (wait_for(pid) != dropped_exit) _exit(broken_exit);
        ack(out);
        break;
      }
      case extend_op: run_and_report(worlds, c.until_s, out, chunk); break;
      case drop_op: _exit(dropped_exit);
      case finish_op: run_and_report(worlds, std::numeric_limits<double>::infinity(), out, chunk); _exit(0);
      default: throw std::logic_error("unknown command to a plan run");
      }
    }
  } catch (const std::exception& e) {
    wire::send_failure(out, chunk.first, e.what());
  } catch (...) {
    wire::send_failure(out, chunk.first, "unknown failure");
  }
  _exit(0);
}

// A worker that died must not take this process with it at the next command:
// SIGPIPE is ignored while any plan run is open (the failed write is reported).
struct IgnoredSigpipe {
  int open_runs = 0;
  void (*before)(int) = SIG_DFL;
  void acquire() {
    if (open_runs++ == 0) before = ::signal(SIGPIPE, SIG_IGN);
  }
  void release() {
    if (--open_runs == 0) ::signal(SIGPIPE, before);
  }
} ignored_sigpipe;

}  // namespace

// ---- parent side -------------------------------------------------------------

bool PlanRun::supports(const Scenario& scenario) {
  if (scenario.floor.kind != FloorKind::call_center) return false;
  for (const StaffGroup& g : scenario.staff)
    if (!g.shifts.empty()) return false;
  return true;
}

PlanRun::PlanRun(const Scenario& plan, const RunOptions& options)
    : scenario_(plan),
      jobs_(options.jobs > 0 ? options.jobs : default_jobs()) {
  if (!supports(plan)) throw std::logic_error("a plan run needs a call center staffed by per-interval counts");
  ignored_sigpipe.acquire();
  std::fflush(nullptr);
  try {
    // A plan run reports only when asked, so its chunks need no cap on work:
    // fewer workers, fewer copies forked per branch.
    for (const ReplicationChunk& chunk : plan_chunks(plan, plan.replications, jobs_)) {
      int commands[2], results[2];
      if (::pipe(commands) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
      if (::pipe(results) != 0) {
        ::close(commands[0]);
        ::close(commands[1]);
        throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
      }
      const pid_t pid = wire::fork_bound_to_parent();
      if (pid == 0) {
        ::close(commands[1]);
        ::close(results[0]);
        for (int fd : open_pipe_ends()) ::close(fd);  // only the main process talks to the others
        serve(plan, chunk, commands[0], results[1]);
      }
      ::close(commands[0]);
      ::close(results[1]);
      if (pid < 0) {
        ::close(commands[1]);
        ::close(results[0]);
        throw std::runtime_error(std::string("cannot start a worker process: ") + std::strerror(errno));
      }
      workers_.push_back(Worker{pid, commands[1], results[0], chunk});
      open_pipe_ends().push_back(commands[1]);
      open_pipe_ends().push_back(results[0]);
    }
  } catch (...) {
    stop();
    ignored_sigpipe.release();
    throw;
  }
}

PlanRun::~PlanRun() {
  stop();
  ignored_sigpipe.release();
}

void PlanRun::stop() {
  // Closing both pipes ends every worker and branch: one waiting for a command
  // reads the end of file, one at work fails to write its reply, and a worker
  // ends once its branch has (so no branch is left behind unreaped).
  for (Worker& w : workers_) {
    forget(w.commands);
    forget(w.results);
  }
  for (Worker& w : workers_) wait_for(w.pid);
  workers_.clear();
}

RunTallies PlanRun::send_to_all(char op, double from_s, double until_s, const Scenario* staffed, Reply reply) {
  if (workers_.empty()) throw std::logic_error("the plan run is over");
  try {
    return exchange(op, from_s, until_s, staffed, reply);
  } catch (...) {
    stop();  // some workers may have taken the command, others not: the run is over
    throw;
  }
}

RunTallies PlanRun::exchange(char op, double from_s, double until_s, const Scenario* staffed, Reply reply) {
  Command c;
  std::memset(&c, 0, sizeof c);  // padding too: the bytes go through a pipe
  c.op = op;
  c.from_s = from_s;
  c.until_s = until_s;
  std::vector<int> counts;
  if (staffed)
    for (const StaffGroup& g : staffed->staff) counts.insert(counts.end(), g.count.begin(), g.count.end());
  c.counts = static_cast<std::uint32_t>(counts.size());
  std::string bytes(reinterpret_cast<const char*>(&c), sizeof c);
  bytes.append(reinterpret_cast<const char*>(counts.data()), counts.size() * sizeof(int));
  const auto send = [&bytes](const Worker& w) {
    if (!wire::write_exactly(w.commands, bytes.data(), bytes.size()))
      throw std::runtime_error(wire::replications_named(w.chunk) + " stopped unexpectedly");
  };
  const wire::Shape shape = wire::shape_of(scenario_);  // two products: no need to keep it
  const auto total = static_cast<std::size_t>(scenario_.replications);
  RunTallies results{std::vector<ReplicationTallies>(total), std::vector<ClassTallies>(total)};
  // `jobs_` workers at work at once: the next one starts as the oldest answers.
  std::size_t sent = 0;
  for (std::size_t k = 0; k < workers_.size(); ++k) {
    while (sent < workers_.size() && sent < k + static_cast<std::size_t>(jobs_)) send(workers_[sent++]);
    const Worker& w = workers_[k];
    const std::string message = wire::receive(w.results, w.chunk, shape);
    if (reply == Reply::ack && message.size() == 1 && message[0] == ack_status) continue;
    // Tallies, a failure, or a reply out of turn (unpack refuses all but tallies).
    wire::unpack(message, w.chunk, shape, results);
    if (reply == Reply::ack) throw std::runtime_error(wire::replications_named(w.chunk) + " answered out of turn");
  }
  return results;
}

// The plan's workers read commands again once the open branch is gone.
void PlanRun::advance_to(double t_s) {
  drop_branch();
  send_to_all(advance_op, 0, t_s, nullptr, Reply::ack);
}

void PlanRun::restaff(const Scenario& staffed, double from_s) {
  drop_branch();
  send_to_all(restaff_op, from_s, 0, &staffed, Reply::ack);
}

RunTallies PlanRun::branch(const Scenario& trial, double from_s, double until_s) {
  drop_branch();
  branch_open_ = true;
  return send_to_all(branch_op, from_s, until_s, &trial, Reply::tallies);
}

RunTallies PlanRun::extend_branch(double until_s) {
  if (!branch_open_) throw std::logic_error("no branch to extend");
  return send_to_all(extend_op, 0, until_s, nullptr, Reply::tallies);
}

void PlanRun::drop_branch() {
  if (!branch_open_) return;
  branch_open_ = false;
  send_to_all(drop_op, 0, 0, nullptr, Reply::ack);
}

RunTallies PlanRun::finish() {
  drop_branch();
  RunTallies results = send_to_all(finish_op, 0, 0, nullptr, Reply::tallies);
  stop();
  return results;
}

}  // namespace ccsim
