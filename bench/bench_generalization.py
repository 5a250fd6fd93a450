"""Generalization: retrieval on graphs and questions kgchat was not developed on, one table.

Rows are scorer settings, columns the graphs:

- ``music``, ``iswc2010``, ``geopolitical``: the three third-party graphs of
  ``../shared/bench/realworld/`` with their people's questions, the half chosen by ``--split``
  (``kgchat.evaluation.split_items``: per kind, by SHA-1 of the question; default ``dev``, about
  28 questions a graph). Choose rules and thresholds on ``dev``; report ``test`` once, at the end.
  ``realworld`` pools the three (p50/p95 are not pooled);
- ``wc2014``: ``../shared/bench/wc2014/`` (kb.tsv, real questions), a seeded sample of
  ``--wc-limit`` answerable questions;
- ``people``: a small graph of our own (``bench/data/own/people.tsv``: 15 people, their
  families, films, books, birth places; Freebase-style relation names, ``place_of_birth``,
  ``influenced_by``) with 48 questions of our own by kind (``people.jsonl``: synonyms, both
  directions, 2-3 hops, 5 unanswerable), all development data; named in ``--graphs`` only;
- ``corp``: the same for companies (``bench/data/own/corp.ttl``: Turtle with rdfs:labels and
  camelCase property labels, ``foundedBy``, ``subsidiaryOf``, typed literals; 38 questions);
- ``medicine``: the answerable questions of the generated *test* split of ``medicine.ttl``
  (``generate_qa(kg, QAConfig(seed=0, max_per_kind=400))``, made once and cached in
  ``bench/out/transfer/qa-medicine``, shared with ``bench_transfer.py``), ``--medicine-limit``
  of them.

Each cell: hits@1 over answerable questions / F1 / answer recall / share of unanswerable
questions abstained / share of answerable ones wrongly abstained / p50 / p95 ms (``-``: no such
question). Each graph is loaded once; its entity index is the pipeline's (default MiniLM
encoder, cached under ``$KGCHAT_CACHE/indexes``), and every row builds its retriever on it the
way ``kgchat.pipeline.make_retriever`` does, after three warm-up questions from outside the
evaluated ones.

Rows are ``--row NAME[=FIELD=VALUE,...]`` (repeatable; default ``heuristic``, today's untrained
scorer with default settings). A FIELD is ``scorer.X`` (``ScorerConfig``), ``retriever.X``
(``RetrieverConfig``), ``linker.X`` (``LinkerConfig``), a bare field name that belongs to
exactly one of them, or ``scorer_dir``: a learned scorer's folder (``kgchat tune PATH --strategy
feature --out DIR``), where ``{graph}`` stands for the column's name and ``auto`` for the graph's
default scorer folder. VALUEs are read as JSON (``1.0``, ``true``), else as strings. A learned
scorer trained on another graph is refused by its loader; the cell then says why.

Usage::

    .venv/bin/python bench/bench_generalization.py                       # heuristic, dev split
    .venv/bin/python bench/bench_generalization.py --kinds --row heuristic \\
        --row semantic=scorer.semantic=1.0 --row learned=scorer_dir=auto
    .venv/bin/python bench/bench_generalization.py --split test --graphs music,iswc2010

The table is printed as Markdown and written, with every figure and the per-kind breakdown, to
``bench/out/generalization-<tag>.json`` (``--tag``, default the split).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import platform
import sys
import time
from pathlib import Path
from typing import Any

from _common import OUT, REALWORLD, ROOT, WC2014, answerable_items, commit, qa_data

from kgchat.data import MEDICINE

OWN = ROOT / "bench" / "data" / "own"  # the developers' own questions (--split own)
REALWORLD_GRAPHS = {
    "music": "music.ttl.gz",
    "iswc2010": "iswc-2010-complete.rdf",
    "geopolitical": "geopolitical.owl",
}
# our own graphs and questions: a file, or the files loaded together (triples and an id/name file)
OWN_GRAPHS: dict[str, str | tuple[str, ...]] = {
    "people": "people.tsv",
    "corp": "corp.ttl",
    "films": "films.nt",
    "books": "books.rdf",
    "lab": "lab.jsonld",
    "transit": "transit.ttl",
    "recipes": "recipes.csv",
    "wikidata": "wikidata.ttl",
    "freebase": ("freebase.tsv", "freebase_names.tsv"),
    "museum": "museum.ttl",
    "pharma": "pharma.ttl",
    "courses": ("courses/nodes.csv", "courses/edges.csv"),
    "envthes": "envthes.trig",
    "alps": "alps.nq",
    "orgchart": "orgchart.ttl",
    "biblio": "biblio.ttl",
    "shop": "shop.nt",
    "family": "family.owl",
    "moviekb": "moviekb.txt",
    "hetio": ("hetio/hetionet-nodes.tsv", "hetio/hetionet-edges.sif", "hetio/metaedges.tsv"),
    "itops": "itops.graphml",
    "geonames": ("geonames.rdf", "geonames_codes.rdf"),
    "bio2rdf": "bio2rdf.nq",
    "lubm": (
        "lubm/univ-bench.owl",
        "lubm/University0_0.owl",
        "lubm/University0_1.owl",
        "lubm/University0_2.owl",
        "lubm/University1_0.owl",
        "lubm/University1_1.owl",
    ),
    "nobel": "nobel.ttl",
    "officeholders": "officeholders.ttl",
    "dbpedia": ("dbpedia/companies.ttl", "dbpedia/dbpedia_ontology.owl"),
    "uberon": "uberon.owl",
    "gigs": ("gigs/venues.jsonld", "gigs/events.jsonld"),
    "osm": "osm.ttl",
    "bibframe": "bibframe.ttl",
    "esco": "esco.ttl",
    "uniprot": "uniprot.rdf",
    "fhir": "fhir.ttl",
    # one DOAP file a project and two SPDX SBOMs, every RDF/XML file of the folder
    "doap": tuple(f"doap/{f.name}" for f in sorted((OWN / "doap").glob("*.rdf"))),
    "supply": ("supply/supply.ttl", "supply/supply_shapes.ttl"),
    "flights": "flights.ttl",
    # a DCAT-AP portal catalogue (ckanext-dcat / data.europa.eu RDF/XML) and the EU authority tables
    "catalog": ("catalog/catalog.rdf", "catalog/authority.rdf"),
    "brick": "brick.ttl",
    "cube": "cube.ttl",
    # a TSO's grid model as an ENTSO-E CGMES EQ file (IEC CIM16 RDF/XML, rdf:ID="_uuid")
    "grid": "grid.xml",
    # a museum's and a citizen-science portal's Darwin Core records, gzipped N-Triples
    "taxa": "taxa.nt.gz",
    # an official journal's ELI metadata (acts, expressions, formats), authority tables: JSON-LD
    "legislation": ("legislation/acts.jsonld", "legislation/authority.jsonld"),
    # an OntoLex-Lemon dictionary (English, French, German), as a publisher releases it in Turtle
    "lexicon": "lexicon.ttl",
    # an environment agency's monitoring network in W3C SOSA/SSN with QUDT readings, Turtle
    "sensors": "sensors.ttl",
    # TED's ePO notices (a named graph per notice, N-Quads) and authority tables (TriG)
    "procurement": ("procurement/notices.nq", "procurement/authority.trig"),
    # an agricultural thesaurus as FAO's AGROVOC LOD dump: SKOS-XL labels only, Agrontology links
    "agrovoc": "agrovoc.nt.gz",
    # a cultural-heritage aggregator's Europeana Data Model records (OAI-PMH EDM external, RDF/XML)
    "heritage": "heritage.rdf",
    # a clinical-trials registry as LinkedCT-style linked data (schema.org MedicalTrial, MeSH in
    # SKOS), a named graph per trial record, gzipped N-Quads
    "trials": "trials.nq.gz",
    # a KYC provider's company ownership in EDM Council FIBO (LEIs, n-ary ownership), RDF/XML
    "fibo": "fibo.rdf",
    # Olympic results as a results publisher serves them: compacted JSON-LD, schema.org's context
    # by URL plus the results vocabulary's terms, one blank node per result (n-ary)
    "olympics": "olympics.jsonld",
    # an exoplanet catalogue (Wikidata/schema.org classes, QUDT values, SKOS code lists) in
    # Notation3 as a group reasoning with cwm/EYE writes it: `is ... of`, `=`, and rules (`=>`)
    "astro": "astro.n3",
    # the W3C OWL Guide's wine and food ontologies (RDF/XML, rdf:ID names, facts of wine classes
    # only in owl:Restrictions), extended with a wine club's cellar list and tasting dinners
    "wine": ("wine/wine.rdf", "wine/food.rdf"),
    # a cybersecurity KG as SEPSES publishes it (CVE, CWE, CAPEC, CPE, CVSS n-ary metric nodes),
    # gzipped N-Triples; vulnerabilities named by code only, a few by their press name
    "cve": "cve.nt.gz",
    # a compound knowledge base as PubChemRDF (gzipped Turtle per subdomain: compounds unnamed,
    # CHEMINF descriptor and synonym nodes via SIO) and ChEBI (OWL RDF/XML, roles as restrictions)
    "chem": tuple(f"chem/{f.name}" for f in sorted((OWN / "chem").iterdir()) if f.is_file()),
    # an early-modern letters edition and prosopography in CIDOC CRM (Turtle): births, deaths,
    # sendings and joinings as events, names only on appellation blank nodes (Latin forms too)
    "letters": "letters.ttl",
    # an electoral commission's results in RDF 1.2 Turtle (Turtle-star): votes, shares, ranks,
    # terms' dates as annotations `{| |}` on the asserted facts, named reifiers, unasserted claims
    "elections": "elections.ttl",
    # food composition as linked data: a FoodOn-style OWL slice (OWL API RDF/XML, obo IRIs,
    # oboInOwl synonyms, derives-from restrictions) and an SR Legacy-like Turtle dataset of
    # food records typed by FoodOn classes, nutrient amounts as QUDT quantity-value nodes
    "food": ("food/foodon.owl", "food/fdc.ttl"),
    # European patent publications as the EPO's Linked Open EP Data (Turtle): publications named by
    # "EP 3045477 A1", titles in three languages (older ones in capitals), per-publication vCard
    # blank nodes ("MÜLLER, Sabine"), IPC/CPC as SKOS with notations, citations, priorities
    "patents": "patents.ttl",
    # a makers' forum and its mailing-list archive as a SIOC exporter publishes them (SIOC, FOAF,
    # Dublin Core, SKOS tags) in TriG, one named graph per forum: accounts named only by a handle
    # or an email-like id, replies titled "Re: ...", timestamps xsd:dateTime
    "forum": "forum.trig",
    # Finnish case law as Semantic Finlex serves it (RDF/XML): sfcl:Judgment works named only by
    # their language versions' titles ("KKO:2019:1"), ECLI as dcterms:isVersionOf, keywords on
    # dcterms:description, SKOS schemes in fi/sv/en, statutes at ELI IRIs titled on expressions
    "caselaw": "caselaw.rdf",
    # legal-entity reference data as GLEIF publishes it (Turtle, GLEIF L1/L2/Base ontologies):
    # entities unlabelled at rdf.gleif.org/L1/L-<LEI> (hasLegalName), the LEI on a separate
    # registration entry, addresses as nodes, parents via relationship nodes (hasChild/hasParent)
    "lei": "lei.ttl",
    # five projects' SBOMs as SPDX 3.0.1 JSON-LD (inline context; spdxId IRIs, Relationship
    # elements with from/to/relationshipType, license expressions, shared CreationInfo blank
    # nodes, vulnerabilities named only by a CVE external identifier, VEX assessments)
    "sbom": "sbom.jsonld",
    # railway infrastructure as the EU Agency for Railways' RINF knowledge graph (Turtle, ERA
    # vocabulary): points named by era:opName and OP IDs, sections of line as n-ary nodes between
    # two points, points on lines via line-reference nodes, SKOS code lists, GeoSPARQL WKT
    "rinf": "rinf.ttl",
    # archival descriptions in the ICA's Records in Contexts ontology (RiC-O 1.0, RDF/XML): fonds,
    # series, files and records by rico:includesOrIncluded, creators direct or via CreationRelation
    # nodes, dates as DateRange/SingleDate nodes, agents' other names on blank AgentName nodes
    "archives": "archives.rdf",
    "eurio": "eurio.nt.gz",
    # a public broadcaster's programme archive in the EBU's EBUCore ontology as its open-data API
    # serves it (JSON-LD, inline context): series, seasons and episodes, titles as language maps,
    # credits as blank nodes (isAgent + hasRole) with EBU role codes in SKOS, persons named only by
    # givenName / familyName, publication events (publishes, isReleasedBy, start xsd:dateTime)
    "broadcast": "broadcast.jsonld",
    # a scholarly citation network as OpenCitations publishes it (OCDM, N-Quads, one named graph
    # per entity kind): citations as cito:Citation nodes (citing, cited, creation date, time span
    # as xsd:duration), FaBiO works in frbr:partOf chains article -> issue -> volume -> journal,
    # authors as pro:RoleInTime nodes ordered by oco:hasNext, persons only givenName/familyName,
    # DOIs/ISSNs/ORCIDs as datacite:Identifier nodes (literal:hasLiteralValue), no rdfs:label
    "citations": "citations.nq",
    # one TSO's individual grid model as a CGMES 2.4.15 exchange: four CIM/XML profile files
    # (EQ, TP, SSH, SV) without xml:base, the TP/SSH files describing the EQ file's objects by
    # rdf:about="#_<uuid>", SV's unnamed n-ary SvVoltage / SvPowerFlow nodes
    "cgmes": tuple(f"cgmes/{f.name}" for f in sorted((OWN / "cgmes").glob("*.xml"))),
    # hotels, restaurants, sights and events as Web Data Commons publishes the schema.org JSON-LD
    # embedded in web pages: gzipped N-Quads, one named graph a crawled page, blank nodes for
    # whatever a block left without @id (PostalAddress, GeoCoordinates, amenity
    # LocationFeatureSpecification, AggregateRating, Review, OpeningHoursSpecification, Offer),
    # site furniture (WebSite, WebPage, BreadcrumbList), one business again on an aggregator's page
    "tourism": "tourism.nq.gz",
    # video games, their makers and people as DBpedia publishes them (gzipped Turtle): dbo:
    # mapping-based properties beside raw infobox dbp: ones as resources or free text (released
    # "JP: June 23, 1996 NA: ..."@en, platforms "Windows, macOS, ..."), labels in several
    # languages, foaf:name, redirect pages for alternate titles, dct:subject SKOS categories,
    # owl:sameAs to Wikidata, wikiPageWikiLink noise, resources linked without a page (stubs)
    "videogames": "videogames.ttl.gz",
    # the world's languages as a Glottolog-style catalogue exports its languoids (RDF/XML, CLLD
    # shape): families, subgroups, languages and dialects by skos:broader (and broaderTransitive,
    # narrower only from families), glottocodes and Lexvo ISO 639-3 codes as literals, altLabels
    # in many scripts, countries as Lexvo regions, speaker estimates on blank n-ary nodes, AES
    # endangerment concepts, isolates with no broader, sign languages under a pseudo-family
    "languages": "languages.rdf",
    # units, quantity kinds and dimension vectors as QUDT releases its vocabularies (six Turtle
    # files, each an owl:Ontology): units named by labels in en / en-us (and other languages),
    # symbols, UCUM / UNECE / IEC codes, conversion multipliers as xsd:decimal and xsd:double,
    # several quantity kinds a unit, derived units' factor units on blank nodes, prefixed units'
    # prefix and scalingOf, deprecated units replaced by others, dimension vectors named only by
    # their code, constants whose value, unit and uncertainty sit on a separate ConstantValue node
    "qudt": tuple(f"qudt/{f.name}" for f in sorted((OWN / "qudt").glob("*.ttl"))),
    # machine-learning experiments' provenance as a tracker's PROV exporter publishes it (W3C
    # PROV-O + ML Schema, TriG, one prov:Bundle named graph per experiment): runs named by random
    # tracker names and hex ids, who ran a run on blank qualified Association nodes (the direct
    # wasAssociatedWith only on some), used datasets with roles on blank Usage nodes, metrics and
    # hyperparameter values on blank ModelEvaluation / HyperParameterSetting nodes, derivations,
    # revisions, persons some named only by foaf:givenName / familyName
    "mlprov": "mlprov.trig",
    # a national open-data portal's data-usage and licensing policies in W3C ODRL 2.2, three files:
    # the ODRL 2.2 vocabulary as the W3C publishes it (actions, left operands, operators with
    # rdfs:label / skos:definition, includedIn, implies), the portal's DCAT catalogue (datasets
    # titled en + nb, vcard or foaf organisations, odrl:partOf collections, odrl:hasPolicy) and
    # the policies as JSON-LD with the ODRL context embedded ("uid": "@id", actions and operands
    # as @vocab terms): Set / Offer / Agreement with profile and inheritFrom, target / assigner
    # on the policy (compact form) or on each blank-node rule, constraints and refinements as
    # blank nodes with typed right operands, compensate duties with payAmount and unit
    "odrl": tuple(f"odrl/{f.name}" for f in sorted((OWN / "odrl").glob("*.*"))),
    # a bilingual provincial legislature's open data in the Popolo / W3C ORG shape (TriX, one named
    # graph per legislative term): persons (foaf names, altLabels in a second language, former
    # names on blank nodes), parties / committees / chamber with literal classifications, n-ary
    # chamber memberships (post, onBehalfOf party, legislative period, validFrom / validUntil;
    # floor crossings as a second membership), committee memberships as blank nodes with org:Role
    # nodes, motions named only by "M-12", vote events with blank Count and Vote nodes
    "parliament": "parliament.trix",
    # human metabolic pathways in BioPAX Level 3 as Reactome exports them (RDF/XML .owl, numbered
    # rdf:ID local ids): pathways with pathwayComponent and PathwayStep orders (nextStep),
    # reactions with left / right and Stoichiometry nodes, Catalysis and Control nodes
    # (controlType ACTIVATION / INHIBITION), one entity per compartment, names only as
    # displayName / standardName / name, UniProt and ChEBI ids on reference xref nodes
    "pathways": "pathways.owl",
    # earthquakes, volcanoes, eruptions and seismic networks as a hazards agency's portal publishes
    # them (Turtle, a local OWL ontology with owl:inverseOf declared but one direction stated):
    # GeoSPARQL geometry nodes with WKT literals, OWL-Time instants on blank nodes (origin times
    # as xsd:dateTimeStamp, eruption periods as ProperIntervals of xsd:date instants), magnitudes
    # and depths as blank QUDT QuantityValue nodes (value, unit, SKOS magnitude type, attributing
    # agency), event ids as literals, local-language altLabels, agencies named only by skos labels
    "hazards": "hazards.ttl",
    # gene-disease nanopublications as nanopub servers publish them (TriG, four named graphs a
    # nanopub: head, assertion, provenance, pubinfo; trusty-URI IRIs): DisGeNET SIO association
    # nodes with blank score nodes, BioLink statements and BioLink association nodes, PROV
    # provenance to PubMed / DOI IRIs and ECO codes, ORCID creators named only in some pub-info
    # graphs, npx:supersedes / npx:retracts, genes named only by another nanopub's label or by
    # nanodash's nt:hasLabelFromApi, some (bio2rdf IRIs) by nothing, MONDO and UMLS diseases
    "nanopubs": "nanopubs.trig",
    # a university's research profiles as a VIVO instance dumps them (VIVO 1.x + FOAF + BIBO + vCard
    # + OBO relations, N-Triples, opaque numeric IRIs): positions, authorships (vivo:rank) and
    # awarded degrees as n-ary nodes (vivo:relates / relatedBy), grants' PI / co-PI role nodes
    # (obo:RO_0000053 bearer of), contact data only on vCard nodes (obo:ARG_2000028), dates on
    # DateTimeInterval -> DateTimeValue chains, people labelled "Family, Given", external authors
    # only as vCards, departments part of colleges part of the university (obo:BFO_0000050)
    "vivo": "vivo.nt",
    # a national land registry's open data as its mapping agency's portal serves it (RDF/XML with
    # a DOCTYPE entity for xsd, xml:base relative IRIs, INSPIRE cp / ad terms and a local OWL
    # ontology of Portuguese camelCase names, some unlabelled): parcels named only by their
    # cadastral reference, rights as nested rdf:parseType="Resource" records (holder, share
    # "1/2", start / end date, deed), buildings with rdf:nodeID address nodes, sales and
    # mortgages as records, people by foaf:name or only given + family name, banks by skos labels
    "cadastre": "cadastre.rdf",
    # listed companies' financial statements as a regulator's open-data portal serves them
    # (JSON-LD, inline context, one @graph): companies by LEI IRI (legalName, ticker, ISO 10383
    # market, NACE code list, blank PostalAddress with a language-map locality, auditor,
    # subOrganization subsidiaries, officers on blank role nodes with start / end dates), filings
    # by accession number, XBRL facts as n-ary nodes (IFRS concept, xsd:decimal value in full
    # units, ISO 4217 unit, blank period node with start / end or instant, blank dimension node
    # with a segment member), prior-year comparatives stated again in the next annual report
    "filings": "filings.jsonld",
    # vessels, companies, shipyards, ports and port calls as a maritime data publisher's dump has
    # them (Turtle 1.2, a local OWL ontology with schema.org / GeoNames / WGS84 / SKOS terms):
    # vessels minted from IMO numbers, named in capitals and "NAME (IMO n)", tonnages on blank
    # schema:QuantitativeValue nodes, former names on blank dated name records, a SKOS ship-type
    # scheme with broader chains, GeoNames country IRIs, ports and berths named only by codes,
    # port calls as RDF-star annotations ({| arrival ; departure ; berth ; source |})
    "shipping": "shipping.ttl",
    # a national performing-arts archive's linked data (TriG, one named graph per company season,
    # an authority graph, an ontology graph and a provenance graph describing the others):
    # schema.org people / venues / events with a local ontology and LRMoo works and translations
    # (lrmoo:R3i_realises), productions named as their work, performances carrying their cast on
    # blank Casting records (performer, role node roleIn the work, understudy), stages contained in
    # buildings in cities, dates as xsd:date or xsd:gYear, names in several languages and scripts,
    # owl:sameAs Wikidata IRIs, awards as n-ary conferral nodes (prize, recipient, year, category)
    "theatre": "theatre.trig",
    # a regional observation network's and two museums' occurrence data as Darwin Core RDF
    # (Turtle; dwc: / dwciri: / dcterms: / FOAF / OWL, Darwin-SW joins): occurrences named only by
    # a URN occurrenceID, event dates flattened on them as untyped ISO strings (days, months,
    # "2019-05-02/2019-05-04" intervals; some xsd:date), recorders both as a pipe-separated
    # dwc:recordedBy literal and as ORCID IRIs (dwciri:recordedBy; some only in the literal),
    # places as blank dcterms:Location nodes (locality text, municipality, country code,
    # coordinates), identifications as separate records that dsw:identifies the occurrence
    # (toTaxon, identifiedBy literal + IRI, "cf." qualifiers, re-identifications kept),
    # specimens dsw:evidenceFor an occurrence named by catalogNumber, taxa with no rdfs:label:
    # scientificName with authorship, vernacular names in several languages, parentNameUsageID
    # chains species -> genus -> family -> order -> class, synonyms with acceptedNameUsageID
    "biodiversity": "biodiversity.ttl",
    # a space-object catalogue's launches and satellites as its linked-data API serves them
    # (JSON-LD, inline context, one @graph, schema.org + a local vocabulary): launches named only
    # by rdfs:label with UTC xsd:dateTime (plain strings in migrated records), pads contained in
    # sites, payloads written through an @reverse term (satellite sc:launch launch), spacecraft at
    # COSPAR IRIs with COSPAR / NORAD codes, language-map names (English, French), orbits as blank
    # nodes (SKOS orbit class, apogee, perigee, inclination), SKOS status and outcome codes, crews
    # on blank CrewAssignment nodes (member, role), a launch, its capsule and mission sharing names
    "spaceflight": "spaceflight.jsonld",
    # a tennis federation's results service as its RDF/XML exporter writes it (schema.org + a local
    # sports vocabulary, rdf:Description with rdf:type children, typed node elements): tournaments
    # by tour id with sponsor / local alternateNames, SKOS category / surface / round / discipline
    # codes, prize money and player heights as rdf:parseType="Resource" records, editions by year
    # (singles champion, doubles champion an rdf:nodeID team of two athletes), matches as unnamed
    # n-ary records (edition, round, competitors, winner, score string, minutes typed at slams
    # only), players with transliterated alternateNames in several scripts, rdf:nodeID ranking
    # records (rank, date, points), coaches as persons
    "tennis": "tennis.rdf",
    # a geological survey's linked data as BGS / GeoSciML-Lite / the ICS chart publish theirs
    # (three Turtle files: data, vocabulary, time scale): lithostratigraphic units with partOf
    # hierarchies named by skos:prefLabel on some and rdfs:label on others, Lexicon codes as
    # typed skos:notation, former names as altLabel / hiddenLabel, Welsh names, CGI lithology
    # concepts, older / younger named ages into an ICS SKOS + OWL-Time chart (boundary nodes
    # shared by the intervals beginning there, ages in Ma on blank TimePositions), boreholes
    # named by registration number with logged intervals as n-ary nodes (IRIs or blank: from /
    # to depth, unit met), WKT points in British National Grid, typed and untyped numbers,
    # mineral occurrences (commodity, host unit, deposit type, status), fossil taxa named only
    # by dwc:scientificName, map sheets with dcterms creators
    "geology": tuple(f"geology/{f.name}" for f in sorted((OWN / "geology").glob("*.ttl"))),
    # a chess federation's games and ratings database as its linked-data dump publishes it
    # (N-Quads, one named graph per source, a local vocabulary + schema.org + SKOS, opaque numeric
    # IRIs): players named "Surname, Given" as PGN writes them, "Given Surname" labels on some
    # only, native-script names on some, coded SKOS titles, federations sharing names with
    # countries, monthly rating records as blank n-ary nodes pointing at the player (list,
    # xsd:date period, untyped value), events with PGN "2019.08.29" end dates, games as unnamed
    # n-ary records (event, round, white, black, result "1-0", ECO concept, move count), an ECO
    # SKOS scheme of variations under opening families, olympiad teams with blank board line-ups
    "chess": "chess.nq",
    # an energy agency's open power-plant registry as linked data (Turtle; a local vocabulary +
    # schema.org, WGS84, QUDT, SKOS, DCAT): plants by GPPD-style id with English and local-language
    # labels, a SKOS fuel hierarchy (lignite -> coal -> fossil fuel), status concepts, gYear
    # commissioning / decommissioning, capacity as a typed MW decimal on the plant or (German
    # registry) only on units as QUDT kW values, units pointing to their plant (dcterms:isPartOf),
    # ownership as blank n-ary shares (owner, percent, since), blank grid connections (kV, TSO),
    # unnamed yearly generation and CO2 records pointing to the plant, DCAT sources with licences,
    # plants known only by identifier and rdfs:comment
    "powerplants": "powerplants.ttl",
    # a vehicle catalogue and fleet registry as a type-approval service's linked-data API ships it
    # (JSON-LD, inline context with @vocab schema.org and @base relative IRIs, a local vocabulary
    # + SKOS): model lines (ProductGroup) and generations (ProductModel, isVariantOf, sharing a
    # name with their line where there is one generation; successorOf on some, predecessorOf on
    # others; Japanese / German / Korean names), trims as schema Car with blank untyped
    # EngineSpecification and QuantitativeValue nodes (value + UN/CEFACT unitCode KWT / BHP / NU /
    # KGM / KMH / SEC / KWH, power stated twice), SKOS body and fuel types in four languages with
    # broader, assembly plants in cities in countries, groups stated by parentOrganization or
    # subOrganization, registered vehicles named only by VIN and registration mark, safety recalls
    # by campaign number (component concept, affected generations, date, units, authority)
    "vehicles": "vehicles.jsonld",
    # a hobby board-game database's RDF export as a BoardGameGeek-like site writes it (Turtle, a
    # local vocabulary + schema.org + SKOS, opaque numeric "thing" ids, the id again as a string):
    # games named by schema:name or only rdfs:label, other titles untagged or language-tagged,
    # years as xsd:gYear or untyped strings, players as a blank QuantitativeValue or one "2–4"
    # string, playing time as "60-120" minutes or xsd:duration, designers / artists / publishers
    # (publishers' countries as nodes or bare "US" codes), SKOS mechanic and category schemes,
    # expansions and reimplementations, blank n-ary award receipts (award, gYear, winner /
    # nominee), language editions pointing at their game, unnamed blank rank snapshots
    "boardgames": "boardgames.ttl",
    # a podcast directory's catalogue as its publisher exports it (Turtle, schema.org over http://
    # with iTunes RSS terms and a local vocabulary): PodcastSeries at slug IRIs (webFeed IRIs,
    # BCP-47 inLanguage strings, itunes:explicit booleans, genre SKOS categories with broader and
    # narrower and prefLabels in three languages, publisher networks with parent companies,
    # producers), hosts as plain actor links or blank PerformanceRole nodes (roleName, startDate),
    # blank AggregateRating nodes, former names as alternateName or a blank NameChange record,
    # seasons pointing to their show, episodes at opaque hashed IRIs (language-tagged titles,
    # episodeNumber, xsd:duration "PT1H02M", xsd:dateTime with local offsets, blank AudioObject
    # media, guests as contributor or PerformanceRole "Guest", about a category), transcripts
    # as DigitalDocument nodes titled in one or two languages
    "podcasts": "podcasts.ttl",
    # a WDPA-like protected-areas registry's linked-data export (Turtle with @base-relative IRIs, a
    # local vocabulary + SKOS + GeoSPARQL + W3C org + schema.org + Darwin Core): areas named by
    # rdfs:label and language-tagged skos:prefLabels, former names as a literal or a blank
    # NameChange record, IUCN categories and designations as SKOS concepts, designation dates as
    # xsd:date or xsd:gYear, areas as UCUM-typed "3027.0 km2" literals or blank QuantitativeValues,
    # CRS84 WKT geometries and blank centroids, summits as highest points, regions (one to four)
    # in countries, authorities under ministries (subOrganizationOf, or hasSubOrganization from the
    # ministry), trails pointing at their area (length in km or miles, difficulty a concept or a
    # bare string), visitor centres with opening hours strings or specifications, species counts
    # as records pointing at an area and a taxon named only by Darwin Core names
    "parks": "parks.ttl",
    # probe50b: a national water agency's hydrography and monitoring data (Turtle): INSPIRE-like
    # watercourses named by one French rdfs:label, their German/Dutch/Luxembourgish/Latin names
    # only as blank gn:GeographicalName nodes (gn:spelling), streams known only by a code
    # (dcterms:identifier "FR-H3020"), flowsInto one way (hasTributary declared its inverse),
    # lengths as QUDT blanks or UCUM literals ("544 km"^^cdt:ucum), sources and mouths as blank
    # points, WFD ecological status on blank assessments (a SKOS scheme with notations),
    # confluence points, dams forming reservoirs with operators and heights, gauging stations with
    # SOSA sensors and label-less observations (discharge, water level, result times), basins and
    # sub-basins managed by agencies, administrative units in countries
    "rivers": "rivers.ttl",
    # a Grand-Comics-Database-like fan index's linked-data export (Turtle, schema.org over https://
    # + a local vocabulary + FOAF + SKOS): ComicSeries (two sharing a name), ComicIssues at opaque
    # numeric IRIs with string issue numbers ("8.1", "Annual 1"), gYearMonth cover dates and
    # on-sale dates, blank Offer prices in several currencies; credits as blank Credit nodes with a
    # SKOS role concept on one publisher's books and as schema.org author / penciler / inker /
    # colorist / letterer / illustrator properties on others; publishers with imprints (imprintOf)
    # and acquisitions (a blank event, or plain acquiredBy + date); characters by rdfs:label
    # codename with skos:altLabel aliases, alter egos as foaf:Person nodes, first appearances and
    # creators; teams with blank Membership nodes (joined / left gYears); story arcs pointed to by
    # issues or listing blank ArcPart nodes; ComicStory reprints; variant covers; collected
    # editions with ISBNs; French and Japanese titles (ja-Latn romanisations, English alternates)
    "comics": "comics.ttl",
    # a military-history archive's export in the Simple Event Model (Turtle): wars, campaigns and
    # battles as sem:Event subclasses at opaque Q-IRIs; participants as blank sem:Role nodes
    # (rdf:value, sem:roleType belligerent / commander / unit / victor, bt:fightingFor a state)
    # on two catalogues and as wdt:P710 + bt:commander on the others; times as sem stamps, a
    # blank sem:Time or wdt:P580 / P582 / P585; places by sem:hasPlace or wdt:P276 at GeoNames
    # features; sub-events by sem:subEventOf, wdt:P361 or sem:hasSubEvent (declared inverse);
    # casualties and strengths as Wikidata-like p: / ps: / pq:P642 statements; treaties ending
    # wars one way or the other (declared inverses); units with subUnitOf; SKOS ranks, outcomes
    "battles": "battles.ttl",
    # a fact-check hub's ClaimReview feed (JSON-LD, inline @context, @vocab schema.org over
    # http://): ClaimReviews at the publishers' page URLs with blank Ratings on six publishers'
    # own scales (numbers + words, words alone, Spanish / German words), Claims (IRIs with text,
    # or blank) with authors, dates and appearances (videos, posts, op-eds; some unnamed) with
    # publishers; the hub's SKOS verdict scale and topics (about or dct:subject, broader, three
    # languages); PROV / DCMI sources (wasDerivedFrom or citation; dct:publisher or
    # wasAttributedTo); fact-check NewsArticles (hasPart, or the review's isPartOf); fact-checkers
    # with founders, parents, blank addresses with ISO codes, blank IFCN accreditations; staff by
    # name or foaf:name only; politicians with parties or blank OrganizationRoles; declared
    # inverses (schema:inverseOf, owl:inverseOf) and a small class hierarchy
    "factchecks": "factchecks.jsonld",
    # an education department's school register and inspectorate judgements as its open-data
    # portal publishes them (RDF/XML; W3C org, schema.org over http://, SKOS code lists, the
    # RDF Data Cube, W3C Time, vCard, admingeo GSS codes): schools by URN with phase / type /
    # religious character / gender / admissions concepts (types with broader groups), Welsh
    # names with English alternates; the local authority by sr:localAuthority or dcterms:spatial;
    # the trust by org:subOrganizationOf, the trust's org:hasSubOrganization (declared inverse)
    # or a blank TrustJoining record; heads by org:Membership with blank time:Interval or by
    # org:headOf; governors and trustees by memberships with org:Role concepts; pupils on roll
    # as qb:Observations by school and year; inspections pointing to the school or listed by it
    # (declared inverse), overall grades and blank per-area Judgements, ungraded Welsh ones
    "schools": "schools.rdf",
    # a regional paper's archive (Turtle): schema.org NewsArticle and its subtypes (Opinion,
    # Analysis, Review; the archive's Obituary) with headline, author (a person or a blank Role
    # for additional reporting), editor, about / mentions, dateline, sections as nodes with
    # editors or as articleSection text, print editions (PublicationIssue + pageStart), blank
    # CorrectionComments or plain notes, PROV revisions, a workTranslation; 2011-2012 items in
    # rNews (headline, creator, about, dct:subject); IPTC Media Topics as SKOS concepts in three
    # languages; blank Syndication licences or syndicatedTo (declared inverse); staff, people in
    # the news (sameAs Wikidata-like IRIs, a blank OrganizationRole, a blank club Role); places
    # named in several languages in containedInPlace chains
    "newsroom": "newsroom.ttl",
    # a digital library of medieval manuscripts (JSON-LD, inline context): CIDOC-CRM books with
    # shelfmarks on blank E42 identifiers or dcterms:identifier, keepers in cities, blank
    # productions with time-spans and sub-productions (role concept + carried_out_by) or direct
    # bmd:scribe / bmd:illuminator, LRMoo works carried by blank expressions, authors by
    # dcterms:creator or a blank work creation, E8 acquisitions said from either side (declared
    # inverse), IIIF manifests (rdf:list canvases, canvases partOf), Web Annotations on canvases
    "manuscripts": "manuscripts.jsonld",
    # a cyber-threat-intelligence team's knowledge base (Turtle): MITRE D3FEND's OWL ontology with
    # ATT&CK techniques as classes (sub-techniques rdfs:subClassOf their parent, the tactic by
    # d3f:enables or an owl:Restriction on it), defensive techniques with d3f:counters or the
    # declared inverse d3f:countered-by on the attack; STIX 2.1 terms: intrusion sets with
    # stix:aliases or skos:altLabel, ATT&CK ids inside blank external_references, uses /
    # mitigates / attributed-to as Relationship objects (source_ref / target_ref) beside plain
    # cti: properties; procedure examples (group, technique, campaign, date, PROV report) as
    # Relationship objects or blank cti:Procedure nodes; SKOS sectors in English and French
    "threats": "threats.ttl",
    # a bilingual city region's public-transport feed as an open-data portal publishes its GTFS
    # converted to RDF (TriG: a named graph per feed version, one for a service-alerts snapshot,
    # DCAT catalogue and publisher ontology in the default graph): Linked GTFS agencies, routes
    # named only by short and long names, SKOS route types, stations whose platforms share their
    # name (parentStation or the declared inverse hasPlatform), fare zones, WGS84 / GeoSPARQL
    # coordinates, trips, a stop-time sample (IRIs or blank nodes), blank calendar rules,
    # transfers, fare classes and rules, alerts with direct or blank informed entities
    "gtfs": "gtfs.trig",
    # a family-history society's genealogy database as its website exports it (RDF/XML): the BIO
    # vocabulary's Birth / Baptism / Marriage / Death / Burial events (bio:principal, bio:partner,
    # bio:date as xsd:date, gYear or GEDCOM phrases "abt 1791"; a person's bio:event, bio:birth /
    # bio:death or nothing), parents four ways (rel:childOf, rel:parentOf, bio:father / mother,
    # GEDCOM-X ParentChild records), spouses only through marriages (rel:spouseOf on a few),
    # siblings only through shared parents, maiden names as a property or a gx BirthName record,
    # Welsh and Latin name variants, occupations as gx Facts or jobTitle, census entries as blank
    # records, schema.org places church -> parish -> county -> country, dcterms / PROV sources
    "genealogy": "genealogy.rdf",
    # a research institute's workflow catalogue as a WorkflowHub-like registry exports it: one
    # RO-Crate 1.1 JSON-LD file whose @context names https://w3id.org/ro/crate/1.1/context by URL
    # (plus an inline one for CodeMeta, EDAM, Workflow Run terms); Bioschemas ComputationalWorkflow
    # with FormalParameter inputs / outputs (EDAM encodingFormat), creator or author, CodeMeta
    # maintainer, language nodes per engine version, SPDX licences (IRI or bare id), Grants with
    # funders, blank HowToStep steps (tool, container image), CreateAction test runs, DOIs, ORCIDs
    "workflows": "workflows.jsonld",
    # a university coin cabinet's nightly dump for the Nomisma.org network (N-Triples, IRIs only):
    # nomisma concepts (denominations, materials, mints, regions, deities, rulers) with SKOS
    # labels in five languages and notations; OCRE / CRRO / PELLA coin types (nmo:hasMint,
    # hasDenomination, hasMaterial, hasAuthority, hasIssuer, gYear dates negative for BC, the
    # reference work by dcterms:source) with blank obverse / reverse sides (legends in Latin or
    # Greek, descriptions, portraits); the cabinet's coins at opaque IRIs with accession numbers,
    # weights, diameters, die axes, blank acquisitions (dealer or donor, method, date) or free-text
    # provenance; hoards with blank findspots, closing dates, coins by hasPart or isPartOf
    # (declared inverses); mints with blank geo points or direct lat / long, the region by
    # nmo:hasRegion or skos:broader; rulers with org memberships (role, state, reign) and dynasties
    "coins": "coins.nt",
    # a clinical genetics laboratory's variant knowledge base as it shares its curated
    # classifications (TriG, one named graph per submission): HGNC genes at identifiers.org IRIs
    # (symbols as rdfs:label or skos:prefLabel, aliases as oboInOwl synonyms or skos:altLabel,
    # previous symbols, bands), MONDO conditions (French / German labels, synonyms, OMIM as a
    # string or an IRI, HPO inheritance; RO causal-germline or the declared inverse causalGene),
    # variants typed by SO class with ClinVar-style names (three unnamed), legacy names, HGVS as
    # strings or blank records, rsIDs as strings or dbSNP IRIs, GENO is-allele-of or the declared
    # inverse hasVariant, FALDO blank regions on GRCh38 / GRCh37, gnomAD frequencies as blank
    # records; n-ary classification records (significance, ACMG criteria plain or as blank
    # modified-strength records, review status, PROV attribution and time, cited PubMed IRIs,
    # GENO zygosity observations), the oldest submission's calls as direct GENO predicates
    "variants": "variants.trig",
    # a smart office building's BMS export from Protégé (one RDF/XML .owl file, ontology header,
    # owl:imports, owl:NamedIndividual typing): SAREF core devices (meters, sensors, thermostats,
    # HVAC units, plugs, inverters, a battery) with makers as strings or schema.org nodes, serials
    # under two properties, measured / controlled properties, measurements listed by the device
    # or naming it (declared inverses); SAREF4BLDG storeys -> zones -> rooms by hasSpace or
    # isSpaceOf (undeclared inverses), devices by contains / isContainedIn; room areas as decimals
    # or blank om:Measures; SAREF4ENER power profiles -> alternatives -> sequences -> blank slots;
    # flexibility offers; OM 2 / QUDT units; schema.org supplier contract and tariffs; German labels
    "smartbuilding": "smartbuilding.owl",
    # a logistics group's GDPR record of processing activities (Art. 30) as its privacy tool
    # exports it (Turtle, owl:Ontology header): W3C DPV activities with purposes, legal bases
    # (DPV-GDPR articles, or n-ary records: legitimate interests with a balancing test's date,
    # legal obligations citing ELI laws), DPV-PD data, subjects, processors and recipients,
    # retention as blank StorageDurations or plain xsd:durations, blank transfer records
    # (country, importer, safeguard); DPIAs linked either way (declared inverses), processing
    # agreements, breaches with the authority notified; org / schema.org group companies whose
    # tie is said from either side; German, French and Polish labels, register codes
    "privacy": "privacy.ttl",
    # a plant breeding programme's multi-location field trials as its breeding database exports
    # them (N-Triples, no prefixes, numeric database IRIs): MIAPPE PPEO investigations -> studies
    # by has_part or part_of (declared inverses), blank experimental designs (RCBD,
    # alpha-lattice), factors and factor values (Spanish labels on some), replicates -> blocks ->
    # plots with rows / columns (one study a spatial-distribution string); Crop Ontology
    # variables as trait + method + scale (QUDT units, limits); SOSA observations naming the plot
    # or named by it (declared inverses); MCPD passport codes (ACCENUMB, ANCEST pedigrees,
    # BREDCODE) with parents as links on some; W3C geo or GeoSPARQL WKT sites, soils, countries;
    # weather stations named from either side with blank seasonal records; FOAF people, plain or
    # blank-contact PIs and curators; schema.org institutes in several languages
    "fieldtrials": "fieldtrials.nt",
    # a regional government's catalogue of public services as the national portal harvests it
    # (RDF/XML, typed node elements): CPSV-AP / CCCEV services (registration and licensing
    # subclasses) with the competent authority named by the service or stating cpsv:provides,
    # blank Cost records (GBP amounts, the channel they hold for), xsd:duration processing
    # times, evidence, outputs, rules implementing ELI laws or the law named directly, life and
    # business events said from either side, criteria with minimum ages, requires / isRequiredBy
    # (declared inverses), vCard contact points with opening hours, Core Location addresses,
    # areas in regions by isPartOf or hasPart; English and Welsh names, service codes
    "pubservices": "pubservices.rdf",
    # a grocery retailer's product master data as its GS1 Digital Link resolver serves it
    # (JSON-LD, the GS1 Web Vocabulary by an inline @vocab): products at Digital Link IRIs with
    # names as language maps (one unnamed), brands and brand owners (GLNs, blank addresses),
    # net contents and nutrients per 100 g as blank QuantitativeValues, allergen, certification,
    # packaging and nutritional-claim records, diets as code IRIs or plain strings, GPC bricks
    # as SKOS concepts linked or only coded, variant groups named from either side (declared
    # inverse), multipacks, schema.org offers at stores (one unnamed)
    "groceries": "groceries.jsonld",
    # a motor-racing championship's results database as a Neo4j export in neo4j-admin import CSV
    # (a nodes file per label, a relationships file per type, every file of the folder): id
    # spaces with code ids, several labels a node, typed columns (:int, :float, :date,
    # string[]); relationships with properties of their own (race results with grid, position
    # or "R", points, laps, status; qualifying times; seats and engine deals by season; lap
    # records); mixed-case types, names only in fullName or code (or forename + surname),
    # nationality as a demonym or a country code, Japanese names in a name_ja column
    "racing": tuple(f"racing/{f.name}" for f in sorted((OWN / "racing").glob("*.csv"))),
    # (OWL 2 functional syntax as Protégé saves it): a reference ontology of Greek mythology,
    # a class hierarchy (Deity > Olympian, Titan...), hasParent/hasChild declared inverse,
    # hasFather/hasMother sub-properties of hasParent, symmetric hasSibling/hasConsort (each
    # asserted one way), parentage from either side, labels in English, Ancient Greek and
    # Latin (some untagged, a few only Greek, a few none: the IRI's fragment), skos:altLabel
    # epithets, Heracles and Hercules as two individuals joined by SameIndividual, Roman
    # counterparts from either side, episodes at opaque ids with participants from either
    # side, ancient sources as anonymous-individual attestation records or a shortcut
    "mythology": "mythology.ofn",
    # an animal shelter network's adoption database as a MongoDB export (mongoexport JSON
    # Lines, one file per collection, Extended JSON v2): _id {"$oid"} on every document,
    # references by ObjectId (shelter_id, animalId, adopter...) beside embedded sub-documents
    # (address, intake, microchip, a vet check's vet), arrays of embedded vaccination records,
    # {"$date"}, {"$numberDecimal"}, {"$numberLong"}, camelCase and snake_case fields from two
    # app generations, codes beside names (breed, status, intake reason), nulls, unnamed
    # animals, adopters named only by firstName + lastName, a French shelter name
    "shelter": tuple(f"shelter/{f.name}" for f in sorted((OWN / "shelter").glob("*.jsonl"))),
    # (OBO 1.4 flat file as OBO-Edit saves it, read through py-horned-owl): a breeding
    # institute's plant trait and phenotype ontology, traits / plant structures / growth stages
    # / diseases / methods / scales / Crop Ontology-style variables (n-ary trait x method x
    # scale x crop records named by codes) as [Term] stanzas, relationships as existential
    # restrictions (part_of / has_part and measured_by / method_for and scored_in /
    # has_scored_trait declared inverse, each stated from either side; correlated_with
    # symmetric, stated one way), typedefs at BFO / RO IRIs by xref, names in mixed case, a few
    # terms nameless, synonyms of every scope (French typed, Spanish and Hindi untyped),
    # property_value literals (string, decimal, integer, boolean, date), obsolete terms, alt_id
    "plant_traits": "plant_traits.obo",
    # (OWL 2 Manchester syntax, hand-edited, read through py-horned-owl): a sustainability NGO's
    # textile and garment supply-chain ontology, brands / product lines / garments / fabrics /
    # fibres / spinning mills / dye houses / cut-and-sew factories / owners / certificates /
    # audits / restricted chemicals as Individual: frames with Facts:, fibre composition and
    # audit findings as anonymous _: records, hasSupplier / supplies, ownedBy / owns,
    # hasProductLine / productLineOf, holdsCertificate / heldBy and auditOf / hasAudit declared
    # inverse and each stated from either side, locatedIn transitive (suppliers in cities, a few
    # only in a country), labels in English and German or plain, skos:altLabel codes and trade
    # names, nameless suppliers and fabrics (camelCase local names or codes), audits and
    # certificates named only by their codes, one factory under two IRIs joined by SameAs,
    # DifferentFrom, negative facts, rdfs:comment on properties only, typed literals (decimal,
    # date, integer, boolean, gYear), a tier as integer or as "Tier 2"
    "garments": "garments.omn",
    # (OWL/XML as Protégé saves it, read through py-horned-owl): a brewers' guild's craft
    # brewing ontology, beer styles (parent style, region of origin, BJCP code, ABV / IBU
    # ranges), breweries (town, founders, founding gYear, head brewer, owner, collaborations),
    # beers (brewery, style, ABV, IBU, colour, hops / malts / yeast as sub-properties of
    # hasIngredient), hop varieties (alpha acid, aromas, region), awards as anonymous-individual
    # records (competition, gYear, medal, category); brewedBy / brews and foundedBy / founderOf
    # declared inverse and stated from either side, owns / ownedBy undeclared, collaboratedWith
    # symmetric stated one way; IRIs relative, abbreviated and full in turn; labels in English,
    # German, French, Czech..., some untagged or in capitals, beers by skos:prefLabel only, a few
    # individuals with no name (#Brewery_0042); SameIndividual (Cascade at a hop registry),
    # DifferentIndividuals, NegativeObjectPropertyAssertion
    "brewing": "brewing.owx",
    # (RDF HexTuples, NDJSON [subject, predicate, value, datatype, language, graph], read by
    # kgchat.graph.read_hext): a regional fisheries body's stock-assessment graph, species
    # (Darwin Core scientific and vernacular names in up to five languages, ASFIS codes,
    # preysOn / preyOf declared inverse and stated from either side), FAO areas as a SKOS scheme
    # (skos:broader, skos:narrower in the 2022 graph only, divisions named only by their code),
    # stocks, assessments / quotas / landings as _:b blank-node records, vessels (some named
    # only by an IMO number; flag, home port, length as xsd:decimal or "12.5 m", gear, ownedBy /
    # owns), research surveys; named graphs per assessment year with the stocks' facts repeated,
    # plain strings with xsd:string or an empty datatype, xsd:double / decimal / integer / gYear
    "fisheries": "fisheries.hext",
    # (a pipe-delimited triple file, subject|relation|object, as a fragrance enthusiasts' site
    # dumps it nightly): fragrances (house, perfumers, launch year, concentration, gender,
    # olfactive family, bottle size "100 ml", rating, release date), top / heart / base notes as
    # n-ary record ids (pyr:00412-top with fragrance, layer, note lines), notes' raw materials
    # (natural with a source plant, synthetic with CAS number and formula, captives of a firm),
    # houses owned by groups (owned_by / owns, from both sides for some, one side for others),
    # flankers (flankerOf, a few only has_flanker), perfumers (school, firm, nationality),
    # awards won as records; prefix:local ids, names by name / alt_name lines (French, Italian,
    # Japanese, codes), a few nodes with an id only, snake_case and camelCase relations,
    # numbers and dates as text, a header line, # comments, blank lines, duplicated lines
    "perfumery": "perfumery.psv",
    # (a Neo4j Cypher export, .cypher: apoc.export.cypher.all's cypher-shell batches, UNWIND
    # [{_id, properties}] AS row ... SET n += row.properties between :begin / :commit, pasted
    # together with Browser's plain CREATE / MATCH ... CREATE lines, a gist's MATCH + one big
    # CREATE with variables, and hand-written MATCH ... CREATE and MERGE ... ON CREATE SET):
    # an esports fan database, teams (tag, founding year, country, owning organisation from
    # either side: OWNED_BY / OWNS, sponsors as a list property or SPONSORED_BY, academies by
    # ACADEMY_OF / one HAS_ACADEMY), players by handle with a name or a realName (nationality as
    # a relationship or a country-code property), coaches, rosters as PLAYS_FOR {since} /
    # MEMBER_OF / PLAYED_FOR {from, to}, games by title and publishers, tournaments (organiser,
    # host city, dates, prize pool, tier), nameless matches (stage, map or maps, each team's
    # score on PLAYED, WON_BY) and transfers (fee, from / to team); // comments, escaped quotes,
    # lists, date() / datetime(), a label-less node, schema statements and a CALL
    "esports": "esports.cypher",
    # (HTML pages with embedded schema.org JSON-LD, as an estate agency's site publishes them and
    # a crawler saves them, concatenated): listings for sale and to rent (RealEstateListing ->
    # Offer with price "€ 450.000" / number / "EUR 1.450,- p/m", House / Apartment residences with
    # PostalAddress, floor size as QuantitativeValue or "120 m²", rooms as numbers or strings,
    # additionalProperty name/value pairs in Dutch or English), agents as nested blank Persons
    # named differently per page, branch offices, neighbourhood -> district -> city by @id,
    # nearby schools and stations as LocationFeatureSpecification records, open houses, previous
    # sales as SellAction records; @context in three spellings or missing on one block, a few
    # pages with @graph and @id references, HTML entities in strings, a block with a trailing comma
    "realestate": "realestate.html",
}


def _own_files(name: str) -> tuple[str, ...]:
    files = OWN_GRAPHS[name]
    return (files,) if isinstance(files, str) else files


GRAPHS = (*REALWORLD_GRAPHS, "wc2014", "medicine", *OWN_GRAPHS)
CELL = ("hits_at_1_answerable", "f1", "answer_recall", "abstained_unanswerable")
CELL += ("abstained_answerable", "p50_ms", "p95_ms")
WARMUP = 3


# ----------------------------------------------------------------------------- rows
@dataclasses.dataclass(frozen=True)
class Row:
    """One scorer setting: config overrides, or a learned scorer's folder."""

    name: str
    scorer: dict[str, Any]
    retriever: dict[str, Any]
    linker: dict[str, Any]
    scorer_dir: str | None = None


def _configs() -> dict[str, type]:
    from kgchat.linking import LinkerConfig
    from kgchat.retrieval import RetrieverConfig, ScorerConfig

    return {"scorer": ScorerConfig, "retriever": RetrieverConfig, "linker": LinkerConfig}


def parse_row(spec: str) -> Row:
    """``NAME`` or ``NAME=FIELD=VALUE,FIELD=VALUE``; the configs are built (and checked) now, so
    a misspelt field fails before any graph is loaded."""
    name, _, rest = spec.partition("=")
    if not name:
        raise SystemExit(f"--row {spec!r}: expected NAME or NAME=FIELD=VALUE,...")
    configs = _configs()
    fields = {k: {f.name for f in dataclasses.fields(c)} for k, c in configs.items()}
    changes: dict[str, dict[str, Any]] = {k: {} for k in configs}
    scorer_dir = None
    for part in filter(None, rest.split(",")):
        key, eq, raw = part.partition("=")
        if not eq:
            raise SystemExit(f"--row {spec!r}: {part!r} is not FIELD=VALUE")
        if key == "scorer_dir":
            scorer_dir = raw
            continue
        owner, dot, field = key.rpartition(".")
        if not dot:
            owners = [k for k, names in fields.items() if field in names]
            if len(owners) != 1:
                where = " and ".join(owners) or "none of " + ", ".join(configs)
                raise SystemExit(
                    f"--row {spec!r}: field {field!r} is in {where}; write scorer.{field}, "
                    f"retriever.{field} or linker.{field}"
                )
            owner = owners[0]
        if owner not in configs:
            raise SystemExit(f"--row {spec!r}: {owner!r} is not one of {', '.join(configs)}")
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        changes[owner][field] = value
    if scorer_dir is not None and changes["scorer"]:
        raise SystemExit(
            f"--row {spec!r}: scorer.* fields set the untrained scorer, not scorer_dir"
        )
    from kgchat.errors import KGChatError

    for owner, values in changes.items():
        try:  # rejects unknown fields (naming the known ones) and bad values
            configs[owner].from_dict({**configs[owner]().to_dict(), **values})
        except KGChatError as e:
            raise SystemExit(f"--row {spec!r}: {e}") from None
    return Row(name, changes["scorer"], changes["retriever"], changes["linker"], scorer_dir)


def build_retriever(row: Row, kg: Any, index: Any, graph: str) -> Any:
    """The row's retriever over a graph and its index (as ``make_retriever`` wires them)."""
    from kgchat.pipeline import default_scorer_dir
    from kgchat.retrieval import HeuristicPathScorer, Retriever

    configs = _configs()

    def config(owner: str) -> Any:
        values = getattr(row, owner)
        return (
            configs[owner].from_dict({**configs[owner]().to_dict(), **values}) if values else None
        )

    scorer: Any = None
    if row.scorer_dir is not None:
        from kgchat.retrieval.learned import LearnedPathScorer

        where = row.scorer_dir.replace("{graph}", graph)
        path = default_scorer_dir(kg) if where == "auto" else Path(where)
        scorer = LearnedPathScorer.load(path, kg=kg, encoder=index.encoder)
    elif row.scorer:
        scorer = HeuristicPathScorer(index.encoder, config("scorer"))
    return Retriever(
        kg, index, scorer=scorer, config=config("retriever"), linker_config=config("linker")
    )


# ----------------------------------------------------------------------------- columns
def columns(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Each graph: its files and how to pick the evaluated questions (loaded lazily)."""
    out = []
    for name in args.graphs:
        if name in REALWORLD_GRAPHS:
            folder = REALWORLD / name
            out.append(
                {
                    "name": name,
                    "paths": [folder / REALWORLD_GRAPHS[name]],
                    "questions": folder / "questions.jsonl",
                }
            )
        elif name == "wc2014":
            out.append(
                {
                    "name": name,
                    "paths": [WC2014 / "kb.tsv"],
                    "questions": WC2014 / "questions.jsonl",
                }
            )
        elif name == "medicine":
            out.append({"name": name, "paths": [MEDICINE]})
        elif name in OWN_GRAPHS:
            out.append(
                {
                    "name": name,
                    "paths": [OWN / f for f in _own_files(name)],
                    "questions": OWN / f"{name}.jsonl",
                }
            )
        else:
            raise SystemExit(f"unknown graph {name!r}: one of {', '.join(GRAPHS)}")
    for col in out:
        missing = [p for p in [*col["paths"], col.get("questions")] if p and not p.is_file()]
        if missing:
            raise SystemExit(f"{col['name']}: {missing[0]} not found (the shared benchmark data)")
    return out


def one_graph(graph: str, split: str = "dev") -> tuple[dict[str, Any], argparse.Namespace]:
    """One graph's column and the arguments its questions are read with (the other bench
    scripts' way in: ``col, ns = one_graph("music")``, then :func:`questions`)."""
    ns = argparse.Namespace(graphs=[graph], split=split, wc_limit=300, medicine_limit=None, seed=0)
    return columns(ns)[0], ns


def questions(col: dict, kg: Any, args: argparse.Namespace) -> tuple[list[Any], list[Any]]:
    """The evaluated questions of a column, and a few others to warm up on."""
    from kgchat.evaluation import read_questions, split_items

    name = col["name"]
    if name in REALWORLD_GRAPHS:
        items, _ = read_questions(col["questions"])
        dev, test = split_items(items)
        if args.split == "own":
            # the developers' own questions on the same graphs (bench/data/own/): a second
            # development set, written as a new user would, warmed up on people's dev half
            own, _ = read_questions(OWN / f"{name}.jsonl")
            return own, dev
        return (test, dev) if args.split == "test" else (dev, test)
    if name in OWN_GRAPHS:
        # a graph of our own with our own questions: development data as a whole (no split)
        items, _ = read_questions(col["questions"])
        return items, items
    if name == "wc2014":
        path, limit = col["questions"], args.wc_limit
    else:
        from kgchat.qa import QAConfig

        config = QAConfig(seed=0, max_per_kind=400)
        # the generated split that matches --split: dev (or the larger train) while
        # developing, test once a round
        split = args.split if args.split in ("dev", "train") else "test"
        path = qa_data(kg, OUT / "transfer" / "qa-medicine", config, name) / f"{split}.jsonl"
        limit = args.medicine_limit
    chosen = answerable_items(path, limit, args.seed)
    taken = {it.line for it in chosen}
    return chosen, [it for it in answerable_items(path, None, 0) if it.line not in taken]


def evaluate(retriever: Any, items: list[Any], warmup: list[Any]) -> dict[str, Any]:
    from kgchat.evaluation import evaluate_retrieval

    for item in warmup[:WARMUP]:
        retriever.retrieve(item.question)
    report = evaluate_retrieval(retriever, items, progress=False)
    kinds = report.breakdown.get("kind", {})
    return {
        "metrics": report.metrics,
        "n_answerable": sum(bool(it.answers) for it in items),
        "n_unanswerable": sum(not it.answers for it in items),
        "kinds": {
            k: {
                "n": m["n"],
                "hits_at_1": m["hits_at_1"],
                "hits_at_1_answerable": m["hits_at_1_answerable"],
                "abstained_unanswerable": m["abstained_unanswerable"],
            }
            for k, m in sorted(kinds.items())
        },
    }


def pooled(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """The real-world graphs as one set: shares weighted by their questions (no latency)."""
    n = sum(c["metrics"]["n"] for c in cells)
    na = sum(c["n_answerable"] for c in cells)
    nu = sum(c["n_unanswerable"] for c in cells)

    def mean(key: str, weight: str) -> float | None:
        pairs = [
            (c["metrics"][key], c[weight] if weight != "n" else c["metrics"]["n"]) for c in cells
        ]
        total = sum(w for v, w in pairs if v is not None)
        return round(sum(v * w for v, w in pairs if v is not None) / total, 4) if total else None

    metrics = {
        "hits_at_1": mean("hits_at_1", "n"),
        "f1": mean("f1", "n"),
        "answer_recall": mean("answer_recall", "n"),
        "hits_at_1_answerable": mean("hits_at_1_answerable", "n_answerable"),
        "abstained_unanswerable": mean("abstained_unanswerable", "n_unanswerable"),
        "abstained_answerable": mean("abstained_answerable", "n_answerable"),
        "n": n,
        "p50_ms": None,
        "p95_ms": None,
    }
    return {"metrics": metrics, "n_answerable": na, "n_unanswerable": nu}


# ----------------------------------------------------------------------------- output
def _f(v: Any, key: str = "") -> str:
    if v is None:
        return "-"
    if key.endswith("_ms"):
        return f"{v:.0f}"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _n(results: dict[str, dict[str, Any]], col: str) -> Any:
    """A column's question count (the same for every row that ran)."""
    ns = [r[col]["metrics"]["n"] for r in results.values() if "metrics" in r.get(col, {})]
    return ns[0] if ns else "?"


def table(results: dict[str, dict[str, Any]], cols: list[str]) -> str:
    head = "| row | " + " | ".join(f"{c} ({_n(results, c)})" for c in cols) + " |"
    lines = [head, "|---" * (len(cols) + 1) + "|"]
    for row, cells in results.items():
        out = []
        for c in cols:
            cell = cells.get(c, {})
            if "metrics" not in cell:
                out.append("error (see the log or the JSON)" if "error" in cell else "-")
                continue
            out.append(" / ".join(_f(cell["metrics"][k], k) for k in CELL))
        lines.append(f"| {row} | " + " | ".join(out) + " |")
    return "\n".join(lines)


def kinds_table(results: dict[str, dict[str, Any]], cols: list[str]) -> str:
    out = []
    for row, cells in results.items():
        kinds = sorted({k for c in cols for k in cells.get(c, {}).get("kinds", {})})
        if not kinds:
            continue
        lines = [
            f"**{row}**: hits@1 per kind (answerable; unanswerable: abstained)",
            "",
            "| kind | " + " | ".join(cols) + " |",
            "|---" * (len(cols) + 1) + "|",
        ]
        for k in kinds:
            vals = []
            for c in cols:
                m = cells.get(c, {}).get("kinds", {}).get(k)
                if m is None:
                    vals.append("")
                    continue
                v = m["hits_at_1_answerable"]
                v = m["abstained_unanswerable"] if v is None else v
                vals.append(f"{_f(v)} ({m['n']})")
            lines.append(f"| {k} | " + " | ".join(vals) + " |")
        out.append("\n".join(lines))
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--row",
        action="append",
        default=None,
        metavar="NAME[=FIELD=VALUE,...]",
        help="a scorer setting (repeatable; default: heuristic)",
    )
    # our own graphs are development data whatever the split: only where named
    ap.add_argument("--graphs", default=",".join(g for g in GRAPHS if g not in OWN_GRAPHS))
    ap.add_argument(
        "--split",
        default="dev",
        choices=["dev", "test", "own", "train"],
        help="half of the real-world questions (default dev), or the developers' own "
        "questions on the same graphs (bench/data/own/); train: medicine's generated train "
        "split (1,256 answerable: a generated phrasing's regression the 156 of dev miss), "
        "the real-world graphs' dev half",
    )
    ap.add_argument("--wc-limit", type=int, default=300, help="WC2014 questions (seeded sample)")
    ap.add_argument(
        "--medicine-limit",
        type=int,
        default=None,
        help="medicine test questions (seeded sample; default all)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--encoder", default="sentence-transformers", help="the index's encoder (as kgchat's)"
    )
    ap.add_argument("--kinds", action="store_true", help="also print hits@1 per kind and graph")
    ap.add_argument(
        "--no-settle",
        action="store_true",
        help="leave the loaded objects to the garbage collector (as a library caller who "
        "does not call kgchat.pipeline.settle; kgchat eval calls it)",
    )
    ap.add_argument("--tag", default=None, help="names the JSON file (default: the split)")
    args = ap.parse_args(argv)
    args.graphs = [g for g in args.graphs.split(",") if g]
    rows = [parse_row(s) for s in args.row or ["heuristic"]]
    if len({r.name for r in rows}) != len(rows):
        raise SystemExit("--row: two rows have the same NAME")
    cols = columns(args)

    from kgchat import KnowledgeGraph
    from kgchat.errors import KGChatError
    from kgchat.pipeline import make_retriever, settle

    print(f"machine: {platform.machine()}, python {platform.python_version()}", flush=True)
    results: dict[str, dict[str, Any]] = {r.name: {} for r in rows}
    for col in cols:
        name = col["name"]
        t0 = time.perf_counter()
        kg = KnowledgeGraph.load(*col["paths"], progress=False)
        index = make_retriever(kg, encoder=args.encoder, scorer=None, progress=False).index
        items, warmup = questions(col, kg, args)
        print(
            f"[{name}] graph and index in {time.perf_counter() - t0:.0f} s; {len(items)} questions",
            flush=True,
        )
        for row in rows:
            t0 = time.perf_counter()
            try:
                retriever = build_retriever(row, kg, index, name)
            except KGChatError as e:
                results[row.name][name] = {"error": str(e)}
                print(f"  {row.name}: {e}", flush=True)
                continue
            if not args.no_settle:
                settle(retriever)  # as `kgchat eval` does after loading
            cell = results[row.name][name] = evaluate(retriever, items, warmup)
            gc.unfreeze()  # what the next row or graph drops may be freed
            m = cell["metrics"]
            print(
                f"  {row.name}: "
                + ", ".join(f"{k} {_f(m[k], k)}" for k in CELL)
                + f" ({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
        del kg, index
    names = [c["name"] for c in cols]
    real = [n for n in names if n in REALWORLD_GRAPHS]
    if len(real) > 1:
        for cells in results.values():
            if all("metrics" in cells.get(n, {}) for n in real):
                cells["realworld"] = pooled([cells[n] for n in real])
        names.insert(len(real), "realworld")
    print()
    print(
        f"Real-world questions: the {args.split} split. Cells: hits@1 (answerable) / F1 / "
        "answer recall / abstained (unanswerable) / abstained (answerable) / p50 / p95 ms.\n"
    )
    print(table(results, names))
    if args.kinds:
        print()
        print(kinds_table(results, [n for n in names if n != "realworld"]))
    OUT.mkdir(parents=True, exist_ok=True)
    where = OUT / f"generalization-{args.tag or args.split}.json"
    payload = {
        "args": {
            k: v if isinstance(v, int | str | list | None) else str(v)
            for k, v in vars(args).items()
        },
        "rows": {r.name: dataclasses.asdict(r) for r in rows},
        "kgchat_commit": commit(),
        "results": results,
    }
    where.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    print(f"\nwritten: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
