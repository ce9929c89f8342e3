"""Step three: the business card onto the contact, vCard import and export, a picture of the card."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.card_merge import apply_changes
from app.core.errors import AttachmentError
from app.core.vcard import (
    CardDetails,
    LabelledValue,
    VCardError,
    card_problems,
    read_vcards,
    write_vcard,
)
from app.core.wrapup import WrapUpStep
from app.ui.widgets.accessibility import StatusLabel
from app.ui.widgets.i18n import tr_text
from app.ui.widgets.privacy import mark_personal
from app.ui.widgets.reflow import mark_reflowing
from app.ui.wrapup.steps.base import StepPage, WrapUpServices, write_text_file
from app.ui.wrapup.steps.card_import_dialog import CardImportDialog

# "label: value", where a label is a word or a few (custom ones too: "x-assistant", "Home fax");
# it starts with a letter, so a value such as "+1 555: ext 7" is never taken for one.
_LABELLED = re.compile(r"^([^\W\d_][\w .\-]{0,39}?):\s+(.+)$|^([^\W\d_][\w\-]{0,39}):(?!//)(.+)$")


def _lines_to_values(text: str) -> list[LabelledValue]:
    values = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _LABELLED.match(line)
        if match is None:
            values.append(LabelledValue(line))
            continue
        label, value = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        values.append(LabelledValue(value.strip(), label.strip()))
    return values


def _values_to_lines(values: list[LabelledValue]) -> str:
    return "\n".join(f"{item.label}: {item.value}" if item.label else item.value for item in values)


def _small_editor(name: str, placeholder: str) -> QPlainTextEdit:
    """``name`` and ``placeholder`` are already translated."""
    editor = QPlainTextEdit()
    editor.setAccessibleName(name)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 12)
    return editor


def _field_message(name: str) -> QLabel:
    label = StatusLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setObjectName("fieldError")  # the theme's colour for problems
    label.hide()
    return label


class CardPage(StepPage):
    def __init__(self, services: WrapUpServices, parent: QWidget | None = None) -> None:
        super().__init__(WrapUpStep.BUSINESS_CARD, services, parent)
        columns = QHBoxLayout()
        mark_reflowing(columns)  # the buttons below the card's fields when the window is narrow
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setAccessibleName(self.tr("Name on the card"))
        self.job_title = QLineEdit()
        self.job_title.setAccessibleName(self.tr("Title"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.emails = _small_editor(self.tr("Emails"), self.tr("one a line, e.g. work: name@example.com"))
        self.email_message = _field_message(self.tr("Email problems"))
        self.phones = _small_editor(self.tr("Phones"), self.tr("one a line, e.g. cell: +1 555 010 2030"))
        self.phone_message = _field_message(self.tr("Phone problems"))
        self.address = _small_editor(self.tr("Address"), self.tr("street, town, postcode, country"))
        self.websites = _small_editor(self.tr("Websites"), self.tr("one a line"))
        form.addRow(self.tr("&Name:"), self.full_name)
        form.addRow(self.tr("&Title:"), self.job_title)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("E&mails:"), self.emails)
        form.addRow("", self.email_message)
        form.addRow(self.tr("&Phones:"), self.phones)
        form.addRow("", self.phone_message)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Websites:"), self.websites)
        columns.addLayout(form, 3)
        # Room for a title or an organisation's name: narrower than this, the buttons go below.
        for editor in (self.full_name, self.job_title, self.organisation):
            editor.setMinimumWidth(editor.fontMetrics().averageCharWidth() * 26)
        mark_personal(self.emails, self.phones, self.address)  # not for a room in presentation mode

        side = QVBoxLayout()
        self.save_button = QPushButton(self.tr("Save card"))
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("Import vCard…"))
        self.import_button.clicked.connect(self.import_vcard)
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("vCard version to export"))
        for version in ("4.0", "3.0"):
            self.version.addItem(self.tr("vCard {version}").format(version=version), version)
        self.export_button = QPushButton(self.tr("Export vCard…"))
        self.export_button.clicked.connect(self.export_vcard)
        self.attach_button = QPushButton(self.tr("Attach photo or scan…"))
        self.attach_button.clicked.connect(self.attach_image)
        self.picture = QLabel(self.tr("No picture of the card"))
        self.picture.setAccessibleName(self.tr("Picture of the card"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setMinimumHeight(80)
        for widget in (self.save_button, self.import_button, self.version, self.export_button, self.attach_button):
            side.addWidget(widget)
        side.addWidget(self.picture)
        side.addStretch(1)
        columns.addLayout(side, 1)
        self.body.addLayout(columns)
        self.body.addStretch(1)
        for editor in (self.full_name, self.job_title, self.organisation):
            editor.textChanged.connect(self._on_edited)
        for editor in (self.emails, self.phones, self.address, self.websites):
            editor.textChanged.connect(self._on_edited)
        self.make_import_dialog = CardImportDialog  # tests put a scripted dialog here

    def refresh(self) -> None:
        self._show_card(self.services.cards.card(self.contact_id))
        self._show_picture()

    def card_from_form(self) -> CardDetails:
        return CardDetails(
            full_name=self.full_name.text().strip(),
            organisation=self.organisation.text().strip(),
            job_title=self.job_title.text().strip(),
            emails=_lines_to_values(self.emails.toPlainText()),
            phones=_lines_to_values(self.phones.toPlainText()),
            address=self.address.toPlainText().strip(),
            websites=[line.strip() for line in self.websites.toPlainText().splitlines() if line.strip()],
        )

    def autosave_values(self) -> tuple[int, CardDetails]:
        return self.contact_id, self.card_from_form()

    @staticmethod
    def write_values(services: WrapUpServices, interview_id: int, values: tuple[int, CardDetails]) -> None:
        contact_id, card = values
        services.cards.save_card(contact_id, card)

    def save(self) -> bool:
        """Save whatever was typed (nothing is lost), then point at any field that needs a look."""
        saved = self.save_now()
        self.edited.emit()
        card = self.card_from_form()
        if not card.full_name:
            self.warn(self.tr("The card needs a name; the other details are saved."))
            self.full_name.setFocus()
            return False
        if self._show_problems(card):
            self.warn(self.tr("Saved, but some values need a look: see the messages under the fields."))
            return False
        if saved:
            self.say(self.tr("Card saved."))
        return saved

    def commit(self) -> bool:
        return self.save()

    def import_vcard(self) -> None:
        """Read a vCard and show what it would change; nothing changes until the person says so."""
        path = self.services.ask_open_path(self, self.tr("Import a vCard"), self._vcard_filter())
        if path is None:
            return
        try:
            cards = read_vcards(path.read_bytes())
        except OSError as exc:
            self.warn(self.tr("“{file}” cannot be read: {reason}.").format(file=path.name, reason=exc.strerror or exc))
            return
        except VCardError as exc:
            self.warn(tr_text(exc.text))
            return
        current = self.card_from_form()
        dialog = self.make_import_dialog(current, [found.card for found in cards], path.name, self)
        unchanged = self.tr("Nothing was changed by “{file}”.").format(file=path.name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.say(unchanged)
            return
        changes = dialog.chosen_changes()
        if not changes:
            self.say(unchanged)
            return
        merged = apply_changes(current, changes)
        with self.filling():
            self._show_card(merged)
        self.save_now()
        self.edited.emit()
        if self._show_problems(merged):
            text = self.tr("Took %n change(s) from “{file}”; some values need a look.", "", len(changes))
            self.warn(text.format(file=path.name))
        else:
            self.say(self.tr("Took %n change(s) from “{file}”.", "", len(changes)).format(file=path.name))

    def export_vcard(self) -> None:
        card = self.card_from_form()
        if not card.full_name:
            self.warn(self.tr("The card needs a name before it can be exported."))
            return
        suggested = re.sub(r"[^\w\- ]+", "", card.full_name).strip().replace(" ", "-") or "contact"
        path = self.services.ask_save_path(self, self.tr("Export a vCard"), f"{suggested}.vcf", self._vcard_filter())
        if path is None:
            return
        version = self.version.currentData()
        try:
            write_text_file(path, write_vcard(card, version))
        except OSError as exc:
            self.warn(
                self.tr("The vCard could not be saved to {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        self.say(self.tr("Saved a vCard {version} as {path}.").format(version=version, path=path))

    def attach_image(self) -> None:
        path = self.services.ask_open_path(self, self.tr("Attach a photo or scan of the card"), self._image_filter())
        if path is None:
            return
        try:
            contact = self.services.cards.attach_card_image(self.contact_id, path)
        except AttachmentError as exc:
            self.warn(str(exc))
            return
        self.subject = type(self.subject)(self.subject.interview, contact, self.subject.occupation_title)
        self._show_picture()
        self.say(self.tr("Attached “{file}”; a copy is kept with your data.").format(file=path.name))

    def _vcard_filter(self) -> str:
        return self.tr("vCard files (*.vcf *.vcard);;All files (*)")

    def _image_filter(self) -> str:
        return self.tr("Images or PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf)")

    def _show_card(self, card: CardDetails) -> None:
        self.full_name.setText(card.full_name)
        self.job_title.setText(card.job_title)
        self.organisation.setText(card.organisation)
        self.emails.setPlainText(_values_to_lines(card.emails))
        self.phones.setPlainText(_values_to_lines(card.phones))
        self.address.setPlainText(card.address)
        self.websites.setPlainText("\n".join(card.websites))
        self._show_problems(card)

    def _show_problems(self, card: CardDetails) -> bool:
        problems = card_problems(card)
        for kind, label in (("email", self.email_message), ("phone", self.phone_message)):
            messages = [tr_text(problem.message) for problem in problems if problem.field == kind]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        return any(problem.field in ("email", "phone") for problem in problems)

    def _show_picture(self) -> None:
        path = self.services.cards.card_image_file(self.subject.contact)
        if path is None or not path.exists():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("No picture of the card"))
            return
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.picture.setText(self.tr("Attached: {file}").format(file=path.name))
        else:
            self.picture.setPixmap(pixmap.scaledToWidth(180, Qt.TransformationMode.SmoothTransformation))
        self.picture.setToolTip(str(path))

    def _on_edited(self, *_args) -> None:
        if self._filling:
            return
        self._show_problems(self.card_from_form())
        self.changed()
