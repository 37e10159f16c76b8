"""`python -m ingram_contract.drift`: an alias of `ingram-contract drift`, same options."""

from __future__ import annotations

import sys

from ingram_contract.cli import main

if __name__ == "__main__":
    sys.exit(main(["drift", *sys.argv[1:]]))
