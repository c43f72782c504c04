"""Running an optimiser on an objective and recording every step.

A run is computed incrementally (``Run.advance``) so that a long run can be
spread over several calls without blocking a user interface, and it stops
at the first step whose point, loss, gradient or optimiser state is not
finite: divergence is a recorded outcome, not an exception.

Besides the points, losses and gradients, a run records what a step-by-step
display of the update needs. These are the learning rate of each update,
the gradient the optimiser was given, the optimiser state after every step
and the intermediate terms of every update. The gradient given is taken at
the look-ahead point for Nesterov momentum, and averages a mini-batch for
stochastic updates.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .batches import BatchMode, BatchObjective, BatchSampler
from .objectives import Objective
from .optimizers import GradientDescent, Optimizer
from .schedules import ConstantSchedule, Schedule


class StopReason(enum.Enum):
    """Quantity of a step that stopped the run by becoming non-finite."""

    POINT_NOT_FINITE = "point"
    LOSS_NOT_FINITE = "loss"
    GRADIENT_NOT_FINITE = "gradient"
    STATE_NOT_FINITE = "state"
    """A value of the optimiser's state or of its update terms, such as
    Adam's second moment, overflowed while the point stayed finite."""
    OUTSIDE_DOMAIN = "domain"
    """x is finite but f or f′ is undefined there, such as log(x) at x < 0."""


@dataclass(frozen=True)
class Divergence:
    """Where and why a run stopped early.

    ``step`` is the first step whose values are not finite; the last step
    kept in the trajectory is ``step - 1``. ``value`` is the offending
    number (``inf`` or ``nan``) as computed. ``quantity`` names the
    recorded array it belongs to: ``"points"``, ``"losses"``,
    ``"gradients"``, ``"lookahead_points"``, ``"update_gradients"``, or a
    field of the optimiser's state or terms such as ``"second_moment"``.
    When several are non-finite in the same step, the first in that order
    of computation is named: the look-ahead point, the gradient the update
    used, the state, the point, its loss, its gradient, then the terms.

    For OUTSIDE_DOMAIN, ``value`` is the first coordinate of the x that
    left the domain and ``violation`` (a DomainViolation) names the
    condition it broke.
    """

    step: int
    reason: StopReason
    value: float
    quantity: str = ""
    violation: object | None = None


@dataclass(frozen=True)
class Trajectory:
    """The finite steps of a run.

    Arrays indexed by step have n + 1 rows, one per point x_0 … x_n.
    Arrays indexed by update have n rows: row k describes the update from
    x_k to x_{k+1}.

    Attributes
    ----------
    points : ndarray, shape (n + 1, d)
        x_0 … x_n, every one finite.
    losses : ndarray, shape (n + 1,)
        f(x_k) for each point.
    gradients : ndarray, shape (n + 1, d)
        ∇f(x_k) for each point (the full gradient, over all data).
    learning_rate : float
        The learning rate α: the constant one, or the base rate of the
        schedule.
    requested_steps : int
        The number of updates asked for; n is smaller if the run diverged
        or is still being computed.
    divergence : Divergence or None
        Set when the run stopped at a non-finite value.
    complete : bool
        True when no further steps will be computed.
    learning_rates : ndarray, shape (n,)
        α_k, the learning rate of update k.
    update_gradients : ndarray, shape (n, d)
        The gradient update k was given. It is ``gradients[k]`` unless the
        optimiser looks ahead (then it is taken at ``lookahead_points[k]``)
        or the run samples mini-batches (then it averages the batch only).
    lookahead_points : ndarray, shape (n, d), or None
        Where update k took the gradient, for optimisers that look ahead.
    batch_indices : ndarray of int, shape (n, batch size), or None
        The data points update k averaged, for mini-batch and stochastic
        runs.
    states : dict of str to ndarray
        The optimiser state after each step, one array of n + 1 rows per
        state field (row 0 is the initial state). Empty for gradient
        descent.
    terms : dict of str to ndarray
        The intermediate terms of each update, one array of n rows per term
        (see the optimiser's docstring), for example ``"delta"``, the
        increment x_{k+1} − x_k.
    optimizer : Optimizer or None
        The optimiser, with its hyperparameters.
    schedule : Schedule or None
        The learning-rate schedule; a constant rate is a ConstantSchedule.

    All arrays are read-only.
    """

    points: np.ndarray
    losses: np.ndarray
    gradients: np.ndarray
    learning_rate: float
    requested_steps: int
    divergence: Divergence | None
    complete: bool
    learning_rates: np.ndarray | None = None
    update_gradients: np.ndarray | None = None
    lookahead_points: np.ndarray | None = None
    batch_indices: np.ndarray | None = None
    states: dict[str, np.ndarray] = field(default_factory=dict)
    terms: dict[str, np.ndarray] = field(default_factory=dict)
    optimizer: Optimizer | None = None
    schedule: Schedule | None = None

    @property
    def last_step(self) -> int:
        """Index of the last finite step (n)."""
        return len(self.losses) - 1


class Run:
    """An optimiser run that is computed a chunk at a time.

    Parameters
    ----------
    objective : Objective
        The function to minimise.
    start : float or array_like of shape (d,)
        x_0.
    learning_rate : float or Schedule
        A constant learning rate >= 0, or a schedule of them.
    steps : int
        The number of updates to compute.
    optimizer : Optimizer, optional
        Gradient descent when omitted.
    sampler : BatchSampler, optional
        Update with mini-batch or stochastic gradients. The objective must
        then implement :class:`~gdviewer.core.batches.BatchObjective`.

    Raises ValueError if the start point, its loss or its gradient is not
    finite, if the learning rate, the step count or the sampler is invalid,
    or if the objective cannot average a subset of its data.

    Notes
    -----
    Steps are computed in blocks of ``BLOCK_STEPS`` and checked for
    non-finite values once per block, which keeps the per-step cost low.
    The steps computed after a non-finite value in the same block are
    dropped, so the recorded steps are the same as with a check after every
    step.
    """

    BLOCK_STEPS = 256

    def __init__(
        self,
        objective: Objective,
        start: np.ndarray | float,
        learning_rate: float | Schedule,
        steps: int,
        optimizer: Optimizer | None = None,
        sampler: BatchSampler | None = None,
    ):
        start = np.atleast_1d(np.asarray(start, dtype=float))
        if start.shape != (objective.dimension,):
            raise ValueError(
                f"start has shape {start.shape}, expected ({objective.dimension},)"
            )
        if steps < 0:
            raise ValueError(f"step count {steps} is negative")
        self._schedule, self._learning_rate = _as_schedule(learning_rate)
        self._rates = _schedule_values(self._schedule, steps)
        _check_sampler(objective, sampler)

        self._objective = objective
        self._optimizer = optimizer or GradientDescent()
        self._requested = int(steps)
        self._count = 0
        self._divergence: Divergence | None = None

        with np.errstate(all="ignore"):
            loss, gradient = self._evaluate(start)
        problem = _first_non_finite(start, loss, gradient)
        if problem is not None:
            raise ValueError(f"the start point gives a non-finite {problem[0].value}")
        state = self._optimizer.init(start)

        self._allocate(start, gradient, state, sampler)
        self._store_step(0, start, loss, gradient, state)
        self._count = 1
        self._x, self._gradient, self._state = start, gradient, state

    @property
    def finished(self) -> bool:
        return self._divergence is not None or self._count == self._requested + 1

    def advance(self, max_steps: int) -> bool:
        """Compute up to ``max_steps`` more updates; return True when finished."""
        end = min(self._requested + 1, self._count + max_steps)
        with np.errstate(all="ignore"):
            while self._divergence is None and self._count < end:
                block_end = min(end, self._count + self.BLOCK_STEPS)
                self._compute(block_end)
                self._check_block(block_end)
        return self.finished

    def trajectory(self) -> Trajectory:
        """Return the steps computed so far (arrays are read-only views)."""
        steps = self._count
        updates = steps - 1
        update_gradients = self._update_gradients
        if update_gradients is None:
            update_gradients = self._gradients
        return Trajectory(
            _view(self._points, steps),
            _view(self._losses, steps),
            _view(self._gradients, steps),
            learning_rate=self._learning_rate,
            requested_steps=self._requested,
            divergence=self._divergence,
            complete=self.finished,
            learning_rates=_view(self._rates, updates),
            update_gradients=_view(update_gradients, updates),
            lookahead_points=_view(self._lookahead_points, updates),
            batch_indices=_view(self._batch_indices, updates),
            states={name: _view(array, steps) for name, array in self._states.items()},
            terms={name: _view(array, updates) for name, array in self._terms.items()},
            optimizer=self._optimizer,
            schedule=self._schedule,
        )

    # Computation

    def _allocate(self, start: np.ndarray, gradient: np.ndarray, state: Any, sampler: BatchSampler | None) -> None:
        rows = self._requested + 1
        dimension = start.shape[0]
        self._points = np.empty((rows, dimension))
        self._losses = np.empty(rows)
        self._gradients = np.empty((rows, dimension))
        self._states = _allocate_fields(state, rows)
        # A trial update at learning rate 0 gives the names and shapes of the
        # terms. Optimisers are pure functions, so it changes nothing.
        with np.errstate(all="ignore"):
            trial = self._optimizer.step(start, gradient, 0.0, state)
        self._terms = _allocate_fields(trial.terms, self._requested)

        looks_ahead = self._optimizer.lookahead(start, state) is not None
        self._batches = None
        self._batch_indices = None
        if sampler is not None and sampler.mode is not BatchMode.BATCH:
            self._batches = sampler.batches()
            self._batch_indices = np.empty((self._requested, sampler.batch_size), dtype=np.int64)
        self._lookahead_points = np.empty((self._requested, dimension)) if looks_ahead else None
        separate = looks_ahead or self._batches is not None
        self._update_gradients = np.empty((self._requested, dimension)) if separate else None

    def _compute(self, end: int) -> None:
        """Compute the steps up to row ``end`` (excluded) without checking them."""
        objective, optimizer, rates = self._objective, self._optimizer, self._rates
        lookahead_points = self._lookahead_points
        update_gradients = self._update_gradients
        batches, batch_indices = self._batches, self._batch_indices
        x, gradient, state = self._x, self._gradient, self._state

        for row in range(self._count, end):
            update = row - 1
            at = x
            if lookahead_points is not None:
                at = optimizer.lookahead(x, state)
                if at is None:
                    at = x
                lookahead_points[update] = at
            if batches is not None:
                indices = next(batches)
                batch_indices[update] = indices
                used = objective.batch_gradient(at, indices)
            elif at is not x:
                used = objective.gradient(at)
            else:
                used = gradient
            if update_gradients is not None:
                update_gradients[update] = used

            x, state, terms = optimizer.step(x, used, rates[update], state)
            loss, gradient = self._evaluate(x)
            self._store_step(row, x, loss, gradient, state)
            self._store_terms(update, terms)

        self._x, self._gradient, self._state = x, gradient, state

    def _check_block(self, end: int) -> None:
        """Keep the rows before the first non-finite value in ``[count, end)`` and record it as the divergence."""
        first = self._count
        found = _first_non_finite_row(self._checked_arrays(), first, end)
        if found is None:
            self._count = end
            return
        row, reason, value, quantity = found
        self._count = row
        self._divergence = self._domain_stop(row, quantity) or Divergence(row, reason, value, quantity)

    def _domain_stop(self, row: int, quantity: str) -> Divergence | None:
        """Describe a stop at a finite point outside the objective's domain, or return None."""
        if quantity not in ("losses", "gradients", "update_gradients"):
            return None
        x = self._points[row]
        if not np.all(np.isfinite(x)):
            return None
        violation = self._objective.domain_violation(x)
        if violation is None:
            return None
        return Divergence(row, StopReason.OUTSIDE_DOMAIN, float(x[0]), quantity, violation)

    def _checked_arrays(self) -> list[tuple[np.ndarray, int, StopReason, str]]:
        """List the recorded arrays in order of computation within a step.

        Each entry is (array, row offset, reason, name): update arrays are
        indexed by row − 1, step arrays by row.
        """
        arrays = []
        if self._lookahead_points is not None:
            arrays.append((self._lookahead_points, 1, StopReason.POINT_NOT_FINITE, "lookahead_points"))
        if self._update_gradients is not None:
            arrays.append((self._update_gradients, 1, StopReason.GRADIENT_NOT_FINITE, "update_gradients"))
        for name, array in self._states.items():
            arrays.append((array, 0, StopReason.STATE_NOT_FINITE, name))
        arrays.append((self._points, 0, StopReason.POINT_NOT_FINITE, "points"))
        arrays.append((self._losses, 0, StopReason.LOSS_NOT_FINITE, "losses"))
        arrays.append((self._gradients, 0, StopReason.GRADIENT_NOT_FINITE, "gradients"))
        for name, array in self._terms.items():
            arrays.append((array, 1, StopReason.STATE_NOT_FINITE, name))
        return arrays

    def _evaluate(self, x: np.ndarray) -> tuple[float, np.ndarray]:
        return float(self._objective.value(x)), self._objective.gradient(x)

    def _store_step(self, row: int, x: np.ndarray, loss: float, gradient: np.ndarray, state: Any) -> None:
        self._points[row] = x
        self._losses[row] = loss
        self._gradients[row] = gradient
        for array, value in zip(self._states.values(), state):
            array[row] = value

    def _store_terms(self, update: int, terms: Any) -> None:
        for array, value in zip(self._terms.values(), terms):
            array[update] = value


def run(
    objective: Objective,
    start: np.ndarray | float,
    learning_rate: float | Schedule,
    steps: int,
    optimizer: Optimizer | None = None,
    sampler: BatchSampler | None = None,
) -> Trajectory:
    """Run an optimiser for ``steps`` updates and return the whole trajectory."""
    computation = Run(objective, start, learning_rate, steps, optimizer, sampler)
    computation.advance(steps)
    return computation.trajectory()


def _as_schedule(learning_rate: float | Schedule) -> tuple[Schedule, float]:
    """Return the schedule and the base learning rate for a rate or a schedule."""
    if isinstance(learning_rate, Schedule):
        return learning_rate, learning_rate.learning_rate
    if not np.isfinite(learning_rate) or learning_rate < 0:
        raise ValueError(f"learning rate {learning_rate!r} is not a finite number >= 0")
    rate = float(learning_rate)
    return ConstantSchedule(rate), rate


def _schedule_values(schedule: Schedule, steps: int) -> np.ndarray:
    rates = np.asarray(schedule(np.arange(steps)), dtype=float)
    if not np.all(np.isfinite(rates)) or np.any(rates < 0):
        raise ValueError(f"the schedule {schedule!r} gives learning rates that are not finite numbers >= 0")
    rates.flags.writeable = False
    return rates


def _check_sampler(objective: Objective, sampler: BatchSampler | None) -> None:
    if sampler is None:
        return
    if not isinstance(objective, BatchObjective):
        raise ValueError(
            f"{type(objective).__name__} cannot average a subset of data points: "
            "it needs sample_count and batch_gradient for batch sampling"
        )
    if sampler.sample_count != objective.sample_count:
        raise ValueError(
            f"the sampler draws from {sampler.sample_count} data points, "
            f"but the objective has {objective.sample_count}"
        )


def _allocate_fields(fields: Any, rows: int) -> dict[str, np.ndarray]:
    """Allocate one array of ``rows`` rows per field of a NamedTuple, shaped and typed like the field."""
    return {
        name: np.empty((rows, *np.shape(value)), dtype=np.asarray(value).dtype)
        for name, value in zip(fields._fields, fields)
    }


def _view(array: np.ndarray | None, length: int) -> np.ndarray | None:
    if array is None:
        return None
    view = array[:length]
    view.flags.writeable = False
    return view


def _first_non_finite_row(
    arrays: list[tuple[np.ndarray, int, StopReason, str]], first: int, end: int
) -> tuple[int, StopReason, float, str] | None:
    """Return (row, reason, value, name) of the first non-finite value in rows ``[first, end)``.

    Among arrays with a non-finite value in the same row, the earliest in
    ``arrays`` wins.
    """
    found = None
    for array, offset, reason, name in arrays:
        if array.dtype.kind != "f":
            continue
        block = array[first - offset : end - offset].reshape(end - first, -1)
        bad_rows = np.flatnonzero(~np.isfinite(block).all(axis=1))
        if bad_rows.size == 0:
            continue
        row = first + int(bad_rows[0])
        if found is None or row < found[0]:
            values = block[bad_rows[0]]
            found = (row, reason, float(values[~np.isfinite(values)][0]), name)
    return found


def _first_non_finite(
    x: np.ndarray, loss: float, gradient: np.ndarray
) -> tuple[StopReason, float] | None:
    if not np.all(np.isfinite(x)):
        return StopReason.POINT_NOT_FINITE, float(x[~np.isfinite(x)][0])
    if not np.isfinite(loss):
        return StopReason.LOSS_NOT_FINITE, loss
    if not np.all(np.isfinite(gradient)):
        return StopReason.GRADIENT_NOT_FINITE, float(gradient[~np.isfinite(gradient)][0])
    return None
