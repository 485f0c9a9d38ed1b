"""classify: the public-data catalog, entity types, grading and identifier checks."""

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
from classify.entities import EntityType, load_entities
from classify.errors import CatalogError, ClassifyError
from classify.masking import MaskingError, mask_rows
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
