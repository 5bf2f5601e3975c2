// ccsim sweep SCENARIO --vary KEY=LO..HI[:STEP]: one run per value, common random numbers.
#include <cmath>
#include <cstdlib>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "ccsim/cli/commands.hpp"
#include "ccsim/report/svg_chart.hpp"
#include "ccsim/report/sweep_report.hpp"
#include "ccsim/scenario/scheduled_hours.hpp"
#include "option_parsing.hpp"
#include "output_folder.hpp"
#include "reproduce.hpp"
#include "run_limits.hpp"
#include "scenario_options.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {
namespace {

constexpr int max_values = 200;

struct Range {
  std::string key;
  std::vector<double> values;
  std::string unit;  // appended to each value: "12" or "4min"
};

// "12" or "4min" -> (12, "") or (4, "min").
std::pair<double, std::string> number_with_unit(const std::string& text, const std::string& whole) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || !std::isfinite(v))
    throw UsageError("--vary " + whole + ": \"" + text + "\" is not a number (expected KEY=LO..HI or KEY=LO..HI:STEP)");
  return {v, std::string(end)};
}

Range parse_range(const std::string& text) {
  const auto eq = text.find('=');
  const auto dots = text.find("..", eq == std::string::npos ? 0 : eq);
  if (eq == std::string::npos || eq == 0 || dots == std::string::npos)
    throw UsageError("--vary " + text + ": expected KEY=LO..HI or KEY=LO..HI:STEP, e.g. staff.agents.count=8..14");
  Range r{text.substr(0, eq), {}, ""};
  // Every value runs with the same seed (common random numbers) and replications.
  if (r.key == "seed" || r.key == "replications")
    throw UsageError("--vary " + text + ": a sweep runs every value with the same " + r.key +
                     "; vary a key of the scenario (for another " + r.key + ", give --" + r.key + ")");
  const std::string rest = text.substr(dots + 2);
  const auto colon = rest.find(':');
  const auto [lo, lo_unit] = number_with_unit(text.substr(eq + 1, dots - eq - 1), text);
  const auto [hi, hi_unit] = number_with_unit(rest.substr(0, colon), text);
  double step = 1;
  std::string step_unit = lo_unit;
  if (colon != std::string::npos) std::tie(step, step_unit) = number_with_unit(rest.substr(colon + 1), text);
  if (lo_unit != hi_unit || step_unit != lo_unit)
    throw UsageError("--vary " + text + ": LO, HI and STEP must have the same unit");
  if (!(step > 0)) throw UsageError("--vary " + text + ": STEP must be > 0");
  if (hi < lo) throw UsageError("--vary " + text + ": HI must not be below LO");
  const double count = std::floor((hi - lo) / step + 1e-9) + 1;
  if (count > max_values)
    throw UsageError("--vary " + text + ": " + std::to_string(static_cast<long>(count)) + " values; at most " +
                     std::to_string(max_values));
  for (int i = 0; i < static_cast<int>(count); ++i) r.values.push_back(lo + i * step);
  r.unit = lo_unit;
  return r;
}

void write_sweep(const std::string& dir, const Scenario& base, const Sweep& sweep, const std::string& command) {
  write_output_folder(dir, {{"sweep.csv", sweep_csv(base, sweep)},
                            {"sweep.html", sweep_html(base, sweep, Provenance{CCSIM_VERSION, command})},
                            {"sweep_classes.csv", sweep_has_classes(sweep) ? sweep_classes_csv(sweep) : "", true}});
}

}  // namespace

int sweep_command(const std::vector<std::string>& args) {
  po::options_description options("ccsim sweep SCENARIO --vary KEY=LO..HI[:STEP] [options]");
  options.add_options()("help,h", "show this help")(
      "vary", po::value<std::string>(),
      "KEY=LO..HI[:STEP]: the key to vary and its values (STEP default 1; "
      "a unit may follow each number, e.g. targets.service_level.answered_within=10s..30s:5s)")(
      "out,o", po::value<std::string>(),
      "write sweep.csv and sweep.html into this folder (and sweep_classes.csv with two or "
      "more customer classes)")("quiet,q", "print nothing on success (use with --out)");
  add_run_options(options);
  return guarded_command("sweep", [&] {
    po::variables_map vm;
    const std::string path = parse_with_scenario(args, options, vm);
    if (vm.count("help")) {
      std::cout << "Runs the scenario once for each value of one key, every run with the same seed (common random\n"
                   "numbers: each value sees the same callers), and reports the day's KPIs against the value.\n\n"
                << options;
      return 0;
    }
    if (!vm.count("vary")) throw UsageError("missing --vary KEY=LO..HI (see --help)");
    const Range range = parse_range(vm["vary"].as<std::string>());
    const std::vector<Override> fixed = overrides_from(vm);
    const Scenario base = load_for_run(path, fixed, vm);
    check_run_fits_memory(base);                                              // one value's run at a time
    if (vm.count("out")) prepare_output_folder(vm["out"].as<std::string>());  // before the work, not after
    Sweep sweep{range.key, {}, range.unit};
    const auto progress = progress_for("ccsim sweep", vm);
    for (double v : range.values) {
      std::vector<Override> overrides = fixed;
      overrides.push_back(Override{range.key, exact_number(v) + range.unit});
      Scenario s = load_for_run(path, overrides, vm);
      s.seed = base.seed;
      s.replications = base.replications;
      // One count over the whole sweep: this value's replications follow the earlier values'.
      const int before = static_cast<int>(sweep.points.size()) * s.replications;
      const RunOptions options =
          run_options_from(vm,
                           fmt::format("replications, now at {}{} (value {} of {})", exact_number(v), range.unit,
                                       sweep.points.size() + 1, range.values.size()),
                           progress, before, static_cast<int>(range.values.size()) * s.replications);
      const RunTallies runs = run_replications_by_class(s, options);
      sweep.points.push_back(SweepPoint{v, summarize(s, runs), scheduled_agent_hours(s)});
    }
    if (!vm.count("quiet")) {  // the results first: should writing fail after all, nothing is lost
      print_sweep_table(std::cout, base, sweep);
      print_sweep_restaurant_table(std::cout, base, sweep);
      print_sweep_class_table(std::cout, sweep);
    }
    if (vm.count("out"))
      write_sweep(vm["out"].as<std::string>(), base, sweep,
                  reproduce_command("sweep", path, {"--vary", vm["vary"].as<std::string>()}, base, vm));
    return 0;
  });
}

}  // namespace ccsim::cli
