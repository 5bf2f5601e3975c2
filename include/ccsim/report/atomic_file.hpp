#pragma once
#include <string>

namespace ccsim {

/// Writes `content` to `path` whole or not at all: a temporary file in the same
/// folder, flushed, then renamed over `path`. Throws std::runtime_error.
void write_file_atomically(const std::string& path, const std::string& content);

} // namespace ccsim
