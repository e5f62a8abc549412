#!/usr/bin/env python3
"""Mojibake repair: Tidings versus ftfy, on sentences embedded below.

Usage (normally through bench/ftfy-eval, which sets up the venv):
    python bench/ftfy_eval.py                      # run Tidings and ftfy, print a Markdown table
    python bench/ftfy_eval.py --cases-only PATH    # only write the cases as JSONL (no ftfy needed)

Cases, built from the clean sentences in SENTENCES (and TRICKY_CLEAN):
    clean    the sentence itself; a tool must leave it unchanged
    clean-tricky  correct sentences from TRICKY_CLEAN that look like mojibake in places; unchanged too
    cp1252   UTF-8 bytes decoded as Windows-1252, "sloppy" like ftfy's sloppy-windows-1252
             (the 5 undefined bytes 81 8D 8F 90 9D become U+0081 ... U+009D), one layer
    latin1   UTF-8 bytes decoded as ISO-8859-1, one layer (C1 controls appear)
    cp1252x2 the cp1252 mangling applied twice
    mixed    the cp1252 mangling applied to every other word holding non-ASCII characters only, so
             damaged and intact words sit side by side (text pasted together from two sources)
    nbsp-lost the cp1252 mangling, then every no-break space (byte A0 read as U+00A0) turned into a
             plain space, as editors and HTML whitespace collapsing do (`voilÃ  tout`)
Mangled cases identical to their source (pure ASCII) are skipped. A case is "repaired" when the
tool's output equals the original clean sentence exactly.

Tidings is run once over all cases: each case is written to its own file, and
    $TIDINGS $TIDINGS_ARGS FILE...   with TIDINGS default .build/release/tidings and TIDINGS_ARGS
    default "clean --format json --only unicode.mojibake --only unicode.c1-controls"
prints one JSON object per file (path, text, edits...). TIDINGS_ARGS is split like a shell would.
ftfy runs with every fixer off except the encoding-related ones (see FTFY_CONFIG).
After the table, a speed line: CPU seconds of one Tidings process (--format text) and of ftfy on
all mangled cases joined into one text. Disagreements are written to
.build-bench/ftfy-eval-disagreements.txt. The exit status is 0
whatever the scores; it is non-zero only when Tidings cannot be run or its output is malformed.
"""

import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (language, sentence). Written for this evaluation; typographic characters are deliberate.
SENTENCES = [
    # English: curly quotes, apostrophes, dashes, ellipsis, symbols
    ("en", "“It’s not over yet,” the minister said — and nobody in the room believed him."),
    ("en", "She called the plan ‘reckless’ and walked out… twenty minutes later."),
    ("en", "The café on Rue Saint-Honoré reopened on Monday after a three-month renovation."),
    ("en", "Naïve résumé writers rarely mention their coöperation with the déjà vu club."),
    ("en", "The company’s revenue grew to €4.2 billion, up 12% year-on-year."),
    ("en", "“We’ll see,” he said. “We’ve been here before — twice.”"),
    ("en", "Temperatures hit 45 °C in Seville, while Madrid recorded 42 °C."),
    ("en", "The scheme costs £350 million a week, according to the campaign’s “fact sheet.”"),
    ("en", "Prices ranged from ¥1,200 to ¥3,500 – roughly $8 to $24."),
    ("en", "Her reply was brief: “No comment… for now.”"),
    ("en", "The senator’s aide said the meeting “didn’t go well” but wouldn’t elaborate."),
    ("en", "The logo carried the © and ™ symbols, and the price fell by ½ point, ± 0.1."),
    ("en", "The 1990s’ “third way” politics — once fashionable — now looks dated."),
    ("en", "He ordered a piña colada and a crème brûlée at the hotel’s rooftop bar."),
    ("en", "“Don’t quote me,” the official said, “but it’s done.”"),
    ("en", "Bullet points • like these • survived the export, as did the § sign."),
    ("en", "The meeting ended at 5 p.m. without an agreement."),  # ASCII: clean case only
    ("en", "Fans chanted \"Olé, olé\" as Zoë and Chloë crossed the finish line."),
    # French
    ("fr", "« Nous ne céderons pas », a déclaré la ministre lors d’une conférence de presse à Bruxelles."),
    ("fr", "L’inflation a atteint 5,2\u00a0% en mars, selon l’Insee."),
    ("fr", "Le président s’est rendu à Besançon, où il a rencontré des élèves de l’école Jean-Jaurès."),
    ("fr", "Ça coûte trop cher : les ménages réduisent leurs dépenses de Noël."),
    ("fr", "Où sont passés les œufs ? Les éleveurs dénoncent une pénurie « inédite »."),
    ("fr", "Le maître d’œuvre a reconnu des « défauts de conception » dans l’édifice."),
    ("fr", "Les élèves ont visité le château de Fontainebleau et la forêt voisine."),
    ("fr", "À PARIS, LES GRÉVISTES ONT BLOQUÉ LA GARE DE L’EST."),
    # German
    ("de", "„Wir schaffen das“, sagte die Kanzlerin damals."),
    ("de", "Die Straßenbahn in Düsseldorf fällt wegen eines Streiks bis Freitag aus."),
    ("de", "Der Bürgermeister von Köln begrüßte die Entscheidung des Bundesverfassungsgerichts."),
    ("de", "Über 3.000 Menschen demonstrierten in München gegen die geplante Erhöhung der Mieten."),
    ("de", "Größere Änderungen sind erst für das Frühjahr geplant, hieß es aus dem Ministerium."),
    ("de", "Die Gebühren steigen um 15 Prozent – für viele Familien eine schwere Belastung."),
    # Spanish
    ("es", "«No vamos a permitir que esto vuelva a ocurrir», afirmó el presidente del Gobierno."),
    ("es", "¿Cuánto costará la reforma? El ministerio aún no lo ha calculado."),
    ("es", "La economía española creció un 2,5 % en 2023, según el INE."),
    ("es", "El niño, de once años, fue rescatado ileso en la montaña de Huesca."),
    ("es", "¡Qué vergüenza!, gritaron los manifestantes frente al Congreso."),
    ("es", "Los años de sequía han dejado los embalses de Andalucía al 20 % de su capacidad."),
    ("es", "ESPAÑA Y MÉXICO FIRMARON UN ACUERDO DE COOPERACIÓN."),
    # Portuguese
    ("pt", "“Não há alternativa ao diálogo”, disse o ministro das Relações Exteriores."),
    ("pt", "A inflação em São Paulo subiu 0,8% em março, segundo o IBGE."),
    ("pt", "O governo anunciou ações para proteger as populações ribeirinhas da Amazônia."),
    ("pt", "Em Lisboa, a manifestação reuniu milhares de pessoas contra o aumento das rendas."),
    ("pt", "SÃO PAULO — A seleção conquistou o título após uma vitória por 3 a 1."),
    # Italian
    ("it", "«È una giornata storica per il nostro Paese», ha detto il presidente della Repubblica."),
    ("it", "Perché il governo non ha ancora approvato la riforma? Le opposizioni chiedono chiarezza."),
    ("it", "La città di Forlì è stata colpita da un’alluvione senza precedenti."),
    ("it", "Più di 10.000 persone hanno partecipato alla manifestazione a Torino."),
    ("it", "L’università di Bologna è la più antica d’Europa, fondata nel 1088."),
    # Polish
    ("pl", "„To nie jest koniec rozmów” – powiedział rzecznik rządu w Warszawie."),
    ("pl", "Zażółć gęślą jaźń."),
    ("pl", "Wybory w Łodzi wygrała kandydatka opozycji, zdobywając 52 procent głosów."),
    ("pl", "Ministerstwo Zdrowia ostrzega przed falą zachorowań na grypę w styczniu."),
    ("pl", "Mieszkańcy Gdańska protestowali przeciwko wycince drzew w parku."),
    # Czech
    ("cs", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("cs", "Vláda schválila zvýšení platů učitelů o deset procent."),
    ("cs", "„Nebudeme ustupovat,“ řekl premiér novinářům v Praze."),
    ("cs", "V Brně se v sobotu konal tradiční vánoční trh na náměstí Svobody."),
    # Turkish
    ("tr", "“Türkiye’nin çıkarlarını korumaya devam edeceğiz,” dedi Dışişleri Bakanı."),
    ("tr", "İstanbul’da şiddetli yağış nedeniyle bazı yollar trafiğe kapatıldı."),
    ("tr", "Merkez Bankası faiz oranını yüzde 45’te sabit tuttu."),
    ("tr", "Öğrenciler sınav sonuçlarını öğrenmek için okulda toplandı."),
    # Greek
    ("el", "«Η Ελλάδα θα συνεχίσει να στηρίζει τον διάλογο», δήλωσε ο υπουργός Εξωτερικών."),
    ("el", "Η οικονομία αναπτύχθηκε κατά 2,3% πέρυσι, σύμφωνα με την ΕΛΣΤΑΤ."),
    ("el", "Ο καιρός στην Αθήνα θα είναι ηλιόλουστος το Σαββατοκύριακο."),
    ("el", "Οι μαθητές επέστρεψαν στα σχολεία μετά τις γιορτές."),
    # Russian / Ukrainian
    ("ru", "«Мы готовы к переговорам, но не на любых условиях», — заявил представитель Кремля."),
    ("ru", "Цены на продукты выросли на 7,4 % за год, сообщает Росстат."),
    ("ru", "В Москве выпал первый снег, движение на дорогах затруднено."),
    ("ru", "Съешь же ещё этих мягких французских булок, да выпей чаю."),
    ("ru", "Правительство утвердило бюджет на следующий год."),
    ("uk", "«Ми не зупинимося», — сказав президент України у своєму зверненні."),
    # Other European
    ("hu", "Árvíztűrő tükörfúrógép: a kormány szerint a fejlesztés jövőre elkészül."),
    ("ro", "Ministrul a declarat că situația este sub control în București."),
    ("sv", "Både regeringen och oppositionen välkomnade beskedet från Göteborg."),
    ("da", "Ærø og Fanø får nye færger næste år."),
    ("is", "Þetta er mjög mikilvægt fyrir Ísland, sagði ráðherrann."),
    ("vi", "Bộ trưởng cho biết Việt Nam sẵn sàng hợp tác với các đối tác."),
    # Emoji
    ("emoji", "Great meeting today 🤝🇺🇸🇨🇳 👏🏽"),
    ("emoji", "The team celebrated the win 🎉🎉 with their families 👨‍👩‍👧‍👦."),
    ("emoji", "“Mission accomplished ✅❤️,” the minister wrote."),
    ("emoji", "Coffee ☕ prices are up 30% this year 📈, traders say."),
    # CJK
    ("zh", "外交部发言人表示：“中美关系正处于建交以来的最低点。”"),
    ("zh", "双方同意鼓励更多的人文和教育交流。"),
    ("ja", "岸田首相は「対話を続けることが重要だ」と述べた。"),
    ("ja", "東京で開かれた会議には、各国の代表が出席した。"),
    ("ko", "서울에서 열린 회의에 각국 대표들이 참석했다."),
]

# Correct text that looks like mojibake in places (capitals before symbols, arithmetic, brand
# marks, Greek letters among Latin ones...): a tool must leave it unchanged. Only as clean cases.
TRICKY_CLEAN = [
    ("pt", "SÃO PAULO — “NÃO”, disse a IRMÃ. A CORAÇÃO DO BRASIL, “IRMÔ."),
    ("pt", "NESTLÉ® e NESCAFÉ® anunciaram um recall; “SÓ…” foi a resposta, VOCÊ…"),
    ("de", "„Spaß“, „Gruß“ und „Fuß“ – sagte er. GRÖSSE… MÜ’s."),
    ("fr", "CAFÉ… OLÉ ! Le maître d’œuvre — « défauts » — à Besançon, L’ÉTÉ»."),
    ("en", "Tickets cost 3×£20 or 2×€15; the ratio was 4×½ and 4288×…"),
    ("en", "It was 45°C in Seville; Ångström units; Ærø and Øresund; µg and ¼ cup."),
    ("en", "Symbols: © 2024 AFP, ™, ®, § 12, ¶ 3, ± 0.5, ¹²³, ¿, ¡, ¬, ¦."),
    ("en", "IL-2Rγ mice received 5 μg; α-synuclein; β-blockers; ΔT and Ωm."),
    ("sq", "Ç’ka ndodhur? pyeti ai. Ç’është kjo?"),
    ("mix", "Antonín Dvořák, Đoàn Văn Hậu, Ömer, Łódź, Ñandú, Þórr, Ĳsselmeer."),
    ("mix", "Ελληνικά: Η Ελλάδα; Русский: В Москве; עברית: שלום; العربية: مرحبا."),
    ("en", "Spaced capitals: C O N C L U S Ã O and S Ã O   P A U L O."),
    ("en", "Emoji: 👍🏽 ❤️ 👨‍👩‍👧 🏳️‍🌈 ☕ and kaomoji ( ͡° ͜ʖ ͡°) ¯\\_(ツ)_/¯."),
]

CATEGORIES = ["clean", "clean-tricky", "cp1252", "latin1", "cp1252x2", "mixed", "nbsp-lost"]

# "Mojibake repair only": the encoding fixers on, everything else off.
FTFY_CONFIG = dict(
    fix_encoding=True, restore_byte_a0=True, replace_lossy_sequences=True,
    decode_inconsistent_utf8=True, fix_c1_controls=True, fix_surrogates=True,
    uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False,
    normalization=None, unescape_html=False, remove_terminal_escapes=False,
    fix_line_breaks=False, remove_control_chars=False, explain=False,
)

# The encoding rules only (ftfy runs only its encoding fixers); each case is a file argument.
DEFAULT_TIDINGS_ARGS = "clean --format json --only unicode.mojibake --only unicode.c1-controls"

# --------------------------------------------------------------------------------------------


def _sloppy_cp1252():
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass  # undefined in cp1252: keep the same-numbered C1 control
    return table


SLOPPY = _sloppy_cp1252()


def as_cp1252(text):
    return text.encode("utf-8").decode("latin-1").translate(SLOPPY)


def as_latin1(text):
    return text.encode("utf-8").decode("latin-1")


def as_cp1252_every_other_word(text):
    out = []
    damaged = 0
    for word in text.split(" "):
        if not word.isascii():
            damaged += 1
            if damaged % 2 == 1:
                word = as_cp1252(word)
        out.append(word)
    return " ".join(out)


MANGLE = {
    "clean": lambda t: t,
    "cp1252": as_cp1252,
    "latin1": as_latin1,
    "cp1252x2": lambda t: as_cp1252(as_cp1252(t)),
    "mixed": as_cp1252_every_other_word,
    "nbsp-lost": lambda t: as_cp1252(t).replace("\u00a0", " "),
}


def build_cases():
    cases = [{"id": f"clean-tricky-{i:03d}", "category": "clean-tricky", "lang": lang, "text": s, "expected": s}
             for i, (lang, s) in enumerate(TRICKY_CLEAN, 1)]
    for cat in CATEGORIES:
        if cat == "clean-tricky":
            continue
        for i, (lang, s) in enumerate(SENTENCES, 1):
            text = MANGLE[cat](s)
            if cat != "clean" and text == s:
                continue
            if cat == "nbsp-lost" and text == as_cp1252(s):
                continue  # no byte A0 in the sentence: the same case as cp1252
            cases.append({"id": f"{cat}-{i:03d}", "category": cat, "lang": lang,
                          "text": text, "expected": s})
    return cases


def ftfy_fixer():
    import ftfy
    fields = getattr(ftfy.TextFixerConfig, "_fields", None)
    kwargs = dict(FTFY_CONFIG)
    if fields is not None:
        dropped = sorted(k for k in kwargs if k not in fields)
        if dropped:
            print(f"ftfy_eval: note: ftfy {ftfy.__version__} has no option(s) {dropped}; ignored",
                  file=sys.stderr)
        kwargs = {k: v for k, v in kwargs.items() if k in fields}
    config = ftfy.TextFixerConfig(**kwargs)
    return (lambda t: ftfy.fix_text(t, config)), ftfy.__version__


def run_tidings(cases):
    """Returns ({id: text}, None) or (None, error message).

    Each case is written to its own file in a temporary folder, and all files are cleaned in ONE
    invocation with --format json, which prints one JSON object per file (path, text, edits...).
    """
    exe = os.environ.get("TIDINGS") or str(ROOT / ".build/release/tidings")
    raw_args = os.environ.get("TIDINGS_ARGS")
    args = shlex.split(DEFAULT_TIDINGS_ARGS if raw_args is None else raw_args)
    with tempfile.TemporaryDirectory(prefix="ftfy-eval-") as folder:
        paths = {}
        for c in cases:
            path = os.path.join(folder, c["id"] + ".txt")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(c["text"])
            paths[path] = c["id"]
        cmd = [exe] + args + list(paths)
        shown = " ".join(shlex.quote(a) for a in [exe] + args) + f" <{len(paths)} files>"
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=600, cwd=ROOT)
        except FileNotFoundError:
            return None, f"cannot run {shown}: {exe} not found (build it: swift build -c release --product tidings)"
        except subprocess.TimeoutExpired:
            return None, f"{shown} timed out after 600 s"
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-15:]
        return None, f"{shown} exited with {proc.returncode}:\n" + "\n".join("  | " + ln for ln in err)
    out = {}
    # Split on "\n" only: str.splitlines() would also split inside texts holding U+0085 or U+2028,
    # which JSON allows unescaped (and the latin1 cases do contain U+0085).
    for n, line in enumerate(proc.stdout.decode("utf-8", "replace").split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            out[paths[rec["path"]]] = rec["text"]
        except (ValueError, KeyError, TypeError):
            return None, f"{shown}: output line {n} is not a JSON object with path and text: {line[:100]!r}"
    missing = [c["id"] for c in cases if c["id"] not in out]
    if missing:
        return None, (f"{shown}: {len(missing)} of {len(cases)} cases missing from the output "
                      f"(first: {missing[0]})")
    return out, None


def throughput(cases, fix, copies=40):
    """CPU seconds for Tidings (one process on one file) and ftfy.fix_text on all mangled cases joined."""
    text = "\n\n".join(c["text"] for c in cases if not c["category"].startswith("clean")) + "\n"
    text = text * copies
    exe = os.environ.get("TIDINGS") or str(ROOT / ".build/release/tidings")
    raw_args = os.environ.get("TIDINGS_ARGS")
    args = shlex.split(DEFAULT_TIDINGS_ARGS if raw_args is None else raw_args)
    args = ["text" if a == "json" else a for a in args]  # the text alone, as ftfy returns it
    with tempfile.TemporaryDirectory(prefix="ftfy-eval-") as folder:
        path = os.path.join(folder, "all.txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        # CPU time (user + system), not wall-clock time: steadier on a shared machine.
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run([exe] + args + [path], capture_output=True, timeout=600, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        tidings_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    start = time.process_time()
    fix(text)
    ftfy_seconds = time.process_time() - start
    size = len(text.encode("utf-8")) / 1e6
    return size, (tidings_seconds if proc.returncode == 0 else None), ftfy_seconds


def show(s):
    """Quoted, with control, format and non-ASCII space characters written as \\uXXXX."""
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch in '"\\' or (cat in ("Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn") and ch != " "):
            out.append(f"\\u{ord(ch):04x}" if ch not in '"\\' else "\\" + ch)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def report(cases, tid, ftf, ftfy_version, disagreements_path):
    rows = []
    totals = None
    for cat in CATEGORIES + ["all mangled"]:
        if cat == "all mangled":
            sel = [c for c in cases if not c["category"].startswith("clean")]
        else:
            sel = [c for c in cases if c["category"] == cat]
        r = {"cat": cat, "n": len(sel), "t": 0, "f": 0, "agree": 0, "t_only": 0, "f_only": 0}
        for c in sel:
            want = c["expected"]
            t_ok = tid is not None and tid[c["id"]] == want
            f_ok = ftf[c["id"]] == want
            r["t"] += t_ok
            r["f"] += f_ok
            r["agree"] += tid is not None and tid[c["id"]] == ftf[c["id"]]
            r["t_only"] += t_ok and not f_ok
            r["f_only"] += f_ok and not t_ok
        rows.append(r)
        if cat == "all mangled":
            totals = r

    def pct(a, n):
        return f"{a} ({100 * a / n:.0f}%)" if n else "0"

    na = "n/a"
    print(f"Mojibake repair: Tidings vs ftfy {ftfy_version} ({len(SENTENCES)} sentences, "
          f"{len(cases)} cases). Correct = output equals the original sentence exactly.")
    print()
    print("| category | cases | Tidings correct | ftfy correct | agree | Tidings only | ftfy only |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        name = f"{r['cat']} (unchanged)" if r["cat"].startswith("clean") else r["cat"]
        if r["cat"] == "all mangled":
            name = "**all mangled**"
        t = pct(r["t"], r["n"]) if tid is not None else na
        print(f"| {name} | {r['n']} | {t} | {pct(r['f'], r['n'])} | "
              f"{r['agree'] if tid is not None else na} | {r['t_only'] if tid is not None else na} | "
              f"{r['f_only'] if tid is not None else na} |")
    clean_rows = [r for r in rows if r["cat"].startswith("clean")]
    clean_n = sum(r["n"] for r in clean_rows)
    print()
    print(f"False changes on clean text: Tidings "
          f"{clean_n - sum(r['t'] for r in clean_rows) if tid is not None else na}, "
          f"ftfy {clean_n - sum(r['f'] for r in clean_rows)} (of {clean_n}).")

    # Disagreements file
    lines = []
    count = 0
    for c in cases:
        t = tid[c["id"]] if tid is not None else None
        f = ftf[c["id"]]
        if tid is not None and t == f:
            continue
        want = c["expected"]
        count += 1
        verdict = []
        if t is not None:
            verdict.append("tidings " + ("OK" if t == want else "WRONG"))
        verdict.append("ftfy " + ("OK" if f == want else "WRONG"))
        lines.append(f"== {c['id']} [{c['lang']}] {', '.join(verdict)}")
        lines.append(f"   input:    {show(c['text'])}")
        lines.append(f"   expected: {show(want)}")
        if t is not None:
            lines.append(f"   tidings:  {show(t)}")
        lines.append(f"   ftfy:     {show(f)}")
        lines.append("")
    disagreements_path.parent.mkdir(parents=True, exist_ok=True)
    header = (f"# Tidings vs ftfy {ftfy_version}: cases where the two outputs differ "
              f"({count})\n\n")
    disagreements_path.write_text(header + "\n".join(lines), encoding="utf-8")
    print(f"Disagreements: {disagreements_path}")
    return totals


def main():
    ap = argparse.ArgumentParser(description="Mojibake repair: Tidings vs ftfy.")
    ap.add_argument("--cases-only", metavar="PATH",
                    help="write the cases as JSONL (id, category, lang, text, expected) and exit")
    ap.add_argument("--disagreements", default=str(ROOT / ".build-bench/ftfy-eval-disagreements.txt"))
    args = ap.parse_args()

    cases = build_cases()
    if args.cases_only:
        with open(args.cases_only, "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"ftfy_eval: wrote {len(cases)} cases to {args.cases_only}", file=sys.stderr)
        return 0

    fix, version = ftfy_fixer()
    ftf = {c["id"]: fix(c["text"]) for c in cases}
    tid, err = run_tidings(cases)
    if err:
        print(f"ftfy_eval: error: {err}", file=sys.stderr)
        print("ftfy_eval: showing ftfy's results alone.\n", file=sys.stderr)
    report(cases, tid, ftf, version, Path(args.disagreements))
    if not err:
        size, tidings_seconds, ftfy_seconds = throughput(cases, fix)
        shown = f"{tidings_seconds:.2f} s" if tidings_seconds is not None else "failed"
        print(f"Speed on all mangled cases joined ({size:.1f} MB, one text), CPU time: Tidings {shown} "
              f"(one process, --format text, start-up included), ftfy {ftfy_seconds:.2f} s.")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
