"""Workshops with Voila: theme curation, dot voting, prioritisation and live results.

State lives in one SQLite file per workshop (:mod:`.store`); the desk and projector apps in
:mod:`.apps` are thin ipywidgets views over the plain models in :mod:`.models`; the
participant page is plain HTML with a JSON API on the same server (:mod:`.web`), no kernel.
"""

from esslingen_lab.workshop.errors import Reason, WorkshopError
from esslingen_lab.workshop.store import WorkshopStore, workshop_db_path

__all__ = ["Reason", "WorkshopError", "WorkshopStore", "workshop_db_path"]
