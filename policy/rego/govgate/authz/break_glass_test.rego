# METADATA
# title: govgate authorization — break-glass tests (break_glass.rego)
# description: >-
#   yjj (应急管理局, role incident-response, purpose emergency-response) reaches rsj's
#   restricted data without a grant. Fixtures and helpers: authz_test.rego.
package govgate.authz_test

emergency := {"justification": "台风转移群众，需核对受灾片区参保人员联系方式"}

break_glass_input := {
	"principal": principal("yjj"),
	"resource": {"dataset": "insured-persons", "fields": ["resident_id", "name", "mobile"]},
	"purpose": "emergency-response",
	"grant": null,
	"emergency": emergency,
	"context": ctx,
}

test_break_glass_allowed_flagged_and_opens_incident if {
	d := decide(break_glass_input)
	d.allow == true
	d.basis == "break_glass"
	d.flags == ["break_glass"]
	d.obligations == {
		"fields": {"resident_id": "mask", "name": "keep", "mobile": "keep"},
		"row_limit": 200,
		"export_limit": 2000,
		"require_mfa": false,
		"watermark": true,
		"open_incident": "break_glass",
	}
}

test_break_glass_on_unconditional_data_uses_break_glass_operators if {
	d := decide(merge(break_glass_input, {"resource": {"dataset": "residence-permits", "fields": ["holder_name", "resident_id"]}}))
	d.allow == true
	d.basis == "break_glass"
	d.obligations.fields == {"holder_name": "keep", "resident_id": "mask"}
	d.obligations.open_incident == "break_glass"
}

test_break_glass_ignores_any_grant if {
	expired := {
		"id": "g-9", "department": "yjj", "dataset": "insured-persons", "fields": ["name"],
		"purpose": "emergency-response", "not_after": "2020-01-01T00:00:00Z",
	}
	d := decide(object.union(break_glass_input, {"grant": expired}))
	d.allow == true
	d.basis == "break_glass"
}

test_break_glass_needs_justification if {
	d := decide(object.union(break_glass_input, {"emergency": {}}))
	refused_with(d, {"break_glass_justification_required"})
	d.reasons[0].message == "应急访问须填写书面理由（至少 10 个字）"
	d.flags == ["break_glass"]
}

test_break_glass_justification_too_short if {
	# nine characters after trimming the blanks
	refused_with(decide(object.union(break_glass_input, {"emergency": {"justification": "   台风来了请马上转移   "}})), {"break_glass_justification_required"})
	refused_with(decide(object.union(break_glass_input, {"emergency": {"justification": 1234567890123}})), {"break_glass_justification_required"})
}

test_break_glass_needs_the_role if {
	d := decide(merge(break_glass_input, {"principal": principal("scjg"), "purpose": "market-supervision"}))
	refused_with(d, {"break_glass_not_permitted", "break_glass_purpose"})
	d.flags == ["break_glass"]
}

test_break_glass_needs_an_emergency_purpose if {
	# gaj holds the role, but population-management is not an emergency purpose
	d := decide(merge(break_glass_input, {"principal": principal("gaj"), "purpose": "population-management"}))
	refused_with(d, {"break_glass_purpose"})
}

test_break_glass_purpose_must_be_in_duties if {
	d := decide(merge(break_glass_input, {"purpose": "social-security"}))
	refused_with(d, {"purpose_not_in_duties", "break_glass_purpose"})
}

test_break_glass_never_reaches_not_shared if {
	d := decide(merge(break_glass_input, {"resource": {"dataset": "medical-records", "fields": ["diagnosis"]}}))
	refused_with(d, {"not_shared"})
	d.flags == ["break_glass"]
}

test_break_glass_refused_for_suspended_department if {
	refused_with(decide(merge(break_glass_input, {"principal": {"department_status": "suspended"}})), {"department_suspended"})
}

test_break_glass_refused_for_revoked_credential if {
	refused_with(decide(merge(break_glass_input, {"principal": {"credential_status": "revoked"}})), {"credential_inactive"})
}

test_break_glass_step_up_when_configured if {
	rules := merge(mock_rules, {"break_glass": {"require_mfa": true}})
	d := decide_with_rules(break_glass_input, rules)
	refused_with(d, {"mfa_required"})
	d.obligations.require_mfa == true
	ok := decide_with_rules(merge(break_glass_input, {"context": {"mfa": true}}), rules)
	ok.allow == true
	ok.obligations.require_mfa == true
}

test_break_glass_without_rules_refuses if {
	d := decide_with_rules(break_glass_input, object.remove(mock_rules, {"break_glass"}))
	d.allow == false
	"break_glass_not_permitted" in codes(d)
}

test_owner_claiming_emergency_reads_as_owner_but_is_flagged if {
	d := decide(object.union(owner_input, {"emergency": emergency}))
	d.allow == true
	d.basis == "owner"
	d.flags == ["break_glass"]
	d.obligations.open_incident == null
}

test_no_claim_no_flag if {
	d := decide(granted_input)
	d.flags == []
	d.obligations.open_incident == null
	refused := decide(object.union(granted_input, {"grant": null}))
	refused.flags == []
}

test_null_emergency_is_no_claim if {
	d := decide(object.union(unconditional_input, {"emergency": null}))
	d.allow == true
	d.basis == "unconditional"
	d.flags == []
}
