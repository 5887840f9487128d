"""Run a screening: the questionnaire rendered from the rule pack, showing only the questions
that apply to the answers so far, started from the client's previous screening and the file,
with findings previewed live.

Answers are shown in words (the pack's vocabulary, country names), never as codes; a list
question can be answered "none"; drop-downs take the mouse wheel only when focused, so
scrolling the form never changes an answer.

Languages: the dialog's own words (buttons, "Add a row", "Stateless", placeholders) follow the
interface. The pack's texts (questions, answers in words, findings) are shown in the
screening's language, which starts as the interface's (French in French; English in English
and in Spanish, the packs carrying only those two) and can be changed in the dialog: it is the
language the findings are saved, and letters printed, in.

One input per question, and reading an answer back, is desktop/clientfile/answer_editors.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import errors, screen_fit
from desktop.clientfile.answer_editors import Editor, FormCombo, make_editor, set_combo
from desktop.clientfile.findings_view import FindingsView, said
from desktop.clientfile.pack_language import date_words, pack_text, screening_lang
from desktop.context import AppContext
from desktop.unsaved import RESTORED, UnsavedInput
from desktop.widgets.rows_model import when
from models.errors import InvalidInput
from models.screening import applicable_answers, available_packs, visible_questions
from models.screening.prefill import prefill

PREVIEW_DELAY_MS = 250


class QuestionnaireDialog(UnsavedInput, QDialog):
    unsaved_what = "this screening"

    def __init__(self, ctx: AppContext, client_id: int | None, parent: QWidget | None = None,
                 pack_id: str = "ca-refugee-claim", lang: str | None = None) -> None:
        super().__init__(parent)
        self.unsaved_what = self.tr("this screening")
        self.ctx = ctx
        self.client_id = client_id
        # The screening's language starts as the interface's (see the module docstring).
        lang = lang or screening_lang()
        self.lang = lang
        self.pack: Any = None
        self.pack_id = pack_id
        self.saved_id: int | None = None
        self.ready = False
        self.editors: dict[str, Editor] = {}
        self._cells: dict[str, QWidget] = {}
        self._problems: dict[str, QLabel] = {}
        self._generation = 0
        self.setWindowTitle(self.tr("Run a screening"))
        self.setObjectName("questionnaire")

        self.pack_choice = FormCombo()
        self.pack_choice.setAccessibleName(self.tr("Rule pack"))
        for pid in available_packs():
            # Titles replace the ids once the packs are read (on the worker, in load()).
            self.pack_choice.addItem(pid, pid)
            self.pack_choice.setItemData(self.pack_choice.count() - 1, pid,
                                         Qt.ItemDataRole.ToolTipRole)
        set_combo(self.pack_choice, pack_id)
        self.pack_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang_choice = FormCombo()
        self.lang_choice.setAccessibleName(self.tr("Language of the findings"))
        self.lang_choice.setToolTip(self.tr("The language the questions and findings are shown "
                                            "in, saved in and printed in."))
        self.lang_choice.addItem("English", "en")
        self.lang_choice.addItem("Français", "fr")
        set_combo(self.lang_choice, lang)
        self.pack_info = QLabel()
        self.pack_info.setObjectName("packInfo")
        self.pack_info.setWordWrap(True)
        self.started_from = QLabel()
        self.started_from.setObjectName("startedFrom")
        self.started_from.setProperty("class", "helpText")
        self.started_from.setWordWrap(True)
        self.started_from.hide()
        self.form_holder = QScrollArea()
        self.form_holder.setWidgetResizable(True)
        self.form_holder.setAccessibleName(self.tr("Questions"))
        self.preview = FindingsView()
        self.preview.refer_why_not = self.tr("Save the screening first, then refer from its "
                                             "findings.")
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save screening"))
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rules:")))
        top.addWidget(self.pack_choice)
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.lang_choice)
        top.addWidget(self.pack_info, 1)
        split = QSplitter()
        split.addWidget(self.form_holder)
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Findings so far"))
        heading.setStyleSheet("font-weight: 600;")
        pv.addWidget(heading)
        pv.addWidget(self.preview, 1)
        split.addWidget(preview_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.started_from)
        box.addWidget(split, 1)
        box.addWidget(self.message)
        box.addWidget(buttons)
        screen_fit.fit(self, 1120, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview_now)
        self.pack_choice.currentIndexChanged.connect(lambda _i: self.load(
            self.pack_choice.currentData(), self.answers()))
        self.lang_choice.currentIndexChanged.connect(self._lang_changed)
        # Answers typed before the casebook locked come back (desktop/unsaved.py keeps them
        # in memory for the same casebook and user only).
        kept = ctx.take_draft(self._draft_key(pack_id)) if client_id is not None else None
        self.restored = isinstance(kept, dict) and bool(kept)
        self.load(pack_id, kept if self.restored else None)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, client_id: int | None,
            pack_id: str = "ca-refugee-claim") -> int | None:
        """The id of the saved screening, or None if cancelled."""
        dialog = cls(ctx, client_id, parent, pack_id)
        dialog.exec()
        return dialog.saved_id

    # -- building ------------------------------------------------------------------------
    def load(self, pack_id: str, keep: dict[str, Any] | None = None) -> None:
        """Load the current version of the pack, the client's previous screening with it
        and what the file already knows.

        A new screening starts from the previous one's answers (people rarely change
        between two screenings); the profile fills only what that screening left open.
        """
        self.ready = False
        self.save_button.setEnabled(False)
        cid = self.client_id

        def fetch(book):  # noqa: ANN001, ANN202
            pack = book.screenings.current_pack(pack_id)
            titles = {pack.id: pack.title(self.lang)}
            if cid is None:
                return pack, {}, None, titles
            client = book.clients.get(cid, audit=False)  # the file is already open
            known = prefill(pack, client, book.household.relatives(cid),
                            book.household.documents(cid), today=book.store.today())
            previous = next((s for s in book.screenings.for_client(cid)
                             if s.pack_id == pack.id), None)
            return pack, known, previous, titles

        self.ctx.run(fetch, lambda r: self._loaded(*r, keep=keep), self,
                     on_error=self._failed)

    def _loaded(self, pack: Any, known: dict[str, Any], previous: Any,
                titles: dict[str, str], keep: dict[str, Any] | None = None) -> None:
        self._titles(titles)
        answers = dict(known)
        if previous is not None and not keep:
            # Only keys this version still asks; a value it no longer offers shows as not
            # answered rather than failing.
            answers.update({k: v for k, v in previous.answers.items() if pack.question(k)})
            self.started_from.setText(self.tr(
                "Started from the screening of {date} (version {version}). Check each answer: "
                "anything that changed since must be corrected.").format(
                    date=when(previous.created_at), version=previous.pack_version))
            self.started_from.show()
        self._build(pack, {**answers, **(keep or {})})
        if not keep:
            self.mark_clean()  # the answers as loaded are "no changes"; Escape asks after one
        elif self.restored:
            self.restored = False
            self._clean_state, self._draft_kept = (), False  # restored input is unsaved
            self.started_from.setText(RESTORED)
            self.started_from.show()
        # The other packs' titles after the form is up: reading a pack the first time
        # validates it (its worked examples run), which must not delay the questions.
        lang = self.lang
        self.ctx.run(lambda b: {pid: b.screenings.current_pack(pid).title(lang)
                                for pid in available_packs()}, self._titles, self,
                     on_error=lambda _exc: None)

    def _titles(self, titles: dict[str, str]) -> None:
        for i in range(self.pack_choice.count()):
            pid = self.pack_choice.itemData(i)
            self.pack_choice.setItemText(i, pack_text(titles.get(pid, pid), self.lang))

    def _lang_changed(self) -> None:
        self.lang = self.lang_choice.currentData()
        if self.pack is not None:
            self._build(self.pack, self.answers())

    def _build(self, pack: Any, answers: dict[str, Any]) -> None:
        self.pack, self.pack_id = pack, pack.id
        self.pack_info.setText(f"{said('ui', 'version', self.lang).capitalize()} {pack.version}"
                               f" · {said('ui', 'law', self.lang)} "
                               f"{date_words(pack.law_current_to, self.lang)}")
        self.pack_choice.setToolTip(pack_text(pack.title(self.lang), self.lang))
        form_widget = QWidget()
        form = QVBoxLayout(form_widget)
        self.editors, self._cells, self._problems = {}, {}, {}
        for q in pack.questions:
            editor = make_editor(q, self._changed, pack, self.lang)
            editor.widget.setAccessibleName(pack_text(q.label(self.lang), self.lang))
            editor.widget.setAccessibleDescription(pack_text(q.help(self.lang), self.lang))
            editor.widget.setToolTip(pack_text(q.help(self.lang), self.lang))
            if q.key in answers:
                editor.put(answers[q.key])
            self.editors[q.key] = editor
            cell = QWidget()
            cell.setObjectName(f"question_{q.key}")
            cell_box = QVBoxLayout(cell)
            cell_box.setContentsMargins(0, 0, 0, 8)
            cell_box.setSpacing(3)
            title = QLabel("<b>" + pack_text(q.label(self.lang), self.lang) + "</b>"
                           + (" *" if q.required else ""))
            title.setWordWrap(True)
            title.setBuddy(editor.widget)
            cell_box.addWidget(title)
            cell_box.addWidget(editor.widget)
            help_text = QLabel(pack_text(q.help(self.lang), self.lang))
            help_text.setWordWrap(True)
            help_text.setProperty("class", "helpText")
            cell_box.addWidget(help_text)
            problem = QLabel()
            problem.setObjectName(f"problem_{q.key}")
            problem.setProperty("class", "fieldProblem")
            problem.hide()
            cell_box.addWidget(problem)
            self._problems[q.key] = problem
            self._cells[q.key] = cell
            form.addWidget(cell)
        form.addStretch(1)
        self.form_holder.setWidget(form_widget)
        self.ready = True
        self.save_button.setEnabled(True)
        self._changed()
        first = next((e for e in self.editors.values() if e.widget.isVisibleTo(self)), None)
        if first is not None:
            first.widget.setFocus()

    # -- answering -----------------------------------------------------------------------
    def _all_answers(self) -> dict[str, Any]:
        out = {}
        for key, editor in self.editors.items():
            value = editor.value()
            problem = self._problems[key]
            problem.setText(editor.problem)
            problem.setVisible(bool(editor.problem))
            if value is not None:
                out[key] = value
        return out

    def _draft_key(self, pack_id: str) -> str:
        return f"client:{self.client_id}:screening:{pack_id}"

    def keep_draft(self) -> None:
        """The casebook is locking: keep the answers (not the widgets: relatives' rows come
        and go) under this client and rule pack."""
        if self.client_id is not None and self.ready and self.is_dirty():
            self.ctx.keep_draft(self._draft_key(self.pack_id), self.answers())
        self._draft_kept = True

    def answers(self) -> dict[str, Any]:
        """The answers to the questions that apply: the models' rule (answers to hidden
        questions are dropped), the same as `waystation screen` and the casebook apply."""
        given = self._all_answers()
        if self.pack is None:
            return given
        try:
            return applicable_answers(self.pack, given)
        except InvalidInput:
            return given

    def _changed(self) -> None:
        if not self.ready:
            return
        given = self._all_answers()
        try:
            shown = {q.key for q in visible_questions(self.pack, given)}
        except InvalidInput as exc:
            self._show_problem(exc)
            return
        for key, cell in self._cells.items():
            cell.setVisible(key in shown)
        self._timer.start()

    def preview_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, answers = self._generation, self.answers()
        pack_id, lang = self.pack_id, self.lang

        def shown(result: Any) -> None:
            if generation == self._generation:
                self.message.hide()
                self.preview.show_result(result.summary, list(result.findings), self.pack,
                                         lang, answers=answers)

        self.ctx.run(lambda b: b.screenings.evaluate(pack_id, answers, lang), shown, self,
                     on_error=lambda exc: generation == self._generation
                     and self._show_problem(exc))

    def _show_problem(self, exc: BaseException) -> None:
        self.message.setText(errors.message_for(exc))
        self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self._show_problem(exc)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        if not self.ready:
            return
        answers, lang = self.answers(), self.lang
        bad = next((k for k, e in self.editors.items()
                    if e.problem and not self._cells[k].isHidden()), None)
        if bad is not None:
            self.message.setText(self.tr("{question}: {problem}. Correct it, or clear it.").format(
                question=pack_text(self.pack.question(bad).label(self.lang), self.lang),
                problem=self.editors[bad].problem))
            self.message.show()
            return
        self.save_button.setEnabled(False)

        def saved(result: tuple) -> None:
            self.saved_id = result[0].id_of("screenings")
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._show_problem(exc)

        self.ctx.run(self.storer(answers, lang), saved, self, failed)

    def storer(self, answers: dict, lang: str) -> Callable[[Any], Any]:
        """What saving runs on the worker: a client screening here; the sponsorship
        readiness dialog stores its answers on the sponsorship instead."""
        client_id, pack_id = self.client_id, self.pack_id
        return lambda book: book.screenings.run(client_id, pack_id, answers, lang)
