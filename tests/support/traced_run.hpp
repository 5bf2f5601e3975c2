#pragma once
// Runs one traced restaurant replication in a forked child process (SimGrid
// allows one engine per process), so several such runs fit in one test binary.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>
#include <vector>

#include "ccsim/engine/restaurant_trace.hpp"

namespace ccsim::test {

struct TracedRun {
  ReplicationTallies tallies;
  std::vector<SeatingEvent> trace;
};

namespace traced_detail {
template <class T>
void put(std::FILE* f, const T& v) {
  std::fwrite(&v, sizeof v, 1, f);
}
template <class T>
T get(std::FILE* f) {
  T v{};
  if (std::fread(&v, sizeof v, 1, f) != 1) throw std::runtime_error("traced run: short read from the child");
  return v;
}
}  // namespace traced_detail

inline TracedRun run_traced(const Scenario& scenario, std::uint32_t replication = 0) {
  using namespace traced_detail;
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("traced run: no pipe");
  std::fflush(nullptr);  // or the child would print the parent's buffered output again
  const pid_t pid = ::fork();
  if (pid == 0) {  // child: simulate, send everything, leave without running the parent's destructors
    ::close(fds[0]);
    std::FILE* out = ::fdopen(fds[1], "w");
    std::vector<SeatingEvent> trace;
    ReplicationTallies t;
    try {
      t = simulate_restaurant_traced(scenario, replication, trace);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "traced run: %s\n", e.what());
      ::_exit(1);
    }
    put(out, t.size());
    for (const IntervalTally& x : t) put(out, x);
    put(out, trace.size());
    for (const SeatingEvent& e : trace) {
      put(out, e.t_s), put(out, e.party), put(out, e.size), put(out, e.seated), put(out, e.tables.size());
      for (int table : e.tables) put(out, table);
    }
    std::fflush(out);
    ::_exit(0);
  }
  ::close(fds[1]);
  std::FILE* in = ::fdopen(fds[0], "r");
  TracedRun run;
  run.tallies.resize(get<std::size_t>(in));
  for (IntervalTally& x : run.tallies) x = get<IntervalTally>(in);
  run.trace.resize(get<std::size_t>(in));
  for (SeatingEvent& e : run.trace) {
    e.t_s = get<double>(in), e.party = get<std::uint64_t>(in), e.size = get<int>(in), e.seated = get<bool>(in);
    e.tables.resize(get<std::size_t>(in));
    for (int& table : e.tables) table = get<int>(in);
  }
  std::fclose(in);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("traced run: the child failed");
  return run;
}

}  // namespace ccsim::test
