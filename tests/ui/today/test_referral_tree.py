"""The referral tree: its Status and "Led to" columns are as wide as their widest text, as Qt's
"resize to contents" would make them, whatever row that text is on and after a font change."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView

from app.core.today import ReferralNode
from app.ui.today.referral_tree import MAX_SHOWN, ReferralTree


def chain_forest() -> list[ReferralNode]:
    """Many short-status people first; a long status and a four-digit count far down the list."""
    forest = [
        ReferralNode(n, f"P{n:04}", "prospect", [ReferralNode(1000 + n, f"Q{n:04}", "prospect")], 1) for n in range(120)
    ]
    deep = ReferralNode(
        9000, "Zed", "interviewed", [ReferralNode(9001 + n, f"R{n:04}", "no_reply") for n in range(1200)]
    )
    deep.led_to = 1200
    return [*forest, deep]


def widths(tree: ReferralTree) -> list[int]:
    return [tree.header().sectionSize(column) for column in (1, 2)]


def widths_resized_to_contents(tree: ReferralTree, qtbot) -> list[int]:
    for column in (1, 2):
        tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    tree.header().resizeSections()
    return widths(tree)


def test_the_columns_fit_their_widest_text_even_far_below(qtbot):
    tree = ReferralTree()
    qtbot.addWidget(tree)
    tree.resize(500, 200)
    tree.show()
    tree.set_forest(chain_forest())
    assert tree.topLevelItemCount() < MAX_SHOWN  # the long words are in rows well out of sight
    fitted = widths(tree)
    assert fitted == widths_resized_to_contents(tree, qtbot)
    assert fitted[0] > tree.fontMetrics().horizontalAdvance("Interviewed")


def test_the_columns_fit_again_after_a_font_change_and_when_empty(qtbot):
    tree = ReferralTree()
    qtbot.addWidget(tree)
    tree.show()
    tree.set_forest(chain_forest())
    font = QFont(tree.font())
    font.setPointSize(font.pointSize() * 2)
    tree.setFont(font)
    bigger = widths(tree)
    assert bigger == widths_resized_to_contents(tree, qtbot)

    empty = ReferralTree()
    qtbot.addWidget(empty)
    empty.show()
    empty.set_forest([])
    assert widths(empty) == widths_resized_to_contents(empty, qtbot)
