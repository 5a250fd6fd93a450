# ruff: noqa: E501, B023  (one record a line; rel() is called in its own loop pass only)
"""Write ``sbom.jsonld``: four invented projects' software bills of materials as SPDX 3.0.1
publishes them in JSON-LD, merged into one ``@graph``.

The SPDX 3.0.1 vocabulary (``https://spdx.org/rdf/3.0.1/terms/{Core,Software,Security,
SimpleLicensing}/...``) as its serialisation writes it: every element a node named by its
``spdxId`` IRI (each document mints its own namespace, so a library shipped in two projects is
two nodes of the same ``name``), ``software_Package`` / ``software_File`` with ``name``,
``software_packageVersion``, ``software_packageUrl`` (a purl), ``software_downloadLocation``,
``software_primaryPurpose`` (an enumeration IRI), ``suppliedBy`` agents, ``verifiedUsing``
hash blank nodes and ``externalIdentifier`` blank nodes (``cpe23``, ``cve``); links as
``Relationship`` elements of their own (``from``, ``to``, ``relationshipType`` dependsOn /
contains / hasDeclaredLicense / hasConcludedLicense / generates / ...); licenses as
``simplelicensing_LicenseExpression`` elements holding an expression string (two documents)
or as SPDX License List IRIs (``https://spdx.org/licenses/MIT``: the other two);
``CreationInfo`` blank nodes (``created``, ``createdBy`` a Person or Organization,
``createdUsing`` a Tool) that every element of a document shares; vulnerabilities named only
by their CVE identifier (an ``externalIdentifier`` blank node) with VEX and CVSS assessment
relationships. The ``@context`` is inline (the published one is a remote URL): the SPDX 3.0.1
context's terms used here, as it defines them (enumerations through scoped ``@vocab``).

Run from the repository root: ``python bench/data/own/sbom_make.py``. Deterministic (seeded).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
T = "https://spdx.org/rdf/3.0.1/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _ctx() -> dict:
    def vocab(term: str, scope: str) -> dict:
        return {"@id": term, "@type": "@vocab", "@context": {"@vocab": T + scope}}

    c: dict = {
        "core": T + "Core/",
        "software": T + "Software/",
        "security": T + "Security/",
        "simplelicensing": T + "SimpleLicensing/",
        "xsd": XSD,
        "spdxId": "@id",
        "type": "@type",
        "Agent": "core:Agent",
        "CreationInfo": "core:CreationInfo",
        "ExternalIdentifier": "core:ExternalIdentifier",
        "Hash": "core:Hash",
        "Organization": "core:Organization",
        "Person": "core:Person",
        "Relationship": "core:Relationship",
        "SpdxDocument": "core:SpdxDocument",
        "Tool": "core:Tool",
        "software_File": "software:File",
        "software_Package": "software:Package",
        "software_Sbom": "software:Sbom",
        "security_Vulnerability": "security:Vulnerability",
        "security_VexAffectedVulnAssessmentRelationship": "security:VexAffectedVulnAssessmentRelationship",
        "security_VexFixedVulnAssessmentRelationship": "security:VexFixedVulnAssessmentRelationship",
        "security_VexNotAffectedVulnAssessmentRelationship": "security:VexNotAffectedVulnAssessmentRelationship",
        "security_CvssV3VulnAssessmentRelationship": "security:CvssV3VulnAssessmentRelationship",
        "simplelicensing_LicenseExpression": "simplelicensing:LicenseExpression",
        "name": {"@id": "core:name", "@type": XSD + "string"},
        "summary": {"@id": "core:summary", "@type": XSD + "string"},
        "description": {"@id": "core:description", "@type": XSD + "string"},
        "comment": {"@id": "core:comment", "@type": XSD + "string"},
        "creationInfo": {"@id": "core:creationInfo", "@type": "@id"},
        "created": {"@id": "core:created", "@type": XSD + "dateTimeStamp"},
        "createdBy": {"@id": "core:createdBy", "@type": "@vocab"},
        "createdUsing": {"@id": "core:createdUsing", "@type": "@vocab"},
        "specVersion": {"@id": "core:specVersion", "@type": XSD + "string"},
        "dataLicense": {"@id": "core:dataLicense", "@type": "@vocab"},
        "element": {"@id": "core:element", "@type": "@vocab"},
        "rootElement": {"@id": "core:rootElement", "@type": "@vocab"},
        "profileConformance": vocab("core:profileConformance", "Core/ProfileIdentifierType/"),
        "from": {"@id": "core:from", "@type": "@vocab"},
        "to": {"@id": "core:to", "@type": "@vocab"},
        "relationshipType": vocab("core:relationshipType", "Core/RelationshipType/"),
        "completeness": vocab("core:completeness", "Core/RelationshipCompleteness/"),
        "suppliedBy": {"@id": "core:suppliedBy", "@type": "@vocab"},
        "originatedBy": {"@id": "core:originatedBy", "@type": "@vocab"},
        "releaseTime": {"@id": "core:releaseTime", "@type": XSD + "dateTimeStamp"},
        "verifiedUsing": {"@id": "core:verifiedUsing", "@type": "@vocab"},
        "algorithm": vocab("core:algorithm", "Core/HashAlgorithm/"),
        "hashValue": {"@id": "core:hashValue", "@type": XSD + "string"},
        "externalIdentifier": {"@id": "core:externalIdentifier", "@type": "@vocab"},
        "externalIdentifierType": vocab(
            "core:externalIdentifierType", "Core/ExternalIdentifierType/"
        ),
        "identifier": {"@id": "core:identifier", "@type": XSD + "string"},
        "identifierLocator": {"@id": "core:identifierLocator", "@type": XSD + "anyURI"},
        "software_packageVersion": {"@id": "software:packageVersion", "@type": XSD + "string"},
        "software_packageUrl": {"@id": "software:packageUrl", "@type": XSD + "anyURI"},
        "software_downloadLocation": {"@id": "software:downloadLocation", "@type": XSD + "anyURI"},
        "software_homePage": {"@id": "software:homePage", "@type": XSD + "anyURI"},
        "software_copyrightText": {"@id": "software:copyrightText", "@type": XSD + "string"},
        "software_primaryPurpose": vocab("software:primaryPurpose", "Software/SoftwarePurpose/"),
        "software_sbomType": vocab("software:sbomType", "Software/SbomType/"),
        "software_fileKind": vocab("software:fileKind", "Software/FileKindType/"),
        "software_contentType": {"@id": "software:contentType", "@type": XSD + "string"},
        "simplelicensing_licenseExpression": {
            "@id": "simplelicensing:licenseExpression",
            "@type": XSD + "string",
        },
        "security_publishedTime": {"@id": "security:publishedTime", "@type": XSD + "dateTimeStamp"},
        "security_score": {"@id": "security:score", "@type": XSD + "decimal"},
        "security_severity": vocab("security:severity", "Security/VulnerabilitySeverityType/"),
        "security_vectorString": {"@id": "security:vectorString", "@type": XSD + "string"},
        "security_justificationType": vocab(
            "security:justificationType", "Security/VexJustificationType/"
        ),
        "security_statusNotes": {"@id": "security:statusNotes", "@type": XSD + "string"},
        "security_assessedElement": {"@id": "security:assessedElement", "@type": "@vocab"},
    }
    return c


# (name, version, purl type, license expression, supplier key, purpose, deps (names within project))
# One project: the application, its packages (name, version, license, supplier, purpose, depends on)
PROJECTS = [
    {
        "key": "harborview",
        "ns": "https://sbom.quillfeather.example/spdx/harborview-api-2.3.1",
        "app": ("harborview-api", "2.3.1", "Apache-2.0", "quillfeather", "application"),
        "purl": "pypi",
        "summary": "REST service for berth bookings at small marinas",
        "created": "2026-10-14T08:22:31Z",
        "createdBy": "person:ines",
        "tool": "sbom-forge 0.9.2",
        "sbomType": "build",
        "licenses": "expression",
        "deps": {
            "harborview-api": [
                "corvid-http",
                "zephyr-json",
                "fennel-orm",
                "bramble-log",
                "tinsel-yaml",
                "marrow-crypto",
            ],
            "corvid-http": ["ossia-net", "bramble-log"],
            "fennel-orm": ["saffron-cache", "pgwire-lite"],
            "marrow-crypto": ["libkestrel"],
            "saffron-cache": ["zephyr-json"],
        },
        "packages": {
            "corvid-http": ("4.2.0", "MIT", "corvid"),
            "zephyr-json": ("3.1.0", "MIT OR Apache-2.0", "zephyr"),
            "fennel-orm": ("1.14.3", "BSD-3-Clause", "fennel"),
            "bramble-log": ("0.9.7", "Apache-2.0", "bramble"),
            "tinsel-yaml": ("6.0.1", "MIT", "tinsel"),
            "marrow-crypto": ("2.8.0", "Apache-2.0 OR BSD-2-Clause", "marrow"),
            "ossia-net": ("1.3.2", "ISC", "ossia"),
            "saffron-cache": ("0.5.0", "MPL-2.0", "saffron"),
            "pgwire-lite": ("3.0.4", "LGPL-3.0-or-later", "pgwire"),
            "libkestrel": ("1.1.1w", "OpenSSL", "kestrel"),
        },
    },
    {
        "key": "nimbus",
        "ns": "https://spdx.driftwood-systems.example/nimbus-cli/1.8.0",
        "app": ("nimbus-cli", "1.8.0", "MPL-2.0", "driftwood", "application"),
        "purl": "golang",
        "summary": "command-line client for the Nimbus object store",
        "created": "2026-09-02T17:05:00Z",
        "createdBy": "org:driftwood",
        "tool": "gobom 2.4.0",
        "sbomType": "source",
        "licenses": "listed",
        "deps": {
            "nimbus-cli": ["cobble-flags", "zephyr-json", "ossia-net", "lattice-s3", "bramble-log"],
            "lattice-s3": ["ossia-net", "quire-sign"],
            "quire-sign": ["libkestrel"],
            "cobble-flags": ["termglow"],
        },
        "packages": {
            "cobble-flags": ("0.22.1", "BSD-3-Clause", "cobble"),
            "zephyr-json": ("3.0.2", "MIT", "zephyr"),
            "ossia-net": ("1.3.0", "ISC", "ossia"),
            "lattice-s3": ("2.6.5", "Apache-2.0", "lattice"),
            "bramble-log": ("0.9.5", "Apache-2.0", "bramble"),
            "quire-sign": ("0.4.0", "BSD-2-Clause", "quire"),
            "libkestrel": ("3.0.9", "Apache-2.0", "kestrel"),
            "termglow": ("1.0.0", "MIT", "termglow"),
        },
    },
    {
        "key": "lumen",
        "ns": "https://sbom.brightwater.example/lumen-dashboard-4.0.2",
        "app": ("lumen-dashboard", "4.0.2", "AGPL-3.0-only", "brightwater", "application"),
        "purl": "npm",
        "summary": "web dashboard for solar inverter fleets",
        "created": "2026-11-20T11:40:12Z",
        "createdBy": "person:teodor",
        "tool": "sbom-forge 1.0.0",
        "sbomType": "build",
        "licenses": "expression",
        "deps": {
            "lumen-dashboard": [
                "larkspur-ui",
                "glint-template",
                "zephyr-json",
                "chartwell",
                "pebble-router",
            ],
            "larkspur-ui": ["glint-template", "wisp-dom"],
            "chartwell": ["wisp-dom", "numbat-math"],
            "pebble-router": ["wisp-dom"],
        },
        "packages": {
            "larkspur-ui": ("18.3.0", "MIT", "larkspur"),
            "glint-template": ("5.1.4", "MIT", "glint"),
            "zephyr-json": ("3.1.0", "MIT OR Apache-2.0", "zephyr"),
            "chartwell": ("9.0.0-beta.3", "BSD-3-Clause", "chartwell"),
            "pebble-router": ("2.2.2", "MIT", "pebble"),
            "wisp-dom": ("0.31.0", "Apache-2.0", "wisp"),
            "numbat-math": ("7.7.1", "Apache-2.0", "numbat"),
        },
    },
    {
        "key": "tidewater",
        "ns": "https://psirt.marlowe-devices.example/spdx/tidewater-fw-2.1.0",
        "app": ("tidewater-firmware", "2.1.0", "GPL-2.0-only", "marlowe", "firmware"),
        "purl": "generic",
        "summary": "firmware image for the Tidewater TW-40 water-level sensor gateway",
        "created": "2026-11-03T06:15:45Z",
        "createdBy": "org:marlowe",
        "tool": "yocto-spdx 5.1",
        "sbomType": "deployed",
        "licenses": "listed",
        "deps": {
            "tidewater-firmware": [
                "linux-kernel",
                "busybeaver",
                "libkestrel",
                "mqtt-heron",
                "ulog",
            ],
            "mqtt-heron": ["libkestrel", "ulog"],
            "busybeaver": ["ulog"],
        },
        "packages": {
            "linux-kernel": ("6.6.52", "GPL-2.0-only WITH Linux-syscall-note", "kernelorg"),
            "busybeaver": ("1.36.1", "GPL-2.0-only", "busybeaver"),
            "libkestrel": ("3.0.9", "Apache-2.0", "kestrel"),
            "mqtt-heron": ("2.0.18", "EPL-2.0", "heron"),
            "ulog": ("0.3.0", "BSD-3-Clause", "ulog"),
        },
    },
    {
        "key": "saltmarsh",
        "ns": "https://sbom.quillfeather.example/spdx/saltmarsh-agent-0.12.0",
        "app": ("saltmarsh-agent", "0.12.0", "MIT OR Apache-2.0", "quillfeather", "application"),
        "purl": "cargo",
        "summary": "telemetry agent that ships tide gauge readings to Harborview",
        "created": "2026-11-28T21:03:09Z",
        "createdBy": "person:ines",
        "tool": "sbom-forge 1.0.0",
        "sbomType": "build",
        "licenses": "expression",
        "deps": {
            "saltmarsh-agent": [
                "tokio-tern",
                "serde-kelp",
                "ossia-net",
                "bramble-log",
                "heron-client",
                "clap-reed",
            ],
            "tokio-tern": ["mio-minnow", "bytes-barnacle"],
            "heron-client": ["tokio-tern", "rustls-kestrel"],
            "rustls-kestrel": ["ring-shell"],
            "serde-kelp": ["bytes-barnacle"],
        },
        "packages": {
            "tokio-tern": ("1.41.0", "MIT", "tern"),
            "serde-kelp": ("1.0.210", "MIT OR Apache-2.0", "kelp"),
            "ossia-net": ("1.4.0", "ISC", "ossia"),
            "bramble-log": ("0.10.0", "Apache-2.0", "bramble"),
            "heron-client": ("0.8.3", "EPL-2.0", "heron"),
            "clap-reed": ("4.5.20", "MIT OR Apache-2.0", "reed"),
            "mio-minnow": ("1.0.2", "MIT", "tern"),
            "bytes-barnacle": ("1.7.2", "MIT", "tern"),
            "rustls-kestrel": ("0.23.14", "Apache-2.0 OR ISC OR MIT", "kestrel"),
            "ring-shell": ("0.17.8", "ISC AND MIT AND OpenSSL", "ringshell"),
        },
    },
]

ORGS = {
    "quillfeather": "Quillfeather Labs",
    "driftwood": "Driftwood Systems GmbH",
    "brightwater": "Brightwater Energy Software",
    "marlowe": "Marlowe Devices Ltd.",
    "corvid": "Corvid Project",
    "zephyr": "Zephyr JSON Contributors",
    "fennel": "Fennel ORM Team",
    "bramble": "Bramble Logging Foundation",
    "tinsel": "Tinsel Maintainers",
    "marrow": "Marrow Crypto Collective",
    "ossia": "Ossia Networking",
    "saffron": "Saffron Cache Authors",
    "pgwire": "PGWire Lite Developers",
    "kestrel": "Kestrel TLS Project",
    "cobble": "Cobble Tools",
    "lattice": "Lattice Storage Inc.",
    "quire": "Quire Signing Working Group",
    "termglow": "Termglow Authors",
    "larkspur": "Larkspur UI Foundation",
    "glint": "Glint Templates",
    "chartwell": "Chartwell Visualisation Group",
    "pebble": "Pebble Router Maintainers",
    "wisp": "Wisp DOM Project",
    "numbat": "Numbat Numerics",
    "kernelorg": "Linux Kernel Community",
    "busybeaver": "BusyBeaver Developers",
    "heron": "Heron MQTT Project",
    "ulog": "uLog Contributors",
    "tern": "Tern Async Runtime Team",
    "kelp": "Kelp Serialization Project",
    "reed": "Reed CLI Maintainers",
    "ringshell": "Ring Shell Authors",
}
PEOPLE = {"ines": "Ines Valdmaa", "teodor": "Teodor Brannigan"}
FILES = {  # project -> (file name, content type, file kind, sha256 seed, made by generates from)
    "harborview": [
        ("harborview_api/__init__.py", "text/x-python"),
        ("harborview_api/routes.py", "text/x-python"),
        ("harborview_api/models.py", "text/x-python"),
        ("dist/harborview_api-2.3.1-py3-none-any.whl", "application/zip"),
    ],
    "nimbus": [
        ("cmd/nimbus/main.go", "text/x-go"),
        ("internal/upload/multipart.go", "text/x-go"),
        ("bin/nimbus-linux-amd64", "application/x-executable"),
    ],
    "lumen": [
        ("src/index.tsx", "text/typescript"),
        ("src/panels/InverterMap.tsx", "text/typescript"),
        ("dist/lumen.bundle.js", "application/javascript"),
    ],
    "saltmarsh": [
        ("src/main.rs", "text/rust"),
        ("src/gauge.rs", "text/rust"),
        ("target/release/saltmarsh-agent", "application/x-executable"),
    ],
    "tidewater": [
        ("rootfs/etc/tidewater/gateway.conf", "text/plain"),
        ("rootfs/usr/bin/levelmon", "application/x-executable"),
        ("tidewater-tw40-2.1.0.img", "application/octet-stream"),
    ],
}
WORDS = [
    "auth",
    "billing",
    "config",
    "errors",
    "health",
    "metrics",
    "queue",
    "schema",
    "session",
    "storage",
    "tasks",
    "util",
    "validate",
    "webhooks",
    "export",
    "i18n",
    "limits",
    "notify",
    "paging",
    "retry",
]
EXT = {
    "harborview": ".py",
    "nimbus": ".go",
    "lumen": ".ts",
    "saltmarsh": ".rs",
    "tidewater": ".conf",
}
# vulnerabilities: (cve, summary, published, score, severity, vector, affects [(project, package)],
# fixed in [(project, package)], not affected [(project, package, justification)])
VULNS = [
    (
        "CVE-2026-31412",
        "Heap buffer over-read in Kestrel TLS certificate parsing",
        "2026-08-19T14:00:00Z",
        "8.1",
        "high",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H",
        [("nimbus", "libkestrel"), ("tidewater", "libkestrel")],
        [("harborview", "libkestrel")],
        [],
    ),
    (
        "CVE-2026-28870",
        "Denial of service in zephyr-json via deeply nested arrays",
        "2026-07-02T09:30:00Z",
        "7.5",
        "high",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
        [("nimbus", "zephyr-json")],
        [("harborview", "zephyr-json"), ("lumen", "zephyr-json")],
        [],
    ),
    (
        "CVE-2026-40117",
        "Prototype pollution in wisp-dom attribute merging",
        "2026-10-28T16:45:00Z",
        "5.3",
        "medium",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:L/A:N",
        [("lumen", "wisp-dom")],
        [],
        [],
    ),
    (
        "CVE-2026-19954",
        "Out-of-bounds write in the busybeaver ash shell line editor",
        "2026-04-11T12:00:00Z",
        "9.8",
        "critical",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        [],
        [],
        [("tidewater", "busybeaver", "vulnerableCodeNotPresent")],
    ),
    (
        "CVE-2026-22301",
        "MQTT CONNECT packet length not validated in mqtt-heron",
        "2026-05-23T10:10:00Z",
        "6.5",
        "medium",
        "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
        [("tidewater", "mqtt-heron")],
        [],
        [],
    ),
    (
        "CVE-2026-35529",
        "Certificate name constraints ignored by rustls-kestrel",
        "2026-09-30T08:00:00Z",
        "7.4",
        "high",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N",
        [("saltmarsh", "rustls-kestrel")],
        [],
        [("saltmarsh", "ring-shell", "componentNotPresent")],
    ),
]


def build() -> dict:
    rnd = random.Random(34)
    graph: list[dict] = []
    agents: dict[str, str] = {}

    def agent_iri(key: str) -> str:
        kind, _, name = key.partition(":")
        return f"https://spdx.example/agents/{kind}/{name}"

    # agents, tools: one creation info for the shared agents
    graph.append(
        {
            "type": "CreationInfo",
            "@id": "_:creationinfo-agents",
            "created": "2026-01-05T00:00:00Z",
            "specVersion": "3.0.1",
            "createdBy": [agent_iri("org:quillfeather")],
        }
    )
    for k, v in PEOPLE.items():
        agents["person:" + k] = v
        graph.append(
            {
                "type": "Person",
                "spdxId": agent_iri("person:" + k),
                "name": v,
                "creationInfo": "_:creationinfo-agents",
                "externalIdentifier": [
                    {
                        "type": "ExternalIdentifier",
                        "externalIdentifierType": "email",
                        "identifier": f"{v.split()[0].lower()}@{'quillfeather' if k == 'ines' else 'brightwater'}.example",
                    }
                ],
            }
        )
    for k, v in ORGS.items():
        graph.append(
            {
                "type": "Organization",
                "spdxId": agent_iri("org:" + k),
                "name": v,
                "creationInfo": "_:creationinfo-agents",
            }
        )
    for proj in PROJECTS:
        ns, key = proj["ns"], proj["key"]
        ci = f"_:creationinfo-{key}"
        tool_name, tool_version = proj["tool"].split(" ")
        tool_id = f"{ns}#SPDXRef-Tool-{tool_name}"
        graph.append(
            {
                "type": "CreationInfo",
                "@id": ci,
                "created": proj["created"],
                "specVersion": "3.0.1",
                "createdBy": [agent_iri(proj["createdBy"])],
                "createdUsing": [tool_id],
            }
        )
        graph.append(
            {
                "type": "Tool",
                "spdxId": tool_id,
                "name": f"{tool_name}-{tool_version}",
                "creationInfo": ci,
            }
        )
        elements: list[str] = []
        rels: list[dict] = []
        nrel = [0]

        def rel(frm: str, to: list[str], kind: str, complete: str | None = None) -> None:
            nrel[0] += 1
            r = {
                "type": "Relationship",
                "spdxId": f"{ns}#SPDXRef-Relationship-{nrel[0]}",
                "creationInfo": ci,
                "from": frm,
                "to": to,
                "relationshipType": kind,
            }
            if complete:
                r["completeness"] = complete
            rels.append(r)

        pid: dict[str, str] = {}
        app_name, app_version, app_lic, app_sup, purpose = proj["app"]
        pkgs = {app_name: (app_version, app_lic, app_sup)} | proj["packages"]
        purl_kind = proj["purl"]
        for name, (version, _lic, sup) in pkgs.items():
            i = f"{ns}#SPDXRef-Package-{name}-{version}"
            pid[name] = i
            elements.append(i)
            if purl_kind == "golang":
                purl = f"pkg:golang/github.com/{sup}/{name}@v{version}"
            elif purl_kind == "generic":
                purl = f"pkg:generic/{name}@{version}"
            else:
                purl = f"pkg:{purl_kind}/{name}@{version}"
            node = {
                "type": "software_Package",
                "spdxId": i,
                "creationInfo": ci,
                "name": name,
                "software_packageVersion": version,
                "software_packageUrl": purl,
                "software_downloadLocation": f"https://downloads.{sup}.example/{name}/{name}-{version}.tar.gz"
                if rnd.random() < 0.8
                else "NOASSERTION",
                "software_primaryPurpose": purpose
                if name == app_name
                else ("operatingSystem" if name == "linux-kernel" else "library"),
                "suppliedBy": [agent_iri("org:" + sup)],
                "verifiedUsing": [
                    {
                        "type": "Hash",
                        "algorithm": "sha256",
                        "hashValue": f"{rnd.getrandbits(256):064x}",
                    }
                ],
                "software_copyrightText": f"Copyright (c) {rnd.randint(2015, 2025)} {ORGS[sup]}",
            }
            if name == app_name:
                node["summary"] = proj["summary"]
                node["releaseTime"] = proj["created"][:10] + "T00:00:00Z"
                node["software_homePage"] = f"https://{sup}.example/{name}"
            if key == "tidewater" or name in ("libkestrel", "mqtt-heron"):
                vendor = sup.replace("org", "")
                node["externalIdentifier"] = [
                    {
                        "type": "ExternalIdentifier",
                        "externalIdentifierType": "cpe23",
                        "identifier": f"cpe:2.3:a:{vendor}:{name.replace('-', '_')}:{version}:*:*:*:*:*:*:*",
                    }
                ]
            graph.append(node)
        # licenses
        lic_ids: dict[str, str] = {}
        for name, (_version, lic, _sup) in pkgs.items():
            if proj["licenses"] == "expression":
                if lic not in lic_ids:
                    lic_ids[lic] = f"{ns}#SPDXRef-LicenseExpression-{len(lic_ids) + 1}"
                    graph.append(
                        {
                            "type": "simplelicensing_LicenseExpression",
                            "spdxId": lic_ids[lic],
                            "creationInfo": ci,
                            "simplelicensing_licenseExpression": lic,
                        }
                    )
                    elements.append(lic_ids[lic])
                target = lic_ids[lic]
            else:  # a listed license's IRI (a single identifier; an exception or OR as an expression)
                if " " in lic:
                    if lic not in lic_ids:
                        lic_ids[lic] = f"{ns}#SPDXRef-LicenseExpression-{len(lic_ids) + 1}"
                        graph.append(
                            {
                                "type": "simplelicensing_LicenseExpression",
                                "spdxId": lic_ids[lic],
                                "creationInfo": ci,
                                "simplelicensing_licenseExpression": lic,
                            }
                        )
                    target = lic_ids[lic]
                else:
                    target = f"https://spdx.org/licenses/{lic}"
            rel(pid[name], [target], "hasDeclaredLicense")
            if name == app_name or rnd.random() < 0.35:
                rel(pid[name], [target], "hasConcludedLicense")
        # dependencies: one relationship per package, all its dependencies as `to`
        for frm, tos in proj["deps"].items():
            rel(
                pid[frm],
                [pid[t] for t in tos],
                "dependsOn",
                "complete" if frm == app_name else None,
            )
        # files
        fids = []
        extra = [
            (f"{FILES[key][0][0].rsplit('/', 1)[0]}/{w}{EXT[key]}", FILES[key][0][1])
            for w in rnd.sample(WORDS, 14)
        ]
        for fname, ctype in FILES[key] + extra:
            fi = f"{ns}#SPDXRef-File-{fname.replace('/', '-')}"
            fids.append(fi)
            elements.append(fi)
            graph.append(
                {
                    "type": "software_File",
                    "spdxId": fi,
                    "creationInfo": ci,
                    "name": fname,
                    "software_contentType": ctype,
                    "software_primaryPurpose": "source"
                    if ctype.startswith("text")
                    else ("archive" if "zip" in ctype or "img" in fname else "executable"),
                    "verifiedUsing": [
                        {
                            "type": "Hash",
                            "algorithm": "sha256",
                            "hashValue": f"{rnd.getrandbits(256):064x}",
                        }
                    ],
                }
            )
        rel(pid[app_name], fids, "contains")
        sources = [
            f for f, (n, c) in zip(fids, FILES[key] + extra, strict=True) if c.startswith("text")
        ]
        built = [
            f
            for f, (n, c) in zip(fids, FILES[key] + extra, strict=True)
            if not c.startswith("text")
        ]
        for s in sources[:2]:
            rel(s, built[-1:], "generates")
        elements += [r["spdxId"] for r in rels]
        sbom = f"{ns}#SPDXRef-Sbom"
        doc = f"{ns}#SPDXRef-DOCUMENT"
        graph.append(
            {
                "type": "software_Sbom",
                "spdxId": sbom,
                "creationInfo": ci,
                "name": f"{app_name} {app_version} SBOM",
                "software_sbomType": [proj["sbomType"]],
                "rootElement": [pid[app_name]],
                "element": elements,
            }
        )
        graph.append(
            {
                "type": "SpdxDocument",
                "spdxId": doc,
                "creationInfo": ci,
                "name": f"SPDX document for {app_name}",
                "dataLicense": "https://spdx.org/licenses/CC0-1.0",
                "profileConformance": ["core", "software", "security"]
                if key in ("nimbus", "tidewater", "lumen")
                else ["core", "software", "simpleLicensing"],
                "rootElement": [sbom],
                "element": [sbom],
            }
        )
        graph.extend(rels)
        proj["_pid"] = pid
        proj["_ci"] = ci
        proj["_nrel"] = nrel
    # vulnerabilities: a security vendor's VEX document over the four projects' packages
    vex_ns = "https://vex.harbormaster-security.example/2026-11"
    graph.append(
        {
            "type": "Organization",
            "spdxId": agent_iri("org:harbormaster"),
            "name": "Harbormaster Security",
            "creationInfo": "_:creationinfo-agents",
        }
    )
    graph.append(
        {
            "type": "CreationInfo",
            "@id": "_:creationinfo-vex",
            "created": "2026-11-25T09:00:00Z",
            "specVersion": "3.0.1",
            "createdBy": [agent_iri("org:harbormaster")],
        }
    )
    by_key = {p["key"]: p for p in PROJECTS}
    n = 0
    for idx, (
        cve,
        summary,
        published,
        score,
        severity,
        vector,
        affects,
        fixed,
        notaff,
    ) in enumerate(VULNS, 1):
        vi = f"{vex_ns}#SPDXRef-Vulnerability-{idx}"
        graph.append(
            {
                "type": "security_Vulnerability",
                "spdxId": vi,
                "creationInfo": "_:creationinfo-vex",
                "summary": summary,
                "security_publishedTime": published,
                "externalIdentifier": [
                    {
                        "type": "ExternalIdentifier",
                        "externalIdentifierType": "cve",
                        "identifier": cve,
                        "identifierLocator": [f"https://www.cve.org/CVERecord?id={cve}"],
                    }
                ],
            }
        )
        for proj_key, pkg in affects:
            n += 1
            graph.append(
                {
                    "type": "security_VexAffectedVulnAssessmentRelationship",
                    "spdxId": f"{vex_ns}#SPDXRef-VEX-{n}",
                    "creationInfo": "_:creationinfo-vex",
                    "from": vi,
                    "to": [by_key[proj_key]["_pid"][pkg]],
                    "relationshipType": "affects",
                }
            )
        for proj_key, pkg in fixed:
            n += 1
            graph.append(
                {
                    "type": "security_VexFixedVulnAssessmentRelationship",
                    "spdxId": f"{vex_ns}#SPDXRef-VEX-{n}",
                    "creationInfo": "_:creationinfo-vex",
                    "from": vi,
                    "to": [by_key[proj_key]["_pid"][pkg]],
                    "relationshipType": "fixedIn",
                }
            )
        for proj_key, pkg, why in notaff:
            n += 1
            graph.append(
                {
                    "type": "security_VexNotAffectedVulnAssessmentRelationship",
                    "spdxId": f"{vex_ns}#SPDXRef-VEX-{n}",
                    "creationInfo": "_:creationinfo-vex",
                    "from": vi,
                    "to": [by_key[proj_key]["_pid"][pkg]],
                    "relationshipType": "doesNotAffect",
                    "security_justificationType": why,
                }
            )
        n += 1
        graph.append(
            {
                "type": "security_CvssV3VulnAssessmentRelationship",
                "spdxId": f"{vex_ns}#SPDXRef-CVSS-{n}",
                "creationInfo": "_:creationinfo-vex",
                "from": vi,
                "to": [
                    by_key[(affects or fixed or [(notaff[0][0], notaff[0][1])])[0][0]]["_pid"][
                        (affects or fixed or [(notaff[0][0], notaff[0][1])])[0][1]
                    ]
                ],
                "relationshipType": "hasAssessmentFor",
                "security_score": score,
                "security_severity": severity,
                "security_vectorString": vector,
            }
        )
    for p in PROJECTS:
        for k in ("_pid", "_ci", "_nrel"):
            p.pop(k)
    return {"@context": _ctx(), "@graph": graph}


def main() -> None:
    out = HERE / "sbom.jsonld"
    out.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    import rdflib

    g = rdflib.Graph().parse(out, format="json-ld")
    print(out, len(g), "triples")


if __name__ == "__main__":
    main()
