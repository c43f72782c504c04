"""Reading and writing data sets as CSV: every accepted and rejected form."""

import numpy as np
import pytest

from gdviewer.core.datasets import CsvError, CsvProblem, Dataset, format_csv, load_csv, parse_csv, save_csv


@pytest.mark.parametrize(
    "text",
    [
        "x,y\n1,2\n2,4\n3,5\n",  # header, comma
        "1,2\n2,4\n3,5\n",  # no header
        "\ufeffx,y\n1,2\n2,4\n3,5\n",  # UTF-8 byte order mark
        "x;y\n1;2\n2;4\n3;5\n",  # semicolon
        "x\ty\n1\t2\n2\t4\n3\t5\n",  # tab
        "\n\nx,y\n\n1,2\n   \n2,4\n\n3,5\n\n",  # blank lines
        "  x , y \n 1 , 2\n2 ,4 \n  3,  5  \n",  # surrounding spaces
        "x,y\r\n1,2\r\n2,4\r\n3,5",  # Windows line ends, no final newline
        '"x","y"\n"1","2"\n2,4\n3,5\n',  # quoted cells
        "x,y,\n1,2,\n2,4,\n3,5,\n",  # trailing delimiter
    ],
)
def test_accepted_forms(text):
    dataset = parse_csv(text)
    assert dataset.x.tolist() == [1.0, 2.0, 3.0]
    assert dataset.y.tolist() == [2.0, 4.0, 5.0]


def test_header_names_the_columns():
    dataset = parse_csv("hours;score\n1;2\n")
    assert (dataset.x_name, dataset.y_name) == ("hours", "score")
    assert parse_csv("1,2\n").x_name == "x"


def test_one_data_row_is_valid():
    dataset = parse_csv("x,y\n2,4\n")
    assert len(dataset) == 1
    assert (dataset.x[0], dataset.y[0]) == (2.0, 4.0)


def test_number_forms():
    dataset = parse_csv("-1.5,1e3\n+2,.5\n3.,-2E-2\n−4,0\n")
    assert dataset.x.tolist() == [-1.5, 2.0, 3.0, -4.0]
    assert dataset.y.tolist() == [1000.0, 0.5, -0.02, 0.0]


@pytest.mark.parametrize(
    "text, problem, row, column, value",
    [
        ("x,y\n1,2\n2,abc\n", CsvProblem.NOT_A_NUMBER, 3, 2, "abc"),
        ("1,2\n2,4\nthree,5\n", CsvProblem.NOT_A_NUMBER, 3, 1, "three"),
        ("x;y\n1,5;2\n", CsvProblem.NOT_A_NUMBER, 2, 1, "1,5"),
        ("1,2\n1_000,4\n", CsvProblem.NOT_A_NUMBER, 2, 1, "1_000"),
        ("x,y\n1,2\n2,\n", CsvProblem.MISSING_VALUE, 3, 2, ""),
        ("x,y\n1,2\n,4\n", CsvProblem.MISSING_VALUE, 3, 1, ""),
        ("x,y\n1,2\n3\n", CsvProblem.MISSING_VALUE, 3, 2, ""),
        ("x\n1\n2\n", CsvProblem.SINGLE_COLUMN, 1, None, "x"),
        ("\n\n1\n2\n", CsvProblem.SINGLE_COLUMN, 3, None, "1"),
        ("x,y\n1,nan\n", CsvProblem.NOT_FINITE, 2, 2, "nan"),
        ("x,y\ninf,2\n", CsvProblem.NOT_FINITE, 2, 1, "inf"),
        ("x,y\n1,-Infinity\n", CsvProblem.NOT_FINITE, 2, 2, "-Infinity"),
        ("x,y\n1e400,2\n", CsvProblem.NOT_FINITE, 2, 1, "1e400"),
        ("x,y,z\n1,2,3\n", CsvProblem.TOO_MANY_COLUMNS, 2, None, "3"),
    ],
)
def test_rejected_cells_name_row_column_value(text, problem, row, column, value):
    with pytest.raises(CsvError) as caught:
        parse_csv(text)
    error = caught.value
    assert error.problem is problem
    assert error.row == row
    assert error.column == column
    assert error.value == value


def test_rejected_cell_carries_header_name():
    with pytest.raises(CsvError) as caught:
        parse_csv("hours,score\n1,2\n2,x\n")
    assert caught.value.column_name == "score"


@pytest.mark.parametrize("text", ["", "\n\n  \n", "x,y\n", "\ufeffx,y\n\n"])
def test_no_data_rows_rejected(text):
    with pytest.raises(CsvError) as caught:
        parse_csv(text)
    assert caught.value.problem is CsvProblem.NO_DATA_ROWS


def test_invalid_utf8_rejected_with_row(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("x,y\n1,2\n3,caf\u00e9\n".encode("latin-1"))
    with pytest.raises(CsvError) as caught:
        load_csv(path)
    assert caught.value.problem is CsvProblem.NOT_UTF8
    assert caught.value.row == 3


def test_missing_file_raises_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_csv(tmp_path / "absent.csv")


def test_load_reads_bom_file(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfx;y\r\n1;2\r\n")
    dataset = load_csv(path)
    assert dataset.x.tolist() == [1.0]
    assert dataset.x_name == "x"


def test_save_and_load_round_trip(tmp_path):
    dataset = Dataset(np.array([0.1, 2.0, -3.5e-7]), np.array([1 / 3, 4.0, 1e300]), "hours", "score, final")
    path = tmp_path / "out.csv"
    save_csv(dataset, path)
    loaded = load_csv(path)
    assert loaded.same_points(dataset)
    assert (loaded.x_name, loaded.y_name) == ("hours", "score, final")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_format_writes_short_numbers():
    text = format_csv(Dataset(np.array([1.0, 2.5]), np.array([2.0, 0.1])))
    assert text == "x,y\n1,2\n2.5,0.1\n"


def test_failed_save_keeps_old_file(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("old")
    with pytest.raises(OSError):
        save_csv(Dataset(np.array([1.0]), np.array([2.0])), tmp_path / "missing" / "data.csv")
    assert path.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv"]


@pytest.mark.parametrize(
    "x, y, message",
    [
        ([], [], "at least one point"),
        ([1.0, 2.0], [1.0], "x has 2 values but y has 1"),
        ([1.0, np.nan], [1.0, 2.0], "finite"),
    ],
)
def test_dataset_rejects_invalid_arrays(x, y, message):
    with pytest.raises(ValueError, match=message):
        Dataset(np.array(x), np.array(y))


def test_dataset_edits_return_new_sets():
    dataset = Dataset(np.array([1.0, 2.0]), np.array([3.0, 4.0]))
    assert dataset.with_point(5.0, 6.0).x.tolist() == [1.0, 2.0, 5.0]
    assert dataset.with_point_moved(1, 7.0, 8.0).y.tolist() == [3.0, 8.0]
    assert dataset.without_points([0]).x.tolist() == [2.0]
    assert dataset.x.tolist() == [1.0, 2.0]
    with pytest.raises(ValueError):
        dataset.without_points([0, 1])
    with pytest.raises(IndexError):
        dataset.with_point_moved(2, 0.0, 0.0)
    with pytest.raises(ValueError):
        dataset.x[0] = 9.0
