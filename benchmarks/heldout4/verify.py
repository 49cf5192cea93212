"""Check qa.jsonl against docs/ of the fourth held-out set (see benchmarks/heldout_kit/verify.py).

Run: python benchmarks/heldout4/verify.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit.verify import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
