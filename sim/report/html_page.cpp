#include "ccsim/report/html_page.hpp"

#include <cmath>

#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim {
namespace {

// Printable, projectable, no external resources: system fonts, inline SVG.
constexpr const char* style = R"(
body { font-family: system-ui, "DejaVu Sans", sans-serif; color: #222; margin: 0 auto; max-width: 1000px;
       padding: 1.5em; line-height: 1.4; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; }
.provenance { color: #555; } code { background: #f3f3f3; padding: 0 0.3em; word-break: break-all; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
table.intervals td, td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.miss, td.miss { background: #fde2e1; } .bad { color: #b00000; font-weight: bold; }
td .ci { display: block; color: #666; font-size: 0.85em; white-space: nowrap; }
figure { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: #444; font-size: 0.9em; margin-top: 0.2em; }
svg.chart { width: 100%; height: auto; display: block; border: 1px solid #eee; }
.verdict { font-size: 1.05em; }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { break-after: avoid; }
               tr { break-inside: avoid; } svg.chart { border: none; } }
)";

}  // namespace

std::string html_page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
         html_escape(title) + "</title><style>" + style + "</style></head><body>" + body + "</body></html>\n";
}

ChartAxis interval_time_axis(const Scenario& s, double from, double to) {
  ChartAxis axis;
  axis.title = s.clock.start_of_day_s ? "time of day" : "elapsed time (h:mm)";
  if (!(to > from)) return axis;
  axis.min = chart_hours(from), axis.max = chart_hours(to);
  const double base = s.clock.start_of_day_s.value_or(0);
  double step = 900;
  for (const double candidate : {900.0, 1800.0, 3600.0, 7200.0, 10800.0, 14400.0, 21600.0, 43200.0, 86400.0}) {
    step = candidate;
    if ((to - from) / step <= 14) break;
  }
  while ((to - from) / step > 14) step *= 2;
  for (double t = std::ceil((base + from) / step - 1e-9) * step - base; t <= to + 1e-6; t += step)
    axis.ticks.push_back({chart_hours(t), clock_label(s, t)});
  return axis;
}

}  // namespace ccsim
