"""The set of named rules switched off, which can also record the rules a request asked about.

Every named rule is checked as `NAME in off` (or `not in`) where it may act. The ablation
(`personalq bench select --ablate`) passes a `RuleSwitches` whose `consulted` set collects those
names, so it re-runs with a rule off only the requests that asked about that rule: a request
that never asked decides the same with it off.
"""

from __future__ import annotations

from collections.abc import Iterable


class RuleSwitches(frozenset):
    """Rule names switched off; with `consulted` set, every name looked up is added to it."""

    consulted: set[str] | None = None

    def __contains__(self, name: object) -> bool:
        if self.consulted is not None and isinstance(name, str):
            self.consulted.add(name)
        return frozenset.__contains__(self, name)


def switches(names: Iterable[str]) -> frozenset[str]:
    """`names` as a frozenset; a RuleSwitches is kept as it is so its record keeps working."""
    return names if isinstance(names, RuleSwitches) else frozenset(names)


def acted(off: frozenset[str], rule: str, with_rule, without_rule):
    """`with_rule` where `rule` is on, else `without_rule` (both worked out by the caller); the
    rule is looked up only where the two differ, so the ablation's trace records a rule only
    for the requests where switching it off could change something."""
    if with_rule == without_rule:
        return with_rule
    return without_rule if rule in off else with_rule
