#!/usr/bin/env bash
# Make sure Debian's Chromium is at /usr/bin/chromium for the console's browser tests (driven by
# Playwright, which never downloads a browser of its own here), with CJK fonts so Chinese text
# renders in screenshots. Called by scripts/test.sh; needs root or sudo when it must install.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
echo "installing Chromium and CJK fonts (Debian packages chromium, fonts-noto-cjk)..." >&2
as_root apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium fonts-noto-cjk >&2
/usr/bin/chromium --version >&2
