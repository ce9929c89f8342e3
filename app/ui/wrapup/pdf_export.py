"""Writing a PDF of a Markdown document through Qt's own rich-text document and PDF writer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

RESOLUTION_DPI = 300


def default_page_size() -> QPageSize:
    """US Letter where the locale measures in inches, A4 everywhere else."""
    if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def write_pdf(markdown: str, path: Path, title: str = "", page_size: QPageSize | None = None) -> None:
    """Lay ``markdown`` out on pages and save it as ``path``; raises OSError when it cannot be written."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".saving-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(RESOLUTION_DPI)
        writer.setCreator("InfoInterview")
        writer.setTitle(title)
        writer.setPageLayout(
            QPageLayout(
                page_size or default_page_size(),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        # GitHub's dialect, for the ticked and unticked next steps.
        document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        document.print_(writer)
        del writer  # the file is finished when the writer goes away
        if Path(temporary).stat().st_size == 0:
            # Shown in the wrap-up's export message.
            raise OSError(QCoreApplication.translate("WrapUpView", "nothing was written to {path}").format(path=path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
