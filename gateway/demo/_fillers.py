"""Where a field's value comes from when its hint names an attribute, or when it has no
hint and names an entity type (see the vocabulary in ``gateway/demo/synth.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gateway.demo._world import Org, Person, random_address

if TYPE_CHECKING:
    from gateway.demo._hints import RowContext

Gen = Callable[["RowContext"], Any]

PERSON_ATTRS: dict[str, Callable[[Person], Any]] = {
    "name": lambda p: p.name,
    "sex": lambda p: p.sex,
    "birth_date": lambda p: p.birth_date,
    "age": lambda p: p.age,
    "resident_id": lambda p: p.resident_id,
    "mobile": lambda p: p.mobile,
    "address": lambda p: p.address,
    "ethnicity": lambda p: p.ethnicity,
    "education": lambda p: p.education,
    "marital_status": lambda p: p.marital_status,
    "household_district": lambda p: p.place.district.name,
    "household_district_code": lambda p: p.place.district.code,
    "household_town": lambda p: p.place.town.name,
    "household_town_code": lambda p: p.place.town.code,
    "medical_record_no": lambda p: p.medical_record_no,
    "bank_card": lambda p: p.bank_card,
}
ORG_ATTRS: dict[str, Callable[[Org], Any]] = {
    "name": lambda o: o.name,
    "uscc": lambda o: o.uscc,
    "org_type": lambda o: o.org_type,
    "industry": lambda o: o.industry,
    "registered_capital": lambda o: o.registered_capital,
    "established": lambda o: o.established,
    "address": lambda o: o.address,
    "district": lambda o: o.place.district.name,
    "town": lambda o: o.place.town.name,
    "authority": lambda o: o.authority,
    "landline": lambda o: o.landline,
}

_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O on plates


def _plate(ctx: RowContext) -> str:
    r = ctx.rng
    if r.random() < 0.2:  # new-energy: D (pure electric) or F (hybrid) + 5 digits
        return f"浙E{r.choice('DF')}{r.randrange(10**5):05d}"
    chars = [r.choice(_PLATE_LETTERS)] + [str(r.randrange(10)) for _ in range(4)]
    if r.random() < 0.4:
        chars[r.randrange(1, 5)] = r.choice(_PLATE_LETTERS)
    return "浙E" + "".join(chars)


def _subject_address(ctx: RowContext) -> str:
    if ctx.person_subject:
        return ctx.person.address
    if ctx.org_subject:
        return ctx.org.address
    return random_address(ctx.rng, ctx.place)


# Default value of a field that names an entity type and has no synth hint.
ENTITY_FILLERS: dict[str, Gen] = {
    "CN_RESIDENT_ID": lambda c: c.person.resident_id,
    "CN_SOCIAL_SECURITY": lambda c: c.person.resident_id,  # 社会保险法 art. 58
    "PERSON": lambda c: c.person.name,
    "CN_MOBILE": lambda c: c.person.mobile,
    "DATE_OF_BIRTH": lambda c: c.person.birth_date,
    "CN_ADDRESS": _subject_address,
    "BANK_CARD": lambda c: c.person.bank_card,
    "CN_MEDICAL_RECORD": lambda c: c.person.medical_record_no,
    "CN_USCC": lambda c: c.org.uscc,
    "ORGANIZATION": lambda c: c.org.name,
    "CN_LANDLINE": lambda c: c.org.landline,
    "CN_LICENSE_PLATE": _plate,
    "EMAIL_ADDRESS": lambda c: f"{c.rng.randrange(10**7, 10**10)}@{c.rng.choice(('qq.com', '163.com', '126.com'))}",
    "IP_ADDRESS": lambda c: f"{c.rng.choice((60, 115, 122, 183, 218))}.{c.rng.randrange(256)}.{c.rng.randrange(256)}.{c.rng.randrange(1, 255)}",
    "CN_PASSPORT": lambda c: f"E{c.rng.randrange(10**8):08d}",
    "CN_HK_MACAO_PERMIT": lambda c: f"C{c.rng.randrange(10**8):08d}",
}
