"""daily row usage per department and dataset (the policy's export limit)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dataset_usage",
        sa.Column("department_id", sa.String(64), primary_key=True),
        sa.Column("dataset_id", sa.String(64), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("rows", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dataset_usage")
