#!/usr/bin/env bash
# The test command (README): installs what the tests need, then runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")"

# Browser tests (DashboardBrowserTest) drive Debian's Chromium through its chromedriver; they skip
# with a message when these are absent. Installed here when missing and we are root (as in CI).
if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >/dev/null 2>&1 \
      || echo "test.sh: could not install chromium; browser tests will be skipped" >&2
  fi
fi
mvn -B -ntp verify
