<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <source>Item title</source>
            <translation>Titre du point</translation>
        </message>
        <message>
            <source>e.g. Resolution on the Secure Communities program</source>
            <translation>p. ex. Résolution sur le programme Communautés sûres</translation>
        </message>
        <message>
            <source>Item kind</source>
            <translation>Type de point</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
    </context>
    <context>
        <name>AgendaTreeModel</name>
        <message>
            <source> (consent)</source>
            <translation> (consentement)</translation>
        </message>
        <message>
            <source> — now under discussion</source>
            <translation> — en délibération</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Agenda items. Insert adds, Shift+Insert adds a sub-item, F2 renames, Delete deletes, Ctrl+] indents, Ctrl+[ outdents, Alt+Up and Alt+Down move.</source>
            <translation>Points de l'ordre du jour. Inser ajoute, Maj+Inser ajoute un sous-point, F2 renomme, Suppr supprime, Ctrl+] décale à droite, Ctrl+[ à gauche, Alt+Haut et Alt+Bas déplacent.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ordre du jour&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&amp;Add item…</source>
            <translation>&amp;Ajouter un point…</translation>
        </message>
        <message>
            <source>Add an item after the selected one</source>
            <translation>Ajouter un point après le point choisi</translation>
        </message>
        <message>
            <source>Add &amp;sub-item…</source>
            <translation>Ajouter un &amp;sous-point…</translation>
        </message>
        <message>
            <source>Add an item under the selected one</source>
            <translation>Ajouter un point sous le point choisi</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Modifier le point…</translation>
        </message>
        <message>
            <source>Edit title and kind</source>
            <translation>Modifier le titre et le type</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>Rename the item in place</source>
            <translation>Renommer le point sur place</translation>
        </message>
        <message>
            <source>&amp;Delete item</source>
            <translation>&amp;Supprimer le point</translation>
        </message>
        <message>
            <source>Delete the item</source>
            <translation>Supprimer le point</translation>
        </message>
        <message>
            <source>&amp;Indent</source>
            <translation>Décaler à &amp;droite</translation>
        </message>
        <message>
            <source>Make it a sub-item of the item above</source>
            <translation>En faire un sous-point du point précédent</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>Décaler à &amp;gauche</translation>
        </message>
        <message>
            <source>Move it out of its section</source>
            <translation>Le sortir de sa section</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Monter (&amp;H)</translation>
        </message>
        <message>
            <source>Move the item up</source>
            <translation>Monter le point</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Descendre (&amp;B)</translation>
        </message>
        <message>
            <source>Move the item down</source>
            <translation>Descendre le point</translation>
        </message>
        <message>
            <source>&amp;Start item</source>
            <translation>&amp;Commencer le point</translation>
        </message>
        <message>
            <source>Stamp the time this item is taken up</source>
            <translation>Noter l'heure où ce point est abordé</translation>
        </message>
        <message>
            <source>&amp;Pull off consent</source>
            <translation>&amp;Retirer du consentement</translation>
        </message>
        <message>
            <source>Take the item off the consent agenda, to be considered on its own</source>
            <translation>Retirer le point de l'ordre du jour de consentement pour l'étudier séparément</translation>
        </message>
        <message>
            <source>Add “{title}”</source>
            <translation>Ajouter « {title} »</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Ajouter un point à l'ordre du jour</translation>
        </message>
        <message>
            <source>Add sub-item under {number} {title}</source>
            <translation>Ajouter un sous-point sous {number} {title}</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>Modifier « {title} »</translation>
        </message>
        <message>
            <source>Edit item {number}</source>
            <translation>Modifier le point {number}</translation>
        </message>
        <message>
            <source>Indent</source>
            <translation>Décaler à droite</translation>
        </message>
        <message>
            <source>Outdent</source>
            <translation>Décaler à gauche</translation>
        </message>
        <message>
            <source>“{title}” is already the {where} item at its level.</source>
            <translation>« {title} » est déjà le point {where} de son niveau.</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Commencer « {title} »</translation>
        </message>
        <message>
            <source>“{title}” is not on the consent agenda.</source>
            <translation>« {title} » n'est pas à l'ordre du jour de consentement.</translation>
        </message>
        <message>
            <source>Pull “{title}” off consent</source>
            <translation>Retirer « {title} » du consentement</translation>
        </message>
        <message numerus="yes">
            <source>%n sub-item(s)</source>
            <translation>
                <numerusform>%n sous-point</numerusform>
                <numerusform>%n sous-points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n motion(s)</source>
            <translation>
                <numerusform>%n proposition</numerusform>
                <numerusform>%n propositions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n speaker(s)</source>
            <translation>
                <numerusform>%n intervenant</numerusform>
                <numerusform>%n intervenants</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete agenda item</source>
            <translation>Supprimer un point de l'ordre du jour</translation>
        </message>
        <message>
            <source>Delete item {number} “{title}” with its {join}? Edit ▸ Undo brings it all back.</source>
            <translation>Supprimer le point {number} « {title} » avec ses {join} ? Édition ▸ Annuler rétablit tout.</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>Supprimer « {title} »</translation>
        </message>
    </context>
    <context>
        <name>AgreementHeatmap</name>
        <message>
            <source>Agreement heatmap</source>
            <translation>Carte des convergences</translation>
        </message>
        <message>
            <source>No split votes in this period.</source>
            <translation>Aucun vote partagé pendant cette période.</translation>
        </message>
    </context>
    <context>
        <name>ApproveMinutesDialog</name>
        <message>
            <source>Approve minutes</source>
            <translation>Adopter le procès-verbal</translation>
        </message>
        <message>
            <source>Approve the minutes of the {body_name} meeting of {day} {scheduled_start}.&lt;br&gt;&lt;b&gt;Approval locks them:&lt;/b&gt; later changes can only be recorded as corrections, and the fingerprint is printed on every page.</source>
            <translation>Adopter le procès-verbal de la séance de {body_name} du {day} {scheduled_start}.&lt;br&gt;&lt;b&gt;L'adoption le verrouille :&lt;/b&gt; les changements ultérieurs ne peuvent être consignés que comme corrections, et l'empreinte est imprimée sur chaque page.</translation>
        </message>
        <message>
            <source>Approving meeting</source>
            <translation>Séance d'adoption</translation>
        </message>
        <message>
            <source>Approved &amp;at:</source>
            <translation>Adopté &amp;à :</translation>
        </message>
        <message>
            <source>Approving vote</source>
            <translation>Vote d'adoption</translation>
        </message>
        <message>
            <source>Approving &amp;vote:</source>
            <translation>&amp;Vote d'adoption :</translation>
        </message>
        <message>
            <source>Approval date</source>
            <translation>Date d'adoption</translation>
        </message>
        <message>
            <source>Approved &amp;on:</source>
            <translation>Adopté l&amp;e :</translation>
        </message>
        <message>
            <source>As &amp;read</source>
            <translation>Tel que &amp;lu</translation>
        </message>
        <message>
            <source>As &amp;corrected</source>
            <translation>Tel que &amp;corrigé</translation>
        </message>
        <message>
            <source>Manner:</source>
            <translation>Mode :</translation>
        </message>
        <message>
            <source>There is no later meeting of this body yet; create the approving meeting first.</source>
            <translation>Cette instance n'a pas encore de séance ultérieure; créez d'abord la séance d'adoption.</translation>
        </message>
        <message>
            <source>Approve and lock</source>
            <translation>Adopter et verrouiller</translation>
        </message>
        <message>
            <source>No vote recorded (approved without a recorded vote)</source>
            <translation>Aucun vote consigné (adopté sans vote consigné)</translation>
        </message>
        <message>
            <source>{date} {body_name} — {kind} meeting</source>
            <translation>{date} {body_name} — séance {kind}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTableModel</name>
        <message>
            <source>Remote because: {remote_reason}</source>
            <translation>À distance parce que : {remote_reason}</translation>
        </message>
        <message>
            <source>Does not vote on this body.</source>
            <translation>Ne vote pas au sein de cette instance.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Roll of members. Keys: P present, A absent, E excused, R remote, Delete clears.</source>
            <translation>Liste des membres. Touches : P présent, A absent, E excusé, R à distance, Suppr efface.</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Mark all &amp;present</source>
            <translation>Tous &amp;présents</translation>
        </message>
        <message>
            <source>Mark all present</source>
            <translation>Marquer tous présents</translation>
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
            <translation>Excusé</translation>
        </message>
        <message>
            <source>Remote…</source>
            <translation>À distance…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Mark selected member {text}</source>
            <translation>Marquer le membre choisi : {text}</translation>
        </message>
        <message>
            <source>Arrived…</source>
            <translation>Arrivée…</translation>
        </message>
        <message>
            <source>Record arrival time of selected member</source>
            <translation>Noter l'heure d'arrivée du membre choisi</translation>
        </message>
        <message>
            <source>Left…</source>
            <translation>Départ…</translation>
        </message>
        <message>
            <source>Record leaving time of selected member</source>
            <translation>Noter l'heure de départ du membre choisi</translation>
        </message>
        <message>
            <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
            <translation>&lt;b&gt;Présences&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No meeting selected.</source>
            <translation>Aucune séance choisie.</translation>
        </message>
        <message>
            <source>✔ Quorum present: {present} of {seats_filled} members here ({required} needed)</source>
            <translation>✔ Quorum atteint : {present} membres sur {seats_filled} présents ({required} requis)</translation>
        </message>
        <message>
            <source>✘ No quorum: {present} present, {required} needed</source>
            <translation>✘ Pas de quorum : {present} présents, {required} requis</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non consigné</translation>
        </message>
        <message>
            <source>Mark {person_name} {replace}</source>
            <translation>Marquer {person_name} : {replace}</translation>
        </message>
        <message>
            <source>Remote participation</source>
            <translation>Participation à distance</translation>
        </message>
        <message>
            <source>Why does {person_name} take part remotely?
(The minutes must state the reason.)</source>
            <translation>Pourquoi {person_name} participe-t-il à distance?
(Le procès-verbal doit en indiquer le motif.)</translation>
        </message>
        <message>
            <source>Arrived late</source>
            <translation>Arrivé en retard</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Parti avant la fin</translation>
        </message>
        <message>
            <source>When did {person_name} {verb}? (HH:MM, empty to clear)</source>
            <translation>À quelle heure {person_name} : {verb}? (HH:MM, vide pour effacer)</translation>
        </message>
        <message>
            <source>“{text}” is not a time; type it as HH:MM, for example 19:25.</source>
            <translation>« {text} » n'est pas une heure; tapez-la sous la forme HH:MM, par exemple 19:25.</translation>
        </message>
        <message>
            <source>Attendance: mark present</source>
            <translation>Présences : marquer présent</translation>
        </message>
        <message>
            <source>Attendance: mark absent</source>
            <translation>Présences : marquer absent</translation>
        </message>
        <message>
            <source>Attendance: mark excused</source>
            <translation>Présences : marquer excusé</translation>
        </message>
        <message>
            <source>Attendance: mark remote (asks the reason)</source>
            <translation>Présences : marquer à distance (demande le motif)</translation>
        </message>
        <message>
            <source>Attendance: clear the status</source>
            <translation>Présences : effacer l'état</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Sauvegardes automatiques</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Restaurer la sauvegarde choisie…</translation>
        </message>
        <message>
            <source>Kept in {folder} (the newest {keep}).</source>
            <translation>Conservées dans {folder} (les {keep} plus récentes).</translation>
        </message>
        <message>
            <source>{value} KB</source>
            <translation>{value} Ko</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Sauvegardé dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>BallotTableModel</name>
        <message>
            <source>not recorded</source>
            <translation>non consigné</translation>
        </message>
    </context>
    <context>
        <name>BodiesDialog</name>
        <message>
            <source>Bodies, seats and terms</source>
            <translation>Instances, sièges et mandats</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Relève de</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Sièges</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Majorité requise</translation>
        </message>
        <message>
            <source>{fraction} of {base}</source>
            <translation>{fraction} de {base}</translation>
        </message>
        <message>
            <source>Bodies</source>
            <translation>Instances</translation>
        </message>
        <message>
            <source>&amp;New body…</source>
            <translation>&amp;Nouvelle instance…</translation>
        </message>
        <message>
            <source>&amp;Edit body…</source>
            <translation>&amp;Modifier l'instance…</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Siège</translation>
        </message>
        <message>
            <source>&amp;Add seats…</source>
            <translation>&amp;Ajouter des sièges…</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
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
            <source>Votes</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Mandats</translation>
        </message>
        <message>
            <source>Add &amp;term…</source>
            <translation>Ajouter un &amp;mandat…</translation>
        </message>
        <message>
            <source>E&amp;nd term…</source>
            <translation>&amp;Terminer le mandat…</translation>
        </message>
        <message>
            <source>&amp;Delete term</source>
            <translation>&amp;Supprimer le mandat</translation>
        </message>
        <message>
            <source>&amp;Roster…</source>
            <translation>&amp;Liste des membres…</translation>
        </message>
        <message>
            <source>Add many terms at once, typed or pasted from a spreadsheet</source>
            <translation>Ajouter plusieurs mandats d'un coup, tapés ou collés d'un tableur</translation>
        </message>
        <message>
            <source>Members and terms</source>
            <translation>Membres et mandats</translation>
        </message>
        <message>
            <source>&lt;b&gt;Bodies&lt;/b&gt; (committees name the body they belong to)</source>
            <translation>&lt;b&gt;Instances&lt;/b&gt; (les comités indiquent l'instance dont ils relèvent)</translation>
        </message>
        <message>
            <source>New body {v} with its seats</source>
            <translation>Nouvelle instance {v} avec ses sièges</translation>
        </message>
        <message>
            <source>New body {v}</source>
            <translation>Nouvelle instance {v}</translation>
        </message>
        <message>
            <source>Add seats to {v}</source>
            <translation>Ajouter des sièges à {v}</translation>
        </message>
        <message>
            <source>House style of {get}</source>
            <translation>Style maison de {get}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <source>Add {name} to {name2}</source>
            <translation>Ajouter {name} à {name2}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Ajouter {name}</translation>
        </message>
        <message>
            <source>Add term of {name}</source>
            <translation>Ajouter un mandat de {name}</translation>
        </message>
        <message>
            <source>End term</source>
            <translation>Terminer le mandat</translation>
        </message>
        <message>
            <source>Last day of {person_name}'s term (YYYY-MM-DD):</source>
            <translation>Dernier jour du mandat de {person_name} (AAAA-MM-JJ) :</translation>
        </message>
        <message>
            <source>“{text}” is not a date; type it as YYYY-MM-DD, for example 2011-12-31.</source>
            <translation>« {text} » n'est pas une date; tapez-la sous la forme AAAA-MM-JJ, par exemple 2011-12-31.</translation>
        </message>
        <message>
            <source>End term of {person_name}</source>
            <translation>Terminer le mandat de {person_name}</translation>
        </message>
        <message>
            <source>Delete term of {person_name}</source>
            <translation>Supprimer le mandat de {person_name}</translation>
        </message>
    </context>
    <context>
        <name>BodyFormDialog</name>
        <message>
            <source>{first}, then {second}</source>
            <translation>{first}, puis {second}</translation>
        </message>
        <message>
            <source>12-hour (7:05 p.m.)</source>
            <translation>12 heures (7:05 p.m.)</translation>
        </message>
        <message>
            <source>24-hour (19:05)</source>
            <translation>24 heures (19 h 05)</translation>
        </message>
        <message>
            <source>Thursday, 18 August 2011</source>
            <translation>Jour, mois, année (jeudi 18 août 2011)</translation>
        </message>
        <message>
            <source>Thursday, August 18, 2011</source>
            <translation>Mois, jour, année (jeudi, août 18, 2011)</translation>
        </message>
        <message>
            <source>Counts only (passed 11–2, 1 abstaining)</source>
            <translation>Décomptes seulement (adoptée 11–2, 1 abstention)</translation>
        </message>
        <message>
            <source>Counts with names (passed 11–2 (Menten, Mihalik opposed))</source>
            <translation>Décomptes et noms (adoptée 11–2 (Menten, Mihalik contre))</translation>
        </message>
        <message>
            <source>Edit body</source>
            <translation>Modifier l'instance</translation>
        </message>
        <message>
            <source>New body</source>
            <translation>Nouvelle instance</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipalité</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Relève de</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— aucune —</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Sièges</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Default threshold</source>
            <translation>Majorité requise par défaut</translation>
        </message>
        <message>
            <source>Threshold of</source>
            <translation>Majorité de</translation>
        </message>
        <message>
            <source>Agenda numbering</source>
            <translation>Numérotation de l'ordre du jour</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Minutes clock</source>
            <translation>Horloge du procès-verbal</translation>
        </message>
        <message>
            <source>Minutes dates</source>
            <translation>Dates du procès-verbal</translation>
        </message>
        <message>
            <source>Vote sentences</source>
            <translation>Phrases de vote</translation>
        </message>
        <message>
            <source>&amp;All votes in roll-call tables, unanimous ones too</source>
            <translation>&amp;Tous les votes en tableaux nominaux, même unanimes</translation>
        </message>
        <message>
            <source>Minutes language</source>
            <translation>Langue du procès-verbal</translation>
        </message>
        <message>
            <source>Minutes house style</source>
            <translation>Style maison du procès-verbal</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Clock:</source>
            <translation>&amp;Horloge :</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Dates :</translation>
        </message>
        <message>
            <source>&amp;Votes:</source>
            <translation>&amp;Votes :</translation>
        </message>
        <message>
            <source>none yet (Meeting ▸ Save agenda as the body's template)</source>
            <translation>aucun pour l'instant (Séance ▸ Enregistrer l'ordre du jour comme modèle de l'instance)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipalité :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>&amp;Part of:</source>
            <translation>&amp;Relève de :</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Sièges :</translation>
        </message>
        <message>
            <source>Seat names</source>
            <translation>Noms des sièges</translation>
        </message>
        <message>
            <source>optional: District A–O, Ward 1–9, At-Large A–B</source>
            <translation>facultatif : District A–O, Quartier 1–9, Général A–B</translation>
        </message>
        <message>
            <source>Seat &amp;names:</source>
            <translation>Noms des s&amp;ièges :</translation>
        </message>
        <message>
            <source>&amp;Quorum:</source>
            <translation>&amp;Quorum :</translation>
        </message>
        <message>
            <source>Default &amp;threshold:</source>
            <translation>Majorité requise par &amp;défaut :</translation>
        </message>
        <message>
            <source>… &amp;of:</source>
            <translation>… &amp;de :</translation>
        </message>
        <message>
            <source>Agenda n&amp;umbering:</source>
            <translation>N&amp;umérotation de l'ordre du jour :</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>Usual agenda:</source>
            <translation>Ordre du jour habituel :</translation>
        </message>
    </context>
    <context>
        <name>ChairScriptPanel</name>
        <message>
            <source>The chair's script</source>
            <translation>Le texte de la présidence</translation>
        </message>
        <message>
            <source>Edit &amp;phrases…</source>
            <translation>Modifier les &amp;formules…</translation>
        </message>
        <message>
            <source>Chair's &amp;agenda (PDF)…</source>
            <translation>&amp;Ordre du jour de la présidence (PDF)…</translation>
        </message>
        <message>
            <source>Choose an agenda item to see what the chair reads.</source>
            <translation>Choisissez un point de l'ordre du jour pour voir ce que lit la présidence.</translation>
        </message>
        <message>
            <source>The chair's phrases</source>
            <translation>Les formules de la présidence</translation>
        </message>
        <message>
            <source>Chair's phrase: {what}</source>
            <translation>Formule de la présidence : {what}</translation>
        </message>
        <message>
            <source>Save the chair's agenda</source>
            <translation>Enregistrer l'ordre du jour de la présidence</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ChamberDesk</name>
        <message>
            <source>Show on display</source>
            <translation>Afficher à l'écran</translation>
        </message>
        <message>
            <source>Display screen</source>
            <translation>Écran d'affichage</translation>
        </message>
        <message>
            <source>Open display</source>
            <translation>Ouvrir l'affichage</translation>
        </message>
        <message>
            <source>Show on &amp;display:</source>
            <translation>Afficher à l'&amp;écran :</translation>
        </message>
        <message>
            <source>&amp;Screen:</source>
            <translation>É&amp;cran :</translation>
        </message>
        <message>
            <source>Close display</source>
            <translation>Fermer l'affichage</translation>
        </message>
    </context>
    <context>
        <name>ChamberDisplay</name>
        <message>
            <source>Chamber display</source>
            <translation>Affichage de la salle</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Siège</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Avant → après</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <source>Mover</source>
            <translation>Proposeur</translation>
        </message>
        <message>
            <source>Seconder</source>
            <translation>Appuyeur</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Majorité</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Parrain</translation>
        </message>
        <message>
            <source>Council member?</source>
            <translation>Membre du conseil?</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Record correction</source>
            <translation>Consigner une correction</translation>
        </message>
        <message>
            <source>The approved minutes stay as they were approved. The correction is listed beside the entry and in a Corrections section, with its reason, and written to the audit log.</source>
            <translation>Le procès-verbal adopté reste tel qu'il a été adopté. La correction figure à côté de l'inscription et dans une section Corrections, avec son motif, et elle est inscrite au journal d'audit.</translation>
        </message>
        <message>
            <source>Agenda item corrected</source>
            <translation>Point de l'ordre du jour corrigé</translation>
        </message>
        <message>
            <source>The minutes as a whole</source>
            <translation>Le procès-verbal dans son ensemble</translation>
        </message>
        <message>
            <source>&amp;Entry:</source>
            <translation>&amp;Inscription :</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Text as approved</source>
            <translation>Texte adopté</translation>
        </message>
        <message>
            <source>As &amp;approved:</source>
            <translation>Tel qu'&amp;adopté :</translation>
        </message>
        <message>
            <source>Corrected text</source>
            <translation>Texte corrigé</translation>
        </message>
        <message>
            <source>Corrected &amp;to:</source>
            <translation>Corrigé &amp;en :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>CouncilDesk — problem report</source>
            <translation>CouncilDesk — rapport de problème</translation>
        </message>
        <message>
            <source>Problem details</source>
            <translation>Détails du problème</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message>
            <source>&amp;Copied</source>
            <translation>&amp;Copié</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSwitcher</name>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>Aucune base de données récente</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>{path} already exists; open it with File ▸ Open… instead.</source>
            <translation>{path} existe déjà; ouvrez-la plutôt avec Fichier ▸ Ouvrir…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <source>Open a CouncilDesk database read only</source>
            <translation>Ouvrir une base de données CouncilDesk en lecture seule</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Sauvegarder la base de données</translation>
        </message>
        <message>
            <source>CouncilDesk databases (*.db)</source>
            <translation>Bases de données CouncilDesk (*.db)</translation>
        </message>
        <message>
            <source>PostgreSQL backups (*.dump)</source>
            <translation>Sauvegardes PostgreSQL (*.dump)</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <source>Backing up to {path}…</source>
            <translation>Sauvegarde dans {path}…</translation>
        </message>
        <message>
            <source>Backed up to {path} at {now}.</source>
            <translation>Sauvegardé dans {path} à {now}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTableModel</name>
        <message>
            <source>link</source>
            <translation>lien</translation>
        </message>
        <message>
            <source>Opens {url} in the web browser</source>
            <translation>Ouvre {url} dans le navigateur Web</translation>
        </message>
        <message>
            <source>SHA-256 {sha256}: the fingerprint printed in the minutes' list of exhibits</source>
            <translation>SHA-256 {sha256} : l'empreinte imprimée dans la liste des pièces du procès-verbal</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import open data or a roster</source>
            <translation>Importer des données ouvertes ou une liste des membres</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export open data</source>
            <translation>Exporter des données ouvertes</translation>
        </message>
        <message>
            <source>&amp;Archive…</source>
            <translation>Arc&amp;hiver…</translation>
        </message>
        <message>
            <source>Write a full archive (zip)</source>
            <translation>Écrire une archive complète (zip)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Restore a backup or archive</source>
            <translation>Restaurer une sauvegarde ou une archive</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Sauve&amp;gardes…</translation>
        </message>
        <message>
            <source>List the automatic backups</source>
            <translation>Voir les sauvegardes automatiques</translation>
        </message>
        <message>
            <source>Write archive</source>
            <translation>Écrire l'archive</translation>
        </message>
        <message>
            <source>Archives (*.zip)</source>
            <translation>Archives (*.zip)</translation>
        </message>
        <message>
            <source>Archiving to {path}…</source>
            <translation>Archivage dans {path}…</translation>
        </message>
        <message>
            <source>Archived to {path}.</source>
            <translation>Archivé dans {path}.</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>Restaurer à partir de</translation>
        </message>
        <message>
            <source>Backups and archives (*.db *.zip);;All files (*)</source>
            <translation>Sauvegardes et archives (*.db *.zip);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsView</name>
        <message>
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>&amp;Attach files…</source>
            <translation>&amp;Joindre des fichiers…</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <source>Add &amp;link…</source>
            <translation>Ajouter un &amp;lien…</translation>
        </message>
        <message>
            <source>Link a document by its web address</source>
            <translation>Lier un document par son adresse Web</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>Ou&amp;vrir</translation>
        </message>
        <message>
            <source>Open selected exhibit</source>
            <translation>Ouvrir la pièce choisie</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Remove selected exhibit</source>
            <translation>Retirer la pièce choisie</translation>
        </message>
        <message>
            <source>No web browser could open {url}.</source>
            <translation>Aucun navigateur Web n'a pu ouvrir {url}.</translation>
        </message>
        <message>
            <source>No program is set up to open {file_name}; a copy is at {path}.</source>
            <translation>Aucun programme n'est configuré pour ouvrir {file_name}; une copie se trouve dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export open data</source>
            <translation>Exporter des données ouvertes</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>Exporter dans le dossier</translation>
        </message>
        <message>
            <source>Only meetings &amp;between</source>
            <translation>Seulement les séances &amp;entre</translation>
        </message>
        <message>
            <source>and</source>
            <translation>et</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>Choose the folder to export into first.</source>
            <translation>Choisissez d'abord le dossier de destination.</translation>
        </message>
        <message>
            <source>Exporting to {folder}…</source>
            <translation>Exportation dans {folder}…</translation>
        </message>
        <message>
            <source>Exported {count_of} to {folder}.</source>
            <translation>{count_of} exporté(s) dans {folder}.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryFields</name>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field} : {value}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Filter history (field, value, user)…</source>
            <translation>Filtrer l'historique (champ, valeur, utilisateur)…</translation>
        </message>
        <message>
            <source>Filter history</source>
            <translation>Filtrer l'historique</translation>
        </message>
        <message>
            <source>This &amp;item only</source>
            <translation>Ce &amp;point seulement</translation>
        </message>
        <message>
            <source>History of the selected agenda item only</source>
            <translation>Historique du point choisi seulement</translation>
        </message>
        <message>
            <source>History: who changed what, when</source>
            <translation>Historique : qui a changé quoi, et quand</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n changement</numerusform>
                <numerusform>%n changements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>added {what} {id}</source>
            <translation>Ajout : {what} {id}</translation>
        </message>
        <message>
            <source>changed {what} {id}</source>
            <translation>Modification : {what} {id}</translation>
        </message>
        <message>
            <source>removed {what} {id}</source>
            <translation>Suppression : {what} {id}</translation>
        </message>
        <message>
            <source>ballots of {what} {id}</source>
            <translation>Votes individuels : {what} {id}</translation>
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
            <source>attendance</source>
            <translation>présence</translation>
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
            <source>agenda item</source>
            <translation>point de l'ordre du jour</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>intervenant</translation>
        </message>
        <message>
            <source>meeting video</source>
            <translation>vidéo de la séance</translation>
        </message>
        <message>
            <source>approved minutes' files</source>
            <translation>fichiers du procès-verbal adopté</translation>
        </message>
        <message>
            <source>chair's phrase</source>
            <translation>formule de la présidence</translation>
        </message>
        <message>
            <source>speaking limit</source>
            <translation>limite de temps de parole</translation>
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
            <source>minutes approval</source>
            <translation>adoption du procès-verbal</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>identifiant externe</translation>
        </message>
        <message>
            <source>roll call</source>
            <translation>vote par appel nominal</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Aperçu</translation>
        </message>
        <message>
            <source>Choose what to import, then Preview: nothing is written until you press Import.</source>
            <translation>Choisissez quoi importer, puis Aperçu : rien n'est écrit avant que vous appuyiez sur Importer.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Changement</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>Ce que l'importation changerait</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>&amp;File or folder:</source>
            <translation>&amp;Fichier ou dossier :</translation>
        </message>
        <message>
            <source>Choose the OCD folder</source>
            <translation>Choisissez le dossier OCD</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Choisissez le fichier à importer</translation>
        </message>
        <message>
            <source>Choose the file or folder to import first.</source>
            <translation>Choisissez d'abord le fichier ou le dossier à importer.</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source> Nothing to import: every record is already here.</source>
            <translation> Rien à importer : tous les enregistrements sont déjà ici.</translation>
        </message>
    </context>
    <context>
        <name>ItemActions</name>
        <message>
            <source>Change {field} of item {number}</source>
            <translation>Changer {field} du point {number}</translation>
        </message>
        <message>
            <source>Create matter {identifier}</source>
            <translation>Créer le dossier {identifier}</translation>
        </message>
        <message>
            <source>Add {name} as primary sponsor of {identifier}</source>
            <translation>Ajouter {name} comme parrain principal de {identifier}</translation>
        </message>
        <message>
            <source>Add {name} as co-sponsor of {identifier}</source>
            <translation>Ajouter {name} comme coparrain de {identifier}</translation>
        </message>
        <message>
            <source>Add {name} as sponsor of {identifier}</source>
            <translation>Ajouter {name} comme parrain de {identifier}</translation>
        </message>
        <message>
            <source>Remove a sponsor of {identifier}</source>
            <translation>Retirer un parrain de {identifier}</translation>
        </message>
        <message>
            <source>Change the primary sponsor of {identifier}</source>
            <translation>Changer le parrain principal de {identifier}</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>Joindre {name}</translation>
        </message>
        <message>
            <source>Link {title}</source>
            <translation>Lier {title}</translation>
        </message>
        <message>
            <source>Remove exhibit {title}</source>
            <translation>Retirer la pièce {title}</translation>
        </message>
        <message>
            <source>Add speaker {name}</source>
            <translation>Ajouter l'intervenant {name}</translation>
        </message>
        <message>
            <source>Edit speaker {name}</source>
            <translation>Modifier l'intervenant {name}</translation>
        </message>
        <message>
            <source>{name} starts speaking</source>
            <translation>{name} prend la parole</translation>
        </message>
        <message>
            <source>Move speaker {name}</source>
            <translation>Déplacer l'intervenant {name}</translation>
        </message>
        <message>
            <source>Delete speaker {name}</source>
            <translation>Supprimer l'intervenant {name}</translation>
        </message>
        <message>
            <source>Make amendment</source>
            <translation>Présenter un amendement</translation>
        </message>
        <message>
            <source>Make motion</source>
            <translation>Présenter la proposition</translation>
        </message>
        <message>
            <source>Mark motion {replace}</source>
            <translation>Marquer la proposition : {replace}</translation>
        </message>
        <message>
            <source>Delete motion</source>
            <translation>Supprimer la proposition</translation>
        </message>
        <message>
            <source>Record unanimous vote</source>
            <translation>Consigner un vote unanime</translation>
        </message>
        <message>
            <source>Record roll call</source>
            <translation>Consigner un vote par appel nominal</translation>
        </message>
        <message>
            <source>Record {method}</source>
            <translation>Consigner : {method}</translation>
        </message>
        <message>
            <source>Delete vote</source>
            <translation>Supprimer le vote</translation>
        </message>
        <message>
            <source>Time limit for {kind}</source>
            <translation>Limite de temps pour {kind}</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailsView</name>
        <message>
            <source>Item title</source>
            <translation>Titre du point</translation>
        </message>
        <message>
            <source>Item kind</source>
            <translation>Type de point</translation>
        </message>
        <message>
            <source>On the consent agenda</source>
            <translation>À l'ordre du jour de consentement</translation>
        </message>
        <message>
            <source>Consent agenda</source>
            <translation>Ordre du jour de consentement</translation>
        </message>
        <message>
            <source>Item text</source>
            <translation>Texte du point</translation>
        </message>
        <message>
            <source>Text of the item as it appears on the agenda</source>
            <translation>Texte du point tel qu'il figure à l'ordre du jour</translation>
        </message>
        <message>
            <source>Discussion summary</source>
            <translation>Résumé des délibérations</translation>
        </message>
        <message>
            <source>Summary of the discussion, for the minutes (Ctrl+Enter saves)</source>
            <translation>Résumé des délibérations, pour le procès-verbal (Ctrl+Entrée enregistre)</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Suite donnée</translation>
        </message>
        <message>
            <source>e.g. Adopted unanimously</source>
            <translation>p. ex. Adoptée à l'unanimité</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>Item te&amp;xt</source>
            <translation>Te&amp;xte du point</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>&amp;Délibérations</translation>
        </message>
        <message>
            <source>Action ta&amp;ken</source>
            <translation>Suite do&amp;nnée</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>Agenda item</source>
            <translation>Point de l'ordre du jour</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read only.&lt;/b&gt; {why}</source>
            <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; {why}</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>Item sections</source>
            <translation>Sections du point</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Matter &amp;&amp; sponsors</source>
            <translation>Dossier &amp;&amp; parrains</translation>
        </message>
        <message>
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Intervenants</translation>
        </message>
        <message>
            <source>Motions &amp;&amp; votes</source>
            <translation>Propositions &amp;&amp; votes</translation>
        </message>
        <message>
            <source>No agenda item chosen</source>
            <translation>Aucun point choisi</translation>
        </message>
        <message>
            <source> · consent agenda</source>
            <translation> · ordre du jour de consentement</translation>
        </message>
        <message>
            <source>Exhibits ({exhibits})</source>
            <translation>Pièces ({exhibits})</translation>
        </message>
        <message>
            <source>Speakers ({speakers})</source>
            <translation>Intervenants ({speakers})</translation>
        </message>
        <message>
            <source>Motions &amp;&amp; votes ({motions})</source>
            <translation>Propositions &amp;&amp; votes ({motions})</translation>
        </message>
    </context>
    <context>
        <name>KindDelegate</name>
        <message>
            <source>Item kind</source>
            <translation>Type de point</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>&amp;Langue de l'interface</translation>
        </message>
        <message>
            <source>The window will be in {language} the next time CouncilDesk starts.</source>
            <translation>La fenêtre sera en {language} au prochain démarrage de CouncilDesk.</translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <source>Letterhead</source>
            <translation>En-tête</translation>
        </message>
        <message>
            <source>The body's own municipality</source>
            <translation>La municipalité de l'instance</translation>
        </message>
        <message>
            <source>&amp;Municipality line:</source>
            <translation>Ligne de la &amp;municipalité :</translation>
        </message>
        <message>
            <source>No seal</source>
            <translation>Aucun sceau</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>&amp;Seal or logo image:</source>
            <translation>Image du &amp;sceau ou du logo :</translation>
        </message>
        <message>
            <source>Clerk's &amp;title:</source>
            <translation>&amp;Titre du greffier :</translation>
        </message>
        <message>
            <source>Seal or logo image</source>
            <translation>Image du sceau ou du logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{logo} is not a PNG or JPEG image that can be read; choose another file.</source>
            <translation>{logo} n'est pas une image PNG ou JPEG lisible; choisissez un autre fichier.</translation>
        </message>
    </context>
    <context>
        <name>LiveRefresh</name>
        <message>
            <source>Lost the live connection to the server; trying again (F5 reloads meanwhile).</source>
            <translation>La connexion en direct au serveur est perdue; nouvel essai en cours (F5 recharge en attendant).</translation>
        </message>
        <message>
            <source>Live connection to the server restored.</source>
            <translation>La connexion en direct au serveur est rétablie.</translation>
        </message>
        <message>
            <source>Another desk</source>
            <translation>Un autre poste</translation>
        </message>
        <message>
            <source>{who} changed these records; the changes show when you leave this field.</source>
            <translation>{who} a modifié ces dossiers; les changements s'afficheront quand vous quitterez ce champ.</translation>
        </message>
        <message>
            <source>Also in this meeting: {names}</source>
            <translation>Aussi dans cette séance : {names}</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Séance</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Ordre du jour</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <source>Create an empty database</source>
            <translation>Créer une base de données vide</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Ouvrir une autre base de données</translation>
        </message>
        <message>
            <source>Open read on&amp;ly…</source>
            <translation>Ouvrir en &amp;lecture seule…</translation>
        </message>
        <message>
            <source>Open a database to read and print only</source>
            <translation>Ouvrir une base de données pour lire et imprimer seulement</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>&amp;Sauvegarder…</translation>
        </message>
        <message>
            <source>Copy the database to a safe place</source>
            <translation>Copier la base de données en lieu sûr</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Close CouncilDesk</source>
            <translation>Fermer CouncilDesk</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Personnes…</translation>
        </message>
        <message>
            <source>Add and edit people</source>
            <translation>Ajouter et modifier des personnes</translation>
        </message>
        <message>
            <source>&amp;Bodies, seats and terms…</source>
            <translation>&amp;Instances, sièges et mandats…</translation>
        </message>
        <message>
            <source>Council, committees, seats and members</source>
            <translation>Conseil, comités, sièges et membres</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nouvelle séance…</translation>
        </message>
        <message>
            <source>Schedule a new meeting</source>
            <translation>Planifier une nouvelle séance</translation>
        </message>
        <message>
            <source>&amp;Delete meeting…</source>
            <translation>&amp;Supprimer la séance…</translation>
        </message>
        <message>
            <source>Delete the selected meeting</source>
            <translation>Supprimer la séance choisie</translation>
        </message>
        <message>
            <source>Save agenda as the body's te&amp;mplate</source>
            <translation>Enregistrer l'ordre du jour comme &amp;modèle de l'instance</translation>
        </message>
        <message>
            <source>New meetings of this body can start from this agenda's sections</source>
            <translation>Les nouvelles séances de cette instance peuvent partir des sections de cet ordre du jour</translation>
        </message>
        <message>
            <source>&amp;Find meeting</source>
            <translation>&amp;Trouver une séance</translation>
        </message>
        <message>
            <source>Filter the navigator</source>
            <translation>Filtrer le navigateur</translation>
        </message>
        <message>
            <source>&amp;Navigator</source>
            <translation>&amp;Navigateur</translation>
        </message>
        <message>
            <source>Go to the navigator</source>
            <translation>Aller au navigateur</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>&amp;Présences</translation>
        </message>
        <message>
            <source>Go to the roll</source>
            <translation>Aller à la liste des présences</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>Ordre du &amp;jour</translation>
        </message>
        <message>
            <source>Go to the agenda</source>
            <translation>Aller à l'ordre du jour</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Actualise&amp;r</translation>
        </message>
        <message>
            <source>Reload from the database</source>
            <translation>Recharger depuis la base de données</translation>
        </message>
        <message>
            <source>Show navigator</source>
            <translation>Afficher le navigateur</translation>
        </message>
        <message>
            <source>CouncilDesk &amp;help</source>
            <translation>&amp;Aide de CouncilDesk</translation>
        </message>
        <message>
            <source>A short guide</source>
            <translation>Un petit guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>Every keyboard shortcut</source>
            <translation>Tous les raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About CouncilDesk</source>
            <translation>À &amp;propos de CouncilDesk</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Meeting workspace</source>
            <translation>Espace de travail de la séance</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Read only: the database role {role} may only read these records.</source>
            <translation>Lecture seule : le rôle de base de données {role} ne peut que lire ces enregistrements.</translation>
        </message>
        <message>
            <source>Signed in as {who}.</source>
            <translation>Connecté en tant que {who}.</translation>
        </message>
        <message>
            <source>{text} (read only)</source>
            <translation>{text} (lecture seule)</translation>
        </message>
        <message>
            <source>Filter meetings (title, place, body)…</source>
            <translation>Filtrer les séances (titre, lieu, instance)…</translation>
        </message>
        <message>
            <source>Filter meetings</source>
            <translation>Filtrer les séances</translation>
        </message>
        <message>
            <source>Navigator: bodies, years and meetings</source>
            <translation>Navigateur : instances, années et séances</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>CouncilDesk — {database_name}</source>
            <translation>CouncilDesk — {database_name}</translation>
        </message>
        <message>
            <source>{body_name}, {short_date} — CouncilDesk</source>
            <translation>{body_name}, {short_date} — CouncilDesk</translation>
        </message>
        <message>
            <source>Reloaded from the database.</source>
            <translation>Rechargé depuis la base de données.</translation>
        </message>
        <message>
            <source>Create a body first (Edit ▸ Bodies, seats and terms…), then its meetings.</source>
            <translation>Créez d'abord une instance (Édition ▸ Instances, sièges et mandats…), puis ses séances.</translation>
        </message>
        <message>
            <source>New meeting on {short_date}</source>
            <translation>Nouvelle séance le {short_date}</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
        <message>
            <source>New {body_name} meetings can start from these {count}.</source>
            <translation>Les nouvelles séances de {body_name} peuvent partir de ces {count}.</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Supprimer la séance</translation>
        </message>
        <message>
            <source>Delete the {body_name} meeting of {long_date} with everything recorded in it? This cannot be undone.</source>
            <translation>Supprimer la séance de {body_name} du {long_date} avec tout ce qui y est consigné? Impossible d'annuler.</translation>
        </message>
        <message>
            <source>Deleted the meeting of {long_date}.</source>
            <translation>Séance du {long_date} supprimée.</translation>
        </message>
        <message>
            <source>About CouncilDesk</source>
            <translation>À propos de CouncilDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CouncilDesk {version}&lt;/h3&gt;&lt;p&gt;Record council meetings as they happen — attendance, agenda, sponsors, speakers, motions and votes — and publish official minutes. Works fully offline.&lt;/p&gt;&lt;p&gt;Database: {url}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CouncilDesk {version}&lt;/h3&gt;&lt;p&gt;Consignez les séances du conseil au fil de leur déroulement — présences, ordre du jour, parrains, intervenants, propositions et votes — et publiez les procès-verbaux officiels. Fonctionne entièrement hors ligne.&lt;/p&gt;&lt;p&gt;Base de données : {url}&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MatterHistoryDialog</name>
        <message>
            <source>History of {identifier}</source>
            <translation>Historique de {identifier}</translation>
        </message>
    </context>
    <context>
        <name>MeetingHeaderDialog</name>
        <message>
            <source>Meeting details</source>
            <translation>Détails de la séance</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Presiding officer</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Greffier</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Points of order, notices, announcements for the minutes</source>
            <translation>Rappels au règlement, avis et annonces pour le procès-verbal</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>P&amp;residing:</source>
            <translation>P&amp;résidence :</translation>
        </message>
        <message>
            <source>&amp;Clerk:</source>
            <translation>&amp;Greffier :</translation>
        </message>
        <message>
            <source>&amp;Notices:</source>
            <translation>&amp;Avis :</translation>
        </message>
    </context>
    <context>
        <name>MeetingTimesDialog</name>
        <message>
            <source>Times of the meeting of {long_date}</source>
            <translation>Heures de la séance du {long_date}</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Time: {what}</source>
            <translation>Heure : {what}</translation>
        </message>
        <message>
            <source>Time warnings</source>
            <translation>Avertissements sur les heures</translation>
        </message>
        <message>
            <source>Times on {long_date}; a time after midnight is the next day.</source>
            <translation>Heures du {long_date}; une heure après minuit est celle du lendemain.</translation>
        </message>
        <message numerus="yes">
            <source>Correct %n time(s)</source>
            <translation>
                <numerusform>Corriger %n heure</numerusform>
                <numerusform>Corriger %n heures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Détails…</translation>
        </message>
        <message>
            <source>&amp;Call to order</source>
            <translation>&amp;Ouverture de la séance</translation>
        </message>
        <message>
            <source>Ad&amp;journ</source>
            <translation>&amp;Levée de la séance</translation>
        </message>
        <message>
            <source>&amp;Times…</source>
            <translation>&amp;Heures…</translation>
        </message>
        <message>
            <source>Mark all &amp;present</source>
            <translation>Tous &amp;présents</translation>
        </message>
        <message>
            <source>Read-only notice</source>
            <translation>Avis de lecture seule</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Meeting details</source>
            <translation>Détails de la séance</translation>
        </message>
        <message>
            <source>Meeting times</source>
            <translation>Heures de la séance</translation>
        </message>
        <message>
            <source>Time warnings</source>
            <translation>Avertissements sur les heures</translation>
        </message>
        <message>
            <source>Edit the meeting's details</source>
            <translation>Modifier les détails de la séance</translation>
        </message>
        <message>
            <source>Stamp the time the meeting began</source>
            <translation>Noter l'heure d'ouverture de la séance</translation>
        </message>
        <message>
            <source>Stamp the time the meeting ended</source>
            <translation>Noter l'heure de la levée de la séance</translation>
        </message>
        <message>
            <source>Type or correct every time of the record</source>
            <translation>Taper ou corriger toutes les heures consignées</translation>
        </message>
        <message>
            <source>Mark every unrecorded member present</source>
            <translation>Marquer présents tous les membres non consignés</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Détails…</translation>
        </message>
        <message>
            <source>Call to order</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <source>Adjourn</source>
            <translation>Lever la séance</translation>
        </message>
        <message>
            <source>Times…</source>
            <translation>Heures…</translation>
        </message>
        <message>
            <source>No meeting selected.

Choose one in the navigator on the left, or create one with Meeting ▸ New meeting… (Ctrl+Shift+N).</source>
            <translation>Aucune séance choisie.

Choisissez-en une dans le navigateur à gauche, ou créez-en une avec Séance ▸ Nouvelle séance… (Ctrl+Maj+N).</translation>
        </message>
        <message>
            <source>No meeting selected</source>
            <translation>Aucune séance choisie</translation>
        </message>
        <message>
            <source>Opened read only — you can read, search and print; nothing can be changed.</source>
            <translation>Ouverte en lecture seule — vous pouvez lire, chercher et imprimer; rien ne peut être changé.</translation>
        </message>
        <message>
            <source>{body_name} — {kind} meeting</source>
            <translation>{body_name} — séance {kind}</translation>
        </message>
        <message>
            <source>place not recorded</source>
            <translation>lieu non consigné</translation>
        </message>
        <message>
            <source>Presiding: {value}</source>
            <translation>Présidence : {value}</translation>
        </message>
        <message>
            <source>Clerk: {value}</source>
            <translation>Greffier : {value}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>État : {status}</translation>
        </message>
        <message>
            <source>called to order {time}</source>
            <translation>ouverte à {time}</translation>
        </message>
        <message>
            <source>adjourned {time}</source>
            <translation>levée à {time}</translation>
        </message>
        <message>
            <source>Notices: {notices}</source>
            <translation>Avis : {notices}</translation>
        </message>
        <message>
            <source>
… and {value} more (Meeting ▸ Times…)</source>
            <translation>
… et {value} de plus (Séance ▸ Heures…)</translation>
        </message>
        <message>
            <source>The minutes of this meeting are approved, so it is read only; record corrections in the Minutes tab. ({locked_banner_text})</source>
            <translation>Le procès-verbal de cette séance est adopté; elle est donc en lecture seule. Consignez les corrections dans l'onglet Procès-verbal. ({locked_banner_text})</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>Modifier les détails de la séance</translation>
        </message>
        <message>
            <source>Adjourn the {body_name} meeting now?</source>
            <translation>Lever maintenant la séance de {body_name}?</translation>
        </message>
        <message>
            <source>The time can be corrected in Meeting ▸ Times…; Undo takes it back.</source>
            <translation>L'heure peut être corrigée dans Séance ▸ Heures…; Annuler la retire.</translation>
        </message>
        <message>
            <source>&amp;Yes, adjourn</source>
            <translation>&amp;Oui, lever la séance</translation>
        </message>
    </context>
    <context>
        <name>MinutesView</name>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Adopter…</translation>
        </message>
        <message>
            <source>Minutes preview</source>
            <translation>Aperçu du procès-verbal</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>État du procès-verbal</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <source>Paper size for preview, export and printing</source>
            <translation>Format du papier pour l'aperçu, l'exportation et l'impression</translation>
        </message>
        <message>
            <source>&amp;Refresh preview</source>
            <translation>Actualiser l'&amp;aperçu</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>E&amp;xporter en PDF…</translation>
        </message>
        <message>
            <source>Export as &amp;HTML…</source>
            <translation>Exporter en &amp;HTML…</translation>
        </message>
        <message>
            <source>Export a&amp;genda PDF…</source>
            <translation>Exporter l'ordre du &amp;jour en PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Sign and export…</source>
            <translation>&amp;Signer et exporter…</translation>
        </message>
        <message>
            <source>Approved minutes as a PDF signed with your key file (.p12)</source>
            <translation>Le procès-verbal adopté en PDF signé avec votre fichier de clé (.p12)</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>Record &amp;correction…</source>
            <translation>Consigner une &amp;correction…</translation>
        </message>
        <message>
            <source>&amp;Letterhead…</source>
            <translation>&amp;En-tête…</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>Choose a meeting to see its minutes.</source>
            <translation>Choisissez une séance pour voir son procès-verbal.</translation>
        </message>
        <message>
            <source>{approval_sentence} Locked. Fingerprint (SHA-256): {sha256}</source>
            <translation>{approval_sentence} Verrouillé. Empreinte (SHA-256) : {sha256}</translation>
        </message>
        <message>
            <source>DRAFT — not ready to sign. </source>
            <translation>PROJET — pas prêt à signer. </translation>
        </message>
        <message>
            <source>DRAFT — these minutes are not yet approved and may still change.</source>
            <translation>PROJET — ce procès-verbal n'est pas encore adopté et peut encore changer.</translation>
        </message>
        <message>
            <source>Export minutes as PDF</source>
            <translation>Exporter le procès-verbal en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export minutes as HTML</source>
            <translation>Exporter le procès-verbal en HTML</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>Pages Web (*.html)</translation>
        </message>
        <message>
            <source>Export agenda as PDF</source>
            <translation>Exporter l'ordre du jour en PDF</translation>
        </message>
        <message>
            <source>Export signed minutes as PDF</source>
            <translation>Exporter le procès-verbal signé en PDF</translation>
        </message>
        <message>
            <source>Signing the minutes of {scheduled_start}…</source>
            <translation>Signature du procès-verbal du {scheduled_start}…</translation>
        </message>
        <message>
            <source>Wrote {path}, signed by {who}; `councildesk verify-pdf` or a PDF reader checks it.</source>
            <translation>{path} écrit, signé par {who}; `councildesk verify-pdf` ou un lecteur PDF le vérifie.</translation>
        </message>
        <message>
            <source>Writing the agenda of {scheduled_start}…</source>
            <translation>Écriture de l'ordre du jour du {scheduled_start}…</translation>
        </message>
        <message>
            <source>Writing the web edition of the minutes of {scheduled_start}…</source>
            <translation>Écriture de l'édition Web du procès-verbal du {scheduled_start}…</translation>
        </message>
        <message>
            <source>Writing the minutes of {scheduled_start}…</source>
            <translation>Écriture du procès-verbal du {scheduled_start}…</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} écrit.</translation>
        </message>
        <message>
            <source>Print minutes</source>
            <translation>Imprimer le procès-verbal</translation>
        </message>
        <message>
            <source>Printing the minutes…</source>
            <translation>Impression du procès-verbal…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The printer could not be started; check that it is connected and try again.</source>
            <translation>L'imprimante n'a pas pu démarrer; vérifiez qu'elle est branchée et réessayez.</translation>
        </message>
        <message>
            <source> at {time}</source>
            <translation> à {time}</translation>
        </message>
        <message>
            <source>Item {number} {title}: {method} </source>
            <translation>Point {number} {title} : {method} </translation>
        </message>
        <message>
            <source>
Changed: </source>
            <translation>
Changé : </translation>
        </message>
        <message>
            <source>Correction recorded; it is listed in the minutes. The approved fingerprint is unchanged.</source>
            <translation>Correction consignée; elle figure au procès-verbal. L'empreinte adoptée est inchangée.</translation>
        </message>
    </context>
    <context>
        <name>MinutesVolumeDialog</name>
        <message>
            <source>Minutes for a year</source>
            <translation>Procès-verbaux d'une année</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Enregistrer le PDF…</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Instance :</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message numerus="yes">
            <source>{year} (%n meeting(s))</source>
            <translation>
                <numerusform>{year} (%n séance)</numerusform>
                <numerusform>{year} (%n séances)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MotionTreeModel</name>
        <message>
            <source>unanimous</source>
            <translation>à l'unanimité</translation>
        </message>
        <message>
            <source>no second</source>
            <translation>non appuyée</translation>
        </message>
    </context>
    <context>
        <name>MotionsView</name>
        <message>
            <source>Motion kind</source>
            <translation>Type de proposition</translation>
        </message>
        <message>
            <source>To adopt the resolution … (Enter makes the motion)</source>
            <translation>Que la résolution … soit adoptée (Entrée présente la proposition)</translation>
        </message>
        <message>
            <source>Motion text</source>
            <translation>Texte de la proposition</translation>
        </message>
        <message>
            <source>Mover</source>
            <translation>Proposeur</translation>
        </message>
        <message>
            <source>Seconder</source>
            <translation>Appuyeur</translation>
        </message>
        <message>
            <source>&amp;Make motion</source>
            <translation>&amp;Présenter la proposition</translation>
        </message>
        <message>
            <source>Make motion</source>
            <translation>Présenter la proposition</translation>
        </message>
        <message>
            <source>Amend &amp;selected</source>
            <translation>&amp;Amender la proposition choisie</translation>
        </message>
        <message>
            <source>Make an amendment to the selected motion</source>
            <translation>Présenter un amendement à la proposition choisie</translation>
        </message>
        <message>
            <source>New motion</source>
            <translation>Nouvelle proposition</translation>
        </message>
        <message>
            <source>Moved b&amp;y</source>
            <translation>Proposée p&amp;ar</translation>
        </message>
        <message>
            <source>Seconded &amp;by</source>
            <translation>Appuyée &amp;par</translation>
        </message>
        <message>
            <source>Motions</source>
            <translation>Propositions</translation>
        </message>
        <message>
            <source>&amp;Unanimous</source>
            <translation>À l'&amp;unanimité</translation>
        </message>
        <message>
            <source>Record a unanimous vote (Ctrl+U)</source>
            <translation>Consigner un vote unanime (Ctrl+U)</translation>
        </message>
        <message>
            <source>Record unanimous vote</source>
            <translation>Consigner un vote unanime</translation>
        </message>
        <message>
            <source>&amp;Roll call…</source>
            <translation>Appel &amp;nominal…</translation>
        </message>
        <message>
            <source>Record a roll call, one key per member (Ctrl+R)</source>
            <translation>Consigner un vote par appel nominal, une touche par membre (Ctrl+R)</translation>
        </message>
        <message>
            <source>Record roll call</source>
            <translation>Consigner un vote par appel nominal</translation>
        </message>
        <message>
            <source>&amp;Voice vote…</source>
            <translation>Vote de &amp;vive voix…</translation>
        </message>
        <message>
            <source>Record a voice vote (Ctrl+Shift+V)</source>
            <translation>Consigner un vote de vive voix (Ctrl+Maj+V)</translation>
        </message>
        <message>
            <source>Record voice vote</source>
            <translation>Consigner un vote de vive voix</translation>
        </message>
        <message>
            <source>Motion disposition</source>
            <translation>Décision sur la proposition</translation>
        </message>
        <message>
            <source>Delete vot&amp;e</source>
            <translation>Supprimer le vot&amp;e</translation>
        </message>
        <message>
            <source>Delete the selected motion's vote</source>
            <translation>Supprimer le vote de la proposition choisie</translation>
        </message>
        <message>
            <source>&amp;Delete motion</source>
            <translation>&amp;Supprimer la proposition</translation>
        </message>
        <message>
            <source>Delete selected motion with its amendments and votes</source>
            <translation>Supprimer la proposition choisie avec ses amendements et ses votes</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Recorded votes</source>
            <translation>Votes consignés</translation>
        </message>
        <message>
            <source>{role}: type part of a present voting member's name</source>
            <translation>{role} : tapez une partie du nom d'un membre présent ayant droit de vote</translation>
        </message>
        <message>
            <source>&lt;i&gt;Select a motion to see its vote.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Choisissez une proposition pour voir son vote.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{text}&lt;/b&gt;&lt;br&gt;&lt;i&gt;No vote recorded yet: Ctrl+U unanimous, Ctrl+R roll call, Ctrl+Shift+V voice vote.&lt;/i&gt;</source>
            <translation>&lt;b&gt;{text}&lt;/b&gt;&lt;br&gt;&lt;i&gt;Aucun vote consigné : Ctrl+U unanime, Ctrl+R appel nominal, Ctrl+Maj+V vive voix.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>{text} is not a voting member recorded as present and cannot be the {role}.</source>
            <translation>{text} n'est pas un membre votant consigné comme présent et ne peut pas être le {role}.</translation>
        </message>
        <message>
            <source>Select the motion this amendment amends.</source>
            <translation>Choisissez la proposition que cet amendement modifie.</translation>
        </message>
        <message>
            <source>Select the motion to vote on.</source>
            <translation>Choisissez la proposition mise aux voix.</translation>
        </message>
        <message>
            <source>{join} taking part remotely: every vote is by roll call, so the roll call is open.</source>
            <translation>{join} participe(nt) à distance : tout vote se fait par appel nominal, l'appel nominal est donc ouvert.</translation>
        </message>
        <message>
            <source>This motion already has a recorded vote; delete that vote first to record it again.</source>
            <translation>Cette proposition a déjà un vote consigné; supprimez-le d'abord pour le consigner de nouveau.</translation>
        </message>
        <message>
            <source>The selected motion has no recorded vote.</source>
            <translation>La proposition choisie n'a aucun vote consigné.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>minutes approved</source>
            <translation>procès-verbal adopté</translation>
        </message>
        <message>
            <source>minutes draft</source>
            <translation>projet de procès-verbal</translation>
        </message>
        <message>
            <source> at {location}</source>
            <translation> à {location}</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Séances</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Title (optional)</source>
            <translation>Titre (facultatif)</translation>
        </message>
        <message>
            <source>optional, e.g. Budget hearing</source>
            <translation>facultatif, p. ex. Audience sur le budget</translation>
        </message>
        <message>
            <source>Presiding officer</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Recording clerk</source>
            <translation>Greffier à la rédaction</translation>
        </message>
        <message>
            <source>Start from the body's &amp;usual agenda</source>
            <translation>Partir de l'ordre du jour &amp;habituel de l'instance</translation>
        </message>
        <message>
            <source>Start from template</source>
            <translation>Partir du modèle</translation>
        </message>
        <message>
            <source>Create meeting</source>
            <translation>Créer la séance</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Instance :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;ype :</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>P&amp;residing:</source>
            <translation>P&amp;résidence :</translation>
        </message>
        <message>
            <source>&amp;Clerk:</source>
            <translation>&amp;Greffier :</translation>
        </message>
        <message>
            <source>This body has no saved agenda yet (Meeting ▸ Save agenda as the body's template).</source>
            <translation>Cette instance n'a pas encore d'ordre du jour enregistré (Séance ▸ Enregistrer l'ordre du jour comme modèle de l'instance).</translation>
        </message>
    </context>
    <context>
        <name>PathField</name>
        <message>
            <source>Path</source>
            <translation>Chemin</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Find by name, title or affiliation…</source>
            <translation>Chercher par nom, titre ou affiliation…</translation>
        </message>
        <message>
            <source>Find people</source>
            <translation>Chercher des personnes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Affiliation</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Résidence</translation>
        </message>
        <message>
            <source>&lt;b&gt;New person&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nouvelle personne&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field} :</translation>
        </message>
        <message>
            <source>e.g. Leeds</source>
            <translation>p. ex. Leeds</translation>
        </message>
        <message>
            <source>e.g. ACLU of Massachusetts</source>
            <translation>p. ex. ACLU du Massachusetts</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Nouvelle personne</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Ajouter {name}</translation>
        </message>
        <message>
            <source>Edit {display_name}</source>
            <translation>Modifier {display_name}</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publish website</source>
            <translation>Publier le site Web</translation>
        </message>
        <message>
            <source>Folder to publish into</source>
            <translation>Dossier de publication</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Every body</source>
            <translation>Toutes les instances</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>First meeting date</source>
            <translation>Date de la première séance</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>Last meeting date</source>
            <translation>Date de la dernière séance</translation>
        </message>
        <message>
            <source>Include &amp;draft minutes (each marked DRAFT)</source>
            <translation>Inclure les &amp;projets de procès-verbal (chacun marqué PROJET)</translation>
        </message>
        <message>
            <source>Language of the website's own words</source>
            <translation>Langue des textes propres au site Web</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;Publier</translation>
        </message>
        <message>
            <source>F&amp;older:</source>
            <translation>D&amp;ossier :</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Instance :</translation>
        </message>
        <message>
            <source>Website &amp;language:</source>
            <translation>&amp;Langue du site Web :</translation>
        </message>
        <message>
            <source>Choose the folder for the website</source>
            <translation>Choisissez le dossier du site Web</translation>
        </message>
        <message>
            <source>Choose the folder to publish the website into.</source>
            <translation>Choisissez le dossier où publier le site Web.</translation>
        </message>
        <message>
            <source>{folder} already holds files CouncilDesk did not write. Publish the website beside them? They are kept; only the site's own files are ever replaced or removed.</source>
            <translation>{folder} contient déjà des fichiers que CouncilDesk n'a pas écrits. Publier le site Web à côté? Ils sont conservés; seuls les fichiers du site sont remplacés ou supprimés.</translation>
        </message>
        <message>
            <source>Publishing the website into {folder}…</source>
            <translation>Publication du site Web dans {folder}…</translation>
        </message>
        <message>
            <source>Published {pages} pages into {folder} ({changed} files written, {removed} removed).</source>
            <translation>{pages} pages publiées dans {folder} ({changed} fichiers écrits, {removed} supprimés).</translation>
        </message>
        <message>
            <source>Publish &amp;website…</source>
            <translation>Publier le site &amp;Web…</translation>
        </message>
        <message>
            <source>Write the public website of meetings, votes and members into a folder</source>
            <translation>Écrire dans un dossier le site Web public des séances, des votes et des membres</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>{item_title}
{motion_text}
{body_name}, meeting {meeting_id} — Enter opens it</source>
            <translation>{item_title}
{motion_text}
{body_name}, séance {meeting_id} — Entrée l'ouvre</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <source>&amp;Member record</source>
            <translation>&amp;Dossier du membre</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Chercher</translation>
        </message>
        <message>
            <source>&amp;Who votes with whom</source>
            <translation>&amp;Qui vote avec qui</translation>
        </message>
        <message>
            <source>Type a member's name…</source>
            <translation>Tapez le nom d'un membre…</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>All bodies</source>
            <translation>Toutes les instances</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Instance</translation>
        </message>
        <message>
            <source>Any vote</source>
            <translation>Tout vote</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>Tout résultat</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Any matter</source>
            <translation>Tout dossier</translation>
        </message>
        <message>
            <source>Matter kind</source>
            <translation>Type de dossier</translation>
        </message>
        <message>
            <source>Any sponsor</source>
            <translation>Tout parrain</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Parrain</translation>
        </message>
        <message>
            <source>Words in the item, motion or matter</source>
            <translation>Mots du point, de la proposition ou du dossier</translation>
        </message>
        <message>
            <source>Text filter</source>
            <translation>Filtre de texte</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Dates :</translation>
        </message>
        <message>
            <source>Filters:</source>
            <translation>Filtres :</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texte :</translation>
        </message>
        <message>
            <source>Matter &amp;history…</source>
            <translation>&amp;Historique du dossier…</translation>
        </message>
        <message>
            <source>The selected matter's path across meetings, with every vote on it</source>
            <translation>Le parcours du dossier choisi d'une séance à l'autre, avec chaque vote</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Votes</translation>
        </message>
        <message>
            <source>Choose a member to see every vote they cast.</source>
            <translation>Choisissez un membre pour voir tous ses votes.</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Export CS&amp;V…</source>
            <translation>Exporter en CS&amp;V…</translation>
        </message>
        <message>
            <source>Search items, matters, motions, speakers — "a phrase", prefix*</source>
            <translation>Chercher points, dossiers, propositions, intervenants — "une phrase", préfixe*</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Chercher</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>A&amp;fficher</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>F&amp;rom:</source>
            <translation>D&amp;u :</translation>
        </message>
        <message>
            <source>Share of split votes (at least one yes and one no) on which both members voted yes or no and voted alike. Arrow keys move between pairs.</source>
            <translation>Part des votes partagés (au moins un pour et un contre) où les deux membres ont voté pour ou contre et de la même façon. Les flèches passent d'une paire à l'autre.</translation>
        </message>
        <message>
            <source>Sponsored by {name}</source>
            <translation>Parrainé par {name}</translation>
        </message>
        <message>
            <source> (filtered)</source>
            <translation> (filtré)</translation>
        </message>
        <message>
            <source>&lt;p style='color:gray'&gt;Counting…&lt;/p&gt;</source>
            <translation>&lt;p style='color:gray'&gt;Décompte…&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{ballots}&lt;/b&gt; ballots ({value})&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{ballots}&lt;/b&gt; votes ({value})&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;With the majority:&lt;/b&gt; {with_majority} of {decided} ({percent})&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Avec la majorité :&lt;/b&gt; {with_majority} sur {decided} ({percent})&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Attendance:&lt;/b&gt; {meetings_present} of {meetings_seated} meetings ({percent})&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Présences :&lt;/b&gt; {meetings_present} séances sur {meetings_seated} ({percent})&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Dissents:&lt;/b&gt; {count}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Dissidences :&lt;/b&gt; {count}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Recusals:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Récusations :&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Attendance by year&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing='4'&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Présences par année&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing='4'&gt;</translation>
        </message>
        <message>
            <source>&lt;tr&gt;&lt;th align='left'&gt;Year&lt;/th&gt;&lt;th&gt;Present&lt;/th&gt;&lt;th&gt;Absent&lt;/th&gt;&lt;th&gt;Excused&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th align='left'&gt;Année&lt;/th&gt;&lt;th&gt;Présent&lt;/th&gt;&lt;th&gt;Absent&lt;/th&gt;&lt;th&gt;Excusé&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='color:gray'&gt;Voice votes record no names and count neither way; ties and abstentions count neither with nor against the majority.&lt;/p&gt;</source>
            <translation>&lt;p style='color:gray'&gt;Les votes de vive voix ne consignent aucun nom et ne comptent dans aucun sens; les égalités et les abstentions ne comptent ni avec ni contre la majorité.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>“{item_title}” is not tied to a matter, so it has no history across meetings.</source>
            <translation>« {item_title} » n'est lié à aucun dossier; il n'a donc pas d'historique d'une séance à l'autre.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} has not been on any meeting's agenda yet.</source>
            <translation>{title} n'a encore figuré à l'ordre du jour d'aucune séance.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>Tableaux CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export voting record</source>
            <translation>Exporter le relevé des votes</translation>
        </message>
        <message>
            <source>{person_name} voting record.{kind}</source>
            <translation>relevé des votes de {person_name}.{kind}</translation>
        </message>
        <message>
            <source>Export search results</source>
            <translation>Exporter les résultats de la recherche</translation>
        </message>
        <message>
            <source>search results.csv</source>
            <translation>résultats de la recherche.csv</translation>
        </message>
        <message>
            <source>Export who votes with whom</source>
            <translation>Exporter qui vote avec qui</translation>
        </message>
        <message>
            <source>who votes with whom.{kind}</source>
            <translation>qui vote avec qui.{kind}</translation>
        </message>
    </context>
    <context>
        <name>RollCallView</name>
        <message>
            <source>&lt;b&gt;Roll call on:&lt;/b&gt; {esc}</source>
            <translation>&lt;b&gt;Appel nominal sur :&lt;/b&gt; {esc}</translation>
        </message>
        <message>
            <source>Roll call ballots</source>
            <translation>Votes de l'appel nominal</translation>
        </message>
        <message>
            <source>Live tally</source>
            <translation>Décompte en direct</translation>
        </message>
        <message>
            <source>Result warning</source>
            <translation>Avertissement sur le résultat</translation>
        </message>
        <message>
            <source>{name} is recorded as away and cannot vote; change attendance first.</source>
            <translation>{name} est consigné comme absent et ne peut pas voter; changez d'abord les présences.</translation>
        </message>
        <message>
            <source>Recusal</source>
            <translation>Récusation</translation>
        </message>
        <message>
            <source>Why is {name} recused? (the minutes give the reason)</source>
            <translation>Pourquoi {name} se récuse-t-il? (le procès-verbal en donne le motif)</translation>
        </message>
        <message>
            <source>Recusal reason</source>
            <translation>Motif de la récusation</translation>
        </message>
        <message>
            <source>Give the reason {name} is recused.</source>
            <translation>Indiquez le motif de la récusation de {name}.</translation>
        </message>
        <message>
            <source> — {count} still to answer</source>
            <translation> — {count} n'ont pas encore répondu</translation>
        </message>
        <message>
            <source>&lt;b&gt;{esc}&lt;/b&gt; under {esc2}: &lt;b style='color:{colour}'&gt;{value}&lt;/b&gt;{esc3}</source>
            <translation>&lt;b&gt;{esc}&lt;/b&gt; selon {esc2} : &lt;b style='color:{colour}'&gt;{value}&lt;/b&gt;{esc3}</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Roster of {name}</source>
            <translation>Liste des membres de {name}</translation>
        </message>
        <message>
            <source>from {long_date}</source>
            <translation>à partir du {long_date}</translation>
        </message>
        <message>
            <source>Paste rows from a spreadsheet (Ctrl+V) or type them: person, seat, role, start, end. Blank dates take the current term ({term}); a blank role is member. People are matched by name; anyone not on file is created.</source>
            <translation>Collez des lignes d'un tableur (Ctrl+V) ou tapez-les : personne, siège, rôle, début, fin. Les dates vides prennent le mandat en cours ({term}); un rôle vide signifie membre. Les personnes sont reconnues par leur nom; toute personne inconnue est créée.</translation>
        </message>
        <message>
            <source>Roster rows</source>
            <translation>Lignes de la liste</translation>
        </message>
        <message>
            <source>What saving will do</source>
            <translation>Ce que l'enregistrement fera</translation>
        </message>
        <message>
            <source>&amp;Add terms</source>
            <translation>&amp;Ajouter les mandats</translation>
        </message>
        <message>
            <source>Nothing to add yet.</source>
            <translation>Rien à ajouter pour l'instant.</translation>
        </message>
        <message>
            <source>Add {count_of} to {name}</source>
            <translation>Ajouter {count_of} à {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n mandat</numerusform>
                <numerusform>%n mandats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchHitListModel</name>
        <message>
            <source>Enter or double-click opens the meeting at this item</source>
            <translation>Entrée ou un double-clic ouvre la séance à ce point</translation>
        </message>
        <message>
            <source>Not on any agenda yet</source>
            <translation>À aucun ordre du jour pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>SeatsDialog</name>
        <message>
            <source>Add seats to {name}</source>
            <translation>Ajouter des sièges à {name}</translation>
        </message>
        <message>
            <source>Seats to create</source>
            <translation>Sièges à créer</translation>
        </message>
        <message>
            <source>District A–O, Ward 1–9, At-Large A–B</source>
            <translation>District A–O, Quartier 1–9, Général A–B</translation>
        </message>
        <message>
            <source>Seat 1–{seat_count}</source>
            <translation>Siège 1–{seat_count}</translation>
        </message>
        <message>
            <source>Seat 1</source>
            <translation>Siège 1</translation>
        </message>
        <message>
            <source>Seats that will be created</source>
            <translation>Sièges qui seront créés</translation>
        </message>
        <message>
            <source>Create seats</source>
            <translation>Créer les sièges</translation>
        </message>
        <message>
            <source>{name} has {count_of}; {count} named.</source>
            <translation>{name} compte {count_of}; {count} nommés.</translation>
        </message>
        <message numerus="yes">
            <source>%n seat(s)</source>
            <translation>
                <numerusform>%n siège</numerusform>
                <numerusform>%n sièges</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Sièges :</translation>
        </message>
        <message>
            <source>Add {count_of} to {name}</source>
            <translation>Ajouter {count_of} à {name}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Tapez pour filtrer…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>Filtrer les raccourcis</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>SpeakerTableModel</name>
        <message>
            <source>Started speaking at {started_at}</source>
            <translation>A pris la parole à {started_at}</translation>
        </message>
    </context>
    <context>
        <name>SpeakersView</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Speaker name</source>
            <translation>Nom de l'intervenant</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Affiliation</translation>
        </message>
        <message>
            <source>Speaker affiliation</source>
            <translation>Affiliation de l'intervenant</translation>
        </message>
        <message>
            <source>of (residence)</source>
            <translation>de (résidence)</translation>
        </message>
        <message>
            <source>Speaker residence</source>
            <translation>Résidence de l'intervenant</translation>
        </message>
        <message>
            <source>Speaker kind</source>
            <translation>Type d'intervenant</translation>
        </message>
        <message>
            <source>Speaker stance</source>
            <translation>Position de l'intervenant</translation>
        </message>
        <message>
            <source>Stance —</source>
            <translation>Position —</translation>
        </message>
        <message>
            <source>Summary (Enter adds the speaker)</source>
            <translation>Résumé (Entrée ajoute l'intervenant)</translation>
        </message>
        <message>
            <source>Speaker summary</source>
            <translation>Résumé de l'intervention</translation>
        </message>
        <message>
            <source>&amp;Add speaker</source>
            <translation>&amp;Ajouter l'intervenant</translation>
        </message>
        <message>
            <source>Add speaker</source>
            <translation>Ajouter l'intervenant</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Intervenants</translation>
        </message>
        <message>
            <source>Mark selected speaker as starting now</source>
            <translation>Marquer que l'intervenant choisi commence maintenant</translation>
        </message>
        <message>
            <source>Stop the speaker and record the time</source>
            <translation>Arrêter l'intervenant et noter le temps</translation>
        </message>
        <message>
            <source>Stop this speaker and start the next</source>
            <translation>Arrêter cet intervenant et donner la parole au suivant</translation>
        </message>
        <message>
            <source>Speaker's time</source>
            <translation>Temps de parole</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Monter (&amp;H)</translation>
        </message>
        <message>
            <source>Move selected speaker up (Alt+Up)</source>
            <translation>Monter l'intervenant choisi (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Descendre (&amp;B)</translation>
        </message>
        <message>
            <source>Move selected speaker down (Alt+Down)</source>
            <translation>Descendre l'intervenant choisi (Alt+Bas)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete selected speaker</source>
            <translation>Supprimer l'intervenant choisi</translation>
        </message>
        <message>
            <source>Type the speaker's name first.</source>
            <translation>Tapez d'abord le nom de l'intervenant.</translation>
        </message>
        <message>
            <source>{name}: {clock}</source>
            <translation>{name} : {clock}</translation>
        </message>
        <message>
            <source>{name}: time is up ({clock})</source>
            <translation>{name} : temps écoulé ({clock})</translation>
        </message>
        <message>
            <source>{name}: {clock} left</source>
            <translation>{name} : il reste {clock}</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Inscription</translation>
        </message>
        <message>
            <source>Walk-up</source>
            <translation>Sans inscription</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>The speaker gives the rest of their time to the next speaker</source>
            <translation>L'intervenant cède le reste de son temps à l'intervenant suivant</translation>
        </message>
        <message>
            <source>Time &amp;limit…</source>
            <translation>&amp;Limite de temps…</translation>
        </message>
        <message>
            <source>The body's time limit for this kind of speaker</source>
            <translation>La limite de temps de l'organe pour ce type d'intervenant</translation>
        </message>
        <message>
            <source>There is no speaker after this one to yield to.</source>
            <translation>Il n'y a pas d'intervenant après celui-ci à qui céder le temps.</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Limite de temps</translation>
        </message>
        <message>
            <source>Minutes each {kind} speaker may speak (0: no limit):</source>
            <translation>Minutes de parole pour chaque intervenant de type {kind} (0 : sans limite) :</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Yield</source>
            <translation>C&amp;éder</translation>
        </message>
    </context>
    <context>
        <name>SponsorTableModel</name>
        <message>
            <source>Primary sponsor</source>
            <translation>Parrain principal</translation>
        </message>
        <message>
            <source>Co-sponsor</source>
            <translation>Coparrain</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Non-member</source>
            <translation>Non-membre</translation>
        </message>
        <message>
            <source>{name} is not a member of the council; the minutes name them with their title.</source>
            <translation>{name} n'est pas membre du conseil; le procès-verbal le désigne par son titre.</translation>
        </message>
    </context>
    <context>
        <name>SponsorsEditor</name>
        <message>
            <source>Linked matter</source>
            <translation>Dossier lié</translation>
        </message>
        <message>
            <source>Find a matter by number or title, then Enter</source>
            <translation>Cherchez un dossier par numéro ou titre, puis Entrée</translation>
        </message>
        <message>
            <source>Find matter</source>
            <translation>Chercher un dossier</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Lier</translation>
        </message>
        <message>
            <source>Link matter</source>
            <translation>Lier le dossier</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Délier</translation>
        </message>
        <message>
            <source>Unlink matter</source>
            <translation>Délier le dossier</translation>
        </message>
        <message>
            <source>Number, e.g. R-11-034</source>
            <translation>Numéro, p. ex. R-11-034</translation>
        </message>
        <message>
            <source>New matter number</source>
            <translation>Numéro du nouveau dossier</translation>
        </message>
        <message>
            <source>Title of the new matter</source>
            <translation>Titre du nouveau dossier</translation>
        </message>
        <message>
            <source>New matter title</source>
            <translation>Titre du nouveau dossier</translation>
        </message>
        <message>
            <source>New matter kind</source>
            <translation>Type du nouveau dossier</translation>
        </message>
        <message>
            <source>&amp;Create and link</source>
            <translation>&amp;Créer et lier</translation>
        </message>
        <message>
            <source>Create matter and link it</source>
            <translation>Créer le dossier et le lier</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Parrains</translation>
        </message>
        <message>
            <source>Sponsor's name (a known person, or someone new)</source>
            <translation>Nom du parrain (une personne connue ou une nouvelle)</translation>
        </message>
        <message>
            <source>Sponsor name</source>
            <translation>Nom du parrain</translation>
        </message>
        <message>
            <source>Title, for a non-member (e.g. Police Chief)</source>
            <translation>Titre, pour un non-membre (p. ex. chef de police)</translation>
        </message>
        <message>
            <source>Non-member sponsor title</source>
            <translation>Titre du parrain non-membre</translation>
        </message>
        <message>
            <source>&amp;Primary</source>
            <translation>&amp;Principal</translation>
        </message>
        <message>
            <source>Add as primary sponsor</source>
            <translation>Ajouter comme parrain principal</translation>
        </message>
        <message>
            <source>&amp;Add sponsor</source>
            <translation>&amp;Ajouter le parrain</translation>
        </message>
        <message>
            <source>Add sponsor</source>
            <translation>Ajouter le parrain</translation>
        </message>
        <message>
            <source>Make p&amp;rimary</source>
            <translation>Rendre p&amp;rincipal</translation>
        </message>
        <message>
            <source>Make selected sponsor primary</source>
            <translation>Rendre principal le parrain choisi</translation>
        </message>
        <message>
            <source>Re&amp;move sponsor</source>
            <translation>Reti&amp;rer le parrain</translation>
        </message>
        <message>
            <source>Remove selected sponsor</source>
            <translation>Retirer le parrain choisi</translation>
        </message>
        <message>
            <source>No matter is numbered {split}; create it below.</source>
            <translation>Aucun dossier ne porte le numéro {split}; créez-le ci-dessous.</translation>
        </message>
        <message>
            <source>Link {identifier}</source>
            <translation>Lier {identifier}</translation>
        </message>
        <message>
            <source>Unlink {identifier}</source>
            <translation>Délier {identifier}</translation>
        </message>
        <message>
            <source>Type the sponsor's name first.</source>
            <translation>Tapez d'abord le nom du parrain.</translation>
        </message>
    </context>
    <context>
        <name>StaleEditOffer</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu'un d'autre</translation>
        </message>
        <message>
            <source>Reload to see their change, or re-apply yours over it (it can be undone like any change).</source>
            <translation>Rechargez pour voir sa modification, ou appliquez de nouveau la vôtre par-dessus (elle peut être annulée comme toute modification).</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Re-apply my change</source>
            <translation>Appliquer de nouveau ma modification</translation>
        </message>
    </context>
    <context>
        <name>Tally</name>
        <message numerus="yes">
            <source>%n abstaining</source>
            <translation>
                <numerusform>%n abstention</numerusform>
                <numerusform>%n abstentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <translation>
                <numerusform>%n récusation</numerusform>
                <numerusform>%n récusations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present and not voting</source>
            <translation>
                <numerusform>%n présent sans voter</numerusform>
                <numerusform>%n présents sans voter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absent</source>
            <translation>
                <numerusform>%n absent</numerusform>
                <numerusform>%n absents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n absence motivée</numerusform>
                <numerusform>%n absences motivées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other</source>
            <translation>
                <numerusform>%n autre</numerusform>
                <numerusform>%n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermDialog</name>
        <message>
            <source>New term on {name}</source>
            <translation>Nouveau mandat au sein de {name}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Choose, or type a new person's name</source>
            <translation>Choisissez ou tapez le nom d'une nouvelle personne</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Siège</translation>
        </message>
        <message>
            <source>— no seat —</source>
            <translation>— aucun siège —</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Prend fin le</translation>
        </message>
        <message>
            <source>Term has an end date</source>
            <translation>Le mandat a une date de fin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Votes on this body</source>
            <translation>Vote au sein de cette instance</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>&amp;Seat:</source>
            <translation>&amp;Siège :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>S&amp;tarts:</source>
            <translation>&amp;Début :</translation>
        </message>
    </context>
    <context>
        <name>ThresholdPicker</name>
        <message>
            <source>Threshold fraction</source>
            <translation>Fraction requise</translation>
        </message>
        <message>
            <source>Threshold base</source>
            <translation>Base de la majorité</translation>
        </message>
        <message>
            <source>Declared result</source>
            <translation>Résultat proclamé</translation>
        </message>
        <message>
            <source>as computed</source>
            <translation>tel que calculé</translation>
        </message>
        <message>
            <source>declared: {value}</source>
            <translation>proclamé : {value}</translation>
        </message>
        <message>
            <source>The result the chair announced. If it disagrees with the arithmetic it is kept as declared and the minutes show a warning.</source>
            <translation>Le résultat proclamé par la présidence. S'il diffère du calcul, il est conservé tel que proclamé et le procès-verbal affiche un avertissement.</translation>
        </message>
        <message>
            <source>Needs:</source>
            <translation>Requis :</translation>
        </message>
        <message>
            <source>of</source>
            <translation>de</translation>
        </message>
    </context>
    <context>
        <name>VideoIndexDialog</name>
        <message>
            <source>Video chapters</source>
            <translation>Chapitres de la vidéo</translation>
        </message>
        <message>
            <source>https://… (the posted recording)</source>
            <translation>https://… (l'enregistrement publié)</translation>
        </message>
        <message>
            <source>Video address</source>
            <translation>Adresse de la vidéo</translation>
        </message>
        <message>
            <source>Where in the recording the meeting was called to order</source>
            <translation>À quel moment de l'enregistrement la séance a été ouverte</translation>
        </message>
        <message>
            <source>WebVTT chapters (.vtt)</source>
            <translation>Chapitres WebVTT (.vtt)</translation>
        </message>
        <message>
            <source>YouTube description list (.txt)</source>
            <translation>Liste pour la description YouTube (.txt)</translation>
        </message>
        <message>
            <source>Chapters</source>
            <translation>Chapitres</translation>
        </message>
        <message>
            <source>Video &amp;address:</source>
            <translation>&amp;Adresse de la vidéo :</translation>
        </message>
        <message>
            <source>Called to order at (in the recording):</source>
            <translation>Ouverture de la séance (dans l'enregistrement) :</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>&amp;Save chapters…</source>
            <translation>&amp;Enregistrer les chapitres…</translation>
        </message>
        <message>
            <source>Before the meeting</source>
            <translation>Avant la séance</translation>
        </message>
        <message>
            <source>Call to order</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <source>Save chapters</source>
            <translation>Enregistrer les chapitres</translation>
        </message>
        <message>
            <source>WebVTT (*.vtt)</source>
            <translation>WebVTT (*.vtt)</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Texte (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>VoiceVoteDialog</name>
        <message>
            <source>Voice vote</source>
            <translation>Vote de vive voix</translation>
        </message>
        <message>
            <source>Vote method</source>
            <translation>Mode de scrutin</translation>
        </message>
        <message>
            <source>Show of hands</source>
            <translation>À main levée</translation>
        </message>
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
            <source>Computed result</source>
            <translation>Résultat calculé</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Mode</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Pour</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Contre</translation>
        </message>
        <message>
            <source>&amp;Abstain</source>
            <translation>A&amp;bstention</translation>
        </message>
        <message>
            <source>Computed result: {value}</source>
            <translation>Résultat calculé : {value}</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <source>Roll call</source>
            <translation>Appel nominal</translation>
        </message>
        <message>
            <source>&amp;Record vote (Enter)</source>
            <translation>&amp;Consigner le vote (Entrée)</translation>
        </message>
        <message>
            <source>Record roll call</source>
            <translation>Consigner un vote par appel nominal</translation>
        </message>
        <message>
            <source>The roll call has no vote for {join}.</source>
            <translation>L'appel nominal n'a pas de vote pour {join}.</translation>
        </message>
    </context>
    <context>
        <name>agenda_template_actions</name>
        <message>
            <source>Save the agenda as the {body_name} template</source>
            <translation>Enregistrer l'ordre du jour comme modèle de {body_name}</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s): {titles}</source>
            <translation>
                <numerusform>%n section : {titles}</numerusform>
                <numerusform>%n sections : {titles}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>agreement_heatmap</name>
        <message>
            <source>{names} and {names2} never both voted yes or no on a split vote.</source>
            <translation>{names} et {names2} n'ont jamais voté tous deux pour ou contre lors d'un vote partagé.</translation>
        </message>
        <message>
            <source>{names} and {names2} agreed on {agree} of {n} split votes ({share}).</source>
            <translation>{names} et {names2} ont voté de la même façon dans {agree} votes partagés sur {n} ({share}).</translation>
        </message>
    </context>
    <context>
        <name>chair_script_panel</name>
        <message>
            <source>Chair's script</source>
            <translation>Texte de la présidence</translation>
        </message>
        <message>
            <source>Chair's &amp;script</source>
            <translation>&amp;Texte de la présidence</translation>
        </message>
        <message>
            <source>The sentences the chair reads for the item in view</source>
            <translation>Les phrases que lit la présidence pour le point affiché</translation>
        </message>
    </context>
    <context>
        <name>chamber_desk</name>
        <message>
            <source>Chamber display</source>
            <translation>Affichage de la salle</translation>
        </message>
        <message>
            <source>&amp;Chamber display</source>
            <translation>Affichage de la &amp;salle</translation>
        </message>
        <message>
            <source>Open the room's display and choose what it shows</source>
            <translation>Ouvrir l'affichage de la salle et choisir ce qu'il montre</translation>
        </message>
    </context>
    <context>
        <name>chamber_scene</name>
        <message>
            <source>Follow the desk</source>
            <translation>Suivre le bureau</translation>
        </message>
        <message>
            <source>Meeting and current item</source>
            <translation>Séance et point en cours</translation>
        </message>
        <message>
            <source>Motion, mover and seconder</source>
            <translation>Proposition, proposeur et appuyeur</translation>
        </message>
        <message>
            <source>Roll call and result</source>
            <translation>Appel nominal et résultat</translation>
        </message>
        <message>
            <source>Current speaker and time</source>
            <translation>Intervenant et temps de parole</translation>
        </message>
        <message>
            <source>In recess</source>
            <translation>Suspension de la séance</translation>
        </message>
        <message>
            <source>Adjourned</source>
            <translation>Séance levée</translation>
        </message>
        <message>
            <source>Nothing (blank screen)</source>
            <translation>Rien (écran vide)</translation>
        </message>
        <message>
            <source>{body} · {title} · {date}</source>
            <translation>{body} · {title} · {date}</translation>
        </message>
        <message>
            <source>Moved by {mover}, seconded by {seconder}</source>
            <translation>Proposée par {mover}, appuyée par {seconder}</translation>
        </message>
        <message>
            <source>Moved by {mover}</source>
            <translation>Proposée par {mover}</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) still to answer</source>
            <translation>
                <numerusform>%n membre n'a pas encore répondu</numerusform>
                <numerusform>%n membres n'ont pas encore répondu</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries {count}</source>
            <translation>Adoptée {count}</translation>
        </message>
        <message>
            <source>Fails {count}</source>
            <translation>Rejetée {count}</translation>
        </message>
        <message>
            <source>Unanimous</source>
            <translation>À l'unanimité</translation>
        </message>
        <message>
            <source>{speaker} — time is up</source>
            <translation>{speaker} — temps écoulé</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>CouncilDesk closed unexpectedly last time. Everything saved before then is safe in the database. If you report the problem, copy these details into your message.</source>
            <translation>CouncilDesk s'est fermé de façon inattendue la dernière fois. Tout ce qui avait été enregistré est en sécurité dans la base de données. Si vous signalez le problème, copiez ces détails dans votre message.</translation>
        </message>
        <message>
            <source>CouncilDesk hit an unexpected problem. Everything saved before it is safe in the database. If you report the problem, copy these details into your message.</source>
            <translation>CouncilDesk a rencontré un problème inattendu. Tout ce qui avait été enregistré est en sécurité dans la base de données. Si vous signalez le problème, copiez ces détails dans votre message.</translation>
        </message>
        <message>
            <source>{after_crash} The report is saved as {saved_as}.</source>
            <translation>{after_crash} Le rapport est enregistré sous {saved_as}.</translation>
        </message>
    </context>
    <context>
        <name>database_switcher</name>
        <message>
            <source>CouncilDesk databases (*.db);;All files (*)</source>
            <translation>Bases de données CouncilDesk (*.db);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>document_table_model</name>
        <message>
            <source>KB</source>
            <translation>Ko</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>Mo</translation>
        </message>
    </context>
    <context>
        <name>exchange_actions</name>
        <message>
            <source>Open Civic Data (folder of .json files)</source>
            <translation>Open Civic Data (dossier de fichiers .json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Popolo JSON</source>
            <translation>Popolo JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Legistar Web API JSON</source>
            <translation>JSON de l'API Web Legistar</translation>
        </message>
        <message>
            <source>Roster CSV (people, seats, terms, roles)</source>
            <translation>Liste des membres en CSV (personnes, sièges, mandats, rôles)</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Roll-call CSV (a row per vote, a column per member)</source>
            <translation>CSV des appels nominaux (une ligne par vote, une colonne par membre)</translation>
        </message>
        <message>
            <source>Open Civic Data (one JSON file per object)</source>
            <translation>Open Civic Data (un fichier JSON par objet)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets</source>
            <translation>CSV pour tableurs</translation>
        </message>
        <message>
            <source>Calendar of meetings (.ics)</source>
            <translation>Calendrier des séances (.ics)</translation>
        </message>
        <message>
            <source>Roll calls, a row per vote and a column per member (CSV per body)</source>
            <translation>Appels nominaux, une ligne par vote et une colonne par membre (un CSV par instance)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <source>Not changed (approved)</source>
            <translation>Inchangé (adopté)</translation>
        </message>
        <message>
            <source>Use existing</source>
            <translation>Utiliser l'existant</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lu</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Replace every record in this database with the contents of {name}?

The records as they are now are kept in a copy beside the database, so this can be undone by restoring that copy.</source>
            <translation>Remplacer tous les enregistrements de cette base de données par le contenu de {name}?

Les enregistrements actuels sont conservés dans une copie à côté de la base de données; on peut donc revenir en arrière en restaurant cette copie.</translation>
        </message>
        <message>
            <source>Restoring from {name}…</source>
            <translation>Restauration à partir de {name}…</translation>
        </message>
        <message>
            <source>Restored from {name}; the previous records are in {replaced_copy}.</source>
            <translation>Restauré à partir de {name}; les enregistrements précédents sont dans {replaced_copy}.</translation>
        </message>
    </context>
    <context>
        <name>exhibits_view</name>
        <message>
            <source>Attach exhibits</source>
            <translation>Joindre des pièces</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Link a document</source>
            <translation>Lier un document</translation>
        </message>
        <message>
            <source>Web address:</source>
            <translation>Adresse Web :</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titre :</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Show who changed what in this meeting, and when</source>
            <translation>Afficher qui a changé quoi dans cette séance, et quand</translation>
        </message>
    </context>
    <context>
        <name>item_actions</name>
        <message>
            <source>title</source>
            <translation>le titre</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>le type</translation>
        </message>
        <message>
            <source>item text</source>
            <translation>le texte du point</translation>
        </message>
        <message>
            <source>discussion summary</source>
            <translation>le résumé des délibérations</translation>
        </message>
        <message>
            <source>action taken</source>
            <translation>la suite donnée</translation>
        </message>
        <message>
            <source>consent flag</source>
            <translation>la mention de consentement</translation>
        </message>
        <message>
            <source>matter</source>
            <translation>le dossier</translation>
        </message>
    </context>
    <context>
        <name>item_panel</name>
        <message>
            <source>The minutes of this meeting are approved and locked; record a correction instead.</source>
            <translation>Le procès-verbal de cette séance est adopté et verrouillé; consignez plutôt une correction.</translation>
        </message>
        <message>
            <source>This database is open read only; nothing can be changed in it.</source>
            <translation>Cette base de données est ouverte en lecture seule; rien ne peut y être changé.</translation>
        </message>
        <message>
            <source>Choose an agenda item to record its details, sponsors, exhibits, speakers, motions and votes.</source>
            <translation>Choisissez un point de l'ordre du jour pour consigner ses détails, parrains, pièces, intervenants, propositions et votes.</translation>
        </message>
    </context>
    <context>
        <name>main_actions</name>
        <message>
            <source>Roll call ▸ {option}</source>
            <translation>Appel nominal ▸ {option}</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Roll call ▸ Record the vote</source>
            <translation>Appel nominal ▸ Consigner le vote</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CouncilDesk in five steps&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Set up once&lt;/b&gt; (Edit ▸ Bodies, seats and terms): a body, its seats from a pattern such as
&lt;i&gt;District A–O&lt;/i&gt;, and its members — paste them from a spreadsheet with &lt;b&gt;Roster…&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;New meeting&lt;/b&gt; (Ctrl+Shift+N): body, date and time, place, who presides and who records.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Attendance&lt;/b&gt; (Ctrl+2): mark each member present, absent, excused or remote; quorum follows.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt; (Ctrl+3): Insert adds an item, Shift+Insert a sub-item; on an item record motions,
votes (a roll call takes one key per member: Y, N, A, R, P, X) and speakers.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: preview, export (Ctrl+E) or print (Ctrl+P); once approved they are locked.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Every change can be undone with Ctrl+Z. Help ▸ Keyboard shortcuts (Ctrl+/) lists every key.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CouncilDesk en cinq étapes&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Une seule fois&lt;/b&gt; (Édition ▸ Instances, sièges et mandats) : une instance, ses sièges à partir d'un modèle comme
&lt;i&gt;District A–O&lt;/i&gt;, et ses membres — collez-les d'un tableur avec &lt;b&gt;Liste des membres…&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Nouvelle séance&lt;/b&gt; (Ctrl+Maj+N) : instance, date et heure, lieu, présidence et greffier.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Présences&lt;/b&gt; (Ctrl+2) : marquez chaque membre présent, absent, excusé ou à distance; le quorum suit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ordre du jour&lt;/b&gt; (Ctrl+3) : Inser ajoute un point, Maj+Inser un sous-point; sur un point, consignez les propositions,
les votes (un appel nominal prend une touche par membre : Y, N, A, R, P, X) et les intervenants.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Procès-verbal&lt;/b&gt; : aperçu, exportation (Ctrl+E) ou impression (Ctrl+P); une fois adopté, il est verrouillé.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Tout changement peut être annulé avec Ctrl+Z. Aide ▸ Raccourcis clavier (Ctrl+/) donne toutes les touches.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>CouncilDesk help</source>
            <translation>Aide de CouncilDesk</translation>
        </message>
    </context>
    <context>
        <name>matter_history_dialog</name>
        <message>
            <source>&lt;h3&gt;{identifier}: {title}&lt;/h3&gt;&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{identifier} : {title}&lt;/h3&gt;&lt;p&gt;État : &lt;b&gt;{status}&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Not yet on any meeting's agenda.&lt;/p&gt;</source>
            <translation>&lt;p&gt;À l'ordre du jour d'aucune séance pour l'instant.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{long_date}&lt;/b&gt; — {body_name}, item {value}: &lt;b&gt;{stage}&lt;/b&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{long_date}&lt;/b&gt; — {body_name}, point {value} : &lt;b&gt;{stage}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no vote recorded</source>
            <translation>aucun vote consigné</translation>
        </message>
        <message>
            <source>, {abstain} abstaining</source>
            <translation>, {abstain} abstentions</translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;span style='color:gray'&gt;Not yes — {names}&lt;/span&gt;</source>
            <translation>&lt;br/&gt;&lt;span style='color:gray'&gt;Pas pour — {names}&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>meeting_dialog</name>
        <message>
            <source>Meeting kind</source>
            <translation>Type de séance</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>not recorded — type or pick a name</source>
            <translation>non consigné — tapez ou choisissez un nom</translation>
        </message>
    </context>
    <context>
        <name>meeting_view</name>
        <message>
            <source> on {long_date}</source>
            <translation> le {long_date}</translation>
        </message>
        <message>
            <source>Minutes approved{when} — read only; record corrections in the Minutes tab.</source>
            <translation>Procès-verbal adopté{when} — lecture seule; consignez les corrections dans l'onglet Procès-verbal.</translation>
        </message>
    </context>
    <context>
        <name>minutes_view</name>
        <message>
            <source>This file is open read only: the minutes can be read, exported and printed, not changed.</source>
            <translation>Ce fichier est ouvert en lecture seule : le procès-verbal peut être lu, exporté et imprimé, mais pas changé.</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
    </context>
    <context>
        <name>minutes_volume_dialog</name>
        <message>
            <source>Create a body first (Edit ▸ Bodies, seats and terms…), then its meetings.</source>
            <translation>Créez d'abord une instance (Édition ▸ Instances, sièges et mandats…), puis ses séances.</translation>
        </message>
        <message>
            <source>Choose a body with meetings, and a year.</source>
            <translation>Choisissez une instance qui a des séances, et une année.</translation>
        </message>
        <message>
            <source>Save the year's minutes</source>
            <translation>Enregistrer les procès-verbaux de l'année</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes for a year</source>
            <translation>Procès-verbaux d'une année</translation>
        </message>
        <message>
            <source>Binding the {year} minutes of the {body_name}…</source>
            <translation>Reliure des procès-verbaux {year} de {body_name}…</translation>
        </message>
        <message>
            <source>Wrote the {year} minutes ({count} meetings) to {target}.</source>
            <translation>Procès-verbaux {year} ({count} séances) écrits dans {target}.</translation>
        </message>
        <message>
            <source>Export minutes for a &amp;year…</source>
            <translation>Exporter les procès-verbaux d'une &amp;année…</translation>
        </message>
        <message>
            <source>Every meeting of a body in one year, bound as one PDF</source>
            <translation>Toutes les séances d'une instance pendant une année, reliées en un seul PDF</translation>
        </message>
    </context>
    <context>
        <name>motions_view</name>
        <message>
            <source>Unanimous</source>
            <translation>À l'unanimité</translation>
        </message>
        <message>
            <source> (as declared)</source>
            <translation> (tel que proclamé)</translation>
        </message>
        <message>
            <source> at {time}</source>
            <translation> à {time}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{method}{when}:&lt;/b&gt; {describe_tally} — &lt;b&gt;{result}&lt;/b&gt;{declared}; needs {describe}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{method}{when} :&lt;/b&gt; {describe_tally} — &lt;b&gt;{result}&lt;/b&gt;{declared}; requis : {describe}.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>people_dialog</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Honorific</source>
            <translation>&amp;Appellation</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Affiliation</source>
            <translation>&amp;Affiliation</translation>
        </message>
        <message>
            <source>&amp;Residence</source>
            <translation>&amp;Résidence</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Courriel</translation>
        </message>
    </context>
    <context>
        <name>progress_task</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be changed.</source>
            <translation>Annulation… rien ne sera changé.</translation>
        </message>
    </context>
    <context>
        <name>records_view</name>
        <message>
            <source>any</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source>{tip} (lowest value or Delete: any)</source>
            <translation>{tip} (valeur la plus basse ou Suppr : tout)</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registres</translation>
        </message>
        <message>
            <source>Voting &amp;records</source>
            <translation>&amp;Relevés des votes</translation>
        </message>
        <message>
            <source>&amp;Search records…</source>
            <translation>&amp;Chercher dans les registres…</translation>
        </message>
    </context>
    <context>
        <name>roll_call_view</name>
        <message>
            <source>Y yes · N no · A abstain · R recused · P present, not voting · X absent — Enter records</source>
            <translation>Y pour · N contre · A abstention · R récusé · P présent, ne vote pas · X absent — Entrée consigne</translation>
        </message>
    </context>
    <context>
        <name>roster_dialogs</name>
        <message numerus="yes">
            <source>%n seat(s): {names}</source>
            <translation>
                <numerusform>%n siège : {names}</numerusform>
                <numerusform>%n sièges : {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>screenshot</name>
        <message>
            <source>--tab must be one of {join}, not {tab}.</source>
            <translation>--tab doit être l'une des valeurs {join}, pas {tab}.</translation>
        </message>
        <message>
            <source>The item tab must be one of {join}, not {item_tab}.</source>
            <translation>L'onglet du point doit être l'un de {join}, pas {item_tab}.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation>Le dossier {parent} n'existe pas.</translation>
        </message>
        <message>
            <source>This window has no {tab} tab.</source>
            <translation>Cette fenêtre n'a pas d'onglet {tab}.</translation>
        </message>
        <message>
            <source>Could not write the screenshot {out_path}.</source>
            <translation>Impossible d'écrire la capture d'écran {out_path}.</translation>
        </message>
    </context>
    <context>
        <name>search_hit_list</name>
        <message>
            <source>not on an agenda yet</source>
            <translation>à aucun ordre du jour pour l'instant</translation>
        </message>
        <message>
            <source> style='color:gray'</source>
            <translation> style='color:gray'</translation>
        </message>
    </context>
    <context>
        <name>sign_minutes</name>
        <message>
            <source>Signing key</source>
            <translation>Clé de signature</translation>
        </message>
        <message>
            <source>Signing keys (*.p12 *.pfx)</source>
            <translation>Clés de signature (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Passphrase for {name}:</source>
            <translation>Phrase de passe de {name} :</translation>
        </message>
    </context>
    <context>
        <name>sponsors_editor</name>
        <message>
            <source>No matter is linked to this item. Find one by number or title, or create it below.</source>
            <translation>Aucun dossier n'est lié à ce point. Cherchez-en un par numéro ou titre, ou créez-le ci-dessous.</translation>
        </message>
    </context>
    <context>
        <name>video_index_dialog</name>
        <message>
            <source>&amp;Video chapters…</source>
            <translation>Chapitres de la &amp;vidéo…</translation>
        </message>
        <message>
            <source>Chapters for the meeting's recording from its stamped times</source>
            <translation>Chapitres de l'enregistrement de la séance d'après ses heures notées</translation>
        </message>
        <message>
            <source>Open a meeting first.</source>
            <translation>Ouvrez d'abord une séance.</translation>
        </message>
    </context>
</TS>
