#pragma once
// The live room loads scenarios that a request may have written: while a
// ConfinedFiles is alive on a thread, a scenario loaded on that thread may
// read files (forecasts) inside one folder only, symbolic links resolved.
#include <string>

namespace ccsim {

class ConfinedFiles {
public:
  explicit ConfinedFiles(const std::string& folder);
  ~ConfinedFiles();
  ConfinedFiles(const ConfinedFiles&) = delete;
  ConfinedFiles& operator=(const ConfinedFiles&) = delete;
};

/// Empty when `path` may be read on this thread; else why not, for the message.
std::string outside_confinement(const std::string& path);

}  // namespace ccsim
