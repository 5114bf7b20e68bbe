"""Realistic Dutch master data: places, postcodes, streets, company names, IBANs."""

from __future__ import annotations

import random

# (city, first two digits of its postcode range)
CITIES: tuple[tuple[str, int], ...] = (
    ("Amsterdam", 10),
    ("Rotterdam", 30),
    ("Den Haag", 25),
    ("Utrecht", 35),
    ("Eindhoven", 56),
    ("Groningen", 97),
    ("Tilburg", 50),
    ("Almere", 13),
    ("Breda", 48),
    ("Nijmegen", 65),
    ("Apeldoorn", 73),
    ("Haarlem", 20),
    ("Arnhem", 68),
    ("Enschede", 75),
    ("Amersfoort", 38),
    ("Zwolle", 80),
    ("Leiden", 23),
    ("Maastricht", 62),
    ("Dordrecht", 33),
    ("Leeuwarden", 89),
    ("Den Bosch", 52),
    ("Delft", 26),
    ("Deventer", 74),
    ("Alkmaar", 18),
)
STREETS = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsweg",
    "Schoolstraat",
    "Julianastraat",
    "Beatrixlaan",
    "Wilhelminastraat",
    "Nieuwstraat",
    "Hoofdstraat",
    "Parallelweg",
    "Industrieweg",
    "Marktplein",
    "Havenkade",
    "Lindenlaan",
    "Eikenlaan",
    "Prinsengracht",
    "Oranjestraat",
    "Burgemeester de Withstraat",
    "Zuiderzeeweg",
)
_TRADES = (
    "Bakkerij",
    "Installatiebedrijf",
    "Adviesbureau",
    "Hoveniersbedrijf",
    "Schildersbedrijf",
    "Transport",
    "Bouwbedrijf",
    "Autobedrijf",
    "Drukkerij",
    "Fietsenmaker",
    "Architectenbureau",
    "Kapsalon",
    "Koffiebranderij",
    "Administratiekantoor",
    "Timmerbedrijf",
    "Bloemenhandel",
)
_SURNAMES = (
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
)
_FORMS = ("B.V.", "V.O.F.", "", "B.V.", "& Zn.", "")
# bank code -> BIC
BANKS: tuple[tuple[str, str], ...] = (
    ("ABNA", "ABNANL2A"),
    ("RABO", "RABONL2U"),
    ("INGB", "INGBNL2A"),
    ("TRIO", "TRIONL2U"),
    ("SNSB", "SNSBNL2A"),
    ("ASNB", "ASNBNL21"),
    ("KNAB", "KNABNL2H"),
    ("BUNQ", "BUNQNL2A"),
)
PRODUCTS = (
    "Adviesuren",
    "Onderhoudscontract",
    "Licentie boekhoudsoftware",
    "Installatie werkzaamheden",
    "Verzendkosten",
    "Materiaal",
    "Consultancy",
    "Training",
    "Hosting",
    "Reparatie",
    "Schilderwerk",
    "Tuinonderhoud",
    "Kantoorartikelen",
    "Koffiebonen 1 kg",
)


def company_name(rng: random.Random) -> str:
    form = rng.choice(_FORMS)
    name = f"{rng.choice(_TRADES)} {rng.choice(_SURNAMES)}"
    return f"{name} {form}".strip()


def person_name(rng: random.Random) -> str:
    initials = "".join(f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." for _ in range(rng.randint(1, 2)))
    return f"{initials} {rng.choice(_SURNAMES)}"


def postcode(rng: random.Random, prefix: int) -> str:
    letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return f"{prefix:02d}{rng.randint(10, 99):02d} {letters}"


def address(rng: random.Random) -> tuple[str, str, str]:
    """(street and number, postcode, city)."""
    city, prefix = rng.choice(CITIES)
    return f"{rng.choice(STREETS)} {rng.randint(1, 250)}", postcode(rng, prefix), city


def iban(rng: random.Random) -> tuple[str, str]:
    """A Dutch IBAN with valid check digits, and the BIC of its bank."""
    bank, bic = rng.choice(BANKS)
    account = f"{rng.randrange(10**9, 10**10)}"
    digits = "".join(str(int(c, 36)) for c in f"{bank}{account}NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}{bank}{account}", bic


def iban_is_valid(value: str) -> bool:
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def phone(rng: random.Random) -> str:
    return f"0{rng.randint(10, 79)}-{rng.randint(1000000, 9999999)}"


def email(rng: random.Random, name: str) -> str:
    local = "".join(c for c in name.lower().split(" ")[-1] if c.isalnum()) or "info"
    return f"info@{local}{rng.randint(1, 999)}.nl"


def vat_number(rng: random.Random) -> str:
    return f"NL{rng.randint(10**8, 10**9 - 1)}B{rng.randint(1, 3):02d}"


def coc_number(rng: random.Random) -> str:
    return f"{rng.randint(10**7, 10**8 - 1)}"
