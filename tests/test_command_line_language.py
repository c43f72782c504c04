"""The command line under --lang ko: argparse's own texts in Korean too."""

import argparse
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from gdviewer.app import main, requested_language
from gdviewer.argparse_texts import display_width

# main() creates a QCoreApplication when none exists; the Qt tests that run
# later in this process need the QApplication that the qapp fixture makes.
pytestmark = pytest.mark.usefixtures("qapp")

KOREAN_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "gdviewer_ko.ts"


def exit_output(capsys, arguments: list[str]) -> tuple[int, str, str]:
    """Run main() until it exits through argparse and return the status, stdout and stderr."""
    with pytest.raises(SystemExit) as stop:
        main(arguments)
    captured = capsys.readouterr()
    return stop.value.code, captured.out, captured.err


def test_korean_invalid_int_value(capsys):
    status, _out, err = exit_output(capsys, ["--lang", "ko", "--print", "--steps", "x"])

    assert status == 2
    assert err.startswith("사용법: gdviewer")
    assert "gdviewer: 오류: 인수 --steps: 잘못된 int 값: 'x'" in err
    assert "usage:" not in err
    assert "error:" not in err


def test_korean_missing_value(capsys):
    status, _out, err = exit_output(capsys, ["--lang", "ko", "--print", "--surface"])

    assert status == 2
    assert "인수 --surface: 인수가 하나 필요합니다" in err


def test_korean_unrecognized_argument(capsys):
    status, _out, err = exit_output(capsys, ["--print", "--lang=ko", "--speed"])

    assert status == 2
    assert "알 수 없는 인수: --speed" in err


def test_korean_help(capsys):
    status, out, _err = exit_output(capsys, ["--lang", "ko", "--help"])

    assert status == 0
    assert out.startswith("사용법: gdviewer [-h]")
    assert "\n위치 인수:\n" in out
    assert "\n옵션:\n" in out
    assert "이 도움말을 출력하고 종료" in out
    for option in ("--steps N", "--learning-rate A", "--lang {en,ko}"):
        assert option in out


def test_errors_of_own_checks_use_korean_usage(capsys):
    status, _out, err = exit_output(capsys, ["--lang", "ko", "--print", "--steps", "-3"])

    assert status == 2
    assert err.startswith("사용법: gdviewer")
    assert "gdviewer: 오류: " in err


def test_english_texts_unchanged(capsys):
    status, _out, err = exit_output(capsys, ["--lang", "en", "--print", "--steps", "x"])

    assert status == 2
    assert err.startswith("usage: gdviewer")
    assert "gdviewer: error: argument --steps: invalid int value: 'x'" in err


def test_argparse_restored_after_parsing(capsys):
    exit_output(capsys, ["--lang", "ko", "--print", "--steps", "x"])

    assert argparse._("usage: ") == "usage: "


@pytest.mark.parametrize("arguments", [["--lang", "xx", "--print"], ["--print", "--lang"]])
def test_invalid_lang_reported_by_full_parser(capsys, arguments):
    status, _out, err = exit_output(capsys, arguments)

    assert status == 2
    # The usage names the program and every option, not the short parser that finds --lang.
    assert err.startswith("usage: gdviewer [-h]")
    assert "argument --lang:" in err


@pytest.mark.parametrize(
    "arguments, language",
    [(["--lang", "ko"], "ko"), (["--print", "--lang=en"], "en"), (["--lang", "xx"], None), (["--lang"], None)],
)
def test_requested_language(arguments, language):
    assert requested_language(arguments) == language


def test_korean_argparse_texts_keep_percent_fields():
    for message in ElementTree.parse(KOREAN_TS).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.findtext("translation") or ""
        fields = re.findall(r"%(?:\(\w+\))?[sr]", source)
        assert sorted(re.findall(r"%(?:\(\w+\))?[sr]", translation)) == sorted(fields), source


def test_korean_usage_lines_aligned(capsys):
    _status, _out, err = exit_output(capsys, ["--lang", "ko", "--print", "--steps", "x"])
    first, second = err.splitlines()[:2]

    # "사용법: " takes 8 terminal columns: three wide syllables, a colon and a space.
    assert first.startswith("사용법: gdviewer [-h]")
    assert second.startswith(" " * 17 + "[")
    assert display_width(first) <= 80


def test_korean_help_fits_80_columns(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    _status, out, _err = exit_output(capsys, ["--lang", "ko", "--help"])

    widths = [display_width(line) for line in out.splitlines()]
    assert max(widths) <= 80
    assert "학습률(Learning Rate) α (기본값: 레슨의 값)" in out
