"""Write ``moviekb.txt``: a hobbyist's film database as ``subject|relation|object`` lines.

The names are invented (seeded, so the file is the same on every run): 200 films, people who
write, direct and act (some both direct and act), one title shared by a film and its remake,
years, languages, genres, tags, IMDb-style votes and ratings, all as bare strings. Run from the
repository root: ``python bench/data/own/moviekb_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).with_name("moviekb.txt")

FIRST = [
    "Ada",
    "Bruno",
    "Celia",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Lars",
    "Maren",
    "Nico",
    "Odile",
    "Pavel",
    "Quinn",
    "Rosa",
    "Stellan",
    "Talia",
    "Ugo",
    "Vera",
    "Wim",
    "Xenia",
    "Yusuf",
    "Zora",
    "Anselm",
    "Brigit",
    "Cosmo",
    "Dagny",
    "Emil",
    "Flora",
    "Gideon",
    "Halina",
    "Ivo",
    "Juno",
    "Kasimir",
    "Liesl",
    "Matteo",
    "Nadia",
    "Orla",
    "Piet",
    "Renata",
    "Soren",
    "Tove",
]
LAST = [
    "Almqvist",
    "Brandt",
    "Castell",
    "Dragan",
    "Eskola",
    "Falk",
    "Grau",
    "Holm",
    "Ibarra",
    "Janssen",
    "Kovac",
    "Lindqvist",
    "Marchetti",
    "Novak",
    "Okonkwo",
    "Petrov",
    "Quist",
    "Rask",
    "Sandoval",
    "Thorne",
    "Ulrich",
    "Vasquez",
    "Wendt",
    "Yilmaz",
    "Zeller",
    "Aubert",
    "Berisha",
    "Corvin",
    "Delacroix",
    "Ekberg",
    "Fenwick",
    "Gallo",
    "Haddad",
    "Ivers",
    "Juhl",
    "Kessler",
    "Lorca",
    "Morrow",
    "Nyberg",
    "Oduya",
]
ADJ = [
    "Silent",
    "Crimson",
    "Hollow",
    "Northern",
    "Broken",
    "Golden",
    "Quiet",
    "Burning",
    "Distant",
    "Last",
    "Paper",
    "Glass",
    "Winter",
    "Velvet",
    "Iron",
    "Salt",
    "Hidden",
    "Lonely",
    "Bitter",
    "Second",
]
NOUN = [
    "Harbor",
    "Meadow",
    "Lantern",
    "Orchard",
    "Border",
    "Tide",
    "Compass",
    "Letter",
    "River",
    "Garden",
    "Signal",
    "Bridge",
    "Mirror",
    "Station",
    "Summer",
    "Horizon",
    "Wolf",
    "Island",
    "Ballad",
    "Frontier",
    "Kingdom",
    "Promise",
]
PLACE = [
    "Varna",
    "Tallinn",
    "Sevilla",
    "Oporto",
    "Kraków",
    "Ghent",
    "Bergen",
    "Trieste",
    "Odessa",
    "Bari",
]
LANGUAGES = [
    "English",
    "English",
    "English",
    "English",
    "French",
    "French",
    "Spanish",
    "German",
    "Italian",
    "Swedish",
    "Japanese",
    "Korean",
    "Portuguese",
    "Polish",
    "Hindi",
]
GENRES = [
    "Drama",
    "Comedy",
    "Thriller",
    "Horror",
    "Romance",
    "Action",
    "Documentary",
    "Animation",
    "Crime",
    "Sci-Fi",
    "Western",
    "Mystery",
    "Adventure",
    "Family",
    "War",
    "Musical",
]
TAGS = [
    "heist",
    "time travel",
    "coming of age",
    "based on novel",
    "small town",
    "revenge",
    "road trip",
    "twist ending",
    "nonlinear",
    "black and white",
    "true story",
    "dystopia",
    "friendship",
    "courtroom",
    "survival",
    "slow burn",
    "ensemble cast",
    "cult film",
    "boxing",
    "ghosts",
]


def _people(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def _titles(rng: random.Random, n: int) -> list[str]:
    shapes = (
        lambda: f"The {rng.choice(ADJ)} {rng.choice(NOUN)}",
        lambda: f"{rng.choice(ADJ)} {rng.choice(NOUN)}",
        lambda: f"{rng.choice(NOUN)} of {rng.choice(PLACE)}",
        lambda: f"A {rng.choice(NOUN)} for {rng.choice(FIRST)}",
        lambda: f"Night Train to {rng.choice(PLACE)}",
    )
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        title = rng.choice(shapes)()
        if title not in seen:
            seen.add(title)
            out.append(title)
    return out


def _pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    # a Zipf-like preference for the pool's head: a few prolific people, many with one film
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(pool))]
    out: list[str] = []
    while len(out) < k:
        p = rng.choices(pool, weights)[0]
        if p not in out:
            out.append(p)
    return out


def make(seed: int = 27) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    taken: set[str] = set()
    directors = _people(rng, 55, taken)
    writers = _people(rng, 60, taken)
    actors = _people(rng, 140, taken)
    actors[10:10] = directors[:12]  # directors who also act, among the busier actors
    titles = _titles(rng, 200)
    films = [(t, rng.randint(1952, 2022)) for t in titles]
    # a remake: the same title again, decades later, by other people
    old = next(t for t, y in films if y < 1975 and t.startswith("Night Train"))
    films.append((old, rng.randint(2005, 2021)))
    triples: list[tuple[str, str, str]] = []
    for title, year in films:
        for d in _pick(rng, directors, 2 if rng.random() < 0.08 else 1):
            triples.append((title, "directed_by", d))
        for w in _pick(rng, writers, rng.choice((1, 1, 2))):
            triples.append((title, "written_by", w))
        if rng.random() < 0.15:  # a director wrote it (writers who also direct)
            triples.append((title, "written_by", _pick(rng, directors, 1)[0]))
        for a in _pick(rng, actors, rng.choice((2, 3, 3, 4))):
            triples.append((title, "starred_actors", a))
        triples.append((title, "release_year", str(year)))
        triples.append((title, "in_language", rng.choice(LANGUAGES)))
        for g in rng.sample(GENRES, rng.choice((1, 1, 2))):
            triples.append((title, "has_genre", g))
        for tag in rng.sample(TAGS, rng.choice((0, 1, 2, 3))):
            triples.append((title, "has_tags", tag))
        if rng.random() < 0.2:  # a fan tags a film with its director's name, lower case
            director = next(o for s, r, o in reversed(triples) if r == "directed_by")
            triples.append((title, "has_tags", director.lower()))
        if rng.random() < 0.7:
            triples.append((title, "has_imdb_votes", str(rng.randint(800, 250000))))
        if rng.random() < 0.8:
            triples.append((title, "has_imdb_rating", f"{rng.uniform(4.0, 8.9):.1f}"))
    return list(dict.fromkeys(triples))


def main() -> None:
    lines = [f"{s}|{r}|{o}" for s, r, o in make()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} lines")


if __name__ == "__main__":
    main()
