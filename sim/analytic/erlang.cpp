#include "ccsim/analytic/erlang.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace ccsim::analytic {
namespace {

// Beyond this many states the truncated chain (patience, no lines) is refused:
// it only happens when patience is enormous compared with a heavy overload.
constexpr long max_states = 5'000'000;
// The truncated tail of the chain weighs less than this, relative to its mode.
constexpr double tail_tolerance = 1e-16;

template <typename T>
std::string str(T value) {
  std::ostringstream s;
  s.precision(std::numeric_limits<double>::max_digits10);
  s << value;
  return s.str();
}

void require(bool ok, const std::string& message) {
  if (!ok) throw std::invalid_argument(message);
}

bool positive_finite(double x) { return std::isfinite(x) && x > 0; }

void validate(const MarkovQueue& q) {
  require(positive_finite(q.arrival_rate_per_s),
          "arrival rate must be positive and finite, got " + str(q.arrival_rate_per_s) + " per s");
  require(positive_finite(q.mean_service_s),
          "mean service time must be positive and finite, got " + str(q.mean_service_s) + " s");
  require(q.agents >= 1, "agents must be at least 1, got " + str(q.agents));
  if (q.mean_patience_s)
    require(positive_finite(*q.mean_patience_s),
            "mean patience must be positive and finite, got " + str(*q.mean_patience_s) + " s");
  if (q.lines)
    require(*q.lines >= q.agents, "lines must be at least the agents (" + str(q.agents) + "), got " + str(*q.lines));
  require(std::isfinite(q.answer_within_s) && q.answer_within_s >= 0,
          "the service-level threshold must be finite and >= 0, got " + str(q.answer_within_s) + " s");
}

/// The rates of the chain, per second; theta is 0 without abandonment.
struct Rates {
  double lambda;
  double mu;
  double theta;
  int n;

  /// Departures in state i: busy agents finishing plus waiting callers leaving.
  double death(long i) const {
    return static_cast<double>(std::min<long>(i, n)) * mu + static_cast<double>(std::max<long>(i - n, 0)) * theta;
  }
};

/// Stationary distribution on 0..lines, or (no lines, theta > 0) on 0..K with
/// K where the neglected tail is below tail_tolerance. Weights are built in log
/// space so thousands of agents neither overflow nor underflow.
std::vector<double> stationary(const Rates& r, std::optional<int> lines) {
  std::vector<double> log_w{0.0};
  double log_max = 0;
  for (long i = 1; !lines || i <= *lines; ++i) {
    log_w.push_back(log_w.back() + std::log(r.lambda / r.death(i)));
    log_max = std::max(log_max, log_w.back());
    if (!lines && i > r.n) {
      // Ratios w(j+1)/w(j) only fall from here on, so the tail beyond i is at
      // most w(i) * q / (1 - q) with q the next ratio.
      const double q = r.lambda / r.death(i + 1);
      if (q < 1 && log_w.back() - log_max + std::log(q / (1 - q)) < std::log(tail_tolerance)) break;
    }
    require(i < max_states,
            "the queue needs more than " + str(max_states) +
                " states to solve exactly (too many lines, or patience far longer than the overload allows)");
  }
  std::vector<double> pi(log_w.size());
  double total = 0;
  for (std::size_t i = 0; i < pi.size(); ++i) total += pi[i] = std::exp(log_w[i] - log_max);
  for (double& p : pi) p /= total;
  return pi;
}

/// A tagged caller who arrives to find `k` callers waiting ahead (FIFO) while
/// all n agents are busy. At position j (j ahead) the caller moves up at rate
/// n mu + j theta and abandons at rate theta, so the holding time there is
/// exponential with rate r_j = n mu + (j + 1) theta whatever happens next. Hence
///   P(answered | k)       = prod_{j<=k} (n mu + j theta) / r_j = n mu / r_k,
///   E[W | answered, k]    = sum_{j<=k} 1 / r_j,
///   P(W <= T | answered)  = P(r_0-phase + ... + r_k-phase <= T).
/// With c = n mu / theta the phases have rates theta (c+1), ..., theta (c+k+1):
/// the (k+1)-th smallest of c+k+1 exponentials (Renyi), whose distribution
/// function is the regularised incomplete beta I_x(k+1, c+1), x = 1 - e^{-theta T}.
/// Without abandonment the phases all have rate n mu: a gamma distribution.
class TaggedCaller {
public:
  TaggedCaller(const Rates& r, double within_s)
      : r_(r),
        n_mu_(r.n * r.mu),
        within_s_(within_s),
        x_(r.theta > 0 ? -std::expm1(-r.theta * within_s) : 0),
        c_(r.theta > 0 ? n_mu_ / r.theta : 0) {}

  /// Moves to the next position behind (k = 0, 1, 2, ... on successive calls).
  void next() {
    ++k_;
    mean_wait_s_ += 1 / rate(k_);
  }
  double p_answered() const { return r_.theta > 0 ? n_mu_ / rate(k_) : 1.0; }
  /// E[wait | answered].
  double mean_wait_s() const { return mean_wait_s_; }
  /// P(wait <= T | answered).
  double within() const {
    const double phases = static_cast<double>(k_ + 1);
    if (r_.theta > 0) return boost::math::ibeta(phases, c_ + 1, x_);
    return boost::math::gamma_p(phases, n_mu_ * within_s_);
  }

private:
  double rate(long j) const { return n_mu_ + static_cast<double>(j + 1) * r_.theta; }

  Rates r_;
  double n_mu_;
  double within_s_;
  double x_;
  double c_;
  long k_ = -1;
  double mean_wait_s_ = 0;
};

/// All metrics from the stationary distribution (PASTA: arrivals see pi).
/// With lines the last state blocks; a truncated chain blocks nothing.
QueueMetrics chain_metrics(const Rates& r, const std::vector<double>& pi, bool has_lines, double within_s) {
  const long last = static_cast<long>(pi.size()) - 1;
  double busy = 0, queue = 0, admitted = 0, waits = 0;
  double answered = 0, answered_wait = 0, answered_in_time = 0;
  TaggedCaller caller(r, within_s);
  for (long i = 0; i <= last; ++i) {
    const double p = pi[static_cast<std::size_t>(i)];
    busy += p * static_cast<double>(std::min<long>(i, r.n));
    queue += p * static_cast<double>(std::max<long>(i - r.n, 0));
    if (has_lines && i == last) break;  // blocked arrivals
    admitted += p;
    if (i < r.n) {
      answered += p;
      answered_in_time += p;
      continue;
    }
    caller.next();
    waits += p;
    const double pa = p * caller.p_answered();
    answered += pa;
    answered_wait += pa * caller.mean_wait_s();
    if (pa > 0) answered_in_time += pa * caller.within();
  }
  QueueMetrics m;
  m.blocking = has_lines ? pi.back() : 0;
  m.p_wait = waits / admitted;
  m.service_level = answered_in_time;
  m.asa_s = answered_wait / answered;
  m.mean_wait_s = queue / (r.lambda * admitted);  // Little's law over admitted callers
  m.abandon_rate = r.theta * queue / r.lambda;    // abandonment flow / arrival flow
  m.occupancy = busy / r.n;
  m.mean_queue = queue;
  return m;
}

/// M/M/n closed forms: the wait is 0 with probability 1 - C and otherwise
/// exponential with rate n mu - lambda = (n - a) mu.
QueueMetrics erlang_c_metrics(const Rates& r, double a, double within_s) {
  const double c = erlang_c(r.n, a);
  const double gap = (r.n - a) * r.mu;
  QueueMetrics m;
  m.p_wait = c;
  m.service_level = 1 - c * std::exp(-gap * within_s);
  m.asa_s = c / gap;
  m.mean_wait_s = m.asa_s;
  m.occupancy = a / r.n;
  m.mean_queue = c * a / (r.n - a);
  return m;
}

}  // namespace

double erlang_b(int n, double a) {
  require(n >= 0, "Erlang B needs n >= 0 servers, got " + str(n));
  require(std::isfinite(a) && a >= 0, "Erlang B needs a finite load a >= 0, got " + str(a));
  double b = 1;
  for (int k = 1; k <= n; ++k) b = a * b / (k + a * b);
  return b;
}

double erlang_c(int n, double a) {
  require(n >= 1, "Erlang C needs n >= 1 servers, got " + str(n));
  require(std::isfinite(a) && a >= 0 && a < n,
          "Erlang C needs 0 <= a < n (a stable queue), got a = " + str(a) + " erlangs for n = " + str(n));
  const double b = erlang_b(n, a);
  return n * b / (n - a * (1 - b));
}

QueueMetrics solve(const MarkovQueue& q) {
  validate(q);
  const Rates r{q.arrival_rate_per_s, 1 / q.mean_service_s, q.mean_patience_s ? 1 / *q.mean_patience_s : 0, q.agents};
  if (!q.lines && !q.mean_patience_s) {
    // lambda times the mean, not lambda / mu: 10 calls per 180 s at 180 s is exactly 10 erlangs.
    const double a = q.arrival_rate_per_s * q.mean_service_s;
    require(a < q.agents, "the queue is unstable without abandonment or lines: " + str(a) + " erlangs offered to " +
                              str(q.agents) + " agents (Erlang C needs fewer erlangs than agents)");
    return erlang_c_metrics(r, a, q.answer_within_s);
  }
  return chain_metrics(r, stationary(r, q.lines), q.lines.has_value(), q.answer_within_s);
}

}  // namespace ccsim::analytic
