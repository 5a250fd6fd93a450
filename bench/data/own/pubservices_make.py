# ruff: noqa: E501  (one record a line)
"""Write ``pubservices.rdf``: a regional government's catalogue of public services (the Welsh
Government's, with the councils and agencies that deliver them) as the national portal
harvests it (**RDF/XML**, one file, typed node elements, nested blank nodes, names and
descriptions in English and Welsh).

The shape follows what a CPSV-AP catalogue export holds:

* **CPSV-AP** (``http://purl.org/vocab/cpsv#``): ``cpsv:PublicService`` (registration and
  licensing services as subclasses of it) with ``dct:title`` / ``dct:description`` in ``en``
  and ``cy`` (some Welsh only in the description, one service with no Welsh title),
  ``dct:identifier`` codes ("WG-PS-0007"), ``dcat:keyword``; ``cpsv:hasInput`` evidence,
  ``cpsv:produces`` outputs, ``cpsv:follows`` rules that ``cpsv:implements`` a law, or the
  law named straight from the service (``m8g:hasLegalResource``): two ways;
* the companion **CCCEV / CPSV-AP core** terms (``http://data.europa.eu/m8g/``): the
  competent authority as ``m8g:hasCompetentAuthority`` on most services, **the older
  ``cpsv:provides`` from the organisation on others** (no declared inverse); costs as **blank
  ``m8g:Cost`` records** (``m8g:value`` an ``xsd:decimal``, ``m8g:currency`` the EU currency
  table's GBP, a description, the channel it holds for by ``m8g:ifAccessedThrough``), one
  cost an IRI node, one free service saying so in a description only; ``m8g:processingTime``
  ``xsd:duration``s; channels (``m8g:hasChannel``) typed by a SKOS channel-type scheme with
  URLs (``schema:url``), languages (the EU language table) and their owner; contact points
  (**vCard**: ``vcard:fn``, e-mail as a ``mailto:`` IRI, telephone as a blank
  ``vcard:hasValue`` record or a plain string) with **schema.org** ``openingHours``; life and
  business events (``m8g:LifeEvent`` / ``m8g:BusinessEvent`` under ``m8g:Event``) grouping
  services by ``m8g:isGroupedBy`` from the service or ``dct:relation`` from the event;
  requirements as ``m8g:Criterion`` nodes (age with the portal's ``minimumAge`` integer,
  residence, disability) by ``m8g:holdsRequirement``; required services by ``dct:requires``
  or ``dct:isRequiredBy`` (**declared inverses**), related ones by ``dct:relation``;
* **ELI** (``eli:LegalResource``): Acts with ``eli:title`` (Welsh titles on Senedd Acts),
  ``eli:id_local`` citations ("1953 c. 20"), ``eli:date_document``, the ELI as
  ``dct:identifier``;
* **Core Location**: authorities' addresses as blank ``locn:Address`` records, a
  ``locn:fullAddress`` on some, street / post code / town on others;
* **Core Public Organisation**: ``m8g:PublicOrganisation`` (a ``foaf:Organization``) named by
  ``skos:prefLabel`` in both languages and ``skos:altLabel`` acronyms, sub-organisations by
  ``org:subOrganizationOf`` or ``org:hasSubOrganization`` (declared inverses);
* spatial coverage (``dct:spatial``): local authority areas (ONS codes) in regions, tied by
  ``dct:isPartOf`` from the area or ``dct:hasPart`` from the region (no declared inverse);
* a few missing labels: an evidence item with a description only, a channel with none, a
  contact point named only by its e-mail; descriptions of the portal's properties.

Seeded, no network. Run from the repository root: ``python bench/data/own/pubservices_make.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _rdfxml import Body, RdfXmlDoc

HERE = Path(__file__).parent
OUT = HERE / "pubservices.rdf"
BASE = "https://catalogue.gov.wales.example/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
CUR = "http://publications.europa.eu/resource/authority/currency/"
LANG = "http://publications.europa.eu/resource/authority/language/"
LEG = "http://www.legislation.gov.uk/id/"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "cpsv": "http://purl.org/vocab/cpsv#",
    "m8g": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "locn": "http://www.w3.org/ns/locn#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "schema": "http://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "wgps": "https://catalogue.gov.wales.example/def/",
}

# ------------------------------------------------------------------ places
# slug -> (English, Welsh or "", ONS code, region slug)
AREAS = {
    "cardiff": ("Cardiff", "Caerdydd", "W06000015", "south-east"),
    "newport": ("Newport", "Casnewydd", "W06000022", "south-east"),
    "swansea": ("Swansea", "Abertawe", "W06000011", "south-west"),
    "pembrokeshire": ("Pembrokeshire", "Sir Benfro", "W06000009", "south-west"),
    "wrexham": ("Wrexham", "Wrecsam", "W06000006", "north"),
    "gwynedd": ("Gwynedd", "", "W06000002", "north"),
    "conwy": ("Conwy", "", "W06000003", "north"),
    "flintshire": ("Flintshire", "Sir y Fflint", "W06000005", "north"),
    "ceredigion": ("Ceredigion", "", "W06000008", "mid"),
    "powys": ("Powys", "", "W06000023", "mid"),
}
REGIONS = {
    "south-east": ("South East Wales", "De-ddwyrain Cymru"),
    "south-west": ("South West Wales", "De-orllewin Cymru"),
    "north": ("North Wales", "Gogledd Cymru"),
    "mid": ("Mid Wales", "Canolbarth Cymru"),
}
# regions that list their areas (dct:hasPart); the others' areas say dct:isPartOf
LISTING_REGIONS = {"north", "mid"}

# ------------------------------------------------------------------ organisations
# slug -> (English, Welsh, acronym, address (full string or (street, post code, town)),
#          area, parent slug, parent stated from the parent (hasSubOrganization))
ORGS = {
    "wg": (
        "Welsh Government",
        "Llywodraeth Cymru",
        "",
        ("Cathays Park", "CF10 3NQ", "Cardiff"),
        "cardiff",
        "",
        False,
    ),
    "busnes": (
        "Business Wales",
        "Busnes Cymru",
        "",
        "Welsh Government, Cathays Park, Cardiff CF10 3NQ",
        "cardiff",
        "wg",
        True,
    ),
    "wra": (
        "Welsh Revenue Authority",
        "Awdurdod Cyllid Cymru",
        "WRA",
        ("Tŷ Cambria, 29 Newport Road", "CF24 0TP", "Cardiff"),
        "cardiff",
        "wg",
        False,
    ),
    "nrw": (
        "Natural Resources Wales",
        "Cyfoeth Naturiol Cymru",
        "NRW",
        ("Tŷ Cambria, 29 Newport Road", "CF24 0TP", "Cardiff"),
        "cardiff",
        "",
        False,
    ),
    "tfw": (
        "Transport for Wales",
        "Trafnidiaeth Cymru",
        "TfW",
        "3 Llys Cadwyn, Pontypridd CF37 4TH",
        "cardiff",
        "wg",
        True,
    ),
    "cardiff": (
        "Cardiff Council",
        "Cyngor Caerdydd",
        "",
        ("County Hall, Atlantic Wharf", "CF10 4UW", "Cardiff"),
        "cardiff",
        "",
        False,
    ),
    "cardiff-ro": (
        "Cardiff Register Office",
        "Swyddfa Gofrestru Caerdydd",
        "",
        "City Hall, Cathays Park, Cardiff CF10 3ND",
        "cardiff",
        "cardiff",
        False,
    ),
    "rsw": (
        "Rent Smart Wales",
        "Rhentu Doeth Cymru",
        "",
        ("PO Box 1106", "CF11 1UH", "Cardiff"),
        "cardiff",
        "cardiff",
        True,
    ),
    "swansea": (
        "Swansea Council",
        "Cyngor Abertawe",
        "",
        ("Civic Centre, Oystermouth Road", "SA1 3SN", "Swansea"),
        "swansea",
        "",
        False,
    ),
    "gwynedd": (
        "Gwynedd Council",
        "Cyngor Gwynedd",
        "",
        "Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon LL55 1SH",
        "gwynedd",
        "",
        False,
    ),
    "wrexham": (
        "Wrexham County Borough Council",
        "Cyngor Bwrdeistref Sirol Wrecsam",
        "WCBC",
        ("The Guildhall", "LL11 1AY", "Wrexham"),
        "wrexham",
        "",
        False,
    ),
    "ceredigion": (
        "Ceredigion County Council",
        "Cyngor Sir Ceredigion",
        "",
        ("Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr", "SY23 3UE", "Aberystwyth"),
        "ceredigion",
        "",
        False,
    ),
    "dvla": (
        "Driver and Vehicle Licensing Agency",
        "Asiantaeth Trwyddedu Gyrwyr a Cherbydau",
        "DVLA",
        ("Longview Road, Morriston", "SA6 7JL", "Swansea"),
        "swansea",
        "",
        False,
    ),
    "ch": (
        "Companies House",
        "Tŷ'r Cwmnïau",
        "",
        ("Crown Way", "CF14 3UZ", "Cardiff"),
        "cardiff",
        "",
        False,
    ),
    "hmrc": ("HM Revenue and Customs", "Cyllid a Thollau EF", "HMRC", "BX9 1AS", "", "", False),
    "cbo": (
        "Child Benefit Office",
        "Swyddfa Budd-dal Plant",
        "",
        ("HM Revenue and Customs", "BX9 1AS", ""),
        "",
        "hmrc",
        False,
    ),
}
# authorities that state the services they provide (cpsv:provides) instead of being named by them
PROVIDERS_STATE = {"dvla", "nrw", "ch"}

# contact points: slug -> (name or "", e-mail, telephone, as a blank record, opening hours)
CONTACTS = {
    "cardiff-ro": (
        "Cardiff Register Office enquiries",
        "registrars@cardiff.gov.example",
        "029 2087 1680",
        True,
        "Mo-Fr 09:00-16:30",
    ),
    "cardiff": (
        "C2C Cardiff Council contact centre",
        "c2c@cardiff.gov.example",
        "029 2087 2087",
        False,
        "Mo-Fr 08:00-18:00",
    ),
    "cardiff-parking": (
        "Cardiff parking services",
        "parking@cardiff.gov.example",
        "029 2087 2088",
        False,
        "Mo-Th 09:00-17:00, Fr 09:00-16:30",
    ),
    "swansea": (
        "Swansea Council contact centre",
        "contact@swansea.gov.example",
        "01792 636000",
        True,
        "Mo-Fr 08:30-17:00",
    ),
    "swansea-planning": (
        "Swansea planning and building control",
        "planning@swansea.gov.example",
        "01792 635701",
        False,
        "Mo-Fr 09:00-16:00",
    ),
    "gwynedd": (
        "Galw Gwynedd",
        "galwgwynedd@gwynedd.gov.example",
        "01766 771000",
        True,
        "Mo-Fr 09:00-17:00",
    ),
    "wrexham": (
        "Wrexham licensing team",
        "licensing@wrexham.gov.example",
        "01978 292040",
        False,
        "Mo-Fr 09:00-17:00",
    ),
    "ceredigion": (
        "Clic Ceredigion",
        "clic@ceredigion.gov.example",
        "01545 570881",
        True,
        "Mo-Fr 09:00-17:00",
    ),
    "dvla": (
        "DVLA drivers' enquiries",
        "drivers@dvla.gov.example",
        "0300 790 6801",
        False,
        "Mo-Fr 08:00-19:00, Sa 08:00-14:00",
    ),
    "ch": (
        "Companies House contact centre",
        "enquiries@companieshouse.gov.example",
        "0303 1234 500",
        True,
        "Mo-Fr 08:30-18:00",
    ),
    "cbo": ("Child Benefit helpline", "", "0300 200 3100", False, "Mo-Fr 08:00-18:00"),
    "nrw": (
        "",
        "licensing@naturalresourceswales.gov.example",
        "0300 065 3000",
        False,
        "Mo-Fr 09:00-17:00",
    ),
    "rsw": (
        "Rent Smart Wales helpline",
        "enquiries@rentsmart.gov.example",
        "03000 133344",
        True,
        "Mo-Fr 09:00-17:00",
    ),
    "wra": (
        "Welsh Revenue Authority helpline",
        "ltt@wra.gov.example",
        "03000 254 000",
        False,
        "Mo-Fr 09:00-17:00",
    ),
    "tfw": (
        "Concessionary travel team",
        "concessionary@tfw.gov.example",
        "0300 303 4240",
        False,
        "Mo-Fr 08:00-20:00, Sa-Su 09:00-17:00",
    ),
    "busnes": (
        "Business Wales helpline",
        "businesswales@gov.example",
        "03000 6 03000",
        True,
        "Mo-Fr 09:00-17:00",
    ),
}

# ------------------------------------------------------------------ vocabularies
CHANNEL_TYPES = {
    "web": ("Website", "Gwefan", "WEB"),
    "f2f": ("Face-to-face", "Wyneb yn wyneb", "F2F"),
    "post": ("Post", "Post", "MAIL"),
    "phone": ("Telephone", "Ffôn", "TEL"),
    "app": ("Mobile app", "Ap symudol", "APP"),
}
OUTPUT_TYPES = {
    "certificate": ("Certificate", "Tystysgrif"),
    "licence": ("Licence", "Trwydded"),
    "permit": ("Permit", "Trwydded"),
    "decision": ("Decision notice", "Hysbysiad penderfyniad"),
    "registration": ("Registration confirmation", "Cadarnhad cofrestru"),
    "card": ("Card or pass", "Cerdyn neu bas"),
}
EVENT_TYPES = {
    "family": ("Family and relationships", "Teulu a pherthnasoedd"),
    "home": ("Housing and home", "Tai a chartref"),
    "transport": ("Transport and travel", "Trafnidiaeth a theithio"),
    "business": ("Business lifecycle", "Cylch bywyd busnes"),
    "health": ("Health and social care", "Iechyd a gofal cymdeithasol"),
    "leisure": ("Leisure and the outdoors", "Hamdden a'r awyr agored"),
}
CRITERION_TYPES = {
    "age": ("Age", "Oedran"),
    "residence": ("Residence", "Preswylio"),
    "disability": ("Disability", "Anabledd"),
    "ownership": ("Ownership", "Perchnogaeth"),
}

# events: slug -> (class, English, Welsh, type, services listing from the event (dct:relation))
EVENTS = {
    "baby": ("m8g:LifeEvent", "Having a baby", "Cael babi", "family", []),
    "death": ("m8g:LifeEvent", "Someone has died", "Mae rhywun wedi marw", "family", []),
    "marry": ("m8g:LifeEvent", "Getting married", "Priodi", "family", ["marriage-notice"]),
    "moving": ("m8g:LifeEvent", "Moving home", "Symud tŷ", "home", []),
    "building": (
        "m8g:LifeEvent",
        "Building or extending a home",
        "Adeiladu neu estyn cartref",
        "home",
        [],
    ),
    "driving": ("m8g:LifeEvent", "Learning to drive", "Dysgu gyrru", "transport", []),
    "retiring": ("m8g:LifeEvent", "Retiring", "Ymddeol", "transport", ["bus-pass"]),
    "school": (
        "m8g:LifeEvent",
        "Child starting school",
        "Plentyn yn dechrau ysgol",
        "family",
        ["school-place", "free-meals"],
    ),
    "disability": ("m8g:LifeEvent", "Living with a disability", "Byw gydag anabledd", "health", []),
    "outdoors": ("m8g:LifeEvent", "Enjoying the outdoors", "Mwynhau'r awyr agored", "leisure", []),
    "startup": (
        "m8g:BusinessEvent",
        "Starting a business",
        "Dechrau busnes",
        "business",
        ["startup-support"],
    ),
    "food": ("m8g:BusinessEvent", "Opening a food business", "Agor busnes bwyd", "business", []),
    "landlord": (
        "m8g:BusinessEvent",
        "Becoming a landlord",
        "Dod yn landlord",
        "business",
        ["landlord-reg", "hmo"],
    ),
}

# laws: slug -> (path under legislation.gov.uk, English title, Welsh title, citation, date)
LAWS = {
    "bdra": (
        "ukpga/1953/20",
        "Births and Deaths Registration Act 1953",
        "",
        "1953 c. 20",
        "1953-05-14",
    ),
    "marriage": ("ukpga/1949/76", "Marriage Act 1949", "", "1949 c. 76", "1949-12-24"),
    "tcpa": ("ukpga/1990/8", "Town and Country Planning Act 1990", "", "1990 c. 8", "1990-05-24"),
    "building": ("ukpga/1984/55", "Building Act 1984", "", "1984 c. 55", "1984-10-31"),
    "rta": ("ukpga/1988/52", "Road Traffic Act 1988", "", "1988 c. 52", "1988-11-15"),
    "companies": ("ukpga/2006/46", "Companies Act 2006", "", "2006 c. 46", "2006-11-08"),
    "food": (
        "eu/reg/2004/852",
        "Regulation (EC) No 852/2004 on the hygiene of foodstuffs",
        "",
        "Reg 852/2004",
        "2004-04-29",
    ),
    "licensing": ("ukpga/2003/17", "Licensing Act 2003", "", "2003 c. 17", "2003-07-10"),
    "benefits": (
        "ukpga/1992/4",
        "Social Security Contributions and Benefits Act 1992",
        "",
        "1992 c. 4",
        "1992-02-13",
    ),
    "elections": (
        "asc/2020/1",
        "Senedd and Elections (Wales) Act 2020",
        "Deddf Senedd ac Etholiadau (Cymru) 2020",
        "2020 asc 1",
        "2020-01-15",
    ),
    "rtra": ("ukpga/1984/27", "Road Traffic Regulation Act 1984", "", "1984 c. 27", "1984-06-26"),
    "fisheries": (
        "ukpga/1975/51",
        "Salmon and Freshwater Fisheries Act 1975",
        "",
        "1975 c. 51",
        "1975-08-01",
    ),
    "education": (
        "ukpga/1998/31",
        "School Standards and Framework Act 1998",
        "",
        "1998 c. 31",
        "1998-07-24",
    ),
    "ltt": (
        "anaw/2017/1",
        "Land Transaction Tax and Anti-avoidance of Devolved Taxes (Wales) Act 2017",
        "Deddf Treth Trafodiadau Tir a Gwrthweithio Osgoi Trethi Datganoledig (Cymru) 2017",
        "2017 anaw 1",
        "2017-05-24",
    ),
    "housing2004": ("ukpga/2004/34", "Housing Act 2004", "", "2004 c. 34", "2004-11-18"),
    "housing2014": (
        "anaw/2014/7",
        "Housing (Wales) Act 2014",
        "Deddf Tai (Cymru) 2014",
        "2014 anaw 7",
        "2014-09-17",
    ),
    "transport": ("ukpga/2000/38", "Transport Act 2000", "", "2000 c. 38", "2000-11-30"),
    "ctax": ("ukpga/1992/14", "Local Government Finance Act 1992", "", "1992 c. 14", "1992-03-06"),
    "streettrading": (
        "ukpga/1982/30",
        "Local Government (Miscellaneous Provisions) Act 1982",
        "",
        "1982 c. 30",
        "1982-07-13",
    ),
    "disabled": (
        "ukpga/1970/44",
        "Chronically Sick and Disabled Persons Act 1970",
        "",
        "1970 c. 44",
        "1970-05-29",
    ),
}

# evidence: slug -> (English title or "", Welsh title, description)
EVIDENCE = {
    "passport": ("Valid passport", "Pasbort dilys", "A current UK or foreign passport."),
    "proof-address": (
        "Proof of address",
        "Prawf o gyfeiriad",
        "A utility bill, council tax bill or bank statement dated in the last three months.",
    ),
    "proof-id": (
        "Proof of identity",
        "Prawf o hunaniaeth",
        "A passport, driving licence or national identity card.",
    ),
    "birth-cert": (
        "Birth certificate",
        "Tystysgrif geni",
        "The full or short birth certificate of the person concerned.",
    ),
    "photo": (
        "Passport-style photograph",
        "Ffotograff maint pasbort",
        "A recent colour photograph, 45 mm by 35 mm.",
    ),
    "mccd": (
        "Medical certificate of cause of death",
        "Tystysgrif feddygol o achos marwolaeth",
        "Issued by the doctor or the medical examiner.",
    ),
    "licence": (
        "Current driving licence",
        "Trwydded yrru gyfredol",
        "The photocard of the licence being renewed.",
    ),
    "v5c": (
        "Vehicle registration certificate (V5C)",
        "Tystysgrif gofrestru cerbyd (V5C)",
        "The logbook of the vehicle, registered at the applicant's address.",
    ),
    "site-plan": (
        "Site location plan",
        "Cynllun lleoliad safle",
        "A plan at 1:1250 showing the site edged in red.",
    ),
    "ownership": (
        "Certificate of ownership",
        "Tystysgrif perchnogaeth",
        "Certificate A, B, C or D under the planning procedure order.",
    ),
    "drawings": ("Building plans", "Cynlluniau adeiladu", "Full plans showing the proposed work."),
    "memarts": (
        "Memorandum of association",
        "Memorandwm cymdeithasu",
        "Signed by each subscriber.",
    ),
    "articles": (
        "Articles of association",
        "Erthyglau cymdeithasu",
        "The company's rules; the model articles may be adopted.",
    ),
    "nino": ("National Insurance number", "Rhif Yswiriant Gwladol", ""),
    "benefit-proof": (
        "Proof of benefit entitlement",
        "Prawf o hawl i fudd-daliadau",
        "An award letter for Universal Credit or another qualifying benefit.",
    ),
    "gas-cert": (
        "Gas safety certificate",
        "Tystysgrif diogelwch nwy",
        "Issued in the last twelve months by a Gas Safe registered engineer.",
    ),
    "red-book": (
        "",
        "",
        "The personal child health record (red book) given by the hospital or midwife.",
    ),
    "plan-premises": (
        "Plan of the premises",
        "Cynllun o'r eiddo",
        "A plan showing exits, bars and the licensed area.",
    ),
    "medical-evidence": (
        "Medical evidence of disability",
        "Tystiolaeth feddygol o anabledd",
        "A letter from a doctor or an award of the higher rate of mobility component.",
    ),
    "proof-age": (
        "Proof of age",
        "Prawf o oedran",
        "A birth certificate, passport or driving licence.",
    ),
}

# criteria: slug -> (type, English title, Welsh title, minimum age or None)
CRITERIA = {
    "age-18": ("age", "Applicant aged 18 or over", "Ymgeisydd 18 oed neu'n hŷn", 18),
    "age-70": ("age", "Driver aged 70 or over", "Gyrrwr 70 oed neu'n hŷn", 70),
    "age-15": ("age", "Applicant at least 15 years and 9 months old", "", 15),
    "age-14": ("age", "Aged 14 or over", "14 oed neu'n hŷn", 14),
    "age-60": ("age", "Aged 60 or over", "60 oed neu'n hŷn", 60),
    "age-13": ("age", "Anglers aged 13 or over", "Pysgotwyr 13 oed neu'n hŷn", 13),
    "resident-uk": ("residence", "Resident in Great Britain", "Yn byw ym Mhrydain Fawr", None),
    "resident-wales": ("residence", "Resident in Wales", "Yn byw yng Nghymru", None),
    "resident-area": (
        "residence",
        "Living in the permit zone",
        "Yn byw yn y parth trwyddedau",
        None,
    ),
    "child-under-16": (
        "age",
        "Responsible for a child under 16",
        "Yn gyfrifol am blentyn dan 16 oed",
        None,
    ),
    "disabled": (
        "disability",
        "Permanent and substantial disability affecting mobility",
        "Anabledd parhaol a sylweddol",
        None,
    ),
    "landlord": (
        "ownership",
        "Owner of a rented dwelling in Wales",
        "Perchennog annedd ar rent yng Nghymru",
        None,
    ),
}

# services: slug -> record
# cls, English, Welsh, description, authority, area, channels [(type, url or "")], costs
# [(value or None, description, channel index or -1)], processing, inputs, output (title, cy,
# type), rule (title, law) or law, events, criteria, requires, related, contact, keywords
S = dict
SERVICES: dict[str, dict] = {
    "birth": S(
        cls="wgps:RegistrationService",
        en="Register a birth",
        cy="Cofrestru genedigaeth",
        desc="Register the birth of a baby born in Cardiff within 42 days.",
        auth="cardiff-ro",
        area="cardiff",
        ch=[("f2f", ""), ("web", "https://www.cardiff.gov.example/register-a-birth")],
        cost=[(0, "Registration is free", -1)],
        time="P1D",
        inputs=["proof-id", "red-book"],
        out=("Short birth certificate", "Tystysgrif geni fer", "certificate"),
        rule=("Registration within 42 days", "bdra"),
        ev=["baby"],
        crit=[],
        req=[],
        rel=["birth-copy"],
        cp="cardiff-ro",
        kw=["birth registration", "new baby"],
    ),
    "birth-copy": S(
        cls="cpsv:PublicService",
        en="Order a copy of a birth certificate",
        cy="Archebu copi o dystysgrif geni",
        desc="Order a certified copy of a birth entry held by the register office.",
        auth="cardiff-ro",
        area="cardiff",
        ch=[("web", "https://www.cardiff.gov.example/certificates"), ("post", "")],
        cost=[(12.50, "Standard service", 0), (38.50, "Priority service", 0)],
        time="P15D",
        inputs=["proof-id"],
        out=("Certified copy of a birth entry", "Copi ardystiedig o gofnod geni", "certificate"),
        law="bdra",
        ev=[],
        crit=[],
        req=[],
        rel=[],
        cp="cardiff-ro",
        kw=["certificate copy"],
    ),
    "death": S(
        cls="wgps:RegistrationService",
        en="Register a death",
        cy="Cofrestru marwolaeth",
        desc="Register a death within five days, by appointment.",
        auth="cardiff-ro",
        area="cardiff",
        ch=[("f2f", ""), ("phone", "")],
        cost=[(0, "Free", -1)],
        time="P1D",
        inputs=["mccd", "proof-id"],
        out=("Certificate for burial or cremation", "Tystysgrif claddu neu amlosgi", "certificate"),
        rule=("Registration within five days", "bdra"),
        ev=["death"],
        crit=[],
        req=[],
        rel=[],
        cp="cardiff-ro",
        kw=["death registration", "bereavement"],
    ),
    "marriage-notice": S(
        cls="cpsv:PublicService",
        en="Give notice of marriage",
        cy="Rhoi hysbysiad o briodas",
        desc="Both partners give notice at the register office at least 29 days before the ceremony.",
        auth="cardiff-ro",
        area="cardiff",
        ch=[("f2f", "")],
        cost=[(42, "Fee per person", 0)],
        time="P29D",
        inputs=["passport", "proof-address"],
        out=("Marriage schedule", "Atodlen briodas", "certificate"),
        rule=("Notice of at least 29 days", "marriage"),
        ev=[],
        crit=["age-18"],
        req=[],
        rel=[],
        cp="cardiff-ro",
        kw=["wedding", "notice"],
    ),
    "planning": S(
        cls="wgps:LicensingService",
        en="Apply for planning permission",
        cy="Gwneud cais am ganiatâd cynllunio",
        desc="Apply for permission to build, extend or change the use of a building.",
        auth="cardiff",
        area="cardiff",
        ch=[("web", "https://www.planningportal.co.uk/wales"), ("post", "")],
        cost=[(230, "Householder application", 0), (578, "New dwelling, per dwelling", 0)],
        time="P8W",
        inputs=["site-plan", "ownership", "drawings"],
        out=("Planning decision notice", "Hysbysiad penderfyniad cynllunio", "decision"),
        rule=("Development needs planning permission", "tcpa"),
        ev=["building"],
        crit=[],
        req=[],
        rel=["building-regs"],
        cp="cardiff",
        kw=["building permit", "extension"],
    ),
    "building-regs": S(
        cls="wgps:LicensingService",
        en="Apply for building regulations approval",
        cy="Gwneud cais am gymeradwyaeth rheoliadau adeiladu",
        desc="Submit full plans or a building notice for work covered by the building regulations.",
        auth="swansea",
        area="swansea",
        ch=[("web", "https://www.swansea.gov.example/buildingcontrol"), ("f2f", "")],
        cost=[(540, "Full plans charge for a single extension", 0)],
        time="P5W",
        inputs=["drawings", "site-plan"],
        out=("Completion certificate", "Tystysgrif cwblhau", "certificate"),
        law="building",
        ev=["building"],
        crit=[],
        req=[],
        rel=[],
        cp="swansea-planning",
        kw=["building control"],
    ),
    "licence-renew": S(
        cls="wgps:LicensingService",
        en="Renew your driving licence",
        cy="Adnewyddu eich trwydded yrru",
        desc="Renew a photocard driving licence every 10 years.",
        auth="dvla",
        area="wales",
        ch=[("web", "https://www.gov.uk/renew-driving-licence"), ("post", "")],
        cost=[(14, "Online", 0), (17, "By post", 1)],
        time="P1W",
        inputs=["licence", "photo"],
        out=("Photocard driving licence", "Trwydded yrru cerdyn-llun", "licence"),
        rule=("Photocards are valid for 10 years", "rta"),
        ev=["driving"],
        crit=["resident-uk"],
        req=[],
        rel=["licence-70"],
        cp="dvla",
        kw=["photocard"],
    ),
    "licence-70": S(
        cls="wgps:LicensingService",
        en="Renew your driving licence at 70",
        cy="Adnewyddu eich trwydded yrru yn 70 oed",
        desc="Renew the licence when you turn 70 and every three years after.",
        auth="dvla",
        area="wales",
        ch=[("web", "https://www.gov.uk/renew-driving-licence-at-70"), ("post", "")],
        cost=[(0, "Free", -1)],
        time="P1W",
        inputs=["licence"],
        out=("Photocard driving licence", "Trwydded yrru cerdyn-llun", "licence"),
        law="rta",
        ev=["retiring"],
        crit=["age-70", "resident-uk"],
        req=[],
        rel=[],
        cp="dvla",
        kw=["older drivers"],
    ),
    "provisional": S(
        cls="wgps:LicensingService",
        en="Apply for a provisional driving licence",
        cy="Gwneud cais am drwydded yrru dros dro",
        desc="The first licence a learner driver needs.",
        auth="dvla",
        area="wales",
        ch=[("web", "https://www.gov.uk/apply-first-provisional-driving-licence"), ("post", "")],
        cost=[(34, "Online", 0), (43, "By post", 1)],
        time="P1W",
        inputs=["passport", "photo", "nino"],
        out=("Provisional driving licence", "Trwydded yrru dros dro", "licence"),
        law="rta",
        ev=["driving"],
        crit=["age-15", "resident-uk"],
        req=[],
        rel=[],
        cp="dvla",
        kw=["learner driver"],
    ),
    "company": S(
        cls="wgps:RegistrationService",
        en="Register a company",
        cy="Cofrestru cwmni",
        desc="Incorporate a private limited company.",
        auth="ch",
        area="wales",
        ch=[("web", "https://www.gov.uk/limited-company-formation"), ("post", "")],
        cost=[(50, "Online incorporation", 0), (71, "Paper incorporation", 1)],
        time="P1D",
        inputs=["memarts", "articles"],
        out=("Certificate of incorporation", "Tystysgrif corffori", "certificate"),
        rule=("A company is formed by registration", "companies"),
        ev=["startup"],
        crit=["age-18"],
        req=[],
        rel=["startup-support"],
        cp="ch",
        kw=["limited company", "incorporation"],
    ),
    "self-employed": S(
        cls="wgps:RegistrationService",
        en="Register as self-employed",
        cy="Cofrestru fel hunangyflogedig",
        desc="Tell HMRC you have started working for yourself.",
        auth="hmrc",
        area="wales",
        ch=[("web", "https://www.gov.uk/register-for-self-assessment")],
        cost=[],
        free="No charge",
        time="P10D",
        inputs=["nino"],
        out=("Unique Taxpayer Reference", "Cyfeirnod Unigryw y Trethdalwr", "registration"),
        law="",
        ev=["startup"],
        crit=[],
        req=[],
        rel=["company"],
        cp="",
        kw=["sole trader", "self assessment"],
    ),
    "food-reg": S(
        cls="wgps:RegistrationService",
        en="Register a food business",
        cy="Cofrestru busnes bwyd",
        desc="Register food premises with the council at least 28 days before opening.",
        auth="wrexham",
        area="wrexham",
        ch=[("web", "https://www.wrexham.gov.example/food-business"), ("post", "")],
        cost=[(0, "Free", -1)],
        time="P28D",
        inputs=["proof-id"],
        out=(
            "Food business registration confirmation",
            "Cadarnhad cofrestru busnes bwyd",
            "registration",
        ),
        rule=("Food business operators must register establishments", "food"),
        ev=["food", "startup"],
        crit=[],
        req=[],
        rel=[],
        cp="wrexham",
        kw=["café", "restaurant", "food premises"],
    ),
    "premises": S(
        cls="wgps:LicensingService",
        en="Apply for a premises licence",
        cy="Gwneud cais am drwydded safle",
        desc="A licence to sell alcohol, serve late-night refreshment or provide entertainment.",
        auth="cardiff",
        area="cardiff",
        ch=[("web", "https://www.cardiff.gov.example/licensing"), ("post", "")],
        cost=[
            (100, "Band A (rateable value up to £4,300)", -1),
            (190, "Band B", -1),
            (315, "Band C", -1),
        ],
        time="P28D",
        inputs=["plan-premises", "proof-id"],
        out=("Premises licence", "Trwydded safle", "licence"),
        law="licensing",
        ev=["food"],
        crit=["age-18"],
        req=["food-reg"],
        rel=[],
        cp="cardiff",
        kw=["alcohol licence", "pub"],
    ),
    "child-benefit": S(
        cls="cpsv:PublicService",
        en="Apply for Child Benefit",
        cy="Gwneud cais am Fudd-dal Plant",
        desc="A payment for anyone responsible for a child under 16.",
        auth="cbo",
        area="wales",
        ch=[("web", "https://www.gov.uk/child-benefit/how-to-claim"), ("post", ""), ("app", "")],
        cost=[(0, "Free", -1)],
        time="P3W",
        inputs=["birth-cert", "nino"],
        out=("Child Benefit award notice", "Hysbysiad dyfarnu Budd-dal Plant", "decision"),
        law="benefits",
        ev=["baby"],
        crit=["child-under-16", "resident-uk"],
        req=["birth"],
        rel=[],
        cp="cbo",
        kw=["family allowance", "child payments"],
    ),
    "address-change": S(
        cls="cpsv:PublicService",
        en="Report a change of address",
        cy="Rhoi gwybod am newid cyfeiriad",
        desc="Tell the council you have moved so that council tax and the electoral register are updated.",
        auth="cardiff",
        area="cardiff",
        ch=[("web", "https://www.cardiff.gov.example/moving"), ("phone", "")],
        cost=[(0, "Free", -1)],
        time="P10D",
        inputs=["proof-address"],
        out=("Updated council tax bill", "Bil treth gyngor wedi'i ddiweddaru", "decision"),
        law="ctax",
        ev=["moving"],
        crit=[],
        req=[],
        rel=["vote", "parking"],
        cp="cardiff",
        kw=["moving house", "council tax"],
    ),
    "vote": S(
        cls="wgps:RegistrationService",
        en="Register to vote",
        cy="Cofrestru i bleidleisio",
        desc="Join the electoral register; from 14 in Wales, to vote at 16 in Senedd and local elections.",
        auth="cardiff",
        area="cardiff",
        ch=[("web", "https://www.gov.uk/register-to-vote"), ("post", "")],
        cost=[(0, "Free", -1)],
        time="P5D",
        inputs=["nino"],
        out=("Entry on the electoral register", "Cofnod ar y gofrestr etholiadol", "registration"),
        rule=("Votes at 16 in devolved elections", "elections"),
        ev=["moving"],
        crit=["age-14", "resident-wales"],
        req=[],
        rel=[],
        cp="cardiff",
        kw=["electoral register", "voting"],
    ),
    "parking": S(
        cls="wgps:LicensingService",
        en="Apply for a residents' parking permit",
        cy="Gwneud cais am drwydded parcio preswylwyr",
        desc="Park in a residents' zone near your home.",
        auth="cardiff",
        area="cardiff",
        ch=[("web", "https://www.cardiff.gov.example/parking-permits")],
        cost=[(0, "First permit", 0), (30, "Second permit", 0)],
        time="P10D",
        inputs=["v5c", "proof-address"],
        out=("Residents' parking permit", "Trwydded parcio preswylwyr", "permit"),
        law="rtra",
        ev=["moving"],
        crit=["resident-area"],
        req=[],
        rel=[],
        cp="cardiff-parking",
        kw=["parking", "resident permit"],
    ),
    "blue-badge": S(
        cls="wgps:LicensingService",
        en="Apply for a Blue Badge",
        cy="Gwneud cais am Fathodyn Glas",
        desc="A parking badge for disabled people, free in Wales.",
        auth="swansea",
        area="swansea",
        ch=[("web", "https://www.gov.uk/apply-blue-badge"), ("f2f", "")],
        cost=[(0, "Free in Wales", -1)],
        time="P12W",
        inputs=["proof-id", "proof-address", "photo", "medical-evidence"],
        out=("Blue Badge", "Bathodyn Glas", "permit"),
        law="disabled",
        ev=["disability"],
        crit=["disabled", "resident-wales"],
        req=[],
        rel=[],
        cp="swansea",
        kw=["disabled parking"],
    ),
    "fishing": S(
        cls="wgps:LicensingService",
        en="Buy a rod fishing licence",
        cy="Prynu trwydded gwialen bysgota",
        desc="A licence to fish for salmon, trout and coarse fish with a rod and line.",
        auth="nrw",
        area="wales",
        ch=[("web", "https://licensing.naturalresources.wales.example"), ("phone", "")],
        cost=[
            (7.20, "One day, trout and coarse", 0),
            (35.80, "Annual, trout and coarse", 0),
            (88.20, "Annual, salmon and sea trout", 0),
        ],
        time="",
        inputs=[],
        out=("Rod fishing licence", "Trwydded gwialen bysgota", "licence"),
        rule=("Fishing with a rod needs a licence", "fisheries"),
        ev=["outdoors"],
        crit=["age-13"],
        req=[],
        rel=[],
        cp="nrw",
        kw=["angling", "fishing permit"],
    ),
    "school-place": S(
        cls="cpsv:PublicService",
        en="Apply for a school place",
        cy="Gwneud cais am le mewn ysgol",
        desc="Apply for a place at a primary or secondary school in Gwynedd.",
        auth="gwynedd",
        area="gwynedd",
        ch=[("web", "https://www.gwynedd.gov.example/admissions"), ("f2f", "")],
        cost=[(0, "Free", -1)],
        time="P12W",
        inputs=["birth-cert", "proof-address"],
        out=("School place offer", "Cynnig lle ysgol", "decision"),
        law="education",
        ev=[],
        crit=["resident-area"],
        req=[],
        rel=["free-meals"],
        cp="gwynedd",
        kw=["school admissions"],
    ),
    "free-meals": S(
        cls="cpsv:PublicService",
        en="Apply for free school meals",
        cy="Gwneud cais am brydau ysgol am ddim",
        desc="Free school meals for pupils in secondary schools whose families receive a qualifying benefit.",
        auth="ceredigion",
        area="ceredigion",
        ch=[("web", "https://www.ceredigion.gov.example/free-school-meals"), ("post", "")],
        cost=[(0, "Free", -1)],
        time="P2W",
        inputs=["benefit-proof", "proof-address"],
        out=("Free school meals confirmation", "Cadarnhad prydau ysgol am ddim", "decision"),
        law="education",
        ev=[],
        crit=["resident-wales"],
        req=[],
        rel=[],
        cp="ceredigion",
        kw=["school dinners"],
    ),
    "single-discount": S(
        cls="cpsv:PublicService",
        en="Apply for a council tax single person discount",
        cy="Gwneud cais am ostyngiad person sengl",
        desc="A 25% discount on the council tax bill if you live alone.",
        auth="ceredigion",
        area="ceredigion",
        ch=[("web", "https://www.ceredigion.gov.example/council-tax")],
        cost=[(0, "Free", -1)],
        time="P3W",
        inputs=["proof-address"],
        out=("Council tax discount notice", "Hysbysiad gostyngiad treth gyngor", "decision"),
        law="ctax",
        ev=["moving"],
        crit=[],
        req=[],
        rel=["address-change"],
        cp="ceredigion",
        kw=["council tax reduction", "living alone"],
    ),
    "ltt": S(
        cls="cpsv:PublicService",
        en="File a Land Transaction Tax return",
        cy="Cyflwyno ffurflen Treth Trafodiadau Tir",
        desc="Buyers of land or property in Wales file a return within 30 days of completion.",
        auth="wra",
        area="wales",
        ch=[("web", "https://www.gov.wales/land-transaction-tax"), ("post", "")],
        cost=[],
        free="",
        time="P30D",
        inputs=["proof-id"],
        out=(
            "Land Transaction Tax return certificate",
            "Tystysgrif ffurflen Treth Trafodiadau Tir",
            "certificate",
        ),
        rule=("A return is due within 30 days", "ltt"),
        ev=["moving"],
        crit=[],
        req=[],
        rel=[],
        cp="wra",
        kw=["stamp duty", "property tax", "LTT"],
    ),
    "hmo": S(
        cls="wgps:LicensingService",
        en="Apply for an HMO licence",
        cy="Gwneud cais am drwydded HMO",
        desc="A licence for a house in multiple occupation shared by three or more unrelated people.",
        auth="swansea",
        area="swansea",
        ch=[("web", "https://www.swansea.gov.example/hmo"), ("post", "")],
        cost=[(785, "Five-year licence", -1)],
        time="P12W",
        inputs=["gas-cert", "proof-id", "ownership"],
        out=("HMO licence", "Trwydded HMO", "licence"),
        law="housing2004",
        ev=[],
        crit=["landlord"],
        req=["landlord-reg"],
        rel=[],
        cp="swansea",
        kw=["house in multiple occupation", "shared house"],
    ),
    "landlord-reg": S(
        cls="wgps:RegistrationService",
        en="Register as a landlord",
        cy="Cofrestru fel landlord",
        desc="Every private landlord with a property in Wales must register with Rent Smart Wales.",
        auth="rsw",
        area="wales",
        ch=[("web", "https://www.rentsmart.gov.example/register"), ("post", "")],
        cost=[(33.50, "Online registration", 0), (80.50, "Paper registration", 1)],
        time="P2W",
        inputs=["proof-id", "proof-address"],
        out=("Landlord registration number", "Rhif cofrestru landlord", "registration"),
        rule=("Landlords must register", "housing2014"),
        ev=[],
        crit=["landlord"],
        req=[],
        rel=["hmo"],
        cp="rsw",
        kw=["rent smart", "letting"],
    ),
    "street-trading": S(
        cls="wgps:LicensingService",
        en="Apply for street trading consent",
        cy="Gwneud cais am gydsyniad masnachu ar y stryd",
        desc="Permission to sell goods from a stall or vehicle on a consent street.",
        auth="wrexham",
        area="wrexham",
        ch=[("post", ""), ("f2f", "")],
        cost=[(450, "Annual consent", -1), (25, "Daily consent", -1)],
        time="P6W",
        inputs=["photo", "proof-id"],
        out=("Street trading consent", "Cydsyniad masnachu ar y stryd", "permit"),
        law="streettrading",
        ev=["startup"],
        crit=["age-18"],
        req=[],
        rel=[],
        cp="wrexham",
        kw=["market stall", "street vendor"],
    ),
    "startup-support": S(
        cls="cpsv:PublicService",
        en="Get start-up business advice",
        cy="Cael cyngor busnes newydd",
        desc="Free one-to-one advice and workshops for people starting a business in Wales.",
        auth="busnes",
        area="wales",
        ch=[("web", "https://businesswales.gov.example/starting-up"), ("phone", "")],
        cost=[(0, "Free", -1)],
        time="P5D",
        inputs=[],
        out=("Business advice session", "Sesiwn cyngor busnes", "registration"),
        law="",
        ev=[],
        crit=["resident-wales"],
        req=[],
        rel=[],
        cp="busnes",
        kw=["business support", "mentoring"],
    ),
    "bus-pass": S(
        cls="cpsv:PublicService",
        en="Apply for a concessionary travel card",
        cy="Gwneud cais am gerdyn teithio rhatach",
        desc="Free bus travel in Wales for people aged 60 or over and disabled people.",
        auth="tfw",
        area="wales",
        ch=[("web", "https://tfw.wales.example/concessionary-travel"), ("post", "")],
        cost=[(0, "Free", -1)],
        time="P2W",
        inputs=["proof-age", "proof-address", "photo"],
        out=("Concessionary travel card", "Cerdyn teithio rhatach", "card"),
        law="transport",
        ev=[],
        crit=["age-60", "resident-wales"],
        req=[],
        rel=["blue-badge"],
        cp="tfw",
        kw=["bus pass", "free bus travel"],
    ),
    "school-transport": S(
        cls="cpsv:PublicService",
        en="Apply for school transport",
        cy="",
        desc="Free transport for learners living two miles or more (primary) or three miles or more (secondary) from school. Gwneud cais am gludiant i'r ysgol.",
        auth="gwynedd",
        area="gwynedd",
        ch=[("web", "https://www.gwynedd.gov.example/school-transport")],
        cost=[(0, "Free", -1)],
        time="P4W",
        inputs=["proof-address"],
        out=("School transport pass", "Pas cludiant ysgol", "card"),
        law="education",
        ev=["school"],
        crit=[],
        req=["school-place"],
        rel=[],
        cp="gwynedd",
        kw=["school bus"],
    ),
}
# services the authority states (from its side) that it requires, by dct:isRequiredBy
REQUIRED_FROM_OTHER_SIDE = {("birth", "child-benefit")}

# properties the portal describes: term -> (label, comment)
PROPERTY_DOCS = {
    "m8g:processingTime": (
        "processing time",
        "The time it normally takes to handle the request and deliver the output.",
    ),
    "m8g:hasCompetentAuthority": (
        "has competent authority",
        "The public organisation responsible for the service.",
    ),
    "cpsv:provides": ("provides", "A public organisation delivers the public service (CPSV 1.x)."),
    "cpsv:hasInput": ("has input", "Evidence the applicant has to supply."),
    "cpsv:produces": (
        "produces",
        "The output the service delivers: a certificate, a licence, a decision.",
    ),
    "cpsv:follows": ("follows", "The rule under which the service is delivered."),
    "cpsv:implements": ("implements", "The legal resource a rule implements."),
    "m8g:isGroupedBy": (
        "is grouped by",
        "The life event or business event the service belongs to.",
    ),
    "m8g:hasCost": ("has cost", "A fee the applicant pays."),
    "m8g:ifAccessedThrough": ("if accessed through", "The channel for which the cost holds."),
    "m8g:holdsRequirement": ("holds requirement", "A criterion the applicant must meet."),
    "m8g:hasChannel": ("has channel", "How the service can be used: online, in person, by post."),
    "dct:requires": ("requires", "Another service that must be completed first."),
    "dct:isRequiredBy": ("is required by", "A service that needs this one first."),
    "wgps:minimumAge": ("minimum age", "The youngest age in years at which the criterion is met."),
    "schema:openingHours": ("opening hours", "When the contact point can be reached."),
}
CLASS_DOCS = {
    "wgps:RegistrationService": (
        "cpsv:PublicService",
        "Registration service",
        "Gwasanaeth cofrestru",
    ),
    "wgps:LicensingService": ("cpsv:PublicService", "Licensing service", "Gwasanaeth trwyddedu"),
    "m8g:LifeEvent": ("m8g:Event", "Life event", "Digwyddiad bywyd"),
    "m8g:BusinessEvent": ("m8g:Event", "Business event", "Digwyddiad busnes"),
    "m8g:PublicOrganisation": ("foaf:Organization", "Public organisation", "Sefydliad cyhoeddus"),
    "wgps:LocalAuthorityArea": ("dct:Location", "Local authority area", "Ardal awdurdod lleol"),
    "wgps:Region": ("dct:Location", "Region", "Rhanbarth"),
}


def iri(kind: str, slug: str) -> str:
    return f"{BASE}{kind}/{slug}"


def expand(term: str) -> str:
    pre, _, local = term.partition(":")
    return NS[pre] + local


def vocabulary(d: RdfXmlDoc) -> None:
    d.typ("https://catalogue.gov.wales.example/catalogue", "dcat:Catalog")
    d.lit(
        "https://catalogue.gov.wales.example/catalogue",
        "dct:title",
        "Catalogue of public services in Wales",
        lang="en",
    )
    d.lit(
        "https://catalogue.gov.wales.example/catalogue",
        "dct:title",
        "Catalog gwasanaethau cyhoeddus yng Nghymru",
        lang="cy",
    )
    d.iri("https://catalogue.gov.wales.example/catalogue", "dct:publisher", iri("org", "wg"))
    d.iri(expand("dct:isRequiredBy"), "owl:inverseOf", expand("dct:requires"))
    d.iri(expand("org:hasSubOrganization"), "owl:inverseOf", expand("org:subOrganizationOf"))
    for term, (label, comment) in PROPERTY_DOCS.items():
        u = expand(term)
        d.typ(
            u,
            "owl:DatatypeProperty"
            if term in {"m8g:processingTime", "wgps:minimumAge", "schema:openingHours"}
            else "owl:ObjectProperty",
        )
        d.lit(u, "rdfs:label", label, lang="en")
        d.lit(u, "rdfs:comment", comment, lang="en")
    for term, (sup, en, cy) in CLASS_DOCS.items():
        u = expand(term)
        d.typ(u, "owl:Class")
        d.iri(u, "rdfs:subClassOf", expand(sup))
        d.lit(u, "rdfs:label", en, lang="en")
        d.lit(u, "rdfs:label", cy, lang="cy")
    for scheme, table, title in (
        ("channel-type", CHANNEL_TYPES, "Channel types"),
        ("output-type", OUTPUT_TYPES, "Output types"),
        ("event-type", EVENT_TYPES, "Event types"),
        ("criterion-type", CRITERION_TYPES, "Criterion types"),
    ):
        s = iri("scheme", scheme)
        d.typ(s, "skos:ConceptScheme")
        d.lit(s, "dct:title", title, lang="en")
        for slug, row in table.items():
            c = iri(scheme, slug)
            d.typ(c, "skos:Concept")
            d.lit(c, "skos:prefLabel", row[0], lang="en")
            if row[1] and row[1] != row[0]:
                d.lit(c, "skos:prefLabel", row[1], lang="cy")
            if len(row) > 2:
                d.lit(c, "skos:notation", row[2])
            d.iri(c, "skos:inScheme", s)
    d.typ(CUR + "GBP", "skos:Concept")
    d.lit(CUR + "GBP", "skos:prefLabel", "Pound sterling", lang="en")
    d.lit(CUR + "GBP", "skos:notation", "GBP")
    for code, en, cy in (("ENG", "English", "Saesneg"), ("CYM", "Welsh", "Cymraeg")):
        d.typ(LANG + code, "dct:LinguisticSystem")
        d.lit(LANG + code, "skos:prefLabel", en, lang="en")
        d.lit(LANG + code, "skos:prefLabel", cy, lang="cy")


def places(d: RdfXmlDoc) -> None:
    wales = iri("place", "wales")
    d.typ(wales, "dct:Location")
    d.lit(wales, "skos:prefLabel", "Wales", lang="en")
    d.lit(wales, "skos:prefLabel", "Cymru", lang="cy")
    d.lit(wales, "dct:identifier", "W92000004")
    for slug, (en, cy) in REGIONS.items():
        r = iri("place", slug)
        d.typ(r, "wgps:Region")
        d.lit(r, "skos:prefLabel", en, lang="en")
        d.lit(r, "skos:prefLabel", cy, lang="cy")
        d.iri(r, "dct:isPartOf", wales)
    for slug, (en, cy, code, region) in AREAS.items():
        a = iri("place", slug)
        d.typ(a, "wgps:LocalAuthorityArea")
        d.lit(a, "skos:prefLabel", en, lang="en")
        if cy:
            d.lit(a, "skos:prefLabel", cy, lang="cy")
        d.lit(a, "dct:identifier", code)
        if region in LISTING_REGIONS:
            d.iri(iri("place", region), "dct:hasPart", a)
        else:
            d.iri(a, "dct:isPartOf", iri("place", region))


def contact(d: RdfXmlDoc, slug: str) -> str:
    c = iri("contact", slug)
    if c in d.types:
        return c
    name, mail, tel, blank_tel, hours = CONTACTS[slug]
    d.typ(c, "vcard:Organization")
    if name:
        d.lit(c, "vcard:fn", name)
    if mail:
        d.iri(c, "vcard:hasEmail", "mailto:" + mail)
    if blank_tel:
        d.blank(
            c,
            "vcard:hasTelephone",
            "vcard:Voice",
            [("vcard:hasValue", "iri", "tel:+44" + tel.replace(" ", "")[1:], "")],
        )
    else:
        d.lit(c, "vcard:hasTelephone", tel)
    d.lit(c, "schema:openingHours", hours)
    return c


def organisations(d: RdfXmlDoc) -> None:
    for slug, (en, cy, acro, addr, area, parent, from_parent) in ORGS.items():
        o = iri("org", slug)
        d.typ(o, "m8g:PublicOrganisation")
        d.lit(o, "skos:prefLabel", en, lang="en")
        d.lit(o, "skos:prefLabel", cy, lang="cy")
        if acro:
            d.lit(o, "skos:altLabel", acro)
        if isinstance(addr, str):
            body: Body = [("locn:fullAddress", "plain", addr, "")]
        else:
            body = [
                ("locn:thoroughfare", "plain", addr[0], ""),
                ("locn:postCode", "plain", addr[1], ""),
            ]
            if addr[2]:
                body.append(("locn:postName", "plain", addr[2], ""))
        d.blank(o, "locn:address", "locn:Address", body)
        if area:
            d.iri(o, "dct:spatial", iri("place", area))
        if parent:
            if from_parent:
                d.iri(iri("org", parent), "org:hasSubOrganization", o)
            else:
                d.iri(o, "org:subOrganizationOf", iri("org", parent))
        if slug in CONTACTS:
            d.iri(o, "m8g:hasContactPoint", contact(d, slug))


def shared(d: RdfXmlDoc) -> None:
    for path, en, cy, cite, date in LAWS.values():
        u = LEG + path
        d.typ(u, "eli:LegalResource")
        d.lit(u, "eli:title", en, lang="en")
        if cy:
            d.lit(u, "eli:title", cy, lang="cy")
        d.lit(u, "eli:id_local", cite)
        d.lit(u, "eli:date_document", date, dtype=XSD + "date")
        d.lit(u, "dct:identifier", u.replace("/id/", "/"), dtype=XSD + "anyURI")
    for slug, (en, cy, desc) in EVIDENCE.items():
        u = iri("evidence", slug)
        d.typ(u, "m8g:Evidence")
        if en:
            d.lit(u, "dct:title", en, lang="en")
        if cy:
            d.lit(u, "dct:title", cy, lang="cy")
        if desc:
            d.lit(u, "dct:description", desc, lang="en")
    for slug, (kind, en, cy, age) in CRITERIA.items():
        u = iri("criterion", slug)
        d.typ(u, "m8g:Criterion")
        d.lit(u, "dct:title", en, lang="en")
        if cy:
            d.lit(u, "dct:title", cy, lang="cy")
        d.iri(u, "dct:type", iri("criterion-type", kind))
        if age is not None:
            d.lit(u, "wgps:minimumAge", str(age), dtype=XSD + "integer")
    for slug, (cls, en, cy, kind, listed) in EVENTS.items():
        u = iri("event", slug)
        d.typ(u, cls)
        d.lit(u, "dct:title", en, lang="en")
        d.lit(u, "dct:title", cy, lang="cy")
        d.iri(u, "dct:type", iri("event-type", kind))
        for s in listed:
            d.iri(u, "dct:relation", iri("service", s))


def services(d: RdfXmlDoc, rng: random.Random) -> None:
    gbp = CUR + "GBP"
    for n, (slug, r) in enumerate(SERVICES.items(), start=1):
        s = iri("service", slug)
        d.typ(s, r["cls"])
        d.lit(s, "dct:identifier", f"WG-PS-{n:04d}")
        d.lit(s, "dct:title", r["en"], lang="en")
        if r["cy"]:
            d.lit(s, "dct:title", r["cy"], lang="cy")
        d.lit(s, "dct:description", r["desc"], lang="en")
        for kw in r["kw"]:
            d.lit(s, "dcat:keyword", kw, lang="en")
        auth = r["auth"]
        if auth in PROVIDERS_STATE:
            d.iri(iri("org", auth), "cpsv:provides", s)
        else:
            d.iri(s, "m8g:hasCompetentAuthority", iri("org", auth))
        d.iri(s, "dct:spatial", iri("place", r["area"]))
        channels = []
        for k, (ctype, url) in enumerate(r["ch"]):
            c = iri("channel", f"{slug}-{ctype}")
            channels.append(c)
            d.typ(c, "m8g:Channel")
            if not (slug == "street-trading" and ctype == "post"):  # one channel with no name
                d.lit(c, "dct:title", f"{r['en']}: {CHANNEL_TYPES[ctype][0].lower()}", lang="en")
            d.iri(c, "dct:type", iri("channel-type", ctype))
            if url:
                d.lit(c, "schema:url", url, dtype=XSD + "anyURI")
            d.iri(c, "dct:language", LANG + "ENG")
            if ctype != "app" and (k == 0 or rng.random() < 0.7):
                d.iri(c, "dct:language", LANG + "CYM")
            d.iri(c, "m8g:ownedBy", iri("org", auth))
            d.iri(s, "m8g:hasChannel", c)
        for k, (value, desc, via) in enumerate(r["cost"]):
            body: Body = [
                ("m8g:value", "typed", f"{value:.2f}", XSD + "decimal"),
                ("m8g:currency", "iri", gbp, ""),
                ("dct:description", "lang", desc, "en"),
            ]
            if via >= 0:
                body.append(("m8g:ifAccessedThrough", "iri", channels[via], ""))
            # one cost an IRI node, as the licensing system mints it
            if slug == "premises" and k == 0:
                u = iri("cost", "premises-band-a")
                d.typ(u, "m8g:Cost")
                for p, kind, o, extra in body:
                    if kind == "iri":
                        d.iri(u, p, str(o))
                    else:
                        d.lit(
                            u,
                            p,
                            str(o),
                            lang=extra if kind == "lang" else "",
                            dtype=extra if kind == "typed" else "",
                        )
                d.iri(s, "m8g:hasCost", u)
            else:
                d.blank(s, "m8g:hasCost", "m8g:Cost", body)
        if r.get("free"):
            d.lit(s, "dct:description", r["free"], lang="en")
        if r["time"]:
            d.lit(s, "m8g:processingTime", r["time"], dtype=XSD + "duration")
        for e in r["inputs"]:
            d.iri(s, "cpsv:hasInput", iri("evidence", e))
        o_en, o_cy, o_type = r["out"]
        o = iri("output", slug)
        d.iri(s, "cpsv:produces", o)
        d.typ(o, "m8g:Output")
        d.lit(o, "dct:title", o_en, lang="en")
        d.lit(o, "dct:title", o_cy, lang="cy")
        d.iri(o, "dct:type", iri("output-type", o_type))
        if "rule" in r:
            title, law = r["rule"]
            u = iri("rule", slug)
            d.typ(u, "cpsv:Rule")
            d.lit(u, "dct:title", title, lang="en")
            d.iri(u, "cpsv:implements", LEG + LAWS[law][0])
            d.iri(s, "cpsv:follows", u)
        elif r.get("law"):
            d.iri(s, "m8g:hasLegalResource", LEG + LAWS[r["law"]][0])
        for e in r["ev"]:
            d.iri(s, "m8g:isGroupedBy", iri("event", e))
        for c in r["crit"]:
            d.iri(s, "m8g:holdsRequirement", iri("criterion", c))
        for q in r["req"]:
            if (q, slug) in REQUIRED_FROM_OTHER_SIDE:
                d.iri(iri("service", q), "dct:isRequiredBy", s)
            else:
                d.iri(s, "dct:requires", iri("service", q))
        for q in r["rel"]:
            d.iri(s, "dct:relation", iri("service", q))
        if r["cp"]:
            d.iri(s, "m8g:hasContactPoint", contact(d, r["cp"]))
        d.iri(s, "dct:language", LANG + "ENG")
        if r["cy"]:
            d.iri(s, "dct:language", LANG + "CYM")
        d.iri("https://catalogue.gov.wales.example/catalogue", "dcat:service", s)


def main() -> None:
    rng = random.Random(58)
    d = RdfXmlDoc(NS)
    vocabulary(d)
    places(d)
    organisations(d)
    shared(d)
    services(d, rng)
    d.write(OUT)
    print(f"{OUT.name}: {d.count()} triples")


if __name__ == "__main__":
    main()
