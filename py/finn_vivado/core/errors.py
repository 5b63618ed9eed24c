"""User-facing error type: one clear line naming what was wrong, where, and what to do."""

__all__ = ["FinnVivadoError"]


class FinnVivadoError(Exception):
    """An error caused by the user's input (model, config, folding, board, paths).

    The CLI prints ``error: <message>`` on one line to stderr and exits non-zero,
    without a traceback. Messages name the file, node, op type or config field,
    and say what to do.
    """
