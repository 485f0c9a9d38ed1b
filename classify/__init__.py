"""classify: the public-data catalog, entity types, detection of Chinese personal information,
grading (with aggregation) and grade checks, masking operators and identifier checks.

Names are imported on first use (PEP 562): importing ``classify.catalog`` or reading the
catalog does not load Presidio and spaCy (≈ 1 s), which only detection and masking need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name → the module that defines it
_WHERE: dict[str, str] = {
    "DatasetGrading": "classify.aggregation",
    "FieldFacts": "classify.aggregation",
    "Reason": "classify.aggregation",
    "grade_dataset": "classify.aggregation",
    "Catalog": "classify.catalog",
    "Dataset": "classify.catalog",
    "DatasetField": "classify.catalog",
    "Department": "classify.catalog",
    "FieldType": "classify.catalog",
    "Grade": "classify.catalog",
    "Opening": "classify.catalog",
    "Purpose": "classify.catalog",
    "Sharing": "classify.catalog",
    "load_catalog": "classify.catalog",
    "Finding": "classify.detect",
    "Scanner": "classify.detect",
    "presidio_findings": "classify.detect",
    "EntityType": "classify.entities",
    "load_entities": "classify.entities",
    "CatalogError": "classify.errors",
    "ClassifyError": "classify.errors",
    "DatasetRows": "classify.gradecheck",
    "GradeCheckReport": "classify.gradecheck",
    "grade_check": "classify.gradecheck",
    "default_sharing": "classify.grading",
    "field_grade": "classify.grading",
    "load_grading_rules": "classify.grading",
    "is_valid_luhn": "classify.identifiers",
    "is_valid_org_code": "classify.identifiers",
    "is_valid_resident_id": "classify.identifiers",
    "is_valid_uscc": "classify.identifiers",
    "luhn_check_digit": "classify.identifiers",
    "org_code_check_char": "classify.identifiers",
    "resident_id_check_char": "classify.identifiers",
    "uscc_check_char": "classify.identifiers",
    "MaskingError": "classify.masking",
    "TokenizeFn": "classify.masking",
    "mask_rows": "classify.masking",
    "token_formats": "classify.masking",
    "build_analyzer": "classify.nlp",
    "render_html": "classify.report_html",
    "TextMasker": "classify.textmask",
    "mask_text": "classify.textmask",
    "text_operators": "classify.textmask",
}

__all__ = sorted(_WHERE)

if TYPE_CHECKING:  # for type checkers and editors: the same names, eagerly
    from classify.aggregation import DatasetGrading, FieldFacts, Reason, grade_dataset
    from classify.catalog import Catalog, Dataset, DatasetField, Department, FieldType, Grade, Opening, Purpose, Sharing, load_catalog
    from classify.detect import Finding, Scanner, presidio_findings
    from classify.entities import EntityType, load_entities
    from classify.errors import CatalogError, ClassifyError
    from classify.gradecheck import DatasetRows, GradeCheckReport, grade_check
    from classify.grading import default_sharing, field_grade, load_grading_rules
    from classify.identifiers import is_valid_luhn, is_valid_org_code, is_valid_resident_id, is_valid_uscc, luhn_check_digit, org_code_check_char, resident_id_check_char, uscc_check_char
    from classify.masking import MaskingError, TokenizeFn, mask_rows, token_formats
    from classify.nlp import build_analyzer
    from classify.report_html import render_html
    from classify.textmask import TextMasker, mask_text, text_operators


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'classify' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next access is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
