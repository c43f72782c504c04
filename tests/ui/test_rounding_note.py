"""The note on a new coordinate that is 0 up to float rounding."""

import numpy as np
import pytest

from gdviewer.ui.update_html import rounding_note


@pytest.mark.parametrize("previous, following, note", [
    ([0.6], [-1.1102230246251565e-16], " (0 up to rounding)"),
    ([0.6], [0.0], ""),
    ([0.6], [0.36], ""),
    # A small value reached by small steps is a real value, not rounding.
    ([1e-13], [1e-14], ""),
    ([1e-300], [1e-310], ""),
    ([0.5, 2.0], [0.25, 4e-17], " (0 up to rounding in coordinate 2)"),
    ([0.5, np.nan], [0.25, np.nan], ""),
])
def test_rounding_note(qapp, previous, following, note):
    assert rounding_note(np.array(previous), np.array(following)) == note
