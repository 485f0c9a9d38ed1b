# METADATA
# title: govgate detokenization — unit tests
# description: >-
#   One test per refusal code and the allowed case, against the mock rules below (never
#   the real ones, so editing the catalog or detokenize/data.yaml cannot break them). Run with `govgate policy test`.
package govgate.tokens_test

import data.govgate.tokens

mock_rules := {
	"roles": ["security_admin"],
	"purposes": ["cyber-security", "public-security"],
	"min_justification_chars": 10,
	"require_mfa": true,
	"tokenizable_entities": ["BANK_CARD", "CN_MOBILE", "CN_RESIDENT_ID", "CN_SOCIAL_SECURITY"],
	"known_purposes": ["cyber-security", "public-security", "tourism-services"],
	"department_purposes": {
		"big-data-center": ["cyber-security", "decision-support"],
		"tourism": ["tourism-services"],
	},
}

person(roles) := {"kind": "user", "department": "big-data-center", "department_status": "active", "roles": roles}

allowed_input := {
	"principal": person(["security_admin"]),
	"purpose": "cyber-security",
	"justification": "网络安全事件调查：核实泄露数据所涉人员",
	"entity": "CN_RESIDENT_ID",
	"context": {"mfa": true},
}

run(inp, rules) := d if {
	out := {"decision": tokens.decision, "refusals": tokens.refusals} with input.principal as object.get(inp, "principal", null)
		with input.purpose as object.get(inp, "purpose", null)
		with input.justification as object.get(inp, "justification", null)
		with input.entity as object.get(inp, "entity", null)
		with input.context as object.get(inp, "context", null)
		with data.govgate.detokenize as rules
	consistent(out.decision, out.refusals)
	d := out.decision
}

decide(inp) := run(inp, mock_rules)

# allow ⇔ no refusal; a denial lists exactly the refusals, sorted
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

codes(d) := {r.code | some r in d.reasons}

refused_with(d, expected) if {
	d.allow == false
	codes(d) == expected
}

with_member(k, v) := object.union(allowed_input, {k: v})

test_security_admin_with_step_up_allowed if {
	d := decide(allowed_input)
	d.allow == true
	d.reasons == []
}

test_api_key_refused if {
	refused_with(decide(with_member("principal", object.union(person(["requester"]), {"kind": "key"}))),
		{"people_only", "detokenize_role_required"})
}

test_wrong_role_refused if {
	# the security officer (安全审计员) audits re-identifications and does not perform them
	refused_with(decide(with_member("principal", person(["security_officer"]))), {"detokenize_role_required"})
	refused_with(decide(with_member("principal", person([]))), {"detokenize_role_required"})
	refused_with(decide(with_member("principal", object.union(person(["security_admin"]), {"roles": "security_admin"}))), {"detokenize_role_required"})
}

test_no_step_up_refused if {
	d := decide(with_member("context", {"mfa": false}))
	refused_with(d, {"step_up_required"})
	refused_with(decide(with_member("context", null)), {"step_up_required"})
	refused_with(decide(with_member("context", {"mfa": "true"})), {"step_up_required"})
}

test_step_up_not_needed_when_rules_say_so if {
	run(with_member("context", null), object.union(mock_rules, {"require_mfa": false})).allow == true
}

test_justification_required if {
	d := decide(with_member("justification", "  查一下  "))
	refused_with(d, {"justification_required"})
	d.reasons[0].message == "还原令牌须填写书面理由（至少 10 个字）"
	refused_with(decide(with_member("justification", null)), {"justification_required"})
	refused_with(decide(with_member("justification", 1234567890123)), {"justification_required"})
}

test_unknown_purpose_refused if {
	refused_with(decide(with_member("purpose", "curiosity")), {"unknown_purpose"})
	refused_with(decide(with_member("purpose", null)), {"unknown_purpose"})
}

test_purpose_of_another_department_refused if {
	# public-security may be claimed for detokenization, but big-data-center does not hold it
	refused_with(decide(with_member("purpose", "public-security")), {"purpose_not_permitted"})
}

test_purpose_not_for_detokenize_refused if {
	tourism := object.union(person(["security_admin"]), {"department": "tourism"})
	d := decide(object.union(allowed_input, {"principal": tourism, "purpose": "tourism-services"}))
	refused_with(d, {"detokenize_purpose"})
}

test_suspended_or_unknown_department_refused if {
	refused_with(decide(with_member("principal", object.union(person(["security_admin"]), {"department_status": "suspended"}))),
		{"department_suspended"})
	refused_with(decide(with_member("principal", object.union(person(["security_admin"]), {"department": "nowhere"}))),
		{"department_suspended", "purpose_not_permitted"})
}

test_untokenizable_entity_refused if {
	refused_with(decide(with_member("entity", "PERSON")), {"entity_not_tokenizable"})
	refused_with(decide(with_member("entity", null)), {"entity_not_tokenizable"})
}

test_missing_input_denied_by_every_condition if {
	d := run({}, mock_rules)
	d.allow == false
	codes(d) == {"people_only", "department_suspended", "detokenize_role_required", "unknown_purpose",
		"justification_required", "entity_not_tokenizable", "step_up_required"}
}

test_missing_rules_deny if {
	d := run(allowed_input, {})
	d.allow == false
}

test_revision_from_data_meta if {
	d := decide(allowed_input) with data.govgate.meta.revision as "sha256:abc"
	d.revision == "sha256:abc"
}
