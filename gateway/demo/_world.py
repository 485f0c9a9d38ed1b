"""The synthetic Huzhou population: persons and organisations that every dataset draws
from, so the same person has the same ID, name and mobile everywhere (joinable).

Everything is a function of (people, seed): one ``random.Random`` plus a Faker
``zh_CN`` instance seeded with ``seed_instance`` (its surname weights and given-name
lists; Faker's addresses, phone numbers and ID numbers are not Huzhou's and are not used).
Ages are computed at ``REFERENCE_DATE``, never "today", so reruns are identical.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from itertools import accumulate

from faker import Faker

from classify.identifiers import (
    USCC_ALPHABET,
    luhn_check_digit,
    org_code_check_char,
    resident_id_check_char,
    uscc_check_char,
)
from gateway.demo._gazetteer import (
    BRAND_CHARS,
    COMMUNITIES,
    DISTRICTS,
    ORG_SUFFIXES,
    ORG_ZONES,
    REGISTRATION_AUTHORITIES,
    District,
    Town,
)

REFERENCE_DATE = dt.date(2024, 12, 31)

# Resident age structure by 5-year band (0-4 … 95-99), shaped on Huzhou's 2020 census
# (about 12% under 15, 25% aged 60+).
_AGE_BAND_WEIGHTS = (4.0, 4.4, 4.2, 4.0, 4.6, 6.0, 8.0, 7.2, 6.8, 7.8, 8.7, 8.3, 6.5, 6.5, 5.0, 3.2, 2.2, 1.2, 0.4, 0.1)
_ETHNICITIES = (("汉族", 992), ("畲族", 2), ("土家族", 2), ("苗族", 1.5), ("回族", 1), ("布依族", 1), ("彝族", 0.5))
# Mobile prefixes of the three carriers (1[3-9] as standards.md §7 requires).
_MOBILE_PREFIXES = (
    "134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "187", "188", "198",
    "130", "131", "132", "155", "156", "185", "186", "166", "175", "176",
    "133", "153", "180", "181", "189", "173", "177", "199",
)
# UnionPay debit-card BINs (19-digit cards) of large banks with Huzhou branches.
_CARD_BINS = ("622848", "621700", "622202", "621226", "623668")
_ORG_TYPES = (
    ("有限责任公司（自然人投资或控股）", 70),
    ("有限责任公司（自然人独资）", 20),
    ("有限责任公司（非自然人投资或控股的法人独资）", 10),
)


@dataclass(slots=True)
class Place:
    district: District
    town: Town


@dataclass(slots=True)
class Person:
    idx: int
    name: str
    sex: str  # 男 | 女
    birth_date: dt.date
    age: int
    resident_id: str
    mobile: str | None  # children under 12 have none
    place: Place
    address: str
    ethnicity: str
    education: str
    marital_status: str
    employer: int  # index into World.orgs
    medical_record_no: str
    bank_card: str


@dataclass(slots=True)
class Org:
    idx: int
    uscc: str
    name: str
    org_type: str
    industry: str
    registered_capital: float  # 万元
    established: dt.date
    place: Place
    address: str
    authority: str
    legal_rep: int  # index into World.persons
    landline: str


@dataclass(slots=True)
class World:
    persons: list[Person]
    orgs: list[Org]


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast in the hot loop)."""

    def __init__(self, items: list | tuple, weights: list | tuple) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))

    def __call__(self, rng: random.Random):
        return rng.choices(self.items, cum_weights=self.cum)[0]


_district_pick = _Picker(DISTRICTS, [d.weight for d in DISTRICTS])
_ethnicity_pick = _Picker([e for e, _ in _ETHNICITIES], [w for _, w in _ETHNICITIES])
_org_type_pick = _Picker([t for t, _ in _ORG_TYPES], [w for _, w in _ORG_TYPES])


def random_place(rng: random.Random) -> Place:
    district = _district_pick(rng)
    return Place(district, rng.choice(district.towns))


def random_address(rng: random.Random, place: Place) -> str:
    """A household address in ``place``: a known village (half the time, where the town
    has one) or a flat in a residential community."""
    head = f"浙江省湖州市{place.district.name}{place.town.name}"
    if place.town.villages and rng.random() < 0.5:
        return f"{head}{rng.choice(place.town.villages)}{rng.randint(1, 12)}组{rng.randint(1, 60)}号"
    floor = rng.randint(1, 18)
    return (
        f"{head}{rng.choice(COMMUNITIES)}{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元"
        f"{floor}{rng.randint(1, 4):02d}室"
    )


def _education(rng: random.Random, age: int) -> str:
    if age < 7:
        return "学龄前"
    if age < 13:
        return "小学"
    if age < 16:
        return "初中"
    if age < 19:
        return "高中（中专）"
    levels = ("小学", "初中", "高中（中专）", "大学专科", "大学本科", "研究生")
    if age >= 60:
        weights = (40, 35, 15, 6, 4, 0.2)
    elif age >= 40:
        weights = (15, 40, 22, 12, 10, 1)
    else:
        weights = (3, 22, 20, 25, 26, 4)
    return rng.choices(levels, weights)[0]


def _marital(rng: random.Random, age: int, sex: str) -> str:
    if age < (22 if sex == "男" else 20):  # statutory marriage ages
        return "未婚"
    options = ("未婚", "已婚", "离婚", "丧偶")
    if age < 30:
        weights = (55, 43, 2, 0)
    elif age < 60:
        weights = (6, 86, 6, 2)
    else:
        weights = (2, 75, 3, 20)
    return rng.choices(options, weights)[0]


def _birth_date(rng: random.Random) -> tuple[dt.date, int]:
    band = rng.choices(range(len(_AGE_BAND_WEIGHTS)), _AGE_BAND_WEIGHTS)[0]
    age = band * 5 + rng.randrange(5)
    # a birthday uniformly within the year that gives this age at REFERENCE_DATE
    latest = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - age)
    birth = latest - dt.timedelta(days=rng.randrange(365))
    return birth, age


def _unique(rng: random.Random, seen: set[str], make) -> str:
    while True:
        value = make(rng)
        if value not in seen:
            seen.add(value)
            return value


def build_world(people: int, seed: int) -> World:
    """``people`` persons and max(50, people // 20) organisations, deterministically."""
    if people < 1:
        raise ValueError("people must be at least 1")
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    names = _NameMaker(fake)
    n_orgs = max(50, people // 20)
    ids: set[str] = set()
    mobiles: set[str] = set()
    persons: list[Person] = []
    for idx in range(people):
        sex = "男" if rng.random() < 0.508 else "女"
        birth, age = _birth_date(rng)
        place = random_place(rng)
        stem = f"{place.district.code}{birth:%Y%m%d}"
        parity = 1 if sex == "男" else 0  # 17th digit: odd for men, even for women

        def make_id(r: random.Random, stem: str = stem, parity: int = parity) -> str:
            body = f"{stem}{r.randrange(0, 100):02d}{r.randrange(0, 5) * 2 + parity}"
            return body + resident_id_check_char(body)

        resident_id = _unique(rng, ids, make_id)
        mobile = None
        if age >= 12:
            mobile = _unique(rng, mobiles, lambda r: r.choice(_MOBILE_PREFIXES) + f"{r.randrange(10**8):08d}")
        bin_ = rng.choice(_CARD_BINS)
        card_body = bin_ + f"{rng.randrange(10**12):012d}"
        persons.append(
            Person(
                idx=idx,
                name=names.make(sex),
                sex=sex,
                birth_date=birth,
                age=age,
                resident_id=resident_id,
                mobile=mobile,
                place=place,
                address=random_address(rng, place),
                ethnicity=_ethnicity_pick(rng),
                education=_education(rng, age),
                marital_status=_marital(rng, age, sex),
                employer=rng.randrange(n_orgs),
                medical_record_no=f"{place.town.code}{idx + 1:08d}",  # 电子健康档案号: town + serial
                bank_card=card_body + luhn_check_digit(card_body),
            )
        )
    adults = [p.idx for p in persons if 25 <= p.age <= 70] or [p.idx for p in persons]
    orgs = _build_orgs(rng, n_orgs, adults)
    return World(persons=persons, orgs=orgs)


# Faker's surname weights are national; in Huzhou (as across 杭嘉湖) 沈 is the most common
# surname and several Jiangnan surnames are far more frequent than nationally, while
# some northern ones are rarer. Multipliers applied to Faker's weights:
_HUZHOU_SURNAME_FACTORS = {
    "沈": 20, "陈": 1.5, "钱": 8, "姚": 3, "施": 5, "闵": 8, "褚": 8, "费": 6, "凌": 5, "潘": 2.5, "徐": 2.5,
    "朱": 2.5, "吴": 2.2, "陆": 3, "顾": 3, "金": 2, "俞": 4, "邱": 2, "章": 3,
    "李": 0.7, "张": 0.8, "刘": 0.5, "马": 0.5, "赵": 0.5, "孙": 0.8, "杨": 0.8, "高": 0.6,
}


class _NameMaker:
    """Chinese names from Faker zh_CN's surnames (re-weighted for Huzhou) and given
    names; half of given names are two characters composed from single-character ones."""

    def __init__(self, fake: Faker) -> None:
        from faker.providers.person.zh_CN import Provider

        self.rng = fake.random  # the Faker instance's seeded generator
        surnames = list(Provider.last_names)
        weights = [Provider.last_names[s] * _HUZHOU_SURNAME_FACTORS.get(s, 1) for s in surnames]
        self.surnames = _Picker(surnames, weights)
        self.given = {"男": list(Provider.first_names_male), "女": list(Provider.first_names_female)}
        self.single = {k: [g for g in v if len(g) == 1] for k, v in self.given.items()}

    def make(self, sex: str) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            given = rng.choice(self.single[sex]) + rng.choice(self.single[sex])
        else:
            given = rng.choice(self.given[sex])
        return self.surnames(rng) + given


def _org_code(rng: random.Random, established: dt.date) -> str:
    """A 9-character 组织机构代码 with its GB 11714 check; codes assigned together with
    the credit code since 2015-10 begin with ``MA``."""
    if established >= dt.date(2015, 10, 1):
        body = "MA2" + "".join(rng.choice(USCC_ALPHABET[:-1]) for _ in range(5))
    else:
        body = f"{rng.randrange(10**8):08d}"
    return body + org_code_check_char(body)


def _build_orgs(rng: random.Random, n_orgs: int, adults: list[int]) -> list[Org]:
    names: set[str] = set()
    usccs: set[str] = set()
    orgs: list[Org] = []
    span = (REFERENCE_DATE - dt.date(1995, 1, 1)).days
    for idx in range(n_orgs):
        place = random_place(rng)
        district = place.district
        # more firms were founded recently: skew the date towards the end of the span
        established = dt.date(1995, 1, 1) + dt.timedelta(days=int(span * rng.random() ** 0.6))
        suffixes = ORG_SUFFIXES[district.name] + ORG_SUFFIXES["*"]
        suffix, industry = rng.choice(suffixes)

        def make_name(r: random.Random, district: District = district, suffix: str = suffix) -> str:
            return r.choice(district.org_prefixes) + r.choice(BRAND_CHARS) + r.choice(BRAND_CHARS) + suffix

        name = _unique(rng, names, make_name)

        def make_uscc(r: random.Random, code: str = district.code, established: dt.date = established) -> str:
            body = "91" + code + _org_code(r, established)
            return body + uscc_check_char(body)

        uscc = _unique(rng, usccs, make_uscc)
        orgs.append(
            Org(
                idx=idx,
                uscc=uscc,
                name=name,
                org_type=_org_type_pick(rng),
                industry=industry,
                registered_capital=float(rng.choice((10, 30, 50, 100, 100, 200, 300, 500, 500, 1000, 2000, 5000))),
                established=established,
                place=place,
                address=f"浙江省湖州市{district.name}{place.town.name}{rng.choice(ORG_ZONES)}{rng.randint(1, 888)}号",
                authority=REGISTRATION_AUTHORITIES[district.name],
                legal_rep=rng.choice(adults),
                landline=f"0572-{rng.choice('23568')}{rng.randrange(10**6):06d}",
            )
        )
    return orgs
