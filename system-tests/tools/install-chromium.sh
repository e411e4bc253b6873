#!/usr/bin/env bash
# Installs Debian's headless Chromium, its ChromeDriver and a Chinese font (the console speaks Chinese; without
# a CJK font the screenshots show empty boxes) for the browser tests, when they are missing.
# Called by the browser tests themselves (and usable by hand); needs root or passwordless sudo and apt.
set -euo pipefail
CJK_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f "$CJK_FONT" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium or a Chinese font is missing and this is not a Debian-like system: install chromium, chromium-driver and" \
       "fonts-wqy-microhei (/usr/bin/chromium, /usr/bin/chromedriver, $CJK_FONT) and run the tests again." >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
    echo "Chromium is missing: run 'sudo apt-get install chromium chromium-driver fonts-wqy-microhei' and run the tests again." >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium, chromium-driver and fonts-wqy-microhei for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei >/dev/null
/usr/bin/chromium --version
/usr/bin/chromedriver --version
