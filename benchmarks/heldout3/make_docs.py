"""Build docs/ of the third held-out set from src/ (see benchmarks/heldout_kit/make_docs.py).

Run: python benchmarks/heldout3/make_docs.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit.make_docs import main  # noqa: E402

TARGETS = {"dang-uy-khoi-cq-bc-9-thang-2025": "docx", "BC-118-DUKDN-PY": "pdf"}

if __name__ == "__main__":
    main(HERE, TARGETS, widths=(6.5, 3.2, 3.2, 3.2))
