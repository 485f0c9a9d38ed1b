# METADATA
# title: govgate authorization — obligations, flags and validity
# description: >-
#   What the host must do with an allowed request (mask fields, cap rows, cap the day's
#   volume, ask for a second factor, watermark, open an incident), the flags it must put
#   in the audit event, and the range of time and volume over which the decision holds
#   (for hosts that cache decisions). All values come from data.govgate.rules
#   (rules/data.yaml); tests: obligations_test.rego.
# scope: package
package govgate.authz

# The provider's approval may name a per-field operator; it applies only when the data
# is given on the strength of that approval.
applied_overrides := grant_overrides if basis == "granted"

else := {}

# Exactly the requested fields; a field whose operator cannot be found is left out, which
# makes allow fail (count check) and raises policy_data_invalid.
field_operators := {f: op |
	some f, info in requested_info
	op := object.get(applied_overrides, f, object.get(untokenizable, f, operators_for_basis[info.grade]))
}

# `tokenize` chosen by grade reaches only fields whose entity type has a token format
# (rules.tokenizable_entities); other fields of that grade are redacted: a value that
# cannot be given as a token is not given. (A grant's `tokenize` override on such a field
# makes the grant invalid instead: authz.rego, grant_operators_valid.)
untokenizable := {f: "redact" |
	some f, info in requested_info
	operators_for_basis[info.grade] == "tokenize"
	not info.entity in rules.tokenizable_entities
}

operators_for_basis := rules.operators_by_grade[basis]

# Rows per request, by the dataset's declared grade (就高从严).
row_limit := rules.row_limits[dataset.grade]

# Rows per department and dataset per day (export limit), by the dataset's grade; null
# for the owner reading its own data. The host may clamp a page to what is left today;
# the policy refuses once context.rows_today has reached it (export_limit_exceeded).
export_limit := null if {
	is_owner
} else := rules.export_limits[dataset.grade]

# Rows already received today by this department from this dataset, when the host says.
rows_today := input.context.rows_today if valid_row_count(input.context.rows_today)

requested_rows := input.context.requested_rows if valid_row_count(input.context.requested_rows)

# The requested fields' catalog entries and grades, looked up once per request.
requested_info := {f: info | some f in requested; info := dataset.fields[f]}

requested_grades := {info.grade | some info in requested_info}

# A second factor (TOTP step-up) is needed …
default mfa_needed := false

# … for any field of a grade in rules.mfa_grades,
mfa_needed if {
	some g in rules.mfa_grades
	g in requested_grades
}

# … for bulk volume: more rows than rules.mfa_bulk_rows gives for a requested field's grade,
mfa_needed if {
	some g, threshold in rules.mfa_bulk_rows
	g in requested_grades
	requested_rows > threshold
}

# … and for break-glass access when rules.break_glass.require_mfa.
mfa_needed if {
	break_glass_applies
	rules.break_glass.require_mfa == true
}

default watermark := false

watermark if {
	some g in rules.watermark_grades
	g in requested_grades
}

watermark if {
	rules.watermark_sensitive == true
	some info in requested_info
	info.sensitive == true
}

watermark if basis == "break_glass"

# Data given on emergency grounds opens an incident (the host's playbooks pick it up).
open_incident := "break_glass" if basis == "break_glass"

else := null

# Flags the host must record in the audit event, on allow and on refusal alike.
flags := sort([f | some f in flag_set])

flag_set contains "break_glass" if not no_emergency

# ---------------------------------------------------------------------------------------
# Validity: the decision is the same for every context.time in [time_from_ns,
# time_until_ns) and every context.rows_today in [rows_from, rows_until) with all other
# input unchanged (null: unbounded). Time matters only through grant expiry, volume only
# through the export limit; a host that caches decisions keys on the rest of the input
# and checks these ranges (policy.cache.CachedEngine). null when the time is unreadable.
# ---------------------------------------------------------------------------------------

validity := {
	"time_from_ns": greatest_or_null({t | some t in time_boundaries; t <= now_ns}),
	"time_until_ns": least_or_null({t | some t in time_boundaries; t > now_ns}),
	"rows_from": rows_bounds[0],
	"rows_until": rows_bounds[1],
} if {
	is_number(now_ns)
} else := null

time_boundaries := {t | t := parse_time(grant.not_after); is_number(t)}

rows_bounds := [null, limit] if {
	limit := export_limit
	is_number(limit)
	rows_today < limit
} else := [limit, null] if {
	limit := export_limit
	is_number(limit)
	rows_today >= limit
} else := [null, null]

greatest_or_null(s) := max(s) if count(s) > 0

else := null

least_or_null(s) := min(s) if count(s) > 0

else := null

# METADATA
# title: export_limit_exceeded
# description: The department has already received today's volume of this dataset.
# custom:
#   code: export_limit_exceeded
refusals contains reason("export_limit_exceeded", concat("", ["今日从该数据集获取的数据已达上限（", format_int(export_limit, 10), " 行）"])) if {
	is_number(export_limit)
	rows_today >= export_limit
}
