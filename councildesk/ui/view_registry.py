"""Where colleagues' views plug into the main window: tabs, panels and menu actions.

`install_views(window)` runs at the end of `MainWindow.__init__`. Each area adds its own
lines here (one import and one call each), so the main window never has to know them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councildesk.ui.main_window import MainWindow


def install_views(window: MainWindow) -> None:
    """Add every optional view (Minutes, Records, import/export …) to `window`."""
    # colleagues add their views below (one import and one call each)
    from councildesk.ui.records_view import install_records_view

    install_records_view(window)  # Records tab: voting records, search, who votes with whom
    from councildesk.ui.minutes_view import install_minutes_view

    install_minutes_view(window)  # Minutes tab: preview, export, print, approve, verify, corrections
    from councildesk.ui.exchange_actions import install_exchange_actions

    install_exchange_actions(window)  # File ▸ Import/Export/Archive/Restore/Backups…; backup on close
    from councildesk.ui.minutes_volume_dialog import install_minutes_volume_action

    install_minutes_volume_action(window)  # File ▸ Export minutes for a year… (one PDF volume)
    from councildesk.ui.publish_dialog import install_publish_action

    install_publish_action(window)  # File ▸ Publish website… (the public static site)
    from councildesk.ui.history_panel import install_history_panel

    install_history_panel(window)  # View ▸ History: the audit log of the meeting or item in view
    from councildesk.ui.chamber_desk import install_chamber_display

    install_chamber_display(window)  # View ▸ Chamber display: the room's projector, and what it shows
    from councildesk.ui.live_refresh import install_live_refresh

    install_live_refresh(window)  # on a server: others' changes show at once; who else is here
    from councildesk.ui.video_index_dialog import install_video_index_action

    install_video_index_action(window)  # File ▸ Video chapters…: WebVTT or a YouTube list from the stamps
    from councildesk.ui.chair_script_panel import install_chair_script

    install_chair_script(window)  # View ▸ Chair's script: what the chair reads, from the record
