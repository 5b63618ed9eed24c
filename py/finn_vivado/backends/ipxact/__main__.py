"""``python -m finn_vivado.backends.ipxact [--check] [--repo DIR] [CORE ...]``: (re)generate the
component.xml and GUI file of the library cores; ``--check`` only lists stale files
(exit status 1 if any)."""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact.library import stale_library_ip, write_library_ip

__all__ = ["main"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m finn_vivado.backends.ipxact",
        description="Write component.xml and xgui/*.tcl of the library cores in ip_repo/.")
    parser.add_argument("--repo", help="library directory (default: the checkout's ip_repo/)")
    parser.add_argument("--check", action="store_true",
                        help="only list the files that are missing or out of date")
    parser.add_argument("cores", nargs="*", help="cores to write (default: all)")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = stale_library_ip(args.repo)
            for item in stale:
                print(f"out of date: {item}")
            return 1 if stale else 0
        for path in write_library_ip(args.repo, args.cores or None):
            print(f"wrote {path}")
    except FinnVivadoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
