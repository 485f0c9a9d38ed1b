"""Build the labeled corpora under tests/classify/data/ (deterministic; the files are committed).

    .venv/bin/python -m bench.classify_corpus            # rewrite the three .jsonl files

- ``dev.jsonl`` — dev-family templates (bench/classify_templates_dev.py), seed 20240601;
- ``heldout_generated.jsonl`` — held-out-family templates and value pools, seed 99173;
- ``heldout_handwritten.jsonl`` — converted from ``heldout_handwritten.txt`` (inline markup);
- ``heldout2_generated.jsonl`` — second held-out family (bench/classify_templates_heldout2.py),
  seed 5150731; ``heldout2_handwritten.jsonl`` from ``heldout2_handwritten.txt``;
- ``heldout3_generated.jsonl`` — third held-out family (bench/classify_templates_heldout3.py),
  seed 31337029; ``heldout3_handwritten.jsonl`` from ``heldout3_handwritten.txt``;
- ``heldout4_generated.jsonl`` — fourth held-out family (bench/classify_templates_heldout4.py),
  seed 40417113; ``heldout4_handwritten.jsonl`` from ``heldout4_handwritten.txt``;
- ``heldout5_handwritten.jsonl`` — fifth held-out set, hand-written only (``heldout5_handwritten.txt``);
- ``heldout6_handwritten.jsonl`` — sixth held-out set, hand-written only (``heldout6_handwritten.txt``):
  structured identifiers in many surface forms and hard negatives, by a blind author;
- ``heldout7_handwritten.jsonl`` — seventh held-out set, hand-written only (``heldout7_handwritten.txt``):
  addresses and names in many forms and hard negatives, by a blind author;
- ``heldout8_handwritten.jsonl`` — eighth held-out set, hand-written only (``heldout8_handwritten.txt``):
  personal addresses with their full tails (mainland, Hong Kong, Macao, Taiwan) and names, by a blind author;
- ``heldout9_handwritten.jsonl`` — ninth held-out set, hand-written only (``heldout9_handwritten.txt``):
  the kinds of text that flow between a city's departments, with addresses, names, identifiers and hard
  negatives, by a blind author;
- ``heldout10_generated.jsonl`` — tenth held-out family (bench/classify_heldout10.py: its own templates, value
  pools and label validator), seed 10052031, by a blind author;
- ``heldout11_generated.jsonl`` — eleventh held-out family (bench/classify_heldout11.py), seed 11202025, by
  another blind author, with structured identifiers in many surface forms;
- ``heldout12_generated.jsonl`` — twelfth held-out family (bench/classify_heldout12.py), by a third blind
  author, from the departments of the city's plan, exports and logs included;
- ``heldout13_generated.jsonl`` — thirteenth held-out family (bench/classify_heldout13.py), by a fourth blind
  author (who saw the other sets' README rows and ten commit subjects by accident: docs/classify.md);
- ``heldout14_generated.jsonl`` — fourteenth held-out family (bench/classify_heldout14.py), by a fifth blind
  author who read only the labelling conventions, the entity list, the standards and the city's plan;
- ``heldout15_generated.jsonl`` — fifteenth held-out family (bench/classify_heldout15.py), by a sixth blind
  author under the same rules;
- ``heldout16_generated.jsonl`` — sixteenth held-out family (bench/classify_heldout16.py), by a seventh blind
  author under the same rules, with the labelling conventions as written down in session 8;
- ``heldout17_generated.jsonl`` — seventeenth held-out family (bench/classify_heldout17.py), by an eighth blind
  author (who saw five commit subjects of session 7 by accident: docs/classify.md);
- ``heldout18_generated.jsonl`` — eighteenth held-out family (bench/classify_heldout18.py), by a ninth blind
  author (who saw the same five commit subjects by accident);
- ``heldout19_generated.jsonl`` — nineteenth held-out family (bench/classify_heldout19.py), by a tenth blind
  author under the same rules;
- ``heldout20_generated.jsonl`` — twentieth held-out family (bench/classify_heldout20.py), by an eleventh
  blind author under the same rules (the conventions now say whose telephone numbers are labelled);
- ``heldout21_generated.jsonl`` … ``heldout24_generated.jsonl`` — families 21 to 24 (bench/classify_heldout21.py …
  classify_heldout24.py), each by another blind author under the same rules;
- ``dev_handwritten.jsonl`` — converted from ``dev_handwritten.txt`` (tuned on).

Each line: ``{"id", "text", "entities": [{"type", "start", "end"}], "negatives": [{"kind",
"start", "end"}], "source"}``; offsets are Python string indices.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from bench import classify_heldout10 as HELDOUT10
from bench import classify_values as V
from bench.classify_templates_dev import TEMPLATES as DEV_TEMPLATES
from bench.classify_templates_heldout import TEMPLATES as HELDOUT_TEMPLATES
from bench.classify_templates_heldout2 import TEMPLATES as HELDOUT2_TEMPLATES
from bench.classify_templates_heldout3 import TEMPLATES as HELDOUT3_TEMPLATES
from bench.classify_templates_heldout4 import TEMPLATES as HELDOUT4_TEMPLATES

DATA = Path(__file__).resolve().parents[1] / "tests" / "classify" / "data"
_SLOT = re.compile(r"\{(~?[A-Za-z0-9_]+)(?::([a-z]+))?\}")
_MARK = re.compile(r"\[\[(~?[A-Za-z_]+)\|(.+?)\]\]")

# Simplified → Traditional for the address characters the generators use (apart from
# classify/_text.py on purpose).
_S2T = str.maketrans("吴兴区县镇乡号单长浔飞红练双庆杨阳东凤门楼园苑乐华爱织迁陆钟广湾义乌临台苏绍嘉宁兰乔丽锦翠绿",
                     "吳興區縣鎮鄉號單長潯飛紅練雙慶楊陽東鳳門樓園苑樂華愛織遷陸鍾廣灣義烏臨臺蘇紹嘉寧蘭喬麗錦翠綠")

HEALTH = {"dev": ["高血压", "糖尿病", "冠心病", "慢阻肺", "脑梗死", "哮喘", "肺炎"],
          "heldout": ["抑郁症", "乙型肝炎", "肺结核", "类风湿关节炎", "帕金森病", "乳腺癌", "慢性肾病", "癫痫", "红斑狼疮", "心房颤动"],
          "heldout2": ["阿尔茨海默病", "尿毒症", "白血病", "精神分裂症", "肝硬化", "胃癌", "脑瘫", "痛风"],
          "heldout3": ["肾衰竭", "淋巴瘤", "先天性心脏病", "脑出血", "肺癌", "宫颈癌", "再生障碍性贫血", "强直性脊柱炎",
                       "重症肌无力", "系统性红斑狼疮", "食管癌", "双相情感障碍"],
          "heldout4": ["肝癌", "脑梗塞", "尘肺病", "结肠癌", "骨髓炎"]}


def _amount(rng: random.Random, family: str) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{rng.randint(800, 9800)}元"
    if r < 0.7:
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}万元"
    return f"{rng.randint(1, 99)},{rng.randint(100, 999)}元" if family == "heldout" else f"{rng.randint(100, 999)}元"


def _medical(rng: random.Random, family: str) -> str:
    if family == "dev":
        return rng.choice([f"ZY{rng.randrange(10**10):010d}", f"{rng.randrange(10**9, 10**10)}"])
    return rng.choice([f"MZ{rng.randrange(10**8):08d}", f"330521{rng.randrange(10**11):011d}", f"H{rng.randrange(10**9):09d}"])


def _coords(rng: random.Random, family: str) -> str:
    if family == "heldout3":  # wider area (trips outside Huzhou), other log formats
        lon, lat = rng.uniform(115.5, 122.0), rng.uniform(28.0, 32.5)
        return rng.choice([f"{lon:.6f},{lat:.6f}", f"{lat:.5f},{lon:.5f}", f"经度{lon:.5f}，纬度{lat:.5f}",
                           f"北纬{lat:.4f}°，东经{lon:.4f}°", f"{lon:.5f}, {lat:.5f}"])
    lon, lat = rng.uniform(119.2, 120.6), rng.uniform(30.3, 31.2)
    if family == "heldout2":
        return rng.choice([f"{lon:.5f},{lat:.5f}", f"{lat:.6f},{lon:.6f}", f"{lon:.4f} {lat:.4f}", f"E{lon:.5f},N{lat:.5f}",
                           f"东经{lon:.4f}°，北纬{lat:.4f}°", f"({lon:.6f}, {lat:.6f})"])
    return f"{lon:.4f},{lat:.4f}" if family == "dev" else rng.choice([f"{lat:.5f}, {lon:.5f}", f"{lon:.6f},{lat:.6f}"])


def entity_fillers(family: str) -> dict[str, Callable[[random.Random, str | None], tuple[str, str]]]:
    f = family
    return {
        "PERSON": lambda r, v: ("PERSON", V.person(r, f)),
        "PERSON_T": lambda r, v: ("PERSON", r.choice(V.TRAD_NAMES)),
        "CN_RESIDENT_ID": lambda r, v: ("CN_RESIDENT_ID", V.resident_id(r, f)),
        "CN_RESIDENT_ID_FW": lambda r, v: ("CN_RESIDENT_ID", V.fullwidth(V.resident_id(r, f))),
        "CN_RESIDENT_ID_SP": lambda r, v: ("CN_RESIDENT_ID", (lambda s: f"{s[:6]} {s[6:14]} {s[14:]}")(V.resident_id(r, f))),
        "CN_SOCIAL_SECURITY": lambda r, v: ("CN_SOCIAL_SECURITY", V.resident_id(r, f)),
        "CN_MOBILE": lambda r, v: ("CN_MOBILE", V.mobile(r, f)),
        "CN_MOBILE_SP": lambda r, v: ("CN_MOBILE", (lambda s: f"{s[:3]} {s[3:7]} {s[7:]}")(V.mobile(r, f))),
        "CN_MOBILE_DASH": lambda r, v: ("CN_MOBILE", (lambda s: f"{s[:3]}-{s[3:7]}-{s[7:]}")(V.mobile(r, f))),
        "CN_MOBILE_86": lambda r, v: ("CN_MOBILE", r.choice(["+86 ", "+86-", "+86", "0086 "]) + V.mobile(r, f)),
        "CN_MOBILE_FW": lambda r, v: ("CN_MOBILE", V.fullwidth(V.mobile(r, f))),
        "CN_LANDLINE": lambda r, v: ("CN_LANDLINE", V.landline(r, f)),
        "CN_USCC": lambda r, v: ("CN_USCC", V.uscc(r, f)),
        "BANK_CARD": lambda r, v: ("BANK_CARD", V.bank_card(r, f)),
        "BANK_CARD_SP": lambda r, v: ("BANK_CARD", " ".join(re.findall(".{1,4}", V.bank_card(r, f)))),
        "EMAIL_ADDRESS": lambda r, v: ("EMAIL_ADDRESS", V.email(r, f)),
        "IP_ADDRESS": lambda r, v: ("IP_ADDRESS", V.ipv4(r)),
        "CN_PASSPORT": lambda r, v: ("CN_PASSPORT", V.passport(r)),
        "CN_HK_MACAO_PERMIT": lambda r, v: ("CN_HK_MACAO_PERMIT", V.hk_permit(r)),
        "CN_LICENSE_PLATE": lambda r, v: ("CN_LICENSE_PLATE", V.plate(r, f)),
        "CN_ADDRESS": lambda r, v: ("CN_ADDRESS", V.address(r, f)),
        "CN_ADDRESS_TOWN": lambda r, v: ("CN_ADDRESS", V.address(r, f, "town")),
        "CN_ADDRESS_T": lambda r, v: ("CN_ADDRESS", V.address(r, f).translate(_S2T)),
        "DATE_OF_BIRTH": lambda r, v: ("DATE_OF_BIRTH", V.birth_date(r, v or "iso")),
        "HEALTH_INFO": lambda r, v: ("HEALTH_INFO", r.choice(HEALTH[f])),
        "FINANCIAL_INFO": lambda r, v: ("FINANCIAL_INFO", _amount(r, f)),
        "CN_MEDICAL_RECORD": lambda r, v: ("CN_MEDICAL_RECORD", _medical(r, f)),
        "LOCATION_TRACE": lambda r, v: ("LOCATION_TRACE", _coords(r, f)),
        "TRACE_PLACE": lambda r, v: ("LOCATION_TRACE", V.address(r, f, r.choice(["town", "house"]))),
        "TRACE_PLACE_T": lambda r, v: ("LOCATION_TRACE", V.address(r, f, r.choice(["town", "house"])).translate(_S2T)),
    }


def negative_fillers(family: str) -> dict[str, Callable[[random.Random], str]]:
    f = family
    y = lambda r: r.randint(2015, 2024)  # noqa: E731
    return {
        "doc_no": lambda r: r.choice([f"浙政发〔{y(r)}〕{r.randint(1, 60)}号", f"湖政办发〔{y(r)}〕{r.randint(1, 90)}号",
                                      f"国办发〔{y(r)}〕{r.randint(1, 120)}号", f"湖罚〔{y(r)}〕{r.randint(1, 9999):04d}号"]),
        "amount": lambda r: _amount(r, f),
        "date": lambda r: r.choice([f"{y(r)}年{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{y(r)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"]),
        "datetime": lambda r: f"{y(r)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        "postcode": lambda r: r.choice(["313000", "313100", "313200", "313300", "310012", "315100"]),
        "order_no": lambda r: r.choice([f"{y(r)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randrange(10**10):010d}",
                                        f"SF{r.randrange(10**12):012d}", f"JD{r.randrange(10**13):013d}"]),
        "order_pass": lambda r: f"E{r.randrange(10**8):08d}",
        "invoice_code": lambda r: f"0{r.choice(['33', '44', '11'])}00{r.randint(1900, 2499)}{r.randint(100, 999)}",
        "invoice_no": lambda r: f"{r.randrange(10**8):08d}",
        "staff_no": lambda r: f"HZ0{r.randrange(10**4):04d}",
        "case_ref": lambda r: f"HZ{r.randrange(10**12):012d}",
        "count": lambda r: r.choice([f"{r.randint(2, 99)}.{r.randint(1, 9)}万人", f"{r.randint(20, 900)}户", f"{r.randint(10, 400)}家"]),
        "percent": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
        "hotline": lambda r: r.choice(["12345", "96345", "12315", "110"]),
        "version": lambda r: r.choice([f"v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}", f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"]),
        "time": lambda r: f"{r.randint(8, 17)}:{r.choice(['00', '30'])}",
        "ms": lambda r: f"{r.randint(3, 900)}ms",
        "seconds": lambda r: f"{r.randint(10, 900)}秒",
        "session": lambda r: "S" + "".join(r.choice("0123456789abcdef") for _ in range(10)),
        "project_code": lambda r: f"{y(r)}-{r.choice(V.REGIONS[f])}-{r.randint(10, 89)}-0{r.randint(1, 3)}-{r.randrange(10**6):06d}",
        "court_case": lambda r: f"（{y(r)}）浙05{r.randint(1, 23):02d}民初{r.randint(100, 9999)}号",
        "bad_id": lambda r: V.resident_id(r, f, valid=False),
        "bad_card": lambda r: V.bank_card(r, f, valid=False),
        "bad_uscc": lambda r: V.uscc(r, f, valid=False),
        # valid check characters, but order / batch numbers by context (1 in 10 / 1 in 31 pass by chance)
        "luhn_order": lambda r: V.luhn_number(r),
        "uscc_like": lambda r: V.uscc_shaped(r),
        "einvoice": lambda r: f"{y(r) % 100:02d}33{r.randrange(10**16):016d}",
        "last4": lambda r: f"{r.randrange(10**4):04d}",
        "area": lambda r: f"{r.randint(40, 180)}.{r.randint(0, 99):02d}平方米",
        "points": lambda r: f"{r.choice([1, 3, 6, 9])}分",
        "speed": lambda r: f"{r.randint(10, 90)}km/h",
        "serial": lambda r: f"SN{r.randrange(10**10):010d}",
        "org": lambda r: "湖州" + r.choice(["恒信", "华达", "瑞丰", "永安"]) + r.choice(["贸易有限公司", "建设工程有限公司", "物流有限公司"]),
        # third family: names of organisations, places and things that start with a surname character
        "org_surname": lambda r: r.choice(["林业局", "高新区管委会", "金融办", "方志办", "史志办", "江南文化研究院", "钱江晚报",
                                           "黄河水利委员会", "陈家埠股份经济合作社", "周边乡镇", "马院", "何山社区卫生服务站",
                                           "吴兴区文化馆", "安吉县融媒体中心", "万达广场", "石油分公司", "申通快递"]),
        "place_name": lambda r: r.choice(["南太湖新区", "莫干山", "太湖", "长三角", "太湖图影旅游度假区", "弁山", "苕溪",
                                          "湖州经济技术开发区", "西塞山", "京杭大运河"]),
        "hospital": lambda r: r.choice(["湖州市中心医院", "湖州市第一人民医院", "浙大一院", "长兴县人民医院", "湖州市妇幼保健院"]),
        "work_order": lambda r: f"GD{y(r)}{r.randint(1, 12):02d}{r.randrange(10**6):06d}",
        "cert_no": lambda r: f"浙({y(r)})湖州市不动产权第{r.randrange(10**7):07d}号",
        # fourth family: places in non-address roles, governments, meetings
        "county": lambda r: r.choice(["隆回县", "蕲春县", "沂南县", "霞浦县", "全州县", "宣威市", "敖汉旗", "云阳县", "海伦市",
                                      "德清县", "秦安县"]),
        "gov_org": lambda r: r.choice(["隆回县人民政府", "蕲春县民政局", "沂南县应急管理局", "霞浦县三沙镇人民政府",
                                       "敖汉旗新惠镇卫生院", "云阳县青龙街道办事处", "湖州市民政局", "德清县雷甸镇中心小学"]),
        "meeting": lambda r: r.choice(["{}，全市民政工作会议在湖州市召开".format("近日"), "昨天，全县救助工作推进会在隆回县召开",
                                       "省民政厅在霞浦县召开现场会", "市政府在湖州市行政中心召开常务会议"]),
        "minutes_no": lambda r: f"第{r.randint(1, 48)}期",
        "room": lambda r: f"{r.randint(1, 9)}楼{r.randint(1, 20):02d}会议室",
    }


def fill(template: str, rng: random.Random, family: str) -> dict:
    ents, negs = entity_fillers(family), negative_fillers(family)
    out, entities, negatives, pos = [], [], [], 0
    for m in _SLOT.finditer(template):
        out.append(template[pos:m.start()])
        start = sum(len(p) for p in out)
        key, variant = m.group(1), m.group(2)
        if key.startswith("~"):
            value = negs[key[1:]](rng)
            negatives.append({"kind": key[1:], "start": start, "end": start + len(value)})
        else:
            entity, value = ents[key](rng, variant)
            entities.append({"type": entity, "start": start, "end": start + len(value)})
        out.append(value)
        pos = m.end()
    out.append(template[pos:])
    return {"text": "".join(out), "entities": entities, "negatives": negatives}


def generate(family: str, templates: list[str], n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        t_index = i % len(templates)
        doc = fill(templates[t_index], rng, family)
        docs.append({"id": f"{family}-{i:05d}", **doc, "source": f"template:{family}:{t_index}"})
    return docs


def parse_marked(path: Path, prefix: str) -> list[dict]:
    """Documents from a file with ``[[TYPE|value]]`` / ``[[~kind|value]]`` inline markup."""
    docs = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        out, entities, negatives, pos = [], [], [], 0
        for m in _MARK.finditer(line):
            out.append(line[pos:m.start()])
            start = sum(len(p) for p in out)
            key, value = m.group(1), m.group(2)
            span = {"start": start, "end": start + len(value)}
            (negatives.append({"kind": key[1:], **span}) if key.startswith("~") else entities.append({"type": key, **span}))
            out.append(value)
            pos = m.end()
        out.append(line[pos:])
        docs.append({"id": f"{prefix}-{lineno:04d}", "text": "".join(out), "entities": entities, "negatives": negatives,
                     "source": f"handwritten:{path.name}:{lineno}"})
    return docs


def write(docs: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def main() -> int:
    write(generate("dev", DEV_TEMPLATES, 3000, 20240601), DATA / "dev.jsonl")
    write(generate("heldout", HELDOUT_TEMPLATES, 3000, 99173), DATA / "heldout_generated.jsonl")
    write(generate("heldout2", HELDOUT2_TEMPLATES, 2000, 5150731), DATA / "heldout2_generated.jsonl")
    write(parse_marked(DATA / "heldout2_handwritten.txt", "hand2"), DATA / "heldout2_handwritten.jsonl")
    write(generate("heldout3", HELDOUT3_TEMPLATES, 2000, 31337029), DATA / "heldout3_generated.jsonl")
    write(parse_marked(DATA / "heldout3_handwritten.txt", "hand3"), DATA / "heldout3_handwritten.jsonl")
    write(generate("heldout4", HELDOUT4_TEMPLATES, 2000, 40417113), DATA / "heldout4_generated.jsonl")
    write(parse_marked(DATA / "heldout4_handwritten.txt", "hand4"), DATA / "heldout4_handwritten.jsonl")
    write(parse_marked(DATA / "heldout5_handwritten.txt", "hand5"), DATA / "heldout5_handwritten.jsonl")
    write(parse_marked(DATA / "heldout6_handwritten.txt", "hand6"), DATA / "heldout6_handwritten.jsonl")
    write(parse_marked(DATA / "heldout7_handwritten.txt", "hand7"), DATA / "heldout7_handwritten.jsonl")
    write(parse_marked(DATA / "heldout8_handwritten.txt", "hand8"), DATA / "heldout8_handwritten.jsonl")
    write(parse_marked(DATA / "heldout9_handwritten.txt", "hand9"), DATA / "heldout9_handwritten.jsonl")
    write(HELDOUT10.generate(), DATA / "heldout10_generated.jsonl")
    for n in range(11, 28):  # each blind family's module writes its file itself, validated and read back
        importlib.import_module(f"bench.classify_heldout{n}").main()
    write(parse_marked(DATA / "heldout_handwritten.txt", "hand"), DATA / "heldout_handwritten.jsonl")
    write(parse_marked(DATA / "dev_handwritten.txt", "devhand"), DATA / "dev_handwritten.jsonl")
    for name in ("dev.jsonl", "dev_handwritten.jsonl", "heldout_generated.jsonl", "heldout_handwritten.jsonl",
                 "heldout2_generated.jsonl", "heldout2_handwritten.jsonl", "heldout3_generated.jsonl",
                 "heldout3_handwritten.jsonl", "heldout4_generated.jsonl", "heldout4_handwritten.jsonl",
                 "heldout5_handwritten.jsonl", "heldout6_handwritten.jsonl", "heldout7_handwritten.jsonl",
                 "heldout8_handwritten.jsonl", "heldout9_handwritten.jsonl",
                 *(f"heldout{n}_generated.jsonl" for n in range(10, 28))):
        print(name, sum(1 for _ in (DATA / name).open(encoding="utf-8")), "documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
