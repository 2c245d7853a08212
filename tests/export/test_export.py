"""The transparency layer of the example site, checked with validators made
by others: frictionless (data package and CSV), jsonschema (JSON files and
the 360Giving standard), feedparser (Atom), icalendar (deadlines), extruct
(JSON-LD on pages)."""

import datetime
import json
import pathlib
import xml.etree.ElementTree as ET

import pytest

BIDI_ISOLATES = ["\u2066", "\u2067", "\u2068", "\u2069"]
BASE_URL = "https://associations.example.ma"


def exported_text_files(site: pathlib.Path) -> list[pathlib.Path]:
    files = sorted((site / "data").rglob("*.json")) + sorted((site / "data").glob("*.csv"))
    for lang in ("ar", "fr", "zgh"):
        files += [
            site / lang / "offers" / "feed.xml",
            site / lang / "news" / "feed.xml",
            site / lang / "offers" / "deadlines.ics",
        ]
    return files + [site / "sitemap.xml", site / "robots.txt"]


def test_no_bidi_isolation_marks_in_exports(site):
    for f in exported_text_files(site):
        text = f.read_text("utf-8")
        found = [hex(ord(c)) for c in BIDI_ISOLATES if c in text]
        assert not found, f"{f.relative_to(site)} contains bidi isolation marks {found}"


# --- /data/: Frictionless data package and CSV ------------------------------


def test_datapackage_is_valid_with_frictionless(site):
    from frictionless import Package, validate

    report = validate(str(site / "data" / "datapackage.json"))
    errors = [
        f"{task.name}: {err.type}: {err.message}"
        for task in report.tasks
        for err in task.errors
    ] + [f"package: {err.type}: {err.message}" for err in report.errors]
    assert report.valid, "frictionless found errors:\n" + "\n".join(errors[:50])
    package = Package(str(site / "data" / "datapackage.json"))
    described = {r.path for r in package.resources}
    on_disk = {p.name for p in (site / "data").glob("*.csv")}
    assert described == on_disk, "every CSV is described, and only those"
    assert package.licenses and package.licenses[0]["name"] == "CC-BY-4.0"


def test_csv_files_are_utf8_with_bom_and_translated_columns(site, languages):
    for f in sorted((site / "data").glob("*.csv")):
        raw = f.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), f"{f.name} has no byte-order mark"
        raw.decode("utf-8")
    header = (site / "data" / "associations.csv").read_text("utf-8-sig").splitlines()[0]
    for lang in languages:
        assert f"name_{lang}" in header.split(",")


def test_csv_rows_match_json_records(site):
    import csv

    for f in sorted((site / "data").glob("*.json")):
        if f.name in ("datapackage.json", "grants.360giving.json"):
            continue
        records = json.loads(f.read_text("utf-8"))["records"]
        with open(site / "data" / f"{f.stem}.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["id"] for r in rows] == [r["id"] for r in records], f.stem


# --- /data/: JSON against its JSON Schema ----------------------------------


def test_every_json_file_is_valid_against_its_schema(site):
    from jsonschema import Draft202012Validator

    files = [
        f
        for f in sorted((site / "data").glob("*.json"))
        if f.name not in ("datapackage.json", "grants.360giving.json")
    ]
    assert len(files) >= 7, "one JSON file per record kind"
    for f in files:
        schema_file = site / "data" / "schema" / f"{f.stem}.schema.json"
        assert schema_file.is_file(), f"no schema for {f.name}"
        schema = json.loads(schema_file.read_text("utf-8"))
        Draft202012Validator.check_schema(schema)
        data = json.loads(f.read_text("utf-8"))
        assert data["schema_version"] == 1
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, f"{f.name}:\n" + "\n".join(errors[:20])


def test_record_files_are_valid_records_of_their_schema(site):
    """/data/{kind}/{slug}.json: each record with a page alone, valid
    against the record definition of its kind's schema."""
    from jsonschema import Draft202012Validator

    for kind in ("associations", "programmes", "offers", "news", "pages"):
        schema = json.loads((site / "data" / "schema" / f"{kind}.schema.json").read_text("utf-8"))
        record_schema = {**schema, "$ref": "#/$defs/record"}
        for key in ("type", "required", "properties", "additionalProperties"):
            record_schema.pop(key, None)
        validator = Draft202012Validator(record_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        files = sorted((site / "data" / kind).glob("*.json"))
        assert files, kind
        for f in files:
            one = json.loads(f.read_text("utf-8"))
            assert one["record"]["id"] == f.stem
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(one["record"])]
            assert not errors, f"{kind}/{f.name}:\n" + "\n".join(errors[:20])


def test_bodies_are_in_their_own_csv_files(site):
    import csv

    for kind in ("associations", "programmes", "offers", "news", "pages"):
        header = (site / "data" / f"{kind}.csv").read_text("utf-8-sig").splitlines()[0].split(",")
        assert not [h for h in header if h.startswith("body")], f"{kind}.csv has body columns"
        records = json.loads((site / "data" / f"{kind}.json").read_text("utf-8"))["records"]
        expected = [(r["id"], lang, text) for r in records for lang, text in r.get("body", {}).items()]
        with open(site / "data" / f"{kind}-bodies.csv", encoding="utf-8-sig", newline="") as fh:
            rows = [(r["id"], r["lang"], r["body"]) for r in csv.DictReader(fh)]
        assert rows == expected, kind
        assert rows, f"{kind}-bodies.csv is empty"


def test_schemas_reject_unknown_fields(site):
    """The schemas are closed: an extra field is an error, so a change of
    the export that forgets its schema fails here."""
    from jsonschema import Draft202012Validator

    schema = json.loads((site / "data" / "schema" / "associations.schema.json").read_text("utf-8"))
    data = json.loads((site / "data" / "associations.json").read_text("utf-8"))
    data["records"][0]["surprise"] = 1
    assert not Draft202012Validator(schema).is_valid(data)


def test_results_follow_the_iati_result_model(site):
    data = json.loads((site / "data" / "results.json").read_text("utf-8"))
    assert data["records"], "the example site has results"
    for r in data["records"]:
        assert r["result_type"] in ("output", "outcome", "impact")
        assert r["iati_result_type"] == {"output": 1, "outcome": 2, "impact": 3}[r["result_type"]]
        assert {"indicator", "period", "actual", "source"} <= r.keys()
        assert r["period"]["start"] <= r["period"]["end"]


# --- 360Giving ----------------------------------------------------------------


def test_grants_are_valid_360giving_1_4_3(site, giving_schemas):
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    package_schema = json.loads((giving_schemas / "360-giving-package-schema.json").read_text("utf-8"))
    grant_schema = json.loads((giving_schemas / "360-giving-schema.json").read_text("utf-8"))
    # Both files declare "http://json-schema.org/draft/2020-12/schema" (http,
    # not the dialect's https id): they are read as draft 2020-12 explicitly.
    grant_resource = DRAFT202012.create_resource(grant_schema)
    # The package schema names the grant schema by URL: resolve that URL
    # (and the grant schema's own $id) to the local file, never the network.
    ref = package_schema["properties"]["grants"]["items"]["$ref"]
    registry = Registry().with_resources([(ref, grant_resource), (grant_schema["$id"], grant_resource)])
    validator = Draft202012Validator(
        package_schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    data = json.loads((site / "data" / "grants.360giving.json").read_text("utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert not errors, "360Giving errors:\n" + "\n".join(errors[:20])

    offers = json.loads((site / "data" / "offers.json").read_text("utf-8"))["records"]
    awards = [(o, a) for o in offers for a in o["awards"] if "amount" in a and "date" in a]
    assert len(data["grants"]) == len(awards) > 0
    for g in data["grants"]:
        assert g["id"].startswith("360G-nassij-")
        assert g["currency"] == "MAD"
        assert g["recipientOrganization"][0]["id"].startswith("360G-nassij-association-")
        assert g["fundingOrganization"][0]["id"].startswith("360G-nassij-institution-")
        assert g["grantProgramme"][0]["code"]


# --- Atom feeds ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["offers", "news"])
def test_atom_feeds_parse_without_errors(site, languages, kind):
    import feedparser

    for lang in languages:
        path = site / lang / kind / "feed.xml"
        feed = feedparser.parse(path.read_bytes())
        assert feed.bozo == 0, f"{path.relative_to(site)}: {feed.get('bozo_exception')}"
        assert feed.version == "atom10"
        assert feed.feed.language == lang
        assert feed.feed.id == f"{BASE_URL}/{lang}/{kind}/feed.xml"
        assert feed.entries, f"{path.relative_to(site)} has no entries"
        for e in feed.entries:
            assert e.link.startswith(f"{BASE_URL}/{lang}/{kind}/"), e.link
            assert e.id.startswith(BASE_URL)
            assert e.updated_parsed is not None
        # "updated" comes from the content, never from the build's clock.
        newest = max(e.updated_parsed for e in feed.entries)
        assert feed.feed.updated_parsed == newest


# --- iCalendar ------------------------------------------------------------------


def test_deadlines_calendar_is_in_casablanca_time(site, languages):
    import icalendar

    offers = json.loads((site / "data" / "offers.json").read_text("utf-8"))["records"]
    for lang in languages:
        path = site / lang / "offers" / "deadlines.ics"
        raw = path.read_bytes()
        lines = raw.split(b"\r\n")
        assert lines[-1] == b"", "every line ends with CRLF"
        assert b"\n" not in raw.replace(b"\r\n", b""), "no bare line feed"
        assert all(len(l) <= 75 for l in lines), "lines folded at 75 octets"
        cal = icalendar.Calendar.from_ical(raw)
        events = cal.walk("VEVENT")
        assert len(events) == len(offers)
        for ev in events:
            assert ev["DTSTART"].params["TZID"] == "Africa/Casablanca"
            start = ev.decoded("DTSTART")
            assert isinstance(start, datetime.datetime) and start.tzinfo is not None
            assert "Casablanca" in str(start.tzinfo), start.tzinfo
            assert ev.decoded("DTSTAMP").tzinfo is not None
        # The VTIMEZONE is the bundled database's: UTC+1 in late 2025,
        # back to UTC+0 for good in 2026.
        # (lookup_tzid=False: read the file's VTIMEZONE, not the system's
        # zoneinfo, which may predate the 2026 change.)
        tz = cal.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
        assert tz.utcoffset(datetime.datetime(2025, 12, 1, 12)) == datetime.timedelta(hours=1)
        assert tz.utcoffset(datetime.datetime(2026, 12, 1, 12)) == datetime.timedelta(0)


def test_deadline_times_match_the_offers(site):
    import icalendar

    offers = {
        o["id"]: o for o in json.loads((site / "data" / "offers.json").read_text("utf-8"))["records"]
    }
    cal = icalendar.Calendar.from_ical((site / "fr" / "offers" / "deadlines.ics").read_bytes())
    for ev in cal.walk("VEVENT"):
        slug = str(ev["UID"]).removeprefix("offer-").split("-deadline@")[0]
        closes_at = datetime.datetime.fromisoformat(offers[slug]["closes_at"])
        start = ev.decoded("DTSTART")
        # Same local wall-clock time as the content (the zone is named).
        assert start.replace(tzinfo=None) == closes_at.replace(tzinfo=None)


# --- sitemap and robots -------------------------------------------------------


def test_sitemap_has_hreflang_alternates_for_every_page(site, languages):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(site / "sitemap.xml").getroot()
    urls = root.findall("s:url", ns)
    locs = {u.find("s:loc", ns).text for u in urls}
    for lang in languages:
        for page in ("", "associations/tifawin/", "data/", "offers/", "results/"):
            assert f"{BASE_URL}/{lang}/{page}" in locs
    for u in urls:
        loc = u.find("s:loc", ns).text
        if loc == f"{BASE_URL}/":
            continue
        alts = {a.get("hreflang"): a.get("href") for a in u.findall("x:link", ns)}
        assert set(languages) <= set(alts), loc
        assert loc in alts.values()
    # Every HTML page of the languages is in the sitemap (404 pages aside).
    for lang in languages:
        for html in (site / lang).rglob("index.html"):
            url = f"{BASE_URL}/{html.parent.relative_to(site).as_posix()}/"
            assert url in locs, url


def test_robots_names_the_sitemap(site):
    text = (site / "robots.txt").read_text("utf-8")
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in text.splitlines()


# --- JSON-LD on pages -------------------------------------------------------


def jsonld_types(site, page: str) -> set[str]:
    import extruct

    html = (site / page).read_text("utf-8")
    data = extruct.extract(html, base_url=f"{BASE_URL}/{page}", syntaxes=["json-ld"])["json-ld"]
    assert data, (
        f"no JSON-LD on {page}: base.html must output the page's `jsonld` "
        "(a complete <script type=\"application/ld+json\"> element) with {{ jsonld|safe }}"
    )
    types: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            t = node.get("@type")
            types.update([t] if isinstance(t, str) else (t or []))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(data)
    return types


def test_jsonld_on_an_association_with_awards(site):
    types = jsonld_types(site, "fr/associations/tifawin/index.html")
    assert {"NGO", "MonetaryGrant", "MonetaryAmount", "GovernmentOrganization"} <= types


def test_jsonld_on_an_offer_with_awards(site):
    types = jsonld_types(site, "ar/offers/appui-formations-numeriques-2024/index.html")
    assert {"MonetaryGrant", "GovernmentOrganization", "NGO"} <= types


def test_jsonld_dataset_on_the_data_page(site, languages):
    for lang in languages:
        assert {"Dataset", "DataDownload"} <= jsonld_types(site, f"{lang}/data/index.html")
