"""A window with something in every view, and walks over what each view shows.

Used by the layout and keyboard tests: ``seeded_window`` builds the app with occupations, people
(with emails and phones), an interview under way and a finished one with its wrap-up, and
``VIEWS`` opens each view the way a person would reach it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from app.core.entities import Contact, ContactSource, Interview, InterviewStatus, Occupation
from app.core.wrapup import WrapUpStep

WINDOW_SIZE = (1024, 768)


def seed(store, clock) -> dict[str, int]:
    nurse = store.occupations.add(Occupation("Nurse practitioner in community health"))
    planner = store.occupations.add(Occupation("Urban planner"))
    ana = store.contacts.add(
        Contact(
            "Ana María Ruiz-Villalobos",
            email="ana.ruiz@example.org",
            phone="+1 555 010 2030",
            organisation="City Hospital Community Outreach",
            job_title="Nurse practitioner",
            occupation_id=nurse.id,
            source=ContactSource.DIRECTORY,
        )
    )
    leo = store.contacts.add(
        Contact("Leo Chen", email="leo@example.org", organisation="Planning Dept.", occupation_id=planner.id)
    )
    finished = store.interviews.add(
        Interview(leo.id, planner.id, started_at=clock.now() - timedelta(days=1), status=InterviewStatus.IN_PROGRESS)
    )
    store.content.save_notes(finished.id, "Zoning hearings take most of the week.")
    store.wrapups.finish_interview(finished.id)
    running = store.interviews.add(Interview(ana.id, nurse.id, scheduled_at=clock.now() + timedelta(minutes=5)))
    store.content.save_notes(running.id, "Night-shift rotation for new graduates.")
    return {"running": running.id, "finished": finished.id}


def open_today(window, ids) -> None:
    window.show_area("today")


def open_people(window, ids) -> None:
    window.show_area("people")
    people = window.pane("people")
    people.contact_table.selectRow(0)


def open_interview(window, ids) -> None:
    window.show_area("interview")
    area = window.pane("interview")
    area.open_interview(ids["running"])
    session = area.session
    session.tabs.setCurrentWidget(session.live)
    session.controller.start()


def open_interview_preparation(window, ids) -> None:
    open_interview(window, ids)
    session = window.pane("interview").session
    session.tabs.setCurrentWidget(session.picker)


def open_wrapup_card(window, ids) -> None:
    window.show_area("wrapup")
    area = window.pane("wrapup")
    area.open_wrapup(ids["finished"])
    area.wrapup_view.go_to(WrapUpStep.BUSINESS_CARD)


def open_wrapup_referrals(window, ids) -> None:
    window.show_area("wrapup")
    area = window.pane("wrapup")
    area.open_wrapup(ids["finished"])
    area.wrapup_view.go_to(WrapUpStep.REFERRALS)


def open_search(window, ids) -> None:
    window.show_area("search")
    search = window.pane("search").content
    search.query.setText("rotation")
    search.search_now()


VIEWS = {
    "today": open_today,
    "people": open_people,
    "interview": open_interview,
    "interview-preparation": open_interview_preparation,
    "wrapup-card": open_wrapup_card,
    "wrapup-referrals": open_wrapup_referrals,
    "search": open_search,
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


# ----- what a view shows ---------------------------------------------------------------------


def _inside_item_view_or_compound(widget: QWidget) -> bool:
    """Parts of other widgets (a combo's line edit, a spin box's editor, a table's editor, scroll
    bars, tab bar scroll buttons, a line edit's clear button, which shows only its icon) are checked
    as part of that widget."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QComboBox | QAbstractSpinBox | QTabBar | QScrollBar | QLineEdit):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def shown_widgets(window: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisibleTo(window) and widget.isWindow() is False and not _inside_item_view_or_compound(widget)
    ]


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` not cut off by its ancestors, in window coordinates."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect


def _scrolled_content(parent: QWidget) -> bool:
    """``parent`` is a scroll area's viewport: its content may be larger than it (it scrolls)."""
    grand = parent.parentWidget()
    return isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent


def _text(widget: QWidget) -> str:
    return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_problem(widget: QWidget) -> str | None:
    """Why the widget's words do not fit in it, or None."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        contents = widget.contentsRect()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                return f"needs {needed} px of height, has {widget.height()}"
            return None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or metrics.height() > contents.height() + 1:
            return f"needs {hint.width()}x{metrics.height()}, has {widget.width()}x{contents.height()}"
        return None
    if isinstance(widget, QAbstractButton):
        text = _text(widget)
        if not text:
            return None
        width = metrics.horizontalAdvance(text)
        if not widget.icon().isNull():
            width += widget.iconSize().width() + 4
        if isinstance(widget, QPushButton):
            # The room the style (and the style sheet's padding) leaves for the words.
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
            if width > room.width() or metrics.height() > room.height() + 2:
                return f"needs {width}x{metrics.height()}, has {room.width()}x{room.height()} inside"
            return None
        if isinstance(widget, QCheckBox | QRadioButton):
            width += widget.style().pixelMetric(widget.style().PixelMetric.PM_IndicatorWidth) + 4
        if width > widget.width() or metrics.height() > widget.height():
            return f"needs {width}x{metrics.height()}, has {widget.width()}x{widget.height()}"
    if isinstance(widget, QComboBox) and widget.currentText():
        # The chosen line is cut when the box is narrower than its words and the arrow.
        needed = metrics.horizontalAdvance(widget.currentText()) + 20
        if needed > widget.width() and widget.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents:
            return f"needs {needed} px of width, has {widget.width()}"
    return None


def layout_problems(window: QWidget, elided_by_design: dict[str, str]) -> list[str]:
    """Controls outside the window or cut off by their parent, and words that do not fit."""
    problems = []
    window_rect = window.rect()
    for widget in shown_widgets(window):
        name = widget.objectName() or type(widget).__name__
        where = f"{name} {_describe(widget)}"
        parent = widget.parentWidget()
        own = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        cut_off = parent is not None and not parent.rect().contains(widget.geometry()) and not widget.size().isEmpty()
        if cut_off and not _scrolled_content(parent) and not isinstance(widget, QMenuBar):
            problems.append(f"{where}: cut off by its parent {type(parent).__name__}")
            continue
        if not inside_scrolled(widget) and not window_rect.contains(own):
            problems.append(f"{where}: outside the window")
            continue
        if widget.objectName() in elided_by_design:
            continue
        why = text_problem(widget)
        if why:
            problems.append(f"{where}: words do not fit ({why})")
    return problems


def inside_scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if _scrolled_content(parent):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return repr(shown[:40]) if isinstance(shown, str) and shown else f"({type(widget).__name__})"


def horizontal_scrolling(window) -> list[str]:
    """Areas whose page is wider than the window: the person would scroll sideways to reach controls."""
    found = []
    for key, pane in window.built_panes().items():
        holder = pane.parentWidget().parentWidget()  # the viewport's scroll area
        if isinstance(holder, QAbstractScrollArea) and pane.isVisibleTo(window):
            bar = holder.horizontalScrollBar()
            if bar.maximum() > 0:
                found.append(f"{key}: {bar.maximum()} px wider than the window")
    return found


def keyboard_focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()
    return None


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what has it) for everything Alt+letter reaches in the window as it is shown now:
    the menu bar's menus, buttons, labels with a buddy, and tabs."""
    found = []
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := mnemonic(action.text())):
            found.append((letter, f"menu {action.text()!r}"))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) and (letter := mnemonic(widget.text())):
            found.append((letter, f"{type(widget).__name__} {widget.text()!r}"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None and (letter := mnemonic(widget.text())):
            found.append((letter, f"label {widget.text()!r}"))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and (letter := mnemonic(widget.tabText(index))):
                    found.append((letter, f"tab {widget.tabText(index)!r}"))
    return found


def clashes(window: QWidget) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, owner in mnemonics(window):
        by_letter.setdefault(letter, []).append(owner)
    return [f"Alt+{letter.upper()}: {', '.join(owners)}" for letter, owners in by_letter.items() if len(owners) > 1]
