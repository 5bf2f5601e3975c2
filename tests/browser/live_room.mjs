// Drives the live room in Debian's Chromium through Playwright: opens the bank
// day, moves the advisers slider two steps down with the keyboard (as a
// trainer would), waits for the redraw, and prints what the page shows and
// how long the redraw took, as one JSON line. Screenshots before and after.
//   node live_room.mjs BASE_URL OUT_DIR
import { chromium } from "playwright-core";

const [base, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM, // the browser the test found (tests/cli/lib/screenshot.sh)
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const runs = () => page.$eval("#status", (s) => Number(s.dataset.runs));
  const waitRuns = (n) => page.waitForFunction((k) => Number(document.getElementById("status").dataset.runs) >= k, n, {
    timeout: 60000,
  });
  const waitReports = (n) => page.waitForFunction((k) => Number(document.getElementById("status").dataset.reports || 0) >= k, n, {
    timeout: 60000,
  });
  await page.goto(`${base}/#scenario=bank_hotline_day.yaml&replications=20`);
  await waitRuns(1);
  await waitReports(1); // the first report drawn: the room is ready
  const text = (id) => page.$eval(`#${id}`, (e) => e.textContent);
  const before = await text("kpi-now-service_level");
  await page.screenshot({ path: `${out}/live_room_before.png` });
  const slider = page.locator("#lever-group-0");
  const done = await runs();
  const start = Date.now();
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await waitRuns(done + 1);
  const wall = Date.now() - start;
  await waitReports(2);
  const wallWithReport = Date.now() - start;
  const result = {
    before,
    after: await text("kpi-now-service_level"),
    change: await text("kpi-change-service_level"),
    slider: await slider.inputValue(),
    query: await page.$eval("#status", (s) => s.dataset.query),
    redraw_ms: await page.$eval("#status", (s) => Number(s.dataset.lastMs)),
    wall_ms: wall,
    report_ms: await page.$eval("#status", (s) => Number(s.dataset.reportMs)),
    wall_with_report_ms: wallWithReport,
  };
  await page.screenshot({ path: `${out}/live_room_after.png` });
  // A link that moves a lever: the help desk with one agent more.
  const linked = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await linked.goto(`${base}/#scenario=overload_demo.yaml&group.agents=1&replications=10`);
  await linked.waitForFunction(() => Number(document.getElementById("status").dataset.runs) >= 2, null, { timeout: 60000 });
  const linkText = (id) => linked.$eval(`#${id}`, (e) => e.textContent);
  result.link = {
    before: await linkText("kpi-before-service_level"),
    after: await linkText("kpi-now-service_level"),
    change: await linkText("kpi-change-service_level"),
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
