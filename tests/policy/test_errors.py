"""RegoError messages → BundleError with file, line and column."""

from __future__ import annotations

from policy.errors import BundleError, bundle_error_from_rego, parse_rego_error

# verbatim from regopy 1.5.2 for a module named dir/文件.rego (name length in bytes)
SOURCE = 'package p\n\n# 注释 中文\nx := "湖州"\ny if {\n  input.a ==\n}\n'
MESSAGE = (
    "(rego-errorseq\n  (error 15:dir/文件.rego|58|2\n    (errormsg 24:Invalid boolean operator)\n"
    "    (errorast |58|2\n      (rego-equals |58|2))\n    (rego-errorcode)))\n"
)


def test_parse_byte_offsets_into_line_and_column() -> None:
    (loc,) = parse_rego_error(MESSAGE, {"dir/文件.rego": SOURCE})
    assert (loc.file, loc.line, loc.column, loc.message) == ("dir/文件.rego", 6, 11, "Invalid boolean operator")


def test_bundle_error_names_location() -> None:
    err = bundle_error_from_rego(MESSAGE, {"dir/文件.rego": SOURCE})
    assert isinstance(err, BundleError)
    assert str(err) == "dir/文件.rego:6:11: Invalid boolean operator"
    assert err.diagnostics().startswith(str(err))


def test_unparseable_message_still_an_error() -> None:
    err = bundle_error_from_rego("something else", {})
    assert err.file is None and "something else" in err.diagnostics()
