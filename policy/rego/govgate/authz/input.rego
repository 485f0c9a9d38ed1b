# METADATA
# title: govgate authorization — the input document
# description: >-
#   Which input members are required and well formed; each failed check is an
#   input_missing or input_invalid refusal, and input_well_formed mirrors the checks on
#   optional members for allow. Shape: policy/engine.py. Tests: input_test.rego.
# scope: package
package govgate.authz

# Mirrors the input_invalid refusals on optional members (required ones are mirrored by
# the conditions that read them).
input_well_formed if {
	is_number(now_ns)
	rows_well_formed
	rows_today_well_formed
	mfa_well_formed
	grant_well_formed
	emergency_well_formed
}

rows_well_formed if object.get(input.context, "requested_rows", null) == null

rows_well_formed if valid_row_count(input.context.requested_rows)

rows_today_well_formed if object.get(input.context, "rows_today", null) == null

rows_today_well_formed if valid_row_count(input.context.rows_today)

mfa_well_formed if object.get(input.context, "mfa", null) == null

mfa_well_formed if is_boolean(input.context.mfa)

grant_well_formed if object.get(input, "grant", null) == null

grant_well_formed if non_empty_string(input.grant)

# Required input members, as paths into the input document.
required_strings := [
	["principal", "department"],
	["principal", "credential"],
	["principal", "credential_status"],
	["principal", "department_status"],
	["resource", "dataset"],
	["purpose"],
	["context", "time"],
]

# METADATA
# title: input_missing
# description: The input is not an object at all.
# custom:
#   code: input_missing
refusals contains reason("input_missing", "请求为空或不是 JSON 对象") if not is_object(input)

# METADATA
# title: input_missing
# description: A required input member is absent, null or empty.
# custom:
#   code: input_missing
refusals contains reason("input_missing", concat("", ["请求缺少必要项：", concat(".", path)])) if {
	is_object(input)
	some path in required_strings
	object.get(input, path, null) in {null, ""}
}

refusals contains reason("input_missing", "请求缺少必要项：resource.fields") if {
	is_object(input)
	object.get(input, ["resource", "fields"], null) in {null, []}
}

# METADATA
# title: input_invalid
# description: A required input member has the wrong type or format.
# custom:
#   code: input_invalid
refusals contains reason("input_invalid", concat("", ["请求项格式错误：", concat(".", path)])) if {
	is_object(input)
	some path in required_strings
	v := object.get(input, path, null)
	not v in {null, ""}
	not is_string(v)
}

refusals contains reason("input_invalid", concat("", ["请求项格式错误：", key])) if {
	is_object(input)
	some key in ["principal", "resource", "context"]
	v := input[key]
	v != null
	not is_object(v)
}

refusals contains reason("input_invalid", "请求项格式错误：resource.fields") if {
	fields := input.resource.fields
	not fields in {null, []}
	not requested
}

refusals contains reason("input_invalid", "请求项格式错误：context.time（须为 RFC 3339 时间）") if {
	is_string(input.context.time)
	input.context.time != ""
	not is_number(now_ns)
}

refusals contains reason("input_invalid", "请求项格式错误：context.requested_rows") if {
	rows := input.context.requested_rows
	rows != null
	not valid_row_count(rows)
}

refusals contains reason("input_invalid", "请求项格式错误：context.rows_today") if {
	rows := input.context.rows_today
	rows != null
	not valid_row_count(rows)
}

refusals contains reason("input_invalid", "请求项格式错误：context.mfa") if {
	mfa := input.context.mfa
	mfa != null
	not is_boolean(mfa)
}

refusals contains reason("input_invalid", "请求项格式错误：grant（须为批准申请的编号）") if {
	g := input.grant
	g != null
	not non_empty_string(g)
}

valid_row_count(n) if {
	is_number(n)
	n >= 0
	n == floor(n)
}

