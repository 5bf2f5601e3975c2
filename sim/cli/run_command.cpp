#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>

#include <boost/program_options.hpp>

#include "ccsim/cli/commands.hpp"
#include "ccsim/engine/floor_trace.hpp"
#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/report/atomic_file.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/html_report.hpp"
#include "ccsim/report/run_outputs.hpp"
#include "ccsim/report/trace_csv.hpp"
#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "option_parsing.hpp"
#include "output_folder.hpp"
#include "render_run.hpp"
#include "reproduce.hpp"
#include "run_limits.hpp"
#include "scenario_options.hpp"

namespace po = boost::program_options;

namespace ccsim::cli {
namespace {

std::vector<OutputFile> output_files(const Scenario& scenario, const RunSummary& summary, const WaitDistribution& waits,
                                     const Provenance& provenance, const std::vector<FloorEvent>* trace) {
  return {{"summary.json", summary_json(scenario, summary, provenance)},
          {"intervals.csv", intervals_csv(scenario, summary)},
          {"report.html", html_report(scenario, summary, waits, provenance, trace)},
          {"classes.csv", summary.classes.empty() ? "" : classes_csv(scenario, summary), true}};
}

po::options_description run_options() {
  po::options_description options("ccsim run SCENARIO [options]");
  options.add_options()("help,h", "show this help")(
      "out,o", po::value<std::string>(),
      "write summary.json, intervals.csv and report.html into this folder (and classes.csv "
      "with two or more customer classes)")("quiet,q", "print nothing on success (use with --out)")(
      "intervals", po::value<std::string>()->default_value("auto"),
      "per-interval table: auto (when at most 100 intervals), all, none")(
      "trace", po::value<std::string>(),
      "write every event of replication 1 (arrivals, answers, hang-ups, agents' duty) to this CSV file");
  add_run_options(options);
  return options;
}

}  // namespace

RenderedRun render_run(const std::vector<std::string>& args, const std::string* text,
                       const std::function<void(const Scenario&)>& check, const std::function<bool()>& cancelled,
                       const std::function<void(int, int)>& progress) {
  const po::options_description options = run_options();
  po::variables_map vm;
  const std::string path = parse_with_scenario(args, options, vm);
  RenderedRun run{load_for_run(path, overrides_from(vm), vm, text), {}, {}};
  const Scenario& scenario = run.scenario;
  check_run_fits_memory(scenario);
  check_output_rows(scenario);
  if (vm.count("trace")) check_trace_size(scenario);
  check(scenario);
  RunOptions run_options = run_options_from(vm, "replications");
  run_options.cancelled = cancelled;
  if (progress) {  // about ten steps: a worker per tenth of the replications (the same bytes for any split)
    run_options.on_progress = progress;
    run_options.per_worker = std::max(1, scenario.replications / 10);
  }
  run.tallies = run_replications_by_class(scenario, run_options);
  const RunSummary summary = summarize(scenario, run.tallies);
  std::optional<std::vector<FloorEvent>> trace;
  if (vm.count("trace")) trace = trace_replication(scenario, 0);
  run.files = output_files(scenario, summary, wait_distribution(scenario, run.tallies.totals),
                           Provenance{CCSIM_VERSION, reproduce_command("run", path, {}, scenario, vm)},
                           trace ? &*trace : nullptr);
  return run;
}

int run_command(const std::vector<std::string>& args) {
  const po::options_description options = run_options();
  return guarded_command("run", [&] {
    po::variables_map vm;
    const std::string path = parse_with_scenario(args, options, vm);
    if (vm.count("help")) {
      std::cout << "Simulates a scenario and reports KPIs per interval and for the day, with 95% confidence\n"
                   "intervals over replications.\n\n"
                << options;
      return 0;
    }
    const Scenario scenario = load_for_run(path, overrides_from(vm), vm);
    const std::string table = vm["intervals"].as<std::string>();
    if (table != "auto" && table != "all" && table != "none")
      throw UsageError("--intervals must be auto, all or none, got '" + table + "'");
    check_run_fits_memory(scenario);  // before the work: what it needs is known now
    if (vm.count("out")) {
      check_output_rows(scenario);
      prepare_output_folder(vm["out"].as<std::string>());  // before the work, not after
    }
    if (vm.count("trace")) {
      check_trace_size(scenario);
      const std::string trace = vm["trace"].as<std::string>();
      prepare_output_file(trace, path, "the trace");
      if (vm.count("out")) {  // one file would overwrite the other
        const std::filesystem::path t(trace), out(vm["out"].as<std::string>());
        std::error_code ec;
        for (const char* name : {"summary.json", "intervals.csv", "report.html", "classes.csv"})
          if (t.filename() == name &&
              std::filesystem::equivalent(t.parent_path().empty() ? "." : t.parent_path(), out, ec))
            throw UsageError(trace + ": --out writes this file; write the trace to another name");
      }
    }

    const RunTallies results =
        run_replications_by_class(scenario, run_options_from(vm, "replications", progress_for("ccsim run", vm)));
    const RunSummary summary = summarize(scenario, results);
    // The results first: should writing fail after all, nothing is lost.
    if (!vm.count("quiet")) {
      const bool show = table == "all" || (table == "auto" && summary.intervals.size() <= 100);
      print_run_table(std::cout, scenario, summary, show);
    }
    // Replication 1 once more, on its own: the same bytes as in the run.
    std::optional<std::vector<FloorEvent>> trace;
    if (vm.count("trace")) trace = trace_replication(scenario, 0);
    if (vm.count("out"))
      write_output_folder(vm["out"].as<std::string>(),
                          output_files(scenario, summary, wait_distribution(scenario, results.totals),
                                       Provenance{CCSIM_VERSION, reproduce_command("run", path, {}, scenario, vm)},
                                       trace ? &*trace : nullptr));
    if (trace) {
      const std::string& file = vm["trace"].as<std::string>();
      write_file_atomically(file, trace_csv(scenario, *trace));
      if (!vm.count("quiet")) std::cout << "trace of replication 1: " << trace->size() << " events in " << file << "\n";
    }
    return 0;
  });
}

int check_command(const std::vector<std::string>& args) {
  po::options_description options("ccsim check SCENARIO");
  options.add_options()("help,h", "show this help");
  return guarded_command("check", [&] {
    po::variables_map vm;
    const std::string path = parse_with_scenario(args, options, vm);
    if (vm.count("help")) {
      std::cout
          << "Validates a scenario file: exit 0 when it is valid, 2 with file:line:column and the reason when not.\n\n"
          << options;
      return 0;
    }
    const Scenario scenario = load_scenario(path);
    std::cout << path << ": ok (" << counted(static_cast<long long>(scenario.demand.size()), "customer class") << ", "
              << counted(static_cast<long long>(scenario.staff.size()), "agent group") << ", "
              << counted(scenario.clock.intervals(), "interval") << ")\n";
    return 0;
  });
}

}  // namespace ccsim::cli
