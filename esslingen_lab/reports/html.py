"""The combined, self-contained HTML report (code hidden, images embedded, offline).

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

import re
from pathlib import Path

from esslingen_lab.reports.publish import _escape, _slug
from esslingen_lab.reports.run import _TEXT, NOTEBOOK_TITLES

# ----------------------------------------------------------------------------------------------
# Combined HTML report
# ----------------------------------------------------------------------------------------------

_REPORT_CSS = """
body { max-width: 1100px; margin: 0 auto; padding: 0 1.5rem 3rem; }
.el-title { padding: 3rem 0 2rem; border-bottom: 2px solid #3b6ea5; margin-bottom: 2rem;
            page-break-after: always; }
.el-title h1 { font-size: 2rem; margin-bottom: .3rem; }
.el-title dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
.el-title dt { font-weight: 600; }
.el-toc ol { line-height: 1.6; }
.el-toc ol ol { list-style: disc; }
h1.el-part { border-top: 1px solid #ccc; padding-top: 1.5rem; margin-top: 3rem; }
table.dataframe { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: 0.9rem; }
.jp-OutputArea-output { overflow-x: auto; }
.jp-RenderedHTMLCommon table.dataframe { table-layout: auto; }
table.dataframe th, table.dataframe td { border: 1px solid #ddd; padding: 4px 8px; }
table.dataframe tr:nth-child(even) { background: #f6f8fa; }
table.dataframe td.el-text, table.dataframe th { text-align: left !important; }
table.dataframe td.el-num { text-align: right; font-variant-numeric: tabular-nums; }
img { max-width: 100%; height: auto; }
"""

_DROP_MIME = ("application/vnd.jupyter.widget-view+json",
              "application/vnd.jupyter.widget-state+json", "application/javascript",
              "text/javascript")
_HIDE_TAGS = {"remove_cell", "remove-cell", "report-hide", "hide"}


def _heading_of(cell) -> str | None:
    """Return the last ``## `` heading a cell shows (Markdown source or Markdown output)."""
    texts = [cell.source] if cell.cell_type == "markdown" else [
        out.get("data", {}).get("text/markdown", "") for out in cell.get("outputs", [])]
    found = None
    for text in texts:
        for line in str(text).splitlines():
            if re.match(r"#{1,3}\s", line):
                found = line.lstrip("#").strip()
    return found


def _clean_cell(cell, alt: str = ""):
    """Copy a cell for the static report: no widgets, JavaScript or stderr; images get alt text."""
    import copy

    cell = copy.deepcopy(cell)
    if cell.cell_type != "code":
        return cell
    outputs = []
    for out in cell.get("outputs", []):
        # a cell may show several sections (a loop over groups): follow its own headings
        shown = str(out.get("data", {}).get("text/markdown", ""))
        for line in shown.splitlines():
            if re.match(r"#{1,3}\s", line):
                alt = line.lstrip("#").strip()
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            continue  # warnings belong in the executed notebook, not in the report
        if out.get("output_type") in ("display_data", "execute_result"):
            data = {k: v for k, v in out.get("data", {}).items() if k not in _DROP_MIME}
            if not data or set(data) == {"text/plain"} and "widget" in str(out.get("data")):
                continue
            if "image/png" in data:
                # an <img> with alt text (screen readers); nbconvert's own has none
                b64 = "".join(str(data["image/png"]).split())
                data = {"text/html": f'<img src="data:image/png;base64,{b64}" '
                                     f'alt="{_escape(alt or "Abbildung/figure")}">'}
            out["data"] = data
        outputs.append(out)
    cell["outputs"] = outputs
    return cell


def _combined_notebook(parts, title_html: str, language: str):
    """One notebook: title page, then each part's heading and cleaned cells."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    combined = new_notebook()
    title_cell = new_code_cell("", outputs=[new_output("display_data",
                                                       data={"text/html": title_html})])
    combined.cells.append(title_cell)
    for part_title, anchor, path in parts:
        combined.cells.append(new_markdown_cell(
            f'<h1 class="el-part" id="{anchor}">{_escape(part_title)}</h1>'))
        if path is None:
            continue
        nb = nbformat.read(str(path), as_version=4)
        title_dropped, heading = False, part_title
        for cell in nb.cells:
            tags = set(cell.get("metadata", {}).get("tags", []))
            if cell.cell_type == "markdown" and not title_dropped:
                title_dropped = True
                lines = cell.source.lstrip().splitlines()
                if lines and re.match(r"#\s", lines[0]):
                    # the part heading replaces the notebook's own title
                    cell = nbformat.from_dict({**cell, "source": "\n".join(lines[1:]).strip()})
                    if not cell.source:
                        continue
            if tags & (_HIDE_TAGS | {"parameters", "injected-parameters"}):
                continue
            if cell.cell_type == "raw":
                continue
            if cell.cell_type == "markdown" and "papermill-error-cell-tag" in tags:
                continue
            combined.cells.append(_clean_cell(cell, alt=heading))
            heading = _heading_of(cell) or heading
    combined.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                        "language": "python"},
                         "language_info": {"name": "python"}, "title": ""}
    return combined


def _export_html(nb, title: str, language: str) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"language_code": language})
    return body


def _finish_html(html: str, language: str, extra_toc=None) -> str:
    """Remove every script and external resource; number headings; fill the table of contents."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all("script"):
        tag.decompose()  # require.js/MathJax from CDNs: a report must open offline
    for tag in soup.find_all("link"):
        if re.match(r"^(https?:)?//", tag.get("href", "")):
            tag.decompose()
    for tag in soup.select("a.anchor-link"):
        tag.decompose()
    for cell in soup.select("table.dataframe td"):
        # numbers (and suppressed "<5" or missing "–") right, text left: easier to read
        value = cell.get_text(strip=True).replace(",", ".")
        numeric = re.fullmatch(r"[-+]?\d+(\.\d+)?%?|<\d+|–|-|nan", value) is not None
        cell["class"] = cell.get("class", []) + ["el-num" if numeric else "el-text"]
    style = soup.new_tag("style")
    style.string = _REPORT_CSS
    soup.head.append(style)
    toc = soup.find(id="el-toc-list")
    current, n = None, 0
    for heading in soup.find_all(["h1", "h2"]):
        if heading.find_parent(class_="el-title"):
            continue
        n += 1
        heading["id"] = heading.get("id") if heading.name == "h1" and heading.get("id") \
            else f"sec-{n}"
        if toc is None:
            continue
        item = soup.new_tag("li")
        link = soup.new_tag("a", href=f"#{heading['id']}")
        link.string = heading.get_text(" ", strip=True)
        item.append(link)
        if heading.name == "h1" or current is None:
            sub = soup.new_tag("ol")
            item.append(sub)
            toc.append(item)
            current = sub
        else:
            current.append(item)
    for sub in soup.select("#el-toc-list ol"):
        if not sub.contents:
            sub.decompose()
    return str(soup)


def _title_html(title: str, facts: list[tuple[str, str]], language: str) -> str:
    rows = "".join(f"<dt>{_escape(k)}</dt><dd>{_escape(v)}</dd>" for k, v in facts if v)
    text = _TEXT[language]
    return (f'<div class="el-title"><p>{_escape(text["report"])}</p><h1>{_escape(title)}</h1>'
            f"<dl>{rows}</dl>"
            f'<nav class="el-toc"><h3>{_escape(text["toc"])}</h3><ol id="el-toc-list"></ol></nav>'
            "</div>")


def build_report_html(run_dir, manifest, executed, path) -> Path:
    """Combine the executed notebooks into one self-contained HTML report.

    Code cells are hidden, charts are embedded PNG images, tables are plain HTML tables, and
    the file needs nothing from the network (no scripts, no external stylesheets).
    """
    language = manifest["language"]
    text = _TEXT[language]
    survey = manifest["survey"]
    title = survey.get("title") or survey["name"]
    git = manifest.get("git") or {}
    commit = git.get("commit")
    if commit and git.get("dirty"):
        commit += " (+ lokale Änderungen/local changes)"
    rows = survey.get("rows") or {}
    facts = [(text["survey"], survey["name"]),
             (text["created"], manifest["started"]),
             (text["respondents"], str(rows.get("rows_used", "")) if rows else ""),
             (text["seed"], str(manifest["seed"])),
             (text["commit"], commit or ""),
             (text["run"], Path(run_dir).name)]
    if manifest.get("skipped"):
        facts.append((text["skipped"], ", ".join(s["notebook"] for s in manifest["skipped"])))
    parts = []
    for nb_name, nb_path in executed.items():
        de, en = NOTEBOOK_TITLES.get(nb_name, (nb_name, nb_name))
        parts.append((en if language == "en" else de, f"part-{_slug(nb_name)}", nb_path))
    nb = _combined_notebook(parts, _title_html(title, facts, language), language)
    html = _finish_html(_export_html(nb, f"{text['report']}: {title}", language), language)
    Path(path).write_text(html, encoding="utf-8")
    return Path(path)


