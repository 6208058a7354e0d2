#!/usr/bin/env bash
# CI: the HTML views checked in headless Chromium. Renders every Corpus/ file (extraction,
# gold and eval pages) and checks in the browser that every highlighted element's text is
# exactly its span's text, one element per span, and that no page logs a console error.
# Installs Debian's chromium when it is missing and apt can (root or sudo); otherwise, or
# without python3, it says plainly that it skips.
# Usage: bash scripts/ci-render-dom.sh [--screenshots docs/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."

find_chromium() {
  for c in "${CHROMIUM:-}" chromium chromium-browser google-chrome; do
    [ -n "$c" ] && command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return; }
  done
  return 0
}

chromium_bin="$(find_chromium)"
if [ -z "$chromium_bin" ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo"; else SUDO="none"; fi
  fi
  if [ "$SUDO" != "none" ]; then
    echo "render DOM check: installing chromium" >&2
    { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null; } \
      || echo "render DOM check: could not install chromium" >&2
    chromium_bin="$(find_chromium)"
  fi
fi
if [ -z "$chromium_bin" ]; then
  echo "render DOM check: SKIPPED (no chromium; install Debian's chromium package or set CHROMIUM)"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "render DOM check: SKIPPED (no python3 to drive chromium)"
  exit 0
fi

swift build --product kaztext >/dev/null
kaztext="$(swift build --show-bin-path)/kaztext"
echo "render DOM check: $("$chromium_bin" --version 2>/dev/null || echo "$chromium_bin")"
# Every Corpus file, at any depth (Corpus/latin/real/, Corpus/quotes-wild/tune/, ...).
mapfile -t corpus < <(find Corpus -name '*.jsonl' | sort)
python3 scripts/render_dom_check.py --kaztext "$kaztext" --chromium "$chromium_bin" "$@" \
  Corpus/samples/seed.txt "${corpus[@]}"
