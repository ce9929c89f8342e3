"""Write the AppStream metainfo's <releases> from CHANGELOG.md (Keep a Changelog).

    python packaging/changelog_releases.py           rewrite the metainfo's releases
    python packaging/changelog_releases.py --check   exit 1 if the metainfo is not what the changelog says

Each ``## [VERSION] - YYYY-MM-DD`` section becomes a <release>; "Unreleased" is left out. Its
paragraphs and lists become AppStream's <p>, <ul> and <li>, a ``### Added`` heading a paragraph
"Added:", inline code <code> and emphasis <em> (the markup AppStream allows); links keep their words.
CHANGELOG.md is read with markdown-it-py.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "resources" / "desktop" / "io.github.infointerview.InfoInterview.metainfo.xml"
RELEASE_HEADING = re.compile(r"^\[?(?P<version>\d+\.\d+\.\d+[0-9A-Za-z.+-]*)\]?\s+-\s+(?P<date>\d{4}-\d{2}-\d{2})$")
RELEASES_BLOCK = re.compile(r"^(?P<indent>[ \t]*)<releases>.*?</releases>[ \t]*$", re.DOTALL | re.MULTILINE)


@dataclass
class Release:
    version: str
    date: str
    description: list[str] = field(default_factory=list)  # AppStream markup, one element a line


def _inline(token: Token) -> str:
    out = []
    for child in token.children or []:
        if child.type == "text":
            out.append(escape(child.content))
        elif child.type == "code_inline":
            out.append(f"<code>{escape(child.content)}</code>")
        elif child.type in ("em_open", "strong_open"):
            out.append("<em>")
        elif child.type in ("em_close", "strong_close"):
            out.append("</em>")
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        # link_open / link_close: the link's words stay, the address goes (AppStream has no links).
    return "".join(out)


def read_releases(text: str) -> list[Release]:
    releases: list[Release] = []
    current: Release | None = None
    tokens = MarkdownIt("commonmark").parse(text)
    depth = 0  # inside a list: its paragraphs are items, not paragraphs of their own
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "heading_open" and following is not None:
            title = following.content.strip()
            if token.tag == "h2":
                match = RELEASE_HEADING.match(title)
                current = Release(match["version"], match["date"]) if match else None
                if current is not None:
                    releases.append(current)
            elif token.tag == "h3" and current is not None:
                current.description.append(f"<p>{escape(title)}:</p>")
        elif current is None:
            continue
        elif token.type == "bullet_list_open" or token.type == "ordered_list_open":
            if depth == 0:
                current.description.append("<ul>" if token.type == "bullet_list_open" else "<ol>")
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                current.description.append("</ul>" if token.type == "bullet_list_close" else "</ol>")
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            if depth:
                current.description.append(f"  <li>{_inline(token)}</li>")
            else:
                current.description.append(f"<p>{_inline(token)}</p>")
    return releases


def releases_xml(releases: list[Release], indent: str = "  ") -> str:
    lines = [f"{indent}<releases>"]
    for release in releases:
        lines.append(f'{indent * 2}<release version="{release.version}" date="{release.date}">')
        if release.description:
            lines.append(f"{indent * 3}<description>")
            lines.extend(f"{indent * 4}{line}" for line in release.description)
            lines.append(f"{indent * 3}</description>")
        lines.append(f"{indent * 2}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def metainfo_with_releases(metainfo: str, changelog: str) -> str:
    match = RELEASES_BLOCK.search(metainfo)
    if match is None:
        raise ValueError("the metainfo has no <releases> element to replace")
    block = releases_xml(read_releases(changelog), match["indent"] or "  ")
    return metainfo[: match.start()] + block + metainfo[match.end() :]


def main(argv: list[str]) -> int:
    current = METAINFO.read_text(encoding="utf-8")
    wanted = metainfo_with_releases(current, CHANGELOG.read_text(encoding="utf-8"))
    if argv == ["--check"]:
        if current != wanted:
            print(f"{METAINFO.name} does not match CHANGELOG.md; run python packaging/changelog_releases.py")
            return 1
        return 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    METAINFO.write_text(wanted, encoding="utf-8")
    print(f"wrote the releases of {CHANGELOG.name} into {METAINFO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
