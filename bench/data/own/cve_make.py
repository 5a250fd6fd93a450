# ruff: noqa: E501  (one record a line)
"""Write ``cve.nt.gz``: a slice of a cybersecurity knowledge graph shaped as the SEPSES
Cybersecurity Knowledge Graph publishes it (gzipped N-Triples dumps of CVE, CWE, CAPEC, CPE, CVSS).

The shape follows SEPSES CSKG (https://w3id.org/sepses, vocabularies under
``http://w3id.org/sepses/vocab/ref/``, resources under ``http://w3id.org/sepses/resource/``):

* vulnerabilities ``cve:CVE`` named only by their code (``cve:id "CVE-2021-44228"``), no
  ``rdfs:label``; ``dcterms:description`` (long NVD text, ``@en``), ``dcterms:issued`` and
  ``dcterms:modified`` as ``xsd:dateTime``; a few well-known ones carry the name the press gave
  them as ``skos:altLabel`` (Log4Shell, Heartbleed), as an enriched release does;
* ``cve:hasCWE`` to the weakness (one or two), ``cve:hasCVSS3BaseMetric`` to an n-ary metric node
  (``cvss:baseScore`` ``xsd:decimal``, ``cvss:baseSeverity`` "CRITICAL", ``cvss:exploitabilityScore``,
  ``cvss:impactScore``, ``cvss:vectorString``, and code values: ``cvss:attackVector`` /
  ``cvss:attackComplexity`` / ``cvss:privilegesRequired`` / ``cvss:userInteraction`` IRIs of a
  code list with ``skos:notation`` and an ``rdfs:label``); the older ones also a
  ``cvss:CVSS2BaseMetric`` node (``cvss:accessVector`` a plain code literal);
* affected products through ``cve:hasVulnerableConfiguration`` -> ``cve:VulnerableConfiguration``
  nodes -> ``cve:hasCPE`` CPE 2.3 entries (``cpe:id`` the formatted string, ``dcterms:title`` the
  dictionary title "Apache Tomcat 9.0.30", ``cpe:version``, ``cpe:part``, ``cpe:hasVendor``,
  ``cpe:hasProduct``); vendors carry only their CPE code (``cpe:vendorName "apache"``), products
  their code (``cpe:productName "tomcat"``) and, for most, a long ``rdfs:label`` title;
* ``cve:hasReference`` -> ``cve:Reference`` nodes (``cve:referenceUrl`` ``xsd:anyURI``,
  ``cve:referenceSource``, ``cve:referenceTag`` "Patch" / "Vendor Advisory" / "Exploit");
* weaknesses ``cwe:CWE`` (``cwe:id "CWE-79"``, ``cwe:name`` the long CWE title, ``cwe:abstraction``,
  ``cwe:childOf`` the parent weakness);
* attack patterns ``capec:CAPEC`` (``capec:id``, ``capec:name``, ``capec:likelihoodOfAttack``,
  ``capec:typicalSeverity``, ``capec:hasRelatedWeakness`` the CWEs it exploits, ``capec:childOf``);
* the vocabulary's classes and properties with ``rdfs:label`` and ``rdfs:comment``.

Seeded, no network; stdlib + rdflib. Run from the repository root:
``python bench/data/own/cve_make.py``.
"""

from __future__ import annotations

import gzip
import random
from datetime import datetime, timedelta
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

HERE = Path(__file__).parent
VOC = "http://w3id.org/sepses/vocab/ref/"
RES = "http://w3id.org/sepses/resource/"
CVE = Namespace(VOC + "cve#")
CWE = Namespace(VOC + "cwe#")
CAPEC = Namespace(VOC + "capec#")
CPE = Namespace(VOC + "cpe#")
CVSS = Namespace(VOC + "cvss#")

# vendor code, product code, product title (None: the product carries only its code), part, versions
PRODUCTS = [
    ("apache", "log4j", "Apache Log4j", "a", ["2.0.1", "2.12.1", "2.14.1", "2.15.0", "2.16.0"]),
    ("apache", "tomcat", "Apache Tomcat", "a", ["8.5.50", "9.0.30", "9.0.62", "10.0.20", "10.1.7"]),
    ("apache", "struts", "Apache Struts", "a", ["2.3.31", "2.5.10", "2.5.26"]),
    ("apache", "http_server", "Apache HTTP Server", "a", ["2.4.48", "2.4.49", "2.4.50"]),
    ("apache", "commons_text", None, "a", ["1.8", "1.9"]),
    ("vmware", "spring_framework", "VMware Spring Framework", "a", ["5.2.19", "5.3.17"]),
    ("microsoft", "exchange_server", "Microsoft Exchange Server", "a", ["2013", "2016", "2019"]),
    ("microsoft", "windows_10", "Microsoft Windows 10", "o", ["1809", "21h2"]),
    ("microsoft", "windows_server_2019", "Microsoft Windows Server 2019", "o", ["-"]),
    ("microsoft", "windows_7", None, "o", ["-"]),
    ("microsoft", "office", "Microsoft Office", "a", ["2016", "2019"]),
    ("openssl", "openssl", "OpenSSL", "a", ["1.0.1", "1.0.1f", "1.1.1k", "3.0.6"]),
    ("gnu", "bash", "GNU Bash", "a", ["4.2", "4.3"]),
    ("linux", "linux_kernel", "Linux Kernel", "o", ["4.8.2", "5.10", "5.15"]),
    ("atlassian", "confluence_server", "Atlassian Confluence Server", "a", ["7.13.6", "7.18.0"]),
    ("atlassian", "jira_server", None, "a", ["8.20.1", "9.4.0"]),
    ("progress", "moveit_transfer", "Progress MOVEit Transfer", "a", ["2023.0.0", "2022.1.4"]),
    (
        "citrix",
        "netscaler_application_delivery_controller",
        "Citrix NetScaler Application Delivery Controller",
        "a",
        ["13.1", "14.1"],
    ),
    ("fortinet", "fortios", "Fortinet FortiOS", "o", ["6.4.9", "7.0.7", "7.2.2"]),
    ("vmware", "vcenter_server", "VMware vCenter Server", "a", ["6.7", "7.0"]),
    ("oracle", "weblogic_server", "Oracle WebLogic Server", "a", ["12.2.1.3.0", "14.1.1.0.0"]),
    ("oracle", "mysql", None, "a", ["5.7.40", "8.0.31"]),
    ("cisco", "ios_xe", "Cisco IOS XE", "o", ["16.12.4", "17.9.1"]),
    ("wordpress", "wordpress", "WordPress", "a", ["5.8.2", "6.0.1"]),
    ("drupal", "drupal", "Drupal", "a", ["7.58", "9.3.12"]),
    ("jenkins", "jenkins", "Jenkins", "a", ["2.319.1", "2.441"]),
    ("gitlab", "gitlab", "GitLab", "a", ["15.4.1", "16.1.0"]),
    ("php", "php", None, "a", ["7.4.30", "8.1.10"]),
    (
        "f5",
        "big-ip_access_policy_manager",
        "F5 BIG-IP Access Policy Manager",
        "a",
        ["15.1.5", "16.1.2"],
    ),
    ("ivanti", "connect_secure", "Ivanti Connect Secure", "a", ["9.1r18", "22.6r2"]),
    (
        "zoho",
        "manageengine_servicedesk_plus",
        "Zoho ManageEngine ServiceDesk Plus",
        "a",
        ["11.3", "14.0"],
    ),
]

# CWE code, name, abstraction, parent (CWE code or None)
CWES = [
    ("CWE-707", "Improper Neutralization", "Pillar", None),
    ("CWE-664", "Improper Control of a Resource Through its Lifetime", "Pillar", None),
    ("CWE-284", "Improper Access Control", "Pillar", None),
    ("CWE-693", "Protection Mechanism Failure", "Pillar", None),
    ("CWE-691", "Insufficient Control Flow Management", "Pillar", None),
    (
        "CWE-74",
        "Improper Neutralization of Special Elements in Output Used by a Downstream Component ('Injection')",
        "Class",
        "CWE-707",
    ),
    (
        "CWE-77",
        "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
        "Class",
        "CWE-74",
    ),
    (
        "CWE-78",
        "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
        "Base",
        "CWE-77",
    ),
    (
        "CWE-79",
        "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
        "Base",
        "CWE-74",
    ),
    (
        "CWE-89",
        "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
        "Base",
        "CWE-74",
    ),
    ("CWE-94", "Improper Control of Generation of Code ('Code Injection')", "Base", "CWE-74"),
    (
        "CWE-917",
        "Improper Neutralization of Special Elements used in an Expression Language Statement ('Expression Language Injection')",
        "Base",
        "CWE-77",
    ),
    ("CWE-20", "Improper Input Validation", "Class", "CWE-707"),
    ("CWE-913", "Improper Control of Dynamically-Managed Code Resources", "Class", "CWE-664"),
    ("CWE-502", "Deserialization of Untrusted Data", "Base", "CWE-913"),
    ("CWE-118", "Incorrect Access of Indexable Resource ('Range Error')", "Class", "CWE-664"),
    (
        "CWE-119",
        "Improper Restriction of Operations within the Bounds of a Memory Buffer",
        "Class",
        "CWE-118",
    ),
    ("CWE-125", "Out-of-bounds Read", "Base", "CWE-119"),
    ("CWE-787", "Out-of-bounds Write", "Base", "CWE-119"),
    ("CWE-416", "Use After Free", "Variant", "CWE-664"),
    (
        "CWE-22",
        "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
        "Base",
        "CWE-664",
    ),
    ("CWE-918", "Server-Side Request Forgery (SSRF)", "Base", "CWE-664"),
    ("CWE-345", "Insufficient Verification of Data Authenticity", "Class", "CWE-693"),
    ("CWE-352", "Cross-Site Request Forgery (CSRF)", "Compound", "CWE-345"),
    ("CWE-287", "Improper Authentication", "Class", "CWE-284"),
    ("CWE-306", "Missing Authentication for Critical Function", "Base", "CWE-287"),
    ("CWE-269", "Improper Privilege Management", "Class", "CWE-284"),
    (
        "CWE-362",
        "Concurrent Execution using Shared Resource with Improper Synchronization ('Race Condition')",
        "Class",
        "CWE-691",
    ),
    ("CWE-330", "Use of Insufficiently Random Values", "Class", "CWE-693"),
    ("CWE-400", "Uncontrolled Resource Consumption", "Class", "CWE-664"),
    ("CWE-434", "Unrestricted Upload of File with Dangerous Type", "Base", "CWE-284"),
    ("CWE-611", "Improper Restriction of XML External Entity Reference", "Base", "CWE-664"),
    ("CWE-476", "NULL Pointer Dereference", "Base", "CWE-691"),
]

# CAPEC code, name, likelihood, typical severity, related CWEs, parent CAPEC
CAPECS = [
    ("CAPEC-152", "Inject Unexpected Items", "High", "Very High", ["CWE-74", "CWE-20"], None),
    ("CAPEC-248", "Command Injection", "Medium", "High", ["CWE-77"], "CAPEC-152"),
    ("CAPEC-88", "OS Command Injection", "High", "High", ["CWE-78"], "CAPEC-248"),
    ("CAPEC-63", "Cross-Site Scripting (XSS)", "High", "Very High", ["CWE-79"], "CAPEC-242"),
    ("CAPEC-588", "DOM-Based XSS", "High", "Very High", ["CWE-79", "CWE-20"], "CAPEC-63"),
    ("CAPEC-591", "Reflected XSS", "High", "Very High", ["CWE-79"], "CAPEC-63"),
    ("CAPEC-592", "Stored XSS", "High", "Very High", ["CWE-79"], "CAPEC-63"),
    ("CAPEC-66", "SQL Injection", "High", "High", ["CWE-89", "CWE-20"], "CAPEC-248"),
    ("CAPEC-7", "Blind SQL Injection", "High", "High", ["CWE-89"], "CAPEC-66"),
    ("CAPEC-242", "Code Injection", "Medium", "High", ["CWE-94"], "CAPEC-152"),
    ("CAPEC-586", "Object Injection", "Medium", "High", ["CWE-502"], "CAPEC-153"),
    ("CAPEC-153", "Input Data Manipulation", "Medium", "Medium", ["CWE-20"], None),
    ("CAPEC-126", "Path Traversal", "High", "Very High", ["CWE-22"], "CAPEC-153"),
    ("CAPEC-62", "Cross Site Request Forgery", "High", "Very High", ["CWE-352"], None),
    ("CAPEC-664", "Server Side Request Forgery", "Medium", "High", ["CWE-918"], None),
    ("CAPEC-100", "Overflow Buffers", "High", "Very High", ["CWE-119", "CWE-787"], "CAPEC-123"),
    ("CAPEC-123", "Buffer Manipulation", "High", "Very High", ["CWE-119"], None),
    ("CAPEC-540", "Overread Buffers", "Medium", "High", ["CWE-125"], "CAPEC-123"),
    ("CAPEC-115", "Authentication Bypass", "Medium", "High", ["CWE-287"], None),
    ("CAPEC-233", "Privilege Escalation", "Medium", "High", ["CWE-269"], None),
    ("CAPEC-26", "Leveraging Race Conditions", "High", "High", ["CWE-362"], None),
    ("CAPEC-112", "Brute Force", "Medium", "High", ["CWE-330"], None),
    ("CAPEC-125", "Flooding", "High", "Medium", ["CWE-400"], None),
    ("CAPEC-650", "Upload a Web Shell to a Web Server", "Medium", "High", ["CWE-434"], None),
    (
        "CAPEC-221",
        "Data Serialization External Entities Blowup",
        "High",
        "Medium",
        ["CWE-611"],
        None,
    ),
    ("CAPEC-136", "LDAP Injection", "High", "High", ["CWE-74", "CWE-20"], "CAPEC-248"),
]

VECTORS = {  # metric -> code -> label
    "attackVector": {"N": "Network", "A": "Adjacent Network", "L": "Local", "P": "Physical"},
    "attackComplexity": {"L": "Low", "H": "High"},
    "privilegesRequired": {"N": "None", "L": "Low", "H": "High"},
    "userInteraction": {"N": "None", "R": "Required"},
}
METRIC_SHORT = {
    "attackVector": "AV",
    "attackComplexity": "AC",
    "privilegesRequired": "PR",
    "userInteraction": "UI",
}

# well-known CVEs: id, nickname, published, CWEs, v3 score, AV, AC, PR, UI, S, C, I, A,
# exploitability, impact, affected (product code, versions), v2 (score, access vector) or None, description
FAMOUS = [
    (
        "CVE-2021-44228",
        "Log4Shell",
        "2021-12-10T10:15:09",
        ["CWE-917", "CWE-502"],
        "10.0",
        "N",
        "L",
        "N",
        "N",
        "C",
        "H",
        "H",
        "H",
        "3.9",
        "6.0",
        [("log4j", ["2.0.1", "2.12.1", "2.14.1"])],
        ("9.3", "NETWORK"),
        "Apache Log4j2 2.0-beta9 through 2.15.0 (excluding security releases 2.12.2, 2.12.3, and 2.3.1) JNDI features used in configuration, log messages, and parameters do not protect against attacker controlled LDAP and other JNDI related endpoints. An attacker who can control log messages or log message parameters can execute arbitrary code loaded from LDAP servers when message lookup substitution is enabled.",
    ),
    (
        "CVE-2021-45046",
        None,
        "2021-12-14T19:15:07",
        ["CWE-917"],
        "9.0",
        "N",
        "H",
        "N",
        "N",
        "C",
        "H",
        "H",
        "H",
        "2.2",
        "6.0",
        [("log4j", ["2.15.0"])],
        ("5.1", "NETWORK"),
        "It was found that the fix to address CVE-2021-44228 in Apache Log4j 2.15.0 was incomplete in certain non-default configurations. This could allow attackers with control over Thread Context Map (MDC) input data to craft malicious input data using a JNDI Lookup pattern resulting in an information leak and remote code execution in some environments.",
    ),
    (
        "CVE-2022-22965",
        "Spring4Shell",
        "2022-04-01T23:15:13",
        ["CWE-94"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("spring_framework", ["5.2.19", "5.3.17"])],
        ("7.5", "NETWORK"),
        "A Spring MVC or Spring WebFlux application running on JDK 9+ may be vulnerable to remote code execution (RCE) via data binding. The specific exploit requires the application to run on Tomcat as a WAR deployment.",
    ),
    (
        "CVE-2021-26855",
        "ProxyLogon",
        "2021-03-03T00:15:12",
        ["CWE-918"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("exchange_server", ["2013", "2016", "2019"])],
        ("7.5", "NETWORK"),
        "Microsoft Exchange Server Remote Code Execution Vulnerability. This CVE ID is unique from CVE-2021-26412, CVE-2021-26854, CVE-2021-26857, CVE-2021-26858, CVE-2021-27065, CVE-2021-27078.",
    ),
    (
        "CVE-2021-34473",
        "ProxyShell",
        "2021-07-14T18:15:11",
        ["CWE-918"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("exchange_server", ["2013", "2016", "2019"])],
        ("10.0", "NETWORK"),
        "Microsoft Exchange Server Remote Code Execution Vulnerability. This CVE ID is unique from CVE-2021-31196, CVE-2021-31206.",
    ),
    (
        "CVE-2014-0160",
        "Heartbleed",
        "2014-04-07T22:55:03",
        ["CWE-125"],
        "7.5",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "N",
        "N",
        "3.9",
        "3.6",
        [("openssl", ["1.0.1", "1.0.1f"])],
        ("5.0", "NETWORK"),
        "The (1) TLS and (2) DTLS implementations in OpenSSL 1.0.1 before 1.0.1g do not properly handle Heartbeat Extension packets, which allows remote attackers to obtain sensitive information from process memory via crafted packets that trigger a buffer over-read, as demonstrated by reading private keys, related to d1_both.c and t1_lib.c, aka the Heartbleed bug.",
    ),
    (
        "CVE-2014-6271",
        "Shellshock",
        "2014-09-24T18:48:04",
        ["CWE-78"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("bash", ["4.2", "4.3"])],
        ("10.0", "NETWORK"),
        "GNU Bash through 4.3 processes trailing strings after function definitions in the values of environment variables, which allows remote attackers to execute arbitrary code via a crafted environment, as demonstrated by vectors involving the ForceCommand feature in OpenSSH sshd, the mod_cgi and mod_cgid modules in the Apache HTTP Server, scripts executed by unspecified DHCP clients, and other situations in which setting the environment occurs across a privilege boundary from Bash execution.",
    ),
    (
        "CVE-2017-0144",
        "EternalBlue",
        "2017-03-17T00:59:00",
        ["CWE-20"],
        "8.1",
        "N",
        "H",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "2.2",
        "5.9",
        [("windows_7", ["-"]), ("windows_10", ["1809"])],
        ("9.3", "NETWORK"),
        "The SMBv1 server in Microsoft Windows Vista SP2; Windows Server 2008 SP2 and R2 SP1; Windows 7 SP1; Windows 8.1; Windows Server 2012 Gold and R2; Windows RT 8.1; and Windows 10 Gold, 1511, and 1607; and Windows Server 2016 allows remote attackers to execute arbitrary code via crafted packets, aka Windows SMB Remote Code Execution Vulnerability.",
    ),
    (
        "CVE-2020-1472",
        "Zerologon",
        "2020-08-17T19:15:15",
        ["CWE-330"],
        "10.0",
        "N",
        "L",
        "N",
        "N",
        "C",
        "H",
        "H",
        "H",
        "3.9",
        "6.0",
        [("windows_server_2019", ["-"])],
        ("9.3", "NETWORK"),
        "An elevation of privilege vulnerability exists when an attacker establishes a vulnerable Netlogon secure channel connection to a domain controller, using the Netlogon Remote Protocol (MS-NRPC), aka 'Netlogon Elevation of Privilege Vulnerability'.",
    ),
    (
        "CVE-2016-5195",
        "Dirty COW",
        "2016-11-10T21:59:00",
        ["CWE-362"],
        "7.0",
        "L",
        "H",
        "L",
        "N",
        "U",
        "H",
        "H",
        "H",
        "1.0",
        "5.9",
        [("linux_kernel", ["4.8.2"])],
        ("7.2", "LOCAL"),
        "Race condition in mm/gup.c in the Linux kernel 2.x through 4.x before 4.8.3 allows local users to gain privileges by leveraging incorrect handling of a copy-on-write (COW) feature to write to a read-only memory mapping, as exploited in the wild in October 2016.",
    ),
    (
        "CVE-2020-1938",
        "Ghostcat",
        "2020-02-24T22:15:11",
        ["CWE-269"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("tomcat", ["8.5.50", "9.0.30"])],
        ("7.5", "NETWORK"),
        "When using the Apache JServ Protocol (AJP), care must be taken when trusting incoming connections to Apache Tomcat. Tomcat treats AJP connections as having higher trust than, for example, a similar HTTP connection. If such connections are available to an attacker, they can be exploited in ways that may be surprising.",
    ),
    (
        "CVE-2017-5638",
        None,
        "2017-03-11T02:59:00",
        ["CWE-20"],
        "10.0",
        "N",
        "L",
        "N",
        "N",
        "C",
        "H",
        "H",
        "H",
        "3.9",
        "6.0",
        [("struts", ["2.3.31", "2.5.10"])],
        ("10.0", "NETWORK"),
        "The Jakarta Multipart parser in Apache Struts 2 2.3.x before 2.3.32 and 2.5.x before 2.5.10.1 has incorrect exception handling and error-message generation during file-upload attempts, which allows remote attackers to execute arbitrary commands via a crafted Content-Type, Content-Disposition, or Content-Length HTTP header.",
    ),
    (
        "CVE-2019-0708",
        "BlueKeep",
        "2019-05-16T19:29:00",
        ["CWE-416"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("windows_7", ["-"])],
        ("10.0", "NETWORK"),
        "A remote code execution vulnerability exists in Remote Desktop Services formerly known as Terminal Services when an unauthenticated attacker connects to the target system using RDP and sends specially crafted requests, aka 'Remote Desktop Services Remote Code Execution Vulnerability'.",
    ),
    (
        "CVE-2022-26134",
        None,
        "2022-06-03T22:15:07",
        ["CWE-917"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("confluence_server", ["7.13.6", "7.18.0"])],
        None,
        "In affected versions of Confluence Server and Data Center, an OGNL injection vulnerability exists that would allow an unauthenticated attacker to execute arbitrary code on a Confluence Server or Data Center instance.",
    ),
    (
        "CVE-2022-42889",
        "Text4Shell",
        "2022-10-13T13:15:09",
        ["CWE-94"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("commons_text", ["1.8", "1.9"])],
        None,
        "Apache Commons Text performs variable interpolation, allowing properties to be dynamically evaluated and expanded. Starting with version 1.5 and continuing through 1.9, the set of default Interpolator instances included interpolators that could result in arbitrary code execution or contact with remote servers.",
    ),
    (
        "CVE-2023-34362",
        None,
        "2023-06-02T14:15:09",
        ["CWE-89"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("moveit_transfer", ["2023.0.0", "2022.1.4"])],
        None,
        "In Progress MOVEit Transfer before 2021.0.6 (13.0.6), 2021.1.4 (13.1.4), 2022.0.4 (14.0.4), 2022.1.5 (14.1.5), and 2023.0.1 (15.0.1), a SQL injection vulnerability has been found in the MOVEit Transfer web application that could allow an unauthenticated attacker to gain access to MOVEit Transfer's database.",
    ),
    (
        "CVE-2023-4966",
        "Citrix Bleed",
        "2023-10-10T14:15:10",
        ["CWE-119"],
        "7.5",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "N",
        "N",
        "3.9",
        "3.6",
        [("netscaler_application_delivery_controller", ["13.1", "14.1"])],
        None,
        "Sensitive information disclosure in NetScaler ADC and NetScaler Gateway when configured as a Gateway (VPN virtual server, ICA Proxy, CVPN, RDP Proxy) or AAA virtual server.",
    ),
    (
        "CVE-2021-34527",
        "PrintNightmare",
        "2021-07-02T22:15:08",
        ["CWE-269"],
        "8.8",
        "N",
        "L",
        "L",
        "N",
        "U",
        "H",
        "H",
        "H",
        "2.8",
        "5.9",
        [("windows_10", ["1809", "21h2"]), ("windows_server_2019", ["-"])],
        ("9.0", "NETWORK"),
        "Windows Print Spooler Remote Code Execution Vulnerability.",
    ),
    (
        "CVE-2022-40684",
        None,
        "2022-10-18T14:15:10",
        ["CWE-287"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("fortios", ["7.0.7", "7.2.2"])],
        None,
        "An authentication bypass using an alternate path or channel [CWE-288] in Fortinet FortiOS version 7.2.0 through 7.2.1 and 7.0.0 through 7.0.6 allows an unauthenticated atttacker to perform operations on the administrative interface via specially crafted HTTP or HTTPS requests.",
    ),
    (
        "CVE-2021-41773",
        None,
        "2021-10-05T09:15:07",
        ["CWE-22"],
        "7.5",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "N",
        "N",
        "3.9",
        "3.6",
        [("http_server", ["2.4.49"])],
        ("4.3", "NETWORK"),
        "A flaw was found in a change made to path normalization in Apache HTTP Server 2.4.49. An attacker could use a path traversal attack to map URLs to files outside the directories configured by Alias-like directives.",
    ),
    (
        "CVE-2020-14882",
        None,
        "2020-10-21T15:15:14",
        ["CWE-306"],
        "9.8",
        "N",
        "L",
        "N",
        "N",
        "U",
        "H",
        "H",
        "H",
        "3.9",
        "5.9",
        [("weblogic_server", ["12.2.1.3.0", "14.1.1.0.0"])],
        ("10.0", "NETWORK"),
        "Vulnerability in the Oracle WebLogic Server product of Oracle Fusion Middleware (component: Console). Easily exploitable vulnerability allows unauthenticated attacker with network access via HTTP to compromise Oracle WebLogic Server.",
    ),
]

# synthetic NVD-style entries: CWE -> (flaw phrase, impact phrase)
FLAWS = {
    "CWE-79": (
        "A cross-site scripting (XSS) vulnerability",
        "allows remote attackers to inject arbitrary web script or HTML via a crafted parameter",
    ),
    "CWE-89": (
        "An SQL injection vulnerability",
        "allows remote authenticated users to execute arbitrary SQL commands",
    ),
    "CWE-78": (
        "An OS command injection vulnerability",
        "allows attackers to execute arbitrary operating system commands",
    ),
    "CWE-22": ("A path traversal vulnerability", "allows remote attackers to read arbitrary files"),
    "CWE-352": (
        "A cross-site request forgery (CSRF) vulnerability",
        "allows remote attackers to hijack the authentication of administrators",
    ),
    "CWE-787": (
        "An out-of-bounds write",
        "allows attackers to cause a denial of service or possibly execute arbitrary code",
    ),
    "CWE-125": (
        "An out-of-bounds read",
        "allows attackers to obtain sensitive information from memory",
    ),
    "CWE-416": (
        "A use-after-free",
        "allows attackers to execute arbitrary code via a crafted file",
    ),
    "CWE-400": (
        "Uncontrolled resource consumption",
        "allows remote attackers to cause a denial of service",
    ),
    "CWE-434": (
        "An unrestricted file upload vulnerability",
        "allows authenticated users to upload and execute arbitrary files",
    ),
    "CWE-611": (
        "An XML external entity (XXE) vulnerability",
        "allows remote attackers to read arbitrary files via a crafted XML document",
    ),
    "CWE-476": ("A NULL pointer dereference", "allows local users to cause a denial of service"),
    "CWE-287": (
        "An improper authentication vulnerability",
        "allows remote attackers to bypass authentication",
    ),
    "CWE-502": (
        "Deserialization of untrusted data",
        "allows remote attackers to execute arbitrary code",
    ),
    "CWE-918": (
        "A server-side request forgery (SSRF) vulnerability",
        "allows remote attackers to send requests to internal hosts",
    ),
    "CWE-20": ("Improper input validation", "allows remote attackers to cause a denial of service"),
    "CWE-269": (
        "An improper privilege management vulnerability",
        "allows local users to gain elevated privileges",
    ),
}
SOURCES = ["MISC", "CONFIRM", "BID", "SECTRACK", "MLIST", "FULLDISC"]
TAGS = ["Patch", "Vendor Advisory", "Third Party Advisory", "Exploit", "Mailing List", "VDB Entry"]


def severity(score: float) -> str:
    return "CRITICAL" if score >= 9 else "HIGH" if score >= 7 else "MEDIUM" if score >= 4 else "LOW"


def main() -> None:
    rng = random.Random(3030)
    g = Graph()
    dt = XSD.dateTime

    # the vocabulary
    for ns, cls, label in (
        (CVE, "CVE", "CVE vulnerability"),
        (CVE, "VulnerableConfiguration", "vulnerable configuration"),
        (CVE, "Reference", "reference"),
        (CWE, "CWE", "CWE weakness"),
        (CAPEC, "CAPEC", "CAPEC attack pattern"),
        (CPE, "CPE", "CPE entry"),
        (CPE, "Vendor", "vendor"),
        (CPE, "Product", "product"),
        (CVSS, "CVSS3BaseMetric", "CVSS v3 base metric"),
        (CVSS, "CVSS2BaseMetric", "CVSS v2 base metric"),
        (CVSS, "MetricValue", "CVSS metric value"),
    ):
        g.add((ns[cls], RDF.type, OWL.Class))
        g.add((ns[cls], RDFS.label, Literal(label)))
    for ns, prop, label, comment in (
        (CVE, "id", "id", "The CVE identifier."),
        (CVE, "hasCWE", "has CWE", "The weakness (CWE) the vulnerability is an instance of."),
        (
            CVE,
            "hasCVSS3BaseMetric",
            "has CVSS3 base metric",
            "The CVSS v3 base metric of the vulnerability.",
        ),
        (
            CVE,
            "hasCVSS2BaseMetric",
            "has CVSS2 base metric",
            "The CVSS v2 base metric of the vulnerability.",
        ),
        (
            CVE,
            "hasVulnerableConfiguration",
            "has vulnerable configuration",
            "A platform configuration the vulnerability affects.",
        ),
        (CVE, "hasCPE", "has CPE", "A CPE entry that is part of the vulnerable configuration."),
        (
            CVE,
            "hasReference",
            "has reference",
            "A reference (advisory, patch, exploit) about the vulnerability.",
        ),
        (CVE, "referenceUrl", "reference url", None),
        (CVE, "referenceSource", "reference source", None),
        (CVE, "referenceTag", "reference tag", None),
        (CWE, "id", "id", None),
        (CWE, "name", "name", None),
        (
            CWE,
            "abstraction",
            "abstraction",
            "The abstraction level of the weakness: Pillar, Class, Base, Variant.",
        ),
        (CWE, "childOf", "child of", "The weakness this weakness is a more specific case of."),
        (CAPEC, "id", "id", None),
        (CAPEC, "name", "name", None),
        (CAPEC, "likelihoodOfAttack", "likelihood of attack", None),
        (CAPEC, "typicalSeverity", "typical severity", None),
        (
            CAPEC,
            "hasRelatedWeakness",
            "has related weakness",
            "A weakness (CWE) the attack pattern exploits.",
        ),
        (CAPEC, "childOf", "child of", None),
        (CPE, "id", "id", "The CPE 2.3 formatted string."),
        (CPE, "version", "version", None),
        (CPE, "part", "part", "a: application, o: operating system, h: hardware."),
        (CPE, "hasVendor", "has vendor", None),
        (CPE, "hasProduct", "has product", None),
        (CPE, "vendorName", "vendor name", None),
        (CPE, "productName", "product name", None),
        (CVSS, "baseScore", "base score", None),
        (CVSS, "baseSeverity", "base severity", None),
        (CVSS, "exploitabilityScore", "exploitability score", None),
        (CVSS, "impactScore", "impact score", None),
        (CVSS, "vectorString", "vector string", None),
        (CVSS, "attackVector", "attack vector", None),
        (CVSS, "attackComplexity", "attack complexity", None),
        (CVSS, "privilegesRequired", "privileges required", None),
        (CVSS, "userInteraction", "user interaction", None),
        (CVSS, "scope", "scope", None),
        (CVSS, "accessVector", "access vector", None),
    ):
        kind = (
            OWL.ObjectProperty
            if prop.startswith(("has", "child")) or prop in VECTORS
            else OWL.DatatypeProperty
        )
        g.add((ns[prop], RDF.type, kind))
        g.add((ns[prop], RDFS.label, Literal(label)))
        if comment:
            g.add((ns[prop], RDFS.comment, Literal(comment)))

    # CVSS code lists
    code = {}
    for metric, values in VECTORS.items():
        for c, label in values.items():
            iri = CVSS[f"{metric}_{label.upper().replace(' ', '_')}"]
            code[metric, c] = iri
            g.add((iri, RDF.type, CVSS.MetricValue))
            g.add((iri, SKOS.notation, Literal(c)))
            g.add((iri, RDFS.label, Literal(label)))

    # weaknesses and attack patterns
    cwe = {c[0]: URIRef(f"{RES}cwe/{c[0]}") for c in CWES}
    for cid, name, abstraction, parent in CWES:
        s = cwe[cid]
        g.add((s, RDF.type, CWE.CWE))
        g.add((s, CWE.id, Literal(cid)))
        g.add((s, CWE.name, Literal(name)))
        g.add((s, CWE.abstraction, Literal(abstraction)))
        if parent:
            g.add((s, CWE.childOf, cwe[parent]))
    capec = {cid: URIRef(f"{RES}capec/{cid}") for cid, *_ in CAPECS}
    for cid, name, likelihood, sev, weaknesses, parent in CAPECS:
        s = capec[cid]
        g.add((s, RDF.type, CAPEC.CAPEC))
        g.add((s, CAPEC.id, Literal(cid)))
        g.add((s, CAPEC.name, Literal(name)))
        g.add((s, CAPEC.likelihoodOfAttack, Literal(likelihood)))
        g.add((s, CAPEC.typicalSeverity, Literal(sev)))
        for w in weaknesses:
            g.add((s, CAPEC.hasRelatedWeakness, cwe[w]))
        if parent:
            g.add((s, CAPEC.childOf, capec[parent]))

    # vendors, products, CPE entries
    vendor: dict[str, URIRef] = {}
    product: dict[str, URIRef] = {}
    cpes: dict[tuple[str, str], URIRef] = {}
    titles: dict[str, str] = {}
    for v, p, title, part, versions in PRODUCTS:
        if v not in vendor:
            vendor[v] = URIRef(f"{RES}cpe/vendor/{v}")
            g.add((vendor[v], RDF.type, CPE.Vendor))
            g.add((vendor[v], CPE.vendorName, Literal(v)))
        product[p] = URIRef(f"{RES}cpe/product/{v}/{p}")
        g.add((product[p], RDF.type, CPE.Product))
        g.add((product[p], CPE.productName, Literal(p)))
        g.add((product[p], CPE.hasVendor, vendor[v]))
        if title:
            g.add((product[p], RDFS.label, Literal(title, lang="en")))
        titles[p] = title or f"{v.capitalize()} {p.replace('_', ' ').title()}"
        for ver in versions:
            formatted = f"cpe:2.3:{part}:{v}:{p}:{ver}:*:*:*:*:*:*:*"
            s = URIRef(f"{RES}cpe/{formatted.replace(':', '_').replace('*', '-')}")
            cpes[p, ver] = s
            g.add((s, RDF.type, CPE.CPE))
            g.add((s, CPE.id, Literal(formatted)))
            g.add(
                (
                    s,
                    DCTERMS.title,
                    Literal(f"{titles[p]} {ver}" if ver != "-" else titles[p], lang="en"),
                )
            )
            g.add((s, CPE.version, Literal(ver)))
            g.add((s, CPE.part, Literal(part)))
            g.add((s, CPE.hasVendor, vendor[v]))
            g.add((s, CPE.hasProduct, product[p]))

    def vulnerability(
        cid: str,
        issued: datetime,
        weaknesses: list[str],
        v3: tuple[str, ...],
        affected: list[tuple[str, list[str]]],
        v2: tuple[str, str] | None,
        text: str,
        nickname: str | None,
    ) -> None:
        s = URIRef(f"{RES}cve/{cid}")
        g.add((s, RDF.type, CVE.CVE))
        g.add((s, CVE.id, Literal(cid)))
        g.add((s, DCTERMS.description, Literal(text, lang="en")))
        g.add((s, DCTERMS.issued, Literal(issued.strftime("%Y-%m-%dT%H:%M:%S"), datatype=dt)))
        modified = issued + timedelta(days=rng.randint(30, 900), minutes=rng.randint(0, 1439))
        g.add((s, DCTERMS.modified, Literal(modified.strftime("%Y-%m-%dT%H:%M:%S"), datatype=dt)))
        if nickname:
            g.add((s, SKOS.altLabel, Literal(nickname, lang="en")))
        for w in weaknesses:
            g.add((s, CVE.hasCWE, cwe[w]))
        score, av, ac, pr, ui, scope, c, i, a, expl, impact = v3
        m = URIRef(f"{RES}cvss3/{cid}")
        g.add((s, CVE.hasCVSS3BaseMetric, m))
        g.add((m, RDF.type, CVSS.CVSS3BaseMetric))
        g.add((m, CVSS.baseScore, Literal(score, datatype=XSD.decimal)))
        g.add((m, CVSS.baseSeverity, Literal(severity(float(score)))))
        g.add((m, CVSS.exploitabilityScore, Literal(expl, datatype=XSD.decimal)))
        g.add((m, CVSS.impactScore, Literal(impact, datatype=XSD.decimal)))
        for metric, value in zip(VECTORS, (av, ac, pr, ui), strict=True):
            g.add((m, CVSS[metric], code[metric, value]))
        g.add((m, CVSS.scope, Literal({"U": "UNCHANGED", "C": "CHANGED"}[scope])))
        vector = "/".join(
            f"{METRIC_SHORT[k]}:{x}" for k, x in zip(VECTORS, (av, ac, pr, ui), strict=True)
        )
        g.add((m, CVSS.vectorString, Literal(f"CVSS:3.1/{vector}/S:{scope}/C:{c}/I:{i}/A:{a}")))
        if v2:
            m2 = URIRef(f"{RES}cvss2/{cid}")
            g.add((s, CVE.hasCVSS2BaseMetric, m2))
            g.add((m2, RDF.type, CVSS.CVSS2BaseMetric))
            g.add((m2, CVSS.baseScore, Literal(v2[0], datatype=XSD.decimal)))
            g.add((m2, CVSS.accessVector, Literal(v2[1])))
        for n, (p, versions) in enumerate(affected, 1):
            conf = URIRef(f"{RES}cve-configuration/{cid}-{n}")
            g.add((s, CVE.hasVulnerableConfiguration, conf))
            g.add((conf, RDF.type, CVE.VulnerableConfiguration))
            for ver in versions:
                g.add((conf, CVE.hasCPE, cpes[p, ver]))
        for n in range(rng.randint(1, 3)):
            r = URIRef(f"{RES}cve-reference/{cid}-{n + 1}")
            g.add((s, CVE.hasReference, r))
            g.add((r, RDF.type, CVE.Reference))
            host = rng.choice(
                [
                    "https://www.openwall.com/lists/oss-security/",
                    "https://security.netapp.com/advisory/",
                    "https://github.com/advisories/",
                    "https://www.exploit-db.com/exploits/",
                ]
            )
            g.add(
                (
                    r,
                    CVE.referenceUrl,
                    Literal(f"{host}{rng.randint(10000, 99999)}", datatype=XSD.anyURI),
                )
            )
            g.add((r, CVE.referenceSource, Literal(rng.choice(SOURCES))))
            g.add((r, CVE.referenceTag, Literal(rng.choice(TAGS))))

    for (
        cid,
        nick,
        issued,
        ws,
        score,
        av,
        ac,
        pr,
        ui,
        sc,
        c,
        i,
        a,
        expl,
        imp,
        affected,
        v2,
        text,
    ) in FAMOUS:
        vulnerability(
            cid,
            datetime.fromisoformat(issued),
            ws,
            (score, av, ac, pr, ui, sc, c, i, a, expl, imp),
            affected,
            v2,
            text,
            nick,
        )

    # synthetic entries: the long tail of NVD (a product, a flaw, a score)
    flaw_cwes = sorted(FLAWS)
    product_versions = {p: versions for _, p, _, _, versions in PRODUCTS}
    used = {f[0] for f in FAMOUS}
    for _ in range(320):
        year = rng.choice([2019, 2020, 2021, 2022, 2023])
        cid = f"CVE-{year}-{rng.randint(1000, 49999)}"
        if cid in used:
            continue
        used.add(cid)
        w = rng.choice(flaw_cwes)
        p = rng.choice(sorted(product_versions))
        versions = sorted(rng.sample(product_versions[p], rng.randint(1, len(product_versions[p]))))
        flaw, impact = FLAWS[w]
        av = "L" if w in ("CWE-476", "CWE-269") else rng.choice("NNNA")
        ac, pr, ui = (
            rng.choice("LLH"),
            rng.choice("NNLH"),
            "R" if w in ("CWE-79", "CWE-352") else rng.choice("NNR"),
        )
        cia = [rng.choice("HHLN") for _ in range(3)]
        if cia == ["N", "N", "N"]:
            cia[2] = "H"
        score = round(rng.uniform(4.0, 9.8), 1)
        issued = datetime(year, 1, 1) + timedelta(
            days=rng.randint(0, 364), minutes=rng.randint(0, 1439)
        )
        text = (
            f"{flaw} in {titles[p]} {versions[0] if versions[0] != '-' else ''} {impact}.".replace(
                "  ", " "
            )
        )
        v2 = (
            (
                f"{round(rng.uniform(2.0, 9.0), 1)}",
                {"N": "NETWORK", "A": "ADJACENT_NETWORK", "L": "LOCAL"}[av],
            )
            if year <= 2020
            else None
        )
        vulnerability(
            cid,
            issued,
            [w],
            (
                f"{score}",
                av,
                ac,
                pr,
                ui,
                "U",
                *cia,
                f"{round(rng.uniform(1.0, 3.9), 1)}",
                f"{round(rng.uniform(1.4, 5.9), 1)}",
            ),
            [(p, versions)],
            v2,
            text,
            None,
        )

    lines = sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())
    out = HERE / "cve.nt.gz"
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{out}: {len(lines)} triples, {len(used)} vulnerabilities")


if __name__ == "__main__":
    main()
