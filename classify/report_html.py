"""The grade-check report as one self-contained HTML page (no scripts, no external assets:
government networks are isolated), Simplified Chinese first, English second, printable."""

from __future__ import annotations

from html import escape

from classify.gradecheck import VERDICTS, DatasetCheck, GradeCheckReport

__all__ = ["render_html"]

_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1100px;
color:#1f2328;line-height:1.55;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}.meta{color:#57606a;font-size:.92rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font-size:.82rem;font-weight:600;white-space:nowrap}
.under{background:#ffebe9;color:#a40e26;border:1px solid #ff818266}.over{background:#fff8c5;color:#7d4e00;border:1px solid #d4a72c66}
.ok{background:#dafbe1;color:#116329;border:1px solid #4ac26b66}.grade{font-weight:700}
.summary{display:flex;gap:1rem;margin:1rem 0}.card{border:1px solid #d0d7de;border-radius:8px;padding:.6rem 1rem;min-width:9rem}
.card b{font-size:1.5rem;display:block}.note{color:#57606a;font-size:.85rem}ul{margin:.2rem 0 .2rem 1.2rem;padding:0}
code{font-size:.85rem;background:#f6f8fa;padding:0 .2rem;border-radius:3px}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}section{page-break-inside:avoid}}
"""


def _badge(verdict: str) -> str:
    return f'<span class="badge {verdict}">{escape(VERDICTS[verdict])}</span>'


def _dataset_section(c: DatasetCheck) -> str:
    ds = c.dataset
    rows = []
    for fc in c.fields:
        content = c.profiles.get(fc.facts.name)
        shares = content.shares() if content else {}
        detected = "、".join(f"{escape(t)} {s:.0%}" for t, s in shares.items()) if content else "—"
        raised = fc.facts.grade.level > fc.declared_grade.level
        implied = f'<span class="badge under">{fc.facts.grade.value}</span>' if raised else fc.facts.grade.value
        notes = "".join(f"<div class=note>{escape(n)}</div>" for n in fc.notes)
        rows.append(
            "<tr>"
            f"<td><code>{escape(fc.facts.name)}</code><br>{escape(fc.facts.label)}</td>"
            f"<td>{escape(', '.join(sorted(fc.facts.entities - set(fc.new_types))) or '—')}</td>"
            f"<td>{detected}</td>"
            f"<td class=grade>{fc.declared_grade.value}</td>"
            f"<td class=grade>{implied}</td>"
            f"<td>{escape(fc.facts.reason)}{notes}</td>"
            "</tr>"
        )
    reasons = "".join(
        f"<li><b>{r.grade.value}</b> <code>{escape(r.rule)}</code> {escape(r.text)}"
        + (f" <span class=note>（字段：{escape('、'.join(r.fields))}）</span>" if r.fields and r.rule != "field.max" else "")
        + "</li>"
        for r in c.grading.reasons
    )
    sample = (
        f"抽样 {c.rows_sampled} / {c.rows_total} 行 sampled rows" if c.rows_sampled is not None else "未检查内容 content not checked"
    )
    extra = "".join(f"<p class=note>{escape(n)}</p>" for n in c.notes)
    if c.grading.not_evaluated:
        extra += f"<p class=note>未评估的规则 not evaluated: {escape(', '.join(c.grading.not_evaluated))}（缺少行数 row count unknown）</p>"
    return f"""
<section id="{escape(ds.id)}">
<h3>{escape(ds.name)} <code>{escape(ds.id)}</code> {_badge(c.verdict)}</h3>
<p class=meta>提供方 owner：{escape(c.owner_name)} · 声明 declared <b>{c.declared.value}</b>（{escape(ds.grade_reason)}）
 · 内容所示 implied <b>{c.implied.value}</b> · 责任字段 responsible fields：{escape('、'.join(c.grading.responsible) or '—')} · {sample}</p>
{extra}
<p><b>定级依据 reasons</b></p><ul>{reasons}</ul>
<table><thead><tr><th>字段 field</th><th>声明实体 declared entity</th><th>内容检出 detected (share)</th><th>声明级别</th>
<th>应定级别</th><th>依据 basis</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
</section>"""


def render_html(report: GradeCheckReport, command: str = "govgate classify grade-check --format html") -> str:
    when = report.generated_at.isoformat(timespec="seconds")
    counts = {v: sum(1 for c in report.checks if c.verdict == v) for v in VERDICTS}
    summary_rows = "".join(
        "<tr>"
        f"<td><a href='#{escape(c.dataset.id)}'><code>{escape(c.dataset.id)}</code></a></td><td>{escape(c.dataset.name)}</td>"
        f"<td>{escape(c.owner_name)}</td><td class=grade>{c.declared.value}</td><td class=grade>{c.implied.value}</td>"
        f"<td>{_badge(c.verdict)}</td><td>{escape('、'.join(c.grading.responsible) or '—')}</td>"
        "</tr>"
        for c in sorted(report.checks, key=lambda c: ({"under": 0, "over": 1, "ok": 2}[c.verdict], c.dataset.id))
    )
    basis = (
        f"内容检查：从数据存储 <code>{escape(report.store or '')}</code> 每个数据集抽样至多 {report.sample} 行，逐值检测个人信息。"
        "<br>Content checked: up to the sample size of rows per dataset, every value scanned."
        if report.content_checked
        else "未连接数据存储：仅按目录中声明的实体类型和字段级别定级。<br>No data store: graded from the declared entity types only."
    )
    rules = "".join(f"<tr><td><code>{escape(r)}</code></td><td>{escape(t)}</td></tr>" for r, t in report.rules)
    sections = "".join(_dataset_section(c) for c in sorted(report.checks, key=lambda c: c.dataset.id))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>公共数据分级核查报告 Grade check report — {escape(when)}</title><style>{_CSS}</style></head>
<body>
<h1>公共数据分级核查报告</h1>
<div class=meta>Public-data grade check report · 湖州市公共数据安全治理网关 govgate<br>
生成时间 generated：<b>{escape(when)}</b> · 数据集 datasets：{len(report.checks)} · 命令 command：<code>{escape(command)}</code></div>
<p>{basis}</p>
<p>依据 standards：DB33/T 2351-2021《数字化改革 公共数据分类分级指南》（L1 不敏感 · L2 低敏感 · L3 较敏感 · L4 敏感），
GB/T 43697-2024《数据安全技术 数据分类分级规则》（就高从严；汇聚数据重新定级）。</p>
<div class=summary>
<div class=card><span class="badge under">定级偏低 under</span><b>{counts['under']}</b></div>
<div class=card><span class="badge over">定级偏高 over</span><b>{counts['over']}</b></div>
<div class=card><span class="badge ok">一致 consistent</span><b>{counts['ok']}</b></div>
</div>
<h2>结论 Summary</h2>
<table><thead><tr><th>数据集 id</th><th>名称 name</th><th>提供方 owner</th><th>声明级别 declared</th><th>应定级别 implied</th>
<th>结论 verdict</th><th>责任字段 responsible fields</th></tr></thead><tbody>{summary_rows}</tbody></table>
<h2>逐数据集 Datasets</h2>{sections}
<h2>适用规则 Rules applied</h2>
<p class=note>rules/grading.yaml（可配置 configurable）与 classify/recognizers/recognizers.yaml。</p>
<table><thead><tr><th>规则 rule</th><th>内容 text</th></tr></thead><tbody>{rules}</tbody></table>
<p class=note>本报告由 govgate 自动生成；“定级偏低”须由数据提供方复核并更新目录定级或说明理由。
Generated by govgate; an under-graded dataset must be reviewed by its owner.</p>
</body></html>
"""
