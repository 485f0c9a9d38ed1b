# METADATA
# title: govgate authorization — input document tests (input.rego)
# description: Missing or malformed input never allows. Fixtures: authz_test.rego.
package govgate.authz_test

test_empty_input if {
	d := decide({})
	refused_with(d, {"input_missing"})
	count(d.reasons) == 8
}

test_missing_principal if {
	d := decide(object.remove(unconditional_input, {"principal"}))
	refused_with(d, {"input_missing"})
	{r.message | some r in d.reasons} == {
		"请求缺少必要项：principal.department",
		"请求缺少必要项：principal.credential",
		"请求缺少必要项：principal.credential_status",
		"请求缺少必要项：principal.department_status",
	}
}

test_missing_resource if {
	refused_with(decide(object.remove(unconditional_input, {"resource"})), {"input_missing"})
}

test_missing_purpose if {
	refused_with(decide(object.remove(unconditional_input, {"purpose"})), {"input_missing"})
}

test_missing_context if {
	refused_with(decide(object.remove(unconditional_input, {"context"})), {"input_missing"})
}

test_missing_credential_status if {
	inp := json.remove(unconditional_input, ["principal/credential_status"])
	refused_with(decide(inp), {"input_missing"})
}

test_missing_department_status if {
	inp := json.remove(unconditional_input, ["principal/department_status"])
	refused_with(decide(inp), {"input_missing"})
}

test_empty_fields if {
	inp := json.patch(unconditional_input, [{"op": "replace", "path": "/resource/fields", "value": []}])
	refused_with(decide(inp), {"input_missing"})
}

test_non_string_field if {
	inp := json.patch(unconditional_input, [{"op": "replace", "path": "/resource/fields", "value": ["permit_no", 7]}])
	refused_with(decide(inp), {"input_invalid"})
}

test_principal_not_an_object if {
	d := decide(merge(unconditional_input, {"principal": "gaj"}))
	d.allow == false
	"input_invalid" in codes(d)
}

test_bad_time if {
	d := decide(merge(unconditional_input, {"context": {"time": "yesterday"}}))
	refused_with(d, {"input_invalid"})
}

test_bad_requested_rows if {
	refused_with(decide(merge(unconditional_input, {"context": {"requested_rows": -1}})), {"input_invalid"})
	refused_with(decide(merge(unconditional_input, {"context": {"requested_rows": 1.5}})), {"input_invalid"})
}

# input.grant only names a grant; the grant itself is read from data.govgate.grants.
test_malformed_grant_reference if {
	refused_with(decide(object.union(granted_input, {"grant": 5})), {"input_invalid", "grant_required"})
	refused_with(decide(object.union(granted_input, {"grant": ""})), {"input_invalid", "grant_required"})
	refused_with(decide(object.union(granted_input, {"grant": ["grant-0001"]})), {"input_invalid", "grant_required"})
}

# An inline grant object is not a reference: the policy never takes a grant from the input.
test_inline_grant_object_refused if {
	d := run_raw(object.union(granted_input, {"grant": valid_grant}), mock_catalog, mock_rules, {"grant-0001": valid_grant})
	refused_with(d, {"input_invalid", "grant_required"})
}

test_unknown_grant_reference if {
	refused_with(decide(object.union(granted_input, {"grant": "grant-9999"})), {"grant_unknown"})
}

# A revoked grant is gone from data: the same reference that was allowed is now refused.
test_grant_gone_from_data_refused if {
	run_raw(object.union(granted_input, {"grant": "grant-0001"}), mock_catalog, mock_rules, {"grant-0001": valid_grant}).allow == true
	d := run_raw(object.union(granted_input, {"grant": "grant-0001"}), mock_catalog, mock_rules, {})
	refused_with(d, {"grant_unknown"})
}

test_missing_catalog_refuses if {
	d := run(unconditional_input, {}, mock_rules)
	refused_with(d, {"unknown_department", "unknown_dataset", "unknown_purpose"})
}

test_missing_rules_refuses if {
	d := decide_with_rules(unconditional_input, {})
	refused_with(d, {"policy_data_invalid"})
}


test_bad_rows_today if {
	refused_with(decide(merge(unconditional_input, {"context": {"rows_today": -1}})), {"input_invalid"})
	refused_with(decide(merge(unconditional_input, {"context": {"rows_today": "many"}})), {"input_invalid"})
}

test_emergency_not_an_object if {
	d := decide(object.union(granted_input, {"emergency": "yes"}))
	d.allow == false
	"input_invalid" in codes(d)
	d.flags == ["break_glass"]
}
