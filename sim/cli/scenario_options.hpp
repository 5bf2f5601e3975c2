#pragma once
// Options shared by the commands that simulate: --replications, --seed,
// --jobs, --set KEY=VALUE, --quiet.
#include <memory>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/scenario/loader.hpp"
#include "progress.hpp"

namespace ccsim::cli {

/// Adds --replications, --seed, --jobs and --set to `options`.
void add_run_options(boost::program_options::options_description& options);

/// The --set overrides given (validated as KEY=VALUE).
std::vector<Override> overrides_from(const boost::program_options::variables_map& vm);

/// The --seed value: a whole number 0 .. 2^64 - 1, else a UsageError.
std::uint64_t seed_from(const std::string& text);

/// Loads the scenario with `overrides`, then applies --replications and --seed;
/// with `text`, that YAML stands for the file at `path` (the live room).
Scenario load_for_run(const std::string& path, const std::vector<Override>& overrides,
                      const boost::program_options::variables_map& vm, const std::string* text = nullptr);

/// Run options from --jobs, showing the replications done of `what` on
/// `progress` (a progress of its own when null; nothing with --quiet),
/// counted after `done_before` of `grand_total` (Progress::counter).
RunOptions run_options_from(const boost::program_options::variables_map& vm, const std::string& what,
                            std::shared_ptr<Progress> progress = nullptr, int done_before = 0, int grand_total = 0);

/// The progress of one command's work ("ccsim sweep"), disabled by --quiet.
std::shared_ptr<Progress> progress_for(const std::string& command, const boost::program_options::variables_map& vm);

}  // namespace ccsim::cli
