#include "ccsim/scenario/confined_files.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace ccsim {
namespace {
namespace fs = std::filesystem;
thread_local std::optional<fs::path> confined_to;
}  // namespace

ConfinedFiles::ConfinedFiles(const std::string& folder) {
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(folder, ec);
  confined_to = ec ? fs::path(folder) : root;
}

ConfinedFiles::~ConfinedFiles() { confined_to.reset(); }

std::string outside_confinement(const std::string& path) {
  if (!confined_to) return "";
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(path, ec);
  if (!ec) {
    const auto [root_end, at] =
        std::mismatch(confined_to->begin(), confined_to->end(), resolved.begin(), resolved.end());
    if (root_end == confined_to->end() && at != resolved.end()) return "";
  }
  return "it is outside the served folder, and the live room reads files in that folder only";
}

}  // namespace ccsim
