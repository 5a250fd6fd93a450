"""The names of languages and their tags (kgchat.languages), from CLDR through Babel."""

from __future__ import annotations

from kgchat.languages import language_codes, language_names


def test_each_name_names_its_tags_and_back():
    codes, names = language_codes(), language_names()
    assert len(codes) > 200  # CLDR's languages with locale data, not a short list
    assert codes["french"] == ("fr",) and codes["afrikaans"] == ("af",)
    assert codes["norwegian"][0] == "no" and {"nb", "nn"} <= set(codes["norwegian"])
    for name, tags in codes.items():
        assert " " not in name and name == name.lower()
        for tag in tags:
            assert name in names[tag]


def test_a_qualified_name_counts_under_a_language_only():
    """A name of several words counts under its first word only where that names a language:
    "Swiss German" under none ("swiss" names no language)."""
    codes = language_codes()
    assert "swiss" not in codes and "gsw" not in codes["german"]
