#include "ccsim/report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "ccsim/report/html_escape.hpp"

namespace ccsim {
namespace {

constexpr double margin_left = 64, margin_right = 20, margin_bottom = 46;
constexpr double title_y = 20, legend_row_h = 18;
constexpr double char_w = 6.6;  // average glyph width at 12 px, for laying out the legend

// Maps data coordinates to the plot's pixels.
struct Frame {
  double x0, x1, y0, y1;            // data range
  double left, right, top, bottom;  // pixels
  double px(double x) const { return left + (x - x0) / (x1 - x0) * (right - left); }
  double py(double y) const { return bottom - (y - y0) / (y1 - y0) * (bottom - top); }
};

std::string f1(double v) { return fmt::format("{:.1f}", v); }

int decimals_for(double step) { return step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9)); }

std::string fmt_value(double v, int decimals) { return fmt::format("{:.{}f}", v, std::max(0, decimals)); }

// Data extents of x (with bar widths) and y (with bands and levels).
void extents(const ChartSpec& s, double& xlo, double& xhi, double& ylo, double& yhi) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  xlo = inf, xhi = -inf, ylo = 0, yhi = -inf;
  for (const ChartSeries& series : s.series) {
    const double half =
        series.style == ChartSeries::Style::bars || series.style == ChartSeries::Style::step ? series.bar_width / 2 : 0;
    for (const ChartPoint& p : series.points) {
      xlo = std::min(xlo, p.x - half);
      xhi = std::max(xhi, p.x + half);
      if (std::isnan(p.y)) continue;
      ylo = std::min(ylo, series.band ? std::min(p.y, p.lo) : p.y);
      yhi = std::max(yhi, series.band ? std::max(p.y, p.hi) : p.y);
    }
  }
  for (const ChartLevel& l : s.levels) yhi = std::max(yhi, l.y), ylo = std::min(ylo, l.y);
  for (const ChartMarker& m : s.markers) xlo = std::min(xlo, m.x), xhi = std::max(xhi, m.x);
  if (!(xhi > xlo)) xlo = std::isfinite(xlo) ? xlo - 1 : 0, xhi = xlo + 2;
  if (!(yhi > ylo)) yhi = ylo + 1;
}

struct LegendItem {
  const ChartSeries* series;
  double x, y;
};

// Lays the legend out in rows under the title; returns the items and the plot's top.
std::vector<LegendItem> layout_legend(const ChartSpec& s, double& top) {
  std::vector<LegendItem> items;
  double x = margin_left, y = title_y + legend_row_h + 2;
  for (const ChartSeries& series : s.series) {
    if (series.name.empty()) continue;
    const double w = 28 + char_w * static_cast<double>(series.name.size()) + 18;
    if (x + w > s.width - margin_right && x > margin_left) x = margin_left, y += legend_row_h;
    items.push_back({&series, x, y});
    x += w;
  }
  top = y + (s.markers.empty() ? 16 : 30);  // marker labels go above the plot, clear of the data
  return items;
}

std::string legend_svg(const std::vector<LegendItem>& items) {
  std::string out = "<g class=\"legend\">";
  for (const LegendItem& it : items) {
    const ChartSeries& s = *it.series;
    const std::string color = html_escape(s.color);
    if (s.style == ChartSeries::Style::dots)
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{}\"/>", f1(it.x + 11), f1(it.y - 4), color);
    else if (s.style == ChartSeries::Style::bars)
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"10\" fill=\"{}\"/>", f1(it.x), f1(it.y - 9),
                         color);
    else {
      if (s.band)
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"12\" fill=\"{}\" fill-opacity=\"0.2\"/>",
                           f1(it.x), f1(it.y - 10), color);
      out +=
          fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"{}/>", f1(it.x),
                      f1(it.y - 4), f1(it.x + 22), f1(it.y - 4), color, s.dashed ? " stroke-dasharray=\"5 3\"" : "");
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", f1(it.x + 28), f1(it.y), html_escape(s.name));
  }
  return out + "</g>";
}

std::vector<ChartTick> ticks_of(const ChartAxis& axis, double lo, double hi) {
  if (!axis.ticks.empty()) return axis.ticks;
  const std::vector<double> values = nice_ticks(lo, hi);
  const int d = values.size() > 1 ? decimals_for(values[1] - values[0]) : 0;
  std::vector<ChartTick> out;
  for (const double v : values)
    if (v >= lo - 1e-9 * (hi - lo) && v <= hi + 1e-9 * (hi - lo))
      out.push_back({v, fmt_value(v, d) + axis.tick_suffix});
  return out;
}

std::string axes_svg(const ChartSpec& s, const Frame& f, const std::vector<ChartTick>& xt,
                     const std::vector<ChartTick>& yt) {
  std::string out = "<g class=\"axes\">";
  for (const ChartTick& t : yt) {
    const double y = f.py(t.value);
    out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#ddd\"/>", f1(f.left),
                       f1(y), f1(f.right), f1(y));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", f1(f.left - 6), f1(y + 4),
                       html_escape(t.label));
  }
  for (const ChartTick& t : xt) {
    const double x = f.px(t.value);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>", f1(x), f1(f.bottom), f1(x),
                       f1(f.bottom + 5));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", f1(x), f1(f.bottom + 18),
                       html_escape(t.label));
  }
  out += fmt::format("<path d=\"M{} {}V{}H{}\" fill=\"none\" stroke=\"#333\"/>", f1(f.left), f1(f.top), f1(f.bottom),
                     f1(f.right));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>", f1((f.left + f.right) / 2),
                     f1(s.height - 8.0), html_escape(s.x.title));
  out += fmt::format("<text transform=\"translate(14 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
                     f1((f.top + f.bottom) / 2), html_escape(s.y.title));
  return out + "</g>";
}

// Contiguous runs of defined points, as index ranges [first, last).
std::vector<std::pair<std::size_t, std::size_t>> defined_runs(const std::vector<ChartPoint>& pts) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t i = 0; i < pts.size();) {
    if (std::isnan(pts[i].y)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < pts.size() && !std::isnan(pts[j].y)) ++j;
    runs.emplace_back(i, j);
    i = j;
  }
  return runs;
}

std::string band_svg(const ChartSeries& s, const Frame& f) {
  std::string out;
  for (const auto& [a, b] : defined_runs(s.points)) {
    std::string d;
    for (std::size_t i = a; i < b; ++i)
      d += fmt::format("{}{} {}", i == a ? "M" : "L", f1(f.px(s.points[i].x)), f1(f.py(s.points[i].hi)));
    for (std::size_t i = b; i-- > a;) d += fmt::format("L{} {}", f1(f.px(s.points[i].x)), f1(f.py(s.points[i].lo)));
    out += fmt::format("<path class=\"band\" d=\"{}Z\" fill=\"{}\" fill-opacity=\"0.2\" stroke=\"none\"/>", d,
                       html_escape(s.color));
  }
  return out;
}

std::string line_svg(const ChartSeries& s, const Frame& f) {
  std::string d;
  const bool step = s.style == ChartSeries::Style::step;
  for (const auto& [a, b] : defined_runs(s.points))
    for (std::size_t i = a; i < b; ++i) {
      const ChartPoint& p = s.points[i];
      const double y = f.py(p.y);
      if (step) {
        // Contiguous steps: each one starts where the previous one ended.
        d += i == a ? fmt::format("M{} {}", f1(f.px(p.x - s.bar_width / 2)), f1(y)) : fmt::format("V{}", f1(y));
        d += fmt::format("H{}", f1(f.px(p.x + s.bar_width / 2)));
      } else
        d += fmt::format("{}{} {}", i == a ? "M" : "L", f1(f.px(p.x)), f1(y));
    }
  if (d.empty()) return "";
  return fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>", d, html_escape(s.color),
                     s.dashed ? " stroke-dasharray=\"5 3\"" : "");
}

std::string tooltip(const ChartSeries& s, const ChartPoint& p) {
  if (std::isnan(p.y)) return fmt::format("{}, {}: no value", s.name, p.label);
  std::string t = fmt::format("{}, {}: {}{}", s.name, p.label, fmt_value(p.y, s.decimals), s.unit);
  if (s.band && !std::isnan(p.lo))
    t += fmt::format(" (95% CI {}–{}{})", fmt_value(p.lo, s.decimals), fmt_value(p.hi, s.decimals), s.unit);
  return t + p.note;
}

std::string points_svg(const ChartSeries& s, const Frame& f) {
  std::string out;
  const bool bars = s.style == ChartSeries::Style::bars;
  for (const ChartPoint& p : s.points) {
    const bool nan = std::isnan(p.y);
    std::string data = fmt::format("class=\"pt\" data-series=\"{}\" data-x=\"{}\" data-value=\"{}\"",
                                   html_escape(s.name), html_escape(p.label), exact_number(p.y));
    if (s.band) data += fmt::format(" data-lo=\"{}\" data-hi=\"{}\"", exact_number(p.lo), exact_number(p.hi));
    if (!std::isnan(p.count)) data += fmt::format(" data-count=\"{}\"", exact_number(p.count));
    if (nan) data += " visibility=\"hidden\"";
    const double y = nan ? f.y0 : p.y;
    if (bars) {
      const double top = std::min(f.py(y), f.py(0)), h = std::abs(f.py(y) - f.py(0));
      out += fmt::format("<rect {} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">", data,
                         f1(f.px(p.x - s.bar_width / 2) + 0.5), f1(top),
                         f1(std::max(0.5, f.px(p.x + s.bar_width / 2) - f.px(p.x - s.bar_width / 2) - 1)), f1(h),
                         html_escape(s.color));
      out += "<title>" + html_escape(tooltip(s, p)) + "</title></rect>";
    } else {
      out += fmt::format("<circle {} cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\">", data, f1(f.px(p.x)), f1(f.py(y)),
                         s.style == ChartSeries::Style::dots ? "3" : "2.2", html_escape(s.color));
      out += "<title>" + html_escape(tooltip(s, p)) + "</title></circle>";
    }
  }
  return out;
}

std::string levels_and_markers_svg(const ChartSpec& s, const Frame& f) {
  std::string out;
  for (const ChartLevel& l : s.levels) {
    const double y = f.py(l.y);
    const std::string c = html_escape(l.color);
    out +=
        fmt::format("<g class=\"level\" data-value=\"{}\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                    "stroke-width=\"1.5\" stroke-dasharray=\"7 4\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" "
                    "fill=\"{}\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"4\">{}</text></g>",
                    exact_number(l.y), f1(f.left), f1(y), f1(f.right), f1(y), c, f1(f.right - 4), f1(y - 5), c,
                    html_escape(l.label));
  }
  for (const ChartMarker& m : s.markers) {
    const double x = f.px(m.x);
    const bool right_half = x > f.left + 0.7 * (f.right - f.left);
    const std::string c = html_escape(m.color);
    out += fmt::format("<g class=\"marker\" data-x=\"{}\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                       "stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\" "
                       "fill=\"{}\">{}</text></g>",
                       exact_number(m.x), f1(x), f1(f.top - 14), f1(x), f1(f.bottom), c, f1(right_half ? x - 4 : x + 4),
                       f1(f.top - 5), right_half ? "end" : "start", c, html_escape(m.label));
  }
  return out;
}

Frame make_frame(const ChartSpec& s, double top, std::vector<ChartTick>& xt, std::vector<ChartTick>& yt) {
  double xlo, xhi, ylo, yhi;
  extents(s, xlo, xhi, ylo, yhi);
  xlo = s.x.min.value_or(xlo), xhi = s.x.max.value_or(xhi);
  ylo = s.y.min.value_or(ylo), yhi = s.y.max.value_or(yhi);
  if (!s.y.max || !s.y.min) {
    const std::vector<double> nice = nice_ticks(ylo, yhi);
    if (!s.y.min) ylo = nice.front();
    if (!s.y.max) yhi = nice.back();
  }
  xt = ticks_of(s.x, xlo, xhi);
  yt = ticks_of(s.y, ylo, yhi);
  return Frame{xlo, xhi, ylo, yhi, margin_left, s.width - margin_right, top, s.height - margin_bottom};
}

}  // namespace

std::vector<double> nice_ticks(double lo, double hi, int target) {
  if (!(hi > lo)) hi = lo + 1;
  const double raw = (hi - lo) / std::max(1, target);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (const double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * mag * (1 + 1e-9)) {
      step = m * mag;
      break;
    }
  std::vector<double> out;
  const double first = std::floor(lo / step + 1e-9) * step;
  for (double v = first; out.empty() || out.back() < hi - 1e-9 * step; v += step)
    out.push_back(std::abs(v) < 1e-12 * step ? 0.0 : std::round(v / step) * step);
  return out;
}

std::string exact_number(double v) { return std::isnan(v) ? "" : fmt::format("{}", v); }

std::string render_svg_chart(const ChartSpec& s) {
  double top = 0;
  const std::vector<LegendItem> legend = layout_legend(s, top);
  std::vector<ChartTick> xt, yt;
  const Frame f = make_frame(s, top, xt, yt);
  std::string out = fmt::format("<svg id=\"{}\" class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" "
                                "aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"12\"><title>{}</title>",
                                html_escape(s.id), s.width, s.height, html_escape(s.title), html_escape(s.title));
  out += fmt::format("<text class=\"chart-title\" x=\"{}\" y=\"{}\" font-size=\"15\" font-weight=\"bold\">{}</text>",
                     f1(margin_left), f1(title_y), html_escape(s.title));
  out += legend_svg(legend);
  out += axes_svg(s, f, xt, yt);
  for (const ChartSeries& series : s.series)
    if (series.band) out += band_svg(series, f);
  for (const ChartSeries& series : s.series)
    if (series.style == ChartSeries::Style::line || series.style == ChartSeries::Style::step)
      out += line_svg(series, f);
  out += levels_and_markers_svg(s, f);
  for (const ChartSeries& series : s.series) out += "<g class=\"series\">" + points_svg(series, f) + "</g>";
  return out + "</svg>";
}

}  // namespace ccsim
