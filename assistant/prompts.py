"""Prompts and user-facing templates, kept as files in ``prompts/`` with declared variables.

A template file starts with a front-matter block that declares its variables::

    ---
    variables: [question, role]
    ---
    Spørsmålet «{question}» ...

Rendering raises :class:`TemplateError` on a missing or an undeclared variable, so a typo in a
template or in the code fails loudly instead of shipping a half-filled sentence.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.errors import TemplateError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@dataclass(frozen=True)
class Template:
    name: str
    variables: frozenset[str]
    body: str

    def render(self, **values: object) -> str:
        given = set(values)
        missing = self.variables - given
        unknown = given - self.variables
        if missing or unknown:
            raise TemplateError(
                f"Malen «{self.name}» fikk feil variabler: mangler {sorted(missing)}, "
                f"ukjente {sorted(unknown)}."
            )
        return self.body.format_map(values)


def _parse(name: str, text: str) -> Template:
    if not text.startswith("---\n"):
        raise TemplateError(f"Malen «{name}» mangler innledende '---'-blokk med variabler.")
    header, _, body = text[4:].partition("\n---\n")
    declared: set[str] = set()
    for line in header.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "variables":
            declared = {v.strip() for v in value.strip().strip("[]").split(",") if v.strip()}
    used = {field for _, field, _, _ in string.Formatter().parse(body) if field}
    if used != declared:
        raise TemplateError(
            f"Malen «{name}» bruker {sorted(used)}, men erklærer {sorted(declared)}."
        )
    return Template(name=name, variables=frozenset(declared), body=body.strip("\n"))


@lru_cache(maxsize=None)
def load(name: str, directory: Path = PROMPTS_DIR) -> Template:
    """Load ``prompts/<name>.txt`` (``name`` may hold a subfolder, e.g. ``roles/folkevalgt``)."""
    path = directory / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TemplateError(f"Fant ikke malen «{name}» i {directory}.") from exc
    return _parse(name, text)


def render(name: str, **values: object) -> str:
    return load(name).render(**values)
