"""The classify package's error vocabulary: one root, subclasses that say where.

A ``CatalogError`` points at the exact place in the YAML the administrator must fix
(file, line, column, logical path), in the ``file:line:col: path: message`` form that
editors and CI annotate. When several problems are found, the first one fills the
attributes and ``errors`` holds them all, so a reviewer fixes a catalog in one pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

__all__ = ["ClassifyError", "CatalogError", "TaggerModelError"]

# ``datasets[population].fields[3].entity`` is shown as ``fields[3].entity`` inside
# population.yaml: the file already names the dataset.
_DATASET_PREFIX = re.compile(r"^datasets\[[^\]]*\]\.?")


class ClassifyError(Exception):
    """Root of every error raised by the classify package."""


class CatalogError(ClassifyError):
    """A catalog file is malformed or references something that does not exist."""

    def __init__(
        self,
        file: Path | str | None,
        line: int | None,
        column: int | None,
        path: str,
        message: str,
        errors: Sequence[CatalogError] | None = None,
    ) -> None:
        self.file = Path(file) if file is not None else None
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.errors: list[CatalogError] = list(errors) if errors else [self]
        super().__init__(self._render())

    def __reduce__(self):  # picklable across processes despite the custom __init__
        errors = None if self.errors == [self] else self.errors
        return (type(self), (self.file, self.line, self.column, self.path, self.message, errors))

    @classmethod
    def collect(cls, errors: Sequence[CatalogError]) -> CatalogError:
        """One error that carries all of ``errors``; the first fills the attributes."""
        if not errors:
            raise ValueError("CatalogError.collect needs at least one error")
        first = errors[0]
        return cls(first.file, first.line, first.column, first.path, first.message, errors)

    @property
    def local_path(self) -> str:
        """The path relative to the file it is in (a dataset file drops ``datasets[id].``)."""
        if self.file is not None and self.file.parent.name == "datasets":
            return _DATASET_PREFIX.sub("", self.path)
        return self.path

    def _render_one(self) -> str:
        where = _display(self.file) if self.file is not None else "<catalog>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        path = self.local_path
        return f"{where}: {path}: {self.message}" if path else f"{where}: {self.message}"

    def _render(self) -> str:
        if len(self.errors) <= 1:
            return self._render_one()
        return "\n".join(e._render_one() for e in self.errors)

    def __str__(self) -> str:
        return self._render()


class TaggerModelError(ClassifyError):
    """A trained tagger's model file is not the graph the wrapper was written for (another
    version of the package): refuse to load it rather than tag with a graph we cannot patch."""

    def __init__(self, file: Path | str, message: str) -> None:
        self.file = Path(file)
        self.message = message
        super().__init__(f"{self.file}: {message}")

    def __reduce__(self):
        return (type(self), (self.file, self.message))


def _display(file: Path) -> str:
    """Show a path relative to the working directory when it is inside it."""
    try:
        rel = os.path.relpath(file)
    except ValueError:  # another drive on Windows
        return str(file)
    return str(file) if rel.startswith("..") else rel
