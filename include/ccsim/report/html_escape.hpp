#pragma once
#include <string>
#include <string_view>

namespace ccsim {

/// Text made safe for HTML and SVG content and attribute values: & < > " '
/// become character references. Scenario names and descriptions pass through
/// it before they reach report.html.
std::string html_escape(std::string_view text);

}  // namespace ccsim
