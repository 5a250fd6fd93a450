# ruff: noqa: E501, E741  (data tables, one record a line)
"""Write ``shelter/``: an animal shelter network's adoption database as a MongoDB export.

One ``mongoexport`` file per collection (JSON Lines, one document a line, Extended JSON v2 in
relaxed mode as ``mongoexport`` writes it): ``shelters``, ``animals``, ``adopters``,
``adoptions``, ``vetChecks``, ``fosterHomes``, ``transfers``. Its mess is that of real exports:
``_id: {"$oid": ...}`` on every document; references by ObjectId (``shelter_id``,
``animalId``, ``adopter``...) beside a few embedded sub-documents (a shelter's address, a vet
check's vet, an animal's microchip and intake); arrays of embedded records (an animal's
vaccinations); dates as ``{"$date": "...Z"}``, money as ``{"$numberDecimal": "85.00"}``, big
numbers as ``{"$numberLong": ...}``; field names in camelCase and snake_case from two
generations of the application (``intakeDate`` / ``intake_date``); codes beside names (breed
codes, status codes, intake reason codes); missing fields, ``null``s, animals with no name
(strays not yet named), adopters named only by ``firstName`` + ``lastName``, a French name on
the Montréal shelter. Invented but realistic data, deterministic (``random.Random(60)``). Run
from the repository root: ``python bench/data/own/shelter_make.py``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).parent / "shelter"
rng = random.Random(60)
_count = [0]


def oid() -> dict[str, str]:
    """A fresh ObjectId (timestamp, random, counter) as Extended JSON."""
    _count[0] += 1
    ts = 0x5F000000 + _count[0] * 7919
    return {"$oid": f"{ts:08x}{rng.getrandbits(40):010x}{_count[0]:06x}"}


def date(iso: str) -> dict[str, str]:
    return {"$date": f"{iso}T00:00:00Z" if len(iso) == 10 else iso}


def dec(x: str) -> dict[str, str]:
    return {"$numberDecimal": x}


# --------------------------------------------------------------------------- shelters
SHELTERS = [
    # key, name, code, city, capacity, opened, director, extra
    (
        "harbor",
        "Harbor Point Animal Shelter",
        "HPAS",
        "Portland",
        140,
        "1998-05-12",
        "Denise Calloway",
        {},
    ),
    ("cedar", "Cedar Hollow Rescue", "CHR", "Eugene", 60, "2009-09-01", "Marcus Tillman", {}),
    ("riverside", "Riverside Humane Society", "RHS", "Salem", 210, "1987-03-20", "Priya Raman", {}),
    (
        "mtl",
        "Montreal Paws Refuge",
        "MPR",
        "Montréal",
        95,
        "2013-06-15",
        "Élodie Gagnon",
        {"nameFr": "Refuge Pattes de Montréal"},
    ),
    (
        "lakeside",
        "Lakeside Cat Sanctuary",
        "LCS",
        "Bend",
        45,
        "2016-02-02",
        None,
        {"catsOnly": True},
    ),
    (
        "summit",
        "Summit County Animal Services",
        "SCAS",
        "Medford",
        180,
        "1979-11-30",
        "Gordon Pike",
        {},
    ),
]

BREEDS = {
    "LAB": ("Labrador Retriever", "dog"),
    "GSD": ("German Shepherd", "dog"),
    "BGL": ("Beagle", "dog"),
    "PIT": ("American Pit Bull Terrier", "dog"),
    "BDR": ("Border Collie", "dog"),
    "CHI": ("Chihuahua", "dog"),
    "BOX": ("Boxer", "dog"),
    "HSK": ("Siberian Husky", "dog"),
    "DSH": ("Domestic Shorthair", "cat"),
    "DLH": ("Domestic Longhair", "cat"),
    "SIA": ("Siamese", "cat"),
    "MCN": ("Maine Coon", "cat"),
    "HLP": ("Holland Lop", "rabbit"),
    "NDW": ("Netherland Dwarf", "rabbit"),
}
STATUS = {
    "AVL": "Available",
    "ADP": "Adopted",
    "FST": "In foster",
    "HLD": "Medical hold",
    "TRF": "Transferred",
}
REASONS = {
    "STR": "Stray",
    "OWN": "Owner surrender",
    "CON": "Confiscation",
    "TRN": "Transfer in",
    "RET": "Returned adoption",
}
VETS = [
    ("Dr. Hana Okafor", "OR-VT-20413"),
    ("Dr. Samuel Reyes", "OR-VT-18877"),
    ("Dr. Ingrid Holm", "OR-VT-22150"),
    ("Dr. Luc Tremblay", "QC-MV-4471"),
]
VACCINES = {
    "dog": ["Rabies", "DHPP", "Bordetella"],
    "cat": ["Rabies", "FVRCP", "FeLV"],
    "rabbit": ["RHDV2"],
}

# The story animals: name, species, breed code, sex, birth (or age), intake date, reason, status,
# shelter, colour, weight, microchip
STORY = [
    (
        "Biscuit",
        "dog",
        "LAB",
        "F",
        "2019-04-02",
        "2022-01-14",
        "OWN",
        "ADP",
        "harbor",
        "yellow",
        "27.4",
        "985112004567123",
    ),
    (
        "Pepper",
        "cat",
        "DSH",
        "F",
        "2020-07-19",
        "2022-03-03",
        "STR",
        "ADP",
        "harbor",
        "black",
        "4.1",
        "900164000238811",
    ),
    (
        "Moose",
        "dog",
        "GSD",
        "M",
        "2016-10-10",
        "2021-11-22",
        "CON",
        "FST",
        "cedar",
        "black and tan",
        "38.0",
        "985141002117740",
    ),
    (
        "Juniper",
        "rabbit",
        "HLP",
        "F",
        None,
        "2022-05-30",
        "OWN",
        "AVL",
        "riverside",
        "white",
        "1.8",
        None,
    ),
    (
        "Tofu",
        "cat",
        "SIA",
        "M",
        "2018-02-14",
        "2022-02-10",
        "OWN",
        "ADP",
        "mtl",
        "seal point",
        "4.6",
        "250268500104772",
    ),
    (
        "Rocket",
        "dog",
        "BDR",
        "M",
        "2020-12-01",
        "2022-04-08",
        "STR",
        "TRF",
        "harbor",
        "black and white",
        "19.9",
        "981020009812345",
    ),
    (
        "Olive",
        "dog",
        "PIT",
        "F",
        "2017-06-21",
        "2021-09-15",
        "RET",
        "ADP",
        "riverside",
        "brindle",
        "25.2",
        "985112009944100",
    ),
    (
        "Sir Reginald",
        "cat",
        "MCN",
        "M",
        "2015-01-05",
        "2022-06-01",
        "OWN",
        "HLD",
        "lakeside",
        "brown tabby",
        "8.3",
        "900164000771203",
    ),
    (
        "Nacho",
        "dog",
        "CHI",
        "M",
        "2021-03-17",
        "2022-07-04",
        "STR",
        "AVL",
        "cedar",
        "fawn",
        "2.6",
        None,
    ),
    (
        "Luna",
        "dog",
        "HSK",
        "F",
        "2019-11-11",
        "2022-02-27",
        "OWN",
        "ADP",
        "summit",
        "grey and white",
        "21.0",
        "985112006612908",
    ),
    (
        "Clementine",
        "cat",
        "DLH",
        "F",
        "2021-05-05",
        "2022-03-19",
        "STR",
        "FST",
        "mtl",
        "orange",
        "3.7",
        "250268500331519",
    ),
    (
        "Waffles",
        "dog",
        "BGL",
        "M",
        "2018-08-08",
        "2022-01-30",
        "OWN",
        "ADP",
        "harbor",
        "tricolor",
        "12.2",
        "985112001230987",
    ),
    (
        "Bramble",
        "rabbit",
        "NDW",
        "M",
        None,
        "2022-04-22",
        "STR",
        "ADP",
        "riverside",
        "agouti",
        "1.1",
        None,
    ),
    (
        "Duchess",
        "dog",
        "BOX",
        "F",
        "2014-12-24",
        "2021-12-28",
        "CON",
        "HLD",
        "summit",
        "fawn",
        "29.5",
        "981020003366554",
    ),
    (
        "Gizmo",
        "cat",
        "DSH",
        "M",
        "2022-01-20",
        "2022-05-11",
        "STR",
        "AVL",
        "lakeside",
        "grey",
        "2.9",
        None,
    ),
]
FILLER_NAMES = [
    "Bella",
    "Charlie",
    "Milo",
    "Daisy",
    "Cooper",
    "Rosie",
    "Bear",
    "Zoe",
    "Tucker",
    "Maple",
    "Oscar",
    "Hazel",
    "Rufus",
    "Willow",
    "Ziggy",
    "Poppy",
    "Finn",
    "Mochi",
    "Ginger",
    "Otis",
    "Sadie",
    "Bruno",
    "Pickles",
    "Coco",
    "Jasper",
    "Nala",
    "Loki",
    "Peanut",
    "Ruby",
    "Scout",
    "Sprout",
    "Winnie",
    "Ash",
    "Hank",
    "Kiwi",
    "Marble",
    "Noodle",
    "Pumpkin",
    "Sage",
    "Thor",
]
FIRST = [
    "Ava",
    "Liam",
    "Noah",
    "Emma",
    "Sofia",
    "Mateo",
    "Chloé",
    "Ethan",
    "Grace",
    "Omar",
    "Nadia",
    "Theo",
    "Isla",
    "Kenji",
    "Maya",
    "Diego",
    "Hannah",
    "Felix",
    "Zara",
    "Owen",
    "Leila",
    "Jonah",
    "Camille",
    "Ruth",
]
LAST = [
    "Whitaker",
    "Nguyen",
    "Okonkwo",
    "Bergström",
    "Castillo",
    "Fitzgerald",
    "Haddad",
    "Kowalski",
    "Lindqvist",
    "Moreno",
    "Patel",
    "Sullivan",
    "Tanaka",
    "Dubois",
    "Abernathy",
    "Quintero",
]
CITIES = ["Portland", "Eugene", "Salem", "Bend", "Medford", "Montréal", "Corvallis", "Beaverton"]


def iso_add(iso: str, days: int) -> str:
    from datetime import date as d
    from datetime import timedelta

    return (d.fromisoformat(iso) + timedelta(days=days)).isoformat()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    cols: dict[str, list[dict]] = {
        c: []
        for c in (
            "shelters",
            "animals",
            "adopters",
            "adoptions",
            "vetChecks",
            "fosterHomes",
            "transfers",
        )
    }
    sh_id: dict[str, dict] = {}
    for i, (key, name, code, city, cap, opened, director, extra) in enumerate(SHELTERS):
        _id = oid()
        sh_id[key] = _id
        doc: dict = {"_id": _id, "name": name, "shelterCode": code}
        doc.update(extra)
        doc["address"] = {
            "street": f"{100 + 37 * i} {['Harbor', 'Cedar', 'River', 'Rue Sherbrooke', 'Lake', 'Summit'][i]} {'Ave' if i != 3 else 'Est'}",
            "city": city,
            "postalCode": ["97209", "97401", "97301", "H2L 1K6", "97701", "97501"][i],
        }
        doc["capacity"] = cap if i % 2 == 0 else {"$numberInt": str(cap)}
        doc["openedOn"] = date(opened)
        if director:
            doc["director"] = director
        doc["phone"] = f"+1-{541 + i}-555-{1200 + i * 13:04d}"
        cols["shelters"].append(doc)

    animals: list[dict] = []
    a_id: dict[str, dict] = {}

    def animal(
        n: int,
        name: str | None,
        species: str,
        breed: str,
        sex: str,
        birth: str | None,
        intake: str,
        reason: str,
        status: str,
        shelter: str,
        colour: str,
        weight: str,
        chip: str | None,
    ) -> dict:
        _id = oid()
        doc: dict = {"_id": _id}
        if name:
            doc["name"] = name
        old = n % 3 == 0  # an older generation of the app: snake_case, plain strings
        doc["species"] = species
        if old:
            doc["breed_code"] = breed
            doc["breed"] = BREEDS[breed][0]
        else:
            doc["breed"] = {"code": breed, "name": BREEDS[breed][0]}
        doc["sex"] = sex if not old else {"M": "male", "F": "female"}[sex]
        if birth:
            doc["birthDate" if not old else "birth_date"] = date(birth)
        else:
            doc["ageYears" if not old else "age_years"] = rng.choice([1, 2, 3, 4])
        if old:
            doc["intake_date"] = date(intake)
            doc["intake_reason"] = REASONS[reason]
            doc["intake_reason_code"] = reason
        else:
            doc["intake"] = {"date": date(intake), "reasonCode": reason, "reason": REASONS[reason]}
        doc["status"] = status
        if n % 2 == 0:
            doc["statusLabel"] = STATUS[status]
        doc["shelter_id" if old else "shelterId"] = sh_id[shelter]
        doc["color"] = colour
        doc["weightKg"] = dec(weight)
        if chip:
            doc["microchip"] = {
                "number": chip if n % 4 else {"$numberLong": chip},
                "implantedOn": date(iso_add(intake, 2)),
            }
        elif n % 5 == 0:
            doc["microchip"] = None
        vac = []
        for j, v in enumerate(VACCINES[species][: 1 + n % 3]):
            vet = VETS[3] if shelter == "mtl" else VETS[(n + j) % 3]
            rec = {"vaccine": v, "date": date(iso_add(intake, 3 + 21 * j)), "vet": vet[0]}
            if j == 0:
                rec["lotNumber"] = f"{v[:2].upper()}-{2200 + n * 7}"
            vac.append(rec)
        if vac:
            doc["vaccinations"] = vac
        doc["createdAt"] = date(f"{intake}T09:{10 + n % 50:02d}:00.000Z")
        animals.append(doc)
        if name:
            a_id.setdefault(name, _id)
        return doc

    for n, row in enumerate(STORY):
        animal(n, *row)
    keys = [s[0] for s in SHELTERS]
    breeds = list(BREEDS)
    for k in range(55):
        n = len(STORY) + k
        b = rng.choice(breeds)
        species = BREEDS[b][1]
        shelter = "lakeside" if species == "cat" and k % 4 == 0 else rng.choice(keys[:4] + keys[5:])
        name = (
            None
            if k % 11 == 5
            else FILLER_NAMES[k % len(FILLER_NAMES)] + ("" if k < len(FILLER_NAMES) else " II")
        )
        intake = iso_add("2021-08-01", rng.randrange(0, 330))
        birth = iso_add("2012-01-01", rng.randrange(0, 3400)) if k % 4 else None
        status = rng.choice(["AVL", "AVL", "ADP", "ADP", "FST", "HLD"])
        chip = f"9851120{rng.randrange(10**7, 10**8)}" if k % 3 else None
        animal(
            n,
            name,
            species,
            b,
            rng.choice("MF"),
            birth,
            intake,
            rng.choice(list(REASONS)),
            status,
            shelter,
            rng.choice(["black", "white", "brown", "grey", "tabby", "tan", "calico"]),
            f"{rng.uniform(2, 35) if species == 'dog' else rng.uniform(1, 7):.1f}",
            chip,
        )
    cols["animals"] = animals

    # adopters
    STORY_ADOPTERS = [
        ("Maya", "Lindqvist", "Portland", 3),
        ("Omar", "Haddad", "Portland", 1),
        ("Chloé", "Dubois", "Montréal", 2),
        ("Ruth", "Abernathy", "Salem", 4),
        ("Kenji", "Tanaka", "Medford", 2),
        ("Grace", "Fitzgerald", "Salem", 1),
        ("Diego", "Castillo", "Eugene", 5),
    ]
    adopters: dict[str, dict] = {}
    for i, (f, l, city, hh) in enumerate(STORY_ADOPTERS):
        d: dict = {"_id": oid(), "firstName": f, "lastName": l}
        if i % 3 == 1:
            d["fullName"] = f"{f} {l}"
        d["email"] = f"{f.lower()[0]}{l.lower()}@example.net".replace("é", "e").replace("ö", "o")
        d["address"] = {"city": city}
        d["householdSize"] = hh
        d["hasYard" if i % 2 else "has_yard"] = i % 2 == 0
        adopters[f"{f} {l}"] = d
        cols["adopters"].append(d)
    for i in range(28):
        f, l = FIRST[i % len(FIRST)], LAST[(i * 5 + 3) % len(LAST)]
        if f"{f} {l}" in adopters:
            continue
        d = {
            "_id": oid(),
            "first_name": f,
            "last_name": l,
            "email": f"{f.lower()}.{l.lower()}{i}@mail.example".replace("é", "e").replace("ö", "o"),
            "city": rng.choice(CITIES),
            "household_size": rng.randrange(1, 6),
        }
        if i % 5 == 0:
            d["phone"] = None
        adopters[f"{f} {l}"] = d
        cols["adopters"].append(d)

    # adoptions of the story animals (fixed) and of the filler (random adopters)
    STORY_ADOPTIONS = [
        ("Biscuit", "Maya Lindqvist", "2022-03-05", "150.00", "card"),
        ("Pepper", "Omar Haddad", "2022-04-18", "85.00", "cash"),
        ("Tofu", "Chloé Dubois", "2022-03-26", "120.00", "card"),
        ("Olive", "Ruth Abernathy", "2021-11-02", "95.00", "check"),
        ("Luna", "Kenji Tanaka", "2022-04-09", "175.00", "card"),
        ("Waffles", "Maya Lindqvist", "2022-02-20", "150.00", "card"),
        ("Bramble", "Grace Fitzgerald", "2022-06-12", "40.00", "cash"),
    ]
    shelter_of = {doc.get("name"): doc.get("shelterId") or doc.get("shelter_id") for doc in animals}
    pool = list(adopters)
    for i, (a, p, when, fee, pay) in enumerate(STORY_ADOPTIONS):
        d = {
            "_id": oid(),
            "animalId" if i % 2 else "animal_id": a_id[a],
            "adopterId" if i % 2 else "adopter_id": adopters[p]["_id"],
            "shelter": shelter_of[a],
            "adoptionDate" if i % 2 else "adoption_date": date(when),
            "fee": dec(fee),
            "paymentMethod": pay,
        }
        if a == "Olive":
            d["returnedPrevious"] = True
        cols["adoptions"].append(d)
    for doc in animals[len(STORY) :]:
        if doc["status"] != "ADP":
            continue
        intake = (doc.get("intake") or {}).get("date") or doc.get("intake_date")
        d = {
            "_id": oid(),
            "animalId": doc["_id"],
            "adopterId": adopters[rng.choice(pool[7:])]["_id"],
            "shelter": doc.get("shelterId") or doc.get("shelter_id"),
            "adoptionDate": date(iso_add(intake["$date"][:10], rng.randrange(10, 90))),
            "fee": dec(rng.choice(["50.00", "75.00", "85.00", "95.00", "120.00"]))
            if rng.random() > 0.1
            else None,
        }
        cols["adoptions"].append(d)

    # vet checks (the vet an embedded sub-document)
    STORY_CHECKS = [
        (
            "Moose",
            "2022-01-05",
            0,
            "38.0",
            "Hip dysplasia, mild; joint supplement prescribed",
            "monitor",
        ),
        (
            "Sir Reginald",
            "2022-06-03",
            2,
            "8.3",
            "Dental disease; extraction of two molars scheduled",
            "treatment",
        ),
        ("Duchess", "2022-01-02", 1, "29.5", "Heartworm positive", "treatment"),
        ("Biscuit", "2022-01-16", 0, "27.1", "Healthy", "cleared"),
        ("Rocket", "2022-04-10", 1, "19.9", "Healthy", "cleared"),
        ("Tofu", "2022-02-12", 3, "4.6", "Otitis externa, right ear", "treatment"),
        ("Juniper", "2022-06-02", 2, "1.8", "Overgrown incisors trimmed", "cleared"),
    ]
    for i, (a, when, v, w, notes, outcome) in enumerate(STORY_CHECKS):
        vet = VETS[v]
        cols["vetChecks"].append(
            {
                "_id": oid(),
                "animalId" if i % 2 else "animal_id": a_id[a],
                "checkDate": date(when),
                "vet": {"name": vet[0], "licenseNo": vet[1]},
                "weightKg": dec(w),
                "findings": notes,
                "outcome": outcome,
            }
        )
    for doc in animals[len(STORY) :][::2]:
        intake = (doc.get("intake") or {}).get("date") or doc.get("intake_date")
        vet = VETS[rng.randrange(3)]
        cols["vetChecks"].append(
            {
                "_id": oid(),
                "animalId": doc["_id"],
                "checkDate": date(iso_add(intake["$date"][:10], rng.randrange(1, 20))),
                "vet": {"name": vet[0], "licenseNo": vet[1]},
                "weightKg": doc["weightKg"],
                "findings": rng.choice(
                    ["Healthy", "Healthy", "Fleas treated", "Underweight", None]
                ),
                "outcome": rng.choice(["cleared", "cleared", "monitor"]),
            }
        )

    # foster homes
    FOSTERS = [
        ("Lindqvist-Moreno household", "Portland", 2, ["dog"], ["Moose"], "cedar", "Eli Moreno"),
        ("The Patel family", "Salem", 3, ["cat", "rabbit"], [], "riverside", "Anjali Patel"),
        ("Famille Bergström", "Montréal", 2, ["cat"], ["Clementine"], "mtl", "Sven Bergström"),
        ("Kowalski Foster Home", "Medford", 4, ["dog", "cat"], [], "summit", "Teresa Kowalski"),
        ("Quintero house", "Eugene", 1, ["dog"], [], "cedar", None),
    ]
    for i, (name, city, mx, spp, current, sh, contact) in enumerate(FOSTERS):
        d = {
            "_id": oid(),
            "householdName": name,
            "city": city,
            "maxAnimals": mx,
            "speciesAccepted": spp,
            "currentAnimals": [a_id[c] for c in current],
            "coordinatingShelter": sh_id[sh],
        }
        if contact:
            d["contact"] = {"name": contact, "phone": f"+1-503-555-{3300 + i:04d}"}
        d["approved_on"] = date(f"20{18 + i}-0{1 + i}-15")
        cols["fosterHomes"].append(d)
    # filler fostered animals go to a foster home too
    for doc in animals[len(STORY) :]:
        if doc["status"] == "FST":
            cols["fosterHomes"][1 + len(cols["fosterHomes"][1]["currentAnimals"]) % 3][
                "currentAnimals"
            ].append(doc["_id"])

    # transfers between shelters
    STORY_TRANSFERS = [
        ("Rocket", "summit", "harbor", "2022-05-02", "capacity"),
        ("Moose", "harbor", "cedar", "2021-12-01", "behavioral program"),
        ("Sir Reginald", "riverside", "lakeside", "2022-06-04", "cat-only housing"),
        ("Olive", "summit", "riverside", "2021-09-20", "capacity"),
    ]
    for i, (a, src, dst, when, why) in enumerate(STORY_TRANSFERS):
        cols["transfers"].append(
            {
                "_id": oid(),
                "animal": a_id[a],
                "from_shelter" if i % 2 else "fromShelter": sh_id[src],
                "to_shelter" if i % 2 else "toShelter": sh_id[dst],
                "transferDate": date(when),
                "reason": why,
                "transportedBy": None if i == 2 else "Paws on Wheels",
            }
        )
    for doc in animals[len(STORY) :][3::6]:
        src = doc.get("shelterId") or doc.get("shelter_id")
        dst = rng.choice([v for v in sh_id.values() if v != src])
        cols["transfers"].append(
            {
                "_id": oid(),
                "animal": doc["_id"],
                "fromShelter": dst,
                "toShelter": src,
                "transferDate": date(iso_add("2021-10-01", rng.randrange(0, 200))),
                "reason": rng.choice(["capacity", "medical care", "adoption event"]),
            }
        )

    for name, docs in cols.items():
        with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(name, len(docs))


if __name__ == "__main__":
    main()
