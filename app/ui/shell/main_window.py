"""The main window: a list of the product's areas on the left, the chosen area on the right."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.shell.page_fit import NAVIGATION_WIDTH, PageFit

log = logging.getLogger("infointerview")


@dataclass(frozen=True, slots=True)
class Area:
    key: str
    title: str  # marked for translation; "&&" is a literal "&" in a menu
    shortcut: str  # its key in the registry of shortcuts (app/ui/shell/shortcuts.py)


AREAS = (
    Area("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "go.today"),
    Area("people", QT_TRANSLATE_NOOP("MainWindow", "People && occupations"), "go.people"),
    Area("interview", QT_TRANSLATE_NOOP("MainWindow", "Interview"), "go.interview"),
    Area("wrapup", QT_TRANSLATE_NOOP("MainWindow", "Wrap-up && follow-ups"), "go.wrapup"),
    Area("search", QT_TRANSLATE_NOOP("MainWindow", "Search"), "go.search"),
)

GEOMETRY_KEY = "main_window/geometry"
AREA_KEY = "main_window/area"


class MainWindow(QMainWindow):
    """Shows the panes it is given; builds none of the app's services itself.

    Each area's pane comes from a factory called the first time the area is shown. The first
    frame is only the frame and the list of areas (the Qt namespace alone costs ~25 ms to load
    in PySide6, so this module avoids it); the pane to show is built just after that paint.
    """

    about_requested = Signal()
    preferences_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    import_contacts_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    open_demo_requested = Signal()  # File ▸ Open demo workspace, from the person's own data
    reset_demo_requested = Signal()  # confirmed in the demo's banner
    presentation_toggled = Signal(bool)  # View ▸ Presentation mode
    zoom_requested = Signal(int)  # +1 larger, -1 smaller, 0 back to 100 %
    # Presentation mode asks for the high-contrast theme (True) or the person's own (False).
    presentation_theme_requested = Signal(bool)
    first_painted = Signal()  # once, just after the window first reached the screen
    pane_built = Signal(str, QWidget)  # area key, the new pane

    def __init__(
        self,
        pane_factories: dict[str, Callable[[], QWidget]],
        window_settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self._settings = window_settings
        self._keys = [area.key for area in AREAS]
        self._factories = pane_factories
        self._built: dict[str, QWidget] = {}
        # Each returns False to keep the window open (e.g. notes that could not be written).
        self.close_guards: list[Callable[[], bool]] = []

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget()
        for area in AREAS:
            title = self.tr(area.title).replace("&&", "&")
            item = QListWidgetItem(title)
            self.navigation.addItem(item)
            self.pages.addWidget(QWidget())  # stands in until the area is first shown
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self._page_fit = PageFit(self.navigation, self.pages.currentWidget)
        self.navigation.setWordWrap(True)
        self.navigation.currentRowChanged.connect(self._on_area_chosen)

        # Built the first time there is a problem to tell: it costs ~100 ms, too much for the first frame.
        self.message_bar = None
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer_layout = outer
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._painted = False
        self.installEventFilter(self)  # removed again after the first paint
        self._build_menus()
        self._restore_geometry()
        self.first_painted.connect(self._install_shortcuts)
        self.first_painted.connect(lambda: self._on_area_chosen(self.navigation.currentRow()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            # Queued, so that whatever waits for the first paint runs after it is on screen.
            QTimer.singleShot(0, self.first_painted.emit)
        return False

    # -- areas -------------------------------------------------------------------------------
    def show_area(self, key: str) -> None:
        self.navigation.setCurrentRow(self._keys.index(key))

    def current_area(self) -> str:
        return self._keys[self.navigation.currentRow()]

    def pane(self, key: str) -> QWidget:
        """The area's pane, built now if it has not been shown yet."""
        if key not in self._built:
            index = self._keys.index(key)
            pane = self._factories[key]()
            # On a screen narrower than a pane needs (a projector), the pane scrolls rather than
            # pushing the window off the screen.
            holder = QScrollArea()
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidgetResizable(True)
            holder.setWidget(pane)
            # At a large zoom a page's columns stack rather than run off the right edge.
            self._page_fit.follow(holder)
            stand_in = self.pages.widget(index)
            self.pages.insertWidget(index, holder)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[key] = pane
            self.pane_built.emit(key, pane)
        return self._built[key]

    def built_panes(self) -> dict[str, QWidget]:
        return dict(self._built)

    def _on_area_chosen(self, row: int) -> None:
        if row < 0 or not self._painted:
            return
        self.pane(self._keys[row])
        self.pages.setCurrentIndex(row)
        self._page_fit.fit_later()

    def fit_current_area(self) -> None:
        """Stack the shown page's side-by-side parts as far as it takes to fit the window's width."""
        self._page_fit.fit_now()

    # -- problems ----------------------------------------------------------------------------
    def show_problem(self, text: str, clears_on_write: bool) -> None:
        """Tell the person in a bar above the areas; it never takes the keyboard."""
        if self.message_bar is None:
            from app.ui.shell.message_bar import MessageBar

            self.message_bar = MessageBar()
            self._outer_layout.insertWidget(0, self.message_bar)
        self.message_bar.show_problem(text, clears_on_write)

    def problem_text(self) -> str:
        return "" if self.message_bar is None else self.message_bar.text()

    def write_succeeded(self, _changed: object = None) -> None:
        if self.message_bar is not None:
            self.message_bar.write_succeeded()

    # -- demo --------------------------------------------------------------------------------
    def show_as_demo(self) -> None:
        """This window shows the demo workspace: DEMO in its title and in a banner that can reset it."""
        from app.ui.shell.demo_banner import DemoBanner

        self.setWindowTitle(self.tr("{app} — DEMO").format(app=APP_NAME))
        self.demo_banner = DemoBanner()
        self.demo_banner.reset_confirmed.connect(self.reset_demo_requested)
        self._outer_layout.insertWidget(0, self.demo_banner)
        self.demo_action.setText(self.tr("Re&set demo…"))
        self.demo_action.setToolTip(self.demo_banner.reset_button.toolTip())
        self.demo_action.triggered.disconnect()
        self.demo_action.triggered.connect(self.demo_banner.ask_to_reset)

    def is_demo(self) -> bool:
        return getattr(self, "demo_banner", None) is not None

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.data_actions: dict[str, QAction] = {}
        for key, title, signal in (
            ("export", self.tr("&Export everything…"), self.export_requested),
            ("import", self.tr("&Import…"), self.import_requested),
            ("import_contacts", self.tr("Import &contacts…"), self.import_contacts_requested),
            ("backup", self.tr("&Back up now"), self.backup_requested),
            ("restore", self.tr("&Restore from backup…"), self.restore_requested),
        ):
            action = QAction(title, self)
            action.triggered.connect(signal)
            file_menu.addAction(action)
            self.data_actions[key] = action
        file_menu.addSeparator()
        self.demo_action = QAction(self.tr("Open &demo workspace"), self)
        self.demo_action.setToolTip(self.tr("Sample people and interviews in a window of their own"))
        self.demo_action.triggered.connect(self.open_demo_requested)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.preferences_requested)
        edit_menu.addAction(preferences)
        self.preferences_action = preferences

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.presentation_action = QAction(self.tr("&Presentation mode"), self)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setToolTip(
            self.tr("Larger text and controls for a room, high contrast, and personal details hidden")
        )
        self.presentation_action.toggled.connect(self.presentation_toggled)
        view_menu.addAction(self.presentation_action)
        view_menu.addSeparator()
        self.zoom_actions: dict[int, QAction] = {}
        for direction, title in (
            (1, self.tr("&Larger")),
            (-1, self.tr("&Smaller")),
            (0, self.tr("&Actual size")),
        ):
            action = QAction(title, self)
            action.triggered.connect(lambda _checked=False, step=direction: self.zoom_requested.emit(step))
            view_menu.addAction(action)
            self.zoom_actions[direction] = action

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.area_actions: dict[str, QAction] = {}
        for area in AREAS:
            action = QAction(self.tr(area.title), self)
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            go_menu.addAction(action)
            self.addAction(action)
            self.area_actions[area.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self._shortcuts_sheet = None
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)
        self.about_action = about

    def _install_shortcuts(self) -> None:
        """Shortcuts (and anything else needing the Qt namespace) are set just after the first
        paint: parsing the first QKeySequence makes PySide6 build its key enums, about 40 ms that
        the first frame need not wait for."""
        from PySide6.QtCore import Qt

        from app.ui.shell.shortcuts import sequences, shortcut

        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long area name ("Personas y ocupaciones") goes onto a second line, never cut short.
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Focus shows on the list itself, whatever the theme draws for the current item.
        self.navigation.setStyleSheet("QListWidget#navigation:focus { border: 2px solid palette(highlight); }")
        by_id = {
            "app.quit": self.quit_action,
            "app.preferences": self.preferences_action,
            "help.shortcuts": self.shortcuts_action,
            "view.presentation": self.presentation_action,
            "view.zoom_in": self.zoom_actions[1],
            "view.zoom_out": self.zoom_actions[-1],
            "view.zoom_reset": self.zoom_actions[0],
        }
        by_id.update({area.shortcut: self.area_actions[area.key] for area in AREAS})
        for shortcut_id, action in by_id.items():
            action.setShortcuts(sequences(shortcut_id))
            self.addAction(action)  # heard while the menus are closed, also on platforms without a menu bar
        for row, area in enumerate(AREAS):
            item = self.navigation.item(row)
            item.setToolTip(
                self.tr("{area} ({shortcut})").format(area=item.text(), shortcut=shortcut(area.shortcut).shown_keys())
            )

    def show_shortcuts(self) -> None:
        """The sheet of every shortcut, beside the window (not modal: it can stay open while working)."""
        from app.ui.shell.shortcuts_sheet import ShortcutsSheet

        if self._shortcuts_sheet is None:
            self._shortcuts_sheet = ShortcutsSheet(self)
        self._shortcuts_sheet.show()
        self._shortcuts_sheet.activateWindow()

    def shortcuts_sheet(self):
        return self._shortcuts_sheet

    def set_presenting(self, presenting: bool) -> None:
        """Check or uncheck View ▸ Presentation mode without asking for it again."""
        if self.presentation_action.isChecked() != presenting:
            self.presentation_action.blockSignals(True)
            self.presentation_action.setChecked(presenting)
            self.presentation_action.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._page_fit.fit_later()  # the zoom changed: names and pages may need other widths
        super().changeEvent(event)

    # -- geometry ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._default_size())
        self._fit_on_screen()
        area = self._settings.value(AREA_KEY, "today")
        self.show_area(area if area in self._keys else "today")

    def _fit_on_screen(self) -> None:
        """A size saved on a bigger screen (a laptop, then a projector) is shrunk to fit this one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if self.width() > available.width() or self.height() > available.height():
            self.resize(min(self.width(), available.width()), min(self.height(), available.height()))
        if not available.intersects(self.frameGeometry()):
            self.move(available.topLeft())

    def _default_size(self) -> QSize:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen else QSize(1024, 768)
        if available.width() <= 1440:
            return available  # a projector or a laptop (1366 wide): every pixel is needed
        return QSize(min(1240, int(available.width() * 0.92)), min(820, int(available.height() * 0.92)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        self.save_placement()
        super().closeEvent(event)

    def save_placement(self) -> None:
        """Remember size, position and area for the next start (also when leaving on a signal)."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(AREA_KEY, self.current_area())
        self._settings.sync()
        keep_private(Path(self._settings.fileName()))


PRIVATE_FILE_MODE = 0o600


def keep_private(path: Path) -> None:
    """Only this user may read the file; Qt keeps the mode of a file it rewrites."""
    try:
        if path.exists():
            os.chmod(path, PRIVATE_FILE_MODE)
        else:
            path.touch(mode=PRIVATE_FILE_MODE)
    except OSError:
        log.warning("could not make %s private to you", path, exc_info=True)


def window_settings(path: Path) -> QSettings:
    """Window placement lives in its own small file in the data dir, apart from preferences."""
    keep_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)
