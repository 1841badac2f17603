#!/usr/bin/env python3
"""Lists matched events whose FIELD differs between gold and system output.

Pairs events exactly as ../shared/tools/score.py does (it is imported from there, not copied), so
what this prints is what the scorer counts as wrong. Usage:
  python3 tools/fielddiff.py GOLD.jsonl SYSTEM.jsonl direction|status|mode|claimed_by|killed|locations
"""
import os
import sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "tools"))
import score  # noqa: E402  (../shared/tools/score.py)


def pairs(sys_events, gold_events):
    cands = []
    for i, se in enumerate(sys_events):
        for k, ge in enumerate(gold_events):
            q = score.candidate(se, ge)
            if q is not None:
                cands.append((q, ge.get("required", True), i, k))
    cands.sort(key=lambda p: (-p[0], not p[1]))
    used_s, used_g = set(), set()
    for q, _, i, k in cands:
        if i in used_s or k in used_g:
            continue
        used_s.add(i)
        used_g.add(k)
        yield sys_events[i], gold_events[k]


def value(ev, field):
    c = score.codes
    if field == "direction":
        return (sorted(c(ev.get("actor"))), sorted(c(ev.get("recipient"))))
    if field == "claimed_by":
        return sorted(c(ev.get("claimed_by")))
    if field == "killed":
        return score.size_best(ev, "killed")
    if field == "locations":
        return [l.get("name") for l in ev.get("locations") or []]
    return ev.get(field)


def same(se, ge, field):
    if field == "locations":
        return not ge.get("locations") or score.loc_match(se.get("locations"), ge["locations"])
    if field == "killed" and score.size_best(ge, "killed") is None:
        return True
    return value(se, field) == value(ge, field)


def main():
    gold_path, sys_path, field = sys.argv[1:4]
    gold, system = score.load(gold_path), score.load(sys_path)
    bad = n = 0
    for d in sorted(gold):
        sev = [e for e in (system.get(d, {}).get("events") or []) if isinstance(e, dict)]
        for se, ge in pairs(sev, gold[d].get("events") or []):
            n += 1
            if same(se, ge, field):
                continue
            bad += 1
            ev = se.get("evidence")
            ev = ev.get("sentence") if isinstance(ev, dict) else ev
            print(f"{d} {ge.get('event_type')}: gold {value(ge, field)}  system {value(se, field)}")
            print(f"   gold «{(ge.get('evidence') or '')[:160]}»")
            print(f"   sys  «{(ev or '')[:160]}»")
    print(f"{field}: {n - bad}/{n} agree")


if __name__ == "__main__":
    main()
