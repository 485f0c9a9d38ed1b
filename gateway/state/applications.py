"""Applications, and the department-scoped queries over applications, grants and usage.

Every list query here takes the department scope explicitly: there is no "all rows" query
reachable from an HTTP route.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session

from gateway.state.models import Application, DailyUsage, Grant


def add_application(session: Session, application: Application) -> None:
    session.add(application)
    session.flush()


def get_application(session: Session, application_id: str) -> Application | None:
    return session.get(Application, application_id)


def open_duplicate(session: Session, department: str, dataset: str, purpose: str,
                   open_statuses: Collection[str]) -> Application | None:
    return session.scalars(select(Application).where(
        Application.department_id == department, Application.dataset_id == dataset,
        Application.purpose == purpose, Application.status.in_(list(open_statuses)))).first()


def scoped_applications(session: Session, *, department: str, owner_of: str | None = None, review_all: bool = False,
                        status: str | None = None) -> list[Application]:
    """Applications of ``department``, plus those for datasets ``owner_of`` owns, or all when ``review_all``."""
    scope = [Application.department_id == department]
    if owner_of:
        scope.append(Application.owner_department_id == owner_of)
    query = select(Application)
    if not review_all:
        query = query.where(or_(*scope))
    if status:
        query = query.where(Application.status == status)
    return list(session.scalars(query.order_by(Application.created_at.desc(), Application.id)))


def applications_in(session: Session, statuses: Collection[str]) -> list[Application]:
    """For the operator's CLI (local, not over HTTP)."""
    return list(session.scalars(select(Application).where(Application.status.in_(list(statuses)))
                                .order_by(Application.created_at)))


def approved_with_lapsed_grant(session: Session, now: datetime, approved: str) -> list[tuple[Application, Grant]]:
    rows = session.execute(select(Application, Grant).join(Grant, Grant.id == Application.grant_id)
                           .where(Application.status == approved, Grant.not_after <= now))
    return [(a, g) for a, g in rows]


def application_for_grant(session: Session, grant_id: str) -> Application | None:
    return session.scalars(select(Application).where(Application.grant_id == grant_id)).first()


def scoped_grants(session: Session, *, department: str, owned_datasets: Collection[str] = ()) -> list[Grant]:
    """Grants ``department`` holds, plus grants on ``owned_datasets`` (for its data owners)."""
    owned = list(owned_datasets)
    query = select(Grant).where(or_(Grant.department_id == department,
                                    Grant.dataset_id.in_(owned) if owned else false()))
    return list(session.scalars(query.order_by(Grant.not_after.desc(), Grant.id)))


def owned_uncatalogued(session: Session, department: str) -> list[str]:
    """Datasets not (yet) in the catalog that applications name ``department`` as owner of."""
    return list(session.scalars(select(Application.dataset_id).distinct().where(
        and_(Application.owner_department_id == department, Application.in_catalog.is_(False)))))


def usage_between(session: Session, department: str, first: date, last: date) -> list[DailyUsage]:
    return list(session.scalars(select(DailyUsage).where(
        DailyUsage.department_id == department, DailyUsage.day >= first, DailyUsage.day <= last)
        .order_by(DailyUsage.day)))
