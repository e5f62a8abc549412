#!/usr/bin/env python3
"""Throughput of peer tools on a JSON Lines corpus ({"id": ..., "text": ...} per line).

Usage (inside the bench venv, see bench/run):
    python bench/peers.py ftfy  CORPUS.jsonl [--out RESULT.jsonl] [--limit N]
    python bench/peers.py moses CORPUS.jsonl [--out RESULT.jsonl] [--limit N]

  ftfy   ftfy.fix_text(text) with ftfy's default configuration
  moses  sacremoses.MosesPunctNormalizer(lang="en").normalize(text)

The corpus is streamed line by line. Timing covers the processing loop only (reading and parsing
each line plus the tool call), not interpreter start or imports. The last line printed is
machine-readable:
    RESULT tool=ftfy docs=21974 bytes=100000321 loop_s=31.2 call_s=30.1 mbps=3.205
where bytes is the UTF-8 size of the text fields and mbps = bytes / 1e6 / loop_s.
Peak memory is measured from outside (bench/run wraps this in /usr/bin/time -v).
"""

import argparse
import json
import sys
import time


def make_tool(name):
    if name == "ftfy":
        import ftfy
        return ftfy.fix_text, f"ftfy {ftfy.__version__}"
    if name == "moses":
        import sacremoses
        from sacremoses import MosesPunctNormalizer
        norm = MosesPunctNormalizer(lang="en")
        return norm.normalize, f"sacremoses {getattr(sacremoses, '__version__', '?')}"
    raise SystemExit(f"unknown tool {name!r} (expected ftfy or moses)")


def main():
    ap = argparse.ArgumentParser(description="Measure a peer tool's throughput on a JSONL corpus.")
    ap.add_argument("tool", choices=["ftfy", "moses"])
    ap.add_argument("corpus")
    ap.add_argument("--out", help="also write the cleaned documents as JSONL (slower; for inspection)")
    ap.add_argument("--limit", type=int, default=0, help="stop after N documents")
    args = ap.parse_args()

    fix, version = make_tool(args.tool)
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    docs = nbytes = 0
    call_s = 0.0
    clock = time.perf_counter
    t0 = clock()
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"]
            nbytes += len(text.encode("utf-8"))
            c0 = clock()
            cleaned = fix(text)
            call_s += clock() - c0
            docs += 1
            if out:
                rec["text"] = cleaned
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if args.limit and docs >= args.limit:
                break
    loop_s = clock() - t0
    if out:
        out.close()
    mbps = nbytes / 1e6 / loop_s if loop_s > 0 else 0.0
    print(f"{version}: {docs} docs, {nbytes / 1e6:.1f} MB in {loop_s:.2f}s "
          f"(tool calls {call_s:.2f}s) = {mbps:.2f} MB/s", file=sys.stderr)
    print(f"RESULT tool={args.tool} docs={docs} bytes={nbytes} loop_s={loop_s:.4f} "
          f"call_s={call_s:.4f} mbps={mbps:.4f}")


if __name__ == "__main__":
    main()
