"""Synthetic register and queries for bench/match_bench.py (no real child in it).

Households of 1-4 children share surname, address, postcode and often school; some have
twins. Names follow a Zipf-like frequency over English, South Asian, Polish, West African and
other surnames and forenames. Queries carry the error types of shared/matchbench/README.md.
The spelling variants here are made by rules, not taken from any benchmark list.
"""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from matching.normalize import upn_valid
from matching.types import Person

SURNAMES = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins
Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox
Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
Porter Robertson Newton Oliver Reed Kennedy Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy
Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George
Jordan Rahman Miah Uddin Islam Akhtar Hassan Mahmood Iqbal Chowdhury Malik Nowak Kowalski Wiśniewski
Wójcik Kowalczyk Kamiński Lewandowski Zieliński Popescu Ionescu Okafor Okonkwo Adeyemi Mensah Boateng
Asante Owusu Nguyen Chen Wang Kumar Sharma Mistry Joshi Rana Sandhu Dhillon Bibi Abdi Mohamed Yilmaz
Demir Kaya Silva Santos Ferreira Costa Rossi Murphy Quinn Gallagher Brennan Lynch Kowalewska""".split()
BOYS = """Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie
Theo Alfie Jacob Thomas Finley Arlo William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James
Joshua Albie Elijah Max Mohammed Reuben Mason Sebastian Rory Jude Louie Benjamin Ezra Chester Logan
Mohammad Frederick Harrison Joseph Ethan Hugo Daniel Samuel Reggie Ronnie Albert Louis Jaxon Toby
Dylan Hunter Ralph Stanley Elliot Ahmed Jayden Caleb Adam Zachary Liam Ryan Matthew Nathan Kai Ali
Ibrahim Omar Yusuf Hamza Ayaan Aryan Arjun Rayyan Jakub Filip Antoni Szymon Kacper Oluwaseun Chinedu
Kwame Kofi Emmanuel Nicholas Patrick Michael Christopher Anthony Robert Richard Callum Kieran Connor
Tyler Bradley Owen Jenson Bobby Jesse Felix Ollie Gabriel Dexter Zayn Harvey Lewis Jamie Aaron""".split()
GIRLS = """Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Rosie Sophia Isabella Grace Daisy
Sienna Poppy Elsie Emily Ella Evelyn Phoebe Sofia Evie Charlotte Harper Millie Matilda Maya Sophie
Alice Emilia Isabelle Ruby Luna Maisie Aria Penelope Mila Bonnie Eva Hallie Eliza Ada Violet Esme
Arabella Imogen Jessica Delilah Thea Nancy Georgia Layla Hannah Lucy Scarlett Harriet Elizabeth Ellie
Chloe Zara Aisha Fatima Maryam Zainab Hafsa Khadija Amira Inaya Anaya Priya Simran Zuzanna Julia
Maja Hanna Lena Oliwia Amara Chioma Adaeze Ngozi Abena Esther Victoria Rebecca Abigail Katherine
Margaret Josephine Eleanor Gabriella Alexandra Samantha Natalie Megan Jasmine Holly Bethany Lauren
Amy Caitlin Leah Niamh Erin Molly Lola Orla Beatrice Rose Mary Anne Jane May Lottie""".split()
STREETS = """High Station Church Park Victoria Green Manor Mill School Queens Kings Grange London
Windsor York Albert Chapel Springfield Orchard Meadow Elm Oak Willow Ash Beech Cedar Hawthorn Holly
Rowan Laurel Maple Poplar Birch Chestnut Sycamore Juniper Heather Bluebell Primrose Foxglove Clover
Kestrel Falcon Heron Swan Wren Robin Brook River Bridge Castle Abbey Priory Hill Valley Field""".split()
KINDS = "Road Street Lane Avenue Close Drive Way Grove Crescent Gardens Walk Court Place Rise View".split()
TOWNS = """Derby Chesterfield Matlock Buxton Belper Ilkeston Glossop Ripley Swadlincote Ashbourne
Alfreton Bakewell Heanor Long Eaton Dronfield Bolsover Clay Cross Shirebrook Staveley Wirksworth""".split()
AREAS = "DE S SK NG B LE".split()
_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ"
# Spelling rules for transliteration-like variants (applied once each where they fit).
SPELL = [("ph", "f"), ("f", "ph"), ("oo", "u"), ("u", "oo"), ("ou", "u"), ("ee", "i"), ("i", "ee"),
         ("y", "i"), ("i", "y"), ("ck", "k"), ("k", "ck"), ("w", "v"), ("v", "w"), ("sh", "sch"),
         ("ai", "ay"), ("ay", "ai"), ("a", "e"), ("e", "a"), ("o", "u"), ("mm", "m"), ("m", "mm"),
         ("ll", "l"), ("l", "ll"), ("z", "s"), ("s", "z"), ("c", "k"), ("k", "c"), ("j", "dj")]


def zipf(names: list[str], s: float = 0.5) -> list[float]:
    # s=0.5 over these lists gives the top surname ~3% and the top forename ~4% of its sex:
    # close to England's (Smith 1.3%, top names 1-2%), a bit harsher to be safe
    return [1.0 / (i + 1) ** s for i in range(len(names))]


def make_upn(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(int(ch) * i for i, ch in enumerate(body, start=2))
    upn = _CHECK[total % 23] + body
    assert upn_valid(upn)
    return upn


def make_postcode(rng: random.Random) -> str:
    return (f"{rng.choice(AREAS)}{rng.randint(1, 60)} {rng.randint(0, 9)}"
            f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")


RECEPTION_COHORT = 2021   # school year 2026/27: children born Sep 2021 - Aug 2022


def year_group_in(dob: date) -> int:
    """The year group the school states; a slip in a form's date of birth leaves it alone."""
    return RECEPTION_COHORT - (dob.year if dob.month >= 9 else dob.year - 1)


class Gen:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.sw, self.bw, self.gw = zipf(SURNAMES), zipf(BOYS), zipf(GIRLS)
        self.n = 0

    def pick(self, names, weights) -> str:
        return self.rng.choices(names, weights)[0]

    def forenames(self, sex: str) -> str:
        names, w = (BOYS, self.bw) if sex == "male" else (GIRLS, self.gw)
        first = self.pick(names, w)
        if self.rng.random() < 0.6:
            mid = self.pick(names, w)
            return first if mid == first else f"{first} {mid}"
        return first

    def address(self) -> tuple[str, str]:
        r = self.rng
        return (f"{r.randint(1, 160)} {r.choice(STREETS)} {r.choice(KINDS)}, {r.choice(TOWNS)}",
                make_postcode(r))

    def child(self, surname: str, addr: tuple[str, str], dob: date, school: str) -> Person:
        r = self.rng
        self.n += 1
        sex = r.choice(("male", "female"))
        pref_s = self.pick(SURNAMES, self.sw) if r.random() < 0.03 else None
        former = (self.pick(SURNAMES, self.sw),) if r.random() < 0.04 else ()
        fore = self.forenames(sex)
        pref_f = None
        if r.random() < 0.03:
            pref_f = fore.split()[-1]
        return Person(id=f"R{self.n:07d}", upn=make_upn(r) if r.random() < 0.98 else None,
                      legal_surname=surname, legal_forenames=fore, preferred_surname=pref_s,
                      preferred_forename=pref_f, former_surnames=former, date_of_birth=dob,
                      sex=sex, address=addr[0], postcode=addr[1], school_urn=school,
                      year_group=year_group_in(dob))

    def register(self, n: int) -> list[Person]:
        r = self.rng
        start, span = date(2009, 9, 1), (date(2022, 8, 31) - date(2009, 9, 1)).days
        schools = [str(100000 + i) for i in range(max(n // 300, 5))]
        people: list[Person] = []
        while len(people) < n:
            surname = self.pick(SURNAMES, self.sw)
            if r.random() < 0.06:
                surname = f"{surname}-{self.pick(SURNAMES, self.sw)}"
            addr, school = self.address(), r.choice(schools)
            size = r.choices((1, 2, 3, 4), (45, 35, 15, 5))[0]
            dob = start + timedelta(days=r.randrange(span))
            for k in range(size):
                if k and not (r.random() < 0.06):   # a twin now and then
                    dob = start + timedelta(days=r.randrange(span))
                people.append(self.child(surname, addr, dob, school if r.random() < 0.8 else r.choice(schools)))
        return people[:n]


# ---------------------------------------------------------------- errors on a query
def typo(rng: random.Random, name: str) -> str:
    """One or two slips: a letter changed, dropped, doubled or two swapped. A slip that
    leaves the name as it was (a letter for itself, two like letters swapped) is tried
    again: a "typo" query with the very name is not the error it is labelled as."""
    for _ in range(20):
        out = _slips(rng, name)
        if out != name or len(name) < 3:
            return out
    return name


def _slips(rng: random.Random, name: str) -> str:
    for _ in range(rng.choice((1, 1, 2))):
        if len(name) < 3:
            break
        i = rng.randrange(1, len(name))
        op = rng.choice("sdit")
        if op == "s":
            name = name[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + name[i + 1:]
        elif op == "d":
            name = name[:i] + name[i + 1:]
        elif op == "i":
            name = name[:i] + name[i] + name[i:]
        elif i < len(name) - 1:
            name = name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name


def respell(rng: random.Random, name: str) -> str:
    low = name.lower()
    rules = [(a, b) for a, b in SPELL if a in low[1:]]
    if not rules:
        return typo(rng, name)
    a, b = rng.choice(rules)
    i = low.index(a, 1)
    out = low[:i] + b + low[i + len(a):]
    return out[:1].upper() + out[1:]


def shorten(rng: random.Random, name: str, nick) -> str | None:
    """A short form: from the maintained list when it knows one, else the first syllable + ie/y."""
    options = sorted(nick.nicknames_of(name.lower())) if nick else []
    if options and rng.random() < 0.7:
        return rng.choice(options).capitalize()
    if len(name) >= 5:
        stem = name[:3] if name[2].lower() not in "aeiou" else name[:4]
        return stem + rng.choice(("ie", "y", "")) if rng.random() < 0.6 else stem
    return None


ERRORS = {  # per-query chance of each record-level error on a true match (as the README lists)
    "nickname": 0.07, "name_typo": 0.19, "transliteration": 0.05, "hyphen_dropped": 0.03,
    "surname_one_part": 0.02, "former_surname": 0.04, "name_swap": 0.07, "dob_day_month_swap": 0.05,
    "dob_digit_typo": 0.12, "moved": 0.2, "preferred_as_legal": 0.04, "middle_name_dropped": 0.09,
}
NEGATIVES = {"not_in_register": 0.12, "twin_of_register": 0.034, "sibling_of_register": 0.068,
             "same_name_diff_dob": 0.056, "near_name_close_dob": 0.024}


def digit_typo(rng: random.Random, d: date) -> date:
    for _ in range(50):
        t = d.strftime("%Y%m%d")
        i = rng.choice((3, 5, 6, 7))
        t = t[:i] + rng.choice("0123456789") + t[i + 1:]
        try:
            v = date(int(t[:4]), int(t[4:6]), int(t[6:]))
        except ValueError:
            continue
        if v != d and date(2005, 1, 1) < v < date(2024, 1, 1):
            return v
    return d + timedelta(days=1)


def apply_errors(g: Gen, p: Person, nick) -> tuple[Person, list[str]]:
    r, errs = g.rng, []
    sur, fore = p.legal_surname or "", p.legal_forenames or ""
    dob, addr, pc = p.date_of_birth, p.address, p.postcode
    for e, chance in ERRORS.items():
        if r.random() >= chance:
            continue
        first, *rest = fore.split()
        if e == "nickname" and (s := shorten(r, first, nick)):
            fore = " ".join([s, *rest])
        elif e == "name_typo":
            if r.random() < 0.5:
                sur = typo(r, sur)
            else:
                fore = " ".join([typo(r, first), *rest])
        elif e == "transliteration":
            fore = " ".join([respell(r, first), *rest]) if r.random() < 0.6 else fore
            sur = respell(r, sur) if fore == (p.legal_forenames or "") else sur
        elif e == "hyphen_dropped" and "-" in sur:
            sur = sur.replace("-", r.choice((" ", "")))
        elif e == "surname_one_part" and "-" in sur:
            sur = r.choice(sur.split("-"))
        elif e == "former_surname" and p.former_surnames:
            sur = p.former_surnames[0]
        elif e == "preferred_as_legal" and (p.preferred_surname or p.preferred_forename):
            sur = p.preferred_surname or sur
            fore = p.preferred_forename or fore
        elif e == "middle_name_dropped" and rest:
            fore = first
        elif e == "name_swap":
            sur, fore = fore, sur
        elif e == "dob_day_month_swap" and dob and dob.day <= 12 and dob.day != dob.month:
            dob = date(dob.year, dob.day, dob.month)
        elif e == "dob_digit_typo" and dob:
            dob = digit_typo(r, dob)
        elif e == "moved":
            addr, pc = g.address()
        else:
            continue
        errs.append(e)
    return replace(p, legal_surname=sur, legal_forenames=fore, date_of_birth=dob, address=addr,
                   postcode=pc, preferred_surname=None, preferred_forename=None,
                   former_surnames=(), school_urn=p.school_urn if r.random() < 0.4 else None), errs


def field_noise(g: Gen, p: Person) -> tuple[Person, list[str]]:
    r, errs, upn, sex = g.rng, [], p.upn, p.sex
    if r.random() < 0.45:
        upn, errs = None, errs + ["upn_missing"]
    elif upn and r.random() < 0.05:
        i = r.randrange(1, 13)
        upn = upn[:i] + str((int(upn[i]) + r.randint(1, 9)) % 10) + upn[i + 1:]
        if not upn_valid(upn):
            errs.append("upn_typo")
    if r.random() < 0.03:
        sex, errs = None, errs + ["sex_missing"]
    out = replace(p, upn=upn, sex=sex)
    if r.random() < 0.1:
        errs.append("formatting")
        out = replace(out, legal_surname=(out.legal_surname or "").upper() + " ",
                      postcode=(out.postcode or "").replace(" ", "").lower())
    return out, errs


def queries(g: Gen, register: list[Person], n: int, nick=None) -> tuple[list[Person], list[dict]]:
    """n queries and their truth rows (query_id, kind, register_id, related_register_id, errors)."""
    r = g.rng
    by_house: dict[tuple, list[Person]] = {}
    for p in register:
        by_house.setdefault((p.legal_surname, p.postcode), []).append(p)
    out, truth = [], []
    kinds = list(NEGATIVES) + ["match"]
    weights = list(NEGATIVES.values()) + [1 - sum(NEGATIVES.values())]
    for k in range(n):
        qid, kind = f"Q{k + 1:07d}", r.choices(kinds, weights)[0]
        base = r.choice(register)
        errs: list[str] = []
        rid, related = "", base.id
        if kind == "match":
            q, errs = apply_errors(g, base, nick)
            rid, related = base.id, ""
        elif kind == "not_in_register":
            house = g.register(1)[0]
            q, related = house, ""
        elif kind == "twin_of_register":
            q = replace(g.child(base.legal_surname, (base.address, base.postcode), base.date_of_birth,
                                base.school_urn), sex=base.sex)
            while q.legal_forenames.split()[0] == base.legal_forenames.split()[0]:
                q = replace(q, legal_forenames=g.forenames(base.sex))
        elif kind == "sibling_of_register":
            dob = base.date_of_birth + timedelta(days=r.choice((-1, 1)) * r.randint(300, 2500))
            q = g.child(base.legal_surname, (base.address, base.postcode), dob, base.school_urn)
        elif kind == "same_name_diff_dob":
            dob = base.date_of_birth + timedelta(days=r.choice((-1, 1)) * r.randint(100, 3500))
            q = replace(g.child(base.legal_surname, g.address(), dob, None),
                        legal_forenames=base.legal_forenames, sex=base.sex)
        else:   # near_name_close_dob
            dob = base.date_of_birth + timedelta(days=r.choice((-1, 1)) * r.choice((2, 3, 4, 28, 365)))
            first, *rest = base.legal_forenames.split()
            q = replace(g.child(base.legal_surname, g.address(), dob, None), sex=base.sex,
                        legal_forenames=" ".join([typo(r, first), *rest]))
        q, noise = field_noise(g, replace(q, id=qid, preferred_surname=None, preferred_forename=None,
                                          former_surnames=()))
        out.append(q)
        truth.append({"query_id": qid, "kind": kind, "register_id": rid,
                      "related_register_id": related, "errors": ";".join(errs + noise), "note": ""})
    return out, truth
