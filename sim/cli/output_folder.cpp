#include "output_folder.hpp"

#include <filesystem>
#include <system_error>

#include "ccsim/report/atomic_file.hpp"
#include "option_parsing.hpp"

namespace ccsim::cli {

void write_output_folder(const std::string& dir, const std::vector<OutputFile>& files) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw UsageError(dir + ": cannot create the output folder (" + ec.message() + ")");
  for (const OutputFile& f : files) {
    if (f.optional)
      write_optional_file(dir + "/" + f.name, f.content);
    else
      write_file_atomically(dir + "/" + f.name, f.content);
  }
}

}  // namespace ccsim::cli
