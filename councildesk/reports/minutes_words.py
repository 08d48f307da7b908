"""The minutes' and agendas' own words in English, Spanish and French: headings, fixed sentences, labels.

Independent of the window's language (Qt catalogues): a body chooses the language its records print
in, and the command line prints them without Qt. The English text of each phrase is its key and is
what English minutes print, unchanged; Spanish follows US civic usage (acta, moción, secundada por,
votación nominal), French that of Quebec municipal councils (procès-verbal, proposée par … appuyée
par, adoptée à 11 contre 2, vote par appel nominal). French puts a no-break space before a colon.
"""

# ruff: noqa: E501 - each phrase's key is its English text whole, on one line, so that a search finds it

from __future__ import annotations

from enum import StrEnum

from councildesk.domain.enums import label
from councildesk.domain.messages import Message
from councildesk.message_catalogue import translator

C = "\u00a0:"  # French colon: a no-break space before it, so it never starts a line

# English template -> (Spanish, French). Values are named: {time}, {name}, … (escaped markup).
PHRASES: dict[str, tuple[str, str]] = {
    # the frame and the opening
    "Minutes · {day}": ("Acta · {day}", "Procès-verbal · {day}"),
    "Content fingerprint (SHA-256): {sha}": (
        "Huella digital del contenido (SHA-256): {sha}",
        f"Empreinte numérique du contenu (SHA-256){C} {{sha}}",
    ),
    "Record chain head when printed: {head}": (
        "Cabeza de la cadena de registros al imprimir: {head}",
        f"Tête de la chaîne des registres à l’impression{C} {{head}}",
    ),
    "DRAFT — not approved. This draft may change before the body approves it.": (
        "BORRADOR — no aprobado. Este borrador puede cambiar antes de que el órgano lo apruebe.",
        "PROJET — non adopté. Ce projet peut changer avant son adoption par le conseil.",
    ),
    "DRAFT": ("BORRADOR", "PROJET"),
    "Minutes — {body}, {kind} meeting of {day}": (
        "Acta — {body}, sesión {kind} del {day}",
        "Procès-verbal — {body}, séance {kind} du {day}",
    ),
    "Official minutes ({state})": ("Acta oficial ({state})", "Procès-verbal officiel ({state})"),
    "approved {day}": ("aprobada el {day}", "adopté le {day}"),
    "draft": ("borrador", "projet"),
    "minutes": ("acta", "procès-verbal"),
    "<i>Place not recorded</i>": ("<i>Lugar no registrado</i>", "<i>Lieu non consigné</i>"),
    "<b>Warning:</b> ": ("<b>Advertencia:</b> ", f"<b>Avertissement{C}</b> "),
    "<i>Sample data: parts of this meeting are illustrative and not taken from the public record.</i>": (
        "<i>Datos de muestra: partes de esta sesión son ilustrativas y no provienen del registro público.</i>",
        f"<i>Données d’exemple{C} certaines parties de cette séance sont illustratives et ne "
        "proviennent pas du registre public.</i>",
    ),
    "Call to order": ("Apertura de la sesión", "Ouverture de la séance"),
    "The meeting was called to order at {time}": (
        "Se declaró abierta la sesión {at_time}",
        "La séance est ouverte {at_time}",
    ),
    "The meeting was called to order at {time} by the presiding officer, {name}": (
        "{name}, en su calidad de presidente de la sesión, declaró abierta la sesión {at_time}",
        "La séance est ouverte {at_time} sous la présidence de {name}",
    ),
    "The time the meeting was called to order was not recorded.": (
        "No se registró la hora de apertura de la sesión.",
        "L’heure d’ouverture de la séance n’a pas été consignée.",
    ),
    "Presiding officer: {presiding}. Clerk: {clerk}.": (
        "Presidencia: {presiding}. Secretaría: {clerk}.",
        f"Présidence{C} {{presiding}}. Greffe{C} {{clerk}}.",
    ),
    "<i>not recorded</i>": ("<i>no registrado</i>", "<i>non consigné</i>"),
    # attendance
    "Attendance and quorum": ("Asistencia y quórum", "Présences et quorum"),
    "Attendance": ("Asistencia", "Présences"),
    "<b>Members present:</b> {names}.": (
        "<b>Miembros presentes:</b> {names}.",
        f"<b>Membres présents{C}</b> {{names}}.",
    ),
    "<b>Members participating remotely:</b> {names}.": (
        "<b>Miembros que participaron a distancia:</b> {names}.",
        f"<b>Membres participant à distance{C}</b> {{names}}.",
    ),
    " Every vote below is recorded by roll call, as the law requires when a member participates remotely.": (
        " Todas las votaciones siguientes se registran por votación nominal, como exige la ley cuando un "
        "miembro participa a distancia.",
        " Tous les votes ci-dessous sont consignés par appel nominal, comme la loi l’exige lorsqu’un "
        "membre participe à distance.",
    ),
    "<b>Members absent:</b> {names}.": (
        "<b>Miembros ausentes:</b> {names}.",
        f"<b>Membres absents{C}</b> {{names}}.",
    ),
    "<b>Members excused:</b> {names}.": (
        "<b>Miembros con ausencia justificada:</b> {names}.",
        f"<b>Membres absents avec motif{C}</b> {{names}}.",
    ),
    "<b>Attendance not recorded for:</b> {names}.": (
        "<b>No se registró la asistencia de:</b> {names}.",
        f"<b>Présence non consignée pour{C}</b> {{names}}.",
    ),
    "<b>Also present:</b> {names}.": (
        "<b>También presentes:</b> {names}.",
        f"<b>Également présents{C}</b> {{names}}.",
    ),
    "none": ("ninguno", "aucun"),
    "reason not recorded": ("motivo no registrado", "motif non consigné"),
    "A quorum was present: {present} of the {seats} members ({required} required for a quorum).": (
        "Se constató la existencia de quórum: {present} de los {seats} miembros ({required} necesarios "
        "para el quórum).",
        f"Le quorum est constaté{C} {{present}} des {{seats}} membres sont présents ({{required}} requis "
        "pour le quorum).",
    ),
    "<b>A quorum was NOT present:</b> {present} members present; {required} are required.": (
        "<b>NO hubo quórum:</b> {present} miembros presentes; se requieren {required}.",
        f"<b>Le quorum N’EST PAS atteint{C}</b> {{present}} membres présents; {{required}} sont requis.",
    ),
    # previous minutes
    "Approval of previous minutes": (
        "Aprobación de actas anteriores",
        "Adoption des procès-verbaux antérieurs",
    ),
    "The minutes of the meeting of {day} were approved {manner}.": (
        "El acta de la sesión del {day} fue aprobada {manner}.",
        "Le procès-verbal de la séance du {day} est adopté {manner}.",
    ),
    "The motion and vote are recorded under item {numbers} below.": (
        "La moción y la votación constan en el punto {numbers}, más abajo.",
        "La proposition et le vote sont consignés au point {numbers} ci-dessous.",
    ),
    "No minutes of earlier meetings were presented for approval.": (
        "No se presentaron actas de sesiones anteriores para su aprobación.",
        "Aucun procès-verbal de séance antérieure n’a été présenté pour adoption.",
    ),
    # business
    "Business of the meeting": ("Asuntos de la sesión", "Affaires de la séance"),
    "No agenda items were recorded.": (
        "No se registraron puntos del orden del día.",
        "Aucun point de l’ordre du jour n’a été consigné.",
    ),
    "{who} arrived at {time}.": ("{who} llegó {at_time}.", "{who} arrive {at_time}."),
    "{who} left the meeting at {time}.": (
        "{who} se retiró de la sesión {at_time}.",
        "{who} quitte la séance {at_time}.",
    ),
    "<i>Consent agenda item.</i>": (
        "<i>Punto de la agenda de consentimiento.</i>",
        "<i>Point adopté en bloc (ordre du jour de consentement).</i>",
    ),
    "<b>Discussion:</b> ": ("<b>Deliberación:</b> ", f"<b>Délibérations{C}</b> "),
    "<b>Documents:</b> {docs}.": ("<b>Documentos:</b> {docs}.", f"<b>Documents{C}</b> {{docs}}."),
    "<b>Action:</b> ": ("<b>Acción:</b> ", f"<b>Suite donnée{C}</b> "),
    "<b>Text of the {what} as adopted ({identifier}):</b>": (
        "<b>{what} ({identifier}):</b>",
        f"<b>{{what}} ({{identifier}}){C}</b>",
    ),
    "<b>Correction {n}</b> (recorded {day}): this entry was corrected after approval; "
    "see “Corrections after approval” at the end of these minutes.": (
        "<b>Corrección {n}</b> (registrada el {day}): esta entrada se corrigió después de la aprobación; "
        "véase «Correcciones posteriores a la aprobación» al final de esta acta.",
        f"<b>Correction {{n}}</b> (consignée le {{day}}){C} cette inscription a été corrigée après "
        "l’adoption; voir « Corrections après adoption » à la fin du présent procès-verbal.",
    ),
    " <font size=8>[Corrected — see correction {n}]</font>": (
        " <font size=8>[Corregido — véase la corrección {n}]</font>",
        " <font size=8>[Corrigé — voir la correction {n}]</font>",
    ),
    "(not a member)": ("(no es miembro)", "(non membre)"),
    "<b>Sponsor:</b> ": ("<b>Patrocinio:</b> ", f"<b>Parrainage{C}</b> "),
    "<b>Co-sponsors:</b> ": ("<b>Copatrocinio:</b> ", f"<b>Coparrainage{C}</b> "),
    "Public speakers": ("Intervenciones del público", "Interventions du public"),
    "Other speakers": ("Otras intervenciones", "Autres interventions"),
    "<b>{heading}:</b>": ("<b>{heading}:</b>", f"<b>{{heading}}{C}</b>"),
    ", of {residence}": (", de {residence}", ", de {residence}"),
    " of {residence}": (" de {residence}", " de {residence}"),
    " — spoke in favour": (" — intervino a favor", " — intervention en faveur"),
    " — spoke in opposition": (" — intervino en contra", " — intervention contre"),
    " — spoke without taking a position": (
        " — intervino sin tomar posición",
        " — intervention sans prise de position",
    ),
    " — yielded their time to {name}": (
        " — cedió su tiempo a {name}",
        " — a cédé son temps de parole à {name}",
    ),
    "{count} resident spoke; the chair limited comment to {limit}.": (
        "Intervino {count} residente; la presidencia limitó las intervenciones a {limit}.",
        "{count} résident a pris la parole; la présidence a limité les interventions à {limit}.",
    ),
    "{count} residents spoke; the chair limited comment to {limit}.": (
        "Intervinieron {count} residentes; la presidencia limitó las intervenciones a {limit}.",
        "{count} résidents ont pris la parole; la présidence a limité les interventions à {limit}.",
    ),
    ", then to ": (", luego a ", ", puis à "),
    "{n} minute": ("{n} minuto", "{n} minute"),
    "{n} minutes": ("{n} minutos", "{n} minutes"),
    "{n} second": ("{n} segundo", "{n} seconde"),
    "{n} seconds": ("{n} segundos", "{n} secondes"),
    "{minutes} and {seconds}": ("{minutes} y {seconds}", "{minutes} et {seconds}"),
    # motions and votes
    "Motion": ("Moción", "Proposition"),
    "Motion ({kind})": ("Moción ({kind})", "Proposition ({kind})"),
    "<i>mover not recorded</i>": ("<i>no consta quién la presentó</i>", "<i>proposeur non consigné</i>"),
    ", seconded by {name}": (", secundada por {name}", ", appuyée par {name}"),
    ", no seconder recorded": (", sin que conste quién la secundó", ", appui non consigné"),
    " at {time}": (" {at_time}", " {at_time}"),
    "<b>{kind}</b> by {mover}{second}{at}:": (
        "<b>{kind}</b> presentada por {mover}{second}{at}:",
        f"<b>{{kind}}</b> — proposée par {{mover}}{{second}}{{at}}{C}",
    ),
    "<b>Disposition:</b> {disposition}.": (
        "<b>Resultado:</b> {disposition}.",
        f"<b>Décision{C}</b> {{disposition}}.",
    ),
    "<b>Note:</b> ": ("<b>Nota:</b> ", f"<b>Note{C}</b> "),
    " Required: {threshold}.": (" Umbral requerido: {threshold}.", f" Seuil requis{C} {{threshold}}."),
    "Member": ("Miembro", "Membre"),
    "Seat": ("Escaño", "Siège"),
    "Vote": ("Voto", "Vote"),
    "Note": ("Nota", "Note"),
    "<b>Totals</b> — {counts}": ("<b>Totales</b> — {counts}", "<b>Totaux</b> — {counts}"),
    # the close
    "Adopted by consent": ("Aprobado por consentimiento", "Adopté en bloc"),
    "The following items were adopted by one vote on the consent agenda:": (
        "Los siguientes puntos se aprobaron en una sola votación de la agenda de consentimiento:",
        f"Les points suivants ont été adoptés en bloc, par un seul vote{C}",
    ),
    "Points of order and notices": ("Cuestiones de orden y avisos", "Rappels au règlement et avis"),
    "None recorded.": ("No se registró ninguno.", "Aucun n’a été consigné."),
    "Documents and exhibits": ("Documentos y anexos", "Documents et pièces déposés"),
    "No documents or exhibits were recorded as used at this meeting.": (
        "No se registró el uso de documentos ni anexos en esta sesión.",
        "Aucun document ni aucune pièce n’a été consigné pour cette séance.",
    ),
    "Item {number}: ": ("Punto {number}: ", f"Point {{number}}{C} "),
    "{size} KB": ("{size} KB", "{size} Ko"),
    "{size} bytes": ("{size} bytes", "{size} octets"),
    "Adjournment": ("Levantamiento de la sesión", "Levée de la séance"),
    "The meeting adjourned at {time}": ("Se levantó la sesión {at_time}", "La séance est levée {at_time}"),
    "The time of adjournment was not recorded.": (
        "No se registró la hora en que se levantó la sesión.",
        "L’heure de la levée de la séance n’a pas été consignée.",
    ),
    "Signatures": ("Firmas", "Signatures"),
    "Respectfully submitted,": ("Respetuosamente presentada,", "Respectueusement soumis,"),
    "Attest:": ("Doy fe:", f"Attesté par{C}"),
    "Presiding Officer": ("Presidencia", "Présidence"),
    "Clerk": ("Secretaría", "Greffe"),
    "Date: ": ("Fecha: ", f"Date{C} "),
    "<b>DRAFT</b> — these minutes have not been approved by the {body}.": (
        "<b>BORRADOR</b> — esta acta no ha sido aprobada por {body}.",
        "<b>PROJET</b> — ce procès-verbal n’a pas été adopté par {body}.",
    ),
    "Content fingerprint (SHA-256): <font size=8>{sha}</font>": (
        "Huella digital del contenido (SHA-256): <font size=8>{sha}</font>",
        f"Empreinte numérique du contenu (SHA-256){C} <font size=8>{{sha}}</font>",
    ),
    "Record chain head when printed: <font size=8>{head}</font>": (
        "Cabeza de la cadena de registros al imprimir: <font size=8>{head}</font>",
        f"Tête de la chaîne des registres à l’impression{C} <font size=8>{{head}}</font>",
    ),
    "The fingerprint identifies the exact content approved; CouncilDesk’s Verify recomputes it "
    "from the records to show that nothing has changed since.": (
        "La huella digital identifica el contenido exacto aprobado; la función Verificar de CouncilDesk la "
        "recalcula a partir de los registros para mostrar que nada ha cambiado desde entonces.",
        "L’empreinte identifie le contenu exact adopté; la fonction Vérifier de CouncilDesk la recalcule à "
        "partir des registres pour montrer que rien n’a changé depuis.",
    ),
    " The chain head links every approval, correction and change logged before this copy was "
    "printed: `councildesk verify --against` it shows whether any of them was rewritten later.": (
        " La cabeza de la cadena enlaza cada aprobación, corrección y cambio registrados antes de imprimir "
        "esta copia: `councildesk verify --against` con ella muestra si alguno se reescribió después.",
        " La tête de chaîne relie chaque adoption, correction et modification consignée avant l’impression "
        f"de cette copie{C} `councildesk verify --against` indique si l’une d’elles a été réécrite depuis.",
    ),
    " at its meeting of {day}": (" en su sesión del {day}", " lors de sa séance du {day}"),
    " by vote of the {body} ({summary}){at}": (
        " mediante votación de {body} ({summary}){at}",
        " par vote de {body} ({summary}){at}",
    ),
    " by the {body}{at}": (" por {body}{at}", " par {body}{at}"),
    "Approved on {day}{how}, {manner}.": (
        "Aprobada el {day}{how}, {manner}.",
        "Adopté le {day}{how}, {manner}.",
    ),
    "Corrections after approval": ("Correcciones posteriores a la aprobación", "Corrections après adoption"),
    "These corrections were recorded after the minutes were approved. The approved text above is "
    "unchanged; each correction is listed here with its reason.": (
        "Estas correcciones se registraron después de aprobada el acta. El texto aprobado arriba no cambia; "
        "cada corrección figura aquí con su motivo.",
        "Ces corrections ont été consignées après l’adoption du procès-verbal. Le texte adopté ci-dessus "
        "demeure inchangé; chaque correction figure ici avec son motif.",
    ),
    ", to the minutes as a whole": (", al acta en su conjunto", ", au procès-verbal dans son ensemble"),
    ", to item {number}": (", al punto {number}", ", au point {number}"),
    "<b>Correction {n}</b>, recorded {day}{where}": (
        "<b>Corrección {n}</b>, registrada el {day}{where}",
        "<b>Correction {n}</b>, consignée le {day}{where}",
    ),
    "<b>Reason:</b> ": ("<b>Motivo:</b> ", f"<b>Motif{C}</b> "),
    "<b>As approved:</b> ": ("<b>Texto aprobado:</b> ", f"<b>Texte adopté{C}</b> "),
    "<b>Corrected to read:</b> ": ("<b>Texto corregido:</b> ", f"<b>Texte corrigé{C}</b> "),
    "Page {page} of ": ("Página {page} de ", "Page {page} de "),
    # the agenda
    "Agenda · {day}": ("Orden del día · {day}", "Ordre du jour · {day}"),
    "Agenda of the {kind} meeting of {day}.": (
        "Orden del día de la sesión {kind} del {day}.",
        "Ordre du jour de la séance {kind} du {day}.",
    ),
    "Agenda — {kind} Meeting": ("Orden del día — sesión {kind}", "Ordre du jour — séance {kind}"),
    "<i>Place to be announced</i>": ("<i>Lugar por anunciar</i>", "<i>Lieu à annoncer</i>"),
    "No items have been placed on this agenda yet.": (
        "Todavía no se han incluido puntos en este orden del día.",
        "Aucun point n’a encore été inscrit à cet ordre du jour.",
    ),
    "<i>Consent agenda</i>": ("<i>Agenda de consentimiento</i>", "<i>Ordre du jour de consentement</i>"),
    "<b>Sponsors:</b> {names}.": ("<b>Patrocinio:</b> {names}.", f"<b>Parrainage{C}</b> {{names}}."),
    "<i>Members of the public may address the body.</i>": (
        "<i>El público puede dirigirse al órgano.</i>",
        "<i>Le public peut s’adresser au conseil.</i>",
    ),
    "Items may not be taken up in the order listed. This agenda lists the topics the chair "
    "reasonably anticipates will be discussed at the meeting.": (
        "Los puntos pueden no tratarse en el orden indicado. Este orden del día enumera los temas que la "
        "presidencia prevé razonablemente que se tratarán en la sesión.",
        "Les points peuvent ne pas être abordés dans l’ordre indiqué. Cet ordre du jour énumère les sujets "
        "que la présidence prévoit raisonnablement aborder à la séance.",
    ),
    "Agenda — {body}, {kind} meeting of {day}": (
        "Orden del día — {body}, sesión {kind} del {day}",
        "Ordre du jour — {body}, séance {kind} du {day}",
    ),
    "Meeting agenda": ("Orden del día de la sesión", "Ordre du jour de la séance"),
    "agenda": ("orden del día", "ordre du jour"),
    # the year's volume
    "Minutes of the {body}, {year}": ("Actas de {body}, {year}", "Procès-verbaux — {body}, {year}"),
    "Minutes {year}": ("Actas {year}", "Procès-verbaux {year}"),
    "{count} meetings; each keeps its own approval state.": (
        "{count} sesiones; cada acta conserva su propio estado de aprobación.",
        "{count} séances; chaque procès-verbal conserve son propre état d’adoption.",
    ),
    "Contents": ("Índice", "Table des matières"),
    "Date": ("Fecha", "Date"),
    "Meeting": ("Sesión", "Séance"),
    "Items": ("Puntos", "Points"),
    "Minutes": ("Acta", "Procès-verbal"),
    "Page": ("Página", "Page"),
    "Approved {day}": ("Aprobada el {day}", "Adopté le {day}"),
    "Draft": ("Borrador", "Projet"),
    "{kind} meeting": ("Sesión {kind}", "Séance {kind}"),
    "{day} — {kind} meeting": ("{day} — sesión {kind}", "{day} — séance {kind}"),
    "Official minutes, {year} ({count} meetings)": (
        "Actas oficiales, {year} ({count} sesiones)",
        "Procès-verbaux officiels, {year} ({count} séances)",
    ),
    "Official minutes, {year}": ("Actas oficiales, {year}", "Procès-verbaux officiels, {year}"),
    # the HTML edition's own
    "Skip to the minutes": ("Ir al acta", "Aller au procès-verbal"),
    "<b>DRAFT</b> — not approved. This draft may change.": (
        "<b>BORRADOR</b> — no aprobado. Este borrador puede cambiar.",
        "<b>PROJET</b> — non adopté. Ce projet peut changer.",
    ),
    "<i>Sample data: parts of this meeting are illustrative.</i>": (
        "<i>Datos de muestra: partes de esta sesión son ilustrativas.</i>",
        f"<i>Données d’exemple{C} certaines parties de cette séance sont illustratives.</i>",
    ),
    "No minutes of earlier meetings were approved at this meeting.": (
        "En esta sesión no se aprobaron actas de sesiones anteriores.",
        "Aucun procès-verbal de séance antérieure n’a été adopté à cette séance.",
    ),
    "[Corrected — see correction {n}]": (
        "[Corregido — véase la corrección {n}]",
        "[Corrigé — voir la correction {n}]",
    ),
    "Roll call{at}": ("Votación nominal{at}", "Vote par appel nominal{at}"),
    "Totals": ("Totales", "Totaux"),
    "Reason: {text}.": ("Motivo: {text}.", f"Motif{C} {{text}}."),
    "As approved: {text}.": ("Texto aprobado: {text}.", f"Texte adopté{C} {{text}}."),
    "Corrected to read: {text}.": ("Texto corregido: {text}.", f"Texte corrigé{C} {{text}}."),
    "The character {code} in these records has no font to print it and appears as {code} wherever it occurs.": (
        "El carácter {code} de estos registros no tiene una fuente con la que imprimirse y aparece como {code} "
        "dondequiera que figure.",
        "Le caractère {code} de ces registres n’a aucune police pour l’imprimer et paraît comme {code} "
        "partout où il figure.",
    ),
}

# Enum labels as minutes print them, by (enum class, value): (Spanish, French). Meeting kinds are
# the adjective after "sesión"/"séance"; matter kinds are nouns; the rest as their sentences use them.
LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("MeetingKind", "regular"): ("ordinaria", "ordinaire"),
    ("MeetingKind", "special"): ("extraordinaria", "extraordinaire"),
    ("MeetingKind", "emergency"): ("de emergencia", "d’urgence"),
    ("MeetingKind", "executive_session"): ("a puerta cerrada", "à huis clos"),
    ("MeetingKind", "hearing"): ("de audiencia pública", "d’audience publique"),
    ("MatterKind", "resolution"): ("Resolución", "Résolution"),
    ("MatterKind", "ordinance"): ("Ordenanza", "Règlement"),
    ("MatterKind", "order"): ("Orden", "Ordre"),
    ("MatterKind", "appointment"): ("Nombramiento", "Nomination"),
    ("MatterKind", "proclamation"): ("Proclamación", "Proclamation"),
    ("MatterKind", "contract"): ("Contrato", "Contrat"),
    ("MatterKind", "other"): ("Asunto", "Dossier"),
    ("MotionKind", "main"): ("principal", "principale"),
    ("MotionKind", "amendment"): ("enmienda", "amendement"),
    ("MotionKind", "substitute"): ("sustitutiva", "de remplacement"),
    ("MotionKind", "refer"): ("remisión a comisión", "renvoi en commission"),
    ("MotionKind", "table"): ("dejar sobre la mesa", "dépôt sur la table"),
    ("MotionKind", "postpone"): ("aplazamiento", "report"),
    ("MotionKind", "reconsider"): ("reconsideración", "reconsidération"),
    ("MotionKind", "adjourn"): ("levantar la sesión", "levée de la séance"),
    ("MotionKind", "other"): ("otra", "autre"),
    ("MotionDisposition", "pending"): (
        "Pendiente (no consta ninguna decisión)",
        "En suspens (aucune décision consignée)",
    ),
    ("MotionDisposition", "adopted"): ("Aprobada", "Adoptée"),
    ("MotionDisposition", "adopted_as_amended"): ("Aprobada con enmiendas", "Adoptée telle qu’amendée"),
    ("MotionDisposition", "failed"): ("Rechazada", "Rejetée"),
    ("MotionDisposition", "withdrawn"): ("Retirada", "Retirée"),
    ("MotionDisposition", "no_second"): (
        "No se consideró por falta de secundación",
        "Non considérée faute d’appui",
    ),
    ("MotionDisposition", "tabled"): ("Dejada sobre la mesa", "Déposée sur la table"),
    ("MotionDisposition", "postponed"): ("Aplazada", "Reportée"),
    ("MotionDisposition", "referred"): ("Remitida a comisión", "Renvoyée en commission"),
    ("SpeakerKind", "public_comment"): ("intervención del público", "intervention du public"),
    ("SpeakerKind", "member"): ("miembro", "membre"),
    ("SpeakerKind", "staff"): ("personal municipal", "personnel municipal"),
    ("SpeakerKind", "presenter"): ("ponente", "présentateur"),
    # The minutes are "el acta" (feminine) and "le procès-verbal" (masculine).
    ("ApprovalManner", "as_read"): ("tal como fue leída", "tel que lu"),
    ("ApprovalManner", "as_corrected"): ("con correcciones", "tel que corrigé"),
    ("VoteMethod", "voice"): ("a viva voz", "de vive voix"),
    ("VoteMethod", "unanimous_consent"): ("por consentimiento unánime", "consentement unanime"),
    ("VoteMethod", "roll_call"): ("nominal", "par appel nominal"),
    ("VoteMethod", "show_of_hands"): ("a mano alzada", "à main levée"),
    ("BallotOption", "yes"): ("Sí", "Pour"),
    ("BallotOption", "no"): ("No", "Contre"),
    ("BallotOption", "abstain"): ("Abstención", "Abstention"),
    ("BallotOption", "absent"): ("Ausente", "Absent"),
    ("BallotOption", "excused"): ("Ausencia justificada", "Absence motivée"),
    ("BallotOption", "recused"): ("Inhibición", "Récusation"),
    ("BallotOption", "present"): ("Presente, sin votar", "Présent, sans voter"),
    ("BallotOption", "other"): ("Otro", "Autre"),
    # A result named inside the declared-result warning ("… is a fail"): of the motion, feminine.
    ("VoteResult", "pass"): ("aprobada", "adoptée"),
    ("VoteResult", "fail"): ("rechazada", "rejetée"),
}

# "Minutes of the Regular Meeting" and the heading of an adopted text, whose article and agreement
# follow the noun in Spanish and French.
TITLES = {
    "es": ("Acta de la sesión {kind}", "Acta de la sesión a puerta cerrada"),
    "fr": ("Procès-verbal de la séance {kind}", "Procès-verbal de la séance à huis clos"),
}
ADOPTED_TEXT = {
    "es": {
        "resolution": "Texto de la resolución aprobada",
        "ordinance": "Texto de la ordenanza aprobada",
        "order": "Texto de la orden aprobada",
        "appointment": "Texto del nombramiento aprobado",
        "proclamation": "Texto de la proclamación aprobada",
        "contract": "Texto del contrato aprobado",
        "other": "Texto aprobado",
    },
    "fr": {
        "resolution": "Texte de la résolution adoptée",
        "ordinance": "Texte du règlement adopté",
        "order": "Texte de l’ordre adopté",
        "appointment": "Texte de la nomination adoptée",
        "proclamation": "Texte de la proclamation adoptée",
        "contract": "Texte du contrat adopté",
        "other": "Texte adopté",
    },
}
# Counts beside a vote: (singular, plural) per option that did not vote yes or no.
EXTRA_COUNTS = {
    "es": {
        "abstain": ("abstención", "abstenciones"),
        "recused": ("inhibición", "inhibiciones"),
        "present": ("presente sin votar", "presentes sin votar"),
        "absent": ("ausente", "ausentes"),
        "excused": ("ausencia justificada", "ausencias justificadas"),
        "other": ("otro", "otros"),
    },
    "fr": {
        "abstain": ("abstention", "abstentions"),
        "recused": ("récusation", "récusations"),
        "present": ("présent sans voter", "présents sans voter"),
        "absent": ("absent", "absents"),
        "excused": ("absence motivée", "absences motivées"),
        "other": ("autre", "autres"),
    },
}

# Numbers the minutes write in words (house style: one to twelve; 13 and up in figures). Spanish
# "un" stands before a masculine noun (residente, minuto), French "une" before a feminine one.
NUMBER_WORDS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    "es": ("un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
}


class Words:
    """The minutes' phrases in one language: `w("Call to order")`, `w("… at {time}", time=t)`."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in ("en", "es", "fr"):
            raise ValueError(f"no minutes phrases for {lang!r}")
        self.lang = lang
        self._index = {"es": 0, "fr": 1}.get(lang, -1)

    def __call__(self, text: str, /, **values: str | int) -> str:
        if self._index >= 0:
            if "time" in values:  # Spanish "a las 7:05" ("a la 1:05"), French "à 19 h 05"
                values["at_time"] = self.at(str(values["time"]))
            text = PHRASES[text][self._index]
        return text.format(**values) if values else text

    def message(self, message: Message, /, **values: str | int) -> str:
        """A declared sentence (a warning the records raise) in this language whatever language the
        reader's window speaks: its enum values in these minutes' words, `values` replacing those
        that only the minutes can word (a threshold, say). Plain text: the caller escapes it."""
        params = {
            name: self.label(value).lower() if isinstance(value, StrEnum) else value
            for name, value in message.params.items()
        }
        return Message(message.text, params | values).render(translator(self.lang))

    def at(self, time: str) -> str:
        """'at 7:05 p.m.', 'a las 7:05 p. m.' ('a la 1:05'), 'à 19 h 05'."""
        if self.lang == "es":
            return f"a la {time}" if time.split(":")[0] in ("1", "01") else f"a las {time}"
        return f"à {time}" if self.lang == "fr" else f"at {time}"

    def label(self, value: StrEnum) -> str:
        """An enum value as minutes in this language print it (English: 'Adopted as amended')."""
        if self._index < 0:
            return label(value)
        return LABELS[(type(value).__name__, value.value)][self._index]

    def title(self, kind: StrEnum) -> str:
        """'Minutes of the Regular Meeting' / 'Acta de la sesión ordinaria' / 'Procès-verbal de la séance ordinaire'."""
        if self._index < 0:
            if kind.value == "executive_session":
                return "Minutes of the Executive Session"
            return f"Minutes of the {label(kind)} Meeting"
        usual, closed = TITLES[self.lang]
        return closed if kind.value == "executive_session" else usual.format(kind=self.label(kind))

    def count(self, n: int, option: str) -> str:
        """'1 abstención', '2 absents': a count beside a vote, agreeing with its number."""
        singular, plural = EXTRA_COUNTS[self.lang][option]
        return f"{n} {singular if n == 1 else plural}"

    def number(self, n: int, *, feminine: bool = False) -> str:
        """'eleven', 'once', 'une' (feminine, French): one to twelve in words, the rest in figures."""
        if not 1 <= n <= len(NUMBER_WORDS[self.lang]):
            return str(n)
        word = NUMBER_WORDS[self.lang][n - 1]
        return "une" if feminine and word == "un" and self.lang == "fr" else word

    def duration(self, seconds: int) -> str:
        """'three minutes', '90 seconds', 'two minutes and 30 seconds' (French 'une minute')."""
        minutes, rest = divmod(seconds, 60)

        def unit(n: int, name: str) -> str:
            text = f"{{n}} {name}" if n == 1 else f"{{n}} {name}s"
            return self(text, n=self.number(n, feminine=self.lang == "fr"))

        if not rest:
            return unit(minutes, "minute")
        if not minutes:
            return unit(rest, "second")
        return self("{minutes} and {seconds}", minutes=unit(minutes, "minute"), seconds=unit(rest, "second"))


ENGLISH = Words()
