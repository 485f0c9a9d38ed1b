"""People and callers: passwords (Argon2id), TOTP with replay protection, recovery codes,
lockout with back-off, sessions, step-up, roles and separation of duties."""

from gateway.auth.callers import KEY_ROLES, Caller, resolve_caller
from gateway.auth.roles import ADMINISTRATORS, Role, RoleConflict, check_roles

__all__ = ["ADMINISTRATORS", "KEY_ROLES", "Caller", "Role", "RoleConflict", "check_roles", "resolve_caller"]
