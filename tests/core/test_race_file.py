"""The "race" object of experiment files: round trip, old files and every kind of bad race."""

import json

import pytest

from gdviewer.core.experiment_file import ExperimentFileError, ExperimentState, from_json, to_json
from gdviewer.core.race_file import SavedRace, SavedRacer, SavedSurface, SurfaceKind
from gdviewer.core.race_setup import RacerSetup, ScheduleSetup
from gdviewer.core.regression import RegressionLoss

LESSONS = {"race-bowl", "race-sgd", "convergence"}
LIMITS = {"learning_rate": 1000.0, "steps": 1_000_000, "race_steps": 100_000, "start": 1e6}

RACE = SavedRace(
    SavedSurface(SurfaceKind.NAMED, name="rosenbrock"),
    (
        SavedRacer(3, RacerSetup("adam", 0.05, {"beta2": 0.99, "bias_correction": False})),
        SavedRacer(0, RacerSetup("momentum", 0.001, {"momentum": 0.5})),
        SavedRacer(5, RacerSetup("gd", 0.02, batch_size=2, seed=17)),
    ),
    ScheduleSetup("cosine", {"decay_steps": 400, "final_fraction": 0.1, "warmup_steps": 20}),
)
STATE = ExperimentState("race-bowl", (-1.5, 2.0), 0.05, 300, 120, race=RACE)


def document(**race_changes):
    data = json.loads(to_json(STATE))
    data["race"].update(race_changes)
    return data


def racer(**changes):
    data = json.loads(to_json(STATE))["race"]["racers"][0]
    data.update(changes)
    return data


def hyperparameters(**changes):
    values = racer()["hyperparameters"]
    values.update(changes)
    return values


def test_race_round_trip():
    assert from_json(to_json(STATE), LESSONS, LIMITS) == STATE


@pytest.mark.parametrize(
    "surface, data",
    [
        (SavedSurface(SurfaceKind.REGRESSION, loss=RegressionLoss.HALF_SQUARED_ERROR), ((1.0, 2.0), (2.0, 4.5))),
        (SavedSurface(SurfaceKind.FORMULA, formula="x^2 + 3*y^2"), None),
    ],
)
def test_surface_kinds_round_trip(surface, data):
    state = ExperimentState("race-sgd", (0.0, 0.0), 0.02, 50, 0, data=data, race=SavedRace(surface, RACE.racers))
    assert from_json(to_json(state), LESSONS, LIMITS) == state


def test_file_lists_every_hyperparameter():
    saved = json.loads(to_json(STATE))["race"]
    assert saved["racers"][0]["hyperparameters"] == {
        "beta1": 0.9, "beta2": 0.99, "epsilon": 1e-8, "bias_correction": False,
    }
    assert saved["racers"][2]["hyperparameters"] == {}
    assert saved["schedule"] == {
        "name": "cosine", "hyperparameters": {"decay_steps": 400, "final_fraction": 0.1, "warmup_steps": 20},
    }


def test_reading_keeps_only_changed_values():
    restored = from_json(to_json(STATE), LESSONS, LIMITS).race
    assert dict(restored.racers[0].setup.hyperparameters) == {"beta2": 0.99, "bias_correction": False}


def test_missing_optional_racer_fields_take_defaults():
    text = json.dumps(document(racers=[{"optimizer": "adagrad", "learning_rate": 0.5}], schedule={"name": "constant"}))
    restored = from_json(text, LESSONS, LIMITS).race
    assert restored.racers == (SavedRacer(0, RacerSetup("adagrad", 0.5)),)
    assert restored.schedule == ScheduleSetup()


def test_version_1_file_without_race_still_opens():
    text = json.dumps({
        "format": "gdviewer-experiment", "version": 1, "lesson": "race-bowl",
        "start": [-1.5, 2.0], "learning_rate": 0.05, "steps": 300, "position": 7,
    })
    state = from_json(text, LESSONS, LIMITS)
    assert state.race is None
    assert state.position == 7


def whole_document(**changes):
    data = json.loads(to_json(STATE))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "data, message",
    [
        (whole_document(race=[]), '"race" must be a JSON object, not []'),
        (document(surface="rosenbrock"), '"race surface" must be a JSON object'),
        (document(surface={"kind": "spline"}), "\"surface kind\" is 'spline', which is unknown; use one of: named, regression, formula"),
        (document(surface={"kind": "named", "name": "volcano"}), "\"surface name\" is 'volcano', which is unknown; use one of: bowl"),
        (document(surface={"kind": "regression", "loss": "absolute"}), "\"surface loss\" is 'absolute'"),
        (document(surface={"kind": "regression", "loss": "mean_squared_error"}), '"data" is missing'),
        (document(surface={"kind": "formula", "formula": "x" * 501}), '"surface formula" must be a text of 1 to 500 characters'),
        (document(surface={"kind": "formula", "formula": 42}), '"surface formula" must be a text'),
        (document(racers=[]), '"racers" must be a list of 1 to 6 racers, not 0'),
        (document(racers=[racer(slot=index) for index in range(6)] + [racer(slot=0)]), "not 7"),
        (document(racers={"optimizer": "gd"}), '"racers" must be a list of 1 to 6 racers'),
        (document(racers=["adam"]), "\"racer 1\" must be a JSON object, not 'adam'"),
        (document(racers=[racer(optimizer="lion")]), "\"racer 1 optimizer\" is 'lion', which is unknown; use one of: gd, momentum"),
        (document(racers=[racer(learning_rate="fast")]), "\"racer 1 learning_rate\" must be a number, not 'fast'"),
        (document(racers=[racer(learning_rate=5000)]), '"racer 1 learning_rate" is 5000.0; it must be between 0 and 1000'),
        (document(racers=[racer(hyperparameters=hyperparameters(beta1=1.5))]), '"racer 1 beta1" is 1.5; it must be between 0 and 0.9999'),
        (document(racers=[racer(hyperparameters=hyperparameters(epsilon=0))]), '"racer 1 epsilon" is 0.0; it must be between 1e-12 and 1'),
        (document(racers=[racer(hyperparameters=hyperparameters(bias_correction="no"))]), "\"racer 1 bias_correction\" must be true or false, not 'no'"),
        (document(racers=[racer(hyperparameters=hyperparameters(beta3=0.5))]), "\"racer 1 hyperparameter\" is 'beta3', which is unknown; use one of: beta1, beta2, epsilon, bias_correction"),
        (document(racers=[racer(optimizer="gd", hyperparameters={"momentum": 0.9})]), "\"racer 1 hyperparameter\" is 'momentum', which is unknown; use one of: none"),
        (document(racers=[racer(hyperparameters=[0.9])]), '"racer 1 hyperparameters" must be a JSON object'),
        (document(racers=[racer(batch_size=0)]), '"racer 1 batch_size" is 0; it must be between 1 and 1000000'),
        (document(racers=[racer(batch_size=2.5)]), '"racer 1 batch_size" must be a whole number, not 2.5'),
        (document(racers=[racer(seed=-1)]), '"racer 1 seed" is -1; it must be between 0 and 2147483647'),
        (document(racers=[racer(slot=6)]), '"racer 1 slot" is 6; it must be between 0 and 5'),
        (document(racers=[racer(slot=2), racer(slot=2)]), '"racer 2 slot" is 2, the slot of an earlier racer; give each racer its own slot from 0 to 5'),
        (document(schedule={"name": "linear"}), "\"schedule name\" is 'linear', which is unknown; use one of: constant, step, exponential, cosine"),
        (document(schedule={"name": "cosine", "hyperparameters": {"decay_steps": 0}}), '"schedule decay_steps" is 0; it must be between 1 and 1000000'),
        (document(schedule={"name": "step", "hyperparameters": {"step_size": 2.5}}), '"schedule step_size" must be a whole number, not 2.5'),
        (document(schedule={"name": "exponential", "hyperparameters": {"decay_rate": 1.01}}), '"schedule decay_rate" is 1.01; it must be between 0 and 1'),
        (document(schedule={"name": "constant", "hyperparameters": {"warmup_steps": -3}}), '"schedule warmup_steps" is -3; it must be between 0 and 1000000'),
        (whole_document(steps=200_000, position=0), '"steps" is 200000; it must be between 0 and 100000'),
    ],
)
def test_bad_races_are_rejected(data, message):
    with pytest.raises(ExperimentFileError) as rejected:
        from_json(json.dumps(data), LESSONS, LIMITS)
    assert message in str(rejected.value)
