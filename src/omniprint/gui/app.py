"""The desktop app's entry point and main window: campaigns on the left, Plan, Design, Print,
Import, Review and Results; files dropped on the window are imported."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omniprint import __version__
from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import ntr
from omniprint.gui import crash, dialogs
from omniprint.gui.channels.page import ChannelsPage
from omniprint.gui.design_page import DesignPage
from omniprint.gui.i18n import install_translator
from omniprint.gui.imports.page import ImportsPage
from omniprint.gui.imports.wizard import ImportWizard
from omniprint.gui.pages import BusinessDialog, WelcomePage
from omniprint.gui.plan.campaign_dialog import CampaignDialog
from omniprint.gui.plan.page import PlanPage
from omniprint.gui.preferences import PreferencesDialog
from omniprint.gui.print_page import PrintPage
from omniprint.gui.results.page import ResultsPage
from omniprint.gui.review import ReviewPage
from omniprint.gui.settings import AppSettings
from omniprint.gui.tasks import Task, TaskRunner
from omniprint.gui.widgets import MessageBar, TaskProgress
from omniprint.services import plan
from omniprint.services.demo import create_demo, default_demo_path
from omniprint.services.faults import as_user_error
from omniprint.services.settings import load_settings
from omniprint.services.workspace import (
    SUFFIX,
    Workspace,
    default_workspace_path,
    open_workspace,
    save_copy,
)

log = logging.getLogger(__name__)
ROLE_PAGE = Qt.ItemDataRole.UserRole
ROLE_CAMPAIGN = Qt.ItemDataRole.UserRole + 1
WORKSPACE_FILTER = f"OmniPrint workspace (*{SUFFIX})"


class MainWindow(QMainWindow):
    """One workspace: the navigation pane, the current page, menus and the background tasks."""

    def __init__(self, ws: Workspace, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or AppSettings()
        self.undo_group = QUndoGroup(self)
        self.ws: Workspace | None = None
        self.runner: TaskRunner | None = None
        self.import_wizard: ImportWizard | None = None
        self.setAcceptDrops(True)
        self._build_menus()
        self.task_progress = TaskProgress()
        self.task_progress.setMaximumWidth(360)
        self.workspace_label = QLabel()
        self.statusBar().addWidget(self.workspace_label, 1)
        self.statusBar().addPermanentWidget(self.task_progress)
        self.resize(1280, 800)
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        self.set_workspace(ws)

    # Workspace -------------------------------------------------------------------------------

    def set_workspace(self, ws: Workspace) -> None:
        """Show `ws` (the window owns it from now on and closes it when done)."""
        self._close_import_wizard()
        if self.runner is not None:
            self.runner.drain()
        if hasattr(self, "design_page"):
            self.design_page.shutdown()
        old = self.ws
        self.ws = ws
        self.runner = TaskRunner(ws.path, self, read_only=ws.read_only)
        crash.set_workspace_path(ws.path)
        self.runner.started.connect(self.task_progress.follow)
        self._build_body(ws)
        if old is not None and old is not ws:
            old.close()
        self.settings.add_recent(ws.path)
        self._fill_recent()
        self.setWindowTitle(self.tr("{name} — OmniPrint").format(name=ws.path.name))
        self.workspace_label.setText(self.tr("Workspace: {path}").format(path=ws.path))
        try:
            self.refresh_campaigns()
        except Exception as exc:
            if not ws.damaged:
                raise
            # A damaged workspace may not even list its campaigns: the window still opens, to
            # say so and to let the user save a copy or open another file.
            log.warning("campaigns of the damaged workspace %s: %s", ws.path, exc)
        if ws.damaged:
            self.message_bar.show_message("error", ws.damaged)

    def _build_body(self, ws: Workspace) -> None:
        assert self.runner is not None
        self.nav = QTreeWidget(objectName="navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setMinimumWidth(200)
        self.nav.setStyleSheet(
            "QTreeWidget { font-size: 11pt; } QTreeWidget::item { padding: 3px; }"
        )
        self.new_campaign_button = QPushButton(self.tr("New campaign…"), objectName="new_campaign")
        nav_panel = QWidget()
        nav_layout = QVBoxLayout(nav_panel)
        nav_layout.setContentsMargins(6, 6, 0, 6)
        heading = QLabel(self.tr("Campaigns"))
        heading.setStyleSheet("font-weight:600; color:#5f6673;")
        nav_layout.addWidget(heading)
        nav_layout.addWidget(self.nav, 1)
        nav_layout.addWidget(self.new_campaign_button)

        self.message_bar = MessageBar()
        self.welcome = WelcomePage()
        self.plan_page = PlanPage(ws, self.runner)
        self.design_page = DesignPage(ws)
        self.print_page = PrintPage(ws, self.runner)
        self.imports_page = ImportsPage(ws, self.runner)
        self.review_page = ReviewPage(ws, self.runner)
        self.results_page = ResultsPage(ws, self.runner)
        self.channels_page = ChannelsPage(ws, self.runner)
        # A campaign's pages, by the key of their line in the navigation pane.
        self.work_pages: dict[str, QWidget] = {
            "plan": self.plan_page,
            "design": self.design_page,
            "print": self.print_page,
            "import": self.imports_page,
            "review": self.review_page,
            "results": self.results_page,
            "channels": self.channels_page,
        }
        self.pages = QStackedWidget(objectName="pages")
        for page in (self.welcome, *self.work_pages.values()):
            self.pages.addWidget(page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 0)
        right_layout.addWidget(self.message_bar)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(nav_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])  # room for the pages on a 1280 px screen
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(splitter)

        self.nav.currentItemChanged.connect(self._navigate)
        self.new_campaign_button.clicked.connect(self.new_campaign)
        self.welcome.create_campaign.connect(self.new_campaign)
        self.welcome.open_sample.connect(self.open_sample)
        for page in self.work_pages.values():
            page.message.connect(self.message_bar.show_message)
        self.imports_page.import_requested.connect(self.import_files)
        self.imports_page.changed.connect(self._responses_changed)
        self.review_page.decided.connect(lambda *_: self.results_page.refresh())
        self.plan_page.campaign_saved.connect(self.refresh_campaigns)
        self.plan_page.codes_box.codes_changed.connect(self.print_page.refresh)
        self.plan_page.plan_changed.connect(self._plan_changed)
        self.design_page.undo_stack_changed.connect(self._designer_stack)
        self.design_page.design_saved.connect(self.print_page.run_preflight)

    def _plan_changed(self) -> None:
        self.design_page.refresh()
        self.print_page.refresh()

    # Navigation ------------------------------------------------------------------------------

    def refresh_campaigns(self, select: str | None = None) -> None:
        """Rebuild the navigation pane, keeping (or moving to) the selected campaign."""
        current = self.current_campaign()
        select = select or current
        # A campaign the user opened stays open: rebuilding the pane (a new or renamed campaign)
        # must not fold the others away.
        expanded = {
            self.nav.topLevelItem(i).data(0, ROLE_CAMPAIGN)
            for i in range(self.nav.topLevelItemCount())
            if self.nav.topLevelItem(i).isExpanded()
        }
        self.nav.blockSignals(True)
        self.nav.clear()
        campaigns = plan.list_campaigns(self.ws) if self.ws else []
        names = {
            "plan": self.tr("Plan"),
            "design": self.tr("Design"),
            "print": self.tr("Print"),
            "import": self.tr("Import"),
            "review": self.tr("Review"),
            "results": self.tr("Results"),
            "channels": self.tr("Channels"),
        }
        target = None
        for campaign in campaigns:
            top = QTreeWidgetItem([campaign.name])
            top.setData(0, ROLE_CAMPAIGN, campaign.slug)
            top.setData(0, ROLE_PAGE, "plan")
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.nav.addTopLevelItem(top)
            for key, label in names.items():
                child = QTreeWidgetItem([label])
                child.setData(0, ROLE_CAMPAIGN, campaign.slug)
                child.setData(0, ROLE_PAGE, key)
                top.addChild(child)
            top.setExpanded(
                campaign.slug in expanded or campaign.slug == select or len(campaigns) == 1
            )
            if campaign.slug == select or target is None:
                target = top.child(0)
        self.nav.blockSignals(False)
        if target is not None:
            self.nav.setCurrentItem(target)
            self._navigate(target)
        else:
            self._show_page(self.welcome, None)

    def current_campaign(self) -> str | None:
        item = self.nav.currentItem() if hasattr(self, "nav") else None
        return item.data(0, ROLE_CAMPAIGN) if item is not None else None

    def _navigate(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        if item.parent() is None and item.childCount():
            # A campaign's name opens it on its Plan page, and the pane marks Plan as the page
            # shown (the name alone highlighted said nothing about where one is).
            item.setExpanded(True)
            self.nav.setCurrentItem(item.child(0))
            return
        slug, key = item.data(0, ROLE_CAMPAIGN), item.data(0, ROLE_PAGE)
        self._show_page(self.work_pages.get(key, self.plan_page), slug)

    def show_page(self, key: str, campaign: str | None = None) -> None:
        """Go to a page of a campaign (the current one when None), as a click in the pane would."""
        slug = campaign or self.current_campaign()
        for i in range(self.nav.topLevelItemCount()):
            top = self.nav.topLevelItem(i)
            if top.data(0, ROLE_CAMPAIGN) != slug:
                continue
            for j in range(top.childCount()):
                if top.child(j).data(0, ROLE_PAGE) == key:
                    top.setExpanded(True)
                    self.nav.setCurrentItem(top.child(j))
                    return

    def _show_page(self, page: QWidget, slug: str | None) -> None:
        self.message_bar.clear()
        if hasattr(page, "set_campaign") and getattr(page, "campaign", None) != slug:
            page.set_campaign(slug)
        elif hasattr(page, "refresh"):
            page.refresh()
        self.pages.setCurrentWidget(page)
        self._designer_stack(self.design_page.undo_stack if page is self.design_page else None)
        self._update_view_actions()

    # Importing -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    def import_files(self, paths: list[Path]) -> ImportWizard | None:
        """Open the import wizard on `paths` (or add them to the one open)."""
        if self.ws is None or self.runner is None or not paths:
            return None
        wizard = self.import_wizard
        if wizard is not None and wizard.isVisible() and not wizard.importing:
            wizard.add_files(paths)
            wizard.raise_()
            return wizard
        self._close_import_wizard()
        wizard = ImportWizard(self.ws, self.runner, paths, self)
        wizard.imported.connect(self._imported)
        wizard.finished.connect(lambda _r: self._wizard_closed(wizard))
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _wizard_closed(self, wizard: ImportWizard) -> None:
        if self.import_wizard is wizard:
            self.import_wizard = None
        wizard.deleteLater()

    def _close_import_wizard(self) -> None:
        wizard, self.import_wizard = self.import_wizard, None
        if wizard is not None:
            if wizard.task is not None:
                wizard.task.cancel()
            wizard.hide()
            wizard.deleteLater()

    def _imported(self, results: list) -> None:
        added = sum(r.added for r in results)
        refused = sum(len(r.refused) for r in results)
        again = [Path(r.file).name for r in results if r.already_imported]
        text = ntr(
            "Imported {n} file: {records}, {refused}.",
            "Imported {n} files: {records}, {refused}.",
            len(results),
        ).format(
            records=ntr("{n} record added", "{n} records added", added),
            refused=ntr("{n} row refused", "{n} rows refused", refused),
        )
        if again:
            text += " " + self.tr("Already imported before: {names}.").format(
                names=", ".join(again)
            )
        unmatched = sum(getattr(r, "unmatched", 0) for r in results)
        if unmatched:
            # Records that match no campaign show on no page: say so, and what to check.
            text += " " + self.tr(
                "{n} of them match no campaign, so they show in no campaign's results: check"
                " that the file's code column holds the codes you printed (or its links your"
                " campaign's links) and that those codes were generated in this workspace."
            ).format(n=fmt.number(unmatched))
        self._responses_changed()
        if self.current_campaign() and self.pages.currentWidget() not in (
            self.review_page,
            self.results_page,
        ):
            self.show_page("results")
        self.message_bar.show_message("info" if unmatched else "success", text)

    def _responses_changed(self) -> None:
        """What came back changed: the imports list, the review and the results follow."""
        self.imports_page.refresh()
        if self.review_page.campaign is not None:
            self.review_page.refresh()
        self.results_page.refresh()

    # Menus -----------------------------------------------------------------------------------

    def _action(
        self,
        menu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New Workspace…"), self.new_workspace, keys.New, "new_ws")
        self._action(file, self.tr("&Open Workspace…"), self.open_workspace_dialog, keys.Open)
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self._action(file, self.tr("Save a &Copy…"), self.save_a_copy, keys.SaveAs, "save_copy")
        file.addSeparator()
        self._action(file, self.tr("&Import Exports…"), self._pick_imports, "Ctrl+I", "import")
        self._action(file, self.tr("New &Campaign…"), self.new_campaign, "Ctrl+Shift+N")
        self._action(file, self.tr("Your &Business…"), self.edit_business)
        self._action(file, self.tr("Open the &Sample"), self.open_sample, None, "open_sample")
        file.addSeparator()
        quit_action = self._action(file, self.tr("&Quit"), self.close, keys.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(keys.Redo))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.edit_actions = {
            "cut": self._action(edit, self.tr("Cu&t"), lambda: self.edit("cut"), keys.Cut),
            "copy": self._action(edit, self.tr("&Copy"), lambda: self.edit("copy"), keys.Copy),
            "paste": self._action(edit, self.tr("&Paste"), lambda: self.edit("paste"), keys.Paste),
            "duplicate": self._action(
                edit, self.tr("&Duplicate"), lambda: self.edit("duplicate"), "Ctrl+D"
            ),
            "delete": self._action(
                edit, self.tr("De&lete"), lambda: self.edit("delete"), keys.Delete
            ),
            "select_all": self._action(
                edit, self.tr("Select &All"), lambda: self.edit("select_all"), keys.SelectAll
            ),
        }
        edit.addSeparator()
        preferences = self._action(
            edit, self.tr("Pre&ferences…"), self.edit_preferences, keys.Preferences, "preferences"
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # A focused text field takes its own Ctrl+C and friends first (it overrides the
        # shortcut); elsewhere these reach `edit`, which sends them to the designer.

        view = bar.addMenu(self.tr("&View"))
        self.zoom_actions = [
            self._action(view, self.tr("Zoom &In"), lambda: self.view("zoom_in"), keys.ZoomIn),
            self._action(view, self.tr("Zoom &Out"), lambda: self.view("zoom_out"), keys.ZoomOut),
            self._action(view, self.tr("Zoom to &Fit"), lambda: self.view("zoom_fit"), "Ctrl+0"),
            self._action(view, self.tr("&Actual Size"), lambda: self.view("zoom_actual"), "Ctrl+1"),
        ]
        view.addSeparator()
        self.guides_action = self._action(view, self.tr("Show &Guides"), self._toggle_guides)
        self.guides_action.setCheckable(True)
        self.guides_action.setChecked(True)
        self.grid_action = self._action(view, self.tr("Show G&rid"), self._toggle_grid)
        self.grid_action.setCheckable(True)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Open the &Log Folder"), crash.open_log_folder)
        about = self._action(help_menu, self.tr("&About OmniPrint"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.ws.path) if self.ws else None
        files = [f for f in self.settings.recent_files if f != current]
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_workspace_path(Path(p)))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the List"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        if self.ws:
            self.settings.add_recent(self.ws.path)
        self._fill_recent()

    def _designer_active(self) -> bool:
        return (
            self.pages.currentWidget() is self.design_page and self.design_page.designer is not None
        )

    def _designer_stack(self, stack) -> None:
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack if self._designer_active() else None)

    def _update_view_actions(self) -> None:
        for action in self.zoom_actions:
            action.setEnabled(self._designer_active())

    def edit(self, command: str) -> None:
        """Cut, copy, paste... in the designer when it is shown, else in the focused field."""
        if self._designer_active() and self.design_page.edit_command(command):
            return
        widget = QApplication.focusWidget()
        method = {"select_all": "selectAll", "delete": "del_"}.get(command, command)
        fn = getattr(widget, method, None)
        if callable(fn):
            fn()

    def view(self, command: str) -> None:
        if self._designer_active():
            self.design_page.edit_command(command)

    def _toggle_guides(self) -> None:
        self.design_page.set_guides_visible(self.guides_action.isChecked())

    def _toggle_grid(self) -> None:
        self.design_page.set_grid_visible(self.grid_action.isChecked())

    # Commands --------------------------------------------------------------------------------

    def new_campaign(self) -> CampaignDialog | None:
        if self.ws is None:
            return None
        dialog = CampaignDialog(self.ws, parent=self)
        dialog.accepted.connect(lambda: self._campaign_created(dialog))
        dialog.open()
        return dialog

    def _campaign_created(self, dialog: CampaignDialog) -> None:
        if dialog.result_campaign is not None:
            self.refresh_campaigns(select=dialog.result_campaign.slug)
            self.show_page("plan", dialog.result_campaign.slug)
            self.message_bar.show_message(
                "success",
                self.tr("Campaign “{name}” created. Next: add a piece and the zones it goes to.")
                .format(name=dialog.result_campaign.name),
            )  # fmt: skip

    def _pick_imports(self) -> None:
        if hasattr(self, "imports_page"):
            self.imports_page.pick()

    def edit_business(self) -> None:
        if self.ws is not None and BusinessDialog(self.ws, self).exec():
            self.print_page.run_preflight()

    def new_workspace(self) -> None:
        path = dialogs.save_file(
            self, self.tr("New workspace"), default_workspace_path().parent, WORKSPACE_FILTER
        )
        if path is not None:
            if path.suffix != SUFFIX:
                path = path.with_suffix(SUFFIX)
            self.open_workspace_path(path, create=True)

    def open_sample(self) -> Task | None:
        """Open the sample workspace, making it first (in the background) if it isn't there."""
        path = default_demo_path()
        if path.exists():
            self.open_workspace_path(path)
            return None
        if self.runner is None:
            return None
        task = self.runner.run(
            self.tr("Making the sample workspace"), create_demo, path, with_workspace=False
        )
        task.succeeded.connect(lambda made: self.open_workspace_path(Path(made)))
        task.failed.connect(lambda exc: self.message_bar.show_message("error", str(exc)))
        return task

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self)
        dialog.accepted.connect(self._use_preferences)
        dialog.open()
        return dialog

    def _use_preferences(self) -> None:
        """What Preferences changes takes effect now (the language from the next start)."""
        chosen = load_settings()
        # The usual print shop is what the Print page offers first from now on.
        self.print_page.use_shop_preset(chosen.shop_preset)
        self.design_page.set_units(chosen.units)
        self.plan_page.refresh()

    def open_workspace_dialog(self) -> None:
        start = self.ws.path.parent if self.ws else default_workspace_path().parent
        path = dialogs.open_file(self, self.tr("Open a workspace"), start, WORKSPACE_FILTER)
        if path is not None:
            self.open_workspace_path(path)

    def open_workspace_path(self, path: Path, *, create: bool = False) -> bool:
        try:
            ws = open_workspace(path, create=create)
        except Exception as exc:  # a file that cannot be opened is a message
            self.message_bar.show_message("error", str(as_user_error(exc, path)))
            return False
        self.set_workspace(ws)
        return True

    def save_a_copy(self, path: Path | None = None) -> Path | None:
        if self.ws is None:
            return None
        if path is None:
            suggested = self.ws.path.with_name(f"{self.ws.path.stem} copy{SUFFIX}")
            path = dialogs.save_file(self, self.tr("Save a copy"), suggested, WORKSPACE_FILTER)
        if path is None:
            return None
        try:
            written = save_copy(self.ws, path)
        except Exception as exc:  # a full disk or a locked folder is a message
            self.message_bar.show_message("error", str(as_user_error(exc, path)))
            return None
        self.message_bar.show_message(
            "success", self.tr("Saved a copy of the workspace as {path}").format(path=written)
        )
        return written

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About OmniPrint"),
            self.tr(
                "<h3>OmniPrint {version}</h3><p>Plan, design, print and measure printed"
                " marketing, offline.</p><p>Your workspace: {path}</p><p>Logs: {logs}</p>"
            ).format(
                version=__version__, path=self.ws.path if self.ws else "", logs=crash.log_dir()
            ),
        )

    # Closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner is not None and self.runner.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("An export or an import is still running. Stop it and quit?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the background work, remember the window, close the workspace."""
        self._close_import_wizard()
        if self.runner is not None:
            self.runner.drain()
        if hasattr(self, "design_page"):
            self.design_page.shutdown()
        self.settings.geometry = self.saveGeometry()
        if self.ws is not None:
            self.ws.close()
            self.ws = None


def _local_files(mime) -> list[Path]:
    """The local files of a drag (folders and web links are not imports)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def choose_workspace(workspace: str | None, settings: AppSettings) -> Path:
    """The workspace named on the command line, else the one chosen in Preferences, else the
    last one used, else the default."""
    if workspace:
        return Path(workspace)
    chosen = load_settings().workspace
    if chosen and Path(chosen).expanduser().exists():
        return Path(chosen).expanduser()
    last = settings.last_workspace
    if last and Path(last).exists():
        return Path(last)
    return default_workspace_path()


def run_app(workspace: str | None = None) -> int:
    """Start the desktop app on `workspace` (the last or the default workspace when None)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OmniPrint")
    app.setOrganizationName("OmniPrint")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    language = install_translator(app)
    log_file = crash.setup_logging()
    crash.install_excepthook()
    log.info("OmniPrint %s starting in %s (log: %s)", __version__, language, log_file)
    # What earlier builds kept in QSettings moves into the settings file on the first start.
    settings = AppSettings(legacy=QSettings("OmniPrint", "OmniPrint"))
    path = choose_workspace(workspace, settings)
    try:
        ws = open_workspace(path)
    except Exception as exc:  # the reason, in a sentence; the traceback, logged
        QMessageBox.critical(None, "OmniPrint", str(as_user_error(exc, path)))
        return 1
    window = MainWindow(ws, settings)
    window.show()
    return app.exec()


def app_icon() -> QIcon:
    """The app's icon at the sizes bundled in assets/icons."""
    icon = QIcon()
    folder = resources.files("omniprint") / "assets" / "icons"
    for size in (32, 64, 256):
        with resources.as_file(folder / f"omniprint-{size}.png") as path:
            icon.addFile(str(path))
    return icon
