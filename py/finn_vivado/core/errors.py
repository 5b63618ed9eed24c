"""User-facing error type: one clear line naming what was wrong, where, and what to do."""

import os
import tempfile
import traceback
from pathlib import Path

__all__ = ["FinnVivadoError", "save_traceback"]


class FinnVivadoError(Exception):
    """An error caused by the user's input (model, config, folding, board, paths).

    The CLI prints ``error: <message>`` on one line to stderr and exits non-zero,
    without a traceback. Messages name the file, node, op type or config field,
    and say what to do.
    """


def save_traceback(exc: BaseException) -> str:
    """Write the traceback of an internal error to a file in the temporary directory;
    returns a hint saying where it is (for the one console line)."""
    path = Path(tempfile.gettempdir()) / f"finn-vivado-error-{os.getpid()}.log"
    try:
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    except OSError:
        return "rerun with -v for the traceback"
    return f"traceback in {path}"
