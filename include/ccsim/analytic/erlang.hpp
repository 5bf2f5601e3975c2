#pragma once
// Exact stationary results for Markovian call centers: Erlang B (M/M/n/n),
// Erlang C (M/M/n), Erlang A (M/M/n+M) and M/M/n/K, with or without abandonment.
// Plain C++, no SimGrid: the yardstick the simulator is validated against.
#include <optional>

namespace ccsim::analytic {

/// A stationary Markovian queue: Poisson arrivals, exponential service and
/// (optionally) exponential patience, FIFO, `agents` identical servers.
struct MarkovQueue {
  double arrival_rate_per_s = 0;          ///< lambda > 0
  double mean_service_s = 0;              ///< 1/mu > 0
  int agents = 1;                         ///< n >= 1
  std::optional<double> mean_patience_s;  ///< 1/theta > 0; absent: nobody abandons
  std::optional<int> lines;               ///< K >= n: callers in the system at most (busy signal beyond)
  double answer_within_s = 20;            ///< T for the service level, >= 0
};

/// Metrics with the same meanings as ccsim's summary.json (all per offered call
/// unless said otherwise).
struct QueueMetrics {
  double blocking = 0;       ///< P(an arrival finds all lines busy)
  double p_wait = 0;         ///< P(an admitted caller finds no free agent)
  double service_level = 0;  ///< P(answered within T) over all offered calls
  double asa_s = 0;          ///< mean wait of answered calls
  double mean_wait_s = 0;    ///< mean wait of admitted calls (abandoners until they leave)
  double abandon_rate = 0;   ///< abandoned / offered
  double occupancy = 0;      ///< mean busy agents / agents
  double mean_queue = 0;     ///< time-average number waiting
};

/// Erlang B blocking probability for n servers and offered load a erlangs
/// (stable recursion; n up to many thousands).
double erlang_b(int n, double a);

/// Erlang C probability of waiting; requires a < n.
double erlang_c(int n, double a);

/// Solves the queue exactly. With no patience and no lines the queue must be
/// stable (a < n), else std::invalid_argument. Handles every combination:
/// lines == agents is Erlang B, no patience and no lines is Erlang C, patience
/// is Erlang A (with lines: M/M/n/K+M). Numerically stable to 2000+ agents.
QueueMetrics solve(const MarkovQueue& q);

}  // namespace ccsim::analytic
