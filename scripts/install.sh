#!/usr/bin/env bash
# Install baocao into ./.venv from the package registries only.
# torch's CPU wheel goes first: otherwise sentence-transformers pulls the CUDA build (GBs).
# Usage: bash scripts/install.sh [--dev]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    echo "python3 -m venv failed; installing python3-venv (Debian/Ubuntu)" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -q && $SUDO apt-get install -y -q python3-venv
    rm -rf .venv && "$PYTHON" -m venv .venv
  fi
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --upgrade pip
TORCH_VERSION="${BAOCAO_TORCH_VERSION:-2.13.0}"
if ! python -c "import torch" 2>/dev/null; then
  # On machines without a local CPU wheel, set PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu
  python -m pip install -q "torch==${TORCH_VERSION}"
fi
if [ "${1:-}" = "--dev" ]; then
  python -m pip install -q -e ".[dev]"   # editable: tests and tools see the working tree
else
  python -m pip install -q .
fi
echo "baocao installed in $(pwd)/.venv"
