#pragma once
// The cells of a CSV file as spreadsheets and WFM tools write them (private
// to the scenario layer): ',', ';' or a tab between cells, quotes around text, and
// each cell's column in the line for "file:line:column" messages.
#include <string>
#include <vector>

namespace ccsim::scenario_detail {

struct CsvCell {
  std::string text;  ///< blanks around it and its quotes removed ("" in a quoted cell is one quote)
  int column = 1;    ///< 1-based position in the line where the cell starts
};

/// The cells of one line, split at `separator` outside double quotes.
std::vector<CsvCell> split_csv_line(std::string line, char separator);

/// The header's separator: ',' as WFM tools export; else ';' (a spreadsheet
/// in a decimal-comma locale) when the header has semicolons; else a tab
/// (text copied out of a spreadsheet) when it has tabs.
char separator_of(const std::string& header);

/// A CSV file's errors: "path:line:column: message" (column 0: no column).
class CsvFile {
public:
  explicit CsvFile(std::string path) : path_(std::move(path)) {}
  [[noreturn]] void fail(int line, int column, const std::string& message) const;

private:
  std::string path_;
};

/// A number >= 0 and <= max in `cell` (of the column `label`), else fails
/// with "<label> must be <allowed>, got "<text>"" (and a hint for "1,000").
double read_cell_number(const CsvFile& csv, int line, const CsvCell& cell, const std::string& label, double max,
                        const std::string& allowed);

/// 300, 27.5, 5000000: a number as short as it reads.
std::string shortest(double v);

}  // namespace ccsim::scenario_detail
