"""The packaged catalog, and broken catalogs that must fail with file, line and message."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from classify import CatalogError, Grade, Opening, Sharing, load_catalog
from classify.catalog import CATALOG_ROOT

# 附件2 成员 of the seed, in order (Simplified; "市委" = 市委办公室, the two "市政府" entries =
# 市政府办公室), plus 市网信办 and 市法制办, which the seed names as lead units.
SEED_MEMBER_UNITS = [
    "太湖度假区管委会", "市委办公室", "市政府办公室", "市委组织部", "市委宣传部", "市委统战部",
    "市委政法委", "市农办", "市编委办", "市档案局", "市发改委", "市经信委", "市教育局", "市科技局",
    "市公安局", "市民政局", "市司法局", "市财政局", "市人力社保局", "市国土资源局", "市建设局",
    "市规划局", "市交通运输局", "市水利局", "市农业局", "市林业局", "市商务局", "市文广新局",
    "市体育局", "市卫生计生局", "市审计局", "市环保局", "市统计局", "市旅委", "市安全监管局",
    "市综合执法局", "市市场监管局", "市质量技监局", "市国资委", "市政务办", "市金融办",
    "市公积金管理中心", "市中级人民法院", "市检察院", "市安全局", "市国税局", "市人行",
    "市邮政管理局", "市城市集团", "市交通集团", "市旅游集团", "市产业集团", "湖州电力局",
    "电信湖州分公司", "移动湖州分公司", "联通湖州分公司", "华数湖州分公司", "湖州师院", "湖州职院",
    "市大数据管理中心", "吴兴区政府", "南浔区政府", "德清县政府", "长兴县政府", "安吉县政府",
    "湖州开发区管委会",
]
LEAD_UNITS_OUTSIDE_MEMBERS = ["市网信办", "市法制办"]

# dataset id → owner department name (the lead unit the seed names for the project)
DATASET_OWNERS = {
    "population": "市大数据管理中心",
    "legal-person": "市市场监管局",
    "spatial-geo": "市规划局",
    "macro-economy": "市统计局",
    "public-credit": "市发改委",
    "health-records": "市卫生计生局",
    "social-security": "市人力社保局",
    "social-governance": "市委政法委",
    "market-supervision": "市市场监管局",
    "traffic": "市交通运输局",
    "urban-management": "市综合执法局",
    "tourism": "市旅委",
    "economic-operation": "市发改委",
    "industrial-economy": "市经信委",
    "commerce": "市商务局",
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_every_member_unit_is_a_department(catalog):
    names = [d.name for d in catalog.departments.values()]
    assert names == SEED_MEMBER_UNITS + LEAD_UNITS_OUTSIDE_MEMBERS
    assert len(names) == 68


def test_department_ids_and_purposes(catalog):
    for d in catalog.departments.values():
        assert 1 <= len(d.purposes) <= 4, d.id
        assert d.duties, d.id
    responders = sorted(d.name for d in catalog.departments.values() if "incident-response" in d.roles)
    assert responders == sorted(["市公安局", "市网信办", "市大数据管理中心"])
    assert 25 <= len(catalog.purposes) <= 40


@pytest.mark.parametrize(("dataset_id", "owner_name"), sorted(DATASET_OWNERS.items()))
def test_key_project_datasets_have_their_lead_unit(catalog, dataset_id, owner_name):
    ds = catalog.datasets[dataset_id]
    assert catalog.departments[ds.owner].name == owner_name
    assert 5 <= len(ds.fields) <= 12
    assert sum(x is not None for x in (ds.rows_per_person, ds.rows_per_org, ds.rows)) == 1


def test_a_dataset_is_not_shared_with_a_legal_basis(catalog):
    not_shared = [ds for ds in catalog.datasets.values() if ds.sharing is Sharing.NOT_SHARED]
    assert [ds.id for ds in not_shared] == ["petition-reports"]
    assert "信访" in not_shared[0].sharing_reason and not_shared[0].opening is Opening.PROHIBITED


def test_legal_person_is_declared_l2_while_holding_personal_fields(catalog):
    # The deliberately under-graded dataset a grade check must catch later.
    ds = catalog.datasets["legal-person"]
    assert ds.grade is Grade.L2 and ds.sharing is Sharing.UNCONDITIONAL
    assert {f.entity for f in ds.fields} >= {"PERSON", "CN_MOBILE", "CN_USCC"}


def test_loading_is_fast_and_the_default_is_cached():
    start = time.perf_counter()
    load_catalog(CATALOG_ROOT)  # an explicit root bypasses the cache
    assert time.perf_counter() - start < 0.5
    assert load_catalog() is load_catalog()
    assert load_catalog(CATALOG_ROOT) is not load_catalog(CATALOG_ROOT)


# -- broken catalogs -------------------------------------------------------------------
# (case, file, old text, new text, expected path, expected message, text on the error line)
BROKEN = [
    (
        "unknown entity", "datasets/population.yaml",
        "entity: CN_RESIDENT_ID}", "entity: CN_IDCARD}",
        "datasets[population].fields[0].entity", "'CN_IDCARD' is not an entity type in entities.yaml", "CN_IDCARD",
    ),
    (
        "unknown owner", "datasets/traffic.yaml",
        "owner: transport\n", "owner: transport-bureau\n",
        "datasets[traffic].owner", "'transport-bureau' is not a department id", "owner: transport-bureau",
    ),
    (
        "duplicate department id", "departments.yaml",
        "id: wasu\n", "id: china-mobile\n",
        "departments[china-mobile].id", "duplicate department id 'china-mobile'", "id: china-mobile",
    ),
    (
        "extra key", "datasets/tourism.yaml",
        "owner: tourism\n", "owner: tourism\ncolour: red\n",
        "datasets[tourism].colour", "unknown key 'colour'", "colour: red",
    ),
    (
        "bad grade", "datasets/commerce.yaml",
        "grade: L1\n", "grade: L5\n",
        "datasets[commerce].grade", "'L5'", "grade: L5",
    ),
    (
        "missing sharing_reason", "datasets/market-supervision.yaml",
        "opening: unconditional\n", "opening: restricted\n",
        "datasets[market-supervision].opening", "a sharing_reason is required", "opening: restricted",
    ),
    (
        "duplicate field", "datasets/population.yaml",
        "name: marital_status,", "name: education,",
        "datasets[population].fields[10].name", "duplicate field name 'education'", "label: 婚姻状况",
    ),
    (
        "duplicate key", "datasets/social-security.yaml",
        "owner: hr-social-security\n", "owner: hr-social-security\nowner: civil-affairs\n",
        "datasets[social-security].owner", "duplicate key 'owner'", "owner: civil-affairs",
    ),
    (
        "file name is not the id", "datasets/commerce.yaml",
        "id: commerce\n", "id: trade\n",
        "datasets[commerce].id", "must equal its file name 'commerce'", "id: trade",
    ),
    (
        "unknown purpose", "departments.yaml",
        "purposes: [publicity]\n", "purposes: [publicity, propaganda]\n",
        "departments[party-publicity].purposes[1]", "'propaganda' is not a purpose id", "propaganda",
    ),
    (
        "two row counts", "datasets/population.yaml",
        "rows_per_person: 1\n", "rows_per_person: 1\nrows: 5\n",
        "datasets[population].rows", "exactly one of rows_per_person, rows_per_org, rows", "rows: 5",
    ),
    (
        "yaml syntax", "purposes.yaml",
        "  - id: housing-fund\n", "  - id: [housing-fund\n",
        "", "invalid YAML", "name: 住房公积金管理",
    ),
]


def _copy_catalog(tmp_path: Path) -> Path:
    root = tmp_path / "catalog"
    shutil.copytree(CATALOG_ROOT, root)
    return root


@pytest.mark.parametrize(("case", "file", "old", "new", "path", "message", "marker"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_catalog_points_at_the_line(tmp_path, case, file, old, new, path, message, marker):
    root = _copy_catalog(tmp_path)
    target = root / file
    text = target.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"test setup: {old!r} must occur once in {file}"
    text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    expected_line = max(i for i, line in enumerate(lines, 1) if marker in line)

    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    err = info.value
    assert len(err.errors) == 1, str(err)
    assert err.file == target
    assert err.path == path
    assert message in err.message
    assert err.line == expected_line, str(err)
    assert err.column is not None and err.column >= 1
    assert str(err).startswith(f"{target}:{err.line}:{err.column}: ")


def test_missing_key_points_at_the_mapping(tmp_path):
    root = _copy_catalog(tmp_path)
    target = root / "datasets" / "population.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("subject: 人口\n", ""), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    err = info.value
    assert (err.path, err.message, err.line) == ("datasets[population].subject", "required key is missing", 2)


def test_error_text_names_the_field_relative_to_its_file(tmp_path):
    root = _copy_catalog(tmp_path)
    target = root / "datasets" / "population.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("CN_RESIDENT_ID}", "CN_IDCARD}"), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    assert str(info.value).endswith(": fields[0].entity: 'CN_IDCARD' is not an entity type in entities.yaml")


def test_all_problems_are_reported_together(tmp_path):
    root = _copy_catalog(tmp_path)
    for name, old, new in (
        ("traffic.yaml", "owner: transport\n", "owner: nobody\n"),
        ("tourism.yaml", "grade: L2\n", "grade: L9\n"),
    ):
        p = root / "datasets" / name
        p.write_text(p.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    err = info.value
    assert [e.path for e in err.errors] == ["datasets[tourism].grade", "datasets[traffic].owner"]
    assert len(str(err).splitlines()) == 2


def test_missing_catalog_folder(tmp_path):
    with pytest.raises(CatalogError) as info:
        load_catalog(tmp_path / "nowhere")
    assert "cannot read file" in str(info.value)


# -- the `govgate catalog` commands ------------------------------------------------------


def _run(*args: str):
    from typer.testing import CliRunner

    from classify.cli import catalog_app

    return CliRunner().invoke(catalog_app, list(args))


def test_cli_validate_ok_and_broken(tmp_path):
    ok = _run("validate")
    assert ok.exit_code == 0 and "68 departments" in ok.output
    root = _copy_catalog(tmp_path)
    target = root / "datasets" / "traffic.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("owner: transport\n", "owner: nobody\n"), encoding="utf-8")
    bad = _run("validate", "--root", str(root))
    assert bad.exit_code == 2
    assert "traffic.yaml:" in bad.output and "owner: 'nobody' is not a department id" in bad.output


def test_cli_datasets_json_and_table():
    import json

    data = json.loads(_run("datasets", "--format", "json").output)
    by_id = {d["id"]: d for d in data}
    assert by_id["population"]["sharing_zh"] == "受限共享" and by_id["population"]["opening_zh"] == "禁止开放"
    assert by_id["petition-reports"]["sharing_zh"] == "不予共享"
    table = _run("datasets")
    assert table.exit_code == 0 and "population" in table.output


def test_cli_show_lists_effective_grades():
    import json

    shown = json.loads(_run("show", "legal-person", "--format", "json").output)
    grades = {f["name"]: f["effective_grade"] for f in shown["fields"]}
    assert grades["legal_rep_name"] == "L3" and grades["uscc"] == "L1" and shown["grade"] == "L2"


@pytest.mark.parametrize(
    ("args", "needle"),
    [(("datasets", "--format", "xml"), "xml"), (("show", "no-such-dataset"), "unknown dataset 'no-such-dataset'")],
)
def test_cli_errors_name_the_bad_value(args, needle):
    result = _run(*args)
    assert result.exit_code == 2
    assert needle in result.output
