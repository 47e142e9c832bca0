"""Every painter takes its colours from pmdesk/theme (roles with a light and a dark value):
no colour literal outside it, except in code that only ever paints paper."""

import io
import pathlib
import re
import tokenize

import pmdesk

ROOT = pathlib.Path(pmdesk.__file__).parent
# Paper only (printing, PDF/HTML reports: read on white whatever the screen), and the pure
# core's default colours of entities (data stored in the plan, not a theme; the core may
# not import Qt, so it cannot import the theme).
ALLOWED = {
    "theme/roles.py",
    "printing/gantt.py",
    "printing/gantt_legend.py",
    "printing/output.py",
    "printing/pages.py",
    "printing/printout.py",
    "printing/statusreport.py",
    "printing/swatches.py",
    "reports/html.py",
    "core/canvas.py",
    "core/demo_business.py",
    "core/demo_roadmap.py",
    "core/entities.py",
}
HEX = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-zA-Z_])")
NAMED = re.compile(
    r"""^[rbfu]*(['"])(white|black|red|green|blue|gray|grey|yellow|orange)\1$""", re.IGNORECASE
)
CODE = [
    re.compile(p)
    for p in (r"QColor\(\s*\d", r"GlobalColor\.(white|black)\b", r"\bQt\.(white|black)\b")
]


def literals(source: str) -> list[str]:
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            text = token.string
            if text.lstrip("rbfuRBFU").startswith(('"""', "'''")):
                continue  # docstrings may name a colour in prose
            if HEX.search(text) or NAMED.match(text):
                found.append(f"{token.start[0]}: {text}")
        elif token.type == tokenize.NAME and token.string in ("QColor", "GlobalColor", "Qt"):
            line = token.line[token.start[1] :]
            if any(p.match(line) for p in CODE):
                found.append(f"{token.start[0]}: {line.strip()}")
    return found


def test_the_detector_finds_each_kind_of_literal():
    assert literals('c = QColor("#1f2933")\n')
    assert literals("c = QColor(20, 30, 50)\n")
    assert literals('s = "color: #a12d2a;"\n')
    assert literals('x = dict(color="white")\n')
    assert literals("painter.fillRect(r, Qt.GlobalColor.white)\n")
    assert not literals('c = colour("text")  # was "#1f2933"\n')
    assert not literals('"""Text of #12 issue."""\nx = "item #12"\n')


def test_no_colour_literal_outside_the_theme():
    offenders = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in ALLOWED:
            continue
        found = literals(path.read_text(encoding="utf-8"))
        if found:
            offenders[name] = found
    assert offenders == {}, "colour literals outside pmdesk/theme: name a role instead"


def test_the_allow_list_has_no_stale_entries():
    for name in ALLOWED:
        assert literals((ROOT / name).read_text(encoding="utf-8")), name
