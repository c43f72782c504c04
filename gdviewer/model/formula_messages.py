"""Sentences about formulas, in the user's language.

The core reports a rejected formula as a FormulaError with a kind, a
span and details, and a domain problem as a DomainViolation. This module
turns both into messages under the translation context
``FormulaMessages``; the window and the command line use the same text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.expressions import DomainViolation, FormulaError, FormulaErrorKind, Requirement
from ..core.expressions.building import FUNCTIONS, MAX_DECIMAL_MAGNITUDE
from ..core.expressions.excerpt import shorten_token
from ..core.numbers import format_number


def known_functions() -> str:
    """Return the names of the functions a formula may call, comma-separated."""
    return ", ".join(sorted(FUNCTIONS))


def formula_error_message(error: FormulaError, variables: tuple[str, ...] = ("x",)) -> str:
    """Say what is wrong with a formula over ``variables``, where (1-based position) and how to fix it."""
    kind = error.kind
    values = dict(
        token=shorten_token(error.token),
        column=error.column,
        suggestion=shorten_token(error.suggestion or ""),
        limit=format_number(error.limit) if error.limit is not None else "",
        length=len(error.text),
        functions=known_functions(),
    )
    surface = len(variables) > 1
    if kind is FormulaErrorKind.UNKNOWN_NAME:
        template = _unknown_name_template(error, variables)
    elif kind is FormulaErrorKind.EMPTY and surface:
        template = QCoreApplication.translate("FormulaMessages", "Type a function of x and y, such as x^2 + 10y^2.")
    elif kind is FormulaErrorKind.UNEXPECTED_CHARACTER:
        template = _character_template(error.token)
    elif kind is FormulaErrorKind.EXPONENT_TOO_LARGE and error.limit == MAX_DECIMAL_MAGNITUDE:
        template = QCoreApplication.translate("FormulaMessages", "“{token}” at position {column} is larger than 10^308, the range of a 64-bit float. Use a smaller power.")
    else:
        template = _TEMPLATES[kind]()
    return template.format(**values)


def _unknown_name_template(error: FormulaError, variables: tuple[str, ...]) -> str:
    if error.suggestion:
        return QCoreApplication.translate("FormulaMessages", "Unknown name “{token}” at position {column}. Did you mean {suggestion}?")
    if error.token == "y" and "y" not in variables:
        return QCoreApplication.translate(
            "FormulaMessages",
            "Unknown name “y” at position {column}: f(x) has the single variable x. To race on a function "
            "of x and y, open a race lesson and type it under Surface.",
        )
    if len(variables) > 1:
        return QCoreApplication.translate(
            "FormulaMessages",
            "Unknown name “{token}” at position {column}. Use the variables x and y, the constants pi and e, "
            "and the functions {functions}.",
        )
    return QCoreApplication.translate("FormulaMessages", 
        "Unknown name “{token}” at position {column}. Use the variable x, the constants pi and e, "
        "and the functions {functions}."
    )


def _character_template(character: str) -> str:
    if character == "=":
        return QCoreApplication.translate("FormulaMessages", "“=” at position {column} is not part of a formula. Type only the right-hand side, such as 2x^2.")
    if character in "[]{}":
        return QCoreApplication.translate("FormulaMessages", "“{token}” at position {column} is not allowed. Use round parentheses ( ) for grouping.")
    return QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column} is not allowed in a formula. Use numbers, x, + − * / ^, "
        "parentheses and functions such as sin(x)."
    )


_TEMPLATES = {
    FormulaErrorKind.EMPTY: lambda: QCoreApplication.translate("FormulaMessages", "Type a function of x, such as 2x^2."),
    FormulaErrorKind.TOO_LONG: lambda: QCoreApplication.translate("FormulaMessages", 
        "The formula has {length} characters, more than the limit of {limit}. Shorten it."
    ),
    FormulaErrorKind.STRING: lambda: QCoreApplication.translate("FormulaMessages", 
        "Quoted text {token} at position {column} is not part of a formula. Remove the quotes."
    ),
    FormulaErrorKind.ATTRIBUTE: lambda: QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column}: attribute access with “.” is not allowed. "
        "Write decimals with a digit after the point, such as 0.5."
    ),
    FormulaErrorKind.FUNCTION_WITHOUT_ARGUMENT: lambda: QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column} needs its argument in parentheses, as in {token}(x)."
    ),
    FormulaErrorKind.TOO_MANY_ARGUMENTS: lambda: QCoreApplication.translate("FormulaMessages", 
        "The comma at position {column} is not allowed: every function takes one argument. "
        "For other bases use log2(x) or log10(x)."
    ),
    FormulaErrorKind.MISSING_OPERAND: lambda: QCoreApplication.translate("FormulaMessages", 
        "Something is missing after “{token}” at position {column}. Add a number, x or a parenthesis."
    ),
    FormulaErrorKind.MISSING_OPERATOR: lambda: QCoreApplication.translate("FormulaMessages", 
        "The number {token} at position {column} follows another term without an operator. "
        "Write {suggestion} for a product."
    ),
    FormulaErrorKind.UNEXPECTED_TOKEN: lambda: QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column} cannot stand here. Look for two operators in a row or a missing term."
    ),
    FormulaErrorKind.UNCLOSED_PARENTHESIS: lambda: QCoreApplication.translate("FormulaMessages", 
        "The parenthesis opened at position {column} is never closed. Add “)”."
    ),
    FormulaErrorKind.UNOPENED_PARENTHESIS: lambda: QCoreApplication.translate("FormulaMessages", 
        "The “)” at position {column} has no matching “(”. Remove it or add “(” before it."
    ),
    FormulaErrorKind.EMPTY_PARENTHESES: lambda: QCoreApplication.translate("FormulaMessages", 
        "The parentheses at position {column} are empty. Put an expression inside, as in sin(x)."
    ),
    FormulaErrorKind.TOO_DEEP: lambda: QCoreApplication.translate("FormulaMessages", 
        "The formula is nested more than {limit} levels deep at position {column}. Simplify it."
    ),
    FormulaErrorKind.NUMBER_TOO_LARGE: lambda: QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column} is too large for a 64-bit float (about 1.8e308). Use smaller numbers."
    ),
    FormulaErrorKind.EXPONENT_TOO_LARGE: lambda: QCoreApplication.translate("FormulaMessages", 
        "The exponent “{token}” at position {column} is too large. Use exponents from −{limit} to {limit}."
    ),
    FormulaErrorKind.COMBINED_EXPONENT_TOO_LARGE: lambda: QCoreApplication.translate(
        "FormulaMessages",
        "“{token}” at position {column} multiplies nested exponents to more than {limit}, as (x^2)^51 = x^102 does. "
        "Use smaller exponents.",
    ),
    FormulaErrorKind.UNDEFINED: lambda: QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column} is undefined, as a division by zero or log(0) is. Change it."
    ),
    FormulaErrorKind.NOT_REAL: lambda: QCoreApplication.translate("FormulaMessages", 
        "“{token}” at position {column} is not a real number, and gdviewer works with real numbers only."
    ),
    FormulaErrorKind.TOO_COMPLEX: lambda: QCoreApplication.translate("FormulaMessages", 
        "The formula is too large to differentiate quickly. Simplify it or use fewer factors."
    ),
}


def domain_message(violation: DomainViolation, x: float) -> str:
    """Explain why f or f′ is undefined at ``x``, naming the broken condition."""
    value = format_number(x)
    requirement = requirement_text(violation)
    if violation.in_derivative:
        return QCoreApplication.translate("FormulaMessages", "f′(x) is not defined at x = {x}: {requirement}.").format(x=value, requirement=requirement)
    return QCoreApplication.translate("FormulaMessages", "f(x) is not defined at x = {x}: {requirement}.").format(x=value, requirement=requirement)


def requirement_text(violation: DomainViolation) -> str:
    """Name the condition a point broke, such as “log needs a positive argument”."""
    argument = format_number(violation.argument)
    if violation.requirement is Requirement.POSITIVE:
        text = QCoreApplication.translate("FormulaMessages", "{function} needs a positive argument, and it is {argument} there")
    elif violation.requirement is Requirement.NON_ZERO:
        return QCoreApplication.translate("FormulaMessages", "the formula divides by zero there")
    elif violation.requirement is Requirement.UNIT_INTERVAL:
        text = QCoreApplication.translate("FormulaMessages", "{function} needs an argument from −1 to 1, and it is {argument} there")
    elif violation.function == "power":
        text = QCoreApplication.translate("FormulaMessages", "a fractional power needs a base of at least 0, and it is {argument} there")
    else:
        text = QCoreApplication.translate("FormulaMessages", "{function} needs an argument of at least 0, and it is {argument} there")
    return text.format(function=violation.function, argument=argument)
