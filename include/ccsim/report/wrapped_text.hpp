#pragma once
// Console prose: words wrapped to the 80-column terminal.
#include <cstddef>
#include <ostream>
#include <string>

namespace ccsim {

/// Prints `text` wrapped at 79 columns, continuation lines indented by `indent`.
void print_wrapped(std::ostream& out, const std::string& text, std::size_t indent);

}  // namespace ccsim
