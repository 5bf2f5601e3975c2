#pragma once
#include <string>

namespace ccsim {

/// Writes `content` to `path` whole or not at all: a temporary file in the same
/// folder, flushed, then renamed over `path`. Throws std::runtime_error.
void write_file_atomically(const std::string& path, const std::string& content);

/// An optional output (per-class files): written as above when `content` is
/// not empty, else an earlier run's file at `path` is removed, so a folder
/// never mixes this run's outputs with a stale one. Throws std::runtime_error.
void write_optional_file(const std::string& path, const std::string& content);

}  // namespace ccsim
