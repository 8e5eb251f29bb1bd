"""Lines break where Japanese and French typesetting allow, and nowhere else; the catalogs carry
the spacing each language asks for."""

from __future__ import annotations

import io

import pytest
from learner_helpers import invoke
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from grader.i18n import linebreak
from grader.i18n.typography import NBSP, french, japanese

JAPANESE = "誤差逆伝播法を使う2層ニューラルネットワークで、各レイヤーの勾配（dW と db）を求めます。"


@pytest.fixture(autouse=True)
def installed():
    linebreak.install()


def pieces(text: str) -> list[str]:
    return [piece for *_, piece in linebreak.words(text)]


def rendered(text: str, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    table = Table(show_header=False, box=None, padding=0)
    table.add_column()
    table.add_column(ratio=1)
    table.add_row("ch05", text)
    console.print(table)
    return console.export_text().splitlines()


def test_japanese_may_break_between_any_two_characters():
    assert pieces("勾配を求めます") == list("勾配を求めます")


def test_a_number_and_its_counter_stay_together():
    assert "2層" in pieces("2層ニューラル")[0] and pieces("10,000枚")[0] == "10,000枚"


def test_a_number_and_its_counter_stay_together_across_a_space_too():
    assert "7 分" in pieces("最後は7 分前")


@pytest.mark.parametrize("sign", list("、。）」ー"))
def test_no_line_starts_with_closing_punctuation(sign):
    assert all(not piece.startswith(sign) for piece in pieces(f"関数{sign}です"))


def test_no_line_ends_with_an_opening_bracket():
    assert "（例" in "".join(p for p in pieces("演習（例：ch03）") if p.startswith("（"))


def test_latin_words_inside_japanese_stay_whole():
    assert "softmax" in pieces("関数softmaxを使う")


def test_a_no_break_space_keeps_the_french_colon_on_its_line():
    assert pieces(f"Attendu{NBSP}: 3") == [f"Attendu{NBSP}: ", "3"]


def test_english_is_wrapped_exactly_as_rich_does():
    text = "Graded with the reference versions of ch03.softmax, so a mistake there"
    assert list(linebreak.words(text)) == list(linebreak._rich_words(text))


def test_a_japanese_table_cell_wraps_instead_of_being_cut():
    lines = rendered(JAPANESE, 30)
    assert "…" not in "\n".join(lines) and len(lines) > 1
    assert all(cell_len(line.rstrip()) <= 30 for line in lines)
    assert "".join("".join(line[4:].split()) for line in lines) == "".join(JAPANESE.split())


def test_a_wrapped_japanese_line_never_starts_with_a_closing_sign():
    for width in range(16, 40):
        assert all(not line[4:].lstrip().startswith(("、", "。", "）")) for line in
                   rendered(JAPANESE, width))


def test_grade_list_in_japanese_at_80_columns_cuts_nothing(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = invoke("list", "--lang", "ja", "--workspace", "exercises")
    assert result.exit_code == 0 and "…" not in result.stdout


# The catalogs' spacing


@pytest.mark.parametrize(("typed", "typeset"), [
    ("Attendu : {want}", f"Attendu{NBSP}: {{want}}"),
    ("Pourquoi ?", f"Pourquoi{NBSP}?"),
    ("« bonjour »", f"«{NBSP}bonjour{NBSP}»"),
    ("x != 0 ; y", f"x != 0{NBSP}; y"),
    ("`a : b` : c", f"`a : b`{NBSP}: c"),
    ("TODO: fait", "TODO: fait"),
])
def test_french_gets_no_break_spaces_before_high_signs_and_inside_guillemets(typed, typeset):
    assert french(typed) == typeset


@pytest.mark.parametrize(("typed", "typeset"), [
    ("第 2 章", "第2章"),
    ("2 つの入力", "2つの入力"),
    ("3 層ニューラルネットワーク", "3層ニューラルネットワーク"),
    ("テスト画像 10,000 枚", "テスト画像10,000枚"),
    ("どちらも 1 のときだけ 1。", "どちらも1のときだけ1。"),
    ("{n} 個の値", "{n}個の値"),
    ("W1 と b1", "W1 と b1"),
    ("ch03 の演習", "ch03 の演習"),
])
def test_japanese_writes_a_number_and_its_counter_together(typed, typeset):
    assert japanese(typed) == typeset
