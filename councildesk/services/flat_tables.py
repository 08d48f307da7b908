"""The flat tables spreadsheets get (meetings, agenda items, motions, votes, ballots, people), as SQL."""

from __future__ import annotations

# One query per file; `:start`/`:end` bound the meeting date (NULL = open-ended); `:approved_only`
# (0 or 1) keeps only meetings whose minutes are approved.
IN_RANGE = (
    "(:start IS NULL OR date(m.scheduled_start) >= :start) "
    "AND (:end IS NULL OR date(m.scheduled_start) <= :end) "
    "AND (:approved_only = 0 OR m.minutes_status = 'approved')"
)
FILES: dict[str, str] = {
    "meetings.csv": f"""
    SELECT m.id AS meeting_id, b.name AS body, m.kind, m.title, m.scheduled_start, m.called_to_order_at,
           m.adjourned_at, m.location, pp.display_name AS presiding, rp.display_name AS clerk,
           m.status, m.minutes_status
    FROM meeting m JOIN body b ON b.id = m.body_id
    LEFT JOIN person pp ON pp.id = m.presiding_person_id LEFT JOIN person rp ON rp.id = m.recording_person_id
    WHERE {IN_RANGE} ORDER BY m.scheduled_start, m.id""",
    "agenda_items.csv": f"""
    SELECT a.id AS agenda_item_id, a.meeting_id, date(m.scheduled_start) AS meeting_date, a.parent_id,
           a.position, a.number, a.kind, a.title, mt.identifier AS matter, a.consent, a.action_text,
           a.discussion
    FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN matter mt ON mt.id = a.matter_id
    WHERE {IN_RANGE} ORDER BY m.scheduled_start, a.meeting_id, a.parent_id IS NOT NULL, a.position, a.id""",
    "motions.csv": f"""
    SELECT mo.id AS motion_id, mo.agenda_item_id, a.meeting_id, date(m.scheduled_start) AS meeting_date,
           mo.parent_motion_id, mo.kind, mo.text, mv.display_name AS mover, sc.display_name AS seconder,
           mo.disposition, mo.made_at
    FROM motion mo JOIN agenda_item a ON a.id = mo.agenda_item_id JOIN meeting m ON m.id = a.meeting_id
    LEFT JOIN person mv ON mv.id = mo.mover_id LEFT JOIN person sc ON sc.id = mo.seconder_id
    WHERE {IN_RANGE} ORDER BY m.scheduled_start, mo.id""",
    "votes.csv": f"""
    SELECT v.id AS vote_id, v.motion_id, a.meeting_id, date(m.scheduled_start) AS meeting_date, v.method,
           v.threshold_fraction, v.threshold_base, v.result, v.taken_at,
           COALESCE(v.yes_count, (SELECT count(*) FROM ballot b WHERE b.vote_id = v.id AND b.option = 'yes'))
               AS yes,
           COALESCE(v.no_count, (SELECT count(*) FROM ballot b WHERE b.vote_id = v.id AND b.option = 'no'))
               AS no,
           COALESCE(v.abstain_count,
                (SELECT count(*) FROM ballot b WHERE b.vote_id = v.id AND b.option = 'abstain'))
               AS abstain
    FROM vote v JOIN motion mo ON mo.id = v.motion_id JOIN agenda_item a ON a.id = mo.agenda_item_id
    JOIN meeting m ON m.id = a.meeting_id
    WHERE {IN_RANGE} ORDER BY m.scheduled_start, v.id""",
    "ballots.csv": f"""
    SELECT bl.id AS ballot_id, bl.vote_id, a.meeting_id, date(m.scheduled_start) AS meeting_date,
           p.id AS person_id, p.display_name AS person, bl.option, bl.note
    FROM ballot bl JOIN vote v ON v.id = bl.vote_id JOIN motion mo ON mo.id = v.motion_id
    JOIN agenda_item a ON a.id = mo.agenda_item_id JOIN meeting m ON m.id = a.meeting_id
    JOIN person p ON p.id = bl.person_id
    WHERE {IN_RANGE} ORDER BY m.scheduled_start, bl.vote_id, p.display_name, bl.id""",
    "people.csv": """
    SELECT p.id AS person_id, p.display_name AS name, p.given_name, p.family_name, p.honorific, p.title,
           p.affiliation, p.residence, p.email,
           (SELECT group_concat(label, '; ') FROM (
                SELECT b.name || COALESCE(' (' || po.label || ')', '') || ' ' || ms.role || ' '
                       || ms.start_date || '–' || COALESCE(ms.end_date, '') AS label
                FROM membership ms JOIN body b ON b.id = ms.body_id LEFT JOIN post po ON po.id = ms.post_id
                WHERE ms.person_id = p.id ORDER BY ms.start_date, ms.id)) AS memberships
    FROM person p ORDER BY p.display_name, p.id""",
}
