#!/usr/bin/env python3
"""Deterministic generator of damaged news-like English articles for benchmarking Tidings.

Usage:
    python3 bench/corpus.py --mb 100 --out .build-bench/corpus-100mb.jsonl
    python3 bench/corpus.py --mb 5 --format txt --out /tmp/corpus.txt
    python3 bench/corpus.py --mb 1 --truth --out /tmp/truth.jsonl   # adds "clean" + "artifacts"

Output (JSON Lines, UTF-8, one document per line):
    {"id": "doc-000001", "text": "..."}
With --truth each line also carries "clean" (the text before damage, i.e. what an ideal cleaner
would return, calques aside) and "artifacts" (the artifact classes injected into that document).
With --format txt every article is written followed by two newlines, into one big file.

--mb is the target size of the *text fields* in millions of bytes (UTF-8), which is what the
benchmark divides by. Standard library only, fixed seed, no network: the same arguments always
give byte-identical output. About 30% of documents are left clean; the rest carry, at realistic
rates, machine-translation artifacts (merged tokens, lowercased names, unclosed quotes, calques,
".:", space before punctuation, " - " dashes, "..."), mojibake (UTF-8 read as cp1252, one and
occasionally two layers), HTML entities, invisible characters, full-width ASCII, ligatures, site
chrome lines, indentation, trailing spaces, runs of spaces and CRLF line ends; and, drawn from a
generator of their own (so earlier documents stay as they were), sentences or words glued at a
period or comma ("play.In", "Izmir,the") and accents typed for apostrophes ("Britain´s").
"""

import argparse
import json
import random
import re
import sys
import time

# --------------------------------------------------------------------------------------------
# Word pools
# --------------------------------------------------------------------------------------------

FIRST = """Antony Matthew Nancy Hua Qin Xi Joe Emmanuel Olaf Giorgia Pedro Ursula Rishi Keir Justin
Narendra Fumio Yoon Luiz Gustavo Javier Claudia Andrés Cyril Bola Abiy William Paul Recep Volodymyr
Dmitry Sergei Maria Anna Sofia Elena Ingrid Lars Mette Sanna Petteri Kaja Gitanas Donald Mateusz
Andrzej Petr Robert Viktor Kyriakos Alexis Nikos Ahmed Fatima Layla Omar Yusuf Amina Chinedu Ngozi
Kwame Thabo Aiko Haruto Min-jun Ji-woo Wei Li Mei Ravi Priya Anil Sunita Carlos Lucía Mateo
Valentina Santiago Camila Diego Isabel Théo Chloé Jürgen Günther Søren Zoë Siobhán Seán Kathleen
Theodore Sandra Andrea Edward Heather Anders Dorothea Jonathan Rebecca Samuel Grace Benjamin
Charlotte Thomas Helen Michael Laura Daniel Sarah""".split()

LAST = """Blinken Miller Pelosi Chunying Gang Jinping Biden Macron Scholz Meloni Sánchez
Sunak Starmer Trudeau Modi Kishida Suk-yeol Lula Petro Milei Sheinbaum Arce Ramaphosa Tinubu Ahmed
Ruto Kagame Erdoğan Zelensky Peskov Lavrov Zakharova Andersson Frederiksen Marin Orpo Kallas
Nausėda Tusk Morawiecki Duda Fiala Fico Orbán Mitsotakis Tsipras Christodoulides Haddad Khalil
Mansour Okafor Adeyemi Mensah Nkosi Tanaka Suzuki Kim Park Zhang Wang Liu Chen Sharma Gupta Iyer
García Fernández López Martínez Rodríguez Dubois Lefèvre Müller Schröder Weiß Jørgensen
McDonald O'Brien Anderson Sanders Andrews Saidi Theron Hathaway Athanasiou Kowalski Novák Dvořák
Yılmaz Öztürk Papadopoulos Ivanova Petrov Rossi Bianchi Ferreira Gonçalves Costa Silva Nguyen
Tran Haddad Cohen Levi Smith Johnson Brown Taylor Wilson Clarke Murphy Kelly""".split()
# A few multi-word surnames.
LAST += ["von der Leyen", "Ó Súilleabháin", "da Silva", "de la Cruz", "Al-Sabah", "bin Salman"]

TITLES = ["Secretary of State", "foreign minister", "prime minister", "president", "spokesperson",
          "spokesman", "spokeswoman", "defense minister", "finance minister", "trade representative",
          "ambassador", "chief economist", "governor", "mayor", "central bank governor", "senator",
          "opposition leader", "health minister", "energy minister", "deputy foreign minister",
          "chief executive", "union leader", "police chief", "chief negotiator", "analyst"]

NATIONS = [("China", "Chinese"), ("the United States", "American"), ("France", "French"),
           ("Germany", "German"), ("Spain", "Spanish"), ("Italy", "Italian"), ("Japan", "Japanese"),
           ("South Korea", "South Korean"), ("India", "Indian"), ("Brazil", "Brazilian"),
           ("Mexico", "Mexican"), ("Argentina", "Argentine"), ("Colombia", "Colombian"),
           ("Nigeria", "Nigerian"), ("Kenya", "Kenyan"), ("South Africa", "South African"),
           ("Turkey", "Turkish"), ("Ukraine", "Ukrainian"), ("Russia", "Russian"),
           ("Poland", "Polish"), ("the Czech Republic", "Czech"), ("Greece", "Greek"),
           ("Sweden", "Swedish"), ("Finland", "Finnish"), ("Norway", "Norwegian"),
           ("Canada", "Canadian"), ("Australia", "Australian"), ("Egypt", "Egyptian"),
           ("Saudi Arabia", "Saudi"), ("Indonesia", "Indonesian"), ("Vietnam", "Vietnamese"),
           ("the United Kingdom", "British"), ("Portugal", "Portuguese"), ("Chile", "Chilean"),
           ("Peru", "Peruvian"), ("Israel", "Israeli"), ("Iran", "Iranian"), ("Pakistan", "Pakistani")]

CITIES = """Washington Beijing Paris Berlin Madrid Rome Tokyo Seoul New_Delhi Brasília Mexico_City
Buenos_Aires Bogotá Lagos Nairobi Johannesburg Ankara Kyiv Moscow Warsaw Prague Athens Stockholm
Helsinki Oslo Ottawa Canberra Cairo Riyadh Jakarta Hanoi London Lisbon Santiago Lima Geneva
Brussels Vienna Singapore Bali Doha Dubai Istanbul São_Paulo Zürich Kraków Thessaloniki Montréal
Québec Córdoba Málaga Düsseldorf Göteborg Reykjavík""".split()
CITIES = [c.replace("_", " ") for c in CITIES] + ["New York", "Hong Kong", "Cape Town", "Tel Aviv",
                                                   "Rio de Janeiro", "San Francisco", "Kuala Lumpur"]

ORGS = ["the State Department", "the Foreign Ministry", "the European Commission", "the United Nations",
        "the World Bank", "the International Monetary Fund", "NATO", "the World Health Organization",
        "the Federal Reserve", "the European Central Bank", "the G-20", "the African Union",
        "the Ministry of Finance", "the Supreme Court", "the National Assembly", "Reuters", "AFP",
        "AT&T", "Procter & Gamble", "Johnson & Johnson", "Standard & Poor's", "Microsoft Corp.",
        "Toyota", "Siemens", "Petrobras", "Samsung Electronics", "the Red Cross",
        "Médecins Sans Frontières", "the OECD", "the WTO", "Amnesty International", "Greenpeace"]

AGENCIES = ["AFP", "EFE", "AP", "Reuters", "DPA", "ANSA", "Kyodo", "Xinhua", "Europa Press", "Bloomberg"]

TOPICS = ["trade", "climate policy", "energy prices", "the war in Ukraine", "the Taiwan question",
          "human rights", "migration", "inflation", "interest rates", "semiconductor exports",
          "food security", "public health", "the election", "the budget deficit", "fishing rights",
          "artificial intelligence", "cyber security", "nuclear talks", "the pension reform",
          "water shortages", "the housing crisis", "tariffs", "the peace process", "debt relief",
          "rare earth minerals", "the refugee crisis", "wildfires", "the drought", "student visas",
          "passenger flights", "the teachers' strike", "R&D spending"]

NOUNS = ["meeting", "summit", "visit", "agreement", "dialogue", "dispute",
         "investigation", "proposal", "reform", "ceasefire", "deal", "report", "plan",
         "conference", "strike", "vote", "review", "inquiry", "memorandum", "partnership"]

ADJ = ["constructive", "candid", "substantive", "productive", "difficult", "tense", "frank",
       "historic", "cautious", "long-awaited", "unprecedented", "preliminary", "high-stakes",
       "bilateral", "multilateral", "informal", "emergency", "closed-door", "two-day", "fragile"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# Quotes (the words inside curly quotes). {topic}/{country}/{noun} get filled.
QUOTES = [
    "we agreed to schedule a reciprocal visit at a mutually suitable time",
    "the relationship is at its lowest point since its establishment",
    "this does not serve the fundamental interests of the two peoples",
    "we want to make sure that competition does not turn into conflict",
    "the lines of communication must stay open",
    "there is no alternative to dialogue on {topic}",
    "our position on {topic} has not changed",
    "we will not accept any interference in our internal affairs",
    "the {noun} was {adj}, and we expect more progress in the coming weeks",
    "it's too early to say whether the {noun} will hold",
    "we've made real progress, but there's a lot of work still ahead",
    "nobody wins a trade war",
    "the people of {country} deserve better",
    "we are ready to work with anyone who respects the rule of law",
    "this is a turning point for {topic}",
    "the numbers speak for themselves",
    "we can't afford another lost decade",
    "the door remains open — but not forever",
    "I'm confident that we'll reach an agreement before the deadline",
    "we urge all parties to exercise restraint",
    "the decision was taken after careful consideration",
    "our priority is the safety of civilians",
    "they didn't consult us, and that's unacceptable",
    "it's a step in the right direction",
    "the data for {month} were better than expected",
    "we need rules that work for everyone, not just for the biggest players",
    "these measures will protect jobs in {city}",
    "the situation remains extremely serious",
    "we'll keep pushing until every family has access to clean water",
    "the talks were frank, substantive and, at times, difficult",
]

QUOTE_VERBS = ["said", "told reporters", "added", "stated", "declared", "said in a statement",
               "wrote on social media", "told journalists", "said on Twitter", "insisted", "noted"]
# Verbs that read well before the speaker ("..., said Blinken").
QUOTE_VERBS_INV = ["said", "said", "said", "added", "stated", "declared", "insisted", "noted", "told reporters"]

# What someone urges someone else to do.
URGES = ["keep the lines of communication open", "exercise restraint", "return to the negotiating table",
         "respect the ceasefire", "release the detained journalists", "lift the tariffs",
         "honor its commitments", "step up efforts on {topic}", "reconsider its position on {topic}"]

TALKS = ["talks", "negotiations", "consultations", "meetings", "discussions"]

# Sentence templates. Slots: {A} {a} = full / short name of lead person A; likewise {B} {b}, {C} {c};
# {At} = A's title; {An} = A's nationality adjective, {Ac} = A's country; same for B.
# {q} a quote, {qv} a quote verb, other slots are drawn fresh from the pools.
SENTENCES = [
    "{A}, the {An} {At}, arrived in {city} on {weekday} for {adj} {talks} on {topic}.",
    "{b} and {a} held {num_small} hours of {adj} talks, the first such meeting since {year}.",
    "“{Q},” {qvi} {a}.",
    "“{Q},” {B}, the {Bn} {Bt}, {qv}.",
    "{a} {qv} that “{q}.”",
    "According to {org}, “{q}.”",
    "The {An} {At} said the {noun} had been {adj}, according to {org}.",
    "{org} said on {weekday} that {a} would travel to {city} in {month}.",
    "The meeting in {city} concluded this {weekday} after {time} local time, after lasting {num_word} and a half hours, reported journalists who attended.",
    "{a} urged the {Bn} minister to “{urge}.”",
    "Officials in {city} said on {weekday} that {a} would raise {topic}, {topic2} and {topic3}.",
    "The list of disagreements between the two sides is long: it ranges from {topic} to {topic2}.",
    "The figures are clear: {pct} of respondents said {topic} was their main concern.",
    "{Ac} will spend {money} on {topic} over the next {num_small} years, the {At} announced.",
    "Inflation in {Ac} slowed to {pct} in {month}, down from {pct2} a year earlier.",
    "The trip comes after {a} postponed plans to visit {city} in {month}.",
    "Shortly before leaving, {a} stressed the importance of {topic}.",
    "Asked about {topic}, {b} declined to comment.",
    "The {noun} — the first of its kind since {year} — drew {num_big} people to the streets of {city}.",
    "{A} told reporters in {city} that the {noun} was “{adj},” adding that more work was needed.",
    "Some {num_big} delegates from {num_small2} countries attended the {noun} in {city}.",
    "The {Bn} side, for its part, called the {noun} “{adj}.”",
    "Analysts in {city} said the outcome would depend on {topic}.",
    "Shares of {company} rose {pct} on {weekday} after the company reported quarterly profit of {money}.",
    "The {noun} was signed on {date} in {city} by {a} and {b}.",
    "{b} said the two countries had agreed to encourage more people-to-people exchanges.",
    "It was not immediately clear whether {Ac} would accept the proposal.",
    "Critics, including {C}, argued that the {noun} did not go far enough on {topic}.",
    "{c}, a former {Ct}, said: “{Q}.”",
    "In a statement released on {weekday}, {org} welcomed the {noun}.",
    "Neither side has been willing to budge on {topic}, and both have hardened their positions.",
    "The {noun} had been scheduled for {month} but was postponed after {event}.",
    "The announcement came hours after {event}.",
    "Turnout was {pct}, the highest since {year}, according to the electoral commission.",
    "Between {month} and {month2}, exports of {product} fell by {pct} to {money}.",
    "The central bank kept its benchmark rate at {pct}, in line with expectations.",
    "Police in {city} said {num_small} people had been detained.",
    "The {An} {At}, {a}, also met with business leaders, including executives from {company}.",
    "“{Q}…” {a} said, before leaving the room.",
    "{a}’s visit, which {b} and {c} agreed on during a meeting in {city} last {month}, had been cancelled once before.",
    "The {noun} between the two ministers lasted about {num_small} hours, {org} said.",
    "Temperatures in {city} reached {temp} degrees on {weekday}, officials said.",
    "He said the government would review {topic} “in the coming weeks” and report back by {date}.",
    "The agreement covers {topic}, {topic2} and, for the first time, {topic3}.",
    "At {time} on {weekday}, the two delegations were still negotiating; by midnight, the talks had collapsed.",
]

EVENTS = ["the downing of a spy balloon", "a deadly earthquake", "a series of protests",
          "the collapse of the coalition", "a cyber attack on the ministry",
          "the resignation of the finance minister", "an outbreak of cholera", "heavy flooding",
          "a surprise vote in parliament", "the arrest of two journalists"]

PRODUCTS = ["soybeans", "steel", "coffee", "microchips", "natural gas", "wheat", "electric vehicles",
            "copper", "solar panels", "fertilizer", "beef", "cocoa"]

COMPANIES = ["Microsoft Corp.", "Toyota", "Siemens", "Petrobras", "AT&T", "Procter & Gamble",
             "Samsung Electronics", "Nestlé", "Volkswagen", "Airbus", "Tata Motors", "Alibaba",
             "TotalEnergies", "Ericsson", "Nokia", "Embraer", "L'Oréal", "Hyundai"]

HEADLINES = [
    "{Ac} confirms that the {An} {At} will visit {city}",
    "{A} and {B} meet in {city} amid tensions over {topic}",
    "{Ac} and {Bc} agree to resume talks on {topic}",
    "Inflation in {Ac} falls to {pct} as prices ease",
    "{org} warns of {adj} outlook for {topic}",
    "Thousands protest in {city} over {topic}",
    "{B} calls {noun} with {a} “{adj}”",
    "What we know about the {noun} in {city}",
]

CAPTIONS = ["({agency}) ({photographer} /)", "{A} and {B}, in {city} ({agency})",
            "Photo: {agency}", "({agency})", "File photo of {a} in {city}. ({agency})"]

# Clean non-English snippets (must survive cleaning unchanged).
FOREIGN = [
    ("French", "« Nous restons déterminés à poursuivre le dialogue, même si les désaccords sont réels », a déclaré le ministre."),
    ("French", "L’économie française a progressé de 0,2 % au troisième trimestre, selon l’Insee."),
    ("French", "Où est passée la générosité d’antan ? Ça dépend, répond-elle."),
    ("German", "„Wir müssen die Gespräche über die Energiepreise fortsetzen“, sagte der Außenminister."),
    ("German", "Die Bundesregierung plant Ausgaben in Höhe von 12,5 Milliarden Euro für Brücken und Straßen."),
    ("German", "Größere Städte wie Düsseldorf und Köln sind stärker betroffen."),
    ("Spanish", "«La relación entre ambos países atraviesa su peor momento», afirmó el portavoz."),
    ("Spanish", "¿Qué pasará con los precios del café? Nadie lo sabe todavía, señaló la economista."),
    ("Spanish", "El año pasado, la inflación en España cerró en el 3,1 %, según el INE."),
    ("Portuguese", "“A situação é grave, mas não é irreversível”, disse o ministro em Brasília."),
    ("Italian", "«Non possiamo più aspettare», ha dichiarato la presidente del Consiglio a Città del Vaticano."),
    ("Polish", "„Zażółć gęślą jaźń” — napisał minister w mediach społecznościowych."),
    ("Czech", "Příliš žluťoučký kůň úpěl ďábelské ódy, uvedl mluvčí ministerstva."),
    ("Turkish", "“Türkiye’nin çıkarlarını korumaya devam edeceğiz,” dedi Dışişleri Bakanı."),
    ("Greek", "«Η Ελλάδα θα συνεχίσει να στηρίζει τον διάλογο», δήλωσε ο υπουργός Εξωτερικών."),
    ("Greek", "Η οικονομία αναπτύχθηκε κατά 2,3% πέρυσι, σύμφωνα με την ΕΛΣΤΑΤ."),
    ("Russian", "«Мы готовы к переговорам, но не на любых условиях», — заявил представитель Кремля."),
    ("Russian", "Цены на продукты выросли на 7,4 % за год, сообщает Росстат."),
    ("Ukrainian", "«Ми не зупинимося», — сказав президент України у своєму зверненні."),
    ("Chinese", "外交部发言人表示：“中美关系正处于建交以来的最低点。”"),
    ("Chinese", "双方同意鼓励更多的人文和教育交流。"),
    ("Japanese", "岸田首相は「対話を続けることが重要だ」と述べた。"),
    ("Korean", "외교부는 “양국 관계가 중요한 전환점을 맞았다”고 밝혔다."),
    ("Arabic", "قال المتحدث باسم الوزارة إن المحادثات كانت «بناءة»."),
    ("Hebrew", "הדובר אמר כי השיחות היו „פוריות”."),
    ("Vietnamese", "Bộ trưởng cho biết Việt Nam sẵn sàng hợp tác với các đối tác."),
    ("Icelandic", "Þetta er mjög mikilvægt fyrir Ísland, sagði ráðherrann."),
    ("emoji", "The post, which read “Great meeting today 🤝🇺🇸🇨🇳 👏🏽,” was shared 12,000 times."),
    ("emoji", "Supporters replied with 🎉🎉 and 👨‍👩‍👧‍👦 emojis, while critics posted 😡."),
    ("emoji", "“Mission accomplished ✅❤️,” the minister wrote, with a photo of the team 🧑‍💻."),
]

FOREIGN_INTROS = [
    "In the original {lang}, the statement read: {s}",
    "The {lang}-language version of the remarks reads: {s}",
    "{s}",
    "Local media quoted the remarks in {lang}: {s}",
    "(Original {lang}: {s})",
]

CHROME_TOP = ["Languages —", "More", "Share This Post", "Share", "Advertisement", "Menu",
              "Skip to content", "Listen to this article", "Follow us on Google News",
              "Reading time: 3 minutes"]
CHROME_BOTTOM = ["Share This Post", "Keep reading:", "More", "Read more:", "Related:",
                 "Subscribe to our newsletter", "Follow us on Twitter", "Advertisement",
                 "Click here to read more", "Tags: politics, world, economy", "Comments (0)",
                 "© 2024 All rights reserved."]

ARTIFACTS = ["merged", "lowercase_name", "unclosed_quote", "calque", "doubled_punct",
             "space_before_punct", "dash", "ellipsis", "mojibake", "html_entities", "invisible",
             "fullwidth", "ligatures", "chrome", "indentation", "trailing_spaces", "space_runs", "crlf"]

# Probability that a dirty document carries each artifact class.
RATES = {"merged": 0.35, "lowercase_name": 0.25, "unclosed_quote": 0.25, "calque": 0.20,
         "doubled_punct": 0.20, "space_before_punct": 0.15, "dash": 0.20, "ellipsis": 0.15,
         "mojibake": 0.20, "html_entities": 0.15, "invisible": 0.20, "fullwidth": 0.05,
         "ligatures": 0.08, "chrome": 0.35, "indentation": 0.15, "trailing_spaces": 0.20,
         "space_runs": 0.15, "crlf": 0.08}

# Classes added later, drawn from a generator of their own per document so that the documents of
# earlier versions of this script (and the benchmark figures measured on them) stay as they were,
# apart from these artifacts.
LATE_ARTIFACTS = ["glued_punct", "accent_apostrophe"]
LATE_RATES = {"glued_punct": 0.12, "accent_apostrophe": 0.06}

CLEAN_FRACTION = 0.29  # plus dirty-drawn docs where no artifact found a place: ~30% in all

# --------------------------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------------------------

def _sloppy_cp1252_table():
    """latin-1 char -> cp1252 char, with the 5 undefined bytes mapped to themselves (like ftfy's
    'sloppy-windows-1252')."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    return table

_CP1252 = _sloppy_cp1252_table()


def mojibake(text, layers=1):
    """UTF-8 bytes read as (sloppy) Windows-1252, `layers` times."""
    for _ in range(layers):
        text = text.encode("utf-8").decode("latin-1").translate(_CP1252)
    return text


FULLWIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
FULLWIDTH[0x20] = 0x3000
LIGATURES = [("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ")]

# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")


class Article:
    def __init__(self, rng):
        self.rng = rng
        r = rng
        self.curly = r.random() < 0.8
        self.cast = []
        used = set()
        for _ in range(3):
            while True:
                first, last = r.choice(FIRST), r.choice(LAST)
                if last not in used:
                    used.add(last)
                    break
            country, adj = r.choice(NATIONS)
            self.cast.append({"full": f"{first} {last}", "short": last, "title": r.choice(TITLES),
                              "country": country, "adj": adj})

    def slot(self, name):
        r = self.rng
        c = self.cast
        if len(name) <= 2 and name[0] in "ABCabc":
            p = c["ABC".index(name[0].upper())]
            if len(name) == 1:
                return p["full"] if name.isupper() else p["short"]
            k = name[1]
            if k == "t":
                return p["title"]
            if k == "n":
                return p["adj"]
            if k == "c":
                return p["country"]
        if name == "Q":
            q = self.slot("q")
            return q[0].upper() + q[1:]
        if name == "q":
            return SLOT_RE.sub(lambda m: self.slot(m.group(1)), r.choice(QUOTES))
        if name == "qv":
            return r.choice(QUOTE_VERBS)
        if name == "qvi":
            return r.choice(QUOTE_VERBS_INV)
        if name == "urge":
            return SLOT_RE.sub(lambda m: self.slot(m.group(1)), r.choice(URGES))
        if name == "talks":
            return r.choice(TALKS)
        if name.startswith("topic"):
            return r.choice(TOPICS)
        if name == "city":
            return r.choice(CITIES)
        if name == "country":
            return r.choice(NATIONS)[0]
        if name == "org":
            return r.choice(ORGS)
        if name == "noun":
            return r.choice(NOUNS)
        if name == "adj":
            return r.choice(ADJ)
        if name == "weekday":
            return r.choice(WEEKDAYS)
        if name.startswith("month"):
            return r.choice(MONTHS)
        if name == "year":
            return str(r.randint(1970, 2023))
        if name == "date":
            return f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2025)}"
        if name == "time":
            h = r.randint(1, 12)
            return r.choice([f"{h}:{r.choice(['00', '15', '30', '45'])} {r.choice(['a.m.', 'p.m.'])}",
                             f"{r.randint(0, 23):02d}:{r.choice(['00', '30'])} GMT"])
        if name.startswith("num_small"):
            return str(r.randint(2, 48))
        if name == "num_word":
            return r.choice(["two", "three", "four", "five", "six", "seven"])
        if name == "num_big":
            return f"{r.randint(1, 999)},{r.randint(0, 999):03d}"
        if name.startswith("pct"):
            return f"{r.randint(0, 60)}.{r.randint(0, 9)}%" if r.random() < 0.7 else f"{r.randint(1, 90)} percent"
        if name == "money":
            cur = r.choice(["$", "€", "£", "¥", "R$", "₹"])
            return f"{cur}{r.randint(1, 950)}.{r.randint(0, 9)} {r.choice(['million', 'billion'])}"
        if name == "temp":
            return str(r.randint(-25, 48))
        if name == "company":
            return r.choice(COMPANIES)
        if name == "product":
            return r.choice(PRODUCTS)
        if name == "event":
            return r.choice(EVENTS)
        if name == "agency":
            return r.choice(AGENCIES)
        if name == "photographer":
            return f"{r.choice(FIRST)} {r.choice(LAST)}".upper()
        raise KeyError(name)

    def style(self, text):
        """Typographic style of this outlet: curly quotes and apostrophes, or plain ASCII ones."""
        if self.curly:
            return text.replace("'", "\u2019")
        return text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")

    def fill(self, template):
        s = SLOT_RE.sub(lambda m: self.slot(m.group(1)), template)
        return s[0].upper() + s[1:] if s[0].islower() else s

    def build(self, target_bytes):
        r = self.rng
        lines = [self.fill(r.choice(HEADLINES))]
        if r.random() < 0.4:
            lines.append(self.fill(r.choice(CAPTIONS)))
        if r.random() < 0.3:
            lines.append(f"{r.choice(WEEKDAYS)}, {r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2019, 2025)}")
        # First paragraph always introduces A by full name (so later short / lowercased forms have
        # a correctly cased reference in the document).
        paras = [self.fill(SENTENCES[0])]
        lines = [self.style(x) for x in lines]
        size = sum(len(x) for x in lines) + len(paras[0])
        foreign_left = 1 if r.random() < 0.25 else 0
        if foreign_left and r.random() < 0.3:
            foreign_left = 2
        while size < target_bytes:
            if foreign_left and r.random() < 0.15:
                lang, s = r.choice(FOREIGN)
                p = r.choice(FOREIGN_INTROS).format(lang=lang, s=s)
                foreign_left -= 1
            else:
                n = r.choices([1, 2, 3, 4], weights=[3, 4, 3, 1])[0]
                p = self.style(" ".join(self.fill(r.choice(SENTENCES[1:])) for _ in range(n)))
            paras.append(p)
            size += len(p) + 2
        if r.random() < 0.3:
            paras.append(f"(With information from {', '.join(r.sample(AGENCIES, r.randint(1, 3)))})")
        return "\n\n".join(lines + paras)


# --------------------------------------------------------------------------------------------
# Damage
# --------------------------------------------------------------------------------------------

MERGE_RE = re.compile(r"(\w),? (the|and|said|reported|told|added) ")
UNCLOSED_RE = re.compile(r',[”"] (said|told|added|stated|declared|insisted|noted|wrote)')
CALQUE_RE = re.compile(r"\b(the|The|a) (" + "|".join(sorted({a for _, a in NATIONS}, key=len, reverse=True))
                       + r") (minister|foreign minister|president|side|government|regime|delegation|"
                         r"spokesperson|spokesman|spokeswoman|ambassador|economy|authorities)\b")
COLON_RE = re.compile(r"(\w): ")
PUNCT_RE = re.compile(r"(\w)([,.;:!?])(?= |$)", re.M)
LIG_RE = re.compile(r"ffi|ffl|ff|fi|fl")
WORD_RE = re.compile(r"\b[A-Za-z]{4,}\b")
SPACE_RE = re.compile(r"(?<=\w) (?=\w)")


def pick_matches(rng, regex, text, k):
    ms = list(regex.finditer(text))
    if not ms:
        return []
    return sorted(rng.sample(ms, min(k, len(ms))), key=lambda m: m.start())


def apply_edits(text, edits):
    """edits: list of (start, end, replacement), non-overlapping."""
    out, pos = [], 0
    for s, e, rep in sorted(edits):
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(rep)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def damage(rng, text, arts, cast):
    r = rng
    applied = []
    if "merged" in arts:
        prev = text
        ms = pick_matches(r, MERGE_RE, text, r.randint(1, 3))
        text = apply_edits(text, [(m.start(), m.end(), m.group(1) + m.group(2) + " ") for m in ms])
        if text != prev:
            applied.append("merged")
    if "unclosed_quote" in arts:
        prev = text
        ms = pick_matches(r, UNCLOSED_RE, text, r.randint(1, 2))
        # Drop the closing quote (and the comma); sometimes the space too ("timesaid").
        text = apply_edits(text, [(m.start(), m.end(), (" " if r.random() < 0.6 else "") + m.group(1))
                                  for m in ms])
        if text != prev:
            applied.append("unclosed_quote")
    if "lowercase_name" in arts:
        prev = text
        for p in r.sample(cast, r.randint(1, 2)):
            name = p["full"] if r.random() < 0.4 else p["short"]
            idx = [m.start() for m in re.finditer(re.escape(name), text)]
            if len(idx) >= 2:
                i = r.choice(idx[1:])
                text = text[:i] + name.lower() + text[i + len(name):]
        if text != prev:
            applied.append("lowercase_name")
    if "calque" in arts:
        prev = text
        ms = pick_matches(r, CALQUE_RE, text, r.randint(1, 2))
        text = apply_edits(text, [(m.start(), m.end(), f"{m.group(1)} {m.group(3)} {m.group(2)}") for m in ms])
        if r.random() < 0.3 and text.find("\n\nThe ") > 0:  # Spanish "El" -> "He"
            i = text.find("\n\nThe ")
            text = text[:i] + "\n\nHe " + text[i + 6:]
        if text != prev:
            applied.append("calque")
    if "doubled_punct" in arts:
        prev = text
        ms = pick_matches(r, COLON_RE, text, r.randint(1, 2))
        text = apply_edits(text, [(m.start(), m.end(), m.group(1) + r.choice([".: ", ".: ", ",: ", ";. "]))
                                  for m in ms])
        if text != prev:
            applied.append("doubled_punct")
    if "space_before_punct" in arts:
        prev = text
        ms = pick_matches(r, PUNCT_RE, text, r.randint(2, 6))
        text = apply_edits(text, [(m.start(), m.end(), m.group(1) + " " + m.group(2)) for m in ms])
        if text != prev:
            applied.append("space_before_punct")
    if "dash" in arts:
        prev = text
        text = text.replace("—", r.choice([" - ", " -- ", "-"]) if r.random() < 0.8 else " - ")
        text = text.replace("  - ", " - ").replace(" -  ", " - ")
        if "—" not in text and " - " not in text:
            ms = pick_matches(r, re.compile(r", (?=\w)"), text, 1)
            text = apply_edits(text, [(m.start(), m.end(), " - ") for m in ms])
        if text != prev:
            applied.append("dash")
    if "ellipsis" in arts:
        prev = text
        text = text.replace("…", r.choice(["...", ". . .", "...."]))
        ms = pick_matches(r, re.compile(r"\.(?=\n|$)"), text, r.randint(1, 2))
        text = apply_edits(text, [(m.start(), m.end(), "...") for m in ms])
        if text != prev:
            applied.append("ellipsis")
    if "ligatures" in arts:
        prev = text
        ms = pick_matches(r, LIG_RE, text, r.randint(2, 10))
        text = apply_edits(text, [(m.start(), m.end(), dict(LIGATURES)[m.group(0)]) for m in ms])
        if text != prev:
            applied.append("ligatures")
    if "fullwidth" in arts:
        prev = text
        ms = pick_matches(r, WORD_RE, text, r.randint(1, 4))
        text = apply_edits(text, [(m.start(), m.end(), m.group(0).translate(FULLWIDTH)) for m in ms])
        if text != prev:
            applied.append("fullwidth")
    if "invisible" in arts:
        prev = text
        # Inside words: zero-width space, soft hyphen, word joiner, BOM, LRM.
        # At spaces: NBSP instead of the space, or a zero-width char after it.
        in_word = ["\u200b", "\u00ad", "\u200b", "\u00ad", "\u2060", "\ufeff", "\u200e"]
        ms = pick_matches(r, re.compile(r"\w\w(?=\w)| "), text, r.randint(2, 12))
        edits = []
        for m in ms:
            if m.group(0) == " ":
                rep = "\u00a0" if r.random() < 0.6 else " " + r.choice(["\u200b", "\ufeff", "\u200c"])
                edits.append((m.start(), m.end(), rep))
            else:
                edits.append((m.start(), m.end(), m.group(0) + r.choice(in_word)))
        text = apply_edits(text, edits)
        if r.random() < 0.3:
            text = "\ufeff" + text
        if text != prev:
            applied.append("invisible")
    if "html_entities" in arts:
        prev = text
        ents = [("&", "&amp;"), ("’", "&#8217;"), ("“", "&quot;"), ("”", "&quot;"), ("“", "&ldquo;"),
                ("”", "&rdquo;"), ("—", "&mdash;"), ("é", "&eacute;"), ("'", "&#39;"), ("’", "&rsquo;")]
        if "&" in text:
            text = text.replace("&", "&amp;")  # a site that double-escapes, the common case
        for src, ent in r.sample(ents, r.randint(1, 4)):
            if src == "&":
                continue
            ms = pick_matches(r, re.compile(re.escape(src)), text, r.randint(1, 8))
            text = apply_edits(text, [(m.start(), m.end(), ent) for m in ms])
        ms = pick_matches(r, SPACE_RE, text, r.randint(0, 4))
        text = apply_edits(text, [(m.start(), m.end(), "&nbsp;") for m in ms])
        if text != prev:
            applied.append("html_entities")
    if "mojibake" in arts:
        prev = text
        layers = 2 if r.random() < 0.12 else 1
        if r.random() < 0.6:
            text = mojibake(text, layers)
        else:  # only some paragraphs (e.g. pasted from another source)
            paras = text.split("\n\n")
            for i in r.sample(range(len(paras)), max(1, len(paras) // 3)):
                paras[i] = mojibake(paras[i], layers)
            text = "\n\n".join(paras)
        if text != prev:
            applied.append("mojibake")
    # ---- layout ----
    if "chrome" in arts:
        prev = text
        paras = text.split("\n\n")
        if r.random() < 0.6:
            top = r.sample(CHROME_TOP, r.randint(1, 3))
            paras = top + paras if r.random() < 0.7 else paras[:1] + top + paras[1:]
        if r.random() < 0.7:
            bottom = r.sample(CHROME_BOTTOM, r.randint(1, 2))
            if "Keep reading:" in bottom or "Read more:" in bottom:
                bottom.append(f"{r.choice(CITIES)} denounced the presence of {r.randint(2, 30)} ships near the island")
            paras = paras + bottom
        if r.random() < 0.2:  # chrome in the middle
            i = r.randrange(1, len(paras))
            paras.insert(i, r.choice(["Share This Post", "Advertisement", "More"]))
        text = "\n\n".join(paras)
        if text != prev:
            applied.append("chrome")
    if "indentation" in arts:
        prev = text
        ind = r.choice(["    ", "    ", "\t", "  "])
        text = "\n".join(ind + ln if ln else ln for ln in text.split("\n"))
        if text != prev:
            applied.append("indentation")
    if "space_runs" in arts:
        prev = text
        ms = pick_matches(r, SPACE_RE, text, r.randint(2, 10))
        text = apply_edits(text, [(m.start(), m.end(), " " * r.randint(2, 4)) for m in ms])
        if text != prev:
            applied.append("space_runs")
    if "trailing_spaces" in arts:
        prev = text
        lines = text.split("\n")
        for i in r.sample(range(len(lines)), max(1, len(lines) // 3)):
            if lines[i]:
                lines[i] += r.choice([" ", "  ", "\t", "   "])
        text = "\n".join(lines)
        if text != prev:
            applied.append("trailing_spaces")
    if "crlf" in arts:
        prev = text
        text = text.replace("\n", "\r\n")
        if text != prev:
            applied.append("crlf")
    return text, applied


GLUED_COMMA_RE = re.compile(r"(?<![\w.@/-])([A-Za-z]{2,}), ([a-z]{2,})(?=[ ,;])")
GLUED_PERIOD_RE = re.compile(r"(?<![\w.@/-])([a-z]{2,})\. ([A-Z][a-z]+)(?= )")
APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])[’'](?=s\b)")


def late_damage(rng, text, arts):
    """Applies the LATE_ARTIFACTS classes in `arts`; returns the text and those that found a place."""
    applied = []
    if "glued_punct" in arts:
        prev = text
        # A paragraph's sentences glued by a scraper (`play.In`), or a comma's space lost (`Izmir,the`).
        regex = GLUED_PERIOD_RE if rng.random() < 0.5 else GLUED_COMMA_RE
        ms = pick_matches(rng, regex, text, rng.randint(1, 2))
        sep = "." if regex is GLUED_PERIOD_RE else ","
        text = apply_edits(text, [(m.start(), m.end(), m.group(1) + sep + m.group(2)) for m in ms])
        if text != prev:
            applied.append("glued_punct")
    if "accent_apostrophe" in arts:
        prev = text
        ms = pick_matches(rng, APOSTROPHE_RE, text, rng.randint(1, 2))
        text = apply_edits(text, [(m.start(), m.end(), "´") for m in ms])
        if text != prev:
            applied.append("accent_apostrophe")
    return text, applied


def generate(args):
    rng = random.Random(args.seed)
    target = int(args.mb * 1_000_000)
    total = 0
    n = 0
    out = open(args.out, "w", encoding="utf-8", newline="\n") if args.out != "-" else sys.stdout
    stats = {a: 0 for a in ARTIFACTS + LATE_ARTIFACTS}
    clean_docs = 0
    with out:
        while total < target:
            n += 1
            art = Article(rng)
            size = int(rng.triangular(2000, 8000, 3500))
            clean = art.build(size - 200)
            if rng.random() < CLEAN_FRACTION:
                arts = []
            else:
                arts = [a for a in ARTIFACTS if rng.random() < RATES[a]]
                if not arts:
                    arts = [rng.choice(ARTIFACTS)]
            late = []
            if arts:
                late_rng = random.Random(f"{args.seed}-{n}")
                late = [a for a in LATE_ARTIFACTS if late_rng.random() < LATE_RATES[a]]
                text, arts = damage(rng, clean, arts, art.cast)
                if late:
                    text, late = late_damage(late_rng, text, late)
                    arts = arts + late
            else:
                text = clean
            if not arts:
                clean_docs += 1
            for a in arts:
                stats[a] += 1
            total += len(text.encode("utf-8"))
            if args.format == "txt":
                out.write(text)
                out.write("\n\n")
            else:
                rec = {"id": f"doc-{n:06d}", "text": text}
                if args.truth:
                    rec["clean"] = clean
                    rec["artifacts"] = arts
                out.write(json.dumps(rec, ensure_ascii=False))
                out.write("\n")
    return n, total, clean_docs, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=100.0, help="target text size in MB (10^6 bytes)")
    ap.add_argument("--out", required=True, help="output path, or - for stdout")
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    ap.add_argument("--seed", type=int, default=20240618)
    ap.add_argument("--truth", action="store_true", help="add 'clean' and 'artifacts' fields (jsonl)")
    ap.add_argument("--stats", action="store_true", help="print artifact counts to stderr")
    args = ap.parse_args()
    t0 = time.perf_counter()
    n, total, clean_docs, stats = generate(args)
    dt = time.perf_counter() - t0
    print(f"corpus: {n} docs, {total} text bytes ({total / 1e6:.1f} MB), {clean_docs} clean "
          f"({100 * clean_docs / n:.0f}%), {dt:.1f}s -> {args.out}", file=sys.stderr)
    if args.stats:
        for a in ARTIFACTS + LATE_ARTIFACTS:
            print(f"  {a:20s} {stats[a]:7d} docs ({100 * stats[a] / n:.1f}%)", file=sys.stderr)


if __name__ == "__main__":
    main()
