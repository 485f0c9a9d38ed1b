# METADATA
# title: govgate detokenization
# description: >-
#   Decides whether a person may recover the identifier behind a reversible token
#   (POST /v1/tokens/detokenize). Entrypoint: data.govgate.tokens.decision.
#   Deny by default: `allow` is built only from positive conditions, each needing its
#   input present and well formed; the refusals explain a denial and the tests check that
#   the two agree. Rules: data.govgate.detokenize (detokenize/data.yaml) plus what the host
#   adds from the catalog and masking rules (policy/tokens.py): tokenizable_entities,
#   known_purposes [purpose id…] and department_purposes {department id: [purpose id…]}.
#   (One data document rather than data.govgate.catalog: with regopy 1.5.2 a test's
#   `with data.govgate.catalog as …` did not take effect here, and overriding its members
#   crashed the process.) Tests: detokenize_test.rego.
#
#   Input:
#     {"principal": {"kind": "user" | "key", "department": "<id>", "department_status": "active",
#                    "roles": ["<role>", …]},
#      "purpose": "<purpose id>", "justification": "<written reason>", "entity": "<entity type>",
#      "context": {"mfa": <bool: a fresh TOTP step-up>}}
# scope: package
package govgate.tokens

rules := data.govgate.detokenize



# METADATA
# title: decision
# description: The one document the host reads (policy.tokens.DetokenizeDecision).
# entrypoint: true
# custom:
#   code: decision
decision := {"allow": true, "reasons": [], "revision": revision} if {
	allow
} else := {"allow": false, "reasons": denial_reasons, "revision": revision}

revision := r if {
	r := data.govgate.meta.revision
	is_string(r)
} else := ""

default allow := false

allow if {
	is_person
	department_active
	has_role
	purpose_known
	purpose_held
	purpose_for_detokenize
	justification_sufficient
	entity_tokenizable
	mfa_satisfied
}

denial_reasons := sorted if {
	sorted := sort([r | some r in refusals])
	count(sorted) > 0
} else := [reason("denied_by_default", "无还原令牌的依据（默认拒绝）")]

reason(code, message) := {"code": code, "message": message}

# --- input accessors, defined only when well formed ------------------------------------------

principal := p if {
	p := input.principal
	is_object(p)
}

purpose_id := p if {
	p := input.purpose
	is_string(p)
	p != ""
}

department_purposes := rules.department_purposes[principal.department]

# --- positive conditions ------------------------------------------------------------------------

is_person if principal.kind == "user"

department_active if {
	is_array(department_purposes)
	principal.department_status == "active"
}

has_role if {
	is_array(principal.roles)
	some role in principal.roles
	role in rules.roles
}

purpose_known if purpose_id in rules.known_purposes

purpose_held if purpose_id in department_purposes

purpose_for_detokenize if purpose_id in rules.purposes

justification_sufficient if {
	text := input.justification
	is_string(text)
	count(trim_space(text)) >= rules.min_justification_chars
}

entity_tokenizable if input.entity in rules.tokenizable_entities

mfa_satisfied if rules.require_mfa == false

mfa_satisfied if input.context.mfa == true

# --- refusals: each explains one failed condition -----------------------------------------------

# METADATA
# title: people_only
# description: Only a person (session token, TOTP) may detokenize; never a department system's API key.
# custom:
#   code: people_only
refusals contains reason("people_only", "还原令牌须由个人账户完成（部门 API 密钥不可用）") if not is_person

# METADATA
# title: department_suspended
# description: The caller's department is unknown or suspended.
# custom:
#   code: department_suspended
refusals contains reason("department_suspended", "本部门未登记或已被暂停访问") if not department_active

# METADATA
# title: detokenize_role_required
# description: The person holds none of the roles in rules.roles.
# custom:
#   code: detokenize_role_required
refusals contains reason("detokenize_role_required", "还原令牌须具有安全管理员角色") if not has_role

# METADATA
# title: unknown_purpose
# description: The purpose is not registered in the catalog.
# custom:
#   code: unknown_purpose
refusals contains reason("unknown_purpose", "未登记的用途") if not purpose_known

# METADATA
# title: purpose_not_permitted
# description: The caller's department does not hold the purpose among its duties.
# custom:
#   code: purpose_not_permitted
refusals contains reason("purpose_not_permitted", "该用途不在本部门职责范围内") if {
	purpose_known
	not purpose_held
}

# METADATA
# title: detokenize_purpose
# description: Re-identification may be claimed only for the purposes in rules.purposes.
# custom:
#   code: detokenize_purpose
refusals contains reason("detokenize_purpose", "该用途不能申请还原令牌") if {
	purpose_known
	not purpose_for_detokenize
}

# METADATA
# title: justification_required
# description: A written justification of at least rules.min_justification_chars characters.
# custom:
#   code: justification_required
refusals contains reason("justification_required", concat("", ["还原令牌须填写书面理由（至少 ", format_int(min_chars, 10), " 个字）"])) if {
	not justification_sufficient
	min_chars := object.get(rules, "min_justification_chars", 0)
}

# METADATA
# title: entity_not_tokenizable
# description: The entity type has no token format, so no token of it exists.
# custom:
#   code: entity_not_tokenizable
refusals contains reason("entity_not_tokenizable", "该数据类型没有可还原的令牌格式") if not entity_tokenizable

# METADATA
# title: step_up_required
# description: A fresh TOTP step-up is needed first (rules.require_mfa).
# custom:
#   code: step_up_required
refusals contains reason("step_up_required", "还原令牌须在近期完成 TOTP 二次验证（POST /v1/auth/step-up）") if not mfa_satisfied
