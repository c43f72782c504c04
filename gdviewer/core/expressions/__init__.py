"""Safe parsing of user formulas, with symbolic derivatives.

``parse_formula("2x^2")`` returns a ``Formula`` whose derivative is 4x;
``FormulaObjective`` runs gradient descent on it and ``update_rule``
writes the update x := x − α·4x = (1 − 4α)x. Anything that is not a
formula raises ``FormulaError`` with the position of the problem.
"""

from .domain import DomainViolation, Requirement
from .errors import FormulaError, FormulaErrorKind
from .formula import Formula, parse_formula
from .objective import FormulaObjective
from .update_rule import UpdateRule, update_rule

__all__ = [
    "DomainViolation",
    "Formula",
    "FormulaError",
    "FormulaErrorKind",
    "FormulaObjective",
    "Requirement",
    "UpdateRule",
    "parse_formula",
    "update_rule",
]
