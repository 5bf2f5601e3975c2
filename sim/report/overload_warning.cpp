#include "ccsim/report/overload_warning.hpp"

#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/wrapped_text.hpp"
#include "ccsim/scenario/floor.hpp"

namespace ccsim {

std::optional<OverloadWarning> overload_warning(const Scenario& s, const RunSummary& summary) {
  if (summary.intervals.empty()) return std::nullopt;
  const IntervalSummary& last = summary.intervals.back();
  const double at_close = last.kpis[Kpi::queue_at_end].mean;
  if (!(at_close >= 1)) return std::nullopt;  // nobody left waiting
  // The work still waiting at the close, in seconds of the servers left: the
  // mean holding time over the day's forecast (load-seconds per arrival).
  double load_s = 0, arrivals = 0;
  for (const IntervalSummary& in : summary.intervals) {
    const auto i = static_cast<std::size_t>(in.index);
    load_s += forecast_load_erl(s, i) * (in.end_s - in.start_s);
    for (const Demand& d : s.demand)
      if (i < d.rate_per_s.size()) arrivals += d.rate_per_s[i] * (in.end_s - in.start_s);
  }
  const double holding_s = arrivals > 0 ? load_s / arrivals : 0;
  const double servers = last.kpis[Kpi::agents].mean;
  const double drain_s = servers > 0 ? at_close * holding_s / servers : INFINITY;
  // A queue the servers clear within an interval is an ordinary busy close.
  if (!(drain_s > s.clock.interval_s)) return std::nullopt;
  OverloadWarning w;
  w.drain_s = drain_s;
  w.queue_at_close = at_close;
  w.queue_at_start = summary.intervals.front().kpis[Kpi::queue_at_end].mean;
  // The spans of consecutive intervals whose forecast load reached the servers staffed.
  std::size_t span_start = 0;
  bool in_span = false;
  for (std::size_t i = 0; i <= summary.intervals.size(); ++i) {
    bool over = false;
    if (i < summary.intervals.size()) {
      const IntervalSummary& in = summary.intervals[i];
      const double load = forecast_load_erl(s, static_cast<std::size_t>(in.index));
      const double servers = in.kpis[Kpi::agents].mean;
      over = load > 0 && load >= servers;
      if (over && load > w.peak_load_erl) w.peak_load_erl = load, w.servers_at_peak = servers;
    }
    if (over && !in_span) span_start = i, in_span = true;
    if (!over && in_span) {
      w.over_capacity.push_back(clock_label(s, summary.intervals[span_start].start_s) + "–" +
                                clock_label(s, summary.intervals[i - 1].end_s));
      in_span = false;
    }
  }
  std::string spans;
  for (const std::string& span : w.over_capacity) spans += (spans.empty() ? "" : ", ") + span;
  const std::string cause =
      spans.empty() ? "the servers on duty did not keep up"
                    : fmt::format("demand reached or passed capacity in {} (forecast load up to {:.1f} erlangs on "
                                  "{:.1f} servers)",
                                  spans, w.peak_load_erl, w.servers_at_peak);
  const std::string after = s.floor.kind == FloorKind::call_center
                                ? "Agents still on duty serve them after the close, and their waits count; callers "
                                  "of a class no agent on duty serves are counted as abandoned at the close."
                                : "Those still inside are served after the close, and their waits count.";
  const std::string work = std::isfinite(drain_s) ? fmt::format("about {:.1f} h of work for the {:.1f} servers still "
                                                                "on duty",
                                                                drain_s / 3600, servers)
                                                  : "no server is on duty to take them";
  w.message =
      fmt::format("the day does not settle: {}; the queue grew from {:.1f} to {:.1f} waiting at the close ({}). {}",
                  cause, w.queue_at_start, w.queue_at_close, work, after);
  return w;
}

void print_overload_warning(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  if (const auto w = overload_warning(s, summary)) {
    out << '\n';
    print_wrapped(out, "WARNING: " + w->message, 2);
  }
}

}  // namespace ccsim
