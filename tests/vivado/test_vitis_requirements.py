"""The README's "Vitis kernel packaging requirements" table cites, per requirement, a line
of the project's templates or code and the text on it: each citation must still hold."""

import re

from .helpers import ROOT

HEADING = "### Vitis kernel packaging requirements"
WHERE = re.compile(r"^`(?P<path>[^`:]+):(?P<line>\d+)`$")
TEXT = re.compile(r"^`(?P<text>.+)`$")


def table_rows() -> list[list[str]]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADING)
    rows = []
    for line in lines[start + 1:]:
        if not line.startswith("|"):
            if rows:
                break
            continue
        cells = [c.strip().replace("\\|", "|")
                 for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        rows.append(cells)
    assert rows[0][:2] == ["requirement (source)", "how it is met"]
    return [r for r in rows[2:]]  # header and separator


def test_every_cited_line_holds_the_quoted_text():
    rows = table_rows()
    assert len(rows) >= 15
    for requirement, how, where, text in rows:
        assert requirement and how, (requirement, how)
        w, t = WHERE.match(where), TEXT.match(text)
        assert w and t, (where, text)
        path = ROOT / w.group("path")
        assert path.is_file(), where
        source = path.read_text(encoding="utf-8").splitlines()
        number = int(w.group("line"))
        assert 1 <= number <= len(source), where
        assert t.group("text") in source[number - 1], (where, t.group("text"),
                                                        source[number - 1])


def test_every_requirement_names_its_source():
    for requirement, *_ in table_rows():
        assert re.search(r"UG\d{4}|XD\d{3}|Xilinx|same source", requirement), requirement
