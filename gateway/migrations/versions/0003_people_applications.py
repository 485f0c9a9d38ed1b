"""people (users, sessions, recovery codes) and applications

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("department_id", sa.String(64), sa.ForeignKey("department_status.department_id"), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", TZ, nullable=True),
        sa.Column("totp_seed", sa.Text(), nullable=True),
        sa.Column("totp_pending", sa.Text(), nullable=True),
        sa.Column("totp_last_step", sa.Integer(), nullable=True),
        sa.Column("totp_enabled_at", TZ, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("password_changed_at", TZ, nullable=False),
        sa.Column("last_login_at", TZ, nullable=True),
    )
    op.create_index("ix_users_department_id", "users", ["department_id"])
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_seen_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.Column("mfa_at", TZ, nullable=True),
        sa.Column("ended_at", TZ, nullable=True),
    )
    op.create_index("ix_user_sessions_user_id", "user_sessions", ["user_id"])
    op.create_table(
        "recovery_codes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("code_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("used_at", TZ, nullable=True),
    )
    op.create_index("ix_recovery_codes_user_id", "recovery_codes", ["user_id"])
    op.create_table(
        "applications",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("department_id", sa.String(64), sa.ForeignKey("department_status.department_id"), nullable=False),
        sa.Column("requester_id", sa.String(64), nullable=False),
        sa.Column("requester_kind", sa.String(16), nullable=False),
        sa.Column("dataset_id", sa.String(64), nullable=False),
        sa.Column("owner_department_id", sa.String(64), nullable=False),
        sa.Column("in_catalog", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.String(64), nullable=False),
        sa.Column("duration_days", sa.Integer(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("scenario", sa.Text(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("compliance_due_at", TZ, nullable=False),
        sa.Column("compliance_by", sa.String(64), nullable=True),
        sa.Column("compliance_at", TZ, nullable=True),
        sa.Column("compliance_note", sa.Text(), nullable=False),
        sa.Column("owner_due_at", TZ, nullable=True),
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("decided_at", TZ, nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("operators", sa.JSON(), nullable=False),
        sa.Column("grant_id", sa.String(64), nullable=True),
        sa.Column("closed_at", TZ, nullable=True),
    )
    for column in ("department_id", "dataset_id", "owner_department_id", "status"):
        op.create_index(f"ix_applications_{column}", "applications", [column])


def downgrade() -> None:
    op.drop_table("applications")
    op.drop_table("recovery_codes")
    op.drop_table("user_sessions")
    op.drop_table("users")
