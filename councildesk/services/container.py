"""All services over one open database, each built when first used (app.py and cli wire this).

A command uses two or three of them; building (and importing) only those keeps its start-up short.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from councildesk.db import models  # noqa: F401 - every table in the metadata: the chain, archives and moves read it
from councildesk.db.engine import Database

if TYPE_CHECKING:
    from councildesk.services.agenda_service import AgendaService
    from councildesk.services.agenda_template_service import AgendaTemplateService
    from councildesk.services.approval_service import ApprovalService
    from councildesk.services.audit_service import AuditService
    from councildesk.services.backup_service import BackupService
    from councildesk.services.body_service import BodyService
    from councildesk.services.chair_script import ChairScriptService
    from councildesk.services.database_service import DatabaseService
    from councildesk.services.document_service import DocumentService
    from councildesk.services.exchange_service import ExchangeService
    from councildesk.services.kept_files_service import KeptFilesService
    from councildesk.services.live_service import LiveService
    from councildesk.services.matter_service import MatterService
    from councildesk.services.meeting_record_service import MeetingRecordService
    from councildesk.services.meeting_service import MeetingService
    from councildesk.services.minutes_service import MinutesService
    from councildesk.services.motion_service import MotionService
    from councildesk.services.person_service import PersonService
    from councildesk.services.record_time_service import RecordTimeService
    from councildesk.services.roster_service import RosterService
    from councildesk.services.speaker_service import SpeakerService
    from councildesk.services.vote_service import VoteService
    from councildesk.services.voting_record_service import VotingRecordService


class Services:
    """The services over `db`; each attribute builds its service (importing its module) on first use."""

    def __init__(self, db: Database) -> None:
        self.db = db
        if db.path is not None:
            # The backup on close compares with the records as they were when the file was opened,
            # so this one service is built now (its marker), not first when the window closes.
            _ = self.backups

    @cached_property
    def database(self) -> DatabaseService:  # what the ui may know of `db`
        from councildesk.services.database_service import DatabaseService

        return DatabaseService(self.db)

    @cached_property
    def kept_files(self) -> KeptFilesService:
        from councildesk.services.kept_files_service import KeptFilesService

        return KeptFilesService(self.db)

    @cached_property
    def bodies(self) -> BodyService:
        from councildesk.services.body_service import BodyService

        return BodyService(self.db)

    @cached_property
    def people(self) -> PersonService:
        from councildesk.services.person_service import PersonService

        return PersonService(self.db)

    @cached_property
    def meetings(self) -> MeetingService:
        from councildesk.services.meeting_service import MeetingService

        return MeetingService(self.db)

    @cached_property
    def agenda(self) -> AgendaService:
        from councildesk.services.agenda_service import AgendaService

        return AgendaService(self.db)

    @cached_property
    def matters(self) -> MatterService:
        from councildesk.services.matter_service import MatterService

        return MatterService(self.db)

    @cached_property
    def speakers(self) -> SpeakerService:
        from councildesk.services.speaker_service import SpeakerService

        return SpeakerService(self.db)

    @cached_property
    def motions(self) -> MotionService:
        from councildesk.services.motion_service import MotionService

        return MotionService(self.db)

    @cached_property
    def votes(self) -> VoteService:
        from councildesk.services.vote_service import VoteService

        return VoteService(self.db)

    @cached_property
    def documents(self) -> DocumentService:
        from councildesk.services.document_service import DocumentService

        return DocumentService(self.db)

    @cached_property
    def records(self) -> MeetingRecordService:
        from councildesk.services.meeting_record_service import MeetingRecordService

        return MeetingRecordService(self.db)

    @cached_property
    def audit(self) -> AuditService:
        from councildesk.services.audit_service import AuditService

        return AuditService(self.db)

    @cached_property
    def voting_records(self) -> VotingRecordService:
        from councildesk.services.voting_record_service import VotingRecordService

        return VotingRecordService(self.db)

    @cached_property
    def approvals(self) -> ApprovalService:
        from councildesk.services.approval_service import ApprovalService

        return ApprovalService(self.db)

    @cached_property
    def minutes(self) -> MinutesService:
        from councildesk.services.minutes_service import MinutesService

        return MinutesService(self.db)

    @cached_property
    def backups(self) -> BackupService:
        from councildesk.services.backup_service import BackupService

        return BackupService(self.db)

    @cached_property
    def exchange(self) -> ExchangeService:
        from councildesk.services.exchange_service import ExchangeService

        return ExchangeService(self.db, self.backups)

    @cached_property
    def times(self) -> RecordTimeService:
        from councildesk.services.record_time_service import RecordTimeService

        return RecordTimeService(self.db)

    @cached_property
    def roster(self) -> RosterService:
        from councildesk.services.roster_service import RosterService

        return RosterService(self.db)

    @cached_property
    def agenda_templates(self) -> AgendaTemplateService:
        from councildesk.services.agenda_template_service import AgendaTemplateService

        return AgendaTemplateService(self.db)

    @cached_property
    def live(self) -> LiveService:  # other clients' changes and presence, on a server
        from councildesk.services.live_service import LiveService

        return LiveService(self.db)

    @cached_property
    def chair_script(self) -> ChairScriptService:  # a body's chair's phrases
        from councildesk.services.chair_script import ChairScriptService

        return ChairScriptService(self.db)
