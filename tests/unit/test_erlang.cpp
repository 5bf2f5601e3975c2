// Exact queue formulas (analytic/erlang.hpp) against textbook values, direct
// formulas computed here with lgamma, and an independent brute-force solution:
// the stationary law by Gaussian elimination on the generator, and every
// waiting-time metric by integrating the tagged caller's absorbing chain (RK4).
#include <cmath>
#include <optional>
#include <stdexcept>
#include <vector>

#include <catch2/catch.hpp>

#include "ccsim/analytic/erlang.hpp"
#include "ccsim/analytic/priority_waits.hpp"

using ccsim::analytic::erlang_b;
using ccsim::analytic::erlang_c;
using ccsim::analytic::MarkovQueue;
using ccsim::analytic::QueueMetrics;
using ccsim::analytic::solve;

namespace {

using Vec = std::vector<double>;

double log_sum_exp(const Vec& v) {
  double top = -INFINITY;
  for (double x : v) top = std::max(top, x);
  double s = 0;
  for (double x : v) s += std::exp(x - top);
  return top + std::log(s);
}

/// B = (a^n/n!) / sum_{k<=n} a^k/k!, straight from the definition.
double erlang_b_direct(int n, double a) {
  Vec terms;
  for (int k = 0; k <= n; ++k) terms.push_back(k * std::log(a) - std::lgamma(k + 1.0));
  return std::exp(terms.back() - log_sum_exp(terms));
}

/// C = (a^n/n! n/(n-a)) / (sum_{k<n} a^k/k! + a^n/n! n/(n-a)).
double erlang_c_direct(int n, double a) {
  Vec terms;
  for (int k = 0; k < n; ++k) terms.push_back(k * std::log(a) - std::lgamma(k + 1.0));
  terms.push_back(n * std::log(a) - std::lgamma(n + 1.0) + std::log(n / (n - a)));
  return std::exp(terms.back() - log_sum_exp(terms));
}

MarkovQueue queue(double erlangs, double aht_s, int agents, std::optional<double> patience_s = std::nullopt,
                  std::optional<int> lines = std::nullopt, double within_s = 20) {
  return MarkovQueue{erlangs / aht_s, aht_s, agents, patience_s, lines, within_s};
}

/// Stationary law of M/M/n/K(+M): solves pi Q = 0, sum pi = 1 by Gaussian
/// elimination with partial pivoting on the dense generator.
Vec stationary_by_elimination(const MarkovQueue& q) {
  const int size = *q.lines + 1, n = q.agents;
  const double mu = 1 / q.mean_service_s, theta = q.mean_patience_s ? 1 / *q.mean_patience_s : 0;
  std::vector<Vec> a(size, Vec(size + 1, 0.0));  // Q transposed, right-hand side last
  for (int i = 0; i < size; ++i) {
    const double up = i + 1 < size ? q.arrival_rate_per_s : 0;
    const double down = std::min(i, n) * mu + std::max(i - n, 0) * theta;
    if (i + 1 < size) a[i + 1][i] += up;
    if (i > 0) a[i - 1][i] += down;
    a[i][i] -= up + down;
  }
  for (int j = 0; j <= size; ++j) a[size - 1][j] = 1;  // normalisation replaces one balance equation
  for (int col = 0; col < size; ++col) {
    int pivot = col;
    for (int r = col + 1; r < size; ++r)
      if (std::fabs(a[r][col]) > std::fabs(a[pivot][col])) pivot = r;
    std::swap(a[col], a[pivot]);
    for (int r = 0; r < size; ++r) {
      if (r == col || a[r][col] == 0) continue;
      const double f = a[r][col] / a[col][col];
      for (int j = col; j <= size; ++j) a[r][j] -= f * a[col][j];
    }
  }
  Vec pi(size);
  for (int i = 0; i < size; ++i) pi[i] = a[i][size] / a[i][i];
  return pi;
}

/// The tagged callers' chain: y = mass at positions 0..m-1 (position j has j
/// waiting ahead), then answered, abandoned, integral of waiting mass, and
/// integral of t dAnswered.
struct TaggedOde {
  double n_mu, theta;
  std::size_t m;
  Vec operator()(double t, const Vec& y) const {
    Vec d(y.size(), 0.0);
    for (std::size_t j = 0; j < m; ++j) {
      d[j] -= (n_mu + (j + 1) * theta) * y[j];           // moves up, or abandons
      if (j > 0) d[j - 1] += (n_mu + j * theta) * y[j];  // someone ahead leaves
      d[m + 1] += theta * y[j];
      d[m + 2] += y[j];
    }
    d[m] = n_mu * y[0];
    d[m + 3] = t * n_mu * y[0];
    return d;
  }
};

void rk4_step(const TaggedOde& f, double t, double h, Vec& y) {
  auto axpy = [](const Vec& y0, double s, const Vec& k) {
    Vec r(y0);
    for (std::size_t i = 0; i < r.size(); ++i) r[i] += s * k[i];
    return r;
  };
  const Vec k1 = f(t, y), k2 = f(t + h / 2, axpy(y, h / 2, k1)), k3 = f(t + h / 2, axpy(y, h / 2, k2)),
            k4 = f(t + h, axpy(y, h, k3));
  for (std::size_t i = 0; i < y.size(); ++i) y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
}

/// All eight metrics by brute force; `q.lines` must be set (use many lines to
/// stand in for an unlimited queue).
QueueMetrics reference(const MarkovQueue& q) {
  const Vec pi = stationary_by_elimination(q);
  const int n = q.agents, k_max = *q.lines;
  const double mu = 1 / q.mean_service_s, theta = q.mean_patience_s ? 1 / *q.mean_patience_s : 0;
  double busy = 0, queue_len = 0, admitted = 0, free_agent = 0;
  for (int i = 0; i <= k_max; ++i) {
    busy += pi[i] * std::min(i, n);
    queue_len += pi[i] * std::max(i - n, 0);
    if (i < k_max) admitted += pi[i];
    if (i < k_max && i < n) free_agent += pi[i];
  }
  const std::size_t m = static_cast<std::size_t>(k_max - n);
  const TaggedOde f{n * mu, theta, m};
  Vec y(m + 4, 0.0);
  for (std::size_t k = 0; k < m; ++k) y[k] = pi[n + k];  // arrivals seeing n + k callers (PASTA)
  const double fastest = n * mu + (m + 1) * theta;
  const int steps_to_t = static_cast<int>(std::ceil(q.answer_within_s * fastest / 0.01));
  double t = 0, answered_by_t = 0;
  for (int s = 0; s < steps_to_t; ++s, t += q.answer_within_s / steps_to_t)
    rk4_step(f, t, q.answer_within_s / steps_to_t, y);
  answered_by_t = y[m];
  const double h = 0.01 / fastest;
  auto left = [&] {
    double s = 0;
    for (std::size_t k = 0; k < m; ++k) s += y[k];
    return s;
  };
  while (left() > 1e-17) rk4_step(f, t, h, y), t += h;

  QueueMetrics r;
  r.blocking = pi[k_max];
  r.p_wait = (admitted - free_agent) / admitted;
  r.service_level = free_agent + answered_by_t;
  r.asa_s = y[m + 3] / (free_agent + y[m]);
  r.mean_wait_s = y[m + 2] / admitted;
  r.abandon_rate = y[m + 1];
  r.occupancy = busy / n;
  r.mean_queue = queue_len;
  return r;
}

void check_close(const QueueMetrics& got, const QueueMetrics& want, double rel, double abs = 1e-12) {
#define CCSIM_CLOSE(field) CHECK(got.field == Approx(want.field).epsilon(rel).margin(abs))
  CCSIM_CLOSE(blocking);
  CCSIM_CLOSE(p_wait);
  CCSIM_CLOSE(service_level);
  CCSIM_CLOSE(asa_s);
  CCSIM_CLOSE(mean_wait_s);
  CCSIM_CLOSE(abandon_rate);
  CCSIM_CLOSE(occupancy);
  CCSIM_CLOSE(mean_queue);
#undef CCSIM_CLOSE
}

bool is_fraction(double x) { return std::isfinite(x) && x >= 0 && x <= 1; }

void check_sane(const QueueMetrics& m) {
  CHECK(is_fraction(m.blocking));
  CHECK(is_fraction(m.p_wait));
  CHECK(is_fraction(m.service_level));
  CHECK(is_fraction(m.abandon_rate));
  CHECK(is_fraction(m.occupancy));
  CHECK((std::isfinite(m.asa_s) && m.asa_s >= 0));
  CHECK((std::isfinite(m.mean_wait_s) && m.mean_wait_s >= 0));
  CHECK((std::isfinite(m.mean_queue) && m.mean_queue >= 0));
}

}  // namespace

TEST_CASE("Erlang B: textbook values", "[erlang]") {
  // Erlang B tables (e.g. Kleinrock, Queueing Systems I; any Erlang B table):
  // 10 trunks at 5 erlangs block 1.8385 %.
  CHECK(erlang_b(10, 5) == Approx(0.01838457).margin(5e-9));
  CHECK(erlang_b(1, 1) == 0.5);
  CHECK(erlang_b(0, 3) == 1);
  CHECK(erlang_b(30, 25) == Approx(0.0526).margin(5e-5));  // "about 5 %" for 30 lines at 25 erlangs
  for (const auto& [n, a] : {std::pair{10, 5.0}, {30, 25.0}, {100, 120.0}, {2000, 1950.0}, {10000, 9800.0}})
    CHECK(erlang_b(n, a) == Approx(erlang_b_direct(n, a)).epsilon(1e-10));
}

TEST_CASE("Erlang C: textbook values and the direct formula", "[erlang]") {
  // 10 agents at 8 erlangs: P(wait) = 0.4091802 (direct formula, below).
  CHECK(erlang_c(10, 8) == Approx(0.4091802).margin(5e-8));
  CHECK(erlang_c(1, 0.7) == Approx(0.7).epsilon(1e-14));  // M/M/1: P(wait) = rho
  for (const auto& [n, a] : {std::pair{10, 8.0}, {55, 48.0}, {220, 210.0}, {2000, 1950.0}})
    CHECK(erlang_c(n, a) == Approx(erlang_c_direct(n, a)).epsilon(1e-10));
  CHECK_THROWS_AS(erlang_c(10, 10), std::invalid_argument);
  CHECK_THROWS_AS(erlang_c(0, 0.5), std::invalid_argument);
  CHECK_THROWS_AS(erlang_b(-1, 1), std::invalid_argument);
}

TEST_CASE("Erlang C worked example: 100 calls per half hour, 3-minute calls, 20 s target", "[erlang]") {
  // Call Centre Helper's "Erlang C formula made simple" example: 10 erlangs;
  // with 11 agents P(wait) = 68.21 %, and 14 agents are the first to reach 80 %
  // answered within 20 s. SL = 1 - C e^{-(n-a) T/AHT}, ASA = C AHT / (n-a).
  const auto at = [](int n) { return solve(queue(10, 180, n)); };
  const QueueMetrics m11 = at(11);
  CHECK(m11.p_wait == Approx(0.6821).margin(5e-5));
  CHECK(m11.asa_s == Approx(erlang_c_direct(11, 10) * 180).epsilon(1e-10));
  CHECK(m11.service_level == Approx(1 - erlang_c_direct(11, 10) * std::exp(-20.0 / 180)).epsilon(1e-10));
  CHECK(m11.service_level == Approx(0.3896).margin(5e-5));
  CHECK(at(13).service_level < 0.8);
  CHECK(at(14).service_level >= 0.8);
  CHECK(at(14).service_level == Approx(0.8884).margin(5e-5));
  CHECK(m11.occupancy == Approx(10.0 / 11).epsilon(1e-14));
  CHECK(m11.mean_queue == Approx(erlang_c_direct(11, 10) * 10).epsilon(1e-10));  // C a / (n - a)
  CHECK(m11.blocking == 0);
  CHECK(m11.abandon_rate == 0);
}

TEST_CASE("Erlang A and M/M/n/K agree with a brute-force solution", "[erlang]") {
  SECTION("n=2, overloaded, patience, 7 lines") {
    const MarkovQueue q{2.5, 1, 2, 2.0, 7, 0.3};
    check_close(solve(q), reference(q), 1e-9);
  }
  SECTION("n=2, overloaded, patience, no lines (60 lines stand in)") {
    MarkovQueue q{2.5, 1, 2, 2.0, std::nullopt, 0.3};
    const QueueMetrics exact = solve(q);
    q.lines = 60;
    check_close(exact, reference(q), 1e-9);
  }
  SECTION("M/M/3/8 overloaded, no patience, T = 0.5 AHT") {
    const MarkovQueue q = queue(3.5, 100, 3, std::nullopt, 8, 50);
    check_close(solve(q), reference(q), 1e-9);
  }
  SECTION("Erlang C closed forms: n=3 at 80 %, T=60s (200 extra lines stand in)") {
    MarkovQueue q = queue(2.4, 180, 3, std::nullopt, std::nullopt, 60);
    const QueueMetrics exact = solve(q);
    q.lines = 203;
    check_close(exact, reference(q), 1e-9);
  }
  SECTION("Erlang A: n=38 at 36 erlangs, patience 2 min, T=20s") {
    MarkovQueue q = queue(36, 180, 38, 120.0);
    const QueueMetrics exact = solve(q);
    q.lines = 38 + 150;
    check_close(exact, reference(q), 1e-9);
  }
  SECTION("Erlang A with lines, T = 0: only callers who find a free agent count") {
    const MarkovQueue q = queue(3.5, 60, 3, 60.0, 8, 0);
    const QueueMetrics exact = solve(q);
    check_close(exact, reference(q), 1e-9);
    CHECK(exact.service_level == Approx(1 - exact.blocking - exact.p_wait * (1 - exact.blocking)).epsilon(1e-12));
  }
}

TEST_CASE("Erlang A tends to Erlang C as patience grows", "[erlang]") {
  const QueueMetrics c = solve(queue(8, 180, 10));
  double previous_gap = INFINITY;
  for (double patience : {1e4, 1e6, 1e8}) {
    const QueueMetrics a = solve(queue(8, 180, 10, patience));
    const double gap = std::fabs(a.service_level - c.service_level) + std::fabs(a.asa_s - c.asa_s) / c.asa_s;
    CHECK(gap < previous_gap / 50);
    previous_gap = gap;
  }
  const QueueMetrics a = solve(queue(8, 180, 10, 1e8));
  check_close(a, c, 1e-4, 1e-6);
  CHECK(a.abandon_rate < 1e-6);
}

TEST_CASE("Lines equal to agents is Erlang B", "[erlang]") {
  for (std::optional<double> patience : {std::optional<double>{}, std::optional<double>{60.0}}) {
    const QueueMetrics m = solve(queue(45, 240, 50, patience, 50));
    const double b = erlang_b(50, 45);
    CHECK(m.blocking == Approx(b).epsilon(1e-12));
    CHECK(m.p_wait == 0);
    CHECK(m.service_level == Approx(1 - b).epsilon(1e-12));
    CHECK(m.asa_s == 0);
    CHECK(m.mean_wait_s == 0);
    CHECK(m.abandon_rate == 0);
    CHECK(m.mean_queue == 0);
    CHECK(m.occupancy == Approx(45 * (1 - b) / 50).epsilon(1e-12));
  }
}

TEST_CASE("M/M/1/K matches its closed form", "[erlang]") {
  const int lines = 6;
  for (double rho : {0.9, 1.3}) {
    Vec pi(lines + 1);
    for (int i = 0; i <= lines; ++i) pi[i] = (1 - rho) * std::pow(rho, i) / (1 - std::pow(rho, lines + 1));
    double queue_len = 0;
    for (int i = 1; i <= lines; ++i) queue_len += (i - 1) * pi[i];
    const QueueMetrics m = solve(queue(rho, 60, 1, std::nullopt, lines));
    CHECK(m.blocking == Approx(pi[lines]).epsilon(1e-12));
    CHECK(m.occupancy == Approx(1 - pi[0]).epsilon(1e-12));
    CHECK(m.mean_queue == Approx(queue_len).epsilon(1e-12));
    CHECK(m.p_wait == Approx((1 - pi[0] - pi[lines]) / (1 - pi[lines])).epsilon(1e-12));
    CHECK(m.mean_wait_s == Approx(queue_len / (rho / 60 * (1 - pi[lines]))).epsilon(1e-12));
    CHECK(m.asa_s == Approx(m.mean_wait_s).epsilon(1e-12));  // nobody abandons
  }
}

TEST_CASE("2000 agents solve without overflow", "[erlang]") {
  const QueueMetrics c = solve(queue(1950, 180, 2000));
  check_sane(c);
  CHECK(c.p_wait == Approx(erlang_c_direct(2000, 1950)).epsilon(1e-9));
  CHECK(c.occupancy == Approx(0.975).epsilon(1e-14));
  // The birth-death chain with ample lines reproduces the closed forms.
  check_close(solve(queue(1900, 180, 2000, std::nullopt, 3000)), solve(queue(1900, 180, 2000)), 1e-9);
  for (const MarkovQueue& q : {queue(1950, 180, 2000, 300.0), queue(2100, 180, 2000, 300.0),
                               queue(2100, 180, 2000, std::nullopt, 2100), queue(1950, 180, 2000, 1e6)}) {
    const QueueMetrics m = solve(q);
    check_sane(m);
    CHECK(m.occupancy > 0.9);
    // Flow balance: offered = blocked + abandoned + answered, answered = busy agents * mu.
    CHECK(m.blocking + m.abandon_rate + m.occupancy * 2000 / (q.arrival_rate_per_s * q.mean_service_s) ==
          Approx(1).epsilon(1e-9));
  }
}

TEST_CASE("Invalid queues are refused", "[erlang]") {
  const MarkovQueue ok = queue(8, 180, 10);
  CHECK_NOTHROW(solve(ok));
  auto refused = [](const MarkovQueue& q) {
    INFO("rate " << q.arrival_rate_per_s << ", aht " << q.mean_service_s << ", agents " << q.agents);
    CHECK_THROWS_AS(solve(q), std::invalid_argument);
  };
  auto q = ok;
  q.arrival_rate_per_s = 0, refused(q);
  q = ok, q.arrival_rate_per_s = NAN, refused(q);
  q = ok, q.mean_service_s = -1, refused(q);
  q = ok, q.agents = 0, refused(q);
  q = ok, q.mean_patience_s = 0.0, refused(q);
  q = ok, q.lines = 9, refused(q);
  q = ok, q.answer_within_s = -1, refused(q);
  refused(queue(10, 180, 10));  // Erlang C at a = n is unstable
  CHECK_THROWS_WITH(solve(queue(12, 180, 10)), Catch::Contains("unstable"));
  CHECK_NOTHROW(solve(queue(12, 180, 10, 600.0)));             // abandonment stabilises it
  CHECK_NOTHROW(solve(queue(12, 180, 10, std::nullopt, 15)));  // so do lines
}

TEST_CASE("Cobham's priority waits: one level is Erlang C, and the waits conserve the FIFO mean", "[erlang]") {
  const double mu_s = 180;  // 3-min calls
  // One class: W = C(n, a) / (n mu - lambda).
  const std::vector<double> one = ccsim::analytic::priority_mean_waits({400 / 3600.0}, {1}, mu_s, 25);
  const double fifo = erlang_c(25, 20) / (25 / mu_s - 400 / 3600.0);
  CHECK(one.at(0) == Approx(fifo).epsilon(1e-12));
  // Two classes on one level are one FIFO queue.
  const std::vector<double> same = ccsim::analytic::priority_mean_waits({100 / 3600.0, 300 / 3600.0}, {1, 1}, mu_s, 25);
  CHECK(same[0] == Approx(fifo).epsilon(1e-12));
  CHECK(same[1] == Approx(fifo).epsilon(1e-12));
  // Premium first: 1.88 s and 9.41 s at 25 agents; with one service rate the
  // rate-weighted mean wait is the FIFO one (work is conserved).
  const std::vector<double> w = ccsim::analytic::priority_mean_waits({100 / 3600.0, 300 / 3600.0}, {1, 2}, mu_s, 25);
  CHECK(w[0] == Approx(1.88193).epsilon(1e-5));
  CHECK(w[1] == Approx(9.40963).epsilon(1e-5));
  CHECK((100 * w[0] + 300 * w[1]) / 400 == Approx(fifo).epsilon(1e-12));
  CHECK_THROWS_AS(ccsim::analytic::priority_mean_waits({400 / 3600.0}, {1}, mu_s, 20), std::invalid_argument);  // a = n
}
