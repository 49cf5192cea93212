"""Build docs/ of the sixth held-out set from src/ (see benchmarks/heldout_kit/make_docs.py).

Run: python benchmarks/heldout6/make_docs.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit.make_docs import main  # noqa: E402

TARGETS = {"DUK-DN-dong-nai-nam-2024": "docx", "BC-97-DUKCQ-6T-2024": "pdf"}

if __name__ == "__main__":
    main(HERE, TARGETS, widths=(7.0, 3.0, 3.5, 2.5))
