#!/usr/bin/env bash
# The main job on the bundled sample reports, offline: install, ingest, answer, show the UI command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
# shellcheck disable=SC1091
. .venv/bin/activate
export BAOCAO_DATA_DIR="${BAOCAO_DATA_DIR:-$(pwd)/data/demo}"
QUESTION="${1:-$(cat samples/DEMO_QUESTION.txt)}"

echo "== Nạp các báo cáo mẫu (samples/reports/) vào $BAOCAO_DATA_DIR"
baocao ingest samples/reports/ --no-progress
echo
echo "== Câu hỏi: $QUESTION"
baocao ask "$QUESTION"
echo
echo "== Mở giao diện web: . .venv/bin/activate && BAOCAO_DATA_DIR=$BAOCAO_DATA_DIR baocao serve"
echo "   rồi truy cập http://127.0.0.1:7860"
