"""The end-to-end tests' reading of ccsim's HTML pages (report.html, the
staffing report, sweep.html, comparison.html): checks that the page is
self-contained and well-formed, and collects what the tests compare with the
JSON and CSV files.
"""
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr", "source", "area", "base"}


class Page(HTMLParser):
    """One page, parsed: per chart (svg id) its data points (class "pt"),
    target levels and markers; the interval rows (data-index) with the
    count of their highlighted ("miss") cells; the day's KPI rows (data-kpi)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.svg = [], None
        self.charts, self.points, self.levels, self.markers = [], {}, {}, {}
        self.rows, self.kpi_rows, self.miss_cells = [], {}, {}
        self.row = None

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        self.element(tag, dict(attrs))

    def handle_startendtag(self, tag, attrs):
        self.element(tag, dict(attrs))

    def element(self, tag, a):
        if tag == "svg":
            self.svg = a.get("id")
            assert self.svg, "an svg without id"
            self.charts.append(self.svg)
            self.points[self.svg], self.levels[self.svg], self.markers[self.svg] = [], [], []
        for kind, into in (("pt", self.points), ("level", self.levels), ("marker", self.markers)):
            if a.get("class") == kind:
                into[self.svg].append(a)
        if tag == "tr" and "data-index" in a:
            self.rows.append(a)
            self.row = int(a["data-index"])
            self.miss_cells[self.row] = 0
        if tag == "tr" and "data-kpi" in a:
            self.kpi_rows[a["data-kpi"]] = a
        if tag == "td" and a.get("class") == "miss" and self.row is not None:
            self.miss_cells[self.row] += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing (line {self.getpos()[0]})"
        top = self.stack.pop()
        assert top == tag, f"</{tag}> closes <{top}> (line {self.getpos()[0]})"
        if tag == "svg":
            self.svg = None


def parse_page(path):
    """The page at `path`, after checking it loads nothing from outside and
    closes every tag it opens."""
    text = open(path, encoding="utf-8").read()
    for bad in ("<script", "http:", "https:", "src=", "<link", "url(", "@import"):
        assert bad not in text.lower(), f"{path} contains {bad!r}"
    page = Page()
    page.feed(text)
    page.close()
    assert page.stack == [], f"unclosed tags: {page.stack}"
    page.text = text
    return page
