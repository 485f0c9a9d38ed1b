"""classify: the public-data catalog, entity types, detection of Chinese personal information,
grading (with aggregation) and grade checks, masking operators and identifier checks."""

from classify.catalog import (
    Catalog,
    Dataset,
    DatasetField,
    Department,
    FieldType,
    Grade,
    Opening,
    Purpose,
    Sharing,
    load_catalog,
)
from classify.aggregation import DatasetGrading, FieldFacts, Reason, grade_dataset
from classify.detect import Finding, Scanner, presidio_findings
from classify.entities import EntityType, load_entities
from classify.gradecheck import DatasetRows, GradeCheckReport, grade_check
from classify.nlp import build_analyzer
from classify.report_html import render_html
from classify.textmask import TextMasker, mask_text, text_operators
from classify.errors import CatalogError, ClassifyError
from classify.masking import MaskingError, TokenizeFn, mask_rows, token_formats
from classify.grading import default_sharing, field_grade, load_grading_rules
from classify.identifiers import (
    is_valid_luhn,
    is_valid_org_code,
    is_valid_resident_id,
    is_valid_uscc,
    luhn_check_digit,
    org_code_check_char,
    resident_id_check_char,
    uscc_check_char,
)

__all__ = [
    "TokenizeFn",
    "token_formats",
    "DatasetGrading",
    "DatasetRows",
    "FieldFacts",
    "Finding",
    "GradeCheckReport",
    "Reason",
    "Scanner",
    "TextMasker",
    "build_analyzer",
    "grade_check",
    "grade_dataset",
    "mask_text",
    "presidio_findings",
    "render_html",
    "text_operators",
    "Catalog",
    "CatalogError",
    "ClassifyError",
    "Dataset",
    "DatasetField",
    "Department",
    "EntityType",
    "FieldType",
    "Grade",
    "Opening",
    "Purpose",
    "Sharing",
    "default_sharing",
    "field_grade",
    "is_valid_luhn",
    "is_valid_org_code",
    "is_valid_resident_id",
    "is_valid_uscc",
    "load_catalog",
    "load_entities",
    "load_grading_rules",
    "mask_rows",
    "MaskingError",
    "luhn_check_digit",
    "org_code_check_char",
    "resident_id_check_char",
    "uscc_check_char",
]
