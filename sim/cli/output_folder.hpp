#pragma once
// The folder a command writes its files into (--out).
#include <string>
#include <vector>

namespace ccsim::cli {

/// One output file, rendered in full before anything is written.
struct OutputFile {
  std::string name;  ///< within the folder
  std::string content;
  bool optional = false;  ///< empty content: not written, and a stale copy removed
};

/// Before any work: creates `dir` if needed and checks that a file can be
/// written there, or a UsageError with the path and the reason, so a long
/// run never ends unable to save its results.
void prepare_output_folder(const std::string& dir);

/// Before any work, for a single output file (--write-scenario, --trace):
/// refuses `path` when it is the input scenario `input` (which would be
/// lost) or a folder, creates its folder if needed and checks that it can be
/// written there. `what` names the output in messages ("the plan").
void prepare_output_file(const std::string& path, const std::string& input, const std::string& what = "the plan");

/// Creates `dir` if needed (a UsageError naming it when it cannot) and writes
/// every file whole or not at all (write_file_atomically).
void write_output_folder(const std::string& dir, const std::vector<OutputFile>& files);

}  // namespace ccsim::cli
