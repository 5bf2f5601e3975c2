#include "ccsim/analytic/priority_waits.hpp"

#include <stdexcept>

#include "ccsim/analytic/erlang.hpp"

namespace ccsim::analytic {

std::vector<double> priority_mean_waits(const std::vector<double>& rate_per_s, const std::vector<int>& priority,
                                        double mean_service_s, int agents) {
  if (rate_per_s.size() != priority.size() || !(mean_service_s > 0) || agents < 1)
    throw std::invalid_argument("priority_mean_waits: one priority per rate, a service time > 0 and agents >= 1");
  double total = 0;
  for (double r : rate_per_s) total += r;
  const double capacity = agents / mean_service_s;  // n mu
  const double c = erlang_c(agents, total * mean_service_s);
  std::vector<double> waits;
  for (std::size_t k = 0; k < rate_per_s.size(); ++k) {
    double before = 0, through = 0;  // the load of the levels served first, and with this one
    for (std::size_t j = 0; j < rate_per_s.size(); ++j) {
      if (priority[j] < priority[k]) before += rate_per_s[j];
      if (priority[j] <= priority[k]) through += rate_per_s[j];
    }
    waits.push_back(c / capacity / ((1 - before / capacity) * (1 - through / capacity)));
  }
  return waits;
}

}  // namespace ccsim::analytic
