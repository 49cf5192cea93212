"""Build docs/ of the fourth held-out set from src/ (see benchmarks/heldout_kit/make_docs.py).

Run: python benchmarks/heldout4/make_docs.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit.make_docs import main  # noqa: E402

TARGETS = {"DUK-CQ-tong-ket-cong-tac-dang-2024": "docx", "BC-245-DU-QS-DB": "pdf"}

if __name__ == "__main__":
    main(HERE, TARGETS, widths=(7.0, 3.0, 3.5, 2.5))
