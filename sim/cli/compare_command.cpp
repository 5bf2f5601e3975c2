// ccsim compare A.yaml [B.yaml] [--set KEY=VALUE]...: paired differences with CIs.
#include <iostream>

#include <boost/program_options.hpp>

#include "ccsim/cli/commands.hpp"
#include "ccsim/report/comparison.hpp"
#include "option_parsing.hpp"
#include "output_folder.hpp"
#include "reproduce.hpp"
#include "run_limits.hpp"
#include "scenario_options.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {
namespace {

std::string clock_text(const Scenario& s) {
  return std::to_string(s.clock.intervals()) + " intervals of " +
         std::to_string(static_cast<long>(s.clock.interval_s)) + " s, warm-up " +
         std::to_string(static_cast<long>(s.warmup_s)) + " s";
}

void require_same_day(const Scenario& a, const Scenario& b) {
  if (a.clock.intervals() != b.clock.intervals() || a.clock.interval_s != b.clock.interval_s ||
      a.warmup_s != b.warmup_s || a.clock.start_of_day_s != b.clock.start_of_day_s)
    throw UsageError("A and B must cover the same day to be compared interval by interval: A has " + clock_text(a) +
                     ", B has " + clock_text(b));
}

}  // namespace

int compare_command(const std::vector<std::string>& args) {
  po::options_description options("ccsim compare A.yaml [B.yaml] [options]");
  options.add_options()("help,h", "show this help")(
      "out,o", po::value<std::string>(),
      "write comparison.csv into this folder (and comparison_classes.csv when A and B "
      "have the same two or more customer classes)")("quiet,q", "print nothing on success (use with --out)")(
      "intervals", po::value<std::string>()->default_value("auto"),
      "per-interval differences: auto (when at most 100 intervals), all, none");
  add_run_options(options);
  return guarded_command("compare", [&] {
    po::options_description all;
    all.add(options).add_options()("scenario", po::value<std::vector<std::string>>(), "");
    po::positional_options_description positional;
    positional.add("scenario", -1);
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << "Compares two variants of a day with common random numbers: both see the same callers, so the\n"
                   "difference B - A is estimated pair by pair, with a much narrower CI than two separate runs.\n"
                   "B is B.yaml, or A with the --set overrides applied (with B.yaml, --set applies to B).\n"
                   "Seed and replications are A's (or the options') for both.\n\n"
                << options;
      return 0;
    }
    const auto files =
        vm.count("scenario") ? vm["scenario"].as<std::vector<std::string>>() : std::vector<std::string>{};
    const auto overrides = overrides_from(vm);
    if (files.empty() || files.size() > 2) throw UsageError("expected A.yaml and optionally B.yaml (see --help)");
    if (files.size() == 1 && overrides.empty())
      throw UsageError("nothing to compare: give B.yaml or at least one --set KEY=VALUE for B");
    const std::string table = vm["intervals"].as<std::string>();
    if (table != "auto" && table != "all" && table != "none")
      throw UsageError("--intervals must be auto, all or none, got '" + table + "'");

    const Scenario a = load_for_run(files[0], {}, vm);
    Scenario b = load_for_run(files.size() == 2 ? files[1] : files[0], overrides, vm);
    b.seed = a.seed;  // common random numbers: the same callers in both
    b.replications = a.replications;
    require_same_day(a, b);
    // A's and B's tallies are held together for the pairs (B may have more classes than A).
    check_run_fits_memory(tally_bytes_per_replication(b) > tally_bytes_per_replication(a) ? b : a, 2);
    if (files.size() == 1)
      b.name = a.name + " with --set " + overrides.front().text() + (overrides.size() > 1 ? " (and more)" : "");

    if (vm.count("out")) {
      check_output_rows(a);
      prepare_output_folder(vm["out"].as<std::string>());  // before the work, not after
    }
    const auto progress = progress_for("ccsim compare", vm);
    const int both = 2 * a.replications;  // one count over A's and B's
    const RunTallies runs_a =
        run_replications_by_class(a, run_options_from(vm, "replications, now of A", progress, 0, both));
    const RunTallies runs_b =
        run_replications_by_class(b, run_options_from(vm, "replications, now of B", progress, a.replications, both));
    const Comparison c = compare_runs(a, runs_a, b, runs_b);
    if (!vm.count("quiet")) {  // the results first: should writing fail after all, nothing is lost
      print_comparison(std::cout, a, b, c, table == "all" || (table == "auto" && c.intervals.size() <= 100));
      print_class_comparison(std::cout, a, b, c);
    }
    if (vm.count("out")) {
      const std::vector<std::string> b_file =
          files.size() == 2 ? std::vector<std::string>{files[1]} : std::vector<std::string>{};
      const Provenance provenance{CCSIM_VERSION, reproduce_command("compare", files[0], b_file, a, vm)};
      write_output_folder(vm["out"].as<std::string>(),
                          {{"comparison.csv", comparison_csv(a, c)},
                           {"comparison.html", comparison_html(a, b, c, provenance)},
                           {"comparison_classes.csv", c.classes.empty() ? "" : comparison_classes_csv(a, c), true}});
    }
    return 0;
  });
}

}  // namespace ccsim::cli
