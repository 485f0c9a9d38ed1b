"""Sign-in for people: password + TOTP, first-login enrolment by QR code, step-up, logout.

A session token (``gs_…``) is sent as ``Authorization: Bearer``. Right after a first login
(no TOTP yet) the session may only enrol: ``/v1/auth/totp/enrol`` → scan the QR code →
``/v1/auth/totp/confirm`` with a code, which returns the recovery codes once and makes the
session active.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from gateway.api_errors import Forbidden
from gateway.auth import totp
from gateway.auth.service import (
    begin_enrolment,
    change_password,
    confirm_enrolment,
    login,
    logout,
    pending_uri,
    regenerate_recovery_codes,
    step_up,
    user_view,
)
from gateway.deps import ClientIp, CurrentCaller, Gov, Now, SessionCaller
from gateway.routes.users import UserView
from gateway.state.users import get_user

router = APIRouter(prefix="/v1/auth", tags=["auth"])

_CODES = ["k3m9-x2qa-7hdp-c4nw", "r8tz-0bqe-m2vc-9yhs"]


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"username": "wang.fang", "password": "q7#Vd2-LmP9x@Rt4", "totp_code": "492039"}]})

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    totp_code: str | None = Field(default=None, max_length=16, description="6-digit code, once TOTP is enrolled")
    recovery_code: str | None = Field(default=None, max_length=32, description="instead of totp_code (one use)")


class LoginResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "token": "gs_5b0c2e7f9a1d3c4b_Qm9yZWFsaXMtZXhhbXBsZS10b2tlbi1ub3QtcmVhbA", "session_id": "5b0c2e7f9a1d3c4b",
        "state": "active", "expires_at": "2026-11-30T09:00:00Z", "idle_timeout_seconds": 900,
        "next": "use the token as Authorization: Bearer", "user": UserView.model_config["json_schema_extra"]["examples"][0]}]})

    token: str = Field(description="session token, shown once; send as Authorization: Bearer")
    session_id: str
    state: str = Field(description="active | enrol (first login: only TOTP enrolment is allowed)")
    expires_at: str = Field(description="absolute end of the session")
    idle_timeout_seconds: int
    next: str
    user: UserView


class SessionView(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "session_id": "5b0c2e7f9a1d3c4b", "state": "active", "mfa_at": "2026-11-30T01:02:03Z", "mfa_fresh": True,
        "step_up_window_seconds": 300, "user": UserView.model_config["json_schema_extra"]["examples"][0]}]})

    session_id: str
    state: str
    mfa_at: str | None
    mfa_fresh: bool
    step_up_window_seconds: int
    user: UserView


class Enrolment(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "otpauth_uri": "otpauth://totp/govgate%20%E6%B9%96%E5%B7%9E:wang.fang?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                       "&issuer=govgate%20%E6%B9%96%E5%B7%9E",
        "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "qr_svg": "/v1/auth/totp/qr.svg",
        "next": "scan the QR code, then POST /v1/auth/totp/confirm with a code"}]})

    otpauth_uri: str
    secret: str = Field(description="the seed in base32, for manual entry; stored only encrypted")
    qr_svg: str = Field(description="path of the QR code image (SVG), served by the gateway")
    next: str


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"code": "492039"}]})

    code: str = Field(min_length=1, max_length=16)


class RecoveryCodes(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "recovery_codes": _CODES, "state": "active", "note": "shown once: store them offline"}]})

    recovery_codes: list[str]
    state: str
    note: str


class StepUpRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"code": "492039"}]})

    code: str | None = Field(default=None, max_length=16)
    recovery_code: str | None = Field(default=None, max_length=32)

    @model_validator(mode="after")
    def _one(self) -> StepUpRequest:
        if not (self.code or self.recovery_code):
            raise ValueError("give code (TOTP) or recovery_code")
        return self


class StepUpResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "mfa_at": "2026-11-30T01:02:03Z", "valid_until": "2026-11-30T01:07:03Z"}]})

    mfa_at: str
    valid_until: str


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "current_password": "q7#Vd2-LmP9x@Rt4", "new_password": "Xu3!huzhou-2026-ok"}]})

    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=1, max_length=256)


class Done(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _person(caller) -> None:  # noqa: ANN001
    if caller.kind != "user":
        raise Forbidden("people_only", "此接口仅限个人账户（会话令牌）")


@router.post("/login", response_model=LoginResponse,
             summary="Sign in with password and TOTP (or, before enrolment, password only → enrol session)")
def post_login(body: LoginRequest, gov: Gov, now: Now, ip: ClientIp) -> LoginResponse:
    with gov.sessions() as session:
        result = login(gov, session, username=body.username, password=body.password, code=body.totp_code,
                       recovery_code=body.recovery_code, now=now, source_ip=ip)
        nxt = ("use the token as Authorization: Bearer" if result.state == "active"
               else "first login: POST /v1/auth/totp/enrol, scan the QR code, POST /v1/auth/totp/confirm")
        return LoginResponse(token=result.token, session_id=result.session_id, state=result.state,
                             expires_at=_iso(result.expires_at), idle_timeout_seconds=result.idle_timeout_seconds,
                             next=nxt, user=UserView(**user_view(result.user)))


@router.get("/session", response_model=SessionView, summary="The current session and whether a step-up is fresh")
def get_session(gov: Gov, caller: SessionCaller, now: Now) -> SessionView:
    _person(caller)
    with gov.sessions() as session:
        user = get_user(session, caller.actor_id)
        return SessionView(session_id=caller.session_id or "", state=caller.session_state,
                           mfa_at=_iso(caller.mfa_at) if caller.mfa_at else None,
                           mfa_fresh=caller.mfa_fresh(now, gov.settings.step_up_seconds),
                           step_up_window_seconds=gov.settings.step_up_seconds, user=UserView(**user_view(user)))


@router.post("/logout", response_model=Done, summary="End the current session")
def post_logout(gov: Gov, caller: SessionCaller, now: Now, ip: ClientIp) -> Done:
    _person(caller)
    with gov.sessions() as session:
        logout(gov, session, caller, now=now, source_ip=ip)
    return Done(status="logged_out")


@router.post("/totp/enrol", response_model=Enrolment,
             summary="Start TOTP enrolment: a new seed (kept encrypted), its otpauth URI and QR code")
def post_enrol(gov: Gov, caller: SessionCaller, now: Now, ip: ClientIp) -> Enrolment:
    with gov.sessions() as session:
        uri, seed = begin_enrolment(gov, session, caller, now=now, source_ip=ip)
    return Enrolment(otpauth_uri=uri, secret=seed, qr_svg="/v1/auth/totp/qr.svg",
                     next="scan the QR code, then POST /v1/auth/totp/confirm with a code")


@router.get("/totp/qr.svg", response_class=Response, summary="The pending enrolment's QR code (SVG, no CDN)",
            responses={200: {"content": {"image/svg+xml": {"example": "<svg xmlns=\"http://www.w3.org/2000/svg\" …>"}}}})
def get_qr(gov: Gov, caller: SessionCaller) -> Response:
    with gov.sessions() as session:
        uri = pending_uri(gov, session, caller)
    return Response(totp.qr_svg(uri), media_type="image/svg+xml", headers={"Cache-Control": "no-store"})


@router.post("/totp/confirm", response_model=RecoveryCodes,
             summary="Confirm enrolment with a code: TOTP on, session active, recovery codes shown once")
def post_confirm(body: CodeRequest, gov: Gov, caller: SessionCaller, now: Now, ip: ClientIp) -> RecoveryCodes:
    with gov.sessions() as session:
        codes = confirm_enrolment(gov, session, caller, body.code, now=now, source_ip=ip)
    return RecoveryCodes(recovery_codes=codes, state="active", note="shown once: store them offline")


@router.post("/step-up", response_model=StepUpResponse,
             summary="Prove the second factor again (TOTP or a recovery code); fresh for the step-up window")
def post_step_up(body: StepUpRequest, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp) -> StepUpResponse:
    with gov.sessions() as session:
        at = step_up(gov, session, caller, code=body.code, recovery_code=body.recovery_code, now=now, source_ip=ip)
    return StepUpResponse(mfa_at=_iso(at), valid_until=_iso(at + timedelta(seconds=gov.settings.step_up_seconds)))


@router.post("/recovery-codes", response_model=RecoveryCodes,
             summary="Replace the recovery codes (TOTP step-up); the new ones are shown once")
def post_recovery_codes(gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp) -> RecoveryCodes:
    with gov.sessions() as session:
        codes = regenerate_recovery_codes(gov, session, caller, now=now, source_ip=ip)
    return RecoveryCodes(recovery_codes=codes, state="active", note="shown once: the old codes no longer work")


@router.post("/password", response_model=Done, summary="Change one's password (current password required)")
def post_password(body: PasswordChange, gov: Gov, caller: CurrentCaller, now: Now, ip: ClientIp) -> Done:
    with gov.sessions() as session:
        change_password(gov, session, caller, current=body.current_password, new=body.new_password, now=now,
                        source_ip=ip)
    return Done(status="password_changed")
