# METADATA
# title: govgate authorization — unit tests
# description: >-
#   One test per rule and per refusal code, against the mock catalog and rules below
#   (never the real catalog, so an edit to the catalog or rules/data.yaml cannot break them).
#   Run with `govgate policy test` (policy.bundle.run_rego_tests); regopy has no `opa test`.
package govgate.authz_test

import data.govgate.authz

# ---------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------

mock_rules := {
	"operators_by_grade": {
		"unconditional": {"L1": "keep", "L2": "keep", "L3": "mask", "L4": "redact"},
		"granted": {"L1": "keep", "L2": "keep", "L3": "keep", "L4": "mask"},
		"owner": {"L1": "keep", "L2": "keep", "L3": "keep", "L4": "keep"},
		"break_glass": {"L1": "keep", "L2": "keep", "L3": "keep", "L4": "mask"},
	},
	"row_limits": {"L1": 10000, "L2": 5000, "L3": 1000, "L4": 200},
	"export_limits": {"L1": 1000000, "L2": 100000, "L3": 20000, "L4": 2000},
	"mfa_grades": [],
	"mfa_bulk_rows": {},
	"watermark_grades": ["L4"],
	"watermark_sensitive": true,
	"break_glass": {
		"roles": ["incident-response"],
		"purposes": ["emergency-response"],
		"min_justification_chars": 10,
		"require_mfa": false,
	},
	"operators": ["generalize", "hash", "keep", "mask", "redact", "tag", "tokenize"],
	"tokenizable_entities": ["BANK_CARD", "CN_MOBILE", "CN_RESIDENT_ID", "CN_SOCIAL_SECURITY"],
}

mock_catalog := {
	"purposes": {
		"population-management": {"name": "人口管理"},
		"social-security": {"name": "社会保障"},
		"health-management": {"name": "卫生健康管理"},
		"market-supervision": {"name": "市场监管"},
		"emergency-response": {"name": "应急管理"},
	},
	"departments": {
		"gaj": {"purposes": ["population-management"], "roles": ["incident-response"]},
		"rsj": {"purposes": ["social-security"], "roles": []},
		"wjw": {"purposes": ["health-management"], "roles": []},
		"scjg": {"purposes": ["market-supervision"], "roles": []},
		"yjj": {"purposes": ["emergency-response"], "roles": ["incident-response"]},
	},
	"datasets": {
		# 无条件共享, mixed field grades: exercises the whole `unconditional` table
		"residence-permits": {
			"owner": "gaj", "grade": "L4", "sharing": "unconditional",
			"fields": {
				"permit_no": {"grade": "L1", "entity": null, "sensitive": false},
				"district": {"grade": "L2", "entity": "CN_ADDRESS", "sensitive": false},
				"holder_name": {"grade": "L3", "entity": "PERSON", "sensitive": false},
				"resident_id": {"grade": "L4", "entity": "CN_RESIDENT_ID", "sensitive": true},
			},
		},
		"enterprise-credit": {
			"owner": "scjg", "grade": "L1", "sharing": "unconditional",
			"fields": {
				"uscc": {"grade": "L1", "entity": "CN_USCC", "sensitive": false},
				"rating": {"grade": "L1", "entity": null, "sensitive": false},
			},
		},
		# 受限共享
		"population-base": {
			"owner": "gaj", "grade": "L4", "sharing": "restricted",
			"fields": {
				"resident_id": {"grade": "L4", "entity": "CN_RESIDENT_ID", "sensitive": true},
				"name": {"grade": "L3", "entity": "PERSON", "sensitive": false},
				"mobile": {"grade": "L3", "entity": "CN_MOBILE", "sensitive": false},
				"birth_date": {"grade": "L2", "entity": "DATE_OF_BIRTH", "sensitive": false},
			},
		},
		# 受限共享, owned by rsj: the one yjj reaches by break-glass
		"insured-persons": {
			"owner": "rsj", "grade": "L4", "sharing": "restricted",
			"fields": {
				"resident_id": {"grade": "L4", "entity": "CN_RESIDENT_ID", "sensitive": true},
				"name": {"grade": "L3", "entity": "PERSON", "sensitive": false},
				"mobile": {"grade": "L3", "entity": "CN_MOBILE", "sensitive": false},
			},
		},
		# 不予共享
		"medical-records": {
			"owner": "wjw", "grade": "L4", "sharing": "not_shared",
			"fields": {
				"patient_id": {"grade": "L4", "entity": "CN_RESIDENT_ID", "sensitive": true},
				"diagnosis": {"grade": "L4", "entity": "HEALTH_INFO", "sensitive": true},
			},
		},
	},
}

principal(dept) := {
	"department": dept,
	"credential": "cred-0001",
	"credential_status": "active",
	"department_status": "active",
}

ctx := {"time": "2025-06-01T08:00:00Z", "requested_rows": 100, "mfa": false}

# rsj reads 无条件共享 data for its duties
unconditional_input := {
	"principal": principal("rsj"),
	"resource": {"dataset": "residence-permits", "fields": ["permit_no", "district", "holder_name", "resident_id"]},
	"purpose": "social-security",
	"grant": null,
	"context": ctx,
}

valid_grant := {
	"id": "grant-0001",
	"department": "rsj",
	"dataset": "population-base",
	"fields": ["resident_id", "name", "mobile"],
	"purpose": "social-security",
	"not_after": "2025-12-31T16:00:00Z",
}

# rsj reads 受限共享 data with gaj's approval
granted_input := {
	"principal": principal("rsj"),
	"resource": {"dataset": "population-base", "fields": ["resident_id", "name"]},
	"purpose": "social-security",
	"grant": valid_grant,
	"context": ctx,
}

# gaj reads its own 受限共享 data, no grant
owner_input := {
	"principal": principal("gaj"),
	"resource": {"dataset": "population-base", "fields": ["resident_id", "name", "mobile", "birth_date"]},
	"purpose": "population-management",
	"grant": null,
	"context": ctx,
}

# regopy 1.5.2 aborts the whole process (C++ "shape `rego-localref` has no field
# `rego-refhead`") when a rule that calls any built-in is evaluated under
# `with input as …`. Replacing the input member by member (`with input.principal as …`)
# works, so every test goes through this helper. A member absent from `inp` becomes null,
# which the policy treats exactly like absent; true absence and a non-object input are
# covered by tests/policy/test_engine.py.
#
# Grants live in data (data.govgate.grants) and the input names one by id. For brevity a
# fixture may carry the grant object itself in `grant`: `run` puts it into data and
# passes its id, as the host does. `run_raw` passes input.grant and the grants unchanged.
run(inp, catalog, rules) := run_raw(object.union(inp, {"grant": grant_ref(g)}), catalog, rules, grants_of(g)) if {
	g := object.get(inp, "grant", null)
}

run_raw(inp, catalog, rules, grants) := d if {
	out := {"decision": authz.decision, "refusals": authz.refusals} with input.principal as object.get(inp, "principal", null)
		with input.resource as object.get(inp, "resource", null)
		with input.purpose as object.get(inp, "purpose", null)
		with input.grant as object.get(inp, "grant", null)
		with input.context as object.get(inp, "context", null)
		with input.emergency as object.get(inp, "emergency", null)
		with data.govgate.catalog as catalog
		with data.govgate.rules as rules
		with data.govgate.grants as grants
	consistent(out.decision, out.refusals)
	d := out.decision
}

grant_ref(g) := g.id if is_object(g) else := g

grants_of(g) := {g.id: g} if is_object(g) else := {}

# `allow` is built from positive conditions and the refusals only explain; every test
# input also checks that the two agree (an undefined result fails the test).
consistent(d, refusals) if {
	d.allow == true
	count(refusals) == 0
	d.reasons == []
}

consistent(d, refusals) if {
	d.allow == false
	count(refusals) > 0
	d.reasons == sort([r | some r in refusals])
}

decide(inp) := run(inp, mock_catalog, mock_rules)

decide_with_rules(inp, rules) := run(inp, mock_catalog, rules)

codes(d) := {r.code | some r in d.reasons}

# A refusal is a denial carrying exactly these codes and no obligations to act on.
refused_with(d, expected) if {
	d.allow == false
	codes(d) == expected
	d.obligations.fields == {}
	d.obligations.row_limit == 0
	d.basis == null
}

# regopy's object.union is shallow (OPA's merges nested objects): merge two levels here.
merge(a, b) := object.union(a, {k: v |
	some k, bv in b
	v := merge_member(object.get(a, k, null), bv)
})

merge_member(av, bv) := object.union(av, bv) if {
	is_object(av)
	is_object(bv)
} else := bv

grant_with(patch) := object.union(granted_input, {"grant": object.union(valid_grant, patch)})

# ---------------------------------------------------------------------------------------
# Allowed
# ---------------------------------------------------------------------------------------

test_unconditional_allowed_with_grade_operators if {
	d := decide(unconditional_input)
	d.allow == true
	d.basis == "unconditional"
	d.reasons == []
	d.obligations == {
		"fields": {"permit_no": "keep", "district": "keep", "holder_name": "mask", "resident_id": "redact"},
		"row_limit": 200,
		"export_limit": 2000,
		"require_mfa": false,
		"watermark": true,
		"open_incident": null,
	}
	d.flags == []
}

test_unconditional_l1_no_watermark if {
	d := decide(merge(unconditional_input, {
		"principal": principal("rsj"),
		"resource": {"dataset": "enterprise-credit", "fields": ["uscc", "rating"]},
	}))
	d.allow == true
	d.obligations == {
		"fields": {"uscc": "keep", "rating": "keep"}, "row_limit": 10000, "export_limit": 1000000,
		"require_mfa": false, "watermark": false, "open_incident": null,
	}
}

test_unconditional_ignores_unrelated_grant if {
	d := decide(merge(unconditional_input, {"grant": valid_grant}))
	d.allow == true
	d.basis == "unconditional"
	d.obligations.fields.holder_name == "mask"
}

test_owner_keeps_everything if {
	d := decide(owner_input)
	d.allow == true
	d.basis == "owner"
	d.obligations.fields == {"resident_id": "keep", "name": "keep", "mobile": "keep", "birth_date": "keep"}
	d.obligations.row_limit == 200
}

test_owner_reads_not_shared if {
	d := decide({
		"principal": principal("wjw"),
		"resource": {"dataset": "medical-records", "fields": ["patient_id", "diagnosis"]},
		"purpose": "health-management",
		"grant": null,
		"context": ctx,
	})
	d.allow == true
	d.basis == "owner"
	d.obligations.fields == {"patient_id": "keep", "diagnosis": "keep"}
}

test_owner_still_needs_purpose_in_duties if {
	d := decide(merge(owner_input, {"purpose": "social-security"}))
	refused_with(d, {"purpose_not_in_duties"})
}

test_restricted_with_grant_allowed if {
	d := decide(granted_input)
	d.allow == true
	d.basis == "granted"
	d.reasons == []
	d.obligations.fields == {"resident_id": "mask", "name": "keep"}
	d.obligations.row_limit == 200
	d.obligations.watermark == true
}

test_grant_operator_override_applies if {
	d := decide(grant_with({"operators": {"resident_id": "hash", "mobile": "redact"}}))
	d.allow == true
	# exactly the requested fields: the override for the unrequested `mobile` is not added
	d.obligations.fields == {"resident_id": "hash", "name": "keep"}
}

test_grant_tokenize_override_applies if {
	d := decide(grant_with({"operators": {"resident_id": "tokenize"}}))
	d.allow == true
	d.obligations.fields == {"resident_id": "tokenize", "name": "keep"}
}

test_grant_tokenize_override_on_untokenizable_field_is_invalid if {
	# a name has no token format: the grant cannot be carried out, so it does not count
	refused_with(decide(grant_with({"operators": {"name": "tokenize"}})), {"grant_invalid"})
}

test_grant_operators_null_is_no_override if {
	d := decide(grant_with({"operators": null}))
	d.allow == true
	d.obligations.fields.resident_id == "mask"
}

test_grant_not_after_with_offset if {
	# 2025-06-01T16:00:00+08:00 is 08:00Z, the request time: expired at that instant
	refused_with(decide(grant_with({"not_after": "2025-06-01T16:00:00+08:00"})), {"grant_expired"})
	decide(grant_with({"not_after": "2025-06-01T16:00:01+08:00"})).allow == true
}

test_obligations_cover_requested_fields_once if {
	d := decide(merge(unconditional_input, {"resource": {"dataset": "residence-permits", "fields": ["permit_no", "permit_no"]}}))
	d.allow == true
	d.obligations.fields == {"permit_no": "keep"}
}

# ---------------------------------------------------------------------------------------
# Refusals, one per code
# ---------------------------------------------------------------------------------------

test_restricted_without_grant_refused if {
	refused_with(decide(object.union(granted_input, {"grant": null})), {"grant_required"})
}

test_grant_expired if {
	refused_with(decide(grant_with({"not_after": "2025-05-31T23:59:59Z"})), {"grant_expired"})
}

test_grant_expires_at_not_after if {
	refused_with(decide(grant_with({"not_after": "2025-06-01T08:00:00Z"})), {"grant_expired"})
}

test_grant_for_other_department if {
	d := decide(grant_with({"department": "scjg"}))
	refused_with(d, {"grant_mismatch"})
	d.reasons[0].message == "批准的申请与本次请求不符：部门"
}

test_grant_for_other_dataset if {
	refused_with(decide(grant_with({"dataset": "residence-permits"})), {"grant_mismatch"})
}

test_grant_for_other_purpose if {
	d := decide(grant_with({"purpose": "health-management"}))
	refused_with(d, {"grant_mismatch"})
	d.reasons[0].message == "批准的申请与本次请求不符：用途"
}

test_grant_for_other_fields if {
	d := decide(merge(granted_input, {"resource": {"dataset": "population-base", "fields": ["name", "birth_date"]}}))
	refused_with(d, {"grant_mismatch"})
	d.reasons[0].message == "批准的申请与本次请求不符：字段（birth_date）"
}

test_grant_mismatch_and_expired_both_reported if {
	refused_with(
		decide(grant_with({"purpose": "health-management", "not_after": "2020-01-01T00:00:00Z"})),
		{"grant_mismatch", "grant_expired"},
	)
}

test_grant_invalid_operator if {
	refused_with(decide(grant_with({"operators": {"resident_id": "decrypt"}})), {"grant_invalid"})
}

test_not_shared_refused if {
	d := decide({
		"principal": principal("rsj"),
		"resource": {"dataset": "medical-records", "fields": ["diagnosis"]},
		"purpose": "social-security",
		"grant": null,
		"context": ctx,
	})
	refused_with(d, {"not_shared"})
	d.reasons[0].message == "该数据不予共享"
}

test_not_shared_refused_even_with_grant if {
	grant := {
		"id": "grant-0002", "department": "rsj", "dataset": "medical-records",
		"fields": ["diagnosis"], "purpose": "social-security",
		"not_after": "2030-01-01T00:00:00Z", "operators": {"diagnosis": "keep"},
	}
	d := decide({
		"principal": principal("rsj"),
		"resource": {"dataset": "medical-records", "fields": ["diagnosis"]},
		"purpose": "social-security",
		"grant": grant,
		"context": ctx,
	})
	refused_with(d, {"not_shared"})
}

test_unknown_department if {
	d := decide(merge(unconditional_input, {"principal": {"department": "nobody"}}))
	refused_with(d, {"unknown_department"})
	d.reasons[0].message == "未登记的部门：nobody"
}

test_department_suspended if {
	d := decide(merge(unconditional_input, {"principal": {"department_status": "suspended"}}))
	refused_with(d, {"department_suspended"})
}

test_credential_revoked if {
	d := decide(merge(unconditional_input, {"principal": {"credential_status": "revoked"}}))
	refused_with(d, {"credential_inactive"})
	d.reasons[0].message == "凭证已失效（revoked）"
}

test_credential_expired if {
	refused_with(decide(merge(unconditional_input, {"principal": {"credential_status": "expired"}})), {"credential_inactive"})
}

test_unknown_dataset if {
	d := decide(merge(unconditional_input, {"resource": {"dataset": "no-such-data"}}))
	refused_with(d, {"unknown_dataset"})
	d.reasons[0].message == "未登记的数据集：no-such-data"
}

test_unknown_field_names_the_fields if {
	d := decide(merge(unconditional_input, {"resource": {"fields": ["permit_no", "salary", "address"]}}))
	refused_with(d, {"unknown_field"})
	d.reasons[0].message == "数据集中不存在的字段：address、salary"
}

test_unknown_purpose if {
	d := decide(merge(unconditional_input, {"purpose": "curiosity"}))
	refused_with(d, {"unknown_purpose"})
	d.reasons[0].message == "未登记的用途：curiosity"
}

test_purpose_not_in_duties if {
	d := decide(merge(unconditional_input, {"purpose": "market-supervision"}))
	refused_with(d, {"purpose_not_in_duties"})
	d.reasons[0].message == "用途不在本部门登记职责范围内"
}

# ---------------------------------------------------------------------------------------
# Reasons, MFA, watermark
# ---------------------------------------------------------------------------------------

test_reasons_sorted if {
	d := decide(merge(unconditional_input, {
		"principal": {"credential_status": "revoked", "department_status": "suspended"},
		"purpose": "curiosity",
		"resource": {"fields": ["zz", "permit_no", "aa"]},
	}))
	d.allow == false
	[r.code | some r in d.reasons] == ["credential_inactive", "department_suspended", "unknown_field", "unknown_purpose"]
	d.reasons == sort(d.reasons)
}

test_mfa_off_by_default if {
	d := decide(granted_input)
	d.obligations.require_mfa == false
}

test_mfa_required_when_configured if {
	rules := object.union(mock_rules, {"mfa_grades": ["L4"]})
	d := decide_with_rules(granted_input, rules)
	d.allow == false
	codes(d) == {"mfa_required"}
	d.obligations.require_mfa == true
}

test_mfa_satisfied if {
	rules := object.union(mock_rules, {"mfa_grades": ["L4"]})
	d := decide_with_rules(merge(granted_input, {"context": {"mfa": true}}), rules)
	d.allow == true
	d.obligations.require_mfa == true
}

test_mfa_not_needed_below_grade if {
	rules := object.union(mock_rules, {"mfa_grades": ["L4"]})
	inp := merge(granted_input, {"resource": {"fields": ["name"]}})
	d := decide_with_rules(inp, rules)
	d.allow == true
	d.obligations.require_mfa == false
}

test_watermark_for_sensitive_only_when_configured if {
	rules := object.union(mock_rules, {"watermark_grades": [], "watermark_sensitive": false})
	decide_with_rules(granted_input, rules).obligations.watermark == false
	rules2 := object.union(mock_rules, {"watermark_grades": []})
	decide_with_rules(granted_input, rules2).obligations.watermark == true
}
