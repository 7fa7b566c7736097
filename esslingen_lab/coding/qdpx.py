"""Export codings as a REFI-QDA project (``.qdpx``) for QualCoder, MAXQDA or ATLAS.ti.

A ``.qdpx`` file is a zip holding ``project.qde`` (XML, namespace ``urn:QDA-XML:project:1.0``,
REFI-QDA Project Exchange 1.0) and one ``Sources/<guid>.txt`` per answer.
"""

from __future__ import annotations

import uuid
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from esslingen_lab import __version__
from esslingen_lab.coding.codebook import Codebook
from esslingen_lab.coding.store import parse_codes
from esslingen_lab.errors import DataError
from esslingen_lab.files import atomic_write

__all__ = ["export_qdpx", "QDA_NAMESPACE"]

QDA_NAMESPACE = "urn:QDA-XML:project:1.0"
# Stable GUIDs (uuid5) make exports of the same project reproducible and comparable.
_GUID_ROOT = uuid.UUID("6f1c1d2e-8a64-5b7f-9d7e-3c2b1a0e5f44")
_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")


def _guid(*parts) -> str:
    return str(uuid.uuid5(_GUID_ROOT, "\x1f".join(str(p) for p in parts))).upper()


def _timestamp(value=None) -> str:
    """Format an ISO time string (or now) as an xsd:dateTime in UTC."""
    if value:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def export_qdpx(path, *, codebook: Codebook, answers, codings, project_name=None) -> Path:
    """Write a REFI-QDA project with the codebook, the answers and the codings.

    Each answer becomes a text source; each coder's coding of an answer becomes one
    selection over the whole text (characters 0 … len) carrying one ``Coding`` per code;
    a memo becomes a note linked to that selection. Coders become users.

    Parameters
    ----------
    path : str or Path
        Output file, normally ending in ``.qdpx``.
    codebook : Codebook
    answers : DataFrame
        Columns answer_id and text (redacted), e.g. ``CodingStore.answers()``.
    codings : DataFrame
        Columns coder, answer_id, codes, and optionally memo and coded_at, e.g.
        ``CodingStore.codings()``.
    project_name : str, default=None
        The codebook's name when None.

    Returns
    -------
    Path

    Raises
    ------
    DataError
        A coding refers to an answer that is not in ``answers`` or to an unknown code.
    """
    path = Path(path)
    answers = answers.drop_duplicates("answer_id")
    texts = dict(zip(answers["answer_id"].astype(str), answers["text"].fillna("").astype(str),
                     strict=True))
    known = set(codebook.code_names)
    project = project_name or codebook.name
    now = _timestamp()

    ET.register_namespace("", QDA_NAMESPACE)
    q = f"{{{QDA_NAMESPACE}}}"
    root = ET.Element(f"{q}Project", {
        "name": project, "origin": f"esslingen-lab {__version__}", "creationDateTime": now,
    })
    coders = sorted({str(c) for c in codings["coder"]}) if len(codings) else []
    users = {c: _guid(project, "user", c) for c in coders}
    if users:
        users_el = ET.SubElement(root, f"{q}Users")
        for name, guid in users.items():
            ET.SubElement(users_el, f"{q}User", {"guid": guid, "name": name})

    code_guids = {c: _guid(project, "code", codebook.version, c) for c in codebook.code_names}
    codes_el = ET.SubElement(ET.SubElement(root, f"{q}CodeBook"), f"{q}Codes")

    def add_code(parent_el, code, k):
        el = ET.SubElement(parent_el, f"{q}Code", {
            "guid": code_guids[code.name], "name": code.display, "isCodable": "true",
            "color": _COLORS[k % len(_COLORS)],
        })
        ET.SubElement(el, f"{q}Description").text = _describe(code)
        for child in codebook.children(code.name):
            add_code(el, child, codebook.code_names.index(child.name))

    for code in codebook.children(None):
        add_code(codes_el, code, codebook.code_names.index(code.name))

    by_answer = {}
    for row in codings.to_dict("records"):
        answer_id = str(row["answer_id"])
        if answer_id not in texts:
            raise DataError(f"a coding refers to the answer '{answer_id}', which is not "
                            f"among the answers", hint="add the answers to the store first")
        codes = parse_codes(row["codes"])
        unknown = set(codes) - known
        if unknown:
            raise DataError(f"unknown code '{sorted(unknown)[0]}' in the codings",
                            hint=f"the codebook (version {codebook.version}) lacks it")
        by_answer.setdefault(answer_id, []).append(row)

    sources_el = ET.SubElement(root, f"{q}Sources")
    notes = []
    files = {}
    for answer_id, text in texts.items():
        source_guid = _guid(project, "source", answer_id)
        files[f"Sources/{source_guid}.txt"] = text
        source_el = ET.SubElement(sources_el, f"{q}TextSource", {
            "guid": source_guid, "name": answer_id,
            "plainTextPath": f"internal://{source_guid}.txt", "creationDateTime": now,
        })
        for row in by_answer.get(answer_id, []):
            coder = str(row["coder"])
            when = _timestamp(row.get("coded_at"))
            selection_guid = _guid(project, "selection", answer_id, coder)
            # Positions count characters (Unicode code points) of the source text.
            selection = ET.SubElement(source_el, f"{q}PlainTextSelection", {
                "guid": selection_guid, "name": answer_id, "startPosition": "0",
                "endPosition": str(len(text)), "creatingUser": users[coder],
                "creationDateTime": when,
            })
            for code in parse_codes(row["codes"]):
                coding = ET.SubElement(selection, f"{q}Coding", {
                    "guid": _guid(project, "coding", answer_id, coder, code),
                    "creatingUser": users[coder], "creationDateTime": when,
                })
                ET.SubElement(coding, f"{q}CodeRef", {"targetGUID": code_guids[code]})
            memo = str(row.get("memo") or "").strip()
            if memo:
                note_guid = _guid(project, "note", answer_id, coder)
                notes.append((note_guid, f"Memo {coder}: {answer_id}", memo, users[coder],
                              when))
                ET.SubElement(selection, f"{q}NoteRef", {"targetGUID": note_guid})
    if notes:
        notes_el = ET.SubElement(root, f"{q}Notes")
        for guid, name, memo, user, when in notes:
            note = ET.SubElement(notes_el, f"{q}Note", {
                "guid": guid, "name": name, "creatingUser": user, "creationDateTime": when,
            })
            ET.SubElement(note, f"{q}PlainTextContent").text = memo
    ET.SubElement(root, f"{q}Description").text = (
        f"Codebook '{codebook.name}', version {codebook.version}; exported by esslingen-lab."
    )

    ET.indent(root)
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)

    def write(tmp):
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", xml)
            for name, text in files.items():
                archive.writestr(name, text.encode("utf-8"))

    return atomic_write(path, write)


def _describe(code) -> str:
    parts = [code.definition]
    if code.include:
        parts.append("Einschluss: " + "; ".join(code.include))
    if code.exclude:
        parts.append("Ausschluss: " + "; ".join(code.exclude))
    if code.examples:
        parts.append("Beispiele: " + " | ".join(code.examples))
    return "\n".join(parts)
