# ruff: noqa: E501  (one record a line)
"""Write ``doap/``: open-source projects' DOAP files as they publish them, and two SBOMs.

The shape is what a crawler gathering projects' own ``doap.rdf`` files sees (the Apache
Software Foundation's ``projects.apache.org`` list of DOAP files, PyPI's old
``?:action=doap`` export, hand-written files in Rust repositories), plus the dependency graph
of two services as SPDX 2.3 RDF/XML software bills of materials (what ``syft -o spdx`` or
``spdx-tools`` write).

One RDF/XML file per project, ``doap/<key>.rdf``, in one of three house styles:

* ``asf``: the ASF's template: ``rdf:RDF xml:lang="en"`` (so every literal is ``@en``), the DOAP
  namespace as the default one (``<Project>``, ``<name>``), ``rdf:about`` the site without its
  trailing slash beside ``<homepage rdf:resource>`` with it, ``asfext:pmc``, ``created`` dates
  as plain strings, ``license`` the ASF's own licence IRI
  (``http://www.apache.org/licenses/LICENSE-2.0``), ``category`` IRIs under
  ``http://projects.apache.org/category/``, ``bug-database``, ``mailing-list``,
  ``download-page``, ``release`` -> ``Version`` blank nodes whose ``name`` is the project's
  name again (the revision tells them apart), ``repository`` -> ``GitRepository`` with
  ``location`` / ``browse``, ``maintainer`` -> ``foaf:Person`` blank nodes with ``foaf:name``
  and ``foaf:mbox`` (a ``mailto:`` IRI);
* ``pypi``: PyPI's export: ``doap:`` prefixed, no language tags, the package's registered name
  ("Flask", "Jinja2", "httpx"), ``shortdesc`` the summary, a long ``description`` with its
  indentation and line breaks, ``maintainer`` / ``developer`` persons with ``foaf:name`` and
  ``foaf:mbox_sha1sum`` (SHA-1 of the ``mailto:`` address) only, ``license`` an SPDX licence
  IRI (``https://spdx.org/licenses/BSD-3-Clause``, unlabelled), ``release`` -> ``doap:Version``
  with ``revision`` and an ``xsd:date`` ``created``;
* ``cargo``: a hand-written file in a Rust repository: ``doap:`` prefixed, ``rdf:about`` the
  crates.io page, two SPDX licences for ``MIT OR Apache-2.0``, ``foaf:nick`` GitHub handles,
  ``doap:category`` IRIs under ``https://crates.io/categories/``, releases with a ``doap:name``
  ("tokio 1.32.0"), ``xsd:date`` dates.

People are blank nodes inside each file, so one person appears once per project, under the
spelling that project's metadata gives ("Zoë Castellano" in one file, "Zoe Castellano" in
another, "Jon Hartley" for "Jonathan Hartley"); the same ``mbox_sha1sum`` (FOAF's inverse
functional property) is what says they are one person. Some projects publish only a
maintainer, some several developers.

``doap/sbom-ledgerly-api.spdx.rdf`` and ``doap/sbom-ingest-worker.spdx.rdf`` are SPDX 2.3
documents for a Python web service and a Java Kafka consumer: ``spdx:SpdxDocument`` with
``spdx:creationInfo``, ``spdx:Package`` nodes at ``#SPDXRef-Package-...`` IRIs named by
``spdx:name`` (the distribution's own spelling: "Flask", "MarkupSafe", "kafka-clients", so a
package and a DOAP project can share a name and be two nodes), ``spdx:versionInfo``,
``spdx:licenseDeclared`` SPDX licence IRIs under ``http://`` (DOAP files use ``https://``),
``licenseConcluded`` / ``copyrightText`` / ``downloadLocation`` ``spdx:noassertion``,
``spdx:supplier`` strings, ``doap:homepage`` as an ``xsd:anyURI`` literal, purl ``ExternalRef``
blank nodes, checksums, and dependencies as SPDX does them: ``spdx:relationship`` ->
``spdx:Relationship`` blank node with ``spdx:relationshipType``
``spdx:relationshipType_dependsOn`` and ``spdx:relatedSpdxElement`` the other package.

The projects are real and their descriptions, languages, licences, categories and release
numbers are roughly right; the people, addresses and exact dates are invented. 25 projects,
2 SBOMs, about 3,000 triples. Seeded; stdlib only (answers: ``doap_answers.py`` with rdflib).
Run from the repository root: ``python bench/data/own/doap_make.py``.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

OUT = Path(__file__).parent / "doap"
R = random.Random(3304)
XSD = "http://www.w3.org/2001/XMLSchema#"

# ------------------------------------------------------------------------------------ people
# key: (spellings, e-mail, GitHub handle)
PEOPLE = {
    "zoe": (["Zoë Castellano", "Zoe Castellano"], "zoe@castellano.dev", "zcastellano"),
    "jon": (["Jonathan Hartley", "Jon Hartley"], "jhartley@fastmail.com", "jonhartley"),
    "mik": (["Mikołaj Wiśniewski", "Mikolaj Wisniewski"], "mikolaj@wisniewski.pl", "mwisniewski"),
    "seb": (["Sébastien Roux", "Sebastien Roux"], "seb.roux@gmail.com", "sroux"),
    "priya": (["Priya Raghunathan"], "priya.r@quansight.example", "priyar"),
    "kenji": (["Kenji Watanabe"], "kenji.watanabe@gmail.com", "kwatanabe"),
    "ingrid": (["Ingrid Solberg"], "isolberg@apache.org", "isolberg"),
    "tomasz": (["Tomasz Kowalczyk"], "tkowalczyk@apache.org", "tkowal"),
    "hannah": (["Hannah Oduya", "Hannah M. Oduya"], "hoduya@apache.org", "hoduya"),
    "rafael": (["Rafael Mendonça", "Rafael Mendonca"], "rmendonca@apache.org", "rmendonca"),
    "chloe": (["Chloé Durand"], "cdurand@apache.org", "cdurand"),
    "arjun": (["Arjun Mehta"], "arjunm@apache.org", "arjunm"),
    "declan": (["Declan O'Rourke"], "dorourke@apache.org", "dorourke"),
    "liesbeth": (
        ["Liesbeth van der Berg", "Liesbeth van den Berg"],
        "liesbeth@fasterxml.example",
        "lvdberg",
    ),
    "wei": (["Wei Zhang"], "weizhang@apache.org", "weizh"),
    "eleanor": (["Eleanor Whitfield"], "eleanor@whitfield.io", "ewhitfield"),
    "matias": (
        ["Matías Fernández", "Matias Fernandez"],
        "matias.fernandez@proton.me",
        "mfernandez",
    ),
    "aino": (["Aino Virtanen"], "aino.virtanen@iki.fi", "ainov"),
    "seun": (["Oluwaseun Adeyemi"], "seun@adeyemi.ng", "seunadeyemi"),
    "dmitri": (["Dmitri Volkov", "Dmitry Volkov"], "dvolkov@yandex.ru", "dvolkov"),
    "beatriz": (["Beatriz Lozano"], "beatriz.lozano@gmail.com", "blozano"),
    "samuel": (["Samuel Achterberg"], "sam@achterberg.nl", "sachterberg"),
    "fatima": (["Fatima Zahra Benali"], "fz.benali@outlook.com", "fzbenali"),
    "grace": (["Grace Liang"], "grace.liang@numfocus.example", "gliang"),
    "noah": (["Noah Brennan"], "noah.brennan@gmail.com", "nbrennan"),
    "lukas": (["Lukas Hofbauer"], "lukas.hofbauer@posteo.at", "lhofbauer"),
    "aiyana": (["Aiyana Redcloud"], "aiyana@redcloud.dev", "aredcloud"),
}

# --------------------------------------------------------------------------------- projects
# key: dict(style, name, shortdesc, description, homepage, langs, licenses, categories, bugs,
#           repo (location, browse), maintainers [(person, spelling)], developers, created,
#           releases [(revision, date)], pmc)
ASF_LICENCE = "http://www.apache.org/licenses/LICENSE-2.0"
SPDX_DOAP = "https://spdx.org/licenses/"
SPDX_SBOM = "http://spdx.org/licenses/"
PROJECTS: dict[str, dict] = {
    "requests": dict(
        style="pypi",
        name="requests",
        shortdesc="Python HTTP for Humans.",
        description="Requests is a simple, yet elegant, HTTP library.\n\n    It lets you send HTTP/1.1 requests extremely easily: no need to add query strings\n    to your URLs or form-encode your data. Keep-alive and connection pooling are automatic.",
        homepage="https://requests.readthedocs.io",
        langs=["Python"],
        licenses=["Apache-2.0"],
        bugs="https://github.com/psf/requests/issues",
        repo=("https://github.com/psf/requests.git", "https://github.com/psf/requests"),
        maintainers=[("jon", 0)],
        developers=[("noah", 0), ("fatima", 0)],
        created="2011-02-13",
        releases=[("2.28.2", "2023-01-12"), ("2.31.0", "2023-05-22"), ("2.32.3", "2024-05-29")],
    ),
    "urllib3": dict(
        style="pypi",
        name="urllib3",
        shortdesc="HTTP library with thread-safe connection pooling, file post, and more.",
        description="urllib3 is a powerful, user-friendly HTTP client for Python.\n    Much of the Python ecosystem already uses urllib3 and you should too.",
        homepage="https://urllib3.readthedocs.io",
        langs=["Python"],
        licenses=["MIT"],
        bugs="https://github.com/urllib3/urllib3/issues",
        repo=("https://github.com/urllib3/urllib3.git", "https://github.com/urllib3/urllib3"),
        maintainers=[("jon", 1)],
        developers=[("fatima", 0), ("lukas", 0)],
        created="2008-11-05",
        releases=[("1.26.18", "2023-10-17"), ("2.0.7", "2023-10-17"), ("2.2.1", "2024-02-18")],
    ),
    "flask": dict(
        style="pypi",
        name="Flask",
        shortdesc="A simple framework for building complex web applications.",
        description="Flask is a lightweight WSGI web application framework. It is designed\n    to make getting started quick and easy, with the ability to scale up to complex\n    applications. It began as a simple wrapper around Werkzeug and Jinja.",
        homepage="https://palletsprojects.com/p/flask",
        langs=["Python"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/pallets/flask/issues",
        repo=("https://github.com/pallets/flask.git", "https://github.com/pallets/flask"),
        maintainers=[("zoe", 0)],
        developers=[("beatriz", 0), ("lukas", 0)],
        created="2010-04-06",
        releases=[("2.2.5", "2023-05-02"), ("2.3.3", "2023-08-21"), ("3.0.0", "2023-09-30")],
    ),
    "click": dict(
        style="pypi",
        name="click",
        shortdesc="Composable command line interface toolkit",
        description="Click is a Python package for creating beautiful command line interfaces\n    in a composable way with as little code as necessary.",
        homepage="https://palletsprojects.com/p/click/",
        langs=["Python"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/pallets/click/issues",
        repo=("https://github.com/pallets/click.git", "https://github.com/pallets/click"),
        maintainers=[("zoe", 1)],
        developers=[],
        created="2014-04-24",
        releases=[("8.1.3", "2022-04-28"), ("8.1.7", "2023-08-17")],
    ),
    "jinja2": dict(
        style="pypi",
        name="Jinja2",
        shortdesc="A very fast and expressive template engine.",
        description="Jinja is a fast, expressive, extensible templating engine. Special\n    placeholders in the template allow writing code similar to Python syntax.",
        homepage="https://palletsprojects.com/p/jinja/",
        langs=["Python"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/pallets/jinja/issues",
        repo=("https://github.com/pallets/jinja.git", "https://github.com/pallets/jinja"),
        maintainers=[("beatriz", 0)],
        developers=[("zoe", 0)],
        created="2008-06-09",
        releases=[("3.1.2", "2022-04-28"), ("3.1.3", "2024-01-10"), ("3.1.4", "2024-05-05")],
    ),
    "werkzeug": dict(
        style="pypi",
        name="Werkzeug",
        shortdesc="The comprehensive WSGI web application library.",
        description="Werkzeug is a comprehensive WSGI web application library. It began as\n    a simple collection of various utilities for WSGI applications.",
        homepage="https://palletsprojects.com/p/werkzeug/",
        langs=["Python"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/pallets/werkzeug/issues",
        repo=("https://github.com/pallets/werkzeug.git", "https://github.com/pallets/werkzeug"),
        maintainers=[("zoe", 0)],
        developers=[("beatriz", 0)],
        created="2007-12-10",
        releases=[("2.3.7", "2023-08-14"), ("3.0.1", "2023-10-24")],
    ),
    "httpx": dict(
        style="pypi",
        name="httpx",
        shortdesc="The next generation HTTP client.",
        description="HTTPX is a fully featured HTTP client library for Python 3. It includes\n    an integrated command line client, has support for both HTTP/1.1 and HTTP/2, and\n    provides both sync and async APIs.",
        homepage="https://www.python-httpx.org/",
        langs=["Python"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/encode/httpx/issues",
        repo=("https://github.com/encode/httpx.git", "https://github.com/encode/httpx"),
        maintainers=[("mik", 0)],
        developers=[("aiyana", 0)],
        created="2019-04-25",
        releases=[("0.24.1", "2023-05-18"), ("0.25.2", "2023-11-24"), ("0.27.0", "2024-02-21")],
    ),
    "httpcore": dict(
        style="pypi",
        name="httpcore",
        shortdesc="A minimal low-level HTTP client.",
        description="The HTTP Core package provides a minimal low-level HTTP client, which\n    does one thing only: sending HTTP requests.",
        homepage="https://www.encode.io/httpcore/",
        langs=["Python"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/encode/httpcore/issues",
        repo=("https://github.com/encode/httpcore.git", "https://github.com/encode/httpcore"),
        maintainers=[("mik", 1)],
        developers=[("fatima", 0)],
        created="2019-12-19",
        releases=[("0.17.3", "2023-07-05"), ("1.0.2", "2023-11-10")],
    ),
    "pydantic": dict(
        style="pypi",
        name="pydantic",
        shortdesc="Data validation using Python type hints",
        description="Data validation using Python type hints. Fast and extensible, Pydantic\n    plays nicely with your linters/IDE/brain. Define how data should be in pure,\n    canonical Python 3.8+; validate it with Pydantic.",
        homepage="https://docs.pydantic.dev",
        langs=["Python", "Rust"],
        licenses=["MIT"],
        bugs="https://github.com/pydantic/pydantic/issues",
        repo=("https://github.com/pydantic/pydantic.git", "https://github.com/pydantic/pydantic"),
        maintainers=[("seb", 0)],
        developers=[("samuel", 0), ("dmitri", 1)],
        created="2017-05-03",
        releases=[("1.10.13", "2023-09-27"), ("2.5.2", "2023-11-22"), ("2.7.1", "2024-04-23")],
    ),
    "attrs": dict(
        style="pypi",
        name="attrs",
        shortdesc="Classes Without Boilerplate",
        description="attrs is the Python package that will bring back the joy of writing\n    classes by relieving you from the drudgery of implementing object protocols.",
        homepage="https://www.attrs.org/",
        langs=["Python"],
        licenses=["MIT"],
        bugs="https://github.com/python-attrs/attrs/issues",
        repo=("https://github.com/python-attrs/attrs.git", "https://github.com/python-attrs/attrs"),
        maintainers=[("samuel", 0)],
        developers=[("seb", 1)],
        created="2015-01-27",
        releases=[("23.1.0", "2023-04-16"), ("23.2.0", "2023-12-31")],
    ),
    "numpy": dict(
        style="pypi",
        name="numpy",
        shortdesc="Fundamental package for array computing in Python",
        description="NumPy is the fundamental package for scientific computing with Python.\n    It provides a powerful N-dimensional array object, sophisticated broadcasting\n    functions, tools for integrating C/C++ and Fortran code, and linear algebra.",
        homepage="https://numpy.org",
        langs=["Python", "C"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/numpy/numpy/issues",
        repo=("https://github.com/numpy/numpy.git", "https://github.com/numpy/numpy"),
        maintainers=[("priya", 0)],
        developers=[("grace", 0), ("kenji", 0)],
        created="2006-01-02",
        releases=[("1.24.4", "2023-06-26"), ("1.26.2", "2023-11-12"), ("2.0.0", "2024-06-16")],
    ),
    "pandas": dict(
        style="pypi",
        name="pandas",
        shortdesc="Powerful data structures for data analysis, time series, and statistics",
        description="pandas is a Python package that provides fast, flexible, and expressive\n    data structures designed to make working with relational or labeled data both\n    easy and intuitive.",
        homepage="https://pandas.pydata.org",
        langs=["Python", "Cython"],
        licenses=["BSD-3-Clause"],
        bugs="https://github.com/pandas-dev/pandas/issues",
        repo=("https://github.com/pandas-dev/pandas.git", "https://github.com/pandas-dev/pandas"),
        maintainers=[("priya", 0), ("kenji", 0)],
        developers=[("grace", 0)],
        created="2009-12-25",
        releases=[("1.5.3", "2023-01-19"), ("2.1.4", "2023-12-08"), ("2.2.2", "2024-04-10")],
    ),
    # ----------------------------------------------------------------------------- ASF
    "kafka": dict(
        style="asf",
        name="Apache Kafka",
        shortdesc="Apache Kafka is a distributed event streaming platform.",
        description="Apache Kafka is an open-source distributed event streaming platform used by\n    thousands of companies for high-performance data pipelines, streaming analytics,\n    data integration, and mission-critical applications.",
        homepage="https://kafka.apache.org/",
        langs=["Java", "Scala"],
        categories=["big-data"],
        bugs="https://issues.apache.org/jira/browse/KAFKA",
        repo=("https://gitbox.apache.org/repos/asf/kafka.git", "https://github.com/apache/kafka"),
        maintainers=[("ingrid", 0)],
        developers=[("tomasz", 0), ("arjun", 0)],
        created="2011-07-04",
        releases=[
            ("3.4.1", "2023-06-06"),
            ("3.5.1", "2023-07-21"),
            ("3.6.0", "2023-10-10"),
            ("3.7.0", "2024-02-27"),
        ],
        pmc="https://kafka.apache.org",
    ),
    "commons-lang": dict(
        style="asf",
        name="Apache Commons Lang",
        shortdesc="Java utility classes for the classes that are in java.lang's hierarchy.",
        description="Apache Commons Lang provides a host of helper utilities for the java.lang API,\n    notably String manipulation methods, basic numerical methods, object reflection,\n    concurrency, creation and serialization and System properties.",
        homepage="https://commons.apache.org/proper/commons-lang/",
        langs=["Java"],
        categories=["library"],
        bugs="https://issues.apache.org/jira/browse/LANG",
        repo=(
            "https://gitbox.apache.org/repos/asf/commons-lang.git",
            "https://github.com/apache/commons-lang",
        ),
        maintainers=[("hannah", 0)],
        developers=[("wei", 0)],
        created="2002-07-31",
        releases=[("3.12.0", "2021-02-26"), ("3.13.0", "2023-07-21"), ("3.14.0", "2023-11-21")],
        pmc="https://commons.apache.org",
    ),
    "commons-io": dict(
        style="asf",
        name="Apache Commons IO",
        shortdesc="The Apache Commons IO library contains utility classes, stream implementations, file filters, file comparators, endian transformation classes, and much more.",
        description="Commons IO is a library of utilities to assist with developing IO functionality.",
        homepage="https://commons.apache.org/proper/commons-io/",
        langs=["Java"],
        categories=["library"],
        bugs="https://issues.apache.org/jira/browse/IO",
        repo=(
            "https://gitbox.apache.org/repos/asf/commons-io.git",
            "https://github.com/apache/commons-io",
        ),
        maintainers=[("hannah", 0)],
        developers=[("ingrid", 0)],
        created="2002-01-25",
        releases=[("2.13.0", "2023-06-01"), ("2.15.1", "2023-11-24")],
        pmc="https://commons.apache.org",
    ),
    "commons-compress": dict(
        style="asf",
        name="Apache Commons Compress",
        shortdesc="Java API for working with archive and compression formats.",
        description="The Apache Commons Compress library defines an API for working with ar, cpio,\n    Unix dump, tar, zip, gzip, XZ, Pack200, bzip2, 7z, arj, lzma, snappy, DEFLATE,\n    lz4, Brotli, Zstandard and Z files.",
        homepage="https://commons.apache.org/proper/commons-compress/",
        langs=["Java"],
        categories=["library"],
        bugs="https://issues.apache.org/jira/browse/COMPRESS",
        repo=(
            "https://gitbox.apache.org/repos/asf/commons-compress.git",
            "https://github.com/apache/commons-compress",
        ),
        maintainers=[("hannah", 1)],
        developers=[("declan", 0)],
        created="2008-11-04",
        releases=[("1.24.0", "2023-09-11"), ("1.26.0", "2024-02-19")],
        pmc="https://commons.apache.org",
    ),
    "log4j": dict(
        style="asf",
        name="Apache Log4j 2",
        shortdesc="A versatile, feature-rich, efficient logging API and backend for Java.",
        description="Apache Log4j is a versatile, industrial-grade Java logging framework composed of\n    an API, its implementation, and components to assist the deployment for various use cases.",
        homepage="https://logging.apache.org/log4j/2.x/",
        langs=["Java"],
        categories=["library"],
        bugs="https://github.com/apache/logging-log4j2/issues",
        repo=(
            "https://gitbox.apache.org/repos/asf/logging-log4j2.git",
            "https://github.com/apache/logging-log4j2",
        ),
        maintainers=[("rafael", 0)],
        developers=[("wei", 0)],
        created="2012-07-29",
        releases=[("2.17.1", "2021-12-27"), ("2.20.0", "2023-02-17"), ("2.22.0", "2023-11-20")],
        pmc="https://logging.apache.org",
    ),
    "maven": dict(
        style="asf",
        name="Apache Maven",
        shortdesc="Maven is a software build management and comprehension tool.",
        description="Maven is a software build management and comprehension tool. Based on the concept\n    of a project object model: builds, dependency management, documentation creation,\n    site publication, and distribution publication are all controlled from the pom.xml.",
        homepage="https://maven.apache.org/",
        langs=["Java"],
        categories=["build-management"],
        bugs="https://issues.apache.org/jira/browse/MNG",
        repo=("https://gitbox.apache.org/repos/asf/maven.git", "https://github.com/apache/maven"),
        maintainers=[("rafael", 1)],
        developers=[("declan", 0)],
        created="2003-03-04",
        releases=[("3.8.8", "2023-03-08"), ("3.9.5", "2023-10-04"), ("3.9.6", "2023-11-28")],
        pmc="https://maven.apache.org",
    ),
    "lucene": dict(
        style="asf",
        name="Apache Lucene",
        shortdesc="High-performance, full-featured text search engine library written entirely in Java.",
        description="Apache Lucene is a high-performance, full-featured search engine library written\n    entirely in Java. It is a technology suitable for nearly any application that requires\n    structured search, full-text search, faceting, nearest-neighbor search across\n    high-dimensionality vectors, spell correction or query suggestions.",
        homepage="https://lucene.apache.org/",
        langs=["Java"],
        categories=["search", "library"],
        bugs="https://github.com/apache/lucene/issues",
        repo=("https://gitbox.apache.org/repos/asf/lucene.git", "https://github.com/apache/lucene"),
        maintainers=[("chloe", 0)],
        developers=[("arjun", 0)],
        created="2001-09-18",
        releases=[("9.8.0", "2023-09-28"), ("9.9.1", "2023-12-14"), ("9.10.0", "2024-02-20")],
        pmc="https://lucene.apache.org",
    ),
    "jackson-databind": dict(
        style="asf_like",
        name="jackson-databind",
        shortdesc="General data-binding functionality for Jackson: works on core streaming API",
        description="The general-purpose data-binding package for Jackson (a JSON processor for Java):\n    reads and writes POJOs as JSON, using the streaming parser and generator of jackson-core.",
        homepage="https://github.com/FasterXML/jackson-databind",
        langs=["Java"],
        categories=["library"],
        bugs="https://github.com/FasterXML/jackson-databind/issues",
        repo=(
            "https://github.com/FasterXML/jackson-databind.git",
            "https://github.com/FasterXML/jackson-databind",
        ),
        maintainers=[("liesbeth", 0)],
        developers=[("wei", 0)],
        created="2011-12-23",
        licenses=["Apache-2.0"],
        releases=[("2.15.3", "2023-10-12"), ("2.16.0", "2023-11-15")],
    ),
    # ----------------------------------------------------------------------------- Rust
    "serde": dict(
        style="cargo",
        name="serde",
        shortdesc="A generic serialization/deserialization framework",
        description="Serde is a framework for serializing and deserializing Rust data structures\n    efficiently and generically.",
        homepage="https://serde.rs/",
        langs=["Rust"],
        licenses=["MIT", "Apache-2.0"],
        categories=["encoding", "no-std"],
        bugs="https://github.com/serde-rs/serde/issues",
        repo=("https://github.com/serde-rs/serde.git", "https://github.com/serde-rs/serde"),
        maintainers=[("eleanor", 0)],
        developers=[("dmitri", 0)],
        created="2014-08-12",
        releases=[("1.0.188", "2023-08-26"), ("1.0.193", "2023-11-20"), ("1.0.197", "2024-02-20")],
    ),
    "tokio": dict(
        style="cargo",
        name="tokio",
        shortdesc="An event-driven, non-blocking I/O platform for writing asynchronous I/O backed applications.",
        description="Tokio is an asynchronous runtime for the Rust programming language. It provides\n    the building blocks needed for writing network applications.",
        homepage="https://tokio.rs",
        langs=["Rust"],
        licenses=["MIT"],
        categories=["asynchronous", "network-programming"],
        bugs="https://github.com/tokio-rs/tokio/issues",
        repo=("https://github.com/tokio-rs/tokio.git", "https://github.com/tokio-rs/tokio"),
        maintainers=[("matias", 0)],
        developers=[("aino", 0), ("aiyana", 0)],
        created="2016-08-29",
        releases=[("1.29.1", "2023-06-29"), ("1.32.0", "2023-08-16"), ("1.35.1", "2023-12-19")],
    ),
    "clap": dict(
        style="cargo",
        name="clap",
        shortdesc="A simple to use, efficient, and full-featured Command Line Argument Parser",
        description="Command Line Argument Parser for Rust: create your command-line parser with all\n    of the bells and whistles, declaratively or procedurally.",
        homepage="https://github.com/clap-rs/clap",
        langs=["Rust"],
        licenses=["MIT", "Apache-2.0"],
        categories=["command-line-interface"],
        bugs="https://github.com/clap-rs/clap/issues",
        repo=("https://github.com/clap-rs/clap.git", "https://github.com/clap-rs/clap"),
        maintainers=[("matias", 1)],
        developers=[("seun", 0)],
        created="2015-02-28",
        releases=[("4.3.24", "2023-08-23"), ("4.4.11", "2023-12-04"), ("4.5.1", "2024-02-16")],
    ),
    "regex": dict(
        style="cargo",
        name="regex",
        shortdesc="An implementation of regular expressions for Rust. This implementation uses finite automata and guarantees linear time matching on all inputs.",
        description="A Rust library for parsing, compiling, and executing regular expressions. Its\n    syntax is similar to Perl-style regular expressions, but lacks a few features like\n    look around and backreferences.",
        homepage="https://github.com/rust-lang/regex",
        langs=["Rust"],
        licenses=["MIT", "Apache-2.0"],
        categories=["text-processing"],
        bugs="https://github.com/rust-lang/regex/issues",
        repo=("https://github.com/rust-lang/regex.git", "https://github.com/rust-lang/regex"),
        maintainers=[("eleanor", 0)],
        developers=[("seun", 0)],
        created="2014-04-18",
        releases=[("1.9.6", "2023-09-30"), ("1.10.2", "2023-10-16"), ("1.10.4", "2024-03-23")],
    ),
    "rand": dict(
        style="cargo",
        name="rand",
        shortdesc="Random number generators and other randomness functionality.",
        description="Rand provides utilities to generate random numbers, to convert them to useful\n    types and distributions, and some randomness-related algorithms.",
        homepage="https://rust-random.github.io/book",
        langs=["Rust"],
        licenses=["MIT", "Apache-2.0"],
        categories=["algorithms", "no-std"],
        bugs="https://github.com/rust-random/rand/issues",
        repo=("https://github.com/rust-random/rand.git", "https://github.com/rust-random/rand"),
        maintainers=[("dmitri", 1)],
        developers=[("aino", 0)],
        created="2015-02-03",
        releases=[("0.8.5", "2022-02-14"), ("0.9.0-alpha.0", "2024-02-18")],
    ),
}


def sha1mbox(email: str) -> str:
    return hashlib.sha1(f"mailto:{email}".encode()).hexdigest()


def text(tag: str, value: str, ind: str, datatype: str | None = None) -> str:
    dt = f' rdf:datatype="{XSD}{datatype}"' if datatype else ""
    return f"{ind}<{tag}{dt}>{escape(value)}</{tag}>\n"


def res(tag: str, iri: str, ind: str) -> str:
    return f"{ind}<{tag} rdf:resource={quoteattr(iri)}/>\n"


def person(p: str, spelling: int, style: str, ind: str) -> str:
    names, email, nick = PEOPLE[p]
    out = f"{ind}<foaf:Person>\n"
    out += text("foaf:name", names[spelling], ind + "  ")
    if style == "asf":
        out += res("foaf:mbox", f"mailto:{email}", ind + "  ")
    else:
        out += text("foaf:mbox_sha1sum", sha1mbox(email), ind + "  ")
    if style in ("cargo", "asf_like"):
        out += text("foaf:nick", nick, ind + "  ")
    return out + f"{ind}</foaf:Person>\n"


def history(p: dict) -> list[tuple[str, str]]:
    """The releases a project lists: the recent ones given, and (ASF and crates files keep
    their whole history) four older ones a few months apart, each a minor version earlier."""
    releases = list(p["releases"])
    if p["style"] == "pypi":
        return releases
    rev, date = releases[0]
    parts = rev.split("-")[0].split(".")
    year, month = int(date[:4]), int(date[5:7])
    older = []
    for _ in range(4):
        minor = int(parts[1]) - 1
        if minor < 0:
            break
        parts = [parts[0], str(minor), "0", *parts[3:]]
        month -= R.randint(3, 7)
        while month < 1:
            year, month = year - 1, month + 12
        older.append((".".join(parts), f"{year}-{month:02d}-{R.randint(1, 28):02d}"))
    return older[::-1] + releases


def project_file(key: str, p: dict) -> str:
    style = p["style"]
    asf = style == "asf"
    d = "" if asf else "doap:"  # the ASF template makes DOAP the default namespace
    ns = [
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"',
        'xmlns:foaf="http://xmlns.com/foaf/0.1/"',
    ]
    ns.insert(
        0,
        'xmlns="http://usefulinc.com/ns/doap#"'
        if asf
        else 'xmlns:doap="http://usefulinc.com/ns/doap#"',
    )
    if asf:
        ns.append('xmlns:asfext="http://projects.apache.org/ns/asfext#"')
    lang = ' xml:lang="en"' if asf else ""
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if asf:
        head += '<?xml-stylesheet type="text/xsl"?>\n<!--\n    Licensed to the Apache Software Foundation (ASF) under one or more\n    contributor license agreements.\n-->\n'
    head += f"<rdf:RDF{lang}\n         " + "\n         ".join(ns) + ">\n"
    about = {
        "asf": p["homepage"].rstrip("/"),
        "pypi": f"https://pypi.org/project/{p['name']}/",
        "cargo": f"https://crates.io/crates/{p['name']}",
        "asf_like": p["homepage"],
    }[style]
    i1, i2, i3, i4 = "  ", "    ", "      ", "        "
    body = f"{i1}<{d}Project rdf:about={quoteattr(about)}>\n"
    date_type = None if style in ("asf", "asf_like") else "date"
    body += text(f"{d}created", p["created"], i2, date_type)
    if asf:
        body += res("license", ASF_LICENCE, i2)
    else:
        for lic in p.get("licenses", []):
            body += res(f"{d}license", SPDX_DOAP + lic, i2)
    body += text(f"{d}name", p["name"], i2)
    body += res(f"{d}homepage", p["homepage"], i2)
    if asf:
        body += res("asfext:pmc", p["pmc"], i2)
        body += text(
            "asfext:charter",
            f"{p['name']} is a project of the Apache Software Foundation: {p['shortdesc']}",
            i2,
        )
        body += res(f"{d}audience", "http://projects.apache.org/audience/developers", i2)
    body += text(f"{d}shortdesc", p["shortdesc"], i2)
    body += f"{i2}<{d}description>{escape(p['description'])}\n{i2}</{d}description>\n"
    body += res(f"{d}bug-database", p["bugs"], i2)
    if style in ("asf", "asf_like"):
        base = p["homepage"].rstrip("/")
        body += res(
            f"{d}mailing-list",
            f"{base}/mailing-lists.html" if asf else "https://groups.google.com/g/jackson-user",
            i2,
        )
        body += res(
            f"{d}download-page",
            f"{base}/downloads.html"
            if asf
            else "https://repo1.maven.org/maven2/com/fasterxml/jackson/core/jackson-databind/",
            i2,
        )
    for lang_name in p["langs"]:
        body += text(f"{d}programming-language", lang_name, i2)
    cat_base = (
        "https://crates.io/categories/"
        if style == "cargo"
        else "http://projects.apache.org/category/"
    )
    for cat in p.get("categories", []):
        body += res(f"{d}category", cat_base + cat, i2)
    for rev, date in history(p):
        body += f"{i2}<{d}release>\n{i3}<{d}Version>\n"
        if style == "cargo":
            body += text(f"{d}name", f"{p['name']} {rev}", i4)
        elif asf:
            body += text("name", p["name"], i4)
        body += text(f"{d}created", date, i4, date_type)
        body += text(f"{d}revision", rev, i4)
        if style == "cargo":
            body += res(
                f"{d}file-release",
                f"https://static.crates.io/crates/{p['name']}/{p['name']}-{rev}.crate",
                i4,
            )
        body += f"{i3}</{d}Version>\n{i2}</{d}release>\n"
    loc, browse = p["repo"]
    body += f"{i2}<{d}repository>\n{i3}<{d}GitRepository>\n"
    body += res(f"{d}location", loc, i4) + res(f"{d}browse", browse, i4)
    body += f"{i3}</{d}GitRepository>\n{i2}</{d}repository>\n"
    pstyle = "asf" if asf else style
    for role in ("maintainer", "developer"):
        for who, spelling in p[role + "s"]:
            body += f"{i2}<{d}{role}>\n" + person(who, spelling, pstyle, i3) + f"{i2}</{d}{role}>\n"
    body += f"{i1}</{d}Project>\n"
    return head + body + "</rdf:RDF>\n"


# ------------------------------------------------------------------------------------ SBOMs
# (package name, version, SPDX licence, ecosystem, homepage, [dependencies])
LEDGERLY = [
    (
        "ledgerly-api",
        "1.4.2",
        "LicenseRef-Proprietary",
        "pypi",
        "https://git.ledgerly.example/platform/ledgerly-api",
        ["Flask", "requests", "httpx", "pydantic", "pandas", "attrs"],
    ),
    (
        "Flask",
        "3.0.0",
        "BSD-3-Clause",
        "pypi",
        "https://palletsprojects.com/p/flask",
        ["Werkzeug", "Jinja2", "itsdangerous", "click", "blinker"],
    ),
    (
        "Werkzeug",
        "3.0.1",
        "BSD-3-Clause",
        "pypi",
        "https://palletsprojects.com/p/werkzeug/",
        ["MarkupSafe"],
    ),
    (
        "Jinja2",
        "3.1.3",
        "BSD-3-Clause",
        "pypi",
        "https://palletsprojects.com/p/jinja/",
        ["MarkupSafe"],
    ),
    (
        "MarkupSafe",
        "2.1.3",
        "BSD-3-Clause",
        "pypi",
        "https://palletsprojects.com/p/markupsafe/",
        [],
    ),
    (
        "itsdangerous",
        "2.1.2",
        "BSD-3-Clause",
        "pypi",
        "https://palletsprojects.com/p/itsdangerous/",
        [],
    ),
    ("click", "8.1.7", "BSD-3-Clause", "pypi", "https://palletsprojects.com/p/click/", []),
    ("blinker", "1.7.0", "MIT", "pypi", "https://blinker.readthedocs.io", []),
    (
        "requests",
        "2.31.0",
        "Apache-2.0",
        "pypi",
        "https://requests.readthedocs.io",
        ["urllib3", "idna", "charset-normalizer", "certifi"],
    ),
    ("urllib3", "2.0.7", "MIT", "pypi", "https://urllib3.readthedocs.io", []),
    ("idna", "3.6", "BSD-3-Clause", "pypi", "https://github.com/kjd/idna", []),
    (
        "charset-normalizer",
        "3.3.2",
        "MIT",
        "pypi",
        "https://github.com/Ousret/charset_normalizer",
        [],
    ),
    ("certifi", "2023.11.17", "MPL-2.0", "pypi", "https://github.com/certifi/python-certifi", []),
    (
        "httpx",
        "0.25.2",
        "BSD-3-Clause",
        "pypi",
        "https://www.python-httpx.org/",
        ["httpcore", "anyio", "certifi", "idna", "sniffio"],
    ),
    (
        "httpcore",
        "1.0.2",
        "BSD-3-Clause",
        "pypi",
        "https://www.encode.io/httpcore/",
        ["h11", "certifi"],
    ),
    ("h11", "0.14.0", "MIT", "pypi", "https://github.com/python-hyper/h11", []),
    ("anyio", "4.1.0", "MIT", "pypi", "https://anyio.readthedocs.io", ["idna", "sniffio"]),
    ("sniffio", "1.3.0", "MIT", "pypi", "https://github.com/python-trio/sniffio", []),
    (
        "pydantic",
        "2.5.2",
        "MIT",
        "pypi",
        "https://docs.pydantic.dev",
        ["pydantic-core", "annotated-types", "typing-extensions"],
    ),
    (
        "pydantic-core",
        "2.14.5",
        "MIT",
        "pypi",
        "https://github.com/pydantic/pydantic-core",
        ["typing-extensions"],
    ),
    (
        "annotated-types",
        "0.6.0",
        "MIT",
        "pypi",
        "https://github.com/annotated-types/annotated-types",
        [],
    ),
    (
        "typing-extensions",
        "4.8.0",
        "PSF-2.0",
        "pypi",
        "https://github.com/python/typing_extensions",
        [],
    ),
    (
        "pandas",
        "2.1.4",
        "BSD-3-Clause",
        "pypi",
        "https://pandas.pydata.org",
        ["numpy", "python-dateutil", "pytz", "tzdata"],
    ),
    ("numpy", "1.26.2", "BSD-3-Clause", "pypi", "https://numpy.org", []),
    (
        "python-dateutil",
        "2.8.2",
        "Apache-2.0",
        "pypi",
        "https://github.com/dateutil/dateutil",
        ["six"],
    ),
    ("six", "1.16.0", "MIT", "pypi", "https://github.com/benjaminp/six", []),
    ("pytz", "2023.3.post1", "MIT", "pypi", "http://pythonhosted.org/pytz", []),
    ("tzdata", "2023.3", "Apache-2.0", "pypi", "https://github.com/python/tzdata", []),
    ("attrs", "23.1.0", "MIT", "pypi", "https://www.attrs.org/", []),
]
INGEST = [
    (
        "ingest-worker",
        "0.9.0",
        "LicenseRef-Proprietary",
        "maven:com.ledgerly",
        "https://git.ledgerly.example/data/ingest-worker",
        ["kafka-clients", "jackson-databind", "log4j-core", "commons-compress", "commons-lang3"],
    ),
    (
        "kafka-clients",
        "3.6.0",
        "Apache-2.0",
        "maven:org.apache.kafka",
        "https://kafka.apache.org",
        ["zstd-jni", "lz4-java", "snappy-java", "slf4j-api"],
    ),
    (
        "zstd-jni",
        "1.5.5-1",
        "BSD-2-Clause",
        "maven:com.github.luben",
        "https://github.com/luben/zstd-jni",
        [],
    ),
    ("lz4-java", "1.8.0", "Apache-2.0", "maven:org.lz4", "https://github.com/lz4/lz4-java", []),
    (
        "snappy-java",
        "1.1.10.4",
        "Apache-2.0",
        "maven:org.xerial.snappy",
        "https://github.com/xerial/snappy-java",
        [],
    ),
    ("slf4j-api", "1.7.36", "MIT", "maven:org.slf4j", "http://www.slf4j.org", []),
    (
        "jackson-databind",
        "2.15.3",
        "Apache-2.0",
        "maven:com.fasterxml.jackson.core",
        "https://github.com/FasterXML/jackson",
        ["jackson-core", "jackson-annotations"],
    ),
    (
        "jackson-core",
        "2.15.3",
        "Apache-2.0",
        "maven:com.fasterxml.jackson.core",
        "https://github.com/FasterXML/jackson-core",
        [],
    ),
    (
        "jackson-annotations",
        "2.15.3",
        "Apache-2.0",
        "maven:com.fasterxml.jackson.core",
        "https://github.com/FasterXML/jackson",
        [],
    ),
    (
        "log4j-core",
        "2.22.0",
        "Apache-2.0",
        "maven:org.apache.logging.log4j",
        "https://logging.apache.org/log4j/2.x/",
        ["log4j-api"],
    ),
    (
        "log4j-api",
        "2.22.0",
        "Apache-2.0",
        "maven:org.apache.logging.log4j",
        "https://logging.apache.org/log4j/2.x/",
        [],
    ),
    (
        "commons-compress",
        "1.24.0",
        "Apache-2.0",
        "maven:org.apache.commons",
        "https://commons.apache.org/proper/commons-compress/",
        ["commons-io", "commons-lang3"],
    ),
    (
        "commons-io",
        "2.15.1",
        "Apache-2.0",
        "maven:commons-io",
        "https://commons.apache.org/proper/commons-io/",
        [],
    ),
    (
        "commons-lang3",
        "3.14.0",
        "Apache-2.0",
        "maven:org.apache.commons",
        "https://commons.apache.org/proper/commons-lang/",
        [],
    ),
]
SPDX = "http://spdx.org/rdf/terms#"


def sbom_file(doc_name: str, packages: list, created: str, tool: str) -> str:
    ns = f"https://anchore.com/syft/image/{doc_name}-{R.getrandbits(64):016x}"
    ids = {}
    for name, _version, _lic, eco, _hp, _deps in packages:
        kind = "python" if eco == "pypi" else "java-archive"
        ids[name] = f"{ns}#SPDXRef-Package-{kind}-{name}-{R.getrandbits(64):016x}"
    i1, i2, i3, i4 = "  ", "    ", "      ", "        "
    out = '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF\n'
    out += '    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
    out += f'    xmlns:spdx="{SPDX}"\n    xmlns:doap="http://usefulinc.com/ns/doap#"\n'
    out += '    xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">\n'
    root = packages[0][0]
    out += f"{i1}<spdx:SpdxDocument rdf:about={quoteattr(ns + '#SPDXRef-DOCUMENT')}>\n"
    out += text("spdx:specVersion", "SPDX-2.3", i2)
    out += text("spdx:name", f"{doc_name}", i2)
    out += res("spdx:dataLicense", SPDX_SBOM + "CC0-1.0", i2)
    out += f"{i2}<spdx:creationInfo>\n{i3}<spdx:CreationInfo>\n"
    out += text("spdx:created", created, i4, "dateTime")
    out += text("spdx:creator", "Organization: Anchore, Inc", i4)
    out += text("spdx:creator", f"Tool: {tool}", i4)
    out += text("spdx:licenseListVersion", "3.22", i4)
    out += f"{i3}</spdx:CreationInfo>\n{i2}</spdx:creationInfo>\n"
    out += f"{i2}<spdx:relationship>\n{i3}<spdx:Relationship>\n"
    out += res("spdx:relationshipType", SPDX + "relationshipType_describes", i4)
    out += res("spdx:relatedSpdxElement", ids[root], i4)
    out += f"{i3}</spdx:Relationship>\n{i2}</spdx:relationship>\n"
    out += f"{i1}</spdx:SpdxDocument>\n"
    for name, version, lic, eco, hp, deps in packages:
        out += f"{i1}<spdx:Package rdf:about={quoteattr(ids[name])}>\n"
        out += text("spdx:name", name, i2)
        out += text("spdx:versionInfo", version, i2)
        out += res("spdx:downloadLocation", SPDX + "noassertion", i2)
        out += text("spdx:filesAnalyzed", "false", i2, "boolean")
        out += res("spdx:licenseConcluded", SPDX + "noassertion", i2)
        if lic.startswith("LicenseRef"):
            out += text("spdx:licenseDeclared", lic, i2)
        else:
            out += res("spdx:licenseDeclared", SPDX_SBOM + lic, i2)
        out += res("spdx:copyrightText", SPDX + "noassertion", i2)
        out += text(
            "spdx:supplier", "NOASSERTION" if name != root else "Organization: Ledgerly GmbH", i2
        )
        out += text("doap:homepage", hp, i2, "anyURI")
        out += f"{i2}<spdx:checksum>\n{i3}<spdx:Checksum>\n"
        out += res("spdx:algorithm", SPDX + "checksumAlgorithm_sha256", i4)
        out += text("spdx:checksumValue", f"{R.getrandbits(256):064x}", i4)
        out += f"{i3}</spdx:Checksum>\n{i2}</spdx:checksum>\n"
        if eco == "pypi":
            purl = f"pkg:pypi/{name.lower()}@{version}"
        else:
            purl = f"pkg:maven/{eco.split(':', 1)[1]}/{name}@{version}"
        out += f"{i2}<spdx:externalRef>\n{i3}<spdx:ExternalRef>\n"
        out += res("spdx:referenceCategory", SPDX + "referenceCategory_packageManager", i4)
        out += res("spdx:referenceType", "http://spdx.org/rdf/references/purl", i4)
        out += text("spdx:referenceLocator", purl, i4)
        out += f"{i3}</spdx:ExternalRef>\n{i2}</spdx:externalRef>\n"
        for dep in deps:
            out += f"{i2}<spdx:relationship>\n{i3}<spdx:Relationship>\n"
            out += res("spdx:relationshipType", SPDX + "relationshipType_dependsOn", i4)
            out += res("spdx:relatedSpdxElement", ids[dep], i4)
            out += f"{i3}</spdx:Relationship>\n{i2}</spdx:relationship>\n"
        out += f"{i1}</spdx:Package>\n"
    return out + "</rdf:RDF>\n"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for key, p in PROJECTS.items():
        (OUT / f"{key}.rdf").write_text(project_file(key, p), encoding="utf-8")
    (OUT / "sbom-ledgerly-api.spdx.rdf").write_text(
        sbom_file("ledgerly-api", LEDGERLY, "2023-12-11T09:14:52Z", "syft-0.98.0"), encoding="utf-8"
    )
    (OUT / "sbom-ingest-worker.spdx.rdf").write_text(
        sbom_file("ingest-worker", INGEST, "2023-12-12T16:02:07Z", "syft-0.98.0"), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
