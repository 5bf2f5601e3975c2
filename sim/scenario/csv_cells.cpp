#include "csv_cells.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

#include "ccsim/scenario/scenario_error.hpp"

namespace ccsim::scenario_detail {

std::vector<CsvCell> split_csv_line(std::string line, char separator) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<CsvCell> cells;
  std::string cell;
  std::size_t cell_start = 0;
  bool quoted = false;
  const auto finish = [&](std::size_t next_start) {
    const auto first = cell.find_first_not_of(" \t"), last = cell.find_last_not_of(" \t");
    cells.push_back(CsvCell{first == std::string::npos ? "" : cell.substr(first, last - first + 1),
                            static_cast<int>(cell_start) + 1});
    cell.clear();
    cell_start = next_start;
  };
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char ch = line[k];
    if (ch == '"') {
      if (quoted && k + 1 < line.size() && line[k + 1] == '"') {
        cell.push_back('"');
        ++k;
      } else {
        quoted = !quoted;
      }
    } else if (ch == separator && !quoted) {
      finish(k + 1);
    } else {
      cell.push_back(ch);
    }
  }
  finish(line.size());
  return cells;
}

char separator_of(const std::string& header) {
  if (header.find(',') != std::string::npos) return ',';
  if (header.find(';') != std::string::npos) return ';';
  return header.find('\t') != std::string::npos ? '\t' : ',';
}

void CsvFile::fail(int line, int column, const std::string& message) const {
  throw ScenarioError(path_ + ":" + std::to_string(line) + (column > 0 ? ":" + std::to_string(column) : "") + ": " +
                      message);
}

double read_cell_number(const CsvFile& csv, int line, const CsvCell& cell, const std::string& label, double max,
                        const std::string& allowed) {
  const std::string& text = cell.text;
  double v = 0;
  std::size_t used = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (text.empty() || used != text.size() || !std::isfinite(v) || v < 0 || v > max)
    csv.fail(line, cell.column,
             label + " must be " + allowed + ", got \"" + text + "\"" +
                 (text.find(',') != std::string::npos ? " (write numbers without a thousands separator or "
                                                        "decimal comma, e.g. 1000 or 2.5)"
                                                      : ""));
  return v;
}

std::string shortest(double v) {
  char buffer[64];
  const bool whole = v == std::floor(v) && std::fabs(v) < 1e15;  // 5000000, not 5e+06
  const auto [end, ec] = whole ? std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed)
                               : std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc() ? std::string(buffer, end) : std::to_string(v);
}

}  // namespace ccsim::scenario_detail
