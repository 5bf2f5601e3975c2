#pragma once
// What every HTML page of ccsim shares: the page shell with its printable,
// projectable style (system fonts, no external resources), and the time axis
// of per-interval charts.
#include <string>

#include "ccsim/report/svg_chart.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// A whole self-contained page: doctype, the shared style, `title`, then `body`
/// (already HTML; the title is escaped here).
std::string html_page(const std::string& title, const std::string& body);

/// The x axis of per-interval charts over [from_s, to_s): elapsed hours since
/// the scenario's start, ticks on round times of day (at most ~14).
ChartAxis interval_time_axis(const Scenario& scenario, double from_s, double to_s);

/// Hours since the scenario's start: the x value of a time on interval charts.
inline double chart_hours(double t_s) { return t_s / 3600; }

}  // namespace ccsim
