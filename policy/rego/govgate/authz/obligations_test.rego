# METADATA
# title: govgate authorization — obligations, flags and validity tests (obligations.rego)
# description: Export limits, bulk step-up, validity ranges, revision. Fixtures: authz_test.rego.
package govgate.authz_test

# 2025-12-31T16:00:00Z, valid_grant.not_after, in nanoseconds
grant_end_ns := 1767196800000000000

test_export_limit_by_dataset_grade if {
	decide(granted_input).obligations.export_limit == 2000
	decide(merge(unconditional_input, {"resource": {"dataset": "enterprise-credit", "fields": ["uscc"]}})).obligations.export_limit == 1000000
}

test_owner_has_no_export_limit if {
	d := decide(merge(owner_input, {"context": {"rows_today": 999999}}))
	d.allow == true
	d.obligations.export_limit == null
}

test_below_export_limit_allowed if {
	decide(merge(granted_input, {"context": {"rows_today": 1999}})).allow == true
}

test_export_limit_exceeded if {
	d := decide(merge(granted_input, {"context": {"rows_today": 2000}}))
	refused_with(d, {"export_limit_exceeded"})
	d.reasons[0].message == "今日从该数据集获取的数据已达上限（2000 行）"
}

test_bulk_volume_needs_step_up if {
	rules := object.union(mock_rules, {"mfa_bulk_rows": {"L4": 100}})
	decide_with_rules(merge(granted_input, {"context": {"requested_rows": 100}}), rules).allow == true
	d := decide_with_rules(merge(granted_input, {"context": {"requested_rows": 101}}), rules)
	refused_with(d, {"mfa_required"})
	d.obligations.require_mfa == true
	ok := decide_with_rules(merge(granted_input, {"context": {"requested_rows": 101, "mfa": true}}), rules)
	ok.allow == true
	ok.obligations.require_mfa == true
}

test_bulk_step_up_only_for_the_graded_fields if {
	rules := object.union(mock_rules, {"mfa_bulk_rows": {"L4": 100}})
	inp := merge(granted_input, {"resource": {"fields": ["name"]}, "context": {"requested_rows": 5000}})
	d := decide_with_rules(inp, rules)
	d.allow == true
	d.obligations.require_mfa == false
}

test_validity_until_grant_expiry if {
	d := decide(granted_input)
	d.valid == {"time_from_ns": null, "time_until_ns": grant_end_ns, "rows_from": null, "rows_until": null}
}

test_validity_after_grant_expiry if {
	d := decide(merge(granted_input, {"context": {"time": "2026-01-01T00:00:00Z"}}))
	refused_with(d, {"grant_expired"})
	d.valid.time_from_ns == grant_end_ns
	d.valid.time_until_ns == null
}

test_validity_of_the_day_volume if {
	below := decide(merge(granted_input, {"context": {"rows_today": 5}}))
	[below.valid.rows_from, below.valid.rows_until] == [null, 2000]
	above := decide(merge(granted_input, {"context": {"rows_today": 2500}}))
	[above.valid.rows_from, above.valid.rows_until] == [2000, null]
}

test_no_validity_without_a_readable_time if {
	decide(merge(unconditional_input, {"context": {"time": "yesterday"}})).valid == null
}

test_unconditional_holds_at_any_time if {
	decide(unconditional_input).valid == {"time_from_ns": null, "time_until_ns": null, "rows_from": null, "rows_until": null}
}

test_revision_from_data_meta if {
	authz.revision == "sha256:test" with data.govgate.meta as {"revision": "sha256:test"}
	authz.revision == ""
}

test_tokenize_by_grade_reaches_tokenizable_fields_only if {
	rules := object.union(mock_rules, {"operators_by_grade": object.union(mock_rules.operators_by_grade, {
		"unconditional": {"L1": "keep", "L2": "keep", "L3": "tokenize", "L4": "tokenize"}})})
	d := decide_with_rules(unconditional_input, rules)
	d.allow == true
	# resident_id (CN_RESIDENT_ID) is tokenized; holder_name (PERSON, L3) has no token format: redacted
	d.obligations.fields == {"permit_no": "keep", "district": "keep", "holder_name": "redact", "resident_id": "tokenize"}
}
