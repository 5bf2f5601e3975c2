#pragma once
// What the live room reads from a scenario and its runs: the levers the page
// offers, the size of a request, and the pairing of "before" and now.
#include <nlohmann/json.hpp>

#include "ccsim/scenario/scenario.hpp"
#include "render_run.hpp"

namespace ccsim::cli {

/// The page's levers: each group (per-interval counts or a shift roster) with
/// its --set key and how many it may take away; each class with the keys of
/// its volume, handling time and patience means (null where no single mean).
nlohmann::json levers_of(const Scenario& scenario);

/// A day's forecast customers, every class together.
double forecast_customers(const Scenario& scenario);

/// Per KPI of the day: before, now, and now - before estimated replication by
/// replication with its 95% CI (the same seed: the same callers). Throws
/// ScenarioError when the two runs cannot be paired.
nlohmann::json paired_day(const RenderedRun& before, const RenderedRun& now);

}  // namespace ccsim::cli
