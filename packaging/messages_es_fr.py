"""The Spanish and French of error sentences and command-line messages, and the step that fills messages_<lang>.ts.

Same vocabulary as the window's catalogue (packaging/translations_es_fr.py): Spanish sesión, órgano,
asunto, acta, moción, proponente, secundar, votación nominal, quórum, orden del día, abstención,
recusarse; French (Québec) séance, instance, dossier, procès-verbal, proposition, proposeur,
appuyeur, vote par appel nominal, quorum, ordre du jour, se récuser. Placeholders such as {where}
stay as written. Run by packaging/update_messages.sh after pyside6-lupdate.
"""

# ruff: noqa: E501 - a sentence and its translations read best whole, one to a line
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# English source -> (Spanish, French); the same English reads the same in every context.
TEXTS: dict[str, tuple[str, str]] = {
    # the Times dialog's lines and the time warnings in the Meeting tab (the window's language)
    "Call to order": ("Apertura de la sesión", "Ouverture de la séance"),
    "Before the meeting": ("Antes de la sesión", "Avant la séance"),  # a video's first chapter
    "Adjournment": ("Levantamiento de la sesión", "Levée de la séance"),
    "Item {number} begins": ("Comienza el punto {number}", "Début du point {number}"),
    "Item begins": ("Comienza el punto", "Début du point"),
    "Item {number}: {name} speaks": (
        "Punto {number}: interviene {name}",
        "Point {number}\u00a0: intervention de {name}",
    ),
    "Item: {name} speaks": ("Punto: interviene {name}", "Point\u00a0: intervention de {name}"),
    'Item {number}: motion "{text}"': (
        "Punto {number}: moción «{text}»",
        "Point {number}\u00a0: proposition «\u00a0{text}\u00a0»",
    ),
    'Item: motion "{text}"': ("Punto: moción «{text}»", "Point\u00a0: proposition «\u00a0{text}\u00a0»"),
    'Item {number}: vote on "{text}"': (
        "Punto {number}: votación sobre «{text}»",
        "Point {number}\u00a0: vote sur «\u00a0{text}\u00a0»",
    ),
    'Item: vote on "{text}"': (
        "Punto: votación sobre «{text}»",
        "Point\u00a0: vote sur «\u00a0{text}\u00a0»",
    ),
    "{name} arrives": ("Llega {name}", "Arrivée de {name}"),
    "{name} leaves": ("Se retira {name}", "Départ de {name}"),
    "Adjournment at {adjourned} is before the call to order at {called}.": (
        "El levantamiento de la sesión a las {adjourned} es anterior a la apertura a las {called}.",
        "La levée de la séance à {adjourned} précède son ouverture à {called}.",
    ),
    "The call to order at {called} is not on the meeting's date.": (
        "La apertura de la sesión a las {called} no cae en la fecha de la sesión.",
        "L’ouverture de la séance à {called} n’est pas à la date de la séance.",
    ),
    "{what} at {when} is before the call to order at {called}.": (
        "{what} a las {when} es anterior a la apertura de la sesión a las {called}.",
        "{what} à {when} précède l’ouverture de la séance à {called}.",
    ),
    "{what} at {when} is after the adjournment at {adjourned}.": (
        "{what} a las {when} es posterior al levantamiento de la sesión a las {adjourned}.",
        "{what} à {when} suit la levée de la séance à {adjourned}.",
    ),
    "{what} at {when} is not on the meeting's date.": (
        "{what} a las {when} no cae en la fecha de la sesión.",
        "{what} à {when} n’est pas à la date de la séance.",
    ),
    "{what} at {when} is out of order: it comes after {previous} at {previous_at}.": (
        "{what} a las {when} está fuera de orden: lo precede {previous} a las {previous_at}.",
        "{what} à {when} est hors séquence\u00a0: l’élément précédent, {previous}, est à {previous_at}.",
    ),
    "{time} on {date}": ("{time} del {date}", "{time} le {date}"),
    "meeting of {date}: {warning}": ("sesión del {date}: {warning}", "séance du {date}\u00a0: {warning}"),
    # what the Legistar reader says about a file (the import preview's warnings); the body it makes is
    # named 'Imported from Legistar' in every language (a record's name, renamed by the clerk)
    "{where}: an office record without its person, body or start date was left out.": (
        "{where}: se omitió un registro de cargo sin su persona, órgano o fecha de inicio.",
        "{where}\u00a0: un mandat sans sa personne, son instance ou sa date de début a été laissé de côté.",
    ),
    "{where}: {what} of matter {matter_id}, which is not in the file, was left out.": (
        "{where}: se omitió {what} del asunto {matter_id}, que no está en el archivo.",
        "{where}\u00a0: {what} du dossier {matter_id}, absent du fichier, a été laissé de côté.",
    ),
    "the history": ("el historial", "l’historique"),
    "an attachment": ("un anexo", "une pièce jointe"),
    "{where}: the attachment '{title}' was kept with its matter only ({error}).": (
        "{where}: el anexo «{title}» se conservó solo con su asunto ({error}).",
        "{where}\u00a0: la pièce jointe «\u00a0{title}\u00a0» n’a été conservée qu’avec son dossier ({error}).",
    ),
    "{where}: event {event} is not in the file; its meeting is dated {date} from its matter history and belongs to the body 'Imported from Legistar' — rename it to the real body.": (
        "{where}: el evento {event} no está en el archivo; su sesión lleva la fecha {date} según el historial del asunto y pertenece al órgano «Imported from Legistar»: cámbiele el nombre por el del órgano real.",
        "{where}\u00a0: l’événement {event} n’est pas dans le fichier; sa séance est datée du {date} d’après l’historique du dossier et appartient à l’instance «\u00a0Imported from Legistar\u00a0» — renommez-la comme l’instance réelle.",
    ),
    "{where}: event {event} is not in the file; its meeting is dated {date} from the file name and belongs to the body 'Imported from Legistar' — rename it to the real body.": (
        "{where}: el evento {event} no está en el archivo; su sesión lleva la fecha {date} según el nombre del archivo y pertenece al órgano «Imported from Legistar»: cámbiele el nombre por el del órgano real.",
        "{where}\u00a0: l’événement {event} n’est pas dans le fichier; sa séance est datée du {date} d’après le nom du fichier et appartient à l’instance «\u00a0Imported from Legistar\u00a0» — renommez-la comme l’instance réelle.",
    ),
    "{where}: the action '{action}' has no passed flag; the motion is recorded as pending.": (
        "{where}: la acción «{action}» no indica si se aprobó; la moción queda registrada como pendiente.",
        "{where}\u00a0: l’action «\u00a0{action}\u00a0» n’indique pas si elle a été adoptée; la proposition est consignée en suspens.",
    ),
    "{where}: votes on an item without a passed flag are not kept.": (
        "{where}: no se conservan los votos de un punto que no indica si se aprobó.",
        "{where}\u00a0: les votes d’un point qui n’indique pas s’il a été adopté ne sont pas conservés.",
    ),
    "{where}: the roll-call value '{raw}' of {person} has no meaning CouncilDesk knows; their attendance was left for the clerk to record.": (
        "{where}: el valor de votación nominal «{raw}» de {person} no tiene un significado que CouncilDesk conozca; su asistencia queda para que la registre la secretaría.",
        "{where}\u00a0: la valeur d’appel nominal «\u00a0{raw}\u00a0» de {person} n’a pas de sens connu de CouncilDesk; sa présence reste à consigner par le greffe.",
    ),
    "{where}: Legistar does not give the number of seats of '{name}'; {count} is used (the members who moved, seconded or voted) for a new body.": (
        "{where}: Legistar no indica el número de escaños de «{name}»; se usa {count} (los miembros que presentaron, secundaron o votaron) para un órgano nuevo.",
        "{where}\u00a0: Legistar ne donne pas le nombre de sièges de «\u00a0{name}\u00a0»; {count} est retenu (les membres qui ont proposé, appuyé ou voté) pour une nouvelle instance.",
    ),
    # what the OCD, Popolo and CSV readers say about a file (the import's warnings): where in the file,
    # then what was kept otherwise than written; a field or value named in quotes is the file's own word
    "{where}, field '{field}'": ("{where}, campo «{field}»", "{where}, champ «\u00a0{field}\u00a0»"),
    "{where}: the vote value '{text}' has no meaning CouncilDesk knows; it was recorded as 'other' with the original value in the ballot's note.": (
        "{where}: el valor de voto «{text}» no tiene un significado que CouncilDesk conozca; se registró como «otro», con el valor original en la nota del voto.",
        "{where}\u00a0: la valeur de vote «\u00a0{text}\u00a0» n’a pas de sens connu de CouncilDesk; elle a été consignée comme «\u00a0autre\u00a0», la valeur d’origine dans la note du vote.",
    ),
    "{where}, field '{field}': '{raw}' was recorded as {option} (noted '{kept}').": (
        "{where}, campo «{field}»: «{raw}» se registró como {option} (con la nota «{kept}»).",
        "{where}, champ «\u00a0{field}\u00a0»\u00a0: «\u00a0{raw}\u00a0» a été consigné comme {option} (avec la note «\u00a0{kept}\u00a0»).",
    ),
    "{where}, field '{field}': the count option '{raw}' has no meaning CouncilDesk knows; it was counted as 'other'.": (
        "{where}, campo «{field}»: la opción de recuento «{raw}» no tiene un significado que CouncilDesk conozca; se contó como «otro».",
        "{where}, champ «\u00a0{field}\u00a0»\u00a0: l’option de décompte «\u00a0{raw}\u00a0» n’a pas de sens connu de CouncilDesk; elle a été comptée comme «\u00a0autre\u00a0».",
    ),
    "{where}: the document was not kept ({error}).": (
        "{where}: no se conservó el documento ({error}).",
        "{where}\u00a0: le document n’a pas été conservé ({error}).",
    ),
    "{where}: person '{key}' is not in the file; '{name}' is used (an existing person of that name, or a new one).": (
        "{where}: la persona «{key}» no está en el archivo; se usa «{name}» (una persona existente con ese nombre, o una nueva).",
        "{where}\u00a0: la personne «\u00a0{key}\u00a0» n’est pas dans le fichier; «\u00a0{name}\u00a0» est retenu (une personne existante de ce nom, ou une nouvelle).",
    ),
    "{where}: no organization is given; the body '{name}' is used (existing or new).": (
        "{where}: no se indica ninguna organización; se usa el órgano «{name}» (existente o nuevo).",
        "{where}\u00a0: aucune organisation n’est indiquée; l’instance «\u00a0{name}\u00a0» est retenue (existante ou nouvelle).",
    ),
    "{where}: organization '{key}' is not in the file; the body '{name}' is used (existing or new).": (
        "{where}: la organización «{key}» no está en el archivo; se usa el órgano «{name}» (existente o nuevo).",
        "{where}\u00a0: l’organisation «\u00a0{key}\u00a0» n’est pas dans le fichier; l’instance «\u00a0{name}\u00a0» est retenue (existante ou nouvelle).",
    ),
    "{where}: no meeting is given; a meeting on {when} titled '{title}' holds it.": (
        "{where}: no se indica ninguna sesión; lo recoge una sesión del {when} titulada «{title}».",
        "{where}\u00a0: aucune séance n’est indiquée; une séance du {when} intitulée «\u00a0{title}\u00a0» le reçoit.",
    ),
    # Open Civic Data
    "{where}: a '{raw}' organization is not a council body; skipped.": (
        "{where}: una organización «{raw}» no es un órgano del concejo; se omite.",
        "{where}\u00a0: une organisation «\u00a0{raw}\u00a0» n’est pas une instance du conseil; laissée de côté.",
    ),
    "{where}: membership of a skipped organization; skipped.": (
        "{where}: membresía de una organización omitida; se omite.",
        "{where}\u00a0: appartenance à une organisation laissée de côté; laissée de côté.",
    ),
    "{where}, field 'role': '{role}' was recorded as member.": (
        "{where}, campo «role»: «{role}» se registró como miembro.",
        "{where}, champ «\u00a0role\u00a0»\u00a0: «\u00a0{role}\u00a0» a été consigné comme membre.",
    ),
    "{where}, field 'classification': '{raw}' was recorded as other.": (
        "{where}, campo «classification»: «{raw}» se registró como «otro».",
        "{where}, champ «\u00a0classification\u00a0»\u00a0: «\u00a0{raw}\u00a0» a été consigné comme «\u00a0autre\u00a0».",
    ),
    "{where}: an organization as sponsor is not kept; skipped.": (
        "{where}: no se conserva una organización como patrocinador; se omite.",
        "{where}\u00a0: une organisation comme parrain n’est pas conservée; laissée de côté.",
    ),
    "{where}: participant role '{note}' is not attendance; skipped.": (
        "{where}: el papel de participante «{note}» no es asistencia; se omite.",
        "{where}\u00a0: le rôle de participant «\u00a0{note}\u00a0» n’est pas une présence; laissé de côté.",
    ),
    "{where}: '{title}' names no agenda item; not kept.": (
        "{where}: «{title}» no nombra ningún punto del orden del día; no se conserva.",
        "{where}\u00a0: «\u00a0{title}\u00a0» ne nomme aucun point de l’ordre du jour; non conservé.",
    ),
    "{where}: counts say {counted} yes but the individual votes hold {held}; the individual votes are kept.": (
        "{where}: los recuentos dan {counted} votos a favor, pero los votos individuales suman {held}; se conservan los votos individuales.",
        "{where}\u00a0: les décomptes donnent {counted} voix pour, mais les votes individuels en comptent {held}; les votes individuels sont conservés.",
    ),
    "{where}: counts say {counted} no but the individual votes hold {held}; the individual votes are kept.": (
        "{where}: los recuentos dan {counted} votos en contra, pero los votos individuales suman {held}; se conservan los votos individuales.",
        "{where}\u00a0: les décomptes donnent {counted} voix contre, mais les votes individuels en comptent {held}; les votes individuels sont conservés.",
    ),
    # Popolo
    "{where}: {count} areas are not records CouncilDesk keeps; skipped.": (
        "{where}: CouncilDesk no conserva zonas ({count}); se omiten.",
        "{where}\u00a0: CouncilDesk ne conserve pas les zones ({count}); laissées de côté.",
    ),
    "{where}: {count} elections are not records CouncilDesk keeps; skipped.": (
        "{where}: CouncilDesk no conserva elecciones ({count}); se omiten.",
        "{where}\u00a0: CouncilDesk ne conserve pas les élections ({count}); laissées de côté.",
    ),
    "{where}: {count} legislative periods are not records CouncilDesk keeps; skipped.": (
        "{where}: CouncilDesk no conserva períodos legislativos ({count}); se omiten.",
        "{where}\u00a0: CouncilDesk ne conserve pas les législatures ({count}); laissées de côté.",
    ),
    "{where}: {count} terms are not records CouncilDesk keeps; skipped.": (
        "{where}: CouncilDesk no conserva mandatos ({count}); se omiten.",
        "{where}\u00a0: CouncilDesk ne conserve pas les mandats ({count}); laissés de côté.",
    ),
    "{where}: '{name}' is an area (a place), not a body; skipped.": (
        "{where}: «{name}» es una zona (un lugar), no un órgano; se omite.",
        "{where}\u00a0: «\u00a0{name}\u00a0» est une zone (un lieu), pas une instance; laissée de côté.",
    ),
    "{where}: 'without a name' is an area (a place), not a body; skipped.": (
        "{where}: una zona sin nombre (un lugar) no es un órgano; se omite.",
        "{where}\u00a0: une zone sans nom (un lieu) n’est pas une instance; laissée de côté.",
    ),
    "{where}, field 'classification': '{label}' was recorded as a group (an organization that does not meet as a body); the label is kept.": (
        "{where}, campo «classification»: «{label}» se registró como un grupo (una organización que no sesiona como órgano); se conserva la etiqueta.",
        "{where}, champ «\u00a0classification\u00a0»\u00a0: «\u00a0{label}\u00a0» a été consigné comme un groupe (une organisation qui ne siège pas comme instance); le libellé est conservé.",
    ),
    "{where}: parent organization '{parent}' is not in the file; not linked.": (
        "{where}: la organización superior «{parent}» no está en el archivo; no se vincula.",
        "{where}\u00a0: l’organisation parente «\u00a0{parent}\u00a0» n’est pas dans le fichier; aucun lien n’est fait.",
    ),
    "{where}, field 'role': '{label}' was recorded as member (the label is kept).": (
        "{where}, campo «role»: «{label}» se registró como miembro (se conserva la etiqueta).",
        "{where}, champ «\u00a0role\u00a0»\u00a0: «\u00a0{label}\u00a0» a été consigné comme membre (le libellé est conservé).",
    ),
    "{where}: post '{post}' is not in the file; the membership has no seat.": (
        "{where}: el puesto «{post}» no está en el archivo; la membresía queda sin escaño.",
        "{where}\u00a0: le poste «\u00a0{post}\u00a0» n’est pas dans le fichier; l’appartenance n’a pas de siège.",
    ),
    "{where}: no start date; the term is recorded from {start}, the earliest date the file gives (exports leave it out again).": (
        "{where}: sin fecha de inicio; el mandato se registra desde el {start}, la fecha más antigua del archivo (las exportaciones vuelven a omitirla).",
        "{where}\u00a0: aucune date de début; le mandat est consigné à partir du {start}, la date la plus ancienne du fichier (les exportations l’omettent de nouveau).",
    ),
    "{where}: '{name}' is a {kind}, not a meeting; kept with its organization.": (
        "{where}: «{name}» ({kind}) no es una sesión; se conserva con su organización.",
        "{where}\u00a0: «\u00a0{name}\u00a0» ({kind}) n’est pas une séance; conservé avec son organisation.",
    ),
    "{where}, field 'status': '{status}' was recorded as adjourned.": (
        "{where}, campo «status»: «{status}» se registró como sesión levantada.",
        "{where}, champ «\u00a0status\u00a0»\u00a0: «\u00a0{status}\u00a0» a été consigné comme séance levée.",
    ),
    "{where}: attendance '{note}' was recorded as present.": (
        "{where}: la asistencia «{note}» se registró como presente.",
        "{where}\u00a0: la présence «\u00a0{note}\u00a0» a été consignée comme présent.",
    ),
    "{where}: no date is given; the meeting holding it is dated {date}, the earliest date in the file.": (
        "{where}: no se indica ninguna fecha; la sesión que lo recoge lleva la fecha {date}, la más antigua del archivo.",
        "{where}\u00a0: aucune date n’est indiquée; la séance qui le reçoit est datée du {date}, la date la plus ancienne du fichier.",
    ),
    "{where}: no date is given; the meeting holding it is dated {date}.": (
        "{where}: no se indica ninguna fecha; la sesión que lo recoge lleva la fecha {date}.",
        "{where}\u00a0: aucune date n’est indiquée; la séance qui le reçoit est datée du {date}.",
    ),
    "{where}, field 'classification': '{kind}' was recorded as a main motion.": (
        "{where}, campo «classification»: «{kind}» se registró como moción principal.",
        "{where}, champ «\u00a0classification\u00a0»\u00a0: «\u00a0{kind}\u00a0» a été consigné comme proposition principale.",
    ),
    "{where}: counts for {count} groups were added together; the groups' results are kept.": (
        "{where}: se sumaron los recuentos de {count} grupos; se conservan los resultados de los grupos.",
        "{where}\u00a0: les décomptes de {count} groupes ont été additionnés; les résultats des groupes sont conservés.",
    ),
    "{where}: no result is given; recorded as pass from its counts (majority of votes cast).": (
        "{where}: no se indica ningún resultado; se registró como aprobada según sus recuentos (mayoría de los votos emitidos).",
        "{where}\u00a0: aucun résultat n’est indiqué; consigné comme adoptée d’après ses décomptes (majorité des voix exprimées).",
    ),
    "{where}: no result is given; recorded as fail from its counts (majority of votes cast).": (
        "{where}: no se indica ningún resultado; se registró como rechazada según sus recuentos (mayoría de los votos emitidos).",
        "{where}\u00a0: aucun résultat n’est indiqué; consigné comme rejetée d’après ses décomptes (majorité des voix exprimées).",
    ),
    "{where}: no result is given; recorded as pass as nothing was counted (majority of votes cast).": (
        "{where}: no se indica ningún resultado; se registró como aprobada, pues no se contó nada (mayoría de los votos emitidos).",
        "{where}\u00a0: aucun résultat n’est indiqué; consigné comme adoptée, rien n’ayant été compté (majorité des voix exprimées).",
    ),
    "{where}: no result is given; recorded as fail as nothing was counted (majority of votes cast).": (
        "{where}: no se indica ningún resultado; se registró como rechazada, pues no se contó nada (mayoría de los votos emitidos).",
        "{where}\u00a0: aucun résultat n’est indiqué; consigné comme rejetée, rien n’ayant été compté (majorité des voix exprimées).",
    ),
    # a roll-call CSV (one column per member) and a roster CSV
    "{name}, row {row}": ("{name}, fila {row}", "{name}, ligne {row}"),
    "{name}, row {row}, column {column}": (
        "{name}, fila {row}, columna {column}",
        "{name}, ligne {row}, colonne {column}",
    ),
    "{name}, row {row}, column '{member}'": (
        "{name}, fila {row}, columna «{member}»",
        "{name}, ligne {row}, colonne «\u00a0{member}\u00a0»",
    ),
    "{where}, column {column}": ("{where}, columna {column}", "{where}, colonne {column}"),
    "{where}, result": ("{where}, resultado", "{where}, résultat"),
    "{where}: the tally '{raw}' is not yes-no or yes-no-abstain counts; it was not read.": (
        "{where}: el recuento «{raw}» no tiene la forma a favor-en contra o a favor-en contra-abstenciones; no se leyó.",
        "{where}\u00a0: le décompte «\u00a0{raw}\u00a0» n’a pas la forme pour-contre ou pour-contre-abstentions; il n’a pas été lu.",
    ),
    "{where}: the tally '{raw}' differs from the member columns ({members}); the ballots were kept.": (
        "{where}: el recuento «{raw}» no coincide con las columnas de los miembros ({members}); se conservaron los votos.",
        "{where}\u00a0: le décompte «\u00a0{raw}\u00a0» diffère des colonnes des membres ({members}); les votes ont été conservés.",
    ),
    "{where}: the result '{raw}' is not pass or fail; it was counted from the votes ({yes} yes, {no} no): pass.": (
        "{where}: el resultado «{raw}» no es pass ni fail; se calculó a partir de los votos ({yes} a favor, {no} en contra): aprobada.",
        "{where}\u00a0: le résultat «\u00a0{raw}\u00a0» n’est ni pass ni fail; il a été calculé d’après les votes ({yes} pour, {no} contre)\u00a0: adoptée.",
    ),
    "{where}: the result '{raw}' is not pass or fail; it was counted from the votes ({yes} yes, {no} no): fail.": (
        "{where}: el resultado «{raw}» no es pass ni fail; se calculó a partir de los votos ({yes} a favor, {no} en contra): rechazada.",
        "{where}\u00a0: le résultat «\u00a0{raw}\u00a0» n’est ni pass ni fail; il a été calculé d’après les votes ({yes} pour, {no} contre)\u00a0: rejetée.",
    ),
    "{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): pass.": (
        "{where}: no se indica ningún resultado; se calculó a partir de los votos ({yes} a favor, {no} en contra): aprobada.",
        "{where}\u00a0: aucun résultat n’est indiqué; il a été calculé d’après les votes ({yes} pour, {no} contre)\u00a0: adoptée.",
    ),
    "{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): fail.": (
        "{where}: no se indica ningún resultado; se calculó a partir de los votos ({yes} a favor, {no} en contra): rechazada.",
        "{where}\u00a0: aucun résultat n’est indiqué; il a été calculé d’après les votes ({yes} pour, {no} contre)\u00a0: rejetée.",
    ),
    "{where}: there is no body '{name}'; it was created with 1 seat, one per member column.": (
        "{where}: no existe el órgano «{name}»; se creó con 1 escaño, uno por columna de miembro.",
        "{where}\u00a0: il n’y a pas d’instance «\u00a0{name}\u00a0»; elle a été créée avec 1 siège, un par colonne de membre.",
    ),
    "{where}: there is no body '{name}'; it was created with {count} seats, one per member column.": (
        "{where}: no existe el órgano «{name}»; se creó con {count} escaños, uno por columna de miembro.",
        "{where}\u00a0: il n’y a pas d’instance «\u00a0{name}\u00a0»; elle a été créée avec {count} sièges, un par colonne de membre.",
    ),
    "{where}: no one is named '{name}'; a person of that name was created.": (
        "{where}: nadie se llama «{name}»; se creó una persona con ese nombre.",
        "{where}\u00a0: personne ne s’appelle «\u00a0{name}\u00a0»; une personne de ce nom a été créée.",
    ),
    "{where}: there is no matter '{identifier}'; it was created.": (
        "{where}: no existe el asunto «{identifier}»; se creó.",
        "{where}\u00a0: il n’y a pas de dossier «\u00a0{identifier}\u00a0»; il a été créé.",
    ),
    "{name}: the column '{column}' is not read.": (
        "{name}: la columna «{column}» no se lee.",
        "{name}\u00a0: la colonne «\u00a0{column}\u00a0» n’est pas lue.",
    ),
    "{where}: a new body '{name}' would get {count} seat(s), one per seat named.": (
        "{where}: un órgano nuevo «{name}» tendría {count} escaño(s), uno por escaño nombrado.",
        "{where}\u00a0: une nouvelle instance «\u00a0{name}\u00a0» aurait {count} siège(s), un par siège nommé.",
    ),
    # the roll-call CSV's first preview line: what the sheet holds ("1 vote", "1 meeting" and "1 ballot"
    # are the import summary's own)
    "read": ("leído", "lu"),
    "roll call": ("votación nominal", "vote par appel nominal"),
    "{name} holds {votes} in {meetings}, with {columns} and {ballots}": (
        "{name} contiene {votes} en {meetings}, con {columns} y {ballots}",
        "{name} contient {votes} en {meetings}, avec {columns} et {ballots}",
    ),
    "1 value read by meaning (such as {words})": (
        "1 valor leído por su significado (como {words})",
        "1 valeur lue selon son sens (comme {words})",
    ),
    "{count} values read by meaning (such as {words})": (
        "{count} valores leídos por su significado (como {words})",
        "{count} valeurs lues selon leur sens (comme {words})",
    ),
    "1 unknown value kept as 'other'": (
        "1 valor desconocido conservado como «otro»",
        "1 valeur inconnue conservée comme «\u00a0autre\u00a0»",
    ),
    "{count} unknown values kept as 'other'": (
        "{count} valores desconocidos conservados como «otro»",
        "{count} valeurs inconnues conservées comme «\u00a0autre\u00a0»",
    ),
    "{text}.": ("{text}.", "{text}."),
    "1 member column": ("1 columna de miembro", "1 colonne de membre"),
    "{count} member columns": ("{count} columnas de miembros", "{count} colonnes de membres"),
    # an import's progress lines (the window's progress dialog) and its cancellation
    "Reading {name}…": ("Leyendo {name}…", "Lecture de {name}…"),
    "Writing records…": ("Escribiendo los registros…", "Écriture des enregistrements…"),
    "Wrote {count:,} records…": ("{count:,} registros escritos…", "{count:,} enregistrements écrits…"),
    "Previewed: nothing was changed.": (
        "Vista previa: no se modificó nada.",
        "Aperçu\u00a0: rien n’a été modifié.",
    ),
    "Committed.": ("Guardado.", "Enregistré."),
    "The import was cancelled; nothing was changed.": (
        "Se canceló la importación; no se modificó nada.",
        "L’importation a été annulée; rien n’a été modifié.",
    ),
    # warnings printed inside the minutes, in the minutes' language (typographic apostrophes, as the
    # minutes print them); {kind}, {declared}, {computed} and {threshold} come in the minutes' words
    "Item {number}: {kind} {identifier} was adopted but its text has not been entered; the minutes must carry it in full.": (
        "Punto {number} ({kind} {identifier}): se aprobó, pero su texto no se ha ingresado; el acta debe transcribirlo íntegramente.",
        "Point {number} ({kind} {identifier})\u00a0: adopté, mais son texte n’a pas été saisi; le procès-verbal doit le reproduire intégralement.",
    ),
    "The declared result ({declared}) disagrees with the arithmetic: {yes}–{no} under {threshold} is a {computed}.": (
        "El resultado declarado ({declared}) no concuerda con el cómputo: con {yes} votos a favor y {no} en contra, y un umbral de {threshold}, la moción resulta {computed}.",
        "Le résultat déclaré ({declared}) ne concorde pas avec le calcul\u00a0: à {yes} contre {no}, au seuil de {threshold}, la proposition est {computed}.",
    ),
    "The record chain of this file is broken ({reason}), so the approval of these minutes cannot be trusted; run Verify.": (
        "La cadena de registros de este archivo está rota ({reason}), por lo que no puede confiarse en la aprobación de esta acta; ejecute Verificar.",
        "La chaîne des registres de ce fichier est rompue ({reason}); on ne peut donc pas se fier à l’adoption de ce procès-verbal. Lancez Vérifier.",
    ),
    "The stored approved version of these minutes is damaged; this copy is printed from the current records. Run Verify and restore a backup.": (
        "La versión aprobada guardada de esta acta está dañada; esta copia se imprime a partir de los registros actuales. Ejecute Verificar y restaure una copia de seguridad.",
        "La version adoptée conservée de ce procès-verbal est endommagée; cette copie est imprimée à partir des registres actuels. Lancez Vérifier et restaurez une sauvegarde.",
    ),
    "The records of this meeting have changed since approval; this copy shows the minutes as approved. Run Verify to see what changed.": (
        "Los registros de esta sesión cambiaron después de la aprobación; esta copia muestra el acta tal como fue aprobada. Ejecute Verificar para ver qué cambió.",
        "Les registres de cette séance ont changé depuis l’adoption; cette copie présente le procès-verbal tel qu’adopté. Lancez Vérifier pour voir ce qui a changé.",
    ),
    # the command line: help texts, argparse's own words and the summaries commands print
    "create an empty database (or upgrade an older one)": (
        "crear una base de datos vacía (o actualizar una más antigua)",
        "créer une base de données vide (ou mettre à niveau une plus ancienne)",
    ),
    "load the demo council and its 2011 meetings into an empty database": (
        "cargar el concejo de demostración y sus sesiones de 2011 en una base de datos vacía",
        "charger le conseil de démonstration et ses séances de 2011 dans une base de données vide",
    ),
    "fill an empty database with a synthetic city (tests, benchmarks)": (
        "llenar una base de datos vacía con una ciudad sintética (pruebas, mediciones)",
        "remplir une base de données vide d'une ville synthétique (essais, mesures)",
    ),
    "list meetings, newest first": (
        "listar las sesiones, de la más reciente a la más antigua",
        "lister les séances, de la plus récente à la plus ancienne",
    ),
    "print one meeting as readable text": (
        "mostrar una sesión como texto legible",
        "afficher une séance en texte lisible",
    ),
    "check the database's integrity": (
        "verificar la integridad de la base de datos",
        "vérifier l'intégrité de la base de données",
    ),
    "copy the database safely, even while the window has it open (PostgreSQL: pg_dump, custom format)": (
        "copiar la base de datos de forma segura, incluso con la ventana abierta (PostgreSQL: pg_dump, formato personalizado)",
        "copier la base de données en toute sécurité, même quand la fenêtre l'a ouverte (PostgreSQL : pg_dump, format personnalisé)",
    ),
    "render the main window offscreen to a PNG": (
        "dibujar la ventana principal fuera de pantalla en un PNG",
        "dessiner la fenêtre principale hors écran dans un PNG",
    ),
    "Backed up to {file} with pg_dump in {seconds:.1f} s.": (
        "Respaldo escrito en {file} con pg_dump en {seconds:.1f} s.",
        "Sauvegarde écrite dans {file} avec pg_dump en {seconds:.1f} s.",
    ),
    "Backed up {source} to {dest}.": (
        "Se respaldó {source} en {dest}.",
        "{source} a été sauvegardée dans {dest}.",
    ),
    "export open data: ocd, popolo, csv, ics or wide-csv roll calls": (
        "exportar datos abiertos: ocd, popolo, csv, ics o votaciones nominales wide-csv",
        "exporter des données ouvertes : ocd, popolo, csv, ics ou votes par appel nominal wide-csv",
    ),
    "import ocd, popolo, legistar, a csv roster or wide-csv roll calls (all or nothing)": (
        "importar ocd, popolo, legistar, una lista csv o votaciones nominales wide-csv (todo o nada)",
        "importer ocd, popolo, legistar, une liste csv ou des votes par appel nominal wide-csv (tout ou rien)",
    ),
    "write a full-fidelity archive (zip) of the database": (
        "escribir un archivo completo (zip) de la base de datos",
        "écrire une archive complète (zip) de la base de données",
    ),
    "replace the database with a backup (.db) or an archive (.zip); on PostgreSQL, pg_restore a .dump into an empty database": (
        "reemplazar la base de datos por un respaldo (.db) o un archivo (.zip); en PostgreSQL, pg_restore de un .dump en una base de datos vacía",
        "remplacer la base de données par une sauvegarde (.db) ou une archive (.zip); sous PostgreSQL, pg_restore d'un .dump dans une base vide",
    ),
    "list the automatic backups of the database": (
        "listar los respaldos automáticos de la base de datos",
        "lister les sauvegardes automatiques de la base de données",
    ),
    "Wrote {n} {format} file(s) to {dir}.": (
        "Archivos {format} escritos en {dir}: {n}.",
        "Fichiers {format} écrits dans {dir} : {n}.",
    ),
    "Dry run: nothing was changed.": ("Ensayo: no se cambió nada.", "Essai à blanc : rien n'a été modifié."),
    "Imported.": ("Importado.", "Importation terminée."),
    "write a meeting's minutes as PDF, or a body's year of minutes as one volume (--year, --body)": (
        "escribir el acta de una sesión en PDF, o las actas de un año de un órgano en un volumen (--year, --body)",
        "écrire le procès-verbal d'une séance en PDF, ou ceux d'une année d'une instance en un recueil (--year, --body)",
    ),
    "write a meeting's agenda as PDF": (
        "escribir el orden del día de una sesión en PDF",
        "écrire l'ordre du jour d'une séance en PDF",
    ),
    "approve a meeting's minutes at a later meeting; locks them": (
        "aprobar el acta de una sesión en una sesión posterior; la bloquea",
        "adopter le procès-verbal d'une séance lors d'une séance ultérieure; le verrouille",
    ),
    "check approved minutes against their fingerprint and the record chain (exit 0 OK, 1 tampered, 3 draft, 4 text unchanged but shared records renamed)": (
        "verificar las actas aprobadas con su huella y la cadena de registros (salida 0 correcto, 1 alterada, 3 borrador, 4 texto igual pero registros compartidos renombrados)",
        "vérifier les procès-verbaux adoptés avec leur empreinte et la chaîne des registres (sortie 0 correct, 1 altéré, 3 projet, 4 texte inchangé mais registres partagés renommés)",
    ),
    "write the record chain's head and every approval's fingerprint as JSON (to publish)": (
        "escribir la cabeza de la cadena de registros y la huella de cada aprobación en JSON (para publicar)",
        "écrire la tête de la chaîne des registres et l'empreinte de chaque adoption en JSON (à publier)",
    ),
    "record a correction to approved minutes (never erases them)": (
        "registrar una corrección a un acta aprobada (nunca la borra)",
        "consigner une correction à un procès-verbal adopté (sans jamais l'effacer)",
    ),
    "Wrote the approved minutes of meeting {meeting} to {file}.": (
        "Se escribió el acta aprobada de la sesión {meeting} en {file}.",
        "Le procès-verbal adopté de la séance {meeting} a été écrit dans {file}.",
    ),
    "Wrote the DRAFT minutes of meeting {meeting} to {file}.": (
        "Se escribió el BORRADOR del acta de la sesión {meeting} en {file}.",
        "Le PROJET de procès-verbal de la séance {meeting} a été écrit dans {file}.",
    ),
    "Wrote the approved HTML minutes of meeting {meeting} to {file}.": (
        "Se escribió el acta aprobada en HTML de la sesión {meeting} en {file}.",
        "Le procès-verbal adopté en HTML de la séance {meeting} a été écrit dans {file}.",
    ),
    "Wrote the DRAFT HTML minutes of meeting {meeting} to {file}.": (
        "Se escribió el BORRADOR del acta en HTML de la sesión {meeting} en {file}.",
        "Le PROJET de procès-verbal en HTML de la séance {meeting} a été écrit dans {file}.",
    ),
    "a member's voting record, as PDF or CSV": (
        "el historial de votos de un miembro, en PDF o CSV",
        "le relevé des votes d'un membre, en PDF ou CSV",
    ),
    "full-text search of items, matters, motions and speakers": (
        "búsqueda de texto completo en puntos, asuntos, mociones y oradores",
        "recherche plein texte dans les points, dossiers, propositions et intervenants",
    ),
    "who votes with whom on split votes, as PDF or CSV": (
        "quién vota con quién en las votaciones divididas, en PDF o CSV",
        "qui vote avec qui lors des votes partagés, en PDF ou CSV",
    ),
    "a matter's path across meetings, with every vote": (
        "el recorrido de un asunto por las sesiones, con cada votación",
        "le parcours d'un dossier d'une séance à l'autre, avec chaque vote",
    ),
    "signing keys for approved minutes (kept in a file, never in the database)": (
        "claves de firma de las actas aprobadas (guardadas en un archivo, nunca en la base de datos)",
        "clés de signature des procès-verbaux adoptés (gardées dans un fichier, jamais dans la base)",
    ),
    "check a signed minutes PDF: unchanged since signing, and who signed it (exit 0 OK, 1 refused)": (
        "verificar un acta firmada en PDF: sin cambios desde la firma, y quién la firmó (salida 0 correcto, 1 rechazada)",
        "vérifier un procès-verbal signé en PDF : inchangé depuis la signature, et qui l'a signé (sortie 0 correct, 1 refusé)",
    ),
    "set up a PostgreSQL database for an office: schema owner, clerk and reader groups, grants (run again after each upgrade; it changes nothing that is already right)": (
        "preparar una base de datos PostgreSQL para una oficina: propietario del esquema, grupos de secretaría y de lectura, permisos (vuelva a ejecutarlo tras cada actualización; no cambia nada que ya esté bien)",
        "préparer une base PostgreSQL pour un bureau : propriétaire du schéma, groupes du greffe et de lecture, droits (relancez-le après chaque mise à niveau; il ne change rien de ce qui est déjà correct)",
    ),
    "write the public website (meetings, minutes, members, votes, matters, search, open data) into DIR": (
        "escribir el sitio web público (sesiones, actas, miembros, votaciones, asuntos, búsqueda, datos abiertos) en DIR",
        "écrire le site Web public (séances, procès-verbaux, membres, votes, dossiers, recherche, données ouvertes) dans DIR",
    ),
    "Published {meetings} meetings ({approved} with approved minutes) as {pages} pages and {files} files in {dir} ({changed} written, {removed} removed) in {seconds:.1f} s. Open {index}.": (
        "Sesiones publicadas: {meetings} ({approved} con acta aprobada), en {pages} páginas y {files} archivos en {dir} ({changed} escritos, {removed} eliminados) en {seconds:.1f} s. Abra {index}.",
        "Séances publiées : {meetings} ({approved} avec procès-verbal adopté), en {pages} pages et {files} fichiers dans {dir} ({changed} écrits, {removed} supprimés) en {seconds:.1f} s. Ouvrez {index}.",
    ),
    "draw the files of approved minutes (agenda PDF, minutes web edition and PDF) and keep them in the records, so that publishing copies them instead of drawing them": (
        "dibujar los archivos de las actas aprobadas (PDF del orden del día, edición web y PDF del acta) y guardarlos en los registros, para que la publicación los copie en lugar de dibujarlos",
        "dessiner les fichiers des procès-verbaux adoptés (PDF de l'ordre du jour, édition Web et PDF du procès-verbal) et les conserver dans les registres, pour que la publication les copie au lieu de les dessiner",
    ),
    "only this meeting (repeatable; default: every approved meeting)": (
        "solo esta sesión (repetible; por defecto: todas las sesiones aprobadas)",
        "seulement cette séance (répétable; par défaut : toutes les séances adoptées)",
    ),
    "Keeping the approved minutes' files: {done} of {total} meetings read…": (
        "Guardando los archivos de las actas aprobadas: {done} de {total} sesiones leídas…",
        "Conservation des fichiers des procès-verbaux adoptés : {done} séances lues sur {total}…",
    ),
    "No files were kept: none of the {count} meetings has approved minutes, or the record chain is broken (run `councildesk verify --all`).": (
        "No se guardó ningún archivo: ninguna de las {count} sesiones tiene el acta aprobada, o la cadena de registros está rota (ejecute `councildesk verify --all`).",
        "Aucun fichier n'a été conservé : aucune des {count} séances n'a de procès-verbal adopté, ou la chaîne des registres est rompue (lancez `councildesk verify --all`).",
    ),
    "Approved minutes with their files kept: {kept}.": (
        "Actas aprobadas con sus archivos guardados: {kept}.",
        "Procès-verbaux adoptés dont les fichiers sont conservés : {kept}.",
    ),
    "The minutes of meeting {meeting_id} are not approved, so no files are kept.": (
        "El acta de la sesión {meeting_id} no está aprobada, así que no se guarda ningún archivo.",
        "Le procès-verbal de la séance {meeting_id} n'est pas adopté; aucun fichier n'est donc conservé.",
    ),
    # pg-setup: its prompts and what it did
    "Password: ": ("Contraseña: ", "Mot de passe : "),
    "Again: ": ("Repita: ", "Encore une fois : "),
    "Set up {database} at schema {schema}: {tables} tables granted to {clerk} and {reader}, owned by {owner}; {people} people have their own login.": (
        "Se preparó {database} en el esquema {schema}: {tables} tablas concedidas a {clerk} y {reader}, propiedad de {owner}; {people} personas tienen su propio inicio de sesión.",
        "{database} préparée dans le schéma {schema} : {tables} tables accordées à {clerk} et {reader}, propriété de {owner}; {people} personnes ont leur propre identifiant.",
    ),
    "{name} signs in as {login} ({role}). Their password was set.": (
        "{name} inicia sesión como {login} ({role}). Se fijó su contraseña.",
        "{name} se connecte en tant que {login} ({role}). Son mot de passe a été défini.",
    ),
    "{name} signs in as {login} ({role}). Set a password with --password, or use the server's own sign-in.": (
        "{name} inicia sesión como {login} ({role}). Fije una contraseña con --password, o use el inicio de sesión propio del servidor.",
        "{name} se connecte en tant que {login} ({role}). Définissez un mot de passe avec --password, ou utilisez l’identification propre au serveur.",
    ),
    # migrate-to: its progress lines and its summary
    "Preparing {url} (schema upgrade to the current version)…": (
        "Preparación de {url} (actualización del esquema a la versión actual)…",
        "Préparation de {url} (mise à niveau du schéma vers la version actuelle)…",
    ),
    "Copying {rows:,} rows in {tables} tables from {source}…": (
        "Copia de {rows:,} filas de {tables} tablas desde {source}…",
        "Copie de {rows:,} lignes de {tables} tables depuis {source}…",
    ),
    "Comparing the rows of every table…": (
        "Comparación de las filas de cada tabla…",
        "Comparaison des lignes de chaque table…",
    ),
    "Verifying every approved meeting's fingerprint and the record chain…": (
        "Verificación de la huella de cada sesión aprobada y de la cadena de registros…",
        "Vérification de l’empreinte de chaque séance adoptée et de la chaîne des registres…",
    ),
    "  {table}: {done:,} of {total:,} rows": (
        "  {table}: {done:,} de {total:,} filas",
        "  {table} : {done:,} lignes sur {total:,}",
    ),
    "Copied {rows:,} rows in {tables} tables into {url} in {seconds:.1f} s: every table holds the same rows as the file, {approvals} approved meetings verify OK, and the record chain ends at the same head ({links} links, {head}…). The file is unchanged; open the server with --db {url}.": (
        "Se copiaron {rows:,} filas de {tables} tablas en {url} en {seconds:.1f} s: cada tabla contiene las mismas filas que el archivo, {approvals} sesiones aprobadas se verifican correctamente y la cadena de registros termina en la misma cabeza ({links} eslabones, {head}…). El archivo no ha cambiado; abra el servidor con --db {url}.",
        "{rows:,} lignes de {tables} tables copiées dans {url} en {seconds:.1f} s : chaque table contient les mêmes lignes que le fichier, {approvals} séances adoptées se vérifient correctement et la chaîne des registres se termine à la même tête ({links} maillons, {head}…). Le fichier est inchangé; ouvrez le serveur avec --db {url}.",
    ),
    # self-test: its steps, what each found and its verdict
    "CouncilDesk {version} self-test ({kind}; Python {python} at {executable}; {day})": (
        "Autoprueba de CouncilDesk {version} ({kind}; Python {python} en {executable}; {day})",
        "Autotest de CouncilDesk {version} ({kind}; Python {python} dans {executable}; {day})",
    ),
    "bundle": ("paquete autónomo", "paquet autonome"),
    "Python install": ("instalación de Python", "installation Python"),
    "demo created": ("demostración creada", "démonstration créée"),
    "seed minutes written and read back": (
        "acta de referencia escrita y releída",
        "procès-verbal de référence écrit et relu",
    ),
    "minutes approved and verified": ("acta aprobada y verificada", "procès-verbal adopté et vérifié"),
    "approved minutes signed and checked": (
        "acta aprobada firmada y comprobada",
        "procès-verbal adopté signé et contrôlé",
    ),
    "OCD exported and re-imported": ("OCD exportado y reimportado", "OCD exporté et réimporté"),
    "main window painted": ("ventana principal dibujada", "fenêtre principale dessinée"),
    "{count} meetings; {day} is meeting {meeting}": (
        "{count} sesiones; la del {day} es la sesión {meeting}",
        "{count} séances; celle du {day} est la séance {meeting}",
    ),
    "{pages} pages, {size} KB, names the resolution and its speakers": (
        "{pages} páginas, {size} KB, nombra la resolución y a sus oradores",
        "{pages} pages, {size} Ko, nomme la résolution et ses intervenants",
    ),
    "fingerprint matches": ("la huella coincide", "l’empreinte correspond"),
    "SHA-256 {fingerprint}…": ("SHA-256 {fingerprint}…", "SHA-256 {fingerprint}…"),
    "certificate {fingerprint}…, unchanged since signing": (
        "certificado {fingerprint}…, sin cambios desde la firma",
        "certificat {fingerprint}…, inchangé depuis la signature",
    ),
    "{files} files, {meetings} meetings back in a second database": (
        "{files} archivos, {meetings} sesiones recuperadas en una segunda base de datos",
        "{files} fichiers, {meetings} séances retrouvées dans une seconde base de données",
    ),
    "{size}, {colours} colours sampled": (
        "{size}, {colours} colores muestreados",
        "{size}, {colours} couleurs échantillonnées",
    ),
    "ok  {name} ({detail})": ("ok  {name} ({detail})", "ok  {name} ({detail})"),
    "FAIL {name}: {problem}": ("FALLO {name}: {problem}", "ÉCHEC {name} : {problem}"),
    "self-test passed": ("autoprueba superada", "autotest réussi"),
    # publish's progress lines and generate's summary
    "Reading the meetings…": ("Lectura de las sesiones…", "Lecture des séances…"),
    "Writing {count} meeting pages…": (
        "Escritura de {count} páginas de sesiones…",
        "Écriture de {count} pages de séances…",
    ),
    "Writing meeting pages ({n} of {total})…": (
        "Escritura de las páginas de sesiones ({n} de {total})…",
        "Écriture des pages de séances ({n} sur {total})…",
    ),
    "Writing the matter pages…": ("Escritura de las páginas de asuntos…", "Écriture des pages de dossiers…"),
    "Writing matter pages ({n} of {total})…": (
        "Escritura de las páginas de asuntos ({n} de {total})…",
        "Écriture des pages de dossiers ({n} sur {total})…",
    ),
    "Writing the member pages…": ("Escritura de las páginas de miembros…", "Écriture des pages des membres…"),
    "Writing member pages ({n} of {total})…": (
        "Escritura de las páginas de miembros ({n} de {total})…",
        "Écriture des pages des membres ({n} sur {total})…",
    ),
    "Writing who votes with whom…": (
        "Escritura de quién vota con quién…",
        "Écriture de qui vote avec qui…",
    ),
    "Writing the open data…": ("Escritura de los datos abiertos…", "Écriture des données ouvertes…"),
    "Writing the PDFs…": ("Escritura de los PDF…", "Écriture des PDF…"),
    "the language of the site's own words (default: the published bodies' language when they share one, else English)": (
        "el idioma de los textos propios del sitio (predeterminado: el idioma de los órganos publicados cuando lo comparten; si no, inglés)",
        "la langue des textes propres au site (par défaut : celle des instances publiées lorsqu'elles en partagent une, sinon l'anglais)",
    ),
    # the public website's own words (publish/, context "site"): Spanish and French councils' sites
    "Home": ("Inicio", "Accueil"),
    "Meetings": ("Sesiones", "Séances"),
    "Members": ("Miembros", "Membres"),
    "Matters": ("Asuntos", "Dossiers"),
    "Who votes with whom": ("Quién vota con quién", "Qui vote avec qui"),
    "Search": ("Buscar", "Rechercher"),
    "Approved minutes": ("Actas aprobadas", "Procès-verbaux adoptés"),
    "Skip to the content": ("Ir al contenido", "Aller au contenu"),
    "Site": ("Sitio", "Site"),
    "Published with CouncilDesk from the clerk's records.": (
        "Publicado con CouncilDesk a partir de los registros de la secretaría.",
        "Publié avec CouncilDesk à partir des registres du greffe.",
    ),
    "Fingerprints of approved minutes": (
        "Huellas digitales de las actas aprobadas",
        "Empreintes numériques des procès-verbaux adoptés",
    ),
    "Open data": ("Datos abiertos", "Données ouvertes"),
    "Speakers": ("Intervinientes", "Intervenants"),
    "{town} — public records": ("{town} — registros públicos", "{town} — registres publics"),
    "Public records": ("Registros públicos", "Registres publics"),
    "Meetings, votes and members": ("Sesiones, votaciones y miembros", "Séances, votes et membres"),
    "Search the records": ("Buscar en los registros", "Rechercher dans les registres"),
    "Upcoming meetings": ("Próximas sesiones", "Séances à venir"),
    "No meeting is scheduled.": ("No hay ninguna sesión programada.", "Aucune séance n’est prévue."),
    "Latest approved minutes": ("Últimas actas aprobadas", "Derniers procès-verbaux adoptés"),
    "No minutes are approved yet.": (
        "Aún no hay actas aprobadas.",
        "Aucun procès-verbal n’est encore adopté.",
    ),
    "Members now serving": ("Miembros en funciones", "Membres en fonction"),
    "Members at the last meeting, {day}": (
        "Miembros en la última sesión, {day}",
        "Membres à la dernière séance, {day}",
    ),
    "No member is serving today.": (
        "Ningún miembro está en funciones hoy.",
        "Aucun membre n’est en fonction aujourd’hui.",
    ),
    # a meeting's page
    "{day} {body} — {kind} meeting": ("{day} {body} — sesión {kind}", "{day} {body} — séance {kind}"),
    "{body} — {kind} meeting, {day}": ("{body} — sesión {kind}, {day}", "{body} — séance {kind}, {day}"),
    "Agenda (PDF)": ("Orden del día (PDF)", "Ordre du jour (PDF)"),
    "The minutes of this meeting are not yet approved; they appear here once they are.": (
        "El acta de esta sesión aún no está aprobada; aparecerá aquí cuando lo esté.",
        "Le procès-verbal de cette séance n’est pas encore adopté; il paraîtra ici dès son adoption.",
    ),
    "Minutes approved on {day}. Fingerprint (SHA-256): {sha}": (
        "Acta aprobada el {day}. Huella digital (SHA-256): {sha}",
        "Procès-verbal adopté le {day}. Empreinte numérique (SHA-256)\u00a0: {sha}",
    ),
    "Agenda": ("Orden del día", "Ordre du jour"),
    "Video": ("Video", "Vidéo"),
    "(external link)": ("(enlace externo)", "(lien externe)"),
    "No.": ("Núm.", "No"),
    "Documents": ("Documentos", "Documents"),
    "Agenda items": ("Puntos del orden del día", "Points de l’ordre du jour"),
    "No agenda items.": ("No hay puntos en el orden del día.", "Aucun point à l’ordre du jour."),
    "No attendance was recorded.": ("No se registró la asistencia.", "Aucune présence n’a été consignée."),
    "DRAFT — these minutes are not approved and may still change.": (
        "BORRADOR — esta acta no está aprobada y aún puede cambiar.",
        "PROJET — ce procès-verbal n’est pas adopté et peut encore changer.",
    ),
    "Minutes (web edition)": ("Acta (edición web)", "Procès-verbal (édition Web)"),
    "Minutes (tagged PDF)": ("Acta (PDF etiquetado)", "Procès-verbal (PDF balisé)"),
    "{name} on {item} ({meeting})": ("{name} sobre {item} ({meeting})", "{name} sur {item} ({meeting})"),
    "minutes": ("acta", "procès-verbal"),
    # the meetings by body and year
    "{year} ({n} meetings)": ("{year} ({n} sesiones)", "{year} ({n} séances)"),
    "{body}: meetings in {year}": ("{body}: sesiones de {year}", "{body}\u00a0: séances de {year}"),
    "Meetings of the {body} in {year}": ("Sesiones: {body}, {year}", "Séances\u00a0: {body}, {year}"),
    "Date": ("Fecha", "Date"),
    "Kind": ("Tipo", "Type"),
    "Minutes": ("Acta", "Procès-verbal"),
    "Approved": ("Aprobada", "Adopté"),
    "Draft (published)": ("Borrador (publicado)", "Projet (publié)"),
    "Not yet approved": ("Aún no aprobada", "Pas encore adopté"),
    # a member's page and its votes
    "On this page": ("En esta página", "Sur cette page"),
    "Seats and terms": ("Puestos y mandatos", "Sièges et mandats"),
    "Votes": ("Votaciones", "Votes"),
    "Seats held by {name}": ("Puestos ocupados por {name}", "Sièges occupés par {name}"),
    "Body": ("Órgano", "Instance"),
    "Seat": ("Puesto", "Siège"),
    "Role": ("Cargo", "Rôle"),
    "From": ("Desde", "Du"),
    "To": ("Hasta", "Au"),
    "serving": ("en funciones", "en fonction"),
    "No seat on a published body is recorded.": (
        "No consta ningún puesto en un órgano publicado.",
        "Aucun siège dans une instance publiée n’est consigné.",
    ),
    "Attendance of {name} by year": ("Asistencia de {name} por año", "Présences de {name} par année"),
    "Year": ("Año", "Année"),
    "Meetings seated": ("Sesiones como miembro", "Séances comme membre"),
    "Present": ("Presente", "Présent"),
    "Absent": ("Ausente", "Absent"),
    "Excused": ("Ausencia justificada", "Absence motivée"),
    "No attendance recorded.": ("No se registró asistencia.", "Aucune présence consignée."),
    "Votes ({n})": ("Votaciones ({n})", "Votes ({n})"),
    "{n} ballot in published minutes": (
        "{n} voto en las actas publicadas",
        "{n} vote dans les procès-verbaux publiés",
    ),
    "{n} ballots in published minutes": (
        "{n} votos en las actas publicadas",
        "{n} votes dans les procès-verbaux publiés",
    ),
    "; with the majority on {share} of decided votes": (
        "; con la mayoría en el {share} de las votaciones decididas",
        "; avec la majorité dans {share} des votes tranchés",
    ),
    "; {n} against the majority.": ("; {n} en contra de la mayoría.", "; {n} contre la majorité."),
    "Voting record (PDF)": ("Historial de votaciones (PDF)", "Relevé des votes (PDF)"),
    "Every vote (CSV)": ("Todos los votos (CSV)", "Tous les votes (CSV)"),
    "No votes in published minutes.": (
        "No hay votos en las actas publicadas.",
        "Aucun vote dans les procès-verbaux publiés.",
    ),
    "No members.": ("No hay miembros.", "Aucun membre."),
    "{vote} (against the majority)": ("{vote} (en contra de la mayoría)", "{vote} (contre la majorité)"),
    "Show only": ("Mostrar solo", "Afficher seulement"),
    "Any": ("Cualquiera", "Tous"),
    "Topic": ("Tema", "Sujet"),
    "Outcome": ("Resultado", "Issue"),
    "Voted against the majority": ("Votó en contra de la mayoría", "A voté contre la majorité"),
    "Show every vote": ("Mostrar todos los votos", "Afficher tous les votes"),
    "No matter": ("Sin asunto", "Aucun dossier"),
    "Every vote of {name}": ("Todos los votos de {name}", "Tous les votes de {name}"),
    "Item": ("Punto", "Point"),
    "Vote": ("Voto", "Vote"),
    "Result": ("Resultado", "Résultat"),
    # the filter script's count, in pieces: "Showing " 3 " of " 10 " votes." / "Showing all " 10 " votes."
    " vote.": (" voto.", " vote."),
    " votes.": (" votos.", " votes."),
    "Showing ": ("Se muestran ", "Affichage de "),
    " of ": (" de ", " sur "),
    "Showing all ": ("En total: ", "Au total\u00a0: "),
    # a matter's page
    "status: {status}": ("estado: {status}", "statut\u00a0: {status}"),
    " (primary sponsor)": (" (patrocinador principal)", " (parrain principal)"),
    "Sponsors": ("Patrocinadores", "Parrains"),
    "No sponsor is recorded.": ("No consta ningún patrocinador.", "Aucun parrain n’est consigné."),
    "Its path across meetings": ("Su recorrido por las sesiones", "Son parcours de séance en séance"),
    "On the agenda; the minutes are not yet approved.": (
        "En el orden del día; el acta aún no está aprobada.",
        "À l’ordre du jour; le procès-verbal n’est pas encore adopté.",
    ),
    "Roll call": ("Votación nominal", "Vote par appel nominal"),
    "Member": ("Miembro", "Membre"),
    "No matters.": ("No hay asuntos.", "Aucun dossier."),
    # who votes with whom
    "Who votes with whom: {body}": ("Quién vota con quién: {body}", "Qui vote avec qui\u00a0: {body}"),
    "No split vote with named ballots is in the published minutes.": (
        "Las actas publicadas no contienen ninguna votación dividida con votos nominales.",
        "Les procès-verbaux publiés ne contiennent aucun vote partagé où chacun est nommé.",
    ),
    "Share of {n} split votes on which each pair voted alike": (
        "Proporción de las {n} votaciones divididas en que cada par votó igual",
        "Part des {n} votes partagés où chaque paire a voté de la même façon",
    ),
    "On split votes (at least one yes and one no) in the published minutes, how often each pair of members cast the same vote. Abstentions, absences and recusals leave a pair out of that vote.": (
        "En las votaciones divididas (al menos un sí y un no) de las actas publicadas, con qué frecuencia cada par de miembros emitió el mismo voto. Las abstenciones, ausencias e inhibiciones dejan al par fuera de esa votación.",
        "Dans les votes partagés (au moins un pour et un contre) des procès-verbaux publiés, la fréquence à laquelle chaque paire de membres a voté de la même façon. Les abstentions, absences et récusations excluent la paire de ce vote.",
    ),
    "The same figures as a table": ("Las mismas cifras en una tabla", "Les mêmes chiffres dans un tableau"),
    "Download the pairs (CSV)": ("Descargar los pares (CSV)", "Télécharger les paires (CSV)"),
    "Heat map": ("Mapa de calor", "Carte thermique"),
    "Table": ("Tabla", "Tableau"),
    "No bodies.": ("No hay órganos.", "Aucune instance."),
    "{share} ({agree} of {together})": (
        "{share} ({agree} de {together})",
        "{share} ({agree} sur {together})",
    ),
    "never together": ("nunca juntos", "jamais ensemble"),
    "{share} agreement": ("{share} de acuerdo", "{share} d’accord"),
    "never voted together": ("nunca votaron juntos", "n’ont jamais voté ensemble"),
    "Colour key": ("Leyenda de colores", "Légende des couleurs"),
    # speakers, search, open data, the feed
    "Speaker": ("Interviniente", "Intervenant"),
    "On": ("Sobre", "Sujet"),
    "Speakers in the published minutes": (
        "Intervinientes en las actas publicadas",
        "Intervenants dans les procès-verbaux publiés",
    ),
    "No speaker is recorded in the published minutes.": (
        "Las actas publicadas no registran ningún interviniente.",
        "Aucun intervenant n’est consigné dans les procès-verbaux publiés.",
    ),
    "Search minutes, matters and speakers": (
        "Buscar en actas, asuntos e intervinientes",
        "Rechercher dans les procès-verbaux, les dossiers et les intervenants",
    ),
    "Search needs script; every minute and matter is listed below.": (
        "La búsqueda necesita JavaScript; todas las actas y todos los asuntos se enumeran más abajo.",
        "La recherche nécessite JavaScript; tous les procès-verbaux et dossiers sont énumérés ci-dessous.",
    ),
    "Every speaker in the published minutes": (
        "Todos los intervinientes en las actas publicadas",
        "Tous les intervenants dans les procès-verbaux publiés",
    ),
    "Everything published": ("Todo lo publicado", "Tout ce qui est publié"),
    " result": (" resultado", " résultat"),
    " results": (" resultados", " résultats"),
    "These files hold every meeting in the published range, including meetings whose minutes are not yet approved, marked as drafts; the calendar lists every meeting.": (
        "Estos archivos contienen todas las sesiones del período publicado, incluidas aquellas cuyas actas aún no están aprobadas, marcadas como borradores; el calendario enumera todas las sesiones.",
        "Ces fichiers contiennent toutes les séances de la période publiée, y compris celles dont le procès-verbal n’est pas encore adopté, marquées comme projets; le calendrier énumère toutes les séances.",
    ),
    "These files hold the meetings in the published range whose minutes are approved; the calendar (ICS) lists every meeting, upcoming ones included.": (
        "Estos archivos contienen las sesiones del período publicado cuyas actas están aprobadas; el calendario (ICS) enumera todas las sesiones, incluidas las próximas.",
        "Ces fichiers contiennent les séances de la période publiée dont le procès-verbal est adopté; le calendrier (ICS) énumère toutes les séances, y compris celles à venir.",
    ),
    "No data was exported.": ("No se exportó ningún dato.", "Aucune donnée n’a été exportée."),
    "Minutes approved on {day}; fingerprint (SHA-256) {sha}.": (
        "Acta aprobada el {day}; huella digital (SHA-256) {sha}.",
        "Procès-verbal adopté le {day}; empreinte numérique (SHA-256) {sha}.",
    ),
    "{site}: approved minutes": ("{site}: actas aprobadas", "{site}\u00a0: procès-verbaux adoptés"),
    "Generated {stats} in {seconds:.1f} s.": (
        "Se generó {stats} en {seconds:.1f} s.",
        "Générée : {stats}, en {seconds:.1f} s.",
    ),
    "the synthetic City of {city}, {span} (seed {seed}): {bodies:,} bodies, {people:,} people, {meetings:,} meetings, {items:,} agenda items, {matters:,} matters, {motions:,} motions, {votes:,} votes, {ballots:,} ballots, {speakers:,} speakers": (
        "la ciudad sintética de {city}, {span} (semilla {seed}): {bodies:,} órganos, {people:,} personas, {meetings:,} sesiones, {items:,} puntos del orden del día, {matters:,} asuntos, {motions:,} mociones, {votes:,} votaciones, {ballots:,} votos individuales, {speakers:,} intervenciones",
        "la ville synthétique de {city}, {span} (graine {seed}) : {bodies:,} instances, {people:,} personnes, {meetings:,} séances, {items:,} points à l’ordre du jour, {matters:,} dossiers, {motions:,} propositions, {votes:,} votes, {ballots:,} suffrages individuels, {speakers:,} interventions",
    ),
    "Record council meetings and publish official minutes. With no command, opens the desktop window.": (
        "Registre las sesiones del concejo y publique las actas oficiales. Sin comando, abre la ventana de escritorio.",
        "Consignez les séances du conseil et publiez les procès-verbaux officiels. Sans commande, ouvre la fenêtre de bureau.",
    ),
    "database file or PostgreSQL URL (default: your data folder)": (
        "archivo de base de datos o URL de PostgreSQL (predeterminado: su carpeta de datos)",
        "fichier de base de données ou URL PostgreSQL (par défaut : votre dossier de données)",
    ),
    "log what happens to stderr": (
        "registrar lo que sucede en stderr",
        "journaliser ce qui se passe sur stderr",
    ),
    "language of messages (default: LANG / LC_MESSAGES; the window's View ▸ Interface language)": (
        "idioma de los mensajes (predeterminado: LANG / LC_MESSAGES; en la ventana, Ver ▸ Idioma de la interfaz)",
        "langue des messages (par défaut : LANG / LC_MESSAGES; dans la fenêtre, Affichage ▸ Langue de l'interface)",
    ),
    "open the window read only (a councilor's view; the file may be open elsewhere for writing)": (
        "abrir la ventana en solo lectura (la vista de un concejal; el archivo puede estar abierto en otro lugar para escritura)",
        "ouvrir la fenêtre en lecture seule (la vue d'un conseiller; le fichier peut être ouvert ailleurs en écriture)",
    ),
    "check this installation end to end, offscreen, in a temporary folder, and exit": (
        "verificar esta instalación de principio a fin, fuera de pantalla, en una carpeta temporal, y salir",
        "vérifier cette installation de bout en bout, hors écran, dans un dossier temporaire, puis quitter",
    ),
    "usage: ": ("uso: ", "utilisation : "),
    "positional arguments": ("argumentos posicionales", "arguments positionnels"),
    "options": ("opciones", "options"),
    "show this help message and exit": ("mostrar esta ayuda y salir", "afficher cette aide et quitter"),
    "show program's version number and exit": (
        "mostrar la versión del programa y salir",
        "afficher la version du programme et quitter",
    ),
    "the following arguments are required: %s": (
        "se requieren los siguientes argumentos: %s",
        "les arguments suivants sont requis : %s",
    ),
    "unrecognized arguments: %s": ("argumentos no reconocidos: %s", "arguments non reconnus : %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "opción no válida: %(value)r (elija entre %(choices)s)",
        "choix non valide : %(value)r (choisissez parmi %(choices)s)",
    ),
    "argument %(argument_name)s: %(message)s": (
        "argumento %(argument_name)s: %(message)s",
        "argument %(argument_name)s : %(message)s",
    ),
    "%(prog)s: error: %(message)s\n": ("%(prog)s: error: %(message)s\n", "%(prog)s : erreur : %(message)s\n"),
    "expected one argument": ("se esperaba un argumento", "un argument était attendu"),
    "invalid %(type)s value: %(value)r": (
        "valor %(type)s no válido: %(value)r",
        "valeur %(type)s non valide : %(value)r",
    ),
    "record the time a meeting was called to order": (
        "registrar la hora en que se abrió una sesión",
        "consigner l'heure d'ouverture d'une séance",
    ),
    "record the time a meeting adjourned": (
        "registrar la hora en que se levantó una sesión",
        "consigner l'heure de levée d'une séance",
    ),
    "type or correct one time of a meeting's record (see `times`)": (
        "escribir o corregir una hora del registro de una sesión (véase `times`)",
        "saisir ou corriger une heure du registre d'une séance (voir `times`)",
    ),
    "every time of a meeting's record, with warnings": (
        "todas las horas del registro de una sesión, con advertencias",
        "toutes les heures du registre d'une séance, avec les avertissements",
    ),
    "who changed what and when (the audit log)": (
        "quién cambió qué y cuándo (el registro de auditoría)",
        "qui a modifié quoi et quand (le journal d'audit)",
    ),
    "copy this SQLite file into an EMPTY PostgreSQL database, in one transaction: every table's rows compared and every approved meeting verified before anything is kept": (
        "copiar este archivo SQLite en una base de datos PostgreSQL VACÍA, en una sola transacción: se comparan las filas de cada tabla y se verifica cada sesión aprobada antes de conservar nada",
        "copier ce fichier SQLite dans une base PostgreSQL VIDE, en une seule transaction : les lignes de chaque table sont comparées et chaque séance adoptée vérifiée avant que rien ne soit gardé",
    ),
    "how many years of meetings (default 1)": (
        "cuántos años de sesiones (predeterminado 1)",
        "combien d'années de séances (par défaut 1)",
    ),
    "random seed, for a reproducible city (default 1)": (
        "semilla aleatoria, para una ciudad reproducible (predeterminado 1)",
        "graine aléatoire, pour une ville reproductible (par défaut 1)",
    ),
    "only this body's meetings (id)": (
        "solo las sesiones de este órgano (id)",
        "seulement les séances de cette instance (id)",
    ),
    "only this year": ("solo este año", "seulement cette année"),
    "at most this many": ("como máximo esta cantidad", "au plus ce nombre"),
    "meeting id (see `councildesk meetings`)": (
        "número de la sesión (véase `councildesk meetings`)",
        "numéro de la séance (voir `councildesk meetings`)",
    ),
    "the backup file to write": (
        "el archivo de respaldo que se escribirá",
        "le fichier de sauvegarde à écrire",
    ),
    "PNG file to write": ("archivo PNG que se escribirá", "fichier PNG à écrire"),
    "select this meeting first": ("seleccionar primero esta sesión", "sélectionner d'abord cette séance"),
    "the workspace tab to show (default meeting)": (
        "la pestaña del área de trabajo que se mostrará (predeterminado meeting)",
        "l'onglet de l'espace de travail à afficher (par défaut meeting)",
    ),
    "folder to write into (created if missing)": (
        "carpeta donde escribir (se crea si no existe)",
        "dossier où écrire (créé s'il manque)",
    ),
    "first meeting date (YYYY-MM-DD)": (
        "fecha de la primera sesión (AAAA-MM-DD)",
        "date de la première séance (AAAA-MM-JJ)",
    ),
    "last meeting date (YYYY-MM-DD)": (
        "fecha de la última sesión (AAAA-MM-DD)",
        "date de la dernière séance (AAAA-MM-JJ)",
    ),
    "wide-csv: only this body's roll calls (one file per body otherwise)": (
        "wide-csv: solo las votaciones nominales de este órgano (si no, un archivo por órgano)",
        "wide-csv : seulement les votes par appel nominal de cette instance (sinon un fichier par instance)",
    ),
    "file or folder to read": ("archivo o carpeta que se leerá", "fichier ou dossier à lire"),
    "print what would change and change nothing": (
        "mostrar lo que cambiaría sin cambiar nada",
        "afficher ce qui changerait sans rien changer",
    ),
    "a line per phase on stderr (the default on a terminal)": (
        "una línea por fase en stderr (lo predeterminado en una terminal)",
        "une ligne par étape sur stderr (par défaut dans un terminal)",
    ),
    "create the file's person NAME as a new person rather than use the one of that name (repeatable)": (
        "crear a la persona NAME del archivo como persona nueva en lugar de usar la de ese nombre (repetible)",
        "créer la personne NAME du fichier comme nouvelle personne plutôt que d'utiliser celle de ce nom (répétable)",
    ),
    "use the existing person with id ID for the file's person NAME (repeatable)": (
        "usar la persona existente con id ID para la persona NAME del archivo (repetible)",
        "utiliser la personne existante d'id ID pour la personne NAME du fichier (répétable)",
    ),
    "store the file's spelling NAME for the person it names (the database's spelling is kept otherwise; repeatable)": (
        "guardar la grafía NAME del archivo para la persona que nombra (si no, se conserva la grafía de la base de datos; repetible)",
        "retenir la graphie NAME du fichier pour la personne qu'elle nomme (sinon la graphie de la base est gardée; répétable)",
    ),
    "the .zip to write": ("el .zip que se escribirá", "le .zip à écrire"),
    "backup .db, archive .zip, or a PostgreSQL .dump": (
        "respaldo .db, archivo .zip o un .dump de PostgreSQL",
        "sauvegarde .db, archive .zip ou un .dump PostgreSQL",
    ),
    "file to write: FILE.html for the accessible web edition, else PDF": (
        "archivo que se escribirá: FILE.html para la edición web accesible; si no, PDF",
        "fichier à écrire : FILE.html pour l'édition Web accessible, sinon PDF",
    ),
    "every meeting of --body in YYYY, one PDF": (
        "todas las sesiones de --body en AAAA, un solo PDF",
        "toutes les séances de --body en AAAA, un seul PDF",
    ),
    "the body whose year is bound (with --year)": (
        "el órgano cuyo año se encuaderna (con --year)",
        "l'instance dont l'année est reliée (avec --year)",
    ),
    "sign approved minutes with this key file (see `councildesk keys new`); asks its passphrase": (
        "firmar el acta aprobada con este archivo de clave (véase `councildesk keys new`); pide su frase de contraseña",
        "signer le procès-verbal adopté avec ce fichier de clé (voir `councildesk keys new`); demande sa phrase de passe",
    ),
    "PDF file to write": ("archivo PDF que se escribirá", "fichier PDF à écrire"),
    "the meeting whose minutes are approved": (
        "la sesión cuya acta se aprueba",
        "la séance dont le procès-verbal est adopté",
    ),
    "the meeting that approved them": ("la sesión que la aprobó", "la séance qui l'a adopté"),
    "approval date (default: the date of MEETING2)": (
        "fecha de aprobación (predeterminado: la fecha de MEETING2)",
        "date d'adoption (par défaut : la date de MEETING2)",
    ),
    "approved as corrected (default: as read)": (
        "aprobada con correcciones (predeterminado: tal como fue leída)",
        "adopté tel que corrigé (par défaut : tel que lu)",
    ),
    "the vote that approved them (default: found at MEETING2)": (
        "la votación que la aprobó (predeterminado: la hallada en MEETING2)",
        "le vote qui l'a adopté (par défaut : celui trouvé à MEETING2)",
    ),
    "every approved meeting and the whole record chain": (
        "todas las sesiones aprobadas y toda la cadena de registros",
        "toutes les séances adoptées et toute la chaîne des registres",
    ),
    "a fingerprints file, an older backup (.db) or a printed chain head / fingerprint": (
        "un archivo de huellas, un respaldo anterior (.db) o una cabeza de cadena / huella impresa",
        "un fichier d'empreintes, une sauvegarde plus ancienne (.db) ou une tête de chaîne / empreinte imprimée",
    ),
    "file to write": ("archivo que se escribirá", "fichier à écrire"),
    "why the correction is made": ("por qué se hace la corrección", "pourquoi la correction est faite"),
    "the text as approved": ("el texto tal como se aprobó", "le texte tel qu'adopté"),
    "the corrected text": ("el texto corregido", "le texte corrigé"),
    "date of the correction (default: today)": (
        "fecha de la corrección (predeterminado: hoy)",
        "date de la correction (par défaut : aujourd'hui)",
    ),
    "agenda item id the correction belongs to": (
        "número del punto del orden del día al que pertenece la corrección",
        "numéro du point de l'ordre du jour auquel la correction se rapporte",
    ),
    "paper size (default letter)": (
        "tamaño del papel (predeterminado letter)",
        "format du papier (par défaut letter)",
    ),
    "the member's id or name (part of a name is enough when it is unique)": (
        "el id o el nombre del miembro (basta parte del nombre si es única)",
        "l'id ou le nom du membre (une partie du nom suffit si elle est unique)",
    ),
    "write FILE.pdf or FILE.csv (default: print a summary)": (
        "escribir FILE.pdf o FILE.csv (predeterminado: mostrar un resumen)",
        "écrire FILE.pdf ou FILE.csv (par défaut : afficher un résumé)",
    ),
    'words, "a phrase" or a prefix*': (
        'palabras, "una frase" o un prefijo*',
        'des mots, "une expression" ou un préfixe*',
    ),
    "at most this many results (default 50)": (
        "como máximo esta cantidad de resultados (predeterminado 50)",
        "au plus ce nombre de résultats (par défaut 50)",
    ),
    "write the results to FILE.csv": (
        "escribir los resultados en FILE.csv",
        "écrire les résultats dans FILE.csv",
    ),
    "write FILE.pdf or FILE.csv (default: print the pairs)": (
        "escribir FILE.pdf o FILE.csv (predeterminado: mostrar los pares)",
        "écrire FILE.pdf ou FILE.csv (par défaut : afficher les paires)",
    ),
    "the matter's identifier (e.g. R-11-034) or id": (
        "el identificador del asunto (p. ej., R-11-034) o su id",
        "l'identifiant du dossier (p. ex. R-11-034) ou son id",
    ),
    "first day, e.g. 2011-01-01": ("primer día, p. ej., 2011-01-01", "premier jour, p. ex. 2011-01-01"),
    "last day, e.g. 2011-12-31": ("último día, p. ej., 2011-12-31", "dernier jour, p. ex. 2011-12-31"),
    "only this body (id)": ("solo este órgano (id)", "seulement cette instance (id)"),
    "key file (default: signing-key.p12 in your data folder)": (
        "archivo de clave (predeterminado: signing-key.p12 en su carpeta de datos)",
        "fichier de clé (par défaut : signing-key.p12 dans votre dossier de données)",
    ),
    'the signer\'s name, e.g. "City Clerk, Northampton"': (
        'el nombre de quien firma, p. ej., "Secretario municipal, Northampton"',
        'le nom du signataire, p. ex. "Greffier, Northampton"',
    ),
    "the PDF to check": ("el PDF que se verificará", "le PDF à vérifier"),
    "the database, with an administrator's role: postgresql+psycopg://admin@host/db": (
        "la base de datos, con un rol de administrador: postgresql+psycopg://admin@host/db",
        "la base de données, avec un rôle d'administrateur : postgresql+psycopg://admin@host/db",
    ),
    "give this person (name or id in the records) a login": (
        "dar un inicio de sesión a esta persona (nombre o id en los registros)",
        "donner une connexion à cette personne (nom ou id dans les registres)",
    ),
    "with --add-person: clerk or reader": (
        "con --add-person: clerk o reader",
        "avec --add-person : clerk ou reader",
    ),
    "with --add-person: their login name on the server": (
        "con --add-person: su nombre de usuario en el servidor",
        "avec --add-person : son nom de connexion sur le serveur",
    ),
    "with --add-person: ask for their password (read from standard input when it is not a terminal)": (
        "con --add-person: pedir su contraseña (se lee de la entrada estándar si no es una terminal)",
        "avec --add-person : demander son mot de passe (lu sur l'entrée standard si ce n'est pas un terminal)",
    ),
    "the folder to write (created if missing)": (
        "la carpeta que se escribirá (se crea si no existe)",
        "le dossier à écrire (créé s'il manque)",
    ),
    "only this body's meetings": (
        "solo las sesiones de este órgano",
        "seulement les séances de cette instance",
    ),
    "first meeting date": ("fecha de la primera sesión", "date de la première séance"),
    "last meeting date": ("fecha de la última sesión", "date de la dernière séance"),
    "publish draft minutes too, each marked DRAFT": (
        "publicar también los borradores de actas, cada uno marcado BORRADOR",
        "publier aussi les projets de procès-verbal, chacun marqué PROJET",
    ),
    "the address the site will be served at (https://…); used only in the Atom feed and sitemap.xml": (
        "la dirección en la que se servirá el sitio (https://…); solo se usa en el canal Atom y en sitemap.xml",
        "l'adresse où le site sera servi (https://…); utilisée seulement dans le fil Atom et sitemap.xml",
    ),
    "publish into a folder that holds other files (never deletes them)": (
        "publicar en una carpeta que contiene otros archivos (nunca los borra)",
        "publier dans un dossier qui contient d'autres fichiers (sans jamais les supprimer)",
    ),
    "meeting id": ("número de la sesión", "numéro de la séance"),
    "which time": ("qué hora", "quelle heure"),
    "the record's id as `times` lists it": (
        "el id del registro tal como lo muestra `times`",
        "l'id de l'enregistrement tel que `times` l'affiche",
    ),
    "the time on the meeting's date, e.g. 17:30": (
        "la hora en la fecha de la sesión, p. ej., 17:30",
        "l'heure à la date de la séance, p. ex. 17:30",
    ),
    "only this meeting's records (default: all)": (
        "solo los registros de esta sesión (predeterminado: todos)",
        "seulement les registres de cette séance (par défaut : tous)",
    ),
    "only this agenda item's records": (
        "solo los registros de este punto del orden del día",
        "seulement les registres de ce point de l'ordre du jour",
    ),
    "only entries mentioning TEXT": (
        "solo las entradas que mencionan TEXT",
        "seulement les entrées qui mentionnent TEXT",
    ),
    "at most this many entries (default 200)": (
        "como máximo esta cantidad de entradas (predeterminado 200)",
        "au plus ce nombre d'entrées (par défaut 200)",
    ),
    "the time on the meeting's date (17:30 or 5:30 pm); default: now at a meeting held today, else the scheduled start": (
        "la hora en la fecha de la sesión (17:30 o 5:30 pm); predeterminado: ahora si la sesión es hoy; si no, la hora prevista",
        "l'heure à la date de la séance (17:30 ou 5:30 pm); par défaut : maintenant pour une séance tenue aujourd'hui, sinon l'heure prévue",
    ),
    "the empty database: postgresql+psycopg://clerk@server/council": (
        "la base de datos vacía: postgresql+psycopg://clerk@server/council",
        "la base de données vide : postgresql+psycopg://clerk@server/council",
    ),
    "{day} {month:%B} {year}": ("{day} de {month:%B} de {year}", "{day} {month:%B} {year}"),
    "{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its sponsors cannot change; record a correction to those minutes instead.": (
        "{matter_identifier} figura en el acta aprobada del {day} {scheduled_start:%B %Y}, por lo que sus patrocinadores no pueden cambiar; registre en su lugar una corrección a esa acta.",
        "{matter_identifier} figure au procès-verbal adopté du {day} {scheduled_start:%B %Y}; ses parrains ne peuvent donc pas changer : inscrivez plutôt une correction à ce procès-verbal.",
    ),
    "{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its text cannot change; record a correction to those minutes instead.": (
        "{matter_identifier} figura en el acta aprobada del {day} {scheduled_start:%B %Y}, por lo que su texto no puede cambiar; registre en su lugar una corrección a esa acta.",
        "{matter_identifier} figure au procès-verbal adopté du {day} {scheduled_start:%B %Y}; son texte ne peut donc pas changer : inscrivez plutôt une correction à ce procès-verbal.",
    ),
    # database faults: the reasons read inside "could not use the database {where}: {reason}."
    "another program holds a write on it longer than CouncilDesk waits; close that program or try again in a moment": (
        "otro programa mantiene una escritura en ella más tiempo del que CouncilDesk espera; cierre ese programa o inténtelo de nuevo en un momento",
        "un autre programme y maintient une écriture plus longtemps que CouncilDesk n'attend; fermez ce programme ou réessayez dans un moment",
    ),
    "another program holds a write on it; try again in a moment": (
        "otro programa mantiene una escritura en ella; inténtelo de nuevo en un momento",
        "un autre programme y maintient une écriture; réessayez dans un moment",
    ),
    "it is read-only; check the file's permissions or the disk": (
        "es de solo lectura; revise los permisos del archivo o el disco",
        "elle est en lecture seule; vérifiez les droits du fichier ou le disque",
    ),
    "the file or its folder cannot be opened; check that the folder exists and that you may write there": (
        "no se puede abrir el archivo o su carpeta; compruebe que la carpeta existe y que puede escribir en ella",
        "le fichier ou son dossier ne peut pas être ouvert; vérifiez que le dossier existe et que vous pouvez y écrire",
    ),
    "the file is damaged; restore it from a backup": (
        "el archivo está dañado; restáurelo desde un respaldo",
        "le fichier est endommagé; restaurez-le à partir d'une sauvegarde",
    ),
    "it is not a CouncilDesk database": (
        "no es una base de datos de CouncilDesk",
        "ce n'est pas une base de données CouncilDesk",
    ),
    "the database user lacks permission for this; ask the database administrator": (
        "el usuario de la base de datos no tiene permiso para esto; consulte al administrador de la base de datos",
        "l'utilisateur de la base n'a pas la permission de le faire; adressez-vous à l'administrateur de la base",
    ),
    "the database server's disk is full": (
        "el disco del servidor de base de datos está lleno",
        "le disque du serveur de base de données est plein",
    ),
    "the database server is out of memory": (
        "el servidor de base de datos se quedó sin memoria",
        "le serveur de base de données manque de mémoire",
    ),
    "the database server has too many connections; try again in a moment": (
        "el servidor de base de datos tiene demasiadas conexiones; inténtelo de nuevo en un momento",
        "le serveur de base de données a trop de connexions; réessayez dans un moment",
    ),
    "the database is read-only": (
        "la base de datos es de solo lectura",
        "la base de données est en lecture seule",
    ),
    "another user changed the same records at the same time; try again": (
        "otro usuario cambió los mismos registros al mismo tiempo; inténtelo de nuevo",
        "un autre utilisateur a modifié les mêmes enregistrements au même moment; réessayez",
    ),
    "another user recorded the same thing at the same moment; reload to see it": (
        "otro usuario registró lo mismo en el mismo momento; vuelva a cargar para verlo",
        "un autre utilisateur a enregistré la même chose au même moment; rechargez pour le voir",
    ),
    "another user holds a lock on these records; try again in a moment": (
        "otro usuario tiene bloqueados estos registros; inténtelo de nuevo en un momento",
        "un autre utilisateur verrouille ces enregistrements; réessayez dans un moment",
    ),
    "the database server cancelled the statement; try again": (
        "el servidor de base de datos canceló la instrucción; inténtelo de nuevo",
        "le serveur de base de données a annulé l'instruction; réessayez",
    ),
    "the database server is shutting down": (
        "el servidor de base de datos se está apagando",
        "le serveur de base de données est en cours d'arrêt",
    ),
    "the database server cannot be reached; check the address and that it is running": (
        "no se puede contactar con el servidor de base de datos; revise la dirección y que esté en marcha",
        "le serveur de base de données est injoignable; vérifiez l'adresse et qu'il est en marche",
    ),
    "the database server refused the user name or password": (
        "el servidor de base de datos rechazó el nombre de usuario o la contraseña",
        "le serveur de base de données a refusé le nom d'utilisateur ou le mot de passe",
    ),
    "the named database does not exist on that server": (
        "la base de datos indicada no existe en ese servidor",
        "la base de données indiquée n'existe pas sur ce serveur",
    ),
    # records named in refusals (stale edits, missing records), their fields and the times they changed
    "this body": ("este órgano", "cette instance"),
    "this person": ("esta persona", "cette personne"),
    "this seat": ("este escaño", "ce siège"),
    "this membership": ("esta membresía", "cette appartenance"),
    "this meeting": ("esta sesión", "cette séance"),
    "this agenda item": ("este punto del orden del día", "ce point de l'ordre du jour"),
    "this matter": ("este asunto", "ce dossier"),
    "this sponsor": ("este patrocinador", "ce parrain"),
    "this time limit": ("este límite de tiempo", "cette limite de temps"),
    "this speaker": ("este orador", "cet intervenant"),
    "this motion": ("esta moción", "cette proposition"),
    "this vote": ("esta votación", "ce vote"),
    "this ballot": ("este voto", "ce vote individuel"),
    "this document": ("este documento", "ce document"),
    "this record": ("este registro", "cet enregistrement"),
    "title": ("el título", "le titre"),
    "kind": ("el tipo", "le type"),
    "notes": ("las notas", "les notes"),
    "text": ("el texto", "le texte"),
    "name": ("el nombre", "le nom"),
    "display name": ("el nombre mostrado", "le nom affiché"),
    "status": ("el estado", "le statut"),
    "result": ("el resultado", "le résultat"),
    "location": ("el lugar", "le lieu"),
    "scheduled start": ("la hora prevista", "l'heure prévue"),
    "start": ("el inicio", "le début"),
    "end": ("el final", "la fin"),
    "linked matter": ("el asunto vinculado", "le dossier lié"),
    "mover": ("el proponente", "le proposeur"),
    "seconder": ("quien secunda", "l'appuyeur"),
    "role": ("el cargo", "le rôle"),
    "choice": ("el sentido del voto", "le choix de vote"),
    "member": ("el miembro", "le membre"),
    "file name": ("el nombre del archivo", "le nom du fichier"),
    "link": ("el enlace", "le lien"),
    "start date": ("la fecha de inicio", "la date de début"),
    "end date": ("la fecha de fin", "la date de fin"),
    "number": ("el número", "le numéro"),
    "description": ("la descripción", "la description"),
    "action": ("la acción", "la mesure prise"),
    "adjournment": ("el levantamiento de la sesión", "la levée de la séance"),
    "call to order": ("la apertura de la sesión", "l'ouverture de la séance"),
    "arrival": ("la llegada", "l'arrivée"),
    "departure": ("la salida", "le départ"),
    "consent agenda": ("el consentimiento en bloque", "l'adoption en bloc"),
    "discussion": ("la deliberación", "la délibération"),
    "disposition": ("la resolución", "la décision"),
    "email": ("el correo electrónico", "le courriel"),
    "family name": ("el apellido", "le nom de famille"),
    "given name": ("el nombre de pila", "le prénom"),
    "honorific": ("el tratamiento", "le titre de civilité"),
    "introduction date": ("la fecha de presentación", "la date de dépôt"),
    "label": ("la etiqueta", "l'étiquette"),
    "note": ("la nota", "la note"),
    "presiding officer": ("quien preside", "la présidence"),
    "reason": ("el motivo", "le motif"),
    "summary": ("el resumen", "le résumé"),
    "number of seats": ("el número de escaños", "le nombre de sièges"),
    "position taken": ("la postura", "la position"),
    "time": ("la hora", "l'heure"),
    "duration": ("la duración", "la durée"),
    "role as primary or co-sponsor": (
        "el papel de patrocinador principal o copatrocinador",
        "le rôle de parrain principal ou de coparrain",
    ),
    "municipality name": ("el nombre del municipio", "le nom de la municipalité"),
    "parent body": ("el órgano del que depende", "l'instance dont il relève"),
    "quorum rule": ("la regla del quórum", "la règle du quorum"),
    "default threshold": ("la mayoría requerida por defecto", "le seuil par défaut"),
    "time zone": ("la zona horaria", "le fuseau horaire"),
    "minutes language": ("el idioma del acta", "la langue du procès-verbal"),
    "minutes house style": ("el estilo del acta", "la présentation du procès-verbal"),
    "{first}, {next}": ("{first}, {next}", "{first}, {next}"),
    "{first} and {last}": ("{first} y {last}", "{first} et {last}"),
    "at {hour}:{minute}": ("a las {hour}:{minute}", "à {hour} h {minute}"),
    "on {day} {month:%B} {year} at {hour}:{minute}": (
        "el {day} de {month:%B} de {year} a las {hour}:{minute}",
        "le {day} {month:%B} {year} à {hour} h {minute}",
    ),
    "Someone else changed {what} since you opened it; your change was not saved.": (
        "Otra persona cambió {what} después de que usted lo abriera; su cambio no se guardó.",
        "Quelqu'un d'autre a modifié {what} depuis que vous l'avez ouvert; votre modification n'a pas été enregistrée.",
    ),
    "{who} changed {what}'s {fields} {when}; your change was not saved.": (
        "{who} cambió {fields} de {what} {when}; su cambio no se guardó.",
        "{who} a modifié {fields} de {what} {when}; votre modification n'a pas été enregistrée.",
    ),
    "{who} changed {what} {when}; your change was not saved.": (
        "{who} cambió {what} {when}; su cambio no se guardó.",
        "{who} a modifié {what} {when}; votre modification n'a pas été enregistrée.",
    ),
    "{who} removed {what} {when}; your change was not saved.": (
        "{who} eliminó {what} {when}; su cambio no se guardó.",
        "{who} a supprimé {what} {when}; votre modification n'a pas été enregistrée.",
    ),
    "Someone else changed this record at the same moment; your change was not saved. Reload it and try again.": (
        "Otra persona cambió este registro en el mismo momento; su cambio no se guardó. Vuelva a cargarlo e inténtelo de nuevo.",
        "Quelqu'un d'autre a modifié cet enregistrement au même moment; votre modification n'a pas été enregistrée. Rechargez-le et réessayez.",
    ),
    "body": ("órgano", "instance"),
    "person": ("persona", "personne"),
    "seat": ("escaño", "siège"),
    "membership": ("membresía", "appartenance"),
    "meeting": ("sesión", "séance"),
    "agenda item": ("punto del orden del día", "point de l'ordre du jour"),
    "matter": ("asunto", "dossier"),
    "sponsorship": ("patrocinio", "parrainage"),
    "speaker": ("orador", "intervenant"),
    "motion": ("moción", "proposition"),
    "vote": ("votación", "vote"),
    "ballot": ("voto", "vote individuel"),
    "document": ("documento", "document"),
    # command line
    "The two passphrases differ; nothing was written.": (
        "Las dos frases de contraseña no coinciden; no se escribió nada.",
        "Les deux phrases de passe diffèrent; rien n'a été écrit.",
    ),
    "No passphrase was given; set {variable} when no one can type it.": (
        "No se dio ninguna frase de contraseña; defina {variable} cuando nadie pueda escribirla.",
        "Aucune phrase de passe n'a été donnée; définissez {variable} quand personne ne peut la taper.",
    ),
    "Cannot read {path}: {value}.": (
        "No se puede leer {path}: {value}.",
        "Impossible de lire {path} : {value}.",
    ),
    "--body applies to the wide-csv export only.": (
        "--body solo se aplica a la exportación wide-csv.",
        "--body ne s'applique qu'à l'exportation wide-csv.",
    ),
    "Give a meeting id, or --year and --body for a year's volume.": (
        "Indique el número de una sesión, o --year y --body para el volumen de un año.",
        "Donnez le numéro d'une séance, ou --year et --body pour le recueil d'une année.",
    ),
    "Only one meeting's minutes as PDF can be signed; give a file name ending in .pdf.": (
        "Solo se puede firmar el acta de una sesión en PDF; dé un nombre de archivo que termine en .pdf.",
        "Seul le procès-verbal d'une séance en PDF peut être signé; donnez un nom de fichier se terminant par .pdf.",
    ),
    "The minutes of meeting {meeting} are a draft; only approved minutes are signed.": (
        "El acta de la sesión {meeting} es un borrador; solo se firman actas aprobadas.",
        "Le procès-verbal de la séance {meeting} est un projet; seuls les procès-verbaux adoptés sont signés.",
    ),
    "A volume takes --year and --body together, without a meeting id.": (
        "Un volumen requiere --year y --body juntos, sin número de sesión.",
        "Un recueil demande --year et --body ensemble, sans numéro de séance.",
    ),
    "A year's volume is written as PDF; give a file name ending in .pdf.": (
        "El volumen de un año se escribe en PDF; dé un nombre de archivo que termine en .pdf.",
        "Le recueil d'une année s'écrit en PDF; donnez un nom de fichier se terminant par .pdf.",
    ),
    "Give a meeting id, or --all for every approved meeting and the record chain.": (
        "Indique el número de una sesión, o --all para todas las sesiones aprobadas y la cadena de registros.",
        "Donnez le numéro d'une séance, ou --all pour toutes les séances adoptées et la chaîne des registres.",
    ),
    "--years must be at least 1.": ("--years debe ser al menos 1.", "--years doit valoir au moins 1."),
    "{problems_count} integrity problem(s) found in {url}.": (
        "Se encontraron {problems_count} problema(s) de integridad en {url}.",
        "{problems_count} problème(s) d'intégrité trouvé(s) dans {url}.",
    ),
    "Back up a PostgreSQL database with pg_dump; `backup` copies SQLite files.": (
        "Respalde una base de datos PostgreSQL con pg_dump; `backup` copia archivos SQLite.",
        "Sauvegardez une base PostgreSQL avec pg_dump; `backup` copie les fichiers SQLite.",
    ),
    "There is no database at {source}.": (
        "No hay ninguna base de datos en {source}.",
        "Il n'y a aucune base de données à {source}.",
    ),
    "The text holds a character that cannot be stored or written ({position}); retype that part of the text.": (
        "El texto contiene un carácter que no se puede guardar ni escribir ({position}); vuelva a escribir esa parte del texto.",
        "Le texte contient un caractère qui ne peut être ni enregistré ni écrit ({position}); retapez cette partie du texte.",
    ),
    "{option} {value!r} is not a date; write it like 2011-08-18.": (
        "{option} {value!r} no es una fecha; escríbala como 2011-08-18.",
        "{option} {value!r} n'est pas une date; écrivez-la comme 2011-08-18.",
    ),
    "{path} must end in {value}.": (
        "{path} debe terminar en {value}.",
        "{path} doit se terminer par {value}.",
    ),
    "The folder {value} does not exist.": (
        "La carpeta {value} no existe.",
        "Le dossier {value} n'existe pas.",
    ),
    "--limit must be between 1 and 1000.": (
        "--limit debe estar entre 1 y 1000.",
        "--limit doit être entre 1 et 1000.",
    ),
    "There is no matter {wanted!r}; give its identifier, e.g. R-11-034.": (
        "No existe el asunto {wanted!r}; indique su identificador, p. ej., R-11-034.",
        "Il n'y a aucun dossier {wanted!r}; donnez son identifiant, p. ex. R-11-034.",
    ),
    "at character {number}": ("en el carácter {number}", "au caractère {number}"),
    "somewhere in it": ("en algún lugar", "quelque part"),
    # files and folders
    "The folder {folder} does not exist.": (
        "La carpeta {folder} no existe.",
        "Le dossier {folder} n'existe pas.",
    ),
    "Cannot write in {folder}: {value}.": (
        "No se puede escribir en {folder}: {value}.",
        "Impossible d'écrire dans {folder} : {value}.",
    ),
    "Could not write {path}: {value}.": (
        "No se pudo escribir {path}: {value}.",
        "Impossible d'écrire {path} : {value}.",
    ),
    "{folder} is a file, not a folder.": (
        "{folder} es un archivo, no una carpeta.",
        "{folder} est un fichier, pas un dossier.",
    ),
    "Cannot write in {parent}: {value}.": (
        "No se puede escribir en {parent}: {value}.",
        "Impossible d'écrire dans {parent} : {value}.",
    ),
    "Could not write into {folder}: {value}.": (
        "No se pudo escribir en {folder}: {value}.",
        "Impossible d'écrire dans {folder} : {value}.",
    ),
    # database
    "{path} is not a CouncilDesk database or is damaged ({error}).": (
        "{path} no es una base de datos de CouncilDesk o está dañada ({error}).",
        "{path} n'est pas une base de données CouncilDesk ou est endommagée ({error}).",
    ),
    "{path} is damaged and cannot be opened safely: {problem}.": (
        "{path} está dañada y no se puede abrir con seguridad: {problem}.",
        "{path} est endommagée et ne peut pas être ouverte sans risque : {problem}.",
    ),
    "{database_name} is already open in another CouncilDesk ({holder}); close it there first.": (
        "{database_name} ya está abierta en otro CouncilDesk ({holder}); ciérrela allí primero.",
        "{database_name} est déjà ouverte dans un autre CouncilDesk ({holder}); fermez-la d'abord là-bas.",
    ),
    # who holds the lock: the process id, the user's login and the computer's name
    "process {pid} of {user} on {host}": (
        "proceso {pid} de {user} en {host}",
        "processus {pid} de {user} sur {host}",
    ),
    "process unknown": ("proceso desconocido", "processus inconnu"),
    "{database_name} is already open in another CouncilDesk under another name (a hard link or a copy of the path); close it there first.": (
        "{database_name} ya está abierta en otro CouncilDesk con otro nombre (un enlace duro o una copia de la ruta); ciérrela allí primero.",
        "{database_name} est déjà ouverte dans un autre CouncilDesk sous un autre nom (un lien physique ou une copie du chemin); fermez-la d'abord là-bas.",
    ),
    "A backup cannot be written over the database it copies.": (
        "Un respaldo no puede escribirse sobre la base de datos que copia.",
        "Une sauvegarde ne peut pas être écrite par-dessus la base qu'elle copie.",
    ),
    "The backup folder {parent} does not exist.": (
        "La carpeta de respaldos {parent} no existe.",
        "Le dossier de sauvegarde {parent} n'existe pas.",
    ),
    "Could not write the backup {destination}: {error}.": (
        "No se pudo escribir el respaldo {destination}: {error}.",
        "Impossible d'écrire la sauvegarde {destination} : {error}.",
    ),
    "At least one backup must be kept.": (
        "Se debe conservar al menos un respaldo.",
        "Il faut conserver au moins une sauvegarde.",
    ),
    "pg_dump could not back up {name} ({error}); the database was not upgraded.": (
        "pg_dump no pudo respaldar {name} ({error}); la base de datos no se actualizó.",
        "pg_dump n'a pas pu sauvegarder {name} ({error}); la base n'a pas été mise à niveau.",
    ),
    "pg_dump could not back up {name} ({last}); the database was not upgraded.": (
        "pg_dump no pudo respaldar {name} ({last}); la base de datos no se actualizó.",
        "pg_dump n'a pas pu sauvegarder {name} ({last}); la base n'a pas été mise à niveau.",
    ),
    "CouncilDesk could not use the database {where}: {reason}.": (
        "CouncilDesk no pudo usar la base de datos {where}: {reason}.",
        "CouncilDesk n'a pas pu utiliser la base de données {where} : {reason}.",
    ),
    "CouncilDesk could not reach the database {where}; check that it is running.": (
        "CouncilDesk no pudo conectarse con la base de datos {where}; compruebe que esté en funcionamiento.",
        "CouncilDesk n'a pas pu joindre la base de données {where}; vérifiez qu'elle est en marche.",
    ),
    "This database is open read only; nothing can be changed in it.": (
        "Esta base de datos está abierta solo para lectura; no se puede cambiar nada en ella.",
        "Cette base de données est ouverte en lecture seule; rien ne peut y être modifié.",
    ),
    "The minutes of this meeting are approved and locked; record a correction instead.": (
        "El acta de esta sesión está aprobada y bloqueada; registre una corrección en su lugar.",
        "Le procès-verbal de cette séance est adopté et verrouillé; inscrivez plutôt une correction.",
    ),
    "The folder {parent} does not exist.": (
        "La carpeta {parent} no existe.",
        "Le dossier {parent} n'existe pas.",
    ),
    "There is no database at {path}.": (
        "No hay ninguna base de datos en {path}.",
        "Il n'y a aucune base de données à {path}.",
    ),
    "{where}: {error}": ("{where}: {error}", "{where} : {error}"),
    "{url} carries several schema versions ({value}); it cannot be opened.": (
        "{url} tiene varias versiones de esquema ({value}); no se puede abrir.",
        "{url} porte plusieurs versions de schéma ({value}); elle ne peut pas être ouverte.",
    ),
    "{where} was written by a newer CouncilDesk (schema {revision}); install the newer version to open it.": (
        "{where} fue escrita por un CouncilDesk más reciente (esquema {revision}); instale la versión más reciente para abrirla.",
        "{where} a été écrite par un CouncilDesk plus récent (schéma {revision}); installez la version plus récente pour l'ouvrir.",
    ),
    "{where} holds no CouncilDesk records; create them with `councildesk init` first.": (
        "{where} no contiene registros de CouncilDesk; créelos primero con `councildesk init`.",
        "{where} ne contient aucun registre CouncilDesk; créez-les d'abord avec `councildesk init`.",
    ),
    "{where} uses an older CouncilDesk schema ({revision}); open it once for writing so that it is backed up and upgraded.": (
        "{where} usa un esquema anterior de CouncilDesk ({revision}); ábrala una vez para escritura para que se respalde y se actualice.",
        "{where} utilise un ancien schéma CouncilDesk ({revision}); ouvrez-la une fois en écriture pour qu'elle soit sauvegardée et mise à niveau.",
    ),
    "{value} holds tables that are not CouncilDesk's.": (
        "{value} contiene tablas que no son de CouncilDesk.",
        "{value} contient des tables qui ne sont pas celles de CouncilDesk.",
    ),
    # machine faults
    "CouncilDesk could not use {what}: {reason}.": (
        "CouncilDesk no pudo usar {what}: {reason}.",
        "CouncilDesk n'a pas pu utiliser {what} : {reason}.",
    ),
    "the disk is full; free some space and try again": (
        "el disco está lleno; libere espacio e inténtelo de nuevo",
        "le disque est plein; libérez de l'espace et réessayez",
    ),
    "your disk quota is used up; free some space and try again": (
        "su cuota de disco está agotada; libere espacio e inténtelo de nuevo",
        "votre quota de disque est épuisé; libérez de l'espace et réessayez",
    ),
    "permission was denied; check who may write there": (
        "se denegó el permiso; compruebe quién puede escribir allí",
        "l'autorisation a été refusée; vérifiez qui peut y écrire",
    ),
    "the operation is not permitted there; check who may write there": (
        "la operación no está permitida allí; compruebe quién puede escribir allí",
        "l'opération n'y est pas permise; vérifiez qui peut y écrire",
    ),
    "the disk is read-only; choose a folder you can write to": (
        "el disco es de solo lectura; elija una carpeta en la que pueda escribir",
        "le disque est en lecture seule; choisissez un dossier où vous pouvez écrire",
    ),
    "the name is too long; choose a shorter name or folder": (
        "el nombre es demasiado largo; elija un nombre o una carpeta más cortos",
        "le nom est trop long; choisissez un nom ou un dossier plus court",
    ),
    "a file of that name is already there; move it aside or choose another name": (
        "ya hay un archivo con ese nombre; muévalo o elija otro nombre",
        "un fichier de ce nom s'y trouve déjà; déplacez-le ou choisissez un autre nom",
    ),
    "a file stands where a folder is needed; move it aside": (
        "hay un archivo donde se necesita una carpeta; muévalo",
        "un fichier se trouve là où il faut un dossier; déplacez-le",
    ),
    "a folder stands where a file is needed; choose another name": (
        "hay una carpeta donde se necesita un archivo; elija otro nombre",
        "un dossier se trouve là où il faut un fichier; choisissez un autre nom",
    ),
    "it does not exist": ("no existe", "il n'existe pas"),
    "the disk reported an input/output error; check the disk and keep your backups": (
        "el disco informó un error de entrada/salida; revise el disco y conserve sus respaldos",
        "le disque a signalé une erreur d'entrée-sortie; vérifiez le disque et gardez vos sauvegardes",
    ),
    "too many files are open; close other programs and try again": (
        "hay demasiados archivos abiertos; cierre otros programas e inténtelo de nuevo",
        "trop de fichiers sont ouverts; fermez d'autres programmes et réessayez",
    ),
    "the file is larger than this disk allows": (
        "el archivo es más grande de lo que este disco permite",
        "le fichier est plus gros que ce que ce disque permet",
    ),
    "the folder is on another disk than the file it replaces": (
        "la carpeta está en otro disco que el archivo que reemplaza",
        "le dossier est sur un autre disque que le fichier qu'il remplace",
    ),
    # domain
    "'{text}' is not a time of day; type it as 17:30 or 5:30 pm.": (
        "'{text}' no es una hora del día; escríbala como 17:30 o 5:30 pm.",
        "'{text}' n'est pas une heure; tapez-la comme 17:30 ou 17 h 30.",
    ),
    "'{text}' is not a time of day; a.m. and p.m. hours run from 1 to 12.": (
        "'{text}' no es una hora del día; las horas a.m. y p.m. van de 1 a 12.",
        "'{text}' n'est pas une heure; les heures a.m. et p.m. vont de 1 à 12.",
    ),
    "The text of {field} holds a broken character at position {value} (half of a character pair); retype that part of the text.": (
        "El texto de {field} contiene un carácter roto en la posición {value} (la mitad de un par de caracteres); vuelva a escribir esa parte del texto.",
        "Le texte de {field} contient un caractère brisé à la position {value} (la moitié d'une paire de caractères); retapez cette partie du texte.",
    ),
    "The text of {field} is {count:,} characters long; at most {limit:,} fit. Shorten it or attach the full text as a document.": (
        "El texto de {field} tiene {count:,} caracteres; caben como máximo {limit:,}. Acórtelo o adjunte el texto completo como documento.",
        "Le texte de {field} compte {count:,} caractères; au plus {limit:,} y tiennent. Raccourcissez-le ou joignez le texte complet comme document.",
    ),
    "'{name}' is not a time zone name; use an IANA name such as America/New_York or Europe/Paris.": (
        "'{name}' no es el nombre de una zona horaria; use un nombre IANA como America/New_York o Europe/Paris.",
        "'{name}' n'est pas un nom de fuseau horaire; utilisez un nom IANA comme America/Montreal ou Europe/Paris.",
    ),
    "“{part}” mixes a number and a letter; write a range like Ward 1–9 or District A–O.": (
        "“{part}” mezcla un número y una letra; escriba un intervalo como Distrito 1–9 o Distrito A–O.",
        "« {part} » mêle un chiffre et une lettre; écrivez une plage comme Quartier 1–9 ou District A–O.",
    ),
    "“{part}” runs backwards; write the lower end first, as in {prefix}{last}–{first}.": (
        "“{part}” va al revés; escriba primero el extremo menor, como en {prefix}{last}–{first}.",
        "« {part} » va à rebours; écrivez d'abord la borne inférieure, comme dans {prefix}{last}–{first}.",
    ),
    "Type the seats to create, for example District A–O or Ward 1–9.": (
        "Escriba los escaños que se crearán, por ejemplo Distrito A–O o Distrito 1–9.",
        "Tapez les sièges à créer, par exemple District A–O ou Quartier 1–9.",
    ),
    "“{text}” would create {names_count} seats; a body has at most {most}.": (
        "“{text}” crearía {names_count} escaños; un órgano tiene como máximo {most}.",
        "« {text} » créerait {names_count} sièges; une instance en compte au plus {most}.",
    ),
    "The seat {name} is named twice.": (
        "El escaño {name} aparece dos veces.",
        "Le siège {name} est nommé deux fois.",
    ),
    # exchange: shared field sentences
    "{where}, field '{field}': {raw!r} is not a known vote option.": (
        "{where}, campo '{field}': {raw!r} no es una opción de voto conocida.",
        "{where}, champ '{field}' : {raw!r} n'est pas une option de vote connue.",
    ),
    "{where}, field '{field}': {raw!r} is not a known vote result (pass or fail).": (
        "{where}, campo '{field}': {raw!r} no es un resultado de votación conocido (pass o fail).",
        "{where}, champ '{field}' : {raw!r} n'est pas un résultat de vote connu (pass ou fail).",
    ),
    "{name} is not a CSV text file.": (
        "{name} no es un archivo de texto CSV.",
        "{name} n'est pas un fichier texte CSV.",
    ),
    "{name} is not a text file in UTF-8 or Windows encoding.": (
        "{name} no es un archivo de texto con codificación UTF-8 o Windows.",
        "{name} n'est pas un fichier texte en codage UTF-8 ou Windows.",
    ),
    "{name} is not valid CSV ({error}).": (
        "{name} no es un CSV válido ({error}).",
        "{name} n'est pas un CSV valide ({error}).",
    ),
    "{name}: the first line must name the columns and include 'name' (e.g. {text}).": (
        "{name}: la primera línea debe nombrar las columnas e incluir 'name' (p. ej., {text}).",
        "{name} : la première ligne doit nommer les colonnes et inclure 'name' (p. ex. {text}).",
    ),
    "{name}, row {n}: more cells than column names.": (
        "{name}, fila {n}: más celdas que nombres de columna.",
        "{name}, ligne {n} : plus de cellules que de noms de colonnes.",
    ),
    "{where}, field 'name': a value is required.": (
        "{where}, campo 'name': se requiere un valor.",
        "{where}, champ 'name' : une valeur est requise.",
    ),
    "{where}, field 'body': a term needs the body it is on.": (
        "{where}, campo 'body': un mandato necesita el órgano al que pertenece.",
        "{where}, champ 'body' : un mandat a besoin de l'instance où il s'exerce.",
    ),
    "{where}, field 'role': {row!r} is not a role CouncilDesk knows (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).": (
        "{where}, campo 'role': {row!r} no es un cargo que CouncilDesk conozca (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).",
        "{where}, champ 'role' : {row!r} n'est pas une fonction que CouncilDesk connaît (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).",
    ),
    "{where}, field 'start_date': a term needs its first day (YYYY-MM-DD).": (
        "{where}, campo 'start_date': un mandato necesita su primer día (AAAA-MM-DD).",
        "{where}, champ 'start_date' : un mandat a besoin de son premier jour (AAAA-MM-JJ).",
    ),
    "{where}, field 'voting': {row!r} is not yes or no.": (
        "{where}, campo 'voting': {row!r} no es yes ni no.",
        "{where}, champ 'voting' : {row!r} n'est ni yes ni no.",
    ),
    "{where}: the same term of {person_name} on {body_name} is already on row {terms}.": (
        "{where}: el mismo mandato de {person_name} en {body_name} ya está en la fila {terms}.",
        "{where} : le même mandat de {person_name} à {body_name} figure déjà à la ligne {terms}.",
    ),
    "{name} holds no people.": ("{name} no contiene personas.", "{name} ne contient aucune personne."),
    "The folder {path} holds no Popolo .json files.": (
        "La carpeta {path} no contiene archivos Popolo .json.",
        "Le dossier {path} ne contient aucun fichier Popolo .json.",
    ),
    "{where}, field '{field}': expected a list.": (
        "{where}, campo '{field}': se esperaba una lista.",
        "{where}, champ '{field}' : une liste était attendue.",
    ),
    "{where}: a lone Popolo {kind} cannot be imported; it belongs inside a vote_event.": (
        "{where}: un {kind} de Popolo suelto no se puede importar; va dentro de un vote_event.",
        "{where} : un {kind} Popolo isolé ne peut pas être importé; il doit se trouver dans un vote_event.",
    ),
    "{where}: this is not a Popolo object this import reads.": (
        "{where}: este no es un objeto Popolo que esta importación lea.",
        "{where} : ce n'est pas un objet Popolo que cette importation lit.",
    ),
    "{where}, field '{field}': {value!r} is not a date.": (
        "{where}, campo '{field}': {value!r} no es una fecha.",
        "{where}, champ '{field}' : {value!r} n'est pas une date.",
    ),
    "{where}, field 'id': expected text.": (
        "{where}, campo 'id': se esperaba texto.",
        "{where}, champ 'id' : du texte était attendu.",
    ),
    "{where}, field '{field}': expected a person id.": (
        "{where}, campo '{field}': se esperaba el identificador de una persona.",
        "{where}, champ '{field}' : l'identifiant d'une personne était attendu.",
    ),
    "{where}, field '{field}': expected an organization id.": (
        "{where}, campo '{field}': se esperaba el identificador de una organización.",
        "{where}, champ '{field}' : l'identifiant d'une organisation était attendu.",
    ),
    "{where}, field 'parent_id': {parent!r} does not name a meeting in the file.": (
        "{where}, campo 'parent_id': {parent!r} no nombra ninguna sesión del archivo.",
        "{where}, champ 'parent_id' : {parent!r} ne désigne aucune séance du fichier.",
    ),
    "{where}, field 'counts[{i}].value': {value!r} is not a count.": (
        "{where}, campo 'counts[{i}].value': {value!r} no es un recuento.",
        "{where}, champ 'counts[{i}].value' : {value!r} n'est pas un décompte.",
    ),
    "{where}, field 'motion_id': '{motion}' does not name a motion in the file.": (
        "{where}, campo 'motion_id': '{motion}' no nombra ninguna moción del archivo.",
        "{where}, champ 'motion_id' : '{motion}' ne désigne aucune proposition du fichier.",
    ),
    "{where}, field 'votes[{i}].voter_id': a voter is required.": (
        "{where}, campo 'votes[{i}].voter_id': se requiere un votante.",
        "{where}, champ 'votes[{i}].voter_id' : un votant est requis.",
    ),
    "{where}, field 'votes[{i}]': '{person}' already voted at votes[{seen}].": (
        "{where}, campo 'votes[{i}]': '{person}' ya votó en votes[{seen}].",
        "{where}, champ 'votes[{i}]' : '{person}' a déjà voté à votes[{seen}].",
    ),
    "{where}, field 'extras.{refs}.{key}': expected an id (text).": (
        "{where}, campo 'extras.{refs}.{key}': se esperaba un identificador (texto).",
        "{where}, champ 'extras.{refs}.{key}' : un identifiant (texte) était attendu.",
    ),
    "There is no body named '{only_body}' (the bodies are: {names}).": (
        "No hay ningún órgano llamado '{only_body}' (los órganos son: {names}).",
        "Il n'y a aucune instance nommée '{only_body}' (les instances sont : {names}).",
    ),
    "There is no file {path}.": ("No existe el archivo {path}.", "Il n'y a aucun fichier {path}."),
    "{path} is not a file.": ("{path} no es un archivo.", "{path} n'est pas un fichier."),
    "Could not read {path}: {strerror}.": (
        "No se pudo leer {path}: {strerror}.",
        "Impossible de lire {path} : {strerror}.",
    ),
    "{name} is a zip archive, not a JSON file.": (
        "{name} es un archivo zip, no un archivo JSON.",
        "{name} est une archive zip, pas un fichier JSON.",
    ),
    "{name} is a database file, not a JSON file.": (
        "{name} es un archivo de base de datos, no un archivo JSON.",
        "{name} est un fichier de base de données, pas un fichier JSON.",
    ),
    "{name} is a PDF document, not a JSON file.": (
        "{name} es un documento PDF, no un archivo JSON.",
        "{name} est un document PDF, pas un fichier JSON.",
    ),
    "{name} is not UTF-8 text (byte {start}); is it really a JSON file?": (
        "{name} no es texto UTF-8 (byte {start}); ¿es realmente un archivo JSON?",
        "{name} n'est pas du texte UTF-8 (octet {start}); est-ce vraiment un fichier JSON?",
    ),
    "{name} is empty.": ("{name} está vacío.", "{name} est vide."),
    "{name} is not valid JSON (line {lineno}, column {colno}: {msg}).": (
        "{name} no es un JSON válido (línea {lineno}, columna {colno}: {msg}).",
        "{name} n'est pas un JSON valide (ligne {lineno}, colonne {colno} : {msg}).",
    ),
    "{name} is nested too deeply to be a CouncilDesk import.": (
        "{name} está anidado a demasiada profundidad para ser una importación de CouncilDesk.",
        "{name} est imbriqué trop profondément pour être une importation CouncilDesk.",
    ),
    "{where}{at}: expected an object, found {kind_name}.": (
        "{where}{at}: se esperaba un objeto, se encontró {kind_name}.",
        "{where}{at} : un objet était attendu, trouvé {kind_name}.",
    ),
    "{where}, field '{field}': expected a list, found {kind_name}.": (
        "{where}, campo '{field}': se esperaba una lista, se encontró {kind_name}.",
        "{where}, champ '{field}' : une liste était attendue, trouvé {kind_name}.",
    ),
    "{where}, field '{field}': expected text, found {kind_name}.": (
        "{where}, campo '{field}': se esperaba texto, se encontró {kind_name}.",
        "{where}, champ '{field}' : du texte était attendu, trouvé {kind_name}.",
    ),
    "{where}, field '{field}': a value is required.": (
        "{where}, campo '{field}': se requiere un valor.",
        "{where}, champ '{field}' : une valeur est requise.",
    ),
    "{where}, field '{field}': expected a whole number, found {kind_name}.": (
        "{where}, campo '{field}': se esperaba un número entero, se encontró {kind_name}.",
        "{where}, champ '{field}' : un nombre entier était attendu, trouvé {kind_name}.",
    ),
    "{where}, field '{field}': expected an id, found {kind_name}.": (
        "{where}, campo '{field}': se esperaba un identificador, se encontró {kind_name}.",
        "{where}, champ '{field}' : un identifiant était attendu, trouvé {kind_name}.",
    ),
    "The folder {path} holds no OCD .json files.": (
        "La carpeta {path} no contiene archivos OCD .json.",
        "Le dossier {path} ne contient aucun fichier OCD .json.",
    ),
    "The folder {path} holds {files_count} files; at most {most} are imported at once.": (
        "La carpeta {path} contiene {files_count} archivos; se importan como máximo {most} a la vez.",
        "Le dossier {path} contient {files_count} fichiers; au plus {most} sont importés à la fois.",
    ),
    "{file_name}: '{kind}' is not an OCD object type this import reads.": (
        "{file_name}: '{kind}' no es un tipo de objeto OCD que esta importación lea.",
        "{file_name} : '{kind}' n'est pas un type d'objet OCD que cette importation lit.",
    ),
    "{file_name}, field '_id': every OCD object needs an id.": (
        "{file_name}, campo '_id': todo objeto OCD necesita un identificador.",
        "{file_name}, champ '_id' : chaque objet OCD a besoin d'un identifiant.",
    ),
    "{where}, field '{field}': {value!r} is not a pseudo-id pupa writes.": (
        "{where}, campo '{field}': {value!r} no es un seudoidentificador de los que escribe pupa.",
        "{where}, champ '{field}' : {value!r} n'est pas un pseudo-identifiant comme pupa en écrit.",
    ),
    "{where}, field '{field}': {value} names {found_count} {kind}s in the folder, not one.": (
        "{where}, campo '{field}': {value} nombra {found_count} objetos {kind} en la carpeta, no uno.",
        "{where}, champ '{field}' : {value} désigne {found_count} objets {kind} dans le dossier, pas un seul.",
    ),
    "{where}, field '{field}': a person id or name is required.": (
        "{where}, campo '{field}': se requiere el identificador o el nombre de una persona.",
        "{where}, champ '{field}' : l'identifiant ou le nom d'une personne est requis.",
    ),
    "{at}, field 'primary': expected true or false.": (
        "{at}, campo 'primary': se esperaba true o false.",
        "{at}, champ 'primary' : true ou false était attendu.",
    ),
    "{where}, field 'status': {status!r} is not a known event status.": (
        "{where}, campo 'status': {status!r} no es un estado de evento conocido.",
        "{where}, champ 'status' : {status!r} n'est pas un état d'événement connu.",
    ),
    "{at}, field 'id': every {table} needs an id.": (
        "{at}, campo 'id': todo registro {table} necesita un identificador.",
        "{at}, champ 'id' : chaque enregistrement {table} a besoin d'un identifiant.",
    ),
    "{at}, field 'value': {value!r} is not a count.": (
        "{at}, campo 'value': {value!r} no es un recuento.",
        "{at}, champ 'value' : {value!r} n'est pas un décompte.",
    ),
    "{where}, field 'votes[{i}]': {person} already voted at votes[{seen}].": (
        "{where}, campo 'votes[{i}]': {person} ya votó en votes[{seen}].",
        "{where}, champ 'votes[{i}]' : {person} a déjà voté à votes[{seen}].",
    ),
    # Legistar
    "The folder {path} holds no Legistar .json files.": (
        "La carpeta {path} no contiene archivos Legistar .json.",
        "Le dossier {path} ne contient aucun fichier Legistar .json.",
    ),
    "The zip {path_name} holds no Legistar .json files.": (
        "El zip {path_name} no contiene archivos Legistar .json.",
        "Le zip {path_name} ne contient aucun fichier Legistar .json.",
    ),
    "{name} is not Legistar Web API JSON (expected a list of records).": (
        "{name} no es JSON de la API web de Legistar (se esperaba una lista de registros).",
        "{name} n'est pas du JSON de l'API Web Legistar (une liste d'enregistrements était attendue).",
    ),
    "{name}, field '{declared}': expected a list.": (
        "{name}, campo '{declared}': se esperaba una lista.",
        "{name}, champ '{declared}' : une liste était attendue.",
    ),
    "{where}: not a Legistar record (no EventId, MatterId, PersonId …).": (
        "{where}: no es un registro de Legistar (sin EventId, MatterId, PersonId…).",
        "{where} : ce n'est pas un enregistrement Legistar (pas d'EventId, de MatterId, de PersonId…).",
    ),
    "{path_name} holds no Legistar records.": (
        "{path_name} no contiene registros de Legistar.",
        "{path_name} ne contient aucun enregistrement Legistar.",
    ),
    "{where}, field 'EventItemId': a value is required.": (
        "{where}, campo 'EventItemId': se requiere un valor.",
        "{where}, champ 'EventItemId' : une valeur est requise.",
    ),
    "{where}: EventItemId {ident} already appears at {seen_items}.": (
        "{where}: EventItemId {ident} ya aparece en {seen_items}.",
        "{where} : EventItemId {ident} figure déjà à {seen_items}.",
    ),
    "{where}, field 'EventItemEventId': a value is required.": (
        "{where}, campo 'EventItemEventId': se requiere un valor.",
        "{where}, champ 'EventItemEventId' : une valeur est requise.",
    ),
    "{where}, field 'VoteEventItemId': {item!r} is not an event item in the file.": (
        "{where}, campo 'VoteEventItemId': {item!r} no es un punto de evento del archivo.",
        "{where}, champ 'VoteEventItemId' : {item!r} n'est pas un point d'événement du fichier.",
    ),
    "{where}, field 'BodyName': a value is required.": (
        "{where}, campo 'BodyName': se requiere un valor.",
        "{where}, champ 'BodyName' : une valeur est requise.",
    ),
    "{where}, field 'PersonFullName': a value is required.": (
        "{where}, campo 'PersonFullName': se requiere un valor.",
        "{where}, champ 'PersonFullName' : une valeur est requise.",
    ),
    "{where}, field 'EventId': a value is required.": (
        "{where}, campo 'EventId': se requiere un valor.",
        "{where}, champ 'EventId' : une valeur est requise.",
    ),
    "{where}, field 'EventDate': a value is required.": (
        "{where}, campo 'EventDate': se requiere un valor.",
        "{where}, champ 'EventDate' : une valeur est requise.",
    ),
    "{where}: event {event} is not in the file and its date is unknown; include the Events record (Events.json) in the import.": (
        "{where}: el evento {event} no está en el archivo y se desconoce su fecha; incluya el registro Events (Events.json) en la importación.",
        "{where} : l'événement {event} n'est pas dans le fichier et sa date est inconnue; incluez l'enregistrement Events (Events.json) dans l'importation.",
    ),
    "{where}, field 'MatterFile': a value is required.": (
        "{where}, campo 'MatterFile': se requiere un valor.",
        "{where}, champ 'MatterFile' : une valeur est requise.",
    ),
    "{where}, field 'MatterSponsorMatterId': {matter!r} is not a matter in the file.": (
        "{where}, campo 'MatterSponsorMatterId': {matter!r} no es un asunto del archivo.",
        "{where}, champ 'MatterSponsorMatterId' : {matter!r} n'est pas un dossier du fichier.",
    ),
    "{where}, field 'MatterSponsorName': a value is required.": (
        "{where}, campo 'MatterSponsorName': se requiere un valor.",
        "{where}, champ 'MatterSponsorName' : une valeur est requise.",
    ),
    "{where}, field 'EventItemPassedFlag': {passed!r} is not 0, 1 or empty.": (
        "{where}, campo 'EventItemPassedFlag': {passed!r} no es 0, 1 ni vacío.",
        "{where}, champ 'EventItemPassedFlag' : {passed!r} n'est ni 0, ni 1, ni vide.",
    ),
    "{where}, field 'VotePersonName': a value is required.": (
        "{where}, campo 'VotePersonName': se requiere un valor.",
        "{where}, champ 'VotePersonName' : une valeur est requise.",
    ),
    "{where}: {person} already voted on this item at {voters}.": (
        "{where}: {person} ya votó sobre este punto en {voters}.",
        "{where} : {person} a déjà voté sur ce point à {voters}.",
    ),
    "{where}, field 'RollCallEventItemId': {item!r} is not an event item in the file.": (
        "{where}, campo 'RollCallEventItemId': {item!r} no es un punto de evento del archivo.",
        "{where}, champ 'RollCallEventItemId' : {item!r} n'est pas un point d'événement du fichier.",
    ),
    "{where}, field 'RollCallPersonName': a value is required.": (
        "{where}, campo 'RollCallPersonName': se requiere un valor.",
        "{where}, champ 'RollCallPersonName' : une valeur est requise.",
    ),
    "{where}, field 'EventTime': {text!r} is not a time of day.": (
        "{where}, campo 'EventTime': {text!r} no es una hora del día.",
        "{where}, champ 'EventTime' : {text!r} n'est pas une heure.",
    ),
    "'{kind}' is not an export format (choose one of {value}).": (
        "'{kind}' no es un formato de exportación (elija uno de {value}).",
        "'{kind}' n'est pas un format d'exportation (choisissez parmi {value}).",
    ),
    "Cannot create the folder {parent}: {value}.": (
        "No se puede crear la carpeta {parent}: {value}.",
        "Impossible de créer le dossier {parent} : {value}.",
    ),
    # wide CSV and roster
    "{name} has no header line naming its columns (Date, Meeting, Item, Matter, Motion, Result, then one column per member).": (
        "{name} no tiene una línea de encabezado que nombre sus columnas (Date, Meeting, Item, Matter, Motion, Result y luego una columna por miembro).",
        "{name} n'a pas de ligne d'en-tête nommant ses colonnes (Date, Meeting, Item, Matter, Motion, Result, puis une colonne par membre).",
    ),
    "{where}: '{cell}' is a second {meaning} column.": (
        "{where}: '{cell}' es una segunda columna {meaning}.",
        "{where} : '{cell}' est une deuxième colonne {meaning}.",
    ),
    "{where}: the column has no name; name the member it holds.": (
        "{where}: la columna no tiene nombre; indique el miembro que contiene.",
        "{where} : la colonne n'a pas de nom; nommez le membre qu'elle contient.",
    ),
    "{name}, row {header_row}: the header names no member columns after its own.": (
        "{name}, fila {header_row}: el encabezado no nombra columnas de miembros después de las suyas.",
        "{name}, ligne {header_row} : l'en-tête ne nomme aucune colonne de membre après les siennes.",
    ),
    "{where}, column {value}: the row has {row_count} cells, more than the header's {width}.": (
        "{where}, columna {value}: la fila tiene {row_count} celdas, más que las {width} del encabezado.",
        "{where}, colonne {value} : la ligne a {row_count} cellules, plus que les {width} de l'en-tête.",
    ),
    "{where}, column {value} ('{cells}'): the row has {row_count} cells, fewer than the header's {width}.": (
        "{where}, columna {value} ('{cells}'): la fila tiene {row_count} celdas, menos que las {width} del encabezado.",
        "{where}, colonne {value} ('{cells}') : la ligne a {row_count} cellules, moins que les {width} de l'en-tête.",
    ),
    "{sheet_name}, row {row}, {header}: '{text}' is not a date (YYYY-MM-DD or MM/DD/YYYY).": (
        "{sheet_name}, fila {row}, {header}: '{text}' no es una fecha (AAAA-MM-DD o MM/DD/AAAA).",
        "{sheet_name}, ligne {row}, {header} : '{text}' n'est pas une date (AAAA-MM-JJ ou MM/JJ/AAAA).",
    ),
    "{where} does not say which body voted; add a Body column or name the file after the body.": (
        "{where} no dice qué órgano votó; agregue una columna Body o dé al archivo el nombre del órgano.",
        "{where} ne dit pas quelle instance a voté; ajoutez une colonne Body ou nommez le fichier d'après l'instance.",
    ),
    "There is no file or folder {path}.": (
        "No existe el archivo o la carpeta {path}.",
        "Il n'y a aucun fichier ni dossier {path}.",
    ),
    "{path} is a folder; choose the roster .csv file.": (
        "{path} es una carpeta; elija el archivo .csv de la nómina.",
        "{path} est un dossier; choisissez le fichier .csv de la liste des membres.",
    ),
    "'{kind}' is not an import format (choose one of {value}).": (
        "'{kind}' no es un formato de importación (elija uno de {value}).",
        "'{kind}' n'est pas un format d'importation (choisissez parmi {value}).",
    ),
    "{path} is a folder with no roll-call .csv file in it; choose the file to import.": (
        "{path} es una carpeta sin ningún archivo .csv de votación nominal; elija el archivo que se importará.",
        "{path} est un dossier sans fichier .csv de vote par appel nominal; choisissez le fichier à importer.",
    ),
    "{path} holds {found_count} roll-call files ({names}); import one at a time, for instance {found}.": (
        "{path} contiene {found_count} archivos de votación nominal ({names}); impórtelos de uno en uno, por ejemplo {found}.",
        "{path} contient {found_count} fichiers de vote par appel nominal ({names}); importez-les un à la fois, par exemple {found}.",
    ),
    # archives
    "{name}: the entry '{entry}' points outside the archive folder; the archive is refused.": (
        "{name}: la entrada '{entry}' apunta fuera de la carpeta del archivo; se rechaza el archivo.",
        "{name} : l'entrée '{entry}' pointe hors du dossier de l'archive; l'archive est refusée.",
    ),
    "{name} would unpack to {value:.1f} GB; it is refused.": (
        "{name} ocuparía {value:.1f} GB al descomprimirse; se rechaza.",
        "{name} occuperait {value:.1f} Go une fois décompressée; elle est refusée.",
    ),
    "There is no archive {path}.": (
        "No existe el archivo comprimido {path}.",
        "Il n'y a aucune archive {path}.",
    ),
    "{path_name} is not a CouncilDesk archive (not a zip file).": (
        "{path_name} no es un archivo de CouncilDesk (no es un archivo zip).",
        "{path_name} n'est pas une archive CouncilDesk (ce n'est pas un fichier zip).",
    ),
    "{path_name} has no {manifest}; it is not a CouncilDesk archive.": (
        "{path_name} no tiene {manifest}; no es un archivo de CouncilDesk.",
        "{path_name} n'a pas de {manifest}; ce n'est pas une archive CouncilDesk.",
    ),
    "{path_name}: {manifest} is not valid JSON.": (
        "{path_name}: {manifest} no es un JSON válido.",
        "{path_name} : {manifest} n'est pas un JSON valide.",
    ),
    "{path_name}: {manifest} does not describe a CouncilDesk archive.": (
        "{path_name}: {manifest} no describe un archivo de CouncilDesk.",
        "{path_name} : {manifest} ne décrit pas une archive CouncilDesk.",
    ),
    "{path_name}: {manifest}, field 'sha256': expected an object.": (
        "{path_name}: {manifest}, campo 'sha256': se esperaba un objeto.",
        "{path_name} : {manifest}, champ 'sha256' : un objet était attendu.",
    ),
    "{path_name}: the entry {name} is missing.": (
        "{path_name}: falta la entrada {name}.",
        "{path_name} : l'entrée {name} est manquante.",
    ),
    "{path_name}: {name} does not match its checksum; the archive is damaged.": (
        "{path_name}: {name} no coincide con su suma de control; el archivo está dañado.",
        "{path_name} : {name} ne correspond pas à sa somme de contrôle; l'archive est endommagée.",
    ),
    "{path_name}, {name}, line {n}: not valid JSON.": (
        "{path_name}, {name}, línea {n}: no es un JSON válido.",
        "{path_name}, {name}, ligne {n} : ce n'est pas un JSON valide.",
    ),
    "{path_name}, {name}, line {n}: expected an object.": (
        "{path_name}, {name}, línea {n}: se esperaba un objeto.",
        "{path_name}, {name}, ligne {n} : un objet était attendu.",
    ),
    "{path_name} is a damaged zip file ({error}).": (
        "{path_name} es un archivo zip dañado ({error}).",
        "{path_name} est un fichier zip endommagé ({error}).",
    ),
    # publishing and signing
    "{root} is a file, not a folder; give a folder to publish into.": (
        "{root} es un archivo, no una carpeta; indique una carpeta donde publicar.",
        "{root} est un fichier, pas un dossier; donnez un dossier où publier.",
    ),
    "{root} already holds files CouncilDesk did not write; choose an empty folder or add --force to publish beside them.": (
        "{root} ya contiene archivos que CouncilDesk no escribió; elija una carpeta vacía o agregue --force para publicar junto a ellos.",
        "{root} contient déjà des fichiers que CouncilDesk n'a pas écrits; choisissez un dossier vide ou ajoutez --force pour publier à côté d'eux.",
    ),
    'Give the signer\'s name, for instance "City Clerk, Northampton".': (
        'Indique el nombre del firmante, por ejemplo "Secretaría Municipal, Northampton".',
        "Donnez le nom du signataire, par exemple « Greffier de la Ville, Gatineau ».",
    ),
    "Choose a passphrase of at least 8 characters for the signing key.": (
        "Elija una frase de contraseña de al menos 8 caracteres para la clave de firma.",
        "Choisissez une phrase de passe d'au moins 8 caractères pour la clé de signature.",
    ),
    "{path} already exists; choose another file name (a key is never overwritten).": (
        "{path} ya existe; elija otro nombre de archivo (una clave nunca se sobrescribe).",
        "{path} existe déjà; choisissez un autre nom de fichier (une clé n'est jamais écrasée).",
    ),
    "There is no signing key at {key_file}; make one with `councildesk keys new`.": (
        "No hay ninguna clave de firma en {key_file}; cree una con `councildesk keys new`.",
        "Il n'y a aucune clé de signature à {key_file}; créez-en une avec `councildesk keys new`.",
    ),
    "The passphrase for {key_file_name} is wrong, or the file is not a signing key.": (
        "La frase de contraseña de {key_file_name} es incorrecta, o el archivo no es una clave de firma.",
        "La phrase de passe de {key_file_name} est erronée, ou le fichier n'est pas une clé de signature.",
    ),
    "These minutes are a draft; only approved minutes are signed.": (
        "Esta acta es un borrador; solo se firman actas aprobadas.",
        "Ce procès-verbal est un projet; seuls les procès-verbaux adoptés sont signés.",
    ),
    # people, meetings, attendance
    "A person's name can be at most 300 characters long.": (
        "El nombre de una persona puede tener como máximo 300 caracteres.",
        "Le nom d'une personne compte au plus 300 caractères.",
    ),
    "{person_display_name} is named in the records and cannot be deleted.": (
        "{person_display_name} figura en los registros y no se puede eliminar.",
        "{person_display_name} figure dans les registres et ne peut pas être supprimé.",
    ),
    "An adjourned meeting keeps its call to order; correct the time instead.": (
        "Una sesión levantada conserva su apertura; corrija la hora en su lugar.",
        "Une séance levée garde son ouverture; corrigez plutôt l'heure.",
    ),
    "The meeting has not been called to order yet.": (
        "La sesión aún no se ha abierto.",
        "La séance n'a pas encore été ouverte.",
    ),
    "A member cannot leave before arriving.": (
        "Un miembro no puede retirarse antes de llegar.",
        "Un membre ne peut pas partir avant d'arriver.",
    ),
    "This {what} approved the minutes of {day} {scheduled_start:%B %Y}, so it cannot be deleted.": (
        "Este registro ({what}) aprobó el acta del {day} {scheduled_start:%B %Y}, por lo que no se puede eliminar.",
        "Cet enregistrement ({what}) a adopté le procès-verbal du {day} {scheduled_start:%B %Y}; il ne peut donc pas être supprimé.",
    ),
    "{body_name} is a {classification_value}, an organization its members belong to, not a body that meets; hold the meeting for its council, a committee or a board.": (
        "{body_name} es un/a {classification_value}, una organización a la que pertenecen sus miembros, no un órgano que sesiona; celebre la sesión para su concejo, una comisión o una junta.",
        "{body_name} est un/une {classification_value}, une organisation dont ses membres font partie, pas une instance qui siège; tenez la séance pour son conseil, un comité ou une commission.",
    ),
    "A cancelled meeting cannot be called to order.": (
        "Una sesión cancelada no se puede abrir.",
        "Une séance annulée ne peut pas être ouverte.",
    ),
    "A meeting cannot adjourn before it was called to order.": (
        "Una sesión no se puede levantar antes de abrirse.",
        "Une séance ne peut pas être levée avant d'avoir été ouverte.",
    ),
    "Give the reason a member takes part remotely; the minutes must state it.": (
        "Indique el motivo por el que un miembro participa a distancia; el acta debe hacerlo constar.",
        "Donnez la raison pour laquelle un membre participe à distance; le procès-verbal doit l'indiquer.",
    ),
    "{name} was written by a newer CouncilDesk (schema {schema}); install that version to restore it.": (
        "{name} fue escrito por un CouncilDesk más reciente (esquema {schema}); instale esa versión para restaurarlo.",
        "{name} a été écrit par un CouncilDesk plus récent (schéma {schema}); installez cette version pour le restaurer.",
    ),
    "{name} holds schema {schema}; restore it with the CouncilDesk version that wrote it, then archive again.": (
        "{name} tiene el esquema {schema}; restáurelo con la versión de CouncilDesk que lo escribió y vuelva a archivarlo.",
        "{name} porte le schéma {schema}; restaurez-le avec la version de CouncilDesk qui l'a écrit, puis archivez de nouveau.",
    ),
    "{where}: the field '{col_name}' is missing.": (
        "{where}: falta el campo '{col_name}'.",
        "{where} : le champ '{col_name}' est manquant.",
    ),
    "{where}, field '{col_name}': {value!r} is not valid.": (
        "{where}, campo '{col_name}': {value!r} no es válido.",
        "{where}, champ '{col_name}' : {value!r} n'est pas valide.",
    ),
    "An archive restores only into an empty database; {url} already holds {table_name} records.": (
        "Un archivo solo se restaura en una base de datos vacía; {url} ya contiene registros de {table_name}.",
        "Une archive ne se restaure que dans une base vide; {url} contient déjà des enregistrements {table_name}.",
    ),
    "There is no {what} {id}.": (
        "No existe ningún registro «{what}» número {id}.",
        "Il n'existe aucun enregistrement « {what} » numéro {id}.",
    ),
    "The minutes of the meeting of {long_date} are approved and locked; record a correction instead.": (
        "El acta de la sesión del {long_date} está aprobada y bloqueada; registre una corrección en su lugar.",
        "Le procès-verbal de la séance du {long_date} est adopté et verrouillé; inscrivez plutôt une correction.",
    ),
    "The {what} cannot be empty.": (
        "El campo «{what}» no puede estar vacío.",
        "Le champ « {what} » ne peut pas être vide.",
    ),
    "The {body_name} has no meetings in {year}.": (
        "{body_name} no tiene sesiones en {year}.",
        "{body_name} n'a aucune séance en {year}.",
    ),
    "That meeting is not a meeting of {body_name}.": (
        "Esa sesión no es una sesión de {body_name}.",
        "Cette séance n'est pas une séance de {body_name}.",
    ),
    "The meeting has no agenda yet, so there is no order of business to save.": (
        "La sesión aún no tiene orden del día, así que no hay orden de asuntos que guardar.",
        "La séance n'a pas encore d'ordre du jour; il n'y a donc aucun ordre des travaux à enregistrer.",
    ),
    "The meeting already has an agenda; start from the template only when it is empty.": (
        "La sesión ya tiene un orden del día; parta de la plantilla solo cuando esté vacío.",
        "La séance a déjà un ordre du jour; partez du modèle seulement quand il est vide.",
    ),
    "These minutes were approved with fingerprint format {version}, which this version of CouncilDesk does not know; open the file with a newer CouncilDesk.": (
        "Esta acta se aprobó con el formato de huella {version}, que esta versión de CouncilDesk no conoce; abra el archivo con un CouncilDesk más reciente.",
        "Ce procès-verbal a été adopté avec le format d'empreinte {version}, que cette version de CouncilDesk ne connaît pas; ouvrez le fichier avec un CouncilDesk plus récent.",
    ),
    "No member who has voted is called {who!r}.": (
        "Ningún miembro que haya votado se llama {who!r}.",
        "Aucun membre ayant voté ne s'appelle {who!r}.",
    ),
    "{who!r} matches several members ({names}); give more of the name or the id.": (
        "{who!r} coincide con varios miembros ({names}); dé más del nombre o el identificador.",
        "{who!r} correspond à plusieurs membres ({names}); donnez une plus grande partie du nom ou l'identifiant.",
    ),
    "A page holds 1 to {most} rows from offset 0 up.": (
        "Una página tiene de 1 a {most} filas a partir del desplazamiento 0.",
        "Une page contient de 1 à {most} lignes à partir du décalage 0.",
    ),
    # matters and sponsors
    "A matter numbered {identifier} already exists.": (
        "Ya existe un asunto con el número {identifier}.",
        "Un dossier portant le numéro {identifier} existe déjà.",
    ),
    "A matter numbered {changes} already exists.": (
        "Ya existe un asunto con el número {changes}.",
        "Un dossier portant le numéro {changes} existe déjà.",
    ),
    "{person_display_name} already sponsors {matter_identifier}.": (
        "{person_display_name} ya patrocina {matter_identifier}.",
        "{person_display_name} parraine déjà {matter_identifier}.",
    ),
    "{value} does not sponsor {matter_identifier}.": (
        "{value} no patrocina {matter_identifier}.",
        "{value} ne parraine pas {matter_identifier}.",
    ),
    "The primary sponsor cannot also be listed as a co-sponsor.": (
        "El patrocinador principal no puede figurar también como copatrocinador.",
        "Le parrain principal ne peut pas aussi figurer comme coparrain.",
    ),
    "A co-sponsor is listed twice.": (
        "Un copatrocinador figura dos veces.",
        "Un coparrain figure deux fois.",
    ),
    "There is already a matter {matter_id}.": (
        "Ya existe un asunto {matter_id}.",
        "Il existe déjà un dossier {matter_id}.",
    ),
    "Matter {matter_identifier} is in use elsewhere and cannot be removed.": (
        "El asunto {matter_identifier} se usa en otro lugar y no se puede quitar.",
        "Le dossier {matter_identifier} est utilisé ailleurs et ne peut pas être retiré.",
    ),
    # imported rows
    "{where}, field '{name}': {value!r} is not {expected}.": (
        "{where}, campo '{name}': {value!r} no es {expected}.",
        "{where}, champ '{name}' : {value!r} n'est pas {expected}.",
    ),
    "{where}, field '{name}': a value is required.": (
        "{where}, campo '{name}': se requiere un valor.",
        "{where}, champ '{name}' : une valeur est requise.",
    ),
    "{where}, field '{name}': the text holds control characters; is the file damaged?": (
        "{where}, campo '{name}': el texto contiene caracteres de control; ¿está dañado el archivo?",
        "{where}, champ '{name}' : le texte contient des caractères de contrôle; le fichier est-il endommagé?",
    ),
    "{where}, field '{name}': the text is longer than {length} characters.": (
        "{where}, campo '{name}': el texto tiene más de {length} caracteres.",
        "{where}, champ '{name}' : le texte dépasse {length} caractères.",
    ),
    "{where}, field '{name}': {value!r} is not a date and time.": (
        "{where}, campo '{name}': {value!r} no es una fecha y hora.",
        "{where}, champ '{name}' : {value!r} n'est pas une date et heure.",
    ),
    "{where}, field '{name}': {value!r} is not a date.": (
        "{where}, campo '{name}': {value!r} no es una fecha.",
        "{where}, champ '{name}' : {value!r} n'est pas une date.",
    ),
    "The range starts ({start}) after it ends ({end}).": (
        "El intervalo empieza ({start}) después de terminar ({end}).",
        "La période commence ({start}) après sa fin ({end}).",
    ),
    # backups
    "Back up a PostgreSQL database with pg_dump; CouncilDesk backs up SQLite files.": (
        "Respalde una base de datos PostgreSQL con pg_dump; CouncilDesk respalda archivos SQLite.",
        "Sauvegardez une base PostgreSQL avec pg_dump; CouncilDesk sauvegarde les fichiers SQLite.",
    ),
    "A database cannot be restored from itself.": (
        "Una base de datos no se puede restaurar a partir de sí misma.",
        "Une base de données ne peut pas être restaurée à partir d'elle-même.",
    ),
    "Could not restore {source_name} ({error}); the database is unchanged, and a copy of it is at {replaced}.": (
        "No se pudo restaurar {source_name} ({error}); la base de datos no cambió y hay una copia en {replaced}.",
        "Impossible de restaurer {source_name} ({error}); la base est inchangée et une copie se trouve à {replaced}.",
    ),
    "There is no backup file {path}.": (
        "No existe el archivo de respaldo {path}.",
        "Il n'y a aucun fichier de sauvegarde {path}.",
    ),
    "{path_name} is not a CouncilDesk database (not an SQLite file).": (
        "{path_name} no es una base de datos de CouncilDesk (no es un archivo SQLite).",
        "{path_name} n'est pas une base de données CouncilDesk (ce n'est pas un fichier SQLite).",
    ),
    "{path_name} is an SQLite file but not a CouncilDesk database.": (
        "{path_name} es un archivo SQLite, pero no una base de datos de CouncilDesk.",
        "{path_name} est un fichier SQLite, mais pas une base de données CouncilDesk.",
    ),
    "{path_name} cannot be read ({error}).": (
        "{path_name} no se puede leer ({error}).",
        "{path_name} ne peut pas être lu ({error}).",
    ),
    "{path_name} was written by a newer CouncilDesk (schema {schema}); install that version to restore it.": (
        "{path_name} fue escrito por un CouncilDesk más reciente (esquema {schema}); instale esa versión para restaurarlo.",
        "{path_name} a été écrit par un CouncilDesk plus récent (schéma {schema}); installez cette version pour le restaurer.",
    ),
    # roster and import writing
    "Someone has held the seat {post_label}, so it cannot be deleted.": (
        "Alguien ha ocupado el escaño {post_label}, por lo que no se puede eliminar.",
        "Quelqu'un a occupé le siège {post_label}; il ne peut donc pas être supprimé.",
    ),
    "{body_name} already has {names}.": ("{body_name} ya tiene {names}.", "{body_name} a déjà {names}."),
    "There are no rows to add; paste a roster with one member a line.": (
        "No hay filas que agregar; pegue una nómina con un miembro por línea.",
        "Il n'y a aucune ligne à ajouter; collez une liste avec un membre par ligne.",
    ),
    "{where}: cannot be stored ({reason}).": (
        "{where}: no se puede guardar ({reason}).",
        "{where} : ne peut pas être enregistré ({reason}).",
    ),
    "{where}: the id '{key}' is used by two {table} records.": (
        "{where}: el identificador '{key}' lo usan dos registros {table}.",
        "{where} : l'identifiant '{key}' est utilisé par deux enregistrements {table}.",
    ),
    "{where}, field '{name}': expected an id (text).": (
        "{where}, campo '{name}': se esperaba un identificador (texto).",
        "{where}, champ '{name}' : un identifiant (texte) était attendu.",
    ),
    "{where}: '{name}' is not a reference of a {table}.": (
        "{where}: '{name}' no es una referencia de un registro {table}.",
        "{where} : '{name}' n'est pas une référence d'un enregistrement {table}.",
    ),
    "{where}: '{name}' is not a field of a {table}.": (
        "{where}: '{name}' no es un campo de un registro {table}.",
        "{where} : '{name}' n'est pas un champ d'un enregistrement {table}.",
    ),
    "{where}, field '{field_name}': '{key}' does not name any {table} in the file or the database.": (
        "{where}, campo '{field_name}': '{key}' no nombra ningún registro {table} del archivo ni de la base de datos.",
        "{where}, champ '{field_name}' : '{key}' ne désigne aucun enregistrement {table} du fichier ni de la base.",
    ),
    "{where}: cannot be added, because {locked}.": (
        "{where}: no se puede agregar, porque {locked}.",
        "{where} : ne peut pas être ajouté, car {locked}.",
    ),
    "{where}: cannot be updated ({reason}).": (
        "{where}: no se puede actualizar ({reason}).",
        "{where} : ne peut pas être mis à jour ({reason}).",
    ),
    # votes
    "'{option}' is not a ballot option.": (
        "'{option}' no es una opción de voto.",
        "'{option}' n'est pas une option de vote.",
    ),
    "{who} {verb} part remotely, so the law wants every vote by roll call; record this one as a roll call instead of {what}.": (
        "{who} participa(n) a distancia ({verb}), así que la ley exige votación nominal en cada votación; registre esta como votación nominal en lugar de {what}.",
        "{who} participe(nt) à distance ({verb}); la loi exige donc un vote par appel nominal pour chaque vote : inscrivez celui-ci par appel nominal plutôt que {what}.",
    ),
    "Record attendance first: no voting member is marked present.": (
        "Registre primero la asistencia: ningún miembro con voto figura como presente.",
        "Inscrivez d'abord les présences : aucun membre votant n'est marqué présent.",
    ),
    "No voting member is recorded as in the room at {when:%H:%M}.": (
        "Ningún miembro con voto consta en la sala a las {when:%H:%M}.",
        "Aucun membre votant n'est inscrit dans la salle à {when:%H:%M}.",
    ),
    "{name} is not a voting member of {body_name} on {long_date} and cannot vote.": (
        "{name} no es miembro con voto de {body_name} el {long_date} y no puede votar.",
        "{name} n'est pas membre votant de {body_name} le {long_date} et ne peut pas voter.",
    ),
    "The roll call has no vote for {value}.": (
        "La votación nominal no tiene voto de {value}.",
        "L'appel nominal n'a aucun vote pour {value}.",
    ),
    "{person_name} is recorded as {value} and cannot vote {option_value}.": (
        "{person_name} consta como {value} y no puede votar {option_value}.",
        "{person_name} est inscrit comme {value} et ne peut pas voter {option_value}.",
    ),
    "{person_name} {away} and cannot vote {option_value}.": (
        "{person_name}: {away}; no puede votar {option_value}.",
        "{person_name} : {away}; ne peut pas voter {option_value}.",
    ),
    "Give the reason {person_name} is recused.": (
        "Indique el motivo de la recusación de {person_name}.",
        "Donnez la raison pour laquelle {person_name} se récuse.",
    ),
    "Vote counts cannot be negative.": (
        "Los recuentos de votos no pueden ser negativos.",
        "Les décomptes de votes ne peuvent pas être négatifs.",
    ),
    "{counted} votes were counted but only {present} voting members are present.": (
        "Se contaron {counted} votos, pero solo hay {present} miembros con voto presentes.",
        "{counted} votes ont été comptés, mais seulement {present} membres votants sont présents.",
    ),
    "This motion already has a recorded vote; delete that vote first to record it again.": (
        "Esta moción ya tiene una votación registrada; elimine primero esa votación para registrarla de nuevo.",
        "Cette proposition a déjà un vote inscrit; supprimez d'abord ce vote pour l'inscrire de nouveau.",
    ),
    "Import limits must be at least 1.": (
        "Los límites de importación deben ser al menos 1.",
        "Les limites d'importation doivent valoir au moins 1.",
    ),
    "{name}: the import is {size} MB, over the limit of {limit} MB for one import; nothing was read (raise the limit with --max-bytes if it is right).": (
        "{name}: la importación ocupa {size} MB, más del límite de {limit} MB por importación; no se leyó nada (suba el límite con --max-bytes si es correcto).",
        "{name} : l'importation fait {size} Mo, au-delà de la limite de {limit} Mo par importation; rien n'a été lu (relevez la limite avec --max-bytes si c'est juste).",
    ),
    "{name}: the import holds more than {max_records:,} records, the limit for one import; nothing was imported (raise the limit with --max-records if it is right).": (
        "{name}: la importación contiene más de {max_records:,} registros, el límite por importación; no se importó nada (suba el límite con --max-records si es correcto).",
        "{name} : l'importation contient plus de {max_records:,} enregistrements, la limite par importation; rien n'a été importé (relevez la limite avec --max-records si c'est juste).",
    ),
    # approval and corrections
    "The minutes of the meeting of {day} are already approved; record a correction instead.": (
        "El acta de la sesión del {day} ya está aprobada; registre una corrección en su lugar.",
        "Le procès-verbal de la séance du {day} est déjà adopté; inscrivez plutôt une correction.",
    ),
    "The meeting of {day} has not been adjourned, so its minutes cannot be approved yet.": (
        "La sesión del {day} no se ha levantado, por lo que su acta aún no se puede aprobar.",
        "La séance du {day} n'a pas été levée; son procès-verbal ne peut donc pas encore être adopté.",
    ),
    "Minutes of the meeting of {day} can only be approved at a later meeting, not at the meeting of {approving_day}.": (
        "El acta de la sesión del {day} solo se puede aprobar en una sesión posterior, no en la sesión del {approving_day}.",
        "Le procès-verbal de la séance du {day} ne peut être adopté qu'à une séance ultérieure, pas à la séance du {approving_day}.",
    ),
    "Minutes can only be approved at a meeting of the same body.": (
        "Un acta solo se puede aprobar en una sesión del mismo órgano.",
        "Un procès-verbal ne peut être adopté qu'à une séance de la même instance.",
    ),
    "The meeting of {day} was cancelled and cannot approve minutes.": (
        "La sesión del {day} se canceló y no puede aprobar actas.",
        "La séance du {day} a été annulée et ne peut pas adopter de procès-verbal.",
    ),
    "The approval date {date} is before the approving meeting of {day}.": (
        "La fecha de aprobación {date} es anterior a la sesión aprobatoria del {day}.",
        "La date d'adoption {date} précède la séance d'adoption du {day}.",
    ),
    "Vote {approving_vote_id} was not taken at the meeting of {day}.": (
        "La votación {approving_vote_id} no se celebró en la sesión del {day}.",
        "Le vote {approving_vote_id} n'a pas été tenu à la séance du {day}.",
    ),
    "Vote {approving_vote_id} did not pass, so it cannot approve minutes.": (
        "La votación {approving_vote_id} no fue aprobada, por lo que no puede aprobar actas.",
        "Le vote {approving_vote_id} n'a pas été adopté; il ne peut donc pas adopter de procès-verbal.",
    ),
    "Give the text as approved, the corrected text, or both.": (
        "Indique el texto tal como se aprobó, el texto corregido o ambos.",
        "Donnez le texte tel qu'adopté, le texte corrigé, ou les deux.",
    ),
    "The minutes of {day} are still a draft; edit them directly instead of correcting them.": (
        "El acta del {day} todavía es un borrador; edítela directamente en lugar de corregirla.",
        "Le procès-verbal du {day} est encore un projet; modifiez-le directement plutôt que de le corriger.",
    ),
    "A correction cannot be dated {date}, before the approval on {approved_on}.": (
        "Una corrección no puede tener fecha {date}, anterior a la aprobación del {approved_on}.",
        "Une correction ne peut pas être datée du {date}, avant l'adoption du {approved_on}.",
    ),
    "Agenda item {agenda_item_id} is not part of the meeting of {day}.": (
        "El punto del orden del día {agenda_item_id} no forma parte de la sesión del {day}.",
        "Le point {agenda_item_id} de l'ordre du jour ne fait pas partie de la séance du {day}.",
    ),
    # speakers and motions
    "A speaking time cannot be negative.": (
        "El tiempo de intervención no puede ser negativo.",
        "Un temps de parole ne peut pas être négatif.",
    ),
    "The mover cannot also second the motion.": (
        "El proponente no puede también secundar la moción.",
        "Le proposeur ne peut pas aussi appuyer la proposition.",
    ),
    "{person_display_name} is not a voting member of {body_name} and cannot be the {role}.": (
        "{person_display_name} no es miembro con voto de {body_name} y no puede ser {role}.",
        "{person_display_name} n'est pas membre votant de {body_name} et ne peut pas être {role}.",
    ),
    "{person_display_name} is not recorded as present and cannot be the {role}.": (
        "{person_display_name} no consta como presente y no puede ser {role}.",
        "{person_display_name} n'est pas inscrit comme présent et ne peut pas être {role}.",
    ),
    "{person_display_name} {away} and cannot be the {role}.": (
        "{person_display_name}: {away}; no puede ser {role}.",
        "{person_display_name} : {away}; ne peut pas être {role}.",
    ),
    "An amendment must be made under a motion of the same agenda item.": (
        "Una enmienda debe presentarse bajo una moción del mismo punto del orden del día.",
        "Un amendement doit être proposé sous une proposition du même point de l'ordre du jour.",
    ),
    "Choose the motion this amendment amends.": (
        "Elija la moción que esta enmienda modifica.",
        "Choisissez la proposition que cet amendement modifie.",
    ),
    # documents
    "A document must be attached to an agenda item or a matter.": (
        "Un documento debe adjuntarse a un punto del orden del día o a un asunto.",
        "Un document doit être joint à un point de l'ordre du jour ou à un dossier.",
    ),
    "{file_name} is larger than 200 MB; attach a smaller file or a link.": (
        "{file_name} ocupa más de 200 MB; adjunte un archivo más pequeño o un enlace.",
        "{file_name} dépasse 200 Mo; joignez un fichier plus petit ou un lien.",
    ),
    "Could not read {path}: {value}.": (
        "No se pudo leer {path}: {value}.",
        "Impossible de lire {path} : {value}.",
    ),
    # approvals exchanged
    "{where}, field 'extras.{extension}.{name}': expected text.": (
        "{where}, campo 'extras.{extension}.{name}': se esperaba texto.",
        "{where}, champ 'extras.{extension}.{name}' : du texte était attendu.",
    ),
    "{where}, field 'extras.{extension}.{name}': expected a date (YYYY-MM-DD).": (
        "{where}, campo 'extras.{extension}.{name}': se esperaba una fecha (AAAA-MM-DD).",
        "{where}, champ 'extras.{extension}.{name}' : une date (AAAA-MM-JJ) était attendue.",
    ),
    "{where}, field 'extras.{extension}': expected an object.": (
        "{where}, campo 'extras.{extension}': se esperaba un objeto.",
        "{where}, champ 'extras.{extension}' : un objet était attendu.",
    ),
    "{where}, field 'extras.{extension}.snapshot_format': expected a whole number.": (
        "{where}, campo 'extras.{extension}.snapshot_format': se esperaba un número entero.",
        "{where}, champ 'extras.{extension}.snapshot_format' : un nombre entier était attendu.",
    ),
    "{where}, field 'extras.{extension}.manner': expected one of {allowed}.": (
        "{where}, campo 'extras.{extension}.manner': se esperaba uno de {allowed}.",
        "{where}, champ 'extras.{extension}.manner' : une des valeurs {allowed} était attendue.",
    ),
    "{where}, field 'extras.{extension}.snapshot': it is not JSON.": (
        "{where}, campo 'extras.{extension}.snapshot': no es JSON.",
        "{where}, champ 'extras.{extension}.snapshot' : ce n'est pas du JSON.",
    ),
    "{where}, field 'extras.{extension}.corrections': expected a list.": (
        "{where}, campo 'extras.{extension}.corrections': se esperaba una lista.",
        "{where}, champ 'extras.{extension}.corrections' : une liste était attendue.",
    ),
    "{at}: expected an object.": ("{at}: se esperaba un objeto.", "{at} : un objet était attendu."),
    "{anchor} is neither a file nor a 64-digit fingerprint.": (
        "{anchor} no es un archivo ni una huella de 64 dígitos.",
        "{anchor} n'est ni un fichier ni une empreinte de 64 chiffres.",
    ),
    "{path} is not a fingerprints file (JSON) nor a CouncilDesk database.": (
        "{path} no es un archivo de huellas (JSON) ni una base de datos de CouncilDesk.",
        "{path} n'est ni un fichier d'empreintes (JSON) ni une base de données CouncilDesk.",
    ),
    "{path} is not a CouncilDesk fingerprints file.": (
        "{path} no es un archivo de huellas de CouncilDesk.",
        "{path} n'est pas un fichier d'empreintes CouncilDesk.",
    ),
    # bodies, seats and terms
    "{name} needs at least one seat.": (
        "{name} necesita al menos un escaño.",
        "{name} a besoin d'au moins un siège.",
    ),
    "A body named {name} already exists.": (
        "Ya existe un órgano llamado {name}.",
        "Une instance nommée {name} existe déjà.",
    ),
    "A body needs at least one seat.": (
        "Un órgano necesita al menos un escaño.",
        "Une instance a besoin d'au moins un siège.",
    ),
    "{body_name} cannot be its own parent body.": (
        "{body_name} no puede ser su propio órgano superior.",
        "{body_name} ne peut pas être sa propre instance mère.",
    ),
    "{body_name} has {what} and cannot be deleted.": (
        "{body_name} tiene {what} y no se puede eliminar.",
        "{body_name} a {what} et ne peut pas être supprimée.",
    ),
    "That is not a house style CouncilDesk knows ({error}).": (
        "Ese no es un estilo de la casa que CouncilDesk conozca ({error}).",
        "Ce n'est pas un style maison que CouncilDesk connaît ({error}).",
    ),
    "{body_name} already has a seat named {label}.": (
        "{body_name} ya tiene un escaño llamado {label}.",
        "{body_name} a déjà un siège nommé {label}.",
    ),
    "A term cannot end before it starts.": (
        "Un mandato no puede terminar antes de empezar.",
        "Un mandat ne peut pas finir avant de commencer.",
    ),
    "The seat {post_label} does not belong to {body_name}.": (
        "El escaño {post_label} no pertenece a {body_name}.",
        "Le siège {post_label} n'appartient pas à {body_name}.",
    ),
    "{clash} already holds the seat {post_label} during that term.": (
        "{clash} ya ocupa el escaño {post_label} durante ese mandato.",
        "{clash} occupe déjà le siège {post_label} pendant ce mandat.",
    ),
    # agenda
    "{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its {what} cannot change; record a correction to those minutes instead.": (
        "{matter_identifier} figura en el acta aprobada del {day} {scheduled_start:%B %Y}, por lo que su {what} no puede cambiar; registre en su lugar una corrección a esa acta.",
        "{matter_identifier} figure au procès-verbal adopté du {day} {scheduled_start:%B %Y}; son {what} ne peut donc pas changer : inscrivez plutôt une correction à ce procès-verbal.",
    ),
    "An item can only be nested under an item of the same meeting.": (
        "Un punto solo se puede anidar bajo un punto de la misma sesión.",
        "Un point ne peut être placé que sous un point de la même séance.",
    ),
    "An item cannot be nested under itself or one of its own sub-items.": (
        "Un punto no se puede anidar bajo sí mismo ni bajo uno de sus subpuntos.",
        "Un point ne peut pas être placé sous lui-même ni sous un de ses sous-points.",
    ),
    "Item {item_number} is not on the consent agenda.": (
        "El punto {item_number} no está en la agenda de consentimiento.",
        "Le point {item_number} n'est pas dans le bloc des résolutions en bloc.",
    ),
    "The consent agenda has been voted on; delete that vote first to pull item {item_number} off it.": (
        "La agenda de consentimiento ya se votó; elimine primero esa votación para retirar el punto {item_number}.",
        "Le bloc des résolutions en bloc a été voté; supprimez d'abord ce vote pour en retirer le point {item_number}.",
    ),
    "The consent agenda has been voted on; an item cannot go back on it now.": (
        "La agenda de consentimiento ya se votó; ningún punto puede volver a ella ahora.",
        "Le bloc des résolutions en bloc a été voté; aucun point ne peut y revenir maintenant.",
    ),
    "The first item at its level cannot be indented.": (
        "El primer punto de su nivel no se puede sangrar.",
        "Le premier point de son niveau ne peut pas être décalé à droite.",
    ),
    "A top-level item cannot be outdented.": (
        "Un punto de primer nivel no se puede desangrar.",
        "Un point de premier niveau ne peut pas être décalé à gauche.",
    ),
    "Agenda item {root} is already there.": (
        "El punto del orden del día {root} ya está allí.",
        "Le point {root} de l'ordre du jour y est déjà.",
    ),
    "There is no person with id {person_id} to use for '{name}'.": (
        "No hay ninguna persona con el identificador {person_id} para usar como '{name}'.",
        "Il n'y a aucune personne d'identifiant {person_id} à utiliser pour '{name}'.",
    ),
    # moving to a server, linked documents, other ballots
    "migrate-to copies a CouncilDesk file; {source} is already on a server.": (
        "migrate-to copia un archivo de CouncilDesk; {source} ya está en un servidor.",
        "migrate-to copie un fichier CouncilDesk; {source} est déjà sur un serveur.",
    ),
    "'{url}' is not a PostgreSQL address; give one such as postgresql+psycopg://clerk@server/council.": (
        "'{url}' no es una dirección de PostgreSQL; indique una como postgresql+psycopg://clerk@server/council.",
        "'{url}' n'est pas une adresse PostgreSQL; donnez-en une comme postgresql+psycopg://clerk@server/council.",
    ),
    "{url} is not empty: it holds tables that are not CouncilDesk's ({tables}); migrate-to copies only into an empty database, and changed nothing.": (
        "{url} no está vacía: contiene tablas que no son de CouncilDesk ({tables}); migrate-to solo copia en una base de datos vacía y no cambió nada.",
        "{url} n'est pas vide : elle contient des tables qui ne sont pas celles de CouncilDesk ({tables}); migrate-to ne copie que dans une base vide et n'a rien changé.",
    ),
    "Could not reach {url}: {reason}": (
        "No se pudo conectar con {url}: {reason}",
        "Impossible de joindre {url} : {reason}",
    ),
    "{url} is not empty: it already holds {count} {table} rows; migrate-to copies only into an empty database, and changed nothing.": (
        "{url} no está vacía: ya contiene {count} filas de {table}; migrate-to solo copia en una base de datos vacía y no cambió nada.",
        "{url} n'est pas vide : elle contient déjà {count} lignes {table}; migrate-to ne copie que dans une base vide et n'a rien changé.",
    ),
    "The copy in {url} does not hold the same rows as the file ({tables}); nothing was written.": (
        "La copia en {url} no contiene las mismas filas que el archivo ({tables}); no se escribió nada.",
        "La copie dans {url} ne contient pas les mêmes lignes que le fichier ({tables}); rien n'a été écrit.",
    ),
    "The copy in {url} does not verify ({first}); nothing was written. Run `councildesk verify` on the file.": (
        "La copia en {url} no pasa la verificación ({first}); no se escribió nada. Ejecute `councildesk verify` sobre el archivo.",
        "La copie dans {url} ne se vérifie pas ({first}); rien n'a été écrit. Lancez `councildesk verify` sur le fichier.",
    ),
    "The record chain in {url} ends at {copied} links, the file's at {length}; nothing was written.": (
        "La cadena de registros en {url} termina en {copied} eslabones, la del archivo en {length}; no se escribió nada.",
        "La chaîne des registres dans {url} s'arrête à {copied} maillons, celle du fichier à {length}; rien n'a été écrit.",
    ),
    "'{url}' is not a web address (http:// or https://) a document can link to.": (
        "'{url}' no es una dirección web (http:// o https://) a la que un documento pueda enlazar.",
        "'{url}' n'est pas une adresse Web (http:// ou https://) vers laquelle un document peut pointer.",
    ),
    "A document's address is longer than {limit} characters: '{start}…'.": (
        "La dirección de un documento tiene más de {limit} caracteres: '{start}…'.",
        "L'adresse d'un document dépasse {limit} caractères : '{start}…'.",
    ),
    "Give the words {person_name}'s vote was recorded in ('other').": (
        "Indique las palabras con que se registró el voto de {person_name} ('other').",
        "Donnez les mots dans lesquels le vote de {person_name} a été inscrit ('other').",
    ),
    # PostgreSQL office set-up, backup and restore
    "The two passwords differ; nothing was changed.": (
        "Las dos contraseñas no coinciden; no se cambió nada.",
        "Les deux mots de passe diffèrent; rien n'a été changé.",
    ),
    "The password is empty; nothing was changed.": (
        "La contraseña está vacía; no se cambió nada.",
        "Le mot de passe est vide; rien n'a été changé.",
    ),
    "--role, --login and --password go with --add-person NAME.": (
        "--role, --login y --password van con --add-person NOMBRE.",
        "--role, --login et --password vont avec --add-person NOM.",
    ),
    "--add-person needs --role clerk|reader and --login NAME.": (
        "--add-person necesita --role clerk|reader y --login NOMBRE.",
        "--add-person demande --role clerk|reader et --login NOM.",
    ),
    "{role!r} cannot be a login name: use lower-case letters, digits and _ (at most 63, not starting with a digit).": (
        "{role!r} no puede ser un nombre de usuario: use minúsculas, dígitos y _ (como máximo 63, sin empezar por un dígito).",
        "{role!r} ne peut pas être un nom de connexion : utilisez des minuscules, des chiffres et _ (au plus 63, sans commencer par un chiffre).",
    ),
    "pg-setup sets up a PostgreSQL server; give a postgresql+psycopg:// address.": (
        "pg-setup prepara un servidor PostgreSQL; indique una dirección postgresql+psycopg://.",
        "pg-setup prépare un serveur PostgreSQL; donnez une adresse postgresql+psycopg://.",
    ),
    "There is no person with id {id} in the records.": (
        "No hay ninguna persona con el identificador {id} en los registros.",
        "Il n'y a aucune personne d'identifiant {id} dans les registres.",
    ),
    "There is no person named {name!r} in the records; add them first (Edit ▸ People).": (
        "No hay ninguna persona llamada {name!r} en los registros; agréguela primero (Editar ▸ Personas).",
        "Il n'y a aucune personne nommée {name!r} dans les registres; ajoutez-la d'abord (Édition ▸ Personnes).",
    ),
    "{count} people are named {name!r} (ids {ids}); give the id instead of the name.": (
        "{count} personas se llaman {name!r} (identificadores {ids}); indique el identificador en lugar del nombre.",
        "{count} personnes s'appellent {name!r} (identifiants {ids}); donnez l'identifiant plutôt que le nom.",
    ),
    "The role must be clerk or reader, not {group!r}.": (
        "El rol debe ser clerk o reader, no {group!r}.",
        "Le rôle doit être clerk ou reader, pas {group!r}.",
    ),
    "{role} is one of CouncilDesk's own roles; choose a personal login name.": (
        "{role} es uno de los roles propios de CouncilDesk; elija un nombre de usuario personal.",
        "{role} est un des rôles propres à CouncilDesk; choisissez un nom de connexion personnel.",
    ),
    "{tool} is not installed, so the PostgreSQL database cannot be backed up or restored; install the PostgreSQL client tools (on Debian or Ubuntu: postgresql-client).": (
        "{tool} no está instalado, así que la base de datos PostgreSQL no se puede respaldar ni restaurar; instale las herramientas cliente de PostgreSQL (en Debian o Ubuntu: postgresql-client).",
        "{tool} n'est pas installé; la base PostgreSQL ne peut donc être ni sauvegardée ni restaurée : installez les outils clients PostgreSQL (sous Debian ou Ubuntu : postgresql-client).",
    ),
    "{tool} {version} is older than the server (PostgreSQL {server}) and cannot read it; install the client tools of version {server} or later (postgresql-client-{server}).": (
        "{tool} {version} es más antiguo que el servidor (PostgreSQL {server}) y no puede leerlo; instale las herramientas cliente de la versión {server} o posterior (postgresql-client-{server}).",
        "{tool} {version} est plus ancien que le serveur (PostgreSQL {server}) et ne peut pas le lire; installez les outils clients de la version {server} ou plus récente (postgresql-client-{server}).",
    ),
    "{tool} could not {action} {database}: {reason}.": (
        "{tool} no pudo {action} {database}: {reason}.",
        "{tool} n'a pas pu {action} {database} : {reason}.",
    ),
    "{tool} could not {action} {database} ({last}).": (
        "{tool} no pudo {action} {database} ({last}).",
        "{tool} n'a pas pu {action} {database} ({last}).",
    ),
    "{tool} could not {action} {database}: it ran longer than an hour.": (
        "{tool} no pudo {action} {database}: tardó más de una hora.",
        "{tool} n'a pas pu {action} {database} : l'opération a duré plus d'une heure.",
    ),
    "The backup folder {folder} does not exist.": (
        "La carpeta de respaldos {folder} no existe.",
        "Le dossier de sauvegarde {folder} n'existe pas.",
    ),
    "{file} is not a PostgreSQL backup (pg_dump's custom format).": (
        "{file} no es un respaldo de PostgreSQL (formato personalizado de pg_dump).",
        "{file} n'est pas une sauvegarde PostgreSQL (format personnalisé de pg_dump).",
    ),
    "{file} is a PostgreSQL backup but not of a CouncilDesk database.": (
        "{file} es un respaldo de PostgreSQL, pero no de una base de datos de CouncilDesk.",
        "{file} est une sauvegarde PostgreSQL, mais pas d'une base de données CouncilDesk.",
    ),
    "The database {name} is not empty ({count} tables and other objects); a backup is restored only into an empty database, so create one (createdb) and restore into that.": (
        "La base de datos {name} no está vacía ({count} tablas y otros objetos); un respaldo solo se restaura en una base de datos vacía, así que cree una (createdb) y restaure en ella.",
        "La base {name} n'est pas vide ({count} tables et autres objets); une sauvegarde ne se restaure que dans une base vide : créez-en une (createdb) et restaurez-y.",
    ),
    "{file} was restored into {name} but failed its check: {problem}{more}; the restore was taken out again and the database is empty.": (
        "{file} se restauró en {name}, pero no pasó la verificación: {problem}{more}; la restauración se retiró y la base de datos está vacía.",
        "{file} a été restauré dans {name}, mais n'a pas passé la vérification : {problem}{more}; la restauration a été retirée et la base est vide.",
    ),
    "The record chain of this file is broken ({reason}), so the approval of these minutes cannot be trusted; run `councildesk verify --all` and restore a backup.": (
        "La cadena de registros de este archivo está rota ({reason}), así que no se puede confiar en la aprobación de esta acta; ejecute `councildesk verify --all` y restaure un respaldo.",
        "La chaîne des registres de ce fichier est rompue ({reason}); on ne peut donc pas se fier à l'adoption de ce procès-verbal : lancez `councildesk verify --all` et restaurez une sauvegarde.",
    ),
    "Nothing was added to {body_name}. {problems}": (
        "No se agregó nada a {body_name}. {problems}",
        "Rien n'a été ajouté à {body_name}. {problems}",
    ),
    "Publishing stopped; the folder holds part of the new site until the next publish.": (
        "Se detuvo la publicación; la carpeta contiene parte del nuevo sitio hasta la próxima publicación.",
        "La publication a été arrêtée; le dossier contient une partie du nouveau site jusqu'à la prochaine publication.",
    ),
    "A speaking limit must be between 1 second and 4 hours, not {seconds} seconds.": (
        "Un límite de tiempo para hablar debe estar entre 1 segundo y 4 horas, no {seconds} segundos.",
        "Une limite de temps de parole doit être comprise entre 1 seconde et 4 heures, et non {seconds} secondes.",
    ),
    "{name} can yield time only to another speaker on the same item.": (
        "{name} solo puede ceder su tiempo a otro orador del mismo punto.",
        "{name} ne peut céder son temps qu'à un autre intervenant du même point.",
    ),
    "The video offset cannot be negative ({seconds} seconds).": (
        "El desfase del video no puede ser negativo ({seconds} segundos).",
        "Le décalage de la vidéo ne peut pas être négatif ({seconds} secondes).",
    ),
    "{url} is not a web address starting with https://.": (
        "{url} no es una dirección web que empiece por https://.",
        "{url} n'est pas une adresse Web commençant par https://.",
    ),
    "--offset {text} is not a time like 00:04:12 (hours, minutes, seconds).": (
        "--offset {text} no es una hora como 00:04:12 (horas, minutos, segundos).",
        "--offset {text} n'est pas une durée comme 00:04:12 (heures, minutes, secondes).",
    ),
    "Meeting {meeting} has no call to order and no stamped item, so no chapters to mark.": (
        "La sesión {meeting} no tiene hora de apertura ni puntos con hora, así que no hay capítulos que marcar.",
        "La séance {meeting} n'a ni heure d'ouverture ni point horodaté : aucun chapitre à marquer.",
    ),
    "{what}: the chair's phrase cannot be empty.": (
        "{what}: la frase de la presidencia no puede quedar vacía.",
        "{what}\u00a0: la formule de la présidence ne peut pas être vide.",
    ),
    # the chair's script (services/chair_script.py): what each phrase is for, in the window's language
    "Calling the meeting to order": ("Abrir la sesión", "Ouvrir la séance"),
    "Adjourning the meeting": ("Levantar la sesión", "Lever la séance"),
    "Taking up an item": ("Pasar a un punto", "Passer à un point"),
    "Opening public comment": (
        "Abrir los comentarios del público",
        "Ouvrir la période de questions du public",
    ),
    "Opening public comment (no limit)": (
        "Abrir los comentarios del público (sin límite)",
        "Ouvrir la période de questions du public (sans limite)",
    ),
    "Calling a speaker": ("Dar la palabra", "Donner la parole"),
    "Asking for a motion": ("Pedir una moción", "Demander une proposition"),
    "Asking for a second": ("Pedir que se secunde", "Demander un appuyeur"),
    "Stating the motion": ("Enunciar la moción", "Énoncer la proposition"),
    "Stating an amendment": ("Enunciar una enmienda", "Énoncer un amendement"),
    "Opening discussion": ("Abrir el debate", "Ouvrir les délibérations"),
    "Calling the roll": ("Llamar a votación nominal", "Procéder à l'appel nominal"),
    "Taking a voice vote": ("Votar de viva voz", "Voter de vive voix"),
    "Announcing a motion carried": ("Anunciar una moción aprobada", "Annoncer une proposition adoptée"),
    "Announcing a unanimous vote": ("Anunciar un voto unánime", "Annoncer un vote unanime"),
    "Announcing a motion failed": ("Anunciar una moción rechazada", "Annoncer une proposition rejetée"),
    # ... and the phrases the chair reads aloud, in the council's language (its minutes language):
    # as a Puerto Rico or Southwest council and a Quebec council say them
    "The meeting will come to order.": ("Se abre la sesión.", "La séance est ouverte."),
    "There being no further business, the meeting is adjourned.": (
        "Agotado el orden del día, se levanta la sesión.",
        "L’ordre du jour étant épuisé, la séance est levée.",
    ),
    "We now take up item {number}, {title}.": (
        "Pasamos al punto {number}, {title}.",
        "Nous passons au point {number}, {title}.",
    ),
    "We now open public comment. Each speaker has {limit}.": (
        "Se abre el turno de comentarios del público. Cada orador dispone de {limit}.",
        "Nous ouvrons la période de questions du public. Chaque intervenant dispose de {limit}.",
    ),
    "We now open public comment.": (
        "Se abre el turno de comentarios del público.",
        "Nous ouvrons la période de questions du public.",
    ),
    "{speaker}, you have the floor.": ("{speaker}, tiene la palabra.", "{speaker}, vous avez la parole."),
    "Is there a motion?": ("¿Hay alguna moción?", "Y a-t-il une proposition?"),
    "It has been moved by {mover}. Is there a second?": (
        "Moción presentada por {mover}. ¿Hay quien secunde la moción?",
        "Il est proposé par {mover}. Y a-t-il un appuyeur?",
    ),
    "It has been moved by {mover} and seconded by {seconder}.": (
        "Moción presentada por {mover} y secundada por {seconder}.",
        "Il est proposé par {mover}, appuyé par {seconder}.",
    ),
    "It has been moved by {mover} and seconded by {seconder} to amend the motion.": (
        "Enmienda a la moción presentada por {mover} y secundada por {seconder}.",
        "Il est proposé par {mover}, appuyé par {seconder}, d’amender la proposition.",
    ),
    "Is there any discussion?": (
        "Se abre el debate. ¿Alguien desea intervenir?",
        "Y a-t-il des interventions sur la proposition?",
    ),
    "The clerk will call the roll.": (
        "Se somete a votación. La secretaría procederá a la votación nominal.",
        "Le vote est demandé. Le greffier procède à l’appel nominal.",
    ),
    "All those in favor say aye. Those opposed, no.": (
        "Se somete a votación. Quienes estén a favor digan sí. Quienes estén en contra, no.",
        "Le vote est demandé. Que ceux qui sont pour disent oui. Ceux qui sont contre, non.",
    ),
    "The motion carries, {yes} to {no}.": (
        "Se aprueba la moción por {yes} votos a favor y {no} en contra.",
        "La proposition est adoptée à {yes} contre {no}.",
    ),
    "The motion carries unanimously.": ("Aprobada por unanimidad.", "Adoptée à l’unanimité."),
    "The motion fails, {yes} to {no}.": (
        "Se rechaza la moción por {yes} votos a favor y {no} en contra.",
        "La proposition est rejetée à {yes} contre {no}.",
    ),
    "one minute": ("un minuto", "une minute"),
    "{minutes} minutes": ("{minutes} minutos", "{minutes} minutes"),
    "{minutes}:{seconds} minutes": ("{minutes}:{seconds} minutos", "{minutes} min {seconds} s"),
    # the chair's agenda (reports/chair_agenda.py), in the same language as the phrases
    "Chair's agenda · {day}": ("Guion de la presidencia · {day}", "Ordre du jour de la présidence · {day}"),
    "Chair's agenda of the {kind} meeting of {day}. Not for the public record.": (
        "Guion de la presidencia, sesión {kind} del {day}. No forma parte del registro público.",
        "Ordre du jour de la présidence, séance {kind} du {day}. Ne fait pas partie du registre public.",
    ),
    "Chair's agenda — {kind} Meeting": (
        "Guion de la presidencia — sesión {kind}",
        "Ordre du jour de la présidence — séance {kind}",
    ),
    "Chair's agenda": ("Guion de la presidencia", "Ordre du jour de la présidence"),
    "Chair's agenda — {body}, {date}": (
        "Guion de la presidencia — {body}, {date}",
        "Ordre du jour de la présidence — {body}, {date}",
    ),
    # a vote's threshold (domain/enum_labels.py), as the window, the command line and the minutes say it
    "{fraction} of votes cast": ("{fraction} de los votos emitidos", "{fraction} des voix exprimées"),
    "{fraction} of present and voting": (
        "{fraction} de los miembros presentes y votantes",
        "{fraction} des membres présents et votants",
    ),
    "{fraction} of present": ("{fraction} de los miembros presentes", "{fraction} des membres présents"),
    "{fraction} of full membership": (
        "{fraction} de la totalidad de los miembros",
        "{fraction} de l’ensemble des membres",
    ),
    "{fraction} of seats filled": ("{fraction} de los escaños ocupados", "{fraction} des sièges pourvus"),
    "--base-url {text!r} is not a web address like https://example.org/council/.": (
        "--base-url {text!r} no es una dirección web como https://example.org/council/.",
        "--base-url {text!r} n'est pas une adresse Web comme https://example.org/council/.",
    ),
    # verify and the anchors it is checked against (--against)
    "OK: {hash} is link {position} of this file's record chain, so everything recorded up to it is unchanged.": (
        "CORRECTO: {hash} es el eslabón {position} de la cadena de registros de este archivo, así que todo lo registrado hasta él está sin cambios.",
        "CONFORME : {hash} est le maillon {position} de la chaîne des registres de ce fichier; tout ce qui a été consigné jusque-là est donc inchangé.",
    ),
    "OK: {hash} is the fingerprint of the minutes of meeting {meeting} as stored; run `verify --all` for the records themselves.": (
        "CORRECTO: {hash} es la huella del acta de la sesión {meeting} tal como está guardada; ejecute `verify --all` para los registros mismos.",
        "CONFORME : {hash} est l'empreinte du procès-verbal de la séance {meeting} tel qu'il est enregistré; lancez `verify --all` pour les registres eux-mêmes.",
    ),
    "DIFFERENT: {hash} is neither a link of this file's record chain nor the fingerprint of any approval in it; the history was rewritten since it was taken, or it belongs to another file.": (
        "DIFERENTE: {hash} no es un eslabón de la cadena de registros de este archivo ni la huella de ninguna de sus aprobaciones; el historial se reescribió desde que se tomó, o pertenece a otro archivo.",
        "DIFFÉRENT : {hash} n'est ni un maillon de la chaîne des registres de ce fichier ni l'empreinte d'aucune de ses adoptions; l'historique a été réécrit depuis qu'il a été relevé, ou il appartient à un autre fichier.",
    ),
    "DIFFERENT from {name}: {first}.": ("DIFERENTE de {name}: {first}.", "DIFFÉRENT de {name} : {first}."),
    "approval {entry} of {name} is gone": (
        "la aprobación {entry} de {name} ya no está",
        "l'adoption {entry} de {name} a disparu",
    ),
    "approval {entry} was changed since {name} was saved": (
        "la aprobación {entry} cambió desde que se guardó {name}",
        "l'adoption {entry} a été modifiée depuis l'enregistrement de {name}",
    ),
    "correction {entry} of {name} is gone": (
        "la corrección {entry} de {name} ya no está",
        "la correction {entry} de {name} a disparu",
    ),
    "correction {entry} was changed since {name} was saved": (
        "la corrección {entry} cambió desde que se guardó {name}",
        "la correction {entry} a été modifiée depuis l'enregistrement de {name}",
    ),
    "audit entry {entry} of {name} is gone": (
        "la entrada de auditoría {entry} de {name} ya no está",
        "l'entrée du journal d'audit {entry} de {name} a disparu",
    ),
    "audit entry {entry} was changed since {name} was saved": (
        "la entrada de auditoría {entry} cambió desde que se guardó {name}",
        "l'entrée du journal d'audit {entry} a été modifiée depuis l'enregistrement de {name}",
    ),
    "OK: every approval, correction and audit entry of {name} ({count}, saved before the record chain) is here unchanged.": (
        "CORRECTO: cada aprobación, corrección y entrada de auditoría de {name} ({count}, guardadas antes de la cadena de registros) está aquí sin cambios.",
        "CONFORME : chaque adoption, correction et entrée du journal d'audit de {name} ({count}, enregistrées avant la chaîne des registres) est ici inchangée.",
    ),
    "the chains part at link {position}: {old_kind} {old_entry} in {name}, {kind} {entry} here (expected {expected}, found {found})": (
        "las cadenas se separan en el eslabón {position}: {old_kind} {old_entry} en {name}, {kind} {entry} aquí (se esperaba {expected}, se encontró {found})",
        "les chaînes divergent au maillon {position} : {old_kind} {old_entry} dans {name}, {kind} {entry} ici (attendu {expected}, trouvé {found})",
    ),
    "{name} holds {theirs} chain links, this file only {ours}": (
        "{name} tiene {theirs} eslabones de cadena, este archivo solo {ours}",
        "{name} compte {theirs} maillons de chaîne, ce fichier seulement {ours}",
    ),
    "{name} counts {theirs} chain links, this file only {ours}": (
        "{name} cuenta {theirs} eslabones de cadena, este archivo solo {ours}",
        "{name} indique {theirs} maillons de chaîne, ce fichier seulement {ours}",
    ),
    "link {length} of the chain is not the published head (expected {head}, found {found})": (
        "el eslabón {length} de la cadena no es la cabeza publicada (se esperaba {head}, se encontró {found})",
        "le maillon {length} de la chaîne n'est pas la tête publiée (attendu {head}, trouvé {found})",
    ),
    "the approval of the minutes of {date} (meeting {meeting}) is gone": (
        "la aprobación del acta del {date} (sesión {meeting}) ya no está",
        "l'adoption du procès-verbal du {date} (séance {meeting}) a disparu",
    ),
    "the approval of the minutes of {date} (meeting {meeting}): {field} {old} → {new}": (
        "la aprobación del acta del {date} (sesión {meeting}): {field} {old} → {new}",
        "l'adoption du procès-verbal du {date} (séance {meeting}) : {field} {old} → {new}",
    ),
    "version": ("versión", "version"),
    "approved on": ("aprobada el", "adoptée le"),
    "sha256": ("sha256", "sha256"),
    "chain hash": ("hash de la cadena", "hachage de la chaîne"),
    "meeting {meeting} has a newer approval (version {version}) than {name} knew; CouncilDesk never approves twice": (
        "la sesión {meeting} tiene una aprobación más reciente (versión {version}) que la que conocía {name}; CouncilDesk nunca aprueba dos veces",
        "la séance {meeting} a une adoption plus récente (version {version}) que celle que connaissait {name}; CouncilDesk n'adopte jamais deux fois",
    ),
    "OK: this file's record chain extends {name} unchanged ({count} approvals as published).": (
        "CORRECTO: la cadena de registros de este archivo prolonga {name} sin cambios ({count} aprobaciones tal como se publicaron).",
        "CONFORME : la chaîne des registres de ce fichier prolonge {name} sans changement ({count} adoptions telles que publiées).",
    ),
    "TAMPERED: for the minutes of {day}, the record chain holds a correction ({kind} {entry}) of these minutes, but it is gone.": (
        "ALTERADA: para el acta del {day}, la cadena de registros contiene una corrección ({kind} {entry}) de esta acta, pero ya no está.",
        "ALTÉRÉ : pour le procès-verbal du {day}, la chaîne des registres contient une correction ({kind} {entry}) de ce procès-verbal, mais elle a disparu.",
    ),
    "TAMPERED: for the minutes of {day}, the record chain holds an approval ({kind} {entry}) of these minutes, but it is gone.": (
        "ALTERADA: para el acta del {day}, la cadena de registros contiene una aprobación ({kind} {entry}) de esta acta, pero ya no está.",
        "ALTÉRÉ : pour le procès-verbal du {day}, la chaîne des registres contient une adoption ({kind} {entry}) de ce procès-verbal, mais elle a disparu.",
    ),
    "TAMPERED: for the minutes of {day}, the record chain of this file is broken: {problem}.": (
        "ALTERADA: para el acta del {day}, la cadena de registros de este archivo está rota: {problem}.",
        "ALTÉRÉ : pour le procès-verbal du {day}, la chaîne des registres de ce fichier est rompue : {problem}.",
    ),
    "{count} shared records renamed since approval: {names}": (
        "{count} registros compartidos renombrados desde la aprobación: {names}",
        "{count} registres partagés renommés depuis l'adoption : {names}",
    ),
    "1 shared record renamed since approval: {names}": (
        "1 registro compartido renombrado desde la aprobación: {names}",
        "1 registre partagé renommé depuis l'adoption : {names}",
    ),
    "the roll of members now sorts in another order (a seat or a family name changed)": (
        "la lista de miembros se ordena ahora de otra manera (cambió un escaño o un apellido)",
        "la liste des membres se trie maintenant dans un autre ordre (un siège ou un nom de famille a changé)",
    ),
    "TAMPERED: the minutes of {day} are marked approved but no approval is recorded.": (
        "ALTERADA: el acta del {day} figura como aprobada, pero no hay ninguna aprobación registrada.",
        "ALTÉRÉ : le procès-verbal du {day} est marqué adopté, mais aucune adoption n'est consignée.",
    ),
    "The minutes of {day} are a draft; there is nothing to verify yet.": (
        "El acta del {day} es un borrador; todavía no hay nada que verificar.",
        "Le procès-verbal du {day} est un projet; il n'y a encore rien à vérifier.",
    ),
    "the record chain is broken: {breaks}": (
        "la cadena de registros está rota: {breaks}",
        "la chaîne des registres est rompue : {breaks}",
    ),
    "the stored approved snapshot no longer matches its fingerprint": (
        "la instantánea aprobada guardada ya no coincide con su huella",
        "l'instantané adopté enregistré ne correspond plus à son empreinte",
    ),
    "the approval's fingerprint differs from the one in the audit log": (
        "la huella de la aprobación difiere de la del registro de auditoría",
        "l'empreinte de l'adoption diffère de celle du journal d'audit",
    ),
    "the meeting is no longer marked approved": (
        "la sesión ya no figura como aprobada",
        "la séance n'est plus marquée adoptée",
    ),
    "the recorded content differs from the approved minutes": (
        "el contenido registrado difiere del acta aprobada",
        "le contenu consigné diffère du procès-verbal adopté",
    ),
    "approval version {version} of a meeting now {status} is not one CouncilDesk makes": (
        "la versión de aprobación {version} de una sesión ahora en estado {status} no es una que CouncilDesk haga",
        "la version d'adoption {version} d'une séance maintenant à l'état {status} n'est pas de celles que fait CouncilDesk",
    ),
    "TAMPERED: for the minutes of {day}, {problems}.": (
        "ALTERADA: para el acta del {day}, {problems}.",
        "ALTÉRÉ : pour le procès-verbal du {day}, {problems}.",
    ),
    "TAMPERED: for the minutes of {day}, {problems}. Also {renamed}.": (
        "ALTERADA: para el acta del {day}, {problems}. Además, {renamed}.",
        "ALTÉRÉ : pour le procès-verbal du {day}, {problems}. De plus, {renamed}.",
    ),
    "Approved text unchanged; {renamed}. Otherwise the minutes of {day} match the version approved on {approved} (SHA-256 {sha256}), and they print as approved.": (
        "Texto aprobado sin cambios; {renamed}. Por lo demás, el acta del {day} coincide con la versión aprobada el {approved} (SHA-256 {sha256}) y se imprime como aprobada.",
        "Texte adopté inchangé; {renamed}. Pour le reste, le procès-verbal du {day} correspond à la version adoptée le {approved} (SHA-256 {sha256}) et s'imprime comme adopté.",
    ),
    "OK: the minutes of {day} match the version approved on {approved} (SHA-256 {sha256}).": (
        "CORRECTO: el acta del {day} coincide con la versión aprobada el {approved} (SHA-256 {sha256}).",
        "CONFORME : le procès-verbal du {day} correspond à la version adoptée le {approved} (SHA-256 {sha256}).",
    ),
    "  also: {line}": ("  además: {line}", "  de plus : {line}"),
    "meeting {meeting}: {verdict}": ("sesión {meeting}: {verdict}", "séance {meeting} : {verdict}"),
    "  changed: {line}": ("  cambiado: {line}", "  modifié : {line}"),
    "TAMPERED: the record chain breaks: {brk}": (
        "ALTERADA: la cadena de registros se rompe: {brk}",
        "ALTÉRÉ : la chaîne des registres est rompue : {brk}",
    ),
    "{count} approved meetings checked; record chain of {length} links, head {head}.": (
        "Sesiones con acta aprobada verificadas: {count}; cadena de registros de {length} eslabones, cabeza {head}.",
        "Séances au procès-verbal adopté vérifiées : {count}; chaîne des registres de {length} maillons, tête {head}.",
    ),
    # `show` and `demo`
    "Demo loaded. The {body} meeting of {day} is meeting {meeting}.": (
        "Demostración cargada. La sesión del {body} del {day} es la sesión {meeting}.",
        "Démonstration chargée. La séance du {body} du {day} est la séance {meeting}.",
    ),
    "not recorded": ("sin registrar", "non consigné"),
    "{body} — {kind} meeting": ("{body} — sesión {kind}", "{body} — séance {kind}"),
    "{body} — {kind} meeting (sample data)": (
        "{body} — sesión {kind} (datos de muestra)",
        "{body} — séance {kind} (données d'exemple)",
    ),
    "Matter {identifier}: {title} ({status})": (
        "Asunto {identifier}: {title} ({status})",
        "Dossier {identifier} : {title} ({status})",
    ),
    "primary sponsor: {who}": ("patrocinador principal: {who}", "parrain principal : {who}"),
    "co-sponsor: {who}": ("copatrocinador: {who}", "coparrain : {who}"),
    "primary sponsor: {who} (not a member)": (
        "patrocinador principal: {who} (no es miembro)",
        "parrain principal : {who} (non-membre)",
    ),
    "co-sponsor: {who} (not a member)": (
        "copatrocinador: {who} (no es miembro)",
        "coparrain : {who} (non-membre)",
    ),
    "Discussion: {text}": ("Debate: {text}", "Délibérations : {text}"),
    "Speaker: {who}": ("Orador: {who}", "Intervenant : {who}"),
    "{name}, {affiliation}, of {residence}": (
        "{name}, {affiliation}, de {residence}",
        "{name}, {affiliation}, de {residence}",
    ),
    "{name} of {residence}": ("{name}, de {residence}", "{name}, de {residence}"),
    "Document: {title} ({where})": ("Documento: {title} ({where})", "Document : {title} ({where})"),
    "Action: {text}": ("Acuerdo: {text}", "Décision : {text}"),
    "Motion ({kind}): {text} — moved by {mover}; {disposition}": (
        "Moción ({kind}): {text} — propuesta por {mover}; {disposition}",
        "Proposition ({kind}) : {text} — proposée par {mover}; {disposition}",
    ),
    "Motion ({kind}): {text} — moved by {mover}, seconded by {seconder}; {disposition}": (
        "Moción ({kind}): {text} — propuesta por {mover}, secundada por {seconder}; {disposition}",
        "Proposition ({kind}) : {text} — proposée par {mover}, appuyée par {seconder}; {disposition}",
    ),
    "Vote ({method}): adopted unanimously, {tally}; threshold {threshold}; {count} ballots": (
        "Votación ({method}): aprobada por unanimidad, {tally}; umbral: {threshold}; {count} votos",
        "Scrutin ({method}) : adoptée à l'unanimité, {tally}; seuil : {threshold}; {count} votes",
    ),
    "Vote ({method}): failed unanimously, {tally}; threshold {threshold}; {count} ballots": (
        "Votación ({method}): rechazada por unanimidad, {tally}; umbral: {threshold}; {count} votos",
        "Scrutin ({method}) : rejetée à l'unanimité, {tally}; seuil : {threshold}; {count} votes",
    ),
    "Vote ({method}): adopted, {tally}; threshold {threshold}; {count} ballots": (
        "Votación ({method}): aprobada, {tally}; umbral: {threshold}; {count} votos",
        "Scrutin ({method}) : adoptée, {tally}; seuil : {threshold}; {count} votes",
    ),
    "Vote ({method}): failed, {tally}; threshold {threshold}; {count} ballots": (
        "Votación ({method}): rechazada, {tally}; umbral: {threshold}; {count} votos",
        "Scrutin ({method}) : rejetée, {tally}; seuil : {threshold}; {count} votes",
    ),
    "WARNING: {warning}": ("ADVERTENCIA: {warning}", "AVERTISSEMENT : {warning}"),
    "present, not voting": ("presente, sin votar", "présent, sans voter"),
    # `check` and the integrity check's findings (db/integrity.py, the record chain's breaks)
    "Meeting {meeting}: {verdict}": ("Sesión {meeting}: {verdict}", "Séance {meeting} : {verdict}"),
    "OK: {url} passed the integrity check.": (
        "CORRECTO: {url} superó la verificación de integridad.",
        "CONFORME : {url} a réussi la vérification d'intégrité.",
    ),
    "SQLite integrity: {detail}.": ("Integridad de SQLite: {detail}.", "Intégrité SQLite : {detail}."),
    "SQLite integrity: {detail}": ("Integridad de SQLite: {detail}", "Intégrité SQLite : {detail}"),
    "{table} row {row} points at a missing {parent} record.": (
        "La fila {row} de {table} apunta a un registro de {parent} que no existe.",
        "La ligne {row} de {table} renvoie à un enregistrement de {parent} qui n'existe pas.",
    ),
    "Ballot {ballot} is a second ballot for the same member on one vote.": (
        "El voto individual {ballot} es un segundo voto del mismo miembro en una misma votación.",
        "Le vote individuel {ballot} est un second vote du même membre dans un même scrutin.",
    ),
    "Motion {motion} has the same mover and seconder.": (
        "La moción {motion} fue propuesta y secundada por la misma persona.",
        "La proposition {motion} a le même proposeur et appuyeur.",
    ),
    "Motion {motion} has {count} votes; CouncilDesk records one per motion (a re-vote is a motion to reconsider with its own vote), so the minutes would print only one of them.": (
        "La moción {motion} tiene {count} votaciones; CouncilDesk registra una por moción (volver a votar es una moción de reconsideración con su propia votación), así que el acta imprimiría solo una de ellas.",
        "La proposition {motion} a {count} votes; CouncilDesk en consigne un par proposition (voter de nouveau est une proposition de reconsidération avec son propre vote), le procès-verbal n'en imprimerait donc qu'un seul.",
    ),
    "The agenda items of meeting {meeting} are not numbered 0 to {last} in a row (positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.": (
        "Los puntos del orden del día de la sesión {meeting} no están numerados de 0 a {last} sin saltos (posiciones {low} a {high}, {distinct} distintas); mover cualquier punto allí los renumera.",
        "Les points de l'ordre du jour de la séance {meeting} ne sont pas numérotés de 0 à {last} sans interruption (positions {low} à {high}, {distinct} distinctes); déplacer un point à cet endroit les renumérote.",
    ),
    "The agenda items of meeting {meeting} under item {parent} are not numbered 0 to {last} in a row (positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.": (
        "Los puntos del orden del día de la sesión {meeting} bajo el punto {parent} no están numerados de 0 a {last} sin saltos (posiciones {low} a {high}, {distinct} distintas); mover cualquier punto allí los renumera.",
        "Les points de l'ordre du jour de la séance {meeting} sous le point {parent} ne sont pas numérotés de 0 à {last} sans interruption (positions {low} à {high}, {distinct} distinctes); déplacer un point à cet endroit les renumérote.",
    ),
    "{count} motions of agenda item {item} have only {distinct} distinct places, so their order is a guess.": (
        "{count} mociones del punto {item} del orden del día tienen solo {distinct} lugares distintos, así que su orden es una suposición.",
        "{count} propositions du point {item} de l'ordre du jour n'ont que {distinct} places distinctes; leur ordre est donc une supposition.",
    ),
    "{count} speakers of agenda item {item} have only {distinct} distinct places, so their order is a guess.": (
        "{count} oradores del punto {item} del orden del día tienen solo {distinct} lugares distintos, así que su orden es una suposición.",
        "{count} intervenants du point {item} de l'ordre du jour n'ont que {distinct} places distinctes; leur ordre est donc une supposition.",
    ),
    "Motions of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as deleting one leaves its place empty.": (
        "Las mociones del punto {item} del orden del día están numeradas con saltos ({low} a {high}); el orden se conserva, ya que eliminar una deja su lugar vacío.",
        "Les propositions du point {item} de l'ordre du jour sont numérotées avec des trous ({low} à {high}); l'ordre est conservé, car en supprimer une laisse sa place vide.",
    ),
    "Speakers of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as deleting one leaves its place empty.": (
        "Los oradores del punto {item} del orden del día están numerados con saltos ({low} a {high}); el orden se conserva, ya que eliminar uno deja su lugar vacío.",
        "Les intervenants du point {item} de l'ordre du jour sont numérotés avec des trous ({low} à {high}); l'ordre est conservé, car en supprimer un laisse sa place vide.",
    ),
    "The approval-lock trigger {name} is missing or disabled; approved minutes could be changed from outside CouncilDesk; restore the database from a backup or ask who removed it.": (
        "Falta o está desactivado el disparador de bloqueo de aprobación {name}; las actas aprobadas podrían modificarse fuera de CouncilDesk; restaure la base de datos desde un respaldo o pregunte quién lo quitó.",
        "Le déclencheur de verrouillage des adoptions {name} manque ou est désactivé; les procès-verbaux adoptés pourraient être modifiés hors de CouncilDesk; restaurez la base de données à partir d'une sauvegarde ou demandez qui l'a retiré.",
    ),
    "The record chain breaks: {brk}; run `councildesk verify --all`, and compare with a printed or published chain head or an earlier backup (`verify --against`).": (
        "La cadena de registros se rompe: {brk}; ejecute `councildesk verify --all` y compare con una cabeza de cadena impresa o publicada o con un respaldo anterior (`verify --against`).",
        "La chaîne des registres est rompue : {brk}; lancez `councildesk verify --all` et comparez avec une tête de chaîne imprimée ou publiée ou avec une sauvegarde antérieure (`verify --against`).",
    ),
    "approval": ("aprobación", "adoption"),
    "correction": ("corrección", "correction"),
    "audit entry": ("entrada de auditoría", "entrée du journal d'audit"),
    "the link before it is missing or changed": (
        "falta el eslabón anterior o fue modificado",
        "le maillon précédent manque ou a été modifié",
    ),
    "the entry is gone": ("la entrada ya no existe", "l'entrée a disparu"),
    "the entry was changed": ("la entrada fue modificada", "l'entrée a été modifiée"),
    "the link itself was changed": ("el propio eslabón fue modificado", "le maillon lui-même a été modifié"),
    "the entry was added behind CouncilDesk's back": (
        "la entrada se agregó a espaldas de CouncilDesk",
        "l'entrée a été ajoutée à l'insu de CouncilDesk",
    ),
    "{kind} {entry} at link {position}: {problem}": (
        "{kind} {entry} en el eslabón {position}: {problem}",
        "{kind} {entry} au maillon {position} : {problem}",
    ),
    "{kind} {entry} at link {position}: {problem} (expected {expected}, found {found})": (
        "{kind} {entry} en el eslabón {position}: {problem} (se esperaba {expected}, se encontró {found})",
        "{kind} {entry} au maillon {position} : {problem} (attendu {expected}, trouvé {found})",
    ),
    "{kind} {entry} outside the chain: {problem}": (
        "{kind} {entry} fuera de la cadena: {problem}",
        "{kind} {entry} hors de la chaîne : {problem}",
    ),
    "{kind} {entry} outside the chain: {problem} (expected {expected}, found {found})": (
        "{kind} {entry} fuera de la cadena: {problem} (se esperaba {expected}, se encontró {found})",
        "{kind} {entry} hors de la chaîne : {problem} (attendu {expected}, trouvé {found})",
    ),
    # `verify`'s details: where approved minutes and the records differ, renamed shared records
    "motion {n}": ("moción {n}", "proposition {n}"),
    "vote {n}": ("votación {n}", "vote {n}"),
    "speaker {n}": ("orador {n}", "intervenant {n}"),
    "document {n}": ("documento {n}", "document {n}"),
    "item {n}": ("punto {n}", "point {n}"),
    "ballot of {name}": ("voto de {name}", "vote de {name}"),
    "attendance of {name}": ("asistencia de {name}", "présence de {name}"),
    "{where}: removed": ("{where}: eliminado", "{where} : supprimé"),
    "{where}: added": ("{where}: agregado", "{where} : ajouté"),
    "{where}: {approved} approved, {now} now": (
        "{where}: {approved} en el acta aprobada, {now} ahora",
        "{where} : {approved} au procès-verbal adopté, {now} maintenant",
    ),
    "{where}: {before} → {after}": ("{where}: {before} → {after}", "{where} : {before} → {after}"),
    "the stored content differs from the approved": (
        "el contenido guardado difiere del aprobado",
        "le contenu enregistré diffère de celui adopté",
    ),
    "meeting status: {before} → {after}": (
        "estado de la sesión: {before} → {after}",
        "état de la séance : {before} → {after}",
    ),
    "document {id} bytes (SHA-256): {before} → {after}": (
        "bytes del documento {id} (SHA-256): {before} → {after}",
        "octets du document {id} (SHA-256) : {before} → {after}",
    ),
    "vote {id} stored counts: {before} → {after}": (
        "recuento guardado de la votación {id}: {before} → {after}",
        "décompte enregistré du vote {id} : {before} → {after}",
    ),
    "person {id}'s {what} {before} → {after}": (
        "{what} de la persona {id}: {before} → {after}",
        "{what} de la personne {id} : {before} → {after}",
    ),
    "person {id}'s {what} is {now}, but the audit log last recorded {logged}": (
        "{what} de la persona {id} es {now}, pero el registro de auditoría consignó por última vez {logged}",
        "{what} de la personne {id} est {now}, mais le journal d'audit a consigné en dernier {logged}",
    ),
    "municipality": ("el municipio", "la municipalité"),
    "seat {old} → {new}": ("escaño {old} → {new}", "siège {old} → {new}"),
    "{kind} {old} → {new}": ("{kind} {old} → {new}", "{kind} {old} → {new}"),
    "{kind} {old} → {new}, {changes}": ("{kind} {old} → {new}, {changes}", "{kind} {old} → {new}, {changes}"),
    "{kind} {name}: {changes}": ("{kind} {name}: {changes}", "{kind} {name} : {changes}"),
    "{what} {old} → {new}": ("{what} {old} → {new}", "{what} {old} → {new}"),
    # the other commands' summaries
    "Database ready: {url}": ("Base de datos lista: {url}", "Base de données prête : {url}"),
    "No meetings.": ("No hay sesiones.", "Aucune séance."),
    "Wrote {file}.": ("Se escribió {file}.", "{file} a été écrit."),
    "warning: {warning}": ("advertencia: {warning}", "avertissement : {warning}"),
    "Called to order at {time} on {day}.": (
        "Se abrió la sesión a las {time} del {day}.",
        "Ouverture de la séance à {time} le {day}.",
    ),
    "Adjourned at {time} on {day}.": (
        "Se levantó la sesión a las {time} del {day}.",
        "Levée de la séance à {time} le {day}.",
    ),
    "{what}: cleared.": ("{what}: borrada.", "{what} : effacée."),
    "No changes recorded.": ("No hay cambios registrados.", "Aucun changement consigné."),
    "Wrote the approved minutes of meeting {meeting}, signed by {who}, to {file}.": (
        "El acta aprobada de la sesión {meeting}, firmada por {who}, se escribió en {file}.",
        "Le procès-verbal adopté de la séance {meeting}, signé par {who}, a été écrit dans {file}.",
    ),
    "Wrote the {year} minutes of the {body} ({count} meetings, {drafts} still drafts) to {file}.": (
        "Las actas de {year} del {body} ({count} sesiones, {drafts} aún en borrador) se escribieron en {file}.",
        "Les procès-verbaux {year} du {body} ({count} séances, dont {drafts} encore en projet) ont été écrits dans {file}.",
    ),
    "Wrote the agenda of meeting {meeting} to {file}.": (
        "El orden del día de la sesión {meeting} se escribió en {file}.",
        "L'ordre du jour de la séance {meeting} a été écrit dans {file}.",
    ),
    "Approved the minutes of meeting {meeting} on {day}; they are now locked. Fingerprint (SHA-256): {sha256}": (
        "Se aprobó el acta de la sesión {meeting} el {day}; ahora está bloqueada. Huella (SHA-256): {sha256}",
        "Le procès-verbal de la séance {meeting} a été adopté le {day}; il est maintenant verrouillé. Empreinte (SHA-256) : {sha256}",
    ),
    "Wrote {count} approval fingerprints and the chain head {head} (link {length}) to {file}.": (
        "Se escribieron {count} huellas de aprobación y la cabeza de la cadena {head} (eslabón {length}) en {file}.",
        "Empreintes d'adoption ({count}) et tête de chaîne {head} (maillon {length}) écrites dans {file}.",
    ),
    "Recorded correction {correction} to the minutes of meeting {meeting}; the approved fingerprint is unchanged.": (
        "Se registró la corrección {correction} del acta de la sesión {meeting}; la huella aprobada no cambia.",
        "La correction {correction} du procès-verbal de la séance {meeting} a été consignée; l'empreinte adoptée est inchangée.",
    ),
    "Archived {url} to {file}.": ("{url} se archivó en {file}.", "{url} a été archivée dans {file}."),
    "Restored {database} from {source}: the integrity check passed and {count} approved meetings verify against their fingerprints (record chain of {length} links). Run `councildesk pg-setup` to grant it to the office's roles.": (
        "Se restauró {database} desde {source}: la verificación de integridad se superó y {count} sesiones aprobadas coinciden con sus huellas (cadena de registros de {length} eslabones). Ejecute `councildesk pg-setup` para otorgarla a los roles de la oficina.",
        "{database} a été restaurée à partir de {source} : la vérification d'intégrité a réussi et {count} séances adoptées correspondent à leurs empreintes (chaîne des registres de {length} maillons). Lancez `councildesk pg-setup` pour l'accorder aux rôles du bureau.",
    ),
    "Restored from {source}; the replaced database is kept as {copy}.": (
        "Se restauró desde {source}; la base de datos reemplazada se conserva como {copy}.",
        "Restauration à partir de {source}; la base de données remplacée est conservée sous {copy}.",
    ),
    "No automatic backups in {folder}.": (
        "No hay respaldos automáticos en {folder}.",
        "Aucune sauvegarde automatique dans {folder}.",
    ),
    "{name}: {count} ballots, with the majority {with_majority} of {decided} ({share}), present at {present} of {seated} meetings.": (
        "{name}: {count} votos, con la mayoría en {with_majority} de {decided} ({share}), presente en {present} de {seated} sesiones.",
        "{name} : {count} votes, avec la majorité {with_majority} fois sur {decided} ({share}), présent à {present} séances sur {seated}.",
    ),
    "Wrote 1 result to {file}.": ("Se escribió 1 resultado en {file}.", "1 résultat écrit dans {file}."),
    "Wrote {count} results to {file}.": (
        "Se escribieron {count} resultados en {file}.",
        "{count} résultats écrits dans {file}.",
    ),
    "not on an agenda yet": ("aún no está en un orden del día", "pas encore à un ordre du jour"),
    "meeting {meeting}, item {item}": ("sesión {meeting}, punto {item}", "séance {meeting}, point {item}"),
    "1 split vote": ("1 votación dividida", "1 vote partagé"),
    "{count} split votes": ("{count} votaciones divididas", "{count} votes partagés"),
    "1 member": ("1 miembro", "1 membre"),
    "{count} members": ("{count} miembros", "{count} membres"),
    "  Not yet on any meeting's agenda.": (
        "  Aún no figura en el orden del día de ninguna sesión.",
        "  Pas encore inscrit à l'ordre du jour d'une séance.",
    ),
    "  {day}  {body}, item {item} (meeting {meeting}): {stage}": (
        "  {day}  {body}, punto {item} (sesión {meeting}): {stage}",
        "  {day}  {body}, point {item} (séance {meeting}) : {stage}",
    ),
    "no vote": ("sin votación", "sans vote"),
    "introduced": ("presentado", "déposé"),
    "referred": ("remitido a comisión", "renvoyé en commission"),
    "amended": ("enmendado", "amendé"),
    "amended and adopted": ("enmendado y aprobado", "amendé et adopté"),
    "adopted": ("aprobado", "adopté"),
    "failed": ("rechazado", "rejeté"),
    "tabled": ("dejado sobre la mesa", "déposé sur la table"),
    "postponed": ("aplazado", "reporté"),
    "considered": ("examinado", "examiné"),
    # an import's summary (`import`, the window's Import dialog)
    # ("nothing" may fill either list, so each is named rather than put after a verb)
    "{source} would create {created}, and would update {updated}": (
        "{source}: por crear: {created}, por actualizar: {updated}",
        "{source} : à créer : {created}, à mettre à jour : {updated}",
    ),
    "{source} created {created}, and updated {updated}": (
        "{source}: creados: {created}, actualizados: {updated}",
        "{source} : créés : {created}, mis à jour : {updated}",
    ),
    "nothing": ("nada", "rien"),
    "would map {list}": ("adaptaría {list}", "adapterait {list}"),
    "mapped {list}": ("adaptó {list}", "a adapté {list}"),
    "would keep {fields} as extras": (
        "conservaría {fields} como datos adicionales",
        "conserverait {fields} comme données supplémentaires",
    ),
    "kept {fields} as extras": (
        "conservó {fields} como datos adicionales",
        "a conservé {fields} comme données supplémentaires",
    ),
    "would skip {list} ({names})": ("omitiría {list} ({names})", "laisserait de côté {list} ({names})"),
    "skipped {list} ({names})": ("omitió {list} ({names})", "a laissé de côté {list} ({names})"),
    "{list} unchanged": ("{list} sin cambios", "{list} inchangés"),
    "no warnings": ("ninguna advertencia", "aucun avertissement"),
    "1 warning": ("1 advertencia", "1 avertissement"),
    "{count} warnings": ("{count} advertencias", "{count} avertissements"),
    "1 field": ("1 campo", "1 champ"),
    "{count} fields": ("{count} campos", "{count} champs"),
    "{clauses}.": ("{clauses}.", "{clauses}."),
    "1 agenda item": ("1 punto del orden del día", "1 point de l'ordre du jour"),
    "{count} agenda items": ("{count} puntos del orden del día", "{count} points de l'ordre du jour"),
    "1 attendance": ("1 registro de asistencia", "1 présence"),
    "{count} attendances": ("{count} registros de asistencia", "{count} présences"),
    "1 ballot": ("1 voto individual", "1 vote individuel"),
    "{count} ballots": ("{count} votos individuales", "{count} votes individuels"),
    "1 body": ("1 órgano", "1 instance"),
    "{count} bodies": ("{count} órganos", "{count} instances"),
    "1 document": ("1 documento", "1 document"),
    "{count} documents": ("{count} documentos", "{count} documents"),
    "1 matter": ("1 asunto", "1 dossier"),
    "{count} matters": ("{count} asuntos", "{count} dossiers"),
    "1 meeting": ("1 sesión", "1 séance"),
    "{count} meetings": ("{count} sesiones", "{count} séances"),
    "1 membership": ("1 membresía", "1 appartenance"),
    "{count} memberships": ("{count} membresías", "{count} appartenances"),
    "1 motion": ("1 moción", "1 proposition"),
    "{count} motions": ("{count} mociones", "{count} propositions"),
    "1 person": ("1 persona", "1 personne"),
    "{count} people": ("{count} personas", "{count} personnes"),
    "1 post": ("1 escaño", "1 siège"),
    "{count} posts": ("{count} escaños", "{count} sièges"),
    "1 speaker": ("1 orador", "1 intervenant"),
    "{count} speakers": ("{count} oradores", "{count} intervenants"),
    "1 sponsorship": ("1 patrocinio", "1 parrainage"),
    "{count} sponsorships": ("{count} patrocinios", "{count} parrainages"),
    "1 vote": ("1 votación", "1 vote"),
    "{count} votes": ("{count} votaciones", "{count} votes"),
    # `times`' kinds and `history-log`'s actions (the window's History panel says them the same way)
    "call-to-order": ("apertura", "ouverture"),
    "item": ("punto", "point"),
    "create {what} {id}": ("se creó: {what} {id}", "ajout : {what} {id}"),
    "update {what} {id}": ("se cambió: {what} {id}", "modification : {what} {id}"),
    "delete {what} {id}": ("se eliminó: {what} {id}", "suppression : {what} {id}"),
    # the snapshot's fields a `verify` difference names (the rest are the stale-edit field names)
    "option": ("el sentido del voto", "le sens du vote"),
    "tally": ("el recuento", "le décompte"),
    "yes": ("a favor", "pour"),
    "no": ("en contra", "contre"),
    "abstain": ("abstenciones", "abstentions"),
    "absent": ("ausentes", "absents"),
    "excused": ("ausencias justificadas", "absences motivées"),
    "recused": ("inhibiciones", "récusations"),
    "present": ("presentes sin votar", "présents sans voter"),
    "other": ("otros", "autres"),
    "method": ("el método de votación", "le mode de scrutin"),
    "action_text": ("el texto del acuerdo", "le texte de la décision"),
    "person_name": ("el nombre de la persona", "le nom de la personne"),
    "mover_name": ("el proponente", "le proposeur"),
    "seconder_name": ("quien secunda", "l'appuyeur"),
    "scheduled_start": ("la hora prevista", "l'heure prévue"),
    "called_to_order_at": ("la hora de apertura", "l'heure d'ouverture"),
    "adjourned_at": ("la hora de levantamiento", "l'heure de levée"),
    "remote_reason": ("el motivo de la participación a distancia", "le motif de la participation à distance"),
    "post_label": ("el escaño", "le siège"),
    "stance": ("la postura", "la position"),
    "residence": ("el lugar de residencia", "le lieu de résidence"),
    "affiliation": ("la afiliación", "l'affiliation"),
    "full_text": ("el texto íntegro", "le texte intégral"),
    "identifier": ("el identificador", "l'identifiant"),
    "threshold": ("la mayoría requerida", "le seuil"),
    "fraction": ("la fracción", "la fraction"),
    "base": ("la base", "la base"),
    "unanimous": ("la unanimidad", "l'unanimité"),
    "declared_result": ("el resultado declarado", "le résultat déclaré"),
    "computed_result": ("el resultado calculado", "le résultat calculé"),
    "taken_at": ("la hora de la votación", "l'heure du vote"),
    "made_at": ("la hora de la moción", "l'heure de la proposition"),
    "started_at": ("la hora de inicio", "l'heure de début"),
    "url": ("la dirección web", "l'adresse Web"),
    "file_name": ("el nombre del archivo", "le nom du fichier"),
    "limit_seconds": ("el límite de tiempo (s)", "la limite de temps (s)"),
    "body_name": ("el nombre del órgano", "le nom de l'instance"),
    # an import preview's change lines, notes and warnings
    "create": ("alta", "ajout"),
    "update": ("cambio", "modification"),
    "  note: {note}": ("  nota: {note}", "  note : {note}"),
    "  warning: {warning}": ("  advertencia: {warning}", "  avertissement : {warning}"),
    "1 minutes approval": ("1 aprobación de acta", "1 adoption de procès-verbal"),
    "{count} minutes approvals": ("{count} aprobaciones de actas", "{count} adoptions de procès-verbaux"),
    "1 correction": ("1 corrección", "1 correction"),
    "{count} corrections": ("{count} correcciones", "{count} corrections"),
    # what a Popolo file holds that CouncilDesk does not keep, and the fields an import maps
    "1 area": ("1 área", "1 zone"),
    "{count} areas": ("{count} áreas", "{count} zones"),
    "1 election": ("1 elección", "1 élection"),
    "{count} elections": ("{count} elecciones", "{count} élections"),
    "1 legislative period": ("1 período legislativo", "1 législature"),
    "{count} legislative periods": ("{count} períodos legislativos", "{count} législatures"),
    "1 term": ("1 mandato", "1 mandat"),
    "{count} terms": ("{count} mandatos", "{count} mandats"),
    "1 role": ("1 cargo", "1 fonction"),
    "{count} roles": ("{count} cargos", "{count} fonctions"),
    "1 result": ("1 resultado", "1 résultat"),
    "{count} results": ("{count} resultados", "{count} résultats"),
    "1 date": ("1 fecha", "1 date"),
    "{count} dates": ("{count} fechas", "{count} dates"),
    "1 classification": ("1 clasificación", "1 classification"),
    "{count} classifications": ("{count} clasificaciones", "{count} classifications"),
    "attendance": ("asistencia", "présence"),
    # signing keys
    "make a self-signed trial certificate and private key (PKCS#12, protected by a passphrase)": (
        "crear un certificado de prueba autofirmado y su clave privada (PKCS#12, protegida con una frase de contraseña)",
        "créer un certificat d'essai autosigné et sa clé privée (PKCS#12, protégée par une phrase de passe)",
    ),
    "Make a self-signed certificate for trying signed minutes. Readers show the signature as valid but not from a trusted authority; a city's own certificate (.p12) from an authority is used the same way with `minutes --sign`.": (
        "Crea un certificado autofirmado para probar las actas firmadas. Los lectores muestran la firma como válida, pero no de una autoridad de confianza; el certificado propio de una ciudad (.p12) emitido por una autoridad se usa igual con `minutes --sign`.",
        "Crée un certificat autosigné pour essayer les procès-verbaux signés. Les lecteurs montrent la signature comme valide, mais pas d'une autorité de confiance; le certificat propre d'une ville (.p12) délivré par une autorité s'utilise de la même façon avec `minutes --sign`.",
    ),
    "Passphrase for {file}: ": ("Frase de contraseña de {file}: ", "Phrase de passe de {file} : "),
    "The same passphrase again: ": (
        "La misma frase de contraseña otra vez: ",
        "La même phrase de passe encore : ",
    ),
    "Wrote a self-signed trial certificate for {name} and its private key to {path} (keep the file and its passphrase safe). Certificate fingerprint (SHA-256): {fingerprint}": (
        "Se escribió un certificado de prueba autofirmado para {name} y su clave privada en {path} (guarde el archivo y su frase de contraseña en lugar seguro). Huella del certificado (SHA-256): {fingerprint}",
        "Un certificat d'essai autosigné pour {name} et sa clé privée ont été écrits dans {path} (gardez le fichier et sa phrase de passe en lieu sûr). Empreinte du certificat (SHA-256) : {fingerprint}",
    ),
    "Signer's certificate fingerprint (SHA-256): {fingerprint}": (
        "Huella del certificado del firmante (SHA-256): {fingerprint}",
        "Empreinte du certificat du signataire (SHA-256) : {fingerprint}",
    ),
    # verify-pdf's verdict on a signed minutes PDF
    "REFUSED: {file} is not a readable PDF.": (
        "RECHAZADO: {file} no es un PDF legible.",
        "REFUSÉ : {file} n'est pas un PDF lisible.",
    ),
    "REFUSED: {file} is not signed.": (
        "RECHAZADO: {file} no está firmado.",
        "REFUSÉ : {file} n'est pas signé.",
    ),
    "REFUSED: the signature by {signer} in {file} cannot be read.": (
        "RECHAZADO: la firma de {signer} en {file} no se puede leer.",
        "REFUSÉ : la signature de {signer} dans {file} est illisible.",
    ),
    "REFUSED: {file} was changed after {signer} signed it (the signature does not match).": (
        "RECHAZADO: {file} se modificó después de que {signer} lo firmara (la firma no coincide).",
        "REFUSÉ : {file} a été modifié après que {signer} l'a signé (la signature ne correspond pas).",
    ),
    "REFUSED: something was added to {file} after {signer} signed it.": (
        "RECHAZADO: se agregó algo a {file} después de que {signer} lo firmara.",
        "REFUSÉ : quelque chose a été ajouté à {file} après que {signer} l'a signé.",
    ),
    "signed by {signer}": ("firmado por {signer}", "signé par {signer}"),
    "signed by {signer} on {when}": ("firmado por {signer} el {when}", "signé par {signer} le {when}"),
    "certificate not from a trusted authority (compare its fingerprint with the one the city publishes)": (
        "certificado no emitido por una autoridad de confianza (compare su huella con la que publica la ciudad)",
        "certificat qui ne vient pas d'une autorité de confiance (comparez son empreinte avec celle que publie la ville)",
    ),
    "the certificate is trusted": ("el certificado es de confianza", "le certificat est de confiance"),
    "OK: {file} is unchanged since signing; {signed}, {trust}.": (
        "CORRECTO: {file} no ha cambiado desde la firma; {signed}, {trust}.",
        "CONFORME : {file} est inchangé depuis la signature; {signed}, {trust}.",
    ),
    # a tally beyond yes and no, as the window's (one, many)
    "1 abstaining": ("1 abstención", "1 abstention"),
    "{count} abstaining": ("{count} abstenciones", "{count} abstentions"),
    "1 recused": ("1 inhibición", "1 récusation"),
    "{count} recused": ("{count} inhibiciones", "{count} récusations"),
    "1 present and not voting": ("1 presente sin votar", "1 présent sans voter"),
    "{count} present and not voting": ("{count} presentes sin votar", "{count} présents sans voter"),
    "1 absent": ("1 ausente", "1 absent"),
    "{count} absent": ("{count} ausentes", "{count} absents"),
    "1 excused": ("1 ausencia justificada", "1 absence motivée"),
    "{count} excused": ("{count} ausencias justificadas", "{count} absences motivées"),
    "1 other": ("1 otro", "1 autre"),
    "{count} other": ("{count} otros", "{count} autres"),
    "Minutes: draft": ("Acta: borrador", "Procès-verbal : projet"),
    "Minutes: approved": ("Acta: aprobada", "Procès-verbal : adopté"),
    "Approved on {day} (as read), fingerprint {sha256}": (
        "Aprobada el {day} (tal como se leyó), huella {sha256}",
        "Adopté le {day} (tel que lu), empreinte {sha256}",
    ),
    "Approved on {day} (as corrected), fingerprint {sha256}": (
        "Aprobada el {day} (con correcciones), huella {sha256}",
        "Adopté le {day} (tel que corrigé), empreinte {sha256}",
    ),
    "{weekday:%A} {day}, {time}": ("{weekday:%A} {day}, {time}", "{weekday:%A} {day}, {time}"),
    "Called to order at {time} by {name}": (
        "Apertura a las {time} por {name}",
        "Ouverture à {time} par {name}",
    ),
    "Called to order at {time}": ("Apertura a las {time}", "Ouverture à {time}"),
    "Recorded by {name}": ("Registrada por {name}", "Consignée par {name}"),
    "Attendance": ("Asistencia", "Présences"),
    "  Quorum: {present} present of {required} required — NOT present": (
        "  Quórum: {present} presentes de {required} requeridos — NO hay quórum",
        "  Quorum : {present} présents sur {required} requis — NON atteint",
    ),
    "  Quorum: {present} present of {required} required — present": (
        "  Quórum: {present} presentes de {required} requeridos — hay quórum",
        "  Quorum : {present} présents sur {required} requis — atteint",
    ),
    "Adjourned at {time}": ("Se levantó la sesión a las {time}", "Levée de la séance à {time}"),
    "Correction {made_on}: {reason} — {before} → {after}": (
        "Corrección del {made_on}: {reason} — {before} → {after}",
        "Correction du {made_on} : {reason} — {before} → {after}",
    ),
    "Warning: {warning}": ("Advertencia: {warning}", "Avertissement : {warning}"),
    # chapters and video
    "a meeting's video chapters from its stamped times (WebVTT or a YouTube description list)": (
        "los capítulos del video de una sesión según sus horas registradas (WebVTT o una lista para la descripción de YouTube)",
        "les chapitres vidéo d'une séance d'après ses heures consignées (WebVTT ou une liste pour la description YouTube)",
    ),
    "WebVTT chapters or YouTube list": (
        "capítulos WebVTT o lista de YouTube",
        "chapitres WebVTT ou liste YouTube",
    ),
    "where in the recording the meeting was called to order (default: the one `video` set, else 0)": (
        "en qué punto de la grabación se abrió la sesión (predeterminado: el que fijó `video`, si no 0)",
        "à quel moment de l'enregistrement la séance a été ouverte (par défaut : celui fixé par `video`, sinon 0)",
    ),
    "write to FILE (default: print)": (
        "escribir en FILE (predeterminado: mostrar)",
        "écrire dans FILE (par défaut : afficher)",
    ),
    "set a meeting's video address and offset (shown if neither is given)": (
        "fijar la dirección y el desfase del video de una sesión (se muestran si no se da ninguno)",
        "fixer l'adresse et le décalage de la vidéo d'une séance (affichés si aucun n'est donné)",
    ),
    "the recording's web address (empty to remove)": (
        "la dirección web de la grabación (vacía para quitarla)",
        "l'adresse Web de l'enregistrement (vide pour la retirer)",
    ),
    "where in the recording the meeting was called to order": (
        "en qué punto de la grabación se abrió la sesión",
        "à quel moment de l'enregistrement la séance a été ouverte",
    ),
    "url: {url}": ("dirección: {url}", "adresse : {url}"),
    # a vote's threshold in words ("majority of votes cast"), from the enumeration labels
    "offset: {offset}": ("desfase: {offset}", "décalage : {offset}"),
}


# Enumeration labels, by (enumeration, English label): the window's and the command line's words
# (domain/enum_labels.py). The same English reads apart by enumeration, so these go by context.
ENUM_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("AgendaItemKind", "Section"): ("Sección", "Section"),
    ("AgendaItemKind", "Resolution"): ("Resolución", "Résolution"),
    ("AgendaItemKind", "Ordinance"): ("Ordenanza", "Règlement"),
    ("AgendaItemKind", "Order"): ("Orden", "Ordre"),
    ("AgendaItemKind", "Communication"): ("Comunicación", "Communication"),
    ("AgendaItemKind", "Presentation"): ("Presentación", "Présentation"),
    ("AgendaItemKind", "Public comment"): ("Comentarios del público", "Période de questions du public"),
    ("AgendaItemKind", "Approval of minutes"): ("Aprobación del acta", "Adoption du procès-verbal"),
    ("AgendaItemKind", "Report"): ("Informe", "Rapport"),
    ("AgendaItemKind", "Consent"): ("Agenda de consentimiento", "Adoption en bloc"),
    ("AgendaItemKind", "Contract"): ("Contrato", "Contrat"),
    ("AgendaItemKind", "Hearing"): ("Audiencia pública", "Audience publique"),
    ("AgendaItemKind", "Proclamation"): ("Proclamación", "Proclamation"),
    ("AgendaItemKind", "Closed session"): ("Sesión a puerta cerrada", "Séance à huis clos"),
    ("AgendaItemKind", "Other"): ("Otro", "Autre"),
    ("ApprovalManner", "As read"): ("Tal como fue leída", "Tel que lu"),
    ("ApprovalManner", "As corrected"): ("Con correcciones", "Tel que corrigé"),
    ("AttendanceStatus", "Present"): ("Presente", "Présent"),
    ("AttendanceStatus", "Absent"): ("Ausente", "Absent"),
    ("AttendanceStatus", "Excused"): ("Ausencia justificada", "Absence motivée"),
    ("AttendanceStatus", "Remote"): ("A distancia", "À distance"),
    ("BallotOption", "Yes"): ("Sí", "Pour"),
    ("BallotOption", "No"): ("No", "Contre"),
    ("BallotOption", "Abstain"): ("Abstención", "Abstention"),
    ("BallotOption", "Absent"): ("Ausente", "Absent"),
    ("BallotOption", "Excused"): ("Ausencia justificada", "Absence motivée"),
    ("BallotOption", "Recused"): ("Inhibición", "Récusation"),
    ("BallotOption", "Present"): ("Presente, sin votar", "Présent, sans voter"),
    ("BallotOption", "Other"): ("Otro", "Autre"),
    ("BodyClassification", "Council"): ("Concejo", "Conseil"),
    ("BodyClassification", "Committee"): ("Comisión", "Commission"),
    ("BodyClassification", "Board"): ("Junta", "Conseil d'administration"),
    ("BodyClassification", "Commission"): ("Comisión especial", "Commission spéciale"),
    ("BodyClassification", "Executive"): ("Ejecutivo", "Comité exécutif"),
    ("BodyClassification", "Party"): ("Partido", "Parti"),
    ("BodyClassification", "Group"): ("Grupo", "Groupe"),
    ("MatterKind", "Resolution"): ("Resolución", "Résolution"),
    ("MatterKind", "Ordinance"): ("Ordenanza", "Règlement"),
    ("MatterKind", "Order"): ("Orden", "Ordre"),
    ("MatterKind", "Appointment"): ("Nombramiento", "Nomination"),
    ("MatterKind", "Proclamation"): ("Proclamación", "Proclamation"),
    ("MatterKind", "Contract"): ("Contrato", "Contrat"),
    ("MatterKind", "Other"): ("Otro", "Autre"),
    ("MatterStatus", "Introduced"): ("Presentado", "Déposé"),
    ("MatterStatus", "Referred"): ("Remitido a comisión", "Renvoyé en commission"),
    ("MatterStatus", "Pending"): ("Pendiente", "En suspens"),
    ("MatterStatus", "Adopted"): ("Aprobado", "Adopté"),
    ("MatterStatus", "Failed"): ("Rechazado", "Rejeté"),
    ("MatterStatus", "Withdrawn"): ("Retirado", "Retiré"),
    ("MatterStatus", "Tabled"): ("Dejado sobre la mesa", "Déposé sur la table"),
    ("MeetingKind", "Regular"): ("Ordinaria", "Ordinaire"),
    ("MeetingKind", "Special"): ("Extraordinaria", "Extraordinaire"),
    ("MeetingKind", "Emergency"): ("De emergencia", "D'urgence"),
    ("MeetingKind", "Executive session"): ("A puerta cerrada", "À huis clos"),
    ("MeetingKind", "Hearing"): ("Audiencia pública", "Audience publique"),
    ("MeetingStatus", "Scheduled"): ("Programada", "Prévue"),
    ("MeetingStatus", "In progress"): ("En curso", "En cours"),
    ("MeetingStatus", "Adjourned"): ("Levantada", "Levée"),
    ("MeetingStatus", "Cancelled"): ("Cancelada", "Annulée"),
    ("MembershipRole", "Member"): ("Miembro", "Membre"),
    ("MembershipRole", "President"): ("Presidente", "Président"),
    ("MembershipRole", "Vice president"): ("Vicepresidente", "Vice-président"),
    ("MembershipRole", "Clerk"): ("Secretario municipal", "Greffier"),
    ("MembershipRole", "Chair"): ("Presidencia", "Présidence"),
    ("MembershipRole", "Vice chair"): ("Vicepresidencia", "Vice-présidence"),
    ("MembershipRole", "Mayor"): ("Alcalde", "Maire"),
    ("MembershipRole", "Deputy mayor"): ("Teniente de alcalde", "Maire suppléant"),
    ("MembershipRole", "Secretary"): ("Secretario", "Secrétaire"),
    ("MinutesStatus", "Draft"): ("Borrador", "Projet"),
    ("MinutesStatus", "Approved"): ("Aprobada", "Adopté"),
    ("MotionDisposition", "Pending"): ("Pendiente", "En suspens"),
    ("MotionDisposition", "Adopted"): ("Aprobada", "Adoptée"),
    ("MotionDisposition", "Adopted as amended"): ("Aprobada con enmiendas", "Adoptée telle qu'amendée"),
    ("MotionDisposition", "Failed"): ("Rechazada", "Rejetée"),
    ("MotionDisposition", "Withdrawn"): ("Retirada", "Retirée"),
    ("MotionDisposition", "No second"): ("Sin secundar", "Non appuyée"),
    ("MotionDisposition", "Tabled"): ("Dejada sobre la mesa", "Déposée sur la table"),
    ("MotionDisposition", "Postponed"): ("Aplazada", "Reportée"),
    ("MotionDisposition", "Referred"): ("Remitida a comisión", "Renvoyée en commission"),
    ("MotionKind", "Main"): ("Principal", "Principale"),
    ("MotionKind", "Amendment"): ("Enmienda", "Amendement"),
    ("MotionKind", "Substitute"): ("Sustitutiva", "De remplacement"),
    ("MotionKind", "Refer"): ("Remisión a comisión", "Renvoi en commission"),
    ("MotionKind", "Table"): ("Dejar sobre la mesa", "Dépôt sur la table"),
    ("MotionKind", "Postpone"): ("Aplazamiento", "Report"),
    ("MotionKind", "Reconsider"): ("Reconsideración", "Reconsidération"),
    ("MotionKind", "Adjourn"): ("Levantar la sesión", "Levée de la séance"),
    ("MotionKind", "Other"): ("Otra", "Autre"),
    ("NumberingStyle", "Decimal"): ("Decimal", "Décimale"),
    ("NumberingStyle", "Outline"): ("Esquema (1, a, i)", "Hiérarchique (1, a, i)"),
    ("NumberingStyle", "Letters"): ("Letras", "Lettres"),
    ("QuorumRule", "Majority of seats"): ("Mayoría de los escaños", "Majorité des sièges"),
    ("QuorumRule", "Majority of filled seats"): (
        "Mayoría de los escaños ocupados",
        "Majorité des sièges pourvus",
    ),
    ("SignUp", "Walk up"): ("Sin inscripción previa", "Sur place"),
    ("SignUp", "Card"): ("Tarjeta", "Fiche"),
    ("SpeakerKind", "Public comment"): ("Intervención del público", "Intervention du public"),
    ("SpeakerKind", "Member"): ("Miembro", "Membre du conseil"),
    ("SpeakerKind", "Staff"): ("Personal municipal", "Personnel municipal"),
    ("SpeakerKind", "Presenter"): ("Ponente", "Présentateur"),
    ("Stance", "For"): ("A favor", "Pour"),
    ("Stance", "Against"): ("En contra", "Contre"),
    ("Stance", "Neutral"): ("Neutral", "Neutre"),
    ("ThresholdBase", "Votes cast"): ("Votos emitidos", "Voix exprimées"),
    ("ThresholdBase", "Present and voting"): ("Presentes y votantes", "Présents et votants"),
    ("ThresholdBase", "Present"): ("Presentes", "Présents"),
    ("ThresholdBase", "Full membership"): ("Totalidad de los miembros", "Ensemble des membres"),
    ("ThresholdBase", "Seats filled"): ("Escaños ocupados", "Sièges pourvus"),
    ("ThresholdFraction", "Majority"): ("Mayoría", "Majorité"),
    ("ThresholdFraction", "Two thirds"): ("Dos tercios", "Deux tiers"),
    ("ThresholdFraction", "Three quarters"): ("Tres cuartos", "Trois quarts"),
    ("ThresholdFraction", "Four fifths"): ("Cuatro quintos", "Quatre cinquièmes"),
    ("ThresholdFraction", "Unanimous"): ("Unanimidad", "Unanimité"),
    ("VoteMethod", "Voice"): ("A viva voz", "De vive voix"),
    ("VoteMethod", "Unanimous consent"): ("Consentimiento unánime", "Consentement unanime"),
    ("VoteMethod", "Roll call"): ("Votación nominal", "Vote par appel nominal"),
    ("VoteMethod", "Show of hands"): ("A mano alzada", "À main levée"),
    ("VoteResult", "Pass"): ("Aprobada", "Adoptée"),
    ("VoteResult", "Fail"): ("Rechazada", "Rejetée"),
}


# The logged fields as the History panel and `history-log` name them (domain/history_fields.py):
# bare lower-case nouns, which read apart from the same English elsewhere, so by their context.
HISTORY_FIELDS: dict[str, tuple[str, str]] = {
    "abstaining": ("abstenciones", "abstentions"),
    "action": ("acción", "suite donnée"),
    "adjourned at": ("levantada a las", "levée à"),
    "affiliation": ("afiliación", "affiliation"),
    "agenda item": ("punto del orden del día", "point de l'ordre du jour"),
    "agenda template": ("plantilla del orden del día", "modèle d'ordre du jour"),
    "approved on": ("aprobada el", "adopté le"),
    "approving meeting": ("sesión que aprueba", "séance d'adoption"),
    "approving vote": ("votación que aprueba", "vote d'adoption"),
    "arrived at": ("llegó a las", "arrivé à"),
    "text of the item": ("texto del punto", "texte du point"),
    "body": ("órgano", "instance"),
    "called to order at": ("abierta a las", "ouverte à"),
    "classification": ("clasificación", "classification"),
    "minutes clock": ("hora en el acta", "heure au procès-verbal"),
    "consent agenda": ("agenda de consentimiento", "ordre du jour de consentement"),
    "content": ("contenido", "contenu"),
    "minutes dates": ("fechas en el acta", "dates au procès-verbal"),
    "declared result": ("resultado declarado", "résultat proclamé"),
    "usual threshold base": ("base habitual de la mayoría", "base habituelle de la majorité"),
    "usual threshold": ("mayoría habitual", "majorité habituelle"),
    "discussion": ("discusión", "délibérations"),
    "name": ("nombre", "nom"),
    "disposition": ("resolución", "sort"),
    "duration (seconds)": ("duración (segundos)", "durée (secondes)"),
    "email": ("correo electrónico", "courriel"),
    "end date": ("fecha de fin", "date de fin"),
    "family name": ("apellido", "nom de famille"),
    "file name": ("nombre del archivo", "nom du fichier"),
    "full text": ("texto completo", "texte intégral"),
    "given name": ("nombre de pila", "prénom"),
    "honorific": ("tratamiento", "titre de civilité"),
    "file number": ("número de expediente", "numéro de dossier"),
    "introduced on": ("presentado el", "déposé le"),
    "primary sponsor": ("patrocinador principal", "parrain principal"),
    "sample record": ("dato de muestra", "donnée d'exemple"),
    "kind": ("tipo", "type"),
    "seat": ("escaño", "siège"),
    "left at": ("se retiró a las", "parti à"),
    "time limit (seconds)": ("límite de tiempo (segundos)", "limite de temps (secondes)"),
    "place": ("lugar", "lieu"),
    "made at": ("presentada a las", "présentée à"),
    "made on": ("hecha el", "faite le"),
    "manner": ("modo", "mode"),
    "matter": ("asunto", "dossier"),
    "file type": ("tipo de archivo", "type de fichier"),
    "meeting": ("sesión", "séance"),
    "method": ("método", "mode de scrutin"),
    "minutes language": ("idioma del acta", "langue du procès-verbal"),
    "minutes status": ("estado del acta", "état du procès-verbal"),
    "motion": ("moción", "proposition"),
    "mover": ("proponente", "proposeur"),
    "municipality": ("municipio", "municipalité"),
    "against": ("en contra", "contre"),
    "note": ("nota", "note"),
    "notices": ("avisos", "avis"),
    "number": ("número", "numéro"),
    "numbering": ("numeración", "numérotation"),
    "offset (seconds)": ("desfase (segundos)", "décalage (secondes)"),
    "ballot": ("voto", "vote"),
    "parent": ("superior", "parent"),
    "amended motion": ("moción enmendada", "proposition amendée"),
    "person": ("persona", "personne"),
    "position": ("posición", "position"),
    "presiding": ("presidencia", "présidence"),
    "quorum rule": ("regla de quórum", "règle du quorum"),
    "reason": ("motivo", "motif"),
    "recorded at": ("registrado a las", "consigné à"),
    "recording": ("secretaría", "greffe"),
    "reason for remote attendance": (
        "motivo de la participación a distancia",
        "motif de la participation à distance",
    ),
    "residence": ("residencia", "résidence"),
    "result": ("resultado", "résultat"),
    "role": ("función", "rôle"),
    "scheduled start": ("inicio previsto", "début prévu"),
    "scheme": ("esquema", "schéma"),
    "seats": ("escaños", "sièges"),
    "seconder": ("quien secunda", "appuyeur"),
    "seconds": ("segundos", "secondes"),
    "fingerprint": ("huella digital", "empreinte"),
    "signed up": ("inscrito", "inscrit"),
    "size": ("tamaño", "taille"),
    "approved version": ("versión aprobada", "version adoptée"),
    "fingerprint format": ("formato de la huella", "format de l'empreinte"),
    "stance": ("postura", "position exprimée"),
    "start date": ("fecha de inicio", "date de début"),
    "started at": ("comenzó a las", "commencé à"),
    "status": ("estado", "état"),
    "summary": ("resumen", "résumé"),
    "taken at": ("realizada a las", "tenu à"),
    "text": ("texto", "texte"),
    "threshold base": ("base de la mayoría", "base de la majorité"),
    "threshold": ("mayoría requerida", "majorité requise"),
    "time zone": ("zona horaria", "fuseau horaire"),
    "title": ("título", "titre"),
    "address": ("dirección", "adresse"),
    "value": ("valor", "valeur"),
    "version": ("versión", "version"),
    "vote": ("votación", "vote"),
    "vote sentences": ("frases de votación", "phrases de vote"),
    "roll-call tables always": (
        "siempre tablas de votación nominal",
        "toujours les tableaux d'appel nominal",
    ),
    "voting": ("con voto", "avec droit de vote"),
    "in favour": ("a favor", "pour"),
    "yielded to": ("cedió el tiempo a", "temps cédé à"),
}


def fill(ts_path: Path, column: int) -> list[str]:
    """Write each known translation into the .ts file; returns the sources still without one."""
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            wanted = ENUM_LABELS.get((name, source)) or TEXTS.get(source)
            if name == "HistoryFields":
                wanted = HISTORY_FIELDS.get(source)
            if wanted is None:
                missing.append(source)
                continue
            translation.text = wanted[column]
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    gaps = []
    for column, lang in enumerate(("es", "fr")):
        gaps += [f"{lang}: {s}" for s in fill(folder / f"messages_{lang}.ts", column)]
    if gaps:
        sys.exit("No translation yet for:\n" + "\n".join(gaps))
