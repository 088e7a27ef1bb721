"""The maintainers' evaluation: data sets (JSONL), deterministic metrics, the report and the gate.

Run it with ``samspill eval``; see :mod:`evaluation.runner`. Depends on ``assistant``, never the reverse.
"""
