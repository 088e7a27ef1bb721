"""How long ``check`` takes on a 100-sentence draft once the labeller is loaded (target < 200 ms).

    python benchmarks/check_speed.py [--repeat 20]

Run by hand; it prints load time and the median and worst of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import statistics
import time

from assistant.neutrality import Labeller, check_text, split_sentences

PARAGRAPH = (
    "Kommunen har 6 400 innbyggere, og folketallet økte med 1,1 prosent i fjor. "
    "Med dagens fødselstall vil elevtallet falle med en femtedel innen 2035. "
    "Kommunestyret vedtok i 2020 at folkehelse skal være et satsingsområde. "
    "Ifølge planstrategien skal samfunnsdelen revideres i denne valgperioden. "
    "Gruppene bør få spørsmålene skriftlig på forhånd. "
    "Saksframlegget bør vise alternativene likt, med kilder for alle tall. "
    "Det er politisk strid om eiendomsskatten bør fjernes. "
    "Kommunen bør bygge en ny svømmehall i sentrum. "
    "Kulturbudsjettet er altfor høyt. "
    "Hvor mange elever går på skolene i kommunen?\n\n"
)


def draft(sentences: int = 100) -> str:
    text = PARAGRAPH * (sentences // 10)
    assert len(split_sentences(text)) == sentences
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    labeller = Labeller.load()
    print(f"load: {(time.perf_counter() - started) * 1000:.0f} ms")
    text = draft()
    check_text(text, labeller)  # warm-up
    timings = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        check_text(text, labeller)
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"check, 100 sentences: median {statistics.median(timings):.1f} ms, "
        f"worst {max(timings):.1f} ms over {args.repeat} runs (target < 200 ms)"
    )


if __name__ == "__main__":
    main()
