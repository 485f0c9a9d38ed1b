"""People of a department: a system administrator manages those of their own department
(create, lock, unlock); everyone else sees only themselves. Platform-wide bootstrap is the
``govgate users`` CLI on the server, not HTTP."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path
from pydantic import BaseModel, ConfigDict, Field

from gateway.api_errors import Forbidden, Invalid, NotFound
from gateway.auth import Caller, Role
from gateway.auth.service import create_user, require_step_up, set_locked, user_view
from gateway.deps import ClientIp, CurrentCaller, Gov, Now
from gateway.state.models import User
from gateway.state.users import get_user, list_users, unused_recovery_codes

router = APIRouter(prefix="/v1", tags=["users"])

_USER_EXAMPLE = {
    "id": "u-3f9a1c0b7d2e", "username": "wang.fang", "display_name": "王芳", "department": "civil-affairs",
    "roles": ["requester"], "status": "active", "locked_until": None, "totp_enrolled": True,
    "created_at": "2026-11-29T08:00:00Z", "last_login_at": "2026-11-30T01:02:03Z",
}


class UserView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_USER_EXAMPLE]})

    id: str
    username: str
    display_name: str
    department: str
    roles: list[str]
    status: str = Field(description="active | disabled (locked by an administrator)")
    locked_until: str | None = Field(description="end of an automatic lockout after failed attempts")
    totp_enrolled: bool
    created_at: str | None
    last_login_at: str | None
    recovery_codes_left: int | None = None


class UserList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"users": [_USER_EXAMPLE]}]})

    users: list[UserView]


class NewUser(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"username": "li.qiang", "display_name": "李强", "roles": ["requester"]}]})

    username: str = Field(min_length=3, max_length=64, pattern=r"^[a-z][a-z0-9._-]{2,63}$")
    display_name: str = Field(default="", max_length=200)
    roles: list[Role] = Field(min_length=1, max_length=7)
    department: str | None = Field(default=None, max_length=64,
                                   description="must be the administrator's own department (default)")


class CreatedUser(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"user": _USER_EXAMPLE,
                                                               "initial_password": "q7#Vd2-LmP9x@Rt4"}]})

    user: UserView
    initial_password: str = Field(description="shown once; the person enrols TOTP at first login")


class LockRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"reason": "离职"}]})

    reason: str = Field(default="", max_length=500)


UserId = Annotated[str, Path(min_length=1, max_length=64, examples=["u-3f9a1c0b7d2e"])]


def _admin(caller: Caller) -> None:
    if caller.kind != "user" or not caller.has(Role.SYSTEM_ADMIN):
        raise Forbidden("role_required", "须由本部门系统管理员 (system_admin) 操作")


def _visible(session, caller: Caller, user_id: str) -> User:  # noqa: ANN001
    user = get_user(session, user_id)
    if user is None or not (user.id == caller.actor_id or (
            caller.has(Role.SYSTEM_ADMIN) and user.department_id == caller.department_id)):
        raise NotFound("unknown_user", "用户不存在")
    return user


@router.get("/users", summary="People visible to the caller: all of the department for its system admin, else oneself",
            response_model=UserList)
def get_users(gov: Gov, caller: CurrentCaller) -> UserList:
    with gov.sessions() as session:
        if caller.kind == "user" and caller.has(Role.SYSTEM_ADMIN):
            users = list_users(session, caller.department_id)
        elif caller.kind == "user":
            users = [u for u in [get_user(session, caller.actor_id)] if u]
        else:
            users = []
        return UserList(users=[UserView(**user_view(u)) for u in users])


@router.get("/users/{user_id}", summary="One person (oneself, or of one's own department for its system admin)",
            response_model=UserView)
def get_one_user(user_id: UserId, gov: Gov, caller: CurrentCaller) -> UserView:
    with gov.sessions() as session:
        user = _visible(session, caller, user_id)
        left = unused_recovery_codes(session, user.id) if user.id == caller.actor_id else None
        return UserView(**user_view(user, recovery_left=left))


@router.post("/users", status_code=201, response_model=CreatedUser,
             summary="Create a person of the administrator's department (system_admin, TOTP step-up)")
def post_user(body: NewUser, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp) -> CreatedUser:
    _admin(caller)
    if body.department not in (None, caller.department_id):
        raise Invalid("other_department", "只能为本部门创建人员；跨部门的初始化请在服务器上使用 `govgate users add`")
    require_step_up(gov, caller, now)
    with gov.sessions() as session:
        user, password = create_user(gov, session, username=body.username, display_name=body.display_name,
                                     department=caller.department_id, roles=[r.value for r in body.roles], now=now,
                                     actor_id=caller.actor_id, actor_department=caller.department_id, source_ip=ip)
        return CreatedUser(user=UserView(**user_view(user)), initial_password=password or "")


@router.post("/users/{user_id}/lock", response_model=UserView,
             summary="Lock a person of one's department (system_admin): sessions end, login refused")
def lock_user(user_id: UserId, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp,
              body: Annotated[LockRequest | None, Body()] = None) -> UserView:
    _admin(caller)
    with gov.sessions() as session:
        user = _visible(session, caller, user_id)
        if user.id == caller.actor_id:
            raise Invalid("self_lock", "不能锁定自己")
        user = set_locked(gov, session, user.id, True, now=now, actor_id=caller.actor_id,
                          actor_department=caller.department_id, reason_text=(body.reason if body else ""),
                          source_ip=ip)
        return UserView(**user_view(user))


@router.post("/users/{user_id}/unlock", response_model=UserView,
             summary="Unlock a person of one's department and clear the back-off (system_admin, TOTP step-up)")
def unlock_user(user_id: UserId, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp) -> UserView:
    _admin(caller)
    with gov.sessions() as session:
        user = _visible(session, caller, user_id)
        require_step_up(gov, caller, now)
        user = set_locked(gov, session, user.id, False, now=now, actor_id=caller.actor_id,
                          actor_department=caller.department_id, source_ip=ip)
        return UserView(**user_view(user))
