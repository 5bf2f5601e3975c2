#include "output_folder.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "ccsim/report/atomic_file.hpp"
#include "option_parsing.hpp"

namespace ccsim::cli {

namespace {

// Whether a file can be created in `dir` (a probe made and removed again):
// "" when it can, else the reason.
std::string unwritable(const std::string& dir) {
  std::string probe = (std::filesystem::path(dir.empty() ? "." : dir) / ".ccsim-probe-XXXXXX").string();
  const int fd = ::mkstemp(probe.data());
  if (fd < 0) return std::strerror(errno);
  ::close(fd);
  std::remove(probe.c_str());
  return "";
}

// Creates `dir` and its parents; "" when done (or nothing to do), else the reason.
std::string uncreatable(const std::string& dir) {
  if (dir.empty()) return "";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return ec ? ec.message() : "";
}

}  // namespace

void prepare_output_folder(const std::string& dir) {
  if (const std::string why = uncreatable(dir); !why.empty())
    throw UsageError(dir + ": cannot create the output folder (" + why + ")");
  if (const std::string why = unwritable(dir); !why.empty())
    throw UsageError(dir + ": cannot write the output files into this folder (" + why + ")");
}

void prepare_output_file(const std::string& path, const std::string& input, const std::string& what) {
  std::error_code ec;
  if (std::filesystem::equivalent(path, input, ec))
    throw UsageError(path + ": this is the input scenario; write " + what + " to another file");
  if (std::filesystem::is_directory(path, ec))
    throw UsageError(path + ": this is a folder; give the name of a file for " + what);
  const std::string dir = std::filesystem::path(path).parent_path().string();
  if (const std::string why = uncreatable(dir); !why.empty())
    throw UsageError(path + ": cannot create its folder (" + why + ")");
  if (const std::string why = unwritable(dir); !why.empty())
    throw UsageError(path + ": cannot write a file in its folder (" + why + ")");
}

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
