# METADATA
# title: govgate authorization
# description: >-
#   Decides whether a department may read fields of a dataset for a purpose, and with
#   which masking obligations. Entrypoint: data.govgate.authz.decision.
#   Deny by default. `allow` is built only from positive conditions, each of which needs
#   its input present and well formed, so missing input, or a refusal rule that silently
#   fails to fire (regopy leaves a misspelt reference undefined instead of rejecting it),
#   can never produce an allow. Refusals only explain a denial; they are evaluated on
#   the denial path alone (evaluating them on every request doubled the latency). The
#   tests check that the two agree: allow ⇔ no refusal, on every test input.
#   Input and data documents: see policy/engine.py and policy/data.py. The package is
#   split by concern, each file beside its _test.rego: authz.rego (decision, conditions,
#   basis, grants, refusals), input.rego (the input document), obligations.rego (what
#   the host must do, flags, validity), break_glass.rego (emergency access).
# scope: package
package govgate.authz

catalog := data.govgate.catalog

rules := data.govgate.rules

# ---------------------------------------------------------------------------------------
# The decision
# ---------------------------------------------------------------------------------------

# METADATA
# title: decision
# description: >-
#   The one document the host reads; its shape is policy.decision.Decision (plus
#   `basis`: owner | unconditional | granted, null when refused).
# entrypoint: true
# custom:
#   code: decision
decision := {
	"allow": true,
	"basis": basis,
	"reasons": [],
	"obligations": {
		"fields": field_operators,
		"row_limit": row_limit,
		"export_limit": export_limit,
		"require_mfa": mfa_needed,
		"watermark": watermark,
		"open_incident": open_incident,
	},
	"flags": flags,
	"revision": revision,
	"valid": validity,
} if {
	allow
} else := {
	"allow": false,
	"basis": null,
	"reasons": denial_reasons,
	"obligations": {
		"fields": {},
		"row_limit": 0,
		"export_limit": 0,
		# still reported on refusal so the host knows to ask for a second factor
		"require_mfa": mfa_needed,
		"watermark": false,
		"open_incident": null,
	},
	# a refused break-glass attempt is flagged too: the audit trail shows every attempt
	"flags": flags,
	"revision": revision,
	"valid": validity,
}

# The revision of bundle and data, as the evaluator sees it: the host puts it at
# data.govgate.meta.revision when it loads the data (policy.engine, policy.opa), and
# refuses a decision whose revision is not the one it loaded (e.g. a remote OPA that
# someone else re-provisioned). "" when absent (the Rego unit tests).
revision := r if {
	r := data.govgate.meta.revision
	is_string(r)
} else := ""

# Each rule is referenced as few times as possible on purpose: regopy compiles a copy of
# a rule per reference when a test evaluates it under `with`, so a rule named twice costs
# twice (and transitively) in `govgate policy test` compile time. Serving is unaffected.

# METADATA
# title: allow
# description: Every positive condition holds; each mirrors one or more refusals below.
# custom:
#   code: allow
default allow := false

allow if {
	input_well_formed
	department_active
	credential_active
	purpose_permitted
	fields_known
	mfa_satisfied
	within_export_limit
	is_string(basis)
	count(field_operators) == count(requested)
}

# regopy iterates a set in insertion order, not sorted order: sort explicitly so the
# same request always gives the same reasons in the same order.
denial_reasons := sorted if {
	sorted := sort([r | some r in refusals])
	count(sorted) > 0
} else := [reason("denied_by_default", "无允许访问的依据（默认拒绝）")]

reason(code, message) := {"code": code, "message": message}

# ---------------------------------------------------------------------------------------
# Input accessors: each is defined only when its input member is well formed.
# ---------------------------------------------------------------------------------------

# Hot accessors test for a non-empty string inline: a function call per value costs
# tens of microseconds in regopy, per field for `requested`.
department_id := d if {
	d := input.principal.department
	is_string(d)
	d != ""
}

dataset_id := d if {
	d := input.resource.dataset
	is_string(d)
	d != ""
}

purpose_id := p if {
	p := input.purpose
	is_string(p)
	p != ""
}

requested := {f | some f in fields} if {
	fields := input.resource.fields
	is_array(fields)
	count(fields) > 0
	count([f | some f in fields; is_string(f); f != ""]) == count(fields)
}

now_ns := parse_time(input.context.time)

# The grant the request relies on, read from data: the input only names it.
grant := data.govgate.grants[input.grant] if non_empty_string(input.grant)

department := catalog.departments[department_id]

dataset := catalog.datasets[dataset_id]

non_empty_string(s) if {
	is_string(s)
	s != ""
}

# regopy's time.parse_rfc3339_ns rejects the "Z" designator (undefined) but accepts
# "+00:00"; rewrite Z so both regopy and OPA read the same instant.
parse_time(t) := time.parse_rfc3339_ns(concat("", [trim_suffix(t, "Z"), "+00:00"])) if {
	is_string(t)
	endswith(t, "Z")
}

else := time.parse_rfc3339_ns(concat("", [trim_suffix(t, "z"), "+00:00"])) if {
	is_string(t)
	endswith(t, "z")
}

else := time.parse_rfc3339_ns(t) if is_string(t)

# ---------------------------------------------------------------------------------------
# Positive conditions (all must hold for allow)
# ---------------------------------------------------------------------------------------

department_active if {
	is_object(department)
	input.principal.department_status == "active"
}

credential_active if {
	non_empty_string(input.principal.credential)
	input.principal.credential_status == "active"
}

purpose_permitted if {
	is_object(catalog.purposes[purpose_id])
	purpose_id in department.purposes
}

fields_known if {
	is_object(dataset)
	count(requested) > 0
	every f in requested {
		is_object(dataset.fields[f])
	}
}

# The day's volume is not used up (or the host does not count, or the owner reads).
within_export_limit if object.get(input.context, "rows_today", null) == null

within_export_limit if export_limit == null

within_export_limit if rows_today < export_limit

# No second factor needed, or one was given.
mfa_satisfied if not mfa_needed

mfa_satisfied if input.context.mfa == true

is_owner if dataset.owner == department_id

# The ground on which the data is given; at most one holds. A request that claims
# emergency access (input.emergency) is decided as break-glass or refused: it never falls
# back silently to another basis (break_glass.rego).
basis := "owner" if {
	is_owner
} else := "break_glass" if {
	break_glass_valid
} else := "unconditional" if {
	no_emergency
	dataset.sharing == "unconditional"
} else := "granted" if {
	no_emergency
	dataset.sharing == "restricted"
	grant_valid
}

# A grant counts only if it names this department, dataset and purpose, covers every
# requested field, is unexpired now and carries only known operators.
grant_valid if {
	grant_matches
	grant_unexpired
	grant_operators_valid
}

grant_matches if {
	grant.department == department_id
	grant.dataset == dataset_id
	grant.purpose == purpose_id
	is_array(grant.fields)
	every f in requested {
		f in grant.fields
	}
}

grant_unexpired if now_ns < parse_time(grant.not_after)

grant_operators_valid if {
	is_object(grant_overrides)
	every f, op in grant_overrides {
		op in rules.operators
		override_applicable(f, op)
	}
}

# `tokenize` only for a field whose entity type has a token format (rules.tokenizable_entities,
# the host's list from classify/rules/masking.yaml); every other operator fits any field.
override_applicable(_, op) if op != "tokenize"

override_applicable(f, "tokenize") if dataset.fields[f].entity in rules.tokenizable_entities

grant_overrides := grant.operators if grant.operators != null

else := {}

# ---------------------------------------------------------------------------------------
# Refusals: each explains one failed condition. Codes are stable API (gateway, audit).
# ---------------------------------------------------------------------------------------

# METADATA
# title: unknown_department
# custom:
#   code: unknown_department
refusals contains reason("unknown_department", concat("", ["未登记的部门：", department_id])) if {
	non_empty_string(department_id)
	not is_object(catalog.departments[department_id])
}

# METADATA
# title: department_suspended
# custom:
#   code: department_suspended
refusals contains reason("department_suspended", "部门已被暂停数据共享") if {
	is_object(department)
	status := input.principal.department_status
	non_empty_string(status)
	status != "active"
}

# METADATA
# title: credential_inactive
# custom:
#   code: credential_inactive
refusals contains reason("credential_inactive", concat("", ["凭证已失效（", status, "）"])) if {
	status := input.principal.credential_status
	non_empty_string(status)
	status != "active"
}

# METADATA
# title: unknown_dataset
# custom:
#   code: unknown_dataset
refusals contains reason("unknown_dataset", concat("", ["未登记的数据集：", dataset_id])) if {
	non_empty_string(dataset_id)
	not is_object(catalog.datasets[dataset_id])
}

# METADATA
# title: unknown_field
# description: Names every requested field the dataset does not have.
# custom:
#   code: unknown_field
refusals contains reason("unknown_field", concat("", ["数据集中不存在的字段：", concat("、", sort(unknown))])) if {
	is_object(dataset)
	unknown := {f | some f in requested; not is_object(dataset.fields[f])}
	count(unknown) > 0
}

# METADATA
# title: unknown_purpose
# custom:
#   code: unknown_purpose
refusals contains reason("unknown_purpose", concat("", ["未登记的用途：", purpose_id])) if {
	non_empty_string(purpose_id)
	not is_object(catalog.purposes[purpose_id])
}

# METADATA
# title: purpose_not_in_duties
# description: PIPL arts. 34-37 — a state organ processes data only within its duties.
# custom:
#   code: purpose_not_in_duties
refusals contains reason("purpose_not_in_duties", "用途不在本部门登记职责范围内") if {
	is_object(catalog.purposes[purpose_id])
	is_object(department)
	not purpose_id in department.purposes
}

# METADATA
# title: not_shared
# description: 不予共享 data goes to nobody but its owner, grant or no grant.
# custom:
#   code: not_shared
refusals contains reason("not_shared", "该数据不予共享") if {
	dataset.sharing == "not_shared"
	not is_owner
}

# Only a restricted dataset read by someone else than its owner needs a grant, unless the
# request claims emergency access (then break_glass.rego explains any refusal).
grant_needed if {
	dataset.sharing == "restricted"
	not is_owner
	no_emergency
}

# METADATA
# title: grant_required
# custom:
#   code: grant_required
refusals contains reason("grant_required", "受限共享数据须经提供部门批准的申请") if {
	grant_needed
	not non_empty_string(input.grant)
}

# METADATA
# title: grant_unknown
# description: >-
#   The request names a grant that is not among the grants in force (data.govgate.grants):
#   never approved, revoked, or not yet known to this policy revision.
# custom:
#   code: grant_unknown
refusals contains reason("grant_unknown", "所引用的批准申请不存在或已撤销") if {
	grant_needed
	non_empty_string(input.grant)
	not is_object(grant)
}

# METADATA
# title: grant_mismatch
# description: The grant does not name this department, dataset or purpose, or misses a requested field.
# custom:
#   code: grant_mismatch
refusals contains reason("grant_mismatch", concat("", ["批准的申请与本次请求不符：", concat("、", sort(grant_mismatches))])) if {
	grant_needed
	count(grant_mismatches) > 0
}

grant_mismatches contains "部门" if object.get(grant, "department", null) != department_id

grant_mismatches contains "数据集" if object.get(grant, "dataset", null) != dataset_id

grant_mismatches contains "用途" if object.get(grant, "purpose", null) != purpose_id

grant_mismatches contains concat("", ["字段（", concat("、", sort(uncovered)), "）"]) if {
	granted_fields := object.get(grant, "fields", [])
	is_array(granted_fields)
	uncovered := {f | some f in requested; not f in granted_fields}
	count(uncovered) > 0
}

# METADATA
# title: grant_expired
# custom:
#   code: grant_expired
refusals contains reason("grant_expired", "批准的申请已过期") if {
	grant_needed
	now_ns >= parse_time(grant.not_after)
}

# METADATA
# title: grant_invalid
# description: >-
#   The grant names an operator the host cannot carry out (unknown, or `tokenize` for a
#   field whose type has no token format).
# custom:
#   code: grant_invalid
refusals contains reason("grant_invalid", "批准的申请中脱敏方式无效") if {
	grant_needed
	is_object(grant)
	not grant_operators_valid
}

# METADATA
# title: mfa_required
# description: >-
#   A second factor (TOTP step-up) is needed first: a field of a grade in
#   rules.mfa_grades, more rows than rules.mfa_bulk_rows allows at a field's grade, or
#   break-glass access (obligations.rego).
# custom:
#   code: mfa_required
refusals contains reason("mfa_required", "访问该数据须完成二次身份验证") if {
	mfa_needed
	not input.context.mfa == true
}

# METADATA
# title: policy_data_invalid
# description: Fail closed when the rules give no operator for a requested field.
# custom:
#   code: policy_data_invalid
refusals contains reason("policy_data_invalid", concat("", ["策略数据缺少字段的脱敏方式：", concat("、", sort(missing))])) if {
	is_string(basis)
	missing := {f | some f in requested; is_object(dataset.fields[f]); not field_operators[f]}
	count(missing) > 0
}
