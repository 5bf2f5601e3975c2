#pragma once
// A small SVG chart writer: lines, steps, bars and confidence bands over a
// numeric x axis, with ticks, units, a legend, reference lines and markers.
// Every data point is an element of class "pt" carrying data-series, data-x,
// data-value (and data-lo / data-hi for a band) plus a <title> tooltip, so a
// reader (or a test) can get each value back from the page.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace ccsim {

/// One data point. y is in the axis's display unit (percent as 0..100); NaN
/// means undefined (the point is kept, hidden, with an empty data-value).
struct ChartPoint {
  double x = 0;  ///< position on the x axis (bar: centre)
  double y = 0;
  double lo = 0, hi = 0;  ///< the band's limits when the series has a band
  std::string label;      ///< where the point is, for its tooltip and data-x ("12:00–12:15")
  double count = NAN;     ///< a count behind the value (histograms), written as data-count unless NaN
  std::string note;       ///< appended to the tooltip
};

struct ChartSeries {
  enum class Style { line, step, bars, dots };
  std::string name;   ///< legend text
  std::string color;  ///< CSS colour
  Style style = Style::line;
  bool band = false;  ///< draw [lo, hi] as a shaded band (e.g. a 95% CI)
  bool dashed = false;
  double bar_width = 0;  ///< bars and steps: width in x units
  int decimals = 1;      ///< for tooltips
  std::string unit;      ///< for tooltips, e.g. "%", " s", " erl"
  std::vector<ChartPoint> points;
};

/// A horizontal line across the plot (a target), drawn dashed and labelled.
struct ChartLevel {
  double y = 0;
  std::string label;
  std::string color = "#c0392b";
};

/// A vertical line at x (a threshold or the peak), labelled at the top.
struct ChartMarker {
  double x = 0;
  std::string label;
  std::string color = "#555";
};

struct ChartTick {
  double value = 0;
  std::string label;
};

struct ChartAxis {
  std::string title;               ///< with the unit, e.g. "ASA (s)"
  std::optional<double> min, max;  ///< fixed range; else from 0 (or the data's minimum) to a nice maximum
  std::vector<ChartTick> ticks;    ///< fixed ticks; else nice round ones
  std::string tick_suffix;         ///< appended to automatic tick labels, e.g. "%"
};

struct ChartSpec {
  std::string id;     ///< the SVG's id, unique in the page
  std::string title;  ///< shown above the plot
  ChartAxis x, y;
  std::vector<ChartSeries> series;
  std::vector<ChartLevel> levels;
  std::vector<ChartMarker> markers;
  int width = 960, height = 320;  ///< viewBox size; the SVG scales to its container
};

/// Nice round tick values covering [lo, hi] (steps of 1, 2 or 5 × 10^k), about
/// `target` of them; the first <= lo and the last >= hi.
std::vector<double> nice_ticks(double lo, double hi, int target = 6);

/// Shortest text that reads back as the same double ("" for NaN).
std::string exact_number(double v);

/// The chart as an inline <svg> element (with role="img" and an aria-label).
std::string render_svg_chart(const ChartSpec& spec);

}  // namespace ccsim
