#pragma once
// Text as one CSV field (private to the report layer).
#include <string>

namespace ccsim {

/// `text` as one RFC 4180 field: quoted (quotes doubled) when it holds a
/// comma, a quote or a line break; as is otherwise.
inline std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + '"';
}

}  // namespace ccsim
