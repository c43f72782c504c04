"""Korean particles: none depends on a placeholder, each fits the number before it."""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

KOREAN_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "gdviewer_ko.ts"

# Particles whose form depends on whether the word before ends in a consonant.
PARTICLES = "이|가|을|를|은|는|과|와|로|으로"
# Written both ways at once, as in "값이(가)": correct but hard to read.
DOUBLE_FORM = re.compile(r"\((?:과|와|이|가|을|를|은|는|으)\)")
# A particle right after a placeholder (or its closing quote), such as "{value}는".
AFTER_PLACEHOLDER = re.compile(r"\}[”\"')]?(?:" + PARTICLES + r")(?![가-힣])")
# A particle right after a written number, such as "0.1로".
AFTER_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(" + PARTICLES + r")(?![가-힣])")

# The final consonant of each digit read in Sino-Korean: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구.
DIGIT_FINAL = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ", "9": ""}
# The final consonant of the place word read last in 10, 100, 1000 and 10000: 십, 백, 천, 만.
PLACE_FINAL = {1: "ㅂ", 2: "ㄱ", 3: "ㄴ", 4: "ㄴ"}
# The form of each particle after a vowel, and after ㄹ for 로.
AFTER_VOWEL = {"이": "가", "을": "를", "은": "는", "과": "와", "으로": "로"}


def translations() -> list[tuple[str, str]]:
    root = ElementTree.parse(KOREAN_TS).getroot()
    return [(message.findtext("source"), message.findtext("translation") or "") for message in root.iter("message")]


def final_consonant(number: str) -> str:
    """Return the final consonant of ``number`` read aloud in Korean, or "" for a vowel."""
    if number != "0" and "." not in number and number.endswith("0"):
        zeros = len(number) - len(number.rstrip("0"))
        return PLACE_FINAL.get(zeros, "ㄴ")
    return DIGIT_FINAL[number[-1]]


def expected_particle(particle: str, final: str) -> str:
    """Return the form of ``particle`` that follows a word ending in ``final``."""
    vowel_form = AFTER_VOWEL.get(particle, particle)
    consonant_form = {value: key for key, value in AFTER_VOWEL.items()}.get(particle, particle)
    if consonant_form == "으로":
        return "로" if final in ("", "ㄹ") else "으로"
    return vowel_form if final == "" else consonant_form


@pytest.mark.parametrize(
    "number, particle, expected",
    [("0.1", "가", "이"), ("0", "로", "으로"), ("2", "을", "를"), ("100", "는", "은"), ("7", "으로", "로")],
)
def test_expected_particle_after_number(number, particle, expected):
    assert expected_particle(particle, final_consonant(number)) == expected


def test_no_double_particle_forms():
    found = [translation for _source, translation in translations() if DOUBLE_FORM.search(translation)]
    assert found == []


def test_no_particle_after_placeholder():
    found = [translation for _source, translation in translations() if AFTER_PLACEHOLDER.search(translation)]
    assert found == []


def test_particles_after_numbers_fit():
    wrong = []
    for _source, translation in translations():
        for match in AFTER_NUMBER.finditer(translation):
            number, particle = match.groups()
            if particle != expected_particle(particle, final_consonant(number)):
                wrong.append(match.group(0))
    assert wrong == []
