"""The ``--key=value`` options of one bridge command (:class:`Options`) and the JSON
report reader the commands share (:func:`read_json`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from finn_vivado.core.errors import FinnVivadoError

__all__ = ["Options", "read_json"]


class Options:
    """The ``--key=value`` options of one command, with typed access and a check that
    every option given is one the command knows."""

    def __init__(self, command: str, values: Mapping[str, str]):
        self.command, self.values, self.used = command, dict(values), set()

    def str(self, key: str, default: str = "") -> str:
        """Text value (default when absent or empty)."""
        self.used.add(key)
        value = self.values.get(key, "")
        return value if value != "" else default

    def path(self, key: str) -> Optional[Path]:
        """Absolute path, or None when absent."""
        value = self.str(key)
        return Path(value).expanduser().resolve() if value else None

    def number(self, key: str, kind: Callable = float) -> Optional[Any]:
        """A positive number, or None when absent."""
        value = self.str(key)
        if not value:
            return None
        try:
            number = kind(value)
        except ValueError:
            raise FinnVivadoError(
                f"{self.command}: --{key} must be a number, got {value!r}") from None
        if not number > 0:
            raise FinnVivadoError(f"{self.command}: --{key} must be greater than 0, got {value}")
        return number

    def flag(self, key: str) -> bool:
        """A 0/1 (true/false) option."""
        value = self.str(key, "0").lower()
        if value not in ("0", "1", "true", "false", "yes", "no"):
            raise FinnVivadoError(f"{self.command}: --{key} must be 0 or 1, got {value!r}")
        return value in ("1", "true", "yes")

    def check_all_used(self) -> None:
        """Raise for options the command did not read (typos on the calling side)."""
        unknown = sorted(set(self.values) - self.used)
        if unknown:
            raise FinnVivadoError(
                f"{self.command}: unknown option(s) {', '.join('--' + k for k in unknown)}")


def read_json(path: Path) -> Any:
    """A JSON report, or None when it does not exist."""
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise FinnVivadoError(f"cannot read report {path}: {exc}") from None
