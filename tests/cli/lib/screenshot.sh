# Sourced by the end-to-end tests: renders an HTML page in headless Chromium
# and checks the screenshot is not blank. Needs WORK (a scratch folder).
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$CHROMIUM" ] || { echo "FAIL: chromium is not installed (scripts/test.sh installs it; or: apt-get install chromium)" >&2; exit 1; }

# screenshot_not_blank PAGE.html SHOT.png [HEIGHT]  (a height the page fills: the check wants ink in every quarter)
screenshot_not_blank() {
  local page="$1" shot="$2" height="${3:-4000}"
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$WORK")" --screenshot="$shot" --window-size=1280,"$height" \
    "file://$page" >"$WORK/chromium.log" 2>&1 || { tail -20 "$WORK/chromium.log" >&2; return 1; }
  [ -s "$shot" ] || { tail -20 "$WORK/chromium.log" >&2; echo "chromium wrote no screenshot" >&2; return 1; }
  python3 "$(dirname "${BASH_SOURCE[0]}")/png_not_blank.py" "$shot"
}
