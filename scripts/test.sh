#!/usr/bin/env bash
# The whole test suite as CI runs it: install (with dev tools and Chromium), lint, type-check, test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --dev
# shellcheck disable=SC1091
. .venv/bin/activate

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi

ruff check .
ruff format --check .
mypy
python -m pytest "$@"
