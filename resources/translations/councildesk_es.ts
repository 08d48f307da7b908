<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <source>Item title</source>
            <translation>Título del punto</translation>
        </message>
        <message>
            <source>e.g. Resolution on the Secure Communities program</source>
            <translation>p. ej., Resolución sobre el programa Comunidades Seguras</translation>
        </message>
        <message>
            <source>Item kind</source>
            <translation>Tipo de punto</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;po:</translation>
        </message>
    </context>
    <context>
        <name>AgendaTreeModel</name>
        <message>
            <source> (consent)</source>
            <translation> (consentimiento)</translation>
        </message>
        <message>
            <source> — now under discussion</source>
            <translation> — en discusión</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>Agenda items. Insert adds, Shift+Insert adds a sub-item, F2 renames, Delete deletes, Ctrl+] indents, Ctrl+[ outdents, Alt+Up and Alt+Down move.</source>
            <translation>Puntos del orden del día. Insert agrega, Mayús+Insert agrega un subpunto, F2 cambia el nombre, Supr elimina, Ctrl+] aumenta la sangría, Ctrl+[ la reduce, Alt+Arriba y Alt+Abajo mueven.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
            <translation>&lt;b&gt;Orden del día&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&amp;Add item…</source>
            <translation>&amp;Agregar punto…</translation>
        </message>
        <message>
            <source>Add an item after the selected one</source>
            <translation>Agregar un punto después del seleccionado</translation>
        </message>
        <message>
            <source>Add &amp;sub-item…</source>
            <translation>Agregar &amp;subpunto…</translation>
        </message>
        <message>
            <source>Add an item under the selected one</source>
            <translation>Agregar un punto dentro del seleccionado</translation>
        </message>
        <message>
            <source>&amp;Edit item…</source>
            <translation>&amp;Editar punto…</translation>
        </message>
        <message>
            <source>Edit title and kind</source>
            <translation>Editar el título y el tipo</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Cambiar el &amp;nombre</translation>
        </message>
        <message>
            <source>Rename the item in place</source>
            <translation>Cambiar el nombre del punto aquí mismo</translation>
        </message>
        <message>
            <source>&amp;Delete item</source>
            <translation>&amp;Eliminar punto</translation>
        </message>
        <message>
            <source>Delete the item</source>
            <translation>Eliminar el punto</translation>
        </message>
        <message>
            <source>&amp;Indent</source>
            <translation>Aumentar &amp;sangría</translation>
        </message>
        <message>
            <source>Make it a sub-item of the item above</source>
            <translation>Convertirlo en subpunto del punto anterior</translation>
        </message>
        <message>
            <source>&amp;Outdent</source>
            <translation>&amp;Reducir sangría</translation>
        </message>
        <message>
            <source>Move it out of its section</source>
            <translation>Sacarlo de su sección</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move the item up</source>
            <translation>Subir el punto</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move the item down</source>
            <translation>Bajar el punto</translation>
        </message>
        <message>
            <source>&amp;Start item</source>
            <translation>&amp;Iniciar punto</translation>
        </message>
        <message>
            <source>Stamp the time this item is taken up</source>
            <translation>Registrar la hora en que se trata este punto</translation>
        </message>
        <message>
            <source>&amp;Pull off consent</source>
            <translation>&amp;Retirar del consentimiento</translation>
        </message>
        <message>
            <source>Take the item off the consent agenda, to be considered on its own</source>
            <translation>Retirar el punto de la agenda de consentimiento para tratarlo por separado</translation>
        </message>
        <message>
            <source>Add “{title}”</source>
            <translation>Agregar «{title}»</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Agregar punto al orden del día</translation>
        </message>
        <message>
            <source>Add sub-item under {number} {title}</source>
            <translation>Agregar subpunto en {number} {title}</translation>
        </message>
        <message>
            <source>Edit “{title}”</source>
            <translation>Editar «{title}»</translation>
        </message>
        <message>
            <source>Edit item {number}</source>
            <translation>Editar el punto {number}</translation>
        </message>
        <message>
            <source>Indent</source>
            <translation>Aumentar sangría</translation>
        </message>
        <message>
            <source>Outdent</source>
            <translation>Reducir sangría</translation>
        </message>
        <message>
            <source>“{title}” is already the {where} item at its level.</source>
            <translation>«{title}» ya es el punto {where} de su nivel.</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Iniciar «{title}»</translation>
        </message>
        <message>
            <source>“{title}” is not on the consent agenda.</source>
            <translation>«{title}» no está en la agenda de consentimiento.</translation>
        </message>
        <message>
            <source>Pull “{title}” off consent</source>
            <translation>Retirar «{title}» del consentimiento</translation>
        </message>
        <message numerus="yes">
            <source>%n sub-item(s)</source>
            <translation>
                <numerusform>%n subpunto</numerusform>
                <numerusform>%n subpuntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n motion(s)</source>
            <translation>
                <numerusform>%n moción</numerusform>
                <numerusform>%n mociones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n votación</numerusform>
                <numerusform>%n votaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n speaker(s)</source>
            <translation>
                <numerusform>%n orador</numerusform>
                <numerusform>%n oradores</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete agenda item</source>
            <translation>Eliminar punto del orden del día</translation>
        </message>
        <message>
            <source>Delete item {number} “{title}” with its {join}? Edit ▸ Undo brings it all back.</source>
            <translation>¿Eliminar el punto {number} «{title}» con sus {join}? Editar ▸ Deshacer lo recupera todo.</translation>
        </message>
        <message>
            <source>Delete “{title}”</source>
            <translation>Eliminar «{title}»</translation>
        </message>
    </context>
    <context>
        <name>AgreementHeatmap</name>
        <message>
            <source>Agreement heatmap</source>
            <translation>Mapa de coincidencias</translation>
        </message>
        <message>
            <source>No split votes in this period.</source>
            <translation>No hubo votaciones divididas en este período.</translation>
        </message>
    </context>
    <context>
        <name>ApproveMinutesDialog</name>
        <message>
            <source>Approve minutes</source>
            <translation>Aprobar el acta</translation>
        </message>
        <message>
            <source>Approve the minutes of the {body_name} meeting of {day} {scheduled_start}.&lt;br&gt;&lt;b&gt;Approval locks them:&lt;/b&gt; later changes can only be recorded as corrections, and the fingerprint is printed on every page.</source>
            <translation>Aprobar el acta de la sesión de {body_name} del {day} {scheduled_start}.&lt;br&gt;&lt;b&gt;La aprobación la bloquea:&lt;/b&gt; los cambios posteriores solo pueden registrarse como correcciones, y la huella digital se imprime en cada página.</translation>
        </message>
        <message>
            <source>Approving meeting</source>
            <translation>Sesión que aprueba</translation>
        </message>
        <message>
            <source>Approved &amp;at:</source>
            <translation>Aprobada &amp;en:</translation>
        </message>
        <message>
            <source>Approving vote</source>
            <translation>Votación de aprobación</translation>
        </message>
        <message>
            <source>Approving &amp;vote:</source>
            <translation>&amp;Votación de aprobación:</translation>
        </message>
        <message>
            <source>Approval date</source>
            <translation>Fecha de aprobación</translation>
        </message>
        <message>
            <source>Approved &amp;on:</source>
            <translation>Aprobada el &amp;día:</translation>
        </message>
        <message>
            <source>As &amp;read</source>
            <translation>Tal como se &amp;leyó</translation>
        </message>
        <message>
            <source>As &amp;corrected</source>
            <translation>Con &amp;correcciones</translation>
        </message>
        <message>
            <source>Manner:</source>
            <translation>Forma:</translation>
        </message>
        <message>
            <source>There is no later meeting of this body yet; create the approving meeting first.</source>
            <translation>Todavía no hay una sesión posterior de este órgano; cree primero la sesión que aprobará el acta.</translation>
        </message>
        <message>
            <source>Approve and lock</source>
            <translation>Aprobar y bloquear</translation>
        </message>
        <message>
            <source>No vote recorded (approved without a recorded vote)</source>
            <translation>Sin votación registrada (aprobada sin votación registrada)</translation>
        </message>
        <message>
            <source>{date} {body_name} — {kind} meeting</source>
            <translation>{date} {body_name} — sesión {kind}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTableModel</name>
        <message>
            <source>Remote because: {remote_reason}</source>
            <translation>A distancia porque: {remote_reason}</translation>
        </message>
        <message>
            <source>Does not vote on this body.</source>
            <translation>No vota en este órgano.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Roll of members. Keys: P present, A absent, E excused, R remote, Delete clears.</source>
            <translation>Lista de miembros. Teclas: P presente, A ausente, E justificado, R a distancia, Supr borra.</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quórum</translation>
        </message>
        <message>
            <source>Mark all &amp;present</source>
            <translation>&amp;Todos presentes</translation>
        </message>
        <message>
            <source>Mark all present</source>
            <translation>Marcar a todos presentes</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificado</translation>
        </message>
        <message>
            <source>Remote…</source>
            <translation>A distancia…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Mark selected member {text}</source>
            <translation>Marcar al miembro seleccionado: {text}</translation>
        </message>
        <message>
            <source>Arrived…</source>
            <translation>Llegó…</translation>
        </message>
        <message>
            <source>Record arrival time of selected member</source>
            <translation>Registrar la hora de llegada del miembro seleccionado</translation>
        </message>
        <message>
            <source>Left…</source>
            <translation>Salió…</translation>
        </message>
        <message>
            <source>Record leaving time of selected member</source>
            <translation>Registrar la hora de salida del miembro seleccionado</translation>
        </message>
        <message>
            <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
            <translation>&lt;b&gt;Asistencia&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No meeting selected.</source>
            <translation>No hay ninguna sesión seleccionada.</translation>
        </message>
        <message>
            <source>✔ Quorum present: {present} of {seats_filled} members here ({required} needed)</source>
            <translation>✔ Hay quórum: {present} de {seats_filled} presentes ({required} necesarios)</translation>
        </message>
        <message>
            <source>✘ No quorum: {present} present, {required} needed</source>
            <translation>✘ Sin quórum: {present} presentes, se necesitan {required}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>Mark {person_name} {replace}</source>
            <translation>Marcar a {person_name}: {replace}</translation>
        </message>
        <message>
            <source>Remote participation</source>
            <translation>Participación a distancia</translation>
        </message>
        <message>
            <source>Why does {person_name} take part remotely?
(The minutes must state the reason.)</source>
            <translation>¿Por qué participa {person_name} a distancia?
(El acta debe indicar el motivo.)</translation>
        </message>
        <message>
            <source>Arrived late</source>
            <translation>Llegó tarde</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Se retiró antes</translation>
        </message>
        <message>
            <source>When did {person_name} {verb}? (HH:MM, empty to clear)</source>
            <translation>¿A qué hora {verb} {person_name}? (HH:MM; vacío para borrar)</translation>
        </message>
        <message>
            <source>“{text}” is not a time; type it as HH:MM, for example 19:25.</source>
            <translation>«{text}» no es una hora; escríbala como HH:MM, por ejemplo 19:25.</translation>
        </message>
        <message>
            <source>Attendance: mark present</source>
            <translation>Asistencia: marcar presente</translation>
        </message>
        <message>
            <source>Attendance: mark absent</source>
            <translation>Asistencia: marcar ausente</translation>
        </message>
        <message>
            <source>Attendance: mark excused</source>
            <translation>Asistencia: marcar justificado</translation>
        </message>
        <message>
            <source>Attendance: mark remote (asks the reason)</source>
            <translation>Asistencia: marcar a distancia (pide el motivo)</translation>
        </message>
        <message>
            <source>Attendance: clear the status</source>
            <translation>Asistencia: borrar el estado</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Copias de seguridad automáticas</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer &amp;copia ahora</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Restaurar la seleccionada…</translation>
        </message>
        <message>
            <source>Kept in {folder} (the newest {keep}).</source>
            <translation>Se guardan en {folder} (las {keep} más recientes).</translation>
        </message>
        <message>
            <source>{value} KB</source>
            <translation>{value} KB</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo copia de seguridad…</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Copia de seguridad guardada en {path}.</translation>
        </message>
    </context>
    <context>
        <name>BallotTableModel</name>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
    </context>
    <context>
        <name>BodiesDialog</name>
        <message>
            <source>Bodies, seats and terms</source>
            <translation>Órganos, escaños y mandatos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Pertenece a</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Escaños</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quórum</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Mayoría requerida</translation>
        </message>
        <message>
            <source>{fraction} of {base}</source>
            <translation>{fraction} de {base}</translation>
        </message>
        <message>
            <source>Bodies</source>
            <translation>Órganos</translation>
        </message>
        <message>
            <source>&amp;New body…</source>
            <translation>&amp;Nuevo órgano…</translation>
        </message>
        <message>
            <source>&amp;Edit body…</source>
            <translation>&amp;Editar órgano…</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Escaño</translation>
        </message>
        <message>
            <source>&amp;Add seats…</source>
            <translation>&amp;Agregar escaños…</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Vota</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <source>Add &amp;term…</source>
            <translation>Agregar &amp;mandato…</translation>
        </message>
        <message>
            <source>E&amp;nd term…</source>
            <translation>&amp;Terminar mandato…</translation>
        </message>
        <message>
            <source>&amp;Delete term</source>
            <translation>&amp;Eliminar mandato</translation>
        </message>
        <message>
            <source>&amp;Roster…</source>
            <translation>&amp;Nómina…</translation>
        </message>
        <message>
            <source>Add many terms at once, typed or pasted from a spreadsheet</source>
            <translation>Agregar muchos mandatos a la vez, escritos o pegados de una hoja de cálculo</translation>
        </message>
        <message>
            <source>Members and terms</source>
            <translation>Miembros y mandatos</translation>
        </message>
        <message>
            <source>&lt;b&gt;Bodies&lt;/b&gt; (committees name the body they belong to)</source>
            <translation>&lt;b&gt;Órganos&lt;/b&gt; (las comisiones indican el órgano al que pertenecen)</translation>
        </message>
        <message>
            <source>New body {v} with its seats</source>
            <translation>Nuevo órgano {v} con sus escaños</translation>
        </message>
        <message>
            <source>New body {v}</source>
            <translation>Nuevo órgano {v}</translation>
        </message>
        <message>
            <source>Add seats to {v}</source>
            <translation>Agregar escaños a {v}</translation>
        </message>
        <message>
            <source>House style of {get}</source>
            <translation>Estilo de la casa de {get}</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Editar {name}</translation>
        </message>
        <message>
            <source>Add {name} to {name2}</source>
            <translation>Agregar a {name} a {name2}</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Agregar {name}</translation>
        </message>
        <message>
            <source>Add term of {name}</source>
            <translation>Agregar mandato de {name}</translation>
        </message>
        <message>
            <source>End term</source>
            <translation>Terminar mandato</translation>
        </message>
        <message>
            <source>Last day of {person_name}'s term (YYYY-MM-DD):</source>
            <translation>Último día del mandato de {person_name} (AAAA-MM-DD):</translation>
        </message>
        <message>
            <source>“{text}” is not a date; type it as YYYY-MM-DD, for example 2011-12-31.</source>
            <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2011-12-31.</translation>
        </message>
        <message>
            <source>End term of {person_name}</source>
            <translation>Terminar el mandato de {person_name}</translation>
        </message>
        <message>
            <source>Delete term of {person_name}</source>
            <translation>Eliminar el mandato de {person_name}</translation>
        </message>
    </context>
    <context>
        <name>BodyFormDialog</name>
        <message>
            <source>{first}, then {second}</source>
            <translation>{first}, luego {second}</translation>
        </message>
        <message>
            <source>12-hour (7:05 p.m.)</source>
            <translation>12 horas (7:05 p. m.)</translation>
        </message>
        <message>
            <source>24-hour (19:05)</source>
            <translation>24 horas (19:05)</translation>
        </message>
        <message>
            <source>Thursday, 18 August 2011</source>
            <translation>Día, mes, año (jueves, 18 de agosto de 2011)</translation>
        </message>
        <message>
            <source>Thursday, August 18, 2011</source>
            <translation>Mes, día, año (jueves, agosto 18, 2011)</translation>
        </message>
        <message>
            <source>Counts only (passed 11–2, 1 abstaining)</source>
            <translation>Solo los conteos (aprobada 11–2, 1 abstención)</translation>
        </message>
        <message>
            <source>Counts with names (passed 11–2 (Menten, Mihalik opposed))</source>
            <translation>Conteos con nombres (aprobada 11–2 (Menten, Mihalik en contra))</translation>
        </message>
        <message>
            <source>Edit body</source>
            <translation>Editar órgano</translation>
        </message>
        <message>
            <source>New body</source>
            <translation>Nuevo órgano</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Pertenece a</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— ninguno —</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Escaños</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quórum</translation>
        </message>
        <message>
            <source>Default threshold</source>
            <translation>Mayoría requerida por defecto</translation>
        </message>
        <message>
            <source>Threshold of</source>
            <translation>Mayoría de</translation>
        </message>
        <message>
            <source>Agenda numbering</source>
            <translation>Numeración del orden del día</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Minutes clock</source>
            <translation>Reloj del acta</translation>
        </message>
        <message>
            <source>Minutes dates</source>
            <translation>Fechas del acta</translation>
        </message>
        <message>
            <source>Vote sentences</source>
            <translation>Frases de votación</translation>
        </message>
        <message>
            <source>&amp;All votes in roll-call tables, unanimous ones too</source>
            <translation>&amp;Todas las votaciones en tablas nominales, también las unánimes</translation>
        </message>
        <message>
            <source>Minutes language</source>
            <translation>Idioma del acta</translation>
        </message>
        <message>
            <source>Minutes house style</source>
            <translation>Estilo de la casa del acta</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Clock:</source>
            <translation>&amp;Reloj:</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Fechas:</translation>
        </message>
        <message>
            <source>&amp;Votes:</source>
            <translation>&amp;Votaciones:</translation>
        </message>
        <message>
            <source>none yet (Meeting ▸ Save agenda as the body's template)</source>
            <translation>ninguno todavía (Sesión ▸ Guardar el orden del día como plantilla del órgano)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Municipality:</source>
            <translation>&amp;Municipio:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;po:</translation>
        </message>
        <message>
            <source>&amp;Part of:</source>
            <translation>&amp;Pertenece a:</translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Escaños:</translation>
        </message>
        <message>
            <source>Seat names</source>
            <translation>Nombres de los escaños</translation>
        </message>
        <message>
            <source>optional: District A–O, Ward 1–9, At-Large A–B</source>
            <translation>opcional: Distrito A–O, Barrio 1–9, General A–B</translation>
        </message>
        <message>
            <source>Seat &amp;names:</source>
            <translation>Nombres de los es&amp;caños:</translation>
        </message>
        <message>
            <source>&amp;Quorum:</source>
            <translation>&amp;Quórum:</translation>
        </message>
        <message>
            <source>Default &amp;threshold:</source>
            <translation>Mayoría requerida por de&amp;fecto:</translation>
        </message>
        <message>
            <source>… &amp;of:</source>
            <translation>… &amp;de:</translation>
        </message>
        <message>
            <source>Agenda n&amp;umbering:</source>
            <translation>N&amp;umeración del orden del día:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>Usual agenda:</source>
            <translation>Orden del día habitual:</translation>
        </message>
    </context>
    <context>
        <name>ChairScriptPanel</name>
        <message>
            <source>The chair's script</source>
            <translation>El guion de la presidencia</translation>
        </message>
        <message>
            <source>Edit &amp;phrases…</source>
            <translation>Editar &amp;frases…</translation>
        </message>
        <message>
            <source>Chair's &amp;agenda (PDF)…</source>
            <translation>&amp;Guion de la presidencia (PDF)…</translation>
        </message>
        <message>
            <source>Choose an agenda item to see what the chair reads.</source>
            <translation>Elija un punto del orden del día para ver lo que lee la presidencia.</translation>
        </message>
        <message>
            <source>The chair's phrases</source>
            <translation>Las frases de la presidencia</translation>
        </message>
        <message>
            <source>Chair's phrase: {what}</source>
            <translation>Frase de la presidencia: {what}</translation>
        </message>
        <message>
            <source>Save the chair's agenda</source>
            <translation>Guardar el guion de la presidencia</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ChamberDesk</name>
        <message>
            <source>Show on display</source>
            <translation>Mostrar en la pantalla</translation>
        </message>
        <message>
            <source>Display screen</source>
            <translation>Pantalla de sala</translation>
        </message>
        <message>
            <source>Open display</source>
            <translation>Abrir la pantalla de sala</translation>
        </message>
        <message>
            <source>Show on &amp;display:</source>
            <translation>Mostrar en la &amp;pantalla:</translation>
        </message>
        <message>
            <source>&amp;Screen:</source>
            <translation>&amp;Pantalla:</translation>
        </message>
        <message>
            <source>Close display</source>
            <translation>Cerrar la pantalla de sala</translation>
        </message>
    </context>
    <context>
        <name>ChamberDisplay</name>
        <message>
            <source>Chamber display</source>
            <translation>Pantalla de la sala</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Escaño</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegó</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Salió</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voto</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Before → after</source>
            <translation>Antes → después</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Moción</translation>
        </message>
        <message>
            <source>Mover</source>
            <translation>Proponente</translation>
        </message>
        <message>
            <source>Seconder</source>
            <translation>Secundante</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Mayoría</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Comienza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Orador</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Patrocinador</translation>
        </message>
        <message>
            <source>Council member?</source>
            <translation>¿Miembro del concejo?</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Record correction</source>
            <translation>Registrar corrección</translation>
        </message>
        <message>
            <source>The approved minutes stay as they were approved. The correction is listed beside the entry and in a Corrections section, with its reason, and written to the audit log.</source>
            <translation>El acta aprobada queda tal como se aprobó. La corrección figura junto a la entrada y en una sección de Correcciones, con su motivo, y se anota en el registro de auditoría.</translation>
        </message>
        <message>
            <source>Agenda item corrected</source>
            <translation>Punto del orden del día corregido</translation>
        </message>
        <message>
            <source>The minutes as a whole</source>
            <translation>El acta en su conjunto</translation>
        </message>
        <message>
            <source>&amp;Entry:</source>
            <translation>&amp;Entrada:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Text as approved</source>
            <translation>Texto aprobado</translation>
        </message>
        <message>
            <source>As &amp;approved:</source>
            <translation>Tal como se &amp;aprobó:</translation>
        </message>
        <message>
            <source>Corrected text</source>
            <translation>Texto corregido</translation>
        </message>
        <message>
            <source>Corrected &amp;to:</source>
            <translation>Corregido &amp;a:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>CouncilDesk — problem report</source>
            <translation>CouncilDesk — informe del problema</translation>
        </message>
        <message>
            <source>Problem details</source>
            <translation>Detalles del problema</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar los detalles</translation>
        </message>
        <message>
            <source>&amp;Copied</source>
            <translation>&amp;Copiado</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSwitcher</name>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>No hay bases de datos recientes</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <source>{path} already exists; open it with File ▸ Open… instead.</source>
            <translation>{path} ya existe; ábrala con Archivo ▸ Abrir…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <source>Open a CouncilDesk database read only</source>
            <translation>Abrir una base de datos de CouncilDesk solo para lectura</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <source>CouncilDesk databases (*.db)</source>
            <translation>Bases de datos de CouncilDesk (*.db)</translation>
        </message>
        <message>
            <source>PostgreSQL backups (*.dump)</source>
            <translation>Copias de seguridad de PostgreSQL (*.dump)</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <source>Backing up to {path}…</source>
            <translation>Haciendo copia de seguridad en {path}…</translation>
        </message>
        <message>
            <source>Backed up to {path} at {now}.</source>
            <translation>Copia de seguridad guardada en {path} a las {now}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTableModel</name>
        <message>
            <source>link</source>
            <translation>enlace</translation>
        </message>
        <message>
            <source>Opens {url} in the web browser</source>
            <translation>Abre {url} en el navegador web</translation>
        </message>
        <message>
            <source>SHA-256 {sha256}: the fingerprint printed in the minutes' list of exhibits</source>
            <translation>SHA-256 {sha256}: la huella digital impresa en la lista de anexos del acta</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import open data or a roster</source>
            <translation>Importar datos abiertos o una nómina</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Export open data</source>
            <translation>Exportar datos abiertos</translation>
        </message>
        <message>
            <source>&amp;Archive…</source>
            <translation>Arc&amp;hivar…</translation>
        </message>
        <message>
            <source>Write a full archive (zip)</source>
            <translation>Escribir un archivo completo (zip)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Restore a backup or archive</source>
            <translation>Restaurar una copia de seguridad o un archivo</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Copias de se&amp;guridad…</translation>
        </message>
        <message>
            <source>List the automatic backups</source>
            <translation>Ver las copias de seguridad automáticas</translation>
        </message>
        <message>
            <source>Write archive</source>
            <translation>Escribir archivo</translation>
        </message>
        <message>
            <source>Archives (*.zip)</source>
            <translation>Archivos (*.zip)</translation>
        </message>
        <message>
            <source>Archiving to {path}…</source>
            <translation>Archivando en {path}…</translation>
        </message>
        <message>
            <source>Archived to {path}.</source>
            <translation>Archivado en {path}.</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>Restaurar desde</translation>
        </message>
        <message>
            <source>Backups and archives (*.db *.zip);;All files (*)</source>
            <translation>Copias de seguridad y archivos (*.db *.zip);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsView</name>
        <message>
            <source>Exhibits</source>
            <translation>Anexos</translation>
        </message>
        <message>
            <source>&amp;Attach files…</source>
            <translation>&amp;Adjuntar archivos…</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Adjuntar archivos</translation>
        </message>
        <message>
            <source>Add &amp;link…</source>
            <translation>Agregar &amp;enlace…</translation>
        </message>
        <message>
            <source>Link a document by its web address</source>
            <translation>Vincular un documento por su dirección web</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>A&amp;brir</translation>
        </message>
        <message>
            <source>Open selected exhibit</source>
            <translation>Abrir el anexo seleccionado</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove selected exhibit</source>
            <translation>Quitar el anexo seleccionado</translation>
        </message>
        <message>
            <source>No web browser could open {url}.</source>
            <translation>Ningún navegador web pudo abrir {url}.</translation>
        </message>
        <message>
            <source>No program is set up to open {file_name}; a copy is at {path}.</source>
            <translation>Ningún programa está configurado para abrir {file_name}; hay una copia en {path}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export open data</source>
            <translation>Exportar datos abiertos</translation>
        </message>
        <message>
            <source>Export into folder</source>
            <translation>Exportar a la carpeta</translation>
        </message>
        <message>
            <source>Only meetings &amp;between</source>
            <translation>Solo las sesiones &amp;entre</translation>
        </message>
        <message>
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Carpeta:</translation>
        </message>
        <message>
            <source>Choose the folder to export into first.</source>
            <translation>Elija primero la carpeta de destino.</translation>
        </message>
        <message>
            <source>Exporting to {folder}…</source>
            <translation>Exportando a {folder}…</translation>
        </message>
        <message>
            <source>Exported {count_of} to {folder}.</source>
            <translation>Se exportaron {count_of} a {folder}.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryFields</name>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Filter history (field, value, user)…</source>
            <translation>Filtrar el historial (campo, valor, usuario)…</translation>
        </message>
        <message>
            <source>Filter history</source>
            <translation>Filtrar el historial</translation>
        </message>
        <message>
            <source>This &amp;item only</source>
            <translation>Solo este &amp;punto</translation>
        </message>
        <message>
            <source>History of the selected agenda item only</source>
            <translation>Historial solo del punto seleccionado</translation>
        </message>
        <message>
            <source>History: who changed what, when</source>
            <translation>Historial: quién cambió qué y cuándo</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>added {what} {id}</source>
            <translation>Se agregó: {what} {id}</translation>
        </message>
        <message>
            <source>changed {what} {id}</source>
            <translation>Se cambió: {what} {id}</translation>
        </message>
        <message>
            <source>removed {what} {id}</source>
            <translation>Se eliminó: {what} {id}</translation>
        </message>
        <message>
            <source>ballots of {what} {id}</source>
            <translation>Votos individuales de: {what} {id}</translation>
        </message>
        <message>
            <source>body</source>
            <translation>órgano</translation>
        </message>
        <message>
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>seat</source>
            <translation>escaño</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>membresía</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>sesión</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>asistencia</translation>
        </message>
        <message>
            <source>matter</source>
            <translation>asunto</translation>
        </message>
        <message>
            <source>sponsorship</source>
            <translation>patrocinio</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>punto del orden del día</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>orador</translation>
        </message>
        <message>
            <source>meeting video</source>
            <translation>video de la sesión</translation>
        </message>
        <message>
            <source>approved minutes' files</source>
            <translation>archivos del acta aprobada</translation>
        </message>
        <message>
            <source>chair's phrase</source>
            <translation>frase de la presidencia</translation>
        </message>
        <message>
            <source>speaking limit</source>
            <translation>límite de tiempo para hablar</translation>
        </message>
        <message>
            <source>motion</source>
            <translation>moción</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>votación</translation>
        </message>
        <message>
            <source>ballot</source>
            <translation>voto individual</translation>
        </message>
        <message>
            <source>document</source>
            <translation>documento</translation>
        </message>
        <message>
            <source>minutes approval</source>
            <translation>aprobación del acta</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>corrección</translation>
        </message>
        <message>
            <source>external id</source>
            <translation>identificador externo</translation>
        </message>
        <message>
            <source>roll call</source>
            <translation>votación nominal</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Choose what to import, then Preview: nothing is written until you press Import.</source>
            <translation>Elija qué importar y luego Vista previa: no se escribe nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>Lo que cambiaría la importación</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;File or folder:</source>
            <translation>&amp;Archivo o carpeta:</translation>
        </message>
        <message>
            <source>Choose the OCD folder</source>
            <translation>Elija la carpeta OCD</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elija el archivo que importar</translation>
        </message>
        <message>
            <source>Choose the file or folder to import first.</source>
            <translation>Elija primero el archivo o la carpeta que importar.</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source> Nothing to import: every record is already here.</source>
            <translation> Nada que importar: todos los registros ya están aquí.</translation>
        </message>
    </context>
    <context>
        <name>ItemActions</name>
        <message>
            <source>Change {field} of item {number}</source>
            <translation>Cambiar {field} del punto {number}</translation>
        </message>
        <message>
            <source>Create matter {identifier}</source>
            <translation>Crear el asunto {identifier}</translation>
        </message>
        <message>
            <source>Add {name} as primary sponsor of {identifier}</source>
            <translation>Agregar a {name} como patrocinador principal de {identifier}</translation>
        </message>
        <message>
            <source>Add {name} as co-sponsor of {identifier}</source>
            <translation>Agregar a {name} como copatrocinador de {identifier}</translation>
        </message>
        <message>
            <source>Add {name} as sponsor of {identifier}</source>
            <translation>Agregar a {name} como patrocinador de {identifier}</translation>
        </message>
        <message>
            <source>Remove a sponsor of {identifier}</source>
            <translation>Quitar un patrocinador de {identifier}</translation>
        </message>
        <message>
            <source>Change the primary sponsor of {identifier}</source>
            <translation>Cambiar el patrocinador principal de {identifier}</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>Adjuntar {name}</translation>
        </message>
        <message>
            <source>Link {title}</source>
            <translation>Vincular {title}</translation>
        </message>
        <message>
            <source>Remove exhibit {title}</source>
            <translation>Quitar el anexo {title}</translation>
        </message>
        <message>
            <source>Add speaker {name}</source>
            <translation>Agregar al orador {name}</translation>
        </message>
        <message>
            <source>Edit speaker {name}</source>
            <translation>Editar al orador {name}</translation>
        </message>
        <message>
            <source>{name} starts speaking</source>
            <translation>{name} comienza a hablar</translation>
        </message>
        <message>
            <source>Move speaker {name}</source>
            <translation>Mover al orador {name}</translation>
        </message>
        <message>
            <source>Delete speaker {name}</source>
            <translation>Eliminar al orador {name}</translation>
        </message>
        <message>
            <source>Make amendment</source>
            <translation>Presentar enmienda</translation>
        </message>
        <message>
            <source>Make motion</source>
            <translation>Presentar moción</translation>
        </message>
        <message>
            <source>Mark motion {replace}</source>
            <translation>Marcar la moción: {replace}</translation>
        </message>
        <message>
            <source>Delete motion</source>
            <translation>Eliminar moción</translation>
        </message>
        <message>
            <source>Record unanimous vote</source>
            <translation>Registrar votación unánime</translation>
        </message>
        <message>
            <source>Record roll call</source>
            <translation>Registrar votación nominal</translation>
        </message>
        <message>
            <source>Record {method}</source>
            <translation>Registrar {method}</translation>
        </message>
        <message>
            <source>Delete vote</source>
            <translation>Eliminar votación</translation>
        </message>
        <message>
            <source>Time limit for {kind}</source>
            <translation>Límite de tiempo para {kind}</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailsView</name>
        <message>
            <source>Item title</source>
            <translation>Título del punto</translation>
        </message>
        <message>
            <source>Item kind</source>
            <translation>Tipo de punto</translation>
        </message>
        <message>
            <source>On the consent agenda</source>
            <translation>En la agenda de consentimiento</translation>
        </message>
        <message>
            <source>Consent agenda</source>
            <translation>Agenda de consentimiento</translation>
        </message>
        <message>
            <source>Item text</source>
            <translation>Texto del punto</translation>
        </message>
        <message>
            <source>Text of the item as it appears on the agenda</source>
            <translation>Texto del punto tal como figura en el orden del día</translation>
        </message>
        <message>
            <source>Discussion summary</source>
            <translation>Resumen del debate</translation>
        </message>
        <message>
            <source>Summary of the discussion, for the minutes (Ctrl+Enter saves)</source>
            <translation>Resumen del debate, para el acta (Ctrl+Intro guarda)</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Acción tomada</translation>
        </message>
        <message>
            <source>e.g. Adopted unanimously</source>
            <translation>p. ej., Aprobado por unanimidad</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>Ti&amp;po</translation>
        </message>
        <message>
            <source>Item te&amp;xt</source>
            <translation>Te&amp;xto del punto</translation>
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation>&amp;Debate</translation>
        </message>
        <message>
            <source>Action ta&amp;ken</source>
            <translation>A&amp;cción tomada</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>Agenda item</source>
            <translation>Punto del orden del día</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read only.&lt;/b&gt; {why}</source>
            <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; {why}</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>Item sections</source>
            <translation>Secciones del punto</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Matter &amp;&amp; sponsors</source>
            <translation>Asunto &amp;&amp; patrocinadores</translation>
        </message>
        <message>
            <source>Exhibits</source>
            <translation>Anexos</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Oradores</translation>
        </message>
        <message>
            <source>Motions &amp;&amp; votes</source>
            <translation>Mociones &amp;&amp; votaciones</translation>
        </message>
        <message>
            <source>No agenda item chosen</source>
            <translation>No se eligió ningún punto</translation>
        </message>
        <message>
            <source> · consent agenda</source>
            <translation> · agenda de consentimiento</translation>
        </message>
        <message>
            <source>Exhibits ({exhibits})</source>
            <translation>Anexos ({exhibits})</translation>
        </message>
        <message>
            <source>Speakers ({speakers})</source>
            <translation>Oradores ({speakers})</translation>
        </message>
        <message>
            <source>Motions &amp;&amp; votes ({motions})</source>
            <translation>Mociones &amp;&amp; votaciones ({motions})</translation>
        </message>
    </context>
    <context>
        <name>KindDelegate</name>
        <message>
            <source>Item kind</source>
            <translation>Tipo de punto</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Interface &amp;language</source>
            <translation>&amp;Idioma de la interfaz</translation>
        </message>
        <message>
            <source>The window will be in {language} the next time CouncilDesk starts.</source>
            <translation>La ventana estará en {language} la próxima vez que se inicie CouncilDesk.</translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <source>Letterhead</source>
            <translation>Membrete</translation>
        </message>
        <message>
            <source>The body's own municipality</source>
            <translation>El municipio del propio órgano</translation>
        </message>
        <message>
            <source>&amp;Municipality line:</source>
            <translation>Línea del &amp;municipio:</translation>
        </message>
        <message>
            <source>No seal</source>
            <translation>Sin sello</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>&amp;Seal or logo image:</source>
            <translation>Imagen del &amp;sello o logotipo:</translation>
        </message>
        <message>
            <source>Clerk's &amp;title:</source>
            <translation>&amp;Cargo del secretario:</translation>
        </message>
        <message>
            <source>Seal or logo image</source>
            <translation>Imagen del sello o logotipo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{logo} is not a PNG or JPEG image that can be read; choose another file.</source>
            <translation>{logo} no es una imagen PNG o JPEG legible; elija otro archivo.</translation>
        </message>
    </context>
    <context>
        <name>LiveRefresh</name>
        <message>
            <source>Lost the live connection to the server; trying again (F5 reloads meanwhile).</source>
            <translation>Se perdió la conexión en vivo con el servidor; se vuelve a intentar (mientras tanto, F5 recarga).</translation>
        </message>
        <message>
            <source>Live connection to the server restored.</source>
            <translation>Se restableció la conexión en vivo con el servidor.</translation>
        </message>
        <message>
            <source>Another desk</source>
            <translation>Otro puesto</translation>
        </message>
        <message>
            <source>{who} changed these records; the changes show when you leave this field.</source>
            <translation>{who} cambió estos registros; los cambios se mostrarán cuando salga de este campo.</translation>
        </message>
        <message>
            <source>Also in this meeting: {names}</source>
            <translation>También en esta sesión: {names}</translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Orden del día</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <source>Create an empty database</source>
            <translation>Crear una base de datos vacía</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Abrir otra base de datos</translation>
        </message>
        <message>
            <source>Open read on&amp;ly…</source>
            <translation>Abrir solo para &amp;lectura…</translation>
        </message>
        <message>
            <source>Open a database to read and print only</source>
            <translation>Abrir una base de datos solo para leer e imprimir</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>&amp;Copia de seguridad…</translation>
        </message>
        <message>
            <source>Copy the database to a safe place</source>
            <translation>Copiar la base de datos a un lugar seguro</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close CouncilDesk</source>
            <translation>Cerrar CouncilDesk</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;People…</source>
            <translation>&amp;Personas…</translation>
        </message>
        <message>
            <source>Add and edit people</source>
            <translation>Agregar y editar personas</translation>
        </message>
        <message>
            <source>&amp;Bodies, seats and terms…</source>
            <translation>Ó&amp;rganos, escaños y mandatos…</translation>
        </message>
        <message>
            <source>Council, committees, seats and members</source>
            <translation>Concejo, comisiones, escaños y miembros</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nueva sesión…</translation>
        </message>
        <message>
            <source>Schedule a new meeting</source>
            <translation>Programar una nueva sesión</translation>
        </message>
        <message>
            <source>&amp;Delete meeting…</source>
            <translation>&amp;Eliminar sesión…</translation>
        </message>
        <message>
            <source>Delete the selected meeting</source>
            <translation>Eliminar la sesión seleccionada</translation>
        </message>
        <message>
            <source>Save agenda as the body's te&amp;mplate</source>
            <translation>Guardar el orden del día como &amp;plantilla del órgano</translation>
        </message>
        <message>
            <source>New meetings of this body can start from this agenda's sections</source>
            <translation>Las nuevas sesiones de este órgano pueden partir de las secciones de este orden del día</translation>
        </message>
        <message>
            <source>&amp;Find meeting</source>
            <translation>&amp;Buscar sesión</translation>
        </message>
        <message>
            <source>Filter the navigator</source>
            <translation>Filtrar el navegador</translation>
        </message>
        <message>
            <source>&amp;Navigator</source>
            <translation>&amp;Navegador</translation>
        </message>
        <message>
            <source>Go to the navigator</source>
            <translation>Ir al navegador</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>A&amp;sistencia</translation>
        </message>
        <message>
            <source>Go to the roll</source>
            <translation>Ir a la lista de asistencia</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>Orden del &amp;día</translation>
        </message>
        <message>
            <source>Go to the agenda</source>
            <translation>Ir al orden del día</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>Reload from the database</source>
            <translation>Volver a cargar desde la base de datos</translation>
        </message>
        <message>
            <source>Show navigator</source>
            <translation>Mostrar el navegador</translation>
        </message>
        <message>
            <source>CouncilDesk &amp;help</source>
            <translation>A&amp;yuda de CouncilDesk</translation>
        </message>
        <message>
            <source>A short guide</source>
            <translation>Una guía breve</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Every keyboard shortcut</source>
            <translation>Todos los atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About CouncilDesk</source>
            <translation>A&amp;cerca de CouncilDesk</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Meeting workspace</source>
            <translation>Espacio de trabajo de la sesión</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Read only: the database role {role} may only read these records.</source>
            <translation>Solo lectura: el rol de base de datos {role} solo puede leer estos registros.</translation>
        </message>
        <message>
            <source>Signed in as {who}.</source>
            <translation>Sesión iniciada como {who}.</translation>
        </message>
        <message>
            <source>{text} (read only)</source>
            <translation>{text} (solo lectura)</translation>
        </message>
        <message>
            <source>Filter meetings (title, place, body)…</source>
            <translation>Filtrar sesiones (título, lugar, órgano)…</translation>
        </message>
        <message>
            <source>Filter meetings</source>
            <translation>Filtrar sesiones</translation>
        </message>
        <message>
            <source>Navigator: bodies, years and meetings</source>
            <translation>Navegador: órganos, años y sesiones</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
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
            <translation>Se volvió a cargar desde la base de datos.</translation>
        </message>
        <message>
            <source>Create a body first (Edit ▸ Bodies, seats and terms…), then its meetings.</source>
            <translation>Cree primero un órgano (Editar ▸ Órganos, escaños y mandatos…) y después sus sesiones.</translation>
        </message>
        <message>
            <source>New meeting on {short_date}</source>
            <translation>Nueva sesión el {short_date}</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>%n sección</numerusform>
                <numerusform>%n secciones</numerusform>
            </translation>
        </message>
        <message>
            <source>New {body_name} meetings can start from these {count}.</source>
            <translation>Las nuevas sesiones de {body_name} pueden partir de estas {count}.</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Eliminar sesión</translation>
        </message>
        <message>
            <source>Delete the {body_name} meeting of {long_date} with everything recorded in it? This cannot be undone.</source>
            <translation>¿Eliminar la sesión de {body_name} del {long_date} con todo lo registrado en ella? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Deleted the meeting of {long_date}.</source>
            <translation>Se eliminó la sesión del {long_date}.</translation>
        </message>
        <message>
            <source>About CouncilDesk</source>
            <translation>Acerca de CouncilDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CouncilDesk {version}&lt;/h3&gt;&lt;p&gt;Record council meetings as they happen — attendance, agenda, sponsors, speakers, motions and votes — and publish official minutes. Works fully offline.&lt;/p&gt;&lt;p&gt;Database: {url}&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;CouncilDesk {version}&lt;/h3&gt;&lt;p&gt;Registre las sesiones del concejo a medida que ocurren —asistencia, orden del día, patrocinadores, oradores, mociones y votaciones— y publique las actas oficiales. Funciona sin conexión.&lt;/p&gt;&lt;p&gt;Base de datos: {url}&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MatterHistoryDialog</name>
        <message>
            <source>History of {identifier}</source>
            <translation>Historial de {identifier}</translation>
        </message>
    </context>
    <context>
        <name>MeetingHeaderDialog</name>
        <message>
            <source>Meeting details</source>
            <translation>Detalles de la sesión</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Presiding officer</source>
            <translation>Preside</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Secretario</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Points of order, notices, announcements for the minutes</source>
            <translation>Cuestiones de orden, avisos y anuncios para el acta</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;po:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>P&amp;residing:</source>
            <translation>P&amp;reside:</translation>
        </message>
        <message>
            <source>&amp;Clerk:</source>
            <translation>&amp;Secretario:</translation>
        </message>
        <message>
            <source>&amp;Notices:</source>
            <translation>&amp;Avisos:</translation>
        </message>
    </context>
    <context>
        <name>MeetingTimesDialog</name>
        <message>
            <source>Times of the meeting of {long_date}</source>
            <translation>Horas de la sesión del {long_date}</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Time: {what}</source>
            <translation>Hora: {what}</translation>
        </message>
        <message>
            <source>Time warnings</source>
            <translation>Advertencias de horario</translation>
        </message>
        <message>
            <source>Times on {long_date}; a time after midnight is the next day.</source>
            <translation>Horas del {long_date}; una hora después de medianoche es del día siguiente.</translation>
        </message>
        <message numerus="yes">
            <source>Correct %n time(s)</source>
            <translation>
                <numerusform>Corregir %n hora</numerusform>
                <numerusform>Corregir %n horas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Detalles…</translation>
        </message>
        <message>
            <source>&amp;Call to order</source>
            <translation>&amp;Abrir la sesión</translation>
        </message>
        <message>
            <source>Ad&amp;journ</source>
            <translation>&amp;Levantar la sesión</translation>
        </message>
        <message>
            <source>&amp;Times…</source>
            <translation>&amp;Horas…</translation>
        </message>
        <message>
            <source>Mark all &amp;present</source>
            <translation>&amp;Todos presentes</translation>
        </message>
        <message>
            <source>Read-only notice</source>
            <translation>Aviso de solo lectura</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Meeting details</source>
            <translation>Detalles de la sesión</translation>
        </message>
        <message>
            <source>Meeting times</source>
            <translation>Horas de la sesión</translation>
        </message>
        <message>
            <source>Time warnings</source>
            <translation>Advertencias de horario</translation>
        </message>
        <message>
            <source>Edit the meeting's details</source>
            <translation>Editar los detalles de la sesión</translation>
        </message>
        <message>
            <source>Stamp the time the meeting began</source>
            <translation>Registrar la hora de apertura de la sesión</translation>
        </message>
        <message>
            <source>Stamp the time the meeting ended</source>
            <translation>Registrar la hora en que se levantó la sesión</translation>
        </message>
        <message>
            <source>Type or correct every time of the record</source>
            <translation>Escribir o corregir todas las horas del registro</translation>
        </message>
        <message>
            <source>Mark every unrecorded member present</source>
            <translation>Marcar presentes a todos los miembros sin registrar</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>Call to order</source>
            <translation>Abrir la sesión</translation>
        </message>
        <message>
            <source>Adjourn</source>
            <translation>Levantar la sesión</translation>
        </message>
        <message>
            <source>Times…</source>
            <translation>Horas…</translation>
        </message>
        <message>
            <source>No meeting selected.

Choose one in the navigator on the left, or create one with Meeting ▸ New meeting… (Ctrl+Shift+N).</source>
            <translation>No hay ninguna sesión seleccionada.

Elija una en el navegador de la izquierda, o cree una con Sesión ▸ Nueva sesión… (Ctrl+Mayús+N).</translation>
        </message>
        <message>
            <source>No meeting selected</source>
            <translation>Ninguna sesión seleccionada</translation>
        </message>
        <message>
            <source>Opened read only — you can read, search and print; nothing can be changed.</source>
            <translation>Abierta solo para lectura: puede leer, buscar e imprimir; no se puede cambiar nada.</translation>
        </message>
        <message>
            <source>{body_name} — {kind} meeting</source>
            <translation>{body_name} — sesión {kind}</translation>
        </message>
        <message>
            <source>place not recorded</source>
            <translation>lugar sin registrar</translation>
        </message>
        <message>
            <source>Presiding: {value}</source>
            <translation>Preside: {value}</translation>
        </message>
        <message>
            <source>Clerk: {value}</source>
            <translation>Secretario: {value}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>called to order {time}</source>
            <translation>se abrió a las {time}</translation>
        </message>
        <message>
            <source>adjourned {time}</source>
            <translation>se levantó a las {time}</translation>
        </message>
        <message>
            <source>Notices: {notices}</source>
            <translation>Avisos: {notices}</translation>
        </message>
        <message>
            <source>
… and {value} more (Meeting ▸ Times…)</source>
            <translation>
… y {value} más (Sesión ▸ Horas…)</translation>
        </message>
        <message>
            <source>The minutes of this meeting are approved, so it is read only; record corrections in the Minutes tab. ({locked_banner_text})</source>
            <translation>El acta de esta sesión está aprobada, así que es de solo lectura; registre las correcciones en la pestaña Acta. ({locked_banner_text})</translation>
        </message>
        <message>
            <source>Edit meeting details</source>
            <translation>Editar los detalles de la sesión</translation>
        </message>
        <message>
            <source>Adjourn the {body_name} meeting now?</source>
            <translation>¿Levantar ahora la sesión de {body_name}?</translation>
        </message>
        <message>
            <source>The time can be corrected in Meeting ▸ Times…; Undo takes it back.</source>
            <translation>La hora puede corregirse en Sesión ▸ Horas…; Deshacer la revierte.</translation>
        </message>
        <message>
            <source>&amp;Yes, adjourn</source>
            <translation>&amp;Sí, levantar la sesión</translation>
        </message>
    </context>
    <context>
        <name>MinutesView</name>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Aprobar…</translation>
        </message>
        <message>
            <source>Minutes preview</source>
            <translation>Vista previa del acta</translation>
        </message>
        <message>
            <source>Minutes status</source>
            <translation>Estado del acta</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>Paper size for preview, export and printing</source>
            <translation>Tamaño del papel para la vista previa, la exportación y la impresión</translation>
        </message>
        <message>
            <source>&amp;Refresh preview</source>
            <translation>Ac&amp;tualizar la vista previa</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>E&amp;xportar PDF…</translation>
        </message>
        <message>
            <source>Export as &amp;HTML…</source>
            <translation>Exportar como &amp;HTML…</translation>
        </message>
        <message>
            <source>Export a&amp;genda PDF…</source>
            <translation>Exportar el orden del &amp;día en PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Sign and export…</source>
            <translation>&amp;Firmar y exportar…</translation>
        </message>
        <message>
            <source>Approved minutes as a PDF signed with your key file (.p12)</source>
            <translation>El acta aprobada como PDF firmado con su archivo de clave (.p12)</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <source>Record &amp;correction…</source>
            <translation>Registrar &amp;corrección…</translation>
        </message>
        <message>
            <source>&amp;Letterhead…</source>
            <translation>&amp;Membrete…</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papel:</translation>
        </message>
        <message>
            <source>Choose a meeting to see its minutes.</source>
            <translation>Elija una sesión para ver su acta.</translation>
        </message>
        <message>
            <source>{approval_sentence} Locked. Fingerprint (SHA-256): {sha256}</source>
            <translation>{approval_sentence} Bloqueada. Huella digital (SHA-256): {sha256}</translation>
        </message>
        <message>
            <source>DRAFT — not ready to sign. </source>
            <translation>BORRADOR — no está lista para firmar. </translation>
        </message>
        <message>
            <source>DRAFT — these minutes are not yet approved and may still change.</source>
            <translation>BORRADOR — esta acta aún no está aprobada y todavía puede cambiar.</translation>
        </message>
        <message>
            <source>Export minutes as PDF</source>
            <translation>Exportar el acta en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export minutes as HTML</source>
            <translation>Exportar el acta en HTML</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>Páginas web (*.html)</translation>
        </message>
        <message>
            <source>Export agenda as PDF</source>
            <translation>Exportar el orden del día en PDF</translation>
        </message>
        <message>
            <source>Export signed minutes as PDF</source>
            <translation>Exportar el acta firmada en PDF</translation>
        </message>
        <message>
            <source>Signing the minutes of {scheduled_start}…</source>
            <translation>Firmando el acta del {scheduled_start}…</translation>
        </message>
        <message>
            <source>Wrote {path}, signed by {who}; `councildesk verify-pdf` or a PDF reader checks it.</source>
            <translation>Se escribió {path}, firmado por {who}; `councildesk verify-pdf` o un lector de PDF lo verifica.</translation>
        </message>
        <message>
            <source>Writing the agenda of {scheduled_start}…</source>
            <translation>Escribiendo el orden del día del {scheduled_start}…</translation>
        </message>
        <message>
            <source>Writing the web edition of the minutes of {scheduled_start}…</source>
            <translation>Escribiendo la edición web del acta del {scheduled_start}…</translation>
        </message>
        <message>
            <source>Writing the minutes of {scheduled_start}…</source>
            <translation>Escribiendo el acta del {scheduled_start}…</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Se escribió {path}.</translation>
        </message>
        <message>
            <source>Print minutes</source>
            <translation>Imprimir el acta</translation>
        </message>
        <message>
            <source>Printing the minutes…</source>
            <translation>Imprimiendo el acta…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The printer could not be started; check that it is connected and try again.</source>
            <translation>No se pudo iniciar la impresora; compruebe que esté conectada y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source> at {time}</source>
            <translation> a las {time}</translation>
        </message>
        <message>
            <source>Item {number} {title}: {method} </source>
            <translation>Punto {number} {title}: {method} </translation>
        </message>
        <message>
            <source>
Changed: </source>
            <translation>
Cambiado: </translation>
        </message>
        <message>
            <source>Correction recorded; it is listed in the minutes. The approved fingerprint is unchanged.</source>
            <translation>Corrección registrada; figura en el acta. La huella digital aprobada no cambia.</translation>
        </message>
    </context>
    <context>
        <name>MinutesVolumeDialog</name>
        <message>
            <source>Minutes for a year</source>
            <translation>Actas de un año</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>Ó&amp;rgano:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Año:</translation>
        </message>
        <message numerus="yes">
            <source>{year} (%n meeting(s))</source>
            <translation>
                <numerusform>{year} (%n sesión)</numerusform>
                <numerusform>{year} (%n sesiones)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MotionTreeModel</name>
        <message>
            <source>unanimous</source>
            <translation>unánime</translation>
        </message>
        <message>
            <source>no second</source>
            <translation>sin secundar</translation>
        </message>
    </context>
    <context>
        <name>MotionsView</name>
        <message>
            <source>Motion kind</source>
            <translation>Tipo de moción</translation>
        </message>
        <message>
            <source>To adopt the resolution … (Enter makes the motion)</source>
            <translation>Que se apruebe la resolución … (Intro presenta la moción)</translation>
        </message>
        <message>
            <source>Motion text</source>
            <translation>Texto de la moción</translation>
        </message>
        <message>
            <source>Mover</source>
            <translation>Proponente</translation>
        </message>
        <message>
            <source>Seconder</source>
            <translation>Secundante</translation>
        </message>
        <message>
            <source>&amp;Make motion</source>
            <translation>&amp;Presentar moción</translation>
        </message>
        <message>
            <source>Make motion</source>
            <translation>Presentar moción</translation>
        </message>
        <message>
            <source>Amend &amp;selected</source>
            <translation>&amp;Enmendar la seleccionada</translation>
        </message>
        <message>
            <source>Make an amendment to the selected motion</source>
            <translation>Presentar una enmienda a la moción seleccionada</translation>
        </message>
        <message>
            <source>New motion</source>
            <translation>Nueva moción</translation>
        </message>
        <message>
            <source>Moved b&amp;y</source>
            <translation>Presentada p&amp;or</translation>
        </message>
        <message>
            <source>Seconded &amp;by</source>
            <translation>Secundada &amp;por</translation>
        </message>
        <message>
            <source>Motions</source>
            <translation>Mociones</translation>
        </message>
        <message>
            <source>&amp;Unanimous</source>
            <translation>&amp;Unánime</translation>
        </message>
        <message>
            <source>Record a unanimous vote (Ctrl+U)</source>
            <translation>Registrar una votación unánime (Ctrl+U)</translation>
        </message>
        <message>
            <source>Record unanimous vote</source>
            <translation>Registrar votación unánime</translation>
        </message>
        <message>
            <source>&amp;Roll call…</source>
            <translation>Votación &amp;nominal…</translation>
        </message>
        <message>
            <source>Record a roll call, one key per member (Ctrl+R)</source>
            <translation>Registrar una votación nominal, una tecla por miembro (Ctrl+R)</translation>
        </message>
        <message>
            <source>Record roll call</source>
            <translation>Registrar votación nominal</translation>
        </message>
        <message>
            <source>&amp;Voice vote…</source>
            <translation>Votación de &amp;viva voz…</translation>
        </message>
        <message>
            <source>Record a voice vote (Ctrl+Shift+V)</source>
            <translation>Registrar una votación de viva voz (Ctrl+Mayús+V)</translation>
        </message>
        <message>
            <source>Record voice vote</source>
            <translation>Registrar votación de viva voz</translation>
        </message>
        <message>
            <source>Motion disposition</source>
            <translation>Decisión sobre la moción</translation>
        </message>
        <message>
            <source>Delete vot&amp;e</source>
            <translation>Eliminar vota&amp;ción</translation>
        </message>
        <message>
            <source>Delete the selected motion's vote</source>
            <translation>Eliminar la votación de la moción seleccionada</translation>
        </message>
        <message>
            <source>&amp;Delete motion</source>
            <translation>&amp;Eliminar moción</translation>
        </message>
        <message>
            <source>Delete selected motion with its amendments and votes</source>
            <translation>Eliminar la moción seleccionada con sus enmiendas y votaciones</translation>
        </message>
        <message>
            <source>Disposition</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Recorded votes</source>
            <translation>Votaciones registradas</translation>
        </message>
        <message>
            <source>{role}: type part of a present voting member's name</source>
            <translation>{role}: escriba parte del nombre de un miembro presente con voto</translation>
        </message>
        <message>
            <source>&lt;i&gt;Select a motion to see its vote.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Seleccione una moción para ver su votación.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{text}&lt;/b&gt;&lt;br&gt;&lt;i&gt;No vote recorded yet: Ctrl+U unanimous, Ctrl+R roll call, Ctrl+Shift+V voice vote.&lt;/i&gt;</source>
            <translation>&lt;b&gt;{text}&lt;/b&gt;&lt;br&gt;&lt;i&gt;Aún no hay votación registrada: Ctrl+U unánime, Ctrl+R nominal, Ctrl+Mayús+V de viva voz.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>{text} is not a voting member recorded as present and cannot be the {role}.</source>
            <translation>{text} no es un miembro con voto registrado como presente y no puede ser el {role}.</translation>
        </message>
        <message>
            <source>Select the motion this amendment amends.</source>
            <translation>Seleccione la moción que esta enmienda modifica.</translation>
        </message>
        <message>
            <source>Select the motion to vote on.</source>
            <translation>Seleccione la moción que se vota.</translation>
        </message>
        <message>
            <source>{join} taking part remotely: every vote is by roll call, so the roll call is open.</source>
            <translation>{join} participa(n) a distancia: toda votación es nominal, así que se abre la votación nominal.</translation>
        </message>
        <message>
            <source>This motion already has a recorded vote; delete that vote first to record it again.</source>
            <translation>Esta moción ya tiene una votación registrada; elimínela primero para volver a registrarla.</translation>
        </message>
        <message>
            <source>The selected motion has no recorded vote.</source>
            <translation>La moción seleccionada no tiene votación registrada.</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>minutes approved</source>
            <translation>acta aprobada</translation>
        </message>
        <message>
            <source>minutes draft</source>
            <translation>acta en borrador</translation>
        </message>
        <message>
            <source> at {location}</source>
            <translation> en {location}</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Title (optional)</source>
            <translation>Título (opcional)</translation>
        </message>
        <message>
            <source>optional, e.g. Budget hearing</source>
            <translation>opcional, p. ej., Audiencia del presupuesto</translation>
        </message>
        <message>
            <source>Presiding officer</source>
            <translation>Preside</translation>
        </message>
        <message>
            <source>Recording clerk</source>
            <translation>Secretario de actas</translation>
        </message>
        <message>
            <source>Start from the body's &amp;usual agenda</source>
            <translation>Partir del orden del día &amp;habitual del órgano</translation>
        </message>
        <message>
            <source>Start from template</source>
            <translation>Partir de la plantilla</translation>
        </message>
        <message>
            <source>Create meeting</source>
            <translation>Crear sesión</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>Ó&amp;rgano:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;po:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>P&amp;residing:</source>
            <translation>P&amp;reside:</translation>
        </message>
        <message>
            <source>&amp;Clerk:</source>
            <translation>&amp;Secretario:</translation>
        </message>
        <message>
            <source>This body has no saved agenda yet (Meeting ▸ Save agenda as the body's template).</source>
            <translation>Este órgano aún no tiene un orden del día guardado (Sesión ▸ Guardar el orden del día como plantilla del órgano).</translation>
        </message>
    </context>
    <context>
        <name>PathField</name>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Find by name, title or affiliation…</source>
            <translation>Buscar por nombre, cargo o afiliación…</translation>
        </message>
        <message>
            <source>Find people</source>
            <translation>Buscar personas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Afiliación</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Residencia</translation>
        </message>
        <message>
            <source>&lt;b&gt;New person&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nueva persona&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>e.g. Leeds</source>
            <translation>p. ej., Leeds</translation>
        </message>
        <message>
            <source>e.g. ACLU of Massachusetts</source>
            <translation>p. ej., ACLU de Massachusetts</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Nueva persona</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Agregar {name}</translation>
        </message>
        <message>
            <source>Edit {display_name}</source>
            <translation>Editar a {display_name}</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publish website</source>
            <translation>Publicar el sitio web</translation>
        </message>
        <message>
            <source>Folder to publish into</source>
            <translation>Carpeta donde publicar</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Every body</source>
            <translation>Todos los órganos</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>First meeting date</source>
            <translation>Fecha de la primera sesión</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>Last meeting date</source>
            <translation>Fecha de la última sesión</translation>
        </message>
        <message>
            <source>Include &amp;draft minutes (each marked DRAFT)</source>
            <translation>Incluir actas en &amp;borrador (cada una marcada BORRADOR)</translation>
        </message>
        <message>
            <source>Language of the website's own words</source>
            <translation>Idioma de los textos propios del sitio web</translation>
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation>&amp;Publicar</translation>
        </message>
        <message>
            <source>F&amp;older:</source>
            <translation>&amp;Carpeta:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>Ó&amp;rgano:</translation>
        </message>
        <message>
            <source>Website &amp;language:</source>
            <translation>&amp;Idioma del sitio web:</translation>
        </message>
        <message>
            <source>Choose the folder for the website</source>
            <translation>Elija la carpeta del sitio web</translation>
        </message>
        <message>
            <source>Choose the folder to publish the website into.</source>
            <translation>Elija la carpeta donde publicar el sitio web.</translation>
        </message>
        <message>
            <source>{folder} already holds files CouncilDesk did not write. Publish the website beside them? They are kept; only the site's own files are ever replaced or removed.</source>
            <translation>{folder} ya contiene archivos que CouncilDesk no escribió. ¿Publicar el sitio web junto a ellos? Se conservan; solo se reemplazan o eliminan los archivos propios del sitio.</translation>
        </message>
        <message>
            <source>Publishing the website into {folder}…</source>
            <translation>Publicando el sitio web en {folder}…</translation>
        </message>
        <message>
            <source>Published {pages} pages into {folder} ({changed} files written, {removed} removed).</source>
            <translation>Se publicaron {pages} páginas en {folder} ({changed} archivos escritos, {removed} eliminados).</translation>
        </message>
        <message>
            <source>Publish &amp;website…</source>
            <translation>Publicar el sitio &amp;web…</translation>
        </message>
        <message>
            <source>Write the public website of meetings, votes and members into a folder</source>
            <translation>Escribir en una carpeta el sitio web público de sesiones, votaciones y miembros</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
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
{body_name}, sesión {meeting_id} — Intro la abre</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <source>&amp;Member record</source>
            <translation>&amp;Historial del miembro</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>&amp;Who votes with whom</source>
            <translation>&amp;Quién vota con quién</translation>
        </message>
        <message>
            <source>Type a member's name…</source>
            <translation>Escriba el nombre de un miembro…</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>All bodies</source>
            <translation>Todos los órganos</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Any vote</source>
            <translation>Cualquier voto</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Voto</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>Cualquier resultado</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Any matter</source>
            <translation>Cualquier asunto</translation>
        </message>
        <message>
            <source>Matter kind</source>
            <translation>Tipo de asunto</translation>
        </message>
        <message>
            <source>Any sponsor</source>
            <translation>Cualquier patrocinador</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Patrocinador</translation>
        </message>
        <message>
            <source>Words in the item, motion or matter</source>
            <translation>Palabras del punto, la moción o el asunto</translation>
        </message>
        <message>
            <source>Text filter</source>
            <translation>Filtro de texto</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Fechas:</translation>
        </message>
        <message>
            <source>Filters:</source>
            <translation>Filtros:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texto:</translation>
        </message>
        <message>
            <source>Matter &amp;history…</source>
            <translation>&amp;Historial del asunto…</translation>
        </message>
        <message>
            <source>The selected matter's path across meetings, with every vote on it</source>
            <translation>El recorrido del asunto seleccionado por las sesiones, con cada votación</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>Choose a member to see every vote they cast.</source>
            <translation>Elija un miembro para ver todos sus votos.</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exportar &amp;PDF…</translation>
        </message>
        <message>
            <source>Export CS&amp;V…</source>
            <translation>Exportar CS&amp;V…</translation>
        </message>
        <message>
            <source>Search items, matters, motions, speakers — "a phrase", prefix*</source>
            <translation>Buscar puntos, asuntos, mociones, oradores — "una frase", prefijo*</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>F&amp;rom:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>Share of split votes (at least one yes and one no) on which both members voted yes or no and voted alike. Arrow keys move between pairs.</source>
            <translation>Proporción de votaciones divididas (al menos un sí y un no) en que ambos miembros votaron sí o no y coincidieron. Las flechas pasan de un par a otro.</translation>
        </message>
        <message>
            <source>Sponsored by {name}</source>
            <translation>Patrocinado por {name}</translation>
        </message>
        <message>
            <source> (filtered)</source>
            <translation> (filtrado)</translation>
        </message>
        <message>
            <source>&lt;p style='color:gray'&gt;Counting…&lt;/p&gt;</source>
            <translation>&lt;p style='color:gray'&gt;Contando…&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{ballots}&lt;/b&gt; ballots ({value})&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{ballots}&lt;/b&gt; votos ({value})&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;With the majority:&lt;/b&gt; {with_majority} of {decided} ({percent})&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Con la mayoría:&lt;/b&gt; {with_majority} de {decided} ({percent})&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Attendance:&lt;/b&gt; {meetings_present} of {meetings_seated} meetings ({percent})&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Asistencia:&lt;/b&gt; {meetings_present} de {meetings_seated} sesiones ({percent})&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Dissents:&lt;/b&gt; {count}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Votos en contra de la mayoría:&lt;/b&gt; {count}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Recusals:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Recusaciones:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Attendance by year&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing='4'&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Asistencia por año&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing='4'&gt;</translation>
        </message>
        <message>
            <source>&lt;tr&gt;&lt;th align='left'&gt;Year&lt;/th&gt;&lt;th&gt;Present&lt;/th&gt;&lt;th&gt;Absent&lt;/th&gt;&lt;th&gt;Excused&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th align='left'&gt;Año&lt;/th&gt;&lt;th&gt;Presente&lt;/th&gt;&lt;th&gt;Ausente&lt;/th&gt;&lt;th&gt;Justificado&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <source>&lt;p style='color:gray'&gt;Voice votes record no names and count neither way; ties and abstentions count neither with nor against the majority.&lt;/p&gt;</source>
            <translation>&lt;p style='color:gray'&gt;Las votaciones de viva voz no registran nombres y no cuentan en ningún sentido; los empates y las abstenciones no cuentan ni a favor ni en contra de la mayoría.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>“{item_title}” is not tied to a matter, so it has no history across meetings.</source>
            <translation>«{item_title}» no está vinculado a un asunto, así que no tiene historial entre sesiones.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} has not been on any meeting's agenda yet.</source>
            <translation>{title} todavía no ha figurado en el orden del día de ninguna sesión.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV spreadsheets (*.csv)</source>
            <translation>Hojas de cálculo CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export voting record</source>
            <translation>Exportar el historial de votos</translation>
        </message>
        <message>
            <source>{person_name} voting record.{kind}</source>
            <translation>historial de votos de {person_name}.{kind}</translation>
        </message>
        <message>
            <source>Export search results</source>
            <translation>Exportar los resultados de la búsqueda</translation>
        </message>
        <message>
            <source>search results.csv</source>
            <translation>resultados de la búsqueda.csv</translation>
        </message>
        <message>
            <source>Export who votes with whom</source>
            <translation>Exportar quién vota con quién</translation>
        </message>
        <message>
            <source>who votes with whom.{kind}</source>
            <translation>quién vota con quién.{kind}</translation>
        </message>
    </context>
    <context>
        <name>RollCallView</name>
        <message>
            <source>&lt;b&gt;Roll call on:&lt;/b&gt; {esc}</source>
            <translation>&lt;b&gt;Votación nominal sobre:&lt;/b&gt; {esc}</translation>
        </message>
        <message>
            <source>Roll call ballots</source>
            <translation>Votos de la votación nominal</translation>
        </message>
        <message>
            <source>Live tally</source>
            <translation>Recuento en vivo</translation>
        </message>
        <message>
            <source>Result warning</source>
            <translation>Advertencia sobre el resultado</translation>
        </message>
        <message>
            <source>{name} is recorded as away and cannot vote; change attendance first.</source>
            <translation>{name} figura como ausente y no puede votar; cambie primero la asistencia.</translation>
        </message>
        <message>
            <source>Recusal</source>
            <translation>Recusación</translation>
        </message>
        <message>
            <source>Why is {name} recused? (the minutes give the reason)</source>
            <translation>¿Por qué se recusa {name}? (el acta indica el motivo)</translation>
        </message>
        <message>
            <source>Recusal reason</source>
            <translation>Motivo de la recusación</translation>
        </message>
        <message>
            <source>Give the reason {name} is recused.</source>
            <translation>Indique el motivo por el que {name} se recusa.</translation>
        </message>
        <message>
            <source> — {count} still to answer</source>
            <translation> — faltan {count} por responder</translation>
        </message>
        <message>
            <source>&lt;b&gt;{esc}&lt;/b&gt; under {esc2}: &lt;b style='color:{colour}'&gt;{value}&lt;/b&gt;{esc3}</source>
            <translation>&lt;b&gt;{esc}&lt;/b&gt; con {esc2}: &lt;b style='color:{colour}'&gt;{value}&lt;/b&gt;{esc3}</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Roster of {name}</source>
            <translation>Nómina de {name}</translation>
        </message>
        <message>
            <source>from {long_date}</source>
            <translation>desde el {long_date}</translation>
        </message>
        <message>
            <source>Paste rows from a spreadsheet (Ctrl+V) or type them: person, seat, role, start, end. Blank dates take the current term ({term}); a blank role is member. People are matched by name; anyone not on file is created.</source>
            <translation>Pegue filas de una hoja de cálculo (Ctrl+V) o escríbalas: persona, escaño, cargo, inicio, fin. Las fechas en blanco toman el mandato actual ({term}); un cargo en blanco es miembro. Las personas se identifican por nombre; quien no esté registrado se crea.</translation>
        </message>
        <message>
            <source>Roster rows</source>
            <translation>Filas de la nómina</translation>
        </message>
        <message>
            <source>What saving will do</source>
            <translation>Lo que hará al guardar</translation>
        </message>
        <message>
            <source>&amp;Add terms</source>
            <translation>&amp;Agregar mandatos</translation>
        </message>
        <message>
            <source>Nothing to add yet.</source>
            <translation>Todavía no hay nada que agregar.</translation>
        </message>
        <message>
            <source>Add {count_of} to {name}</source>
            <translation>Agregar {count_of} a {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n mandato</numerusform>
                <numerusform>%n mandatos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchHitListModel</name>
        <message>
            <source>Enter or double-click opens the meeting at this item</source>
            <translation>Intro o doble clic abre la sesión en este punto</translation>
        </message>
        <message>
            <source>Not on any agenda yet</source>
            <translation>Todavía no figura en ningún orden del día</translation>
        </message>
    </context>
    <context>
        <name>SeatsDialog</name>
        <message>
            <source>Add seats to {name}</source>
            <translation>Agregar escaños a {name}</translation>
        </message>
        <message>
            <source>Seats to create</source>
            <translation>Escaños que crear</translation>
        </message>
        <message>
            <source>District A–O, Ward 1–9, At-Large A–B</source>
            <translation>Distrito A–O, Barrio 1–9, General A–B</translation>
        </message>
        <message>
            <source>Seat 1–{seat_count}</source>
            <translation>Escaño 1–{seat_count}</translation>
        </message>
        <message>
            <source>Seat 1</source>
            <translation>Escaño 1</translation>
        </message>
        <message>
            <source>Seats that will be created</source>
            <translation>Escaños que se crearán</translation>
        </message>
        <message>
            <source>Create seats</source>
            <translation>Crear escaños</translation>
        </message>
        <message>
            <source>{name} has {count_of}; {count} named.</source>
            <translation>{name} tiene {count_of}; {count} con nombre.</translation>
        </message>
        <message numerus="yes">
            <source>%n seat(s)</source>
            <translation>
                <numerusform>%n escaño</numerusform>
                <numerusform>%n escaños</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Seats:</source>
            <translation>&amp;Escaños:</translation>
        </message>
        <message>
            <source>Add {count_of} to {name}</source>
            <translation>Agregar {count_of} a {name}</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Escriba para filtrar…</translation>
        </message>
        <message>
            <source>Filter shortcuts</source>
            <translation>Filtrar atajos</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>SpeakerTableModel</name>
        <message>
            <source>Started speaking at {started_at}</source>
            <translation>Comenzó a hablar a las {started_at}</translation>
        </message>
    </context>
    <context>
        <name>SpeakersView</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Speaker name</source>
            <translation>Nombre del orador</translation>
        </message>
        <message>
            <source>Affiliation</source>
            <translation>Afiliación</translation>
        </message>
        <message>
            <source>Speaker affiliation</source>
            <translation>Afiliación del orador</translation>
        </message>
        <message>
            <source>of (residence)</source>
            <translation>de (residencia)</translation>
        </message>
        <message>
            <source>Speaker residence</source>
            <translation>Residencia del orador</translation>
        </message>
        <message>
            <source>Speaker kind</source>
            <translation>Tipo de orador</translation>
        </message>
        <message>
            <source>Speaker stance</source>
            <translation>Postura del orador</translation>
        </message>
        <message>
            <source>Stance —</source>
            <translation>Postura —</translation>
        </message>
        <message>
            <source>Summary (Enter adds the speaker)</source>
            <translation>Resumen (Intro agrega al orador)</translation>
        </message>
        <message>
            <source>Speaker summary</source>
            <translation>Resumen del orador</translation>
        </message>
        <message>
            <source>&amp;Add speaker</source>
            <translation>&amp;Agregar orador</translation>
        </message>
        <message>
            <source>Add speaker</source>
            <translation>Agregar orador</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Oradores</translation>
        </message>
        <message>
            <source>Mark selected speaker as starting now</source>
            <translation>Marcar que el orador seleccionado comienza ahora</translation>
        </message>
        <message>
            <source>Stop the speaker and record the time</source>
            <translation>Detener al orador y registrar el tiempo</translation>
        </message>
        <message>
            <source>Stop this speaker and start the next</source>
            <translation>Detener a este orador y dar la palabra al siguiente</translation>
        </message>
        <message>
            <source>Speaker's time</source>
            <translation>Tiempo del orador</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move selected speaker up (Alt+Up)</source>
            <translation>Subir al orador seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Move selected speaker down (Alt+Down)</source>
            <translation>Bajar al orador seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Delete selected speaker</source>
            <translation>Eliminar al orador seleccionado</translation>
        </message>
        <message>
            <source>Type the speaker's name first.</source>
            <translation>Escriba primero el nombre del orador.</translation>
        </message>
        <message>
            <source>{name}: {clock}</source>
            <translation>{name}: {clock}</translation>
        </message>
        <message>
            <source>{name}: time is up ({clock})</source>
            <translation>{name}: se acabó el tiempo ({clock})</translation>
        </message>
        <message>
            <source>{name}: {clock} left</source>
            <translation>{name}: quedan {clock}</translation>
        </message>
        <message>
            <source>Signed up</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Walk-up</source>
            <translation>Sin inscripción previa</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>The speaker gives the rest of their time to the next speaker</source>
            <translation>El orador cede el resto de su tiempo al siguiente orador</translation>
        </message>
        <message>
            <source>Time &amp;limit…</source>
            <translation>&amp;Límite de tiempo…</translation>
        </message>
        <message>
            <source>The body's time limit for this kind of speaker</source>
            <translation>El límite de tiempo del órgano para este tipo de orador</translation>
        </message>
        <message>
            <source>There is no speaker after this one to yield to.</source>
            <translation>No hay otro orador después de este al que ceder el tiempo.</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Límite de tiempo</translation>
        </message>
        <message>
            <source>Minutes each {kind} speaker may speak (0: no limit):</source>
            <translation>Minutos que puede hablar cada orador de tipo {kind} (0: sin límite):</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Yield</source>
            <translation>&amp;Ceder</translation>
        </message>
    </context>
    <context>
        <name>SponsorTableModel</name>
        <message>
            <source>Primary sponsor</source>
            <translation>Patrocinador principal</translation>
        </message>
        <message>
            <source>Co-sponsor</source>
            <translation>Copatrocinador</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Non-member</source>
            <translation>No miembro</translation>
        </message>
        <message>
            <source>{name} is not a member of the council; the minutes name them with their title.</source>
            <translation>{name} no es miembro del concejo; el acta lo nombra con su cargo.</translation>
        </message>
    </context>
    <context>
        <name>SponsorsEditor</name>
        <message>
            <source>Linked matter</source>
            <translation>Asunto vinculado</translation>
        </message>
        <message>
            <source>Find a matter by number or title, then Enter</source>
            <translation>Busque un asunto por número o título y pulse Intro</translation>
        </message>
        <message>
            <source>Find matter</source>
            <translation>Buscar asunto</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Vincular</translation>
        </message>
        <message>
            <source>Link matter</source>
            <translation>Vincular asunto</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Desvincular</translation>
        </message>
        <message>
            <source>Unlink matter</source>
            <translation>Desvincular asunto</translation>
        </message>
        <message>
            <source>Number, e.g. R-11-034</source>
            <translation>Número, p. ej., R-11-034</translation>
        </message>
        <message>
            <source>New matter number</source>
            <translation>Número del nuevo asunto</translation>
        </message>
        <message>
            <source>Title of the new matter</source>
            <translation>Título del nuevo asunto</translation>
        </message>
        <message>
            <source>New matter title</source>
            <translation>Título del nuevo asunto</translation>
        </message>
        <message>
            <source>New matter kind</source>
            <translation>Tipo del nuevo asunto</translation>
        </message>
        <message>
            <source>&amp;Create and link</source>
            <translation>&amp;Crear y vincular</translation>
        </message>
        <message>
            <source>Create matter and link it</source>
            <translation>Crear el asunto y vincularlo</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Patrocinadores</translation>
        </message>
        <message>
            <source>Sponsor's name (a known person, or someone new)</source>
            <translation>Nombre del patrocinador (una persona conocida o alguien nuevo)</translation>
        </message>
        <message>
            <source>Sponsor name</source>
            <translation>Nombre del patrocinador</translation>
        </message>
        <message>
            <source>Title, for a non-member (e.g. Police Chief)</source>
            <translation>Cargo, si no es miembro (p. ej., Jefe de Policía)</translation>
        </message>
        <message>
            <source>Non-member sponsor title</source>
            <translation>Cargo del patrocinador no miembro</translation>
        </message>
        <message>
            <source>&amp;Primary</source>
            <translation>&amp;Principal</translation>
        </message>
        <message>
            <source>Add as primary sponsor</source>
            <translation>Agregar como patrocinador principal</translation>
        </message>
        <message>
            <source>&amp;Add sponsor</source>
            <translation>&amp;Agregar patrocinador</translation>
        </message>
        <message>
            <source>Add sponsor</source>
            <translation>Agregar patrocinador</translation>
        </message>
        <message>
            <source>Make p&amp;rimary</source>
            <translation>Hacer p&amp;rincipal</translation>
        </message>
        <message>
            <source>Make selected sponsor primary</source>
            <translation>Hacer principal al patrocinador seleccionado</translation>
        </message>
        <message>
            <source>Re&amp;move sponsor</source>
            <translation>&amp;Quitar patrocinador</translation>
        </message>
        <message>
            <source>Remove selected sponsor</source>
            <translation>Quitar al patrocinador seleccionado</translation>
        </message>
        <message>
            <source>No matter is numbered {split}; create it below.</source>
            <translation>Ningún asunto tiene el número {split}; créelo abajo.</translation>
        </message>
        <message>
            <source>Link {identifier}</source>
            <translation>Vincular {identifier}</translation>
        </message>
        <message>
            <source>Unlink {identifier}</source>
            <translation>Desvincular {identifier}</translation>
        </message>
        <message>
            <source>Type the sponsor's name first.</source>
            <translation>Escriba primero el nombre del patrocinador.</translation>
        </message>
    </context>
    <context>
        <name>StaleEditOffer</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Otra persona lo cambió</translation>
        </message>
        <message>
            <source>Reload to see their change, or re-apply yours over it (it can be undone like any change).</source>
            <translation>Vuelva a cargar para ver su cambio, o aplique de nuevo el suyo encima (se puede deshacer como cualquier cambio).</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Volver a cargar</translation>
        </message>
        <message>
            <source>Re-apply my change</source>
            <translation>Aplicar de nuevo mi cambio</translation>
        </message>
    </context>
    <context>
        <name>Tally</name>
        <message numerus="yes">
            <source>%n abstaining</source>
            <translation>
                <numerusform>%n abstención</numerusform>
                <numerusform>%n abstenciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recused</source>
            <translation>
                <numerusform>%n inhibición</numerusform>
                <numerusform>%n inhibiciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present and not voting</source>
            <translation>
                <numerusform>%n presente sin votar</numerusform>
                <numerusform>%n presentes sin votar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absent</source>
            <translation>
                <numerusform>%n ausente</numerusform>
                <numerusform>%n ausentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n ausencia justificada</numerusform>
                <numerusform>%n ausencias justificadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other</source>
            <translation>
                <numerusform>%n otro</numerusform>
                <numerusform>%n otros</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TermDialog</name>
        <message>
            <source>New term on {name}</source>
            <translation>Nuevo mandato en {name}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Choose, or type a new person's name</source>
            <translation>Elija o escriba el nombre de una persona nueva</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Escaño</translation>
        </message>
        <message>
            <source>— no seat —</source>
            <translation>— sin escaño —</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Termina el</translation>
        </message>
        <message>
            <source>Term has an end date</source>
            <translation>El mandato tiene fecha de fin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Votes on this body</source>
            <translation>Vota en este órgano</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Seat:</source>
            <translation>&amp;Escaño:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>S&amp;tarts:</source>
            <translation>&amp;Comienza:</translation>
        </message>
    </context>
    <context>
        <name>ThresholdPicker</name>
        <message>
            <source>Threshold fraction</source>
            <translation>Fracción requerida</translation>
        </message>
        <message>
            <source>Threshold base</source>
            <translation>Base de la mayoría</translation>
        </message>
        <message>
            <source>Declared result</source>
            <translation>Resultado declarado</translation>
        </message>
        <message>
            <source>as computed</source>
            <translation>según el cálculo</translation>
        </message>
        <message>
            <source>declared: {value}</source>
            <translation>declarado: {value}</translation>
        </message>
        <message>
            <source>The result the chair announced. If it disagrees with the arithmetic it is kept as declared and the minutes show a warning.</source>
            <translation>El resultado que anunció la presidencia. Si no coincide con el cálculo, se conserva tal como se declaró y el acta muestra una advertencia.</translation>
        </message>
        <message>
            <source>Needs:</source>
            <translation>Requiere:</translation>
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
            <translation>Capítulos del video</translation>
        </message>
        <message>
            <source>https://… (the posted recording)</source>
            <translation>https://… (la grabación publicada)</translation>
        </message>
        <message>
            <source>Video address</source>
            <translation>Dirección del video</translation>
        </message>
        <message>
            <source>Where in the recording the meeting was called to order</source>
            <translation>En qué momento de la grabación se abrió la sesión</translation>
        </message>
        <message>
            <source>WebVTT chapters (.vtt)</source>
            <translation>Capítulos WebVTT (.vtt)</translation>
        </message>
        <message>
            <source>YouTube description list (.txt)</source>
            <translation>Lista para la descripción de YouTube (.txt)</translation>
        </message>
        <message>
            <source>Chapters</source>
            <translation>Capítulos</translation>
        </message>
        <message>
            <source>Video &amp;address:</source>
            <translation>&amp;Dirección del video:</translation>
        </message>
        <message>
            <source>Called to order at (in the recording):</source>
            <translation>Apertura de la sesión (en la grabación):</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Save chapters…</source>
            <translation>&amp;Guardar capítulos…</translation>
        </message>
        <message>
            <source>Before the meeting</source>
            <translation>Antes de la sesión</translation>
        </message>
        <message>
            <source>Call to order</source>
            <translation>Abrir la sesión</translation>
        </message>
        <message>
            <source>Save chapters</source>
            <translation>Guardar capítulos</translation>
        </message>
        <message>
            <source>WebVTT (*.vtt)</source>
            <translation>WebVTT (*.vtt)</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Texto (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>VoiceVoteDialog</name>
        <message>
            <source>Voice vote</source>
            <translation>Votación de viva voz</translation>
        </message>
        <message>
            <source>Vote method</source>
            <translation>Forma de votación</translation>
        </message>
        <message>
            <source>Show of hands</source>
            <translation>A mano alzada</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Abstención</translation>
        </message>
        <message>
            <source>Computed result</source>
            <translation>Resultado calculado</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Forma</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>&amp;Abstain</source>
            <translation>&amp;Abstención</translation>
        </message>
        <message>
            <source>Computed result: {value}</source>
            <translation>Resultado calculado: {value}</translation>
        </message>
    </context>
    <context>
        <name>VoteDialog</name>
        <message>
            <source>Roll call</source>
            <translation>Votación nominal</translation>
        </message>
        <message>
            <source>&amp;Record vote (Enter)</source>
            <translation>&amp;Registrar votación (Intro)</translation>
        </message>
        <message>
            <source>Record roll call</source>
            <translation>Registrar votación nominal</translation>
        </message>
        <message>
            <source>The roll call has no vote for {join}.</source>
            <translation>La votación nominal no tiene voto de {join}.</translation>
        </message>
    </context>
    <context>
        <name>agenda_template_actions</name>
        <message>
            <source>Save the agenda as the {body_name} template</source>
            <translation>Guardar el orden del día como plantilla de {body_name}</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s): {titles}</source>
            <translation>
                <numerusform>%n sección: {titles}</numerusform>
                <numerusform>%n secciones: {titles}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>agreement_heatmap</name>
        <message>
            <source>{names} and {names2} never both voted yes or no on a split vote.</source>
            <translation>{names} y {names2} nunca votaron ambos sí o no en una votación dividida.</translation>
        </message>
        <message>
            <source>{names} and {names2} agreed on {agree} of {n} split votes ({share}).</source>
            <translation>{names} y {names2} coincidieron en {agree} de {n} votaciones divididas ({share}).</translation>
        </message>
    </context>
    <context>
        <name>chair_script_panel</name>
        <message>
            <source>Chair's script</source>
            <translation>Guion de la presidencia</translation>
        </message>
        <message>
            <source>Chair's &amp;script</source>
            <translation>&amp;Guion de la presidencia</translation>
        </message>
        <message>
            <source>The sentences the chair reads for the item in view</source>
            <translation>Las frases que lee la presidencia para el punto en pantalla</translation>
        </message>
    </context>
    <context>
        <name>chamber_desk</name>
        <message>
            <source>Chamber display</source>
            <translation>Pantalla de la sala</translation>
        </message>
        <message>
            <source>&amp;Chamber display</source>
            <translation>Pantalla de la &amp;sala</translation>
        </message>
        <message>
            <source>Open the room's display and choose what it shows</source>
            <translation>Abrir la pantalla de la sala y elegir lo que muestra</translation>
        </message>
    </context>
    <context>
        <name>chamber_scene</name>
        <message>
            <source>Follow the desk</source>
            <translation>Seguir a la mesa</translation>
        </message>
        <message>
            <source>Meeting and current item</source>
            <translation>Sesión y punto actual</translation>
        </message>
        <message>
            <source>Motion, mover and seconder</source>
            <translation>Moción, proponente y secundante</translation>
        </message>
        <message>
            <source>Roll call and result</source>
            <translation>Votación nominal y resultado</translation>
        </message>
        <message>
            <source>Current speaker and time</source>
            <translation>Orador actual y tiempo</translation>
        </message>
        <message>
            <source>In recess</source>
            <translation>En receso</translation>
        </message>
        <message>
            <source>Adjourned</source>
            <translation>Sesión levantada</translation>
        </message>
        <message>
            <source>Nothing (blank screen)</source>
            <translation>Nada (pantalla en blanco)</translation>
        </message>
        <message>
            <source>{body} · {title} · {date}</source>
            <translation>{body} · {title} · {date}</translation>
        </message>
        <message>
            <source>Moved by {mover}, seconded by {seconder}</source>
            <translation>Presentada por {mover}, secundada por {seconder}</translation>
        </message>
        <message>
            <source>Moved by {mover}</source>
            <translation>Presentada por {mover}</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) still to answer</source>
            <translation>
                <numerusform>falta %n miembro por responder</numerusform>
                <numerusform>faltan %n miembros por responder</numerusform>
            </translation>
        </message>
        <message>
            <source>Carries {count}</source>
            <translation>Aprobada {count}</translation>
        </message>
        <message>
            <source>Fails {count}</source>
            <translation>Rechazada {count}</translation>
        </message>
        <message>
            <source>Unanimous</source>
            <translation>Unánime</translation>
        </message>
        <message>
            <source>{speaker} — time is up</source>
            <translation>{speaker} — se acabó el tiempo</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>CouncilDesk closed unexpectedly last time. Everything saved before then is safe in the database. If you report the problem, copy these details into your message.</source>
            <translation>CouncilDesk se cerró inesperadamente la última vez. Todo lo guardado antes está a salvo en la base de datos. Si informa del problema, copie estos detalles en su mensaje.</translation>
        </message>
        <message>
            <source>CouncilDesk hit an unexpected problem. Everything saved before it is safe in the database. If you report the problem, copy these details into your message.</source>
            <translation>CouncilDesk tuvo un problema inesperado. Todo lo guardado antes está a salvo en la base de datos. Si informa del problema, copie estos detalles en su mensaje.</translation>
        </message>
        <message>
            <source>{after_crash} The report is saved as {saved_as}.</source>
            <translation>{after_crash} El informe se guardó como {saved_as}.</translation>
        </message>
    </context>
    <context>
        <name>database_switcher</name>
        <message>
            <source>CouncilDesk databases (*.db);;All files (*)</source>
            <translation>Bases de datos de CouncilDesk (*.db);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>document_table_model</name>
        <message>
            <source>KB</source>
            <translation>KB</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB</translation>
        </message>
    </context>
    <context>
        <name>exchange_actions</name>
        <message>
            <source>Open Civic Data (folder of .json files)</source>
            <translation>Open Civic Data (carpeta de archivos .json)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Popolo JSON</source>
            <translation>Popolo JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Legistar Web API JSON</source>
            <translation>JSON de la API web de Legistar</translation>
        </message>
        <message>
            <source>Roster CSV (people, seats, terms, roles)</source>
            <translation>Nómina en CSV (personas, escaños, mandatos, cargos)</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Roll-call CSV (a row per vote, a column per member)</source>
            <translation>CSV de votaciones nominales (una fila por votación, una columna por miembro)</translation>
        </message>
        <message>
            <source>Open Civic Data (one JSON file per object)</source>
            <translation>Open Civic Data (un archivo JSON por objeto)</translation>
        </message>
        <message>
            <source>CSV for spreadsheets</source>
            <translation>CSV para hojas de cálculo</translation>
        </message>
        <message>
            <source>Calendar of meetings (.ics)</source>
            <translation>Calendario de sesiones (.ics)</translation>
        </message>
        <message>
            <source>Roll calls, a row per vote and a column per member (CSV per body)</source>
            <translation>Votaciones nominales, una fila por votación y una columna por miembro (un CSV por órgano)</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Not changed (approved)</source>
            <translation>Sin cambios (aprobada)</translation>
        </message>
        <message>
            <source>Use existing</source>
            <translation>Usar el existente</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Leído</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Replace every record in this database with the contents of {name}?

The records as they are now are kept in a copy beside the database, so this can be undone by restoring that copy.</source>
            <translation>¿Reemplazar todos los registros de esta base de datos por el contenido de {name}?

Los registros actuales se conservan en una copia junto a la base de datos, así que se puede deshacer restaurando esa copia.</translation>
        </message>
        <message>
            <source>Restoring from {name}…</source>
            <translation>Restaurando desde {name}…</translation>
        </message>
        <message>
            <source>Restored from {name}; the previous records are in {replaced_copy}.</source>
            <translation>Restaurado desde {name}; los registros anteriores están en {replaced_copy}.</translation>
        </message>
    </context>
    <context>
        <name>exhibits_view</name>
        <message>
            <source>Attach exhibits</source>
            <translation>Adjuntar anexos</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Link a document</source>
            <translation>Vincular un documento</translation>
        </message>
        <message>
            <source>Web address:</source>
            <translation>Dirección web:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Show who changed what in this meeting, and when</source>
            <translation>Mostrar quién cambió qué en esta sesión y cuándo</translation>
        </message>
    </context>
    <context>
        <name>item_actions</name>
        <message>
            <source>title</source>
            <translation>el título</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>el tipo</translation>
        </message>
        <message>
            <source>item text</source>
            <translation>el texto del punto</translation>
        </message>
        <message>
            <source>discussion summary</source>
            <translation>el resumen del debate</translation>
        </message>
        <message>
            <source>action taken</source>
            <translation>la acción tomada</translation>
        </message>
        <message>
            <source>consent flag</source>
            <translation>la marca de consentimiento</translation>
        </message>
        <message>
            <source>matter</source>
            <translation>el asunto</translation>
        </message>
    </context>
    <context>
        <name>item_panel</name>
        <message>
            <source>The minutes of this meeting are approved and locked; record a correction instead.</source>
            <translation>El acta de esta sesión está aprobada y bloqueada; registre una corrección.</translation>
        </message>
        <message>
            <source>This database is open read only; nothing can be changed in it.</source>
            <translation>Esta base de datos está abierta solo para lectura; no se puede cambiar nada.</translation>
        </message>
        <message>
            <source>Choose an agenda item to record its details, sponsors, exhibits, speakers, motions and votes.</source>
            <translation>Elija un punto del orden del día para registrar sus detalles, patrocinadores, anexos, oradores, mociones y votaciones.</translation>
        </message>
    </context>
    <context>
        <name>main_actions</name>
        <message>
            <source>Roll call ▸ {option}</source>
            <translation>Votación nominal ▸ {option}</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Roll call ▸ Record the vote</source>
            <translation>Votación nominal ▸ Registrar la votación</translation>
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
            <translation>&lt;h3&gt;CouncilDesk en cinco pasos&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Configure una vez&lt;/b&gt; (Editar ▸ Órganos, escaños y mandatos): un órgano, sus escaños a partir de un patrón como
&lt;i&gt;Distrito A–O&lt;/i&gt;, y sus miembros — péguelos de una hoja de cálculo con &lt;b&gt;Nómina…&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Nueva sesión&lt;/b&gt; (Ctrl+Mayús+N): órgano, fecha y hora, lugar, quién preside y quién levanta el acta.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Asistencia&lt;/b&gt; (Ctrl+2): marque a cada miembro presente, ausente, justificado o a distancia; el quórum se calcula solo.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Orden del día&lt;/b&gt; (Ctrl+3): Insert agrega un punto, Mayús+Insert un subpunto; en cada punto registre mociones,
votaciones (una votación nominal usa una tecla por miembro: Y, N, A, R, P, X) y oradores.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Acta&lt;/b&gt;: vista previa, exportar (Ctrl+E) o imprimir (Ctrl+P); una vez aprobada queda bloqueada.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Todo cambio puede deshacerse con Ctrl+Z. Ayuda ▸ Atajos de teclado (Ctrl+/) muestra todas las teclas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>CouncilDesk help</source>
            <translation>Ayuda de CouncilDesk</translation>
        </message>
    </context>
    <context>
        <name>matter_history_dialog</name>
        <message>
            <source>&lt;h3&gt;{identifier}: {title}&lt;/h3&gt;&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{identifier}: {title}&lt;/h3&gt;&lt;p&gt;Estado: &lt;b&gt;{status}&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Not yet on any meeting's agenda.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todavía no figura en el orden del día de ninguna sesión.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{long_date}&lt;/b&gt; — {body_name}, item {value}: &lt;b&gt;{stage}&lt;/b&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{long_date}&lt;/b&gt; — {body_name}, punto {value}: &lt;b&gt;{stage}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no vote recorded</source>
            <translation>sin votación registrada</translation>
        </message>
        <message>
            <source>, {abstain} abstaining</source>
            <translation>, {abstain} abstenciones</translation>
        </message>
        <message>
            <source>&lt;br/&gt;&lt;span style='color:gray'&gt;Not yes — {names}&lt;/span&gt;</source>
            <translation>&lt;br/&gt;&lt;span style='color:gray'&gt;No a favor — {names}&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>meeting_dialog</name>
        <message>
            <source>Meeting kind</source>
            <translation>Tipo de sesión</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>not recorded — type or pick a name</source>
            <translation>sin registrar — escriba o elija un nombre</translation>
        </message>
    </context>
    <context>
        <name>meeting_view</name>
        <message>
            <source> on {long_date}</source>
            <translation> el {long_date}</translation>
        </message>
        <message>
            <source>Minutes approved{when} — read only; record corrections in the Minutes tab.</source>
            <translation>Acta aprobada{when} — solo lectura; registre las correcciones en la pestaña Acta.</translation>
        </message>
    </context>
    <context>
        <name>minutes_view</name>
        <message>
            <source>This file is open read only: the minutes can be read, exported and printed, not changed.</source>
            <translation>Este archivo está abierto solo para lectura: el acta se puede leer, exportar e imprimir, no cambiar.</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
    </context>
    <context>
        <name>minutes_volume_dialog</name>
        <message>
            <source>Create a body first (Edit ▸ Bodies, seats and terms…), then its meetings.</source>
            <translation>Cree primero un órgano (Editar ▸ Órganos, escaños y mandatos…) y después sus sesiones.</translation>
        </message>
        <message>
            <source>Choose a body with meetings, and a year.</source>
            <translation>Elija un órgano con sesiones y un año.</translation>
        </message>
        <message>
            <source>Save the year's minutes</source>
            <translation>Guardar las actas del año</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes for a year</source>
            <translation>Actas de un año</translation>
        </message>
        <message>
            <source>Binding the {year} minutes of the {body_name}…</source>
            <translation>Encuadernando las actas de {year} de {body_name}…</translation>
        </message>
        <message>
            <source>Wrote the {year} minutes ({count} meetings) to {target}.</source>
            <translation>Se escribieron las actas de {year} ({count} sesiones) en {target}.</translation>
        </message>
        <message>
            <source>Export minutes for a &amp;year…</source>
            <translation>Exportar las actas de un &amp;año…</translation>
        </message>
        <message>
            <source>Every meeting of a body in one year, bound as one PDF</source>
            <translation>Todas las sesiones de un órgano en un año, encuadernadas en un PDF</translation>
        </message>
    </context>
    <context>
        <name>motions_view</name>
        <message>
            <source>Unanimous</source>
            <translation>Unánime</translation>
        </message>
        <message>
            <source> (as declared)</source>
            <translation> (según lo declarado)</translation>
        </message>
        <message>
            <source> at {time}</source>
            <translation> a las {time}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{method}{when}:&lt;/b&gt; {describe_tally} — &lt;b&gt;{result}&lt;/b&gt;{declared}; needs {describe}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{method}{when}:&lt;/b&gt; {describe_tally} — &lt;b&gt;{result}&lt;/b&gt;{declared}; requiere {describe}.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>people_dialog</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Honorific</source>
            <translation>&amp;Tratamiento</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Affiliation</source>
            <translation>&amp;Afiliación</translation>
        </message>
        <message>
            <source>&amp;Residence</source>
            <translation>&amp;Residencia</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
    </context>
    <context>
        <name>progress_task</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be changed.</source>
            <translation>Cancelando… no se cambiará nada.</translation>
        </message>
    </context>
    <context>
        <name>records_view</name>
        <message>
            <source>any</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>{tip} (lowest value or Delete: any)</source>
            <translation>{tip} (valor más bajo o Supr: cualquiera)</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>Voting &amp;records</source>
            <translation>&amp;Historial de votos</translation>
        </message>
        <message>
            <source>&amp;Search records…</source>
            <translation>&amp;Buscar en los registros…</translation>
        </message>
    </context>
    <context>
        <name>roll_call_view</name>
        <message>
            <source>Y yes · N no · A abstain · R recused · P present, not voting · X absent — Enter records</source>
            <translation>Y sí · N no · A abstención · R recusado · P presente, no vota · X ausente — Intro registra</translation>
        </message>
    </context>
    <context>
        <name>roster_dialogs</name>
        <message numerus="yes">
            <source>%n seat(s): {names}</source>
            <translation>
                <numerusform>%n escaño: {names}</numerusform>
                <numerusform>%n escaños: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>screenshot</name>
        <message>
            <source>--tab must be one of {join}, not {tab}.</source>
            <translation>--tab debe ser {join}, no {tab}.</translation>
        </message>
        <message>
            <source>The item tab must be one of {join}, not {item_tab}.</source>
            <translation>La pestaña del punto debe ser {join}, no {item_tab}.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist.</source>
            <translation>La carpeta {parent} no existe.</translation>
        </message>
        <message>
            <source>This window has no {tab} tab.</source>
            <translation>Esta ventana no tiene la pestaña {tab}.</translation>
        </message>
        <message>
            <source>Could not write the screenshot {out_path}.</source>
            <translation>No se pudo escribir la captura de pantalla {out_path}.</translation>
        </message>
    </context>
    <context>
        <name>search_hit_list</name>
        <message>
            <source>not on an agenda yet</source>
            <translation>todavía no figura en un orden del día</translation>
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
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>Signing keys (*.p12 *.pfx)</source>
            <translation>Claves de firma (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Passphrase for {name}:</source>
            <translation>Frase de contraseña de {name}:</translation>
        </message>
    </context>
    <context>
        <name>sponsors_editor</name>
        <message>
            <source>No matter is linked to this item. Find one by number or title, or create it below.</source>
            <translation>No hay ningún asunto vinculado a este punto. Busque uno por número o título, o créelo abajo.</translation>
        </message>
    </context>
    <context>
        <name>video_index_dialog</name>
        <message>
            <source>&amp;Video chapters…</source>
            <translation>Capítulos del &amp;video…</translation>
        </message>
        <message>
            <source>Chapters for the meeting's recording from its stamped times</source>
            <translation>Capítulos de la grabación de la sesión a partir de sus horas registradas</translation>
        </message>
        <message>
            <source>Open a meeting first.</source>
            <translation>Abra primero una sesión.</translation>
        </message>
    </context>
</TS>
