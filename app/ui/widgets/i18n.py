"""Translating words that come from core (``app.core.i18n.Text`` and marked labels)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.core.i18n import Text


def tr_text(text: Text) -> str:
    """A core sentence in the person's language, with its values filled in (values that are
    sentences themselves, such as "%n person(s)", translated too)."""
    translated = QCoreApplication.translate(text.context, text.source, None, text.n)
    inner = {name: tr_text(value) for name, value in text.args.items() if isinstance(value, Text)}
    return (text.with_values(**inner) if inner else text).fill(translated)


def tr_label(context: str, source: str) -> str:
    """A label core marked with QT_TRANSLATE_NOOP(context, source), in the person's language."""
    return QCoreApplication.translate(context, source)


def tr_enum(member: Enum) -> str:
    """The label of a core enum member (marked in core with the enum's class name as context)."""
    return QCoreApplication.translate(type(member).__name__, member.label)
