#!/usr/bin/env bash
# Installs what KazakhText needs to build on Debian (ICU headers, pkg-config, and the zlib,
# zstd and xz libraries for compressed input and output) when missing.
set -euo pipefail
missing=()
pkg-config --exists icu-uc icu-i18n 2>/dev/null || missing+=(libicu-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -f /usr/include/zstd.h ] || missing+=(libzstd-dev)
[ -f /usr/include/lzma.h ] || missing+=(liblzma-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
