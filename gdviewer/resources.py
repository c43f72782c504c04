"""Locating the files under resources/ (translations, icons, lesson texts).

A wheel ships them inside the package as ``gdviewer/resources``; a source
checkout keeps them in the top-level ``resources`` folder next to the
package. Both are found by the same call.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder holding gdviewer's resources.

    Raises FileNotFoundError naming both places looked at if neither exists.
    """
    candidates = (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "gdviewer's resources were not found in "
        + " or ".join(str(path) for path in candidates)
        + "; reinstall gdviewer"
    )


def resource_path(*parts: str) -> Path:
    """Return the path of one resource, for example ``resource_path("translations")``."""
    return resources_dir().joinpath(*parts)
