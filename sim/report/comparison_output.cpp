#include <cmath>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "ccsim/report/comparison.hpp"
#include "ccsim/report/svg_chart.hpp"
#include "class_text.hpp"
#include "comparison_text.hpp"
#include "csv_field.hpp"

namespace ccsim {
namespace comparison_text {

const Row day_rows[day_row_count] = {
    {Kpi::offered, "offered", 1, "", 1},
    {Kpi::service_level, "service level", 100, "%", 1},
    {Kpi::abandon_rate, "abandonment", 100, "%", 2},
    {Kpi::block_rate, "blocked", 100, "%", 2},
    {Kpi::p_wait, "P(wait)", 100, "%", 1},
    {Kpi::asa_s, "ASA", 1, " s", 1},
    {Kpi::mean_wait_s, "mean wait", 1, " s", 1},
    {Kpi::mean_queue, "mean queue", 1, "", 2},
    {Kpi::occupancy, "occupancy", 100, "%", 1},
    {Kpi::agents, "agents", 1, "", 1},
};

const Row& row_of(Kpi kpi) {
  for (const Row& r : day_rows)
    if (r.kpi == kpi) return r;
  throw std::logic_error("no comparison row for this KPI");
}

std::string value(const Estimate& e, const Row& r) {
  if (std::isnan(e.mean)) return "-";
  return fmt::format("{:.{}f}{}", r.scale * e.mean, r.digits, r.unit);
}

// A difference of shares is in percentage points ("-3.7 pp"), not percent.
const char* difference_unit(const Row& r) { return r.scale == 100 ? " pp" : r.unit; }

std::string difference(const KpiComparison& k, const Row& r) {
  const Estimate& d = k.paired;
  if (std::isnan(d.mean)) return "-";
  const char* unit = difference_unit(r);
  if (std::isnan(d.ci95)) return fmt::format("{:+.{}f}{}", r.scale * d.mean, r.digits, unit);
  return fmt::format("{:+.{}f}{} [{:+.{}f}, {:+.{}f}]{}", r.scale * d.mean, r.digits, unit, r.scale * (d.mean - d.ci95),
                     r.digits, r.scale * (d.mean + d.ci95), r.digits,
                     d.ci95 > 0 && std::fabs(d.mean) > d.ci95 ? " *" : "");
}

// B's mean relative to A's: "+24%"; "-" where A's is 0 or undefined.
std::string relative(const KpiComparison& k) {
  if (std::isnan(k.a.mean) || std::isnan(k.b.mean) || k.a.mean == 0) return "-";
  return fmt::format("{:+.0f}%", 100 * (k.b.mean / k.a.mean - 1));
}

std::string unpaired(const KpiComparison& k, const Row& r) {
  return std::isnan(k.unpaired_ci95) ? "-" : fmt::format("±{:.{}f}", r.scale * k.unpaired_ci95, r.digits);
}

}  // namespace comparison_text

using namespace comparison_text;

namespace {

void print_intervals(std::ostream& out, const Scenario& a, const Comparison& c) {
  const Row& sl = row_of(Kpi::service_level);
  const Row& ab = row_of(Kpi::abandon_rate);
  const Row& asa = row_of(Kpi::asa_s);
  out << fmt::format("\n{:<5}  {:<28} {:<28} {}\n", "time", "service level B-A", "abandonment B-A", "ASA B-A");
  for (const IntervalComparison& i : c.intervals)
    out << fmt::format("{:<5}  {:<28} {:<28} {}\n", clock_label(a, i.start_s), difference(i[sl.kpi], sl),
                       difference(i[ab.kpi], ab), difference(i[asa.kpi], asa));
}

}  // namespace

void print_comparison(std::ostream& out, const Scenario& a, const Scenario& b, const Comparison& c,
                      bool show_intervals) {
  out << fmt::format("A: {}\nB: {}\n{} paired replications, seed {} (common random numbers: A and B see the same "
                     "callers)\n",
                     a.name, b.name, c.replications, a.seed);
  if (show_intervals) print_intervals(out, a, c);
  out << fmt::format("\nDay {}–{}: means, B - A with its paired 95% CI (\"*\": excludes 0), B/A - 1,\n"
                     "and the CI two unpaired runs would give; shares differ in percentage points (pp)\n",
                     clock_label(a, c.overall.start_s), clock_label(a, c.overall.end_s));
  out << fmt::format("  {:<13} {:>9} {:>9}  {:<27} {:>6} {}\n", "", "A", "B", "B - A [95% CI]", "B/A-1", "unpaired");
  for (const Row& r : day_rows) {
    const KpiComparison& k = c.overall[r.kpi];
    out << fmt::format("  {:<13} {:>9} {:>9}  {:<27} {:>6} {}\n", r.label, value(k.a, r), value(k.b, r),
                       difference(k, r), relative(k), unpaired(k, r));
  }
}

void print_class_comparison(std::ostream& out, const Scenario& a, const Scenario& b, const Comparison& c) {
  if (c.classes.empty()) return;
  // A class's service level counts within its own target's T: say so, and when A and B differ.
  if (!own_thresholds(a).empty())
    out << "\nService level within " << a.service_level_threshold_s() << " s" << own_thresholds(a) << "\n";
  std::string differ;  // the service levels A and B count within different times
  if (a.service_level_threshold_s() != b.service_level_threshold_s())
    differ +=
        fmt::format("all calls (A: {:g} s, B: {:g} s)", a.service_level_threshold_s(), b.service_level_threshold_s());
  for (std::size_t k = 0; k < a.demand.size() && k < b.demand.size(); ++k)
    if (a.class_threshold_s(k) != b.class_threshold_s(k))
      differ += fmt::format("{}{} (A: {:g} s, B: {:g} s)", differ.empty() ? "" : ", ", a.demand[k].name,
                            a.class_threshold_s(k), b.class_threshold_s(k));
  if (!differ.empty())
    out << "Warning: A and B count these service levels within different times: " << differ
        << "; their differences measure the change of T, not of service\n";
  const Row rows[] = {row_of(Kpi::offered), row_of(Kpi::service_level), row_of(Kpi::abandon_rate), row_of(Kpi::asa_s)};
  out << "\nBy customer class (day): means, and B - A with its paired 95% CI\n";
  for (const ClassComparison& cls : c.classes) {
    out << fmt::format("  {}\n", cls.name);
    for (const Row& r : rows) {
      const KpiComparison& k = cls.overall[r.kpi];
      out << fmt::format("    {:<13} {:>9} {:>9}  {:<27} {:>6} {}\n", r.label, value(k.a, r), value(k.b, r),
                         difference(k, r), relative(k), unpaired(k, r));
    }
  }
}

namespace {

// Each KPI's five columns: A's and B's means, the paired difference and its
// CI, and the unpaired CI.
void append_kpi_header(std::string& out, std::string_view kpi) {
  fmt::format_to(std::back_inserter(out), ",{0}_a,{0}_b,{0}_diff,{0}_diff_ci95,{0}_unpaired_ci95", kpi);
}

void append_kpi_cells(std::string& out, const KpiComparison& k) {
  fmt::format_to(std::back_inserter(out), ",{},{},{},{},{}", exact_number(k.a.mean), exact_number(k.b.mean),
                 exact_number(k.paired.mean), exact_number(k.paired.ci95), exact_number(k.unpaired_ci95));
}

}  // namespace

std::string comparison_classes_csv(const Scenario& a, const Comparison& c) {
  std::string out = "interval,start,end,class";
  for (Kpi kpi : class_kpis) append_kpi_header(out, kpi_table()[static_cast<std::size_t>(kpi)].name);
  out += '\n';
  const auto row = [&](const std::string& name, const std::string& cls, const IntervalComparison& i) {
    fmt::format_to(std::back_inserter(out), "{},{},{},{}", name, clock_label(a, i.start_s), clock_label(a, i.end_s),
                   csv_field(cls));
    for (Kpi kpi : class_kpis) append_kpi_cells(out, i[kpi]);
    out += '\n';
  };
  if (c.classes.empty()) return out;
  for (std::size_t i = 0; i < c.classes.front().intervals.size(); ++i)
    for (const ClassComparison& cls : c.classes)
      row(std::to_string(cls.intervals[i].index), cls.name, cls.intervals[i]);
  for (const ClassComparison& cls : c.classes) row("day", cls.name, cls.overall);
  return out;
}

std::string comparison_csv(const Scenario& a, const Comparison& c) {
  std::string out = "interval,start,end";
  for (const KpiInfo& info : kpi_table()) append_kpi_header(out, info.name);
  out += '\n';
  const auto row = [&](const std::string& name, const IntervalComparison& i) {
    fmt::format_to(std::back_inserter(out), "{},{},{}", name, clock_label(a, i.start_s), clock_label(a, i.end_s));
    for (const KpiInfo& info : kpi_table()) append_kpi_cells(out, i[info.kpi]);
    out += '\n';
  };
  for (const IntervalComparison& i : c.intervals) row(std::to_string(i.index), i);
  row("day", c.overall);
  return out;
}

}  // namespace ccsim
