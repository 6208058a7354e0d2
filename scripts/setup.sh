#!/usr/bin/env bash
# Installs what KazakhText needs to build on Debian (ICU headers and pkg-config) when missing.
set -euo pipefail
missing=()
pkg-config --exists icu-uc icu-i18n 2>/dev/null || missing+=(libicu-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev pkg-config >/dev/null
fi
