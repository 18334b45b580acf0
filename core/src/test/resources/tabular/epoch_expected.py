#!/usr/bin/python3
"""Expected answers of the Epoch named queries, computed from the CSV with the csv module, independently of aikg.

It applies the rules the mapping epoch-notable states in its header (list splitting, zipping organizations with their
categories and countries, author names, exact-name reconciliation against the registry read with rdflib) and prints
one JSON object with an entry per query.
usage: epoch_expected.py EPOCH.csv ENTITIES.trig ALIASES.trig ONTOLOGY.ttl
"""
import csv
import json
import re
import sys
from collections import defaultdict

import rdflib
from rdflib.namespace import RDF, RDFS

AIKG = "https://w3id.org/aikg/ns#"
SCHEMA = "https://schema.org/"
KIND_CLASSES = {"org": SCHEMA + "Organization", "model": AIKG + "AIModel", "person": SCHEMA + "Person",
                "country": SCHEMA + "Country", "hardware": AIKG + "GPUModel"}
ACCESS = {"API access": "APIAccess", "Hosted access (no API)": "HostedAccess",
          "Open weights (unrestricted)": "OpenWeightsUnrestricted", "Open weights (restricted use)": "OpenWeightsRestricted",
          "Open weights (non-commercial)": "OpenWeightsNonCommercial", "Unreleased": "Unreleased"}
AUTHOR_SEPARATOR = re.compile(r"\s*(?:[,;&\n\r]|\band\b)\s*")


def items(text, separator=","):
    return [item.strip() for item in re.split(separator, text) if item.strip()]


def author_name(item):
    """An author's name as the mapping writes it: no-break spaces made spaces, footnote marks and a period after a
    lower-case letter dropped from the end."""
    name = re.sub(r"\s*[∗†‡*]+$", "", item.replace("\u00a0", " "))
    if len(name) >= 2 and name.endswith(".") and name[-2].islower():
        name = name[:-1]
    return name


class Registry:
    """Names of the registry entities by kind, read with rdflib from the entity and alias TriG files."""

    def __init__(self, trig_files, ontology):
        onto = rdflib.Graph()
        onto.parse(ontology, format="turtle")
        supers = defaultdict(set)
        for sub, sup in onto.subject_objects(RDFS.subClassOf):
            supers[str(sub)].add(str(sup))
        ds = rdflib.Dataset()
        for f in trig_files:
            ds.parse(f, format="trig")
        graph = ds.graph(rdflib.URIRef("https://w3id.org/aikg/graph/entities"))
        self.by_name = {}
        self.names = {}
        for entity in set(graph.subjects()):
            kinds = set()
            for t in graph.objects(entity, RDF.type):
                closure, todo = set(), [str(t)]
                while todo:
                    c = todo.pop()
                    if c not in closure:
                        closure.add(c)
                        todo.extend(supers[c])
                kinds |= {k for k, cls in KIND_CLASSES.items() if cls in closure}
            name = graph.value(entity, rdflib.URIRef(SCHEMA + "name"))
            if name is not None:
                self.names[str(entity)] = str(name)
            for p in ("name", "alternateName"):
                for n in graph.objects(entity, rdflib.URIRef(SCHEMA + p)):
                    for k in kinds:
                        self.by_name[(k, str(n))] = str(entity)

    def key(self, kind, name):
        """The identity of a named thing: its registry IRI, or its kind and Epoch's exact name."""
        return self.by_name.get((kind, name), (kind, name))

    def name(self, key):
        return self.names[key] if isinstance(key, str) else key[1]


def pairs(orgs, values):
    if len(orgs) == 1:
        return [(orgs[0], v) for v in values]
    if len(values) == len(orgs):
        return list(zip(orgs, values))
    return []


def main():
    path, entities, aliases, ontology = sys.argv[1:5]
    registry = Registry([entities, aliases], ontology)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))

    model_year, model_flop, model_orgs = {}, {}, defaultdict(set)
    org_countries = defaultdict(set)
    hardware_models, author_models = defaultdict(set), defaultdict(set)
    cost_rows, derived, open_closed, access_level, parameters = [], [], defaultdict(lambda: [set(), set()]), {}, {}
    for r in rows:
        model = registry.key("model", r["Model"])
        model_year[model] = int(r["Publication date"][:4])
        if r["Training compute (FLOP)"]:
            model_flop[model] = float(r["Training compute (FLOP)"])
        orgs = [registry.key("org", o) for o in items(r["Organization"])]
        model_orgs[model] |= set(orgs)
        for org, country in pairs(orgs, items(r["Country (from Organization)"])):
            org_countries[org].add(registry.key("country", country))
        for hw in items(r["Training hardware"]):
            hardware_models[registry.key("hardware", hw)].add(model)
        for a in AUTHOR_SEPARATOR.split(r["Authors"]):
            a = a.strip()
            if a:
                name = author_name(a)
                if name.strip():
                    author_models[registry.key("person", name)].add(model)
        if r["Training compute cost (2023 USD)"] and r["Training compute (FLOP)"]:
            cost_rows.append((model_year[model], model, float(r["Training compute cost (2023 USD)"]),
                              float(r["Training compute (FLOP)"])))
        for base in items(r["Base model"], r",(?! )"):
            derived.append((registry.name(model), registry.name(registry.key("model", base))))
        if r["Model accessibility"]:
            level = ACCESS[r["Model accessibility"]]
            access_level[model] = level
            open_closed[model_year[model]][0 if level.startswith("OpenWeights") else 1].add(model)
        if r["Parameters"]:
            parameters[model] = float(r["Parameters"])

    out = {"rows": len(rows)}
    frontier = []
    for year in sorted(set(model_year[m] for m in model_flop)):
        best = max(model_flop[m] for m in model_flop if model_year[m] == year)
        for m in model_flop:
            if model_year[m] == year and model_flop[m] == best:
                frontier.append([year, registry.name(m), best])
    out["compute-frontier"] = sorted(frontier, key=lambda x: (x[0], x[1]))
    out["top-models-by-compute"] = sorted(([registry.name(m), f, model_year[m]] for m, f in model_flop.items()),
                                          key=lambda x: (-x[1], x[0]))

    org_models = defaultdict(set)
    for m, orgs in model_orgs.items():
        for o in orgs:
            org_models[o].add(m)
    out["organizations-by-compute"] = sorted(
        ([registry.name(o), len(ms), sum(model_flop.get(m, 0.0) for m in ms)] for o, ms in org_models.items()),
        key=lambda x: (-x[1], -x[2], x[0]))

    country_models = defaultdict(set)
    year_models = defaultdict(set)
    for m, orgs in model_orgs.items():
        countries = set().union(*[org_countries[o] for o in orgs]) if orgs else set()
        for c in countries:
            country_models[(model_year[m], c)].add(m)
        if countries:
            year_models[model_year[m]].add(m)
    out["country-share"] = sorted(([y, registry.name(c), len(ms), len(year_models[y])] for (y, c), ms in country_models.items()),
                                  key=lambda x: (x[0], -x[2], x[1]))

    out["open-vs-closed-by-year"] = [[y, len(v[0]), len(v[1])] for y, v in sorted(open_closed.items())]
    out["hardware-usage"] = sorted(([registry.name(h), len(ms)] for h, ms in hardware_models.items()), key=lambda x: (-x[1], x[0]))

    by_year = defaultdict(lambda: [set(), 0.0, 0.0])
    for year, model, cost, flop in cost_rows:
        by_year[year][0].add(model)
        by_year[year][1] += cost
        by_year[year][2] += flop
    out["cost-per-flop"] = [[y, len(v[0]), v[1], v[2], v[1] * 1e18 / v[2]] for y, v in sorted(by_year.items())]

    out["prolific-authors"] = sorted(([registry.name(p), len(ms)] for p, ms in author_models.items()), key=lambda x: (-x[1], x[0]))
    out["derived-models"] = sorted(derived)
    large = defaultdict(list)
    for m, level in access_level.items():
        if level.startswith("OpenWeights") and parameters.get(m, 0) > 1e11:
            large[AIKG + level].append(registry.name(m))
    out["open-weights-by-size"] = {k: sorted(v) for k, v in large.items()}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
