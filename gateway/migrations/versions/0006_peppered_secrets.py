"""secrets at rest: peppered digests of API keys, session tokens and recovery codes

The three digest columns change meaning from plain SHA-256 hex to
``hmac-sha256:<pepper id>:<HMAC(pepper, SHA-256 hex)>`` and are renamed so that no code
reads one as the other; the pepper itself is stored wrapped in ``secret_peppers``.

Existing rows keep their plain SHA-256 here (a migration has no keyring); the first process
that opens the pepper (``gateway.state.peppers.load_pepper``: the gateway at start,
``govgate demo init``, ``govgate credentials issue``) rewrites each as
``HMAC(pepper, <that SHA-256>)`` — the same value a fresh digest of the secret gives, so
every issued API key, session and recovery code keeps working, and no plain SHA-256 stays.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_RENAMES = (("credentials", "secret_sha256", "secret_hash"), ("user_sessions", "token_sha256", "token_hash"),
            ("recovery_codes", "code_sha256", "code_hash"))


def upgrade() -> None:
    op.create_table(
        "secret_peppers",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("pepper_id", sa.String(8), nullable=False),
        sa.Column("wrapped", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rewrapped_at", sa.DateTime(timezone=True), nullable=True),
    )
    for table, old, new in _RENAMES:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(old, new_column_name=new, type_=sa.String(96), existing_type=sa.String(64),
                               existing_nullable=False)


def downgrade() -> None:
    # Peppered digests cannot be turned back into plain SHA-256: downgrading invalidates every
    # API key, session and recovery code issued or protected since (re-issue them).
    for table, old, new in _RENAMES:
        op.execute(sa.text(f"DELETE FROM {table} WHERE {new} LIKE 'hmac-sha256:%'"))
        with op.batch_alter_table(table) as batch:
            batch.alter_column(new, new_column_name=old, type_=sa.String(64), existing_type=sa.String(96),
                               existing_nullable=False)
    op.drop_table("secret_peppers")
