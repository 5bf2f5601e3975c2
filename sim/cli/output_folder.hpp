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

/// Creates `dir` if needed (a UsageError naming it when it cannot) and writes
/// every file whole or not at all (write_file_atomically).
void write_output_folder(const std::string& dir, const std::vector<OutputFile>& files);

}  // namespace ccsim::cli
