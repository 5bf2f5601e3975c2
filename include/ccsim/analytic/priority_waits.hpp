#pragma once
// Cobham's formula: the mean waits of priority classes in M/M/n with one
// service rate and non-preemptive priority (a call being answered is never
// interrupted). Exact under those assumptions; the yardstick the per-class
// staffing is validated against.
#include <vector>

namespace ccsim::analytic {

/// Mean wait of each class, in the order given. `rate_per_s[k]` is class k's
/// arrival rate, `priority[k]` its level (the lower number is served first;
/// classes on one level are one FIFO queue), all served at `mean_service_s`
/// by `agents`. Level j's mean wait is C(n, a) / (n mu) / ((1 - s_{j-1})
/// (1 - s_j)), s_j the load of levels 1..j over n mu. Requires a stable
/// queue (a < n), else std::invalid_argument.
std::vector<double> priority_mean_waits(const std::vector<double>& rate_per_s, const std::vector<int>& priority,
                                        double mean_service_s, int agents);

}  // namespace ccsim::analytic
