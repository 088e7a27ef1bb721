"""The three labels and their Norwegian display names."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

FACT: Final = "fact"
ADVICE: Final = "professional_advice"
POLITICS: Final = "political_choice"

LABELS: Final[tuple[str, str, str]] = (FACT, ADVICE, POLITICS)

LABEL_DISPLAY: Final = MappingProxyType(
    {FACT: "Fakta", ADVICE: "Faglig råd", POLITICS: "Politisk valg"}
)
