"""The combined, self-contained HTML report (code hidden, images embedded, offline).

Part of :mod:`esslingen_lab.reports`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from esslingen_lab.i18n import Catalogue
from esslingen_lab.reports.publish import slug
from esslingen_lab.reports.texts import FRAME_TEXT, NOTEBOOK_TITLES

# ----------------------------------------------------------------------------------------------
# Combined HTML report
# ----------------------------------------------------------------------------------------------

_REPORT_CSS = """
:root { --el-accent: #2f5f8f; }
html { -webkit-text-size-adjust: 100%; }
body { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem 3rem; line-height: 1.5;
       overflow-wrap: break-word; }
.el-title { padding: 2.5rem 0 1.5rem; border-bottom: 3px solid var(--el-accent);
            margin-bottom: 1.5rem; }
.el-title .el-kicker { text-transform: uppercase; letter-spacing: .08em; color: #555;
                       margin: 0; }
.el-title h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 .5rem; }
.el-title .el-sub { font-size: 1.1rem; color: #333; margin: 0 0 1rem; }
body dl.el-facts, body .el-appendix dl { display: grid; grid-template-columns: max-content 1fr;
                                         gap: .2rem 1rem; margin: 0; }
body dl.el-facts dt, body .el-appendix dt { font-weight: 600; float: none; width: auto;
                                           margin: 0; }
body dl.el-facts dd, body .el-appendix dd { margin: 0; float: none; width: auto; }
.el-toc ol { line-height: 1.6; padding-left: 1.4rem; }
.el-toc ol ol { list-style: disc; }
.el-key { background: #eef4fa; border-left: 6px solid var(--el-accent); padding: 1rem 1.4rem;
          margin: 1.5rem 0; }
.el-key h1 { margin-top: .2rem; font-size: 1.6rem; }
.el-key ol { padding-left: 1.3rem; }
.el-key li { margin: .45rem 0; font-size: 1.05rem; }
.el-methods { border: 1px solid #c9d3dd; padding: .8rem 1.2rem; margin: 1.5rem 0; }
.el-methods h2 { margin-top: .2rem; font-size: 1.2rem; }
.el-note { color: #444; font-style: italic; }
h1.el-part { border-top: 1px solid #ccc; padding-top: 1.5rem; margin-top: 3rem; }
.el-table-box { overflow-x: auto; max-width: 100%; margin: .3rem 0 1.5rem;
                -webkit-overflow-scrolling: touch; }
.jp-OutputArea-output, .jp-RenderedHTMLCommon { overflow-x: auto; max-width: 100%; }
.jp-OutputArea-output pre { white-space: pre-wrap; }
table.dataframe { border-collapse: collapse; margin: 0; font-size: 0.9rem; }
.jp-RenderedHTMLCommon table.dataframe { table-layout: auto; }
table.dataframe th, table.dataframe td { border: 1px solid #ddd; padding: 4px 8px;
                                         vertical-align: top; }
table.dataframe tr:nth-child(even) { background: #f6f8fa; }
table.dataframe td.el-text, table.dataframe th { text-align: left !important; }
table.dataframe td.el-num { text-align: right; font-variant-numeric: tabular-nums;
                            white-space: nowrap; }
table.dataframe td.el-text { min-width: 8rem; max-width: 28rem; }
table.dataframe.el-wide { font-size: .8rem; }
table.dataframe.el-wide th, table.dataframe.el-wide td { padding: 3px 5px; }
table.dataframe.el-wide td.el-text { min-width: 5rem; }
body .el-caption, body figcaption { font-weight: 600; font-size: 1rem; line-height: 1.35;
                                    margin: 1rem 0 .3rem; }
figure.el-figure { margin: 1rem 0 1.5rem; }
img { max-width: 100%; height: auto; }
body .el-appendix dd { word-break: break-all; }
.el-cite { background: #f6f8fa; padding: .6rem 1rem; border-left: 4px solid #999; }
@media (max-width: 600px) {
  body { padding: 0 .7rem 2rem; }
  .el-title h1 { font-size: 1.5rem; }
  body dl.el-facts, body .el-appendix dl { grid-template-columns: 1fr; gap: 0; }
  body dl.el-facts dt, body .el-appendix dt { margin-top: .4rem; }
  table.dataframe { font-size: .8rem; }
  table.dataframe td.el-text { min-width: 6rem; }
}
@page { size: A4; margin: 18mm 15mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .el-title { page-break-after: always; }
  h1.el-part { page-break-before: always; border-top: none; margin-top: 0; }
  h2, h3, h4, table.dataframe.el-wide { font-size: .8rem; }
table.dataframe.el-wide th, table.dataframe.el-wide td { padding: 3px 5px; }
table.dataframe.el-wide td.el-text { min-width: 5rem; }
.el-caption, figcaption { page-break-after: avoid; break-after: avoid; }
  figure.el-figure, tr, img { page-break-inside: avoid; break-inside: avoid; }
  .el-table-box, .jp-OutputArea-output, .jp-RenderedHTMLCommon { overflow: visible; }
  table.dataframe { font-size: 7.5pt; }
  table.dataframe td.el-text { min-width: 0; }
  a { color: inherit; text-decoration: none; }
}
"""

_DROP_MIME = ("application/vnd.jupyter.widget-view+json",
              "application/vnd.jupyter.widget-state+json", "application/javascript",
              "text/javascript")
_HIDE_TAGS = {"remove_cell", "remove-cell", "report-hide", "hide"}


def _esc(text) -> str:
    return html.escape(str(text))


def _plain_heading(line: str) -> str:
    """Heading text of a Markdown line, without ``#``, backslash escapes and entities."""
    import html

    return html.unescape(re.sub(r"\\(.)", r"\1", line.lstrip("#").strip()))


def _heading_of(cell) -> str | None:
    """Return the last ``## `` heading a cell shows (Markdown source or Markdown output)."""
    texts = [cell.source] if cell.cell_type == "markdown" else [
        out.get("data", {}).get("text/markdown", "") for out in cell.get("outputs", [])]
    found = None
    for text in texts:
        for line in str(text).splitlines():
            if re.match(r"#{1,3}\s", line):
                found = _plain_heading(line)
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
                alt = _plain_heading(line)
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            continue  # warnings belong in the executed notebook, not in the report
        if out.get("output_type") in ("display_data", "execute_result"):
            data = {k: v for k, v in out.get("data", {}).items() if k not in _DROP_MIME}
            if not data or set(data) == {"text/plain"} and "widget" in str(out.get("data")):
                continue
            if "image/png" in data:
                # an <img> with alt text (screen readers); nbconvert's own has none.
                # publish_figure describes the chart in the output's metadata.
                meta = out.get("metadata", {}).get("image/png", {})
                if isinstance(meta, dict) and meta.get("alt"):
                    alt = str(meta["alt"])
                b64 = "".join(str(data["image/png"]).split())
                data = {"text/html": f'<img src="data:image/png;base64,{b64}" '
                                     f'alt="{_esc(alt or "Abbildung/figure")}">'}
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
            f'<h1 class="el-part" id="{anchor}">{_esc(part_title)}</h1>'))
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


def standalone_html(nb, title: str, language: str) -> str:
    """Turn a notebook of finished outputs into one self-contained HTML page (no code shown)."""
    return _finish_html(_export_html(nb, title, language), language)


def _export_html(nb, title: str, language: str) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"language_code": language})
    return body


_WORDS = Catalogue("reports.html", {
    "de": {"table": "Tabelle", "figure": "Abbildung", "key": "Kernergebnisse",
           "methods": "Methode und Daten", "appendix": "Anhang: Herkunft des Berichts",
           "cite": "Zitiervorschlag", "report_of": "Bericht", "created": "Erstellt am",
           "respondents": "Befragte (ausgewertet)", "survey_id": "Befragung (Kennung)",
           "run": "Laufordner", "seed": "Zufallsstartwert (Seed)", "commit": "Git-Commit",
           "local": "mit lokalen Änderungen", "parameters": "Parameter",
           "inputs": "Eingabedateien (sha256)", "skipped": "Nicht ausgeführt",
           "manifest": "Alle Angaben stehen maschinenlesbar in manifest.json.",
           "created_with": "erstellt mit esslingen-lab", "rule": (
               "Eine Aussage erscheint hier nur, wenn das 95-%-Konfidenzintervall eine Mehrheit "
               "(untere Grenze über 50 %) oder einen Vorsprung vor der Gegenseite stützt; "
               "sortiert nach der unteren Intervallgrenze (Größe und Sicherheit).")},
    "en": {"table": "Table", "figure": "Figure", "key": "Key findings",
           "methods": "Methods and data", "appendix": "Appendix: provenance of this report",
           "cite": "Suggested citation", "report_of": "Report", "created": "Created",
           "respondents": "Respondents (analysed)", "survey_id": "Survey (identifier)",
           "run": "Run folder", "seed": "Random seed", "commit": "Git commit",
           "local": "with local changes", "parameters": "Parameters",
           "inputs": "Input files (sha256)", "skipped": "Not run",
           "manifest": "Everything is recorded machine-readably in manifest.json.",
           "created_with": "created with esslingen-lab", "rule": (
               "A statement appears here only when its 95 % confidence interval supports a "
               "majority (lower bound above 50 %) or a lead over the opposite side; ranked "
               "by the interval's lower bound (size and certainty).")},
})

_NUMERIC_CELL = re.compile(r"[-+−]?[\d.,\u202f\u00a0 ]*\d(?: ?%)?|<\s?\d+|–|-|—")


def _column_texts(table):
    rows = table.find_all("tr")
    grid = [[c.get_text(" ", strip=True) for c in r.find_all(["td", "th"])] for r in rows]
    if not grid or len({len(r) for r in grid}) != 1 or table.find(attrs={"colspan": True}) \
            or table.find(attrs={"rowspan": True}):
        return None, rows
    return [list(col) for col in zip(*grid, strict=True)], rows


def _drop_repeated_columns(table):
    """Remove a column whose cells repeat another column (a code column now showing labels)."""
    columns, rows = _column_texts(table)
    if columns is None:
        return
    body = [col[1:] for col in columns]
    drop = [i for i in range(len(body)) if any(body[i] == body[j] for j in range(i + 1, len(body)))]
    for row in rows:
        cells = row.find_all(["td", "th"])
        for i in reversed(drop):
            cells[i].decompose()


def _relabel(text: str, labels: dict, codes) -> str:
    """Replace code names inside a heading or caption (``nach altersgruppe``)."""
    for code in codes:
        if code in text:
            text = re.sub(rf"(?<![\w-]){re.escape(code)}(?![\w-])", labels[code], text)
    return text


def _localise_tables(soup, language: str, labels: dict, codes) -> None:
    from esslingen_lab.reports.conventions import localise_text

    for table in soup.select("table.dataframe"):
        for cell in table.find_all(["td", "th"]):
            text = cell.get_text(" ", strip=True)
            code = re.fullmatch(r"([A-Za-z][\w-]*): (.+)", text)
            if code and code.group(1) in labels:
                new = code.group(2)  # "online_wunsch: Welche …" → the question only
            else:
                new = localise_text(text, language, labels)
                if cell.name == "th":
                    new = _relabel(new, labels, codes)
            if new != text:
                cell.string = new
            if cell.name == "td":
                numeric = _NUMERIC_CELL.fullmatch(new.strip()) is not None
                cell["class"] = [c for c in cell.get("class", []) if c not in
                                 ("el-num", "el-text")] + ["el-num" if numeric else "el-text"]
        _drop_repeated_columns(table)
        first = table.find("tr")
        if first is not None and len(first.find_all(["td", "th"])) >= 8:
            table["class"] = table.get("class", []) + ["el-wide"]
        if table.parent is not None and "el-table-box" not in table.parent.get("class", []):
            box = soup.new_tag("div", attrs={"class": "el-table-box", "role": "region",
                                             "tabindex": "0"})
            table.wrap(box)


def _number_tables_and_figures(soup, language: str, labels: dict, codes) -> None:
    words = _WORDS[language]
    for heading in soup.find_all(["h2", "h3", "h4"]):
        if heading.find_parent(class_="el-title"):
            continue
        text = heading.get_text(" ", strip=True)
        new = _relabel(text, labels, codes)
        if new != text:
            heading.string = new
    n_table = n_figure = 0
    for element in soup.find_all(["table", "img"]):
        if element.find_parent(class_=["el-title", "el-key", "el-methods", "el-appendix"]):
            continue
        if element.name == "table":
            if "dataframe" not in element.get("class", []):
                continue
            n_table += 1
            box = element.find_parent(class_="el-table-box") or element
            previous = box.find_previous(["h2", "h3", "h4", "table", "img"])
            if previous is not None and previous.name == "h4" and \
                    "el-caption" not in previous.get("class", []):
                caption = previous
                caption.string = f"{words['table']} {n_table}: {caption.get_text(' ', strip=True)}"
            else:
                caption = soup.new_tag("p")
                caption.string = f"{words['table']} {n_table}"
                box.insert_before(caption)
            caption["class"] = caption.get("class", []) + ["el-caption"]
            caption["id"] = f"tab-{n_table}"
        else:
            n_figure += 1
            alt = element.get("alt") or ""
            short = re.split(r"(?<=[^\d])[;:](?=\s)", alt)[0].strip() or alt
            figure = soup.new_tag("figure", attrs={"class": "el-figure", "id": f"fig-{n_figure}"})
            element.wrap(figure)
            figcaption = soup.new_tag("figcaption")
            figcaption.string = f"{words['figure']} {n_figure}: {short}"
            figure.append(figcaption)


def _css_string(text: str) -> str:
    # a CSS string literal that cannot end the string, the rule or the <style> element
    return '"' + "".join(f"\\{ord(c):x} " if c in '"\\<>\n\r' else c for c in text) + '"'


def _page_css(language: str, title: str) -> str:
    """Page numbers and the report title in the margins of every printed page (print, PDF)."""
    page, of = ("Page", "of") if language == "en" else ("Seite", "von")
    return (f"@page {{ @bottom-right {{ content: \"{page} \" counter(page) \" {of} \" "
            f"counter(pages); font-size: 8pt; color: #555; }} @bottom-left {{ content: "
            f"{_css_string(title[:90])}; font-size: 8pt; color: #555; }} }}\n")


def _finish_html(html: str, language: str, extra_toc=None, *, labels=None, codes=()) -> str:
    """Remove scripts and external resources; localise tables; number things; fill the TOC."""
    from bs4 import BeautifulSoup

    labels = labels or {}
    codes = sorted((c for c in codes if c in labels), key=len, reverse=True)
    soup = BeautifulSoup(html, "html.parser")
    if soup.html is not None:
        soup.html["lang"] = language
    for tag in soup.find_all("script"):
        tag.decompose()  # require.js/MathJax from CDNs: a report must open offline
    for tag in soup.find_all("link"):
        if re.match(r"^(https?:)?//", tag.get("href", "")):
            tag.decompose()
    for tag in soup.select("a.anchor-link"):
        tag.decompose()
    _localise_tables(soup, language, labels, codes)
    _number_tables_and_figures(soup, language, labels, codes)
    style = soup.new_tag("style")
    style.string = _REPORT_CSS + _page_css(language, soup.title.get_text() if soup.title else "")
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


def _facts_html(facts, css="el-facts") -> str:
    rows = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in facts if v)
    return f'<dl class="{css}">{rows}</dl>'


def title_html(title: str, facts: list[tuple[str, str]], language: str, *,
               subtitle: str = "", citation: str = "") -> str:
    """Return the title block: kicker, title, subtitle, facts, citation, table of contents."""
    text = FRAME_TEXT[language]
    sub = f'<p class="el-sub">{_esc(subtitle)}</p>' if subtitle else ""
    cite = (f'<p class="el-cite"><strong>{_esc(_WORDS[language]["cite"])}:</strong> '
            f"{_esc(citation)}</p>") if citation else ""
    return (f'<div class="el-title"><p class="el-kicker">{_esc(text["report"])}</p>'
            f"<h1>{_esc(title)}</h1>{sub}{_facts_html(facts)}{cite}"
            f'<nav class="el-toc"><h2>{_esc(text["toc"])}</h2><ol id="el-toc-list"></ol>'
            "</nav></div>")


def _key_findings_html(summary, language: str) -> str:
    words = _WORDS[language]
    items = "".join(f"<li>{_esc(f.sentence)}</li>" for f in summary["findings"])
    note = f'<p class="el-note">{_esc(summary["note"])}</p>' if summary.get("note") else ""
    listing = f"<ol>{items}</ol>" if items else ""
    return (f'<section class="el-key"><h1 class="el-part" id="kernergebnisse">'
            f'{_esc(words["key"])}</h1>{listing}{note}'
            f'<p class="el-note">{_esc(words["rule"])}</p></section>'
            f'<section class="el-methods"><h2>{_esc(words["methods"])}</h2>'
            f'{_facts_html(summary["methods"])}</section>')


def _format_date(iso: str, language: str) -> str:
    import datetime as dt

    from babel.dates import format_date

    from esslingen_lab.reports.conventions import locale_of

    try:
        day = dt.datetime.fromisoformat(iso).date()
    except (TypeError, ValueError):
        return str(iso or "")
    return format_date(day, format="long", locale=locale_of(language))


def citation(manifest, language: str = "de") -> str:
    """Return a suggested citation of the report (author = the city, else the survey's title)."""
    survey = manifest["survey"]
    title = survey.get("title") or survey["name"]
    year = str(manifest.get("started") or "")[:4]
    author = survey.get("city") or title
    version = (manifest.get("packages") or {}).get("esslingen-lab") or ""
    words = _WORDS[language]
    run = Path(manifest.get("run_dir") or "").name
    made = f"{words['created_with']} {version}".strip()
    return f"{author} ({year}): {title}. {words['report_of']}, {made}, {words['run']} {run}."


def _appendix_html(manifest, language: str) -> str:
    words = _WORDS[language]
    git = manifest.get("git") or {}
    commit = git.get("commit") or ""
    if commit and git.get("dirty"):
        commit += f" ({words['local']})"
    params = ", ".join(f"{k} = {v}" for k, v in sorted((manifest.get("effective_parameters")
                                                          or manifest["parameters"]).items()))
    inputs = "; ".join(f"{Path(i['path']).name} ({i['sha256'][:16]}…)"
                       for i in manifest.get("inputs", []))
    facts = [(words["survey_id"], manifest["survey"]["name"]),
             (words["run"], Path(manifest.get("run_dir") or "").name),
             (words["created"], manifest.get("started", "")),
             (words["seed"], str(manifest.get("seed", ""))),
             (words["commit"], commit), (words["parameters"], params),
             (words["inputs"], inputs),
             (words["skipped"], ", ".join(s["notebook"] for s in manifest.get("skipped", []))),
             (words["cite"], citation(manifest, language))]
    return (f'<section class="el-appendix"><h1 class="el-part" id="anhang">'
            f'{_esc(words["appendix"])}</h1>{_facts_html(facts, "el-appendix-facts")}'
            f'<p>{_esc(words["manifest"])}</p></section>')


def build_report_html(run_dir, manifest, executed, path, *, summary=None, labels=None,
                      codes=()) -> Path:
    """Combine the executed notebooks into one self-contained HTML report.

    The title page names the survey and its respondents; key findings and a methods box
    follow (``summary`` from :func:`esslingen_lab.reports.findings.summarise`), then the
    notebooks' parts with code hidden, numbered tables and figures, and an appendix with the
    run's provenance (seed, commit, parameters, input files) and a suggested citation. Numbers
    follow the report language (babel); ``labels`` replace code names in tables and headings.
    The file needs nothing from the network (no scripts, no external stylesheets).
    """
    from esslingen_lab.reports.conventions import COMMON_LABELS, format_number

    language = manifest["language"]
    text = FRAME_TEXT[language]
    words = _WORDS[language]
    manifest = {**manifest, "run_dir": str(run_dir)}
    survey = manifest["survey"]
    title = survey.get("title") or survey["name"]
    rows = survey.get("rows") or {}
    group = survey.get("respondent_group")
    group = COMMON_LABELS.get_text(group, language, group) if group else ""
    subtitle = " · ".join(str(v) for v in (survey.get("city"), group, survey.get("wave")) if v)
    facts = [(words["created"], _format_date(manifest["started"], language)),
             (words["respondents"], format_number(rows["rows_used"], language)
              if rows.get("rows_used") is not None else "")]
    parts = []
    for nb_name, nb_path in executed.items():
        de, en = NOTEBOOK_TITLES.get(nb_name, (nb_name, nb_name))
        parts.append((en if language == "en" else de, f"part-{slug(nb_name)}", nb_path))
    front = title_html(title, facts, language, subtitle=subtitle,
                       citation=citation(manifest, language))
    if summary is not None:
        front += _key_findings_html(summary, language)
    nb = _combined_notebook(parts, front, language)
    from nbformat.v4 import new_code_cell, new_output

    nb.cells.append(new_code_cell("", outputs=[new_output(
        "display_data", data={"text/html": _appendix_html(manifest, language)})]))
    html = _finish_html(_export_html(nb, f"{text['report']}: {title}", language), language,
                        labels=labels, codes=codes)
    Path(path).write_text(html, encoding="utf-8")
    return Path(path)
