#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/overload_warning.hpp"

#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/run_outputs.hpp"
#include "class_text.hpp"
#include "group_text.hpp"
#include "floor_text.hpp"
#include "html_charts.hpp"
#include "target_verdict.hpp"

namespace ccsim {
namespace {

// Which targets an interval (or the day) misses, judged on the mean: " < SL AB".
std::string misses(const Scenario& s, const KpiEstimates& k) {
  const std::string labels = html::missed_targets(s, k, {}, Judged::interval);
  return labels.empty() ? labels : " < " + labels;
}

void print_intervals(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  out << fmt::format("{:<5} {:>8} {:>6} {:>7} {:>6} {:>6} {:>5} {:>6} {:>5} {:>6}\n", "time", "offered", "agents", "SL",
                     "aband", "ASA s", "occ", "queue", "max", "at end");
  for (const IntervalSummary& i : summary.intervals) {
    const KpiEstimates& k = i.kpis;
    out << fmt::format("{:<5} {:>8} {:>6} {:>7} {:>6} {:>6} {:>5} {:>6} {:>5} {:>6}{}\n", clock_label(s, i.start_s),
                       mean_text(k[Kpi::offered], plain(1)), mean_text(k[Kpi::agents], plain(1)),
                       mean_text(k[Kpi::service_level], percent()), mean_text(k[Kpi::abandon_rate], percent()),
                       mean_text(k[Kpi::asa_s], plain(0)), mean_text(k[Kpi::occupancy], percent()),
                       mean_text(k[Kpi::mean_queue], plain(2)), mean_text(k[Kpi::max_queue], plain(1)),
                       mean_text(k[Kpi::queue_at_end], plain(1)), misses(s, k));
  }
}

// Redials and repeat calls, and what became of each caller: only when the
// scenario lets callers call again (the table stays as it was otherwise).
template <class Line>
void print_caller_lines(std::ostream&, const Scenario& s, const KpiEstimates& k, Line line) {
  bool redials = s.rushing && s.rushing->repeat > 0;
  for (const Demand& d : s.demand) redials = redials || d.redial;
  if (!redials) return;
  line("fresh calls", with_ci(k[Kpi::fresh], plain(1)), "first calls; offered = fresh + redials + repeats");
  line("redials", with_ci(k[Kpi::redials], plain(1)), "calls again after a busy signal or abandoning");
  if (s.rushing && s.rushing->repeat > 0)
    line("repeat calls", with_ci(k[Kpi::repeats], plain(1)), "calls back after a rushed call");
  line("callers served", with_ci(k[Kpi::callers_answered], plain(1)), "answered at some attempt");
  line("gave up", with_ci(k[Kpi::callers_abandoned], plain(1)), "abandoned for good");
  line("busy for good", with_ci(k[Kpi::callers_blocked], plain(1)), "last attempt got a busy signal");
  line("unresolved", with_ci(k[Kpi::callers_unresolved], plain(1)), "would redial after the close");
}

}  // namespace

void print_run_table(std::ostream& out, const Scenario& s, const RunSummary& summary, bool show_intervals) {
  if (s.floor.kind != FloorKind::call_center) return print_floor_table(out, s, summary, show_intervals);
  const double T = s.service_level_threshold_s();
  out << fmt::format("{} — {}, seed {}\n", s.name, counted(summary.replications, "replication"), s.seed);
  if (show_intervals) {
    out << '\n';
    print_intervals(out, s, summary);
    out << fmt::format(
        "(means over replications; SL = answered within {:g} s / offered; \"<\" marks a missed target)\n", T);
  }
  const KpiEstimates& k = summary.overall;
  const std::string from = summary.intervals.empty() ? "" : clock_label(s, summary.intervals.front().start_s);
  const std::string to = summary.intervals.empty() ? "" : clock_label(s, summary.intervals.back().end_s);
  out << fmt::format("\nDay {}–{} (mean ± 95% CI half-width)\n", from, to);
  const auto line = [&](const char* label, const std::string& value, const std::string& note) {
    out << fmt::format("  {:<16} {:<22} {}\n", label, value, note);
  };
  line("offered", with_ci(k[Kpi::offered], plain(1)), "calls");
  line("answered", with_ci(k[Kpi::answered], plain(1)), "");
  line("abandoned", with_ci(k[Kpi::abandoned], plain(1)), "");
  line("blocked", with_ci(k[Kpi::blocked], plain(1)), "busy signal or full queue");
  // "; daily target <= 5% met for the day": one target's note, `shown` its bound as written.
  const auto target = [&](Kpi kpi, double bound, bool at_least, bool daily, const std::string& shown) {
    return fmt::format("; {}target {} {}{}", daily ? "daily " : "", at_least ? ">=" : "<=", shown,
                       target_verdict(k[kpi].mean, means_of(summary.intervals, kpi), bound, at_least, daily));
  };
  const Targets& t = s.targets;
  std::string sl_note = fmt::format("answered within {:g} s / offered", T);
  if (t.service_level)
    sl_note += target(Kpi::service_level, t.service_level->at_least, true, t.daily.service_level,
                      fmt::format("{:g}%", 100 * t.service_level->at_least));
  line("service level", with_ci(k[Kpi::service_level], percent(1)), sl_note);
  std::string ab_note = "abandoned / offered";
  if (t.abandonment_at_most)
    ab_note += target(Kpi::abandon_rate, *t.abandonment_at_most, false, t.daily.abandonment,
                      fmt::format("{:g}%", 100 * *t.abandonment_at_most));
  line("abandonment", with_ci(k[Kpi::abandon_rate], percent(2)), ab_note);
  line("P(wait)", with_ci(k[Kpi::p_wait], percent(1)), "admitted callers who found no free agent");
  std::string asa_note = "mean wait of answered calls";
  if (t.asa_at_most_s)
    asa_note += target(Kpi::asa_s, *t.asa_at_most_s, false, t.daily.asa, fmt::format("{:g} s", *t.asa_at_most_s));
  line("ASA", with_ci(k[Kpi::asa_s], seconds(1)), asa_note);
  line("mean wait", with_ci(k[Kpi::mean_wait_s], seconds(1)), "all admitted callers");
  line("mean queue", with_ci(k[Kpi::mean_queue], plain(2)), "callers waiting, time average");
  std::string occ_note = "busy / staffed agent-time (incl. wrap-up)";
  if (t.occupancy_at_most)
    occ_note += target(Kpi::occupancy, *t.occupancy_at_most, false, t.daily.occupancy,
                       fmt::format("{:g}%", 100 * *t.occupancy_at_most));
  line("occupancy", with_ci(k[Kpi::occupancy], percent(1)), occ_note);
  print_caller_lines(out, s, k, line);
  print_class_table(out, s, summary);
  print_group_table(out, summary);
  print_overload_warning(out, s, summary);
}

}  // namespace ccsim
