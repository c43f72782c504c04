"""Command-line errors for oversized or misplaced input stay short and name the fix."""

import pytest

from gdviewer.app import main

# main() creates a QCoreApplication when none exists; the Qt tests that run
# later in this process need the QApplication that the qapp fixture makes.
pytestmark = pytest.mark.usefixtures("qapp")


def exit_output(capsys, arguments: list[str]) -> tuple[int, str]:
    """Run main() until it exits through argparse and return the status and stderr."""
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    return stop.value.code, capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "ko"])
def test_long_formula_error_is_short(capsys, language):
    formula = "x+" * 50000

    status, err = exit_output(capsys, ["--lang", language, "--print", "--function", formula])

    assert status == 2
    assert len(err) < 2000
    assert "100000" in err
    assert "…+x+x" in err
    excerpt_line, marker_line = err.splitlines()[-2:]
    assert marker_line.strip() == "^" * 20
    assert excerpt_line.index("…") < marker_line.index("^")


def test_long_formula_marks_unknown_name(capsys):
    formula = "x+" * 100 + "q" + "+x" * 100

    status, err = exit_output(capsys, ["--print", "--function", formula])

    assert status == 2
    assert "Unknown name “q” at position 201" in err
    excerpt_line, marker_line = err.splitlines()[-2:]
    assert excerpt_line[marker_line.index("^")] == "q"
    assert marker_line.strip() == "^"
