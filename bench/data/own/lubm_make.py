"""Write ``lubm/``: a small university graph in the shape of the Lehigh University Benchmark.

LUBM's users load two things: the ``univ-bench.owl`` ontology (``lubm/univ-bench.owl``, its
class tree ``FullProfessor`` ⊑ ``Professor`` ⊑ ``Faculty`` ⊑ ``Employee`` ⊑ ``Person``, the
``owl:inverseOf`` pairs ``hasAlumnus``/``degreeFrom`` and ``member``/``memberOf``, the
sub-properties ``headOf`` ⊑ ``worksFor`` ⊑ ``memberOf`` and ``doctoralDegreeFrom`` ⊑
``degreeFrom``, the transitive ``subOrganizationOf``, domains and ranges, and ``rdfs:label`` on
classes and properties only, as univ-bench writes them), and the data files its generator (UBA)
writes one per department, ``UniversityU_D.owl`` in RDF/XML.

The data carries no ``rdfs:label`` at all: every named thing has a ``ub:name`` literal that is a
code (``"FullProfessor3"``, ``"GraduateCourse12"``, ``"Department2"``, ``"University0"``),
repeated in every department (each department has its own ``FullProfessor0``), at IRIs such as
``http://www.Department0.University0.edu/FullProfessor3``. Research groups have no name, only
their IRI. Faculty teach courses (``ub:teacherOf``), hold degrees from universities (most of
which the data only points at, ``http://www.University7.edu``, never describing them), work for
their department (``ub:worksFor``; the chair also ``ub:headOf``), write publications
(``ub:publicationAuthor`` from the publication), have ``ub:emailAddress``, ``ub:telephone`` and
``ub:researchInterest`` literals. Students are members of the department (``ub:memberOf``), take
courses, some have an advisor; graduate students hold an undergraduate degree and some are
teaching assistants (a second node element typed ``ub:TeachingAssistant`` with
``ub:teachingAssistantOf``) or research assistants (``ub:ResearchAssistant``,
``ub:worksFor`` a research group), as UBA writes them.

Counts are scaled down from UBA's (a few people per department instead of hundreds) so the whole
graph stays near 3,000 triples; telephone numbers are digits rather than UBA's literal
``xxx-xxx-xxxx`` so that a question can ask for one.
Run from the repository root: ``python bench/data/own/lubm_make.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent / "lubm"
UB = "http://swat.cse.lehigh.edu/onto/univ-bench.owl#"
SEED = 23
# university -> number of departments described
UNIVERSITIES = {0: 3, 1: 2}
# universities a degree may come from (only 0 and 1 are described)
DEGREE_UNIS = list(range(10))

HEAD = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:owl="http://www.w3.org/2002/07/owl#"
  xmlns:ub="{UB}"
>

<owl:Ontology rdf:about="">
  <owl:imports rdf:resource="http://swat.cse.lehigh.edu/onto/univ-bench.owl" />
</owl:Ontology>
"""

# (class, label, parent) as univ-bench.owl has them
CLASSES = [
    ("AdministrativeStaff", "administrative staff worker", "Employee"),
    ("Article", "article", "Publication"),
    ("AssistantProfessor", "assistant professor", "Professor"),
    ("AssociateProfessor", "associate professor", "Professor"),
    ("Book", "book", "Publication"),
    ("Chair", "chair", "Professor"),
    ("ClericalStaff", "clerical staff worker", "AdministrativeStaff"),
    ("College", "school", "Organization"),
    ("ConferencePaper", "conference paper", "Article"),
    ("Course", "teaching course", "Work"),
    ("Dean", "dean", "Professor"),
    ("Department", "university department", "Organization"),
    ("Director", "director", "Person"),
    ("Employee", "Employee", "Person"),
    ("Faculty", "faculty member", "Employee"),
    ("FullProfessor", "full professor", "Professor"),
    ("GraduateCourse", "Graduate Level Courses", "Course"),
    ("GraduateStudent", "graduate student", "Person"),
    ("Institute", "institute", "Organization"),
    ("JournalArticle", "journal article", "Article"),
    ("Lecturer", "lecturer", "Faculty"),
    ("Manual", "manual", "Publication"),
    ("Organization", "organization", None),
    ("Person", "person", None),
    ("PostDoc", "post doctorate", "Faculty"),
    ("Professor", "professor", "Faculty"),
    ("Program", "program", "Organization"),
    ("Publication", "publication", None),
    ("Research", "research work", "Work"),
    ("ResearchAssistant", "university research assistant", "Student"),
    ("ResearchGroup", "research group", "Organization"),
    ("Schedule", "schedule", None),
    ("Software", "software program", "Publication"),
    ("Specification", "published specification", "Publication"),
    ("Student", "student", "Person"),
    ("SystemsStaff", "systems staff worker", "AdministrativeStaff"),
    ("TeachingAssistant", "university teaching assistant", "Person"),
    ("TechnicalReport", "technical report", "Article"),
    ("UndergraduateStudent", "undergraduate student", "Student"),
    ("University", "university", "Organization"),
    ("UnofficialPublication", "unnoficial publication", "Publication"),
    ("VisitingProfessor", "visiting professor", "Professor"),
    ("Work", "Work", None),
]

# (property, kind, label, domain, range, super-property, inverse)
PROPERTIES = [
    ("advisor", "Object", "is being advised by", "Person", "Professor", None, None),
    (
        "affiliatedOrganizationOf",
        "Object",
        "is affiliated with",
        "Organization",
        "Organization",
        None,
        None,
    ),
    ("affiliateOf", "Object", "is affiliated with", "Organization", "Person", None, None),
    ("age", "Datatype", "is age", "Person", None, None, None),
    ("degreeFrom", "Object", "has a degree from", "Person", "University", None, None),
    (
        "doctoralDegreeFrom",
        "Object",
        "has a doctoral degree from",
        "Person",
        "University",
        "degreeFrom",
        None,
    ),
    ("emailAddress", "Datatype", "can be reached at", "Person", None, None, None),
    ("hasAlumnus", "Object", "has as an alumnus", "University", "Person", None, "degreeFrom"),
    ("headOf", "Object", "is the head of", None, None, "worksFor", None),
    ("listedCourse", "Object", "lists as a course", "Schedule", "Course", None, None),
    (
        "mastersDegreeFrom",
        "Object",
        "has a masters degree from",
        "Person",
        "University",
        "degreeFrom",
        None,
    ),
    ("member", "Object", "has as a member", "Organization", "Person", None, None),
    ("memberOf", "Object", "member of", None, None, None, "member"),
    ("name", "Datatype", "name", None, None, None, None),
    ("officeNumber", "Datatype", "office room No.", None, None, None, None),
    ("orgPublication", "Object", "publishes", "Organization", "Publication", None, None),
    ("publicationAuthor", "Object", "was written by", "Publication", "Person", None, None),
    ("publicationDate", "Datatype", "was written on", "Publication", None, None, None),
    ("publicationResearch", "Object", "is about", "Publication", "Research", None, None),
    ("researchInterest", "Datatype", "is researching", None, None, None, None),
    (
        "researchProject",
        "Object",
        "has as a research project",
        "ResearchGroup",
        "Research",
        None,
        None,
    ),
    ("softwareDocumentation", "Object", "is documented in", "Software", "Publication", None, None),
    ("softwareVersion", "Datatype", "is version", "Software", None, None, None),
    ("subOrganizationOf", "Transitive", "is part of", "Organization", "Organization", None, None),
    ("takesCourse", "Object", "is taking", None, None, None, None),
    ("teacherOf", "Object", "teaches", "Faculty", "Course", None, None),
    (
        "teachingAssistantOf",
        "Object",
        "is a teaching assistant for",
        "TeachingAssistant",
        "Course",
        None,
        None,
    ),
    ("telephone", "Datatype", "telephone number", "Person", None, None, None),
    ("tenured", "Datatype", "is tenured:", "Professor", None, None, None),
    ("title", "Datatype", "title", "Person", None, None, None),
    (
        "undergraduateDegreeFrom",
        "Object",
        "has an undergraduate degree from",
        "Person",
        "University",
        "degreeFrom",
        None,
    ),
    ("worksFor", "Object", "Works For", None, None, "memberOf", None),
]


def ontology() -> str:
    """``univ-bench.owl`` as its publisher writes it (classes, properties, labels)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        "<rdf:RDF",
        '  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        '  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"',
        '  xmlns:owl="http://www.w3.org/2002/07/owl#"',
        f'  xml:base="{UB[:-1]}"',
        ">",
        "",
        '<owl:Ontology rdf:about="">',
        "  <rdfs:comment>An university ontology for benchmark tests</rdfs:comment>",
        "  <rdfs:label>Univ-bench Ontology</rdfs:label>",
        "  <owl:versionInfo>univ-bench-ontology-owl, ver April 1, 2004</owl:versionInfo>",
        "</owl:Ontology>",
        "",
    ]
    for name, label, parent in CLASSES:
        out.append(f'<owl:Class rdf:ID="{name}">')
        out.append(f"  <rdfs:label>{label}</rdfs:label>")
        if parent:
            out.append(f'  <rdfs:subClassOf rdf:resource="#{parent}" />')
        out.append("</owl:Class>")
        out.append("")
    for name, kind, label, domain, rng, sup, inverse in PROPERTIES:
        tag = f"owl:{kind}Property"
        out.append(f'<{tag} rdf:ID="{name}">')
        out.append(f"  <rdfs:label>{label}</rdfs:label>")
        if domain:
            out.append(f'  <rdfs:domain rdf:resource="#{domain}" />')
        if rng:
            out.append(f'  <rdfs:range rdf:resource="#{rng}" />')
        if sup:
            out.append(f'  <rdfs:subPropertyOf rdf:resource="#{sup}" />')
        if inverse:
            out.append(f'  <owl:inverseOf rdf:resource="#{inverse}" />')
        out.append(f"</{tag}>")
        out.append("")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n"


def uni_iri(u: int) -> str:
    return f"http://www.University{u}.edu"


class Department:
    """The node elements of one department's file, written in UBA's order."""

    def __init__(self, rng: random.Random, u: int, d: int) -> None:
        self.rng, self.u, self.d = rng, u, d
        self.base = f"http://www.Department{d}.University{u}.edu"
        self.host = f"Department{d}.University{u}.edu"
        self.lines: list[str] = []
        self.courses: list[str] = []
        self.grad_courses: list[str] = []
        self.professors: list[str] = []

    def node(self, cls: str, iri: str, props: list[tuple[str, str, bool]]) -> None:
        """One node element; ``props`` are (property, value, is_resource)."""
        self.lines.append(f'<ub:{cls} rdf:about="{iri}">')
        for p, v, res in props:
            if res:
                self.lines.append(f'  <ub:{p} rdf:resource="{v}" />')
            else:
                self.lines.append(f"  <ub:{p}>{v}</ub:{p}>")
        self.lines.append(f"</ub:{cls}>")
        self.lines.append("")

    def phone(self) -> str:
        r = self.rng
        return f"{r.randint(200, 989)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"

    def person(self, name: str) -> list[tuple[str, str, bool]]:
        return [
            ("emailAddress", f"{name}@{self.host}", False),
            ("telephone", self.phone(), False),
        ]

    def write(self) -> str:
        r, u = self.rng, self.u
        self.lines.append(f'<ub:University rdf:about="{uni_iri(u)}">')
        self.lines.append(f"  <ub:name>University{u}</ub:name>")
        self.lines.append("</ub:University>")
        self.lines.append("")
        self.node(
            "Department",
            self.base,
            [("name", f"Department{self.d}", False), ("subOrganizationOf", uni_iri(u), True)],
        )
        counts = {
            "FullProfessor": r.randint(2, 4),
            "AssociateProfessor": r.randint(2, 4),
            "AssistantProfessor": r.randint(2, 3),
            "Lecturer": r.randint(1, 2),
        }
        n_course = n_grad = 0
        faculty: list[tuple[str, str, list[str]]] = []
        for cls, n in counts.items():
            for i in range(n):
                name = f"{cls}{i}"
                iri = f"{self.base}/{name}"
                teaches = []
                for _ in range(r.randint(1, 2)):
                    teaches.append(f"{self.base}/Course{n_course}")
                    self.courses.append(teaches[-1])
                    n_course += 1
                if cls != "Lecturer":
                    for _ in range(r.randint(1, 2)):
                        teaches.append(f"{self.base}/GraduateCourse{n_grad}")
                        self.grad_courses.append(teaches[-1])
                        n_grad += 1
                    self.professors.append(iri)
                faculty.append((cls, iri, teaches))
                props = [("name", name, False)]
                props += [("teacherOf", t, True) for t in teaches]
                props += [
                    ("undergraduateDegreeFrom", uni_iri(r.choice(DEGREE_UNIS)), True),
                    ("mastersDegreeFrom", uni_iri(r.choice(DEGREE_UNIS)), True),
                    ("doctoralDegreeFrom", uni_iri(r.choice(DEGREE_UNIS)), True),
                    ("worksFor", self.base, True),
                ]
                if cls == "FullProfessor" and i == 0:
                    props.append(("headOf", self.base, True))
                props += self.person(name)
                props.append(("researchInterest", f"Research{r.randint(0, 29)}", False))
                self.node(cls, iri, props)
        for c in self.courses:
            self.node("Course", c, [("name", c.rsplit("/", 1)[1], False)])
        for c in self.grad_courses:
            self.node("GraduateCourse", c, [("name", c.rsplit("/", 1)[1], False)])
        n_groups = r.randint(2, 4)
        groups = [f"{self.base}/ResearchGroup{g}" for g in range(n_groups)]
        for g in groups:
            self.node("ResearchGroup", g, [("subOrganizationOf", self.base, True)])
        for i in range(len(faculty) * 2):
            name = f"UndergraduateStudent{i}"
            iri = f"{self.base}/{name}"
            props = [("name", name, False), ("memberOf", self.base, True)]
            props += self.person(name)
            for c in r.sample(self.courses, r.randint(1, 3)):
                props.append(("takesCourse", c, True))
            if r.random() < 0.2:
                props.append(("advisor", r.choice(self.professors), True))
            self.node("UndergraduateStudent", iri, props)
        grads: list[str] = []
        for i in range(len(faculty)):
            name = f"GraduateStudent{i}"
            iri = f"{self.base}/{name}"
            grads.append(iri)
            props = [("name", name, False), ("memberOf", self.base, True)]
            props.append(("undergraduateDegreeFrom", uni_iri(r.choice(DEGREE_UNIS)), True))
            props += self.person(name)
            for c in r.sample(self.grad_courses, r.randint(1, 2)):
                props.append(("takesCourse", c, True))
            props.append(("advisor", r.choice(self.professors), True))
            self.node("GraduateStudent", iri, props)
            if r.random() < 0.25:
                self.node(
                    "TeachingAssistant",
                    iri,
                    [("teachingAssistantOf", r.choice(self.courses), True)],
                )
            elif r.random() < 0.3:
                self.node("ResearchAssistant", iri, [("worksFor", r.choice(groups), True)])
        for cls, iri, _ in faculty:
            n_pub = {"FullProfessor": 3, "AssociateProfessor": 2, "AssistantProfessor": 1}
            for p in range(r.randint(0, n_pub.get(cls, 1))):
                pub = f"{iri}/Publication{p}"
                props = [("name", f"Publication{p}", False), ("publicationAuthor", iri, True)]
                if r.random() < 0.4:
                    props.append(("publicationAuthor", r.choice(grads), True))
                self.node("Publication", pub, props)
        return HEAD + "\n" + "\n".join(self.lines) + "</rdf:RDF>\n"


def main() -> None:
    HERE.mkdir(exist_ok=True)
    (HERE / "univ-bench.owl").write_text(ontology(), encoding="utf-8")
    rng = random.Random(SEED)
    for u, n_dept in UNIVERSITIES.items():
        for d in range(n_dept):
            text = Department(rng, u, d).write()
            (HERE / f"University{u}_{d}.owl").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
