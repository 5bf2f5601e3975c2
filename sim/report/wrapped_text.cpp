#include "ccsim/report/wrapped_text.hpp"

namespace ccsim {

void print_wrapped(std::ostream& out, const std::string& text, std::size_t indent) {
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > 79) {
      out << line << "\n";
      line = std::string(indent, ' ');
    } else if (!line.empty() && line.find_first_not_of(' ') != std::string::npos) {
      line += ' ';
    }
    line += word;
    start = end + 1;
  }
  out << line << "\n";
}

}  // namespace ccsim
