#!/usr/bin/env bash
# The end-to-end tests need Chromium: Debian's (/usr/bin/chromium) or Playwright's own. Installs
# Debian's when neither is there and this user may (root with apt-get); otherwise says how.
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/ >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Chromium from Debian for the end-to-end tests…"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi
echo "The end-to-end tests need Chromium: 'sudo apt-get install chromium' (Debian/Ubuntu) or 'npx playwright install chromium'." >&2
exit 1
