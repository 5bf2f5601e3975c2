// The terminal report of a checkout or restaurant floor: the floor's words
// and its own KPIs (the call center's table is in console_table.cpp).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/overload_warning.hpp"

#include "ccsim/report/estimate_text.hpp"
#include "ccsim/scenario/floor_descriptor.hpp"
#include "floor_text.hpp"
#include "html_charts.hpp"

namespace ccsim {

using namespace std::string_literals;
namespace {

// "3" for a count that holds all day, "2 to 5" for one that changes.
std::string count_range(const std::vector<int>& counts) {
  const auto [low, high] = std::minmax_element(counts.begin(), counts.end());
  return *low == *high ? std::to_string(*low) : fmt::format("{} to {}", *low, *high);
}

std::string marks(const Scenario& s, const IntervalSummary& i) {
  const std::string missed = html::missed_targets(s, i.kpis, i.floor, Judged::interval);
  return missed.empty() ? "" : " < " + missed;
}

void print_checkout_intervals(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  out << fmt::format("{:<5} {:>7} {:>5} {:>5} {:>7} {:>6} {:>6} {:>6} {:>5} {:>5} {:>6}\n", "time", "arrived", "cash.",
                     "lanes", "SL", "walked", "wait s", "p90 s", "q/ln", "max", ">std");
  for (const IntervalSummary& i : summary.intervals) {
    const KpiEstimates& k = i.kpis;
    const auto f = [&](FloorKpi kpi) -> const Estimate& { return floor_kpi(i.floor, s.floor, kpi); };
    out << fmt::format("{:<5} {:>7} {:>5} {:>5} {:>7} {:>6} {:>6} {:>6} {:>5} {:>5} {:>6}{}\n",
                       clock_label(s, i.start_s), mean_text(k[Kpi::offered], plain(1)),
                       mean_text(f(FloorKpi::cashiers), plain(1)), mean_text(f(FloorKpi::lanes_open), plain(1)),
                       mean_text(k[Kpi::service_level], percent(1)), mean_text(k[Kpi::abandon_rate], percent(1)),
                       mean_text(k[Kpi::mean_wait_s], plain(0)), mean_text(f(FloorKpi::p90_wait_s), plain(0)),
                       mean_text(f(FloorKpi::mean_queue_per_lane), plain(1)),
                       mean_text(f(FloorKpi::max_lane_queue), plain(1)),
                       mean_text(f(FloorKpi::over_standard), percent(0)), marks(s, i));
  }
}

void print_restaurant_intervals(std::ostream& out, const Scenario& s, const RunSummary& summary) {
  // With a kitchen, its cooks and the time from sitting down to the food follow.
  const bool kitchen = s.floor.restaurant.kitchen.has_value();
  out << fmt::format("{:<5} {:>7} {:>7} {:>7} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6}", "time", "parties", "waiters", "SL",
                     "walked", "wait s", "tables", "occ", "seats", "queue");
  out << (kitchen ? fmt::format(" {:>6} {:>6}\n", "cooks", "food s") : "\n");
  for (const IntervalSummary& i : summary.intervals) {
    const KpiEstimates& k = i.kpis;
    const auto f = [&](FloorKpi kpi) -> const Estimate& { return floor_kpi(i.floor, s.floor, kpi); };
    const std::string cooks = kitchen ? fmt::format(" {:>6} {:>6}", mean_text(f(FloorKpi::cooks), plain(1)),
                                                    mean_text(f(FloorKpi::seated_to_food_s), plain(0)))
                                      : "";
    out << fmt::format("{:<5} {:>7} {:>7} {:>7} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6}{}{}\n", clock_label(s, i.start_s),
                       mean_text(k[Kpi::offered], plain(1)), mean_text(f(FloorKpi::waiters), plain(1)),
                       mean_text(k[Kpi::service_level], percent(1)), mean_text(k[Kpi::abandon_rate], percent(1)),
                       mean_text(k[Kpi::mean_wait_s], plain(0)), mean_text(f(FloorKpi::tables_occupied), plain(1)),
                       mean_text(f(FloorKpi::table_occupancy), percent(0)),
                       mean_text(f(FloorKpi::seat_occupancy), percent(0)), mean_text(k[Kpi::mean_queue], plain(1)),
                       cooks, marks(s, i));
  }
}

struct Line {
  const char* label;
  std::string value;
  std::string note;
};

std::vector<Line> day_lines(const Scenario& s, const RunSummary& summary) {
  const KpiEstimates& k = summary.overall;
  const FloorKind kind = s.floor.kind;
  const auto f = [&](FloorKpi kpi) -> const Estimate& { return floor_kpi(summary.floor_overall, s.floor, kpi); };
  const FloorDescriptor& floor = floor_descriptor(kind);
  const bool shop = kind == FloorKind::checkout;
  const double T = s.service_level_threshold_s();
  std::string sl_note = fmt::format("{} within {:g} min / arrived", floor.answered, T / 60);
  if (s.targets.service_level)
    sl_note += fmt::format("; target >= {:g}%{}", 100 * s.targets.service_level->at_least,
                           k[Kpi::service_level].mean < s.targets.service_level->at_least ? " MISSED" : " met");
  std::string ab_note = "walked away / arrived";
  if (s.targets.abandonment_at_most)
    ab_note += fmt::format("; target <= {:g}%{}", 100 * *s.targets.abandonment_at_most,
                           k[Kpi::abandon_rate].mean > *s.targets.abandonment_at_most ? " MISSED" : " met");
  std::vector<Line> lines = {
      {"offered", with_ci(k[Kpi::offered], plain(1)), floor.arrivals},
      {"answered", with_ci(k[Kpi::answered], plain(1)), floor.served},
      {"abandoned", with_ci(k[Kpi::abandoned], plain(1)), floor.walked_away},
      {"service level", with_ci(k[Kpi::service_level], percent(1)), sl_note},
      {"walk-away rate", with_ci(k[Kpi::abandon_rate], percent(2)), ab_note},
      {"mean wait", with_ci(k[Kpi::mean_wait_s], seconds(1)), floor.wait_ends},
      {"p90 wait", with_ci(f(FloorKpi::p90_wait_s), seconds(0)), "90% waited at most this (served)"},
      {"wait > 5 min", with_ci(f(FloorKpi::p_wait_over_5min), percent(1)), "share of those admitted"},
  };
  if (shop) {
    lines.push_back({"blocked", with_ci(k[Kpi::blocked], plain(1)), "found no lane open"});
    lines.push_back({"cashiers", with_ci(f(FloorKpi::cashiers), plain(1)), "on duty, time average"});
    lines.push_back({"lanes open", with_ci(f(FloorKpi::lanes_open), plain(1)), "time average"});
    // The lane targets, judged on the day's figures (the day's longest queue for the maximum).
    const std::string missed = " " + html::missed_targets(s, k, summary.floor_overall, Judged::day) + " ";
    const auto verdict = [&missed](const char* label) {
      return missed.find(" "s + label + " ") != std::string::npos ? " MISSED" : " met";
    };
    std::string lane_note = "waiting per open lane, time average", max_note = "longest single queue";
    if (const auto& at_most = s.targets.lane_queue_mean_at_most)
      lane_note += fmt::format("; target <= {:g}{}", *at_most, verdict("LQ"));
    if (const auto& below = s.targets.lane_queue_max_below)
      max_note += fmt::format("; target: fewer than {}{}", *below, verdict("MAXQ"));
    lines.push_back({"queue per lane", with_ci(f(FloorKpi::mean_queue_per_lane), plain(2)), lane_note});
    lines.push_back({"max lane queue", with_ci(f(FloorKpi::max_lane_queue), plain(1)), max_note});
    lines.push_back({"over standard", with_ci(f(FloorKpi::over_standard), percent(1)),
                     fmt::format("of the time some lane had {} or more waiting", s.floor.checkout.standard)});
    lines.push_back({"occupancy", with_ci(k[Kpi::occupancy], percent(1)), "cashiers serving / lanes open"});
    return lines;
  }
  lines.push_back({"waiters", with_ci(f(FloorKpi::waiters), plain(1)), "on duty, time average"});
  lines.push_back({"tables occupied", with_ci(f(FloorKpi::tables_occupied), plain(1)),
                   fmt::format("of {} tables, time average", s.floor.restaurant.tables.size())});
  lines.push_back({"occupancy", with_ci(f(FloorKpi::table_occupancy), percent(1)), "table occupancy"});
  lines.push_back({"seat occupancy", with_ci(f(FloorKpi::seat_occupancy), percent(1)), "guests seated / seats"});
  lines.push_back(
      {"guests lost", with_ci(f(FloorKpi::guests_walked_away), plain(1)), "guests of parties that walked away"});
  if (s.floor.restaurant.spend_per_guest)
    lines.push_back({"revenue lost", with_ci(f(FloorKpi::revenue_lost), plain(0)),
                     fmt::format("at {:g} per guest", *s.floor.restaurant.spend_per_guest)});
  if (const auto& kitchen = s.floor.restaurant.kitchen) {
    lines.push_back({"order wait", with_ci(f(FloorKpi::order_wait_s), seconds(1)),
                     fmt::format("for one of {} cooks", count_range(kitchen->cooks))});
    lines.push_back({"orders waited", with_ci(f(FloorKpi::p_order_waits), percent(1)), "found every cook busy"});
    std::string food_note = "wait for a cook + preparation";
    if (const auto& at_most = s.targets.food_wait_at_most_s) {
      const std::string missed = " " + html::missed_targets(s, k, summary.floor_overall, Judged::day) + " ";
      food_note += fmt::format("; target <= {:g} s{}", *at_most,
                               missed.find(" FOOD ") != std::string::npos ? " MISSED" : " met");
    }
    lines.push_back({"seated to food", with_ci(f(FloorKpi::seated_to_food_s), seconds(1)), food_note});
    lines.push_back({"cooks busy", with_ci(f(FloorKpi::cook_utilisation), percent(1)), "cook utilisation"});
    lines.push_back({"orders waiting", with_ci(f(FloorKpi::orders_waiting), plain(2)), "time average"});
  }
  return lines;
}

}  // namespace

void print_floor_table(std::ostream& out, const Scenario& s, const RunSummary& summary, bool show_intervals) {
  out << fmt::format("{} — {}, seed {} ({} floor)\n", s.name, counted(summary.replications, "replication"), s.seed,
                     floor_name(s.floor.kind));
  if (show_intervals) {
    out << '\n';
    if (s.floor.kind == FloorKind::checkout)
      print_checkout_intervals(out, s, summary);
    else
      print_restaurant_intervals(out, s, summary);
    out << fmt::format("(means over replications; SL = {} within {:g} min / arrived; \"<\" marks a missed target)\n",
                       floor_descriptor(s.floor.kind).answered, s.service_level_threshold_s() / 60);
    if (s.targets.lane_queue_mean_at_most || s.targets.lane_queue_max_below)
      out << "(LQ: queue per lane above its target; MAXQ: the longest lane queue, as a mean\n"
             " of the days' longest, not below the standard: \"fewer than 6\" misses above 5)\n";
    if (s.targets.food_wait_at_most_s) out << "(FOOD: the mean time from sitting down to the food above its target)\n";
  }
  const std::string from = summary.intervals.empty() ? "" : clock_label(s, summary.intervals.front().start_s);
  const std::string to = summary.intervals.empty() ? "" : clock_label(s, summary.intervals.back().end_s);
  out << fmt::format("\nDay {}–{} (mean ± 95% CI half-width)\n", from, to);
  for (const Line& line : day_lines(s, summary))
    out << fmt::format("  {:<16} {:<22} {}\n", line.label, line.value, line.note);
  print_overload_warning(out, s, summary);
}

}  // namespace ccsim
