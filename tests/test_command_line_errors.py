"""Command-line errors for oversized or misplaced input stay short and name the fix."""

import warnings

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


def write_huge_csv(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("x,y\n1e200,1e200\n2e200,3e200\n1,2\n")
    return path


@pytest.mark.parametrize(
    "language, words",
    [("en", ["The loss overflows at the start", "3e200", "column y", "divide both by 1e200"]),
     ("ko", ["시작점에서 손실이 넘칩니다", "3e200", "열 y", "1e200 단위로"])],
)
def test_huge_data_names_largest_value(capsys, tmp_path, language, words):
    path = write_huge_csv(tmp_path)

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        status, err = exit_output(capsys, ["--lang", language, "--print", "--data", str(path)])

    assert status == 2
    for word in words:
        assert word in err
    assert "(w, b)" not in err


def test_huge_data_in_experiment_file(capsys, tmp_path):
    from gdviewer.core.experiment_file import ExperimentState, save

    path = tmp_path / "huge.gdv"
    state = ExperimentState(
        lesson_id="regression", learning_rate=0.01, steps=10, start=(0.0, 0.0),
        data=([1e200, 2e200, 1.0], [1e200, 3e200, 2.0]),
    )
    save(path, state)

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        status = main([str(path), "--print"])

    err = capsys.readouterr().err
    assert status == 2
    assert "The loss overflows at the start" in err
    assert "3e200" in err


@pytest.mark.parametrize("folder_path", ["{tmp}/", "{tmp}/figure.png"])
def test_export_to_folder_says_folder(capsys, tmp_path, folder_path):
    (tmp_path / "figure.png").mkdir()
    path = folder_path.format(tmp=tmp_path)

    status, err = exit_output(capsys, ["--export", path])

    assert status == 2
    assert f"--export {path} is a folder, not a file" in err
    assert "run.png" in err
    assert "use one of the suffixes" not in err


def test_export_to_folder_in_korean(capsys, tmp_path):
    status, err = exit_output(capsys, ["--lang", "ko", "--export", f"{tmp_path}/"])

    assert status == 2
    assert "파일이 아니라 폴더입니다" in err


def test_export_without_suffix_names_suffixes(capsys, tmp_path):
    status, err = exit_output(capsys, ["--export", str(tmp_path / "figure")])

    assert status == 2
    assert "use one of the suffixes .png" in err
