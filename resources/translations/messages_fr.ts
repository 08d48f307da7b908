<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaItemKind</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Période de questions du public</translation>
    </message>
    <message>
        <source>Approval of minutes</source>
        <translation>Adoption du procès-verbal</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Adoption en bloc</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience publique</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>Proclamation</translation>
    </message>
    <message>
        <source>Closed session</source>
        <translation>Séance à huis clos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ApprovalManner</name>
    <message>
        <source>As read</source>
        <translation>Tel que lu</translation>
    </message>
    <message>
        <source>As corrected</source>
        <translation>Tel que corrigé</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absence motivée</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
</context>
<context>
    <name>BallotOption</name>
    <message>
        <source>Yes</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absence motivée</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Récusation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent, sans voter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>BodyClassification</name>
    <message>
        <source>Council</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil d'administration</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission spéciale</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Comité exécutif</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>abstaining</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>action</source>
        <translation>suite donnée</translation>
    </message>
    <message>
        <source>adjourned at</source>
        <translation>levée à</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l'ordre du jour</translation>
    </message>
    <message>
        <source>agenda template</source>
        <translation>modèle d'ordre du jour</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>adopté le</translation>
    </message>
    <message>
        <source>approving meeting</source>
        <translation>séance d'adoption</translation>
    </message>
    <message>
        <source>approving vote</source>
        <translation>vote d'adoption</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>arrivé à</translation>
    </message>
    <message>
        <source>text of the item</source>
        <translation>texte du point</translation>
    </message>
    <message>
        <source>body</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>called to order at</source>
        <translation>ouverte à</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>minutes clock</source>
        <translation>heure au procès-verbal</translation>
    </message>
    <message>
        <source>consent agenda</source>
        <translation>ordre du jour de consentement</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>minutes dates</source>
        <translation>dates au procès-verbal</translation>
    </message>
    <message>
        <source>declared result</source>
        <translation>résultat proclamé</translation>
    </message>
    <message>
        <source>usual threshold base</source>
        <translation>base habituelle de la majorité</translation>
    </message>
    <message>
        <source>usual threshold</source>
        <translation>majorité habituelle</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>délibérations</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>sort</translation>
    </message>
    <message>
        <source>duration (seconds)</source>
        <translation>durée (secondes)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nom du fichier</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>texte intégral</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>titre de civilité</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>numéro de dossier</translation>
    </message>
    <message>
        <source>introduced on</source>
        <translation>déposé le</translation>
    </message>
    <message>
        <source>primary sponsor</source>
        <translation>parrain principal</translation>
    </message>
    <message>
        <source>sample record</source>
        <translation>donnée d'exemple</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>left at</source>
        <translation>parti à</translation>
    </message>
    <message>
        <source>time limit (seconds)</source>
        <translation>limite de temps (secondes)</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>made at</source>
        <translation>présentée à</translation>
    </message>
    <message>
        <source>made on</source>
        <translation>faite le</translation>
    </message>
    <message>
        <source>manner</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>type de fichier</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>method</source>
        <translation>mode de scrutin</translation>
    </message>
    <message>
        <source>minutes language</source>
        <translation>langue du procès-verbal</translation>
    </message>
    <message>
        <source>minutes status</source>
        <translation>état du procès-verbal</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>mover</source>
        <translation>proposeur</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipalité</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>numbering</source>
        <translation>numérotation</translation>
    </message>
    <message>
        <source>offset (seconds)</source>
        <translation>décalage (secondes)</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>amended motion</source>
        <translation>proposition amendée</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>presiding</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>quorum rule</source>
        <translation>règle du quorum</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>consigné à</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>greffe</translation>
    </message>
    <message>
        <source>reason for remote attendance</source>
        <translation>motif de la participation à distance</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>résidence</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>début prévu</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>sièges</translation>
    </message>
    <message>
        <source>seconder</source>
        <translation>appuyeur</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>approved version</source>
        <translation>version adoptée</translation>
    </message>
    <message>
        <source>fingerprint format</source>
        <translation>format de l'empreinte</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position exprimée</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>commencé à</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>tenu à</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>threshold base</source>
        <translation>base de la majorité</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>majorité requise</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>vote sentences</source>
        <translation>phrases de vote</translation>
    </message>
    <message>
        <source>roll-call tables always</source>
        <translation>toujours les tableaux d'appel nominal</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>avec droit de vote</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>yielded to</source>
        <translation>temps cédé à</translation>
    </message>
</context>
<context>
    <name>MatterKind</name>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>Proclamation</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MatterStatus</name>
    <message>
        <source>Introduced</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Renvoyé en commission</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Déposé sur la table</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Extraordinaire</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>D'urgence</translation>
    </message>
    <message>
        <source>Executive session</source>
        <translation>À huis clos</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience publique</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>Levée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>MembershipRole</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Vice president</source>
        <translation>Vice-président</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Greffier</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Maire</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Maire suppléant</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Adopté</translation>
    </message>
</context>
<context>
    <name>MotionDisposition</name>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Adopted as amended</source>
        <translation>Adoptée telle qu'amendée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>No second</source>
        <translation>Non appuyée</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Déposée sur la table</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Renvoyée en commission</translation>
    </message>
</context>
<context>
    <name>MotionKind</name>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendement</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>De remplacement</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Renvoi en commission</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Dépôt sur la table</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Reconsidération</translation>
    </message>
    <message>
        <source>Adjourn</source>
        <translation>Levée de la séance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>NumberingStyle</name>
    <message>
        <source>Decimal</source>
        <translation>Décimale</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Hiérarchique (1, a, i)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
</context>
<context>
    <name>QuorumRule</name>
    <message>
        <source>Majority of seats</source>
        <translation>Majorité des sièges</translation>
    </message>
    <message>
        <source>Majority of filled seats</source>
        <translation>Majorité des sièges pourvus</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Walk up</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>SpeakerKind</name>
    <message>
        <source>Public comment</source>
        <translation>Intervention du public</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre du conseil</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel municipal</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <source>{fraction} of votes cast</source>
        <translation>{fraction} des voix exprimées</translation>
    </message>
    <message>
        <source>{fraction} of present and voting</source>
        <translation>{fraction} des membres présents et votants</translation>
    </message>
    <message>
        <source>{fraction} of present</source>
        <translation>{fraction} des membres présents</translation>
    </message>
    <message>
        <source>{fraction} of full membership</source>
        <translation>{fraction} de l’ensemble des membres</translation>
    </message>
    <message>
        <source>{fraction} of seats filled</source>
        <translation>{fraction} des sièges pourvus</translation>
    </message>
</context>
<context>
    <name>ThresholdBase</name>
    <message>
        <source>Votes cast</source>
        <translation>Voix exprimées</translation>
    </message>
    <message>
        <source>Present and voting</source>
        <translation>Présents et votants</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Full membership</source>
        <translation>Ensemble des membres</translation>
    </message>
    <message>
        <source>Seats filled</source>
        <translation>Sièges pourvus</translation>
    </message>
</context>
<context>
    <name>ThresholdFraction</name>
    <message>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>Deux tiers</translation>
    </message>
    <message>
        <source>Three quarters</source>
        <translation>Trois quarts</translation>
    </message>
    <message>
        <source>Four fifths</source>
        <translation>Quatre cinquièmes</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimité</translation>
    </message>
</context>
<context>
    <name>VoteMethod</name>
    <message>
        <source>Voice</source>
        <translation>De vive voix</translation>
    </message>
    <message>
        <source>Unanimous consent</source>
        <translation>Consentement unanime</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Vote par appel nominal</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>À main levée</translation>
    </message>
</context>
<context>
    <name>VoteResult</name>
    <message>
        <source>Pass</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>chair_agenda</name>
    <message>
        <source>Chair's agenda · {day}</source>
        <translation>Ordre du jour de la présidence · {day}</translation>
    </message>
    <message>
        <source>Chair's agenda of the {kind} meeting of {day}. Not for the public record.</source>
        <translation>Ordre du jour de la présidence, séance {kind} du {day}. Ne fait pas partie du registre public.</translation>
    </message>
    <message>
        <source>Chair's agenda — {kind} Meeting</source>
        <translation>Ordre du jour de la présidence — séance {kind}</translation>
    </message>
    <message>
        <source>Chair's agenda</source>
        <translation>Ordre du jour de la présidence</translation>
    </message>
    <message>
        <source>Chair's agenda — {body}, {date}</source>
        <translation>Ordre du jour de la présidence — {body}, {date}</translation>
    </message>
</context>
<context>
    <name>chair_script</name>
    <message>
        <source>Calling the meeting to order</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <source>The meeting will come to order.</source>
        <translation>La séance est ouverte.</translation>
    </message>
    <message>
        <source>Taking up an item</source>
        <translation>Passer à un point</translation>
    </message>
    <message>
        <source>We now take up item {number}, {title}.</source>
        <translation>Nous passons au point {number}, {title}.</translation>
    </message>
    <message>
        <source>Opening public comment</source>
        <translation>Ouvrir la période de questions du public</translation>
    </message>
    <message>
        <source>We now open public comment. Each speaker has {limit}.</source>
        <translation>Nous ouvrons la période de questions du public. Chaque intervenant dispose de {limit}.</translation>
    </message>
    <message>
        <source>Opening public comment (no limit)</source>
        <translation>Ouvrir la période de questions du public (sans limite)</translation>
    </message>
    <message>
        <source>We now open public comment.</source>
        <translation>Nous ouvrons la période de questions du public.</translation>
    </message>
    <message>
        <source>Calling a speaker</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <source>{speaker}, you have the floor.</source>
        <translation>{speaker}, vous avez la parole.</translation>
    </message>
    <message>
        <source>Asking for a motion</source>
        <translation>Demander une proposition</translation>
    </message>
    <message>
        <source>Is there a motion?</source>
        <translation>Y a-t-il une proposition?</translation>
    </message>
    <message>
        <source>Asking for a second</source>
        <translation>Demander un appuyeur</translation>
    </message>
    <message>
        <source>It has been moved by {mover}. Is there a second?</source>
        <translation>Il est proposé par {mover}. Y a-t-il un appuyeur?</translation>
    </message>
    <message>
        <source>Stating the motion</source>
        <translation>Énoncer la proposition</translation>
    </message>
    <message>
        <source>It has been moved by {mover} and seconded by {seconder}.</source>
        <translation>Il est proposé par {mover}, appuyé par {seconder}.</translation>
    </message>
    <message>
        <source>Stating an amendment</source>
        <translation>Énoncer un amendement</translation>
    </message>
    <message>
        <source>It has been moved by {mover} and seconded by {seconder} to amend the motion.</source>
        <translation>Il est proposé par {mover}, appuyé par {seconder}, d’amender la proposition.</translation>
    </message>
    <message>
        <source>Opening discussion</source>
        <translation>Ouvrir les délibérations</translation>
    </message>
    <message>
        <source>Is there any discussion?</source>
        <translation>Y a-t-il des interventions sur la proposition?</translation>
    </message>
    <message>
        <source>Calling the roll</source>
        <translation>Procéder à l'appel nominal</translation>
    </message>
    <message>
        <source>The clerk will call the roll.</source>
        <translation>Le vote est demandé. Le greffier procède à l’appel nominal.</translation>
    </message>
    <message>
        <source>Taking a voice vote</source>
        <translation>Voter de vive voix</translation>
    </message>
    <message>
        <source>All those in favor say aye. Those opposed, no.</source>
        <translation>Le vote est demandé. Que ceux qui sont pour disent oui. Ceux qui sont contre, non.</translation>
    </message>
    <message>
        <source>Announcing a motion carried</source>
        <translation>Annoncer une proposition adoptée</translation>
    </message>
    <message>
        <source>The motion carries, {yes} to {no}.</source>
        <translation>La proposition est adoptée à {yes} contre {no}.</translation>
    </message>
    <message>
        <source>Announcing a unanimous vote</source>
        <translation>Annoncer un vote unanime</translation>
    </message>
    <message>
        <source>The motion carries unanimously.</source>
        <translation>Adoptée à l’unanimité.</translation>
    </message>
    <message>
        <source>Announcing a motion failed</source>
        <translation>Annoncer une proposition rejetée</translation>
    </message>
    <message>
        <source>The motion fails, {yes} to {no}.</source>
        <translation>La proposition est rejetée à {yes} contre {no}.</translation>
    </message>
    <message>
        <source>Adjourning the meeting</source>
        <translation>Lever la séance</translation>
    </message>
    <message>
        <source>There being no further business, the meeting is adjourned.</source>
        <translation>L’ordre du jour étant épuisé, la séance est levée.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>{minutes}:{seconds} minutes</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{name} of {residence}</source>
        <translation>{name}, de {residence}</translation>
    </message>
    <message>
        <source>{name}, {affiliation}, of {residence}</source>
        <translation>{name}, {affiliation}, de {residence}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>create an empty database (or upgrade an older one)</source>
        <translation>créer une base de données vide (ou mettre à niveau une plus ancienne)</translation>
    </message>
    <message>
        <source>load the demo council and its 2011 meetings into an empty database</source>
        <translation>charger le conseil de démonstration et ses séances de 2011 dans une base de données vide</translation>
    </message>
    <message>
        <source>fill an empty database with a synthetic city (tests, benchmarks)</source>
        <translation>remplir une base de données vide d'une ville synthétique (essais, mesures)</translation>
    </message>
    <message>
        <source>how many years of meetings (default 1)</source>
        <translation>combien d'années de séances (par défaut 1)</translation>
    </message>
    <message>
        <source>random seed, for a reproducible city (default 1)</source>
        <translation>graine aléatoire, pour une ville reproductible (par défaut 1)</translation>
    </message>
    <message>
        <source>list meetings, newest first</source>
        <translation>lister les séances, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>only this body's meetings (id)</source>
        <translation>seulement les séances de cette instance (id)</translation>
    </message>
    <message>
        <source>only this year</source>
        <translation>seulement cette année</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>au plus ce nombre</translation>
    </message>
    <message>
        <source>print one meeting as readable text</source>
        <translation>afficher une séance en texte lisible</translation>
    </message>
    <message>
        <source>meeting id (see `councildesk meetings`)</source>
        <translation>numéro de la séance (voir `councildesk meetings`)</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>vérifier l'intégrité de la base de données</translation>
    </message>
    <message>
        <source>copy the database safely, even while the window has it open (PostgreSQL: pg_dump, custom format)</source>
        <translation>copier la base de données en toute sécurité, même quand la fenêtre l'a ouverte (PostgreSQL : pg_dump, format personnalisé)</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>le fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <source>render the main window offscreen to a PNG</source>
        <translation>dessiner la fenêtre principale hors écran dans un PNG</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>fichier PNG à écrire</translation>
    </message>
    <message>
        <source>select this meeting first</source>
        <translation>sélectionner d'abord cette séance</translation>
    </message>
    <message>
        <source>the workspace tab to show (default meeting)</source>
        <translation>l'onglet de l'espace de travail à afficher (par défaut meeting)</translation>
    </message>
    <message>
        <source>Database ready: {url}</source>
        <translation>Base de données prête : {url}</translation>
    </message>
    <message>
        <source>Demo loaded. The {body} meeting of {day} is meeting {meeting}.</source>
        <translation>Démonstration chargée. La séance du {body} du {day} est la séance {meeting}.</translation>
    </message>
    <message>
        <source>--years must be at least 1.</source>
        <translation>--years doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Generated {stats} in {seconds:.1f} s.</source>
        <translation>Générée : {stats}, en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Aucune séance.</translation>
    </message>
    <message>
        <source>{problems_count} integrity problem(s) found in {url}.</source>
        <translation>{problems_count} problème(s) d'intégrité trouvé(s) dans {url}.</translation>
    </message>
    <message>
        <source>OK: {url} passed the integrity check.</source>
        <translation>CONFORME : {url} a réussi la vérification d'intégrité.</translation>
    </message>
    <message>
        <source>Meeting {meeting}: {verdict}</source>
        <translation>Séance {meeting} : {verdict}</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>{file} a été écrit.</translation>
    </message>
    <message>
        <source>Backed up to {file} with pg_dump in {seconds:.1f} s.</source>
        <translation>Sauvegarde écrite dans {file} avec pg_dump en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database with pg_dump; `backup` copies SQLite files.</source>
        <translation>Sauvegardez une base PostgreSQL avec pg_dump; `backup` copie les fichiers SQLite.</translation>
    </message>
    <message>
        <source>There is no database at {source}.</source>
        <translation>Il n'y a aucune base de données à {source}.</translation>
    </message>
    <message>
        <source>Backed up {source} to {dest}.</source>
        <translation>{source} a été sauvegardée dans {dest}.</translation>
    </message>
    <message>
        <source>export open data: ocd, popolo, csv, ics or wide-csv roll calls</source>
        <translation>exporter des données ouvertes : ocd, popolo, csv, ics ou votes par appel nominal wide-csv</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>dossier où écrire (créé s'il manque)</translation>
    </message>
    <message>
        <source>first meeting date (YYYY-MM-DD)</source>
        <translation>date de la première séance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>last meeting date (YYYY-MM-DD)</source>
        <translation>date de la dernière séance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>wide-csv: only this body's roll calls (one file per body otherwise)</source>
        <translation>wide-csv : seulement les votes par appel nominal de cette instance (sinon un fichier par instance)</translation>
    </message>
    <message>
        <source>import ocd, popolo, legistar, a csv roster or wide-csv roll calls (all or nothing)</source>
        <translation>importer ocd, popolo, legistar, une liste csv ou des votes par appel nominal wide-csv (tout ou rien)</translation>
    </message>
    <message>
        <source>file or folder to read</source>
        <translation>fichier ou dossier à lire</translation>
    </message>
    <message>
        <source>print what would change and change nothing</source>
        <translation>afficher ce qui changerait sans rien changer</translation>
    </message>
    <message>
        <source>a line per phase on stderr (the default on a terminal)</source>
        <translation>une ligne par étape sur stderr (par défaut dans un terminal)</translation>
    </message>
    <message>
        <source>create the file's person NAME as a new person rather than use the one of that name (repeatable)</source>
        <translation>créer la personne NAME du fichier comme nouvelle personne plutôt que d'utiliser celle de ce nom (répétable)</translation>
    </message>
    <message>
        <source>use the existing person with id ID for the file's person NAME (repeatable)</source>
        <translation>utiliser la personne existante d'id ID pour la personne NAME du fichier (répétable)</translation>
    </message>
    <message>
        <source>store the file's spelling NAME for the person it names (the database's spelling is kept otherwise; repeatable)</source>
        <translation>retenir la graphie NAME du fichier pour la personne qu'elle nomme (sinon la graphie de la base est gardée; répétable)</translation>
    </message>
    <message>
        <source>write a full-fidelity archive (zip) of the database</source>
        <translation>écrire une archive complète (zip) de la base de données</translation>
    </message>
    <message>
        <source>the .zip to write</source>
        <translation>le .zip à écrire</translation>
    </message>
    <message>
        <source>replace the database with a backup (.db) or an archive (.zip); on PostgreSQL, pg_restore a .dump into an empty database</source>
        <translation>remplacer la base de données par une sauvegarde (.db) ou une archive (.zip); sous PostgreSQL, pg_restore d'un .dump dans une base vide</translation>
    </message>
    <message>
        <source>backup .db, archive .zip, or a PostgreSQL .dump</source>
        <translation>sauvegarde .db, archive .zip ou un .dump PostgreSQL</translation>
    </message>
    <message>
        <source>list the automatic backups of the database</source>
        <translation>lister les sauvegardes automatiques de la base de données</translation>
    </message>
    <message>
        <source>--body applies to the wide-csv export only.</source>
        <translation>--body ne s'applique qu'à l'exportation wide-csv.</translation>
    </message>
    <message>
        <source>Wrote {n} {format} file(s) to {dir}.</source>
        <translation>Fichiers {format} écrits dans {dir} : {n}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Essai à blanc : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <source>Archived {url} to {file}.</source>
        <translation>{url} a été archivée dans {file}.</translation>
    </message>
    <message>
        <source>Restored {database} from {source}: the integrity check passed and {count} approved meetings verify against their fingerprints (record chain of {length} links). Run `councildesk pg-setup` to grant it to the office's roles.</source>
        <translation>{database} a été restaurée à partir de {source} : la vérification d'intégrité a réussi et {count} séances adoptées correspondent à leurs empreintes (chaîne des registres de {length} maillons). Lancez `councildesk pg-setup` pour l'accorder aux rôles du bureau.</translation>
    </message>
    <message>
        <source>Restored from {source}; the replaced database is kept as {copy}.</source>
        <translation>Restauration à partir de {source}; la base de données remplacée est conservée sous {copy}.</translation>
    </message>
    <message>
        <source>No automatic backups in {folder}.</source>
        <translation>Aucune sauvegarde automatique dans {folder}.</translation>
    </message>
    <message>
        <source>The text holds a character that cannot be stored or written ({position}); retype that part of the text.</source>
        <translation>Le texte contient un caractère qui ne peut être ni enregistré ni écrit ({position}); retapez cette partie du texte.</translation>
    </message>
    <message>
        <source>at character {number}</source>
        <translation>au caractère {number}</translation>
    </message>
    <message>
        <source>somewhere in it</source>
        <translation>quelque part</translation>
    </message>
    <message>
        <source>write a meeting's minutes as PDF, or a body's year of minutes as one volume (--year, --body)</source>
        <translation>écrire le procès-verbal d'une séance en PDF, ou ceux d'une année d'une instance en un recueil (--year, --body)</translation>
    </message>
    <message>
        <source>file to write: FILE.html for the accessible web edition, else PDF</source>
        <translation>fichier à écrire : FILE.html pour l'édition Web accessible, sinon PDF</translation>
    </message>
    <message>
        <source>every meeting of --body in YYYY, one PDF</source>
        <translation>toutes les séances de --body en AAAA, un seul PDF</translation>
    </message>
    <message>
        <source>the body whose year is bound (with --year)</source>
        <translation>l'instance dont l'année est reliée (avec --year)</translation>
    </message>
    <message>
        <source>sign approved minutes with this key file (see `councildesk keys new`); asks its passphrase</source>
        <translation>signer le procès-verbal adopté avec ce fichier de clé (voir `councildesk keys new`); demande sa phrase de passe</translation>
    </message>
    <message>
        <source>write a meeting's agenda as PDF</source>
        <translation>écrire l'ordre du jour d'une séance en PDF</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>fichier PDF à écrire</translation>
    </message>
    <message>
        <source>approve a meeting's minutes at a later meeting; locks them</source>
        <translation>adopter le procès-verbal d'une séance lors d'une séance ultérieure; le verrouille</translation>
    </message>
    <message>
        <source>the meeting whose minutes are approved</source>
        <translation>la séance dont le procès-verbal est adopté</translation>
    </message>
    <message>
        <source>the meeting that approved them</source>
        <translation>la séance qui l'a adopté</translation>
    </message>
    <message>
        <source>approval date (default: the date of MEETING2)</source>
        <translation>date d'adoption (par défaut : la date de MEETING2)</translation>
    </message>
    <message>
        <source>approved as corrected (default: as read)</source>
        <translation>adopté tel que corrigé (par défaut : tel que lu)</translation>
    </message>
    <message>
        <source>the vote that approved them (default: found at MEETING2)</source>
        <translation>le vote qui l'a adopté (par défaut : celui trouvé à MEETING2)</translation>
    </message>
    <message>
        <source>check approved minutes against their fingerprint and the record chain (exit 0 OK, 1 tampered, 3 draft, 4 text unchanged but shared records renamed)</source>
        <translation>vérifier les procès-verbaux adoptés avec leur empreinte et la chaîne des registres (sortie 0 correct, 1 altéré, 3 projet, 4 texte inchangé mais registres partagés renommés)</translation>
    </message>
    <message>
        <source>every approved meeting and the whole record chain</source>
        <translation>toutes les séances adoptées et toute la chaîne des registres</translation>
    </message>
    <message>
        <source>a fingerprints file, an older backup (.db) or a printed chain head / fingerprint</source>
        <translation>un fichier d'empreintes, une sauvegarde plus ancienne (.db) ou une tête de chaîne / empreinte imprimée</translation>
    </message>
    <message>
        <source>write the record chain's head and every approval's fingerprint as JSON (to publish)</source>
        <translation>écrire la tête de la chaîne des registres et l'empreinte de chaque adoption en JSON (à publier)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>record a correction to approved minutes (never erases them)</source>
        <translation>consigner une correction à un procès-verbal adopté (sans jamais l'effacer)</translation>
    </message>
    <message>
        <source>why the correction is made</source>
        <translation>pourquoi la correction est faite</translation>
    </message>
    <message>
        <source>the text as approved</source>
        <translation>le texte tel qu'adopté</translation>
    </message>
    <message>
        <source>the corrected text</source>
        <translation>le texte corrigé</translation>
    </message>
    <message>
        <source>date of the correction (default: today)</source>
        <translation>date de la correction (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <source>agenda item id the correction belongs to</source>
        <translation>numéro du point de l'ordre du jour auquel la correction se rapporte</translation>
    </message>
    <message>
        <source>paper size (default letter)</source>
        <translation>format du papier (par défaut letter)</translation>
    </message>
    <message>
        <source>Give a meeting id, or --year and --body for a year's volume.</source>
        <translation>Donnez le numéro d'une séance, ou --year et --body pour le recueil d'une année.</translation>
    </message>
    <message>
        <source>Wrote the approved minutes of meeting {meeting} to {file}.</source>
        <translation>Le procès-verbal adopté de la séance {meeting} a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>Wrote the DRAFT minutes of meeting {meeting} to {file}.</source>
        <translation>Le PROJET de procès-verbal de la séance {meeting} a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>Wrote the approved HTML minutes of meeting {meeting} to {file}.</source>
        <translation>Le procès-verbal adopté en HTML de la séance {meeting} a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>Wrote the DRAFT HTML minutes of meeting {meeting} to {file}.</source>
        <translation>Le PROJET de procès-verbal en HTML de la séance {meeting} a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>Only one meeting's minutes as PDF can be signed; give a file name ending in .pdf.</source>
        <translation>Seul le procès-verbal d'une séance en PDF peut être signé; donnez un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <source>The minutes of meeting {meeting} are a draft; only approved minutes are signed.</source>
        <translation>Le procès-verbal de la séance {meeting} est un projet; seuls les procès-verbaux adoptés sont signés.</translation>
    </message>
    <message>
        <source>Wrote the approved minutes of meeting {meeting}, signed by {who}, to {file}.</source>
        <translation>Le procès-verbal adopté de la séance {meeting}, signé par {who}, a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>A volume takes --year and --body together, without a meeting id.</source>
        <translation>Un recueil demande --year et --body ensemble, sans numéro de séance.</translation>
    </message>
    <message>
        <source>A year's volume is written as PDF; give a file name ending in .pdf.</source>
        <translation>Le recueil d'une année s'écrit en PDF; donnez un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <source>Wrote the {year} minutes of the {body} ({count} meetings, {drafts} still drafts) to {file}.</source>
        <translation>Les procès-verbaux {year} du {body} ({count} séances, dont {drafts} encore en projet) ont été écrits dans {file}.</translation>
    </message>
    <message>
        <source>Wrote the agenda of meeting {meeting} to {file}.</source>
        <translation>L'ordre du jour de la séance {meeting} a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>Approved the minutes of meeting {meeting} on {day}; they are now locked. Fingerprint (SHA-256): {sha256}</source>
        <translation>Le procès-verbal de la séance {meeting} a été adopté le {day}; il est maintenant verrouillé. Empreinte (SHA-256) : {sha256}</translation>
    </message>
    <message>
        <source>Wrote {count} approval fingerprints and the chain head {head} (link {length}) to {file}.</source>
        <translation>Empreintes d'adoption ({count}) et tête de chaîne {head} (maillon {length}) écrites dans {file}.</translation>
    </message>
    <message>
        <source>  also: {line}</source>
        <translation>  de plus : {line}</translation>
    </message>
    <message>
        <source>TAMPERED: the record chain breaks: {brk}</source>
        <translation>ALTÉRÉ : la chaîne des registres est rompue : {brk}</translation>
    </message>
    <message>
        <source>meeting {meeting}: {verdict}</source>
        <translation>séance {meeting} : {verdict}</translation>
    </message>
    <message>
        <source>{count} approved meetings checked; record chain of {length} links, head {head}.</source>
        <translation>Séances au procès-verbal adopté vérifiées : {count}; chaîne des registres de {length} maillons, tête {head}.</translation>
    </message>
    <message>
        <source>Give a meeting id, or --all for every approved meeting and the record chain.</source>
        <translation>Donnez le numéro d'une séance, ou --all pour toutes les séances adoptées et la chaîne des registres.</translation>
    </message>
    <message>
        <source>  changed: {line}</source>
        <translation>  modifié : {line}</translation>
    </message>
    <message>
        <source>Recorded correction {correction} to the minutes of meeting {meeting}; the approved fingerprint is unchanged.</source>
        <translation>La correction {correction} du procès-verbal de la séance {meeting} a été consignée; l'empreinte adoptée est inchangée.</translation>
    </message>
    <message>
        <source>a member's voting record, as PDF or CSV</source>
        <translation>le relevé des votes d'un membre, en PDF ou CSV</translation>
    </message>
    <message>
        <source>the member's id or name (part of a name is enough when it is unique)</source>
        <translation>l'id ou le nom du membre (une partie du nom suffit si elle est unique)</translation>
    </message>
    <message>
        <source>write FILE.pdf or FILE.csv (default: print a summary)</source>
        <translation>écrire FILE.pdf ou FILE.csv (par défaut : afficher un résumé)</translation>
    </message>
    <message>
        <source>full-text search of items, matters, motions and speakers</source>
        <translation>recherche plein texte dans les points, dossiers, propositions et intervenants</translation>
    </message>
    <message>
        <source>words, "a phrase" or a prefix*</source>
        <translation>des mots, "une expression" ou un préfixe*</translation>
    </message>
    <message>
        <source>at most this many results (default 50)</source>
        <translation>au plus ce nombre de résultats (par défaut 50)</translation>
    </message>
    <message>
        <source>write the results to FILE.csv</source>
        <translation>écrire les résultats dans FILE.csv</translation>
    </message>
    <message>
        <source>who votes with whom on split votes, as PDF or CSV</source>
        <translation>qui vote avec qui lors des votes partagés, en PDF ou CSV</translation>
    </message>
    <message>
        <source>write FILE.pdf or FILE.csv (default: print the pairs)</source>
        <translation>écrire FILE.pdf ou FILE.csv (par défaut : afficher les paires)</translation>
    </message>
    <message>
        <source>a matter's path across meetings, with every vote</source>
        <translation>le parcours d'un dossier d'une séance à l'autre, avec chaque vote</translation>
    </message>
    <message>
        <source>the matter's identifier (e.g. R-11-034) or id</source>
        <translation>l'identifiant du dossier (p. ex. R-11-034) ou son id</translation>
    </message>
    <message>
        <source>first day, e.g. 2011-01-01</source>
        <translation>premier jour, p. ex. 2011-01-01</translation>
    </message>
    <message>
        <source>last day, e.g. 2011-12-31</source>
        <translation>dernier jour, p. ex. 2011-12-31</translation>
    </message>
    <message>
        <source>only this body (id)</source>
        <translation>seulement cette instance (id)</translation>
    </message>
    <message>
        <source>{option} {value!r} is not a date; write it like 2011-08-18.</source>
        <translation>{option} {value!r} n'est pas une date; écrivez-la comme 2011-08-18.</translation>
    </message>
    <message>
        <source>{path} must end in {value}.</source>
        <translation>{path} doit se terminer par {value}.</translation>
    </message>
    <message>
        <source>The folder {value} does not exist.</source>
        <translation>Le dossier {value} n'existe pas.</translation>
    </message>
    <message>
        <source>{name}: {count} ballots, with the majority {with_majority} of {decided} ({share}), present at {present} of {seated} meetings.</source>
        <translation>{name} : {count} votes, avec la majorité {with_majority} fois sur {decided} ({share}), présent à {present} séances sur {seated}.</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000.</source>
        <translation>--limit doit être entre 1 et 1000.</translation>
    </message>
    <message>
        <source>Wrote 1 result to {file}.</source>
        <translation>1 résultat écrit dans {file}.</translation>
    </message>
    <message>
        <source>Wrote {count} results to {file}.</source>
        <translation>{count} résultats écrits dans {file}.</translation>
    </message>
    <message>
        <source>not on an agenda yet</source>
        <translation>pas encore à un ordre du jour</translation>
    </message>
    <message>
        <source>meeting {meeting}, item {item}</source>
        <translation>séance {meeting}, point {item}</translation>
    </message>
    <message>
        <source>1 split vote</source>
        <translation>1 vote partagé</translation>
    </message>
    <message>
        <source>{count} split votes</source>
        <translation>{count} votes partagés</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} membres</translation>
    </message>
    <message>
        <source>There is no matter {wanted!r}; give its identifier, e.g. R-11-034.</source>
        <translation>Il n'y a aucun dossier {wanted!r}; donnez son identifiant, p. ex. R-11-034.</translation>
    </message>
    <message>
        <source>  Not yet on any meeting's agenda.</source>
        <translation>  Pas encore inscrit à l'ordre du jour d'une séance.</translation>
    </message>
    <message>
        <source>  {day}  {body}, item {item} (meeting {meeting}): {stage}</source>
        <translation>  {day}  {body}, point {item} (séance {meeting}) : {stage}</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>sans vote</translation>
    </message>
    <message>
        <source>signing keys for approved minutes (kept in a file, never in the database)</source>
        <translation>clés de signature des procès-verbaux adoptés (gardées dans un fichier, jamais dans la base)</translation>
    </message>
    <message>
        <source>make a self-signed trial certificate and private key (PKCS#12, protected by a passphrase)</source>
        <translation>créer un certificat d'essai autosigné et sa clé privée (PKCS#12, protégée par une phrase de passe)</translation>
    </message>
    <message>
        <source>Make a self-signed certificate for trying signed minutes. Readers show the signature as valid but not from a trusted authority; a city's own certificate (.p12) from an authority is used the same way with `minutes --sign`.</source>
        <translation>Crée un certificat autosigné pour essayer les procès-verbaux signés. Les lecteurs montrent la signature comme valide, mais pas d'une autorité de confiance; le certificat propre d'une ville (.p12) délivré par une autorité s'utilise de la même façon avec `minutes --sign`.</translation>
    </message>
    <message>
        <source>key file (default: signing-key.p12 in your data folder)</source>
        <translation>fichier de clé (par défaut : signing-key.p12 dans votre dossier de données)</translation>
    </message>
    <message>
        <source>the signer's name, e.g. "City Clerk, Northampton"</source>
        <translation>le nom du signataire, p. ex. "Greffier, Northampton"</translation>
    </message>
    <message>
        <source>check a signed minutes PDF: unchanged since signing, and who signed it (exit 0 OK, 1 refused)</source>
        <translation>vérifier un procès-verbal signé en PDF : inchangé depuis la signature, et qui l'a signé (sortie 0 correct, 1 refusé)</translation>
    </message>
    <message>
        <source>the PDF to check</source>
        <translation>le PDF à vérifier</translation>
    </message>
    <message>
        <source>Passphrase for {file}: </source>
        <translation>Phrase de passe de {file} : </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase de passe encore : </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases de passe diffèrent; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>No passphrase was given; set {variable} when no one can type it.</source>
        <translation>Aucune phrase de passe n'a été donnée; définissez {variable} quand personne ne peut la taper.</translation>
    </message>
    <message>
        <source>Wrote a self-signed trial certificate for {name} and its private key to {path} (keep the file and its passphrase safe). Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Un certificat d'essai autosigné pour {name} et sa clé privée ont été écrits dans {path} (gardez le fichier et sa phrase de passe en lieu sûr). Empreinte du certificat (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>Impossible de lire {path} : {value}.</translation>
    </message>
    <message>
        <source>Signer's certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat du signataire (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>set up a PostgreSQL database for an office: schema owner, clerk and reader groups, grants (run again after each upgrade; it changes nothing that is already right)</source>
        <translation>préparer une base PostgreSQL pour un bureau : propriétaire du schéma, groupes du greffe et de lecture, droits (relancez-le après chaque mise à niveau; il ne change rien de ce qui est déjà correct)</translation>
    </message>
    <message>
        <source>the database, with an administrator's role: postgresql+psycopg://admin@host/db</source>
        <translation>la base de données, avec un rôle d'administrateur : postgresql+psycopg://admin@host/db</translation>
    </message>
    <message>
        <source>give this person (name or id in the records) a login</source>
        <translation>donner une connexion à cette personne (nom ou id dans les registres)</translation>
    </message>
    <message>
        <source>with --add-person: clerk or reader</source>
        <translation>avec --add-person : clerk ou reader</translation>
    </message>
    <message>
        <source>with --add-person: their login name on the server</source>
        <translation>avec --add-person : son nom de connexion sur le serveur</translation>
    </message>
    <message>
        <source>with --add-person: ask for their password (read from standard input when it is not a terminal)</source>
        <translation>avec --add-person : demander son mot de passe (lu sur l'entrée standard si ce n'est pas un terminal)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent; rien n'a été changé.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>Le mot de passe est vide; rien n'a été changé.</translation>
    </message>
    <message>
        <source>--role, --login and --password go with --add-person NAME.</source>
        <translation>--role, --login et --password vont avec --add-person NOM.</translation>
    </message>
    <message>
        <source>Set up {database} at schema {schema}: {tables} tables granted to {clerk} and {reader}, owned by {owner}; {people} people have their own login.</source>
        <translation>{database} préparée dans le schéma {schema} : {tables} tables accordées à {clerk} et {reader}, propriété de {owner}; {people} personnes ont leur propre identifiant.</translation>
    </message>
    <message>
        <source>--add-person needs --role clerk|reader and --login NAME.</source>
        <translation>--add-person demande --role clerk|reader et --login NOM.</translation>
    </message>
    <message>
        <source>{name} signs in as {login} ({role}). Their password was set.</source>
        <translation>{name} se connecte en tant que {login} ({role}). Son mot de passe a été défini.</translation>
    </message>
    <message>
        <source>{name} signs in as {login} ({role}). Set a password with --password, or use the server's own sign-in.</source>
        <translation>{name} se connecte en tant que {login} ({role}). Définissez un mot de passe avec --password, ou utilisez l’identification propre au serveur.</translation>
    </message>
    <message>
        <source>write the public website (meetings, minutes, members, votes, matters, search, open data) into DIR</source>
        <translation>écrire le site Web public (séances, procès-verbaux, membres, votes, dossiers, recherche, données ouvertes) dans DIR</translation>
    </message>
    <message>
        <source>the folder to write (created if missing)</source>
        <translation>le dossier à écrire (créé s'il manque)</translation>
    </message>
    <message>
        <source>only this body's meetings</source>
        <translation>seulement les séances de cette instance</translation>
    </message>
    <message>
        <source>first meeting date</source>
        <translation>date de la première séance</translation>
    </message>
    <message>
        <source>last meeting date</source>
        <translation>date de la dernière séance</translation>
    </message>
    <message>
        <source>publish draft minutes too, each marked DRAFT</source>
        <translation>publier aussi les projets de procès-verbal, chacun marqué PROJET</translation>
    </message>
    <message>
        <source>the address the site will be served at (https://…); used only in the Atom feed and sitemap.xml</source>
        <translation>l'adresse où le site sera servi (https://…); utilisée seulement dans le fil Atom et sitemap.xml</translation>
    </message>
    <message>
        <source>the language of the site's own words (default: the published bodies' language when they share one, else English)</source>
        <translation>la langue des textes propres au site (par défaut : celle des instances publiées lorsqu'elles en partagent une, sinon l'anglais)</translation>
    </message>
    <message>
        <source>publish into a folder that holds other files (never deletes them)</source>
        <translation>publier dans un dossier qui contient d'autres fichiers (sans jamais les supprimer)</translation>
    </message>
    <message>
        <source>draw the files of approved minutes (agenda PDF, minutes web edition and PDF) and keep them in the records, so that publishing copies them instead of drawing them</source>
        <translation>dessiner les fichiers des procès-verbaux adoptés (PDF de l'ordre du jour, édition Web et PDF du procès-verbal) et les conserver dans les registres, pour que la publication les copie au lieu de les dessiner</translation>
    </message>
    <message>
        <source>only this meeting (repeatable; default: every approved meeting)</source>
        <translation>seulement cette séance (répétable; par défaut : toutes les séances adoptées)</translation>
    </message>
    <message>
        <source>--base-url {text!r} is not a web address like https://example.org/council/.</source>
        <translation>--base-url {text!r} n'est pas une adresse Web comme https://example.org/council/.</translation>
    </message>
    <message>
        <source>Published {meetings} meetings ({approved} with approved minutes) as {pages} pages and {files} files in {dir} ({changed} written, {removed} removed) in {seconds:.1f} s. Open {index}.</source>
        <translation>Séances publiées : {meetings} ({approved} avec procès-verbal adopté), en {pages} pages et {files} fichiers dans {dir} ({changed} écrits, {removed} supprimés) en {seconds:.1f} s. Ouvrez {index}.</translation>
    </message>
    <message>
        <source>Keeping the approved minutes' files: {done} of {total} meetings read…</source>
        <translation>Conservation des fichiers des procès-verbaux adoptés : {done} séances lues sur {total}…</translation>
    </message>
    <message>
        <source>No files were kept: none of the {count} meetings has approved minutes, or the record chain is broken (run `councildesk verify --all`).</source>
        <translation>Aucun fichier n'a été conservé : aucune des {count} séances n'a de procès-verbal adopté, ou la chaîne des registres est rompue (lancez `councildesk verify --all`).</translation>
    </message>
    <message>
        <source>Approved minutes with their files kept: {kept}.</source>
        <translation>Procès-verbaux adoptés dont les fichiers sont conservés : {kept}.</translation>
    </message>
    <message>
        <source>a meeting's video chapters from its stamped times (WebVTT or a YouTube description list)</source>
        <translation>les chapitres vidéo d'une séance d'après ses heures consignées (WebVTT ou une liste pour la description YouTube)</translation>
    </message>
    <message>
        <source>WebVTT chapters or YouTube list</source>
        <translation>chapitres WebVTT ou liste YouTube</translation>
    </message>
    <message>
        <source>where in the recording the meeting was called to order (default: the one `video` set, else 0)</source>
        <translation>à quel moment de l'enregistrement la séance a été ouverte (par défaut : celui fixé par `video`, sinon 0)</translation>
    </message>
    <message>
        <source>write to FILE (default: print)</source>
        <translation>écrire dans FILE (par défaut : afficher)</translation>
    </message>
    <message>
        <source>set a meeting's video address and offset (shown if neither is given)</source>
        <translation>fixer l'adresse et le décalage de la vidéo d'une séance (affichés si aucun n'est donné)</translation>
    </message>
    <message>
        <source>the recording's web address (empty to remove)</source>
        <translation>l'adresse Web de l'enregistrement (vide pour la retirer)</translation>
    </message>
    <message>
        <source>where in the recording the meeting was called to order</source>
        <translation>à quel moment de l'enregistrement la séance a été ouverte</translation>
    </message>
    <message>
        <source>--offset {text} is not a time like 00:04:12 (hours, minutes, seconds).</source>
        <translation>--offset {text} n'est pas une durée comme 00:04:12 (heures, minutes, secondes).</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>Call to order</source>
        <translation>Ouverture de la séance</translation>
    </message>
    <message>
        <source>Meeting {meeting} has no call to order and no stamped item, so no chapters to mark.</source>
        <translation>La séance {meeting} n'a ni heure d'ouverture ni point horodaté : aucun chapitre à marquer.</translation>
    </message>
    <message>
        <source>url: {url}</source>
        <translation>adresse : {url}</translation>
    </message>
    <message>
        <source>offset: {offset}</source>
        <translation>décalage : {offset}</translation>
    </message>
    <message>
        <source>Record council meetings and publish official minutes. With no command, opens the desktop window.</source>
        <translation>Consignez les séances du conseil et publiez les procès-verbaux officiels. Sans commande, ouvre la fenêtre de bureau.</translation>
    </message>
    <message>
        <source>database file or PostgreSQL URL (default: your data folder)</source>
        <translation>fichier de base de données ou URL PostgreSQL (par défaut : votre dossier de données)</translation>
    </message>
    <message>
        <source>log what happens to stderr</source>
        <translation>journaliser ce qui se passe sur stderr</translation>
    </message>
    <message>
        <source>language of messages (default: LANG / LC_MESSAGES; the window's View ▸ Interface language)</source>
        <translation>langue des messages (par défaut : LANG / LC_MESSAGES; dans la fenêtre, Affichage ▸ Langue de l'interface)</translation>
    </message>
    <message>
        <source>open the window read only (a councilor's view; the file may be open elsewhere for writing)</source>
        <translation>ouvrir la fenêtre en lecture seule (la vue d'un conseiller; le fichier peut être ouvert ailleurs en écriture)</translation>
    </message>
    <message>
        <source>check this installation end to end, offscreen, in a temporary folder, and exit</source>
        <translation>vérifier cette installation de bout en bout, hors écran, dans un dossier temporaire, puis quitter</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument était attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>record the time a meeting was called to order</source>
        <translation>consigner l'heure d'ouverture d'une séance</translation>
    </message>
    <message>
        <source>record the time a meeting adjourned</source>
        <translation>consigner l'heure de levée d'une séance</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>numéro de la séance</translation>
    </message>
    <message>
        <source>type or correct one time of a meeting's record (see `times`)</source>
        <translation>saisir ou corriger une heure du registre d'une séance (voir `times`)</translation>
    </message>
    <message>
        <source>which time</source>
        <translation>quelle heure</translation>
    </message>
    <message>
        <source>the record's id as `times` lists it</source>
        <translation>l'id de l'enregistrement tel que `times` l'affiche</translation>
    </message>
    <message>
        <source>the time on the meeting's date, e.g. 17:30</source>
        <translation>l'heure à la date de la séance, p. ex. 17:30</translation>
    </message>
    <message>
        <source>every time of a meeting's record, with warnings</source>
        <translation>toutes les heures du registre d'une séance, avec les avertissements</translation>
    </message>
    <message>
        <source>who changed what and when (the audit log)</source>
        <translation>qui a modifié quoi et quand (le journal d'audit)</translation>
    </message>
    <message>
        <source>only this meeting's records (default: all)</source>
        <translation>seulement les registres de cette séance (par défaut : tous)</translation>
    </message>
    <message>
        <source>only this agenda item's records</source>
        <translation>seulement les registres de ce point de l'ordre du jour</translation>
    </message>
    <message>
        <source>only entries mentioning TEXT</source>
        <translation>seulement les entrées qui mentionnent TEXT</translation>
    </message>
    <message>
        <source>at most this many entries (default 200)</source>
        <translation>au plus ce nombre d'entrées (par défaut 200)</translation>
    </message>
    <message>
        <source>the time on the meeting's date (17:30 or 5:30 pm); default: now at a meeting held today, else the scheduled start</source>
        <translation>l'heure à la date de la séance (17:30 ou 5:30 pm); par défaut : maintenant pour une séance tenue aujourd'hui, sinon l'heure prévue</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement : {warning}</translation>
    </message>
    <message>
        <source>Called to order at {time} on {day}.</source>
        <translation>Ouverture de la séance à {time} le {day}.</translation>
    </message>
    <message>
        <source>Adjourned at {time} on {day}.</source>
        <translation>Levée de la séance à {time} le {day}.</translation>
    </message>
    <message>
        <source>{what}: cleared.</source>
        <translation>{what} : effacée.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucun changement consigné.</translation>
    </message>
    <message>
        <source>call-to-order</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>adjournment</source>
        <translation>la levée de la séance</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>l'arrivée</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>le départ</translation>
    </message>
    <message>
        <source>item</source>
        <translation>point</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>create {what} {id}</source>
        <translation>ajout : {what} {id}</translation>
    </message>
    <message>
        <source>update {what} {id}</source>
        <translation>modification : {what} {id}</translation>
    </message>
    <message>
        <source>delete {what} {id}</source>
        <translation>suppression : {what} {id}</translation>
    </message>
    <message>
        <source>copy this SQLite file into an EMPTY PostgreSQL database, in one transaction: every table's rows compared and every approved meeting verified before anything is kept</source>
        <translation>copier ce fichier SQLite dans une base PostgreSQL VIDE, en une seule transaction : les lignes de chaque table sont comparées et chaque séance adoptée vérifiée avant que rien ne soit gardé</translation>
    </message>
    <message>
        <source>the empty database: postgresql+psycopg://clerk@server/council</source>
        <translation>la base de données vide : postgresql+psycopg://clerk@server/council</translation>
    </message>
    <message>
        <source>Copied {rows:,} rows in {tables} tables into {url} in {seconds:.1f} s: every table holds the same rows as the file, {approvals} approved meetings verify OK, and the record chain ends at the same head ({links} links, {head}…). The file is unchanged; open the server with --db {url}.</source>
        <translation>{rows:,} lignes de {tables} tables copiées dans {url} en {seconds:.1f} s : chaque table contient les mêmes lignes que le fichier, {approvals} séances adoptées se vérifient correctement et la chaîne des registres se termine à la même tête ({links} maillons, {head}…). Le fichier est inchangé; ouvrez le serveur avec --db {url}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Minutes: draft</source>
        <translation>Procès-verbal : projet</translation>
    </message>
    <message>
        <source>Minutes: approved</source>
        <translation>Procès-verbal : adopté</translation>
    </message>
    <message>
        <source>Approved on {day} (as read), fingerprint {sha256}</source>
        <translation>Adopté le {day} (tel que lu), empreinte {sha256}</translation>
    </message>
    <message>
        <source>Approved on {day} (as corrected), fingerprint {sha256}</source>
        <translation>Adopté le {day} (tel que corrigé), empreinte {sha256}</translation>
    </message>
    <message>
        <source>primary sponsor: {who}</source>
        <translation>parrain principal : {who}</translation>
    </message>
    <message>
        <source>co-sponsor: {who}</source>
        <translation>coparrain : {who}</translation>
    </message>
    <message>
        <source>primary sponsor: {who} (not a member)</source>
        <translation>parrain principal : {who} (non-membre)</translation>
    </message>
    <message>
        <source>co-sponsor: {who} (not a member)</source>
        <translation>coparrain : {who} (non-membre)</translation>
    </message>
    <message>
        <source>Vote ({method}): adopted unanimously, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Scrutin ({method}) : adoptée à l'unanimité, {tally}; seuil : {threshold}; {count} votes</translation>
    </message>
    <message>
        <source>Vote ({method}): failed unanimously, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Scrutin ({method}) : rejetée à l'unanimité, {tally}; seuil : {threshold}; {count} votes</translation>
    </message>
    <message>
        <source>Vote ({method}): adopted, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Scrutin ({method}) : adoptée, {tally}; seuil : {threshold}; {count} votes</translation>
    </message>
    <message>
        <source>Vote ({method}): failed, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Scrutin ({method}) : rejetée, {tally}; seuil : {threshold}; {count} votes</translation>
    </message>
    <message>
        <source>1 abstaining</source>
        <translation>1 abstention</translation>
    </message>
    <message>
        <source>{count} abstaining</source>
        <translation>{count} abstentions</translation>
    </message>
    <message>
        <source>1 recused</source>
        <translation>1 récusation</translation>
    </message>
    <message>
        <source>{count} recused</source>
        <translation>{count} récusations</translation>
    </message>
    <message>
        <source>1 present and not voting</source>
        <translation>1 présent sans voter</translation>
    </message>
    <message>
        <source>{count} present and not voting</source>
        <translation>{count} présents sans voter</translation>
    </message>
    <message>
        <source>1 absent</source>
        <translation>1 absent</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} absents</translation>
    </message>
    <message>
        <source>1 excused</source>
        <translation>1 absence motivée</translation>
    </message>
    <message>
        <source>{count} excused</source>
        <translation>{count} absences motivées</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 autre</translation>
    </message>
    <message>
        <source>{count} other</source>
        <translation>{count} autres</translation>
    </message>
    <message>
        <source>{weekday:%A} {day}, {time}</source>
        <translation>{weekday:%A} {day}, {time}</translation>
    </message>
    <message>
        <source>{body} — {kind} meeting</source>
        <translation>{body} — séance {kind}</translation>
    </message>
    <message>
        <source>{body} — {kind} meeting (sample data)</source>
        <translation>{body} — séance {kind} (données d'exemple)</translation>
    </message>
    <message>
        <source>Called to order at {time} by {name}</source>
        <translation>Ouverture à {time} par {name}</translation>
    </message>
    <message>
        <source>Called to order at {time}</source>
        <translation>Ouverture à {time}</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Consignée par {name}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>  Quorum: {present} present of {required} required — NOT present</source>
        <translation>  Quorum : {present} présents sur {required} requis — NON atteint</translation>
    </message>
    <message>
        <source>  Quorum: {present} present of {required} required — present</source>
        <translation>  Quorum : {present} présents sur {required} requis — atteint</translation>
    </message>
    <message>
        <source>Adjourned at {time}</source>
        <translation>Levée de la séance à {time}</translation>
    </message>
    <message>
        <source>Correction {made_on}: {reason} — {before} → {after}</source>
        <translation>Correction du {made_on} : {reason} — {before} → {after}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Avertissement : {warning}</translation>
    </message>
    <message>
        <source>Matter {identifier}: {title} ({status})</source>
        <translation>Dossier {identifier} : {title} ({status})</translation>
    </message>
    <message>
        <source>Discussion: {text}</source>
        <translation>Délibérations : {text}</translation>
    </message>
    <message>
        <source>Speaker: {who}</source>
        <translation>Intervenant : {who}</translation>
    </message>
    <message>
        <source>Document: {title} ({where})</source>
        <translation>Document : {title} ({where})</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Décision : {text}</translation>
    </message>
    <message>
        <source>{name}, {affiliation}, of {residence}</source>
        <translation>{name}, {affiliation}, de {residence}</translation>
    </message>
    <message>
        <source>{name} of {residence}</source>
        <translation>{name}, de {residence}</translation>
    </message>
    <message>
        <source>Motion ({kind}): {text} — moved by {mover}; {disposition}</source>
        <translation>Proposition ({kind}) : {text} — proposée par {mover}; {disposition}</translation>
    </message>
    <message>
        <source>Motion ({kind}): {text} — moved by {mover}, seconded by {seconder}; {disposition}</source>
        <translation>Proposition ({kind}) : {text} — proposée par {mover}, appuyée par {seconder}; {disposition}</translation>
    </message>
    <message>
        <source>WARNING: {warning}</source>
        <translation>AVERTISSEMENT : {warning}</translation>
    </message>
    <message>
        <source>present, not voting</source>
        <translation>présent, sans voter</translation>
    </message>
</context>
<context>
    <name>councildesk</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {value}.</source>
        <translation>Impossible d'écrire dans {folder} : {value}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>Impossible d'écrire {path} : {value}.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write in {parent}: {value}.</source>
        <translation>Impossible d'écrire dans {parent} : {value}.</translation>
    </message>
    <message>
        <source>Could not write into {folder}: {value}.</source>
        <translation>Impossible d'écrire dans {folder} : {value}.</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>A backup cannot be written over the database it copies.</source>
        <translation>Une sauvegarde ne peut pas être écrite par-dessus la base qu'elle copie.</translation>
    </message>
    <message>
        <source>The backup folder {parent} does not exist.</source>
        <translation>Le dossier de sauvegarde {parent} n'existe pas.</translation>
    </message>
    <message>
        <source>Could not write the backup {destination}: {error}.</source>
        <translation>Impossible d'écrire la sauvegarde {destination} : {error}.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Il faut conserver au moins une sauvegarde.</translation>
    </message>
    <message>
        <source>This database is open read only; nothing can be changed in it.</source>
        <translation>Cette base de données est ouverte en lecture seule; rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment; your change was not saved. Reload it and try again.</source>
        <translation>Quelqu'un d'autre a modifié cet enregistrement au même moment; votre modification n'a pas été enregistrée. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked; record a correction instead.</source>
        <translation>Le procès-verbal de cette séance est adopté et verrouillé; inscrivez plutôt une correction.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n'existe pas.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n'y a aucune base de données à {path}.</translation>
    </message>
    <message>
        <source>another program holds a write on it longer than CouncilDesk waits; close that program or try again in a moment</source>
        <translation>un autre programme y maintient une écriture plus longtemps que CouncilDesk n'attend; fermez ce programme ou réessayez dans un moment</translation>
    </message>
    <message>
        <source>another program holds a write on it; try again in a moment</source>
        <translation>un autre programme y maintient une écriture; réessayez dans un moment</translation>
    </message>
    <message>
        <source>it is read-only; check the file's permissions or the disk</source>
        <translation>elle est en lecture seule; vérifiez les droits du fichier ou le disque</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>le disque est plein; libérez de l'espace et réessayez</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; check the disk and keep your backups</source>
        <translation>le disque a signalé une erreur d'entrée-sortie; vérifiez le disque et gardez vos sauvegardes</translation>
    </message>
    <message>
        <source>the file is damaged; restore it from a backup</source>
        <translation>le fichier est endommagé; restaurez-le à partir d'une sauvegarde</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened; check that the folder exists and that you may write there</source>
        <translation>le fichier ou son dossier ne peut pas être ouvert; vérifiez que le dossier existe et que vous pouvez y écrire</translation>
    </message>
    <message>
        <source>it is not a CouncilDesk database</source>
        <translation>ce n'est pas une base de données CouncilDesk</translation>
    </message>
    <message>
        <source>the database user lacks permission for this; ask the database administrator</source>
        <translation>l'utilisateur de la base n'a pas la permission de le faire; adressez-vous à l'administrateur de la base</translation>
    </message>
    <message>
        <source>the database server's disk is full</source>
        <translation>le disque du serveur de base de données est plein</translation>
    </message>
    <message>
        <source>the database server is out of memory</source>
        <translation>le serveur de base de données manque de mémoire</translation>
    </message>
    <message>
        <source>the database server has too many connections; try again in a moment</source>
        <translation>le serveur de base de données a trop de connexions; réessayez dans un moment</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>another user changed the same records at the same time; try again</source>
        <translation>un autre utilisateur a modifié les mêmes enregistrements au même moment; réessayez</translation>
    </message>
    <message>
        <source>another user recorded the same thing at the same moment; reload to see it</source>
        <translation>un autre utilisateur a enregistré la même chose au même moment; rechargez pour le voir</translation>
    </message>
    <message>
        <source>another user holds a lock on these records; try again in a moment</source>
        <translation>un autre utilisateur verrouille ces enregistrements; réessayez dans un moment</translation>
    </message>
    <message>
        <source>the database server cancelled the statement; try again</source>
        <translation>le serveur de base de données a annulé l'instruction; réessayez</translation>
    </message>
    <message>
        <source>the database server is shutting down</source>
        <translation>le serveur de base de données est en cours d'arrêt</translation>
    </message>
    <message>
        <source>the database server cannot be reached; check the address and that it is running</source>
        <translation>le serveur de base de données est injoignable; vérifiez l'adresse et qu'il est en marche</translation>
    </message>
    <message>
        <source>the database server refused the user name or password</source>
        <translation>le serveur de base de données a refusé le nom d'utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>the named database does not exist on that server</source>
        <translation>la base de données indiquée n'existe pas sur ce serveur</translation>
    </message>
    <message>
        <source>CouncilDesk could not use the database {where}: {reason}.</source>
        <translation>CouncilDesk n'a pas pu utiliser la base de données {where} : {reason}.</translation>
    </message>
    <message>
        <source>CouncilDesk could not reach the database {where}; check that it is running.</source>
        <translation>CouncilDesk n'a pas pu joindre la base de données {where}; vérifiez qu'elle est en marche.</translation>
    </message>
    <message>
        <source>{path} is not a CouncilDesk database or is damaged ({error}).</source>
        <translation>{path} n'est pas une base de données CouncilDesk ou est endommagée ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely: {problem}.</source>
        <translation>{path} est endommagée et ne peut pas être ouverte sans risque : {problem}.</translation>
    </message>
    <message>
        <source>{database_name} is already open in another CouncilDesk ({holder}); close it there first.</source>
        <translation>{database_name} est déjà ouverte dans un autre CouncilDesk ({holder}); fermez-la d'abord là-bas.</translation>
    </message>
    <message>
        <source>{database_name} is already open in another CouncilDesk under another name (a hard link or a copy of the path); close it there first.</source>
        <translation>{database_name} est déjà ouverte dans un autre CouncilDesk sous un autre nom (un lien physique ou une copie du chemin); fermez-la d'abord là-bas.</translation>
    </message>
    <message>
        <source>process unknown</source>
        <translation>processus inconnu</translation>
    </message>
    <message>
        <source>process {pid} of {user} on {host}</source>
        <translation>processus {pid} de {user} sur {host}</translation>
    </message>
    <message>
        <source>{url} carries several schema versions ({value}); it cannot be opened.</source>
        <translation>{url} porte plusieurs versions de schéma ({value}); elle ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>{where} was written by a newer CouncilDesk (schema {revision}); install the newer version to open it.</source>
        <translation>{where} a été écrite par un CouncilDesk plus récent (schéma {revision}); installez la version plus récente pour l'ouvrir.</translation>
    </message>
    <message>
        <source>{where} holds no CouncilDesk records; create them with `councildesk init` first.</source>
        <translation>{where} ne contient aucun registre CouncilDesk; créez-les d'abord avec `councildesk init`.</translation>
    </message>
    <message>
        <source>{where} uses an older CouncilDesk schema ({revision}); open it once for writing so that it is backed up and upgraded.</source>
        <translation>{where} utilise un ancien schéma CouncilDesk ({revision}); ouvrez-la une fois en écriture pour qu'elle soit sauvegardée et mise à niveau.</translation>
    </message>
    <message>
        <source>{value} holds tables that are not CouncilDesk's.</source>
        <translation>{value} contient des tables qui ne sont pas celles de CouncilDesk.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {name} ({error}); the database was not upgraded.</source>
        <translation>pg_dump n'a pas pu sauvegarder {name} ({error}); la base n'a pas été mise à niveau.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {name} ({last}); the database was not upgraded.</source>
        <translation>pg_dump n'a pas pu sauvegarder {name} ({last}); la base n'a pas été mise à niveau.</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where} : {error}</translation>
    </message>
    <message>
        <source>{role!r} cannot be a login name: use lower-case letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>{role!r} ne peut pas être un nom de connexion : utilisez des minuscules, des chiffres et _ (au plus 63, sans commencer par un chiffre).</translation>
    </message>
    <message>
        <source>pg-setup sets up a PostgreSQL server; give a postgresql+psycopg:// address.</source>
        <translation>pg-setup prépare un serveur PostgreSQL; donnez une adresse postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>There is no person with id {id} in the records.</source>
        <translation>Il n'y a aucune personne d'identifiant {id} dans les registres.</translation>
    </message>
    <message>
        <source>There is no person named {name!r} in the records; add them first (Edit ▸ People).</source>
        <translation>Il n'y a aucune personne nommée {name!r} dans les registres; ajoutez-la d'abord (Édition ▸ Personnes).</translation>
    </message>
    <message>
        <source>{count} people are named {name!r} (ids {ids}); give the id instead of the name.</source>
        <translation>{count} personnes s'appellent {name!r} (identifiants {ids}); donnez l'identifiant plutôt que le nom.</translation>
    </message>
    <message>
        <source>The role must be clerk or reader, not {group!r}.</source>
        <translation>Le rôle doit être clerk ou reader, pas {group!r}.</translation>
    </message>
    <message>
        <source>{role} is one of CouncilDesk's own roles; choose a personal login name.</source>
        <translation>{role} est un des rôles propres à CouncilDesk; choisissez un nom de connexion personnel.</translation>
    </message>
    <message>
        <source>{tool} is not installed, so the PostgreSQL database cannot be backed up or restored; install the PostgreSQL client tools (on Debian or Ubuntu: postgresql-client).</source>
        <translation>{tool} n'est pas installé; la base PostgreSQL ne peut donc être ni sauvegardée ni restaurée : installez les outils clients PostgreSQL (sous Debian ou Ubuntu : postgresql-client).</translation>
    </message>
    <message>
        <source>{tool} {version} is older than the server (PostgreSQL {server}) and cannot read it; install the client tools of version {server} or later (postgresql-client-{server}).</source>
        <translation>{tool} {version} est plus ancien que le serveur (PostgreSQL {server}) et ne peut pas le lire; installez les outils clients de la version {server} ou plus récente (postgresql-client-{server}).</translation>
    </message>
    <message>
        <source>{tool} could not {action} {database}: {reason}.</source>
        <translation>{tool} n'a pas pu {action} {database} : {reason}.</translation>
    </message>
    <message>
        <source>{tool} could not {action} {database} ({last}).</source>
        <translation>{tool} n'a pas pu {action} {database} ({last}).</translation>
    </message>
    <message>
        <source>{tool} could not {action} {database}: it ran longer than an hour.</source>
        <translation>{tool} n'a pas pu {action} {database} : l'opération a duré plus d'une heure.</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>Le dossier de sauvegarde {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Il n'y a aucun fichier de sauvegarde {path}.</translation>
    </message>
    <message>
        <source>{file} is not a PostgreSQL backup (pg_dump's custom format).</source>
        <translation>{file} n'est pas une sauvegarde PostgreSQL (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <source>{file} is a PostgreSQL backup but not of a CouncilDesk database.</source>
        <translation>{file} est une sauvegarde PostgreSQL, mais pas d'une base de données CouncilDesk.</translation>
    </message>
    <message>
        <source>The database {name} is not empty ({count} tables and other objects); a backup is restored only into an empty database, so create one (createdb) and restore into that.</source>
        <translation>La base {name} n'est pas vide ({count} tables et autres objets); une sauvegarde ne se restaure que dans une base vide : créez-en une (createdb) et restaurez-y.</translation>
    </message>
    <message>
        <source>SQLite integrity: {detail}.</source>
        <translation>Intégrité SQLite : {detail}.</translation>
    </message>
    <message>
        <source>SQLite integrity: {detail}</source>
        <translation>Intégrité SQLite : {detail}</translation>
    </message>
    <message>
        <source>{table} row {row} points at a missing {parent} record.</source>
        <translation>La ligne {row} de {table} renvoie à un enregistrement de {parent} qui n'existe pas.</translation>
    </message>
    <message>
        <source>Ballot {ballot} is a second ballot for the same member on one vote.</source>
        <translation>Le vote individuel {ballot} est un second vote du même membre dans un même scrutin.</translation>
    </message>
    <message>
        <source>Motion {motion} has the same mover and seconder.</source>
        <translation>La proposition {motion} a le même proposeur et appuyeur.</translation>
    </message>
    <message>
        <source>The record chain breaks: {brk}; run `councildesk verify --all`, and compare with a printed or published chain head or an earlier backup (`verify --against`).</source>
        <translation>La chaîne des registres est rompue : {brk}; lancez `councildesk verify --all` et comparez avec une tête de chaîne imprimée ou publiée ou avec une sauvegarde antérieure (`verify --against`).</translation>
    </message>
    <message>
        <source>Motion {motion} has {count} votes; CouncilDesk records one per motion (a re-vote is a motion to reconsider with its own vote), so the minutes would print only one of them.</source>
        <translation>La proposition {motion} a {count} votes; CouncilDesk en consigne un par proposition (voter de nouveau est une proposition de reconsidération avec son propre vote), le procès-verbal n'en imprimerait donc qu'un seul.</translation>
    </message>
    <message>
        <source>The agenda items of meeting {meeting} are not numbered 0 to {last} in a row (positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.</source>
        <translation>Les points de l'ordre du jour de la séance {meeting} ne sont pas numérotés de 0 à {last} sans interruption (positions {low} à {high}, {distinct} distinctes); déplacer un point à cet endroit les renumérote.</translation>
    </message>
    <message>
        <source>The agenda items of meeting {meeting} under item {parent} are not numbered 0 to {last} in a row (positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.</source>
        <translation>Les points de l'ordre du jour de la séance {meeting} sous le point {parent} ne sont pas numérotés de 0 à {last} sans interruption (positions {low} à {high}, {distinct} distinctes); déplacer un point à cet endroit les renumérote.</translation>
    </message>
    <message>
        <source>{count} motions of agenda item {item} have only {distinct} distinct places, so their order is a guess.</source>
        <translation>{count} propositions du point {item} de l'ordre du jour n'ont que {distinct} places distinctes; leur ordre est donc une supposition.</translation>
    </message>
    <message>
        <source>{count} speakers of agenda item {item} have only {distinct} distinct places, so their order is a guess.</source>
        <translation>{count} intervenants du point {item} de l'ordre du jour n'ont que {distinct} places distinctes; leur ordre est donc une supposition.</translation>
    </message>
    <message>
        <source>Motions of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as deleting one leaves its place empty.</source>
        <translation>Les propositions du point {item} de l'ordre du jour sont numérotées avec des trous ({low} à {high}); l'ordre est conservé, car en supprimer une laisse sa place vide.</translation>
    </message>
    <message>
        <source>Speakers of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as deleting one leaves its place empty.</source>
        <translation>Les intervenants du point {item} de l'ordre du jour sont numérotés avec des trous ({low} à {high}); l'ordre est conservé, car en supprimer un laisse sa place vide.</translation>
    </message>
    <message>
        <source>The approval-lock trigger {name} is missing or disabled; approved minutes could be changed from outside CouncilDesk; restore the database from a backup or ask who removed it.</source>
        <translation>Le déclencheur de verrouillage des adoptions {name} manque ou est désactivé; les procès-verbaux adoptés pourraient être modifiés hors de CouncilDesk; restaurez la base de données à partir d'une sauvegarde ou demandez qui l'a retiré.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>adoption</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrée du journal d'audit</translation>
    </message>
    <message>
        <source>the link before it is missing or changed</source>
        <translation>le maillon précédent manque ou a été modifié</translation>
    </message>
    <message>
        <source>the entry is gone</source>
        <translation>l'entrée a disparu</translation>
    </message>
    <message>
        <source>the entry was changed</source>
        <translation>l'entrée a été modifiée</translation>
    </message>
    <message>
        <source>the link itself was changed</source>
        <translation>le maillon lui-même a été modifié</translation>
    </message>
    <message>
        <source>the entry was added behind CouncilDesk's back</source>
        <translation>l'entrée a été ajoutée à l'insu de CouncilDesk</translation>
    </message>
    <message>
        <source>{kind} {entry} at link {position}: {problem}</source>
        <translation>{kind} {entry} au maillon {position} : {problem}</translation>
    </message>
    <message>
        <source>{kind} {entry} at link {position}: {problem} (expected {expected}, found {found})</source>
        <translation>{kind} {entry} au maillon {position} : {problem} (attendu {expected}, trouvé {found})</translation>
    </message>
    <message>
        <source>{kind} {entry} outside the chain: {problem}</source>
        <translation>{kind} {entry} hors de la chaîne : {problem}</translation>
    </message>
    <message>
        <source>{kind} {entry} outside the chain: {problem} (expected {expected}, found {found})</source>
        <translation>{kind} {entry} hors de la chaîne : {problem} (attendu {expected}, trouvé {found})</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>le disque est plein; libérez de l'espace et réessayez</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space and try again</source>
        <translation>votre quota de disque est épuisé; libérez de l'espace et réessayez</translation>
    </message>
    <message>
        <source>permission was denied; check who may write there</source>
        <translation>l'autorisation a été refusée; vérifiez qui peut y écrire</translation>
    </message>
    <message>
        <source>the operation is not permitted there; check who may write there</source>
        <translation>l'opération n'y est pas permise; vérifiez qui peut y écrire</translation>
    </message>
    <message>
        <source>the disk is read-only; choose a folder you can write to</source>
        <translation>le disque est en lecture seule; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>the name is too long; choose a shorter name or folder</source>
        <translation>le nom est trop long; choisissez un nom ou un dossier plus court</translation>
    </message>
    <message>
        <source>a file of that name is already there; move it aside or choose another name</source>
        <translation>un fichier de ce nom s'y trouve déjà; déplacez-le ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>a file stands where a folder is needed; move it aside</source>
        <translation>un fichier se trouve là où il faut un dossier; déplacez-le</translation>
    </message>
    <message>
        <source>a folder stands where a file is needed; choose another name</source>
        <translation>un dossier se trouve là où il faut un fichier; choisissez un autre nom</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n'existe pas</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; check the disk and keep your backups</source>
        <translation>le disque a signalé une erreur d'entrée-sortie; vérifiez le disque et gardez vos sauvegardes</translation>
    </message>
    <message>
        <source>too many files are open; close other programs and try again</source>
        <translation>trop de fichiers sont ouverts; fermez d'autres programmes et réessayez</translation>
    </message>
    <message>
        <source>the file is larger than this disk allows</source>
        <translation>le fichier est plus gros que ce que ce disque permet</translation>
    </message>
    <message>
        <source>the folder is on another disk than the file it replaces</source>
        <translation>le dossier est sur un autre disque que le fichier qu'il remplace</translation>
    </message>
    <message>
        <source>CouncilDesk could not use {what}: {reason}.</source>
        <translation>CouncilDesk n'a pas pu utiliser {what} : {reason}.</translation>
    </message>
    <message>
        <source>'{text}' is not a time of day; type it as 17:30 or 5:30 pm.</source>
        <translation>'{text}' n'est pas une heure; tapez-la comme 17:30 ou 17 h 30.</translation>
    </message>
    <message>
        <source>'{text}' is not a time of day; a.m. and p.m. hours run from 1 to 12.</source>
        <translation>'{text}' n'est pas une heure; les heures a.m. et p.m. vont de 1 à 12.</translation>
    </message>
    <message>
        <source>“{part}” mixes a number and a letter; write a range like Ward 1–9 or District A–O.</source>
        <translation>« {part} » mêle un chiffre et une lettre; écrivez une plage comme Quartier 1–9 ou District A–O.</translation>
    </message>
    <message>
        <source>“{part}” runs backwards; write the lower end first, as in {prefix}{last}–{first}.</source>
        <translation>« {part} » va à rebours; écrivez d'abord la borne inférieure, comme dans {prefix}{last}–{first}.</translation>
    </message>
    <message>
        <source>Type the seats to create, for example District A–O or Ward 1–9.</source>
        <translation>Tapez les sièges à créer, par exemple District A–O ou Quartier 1–9.</translation>
    </message>
    <message>
        <source>“{text}” would create {names_count} seats; a body has at most {most}.</source>
        <translation>« {text} » créerait {names_count} sièges; une instance en compte au plus {most}.</translation>
    </message>
    <message>
        <source>The seat {name} is named twice.</source>
        <translation>Le siège {name} est nommé deux fois.</translation>
    </message>
    <message>
        <source>The text of {field} holds a broken character at position {value} (half of a character pair); retype that part of the text.</source>
        <translation>Le texte de {field} contient un caractère brisé à la position {value} (la moitié d'une paire de caractères); retapez cette partie du texte.</translation>
    </message>
    <message>
        <source>The text of {field} is {count:,} characters long; at most {limit:,} fit. Shorten it or attach the full text as a document.</source>
        <translation>Le texte de {field} compte {count:,} caractères; au plus {limit:,} y tiennent. Raccourcissez-le ou joignez le texte complet comme document.</translation>
    </message>
    <message>
        <source>'{name}' is not a time zone name; use an IANA name such as America/New_York or Europe/Paris.</source>
        <translation>'{name}' n'est pas un nom de fuseau horaire; utilisez un nom IANA comme America/Montreal ou Europe/Paris.</translation>
    </message>
    <message>
        <source>The declared result ({declared}) disagrees with the arithmetic: {yes}–{no} under {threshold} is a {computed}.</source>
        <translation>Le résultat déclaré ({declared}) ne concorde pas avec le calcul : à {yes} contre {no}, au seuil de {threshold}, la proposition est {computed}.</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n'existe pas.</translation>
    </message>
    <message>
        <source>{name}: the entry '{entry}' points outside the archive folder; the archive is refused.</source>
        <translation>{name} : l'entrée '{entry}' pointe hors du dossier de l'archive; l'archive est refusée.</translation>
    </message>
    <message>
        <source>{name} would unpack to {value:.1f} GB; it is refused.</source>
        <translation>{name} occuperait {value:.1f} Go une fois décompressée; elle est refusée.</translation>
    </message>
    <message>
        <source>There is no archive {path}.</source>
        <translation>Il n'y a aucune archive {path}.</translation>
    </message>
    <message>
        <source>{path_name} is not a CouncilDesk archive (not a zip file).</source>
        <translation>{path_name} n'est pas une archive CouncilDesk (ce n'est pas un fichier zip).</translation>
    </message>
    <message>
        <source>{path_name} has no {manifest}; it is not a CouncilDesk archive.</source>
        <translation>{path_name} n'a pas de {manifest}; ce n'est pas une archive CouncilDesk.</translation>
    </message>
    <message>
        <source>{path_name}: {manifest} is not valid JSON.</source>
        <translation>{path_name} : {manifest} n'est pas un JSON valide.</translation>
    </message>
    <message>
        <source>{path_name}: {manifest} does not describe a CouncilDesk archive.</source>
        <translation>{path_name} : {manifest} ne décrit pas une archive CouncilDesk.</translation>
    </message>
    <message>
        <source>{path_name}: {manifest}, field 'sha256': expected an object.</source>
        <translation>{path_name} : {manifest}, champ 'sha256' : un objet était attendu.</translation>
    </message>
    <message>
        <source>{path_name}: the entry {name} is missing.</source>
        <translation>{path_name} : l'entrée {name} est manquante.</translation>
    </message>
    <message>
        <source>{path_name}: {name} does not match its checksum; the archive is damaged.</source>
        <translation>{path_name} : {name} ne correspond pas à sa somme de contrôle; l'archive est endommagée.</translation>
    </message>
    <message>
        <source>{path_name}, {name}, line {n}: not valid JSON.</source>
        <translation>{path_name}, {name}, ligne {n} : ce n'est pas un JSON valide.</translation>
    </message>
    <message>
        <source>{path_name}, {name}, line {n}: expected an object.</source>
        <translation>{path_name}, {name}, ligne {n} : un objet était attendu.</translation>
    </message>
    <message>
        <source>{path_name} is a damaged zip file ({error}).</source>
        <translation>{path_name} est un fichier zip endommagé ({error}).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Il n'y a aucun fichier {path}.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{refs}.{key}': expected an id (text).</source>
        <translation>{where}, champ 'extras.{refs}.{key}' : un identifiant (texte) était attendu.</translation>
    </message>
    <message>
        <source>{where}: person '{key}' is not in the file; '{name}' is used (an existing person of that name, or a new one).</source>
        <translation>{where} : la personne « {key} » n’est pas dans le fichier; « {name} » est retenu (une personne existante de ce nom, ou une nouvelle).</translation>
    </message>
    <message>
        <source>{where}: no organization is given; the body '{name}' is used (existing or new).</source>
        <translation>{where} : aucune organisation n’est indiquée; l’instance « {name} » est retenue (existante ou nouvelle).</translation>
    </message>
    <message>
        <source>{where}: organization '{key}' is not in the file; the body '{name}' is used (existing or new).</source>
        <translation>{where} : l’organisation « {key} » n’est pas dans le fichier; l’instance « {name} » est retenue (existante ou nouvelle).</translation>
    </message>
    <message>
        <source>{where}: no meeting is given; a meeting on {when} titled '{title}' holds it.</source>
        <translation>{where} : aucune séance n’est indiquée; une séance du {when} intitulée « {title} » le reçoit.</translation>
    </message>
    <message>
        <source>'{kind}' is not an export format (choose one of {value}).</source>
        <translation>'{kind}' n'est pas un format d'exportation (choisissez parmi {value}).</translation>
    </message>
    <message>
        <source>Cannot create the folder {parent}: {value}.</source>
        <translation>Impossible de créer le dossier {parent} : {value}.</translation>
    </message>
    <message>
        <source>Previewed: nothing was changed.</source>
        <translation>Aperçu : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>Il n'y a aucun fichier ni dossier {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose the roster .csv file.</source>
        <translation>{path} est un dossier; choisissez le fichier .csv de la liste des membres.</translation>
    </message>
    <message>
        <source>'{kind}' is not an import format (choose one of {value}).</source>
        <translation>'{kind}' n'est pas un format d'importation (choisissez parmi {value}).</translation>
    </message>
    <message>
        <source>{path} is a folder with no roll-call .csv file in it; choose the file to import.</source>
        <translation>{path} est un dossier sans fichier .csv de vote par appel nominal; choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>{path} holds {found_count} roll-call files ({names}); import one at a time, for instance {found}.</source>
        <translation>{path} contient {found_count} fichiers de vote par appel nominal ({names}); importez-les un à la fois, par exemple {found}.</translation>
    </message>
    <message>
        <source>The folder {path} holds no Legistar .json files.</source>
        <translation>Le dossier {path} ne contient aucun fichier Legistar .json.</translation>
    </message>
    <message>
        <source>The zip {path_name} holds no Legistar .json files.</source>
        <translation>Le zip {path_name} ne contient aucun fichier Legistar .json.</translation>
    </message>
    <message>
        <source>{name} is not Legistar Web API JSON (expected a list of records).</source>
        <translation>{name} n'est pas du JSON de l'API Web Legistar (une liste d'enregistrements était attendue).</translation>
    </message>
    <message>
        <source>{name}, field '{declared}': expected a list.</source>
        <translation>{name}, champ '{declared}' : une liste était attendue.</translation>
    </message>
    <message>
        <source>{where}: not a Legistar record (no EventId, MatterId, PersonId …).</source>
        <translation>{where} : ce n'est pas un enregistrement Legistar (pas d'EventId, de MatterId, de PersonId…).</translation>
    </message>
    <message>
        <source>{path_name} holds no Legistar records.</source>
        <translation>{path_name} ne contient aucun enregistrement Legistar.</translation>
    </message>
    <message>
        <source>{where}, field 'EventItemId': a value is required.</source>
        <translation>{where}, champ 'EventItemId' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}: EventItemId {ident} already appears at {seen_items}.</source>
        <translation>{where} : EventItemId {ident} figure déjà à {seen_items}.</translation>
    </message>
    <message>
        <source>{where}, field 'EventItemEventId': a value is required.</source>
        <translation>{where}, champ 'EventItemEventId' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'VoteEventItemId': {item!r} is not an event item in the file.</source>
        <translation>{where}, champ 'VoteEventItemId' : {item!r} n'est pas un point d'événement du fichier.</translation>
    </message>
    <message>
        <source>{where}, field 'BodyName': a value is required.</source>
        <translation>{where}, champ 'BodyName' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'PersonFullName': a value is required.</source>
        <translation>{where}, champ 'PersonFullName' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'EventId': a value is required.</source>
        <translation>{where}, champ 'EventId' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'EventDate': a value is required.</source>
        <translation>{where}, champ 'EventDate' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}: event {event} is not in the file and its date is unknown; include the Events record (Events.json) in the import.</source>
        <translation>{where} : l'événement {event} n'est pas dans le fichier et sa date est inconnue; incluez l'enregistrement Events (Events.json) dans l'importation.</translation>
    </message>
    <message>
        <source>{where}, field 'MatterFile': a value is required.</source>
        <translation>{where}, champ 'MatterFile' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'MatterSponsorMatterId': {matter!r} is not a matter in the file.</source>
        <translation>{where}, champ 'MatterSponsorMatterId' : {matter!r} n'est pas un dossier du fichier.</translation>
    </message>
    <message>
        <source>{where}, field 'MatterSponsorName': a value is required.</source>
        <translation>{where}, champ 'MatterSponsorName' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'EventItemPassedFlag': {passed!r} is not 0, 1 or empty.</source>
        <translation>{where}, champ 'EventItemPassedFlag' : {passed!r} n'est ni 0, ni 1, ni vide.</translation>
    </message>
    <message>
        <source>{where}, field 'VotePersonName': a value is required.</source>
        <translation>{where}, champ 'VotePersonName' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}: {person} already voted on this item at {voters}.</source>
        <translation>{where} : {person} a déjà voté sur ce point à {voters}.</translation>
    </message>
    <message>
        <source>{where}, field 'RollCallEventItemId': {item!r} is not an event item in the file.</source>
        <translation>{where}, champ 'RollCallEventItemId' : {item!r} n'est pas un point d'événement du fichier.</translation>
    </message>
    <message>
        <source>{where}, field 'RollCallPersonName': a value is required.</source>
        <translation>{where}, champ 'RollCallPersonName' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'EventTime': {text!r} is not a time of day.</source>
        <translation>{where}, champ 'EventTime' : {text!r} n'est pas une heure.</translation>
    </message>
    <message>
        <source>The folder {path} holds no OCD .json files.</source>
        <translation>Le dossier {path} ne contient aucun fichier OCD .json.</translation>
    </message>
    <message>
        <source>The folder {path} holds {files_count} files; at most {most} are imported at once.</source>
        <translation>Le dossier {path} contient {files_count} fichiers; au plus {most} sont importés à la fois.</translation>
    </message>
    <message>
        <source>{file_name}: '{kind}' is not an OCD object type this import reads.</source>
        <translation>{file_name} : '{kind}' n'est pas un type d'objet OCD que cette importation lit.</translation>
    </message>
    <message>
        <source>{file_name}, field '_id': every OCD object needs an id.</source>
        <translation>{file_name}, champ '_id' : chaque objet OCD a besoin d'un identifiant.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {value!r} is not a pseudo-id pupa writes.</source>
        <translation>{where}, champ '{field}' : {value!r} n'est pas un pseudo-identifiant comme pupa en écrit.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {value} names {found_count} {kind}s in the folder, not one.</source>
        <translation>{where}, champ '{field}' : {value} désigne {found_count} objets {kind} dans le dossier, pas un seul.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': a person id or name is required.</source>
        <translation>{where}, champ '{field}' : l'identifiant ou le nom d'une personne est requis.</translation>
    </message>
    <message>
        <source>{at}, field 'primary': expected true or false.</source>
        <translation>{at}, champ 'primary' : true ou false était attendu.</translation>
    </message>
    <message>
        <source>{where}, field 'status': {status!r} is not a known event status.</source>
        <translation>{where}, champ 'status' : {status!r} n'est pas un état d'événement connu.</translation>
    </message>
    <message>
        <source>{at}, field 'id': every {table} needs an id.</source>
        <translation>{at}, champ 'id' : chaque enregistrement {table} a besoin d'un identifiant.</translation>
    </message>
    <message>
        <source>{at}, field 'value': {value!r} is not a count.</source>
        <translation>{at}, champ 'value' : {value!r} n'est pas un décompte.</translation>
    </message>
    <message>
        <source>{where}, field 'votes[{i}]': {person} already voted at votes[{seen}].</source>
        <translation>{where}, champ 'votes[{i}]' : {person} a déjà voté à votes[{seen}].</translation>
    </message>
    <message>
        <source>The folder {path} holds no Popolo .json files.</source>
        <translation>Le dossier {path} ne contient aucun fichier Popolo .json.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a list.</source>
        <translation>{where}, champ '{field}' : une liste était attendue.</translation>
    </message>
    <message>
        <source>{where}: a lone Popolo {kind} cannot be imported; it belongs inside a vote_event.</source>
        <translation>{where} : un {kind} Popolo isolé ne peut pas être importé; il doit se trouver dans un vote_event.</translation>
    </message>
    <message>
        <source>{where}: this is not a Popolo object this import reads.</source>
        <translation>{where} : ce n'est pas un objet Popolo que cette importation lit.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {value!r} is not a date.</source>
        <translation>{where}, champ '{field}' : {value!r} n'est pas une date.</translation>
    </message>
    <message>
        <source>{where}, field 'id': expected text.</source>
        <translation>{where}, champ 'id' : du texte était attendu.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a person id.</source>
        <translation>{where}, champ '{field}' : l'identifiant d'une personne était attendu.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected an organization id.</source>
        <translation>{where}, champ '{field}' : l'identifiant d'une organisation était attendu.</translation>
    </message>
    <message>
        <source>{where}, field 'parent_id': {parent!r} does not name a meeting in the file.</source>
        <translation>{where}, champ 'parent_id' : {parent!r} ne désigne aucune séance du fichier.</translation>
    </message>
    <message>
        <source>{where}, field 'counts[{i}].value': {value!r} is not a count.</source>
        <translation>{where}, champ 'counts[{i}].value' : {value!r} n'est pas un décompte.</translation>
    </message>
    <message>
        <source>{where}, field 'motion_id': '{motion}' does not name a motion in the file.</source>
        <translation>{where}, champ 'motion_id' : '{motion}' ne désigne aucune proposition du fichier.</translation>
    </message>
    <message>
        <source>{where}, field 'votes[{i}].voter_id': a voter is required.</source>
        <translation>{where}, champ 'votes[{i}].voter_id' : un votant est requis.</translation>
    </message>
    <message>
        <source>{where}, field 'votes[{i}]': '{person}' already voted at votes[{seen}].</source>
        <translation>{where}, champ 'votes[{i}]' : '{person}' a déjà voté à votes[{seen}].</translation>
    </message>
    <message>
        <source>{name}: the column '{column}' is not read.</source>
        <translation>{name} : la colonne « {column} » n’est pas lue.</translation>
    </message>
    <message>
        <source>{where}: a new body '{name}' would get {count} seat(s), one per seat named.</source>
        <translation>{where} : une nouvelle instance « {name} » aurait {count} siège(s), un par siège nommé.</translation>
    </message>
    <message>
        <source>{name} is not a CSV text file.</source>
        <translation>{name} n'est pas un fichier texte CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file in UTF-8 or Windows encoding.</source>
        <translation>{name} n'est pas un fichier texte en codage UTF-8 ou Windows.</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error}).</source>
        <translation>{name} n'est pas un CSV valide ({error}).</translation>
    </message>
    <message>
        <source>{name}: the first line must name the columns and include 'name' (e.g. {text}).</source>
        <translation>{name} : la première ligne doit nommer les colonnes et inclure 'name' (p. ex. {text}).</translation>
    </message>
    <message>
        <source>{name}, row {n}: more cells than column names.</source>
        <translation>{name}, ligne {n} : plus de cellules que de noms de colonnes.</translation>
    </message>
    <message>
        <source>{where}, field 'name': a value is required.</source>
        <translation>{where}, champ 'name' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field 'body': a term needs the body it is on.</source>
        <translation>{where}, champ 'body' : un mandat a besoin de l'instance où il s'exerce.</translation>
    </message>
    <message>
        <source>{where}, field 'role': {row!r} is not a role CouncilDesk knows (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).</source>
        <translation>{where}, champ 'role' : {row!r} n'est pas une fonction que CouncilDesk connaît (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).</translation>
    </message>
    <message>
        <source>{where}, field 'start_date': a term needs its first day (YYYY-MM-DD).</source>
        <translation>{where}, champ 'start_date' : un mandat a besoin de son premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{where}, field 'voting': {row!r} is not yes or no.</source>
        <translation>{where}, champ 'voting' : {row!r} n'est ni yes ni no.</translation>
    </message>
    <message>
        <source>{where}: the same term of {person_name} on {body_name} is already on row {terms}.</source>
        <translation>{where} : le même mandat de {person_name} à {body_name} figure déjà à la ligne {terms}.</translation>
    </message>
    <message>
        <source>{name} holds no people.</source>
        <translation>{name} ne contient aucune personne.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n'est pas un fichier.</translation>
    </message>
    <message>
        <source>Could not read {path}: {strerror}.</source>
        <translation>Impossible de lire {path} : {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a JSON file.</source>
        <translation>{name} est une archive zip, pas un fichier JSON.</translation>
    </message>
    <message>
        <source>{name} is a database file, not a JSON file.</source>
        <translation>{name} est un fichier de base de données, pas un fichier JSON.</translation>
    </message>
    <message>
        <source>{name} is a PDF document, not a JSON file.</source>
        <translation>{name} est un document PDF, pas un fichier JSON.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {start}); is it really a JSON file?</source>
        <translation>{name} n'est pas du texte UTF-8 (octet {start}); est-ce vraiment un fichier JSON?</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>{name} n'est pas un JSON valide (ligne {lineno}, colonne {colno} : {msg}).</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a CouncilDesk import.</source>
        <translation>{name} est imbriqué trop profondément pour être une importation CouncilDesk.</translation>
    </message>
    <message>
        <source>{where}{at}: expected an object, found {kind_name}.</source>
        <translation>{where}{at} : un objet était attendu, trouvé {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a list, found {kind_name}.</source>
        <translation>{where}, champ '{field}' : une liste était attendue, trouvé {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected text, found {kind_name}.</source>
        <translation>{where}, champ '{field}' : du texte était attendu, trouvé {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': a value is required.</source>
        <translation>{where}, champ '{field}' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a whole number, found {kind_name}.</source>
        <translation>{where}, champ '{field}' : un nombre entier était attendu, trouvé {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected an id, found {kind_name}.</source>
        <translation>{where}, champ '{field}' : un identifiant était attendu, trouvé {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}'</source>
        <translation>{where}, champ « {field} »</translation>
    </message>
    <message>
        <source>{where}: the vote value '{text}' has no meaning CouncilDesk knows; it was recorded as 'other' with the original value in the ballot's note.</source>
        <translation>{where} : la valeur de vote « {text} » n’a pas de sens connu de CouncilDesk; elle a été consignée comme « autre », la valeur d’origine dans la note du vote.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': '{raw}' was recorded as {option} (noted '{kept}').</source>
        <translation>{where}, champ « {field} » : « {raw} » a été consigné comme {option} (avec la note « {kept} »).</translation>
    </message>
    <message>
        <source>{where}, field '{field}': the count option '{raw}' has no meaning CouncilDesk knows; it was counted as 'other'.</source>
        <translation>{where}, champ « {field} » : l’option de décompte « {raw} » n’a pas de sens connu de CouncilDesk; elle a été comptée comme « autre ».</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {raw!r} is not a known vote option.</source>
        <translation>{where}, champ '{field}' : {raw!r} n'est pas une option de vote connue.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {raw!r} is not a known vote result (pass or fail).</source>
        <translation>{where}, champ '{field}' : {raw!r} n'est pas un résultat de vote connu (pass ou fail).</translation>
    </message>
    <message>
        <source>{name}, row {row}</source>
        <translation>{name}, ligne {row}</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {column}</source>
        <translation>{name}, ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>{name}, row {row}, column '{member}'</source>
        <translation>{name}, ligne {row}, colonne « {member} »</translation>
    </message>
    <message>
        <source>{where}, column {column}</source>
        <translation>{where}, colonne {column}</translation>
    </message>
    <message>
        <source>{where}, result</source>
        <translation>{where}, résultat</translation>
    </message>
    <message>
        <source>{where}: the tally '{raw}' is not yes-no or yes-no-abstain counts; it was not read.</source>
        <translation>{where} : le décompte « {raw} » n’a pas la forme pour-contre ou pour-contre-abstentions; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>{where}: the tally '{raw}' differs from the member columns ({members}); the ballots were kept.</source>
        <translation>{where} : le décompte « {raw} » diffère des colonnes des membres ({members}); les votes ont été conservés.</translation>
    </message>
    <message>
        <source>{where}: the result '{raw}' is not pass or fail; it was counted from the votes ({yes} yes, {no} no): pass.</source>
        <translation>{where} : le résultat « {raw} » n’est ni pass ni fail; il a été calculé d’après les votes ({yes} pour, {no} contre) : adoptée.</translation>
    </message>
    <message>
        <source>{where}: the result '{raw}' is not pass or fail; it was counted from the votes ({yes} yes, {no} no): fail.</source>
        <translation>{where} : le résultat « {raw} » n’est ni pass ni fail; il a été calculé d’après les votes ({yes} pour, {no} contre) : rejetée.</translation>
    </message>
    <message>
        <source>{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): pass.</source>
        <translation>{where} : aucun résultat n’est indiqué; il a été calculé d’après les votes ({yes} pour, {no} contre) : adoptée.</translation>
    </message>
    <message>
        <source>{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): fail.</source>
        <translation>{where} : aucun résultat n’est indiqué; il a été calculé d’après les votes ({yes} pour, {no} contre) : rejetée.</translation>
    </message>
    <message>
        <source>{where}: there is no body '{name}'; it was created with 1 seat, one per member column.</source>
        <translation>{where} : il n’y a pas d’instance « {name} »; elle a été créée avec 1 siège, un par colonne de membre.</translation>
    </message>
    <message>
        <source>{where}: there is no body '{name}'; it was created with {count} seats, one per member column.</source>
        <translation>{where} : il n’y a pas d’instance « {name} »; elle a été créée avec {count} sièges, un par colonne de membre.</translation>
    </message>
    <message>
        <source>{where}: no one is named '{name}'; a person of that name was created.</source>
        <translation>{where} : personne ne s’appelle « {name} »; une personne de ce nom a été créée.</translation>
    </message>
    <message>
        <source>{where}: there is no matter '{identifier}'; it was created.</source>
        <translation>{where} : il n’y a pas de dossier « {identifier} »; il a été créé.</translation>
    </message>
    <message>
        <source>{name} holds {votes} in {meetings}, with {columns} and {ballots}</source>
        <translation>{name} contient {votes} en {meetings}, avec {columns} et {ballots}</translation>
    </message>
    <message>
        <source>1 value read by meaning (such as {words})</source>
        <translation>1 valeur lue selon son sens (comme {words})</translation>
    </message>
    <message>
        <source>{count} values read by meaning (such as {words})</source>
        <translation>{count} valeurs lues selon leur sens (comme {words})</translation>
    </message>
    <message>
        <source>1 unknown value kept as 'other'</source>
        <translation>1 valeur inconnue conservée comme « autre »</translation>
    </message>
    <message>
        <source>{count} unknown values kept as 'other'</source>
        <translation>{count} valeurs inconnues conservées comme « autre »</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>1 member column</source>
        <translation>1 colonne de membre</translation>
    </message>
    <message>
        <source>{count} member columns</source>
        <translation>{count} colonnes de membres</translation>
    </message>
    <message>
        <source>{name} has no header line naming its columns (Date, Meeting, Item, Matter, Motion, Result, then one column per member).</source>
        <translation>{name} n'a pas de ligne d'en-tête nommant ses colonnes (Date, Meeting, Item, Matter, Motion, Result, puis une colonne par membre).</translation>
    </message>
    <message>
        <source>{where}: '{cell}' is a second {meaning} column.</source>
        <translation>{where} : '{cell}' est une deuxième colonne {meaning}.</translation>
    </message>
    <message>
        <source>{where}: the column has no name; name the member it holds.</source>
        <translation>{where} : la colonne n'a pas de nom; nommez le membre qu'elle contient.</translation>
    </message>
    <message>
        <source>{name}, row {header_row}: the header names no member columns after its own.</source>
        <translation>{name}, ligne {header_row} : l'en-tête ne nomme aucune colonne de membre après les siennes.</translation>
    </message>
    <message>
        <source>{where}, column {value}: the row has {row_count} cells, more than the header's {width}.</source>
        <translation>{where}, colonne {value} : la ligne a {row_count} cellules, plus que les {width} de l'en-tête.</translation>
    </message>
    <message>
        <source>{where}, column {value} ('{cells}'): the row has {row_count} cells, fewer than the header's {width}.</source>
        <translation>{where}, colonne {value} ('{cells}') : la ligne a {row_count} cellules, moins que les {width} de l'en-tête.</translation>
    </message>
    <message>
        <source>{sheet_name}, row {row}, {header}: '{text}' is not a date (YYYY-MM-DD or MM/DD/YYYY).</source>
        <translation>{sheet_name}, ligne {row}, {header} : '{text}' n'est pas une date (AAAA-MM-JJ ou MM/JJ/AAAA).</translation>
    </message>
    <message>
        <source>{where} does not say which body voted; add a Body column or name the file after the body.</source>
        <translation>{where} ne dit pas quelle instance a voté; ajoutez une colonne Body ou nommez le fichier d'après l'instance.</translation>
    </message>
    <message>
        <source>There is no body named '{only_body}' (the bodies are: {names}).</source>
        <translation>Il n'y a aucune instance nommée '{only_body}' (les instances sont : {names}).</translation>
    </message>
    <message>
        <source>{where}: the document was not kept ({error}).</source>
        <translation>{where} : le document n’a pas été conservé ({error}).</translation>
    </message>
</context>
<context>
    <name>generator</name>
    <message>
        <source>the synthetic City of {city}, {span} (seed {seed}): {bodies:,} bodies, {people:,} people, {meetings:,} meetings, {items:,} agenda items, {matters:,} matters, {motions:,} motions, {votes:,} votes, {ballots:,} ballots, {speakers:,} speakers</source>
        <translation>la ville synthétique de {city}, {span} (graine {seed}) : {bodies:,} instances, {people:,} personnes, {meetings:,} séances, {items:,} points à l’ordre du jour, {matters:,} dossiers, {motions:,} propositions, {votes:,} votes, {ballots:,} suffrages individuels, {speakers:,} interventions</translation>
    </message>
</context>
<context>
    <name>legistar</name>
    <message>
        <source>{where}: an office record without its person, body or start date was left out.</source>
        <translation>{where} : un mandat sans sa personne, son instance ou sa date de début a été laissé de côté.</translation>
    </message>
    <message>
        <source>{where}: {what} of matter {matter_id}, which is not in the file, was left out.</source>
        <translation>{where} : {what} du dossier {matter_id}, absent du fichier, a été laissé de côté.</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>l’historique</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>une pièce jointe</translation>
    </message>
    <message>
        <source>{where}: the attachment '{title}' was kept with its matter only ({error}).</source>
        <translation>{where} : la pièce jointe « {title} » n’a été conservée qu’avec son dossier ({error}).</translation>
    </message>
    <message>
        <source>{where}: event {event} is not in the file; its meeting is dated {date} from its matter history and belongs to the body 'Imported from Legistar' — rename it to the real body.</source>
        <translation>{where} : l’événement {event} n’est pas dans le fichier; sa séance est datée du {date} d’après l’historique du dossier et appartient à l’instance « Imported from Legistar » — renommez-la comme l’instance réelle.</translation>
    </message>
    <message>
        <source>{where}: event {event} is not in the file; its meeting is dated {date} from the file name and belongs to the body 'Imported from Legistar' — rename it to the real body.</source>
        <translation>{where} : l’événement {event} n’est pas dans le fichier; sa séance est datée du {date} d’après le nom du fichier et appartient à l’instance « Imported from Legistar » — renommez-la comme l’instance réelle.</translation>
    </message>
    <message>
        <source>{where}: the action '{action}' has no passed flag; the motion is recorded as pending.</source>
        <translation>{where} : l’action « {action} » n’indique pas si elle a été adoptée; la proposition est consignée en suspens.</translation>
    </message>
    <message>
        <source>{where}: votes on an item without a passed flag are not kept.</source>
        <translation>{where} : les votes d’un point qui n’indique pas s’il a été adopté ne sont pas conservés.</translation>
    </message>
    <message>
        <source>{where}: the roll-call value '{raw}' of {person} has no meaning CouncilDesk knows; their attendance was left for the clerk to record.</source>
        <translation>{where} : la valeur d’appel nominal « {raw} » de {person} n’a pas de sens connu de CouncilDesk; sa présence reste à consigner par le greffe.</translation>
    </message>
    <message>
        <source>{where}: Legistar does not give the number of seats of '{name}'; {count} is used (the members who moved, seconded or voted) for a new body.</source>
        <translation>{where} : Legistar ne donne pas le nombre de sièges de « {name} »; {count} est retenu (les membres qui ont proposé, appuyé ou voté) pour une nouvelle instance.</translation>
    </message>
</context>
<context>
    <name>matter_stage</name>
    <message>
        <source>introduced</source>
        <translation>déposé</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>renvoyé en commission</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amendé</translation>
    </message>
    <message>
        <source>amended and adopted</source>
        <translation>amendé et adopté</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adopté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>déposé sur la table</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>considered</source>
        <translation>examiné</translation>
    </message>
</context>
<context>
    <name>meeting_clock</name>
    <message>
        <source>Call to order</source>
        <translation>Ouverture de la séance</translation>
    </message>
    <message>
        <source>Adjournment</source>
        <translation>Levée de la séance</translation>
    </message>
    <message>
        <source>Item {number} begins</source>
        <translation>Début du point {number}</translation>
    </message>
    <message>
        <source>Item begins</source>
        <translation>Début du point</translation>
    </message>
    <message>
        <source>Item {number}: {name} speaks</source>
        <translation>Point {number} : intervention de {name}</translation>
    </message>
    <message>
        <source>Item: {name} speaks</source>
        <translation>Point : intervention de {name}</translation>
    </message>
    <message>
        <source>Item {number}: motion "{text}"</source>
        <translation>Point {number} : proposition « {text} »</translation>
    </message>
    <message>
        <source>Item: motion "{text}"</source>
        <translation>Point : proposition « {text} »</translation>
    </message>
    <message>
        <source>Item {number}: vote on "{text}"</source>
        <translation>Point {number} : vote sur « {text} »</translation>
    </message>
    <message>
        <source>Item: vote on "{text}"</source>
        <translation>Point : vote sur « {text} »</translation>
    </message>
    <message>
        <source>{name} arrives</source>
        <translation>Arrivée de {name}</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>Départ de {name}</translation>
    </message>
    <message>
        <source>meeting of {date}: {warning}</source>
        <translation>séance du {date} : {warning}</translation>
    </message>
</context>
<context>
    <name>meeting_times</name>
    <message>
        <source>Adjournment at {adjourned} is before the call to order at {called}.</source>
        <translation>La levée de la séance à {adjourned} précède son ouverture à {called}.</translation>
    </message>
    <message>
        <source>The call to order at {called} is not on the meeting's date.</source>
        <translation>L’ouverture de la séance à {called} n’est pas à la date de la séance.</translation>
    </message>
    <message>
        <source>{what} at {when} is before the call to order at {called}.</source>
        <translation>{what} à {when} précède l’ouverture de la séance à {called}.</translation>
    </message>
    <message>
        <source>{what} at {when} is after the adjournment at {adjourned}.</source>
        <translation>{what} à {when} suit la levée de la séance à {adjourned}.</translation>
    </message>
    <message>
        <source>{what} at {when} is not on the meeting's date.</source>
        <translation>{what} à {when} n’est pas à la date de la séance.</translation>
    </message>
    <message>
        <source>{what} at {when} is out of order: it comes after {previous} at {previous_at}.</source>
        <translation>{what} à {when} est hors séquence : l’élément précédent, {previous}, est à {previous_at}.</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} le {date}</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <source>Item {number}: {kind} {identifier} was adopted but its text has not been entered; the minutes must carry it in full.</source>
        <translation>Point {number} ({kind} {identifier}) : adopté, mais son texte n’a pas été saisi; le procès-verbal doit le reproduire intégralement.</translation>
    </message>
    <message>
        <source>The record chain of this file is broken ({reason}), so the approval of these minutes cannot be trusted; run Verify.</source>
        <translation>La chaîne des registres de ce fichier est rompue ({reason}); on ne peut donc pas se fier à l’adoption de ce procès-verbal. Lancez Vérifier.</translation>
    </message>
    <message>
        <source>The stored approved version of these minutes is damaged; this copy is printed from the current records. Run Verify and restore a backup.</source>
        <translation>La version adoptée conservée de ce procès-verbal est endommagée; cette copie est imprimée à partir des registres actuels. Lancez Vérifier et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The records of this meeting have changed since approval; this copy shows the minutes as approved. Run Verify to see what changed.</source>
        <translation>Les registres de cette séance ont changé depuis l’adoption; cette copie présente le procès-verbal tel qu’adopté. Lancez Vérifier pour voir ce qui a changé.</translation>
    </message>
</context>
<context>
    <name>ocd</name>
    <message>
        <source>{where}: a '{raw}' organization is not a council body; skipped.</source>
        <translation>{where} : une organisation « {raw} » n’est pas une instance du conseil; laissée de côté.</translation>
    </message>
    <message>
        <source>{where}: membership of a skipped organization; skipped.</source>
        <translation>{where} : appartenance à une organisation laissée de côté; laissée de côté.</translation>
    </message>
    <message>
        <source>{where}, field 'role': '{role}' was recorded as member.</source>
        <translation>{where}, champ « role » : « {role} » a été consigné comme membre.</translation>
    </message>
    <message>
        <source>{where}, field 'classification': '{raw}' was recorded as other.</source>
        <translation>{where}, champ « classification » : « {raw} » a été consigné comme « autre ».</translation>
    </message>
    <message>
        <source>{where}: an organization as sponsor is not kept; skipped.</source>
        <translation>{where} : une organisation comme parrain n’est pas conservée; laissée de côté.</translation>
    </message>
    <message>
        <source>{where}: participant role '{note}' is not attendance; skipped.</source>
        <translation>{where} : le rôle de participant « {note} » n’est pas une présence; laissé de côté.</translation>
    </message>
    <message>
        <source>{where}: '{title}' names no agenda item; not kept.</source>
        <translation>{where} : « {title} » ne nomme aucun point de l’ordre du jour; non conservé.</translation>
    </message>
    <message>
        <source>{where}: counts say {counted} yes but the individual votes hold {held}; the individual votes are kept.</source>
        <translation>{where} : les décomptes donnent {counted} voix pour, mais les votes individuels en comptent {held}; les votes individuels sont conservés.</translation>
    </message>
    <message>
        <source>{where}: counts say {counted} no but the individual votes hold {held}; the individual votes are kept.</source>
        <translation>{where} : les décomptes donnent {counted} voix contre, mais les votes individuels en comptent {held}; les votes individuels sont conservés.</translation>
    </message>
</context>
<context>
    <name>popolo</name>
    <message>
        <source>{where}: {count} areas are not records CouncilDesk keeps; skipped.</source>
        <translation>{where} : CouncilDesk ne conserve pas les zones ({count}); laissées de côté.</translation>
    </message>
    <message>
        <source>{where}: {count} elections are not records CouncilDesk keeps; skipped.</source>
        <translation>{where} : CouncilDesk ne conserve pas les élections ({count}); laissées de côté.</translation>
    </message>
    <message>
        <source>{where}: {count} legislative periods are not records CouncilDesk keeps; skipped.</source>
        <translation>{where} : CouncilDesk ne conserve pas les législatures ({count}); laissées de côté.</translation>
    </message>
    <message>
        <source>{where}: {count} terms are not records CouncilDesk keeps; skipped.</source>
        <translation>{where} : CouncilDesk ne conserve pas les mandats ({count}); laissés de côté.</translation>
    </message>
    <message>
        <source>{where}: '{name}' is an area (a place), not a body; skipped.</source>
        <translation>{where} : « {name} » est une zone (un lieu), pas une instance; laissée de côté.</translation>
    </message>
    <message>
        <source>{where}: 'without a name' is an area (a place), not a body; skipped.</source>
        <translation>{where} : une zone sans nom (un lieu) n’est pas une instance; laissée de côté.</translation>
    </message>
    <message>
        <source>{where}, field 'classification': '{label}' was recorded as a group (an organization that does not meet as a body); the label is kept.</source>
        <translation>{where}, champ « classification » : « {label} » a été consigné comme un groupe (une organisation qui ne siège pas comme instance); le libellé est conservé.</translation>
    </message>
    <message>
        <source>{where}: parent organization '{parent}' is not in the file; not linked.</source>
        <translation>{where} : l’organisation parente « {parent} » n’est pas dans le fichier; aucun lien n’est fait.</translation>
    </message>
    <message>
        <source>{where}, field 'role': '{label}' was recorded as member (the label is kept).</source>
        <translation>{where}, champ « role » : « {label} » a été consigné comme membre (le libellé est conservé).</translation>
    </message>
    <message>
        <source>{where}: post '{post}' is not in the file; the membership has no seat.</source>
        <translation>{where} : le poste « {post} » n’est pas dans le fichier; l’appartenance n’a pas de siège.</translation>
    </message>
    <message>
        <source>{where}: no start date; the term is recorded from {start}, the earliest date the file gives (exports leave it out again).</source>
        <translation>{where} : aucune date de début; le mandat est consigné à partir du {start}, la date la plus ancienne du fichier (les exportations l’omettent de nouveau).</translation>
    </message>
    <message>
        <source>{where}: '{name}' is a {kind}, not a meeting; kept with its organization.</source>
        <translation>{where} : « {name} » ({kind}) n’est pas une séance; conservé avec son organisation.</translation>
    </message>
    <message>
        <source>{where}, field 'status': '{status}' was recorded as adjourned.</source>
        <translation>{where}, champ « status » : « {status} » a été consigné comme séance levée.</translation>
    </message>
    <message>
        <source>{where}: attendance '{note}' was recorded as present.</source>
        <translation>{where} : la présence « {note} » a été consignée comme présent.</translation>
    </message>
    <message>
        <source>{where}: no date is given; the meeting holding it is dated {date}, the earliest date in the file.</source>
        <translation>{where} : aucune date n’est indiquée; la séance qui le reçoit est datée du {date}, la date la plus ancienne du fichier.</translation>
    </message>
    <message>
        <source>{where}: no date is given; the meeting holding it is dated {date}.</source>
        <translation>{where} : aucune date n’est indiquée; la séance qui le reçoit est datée du {date}.</translation>
    </message>
    <message>
        <source>{where}, field 'classification': '{kind}' was recorded as a main motion.</source>
        <translation>{where}, champ « classification » : « {kind} » a été consigné comme proposition principale.</translation>
    </message>
    <message>
        <source>{where}: counts for {count} groups were added together; the groups' results are kept.</source>
        <translation>{where} : les décomptes de {count} groupes ont été additionnés; les résultats des groupes sont conservés.</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as pass from its counts (majority of votes cast).</source>
        <translation>{where} : aucun résultat n’est indiqué; consigné comme adoptée d’après ses décomptes (majorité des voix exprimées).</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as fail from its counts (majority of votes cast).</source>
        <translation>{where} : aucun résultat n’est indiqué; consigné comme rejetée d’après ses décomptes (majorité des voix exprimées).</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as pass as nothing was counted (majority of votes cast).</source>
        <translation>{where} : aucun résultat n’est indiqué; consigné comme adoptée, rien n’ayant été compté (majorité des voix exprimées).</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as fail as nothing was counted (majority of votes cast).</source>
        <translation>{where} : aucun résultat n’est indiqué; consigné comme rejetée, rien n’ayant été compté (majorité des voix exprimées).</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>{root} is a file, not a folder; give a folder to publish into.</source>
        <translation>{root} est un fichier, pas un dossier; donnez un dossier où publier.</translation>
    </message>
    <message>
        <source>{root} already holds files CouncilDesk did not write; choose an empty folder or add --force to publish beside them.</source>
        <translation>{root} contient déjà des fichiers que CouncilDesk n'a pas écrits; choisissez un dossier vide ou ajoutez --force pour publier à côté d'eux.</translation>
    </message>
    <message>
        <source>Publishing stopped; the folder holds part of the new site until the next publish.</source>
        <translation>La publication a été arrêtée; le dossier contient une partie du nouveau site jusqu'à la prochaine publication.</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Lecture des séances…</translation>
    </message>
    <message>
        <source>Writing {count} meeting pages…</source>
        <translation>Écriture de {count} pages de séances…</translation>
    </message>
    <message>
        <source>Writing the matter pages…</source>
        <translation>Écriture des pages de dossiers…</translation>
    </message>
    <message>
        <source>Writing the member pages…</source>
        <translation>Écriture des pages des membres…</translation>
    </message>
    <message>
        <source>Writing who votes with whom…</source>
        <translation>Écriture de qui vote avec qui…</translation>
    </message>
    <message>
        <source>Writing the open data…</source>
        <translation>Écriture des données ouvertes…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>Écriture des PDF…</translation>
    </message>
    <message>
        <source>Writing meeting pages ({n} of {total})…</source>
        <translation>Écriture des pages de séances ({n} sur {total})…</translation>
    </message>
    <message>
        <source>Writing member pages ({n} of {total})…</source>
        <translation>Écriture des pages des membres ({n} sur {total})…</translation>
    </message>
    <message>
        <source>Writing matter pages ({n} of {total})…</source>
        <translation>Écriture des pages de dossiers ({n} sur {total})…</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Give the signer's name, for instance "City Clerk, Northampton".</source>
        <translation>Donnez le nom du signataire, par exemple « Greffier de la Ville, Gatineau ».</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters for the signing key.</source>
        <translation>Choisissez une phrase de passe d'au moins 8 caractères pour la clé de signature.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name (a key is never overwritten).</source>
        <translation>{path} existe déjà; choisissez un autre nom de fichier (une clé n'est jamais écrasée).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n'existe pas.</translation>
    </message>
    <message>
        <source>There is no signing key at {key_file}; make one with `councildesk keys new`.</source>
        <translation>Il n'y a aucune clé de signature à {key_file}; créez-en une avec `councildesk keys new`.</translation>
    </message>
    <message>
        <source>The passphrase for {key_file_name} is wrong, or the file is not a signing key.</source>
        <translation>La phrase de passe de {key_file_name} est erronée, ou le fichier n'est pas une clé de signature.</translation>
    </message>
    <message>
        <source>These minutes are a draft; only approved minutes are signed.</source>
        <translation>Ce procès-verbal est un projet; seuls les procès-verbaux adoptés sont signés.</translation>
    </message>
    <message>
        <source>REFUSED: {file} is not a readable PDF.</source>
        <translation>REFUSÉ : {file} n'est pas un PDF lisible.</translation>
    </message>
    <message>
        <source>REFUSED: {file} is not signed.</source>
        <translation>REFUSÉ : {file} n'est pas signé.</translation>
    </message>
    <message>
        <source>REFUSED: the signature by {signer} in {file} cannot be read.</source>
        <translation>REFUSÉ : la signature de {signer} dans {file} est illisible.</translation>
    </message>
    <message>
        <source>REFUSED: {file} was changed after {signer} signed it (the signature does not match).</source>
        <translation>REFUSÉ : {file} a été modifié après que {signer} l'a signé (la signature ne correspond pas).</translation>
    </message>
    <message>
        <source>REFUSED: something was added to {file} after {signer} signed it.</source>
        <translation>REFUSÉ : quelque chose a été ajouté à {file} après que {signer} l'a signé.</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>signé par {signer}</translation>
    </message>
    <message>
        <source>signed by {signer} on {when}</source>
        <translation>signé par {signer} le {when}</translation>
    </message>
    <message>
        <source>certificate not from a trusted authority (compare its fingerprint with the one the city publishes)</source>
        <translation>certificat qui ne vient pas d'une autorité de confiance (comparez son empreinte avec celle que publie la ville)</translation>
    </message>
    <message>
        <source>the certificate is trusted</source>
        <translation>le certificat est de confiance</translation>
    </message>
    <message>
        <source>OK: {file} is unchanged since signing; {signed}, {trust}.</source>
        <translation>CONFORME : {file} est inchangé depuis la signature; {signed}, {trust}.</translation>
    </message>
</context>
<context>
    <name>self_test</name>
    <message>
        <source>demo created</source>
        <translation>démonstration créée</translation>
    </message>
    <message>
        <source>seed minutes written and read back</source>
        <translation>procès-verbal de référence écrit et relu</translation>
    </message>
    <message>
        <source>minutes approved and verified</source>
        <translation>procès-verbal adopté et vérifié</translation>
    </message>
    <message>
        <source>approved minutes signed and checked</source>
        <translation>procès-verbal adopté signé et contrôlé</translation>
    </message>
    <message>
        <source>OCD exported and re-imported</source>
        <translation>OCD exporté et réimporté</translation>
    </message>
    <message>
        <source>main window painted</source>
        <translation>fenêtre principale dessinée</translation>
    </message>
    <message>
        <source>{count} meetings; {day} is meeting {meeting}</source>
        <translation>{count} séances; celle du {day} est la séance {meeting}</translation>
    </message>
    <message>
        <source>{pages} pages, {size} KB, names the resolution and its speakers</source>
        <translation>{pages} pages, {size} Ko, nomme la résolution et ses intervenants</translation>
    </message>
    <message>
        <source>fingerprint matches</source>
        <translation>l’empreinte correspond</translation>
    </message>
    <message>
        <source>SHA-256 {fingerprint}…</source>
        <translation>SHA-256 {fingerprint}…</translation>
    </message>
    <message>
        <source>certificate {fingerprint}…, unchanged since signing</source>
        <translation>certificat {fingerprint}…, inchangé depuis la signature</translation>
    </message>
    <message>
        <source>{files} files, {meetings} meetings back in a second database</source>
        <translation>{files} fichiers, {meetings} séances retrouvées dans une seconde base de données</translation>
    </message>
    <message>
        <source>{size}, {colours} colours sampled</source>
        <translation>{size}, {colours} couleurs échantillonnées</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquet autonome</translation>
    </message>
    <message>
        <source>Python install</source>
        <translation>installation Python</translation>
    </message>
    <message>
        <source>CouncilDesk {version} self-test ({kind}; Python {python} at {executable}; {day})</source>
        <translation>Autotest de CouncilDesk {version} ({kind}; Python {python} dans {executable}; {day})</translation>
    </message>
    <message>
        <source>FAIL {name}: {problem}</source>
        <translation>ÉCHEC {name} : {problem}</translation>
    </message>
    <message>
        <source>ok  {name} ({detail})</source>
        <translation>ok  {name} ({detail})</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>autotest réussi</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>An item can only be nested under an item of the same meeting.</source>
        <translation>Un point ne peut être placé que sous un point de la même séance.</translation>
    </message>
    <message>
        <source>An item cannot be nested under itself or one of its own sub-items.</source>
        <translation>Un point ne peut pas être placé sous lui-même ni sous un de ses sous-points.</translation>
    </message>
    <message>
        <source>Item {item_number} is not on the consent agenda.</source>
        <translation>Le point {item_number} n'est pas dans le bloc des résolutions en bloc.</translation>
    </message>
    <message>
        <source>The consent agenda has been voted on; delete that vote first to pull item {item_number} off it.</source>
        <translation>Le bloc des résolutions en bloc a été voté; supprimez d'abord ce vote pour en retirer le point {item_number}.</translation>
    </message>
    <message>
        <source>The consent agenda has been voted on; an item cannot go back on it now.</source>
        <translation>Le bloc des résolutions en bloc a été voté; aucun point ne peut y revenir maintenant.</translation>
    </message>
    <message>
        <source>The first item at its level cannot be indented.</source>
        <translation>Le premier point de son niveau ne peut pas être décalé à droite.</translation>
    </message>
    <message>
        <source>A top-level item cannot be outdented.</source>
        <translation>Un point de premier niveau ne peut pas être décalé à gauche.</translation>
    </message>
    <message>
        <source>Agenda item {root} is already there.</source>
        <translation>Le point {root} de l'ordre du jour y est déjà.</translation>
    </message>
    <message>
        <source>That meeting is not a meeting of {body_name}.</source>
        <translation>Cette séance n'est pas une séance de {body_name}.</translation>
    </message>
    <message>
        <source>The meeting has no agenda yet, so there is no order of business to save.</source>
        <translation>La séance n'a pas encore d'ordre du jour; il n'y a donc aucun ordre des travaux à enregistrer.</translation>
    </message>
    <message>
        <source>The meeting already has an agenda; start from the template only when it is empty.</source>
        <translation>La séance a déjà un ordre du jour; partez du modèle seulement quand il est vide.</translation>
    </message>
    <message>
        <source>DIFFERENT from {name}: {first}.</source>
        <translation>DIFFÉRENT de {name} : {first}.</translation>
    </message>
    <message>
        <source>approval {entry} of {name} is gone</source>
        <translation>l'adoption {entry} de {name} a disparu</translation>
    </message>
    <message>
        <source>approval {entry} was changed since {name} was saved</source>
        <translation>l'adoption {entry} a été modifiée depuis l'enregistrement de {name}</translation>
    </message>
    <message>
        <source>correction {entry} of {name} is gone</source>
        <translation>la correction {entry} de {name} a disparu</translation>
    </message>
    <message>
        <source>correction {entry} was changed since {name} was saved</source>
        <translation>la correction {entry} a été modifiée depuis l'enregistrement de {name}</translation>
    </message>
    <message>
        <source>audit entry {entry} of {name} is gone</source>
        <translation>l'entrée du journal d'audit {entry} de {name} a disparu</translation>
    </message>
    <message>
        <source>audit entry {entry} was changed since {name} was saved</source>
        <translation>l'entrée du journal d'audit {entry} a été modifiée depuis l'enregistrement de {name}</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>numéro de la séance</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>adoptée le</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>chain hash</source>
        <translation>hachage de la chaîne</translation>
    </message>
    <message>
        <source>{anchor} is neither a file nor a 64-digit fingerprint.</source>
        <translation>{anchor} n'est ni un fichier ni une empreinte de 64 chiffres.</translation>
    </message>
    <message>
        <source>{path} is not a fingerprints file (JSON) nor a CouncilDesk database.</source>
        <translation>{path} n'est ni un fichier d'empreintes (JSON) ni une base de données CouncilDesk.</translation>
    </message>
    <message>
        <source>{path} is not a CouncilDesk fingerprints file.</source>
        <translation>{path} n'est pas un fichier d'empreintes CouncilDesk.</translation>
    </message>
    <message>
        <source>OK: {hash} is link {position} of this file's record chain, so everything recorded up to it is unchanged.</source>
        <translation>CONFORME : {hash} est le maillon {position} de la chaîne des registres de ce fichier; tout ce qui a été consigné jusque-là est donc inchangé.</translation>
    </message>
    <message>
        <source>OK: {hash} is the fingerprint of the minutes of meeting {meeting} as stored; run `verify --all` for the records themselves.</source>
        <translation>CONFORME : {hash} est l'empreinte du procès-verbal de la séance {meeting} tel qu'il est enregistré; lancez `verify --all` pour les registres eux-mêmes.</translation>
    </message>
    <message>
        <source>DIFFERENT: {hash} is neither a link of this file's record chain nor the fingerprint of any approval in it; the history was rewritten since it was taken, or it belongs to another file.</source>
        <translation>DIFFÉRENT : {hash} n'est ni un maillon de la chaîne des registres de ce fichier ni l'empreinte d'aucune de ses adoptions; l'historique a été réécrit depuis qu'il a été relevé, ou il appartient à un autre fichier.</translation>
    </message>
    <message>
        <source>OK: every approval, correction and audit entry of {name} ({count}, saved before the record chain) is here unchanged.</source>
        <translation>CONFORME : chaque adoption, correction et entrée du journal d'audit de {name} ({count}, enregistrées avant la chaîne des registres) est ici inchangée.</translation>
    </message>
    <message>
        <source>the chains part at link {position}: {old_kind} {old_entry} in {name}, {kind} {entry} here (expected {expected}, found {found})</source>
        <translation>les chaînes divergent au maillon {position} : {old_kind} {old_entry} dans {name}, {kind} {entry} ici (attendu {expected}, trouvé {found})</translation>
    </message>
    <message>
        <source>{name} holds {theirs} chain links, this file only {ours}</source>
        <translation>{name} compte {theirs} maillons de chaîne, ce fichier seulement {ours}</translation>
    </message>
    <message>
        <source>{name} counts {theirs} chain links, this file only {ours}</source>
        <translation>{name} indique {theirs} maillons de chaîne, ce fichier seulement {ours}</translation>
    </message>
    <message>
        <source>link {length} of the chain is not the published head (expected {head}, found {found})</source>
        <translation>le maillon {length} de la chaîne n'est pas la tête publiée (attendu {head}, trouvé {found})</translation>
    </message>
    <message>
        <source>the approval of the minutes of {date} (meeting {meeting}) is gone</source>
        <translation>l'adoption du procès-verbal du {date} (séance {meeting}) a disparu</translation>
    </message>
    <message>
        <source>the approval of the minutes of {date} (meeting {meeting}): {field} {old} → {new}</source>
        <translation>l'adoption du procès-verbal du {date} (séance {meeting}) : {field} {old} → {new}</translation>
    </message>
    <message>
        <source>meeting {meeting} has a newer approval (version {version}) than {name} knew; CouncilDesk never approves twice</source>
        <translation>la séance {meeting} a une adoption plus récente (version {version}) que celle que connaissait {name}; CouncilDesk n'adopte jamais deux fois</translation>
    </message>
    <message>
        <source>OK: this file's record chain extends {name} unchanged ({count} approvals as published).</source>
        <translation>CONFORME : la chaîne des registres de ce fichier prolonge {name} sans changement ({count} adoptions telles que publiées).</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.{name}': expected text.</source>
        <translation>{where}, champ 'extras.{extension}.{name}' : du texte était attendu.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.{name}': expected a date (YYYY-MM-DD).</source>
        <translation>{where}, champ 'extras.{extension}.{name}' : une date (AAAA-MM-JJ) était attendue.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}': expected an object.</source>
        <translation>{where}, champ 'extras.{extension}' : un objet était attendu.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.snapshot_format': expected a whole number.</source>
        <translation>{where}, champ 'extras.{extension}.snapshot_format' : un nombre entier était attendu.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.manner': expected one of {allowed}.</source>
        <translation>{where}, champ 'extras.{extension}.manner' : une des valeurs {allowed} était attendue.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.snapshot': it is not JSON.</source>
        <translation>{where}, champ 'extras.{extension}.snapshot' : ce n'est pas du JSON.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.corrections': expected a list.</source>
        <translation>{where}, champ 'extras.{extension}.corrections' : une liste était attendue.</translation>
    </message>
    <message>
        <source>{at}: expected an object.</source>
        <translation>{at} : un objet était attendu.</translation>
    </message>
    <message>
        <source>This {what} approved the minutes of {day} {scheduled_start:%B %Y}, so it cannot be deleted.</source>
        <translation>Cet enregistrement ({what}) a adopté le procès-verbal du {day} {scheduled_start:%B %Y}; il ne peut donc pas être supprimé.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, the record chain holds a correction ({kind} {entry}) of these minutes, but it is gone.</source>
        <translation>ALTÉRÉ : pour le procès-verbal du {day}, la chaîne des registres contient une correction ({kind} {entry}) de ce procès-verbal, mais elle a disparu.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, the record chain holds an approval ({kind} {entry}) of these minutes, but it is gone.</source>
        <translation>ALTÉRÉ : pour le procès-verbal du {day}, la chaîne des registres contient une adoption ({kind} {entry}) de ce procès-verbal, mais elle a disparu.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, the record chain of this file is broken: {problem}.</source>
        <translation>ALTÉRÉ : pour le procès-verbal du {day}, la chaîne des registres de ce fichier est rompue : {problem}.</translation>
    </message>
    <message>
        <source>{count} shared records renamed since approval: {names}</source>
        <translation>{count} registres partagés renommés depuis l'adoption : {names}</translation>
    </message>
    <message>
        <source>1 shared record renamed since approval: {names}</source>
        <translation>1 registre partagé renommé depuis l'adoption : {names}</translation>
    </message>
    <message>
        <source>the roll of members now sorts in another order (a seat or a family name changed)</source>
        <translation>la liste des membres se trie maintenant dans un autre ordre (un siège ou un nom de famille a changé)</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {day} are already approved; record a correction instead.</source>
        <translation>Le procès-verbal de la séance du {day} est déjà adopté; inscrivez plutôt une correction.</translation>
    </message>
    <message>
        <source>The meeting of {day} has not been adjourned, so its minutes cannot be approved yet.</source>
        <translation>La séance du {day} n'a pas été levée; son procès-verbal ne peut donc pas encore être adopté.</translation>
    </message>
    <message>
        <source>Minutes of the meeting of {day} can only be approved at a later meeting, not at the meeting of {approving_day}.</source>
        <translation>Le procès-verbal de la séance du {day} ne peut être adopté qu'à une séance ultérieure, pas à la séance du {approving_day}.</translation>
    </message>
    <message>
        <source>Minutes can only be approved at a meeting of the same body.</source>
        <translation>Un procès-verbal ne peut être adopté qu'à une séance de la même instance.</translation>
    </message>
    <message>
        <source>The meeting of {day} was cancelled and cannot approve minutes.</source>
        <translation>La séance du {day} a été annulée et ne peut pas adopter de procès-verbal.</translation>
    </message>
    <message>
        <source>The approval date {date} is before the approving meeting of {day}.</source>
        <translation>La date d'adoption {date} précède la séance d'adoption du {day}.</translation>
    </message>
    <message>
        <source>Vote {approving_vote_id} was not taken at the meeting of {day}.</source>
        <translation>Le vote {approving_vote_id} n'a pas été tenu à la séance du {day}.</translation>
    </message>
    <message>
        <source>Vote {approving_vote_id} did not pass, so it cannot approve minutes.</source>
        <translation>Le vote {approving_vote_id} n'a pas été adopté; il ne peut donc pas adopter de procès-verbal.</translation>
    </message>
    <message>
        <source>TAMPERED: the minutes of {day} are marked approved but no approval is recorded.</source>
        <translation>ALTÉRÉ : le procès-verbal du {day} est marqué adopté, mais aucune adoption n'est consignée.</translation>
    </message>
    <message>
        <source>The minutes of {day} are a draft; there is nothing to verify yet.</source>
        <translation>Le procès-verbal du {day} est un projet; il n'y a encore rien à vérifier.</translation>
    </message>
    <message>
        <source>the record chain is broken: {breaks}</source>
        <translation>la chaîne des registres est rompue : {breaks}</translation>
    </message>
    <message>
        <source>the stored approved snapshot no longer matches its fingerprint</source>
        <translation>l'instantané adopté enregistré ne correspond plus à son empreinte</translation>
    </message>
    <message>
        <source>the approval's fingerprint differs from the one in the audit log</source>
        <translation>l'empreinte de l'adoption diffère de celle du journal d'audit</translation>
    </message>
    <message>
        <source>the meeting is no longer marked approved</source>
        <translation>la séance n'est plus marquée adoptée</translation>
    </message>
    <message>
        <source>the recorded content differs from the approved minutes</source>
        <translation>le contenu consigné diffère du procès-verbal adopté</translation>
    </message>
    <message>
        <source>approval version {version} of a meeting now {status} is not one CouncilDesk makes</source>
        <translation>la version d'adoption {version} d'une séance maintenant à l'état {status} n'est pas de celles que fait CouncilDesk</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, {problems}.</source>
        <translation>ALTÉRÉ : pour le procès-verbal du {day}, {problems}.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, {problems}. Also {renamed}.</source>
        <translation>ALTÉRÉ : pour le procès-verbal du {day}, {problems}. De plus, {renamed}.</translation>
    </message>
    <message>
        <source>Approved text unchanged; {renamed}. Otherwise the minutes of {day} match the version approved on {approved} (SHA-256 {sha256}), and they print as approved.</source>
        <translation>Texte adopté inchangé; {renamed}. Pour le reste, le procès-verbal du {day} correspond à la version adoptée le {approved} (SHA-256 {sha256}) et s'imprime comme adopté.</translation>
    </message>
    <message>
        <source>OK: the minutes of {day} match the version approved on {approved} (SHA-256 {sha256}).</source>
        <translation>CONFORME : le procès-verbal du {day} correspond à la version adoptée le {approved} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Give the text as approved, the corrected text, or both.</source>
        <translation>Donnez le texte tel qu'adopté, le texte corrigé, ou les deux.</translation>
    </message>
    <message>
        <source>The minutes of {day} are still a draft; edit them directly instead of correcting them.</source>
        <translation>Le procès-verbal du {day} est encore un projet; modifiez-le directement plutôt que de le corriger.</translation>
    </message>
    <message>
        <source>A correction cannot be dated {date}, before the approval on {approved_on}.</source>
        <translation>Une correction ne peut pas être datée du {date}, avant l'adoption du {approved_on}.</translation>
    </message>
    <message>
        <source>Agenda item {agenda_item_id} is not part of the meeting of {day}.</source>
        <translation>Le point {agenda_item_id} de l'ordre du jour ne fait pas partie de la séance du {day}.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CouncilDesk (schema {schema}); install that version to restore it.</source>
        <translation>{name} a été écrit par un CouncilDesk plus récent (schéma {schema}); installez cette version pour le restaurer.</translation>
    </message>
    <message>
        <source>{name} holds schema {schema}; restore it with the CouncilDesk version that wrote it, then archive again.</source>
        <translation>{name} porte le schéma {schema}; restaurez-le avec la version de CouncilDesk qui l'a écrit, puis archivez de nouveau.</translation>
    </message>
    <message>
        <source>{where}: the field '{col_name}' is missing.</source>
        <translation>{where} : le champ '{col_name}' est manquant.</translation>
    </message>
    <message>
        <source>{where}, field '{col_name}': {value!r} is not valid.</source>
        <translation>{where}, champ '{col_name}' : {value!r} n'est pas valide.</translation>
    </message>
    <message>
        <source>An archive restores only into an empty database; {url} already holds {table_name} records.</source>
        <translation>Une archive ne se restaure que dans une base vide; {url} contient déjà des enregistrements {table_name}.</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database with pg_dump; CouncilDesk backs up SQLite files.</source>
        <translation>Sauvegardez une base PostgreSQL avec pg_dump; CouncilDesk sauvegarde les fichiers SQLite.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Une base de données ne peut pas être restaurée à partir d'elle-même.</translation>
    </message>
    <message>
        <source>Could not restore {source_name} ({error}); the database is unchanged, and a copy of it is at {replaced}.</source>
        <translation>Impossible de restaurer {source_name} ({error}); la base est inchangée et une copie se trouve à {replaced}.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Il n'y a aucun fichier de sauvegarde {path}.</translation>
    </message>
    <message>
        <source>{path_name} is not a CouncilDesk database (not an SQLite file).</source>
        <translation>{path_name} n'est pas une base de données CouncilDesk (ce n'est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path_name} is an SQLite file but not a CouncilDesk database.</source>
        <translation>{path_name} est un fichier SQLite, mais pas une base de données CouncilDesk.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read ({error}).</source>
        <translation>{path_name} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>{path_name} was written by a newer CouncilDesk (schema {schema}); install that version to restore it.</source>
        <translation>{path_name} a été écrit par un CouncilDesk plus récent (schéma {schema}); installez cette version pour le restaurer.</translation>
    </message>
    <message>
        <source>{name} needs at least one seat.</source>
        <translation>{name} a besoin d'au moins un siège.</translation>
    </message>
    <message>
        <source>A body named {name} already exists.</source>
        <translation>Une instance nommée {name} existe déjà.</translation>
    </message>
    <message>
        <source>A body needs at least one seat.</source>
        <translation>Une instance a besoin d'au moins un siège.</translation>
    </message>
    <message>
        <source>{body_name} cannot be its own parent body.</source>
        <translation>{body_name} ne peut pas être sa propre instance mère.</translation>
    </message>
    <message>
        <source>{body_name} has {what} and cannot be deleted.</source>
        <translation>{body_name} a {what} et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Someone has held the seat {post_label}, so it cannot be deleted.</source>
        <translation>Quelqu'un a occupé le siège {post_label}; il ne peut donc pas être supprimé.</translation>
    </message>
    <message>
        <source>That is not a house style CouncilDesk knows ({error}).</source>
        <translation>Ce n'est pas un style maison que CouncilDesk connaît ({error}).</translation>
    </message>
    <message>
        <source>{body_name} already has a seat named {label}.</source>
        <translation>{body_name} a déjà un siège nommé {label}.</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>Un mandat ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>The seat {post_label} does not belong to {body_name}.</source>
        <translation>Le siège {post_label} n'appartient pas à {body_name}.</translation>
    </message>
    <message>
        <source>{clash} already holds the seat {post_label} during that term.</source>
        <translation>{clash} occupe déjà le siège {post_label} pendant ce mandat.</translation>
    </message>
    <message>
        <source>{where}: cannot be stored ({reason}).</source>
        <translation>{where} : ne peut pas être enregistré ({reason}).</translation>
    </message>
    <message>
        <source>migrate-to copies a CouncilDesk file; {source} is already on a server.</source>
        <translation>migrate-to copie un fichier CouncilDesk; {source} est déjà sur un serveur.</translation>
    </message>
    <message>
        <source>Preparing {url} (schema upgrade to the current version)…</source>
        <translation>Préparation de {url} (mise à niveau du schéma vers la version actuelle)…</translation>
    </message>
    <message>
        <source>Copying {rows:,} rows in {tables} tables from {source}…</source>
        <translation>Copie de {rows:,} lignes de {tables} tables depuis {source}…</translation>
    </message>
    <message>
        <source>Comparing the rows of every table…</source>
        <translation>Comparaison des lignes de chaque table…</translation>
    </message>
    <message>
        <source>Verifying every approved meeting's fingerprint and the record chain…</source>
        <translation>Vérification de l’empreinte de chaque séance adoptée et de la chaîne des registres…</translation>
    </message>
    <message>
        <source>'{url}' is not a PostgreSQL address; give one such as postgresql+psycopg://clerk@server/council.</source>
        <translation>'{url}' n'est pas une adresse PostgreSQL; donnez-en une comme postgresql+psycopg://clerk@server/council.</translation>
    </message>
    <message>
        <source>{url} is not empty: it holds tables that are not CouncilDesk's ({tables}); migrate-to copies only into an empty database, and changed nothing.</source>
        <translation>{url} n'est pas vide : elle contient des tables qui ne sont pas celles de CouncilDesk ({tables}); migrate-to ne copie que dans une base vide et n'a rien changé.</translation>
    </message>
    <message>
        <source>Could not reach {url}: {reason}</source>
        <translation>Impossible de joindre {url} : {reason}</translation>
    </message>
    <message>
        <source>{url} is not empty: it already holds {count} {table} rows; migrate-to copies only into an empty database, and changed nothing.</source>
        <translation>{url} n'est pas vide : elle contient déjà {count} lignes {table}; migrate-to ne copie que dans une base vide et n'a rien changé.</translation>
    </message>
    <message>
        <source>  {table}: {done:,} of {total:,} rows</source>
        <translation>  {table} : {done:,} lignes sur {total:,}</translation>
    </message>
    <message>
        <source>The copy in {url} does not hold the same rows as the file ({tables}); nothing was written.</source>
        <translation>La copie dans {url} ne contient pas les mêmes lignes que le fichier ({tables}); rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The copy in {url} does not verify ({first}); nothing was written. Run `councildesk verify` on the file.</source>
        <translation>La copie dans {url} ne se vérifie pas ({first}); rien n'a été écrit. Lancez `councildesk verify` sur le fichier.</translation>
    </message>
    <message>
        <source>The record chain in {url} ends at {copied} links, the file's at {length}; nothing was written.</source>
        <translation>La chaîne des registres dans {url} s'arrête à {copied} maillons, celle du fichier à {length}; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>A document must be attached to an agenda item or a matter.</source>
        <translation>Un document doit être joint à un point de l'ordre du jour ou à un dossier.</translation>
    </message>
    <message>
        <source>{file_name} is larger than 200 MB; attach a smaller file or a link.</source>
        <translation>{file_name} dépasse 200 Mo; joignez un fichier plus petit ou un lien.</translation>
    </message>
    <message>
        <source>Could not read {path}: {value}.</source>
        <translation>Impossible de lire {path} : {value}.</translation>
    </message>
    <message>
        <source>'{url}' is not a web address (http:// or https://) a document can link to.</source>
        <translation>'{url}' n'est pas une adresse Web (http:// ou https://) vers laquelle un document peut pointer.</translation>
    </message>
    <message>
        <source>A document's address is longer than {limit} characters: '{start}…'.</source>
        <translation>L'adresse d'un document dépasse {limit} caractères : '{start}…'.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{list} unchanged</source>
        <translation>{list} inchangés</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>aucun avertissement</translation>
    </message>
    <message>
        <source>{clauses}.</source>
        <translation>{clauses}.</translation>
    </message>
    <message>
        <source>{source} would create {created}, and would update {updated}</source>
        <translation>{source} : à créer : {created}, à mettre à jour : {updated}</translation>
    </message>
    <message>
        <source>{source} created {created}, and updated {updated}</source>
        <translation>{source} : créés : {created}, mis à jour : {updated}</translation>
    </message>
    <message>
        <source>would map {list}</source>
        <translation>adapterait {list}</translation>
    </message>
    <message>
        <source>mapped {list}</source>
        <translation>a adapté {list}</translation>
    </message>
    <message>
        <source>would keep {fields} as extras</source>
        <translation>conserverait {fields} comme données supplémentaires</translation>
    </message>
    <message>
        <source>kept {fields} as extras</source>
        <translation>a conservé {fields} comme données supplémentaires</translation>
    </message>
    <message>
        <source>would skip {list} ({names})</source>
        <translation>laisserait de côté {list} ({names})</translation>
    </message>
    <message>
        <source>skipped {list} ({names})</source>
        <translation>a laissé de côté {list} ({names})</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 champ</translation>
    </message>
    <message>
        <source>{count} fields</source>
        <translation>{count} champs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 point de l'ordre du jour</translation>
    </message>
    <message>
        <source>{count} agenda items</source>
        <translation>{count} points de l'ordre du jour</translation>
    </message>
    <message>
        <source>1 attendance</source>
        <translation>1 présence</translation>
    </message>
    <message>
        <source>{count} attendances</source>
        <translation>{count} présences</translation>
    </message>
    <message>
        <source>1 ballot</source>
        <translation>1 vote individuel</translation>
    </message>
    <message>
        <source>{count} ballots</source>
        <translation>{count} votes individuels</translation>
    </message>
    <message>
        <source>1 body</source>
        <translation>1 instance</translation>
    </message>
    <message>
        <source>{count} bodies</source>
        <translation>{count} instances</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <source>1 matter</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>{count} matters</source>
        <translation>{count} dossiers</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <source>1 membership</source>
        <translation>1 appartenance</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} appartenances</translation>
    </message>
    <message>
        <source>1 motion</source>
        <translation>1 proposition</translation>
    </message>
    <message>
        <source>{count} motions</source>
        <translation>{count} propositions</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 siège</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translation>{count} sièges</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 intervenant</translation>
    </message>
    <message>
        <source>{count} speakers</source>
        <translation>{count} intervenants</translation>
    </message>
    <message>
        <source>1 sponsorship</source>
        <translation>1 parrainage</translation>
    </message>
    <message>
        <source>{count} sponsorships</source>
        <translation>{count} parrainages</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} votes</translation>
    </message>
    <message>
        <source>1 minutes approval</source>
        <translation>1 adoption de procès-verbal</translation>
    </message>
    <message>
        <source>{count} minutes approvals</source>
        <translation>{count} adoptions de procès-verbaux</translation>
    </message>
    <message>
        <source>1 correction</source>
        <translation>1 correction</translation>
    </message>
    <message>
        <source>{count} corrections</source>
        <translation>{count} corrections</translation>
    </message>
    <message>
        <source>1 area</source>
        <translation>1 zone</translation>
    </message>
    <message>
        <source>{count} areas</source>
        <translation>{count} zones</translation>
    </message>
    <message>
        <source>1 election</source>
        <translation>1 élection</translation>
    </message>
    <message>
        <source>{count} elections</source>
        <translation>{count} élections</translation>
    </message>
    <message>
        <source>1 legislative period</source>
        <translation>1 législature</translation>
    </message>
    <message>
        <source>{count} legislative periods</source>
        <translation>{count} législatures</translation>
    </message>
    <message>
        <source>1 term</source>
        <translation>1 mandat</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} mandats</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 fonction</translation>
    </message>
    <message>
        <source>{count} roles</source>
        <translation>{count} fonctions</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} résultats</translation>
    </message>
    <message>
        <source>1 date</source>
        <translation>1 date</translation>
    </message>
    <message>
        <source>{count} dates</source>
        <translation>{count} dates</translation>
    </message>
    <message>
        <source>1 classification</source>
        <translation>1 classification</translation>
    </message>
    <message>
        <source>{count} classifications</source>
        <translation>{count} classifications</translation>
    </message>
    <message>
        <source>create</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>roll call</source>
        <translation>vote par appel nominal</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  note : {note}</translation>
    </message>
    <message>
        <source>  warning: {warning}</source>
        <translation>  avertissement : {warning}</translation>
    </message>
    <message>
        <source>{where}, field '{name}': {value!r} is not {expected}.</source>
        <translation>{where}, champ '{name}' : {value!r} n'est pas {expected}.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': a value is required.</source>
        <translation>{where}, champ '{name}' : une valeur est requise.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': the text holds control characters; is the file damaged?</source>
        <translation>{where}, champ '{name}' : le texte contient des caractères de contrôle; le fichier est-il endommagé?</translation>
    </message>
    <message>
        <source>{where}, field '{name}': the text is longer than {length} characters.</source>
        <translation>{where}, champ '{name}' : le texte dépasse {length} caractères.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': {value!r} is not a date and time.</source>
        <translation>{where}, champ '{name}' : {value!r} n'est pas une date et heure.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': {value!r} is not a date.</source>
        <translation>{where}, champ '{name}' : {value!r} n'est pas une date.</translation>
    </message>
    <message>
        <source>The range starts ({start}) after it ends ({end}).</source>
        <translation>La période commence ({start}) après sa fin ({end}).</translation>
    </message>
    <message>
        <source>body</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>appartenance</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l'ordre du jour</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>sponsorship</source>
        <translation>parrainage</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>vote individuel</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>There is no {what} {id}.</source>
        <translation>Il n'existe aucun enregistrement « {what} » numéro {id}.</translation>
    </message>
    <message>
        <source>{day} {month:%B} {year}</source>
        <translation>{day} {month:%B} {year}</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {long_date} are approved and locked; record a correction instead.</source>
        <translation>Le procès-verbal de la séance du {long_date} est adopté et verrouillé; inscrivez plutôt une correction.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>Le champ « {what} » ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Writing records…</source>
        <translation>Écriture des enregistrements…</translation>
    </message>
    <message>
        <source>Wrote {count:,} records…</source>
        <translation>{count:,} enregistrements écrits…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’importation a été annulée; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Import limits must be at least 1.</source>
        <translation>Les limites d'importation doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>{name}: the import is {size} MB, over the limit of {limit} MB for one import; nothing was read (raise the limit with --max-bytes if it is right).</source>
        <translation>{name} : l'importation fait {size} Mo, au-delà de la limite de {limit} Mo par importation; rien n'a été lu (relevez la limite avec --max-bytes si c'est juste).</translation>
    </message>
    <message>
        <source>{name}: the import holds more than {max_records:,} records, the limit for one import; nothing was imported (raise the limit with --max-records if it is right).</source>
        <translation>{name} : l'importation contient plus de {max_records:,} enregistrements, la limite par importation; rien n'a été importé (relevez la limite avec --max-records si c'est juste).</translation>
    </message>
    <message>
        <source>A matter numbered {identifier} already exists.</source>
        <translation>Un dossier portant le numéro {identifier} existe déjà.</translation>
    </message>
    <message>
        <source>A matter numbered {changes} already exists.</source>
        <translation>Un dossier portant le numéro {changes} existe déjà.</translation>
    </message>
    <message>
        <source>{person_display_name} already sponsors {matter_identifier}.</source>
        <translation>{person_display_name} parraine déjà {matter_identifier}.</translation>
    </message>
    <message>
        <source>{value} does not sponsor {matter_identifier}.</source>
        <translation>{value} ne parraine pas {matter_identifier}.</translation>
    </message>
    <message>
        <source>The primary sponsor cannot also be listed as a co-sponsor.</source>
        <translation>Le parrain principal ne peut pas aussi figurer comme coparrain.</translation>
    </message>
    <message>
        <source>A co-sponsor is listed twice.</source>
        <translation>Un coparrain figure deux fois.</translation>
    </message>
    <message>
        <source>There is already a matter {matter_id}.</source>
        <translation>Il existe déjà un dossier {matter_id}.</translation>
    </message>
    <message>
        <source>Matter {matter_identifier} is in use elsewhere and cannot be removed.</source>
        <translation>Le dossier {matter_identifier} est utilisé ailleurs et ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>{body_name} is a {classification_value}, an organization its members belong to, not a body that meets; hold the meeting for its council, a committee or a board.</source>
        <translation>{body_name} est un/une {classification_value}, une organisation dont ses membres font partie, pas une instance qui siège; tenez la séance pour son conseil, un comité ou une commission.</translation>
    </message>
    <message>
        <source>The video offset cannot be negative ({seconds} seconds).</source>
        <translation>Le décalage de la vidéo ne peut pas être négatif ({seconds} secondes).</translation>
    </message>
    <message>
        <source>{url} is not a web address starting with https://.</source>
        <translation>{url} n'est pas une adresse Web commençant par https://.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be called to order.</source>
        <translation>Une séance annulée ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The meeting has not been called to order yet.</source>
        <translation>La séance n'a pas encore été ouverte.</translation>
    </message>
    <message>
        <source>A meeting cannot adjourn before it was called to order.</source>
        <translation>Une séance ne peut pas être levée avant d'avoir été ouverte.</translation>
    </message>
    <message>
        <source>Give the reason a member takes part remotely; the minutes must state it.</source>
        <translation>Donnez la raison pour laquelle un membre participe à distance; le procès-verbal doit l'indiquer.</translation>
    </message>
    <message>
        <source>A member cannot leave before arriving.</source>
        <translation>Un membre ne peut pas partir avant d'arriver.</translation>
    </message>
    <message>
        <source>The record chain of this file is broken ({reason}), so the approval of these minutes cannot be trusted; run `councildesk verify --all` and restore a backup.</source>
        <translation>La chaîne des registres de ce fichier est rompue ({reason}); on ne peut donc pas se fier à l'adoption de ce procès-verbal : lancez `councildesk verify --all` et restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The {body_name} has no meetings in {year}.</source>
        <translation>{body_name} n'a aucune séance en {year}.</translation>
    </message>
    <message>
        <source>The mover cannot also second the motion.</source>
        <translation>Le proposeur ne peut pas aussi appuyer la proposition.</translation>
    </message>
    <message>
        <source>{person_display_name} is not a voting member of {body_name} and cannot be the {role}.</source>
        <translation>{person_display_name} n'est pas membre votant de {body_name} et ne peut pas être {role}.</translation>
    </message>
    <message>
        <source>{person_display_name} is not recorded as present and cannot be the {role}.</source>
        <translation>{person_display_name} n'est pas inscrit comme présent et ne peut pas être {role}.</translation>
    </message>
    <message>
        <source>{person_display_name} {away} and cannot be the {role}.</source>
        <translation>{person_display_name} : {away}; ne peut pas être {role}.</translation>
    </message>
    <message>
        <source>An amendment must be made under a motion of the same agenda item.</source>
        <translation>Un amendement doit être proposé sous une proposition du même point de l'ordre du jour.</translation>
    </message>
    <message>
        <source>Choose the motion this amendment amends.</source>
        <translation>Choisissez la proposition que cet amendement modifie.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id} to use for '{name}'.</source>
        <translation>Il n'y a aucune personne d'identifiant {person_id} à utiliser pour '{name}'.</translation>
    </message>
    <message>
        <source>A person's name can be at most 300 characters long.</source>
        <translation>Le nom d'une personne compte au plus 300 caractères.</translation>
    </message>
    <message>
        <source>{person_display_name} is named in the records and cannot be deleted.</source>
        <translation>{person_display_name} figure dans les registres et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>{where}: the id '{key}' is used by two {table} records.</source>
        <translation>{where} : l'identifiant '{key}' est utilisé par deux enregistrements {table}.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': expected an id (text).</source>
        <translation>{where}, champ '{name}' : un identifiant (texte) était attendu.</translation>
    </message>
    <message>
        <source>{where}: '{name}' is not a reference of a {table}.</source>
        <translation>{where} : '{name}' n'est pas une référence d'un enregistrement {table}.</translation>
    </message>
    <message>
        <source>{where}: '{name}' is not a field of a {table}.</source>
        <translation>{where} : '{name}' n'est pas un champ d'un enregistrement {table}.</translation>
    </message>
    <message>
        <source>{where}, field '{field_name}': '{key}' does not name any {table} in the file or the database.</source>
        <translation>{where}, champ '{field_name}' : '{key}' ne désigne aucun enregistrement {table} du fichier ni de la base.</translation>
    </message>
    <message>
        <source>{where}: cannot be added, because {locked}.</source>
        <translation>{where} : ne peut pas être ajouté, car {locked}.</translation>
    </message>
    <message>
        <source>{where}: cannot be updated ({reason}).</source>
        <translation>{where} : ne peut pas être mis à jour ({reason}).</translation>
    </message>
    <message>
        <source>An adjourned meeting keeps its call to order; correct the time instead.</source>
        <translation>Une séance levée garde son ouverture; corrigez plutôt l'heure.</translation>
    </message>
    <message>
        <source>{body_name} already has {names}.</source>
        <translation>{body_name} a déjà {names}.</translation>
    </message>
    <message>
        <source>There are no rows to add; paste a roster with one member a line.</source>
        <translation>Il n'y a aucune ligne à ajouter; collez une liste avec un membre par ligne.</translation>
    </message>
    <message>
        <source>Nothing was added to {body_name}. {problems}</source>
        <translation>Rien n'a été ajouté à {body_name}. {problems}</translation>
    </message>
    <message>
        <source>These minutes were approved with fingerprint format {version}, which this version of CouncilDesk does not know; open the file with a newer CouncilDesk.</source>
        <translation>Ce procès-verbal a été adopté avec le format d'empreinte {version}, que cette version de CouncilDesk ne connaît pas; ouvrez le fichier avec un CouncilDesk plus récent.</translation>
    </message>
    <message>
        <source>A speaking time cannot be negative.</source>
        <translation>Un temps de parole ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{name} can yield time only to another speaker on the same item.</source>
        <translation>{name} ne peut céder son temps qu'à un autre intervenant du même point.</translation>
    </message>
    <message>
        <source>A speaking limit must be between 1 second and 4 hours, not {seconds} seconds.</source>
        <translation>Une limite de temps de parole doit être comprise entre 1 seconde et 4 heures, et non {seconds} secondes.</translation>
    </message>
    <message>
        <source>'{option}' is not a ballot option.</source>
        <translation>'{option}' n'est pas une option de vote.</translation>
    </message>
    <message>
        <source>{who} {verb} part remotely, so the law wants every vote by roll call; record this one as a roll call instead of {what}.</source>
        <translation>{who} participe(nt) à distance ({verb}); la loi exige donc un vote par appel nominal pour chaque vote : inscrivez celui-ci par appel nominal plutôt que {what}.</translation>
    </message>
    <message>
        <source>Record attendance first: no voting member is marked present.</source>
        <translation>Inscrivez d'abord les présences : aucun membre votant n'est marqué présent.</translation>
    </message>
    <message>
        <source>No voting member is recorded as in the room at {when:%H:%M}.</source>
        <translation>Aucun membre votant n'est inscrit dans la salle à {when:%H:%M}.</translation>
    </message>
    <message>
        <source>{name} is not a voting member of {body_name} on {long_date} and cannot vote.</source>
        <translation>{name} n'est pas membre votant de {body_name} le {long_date} et ne peut pas voter.</translation>
    </message>
    <message>
        <source>The roll call has no vote for {value}.</source>
        <translation>L'appel nominal n'a aucun vote pour {value}.</translation>
    </message>
    <message>
        <source>{person_name} is recorded as {value} and cannot vote {option_value}.</source>
        <translation>{person_name} est inscrit comme {value} et ne peut pas voter {option_value}.</translation>
    </message>
    <message>
        <source>{person_name} {away} and cannot vote {option_value}.</source>
        <translation>{person_name} : {away}; ne peut pas voter {option_value}.</translation>
    </message>
    <message>
        <source>Give the reason {person_name} is recused.</source>
        <translation>Donnez la raison pour laquelle {person_name} se récuse.</translation>
    </message>
    <message>
        <source>Give the words {person_name}'s vote was recorded in ('other').</source>
        <translation>Donnez les mots dans lesquels le vote de {person_name} a été inscrit ('other').</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Les décomptes de votes ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>{counted} votes were counted but only {present} voting members are present.</source>
        <translation>{counted} votes ont été comptés, mais seulement {present} membres votants sont présents.</translation>
    </message>
    <message>
        <source>This motion already has a recorded vote; delete that vote first to record it again.</source>
        <translation>Cette proposition a déjà un vote inscrit; supprimez d'abord ce vote pour l'inscrire de nouveau.</translation>
    </message>
    <message>
        <source>No member who has voted is called {who!r}.</source>
        <translation>Aucun membre ayant voté ne s'appelle {who!r}.</translation>
    </message>
    <message>
        <source>{who!r} matches several members ({names}); give more of the name or the id.</source>
        <translation>{who!r} correspond à plusieurs membres ({names}); donnez une plus grande partie du nom ou l'identifiant.</translation>
    </message>
    <message>
        <source>A page holds 1 to {most} rows from offset 0 up.</source>
        <translation>Une page contient de 1 à {most} lignes à partir du décalage 0.</translation>
    </message>
    <message>
        <source>{file} was restored into {name} but failed its check: {problem}{more}; the restore was taken out again and the database is empty.</source>
        <translation>{file} a été restauré dans {name}, mais n'a pas passé la vérification : {problem}{more}; la restauration a été retirée et la base est vide.</translation>
    </message>
    <message>
        <source>this body</source>
        <translation>cette instance</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>this seat</source>
        <translation>ce siège</translation>
    </message>
    <message>
        <source>this membership</source>
        <translation>cette appartenance</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>cette séance</translation>
    </message>
    <message>
        <source>this agenda item</source>
        <translation>ce point de l'ordre du jour</translation>
    </message>
    <message>
        <source>this matter</source>
        <translation>ce dossier</translation>
    </message>
    <message>
        <source>this speaker</source>
        <translation>cet intervenant</translation>
    </message>
    <message>
        <source>this motion</source>
        <translation>cette proposition</translation>
    </message>
    <message>
        <source>this vote</source>
        <translation>ce vote</translation>
    </message>
    <message>
        <source>this ballot</source>
        <translation>ce vote individuel</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>ce document</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>cet enregistrement</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>seat {old} → {new}</source>
        <translation>siège {old} → {new}</translation>
    </message>
    <message>
        <source>{kind} {old} → {new}</source>
        <translation>{kind} {old} → {new}</translation>
    </message>
    <message>
        <source>{kind} {old} → {new}, {changes}</source>
        <translation>{kind} {old} → {new}, {changes}</translation>
    </message>
    <message>
        <source>{kind} {name}: {changes}</source>
        <translation>{kind} {name} : {changes}</translation>
    </message>
    <message>
        <source>{what} {old} → {new}</source>
        <translation>{what} {old} → {new}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>this sponsor</source>
        <translation>ce parrain</translation>
    </message>
    <message>
        <source>this time limit</source>
        <translation>cette limite de temps</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>le nom affiché</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>result</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <source>location</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>l'heure prévue</translation>
    </message>
    <message>
        <source>start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>linked matter</source>
        <translation>le dossier lié</translation>
    </message>
    <message>
        <source>mover</source>
        <translation>le proposeur</translation>
    </message>
    <message>
        <source>seconder</source>
        <translation>l'appuyeur</translation>
    </message>
    <message>
        <source>role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>le choix de vote</translation>
    </message>
    <message>
        <source>member</source>
        <translation>le membre</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>le nom du fichier</translation>
    </message>
    <message>
        <source>link</source>
        <translation>le lien</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>number</source>
        <translation>le numéro</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>action</source>
        <translation>la mesure prise</translation>
    </message>
    <message>
        <source>adjournment</source>
        <translation>la levée de la séance</translation>
    </message>
    <message>
        <source>call to order</source>
        <translation>l'ouverture de la séance</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>l'arrivée</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>le départ</translation>
    </message>
    <message>
        <source>consent agenda</source>
        <translation>l'adoption en bloc</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>la délibération</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>la décision</translation>
    </message>
    <message>
        <source>email</source>
        <translation>le courriel</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>le nom de famille</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>le prénom</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>le titre de civilité</translation>
    </message>
    <message>
        <source>introduction date</source>
        <translation>la date de dépôt</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la durée</translation>
    </message>
    <message>
        <source>role as primary or co-sponsor</source>
        <translation>le rôle de parrain principal ou de coparrain</translation>
    </message>
    <message>
        <source>municipality name</source>
        <translation>le nom de la municipalité</translation>
    </message>
    <message>
        <source>label</source>
        <translation>l'étiquette</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la note</translation>
    </message>
    <message>
        <source>presiding officer</source>
        <translation>la présidence</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>number of seats</source>
        <translation>le nombre de sièges</translation>
    </message>
    <message>
        <source>position taken</source>
        <translation>la position</translation>
    </message>
    <message>
        <source>time</source>
        <translation>l'heure</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>la municipalité</translation>
    </message>
    <message>
        <source>parent body</source>
        <translation>l'instance dont il relève</translation>
    </message>
    <message>
        <source>quorum rule</source>
        <translation>la règle du quorum</translation>
    </message>
    <message>
        <source>default threshold</source>
        <translation>le seuil par défaut</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>le fuseau horaire</translation>
    </message>
    <message>
        <source>minutes language</source>
        <translation>la langue du procès-verbal</translation>
    </message>
    <message>
        <source>minutes house style</source>
        <translation>la présentation du procès-verbal</translation>
    </message>
    <message>
        <source>Someone else changed {what} since you opened it; your change was not saved.</source>
        <translation>Quelqu'un d'autre a modifié {what} depuis que vous l'avez ouvert; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{who} removed {what} {when}; your change was not saved.</source>
        <translation>{who} a supprimé {what} {when}; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{who} changed {what}'s {fields} {when}; your change was not saved.</source>
        <translation>{who} a modifié {fields} de {what} {when}; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{who} changed {what} {when}; your change was not saved.</source>
        <translation>{who} a modifié {what} {when}; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>at {hour}:{minute}</source>
        <translation>à {hour} h {minute}</translation>
    </message>
    <message>
        <source>on {day} {month:%B} {year} at {hour}:{minute}</source>
        <translation>le {day} {month:%B} {year} à {hour} h {minute}</translation>
    </message>
    <message>
        <source>{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its sponsors cannot change; record a correction to those minutes instead.</source>
        <translation>{matter_identifier} figure au procès-verbal adopté du {day} {scheduled_start:%B %Y}; ses parrains ne peuvent donc pas changer : inscrivez plutôt une correction à ce procès-verbal.</translation>
    </message>
    <message>
        <source>{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its text cannot change; record a correction to those minutes instead.</source>
        <translation>{matter_identifier} figure au procès-verbal adopté du {day} {scheduled_start:%B %Y}; son texte ne peut donc pas changer : inscrivez plutôt une correction à ce procès-verbal.</translation>
    </message>
    <message>
        <source>the stored content differs from the approved</source>
        <translation>le contenu enregistré diffère de celui adopté</translation>
    </message>
    <message>
        <source>meeting status: {before} → {after}</source>
        <translation>état de la séance : {before} → {after}</translation>
    </message>
    <message>
        <source>person {id}'s {what} {before} → {after}</source>
        <translation>{what} de la personne {id} : {before} → {after}</translation>
    </message>
    <message>
        <source>document {id} bytes (SHA-256): {before} → {after}</source>
        <translation>octets du document {id} (SHA-256) : {before} → {after}</translation>
    </message>
    <message>
        <source>vote {id} stored counts: {before} → {after}</source>
        <translation>décompte enregistré du vote {id} : {before} → {after}</translation>
    </message>
    <message>
        <source>motion {n}</source>
        <translation>proposition {n}</translation>
    </message>
    <message>
        <source>vote {n}</source>
        <translation>vote {n}</translation>
    </message>
    <message>
        <source>speaker {n}</source>
        <translation>intervenant {n}</translation>
    </message>
    <message>
        <source>document {n}</source>
        <translation>document {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>point {n}</translation>
    </message>
    <message>
        <source>{where}: removed</source>
        <translation>{where} : supprimé</translation>
    </message>
    <message>
        <source>{where}: added</source>
        <translation>{where} : ajouté</translation>
    </message>
    <message>
        <source>{where}: {approved} approved, {now} now</source>
        <translation>{where} : {approved} au procès-verbal adopté, {now} maintenant</translation>
    </message>
    <message>
        <source>{where}: {before} → {after}</source>
        <translation>{where} : {before} → {after}</translation>
    </message>
    <message>
        <source>option</source>
        <translation>le sens du vote</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>le décompte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>no</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absents</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>absences motivées</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>récusations</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présents sans voter</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>method</source>
        <translation>le mode de scrutin</translation>
    </message>
    <message>
        <source>action_text</source>
        <translation>le texte de la décision</translation>
    </message>
    <message>
        <source>person_name</source>
        <translation>le nom de la personne</translation>
    </message>
    <message>
        <source>mover_name</source>
        <translation>le proposeur</translation>
    </message>
    <message>
        <source>seconder_name</source>
        <translation>l'appuyeur</translation>
    </message>
    <message>
        <source>scheduled_start</source>
        <translation>l'heure prévue</translation>
    </message>
    <message>
        <source>called_to_order_at</source>
        <translation>l'heure d'ouverture</translation>
    </message>
    <message>
        <source>adjourned_at</source>
        <translation>l'heure de levée</translation>
    </message>
    <message>
        <source>remote_reason</source>
        <translation>le motif de la participation à distance</translation>
    </message>
    <message>
        <source>post_label</source>
        <translation>le siège</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>la position</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>le lieu de résidence</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>l'affiliation</translation>
    </message>
    <message>
        <source>full_text</source>
        <translation>le texte intégral</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>l'identifiant</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>le seuil</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>la fraction</translation>
    </message>
    <message>
        <source>base</source>
        <translation>la base</translation>
    </message>
    <message>
        <source>unanimous</source>
        <translation>l'unanimité</translation>
    </message>
    <message>
        <source>declared_result</source>
        <translation>le résultat déclaré</translation>
    </message>
    <message>
        <source>computed_result</source>
        <translation>le résultat calculé</translation>
    </message>
    <message>
        <source>taken_at</source>
        <translation>l'heure du vote</translation>
    </message>
    <message>
        <source>made_at</source>
        <translation>l'heure de la proposition</translation>
    </message>
    <message>
        <source>started_at</source>
        <translation>l'heure de début</translation>
    </message>
    <message>
        <source>url</source>
        <translation>l'adresse Web</translation>
    </message>
    <message>
        <source>file_name</source>
        <translation>le nom du fichier</translation>
    </message>
    <message>
        <source>limit_seconds</source>
        <translation>la limite de temps (s)</translation>
    </message>
    <message>
        <source>body_name</source>
        <translation>le nom de l'instance</translation>
    </message>
    <message>
        <source>ballot of {name}</source>
        <translation>vote de {name}</translation>
    </message>
    <message>
        <source>attendance of {name}</source>
        <translation>présence de {name}</translation>
    </message>
    <message>
        <source>person {id}'s {what} is {now}, but the audit log last recorded {logged}</source>
        <translation>{what} de la personne {id} est {now}, mais le journal d'audit a consigné en dernier {logged}</translation>
    </message>
    <message>
        <source>{what}: the chair's phrase cannot be empty.</source>
        <translation>{what} : la formule de la présidence ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The minutes of meeting {meeting_id} are not approved, so no files are kept.</source>
        <translation>Le procès-verbal de la séance {meeting_id} n'est pas adopté; aucun fichier n'est donc conservé.</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{share} ({agree} of {together})</source>
        <translation>{share} ({agree} sur {together})</translation>
    </message>
    <message>
        <source>never together</source>
        <translation>jamais ensemble</translation>
    </message>
    <message>
        <source>{share} agreement</source>
        <translation>{share} d’accord</translation>
    </message>
    <message>
        <source>never voted together</source>
        <translation>n’ont jamais voté ensemble</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Afficher seulement</translation>
    </message>
    <message>
        <source>Show every vote</source>
        <translation>Afficher tous les votes</translation>
    </message>
    <message>
        <source> vote.</source>
        <translation> vote.</translation>
    </message>
    <message>
        <source> votes.</source>
        <translation> votes.</translation>
    </message>
    <message>
        <source>Showing </source>
        <translation>Affichage de </translation>
    </message>
    <message>
        <source> of </source>
        <translation> sur </translation>
    </message>
    <message>
        <source>Showing all </source>
        <translation>Au total : </translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Voted against the majority</source>
        <translation>A voté contre la majorité</translation>
    </message>
    <message>
        <source>Every vote of {name}</source>
        <translation>Tous les votes de {name}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Who votes with whom</source>
        <translation>Qui vote avec qui</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation>Procès-verbaux adoptés</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Published with CouncilDesk from the clerk's records.</source>
        <translation>Publié avec CouncilDesk à partir des registres du greffe.</translation>
    </message>
    <message>
        <source>Fingerprints of approved minutes</source>
        <translation>Empreintes numériques des procès-verbaux adoptés</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Données ouvertes</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>procès-verbal</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source> result</source>
        <translation> résultat</translation>
    </message>
    <message>
        <source> results</source>
        <translation> résultats</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Aucune séance.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Meetings seated</source>
        <translation>Séances comme membre</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absence motivée</translation>
    </message>
    <message>
        <source>{town} — public records</source>
        <translation>{town} — registres publics</translation>
    </message>
    <message>
        <source>Public records</source>
        <translation>Registres publics</translation>
    </message>
    <message>
        <source>{body} — {kind} meeting, {day}</source>
        <translation>{body} — séance {kind}, {day}</translation>
    </message>
    <message>
        <source>Agenda (PDF)</source>
        <translation>Ordre du jour (PDF)</translation>
    </message>
    <message>
        <source>The minutes of this meeting are not yet approved; they appear here once they are.</source>
        <translation>Le procès-verbal de cette séance n’est pas encore adopté; il paraîtra ici dès son adoption.</translation>
    </message>
    <message>
        <source>Minutes approved on {day}. Fingerprint (SHA-256): {sha}</source>
        <translation>Procès-verbal adopté le {day}. Empreinte numérique (SHA-256) : {sha}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>(external link)</source>
        <translation>(lien externe)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>Aucun point à l’ordre du jour.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Aucune présence n’a été consignée.</translation>
    </message>
    <message>
        <source>DRAFT — these minutes are not approved and may still change.</source>
        <translation>PROJET — ce procès-verbal n’est pas adopté et peut encore changer.</translation>
    </message>
    <message>
        <source>Minutes (web edition)</source>
        <translation>Procès-verbal (édition Web)</translation>
    </message>
    <message>
        <source>Minutes (tagged PDF)</source>
        <translation>Procès-verbal (PDF balisé)</translation>
    </message>
    <message>
        <source>{name} on {item} ({meeting})</source>
        <translation>{name} sur {item} ({meeting})</translation>
    </message>
    <message>
        <source>{year} ({n} meetings)</source>
        <translation>{year} ({n} séances)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>{body}: meetings in {year}</source>
        <translation>{body} : séances de {year}</translation>
    </message>
    <message>
        <source>Meetings of the {body} in {year}</source>
        <translation>Séances : {body}, {year}</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Draft (published)</source>
        <translation>Projet (publié)</translation>
    </message>
    <message>
        <source>Not yet approved</source>
        <translation>Pas encore adopté</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Sur cette page</translation>
    </message>
    <message>
        <source>Seats and terms</source>
        <translation>Sièges et mandats</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Seats held by {name}</source>
        <translation>Sièges occupés par {name}</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>en fonction</translation>
    </message>
    <message>
        <source>No seat on a published body is recorded.</source>
        <translation>Aucun siège dans une instance publiée n’est consigné.</translation>
    </message>
    <message>
        <source>Attendance of {name} by year</source>
        <translation>Présences de {name} par année</translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>Aucune présence consignée.</translation>
    </message>
    <message>
        <source>Votes ({n})</source>
        <translation>Votes ({n})</translation>
    </message>
    <message>
        <source>{n} ballot in published minutes</source>
        <translation>{n} vote dans les procès-verbaux publiés</translation>
    </message>
    <message>
        <source>{n} ballots in published minutes</source>
        <translation>{n} votes dans les procès-verbaux publiés</translation>
    </message>
    <message>
        <source>; with the majority on {share} of decided votes</source>
        <translation>; avec la majorité dans {share} des votes tranchés</translation>
    </message>
    <message>
        <source>; {n} against the majority.</source>
        <translation>; {n} contre la majorité.</translation>
    </message>
    <message>
        <source>Voting record (PDF)</source>
        <translation>Relevé des votes (PDF)</translation>
    </message>
    <message>
        <source>Every vote (CSV)</source>
        <translation>Tous les votes (CSV)</translation>
    </message>
    <message>
        <source>No votes in published minutes.</source>
        <translation>Aucun vote dans les procès-verbaux publiés.</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Aucun membre.</translation>
    </message>
    <message>
        <source>{vote} (against the majority)</source>
        <translation>{vote} (contre la majorité)</translation>
    </message>
    <message>
        <source>Who votes with whom: {body}</source>
        <translation>Qui vote avec qui : {body}</translation>
    </message>
    <message>
        <source>No split vote with named ballots is in the published minutes.</source>
        <translation>Les procès-verbaux publiés ne contiennent aucun vote partagé où chacun est nommé.</translation>
    </message>
    <message>
        <source>Share of {n} split votes on which each pair voted alike</source>
        <translation>Part des {n} votes partagés où chaque paire a voté de la même façon</translation>
    </message>
    <message>
        <source>On split votes (at least one yes and one no) in the published minutes, how often each pair of members cast the same vote. Abstentions, absences and recusals leave a pair out of that vote.</source>
        <translation>Dans les votes partagés (au moins un pour et un contre) des procès-verbaux publiés, la fréquence à laquelle chaque paire de membres a voté de la même façon. Les abstentions, absences et récusations excluent la paire de ce vote.</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Les mêmes chiffres dans un tableau</translation>
    </message>
    <message>
        <source>Download the pairs (CSV)</source>
        <translation>Télécharger les paires (CSV)</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte thermique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>No bodies.</source>
        <translation>Aucune instance.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Speakers in the published minutes</source>
        <translation>Intervenants dans les procès-verbaux publiés</translation>
    </message>
    <message>
        <source>No speaker is recorded in the published minutes.</source>
        <translation>Aucun intervenant n’est consigné dans les procès-verbaux publiés.</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>statut : {status}</translation>
    </message>
    <message>
        <source> (primary sponsor)</source>
        <translation> (parrain principal)</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Parrains</translation>
    </message>
    <message>
        <source>No sponsor is recorded.</source>
        <translation>Aucun parrain n’est consigné.</translation>
    </message>
    <message>
        <source>Its path across meetings</source>
        <translation>Son parcours de séance en séance</translation>
    </message>
    <message>
        <source>On the agenda; the minutes are not yet approved.</source>
        <translation>À l’ordre du jour; le procès-verbal n’est pas encore adopté.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Vote par appel nominal</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>No matters.</source>
        <translation>Aucun dossier.</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Rechercher dans les registres</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Séances à venir</translation>
    </message>
    <message>
        <source>No meeting is scheduled.</source>
        <translation>Aucune séance n’est prévue.</translation>
    </message>
    <message>
        <source>Latest approved minutes</source>
        <translation>Derniers procès-verbaux adoptés</translation>
    </message>
    <message>
        <source>No minutes are approved yet.</source>
        <translation>Aucun procès-verbal n’est encore adopté.</translation>
    </message>
    <message>
        <source>Members now serving</source>
        <translation>Membres en fonction</translation>
    </message>
    <message>
        <source>Members at the last meeting, {day}</source>
        <translation>Membres à la dernière séance, {day}</translation>
    </message>
    <message>
        <source>No member is serving today.</source>
        <translation>Aucun membre n’est en fonction aujourd’hui.</translation>
    </message>
    <message>
        <source>Meetings, votes and members</source>
        <translation>Séances, votes et membres</translation>
    </message>
    <message>
        <source>Search minutes, matters and speakers</source>
        <translation>Rechercher dans les procès-verbaux, les dossiers et les intervenants</translation>
    </message>
    <message>
        <source>Search needs script; every minute and matter is listed below.</source>
        <translation>La recherche nécessite JavaScript; tous les procès-verbaux et dossiers sont énumérés ci-dessous.</translation>
    </message>
    <message>
        <source>Every speaker in the published minutes</source>
        <translation>Tous les intervenants dans les procès-verbaux publiés</translation>
    </message>
    <message>
        <source>Everything published</source>
        <translation>Tout ce qui est publié</translation>
    </message>
    <message>
        <source>These files hold every meeting in the published range, including meetings whose minutes are not yet approved, marked as drafts; the calendar lists every meeting.</source>
        <translation>Ces fichiers contiennent toutes les séances de la période publiée, y compris celles dont le procès-verbal n’est pas encore adopté, marquées comme projets; le calendrier énumère toutes les séances.</translation>
    </message>
    <message>
        <source>These files hold the meetings in the published range whose minutes are approved; the calendar (ICS) lists every meeting, upcoming ones included.</source>
        <translation>Ces fichiers contiennent les séances de la période publiée dont le procès-verbal est adopté; le calendrier (ICS) énumère toutes les séances, y compris celles à venir.</translation>
    </message>
    <message>
        <source>No data was exported.</source>
        <translation>Aucune donnée n’a été exportée.</translation>
    </message>
    <message>
        <source>Minutes approved on {day}; fingerprint (SHA-256) {sha}.</source>
        <translation>Procès-verbal adopté le {day}; empreinte numérique (SHA-256) {sha}.</translation>
    </message>
    <message>
        <source>{site}: approved minutes</source>
        <translation>{site} : procès-verbaux adoptés</translation>
    </message>
    <message>
        <source>{day} {body} — {kind} meeting</source>
        <translation>{day} {body} — séance {kind}</translation>
    </message>
</context>
</TS>