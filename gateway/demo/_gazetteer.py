"""Huzhou gazetteer for the synthetic demo data.

District and township names and codes are the National Bureau of Statistics'
统计用区划代码 for 湖州市 (3305), as published in modood/Administrative-divisions-of-China
(dist/streets.csv). Note 旧馆 is a 街道 there (no longer 旧馆镇), and 东迁街道, 康乾街道,
下渚湖街道, 孝源街道 are recent creations.

Village names are limited to well-known villages whose township is certain; every
other address uses a generic residential-community name (those are fictitious and
deliberately ordinary, so none can be mistaken for a real gazetteer entry).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["District", "Town", "DISTRICTS", "COMMUNITIES", "ORG_ZONES", "district_by_name"]


@dataclass(frozen=True, slots=True)
class Town:
    code: str  # 9-digit 统计用区划代码
    name: str
    villages: tuple[str, ...] = ()

    @property
    def is_subdistrict(self) -> bool:
        return self.name.endswith("街道")


@dataclass(frozen=True, slots=True)
class District:
    code: str  # GB/T 2260
    name: str
    weight: float  # share of the resident population (2020 census, rounded, 万人)
    lon: float  # approximate centre, for synthetic coordinates
    lat: float
    org_prefixes: tuple[str, ...]  # how local company names usually begin
    towns: tuple[Town, ...]


def _towns(*rows: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> tuple[Town, ...]:
    return tuple(Town(*row) for row in rows)


DISTRICTS: tuple[District, ...] = (
    District("330502", "吴兴区", 69, 120.10, 30.87, ("湖州", "浙江", "湖州吴兴"), _towns(
        ("330502001", "月河街道"), ("330502002", "朝阳街道"), ("330502003", "爱山街道"),
        ("330502004", "飞英街道"), ("330502005", "龙泉街道"), ("330502006", "凤凰街道"),
        ("330502007", "康山街道"), ("330502008", "仁皇山街道"), ("330502009", "滨湖街道"),
        ("330502010", "龙溪街道"), ("330502011", "杨家埠街道"), ("330502012", "环渚街道"),
        ("330502013", "湖东街道"), ("330502100", "织里镇", ("义皋村",)), ("330502101", "八里店镇"),
        ("330502102", "妙西镇"), ("330502104", "埭溪镇"), ("330502105", "东林镇"),
        ("330502200", "道场乡"),
    )),
    District("330503", "南浔区", 54, 120.32, 30.80, ("湖州南浔", "湖州", "浙江"), _towns(
        ("330503001", "东迁街道"), ("330503002", "旧馆街道"), ("330503100", "南浔镇"),
        ("330503101", "双林镇"), ("330503102", "练市镇"), ("330503103", "善琏镇"),
        ("330503105", "菱湖镇"), ("330503106", "和孚镇", ("荻港村",)), ("330503107", "千金镇"),
        ("330503108", "石淙镇"),
    )),
    District("330521", "德清县", 55, 119.97, 30.55, ("德清县", "德清", "浙江"), _towns(
        ("330521001", "武康街道"), ("330521002", "舞阳街道"), ("330521003", "阜溪街道"),
        ("330521004", "下渚湖街道"), ("330521005", "康乾街道"), ("330521101", "乾元镇"),
        ("330521102", "新市镇"), ("330521103", "洛舍镇"), ("330521104", "钟管镇"),
        ("330521110", "雷甸镇"), ("330521113", "禹越镇"), ("330521114", "新安镇"),
        ("330521115", "莫干山镇", ("仙潭村", "劳岭村")),
    )),
    District("330522", "长兴县", 67, 119.88, 31.00, ("长兴", "长兴县", "浙江"), _towns(
        ("330522001", "雉城街道"), ("330522002", "画溪街道"), ("330522003", "太湖街道"),
        ("330522004", "龙山街道"), ("330522101", "洪桥镇"), ("330522102", "李家巷镇"),
        ("330522103", "夹浦镇"), ("330522104", "林城镇"), ("330522106", "虹星桥镇"),
        ("330522108", "小浦镇"), ("330522110", "和平镇"), ("330522111", "泗安镇"),
        ("330522112", "煤山镇"), ("330522200", "水口乡", ("顾渚村",)), ("330522202", "吕山乡"),
    )),
    District("330523", "安吉县", 59, 119.66, 30.63, ("安吉", "安吉县", "浙江"), _towns(
        ("330523001", "递铺街道", ("鲁家村",)), ("330523002", "昌硕街道"), ("330523003", "灵峰街道"),
        ("330523004", "孝源街道"), ("330523103", "鄣吴镇"), ("330523104", "杭垓镇"),
        ("330523105", "孝丰镇"), ("330523106", "报福镇"), ("330523107", "章村镇"),
        ("330523108", "天荒坪镇", ("余村",)), ("330523110", "梅溪镇"), ("330523111", "天子湖镇"),
        ("330523201", "溪龙乡", ("黄杜村",)), ("330523205", "上墅乡"), ("330523206", "山川乡", ("高家堂村",)),
    )),
)

_BY_NAME = {d.name: d for d in DISTRICTS}


def district_by_name(name: str) -> District:
    return _BY_NAME[name]


# Generic residential-community names (fictitious on purpose, see module docstring).
COMMUNITIES: tuple[str, ...] = (
    "阳光花园", "锦绣苑", "和平小区", "新华苑", "金色家园", "翠苑小区", "东方花园", "丽景苑",
    "春晖小区", "文苑小区", "幸福里", "绿洲花园", "嘉和苑", "滨河花园", "香樟苑", "桂花园",
    "安居小区", "明珠苑", "紫荆花园", "同心苑",
)

# Generic business locations for organisation addresses.
ORG_ZONES: tuple[str, ...] = ("工业功能区", "工业园区", "科创园", "商贸城", "创业园")

# Company-name endings by district with their 国民经济行业分类 (GB/T 4754) 门类: the
# local specialities (织里 children's wear, 南浔 wood flooring and motors, 德清 geographic
# information, 长兴 storage batteries and refractories, 安吉 bamboo and office chairs and
# white tea) plus trades found everywhere.
ORG_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "吴兴区": (("童装有限公司", "制造业"), ("服饰有限公司", "制造业"), ("纺织有限公司", "制造业")),
    "南浔区": (("木业有限公司", "制造业"), ("电机有限公司", "制造业"), ("地板有限公司", "制造业")),
    "德清县": (("地理信息科技有限公司", "信息传输、软件和信息技术服务业"), ("生物科技有限公司", "制造业"), ("建材有限公司", "制造业")),
    "长兴县": (("电池有限公司", "制造业"), ("新能源科技有限公司", "制造业"), ("耐火材料有限公司", "制造业"), ("纺织有限公司", "制造业")),
    "安吉县": (("竹木制品有限公司", "制造业"), ("家具有限公司", "制造业"), ("茶业有限公司", "农、林、牧、渔业")),
    "*": (
        ("建设工程有限公司", "建筑业"),
        ("贸易有限公司", "批发和零售业"),
        ("物流有限公司", "交通运输、仓储和邮政业"),
        ("餐饮管理有限公司", "住宿和餐饮业"),
        ("信息技术有限公司", "信息传输、软件和信息技术服务业"),
        ("农业开发有限公司", "农、林、牧、渔业"),
        ("企业管理咨询有限公司", "租赁和商务服务业"),
        ("机械有限公司", "制造业"),
    ),
}

# Characters for invented trade names (字号); two are drawn per company.
BRAND_CHARS = "华恒鑫瑞丰达盛泰宏源嘉诚信德润永新美佳博远兴隆康金利通安顺和正昌立升友明"

REGISTRATION_AUTHORITIES = {
    "吴兴区": "湖州市吴兴区市场监督管理局",
    "南浔区": "湖州市南浔区市场监督管理局",
    "德清县": "德清县市场监督管理局",
    "长兴县": "长兴县市场监督管理局",
    "安吉县": "安吉县市场监督管理局",
}
