"""Gateway state (SQLAlchemy, migrated by Alembic): department status, credentials, grants."""

from gateway.state.credentials import CredentialError, IssuedKey, Principal, authenticate, issue, list_credentials, revoke
from gateway.state.db import make_engine, migrate, session_factory
from gateway.state.grants import find_grant, grant_document, grants_in_force, put_grant, set_department_status, sync_departments
from gateway.state.peppers import Pepper, PepperError, load_pepper
from gateway.state.models import Application, Credential, DailyUsage, DepartmentStatus, Grant, RecoveryCode, User, UserSession
from gateway.state.usage import add_dataset_rows, add_rows, dataset_rows_used, rows_used

__all__ = [
    "Application", "RecoveryCode", "User", "UserSession", "Pepper", "PepperError", "load_pepper",
    "Credential", "CredentialError", "DailyUsage", "add_rows", "rows_used", "add_dataset_rows", "dataset_rows_used", "DepartmentStatus", "Grant", "IssuedKey", "Principal",
    "authenticate", "find_grant", "grant_document", "issue", "list_credentials", "make_engine",
    "grants_in_force", "migrate", "put_grant", "revoke", "session_factory", "set_department_status", "sync_departments",
]
