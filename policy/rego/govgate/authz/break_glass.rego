# METADATA
# title: govgate authorization — break-glass (emergency) access
# description: >-
#   A department holding a role in rules.break_glass.roles (the catalog's
#   incident-response units) may read data it has no grant for, in an emergency, for a
#   purpose in rules.break_glass.purposes that is also among its own duties, with a
#   written justification (input.emergency.justification, at least
#   rules.break_glass.min_justification_chars characters) and, when
#   rules.break_glass.require_mfa, a second factor. 不予共享 data stays refused. Such a
#   decision has basis "break_glass", the flag "break_glass", a watermark and the
#   obligation open_incident = "break_glass"; a refused claim is flagged too.
#   Tests: break_glass_test.rego.
# scope: package
package govgate.authz

# No emergency is claimed (absent or null).
no_emergency if not is_object(input)

no_emergency if object.get(input, "emergency", null) == null

emergency_well_formed if no_emergency

emergency_well_formed if is_object(input.emergency)

# An emergency claim that break-glass has to decide: the owner needs none.
break_glass_applies if {
	not no_emergency
	not is_owner
}

break_glass_valid if {
	is_object(input.emergency)
	not is_owner
	has_break_glass_role
	justification_sufficient
	purpose_id in rules.break_glass.purposes
	dataset.sharing in {"unconditional", "restricted"}
}

has_break_glass_role if {
	some role in department.roles
	role in rules.break_glass.roles
}

justification_sufficient if {
	text := input.emergency.justification
	is_string(text)
	count(trim_space(text)) >= rules.break_glass.min_justification_chars
}

# METADATA
# title: break_glass_not_permitted
# description: Only departments with a role in rules.break_glass.roles may claim an emergency.
# custom:
#   code: break_glass_not_permitted
refusals contains reason("break_glass_not_permitted", "本部门无应急访问（break-glass）权限") if {
	break_glass_applies
	is_object(department)
	not has_break_glass_role
}

# METADATA
# title: break_glass_justification_required
# description: An emergency claim needs a written justification of a minimum length.
# custom:
#   code: break_glass_justification_required
refusals contains reason("break_glass_justification_required", concat("", ["应急访问须填写书面理由（至少 ", format_int(min_chars, 10), " 个字）"])) if {
	break_glass_applies
	is_object(input.emergency)
	not justification_sufficient
	min_chars := object.get(rules, ["break_glass", "min_justification_chars"], 0)
}

# METADATA
# title: break_glass_purpose
# description: Emergency access is only for the purposes in rules.break_glass.purposes.
# custom:
#   code: break_glass_purpose
refusals contains reason("break_glass_purpose", "该用途不能发起应急访问") if {
	break_glass_applies
	is_object(catalog.purposes[purpose_id])
	not purpose_id in object.get(rules, ["break_glass", "purposes"], [])
}

refusals contains reason("input_invalid", "请求项格式错误：emergency") if {
	not no_emergency
	not is_object(input.emergency)
}
