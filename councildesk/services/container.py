"""All services over one open database, built in one place (app.py and cli wire this)."""

from __future__ import annotations

from dataclasses import dataclass, field

from councildesk.db.engine import Database
from councildesk.services.agenda_service import AgendaService
from councildesk.services.agenda_template_service import AgendaTemplateService
from councildesk.services.approval_service import ApprovalService
from councildesk.services.audit_service import AuditService
from councildesk.services.backup_service import BackupService
from councildesk.services.body_service import BodyService
from councildesk.services.database_service import DatabaseService
from councildesk.services.document_service import DocumentService
from councildesk.services.exchange_service import ExchangeService
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


@dataclass
class Services:
    db: Database
    database: DatabaseService = field(init=False)  # what the ui may know of `db`
    bodies: BodyService = field(init=False)
    people: PersonService = field(init=False)
    meetings: MeetingService = field(init=False)
    agenda: AgendaService = field(init=False)
    matters: MatterService = field(init=False)
    speakers: SpeakerService = field(init=False)
    motions: MotionService = field(init=False)
    votes: VoteService = field(init=False)
    documents: DocumentService = field(init=False)
    records: MeetingRecordService = field(init=False)
    audit: AuditService = field(init=False)
    voting_records: VotingRecordService = field(init=False)
    approvals: ApprovalService = field(init=False)
    minutes: MinutesService = field(init=False)
    backups: BackupService = field(init=False)
    exchange: ExchangeService = field(init=False)
    times: RecordTimeService = field(init=False)
    roster: RosterService = field(init=False)
    agenda_templates: AgendaTemplateService = field(init=False)

    def __post_init__(self) -> None:
        self.database = DatabaseService(self.db)
        self.bodies = BodyService(self.db)
        self.people = PersonService(self.db)
        self.meetings = MeetingService(self.db)
        self.agenda = AgendaService(self.db)
        self.matters = MatterService(self.db)
        self.speakers = SpeakerService(self.db)
        self.motions = MotionService(self.db)
        self.votes = VoteService(self.db)
        self.documents = DocumentService(self.db)
        self.records = MeetingRecordService(self.db)
        self.audit = AuditService(self.db)
        self.voting_records = VotingRecordService(self.db)
        self.approvals = ApprovalService(self.db)
        self.minutes = MinutesService(self.db)
        self.backups = BackupService(self.db)
        self.exchange = ExchangeService(self.db, self.backups)
        self.times = RecordTimeService(self.db)
        self.roster = RosterService(self.db)
        self.agenda_templates = AgendaTemplateService(self.db)
