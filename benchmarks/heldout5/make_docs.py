"""Build docs/ of the fifth held-out set from src/ (see benchmarks/heldout_kit/make_docs.py).

Run: python benchmarks/heldout5/make_docs.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit.make_docs import main  # noqa: E402

TARGETS = {"DUK-DN-binh-duong-6-thang-2025": "docx", "BC-131-DUKCQ-PT-6T-2025": "pdf"}

if __name__ == "__main__":
    main(HERE, TARGETS, widths=(7.0, 3.0, 3.5, 2.5))
