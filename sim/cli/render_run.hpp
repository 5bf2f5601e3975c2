#pragma once
// `ccsim run` as a function: the files it writes with --out, rendered in
// memory, for the live room's HTTP endpoints (which answer with the same bytes).
#include <functional>
#include <string>
#include <vector>

#include "ccsim/model/replication_result.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "output_folder.hpp"

namespace ccsim::cli {

/// What `ccsim run ARGS --out DIR` writes into DIR (summary.json, intervals.csv,
/// report.html, classes.csv; with --trace, report.html plays it back). `args`
/// as on the command line, SCENARIO first; with `text`, that YAML stands for
/// the scenario file. `check` sees the loaded scenario before any simulation
/// and may throw to refuse it; `cancelled`, if given, is asked while the
/// replications run (true: RunCancelled); `progress`, if given, hears
/// (done, total) about ten times a run. Errors as `ccsim run` reports them.
struct RenderedRun {
  Scenario scenario;              ///< as run (overrides, replications and seed applied)
  RunTallies tallies;             ///< every replication's, for paired comparisons
  std::vector<OutputFile> files;  ///< what --out writes
};
RenderedRun render_run(const std::vector<std::string>& args, const std::string* text,
                       const std::function<void(const Scenario&)>& check, const std::function<bool()>& cancelled = {},
                       const std::function<void(int, int)>& progress = {});

}  // namespace ccsim::cli
