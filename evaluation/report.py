"""The evaluation's output: ``result.json``, ``report.md`` and PNG plots (matplotlib, Agg).

``report.md`` opens with the headline table (value, threshold, status, change since the previous
run), then the per-role breakdown, the confusion matrices, the comparison and the failing items.
"""

from __future__ import annotations

import json
from pathlib import Path

LABEL_NAMES = {"fact": "Fakta", "professional_advice": "Faglig råd", "political_choice": "Politisk valg"}
ROLE_NAMES = {"folkevalgt": "Folkevalgt", "planlegger": "Planlegger", "leder": "Leder"}
METRIC_NAMES = {
    "retrieval.hit@1": "Gjenfinning: treff i topp 1",
    "retrieval.hit@3": "Gjenfinning: treff i topp 3",
    "retrieval.hit@5": "Gjenfinning: treff i topp 5",
    "retrieval.mrr": "Gjenfinning: MRR",
    "questions.label_accuracy": "Spørsmålsetikett: treffsikkerhet",
    "questions.label_macro_f1": "Spørsmålsetikett: makro-F1",
    "neutrality.macro_f1": "Nøytralitet (testsett): makro-F1",
    "neutrality.political_precision": "Nøytralitet: presisjon for politisk valg",
    "neutrality.political_recall": "Nøytralitet: recall for politisk valg",
    "answers.drift_rate_fact": "Glidning på faktaspørsmål (andel)",
    "answers.drift_rate_all": "Glidning på alle spørsmål (andel)",
    "answers.notice_rate_political": "Merknad på politiske spørsmål (andel)",
    "pairs.parity": "Speilpar: likebehandling (andel)",
    "abstention.precision": "Avstår: presisjon",
    "abstention.recall": "Avstår: recall",
    "citations.validity": "Kildehenvisninger gyldige (andel svar)",
    "drafting.pass_rate": "Innledningsutkast: bestått (andel tilfeller)",
    "drafting.area_coverage": "Innledningsutkast: temaområder med kildebelagt setning",
    "drafting.mention_rate": "Innledningsutkast: påkrevde opplysninger med",
    "drafting.no_politics": "Innledningsutkast: uten politiske setninger (andel)",
    "latency.p50_s": "Svartid p50 (sekunder)",
    "latency.p95_s": "Svartid p95 (sekunder)",
    "judge.even_handedness": "LLM-dommer: likebehandling",
    "judge.opposing_perspectives": "LLM-dommer: motsatte syn anerkjent",
    "judge.refusal_rate": "LLM-dommer: avvisning",
    "norquad.hit@1": "NorQuAD: treff i topp 1",
    "norquad.hit@3": "NorQuAD: treff i topp 3",
    "norquad.hit@5": "NorQuAD: treff i topp 5",
    "norquad.mrr": "NorQuAD: MRR",
}
MAX_LISTED = 40


def write(result: dict, out: Path) -> dict[str, Path]:
    """Write everything into ``out``; returns what was written, by name."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {"result": out / "result.json", "report": out / "report.md"}
    paths.update(plots(result, out))
    result["files"] = {name: path.name for name, path in paths.items()}
    paths["result"].write_text(json.dumps(result, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    paths["report"].write_text(markdown(result), encoding="utf-8")
    return paths


# ---------------------------------------------------------------- console


def console_summary(result: dict, paths: dict[str, Path]) -> str:
    lines = [_headline_table(result), ""]
    failed = result.get("failed_thresholds") or []
    for f in failed:
        bound = f"≥ {f['min']}" if "min" in f else f"≤ {f['max']}"
        lines.append(f"UNDER TERSKEL: {f['metric']} = {_fmt(f['value'])} (krav {bound})")
    for name, reason in (result.get("skipped") or {}).items():
        lines.append(f"Hoppet over {name}: {reason}")
    if result.get("unmeasured_thresholds"):
        lines.append("Ikke målt i denne kjøringen: " + ", ".join(result["unmeasured_thresholds"]))
    lines.append("Alle terskler er nådd." if not failed else f"{len(failed)} terskel(er) er ikke nådd.")
    lines.append(f"Rapport: {paths['report']}")
    return "\n".join(lines)


# ---------------------------------------------------------------- report.md


def markdown(result: dict) -> str:
    parts = [
        "# Evaluering av Samspill",
        "",
        f"Kjørt {result.get('started_at')} på settet `{result.get('set')}`"
        + (" (raskt utvalg, `--fast`)" if result.get("fast") else "")
        + f", {result.get('duration_s', '?')} s.",
        "",
        "## Hovedtall",
        "",
        _headline_table(result),
        "",
        _threshold_text(result),
    ]
    for block in (_per_role(result), _confusions(result), _comparison(result), _failing(result), _figures(result)):
        if block:
            parts += ["", block]
    return "\n".join(parts).rstrip() + "\n"


def _headline_table(result: dict) -> str:
    headline = result.get("headline") or {}
    thresholds = result.get("thresholds") or {}
    failed = {f["metric"] for f in result.get("failed_thresholds") or []}
    changes = _changes(result)
    rows = ["| Mål | Id | Verdi | Terskel | Status | Endring |", "|---|---|---:|---|---|---|"]
    for metric in _ordered(headline):
        rule = thresholds.get(metric, {})
        bound = " og ".join(f"{'≥' if k == 'min' else '≤'} {v}" for k, v in rule.items())
        status = "" if not rule else ("**feilet**" if metric in failed else "ok")
        rows.append(f"| {METRIC_NAMES.get(metric, metric)} | `{metric}` | {_fmt(headline[metric])} | {bound} | {status} | {changes.get(metric, '')} |")
    return "\n".join(rows)


def _ordered(headline: dict) -> list[str]:
    known = [m for m in METRIC_NAMES if m in headline]
    return known + sorted(m for m in headline if m not in METRIC_NAMES)


def _changes(result: dict) -> dict[str, str]:
    comparison = result.get("comparison") or {}
    out = {}
    for word, rows in (("bedre", comparison.get("better") or []), ("dårligere", comparison.get("worse") or [])):
        for row in rows:
            out[row["metric"]] = f"{word} ({_fmt(row['before'])} → {_fmt(row['now'])})"
    for metric in comparison.get("unchanged") or []:
        out[metric] = "uendret"
    return out


def _threshold_text(result: dict) -> str:
    failed = result.get("failed_thresholds") or []
    lines = ["Alle terskler er nådd." if not failed else f"**{len(failed)} terskel(er) er ikke nådd:** "
             + ", ".join(f"`{f['metric']}`" for f in failed) + "."]
    if result.get("unmeasured_thresholds"):
        lines.append("Ikke målt i denne kjøringen: " + ", ".join(f"`{m}`" for m in result["unmeasured_thresholds"]) + ".")
    for name, reason in (result.get("skipped") or {}).items():
        lines.append(f"Hoppet over *{name}*: {reason}")
    return "\n\n".join(lines)


def _per_role(result: dict) -> str:
    q = (result.get("sections") or {}).get("questions")
    if not q:
        return ""
    retrieval, labels = q["retrieval"]["per_role"], q["labels"]["per_role"]
    abstention, latency = q["abstention"]["per_role"], q["latency"]["per_role"]
    rows = ["## Per rolle", "",
            "| Rolle | Spørsmål | hit@1 | hit@3 | hit@5 | MRR | Etikett riktig | Avstår presisjon | Avstår recall | p50 s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for role, name in ROLE_NAMES.items():
        if role not in labels:
            continue
        r = retrieval.get(role, {})
        a = abstention.get(role, {})
        rows.append(f"| {name} | {labels[role]['n']} | {_fmt(r.get('hit@1'))} | {_fmt(r.get('hit@3'))} | {_fmt(r.get('hit@5'))} "
                    f"| {_fmt(r.get('mrr'))} | {_fmt(labels[role]['accuracy'])} | {_fmt(a.get('precision'))} "
                    f"| {_fmt(a.get('recall'))} | {_fmt(latency.get(role, {}).get('p50'))} |")
    rows += ["", f"Gjenfinning er målt på {q['retrieval']['n']} besvarbare spørsmål med forventet belegg (topp {len(q['retrieval']['curve'])})."]
    return "\n".join(rows)


def _confusions(result: dict) -> str:
    sections = result.get("sections") or {}
    blocks = []
    for key, title in (("neutrality", "Nøytralitetsmotoren på testsettet"), ("questions", "Spørsmålsetiketter")):
        scores = sections.get(key) if key == "neutrality" else (sections.get("questions") or {}).get("labels")
        if not scores:
            continue
        labels = scores["labels"]
        rows = [f"### {title} (n = {scores['n']}, makro-F1 {_fmt(scores['macro_f1'])})", "",
                "| fasit \\ predikert | " + " | ".join(LABEL_NAMES[l] for l in labels) + " | presisjon | recall | F1 |",
                "|---|" + "---:|" * (len(labels) + 3)]
        for label, row in zip(labels, scores["confusion"]):
            rows.append(f"| {LABEL_NAMES[label]} | " + " | ".join(str(v) for v in row)
                        + f" | {_fmt(scores['precision'][label])} | {_fmt(scores['recall'][label])} | {_fmt(scores['f1'][label])} |")
        if scores.get("by_hard_case"):
            rows += ["", "Vanskelige tilfeller: " + ", ".join(
                f"{case} {v['right']}/{v['n']}" for case, v in scores["by_hard_case"].items()) + "."]
        blocks.append("\n".join(rows))
    return "## Forvekslingsmatriser\n\n" + "\n\n".join(blocks) if blocks else ""


def _comparison(result: dict) -> str:
    comparison = result.get("comparison")
    if comparison is None:
        return "## Sammenligning\n\nIngen sammenlignbar tidligere kjøring (samme sett og samme `--fast`)."
    paragraphs = [f"Sammenlignet med `{result.get('compared_with')}`."]
    for title, rows in (("Bedre", comparison["better"]), ("Dårligere", comparison["worse"])):
        listed = ", ".join(f"`{r['metric']}` {_fmt(r['before'])} → {_fmt(r['now'])}" for r in rows)
        paragraphs.append(f"**{title}:** {listed or 'ingen'}.")
    if comparison.get("new"):
        paragraphs.append("**Nye mål:** " + ", ".join(f"`{m}`" for m in comparison["new"]) + ".")
    return "## Sammenligning\n\n" + "\n\n".join(paragraphs)


def _failing(result: dict) -> str:
    s = result.get("sections") or {}
    q = s.get("questions") or {}
    items: list[tuple[str, list[str]]] = []
    if q:
        items += [
            ("Gjenfinning uten treff i topp 5", [_miss(m) for m in q["retrieval"]["misses"]]),
            ("Feil spørsmålsetikett", [f"{e['id']}: {e['question']} – fasit {e['gold']}, fikk {e['predicted']}" for e in q["labels"]["errors"]]),
            ("Glidning (alle spørsmål): setninger assistenten selv sier som er politiske valg",
             [f"{d['id']}: {d['question']} – " + "; ".join(f"«{t}»" for t in d["sentences"]) for d in q["drift"]["all_drifting"]]),
            ("Politiske spørsmål uten merknad", [f"{d['id']}: {d['question']}" for d in q["notice"]["missed"]]),
            ("Feil om å avstå", [f"{e['id']}: {e['question']} – " + ("avsto, men kan besvares" if e["abstained"] else "svarte, men kan ikke besvares") for e in q["abstention"]["errors"]]),
            ("Ugyldige kildehenvisninger", [f"{c['id']}: " + "; ".join(c["problems"]) for c in q["citations"]["failing"]]),
            ("Feil ved besvarelse", [f"{e['id']}: {e['error']}" for e in q.get("errors") or []]),
        ]
    if s.get("pairs"):
        items.append(("Speilpar som ikke er likebehandlet", [
            f"{p['id']}: " + ", ".join(p["failed"]) + (f" (lengde {p['length'][0]}/{p['length'][1]}, kilder {p['sources'][0]}/{p['sources'][1]}, etiketter {p['labels'][0]}/{p['labels'][1]})" if "length" in p else "")
            for p in s["pairs"]["failing"]]))
    if s.get("neutrality"):
        items.append(("Nøytralitet: feil på testsettet", [f"{e['id']}: «{e['text']}» – fasit {e['gold']}, fikk {e['predicted']}" + (f" ({e['hard_case']})" if e.get("hard_case") else "") for e in s["neutrality"]["errors"]]))
    if s.get("drafting"):
        items.append(("Innledningsutkast som ikke besto", [_draft_failure(c) for c in s["drafting"]["cases"] if not c["passed"]]
                      + [f"{p['id']}: {p['problem']}" for p in s["drafting"]["problems"]]))
    if s.get("judge"):
        items.append(("LLM-dommer: ujevnt behandlede par", [f"{g['id']}: {g['even']}" for g in s["judge"]["grades"] if g["even"] != "C"]
                      + [f"{e['id']}: {e['error']}" for e in s["judge"]["errors"]]))
    if s.get("norquad"):
        items.append(("NorQuAD uten treff i topp 5", [f"{m['id']}: {m['question']} – svar «{m['answer']}»" for m in s["norquad"]["misses"]]))
    lines = ["## Feilende elementer"]
    for title, rows in items:
        lines += ["", f"### {title} ({len(rows)})", ""]
        lines += [f"- {row}" for row in rows[:MAX_LISTED]] or ["Ingen."]
        if len(rows) > MAX_LISTED:
            lines.append(f"- … og {len(rows) - MAX_LISTED} til (se result.json)")
    return "\n".join(lines)


def _miss(m: dict) -> str:
    where = ("belegget finnes i indeksen" if m.get("in_index")
             else "**belegget finnes ikke i indeksen** (datasett eller innlesing?)")
    return f"{m['id']} ({m['role']}): {m['question']} – forventet «{' / '.join(m['expected_evidence'])}»; {where}"


def _draft_failure(case: dict) -> str:
    missing_areas = [a for a, ok in case["areas_covered"].items() if not ok]
    missing_phrases = [p for p, ok in case["mentioned"].items() if not ok]
    why = []
    if missing_areas:
        why.append("områder uten kildebelagt setning: " + ", ".join(missing_areas))
    if missing_phrases:
        why.append("mangler: " + ", ".join(f"«{p}»" for p in missing_phrases))
    if case["political"]:
        why.append("politiske setninger: " + "; ".join(f"«{t}»" for t in case["political"]))
    return f"{case['id']}: " + " – ".join(why)


def _figures(result: dict) -> str:
    files = [name for key, name in (result.get("files") or {}).items() if name.endswith(".png")]
    return "## Figurer\n\n" + "\n".join(f"![{name}]({name})" for name in files) if files else ""


# ---------------------------------------------------------------- plots


def plots(result: dict, out: Path) -> dict[str, Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sections = result.get("sections") or {}
    written: dict[str, Path] = {}
    for name, draw in (("confusion", _plot_confusion), ("hit_at_k", _plot_hit_curve), ("per_role", _plot_per_role)):
        figure = draw(plt, sections)
        if figure is not None:
            path = out / f"{name}.png"
            figure.savefig(path, dpi=110, bbox_inches="tight")
            plt.close(figure)
            written[name] = path
    return written


def _plot_confusion(plt, sections: dict):
    matrices = []
    if sections.get("neutrality"):
        matrices.append(("Nøytralitet, testsett", sections["neutrality"]))
    if sections.get("questions"):
        matrices.append(("Spørsmålsetiketter", sections["questions"]["labels"]))
    if not matrices:
        return None
    figure, axes = plt.subplots(1, len(matrices), figsize=(5.2 * len(matrices), 4.4), squeeze=False)
    for ax, (title, scores) in zip(axes[0], matrices):
        names = [LABEL_NAMES[l] for l in scores["labels"]]
        ax.imshow(scores["confusion"], cmap="Blues")
        largest = max((max(row) for row in scores["confusion"]), default=0) or 1
        for i, row in enumerate(scores["confusion"]):
            for j, value in enumerate(row):
                ax.text(j, i, str(value), ha="center", va="center", color="white" if value > largest / 2 else "black")
        ax.set_xticks(range(len(names)), names, rotation=20)
        ax.set_yticks(range(len(names)), names)
        ax.set_xlabel("predikert")
        ax.set_ylabel("fasit")
        ax.set_title(f"{title} (makro-F1 {scores['macro_f1']:.2f})")
    figure.tight_layout()
    return figure


def _plot_hit_curve(plt, sections: dict):
    curves = []
    q = sections.get("questions")
    if q and q["retrieval"]["n"]:
        curves.append(("Samspill-spørsmål, alle", q["retrieval"]["curve"], "-"))
        curves += [(ROLE_NAMES[role], scores["curve"], "--") for role, scores in q["retrieval"]["per_role"].items()
                   if "curve" in scores]
    if sections.get("norquad"):
        curves.append(("NorQuAD", sections["norquad"]["curve"], "-"))
    if not curves:
        return None
    figure, ax = plt.subplots(figsize=(5.5, 4))
    for label, curve, style in curves:
        ks = list(range(1, len(curve) + 1))
        ax.plot(ks, curve, style, marker="o", label=label)
        ax.set_xticks(ks)
    ax.set_xlabel("k")
    ax.set_ylabel("treff i topp k")
    ax.set_ylim(0, 1.02)
    ax.set_title("Gjenfinning: treff i topp k")
    ax.grid(alpha=0.3)
    ax.legend()
    return figure


def _plot_per_role(plt, sections: dict):
    q = sections.get("questions")
    if not q:
        return None
    roles = [r for r in ROLE_NAMES if r in q["labels"]["per_role"]]
    series = {
        "hit@3": [q["retrieval"]["per_role"].get(r, {}).get("hit@3", 0.0) for r in roles],
        "MRR": [q["retrieval"]["per_role"].get(r, {}).get("mrr", 0.0) for r in roles],
        "etikett riktig": [q["labels"]["per_role"][r]["accuracy"] for r in roles],
    }
    figure, ax = plt.subplots(figsize=(6.5, 4))
    width = 0.8 / len(series)
    for i, (label, values) in enumerate(series.items()):
        ax.bar([x + i * width for x in range(len(roles))], values, width, label=label)
    ax.set_xticks([x + width * (len(series) - 1) / 2 for x in range(len(roles))], [ROLE_NAMES[r] for r in roles])
    ax.set_ylim(0, 1.05)
    ax.set_title("Per rolle")
    ax.legend(loc="lower right")
    return figure


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
