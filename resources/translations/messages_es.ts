<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgendaItemKind</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Ordenanza</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Comentarios del público</translation>
    </message>
    <message>
        <source>Approval of minutes</source>
        <translation>Aprobación del acta</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Agenda de consentimiento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia pública</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>Proclamación</translation>
    </message>
    <message>
        <source>Closed session</source>
        <translation>Sesión a puerta cerrada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ApprovalManner</name>
    <message>
        <source>As read</source>
        <translation>Tal como fue leída</translation>
    </message>
    <message>
        <source>As corrected</source>
        <translation>Con correcciones</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
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
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
</context>
<context>
    <name>BallotOption</name>
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
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Inhibición</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente, sin votar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>BodyClassification</name>
    <message>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Junta</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión especial</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Ejecutivo</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partido</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>abstaining</source>
        <translation>abstenciones</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>adjourned at</source>
        <translation>levantada a las</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>afiliación</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <source>agenda template</source>
        <translation>plantilla del orden del día</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>aprobada el</translation>
    </message>
    <message>
        <source>approving meeting</source>
        <translation>sesión que aprueba</translation>
    </message>
    <message>
        <source>approving vote</source>
        <translation>votación que aprueba</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>llegó a las</translation>
    </message>
    <message>
        <source>text of the item</source>
        <translation>texto del punto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>órgano</translation>
    </message>
    <message>
        <source>called to order at</source>
        <translation>abierta a las</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>minutes clock</source>
        <translation>hora en el acta</translation>
    </message>
    <message>
        <source>consent agenda</source>
        <translation>agenda de consentimiento</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message>
        <source>minutes dates</source>
        <translation>fechas en el acta</translation>
    </message>
    <message>
        <source>declared result</source>
        <translation>resultado declarado</translation>
    </message>
    <message>
        <source>usual threshold base</source>
        <translation>base habitual de la mayoría</translation>
    </message>
    <message>
        <source>usual threshold</source>
        <translation>mayoría habitual</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>discusión</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>duration (seconds)</source>
        <translation>duración (segundos)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>nombre del archivo</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>texto completo</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>número de expediente</translation>
    </message>
    <message>
        <source>introduced on</source>
        <translation>presentado el</translation>
    </message>
    <message>
        <source>primary sponsor</source>
        <translation>patrocinador principal</translation>
    </message>
    <message>
        <source>sample record</source>
        <translation>dato de muestra</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>escaño</translation>
    </message>
    <message>
        <source>left at</source>
        <translation>se retiró a las</translation>
    </message>
    <message>
        <source>time limit (seconds)</source>
        <translation>límite de tiempo (segundos)</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>made at</source>
        <translation>presentada a las</translation>
    </message>
    <message>
        <source>made on</source>
        <translation>hecha el</translation>
    </message>
    <message>
        <source>manner</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>file type</source>
        <translation>tipo de archivo</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>minutes language</source>
        <translation>idioma del acta</translation>
    </message>
    <message>
        <source>minutes status</source>
        <translation>estado del acta</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>moción</translation>
    </message>
    <message>
        <source>mover</source>
        <translation>proponente</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipio</translation>
    </message>
    <message>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>numbering</source>
        <translation>numeración</translation>
    </message>
    <message>
        <source>offset (seconds)</source>
        <translation>desfase (segundos)</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>voto</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>superior</translation>
    </message>
    <message>
        <source>amended motion</source>
        <translation>moción enmendada</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>presiding</source>
        <translation>presidencia</translation>
    </message>
    <message>
        <source>quorum rule</source>
        <translation>regla de quórum</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>recorded at</source>
        <translation>registrado a las</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>secretaría</translation>
    </message>
    <message>
        <source>reason for remote attendance</source>
        <translation>motivo de la participación a distancia</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>residencia</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>inicio previsto</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>escaños</translation>
    </message>
    <message>
        <source>seconder</source>
        <translation>quien secunda</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>huella digital</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>approved version</source>
        <translation>versión aprobada</translation>
    </message>
    <message>
        <source>fingerprint format</source>
        <translation>formato de la huella</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>comenzó a las</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>realizada a las</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>threshold base</source>
        <translation>base de la mayoría</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>mayoría requerida</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>votación</translation>
    </message>
    <message>
        <source>vote sentences</source>
        <translation>frases de votación</translation>
    </message>
    <message>
        <source>roll-call tables always</source>
        <translation>siempre tablas de votación nominal</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>con voto</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>a favor</translation>
    </message>
    <message>
        <source>yielded to</source>
        <translation>cedió el tiempo a</translation>
    </message>
</context>
<context>
    <name>MatterKind</name>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Ordenanza</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Nombramiento</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>Proclamación</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>MatterStatus</name>
    <message>
        <source>Introduced</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitido a comisión</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Dejado sobre la mesa</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Regular</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Extraordinaria</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>De emergencia</translation>
    </message>
    <message>
        <source>Executive session</source>
        <translation>A puerta cerrada</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia pública</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>MembershipRole</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Vice president</source>
        <translation>Vicepresidente</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Secretario municipal</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vicepresidencia</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Alcalde</translation>
    </message>
    <message>
        <source>Deputy mayor</source>
        <translation>Teniente de alcalde</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretario</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
</context>
<context>
    <name>MotionDisposition</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Adopted as amended</source>
        <translation>Aprobada con enmiendas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>No second</source>
        <translation>Sin secundar</translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation>Dejada sobre la mesa</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitida a comisión</translation>
    </message>
</context>
<context>
    <name>MotionKind</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Sustitutiva</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Remisión a comisión</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Dejar sobre la mesa</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Aplazamiento</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Reconsideración</translation>
    </message>
    <message>
        <source>Adjourn</source>
        <translation>Levantar la sesión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>NumberingStyle</name>
    <message>
        <source>Decimal</source>
        <translation>Decimal</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema (1, a, i)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
</context>
<context>
    <name>QuorumRule</name>
    <message>
        <source>Majority of seats</source>
        <translation>Mayoría de los escaños</translation>
    </message>
    <message>
        <source>Majority of filled seats</source>
        <translation>Mayoría de los escaños ocupados</translation>
    </message>
</context>
<context>
    <name>SignUp</name>
    <message>
        <source>Walk up</source>
        <translation>Sin inscripción previa</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>SpeakerKind</name>
    <message>
        <source>Public comment</source>
        <translation>Intervención del público</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal municipal</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <source>{fraction} of votes cast</source>
        <translation>{fraction} de los votos emitidos</translation>
    </message>
    <message>
        <source>{fraction} of present and voting</source>
        <translation>{fraction} de los miembros presentes y votantes</translation>
    </message>
    <message>
        <source>{fraction} of present</source>
        <translation>{fraction} de los miembros presentes</translation>
    </message>
    <message>
        <source>{fraction} of full membership</source>
        <translation>{fraction} de la totalidad de los miembros</translation>
    </message>
    <message>
        <source>{fraction} of seats filled</source>
        <translation>{fraction} de los escaños ocupados</translation>
    </message>
</context>
<context>
    <name>ThresholdBase</name>
    <message>
        <source>Votes cast</source>
        <translation>Votos emitidos</translation>
    </message>
    <message>
        <source>Present and voting</source>
        <translation>Presentes y votantes</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Full membership</source>
        <translation>Totalidad de los miembros</translation>
    </message>
    <message>
        <source>Seats filled</source>
        <translation>Escaños ocupados</translation>
    </message>
</context>
<context>
    <name>ThresholdFraction</name>
    <message>
        <source>Majority</source>
        <translation>Mayoría</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>Dos tercios</translation>
    </message>
    <message>
        <source>Three quarters</source>
        <translation>Tres cuartos</translation>
    </message>
    <message>
        <source>Four fifths</source>
        <translation>Cuatro quintos</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimidad</translation>
    </message>
</context>
<context>
    <name>VoteMethod</name>
    <message>
        <source>Voice</source>
        <translation>A viva voz</translation>
    </message>
    <message>
        <source>Unanimous consent</source>
        <translation>Consentimiento unánime</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Votación nominal</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>A mano alzada</translation>
    </message>
</context>
<context>
    <name>VoteResult</name>
    <message>
        <source>Pass</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>chair_agenda</name>
    <message>
        <source>Chair's agenda · {day}</source>
        <translation>Guion de la presidencia · {day}</translation>
    </message>
    <message>
        <source>Chair's agenda of the {kind} meeting of {day}. Not for the public record.</source>
        <translation>Guion de la presidencia, sesión {kind} del {day}. No forma parte del registro público.</translation>
    </message>
    <message>
        <source>Chair's agenda — {kind} Meeting</source>
        <translation>Guion de la presidencia — sesión {kind}</translation>
    </message>
    <message>
        <source>Chair's agenda</source>
        <translation>Guion de la presidencia</translation>
    </message>
    <message>
        <source>Chair's agenda — {body}, {date}</source>
        <translation>Guion de la presidencia — {body}, {date}</translation>
    </message>
</context>
<context>
    <name>chair_script</name>
    <message>
        <source>Calling the meeting to order</source>
        <translation>Abrir la sesión</translation>
    </message>
    <message>
        <source>The meeting will come to order.</source>
        <translation>Se abre la sesión.</translation>
    </message>
    <message>
        <source>Taking up an item</source>
        <translation>Pasar a un punto</translation>
    </message>
    <message>
        <source>We now take up item {number}, {title}.</source>
        <translation>Pasamos al punto {number}, {title}.</translation>
    </message>
    <message>
        <source>Opening public comment</source>
        <translation>Abrir los comentarios del público</translation>
    </message>
    <message>
        <source>We now open public comment. Each speaker has {limit}.</source>
        <translation>Se abre el turno de comentarios del público. Cada orador dispone de {limit}.</translation>
    </message>
    <message>
        <source>Opening public comment (no limit)</source>
        <translation>Abrir los comentarios del público (sin límite)</translation>
    </message>
    <message>
        <source>We now open public comment.</source>
        <translation>Se abre el turno de comentarios del público.</translation>
    </message>
    <message>
        <source>Calling a speaker</source>
        <translation>Dar la palabra</translation>
    </message>
    <message>
        <source>{speaker}, you have the floor.</source>
        <translation>{speaker}, tiene la palabra.</translation>
    </message>
    <message>
        <source>Asking for a motion</source>
        <translation>Pedir una moción</translation>
    </message>
    <message>
        <source>Is there a motion?</source>
        <translation>¿Hay alguna moción?</translation>
    </message>
    <message>
        <source>Asking for a second</source>
        <translation>Pedir que se secunde</translation>
    </message>
    <message>
        <source>It has been moved by {mover}. Is there a second?</source>
        <translation>Moción presentada por {mover}. ¿Hay quien secunde la moción?</translation>
    </message>
    <message>
        <source>Stating the motion</source>
        <translation>Enunciar la moción</translation>
    </message>
    <message>
        <source>It has been moved by {mover} and seconded by {seconder}.</source>
        <translation>Moción presentada por {mover} y secundada por {seconder}.</translation>
    </message>
    <message>
        <source>Stating an amendment</source>
        <translation>Enunciar una enmienda</translation>
    </message>
    <message>
        <source>It has been moved by {mover} and seconded by {seconder} to amend the motion.</source>
        <translation>Enmienda a la moción presentada por {mover} y secundada por {seconder}.</translation>
    </message>
    <message>
        <source>Opening discussion</source>
        <translation>Abrir el debate</translation>
    </message>
    <message>
        <source>Is there any discussion?</source>
        <translation>Se abre el debate. ¿Alguien desea intervenir?</translation>
    </message>
    <message>
        <source>Calling the roll</source>
        <translation>Llamar a votación nominal</translation>
    </message>
    <message>
        <source>The clerk will call the roll.</source>
        <translation>Se somete a votación. La secretaría procederá a la votación nominal.</translation>
    </message>
    <message>
        <source>Taking a voice vote</source>
        <translation>Votar de viva voz</translation>
    </message>
    <message>
        <source>All those in favor say aye. Those opposed, no.</source>
        <translation>Se somete a votación. Quienes estén a favor digan sí. Quienes estén en contra, no.</translation>
    </message>
    <message>
        <source>Announcing a motion carried</source>
        <translation>Anunciar una moción aprobada</translation>
    </message>
    <message>
        <source>The motion carries, {yes} to {no}.</source>
        <translation>Se aprueba la moción por {yes} votos a favor y {no} en contra.</translation>
    </message>
    <message>
        <source>Announcing a unanimous vote</source>
        <translation>Anunciar un voto unánime</translation>
    </message>
    <message>
        <source>The motion carries unanimously.</source>
        <translation>Aprobada por unanimidad.</translation>
    </message>
    <message>
        <source>Announcing a motion failed</source>
        <translation>Anunciar una moción rechazada</translation>
    </message>
    <message>
        <source>The motion fails, {yes} to {no}.</source>
        <translation>Se rechaza la moción por {yes} votos a favor y {no} en contra.</translation>
    </message>
    <message>
        <source>Adjourning the meeting</source>
        <translation>Levantar la sesión</translation>
    </message>
    <message>
        <source>There being no further business, the meeting is adjourned.</source>
        <translation>Agotado el orden del día, se levanta la sesión.</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>un minuto</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>{minutes}:{seconds} minutes</source>
        <translation>{minutes}:{seconds} minutos</translation>
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
        <translation>crear una base de datos vacía (o actualizar una más antigua)</translation>
    </message>
    <message>
        <source>load the demo council and its 2011 meetings into an empty database</source>
        <translation>cargar el concejo de demostración y sus sesiones de 2011 en una base de datos vacía</translation>
    </message>
    <message>
        <source>fill an empty database with a synthetic city (tests, benchmarks)</source>
        <translation>llenar una base de datos vacía con una ciudad sintética (pruebas, mediciones)</translation>
    </message>
    <message>
        <source>how many years of meetings (default 1)</source>
        <translation>cuántos años de sesiones (predeterminado 1)</translation>
    </message>
    <message>
        <source>random seed, for a reproducible city (default 1)</source>
        <translation>semilla aleatoria, para una ciudad reproducible (predeterminado 1)</translation>
    </message>
    <message>
        <source>list meetings, newest first</source>
        <translation>listar las sesiones, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>only this body's meetings (id)</source>
        <translation>solo las sesiones de este órgano (id)</translation>
    </message>
    <message>
        <source>only this year</source>
        <translation>solo este año</translation>
    </message>
    <message>
        <source>at most this many</source>
        <translation>como máximo esta cantidad</translation>
    </message>
    <message>
        <source>print one meeting as readable text</source>
        <translation>mostrar una sesión como texto legible</translation>
    </message>
    <message>
        <source>meeting id (see `councildesk meetings`)</source>
        <translation>número de la sesión (véase `councildesk meetings`)</translation>
    </message>
    <message>
        <source>check the database's integrity</source>
        <translation>verificar la integridad de la base de datos</translation>
    </message>
    <message>
        <source>copy the database safely, even while the window has it open (PostgreSQL: pg_dump, custom format)</source>
        <translation>copiar la base de datos de forma segura, incluso con la ventana abierta (PostgreSQL: pg_dump, formato personalizado)</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>el archivo de respaldo que se escribirá</translation>
    </message>
    <message>
        <source>render the main window offscreen to a PNG</source>
        <translation>dibujar la ventana principal fuera de pantalla en un PNG</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>archivo PNG que se escribirá</translation>
    </message>
    <message>
        <source>select this meeting first</source>
        <translation>seleccionar primero esta sesión</translation>
    </message>
    <message>
        <source>the workspace tab to show (default meeting)</source>
        <translation>la pestaña del área de trabajo que se mostrará (predeterminado meeting)</translation>
    </message>
    <message>
        <source>Database ready: {url}</source>
        <translation>Base de datos lista: {url}</translation>
    </message>
    <message>
        <source>Demo loaded. The {body} meeting of {day} is meeting {meeting}.</source>
        <translation>Demostración cargada. La sesión del {body} del {day} es la sesión {meeting}.</translation>
    </message>
    <message>
        <source>--years must be at least 1.</source>
        <translation>--years debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Generated {stats} in {seconds:.1f} s.</source>
        <translation>Se generó {stats} en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message>
        <source>{problems_count} integrity problem(s) found in {url}.</source>
        <translation>Se encontraron {problems_count} problema(s) de integridad en {url}.</translation>
    </message>
    <message>
        <source>OK: {url} passed the integrity check.</source>
        <translation>CORRECTO: {url} superó la verificación de integridad.</translation>
    </message>
    <message>
        <source>Meeting {meeting}: {verdict}</source>
        <translation>Sesión {meeting}: {verdict}</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Se escribió {file}.</translation>
    </message>
    <message>
        <source>Backed up to {file} with pg_dump in {seconds:.1f} s.</source>
        <translation>Respaldo escrito en {file} con pg_dump en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database with pg_dump; `backup` copies SQLite files.</source>
        <translation>Respalde una base de datos PostgreSQL con pg_dump; `backup` copia archivos SQLite.</translation>
    </message>
    <message>
        <source>There is no database at {source}.</source>
        <translation>No hay ninguna base de datos en {source}.</translation>
    </message>
    <message>
        <source>Backed up {source} to {dest}.</source>
        <translation>Se respaldó {source} en {dest}.</translation>
    </message>
    <message>
        <source>export open data: ocd, popolo, csv, ics or wide-csv roll calls</source>
        <translation>exportar datos abiertos: ocd, popolo, csv, ics o votaciones nominales wide-csv</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>carpeta donde escribir (se crea si no existe)</translation>
    </message>
    <message>
        <source>first meeting date (YYYY-MM-DD)</source>
        <translation>fecha de la primera sesión (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>last meeting date (YYYY-MM-DD)</source>
        <translation>fecha de la última sesión (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>wide-csv: only this body's roll calls (one file per body otherwise)</source>
        <translation>wide-csv: solo las votaciones nominales de este órgano (si no, un archivo por órgano)</translation>
    </message>
    <message>
        <source>import ocd, popolo, legistar, a csv roster or wide-csv roll calls (all or nothing)</source>
        <translation>importar ocd, popolo, legistar, una lista csv o votaciones nominales wide-csv (todo o nada)</translation>
    </message>
    <message>
        <source>file or folder to read</source>
        <translation>archivo o carpeta que se leerá</translation>
    </message>
    <message>
        <source>print what would change and change nothing</source>
        <translation>mostrar lo que cambiaría sin cambiar nada</translation>
    </message>
    <message>
        <source>a line per phase on stderr (the default on a terminal)</source>
        <translation>una línea por fase en stderr (lo predeterminado en una terminal)</translation>
    </message>
    <message>
        <source>create the file's person NAME as a new person rather than use the one of that name (repeatable)</source>
        <translation>crear a la persona NAME del archivo como persona nueva en lugar de usar la de ese nombre (repetible)</translation>
    </message>
    <message>
        <source>use the existing person with id ID for the file's person NAME (repeatable)</source>
        <translation>usar la persona existente con id ID para la persona NAME del archivo (repetible)</translation>
    </message>
    <message>
        <source>store the file's spelling NAME for the person it names (the database's spelling is kept otherwise; repeatable)</source>
        <translation>guardar la grafía NAME del archivo para la persona que nombra (si no, se conserva la grafía de la base de datos; repetible)</translation>
    </message>
    <message>
        <source>write a full-fidelity archive (zip) of the database</source>
        <translation>escribir un archivo completo (zip) de la base de datos</translation>
    </message>
    <message>
        <source>the .zip to write</source>
        <translation>el .zip que se escribirá</translation>
    </message>
    <message>
        <source>replace the database with a backup (.db) or an archive (.zip); on PostgreSQL, pg_restore a .dump into an empty database</source>
        <translation>reemplazar la base de datos por un respaldo (.db) o un archivo (.zip); en PostgreSQL, pg_restore de un .dump en una base de datos vacía</translation>
    </message>
    <message>
        <source>backup .db, archive .zip, or a PostgreSQL .dump</source>
        <translation>respaldo .db, archivo .zip o un .dump de PostgreSQL</translation>
    </message>
    <message>
        <source>list the automatic backups of the database</source>
        <translation>listar los respaldos automáticos de la base de datos</translation>
    </message>
    <message>
        <source>--body applies to the wide-csv export only.</source>
        <translation>--body solo se aplica a la exportación wide-csv.</translation>
    </message>
    <message>
        <source>Wrote {n} {format} file(s) to {dir}.</source>
        <translation>Archivos {format} escritos en {dir}: {n}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Ensayo: no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Archived {url} to {file}.</source>
        <translation>{url} se archivó en {file}.</translation>
    </message>
    <message>
        <source>Restored {database} from {source}: the integrity check passed and {count} approved meetings verify against their fingerprints (record chain of {length} links). Run `councildesk pg-setup` to grant it to the office's roles.</source>
        <translation>Se restauró {database} desde {source}: la verificación de integridad se superó y {count} sesiones aprobadas coinciden con sus huellas (cadena de registros de {length} eslabones). Ejecute `councildesk pg-setup` para otorgarla a los roles de la oficina.</translation>
    </message>
    <message>
        <source>Restored from {source}; the replaced database is kept as {copy}.</source>
        <translation>Se restauró desde {source}; la base de datos reemplazada se conserva como {copy}.</translation>
    </message>
    <message>
        <source>No automatic backups in {folder}.</source>
        <translation>No hay respaldos automáticos en {folder}.</translation>
    </message>
    <message>
        <source>The text holds a character that cannot be stored or written ({position}); retype that part of the text.</source>
        <translation>El texto contiene un carácter que no se puede guardar ni escribir ({position}); vuelva a escribir esa parte del texto.</translation>
    </message>
    <message>
        <source>at character {number}</source>
        <translation>en el carácter {number}</translation>
    </message>
    <message>
        <source>somewhere in it</source>
        <translation>en algún lugar</translation>
    </message>
    <message>
        <source>write a meeting's minutes as PDF, or a body's year of minutes as one volume (--year, --body)</source>
        <translation>escribir el acta de una sesión en PDF, o las actas de un año de un órgano en un volumen (--year, --body)</translation>
    </message>
    <message>
        <source>file to write: FILE.html for the accessible web edition, else PDF</source>
        <translation>archivo que se escribirá: FILE.html para la edición web accesible; si no, PDF</translation>
    </message>
    <message>
        <source>every meeting of --body in YYYY, one PDF</source>
        <translation>todas las sesiones de --body en AAAA, un solo PDF</translation>
    </message>
    <message>
        <source>the body whose year is bound (with --year)</source>
        <translation>el órgano cuyo año se encuaderna (con --year)</translation>
    </message>
    <message>
        <source>sign approved minutes with this key file (see `councildesk keys new`); asks its passphrase</source>
        <translation>firmar el acta aprobada con este archivo de clave (véase `councildesk keys new`); pide su frase de contraseña</translation>
    </message>
    <message>
        <source>write a meeting's agenda as PDF</source>
        <translation>escribir el orden del día de una sesión en PDF</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>archivo PDF que se escribirá</translation>
    </message>
    <message>
        <source>approve a meeting's minutes at a later meeting; locks them</source>
        <translation>aprobar el acta de una sesión en una sesión posterior; la bloquea</translation>
    </message>
    <message>
        <source>the meeting whose minutes are approved</source>
        <translation>la sesión cuya acta se aprueba</translation>
    </message>
    <message>
        <source>the meeting that approved them</source>
        <translation>la sesión que la aprobó</translation>
    </message>
    <message>
        <source>approval date (default: the date of MEETING2)</source>
        <translation>fecha de aprobación (predeterminado: la fecha de MEETING2)</translation>
    </message>
    <message>
        <source>approved as corrected (default: as read)</source>
        <translation>aprobada con correcciones (predeterminado: tal como fue leída)</translation>
    </message>
    <message>
        <source>the vote that approved them (default: found at MEETING2)</source>
        <translation>la votación que la aprobó (predeterminado: la hallada en MEETING2)</translation>
    </message>
    <message>
        <source>check approved minutes against their fingerprint and the record chain (exit 0 OK, 1 tampered, 3 draft, 4 text unchanged but shared records renamed)</source>
        <translation>verificar las actas aprobadas con su huella y la cadena de registros (salida 0 correcto, 1 alterada, 3 borrador, 4 texto igual pero registros compartidos renombrados)</translation>
    </message>
    <message>
        <source>every approved meeting and the whole record chain</source>
        <translation>todas las sesiones aprobadas y toda la cadena de registros</translation>
    </message>
    <message>
        <source>a fingerprints file, an older backup (.db) or a printed chain head / fingerprint</source>
        <translation>un archivo de huellas, un respaldo anterior (.db) o una cabeza de cadena / huella impresa</translation>
    </message>
    <message>
        <source>write the record chain's head and every approval's fingerprint as JSON (to publish)</source>
        <translation>escribir la cabeza de la cadena de registros y la huella de cada aprobación en JSON (para publicar)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>archivo que se escribirá</translation>
    </message>
    <message>
        <source>record a correction to approved minutes (never erases them)</source>
        <translation>registrar una corrección a un acta aprobada (nunca la borra)</translation>
    </message>
    <message>
        <source>why the correction is made</source>
        <translation>por qué se hace la corrección</translation>
    </message>
    <message>
        <source>the text as approved</source>
        <translation>el texto tal como se aprobó</translation>
    </message>
    <message>
        <source>the corrected text</source>
        <translation>el texto corregido</translation>
    </message>
    <message>
        <source>date of the correction (default: today)</source>
        <translation>fecha de la corrección (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>agenda item id the correction belongs to</source>
        <translation>número del punto del orden del día al que pertenece la corrección</translation>
    </message>
    <message>
        <source>paper size (default letter)</source>
        <translation>tamaño del papel (predeterminado letter)</translation>
    </message>
    <message>
        <source>Give a meeting id, or --year and --body for a year's volume.</source>
        <translation>Indique el número de una sesión, o --year y --body para el volumen de un año.</translation>
    </message>
    <message>
        <source>Wrote the approved minutes of meeting {meeting} to {file}.</source>
        <translation>Se escribió el acta aprobada de la sesión {meeting} en {file}.</translation>
    </message>
    <message>
        <source>Wrote the DRAFT minutes of meeting {meeting} to {file}.</source>
        <translation>Se escribió el BORRADOR del acta de la sesión {meeting} en {file}.</translation>
    </message>
    <message>
        <source>Wrote the approved HTML minutes of meeting {meeting} to {file}.</source>
        <translation>Se escribió el acta aprobada en HTML de la sesión {meeting} en {file}.</translation>
    </message>
    <message>
        <source>Wrote the DRAFT HTML minutes of meeting {meeting} to {file}.</source>
        <translation>Se escribió el BORRADOR del acta en HTML de la sesión {meeting} en {file}.</translation>
    </message>
    <message>
        <source>Only one meeting's minutes as PDF can be signed; give a file name ending in .pdf.</source>
        <translation>Solo se puede firmar el acta de una sesión en PDF; dé un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>The minutes of meeting {meeting} are a draft; only approved minutes are signed.</source>
        <translation>El acta de la sesión {meeting} es un borrador; solo se firman actas aprobadas.</translation>
    </message>
    <message>
        <source>Wrote the approved minutes of meeting {meeting}, signed by {who}, to {file}.</source>
        <translation>El acta aprobada de la sesión {meeting}, firmada por {who}, se escribió en {file}.</translation>
    </message>
    <message>
        <source>A volume takes --year and --body together, without a meeting id.</source>
        <translation>Un volumen requiere --year y --body juntos, sin número de sesión.</translation>
    </message>
    <message>
        <source>A year's volume is written as PDF; give a file name ending in .pdf.</source>
        <translation>El volumen de un año se escribe en PDF; dé un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>Wrote the {year} minutes of the {body} ({count} meetings, {drafts} still drafts) to {file}.</source>
        <translation>Las actas de {year} del {body} ({count} sesiones, {drafts} aún en borrador) se escribieron en {file}.</translation>
    </message>
    <message>
        <source>Wrote the agenda of meeting {meeting} to {file}.</source>
        <translation>El orden del día de la sesión {meeting} se escribió en {file}.</translation>
    </message>
    <message>
        <source>Approved the minutes of meeting {meeting} on {day}; they are now locked. Fingerprint (SHA-256): {sha256}</source>
        <translation>Se aprobó el acta de la sesión {meeting} el {day}; ahora está bloqueada. Huella (SHA-256): {sha256}</translation>
    </message>
    <message>
        <source>Wrote {count} approval fingerprints and the chain head {head} (link {length}) to {file}.</source>
        <translation>Se escribieron {count} huellas de aprobación y la cabeza de la cadena {head} (eslabón {length}) en {file}.</translation>
    </message>
    <message>
        <source>  also: {line}</source>
        <translation>  además: {line}</translation>
    </message>
    <message>
        <source>TAMPERED: the record chain breaks: {brk}</source>
        <translation>ALTERADA: la cadena de registros se rompe: {brk}</translation>
    </message>
    <message>
        <source>meeting {meeting}: {verdict}</source>
        <translation>sesión {meeting}: {verdict}</translation>
    </message>
    <message>
        <source>{count} approved meetings checked; record chain of {length} links, head {head}.</source>
        <translation>Sesiones con acta aprobada verificadas: {count}; cadena de registros de {length} eslabones, cabeza {head}.</translation>
    </message>
    <message>
        <source>Give a meeting id, or --all for every approved meeting and the record chain.</source>
        <translation>Indique el número de una sesión, o --all para todas las sesiones aprobadas y la cadena de registros.</translation>
    </message>
    <message>
        <source>  changed: {line}</source>
        <translation>  cambiado: {line}</translation>
    </message>
    <message>
        <source>Recorded correction {correction} to the minutes of meeting {meeting}; the approved fingerprint is unchanged.</source>
        <translation>Se registró la corrección {correction} del acta de la sesión {meeting}; la huella aprobada no cambia.</translation>
    </message>
    <message>
        <source>a member's voting record, as PDF or CSV</source>
        <translation>el historial de votos de un miembro, en PDF o CSV</translation>
    </message>
    <message>
        <source>the member's id or name (part of a name is enough when it is unique)</source>
        <translation>el id o el nombre del miembro (basta parte del nombre si es única)</translation>
    </message>
    <message>
        <source>write FILE.pdf or FILE.csv (default: print a summary)</source>
        <translation>escribir FILE.pdf o FILE.csv (predeterminado: mostrar un resumen)</translation>
    </message>
    <message>
        <source>full-text search of items, matters, motions and speakers</source>
        <translation>búsqueda de texto completo en puntos, asuntos, mociones y oradores</translation>
    </message>
    <message>
        <source>words, "a phrase" or a prefix*</source>
        <translation>palabras, "una frase" o un prefijo*</translation>
    </message>
    <message>
        <source>at most this many results (default 50)</source>
        <translation>como máximo esta cantidad de resultados (predeterminado 50)</translation>
    </message>
    <message>
        <source>write the results to FILE.csv</source>
        <translation>escribir los resultados en FILE.csv</translation>
    </message>
    <message>
        <source>who votes with whom on split votes, as PDF or CSV</source>
        <translation>quién vota con quién en las votaciones divididas, en PDF o CSV</translation>
    </message>
    <message>
        <source>write FILE.pdf or FILE.csv (default: print the pairs)</source>
        <translation>escribir FILE.pdf o FILE.csv (predeterminado: mostrar los pares)</translation>
    </message>
    <message>
        <source>a matter's path across meetings, with every vote</source>
        <translation>el recorrido de un asunto por las sesiones, con cada votación</translation>
    </message>
    <message>
        <source>the matter's identifier (e.g. R-11-034) or id</source>
        <translation>el identificador del asunto (p. ej., R-11-034) o su id</translation>
    </message>
    <message>
        <source>first day, e.g. 2011-01-01</source>
        <translation>primer día, p. ej., 2011-01-01</translation>
    </message>
    <message>
        <source>last day, e.g. 2011-12-31</source>
        <translation>último día, p. ej., 2011-12-31</translation>
    </message>
    <message>
        <source>only this body (id)</source>
        <translation>solo este órgano (id)</translation>
    </message>
    <message>
        <source>{option} {value!r} is not a date; write it like 2011-08-18.</source>
        <translation>{option} {value!r} no es una fecha; escríbala como 2011-08-18.</translation>
    </message>
    <message>
        <source>{path} must end in {value}.</source>
        <translation>{path} debe terminar en {value}.</translation>
    </message>
    <message>
        <source>The folder {value} does not exist.</source>
        <translation>La carpeta {value} no existe.</translation>
    </message>
    <message>
        <source>{name}: {count} ballots, with the majority {with_majority} of {decided} ({share}), present at {present} of {seated} meetings.</source>
        <translation>{name}: {count} votos, con la mayoría en {with_majority} de {decided} ({share}), presente en {present} de {seated} sesiones.</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000.</source>
        <translation>--limit debe estar entre 1 y 1000.</translation>
    </message>
    <message>
        <source>Wrote 1 result to {file}.</source>
        <translation>Se escribió 1 resultado en {file}.</translation>
    </message>
    <message>
        <source>Wrote {count} results to {file}.</source>
        <translation>Se escribieron {count} resultados en {file}.</translation>
    </message>
    <message>
        <source>not on an agenda yet</source>
        <translation>aún no está en un orden del día</translation>
    </message>
    <message>
        <source>meeting {meeting}, item {item}</source>
        <translation>sesión {meeting}, punto {item}</translation>
    </message>
    <message>
        <source>1 split vote</source>
        <translation>1 votación dividida</translation>
    </message>
    <message>
        <source>{count} split votes</source>
        <translation>{count} votaciones divididas</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} miembros</translation>
    </message>
    <message>
        <source>There is no matter {wanted!r}; give its identifier, e.g. R-11-034.</source>
        <translation>No existe el asunto {wanted!r}; indique su identificador, p. ej., R-11-034.</translation>
    </message>
    <message>
        <source>  Not yet on any meeting's agenda.</source>
        <translation>  Aún no figura en el orden del día de ninguna sesión.</translation>
    </message>
    <message>
        <source>  {day}  {body}, item {item} (meeting {meeting}): {stage}</source>
        <translation>  {day}  {body}, punto {item} (sesión {meeting}): {stage}</translation>
    </message>
    <message>
        <source>no vote</source>
        <translation>sin votación</translation>
    </message>
    <message>
        <source>signing keys for approved minutes (kept in a file, never in the database)</source>
        <translation>claves de firma de las actas aprobadas (guardadas en un archivo, nunca en la base de datos)</translation>
    </message>
    <message>
        <source>make a self-signed trial certificate and private key (PKCS#12, protected by a passphrase)</source>
        <translation>crear un certificado de prueba autofirmado y su clave privada (PKCS#12, protegida con una frase de contraseña)</translation>
    </message>
    <message>
        <source>Make a self-signed certificate for trying signed minutes. Readers show the signature as valid but not from a trusted authority; a city's own certificate (.p12) from an authority is used the same way with `minutes --sign`.</source>
        <translation>Crea un certificado autofirmado para probar las actas firmadas. Los lectores muestran la firma como válida, pero no de una autoridad de confianza; el certificado propio de una ciudad (.p12) emitido por una autoridad se usa igual con `minutes --sign`.</translation>
    </message>
    <message>
        <source>key file (default: signing-key.p12 in your data folder)</source>
        <translation>archivo de clave (predeterminado: signing-key.p12 en su carpeta de datos)</translation>
    </message>
    <message>
        <source>the signer's name, e.g. "City Clerk, Northampton"</source>
        <translation>el nombre de quien firma, p. ej., "Secretario municipal, Northampton"</translation>
    </message>
    <message>
        <source>check a signed minutes PDF: unchanged since signing, and who signed it (exit 0 OK, 1 refused)</source>
        <translation>verificar un acta firmada en PDF: sin cambios desde la firma, y quién la firmó (salida 0 correcto, 1 rechazada)</translation>
    </message>
    <message>
        <source>the PDF to check</source>
        <translation>el PDF que se verificará</translation>
    </message>
    <message>
        <source>Passphrase for {file}: </source>
        <translation>Frase de contraseña de {file}: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Las dos frases de contraseña no coinciden; no se escribió nada.</translation>
    </message>
    <message>
        <source>No passphrase was given; set {variable} when no one can type it.</source>
        <translation>No se dio ninguna frase de contraseña; defina {variable} cuando nadie pueda escribirla.</translation>
    </message>
    <message>
        <source>Wrote a self-signed trial certificate for {name} and its private key to {path} (keep the file and its passphrase safe). Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Se escribió un certificado de prueba autofirmado para {name} y su clave privada en {path} (guarde el archivo y su frase de contraseña en lugar seguro). Huella del certificado (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {value}.</source>
        <translation>No se puede leer {path}: {value}.</translation>
    </message>
    <message>
        <source>Signer's certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Huella del certificado del firmante (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>set up a PostgreSQL database for an office: schema owner, clerk and reader groups, grants (run again after each upgrade; it changes nothing that is already right)</source>
        <translation>preparar una base de datos PostgreSQL para una oficina: propietario del esquema, grupos de secretaría y de lectura, permisos (vuelva a ejecutarlo tras cada actualización; no cambia nada que ya esté bien)</translation>
    </message>
    <message>
        <source>the database, with an administrator's role: postgresql+psycopg://admin@host/db</source>
        <translation>la base de datos, con un rol de administrador: postgresql+psycopg://admin@host/db</translation>
    </message>
    <message>
        <source>give this person (name or id in the records) a login</source>
        <translation>dar un inicio de sesión a esta persona (nombre o id en los registros)</translation>
    </message>
    <message>
        <source>with --add-person: clerk or reader</source>
        <translation>con --add-person: clerk o reader</translation>
    </message>
    <message>
        <source>with --add-person: their login name on the server</source>
        <translation>con --add-person: su nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>with --add-person: ask for their password (read from standard input when it is not a terminal)</source>
        <translation>con --add-person: pedir su contraseña (se lee de la entrada estándar si no es una terminal)</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Repita: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was changed.</source>
        <translation>La contraseña está vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>--role, --login and --password go with --add-person NAME.</source>
        <translation>--role, --login y --password van con --add-person NOMBRE.</translation>
    </message>
    <message>
        <source>Set up {database} at schema {schema}: {tables} tables granted to {clerk} and {reader}, owned by {owner}; {people} people have their own login.</source>
        <translation>Se preparó {database} en el esquema {schema}: {tables} tablas concedidas a {clerk} y {reader}, propiedad de {owner}; {people} personas tienen su propio inicio de sesión.</translation>
    </message>
    <message>
        <source>--add-person needs --role clerk|reader and --login NAME.</source>
        <translation>--add-person necesita --role clerk|reader y --login NOMBRE.</translation>
    </message>
    <message>
        <source>{name} signs in as {login} ({role}). Their password was set.</source>
        <translation>{name} inicia sesión como {login} ({role}). Se fijó su contraseña.</translation>
    </message>
    <message>
        <source>{name} signs in as {login} ({role}). Set a password with --password, or use the server's own sign-in.</source>
        <translation>{name} inicia sesión como {login} ({role}). Fije una contraseña con --password, o use el inicio de sesión propio del servidor.</translation>
    </message>
    <message>
        <source>write the public website (meetings, minutes, members, votes, matters, search, open data) into DIR</source>
        <translation>escribir el sitio web público (sesiones, actas, miembros, votaciones, asuntos, búsqueda, datos abiertos) en DIR</translation>
    </message>
    <message>
        <source>the folder to write (created if missing)</source>
        <translation>la carpeta que se escribirá (se crea si no existe)</translation>
    </message>
    <message>
        <source>only this body's meetings</source>
        <translation>solo las sesiones de este órgano</translation>
    </message>
    <message>
        <source>first meeting date</source>
        <translation>fecha de la primera sesión</translation>
    </message>
    <message>
        <source>last meeting date</source>
        <translation>fecha de la última sesión</translation>
    </message>
    <message>
        <source>publish draft minutes too, each marked DRAFT</source>
        <translation>publicar también los borradores de actas, cada uno marcado BORRADOR</translation>
    </message>
    <message>
        <source>the address the site will be served at (https://…); used only in the Atom feed and sitemap.xml</source>
        <translation>la dirección en la que se servirá el sitio (https://…); solo se usa en el canal Atom y en sitemap.xml</translation>
    </message>
    <message>
        <source>the language of the site's own words (default: the published bodies' language when they share one, else English)</source>
        <translation>el idioma de los textos propios del sitio (predeterminado: el idioma de los órganos publicados cuando lo comparten; si no, inglés)</translation>
    </message>
    <message>
        <source>publish into a folder that holds other files (never deletes them)</source>
        <translation>publicar en una carpeta que contiene otros archivos (nunca los borra)</translation>
    </message>
    <message>
        <source>draw the files of approved minutes (agenda PDF, minutes web edition and PDF) and keep them in the records, so that publishing copies them instead of drawing them</source>
        <translation>dibujar los archivos de las actas aprobadas (PDF del orden del día, edición web y PDF del acta) y guardarlos en los registros, para que la publicación los copie en lugar de dibujarlos</translation>
    </message>
    <message>
        <source>only this meeting (repeatable; default: every approved meeting)</source>
        <translation>solo esta sesión (repetible; por defecto: todas las sesiones aprobadas)</translation>
    </message>
    <message>
        <source>--base-url {text!r} is not a web address like https://example.org/council/.</source>
        <translation>--base-url {text!r} no es una dirección web como https://example.org/council/.</translation>
    </message>
    <message>
        <source>Published {meetings} meetings ({approved} with approved minutes) as {pages} pages and {files} files in {dir} ({changed} written, {removed} removed) in {seconds:.1f} s. Open {index}.</source>
        <translation>Sesiones publicadas: {meetings} ({approved} con acta aprobada), en {pages} páginas y {files} archivos en {dir} ({changed} escritos, {removed} eliminados) en {seconds:.1f} s. Abra {index}.</translation>
    </message>
    <message>
        <source>Keeping the approved minutes' files: {done} of {total} meetings read…</source>
        <translation>Guardando los archivos de las actas aprobadas: {done} de {total} sesiones leídas…</translation>
    </message>
    <message>
        <source>No files were kept: none of the {count} meetings has approved minutes, or the record chain is broken (run `councildesk verify --all`).</source>
        <translation>No se guardó ningún archivo: ninguna de las {count} sesiones tiene el acta aprobada, o la cadena de registros está rota (ejecute `councildesk verify --all`).</translation>
    </message>
    <message>
        <source>Approved minutes with their files kept: {kept}.</source>
        <translation>Actas aprobadas con sus archivos guardados: {kept}.</translation>
    </message>
    <message>
        <source>a meeting's video chapters from its stamped times (WebVTT or a YouTube description list)</source>
        <translation>los capítulos del video de una sesión según sus horas registradas (WebVTT o una lista para la descripción de YouTube)</translation>
    </message>
    <message>
        <source>WebVTT chapters or YouTube list</source>
        <translation>capítulos WebVTT o lista de YouTube</translation>
    </message>
    <message>
        <source>where in the recording the meeting was called to order (default: the one `video` set, else 0)</source>
        <translation>en qué punto de la grabación se abrió la sesión (predeterminado: el que fijó `video`, si no 0)</translation>
    </message>
    <message>
        <source>write to FILE (default: print)</source>
        <translation>escribir en FILE (predeterminado: mostrar)</translation>
    </message>
    <message>
        <source>set a meeting's video address and offset (shown if neither is given)</source>
        <translation>fijar la dirección y el desfase del video de una sesión (se muestran si no se da ninguno)</translation>
    </message>
    <message>
        <source>the recording's web address (empty to remove)</source>
        <translation>la dirección web de la grabación (vacía para quitarla)</translation>
    </message>
    <message>
        <source>where in the recording the meeting was called to order</source>
        <translation>en qué punto de la grabación se abrió la sesión</translation>
    </message>
    <message>
        <source>--offset {text} is not a time like 00:04:12 (hours, minutes, seconds).</source>
        <translation>--offset {text} no es una hora como 00:04:12 (horas, minutos, segundos).</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>Call to order</source>
        <translation>Apertura de la sesión</translation>
    </message>
    <message>
        <source>Meeting {meeting} has no call to order and no stamped item, so no chapters to mark.</source>
        <translation>La sesión {meeting} no tiene hora de apertura ni puntos con hora, así que no hay capítulos que marcar.</translation>
    </message>
    <message>
        <source>url: {url}</source>
        <translation>dirección: {url}</translation>
    </message>
    <message>
        <source>offset: {offset}</source>
        <translation>desfase: {offset}</translation>
    </message>
    <message>
        <source>Record council meetings and publish official minutes. With no command, opens the desktop window.</source>
        <translation>Registre las sesiones del concejo y publique las actas oficiales. Sin comando, abre la ventana de escritorio.</translation>
    </message>
    <message>
        <source>database file or PostgreSQL URL (default: your data folder)</source>
        <translation>archivo de base de datos o URL de PostgreSQL (predeterminado: su carpeta de datos)</translation>
    </message>
    <message>
        <source>log what happens to stderr</source>
        <translation>registrar lo que sucede en stderr</translation>
    </message>
    <message>
        <source>language of messages (default: LANG / LC_MESSAGES; the window's View ▸ Interface language)</source>
        <translation>idioma de los mensajes (predeterminado: LANG / LC_MESSAGES; en la ventana, Ver ▸ Idioma de la interfaz)</translation>
    </message>
    <message>
        <source>open the window read only (a councilor's view; the file may be open elsewhere for writing)</source>
        <translation>abrir la ventana en solo lectura (la vista de un concejal; el archivo puede estar abierto en otro lugar para escritura)</translation>
    </message>
    <message>
        <source>check this installation end to end, offscreen, in a temporary folder, and exit</source>
        <translation>verificar esta instalación de principio a fin, fuera de pantalla, en una carpeta temporal, y salir</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>record the time a meeting was called to order</source>
        <translation>registrar la hora en que se abrió una sesión</translation>
    </message>
    <message>
        <source>record the time a meeting adjourned</source>
        <translation>registrar la hora en que se levantó una sesión</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>número de la sesión</translation>
    </message>
    <message>
        <source>type or correct one time of a meeting's record (see `times`)</source>
        <translation>escribir o corregir una hora del registro de una sesión (véase `times`)</translation>
    </message>
    <message>
        <source>which time</source>
        <translation>qué hora</translation>
    </message>
    <message>
        <source>the record's id as `times` lists it</source>
        <translation>el id del registro tal como lo muestra `times`</translation>
    </message>
    <message>
        <source>the time on the meeting's date, e.g. 17:30</source>
        <translation>la hora en la fecha de la sesión, p. ej., 17:30</translation>
    </message>
    <message>
        <source>every time of a meeting's record, with warnings</source>
        <translation>todas las horas del registro de una sesión, con advertencias</translation>
    </message>
    <message>
        <source>who changed what and when (the audit log)</source>
        <translation>quién cambió qué y cuándo (el registro de auditoría)</translation>
    </message>
    <message>
        <source>only this meeting's records (default: all)</source>
        <translation>solo los registros de esta sesión (predeterminado: todos)</translation>
    </message>
    <message>
        <source>only this agenda item's records</source>
        <translation>solo los registros de este punto del orden del día</translation>
    </message>
    <message>
        <source>only entries mentioning TEXT</source>
        <translation>solo las entradas que mencionan TEXT</translation>
    </message>
    <message>
        <source>at most this many entries (default 200)</source>
        <translation>como máximo esta cantidad de entradas (predeterminado 200)</translation>
    </message>
    <message>
        <source>the time on the meeting's date (17:30 or 5:30 pm); default: now at a meeting held today, else the scheduled start</source>
        <translation>la hora en la fecha de la sesión (17:30 o 5:30 pm); predeterminado: ahora si la sesión es hoy; si no, la hora prevista</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>advertencia: {warning}</translation>
    </message>
    <message>
        <source>Called to order at {time} on {day}.</source>
        <translation>Se abrió la sesión a las {time} del {day}.</translation>
    </message>
    <message>
        <source>Adjourned at {time} on {day}.</source>
        <translation>Se levantó la sesión a las {time} del {day}.</translation>
    </message>
    <message>
        <source>{what}: cleared.</source>
        <translation>{what}: borrada.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>call-to-order</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>adjournment</source>
        <translation>el levantamiento de la sesión</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>la llegada</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>item</source>
        <translation>punto</translation>
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
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>create {what} {id}</source>
        <translation>se creó: {what} {id}</translation>
    </message>
    <message>
        <source>update {what} {id}</source>
        <translation>se cambió: {what} {id}</translation>
    </message>
    <message>
        <source>delete {what} {id}</source>
        <translation>se eliminó: {what} {id}</translation>
    </message>
    <message>
        <source>copy this SQLite file into an EMPTY PostgreSQL database, in one transaction: every table's rows compared and every approved meeting verified before anything is kept</source>
        <translation>copiar este archivo SQLite en una base de datos PostgreSQL VACÍA, en una sola transacción: se comparan las filas de cada tabla y se verifica cada sesión aprobada antes de conservar nada</translation>
    </message>
    <message>
        <source>the empty database: postgresql+psycopg://clerk@server/council</source>
        <translation>la base de datos vacía: postgresql+psycopg://clerk@server/council</translation>
    </message>
    <message>
        <source>Copied {rows:,} rows in {tables} tables into {url} in {seconds:.1f} s: every table holds the same rows as the file, {approvals} approved meetings verify OK, and the record chain ends at the same head ({links} links, {head}…). The file is unchanged; open the server with --db {url}.</source>
        <translation>Se copiaron {rows:,} filas de {tables} tablas en {url} en {seconds:.1f} s: cada tabla contiene las mismas filas que el archivo, {approvals} sesiones aprobadas se verifican correctamente y la cadena de registros termina en la misma cabeza ({links} eslabones, {head}…). El archivo no ha cambiado; abra el servidor con --db {url}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Minutes: draft</source>
        <translation>Acta: borrador</translation>
    </message>
    <message>
        <source>Minutes: approved</source>
        <translation>Acta: aprobada</translation>
    </message>
    <message>
        <source>Approved on {day} (as read), fingerprint {sha256}</source>
        <translation>Aprobada el {day} (tal como se leyó), huella {sha256}</translation>
    </message>
    <message>
        <source>Approved on {day} (as corrected), fingerprint {sha256}</source>
        <translation>Aprobada el {day} (con correcciones), huella {sha256}</translation>
    </message>
    <message>
        <source>primary sponsor: {who}</source>
        <translation>patrocinador principal: {who}</translation>
    </message>
    <message>
        <source>co-sponsor: {who}</source>
        <translation>copatrocinador: {who}</translation>
    </message>
    <message>
        <source>primary sponsor: {who} (not a member)</source>
        <translation>patrocinador principal: {who} (no es miembro)</translation>
    </message>
    <message>
        <source>co-sponsor: {who} (not a member)</source>
        <translation>copatrocinador: {who} (no es miembro)</translation>
    </message>
    <message>
        <source>Vote ({method}): adopted unanimously, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Votación ({method}): aprobada por unanimidad, {tally}; umbral: {threshold}; {count} votos</translation>
    </message>
    <message>
        <source>Vote ({method}): failed unanimously, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Votación ({method}): rechazada por unanimidad, {tally}; umbral: {threshold}; {count} votos</translation>
    </message>
    <message>
        <source>Vote ({method}): adopted, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Votación ({method}): aprobada, {tally}; umbral: {threshold}; {count} votos</translation>
    </message>
    <message>
        <source>Vote ({method}): failed, {tally}; threshold {threshold}; {count} ballots</source>
        <translation>Votación ({method}): rechazada, {tally}; umbral: {threshold}; {count} votos</translation>
    </message>
    <message>
        <source>1 abstaining</source>
        <translation>1 abstención</translation>
    </message>
    <message>
        <source>{count} abstaining</source>
        <translation>{count} abstenciones</translation>
    </message>
    <message>
        <source>1 recused</source>
        <translation>1 inhibición</translation>
    </message>
    <message>
        <source>{count} recused</source>
        <translation>{count} inhibiciones</translation>
    </message>
    <message>
        <source>1 present and not voting</source>
        <translation>1 presente sin votar</translation>
    </message>
    <message>
        <source>{count} present and not voting</source>
        <translation>{count} presentes sin votar</translation>
    </message>
    <message>
        <source>1 absent</source>
        <translation>1 ausente</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} ausentes</translation>
    </message>
    <message>
        <source>1 excused</source>
        <translation>1 ausencia justificada</translation>
    </message>
    <message>
        <source>{count} excused</source>
        <translation>{count} ausencias justificadas</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 otro</translation>
    </message>
    <message>
        <source>{count} other</source>
        <translation>{count} otros</translation>
    </message>
    <message>
        <source>{weekday:%A} {day}, {time}</source>
        <translation>{weekday:%A} {day}, {time}</translation>
    </message>
    <message>
        <source>{body} — {kind} meeting</source>
        <translation>{body} — sesión {kind}</translation>
    </message>
    <message>
        <source>{body} — {kind} meeting (sample data)</source>
        <translation>{body} — sesión {kind} (datos de muestra)</translation>
    </message>
    <message>
        <source>Called to order at {time} by {name}</source>
        <translation>Apertura a las {time} por {name}</translation>
    </message>
    <message>
        <source>Called to order at {time}</source>
        <translation>Apertura a las {time}</translation>
    </message>
    <message>
        <source>Recorded by {name}</source>
        <translation>Registrada por {name}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>  Quorum: {present} present of {required} required — NOT present</source>
        <translation>  Quórum: {present} presentes de {required} requeridos — NO hay quórum</translation>
    </message>
    <message>
        <source>  Quorum: {present} present of {required} required — present</source>
        <translation>  Quórum: {present} presentes de {required} requeridos — hay quórum</translation>
    </message>
    <message>
        <source>Adjourned at {time}</source>
        <translation>Se levantó la sesión a las {time}</translation>
    </message>
    <message>
        <source>Correction {made_on}: {reason} — {before} → {after}</source>
        <translation>Corrección del {made_on}: {reason} — {before} → {after}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <source>Matter {identifier}: {title} ({status})</source>
        <translation>Asunto {identifier}: {title} ({status})</translation>
    </message>
    <message>
        <source>Discussion: {text}</source>
        <translation>Debate: {text}</translation>
    </message>
    <message>
        <source>Speaker: {who}</source>
        <translation>Orador: {who}</translation>
    </message>
    <message>
        <source>Document: {title} ({where})</source>
        <translation>Documento: {title} ({where})</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Acuerdo: {text}</translation>
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
        <translation>Moción ({kind}): {text} — propuesta por {mover}; {disposition}</translation>
    </message>
    <message>
        <source>Motion ({kind}): {text} — moved by {mover}, seconded by {seconder}; {disposition}</source>
        <translation>Moción ({kind}): {text} — propuesta por {mover}, secundada por {seconder}; {disposition}</translation>
    </message>
    <message>
        <source>WARNING: {warning}</source>
        <translation>ADVERTENCIA: {warning}</translation>
    </message>
    <message>
        <source>present, not voting</source>
        <translation>presente, sin votar</translation>
    </message>
</context>
<context>
    <name>councildesk</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {value}.</source>
        <translation>No se puede escribir en {folder}: {value}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}.</source>
        <translation>No se pudo escribir {path}: {value}.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write in {parent}: {value}.</source>
        <translation>No se puede escribir en {parent}: {value}.</translation>
    </message>
    <message>
        <source>Could not write into {folder}: {value}.</source>
        <translation>No se pudo escribir en {folder}: {value}.</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>A backup cannot be written over the database it copies.</source>
        <translation>Un respaldo no puede escribirse sobre la base de datos que copia.</translation>
    </message>
    <message>
        <source>The backup folder {parent} does not exist.</source>
        <translation>La carpeta de respaldos {parent} no existe.</translation>
    </message>
    <message>
        <source>Could not write the backup {destination}: {error}.</source>
        <translation>No se pudo escribir el respaldo {destination}: {error}.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Se debe conservar al menos un respaldo.</translation>
    </message>
    <message>
        <source>This database is open read only; nothing can be changed in it.</source>
        <translation>Esta base de datos está abierta solo para lectura; no se puede cambiar nada en ella.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same moment; your change was not saved. Reload it and try again.</source>
        <translation>Otra persona cambió este registro en el mismo momento; su cambio no se guardó. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and locked; record a correction instead.</source>
        <translation>El acta de esta sesión está aprobada y bloqueada; registre una corrección en su lugar.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>another program holds a write on it longer than CouncilDesk waits; close that program or try again in a moment</source>
        <translation>otro programa mantiene una escritura en ella más tiempo del que CouncilDesk espera; cierre ese programa o inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>another program holds a write on it; try again in a moment</source>
        <translation>otro programa mantiene una escritura en ella; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>it is read-only; check the file's permissions or the disk</source>
        <translation>es de solo lectura; revise los permisos del archivo o el disco</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; check the disk and keep your backups</source>
        <translation>el disco informó un error de entrada/salida; revise el disco y conserve sus respaldos</translation>
    </message>
    <message>
        <source>the file is damaged; restore it from a backup</source>
        <translation>el archivo está dañado; restáurelo desde un respaldo</translation>
    </message>
    <message>
        <source>the file or its folder cannot be opened; check that the folder exists and that you may write there</source>
        <translation>no se puede abrir el archivo o su carpeta; compruebe que la carpeta existe y que puede escribir en ella</translation>
    </message>
    <message>
        <source>it is not a CouncilDesk database</source>
        <translation>no es una base de datos de CouncilDesk</translation>
    </message>
    <message>
        <source>the database user lacks permission for this; ask the database administrator</source>
        <translation>el usuario de la base de datos no tiene permiso para esto; consulte al administrador de la base de datos</translation>
    </message>
    <message>
        <source>the database server's disk is full</source>
        <translation>el disco del servidor de base de datos está lleno</translation>
    </message>
    <message>
        <source>the database server is out of memory</source>
        <translation>el servidor de base de datos se quedó sin memoria</translation>
    </message>
    <message>
        <source>the database server has too many connections; try again in a moment</source>
        <translation>el servidor de base de datos tiene demasiadas conexiones; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de datos es de solo lectura</translation>
    </message>
    <message>
        <source>another user changed the same records at the same time; try again</source>
        <translation>otro usuario cambió los mismos registros al mismo tiempo; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>another user recorded the same thing at the same moment; reload to see it</source>
        <translation>otro usuario registró lo mismo en el mismo momento; vuelva a cargar para verlo</translation>
    </message>
    <message>
        <source>another user holds a lock on these records; try again in a moment</source>
        <translation>otro usuario tiene bloqueados estos registros; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>the database server cancelled the statement; try again</source>
        <translation>el servidor de base de datos canceló la instrucción; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the database server is shutting down</source>
        <translation>el servidor de base de datos se está apagando</translation>
    </message>
    <message>
        <source>the database server cannot be reached; check the address and that it is running</source>
        <translation>no se puede contactar con el servidor de base de datos; revise la dirección y que esté en marcha</translation>
    </message>
    <message>
        <source>the database server refused the user name or password</source>
        <translation>el servidor de base de datos rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>the named database does not exist on that server</source>
        <translation>la base de datos indicada no existe en ese servidor</translation>
    </message>
    <message>
        <source>CouncilDesk could not use the database {where}: {reason}.</source>
        <translation>CouncilDesk no pudo usar la base de datos {where}: {reason}.</translation>
    </message>
    <message>
        <source>CouncilDesk could not reach the database {where}; check that it is running.</source>
        <translation>CouncilDesk no pudo conectarse con la base de datos {where}; compruebe que esté en funcionamiento.</translation>
    </message>
    <message>
        <source>{path} is not a CouncilDesk database or is damaged ({error}).</source>
        <translation>{path} no es una base de datos de CouncilDesk o está dañada ({error}).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely: {problem}.</source>
        <translation>{path} está dañada y no se puede abrir con seguridad: {problem}.</translation>
    </message>
    <message>
        <source>{database_name} is already open in another CouncilDesk ({holder}); close it there first.</source>
        <translation>{database_name} ya está abierta en otro CouncilDesk ({holder}); ciérrela allí primero.</translation>
    </message>
    <message>
        <source>{database_name} is already open in another CouncilDesk under another name (a hard link or a copy of the path); close it there first.</source>
        <translation>{database_name} ya está abierta en otro CouncilDesk con otro nombre (un enlace duro o una copia de la ruta); ciérrela allí primero.</translation>
    </message>
    <message>
        <source>process unknown</source>
        <translation>proceso desconocido</translation>
    </message>
    <message>
        <source>process {pid} of {user} on {host}</source>
        <translation>proceso {pid} de {user} en {host}</translation>
    </message>
    <message>
        <source>{url} carries several schema versions ({value}); it cannot be opened.</source>
        <translation>{url} tiene varias versiones de esquema ({value}); no se puede abrir.</translation>
    </message>
    <message>
        <source>{where} was written by a newer CouncilDesk (schema {revision}); install the newer version to open it.</source>
        <translation>{where} fue escrita por un CouncilDesk más reciente (esquema {revision}); instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <source>{where} holds no CouncilDesk records; create them with `councildesk init` first.</source>
        <translation>{where} no contiene registros de CouncilDesk; créelos primero con `councildesk init`.</translation>
    </message>
    <message>
        <source>{where} uses an older CouncilDesk schema ({revision}); open it once for writing so that it is backed up and upgraded.</source>
        <translation>{where} usa un esquema anterior de CouncilDesk ({revision}); ábrala una vez para escritura para que se respalde y se actualice.</translation>
    </message>
    <message>
        <source>{value} holds tables that are not CouncilDesk's.</source>
        <translation>{value} contiene tablas que no son de CouncilDesk.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {name} ({error}); the database was not upgraded.</source>
        <translation>pg_dump no pudo respaldar {name} ({error}); la base de datos no se actualizó.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {name} ({last}); the database was not upgraded.</source>
        <translation>pg_dump no pudo respaldar {name} ({last}); la base de datos no se actualizó.</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <source>{role!r} cannot be a login name: use lower-case letters, digits and _ (at most 63, not starting with a digit).</source>
        <translation>{role!r} no puede ser un nombre de usuario: use minúsculas, dígitos y _ (como máximo 63, sin empezar por un dígito).</translation>
    </message>
    <message>
        <source>pg-setup sets up a PostgreSQL server; give a postgresql+psycopg:// address.</source>
        <translation>pg-setup prepara un servidor PostgreSQL; indique una dirección postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>There is no person with id {id} in the records.</source>
        <translation>No hay ninguna persona con el identificador {id} en los registros.</translation>
    </message>
    <message>
        <source>There is no person named {name!r} in the records; add them first (Edit ▸ People).</source>
        <translation>No hay ninguna persona llamada {name!r} en los registros; agréguela primero (Editar ▸ Personas).</translation>
    </message>
    <message>
        <source>{count} people are named {name!r} (ids {ids}); give the id instead of the name.</source>
        <translation>{count} personas se llaman {name!r} (identificadores {ids}); indique el identificador en lugar del nombre.</translation>
    </message>
    <message>
        <source>The role must be clerk or reader, not {group!r}.</source>
        <translation>El rol debe ser clerk o reader, no {group!r}.</translation>
    </message>
    <message>
        <source>{role} is one of CouncilDesk's own roles; choose a personal login name.</source>
        <translation>{role} es uno de los roles propios de CouncilDesk; elija un nombre de usuario personal.</translation>
    </message>
    <message>
        <source>{tool} is not installed, so the PostgreSQL database cannot be backed up or restored; install the PostgreSQL client tools (on Debian or Ubuntu: postgresql-client).</source>
        <translation>{tool} no está instalado, así que la base de datos PostgreSQL no se puede respaldar ni restaurar; instale las herramientas cliente de PostgreSQL (en Debian o Ubuntu: postgresql-client).</translation>
    </message>
    <message>
        <source>{tool} {version} is older than the server (PostgreSQL {server}) and cannot read it; install the client tools of version {server} or later (postgresql-client-{server}).</source>
        <translation>{tool} {version} es más antiguo que el servidor (PostgreSQL {server}) y no puede leerlo; instale las herramientas cliente de la versión {server} o posterior (postgresql-client-{server}).</translation>
    </message>
    <message>
        <source>{tool} could not {action} {database}: {reason}.</source>
        <translation>{tool} no pudo {action} {database}: {reason}.</translation>
    </message>
    <message>
        <source>{tool} could not {action} {database} ({last}).</source>
        <translation>{tool} no pudo {action} {database} ({last}).</translation>
    </message>
    <message>
        <source>{tool} could not {action} {database}: it ran longer than an hour.</source>
        <translation>{tool} no pudo {action} {database}: tardó más de una hora.</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>La carpeta de respaldos {folder} no existe.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>No existe el archivo de respaldo {path}.</translation>
    </message>
    <message>
        <source>{file} is not a PostgreSQL backup (pg_dump's custom format).</source>
        <translation>{file} no es un respaldo de PostgreSQL (formato personalizado de pg_dump).</translation>
    </message>
    <message>
        <source>{file} is a PostgreSQL backup but not of a CouncilDesk database.</source>
        <translation>{file} es un respaldo de PostgreSQL, pero no de una base de datos de CouncilDesk.</translation>
    </message>
    <message>
        <source>The database {name} is not empty ({count} tables and other objects); a backup is restored only into an empty database, so create one (createdb) and restore into that.</source>
        <translation>La base de datos {name} no está vacía ({count} tablas y otros objetos); un respaldo solo se restaura en una base de datos vacía, así que cree una (createdb) y restaure en ella.</translation>
    </message>
    <message>
        <source>SQLite integrity: {detail}.</source>
        <translation>Integridad de SQLite: {detail}.</translation>
    </message>
    <message>
        <source>SQLite integrity: {detail}</source>
        <translation>Integridad de SQLite: {detail}</translation>
    </message>
    <message>
        <source>{table} row {row} points at a missing {parent} record.</source>
        <translation>La fila {row} de {table} apunta a un registro de {parent} que no existe.</translation>
    </message>
    <message>
        <source>Ballot {ballot} is a second ballot for the same member on one vote.</source>
        <translation>El voto individual {ballot} es un segundo voto del mismo miembro en una misma votación.</translation>
    </message>
    <message>
        <source>Motion {motion} has the same mover and seconder.</source>
        <translation>La moción {motion} fue propuesta y secundada por la misma persona.</translation>
    </message>
    <message>
        <source>The record chain breaks: {brk}; run `councildesk verify --all`, and compare with a printed or published chain head or an earlier backup (`verify --against`).</source>
        <translation>La cadena de registros se rompe: {brk}; ejecute `councildesk verify --all` y compare con una cabeza de cadena impresa o publicada o con un respaldo anterior (`verify --against`).</translation>
    </message>
    <message>
        <source>Motion {motion} has {count} votes; CouncilDesk records one per motion (a re-vote is a motion to reconsider with its own vote), so the minutes would print only one of them.</source>
        <translation>La moción {motion} tiene {count} votaciones; CouncilDesk registra una por moción (volver a votar es una moción de reconsideración con su propia votación), así que el acta imprimiría solo una de ellas.</translation>
    </message>
    <message>
        <source>The agenda items of meeting {meeting} are not numbered 0 to {last} in a row (positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.</source>
        <translation>Los puntos del orden del día de la sesión {meeting} no están numerados de 0 a {last} sin saltos (posiciones {low} a {high}, {distinct} distintas); mover cualquier punto allí los renumera.</translation>
    </message>
    <message>
        <source>The agenda items of meeting {meeting} under item {parent} are not numbered 0 to {last} in a row (positions {low} to {high}, {distinct} distinct); moving any item there renumbers them.</source>
        <translation>Los puntos del orden del día de la sesión {meeting} bajo el punto {parent} no están numerados de 0 a {last} sin saltos (posiciones {low} a {high}, {distinct} distintas); mover cualquier punto allí los renumera.</translation>
    </message>
    <message>
        <source>{count} motions of agenda item {item} have only {distinct} distinct places, so their order is a guess.</source>
        <translation>{count} mociones del punto {item} del orden del día tienen solo {distinct} lugares distintos, así que su orden es una suposición.</translation>
    </message>
    <message>
        <source>{count} speakers of agenda item {item} have only {distinct} distinct places, so their order is a guess.</source>
        <translation>{count} oradores del punto {item} del orden del día tienen solo {distinct} lugares distintos, así que su orden es una suposición.</translation>
    </message>
    <message>
        <source>Motions of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as deleting one leaves its place empty.</source>
        <translation>Las mociones del punto {item} del orden del día están numeradas con saltos ({low} a {high}); el orden se conserva, ya que eliminar una deja su lugar vacío.</translation>
    </message>
    <message>
        <source>Speakers of agenda item {item} are numbered with gaps ({low} to {high}); the order is kept, as deleting one leaves its place empty.</source>
        <translation>Los oradores del punto {item} del orden del día están numerados con saltos ({low} a {high}); el orden se conserva, ya que eliminar uno deja su lugar vacío.</translation>
    </message>
    <message>
        <source>The approval-lock trigger {name} is missing or disabled; approved minutes could be changed from outside CouncilDesk; restore the database from a backup or ask who removed it.</source>
        <translation>Falta o está desactivado el disparador de bloqueo de aprobación {name}; las actas aprobadas podrían modificarse fuera de CouncilDesk; restaure la base de datos desde un respaldo o pregunte quién lo quitó.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>aprobación</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrada de auditoría</translation>
    </message>
    <message>
        <source>the link before it is missing or changed</source>
        <translation>falta el eslabón anterior o fue modificado</translation>
    </message>
    <message>
        <source>the entry is gone</source>
        <translation>la entrada ya no existe</translation>
    </message>
    <message>
        <source>the entry was changed</source>
        <translation>la entrada fue modificada</translation>
    </message>
    <message>
        <source>the link itself was changed</source>
        <translation>el propio eslabón fue modificado</translation>
    </message>
    <message>
        <source>the entry was added behind CouncilDesk's back</source>
        <translation>la entrada se agregó a espaldas de CouncilDesk</translation>
    </message>
    <message>
        <source>{kind} {entry} at link {position}: {problem}</source>
        <translation>{kind} {entry} en el eslabón {position}: {problem}</translation>
    </message>
    <message>
        <source>{kind} {entry} at link {position}: {problem} (expected {expected}, found {found})</source>
        <translation>{kind} {entry} en el eslabón {position}: {problem} (se esperaba {expected}, se encontró {found})</translation>
    </message>
    <message>
        <source>{kind} {entry} outside the chain: {problem}</source>
        <translation>{kind} {entry} fuera de la cadena: {problem}</translation>
    </message>
    <message>
        <source>{kind} {entry} outside the chain: {problem} (expected {expected}, found {found})</source>
        <translation>{kind} {entry} fuera de la cadena: {problem} (se esperaba {expected}, se encontró {found})</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space and try again</source>
        <translation>su cuota de disco está agotada; libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>permission was denied; check who may write there</source>
        <translation>se denegó el permiso; compruebe quién puede escribir allí</translation>
    </message>
    <message>
        <source>the operation is not permitted there; check who may write there</source>
        <translation>la operación no está permitida allí; compruebe quién puede escribir allí</translation>
    </message>
    <message>
        <source>the disk is read-only; choose a folder you can write to</source>
        <translation>el disco es de solo lectura; elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>the name is too long; choose a shorter name or folder</source>
        <translation>el nombre es demasiado largo; elija un nombre o una carpeta más cortos</translation>
    </message>
    <message>
        <source>a file of that name is already there; move it aside or choose another name</source>
        <translation>ya hay un archivo con ese nombre; muévalo o elija otro nombre</translation>
    </message>
    <message>
        <source>a file stands where a folder is needed; move it aside</source>
        <translation>hay un archivo donde se necesita una carpeta; muévalo</translation>
    </message>
    <message>
        <source>a folder stands where a file is needed; choose another name</source>
        <translation>hay una carpeta donde se necesita un archivo; elija otro nombre</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>the disk reported an input/output error; check the disk and keep your backups</source>
        <translation>el disco informó un error de entrada/salida; revise el disco y conserve sus respaldos</translation>
    </message>
    <message>
        <source>too many files are open; close other programs and try again</source>
        <translation>hay demasiados archivos abiertos; cierre otros programas e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the file is larger than this disk allows</source>
        <translation>el archivo es más grande de lo que este disco permite</translation>
    </message>
    <message>
        <source>the folder is on another disk than the file it replaces</source>
        <translation>la carpeta está en otro disco que el archivo que reemplaza</translation>
    </message>
    <message>
        <source>CouncilDesk could not use {what}: {reason}.</source>
        <translation>CouncilDesk no pudo usar {what}: {reason}.</translation>
    </message>
    <message>
        <source>'{text}' is not a time of day; type it as 17:30 or 5:30 pm.</source>
        <translation>'{text}' no es una hora del día; escríbala como 17:30 o 5:30 pm.</translation>
    </message>
    <message>
        <source>'{text}' is not a time of day; a.m. and p.m. hours run from 1 to 12.</source>
        <translation>'{text}' no es una hora del día; las horas a.m. y p.m. van de 1 a 12.</translation>
    </message>
    <message>
        <source>“{part}” mixes a number and a letter; write a range like Ward 1–9 or District A–O.</source>
        <translation>“{part}” mezcla un número y una letra; escriba un intervalo como Distrito 1–9 o Distrito A–O.</translation>
    </message>
    <message>
        <source>“{part}” runs backwards; write the lower end first, as in {prefix}{last}–{first}.</source>
        <translation>“{part}” va al revés; escriba primero el extremo menor, como en {prefix}{last}–{first}.</translation>
    </message>
    <message>
        <source>Type the seats to create, for example District A–O or Ward 1–9.</source>
        <translation>Escriba los escaños que se crearán, por ejemplo Distrito A–O o Distrito 1–9.</translation>
    </message>
    <message>
        <source>“{text}” would create {names_count} seats; a body has at most {most}.</source>
        <translation>“{text}” crearía {names_count} escaños; un órgano tiene como máximo {most}.</translation>
    </message>
    <message>
        <source>The seat {name} is named twice.</source>
        <translation>El escaño {name} aparece dos veces.</translation>
    </message>
    <message>
        <source>The text of {field} holds a broken character at position {value} (half of a character pair); retype that part of the text.</source>
        <translation>El texto de {field} contiene un carácter roto en la posición {value} (la mitad de un par de caracteres); vuelva a escribir esa parte del texto.</translation>
    </message>
    <message>
        <source>The text of {field} is {count:,} characters long; at most {limit:,} fit. Shorten it or attach the full text as a document.</source>
        <translation>El texto de {field} tiene {count:,} caracteres; caben como máximo {limit:,}. Acórtelo o adjunte el texto completo como documento.</translation>
    </message>
    <message>
        <source>'{name}' is not a time zone name; use an IANA name such as America/New_York or Europe/Paris.</source>
        <translation>'{name}' no es el nombre de una zona horaria; use un nombre IANA como America/New_York o Europe/Paris.</translation>
    </message>
    <message>
        <source>The declared result ({declared}) disagrees with the arithmetic: {yes}–{no} under {threshold} is a {computed}.</source>
        <translation>El resultado declarado ({declared}) no concuerda con el cómputo: con {yes} votos a favor y {no} en contra, y un umbral de {threshold}, la moción resulta {computed}.</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>{name}: the entry '{entry}' points outside the archive folder; the archive is refused.</source>
        <translation>{name}: la entrada '{entry}' apunta fuera de la carpeta del archivo; se rechaza el archivo.</translation>
    </message>
    <message>
        <source>{name} would unpack to {value:.1f} GB; it is refused.</source>
        <translation>{name} ocuparía {value:.1f} GB al descomprimirse; se rechaza.</translation>
    </message>
    <message>
        <source>There is no archive {path}.</source>
        <translation>No existe el archivo comprimido {path}.</translation>
    </message>
    <message>
        <source>{path_name} is not a CouncilDesk archive (not a zip file).</source>
        <translation>{path_name} no es un archivo de CouncilDesk (no es un archivo zip).</translation>
    </message>
    <message>
        <source>{path_name} has no {manifest}; it is not a CouncilDesk archive.</source>
        <translation>{path_name} no tiene {manifest}; no es un archivo de CouncilDesk.</translation>
    </message>
    <message>
        <source>{path_name}: {manifest} is not valid JSON.</source>
        <translation>{path_name}: {manifest} no es un JSON válido.</translation>
    </message>
    <message>
        <source>{path_name}: {manifest} does not describe a CouncilDesk archive.</source>
        <translation>{path_name}: {manifest} no describe un archivo de CouncilDesk.</translation>
    </message>
    <message>
        <source>{path_name}: {manifest}, field 'sha256': expected an object.</source>
        <translation>{path_name}: {manifest}, campo 'sha256': se esperaba un objeto.</translation>
    </message>
    <message>
        <source>{path_name}: the entry {name} is missing.</source>
        <translation>{path_name}: falta la entrada {name}.</translation>
    </message>
    <message>
        <source>{path_name}: {name} does not match its checksum; the archive is damaged.</source>
        <translation>{path_name}: {name} no coincide con su suma de control; el archivo está dañado.</translation>
    </message>
    <message>
        <source>{path_name}, {name}, line {n}: not valid JSON.</source>
        <translation>{path_name}, {name}, línea {n}: no es un JSON válido.</translation>
    </message>
    <message>
        <source>{path_name}, {name}, line {n}: expected an object.</source>
        <translation>{path_name}, {name}, línea {n}: se esperaba un objeto.</translation>
    </message>
    <message>
        <source>{path_name} is a damaged zip file ({error}).</source>
        <translation>{path_name} es un archivo zip dañado ({error}).</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{refs}.{key}': expected an id (text).</source>
        <translation>{where}, campo 'extras.{refs}.{key}': se esperaba un identificador (texto).</translation>
    </message>
    <message>
        <source>{where}: person '{key}' is not in the file; '{name}' is used (an existing person of that name, or a new one).</source>
        <translation>{where}: la persona «{key}» no está en el archivo; se usa «{name}» (una persona existente con ese nombre, o una nueva).</translation>
    </message>
    <message>
        <source>{where}: no organization is given; the body '{name}' is used (existing or new).</source>
        <translation>{where}: no se indica ninguna organización; se usa el órgano «{name}» (existente o nuevo).</translation>
    </message>
    <message>
        <source>{where}: organization '{key}' is not in the file; the body '{name}' is used (existing or new).</source>
        <translation>{where}: la organización «{key}» no está en el archivo; se usa el órgano «{name}» (existente o nuevo).</translation>
    </message>
    <message>
        <source>{where}: no meeting is given; a meeting on {when} titled '{title}' holds it.</source>
        <translation>{where}: no se indica ninguna sesión; lo recoge una sesión del {when} titulada «{title}».</translation>
    </message>
    <message>
        <source>'{kind}' is not an export format (choose one of {value}).</source>
        <translation>'{kind}' no es un formato de exportación (elija uno de {value}).</translation>
    </message>
    <message>
        <source>Cannot create the folder {parent}: {value}.</source>
        <translation>No se puede crear la carpeta {parent}: {value}.</translation>
    </message>
    <message>
        <source>Previewed: nothing was changed.</source>
        <translation>Vista previa: no se modificó nada.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>There is no file or folder {path}.</source>
        <translation>No existe el archivo o la carpeta {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose the roster .csv file.</source>
        <translation>{path} es una carpeta; elija el archivo .csv de la nómina.</translation>
    </message>
    <message>
        <source>'{kind}' is not an import format (choose one of {value}).</source>
        <translation>'{kind}' no es un formato de importación (elija uno de {value}).</translation>
    </message>
    <message>
        <source>{path} is a folder with no roll-call .csv file in it; choose the file to import.</source>
        <translation>{path} es una carpeta sin ningún archivo .csv de votación nominal; elija el archivo que se importará.</translation>
    </message>
    <message>
        <source>{path} holds {found_count} roll-call files ({names}); import one at a time, for instance {found}.</source>
        <translation>{path} contiene {found_count} archivos de votación nominal ({names}); impórtelos de uno en uno, por ejemplo {found}.</translation>
    </message>
    <message>
        <source>The folder {path} holds no Legistar .json files.</source>
        <translation>La carpeta {path} no contiene archivos Legistar .json.</translation>
    </message>
    <message>
        <source>The zip {path_name} holds no Legistar .json files.</source>
        <translation>El zip {path_name} no contiene archivos Legistar .json.</translation>
    </message>
    <message>
        <source>{name} is not Legistar Web API JSON (expected a list of records).</source>
        <translation>{name} no es JSON de la API web de Legistar (se esperaba una lista de registros).</translation>
    </message>
    <message>
        <source>{name}, field '{declared}': expected a list.</source>
        <translation>{name}, campo '{declared}': se esperaba una lista.</translation>
    </message>
    <message>
        <source>{where}: not a Legistar record (no EventId, MatterId, PersonId …).</source>
        <translation>{where}: no es un registro de Legistar (sin EventId, MatterId, PersonId…).</translation>
    </message>
    <message>
        <source>{path_name} holds no Legistar records.</source>
        <translation>{path_name} no contiene registros de Legistar.</translation>
    </message>
    <message>
        <source>{where}, field 'EventItemId': a value is required.</source>
        <translation>{where}, campo 'EventItemId': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}: EventItemId {ident} already appears at {seen_items}.</source>
        <translation>{where}: EventItemId {ident} ya aparece en {seen_items}.</translation>
    </message>
    <message>
        <source>{where}, field 'EventItemEventId': a value is required.</source>
        <translation>{where}, campo 'EventItemEventId': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'VoteEventItemId': {item!r} is not an event item in the file.</source>
        <translation>{where}, campo 'VoteEventItemId': {item!r} no es un punto de evento del archivo.</translation>
    </message>
    <message>
        <source>{where}, field 'BodyName': a value is required.</source>
        <translation>{where}, campo 'BodyName': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'PersonFullName': a value is required.</source>
        <translation>{where}, campo 'PersonFullName': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'EventId': a value is required.</source>
        <translation>{where}, campo 'EventId': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'EventDate': a value is required.</source>
        <translation>{where}, campo 'EventDate': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}: event {event} is not in the file and its date is unknown; include the Events record (Events.json) in the import.</source>
        <translation>{where}: el evento {event} no está en el archivo y se desconoce su fecha; incluya el registro Events (Events.json) en la importación.</translation>
    </message>
    <message>
        <source>{where}, field 'MatterFile': a value is required.</source>
        <translation>{where}, campo 'MatterFile': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'MatterSponsorMatterId': {matter!r} is not a matter in the file.</source>
        <translation>{where}, campo 'MatterSponsorMatterId': {matter!r} no es un asunto del archivo.</translation>
    </message>
    <message>
        <source>{where}, field 'MatterSponsorName': a value is required.</source>
        <translation>{where}, campo 'MatterSponsorName': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'EventItemPassedFlag': {passed!r} is not 0, 1 or empty.</source>
        <translation>{where}, campo 'EventItemPassedFlag': {passed!r} no es 0, 1 ni vacío.</translation>
    </message>
    <message>
        <source>{where}, field 'VotePersonName': a value is required.</source>
        <translation>{where}, campo 'VotePersonName': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}: {person} already voted on this item at {voters}.</source>
        <translation>{where}: {person} ya votó sobre este punto en {voters}.</translation>
    </message>
    <message>
        <source>{where}, field 'RollCallEventItemId': {item!r} is not an event item in the file.</source>
        <translation>{where}, campo 'RollCallEventItemId': {item!r} no es un punto de evento del archivo.</translation>
    </message>
    <message>
        <source>{where}, field 'RollCallPersonName': a value is required.</source>
        <translation>{where}, campo 'RollCallPersonName': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'EventTime': {text!r} is not a time of day.</source>
        <translation>{where}, campo 'EventTime': {text!r} no es una hora del día.</translation>
    </message>
    <message>
        <source>The folder {path} holds no OCD .json files.</source>
        <translation>La carpeta {path} no contiene archivos OCD .json.</translation>
    </message>
    <message>
        <source>The folder {path} holds {files_count} files; at most {most} are imported at once.</source>
        <translation>La carpeta {path} contiene {files_count} archivos; se importan como máximo {most} a la vez.</translation>
    </message>
    <message>
        <source>{file_name}: '{kind}' is not an OCD object type this import reads.</source>
        <translation>{file_name}: '{kind}' no es un tipo de objeto OCD que esta importación lea.</translation>
    </message>
    <message>
        <source>{file_name}, field '_id': every OCD object needs an id.</source>
        <translation>{file_name}, campo '_id': todo objeto OCD necesita un identificador.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {value!r} is not a pseudo-id pupa writes.</source>
        <translation>{where}, campo '{field}': {value!r} no es un seudoidentificador de los que escribe pupa.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {value} names {found_count} {kind}s in the folder, not one.</source>
        <translation>{where}, campo '{field}': {value} nombra {found_count} objetos {kind} en la carpeta, no uno.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': a person id or name is required.</source>
        <translation>{where}, campo '{field}': se requiere el identificador o el nombre de una persona.</translation>
    </message>
    <message>
        <source>{at}, field 'primary': expected true or false.</source>
        <translation>{at}, campo 'primary': se esperaba true o false.</translation>
    </message>
    <message>
        <source>{where}, field 'status': {status!r} is not a known event status.</source>
        <translation>{where}, campo 'status': {status!r} no es un estado de evento conocido.</translation>
    </message>
    <message>
        <source>{at}, field 'id': every {table} needs an id.</source>
        <translation>{at}, campo 'id': todo registro {table} necesita un identificador.</translation>
    </message>
    <message>
        <source>{at}, field 'value': {value!r} is not a count.</source>
        <translation>{at}, campo 'value': {value!r} no es un recuento.</translation>
    </message>
    <message>
        <source>{where}, field 'votes[{i}]': {person} already voted at votes[{seen}].</source>
        <translation>{where}, campo 'votes[{i}]': {person} ya votó en votes[{seen}].</translation>
    </message>
    <message>
        <source>The folder {path} holds no Popolo .json files.</source>
        <translation>La carpeta {path} no contiene archivos Popolo .json.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a list.</source>
        <translation>{where}, campo '{field}': se esperaba una lista.</translation>
    </message>
    <message>
        <source>{where}: a lone Popolo {kind} cannot be imported; it belongs inside a vote_event.</source>
        <translation>{where}: un {kind} de Popolo suelto no se puede importar; va dentro de un vote_event.</translation>
    </message>
    <message>
        <source>{where}: this is not a Popolo object this import reads.</source>
        <translation>{where}: este no es un objeto Popolo que esta importación lea.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {value!r} is not a date.</source>
        <translation>{where}, campo '{field}': {value!r} no es una fecha.</translation>
    </message>
    <message>
        <source>{where}, field 'id': expected text.</source>
        <translation>{where}, campo 'id': se esperaba texto.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a person id.</source>
        <translation>{where}, campo '{field}': se esperaba el identificador de una persona.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected an organization id.</source>
        <translation>{where}, campo '{field}': se esperaba el identificador de una organización.</translation>
    </message>
    <message>
        <source>{where}, field 'parent_id': {parent!r} does not name a meeting in the file.</source>
        <translation>{where}, campo 'parent_id': {parent!r} no nombra ninguna sesión del archivo.</translation>
    </message>
    <message>
        <source>{where}, field 'counts[{i}].value': {value!r} is not a count.</source>
        <translation>{where}, campo 'counts[{i}].value': {value!r} no es un recuento.</translation>
    </message>
    <message>
        <source>{where}, field 'motion_id': '{motion}' does not name a motion in the file.</source>
        <translation>{where}, campo 'motion_id': '{motion}' no nombra ninguna moción del archivo.</translation>
    </message>
    <message>
        <source>{where}, field 'votes[{i}].voter_id': a voter is required.</source>
        <translation>{where}, campo 'votes[{i}].voter_id': se requiere un votante.</translation>
    </message>
    <message>
        <source>{where}, field 'votes[{i}]': '{person}' already voted at votes[{seen}].</source>
        <translation>{where}, campo 'votes[{i}]': '{person}' ya votó en votes[{seen}].</translation>
    </message>
    <message>
        <source>{name}: the column '{column}' is not read.</source>
        <translation>{name}: la columna «{column}» no se lee.</translation>
    </message>
    <message>
        <source>{where}: a new body '{name}' would get {count} seat(s), one per seat named.</source>
        <translation>{where}: un órgano nuevo «{name}» tendría {count} escaño(s), uno por escaño nombrado.</translation>
    </message>
    <message>
        <source>{name} is not a CSV text file.</source>
        <translation>{name} no es un archivo de texto CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file in UTF-8 or Windows encoding.</source>
        <translation>{name} no es un archivo de texto con codificación UTF-8 o Windows.</translation>
    </message>
    <message>
        <source>{name} is not valid CSV ({error}).</source>
        <translation>{name} no es un CSV válido ({error}).</translation>
    </message>
    <message>
        <source>{name}: the first line must name the columns and include 'name' (e.g. {text}).</source>
        <translation>{name}: la primera línea debe nombrar las columnas e incluir 'name' (p. ej., {text}).</translation>
    </message>
    <message>
        <source>{name}, row {n}: more cells than column names.</source>
        <translation>{name}, fila {n}: más celdas que nombres de columna.</translation>
    </message>
    <message>
        <source>{where}, field 'name': a value is required.</source>
        <translation>{where}, campo 'name': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field 'body': a term needs the body it is on.</source>
        <translation>{where}, campo 'body': un mandato necesita el órgano al que pertenece.</translation>
    </message>
    <message>
        <source>{where}, field 'role': {row!r} is not a role CouncilDesk knows (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).</source>
        <translation>{where}, campo 'role': {row!r} no es un cargo que CouncilDesk conozca (member, chair, vice chair, president, vice president, mayor, deputy mayor, clerk, secretary).</translation>
    </message>
    <message>
        <source>{where}, field 'start_date': a term needs its first day (YYYY-MM-DD).</source>
        <translation>{where}, campo 'start_date': un mandato necesita su primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{where}, field 'voting': {row!r} is not yes or no.</source>
        <translation>{where}, campo 'voting': {row!r} no es yes ni no.</translation>
    </message>
    <message>
        <source>{where}: the same term of {person_name} on {body_name} is already on row {terms}.</source>
        <translation>{where}: el mismo mandato de {person_name} en {body_name} ya está en la fila {terms}.</translation>
    </message>
    <message>
        <source>{name} holds no people.</source>
        <translation>{name} no contiene personas.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>Could not read {path}: {strerror}.</source>
        <translation>No se pudo leer {path}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a JSON file.</source>
        <translation>{name} es un archivo zip, no un archivo JSON.</translation>
    </message>
    <message>
        <source>{name} is a database file, not a JSON file.</source>
        <translation>{name} es un archivo de base de datos, no un archivo JSON.</translation>
    </message>
    <message>
        <source>{name} is a PDF document, not a JSON file.</source>
        <translation>{name} es un documento PDF, no un archivo JSON.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {start}); is it really a JSON file?</source>
        <translation>{name} no es texto UTF-8 (byte {start}); ¿es realmente un archivo JSON?</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>{name} no es un JSON válido (línea {lineno}, columna {colno}: {msg}).</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a CouncilDesk import.</source>
        <translation>{name} está anidado a demasiada profundidad para ser una importación de CouncilDesk.</translation>
    </message>
    <message>
        <source>{where}{at}: expected an object, found {kind_name}.</source>
        <translation>{where}{at}: se esperaba un objeto, se encontró {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a list, found {kind_name}.</source>
        <translation>{where}, campo '{field}': se esperaba una lista, se encontró {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected text, found {kind_name}.</source>
        <translation>{where}, campo '{field}': se esperaba texto, se encontró {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': a value is required.</source>
        <translation>{where}, campo '{field}': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected a whole number, found {kind_name}.</source>
        <translation>{where}, campo '{field}': se esperaba un número entero, se encontró {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': expected an id, found {kind_name}.</source>
        <translation>{where}, campo '{field}': se esperaba un identificador, se encontró {kind_name}.</translation>
    </message>
    <message>
        <source>{where}, field '{field}'</source>
        <translation>{where}, campo «{field}»</translation>
    </message>
    <message>
        <source>{where}: the vote value '{text}' has no meaning CouncilDesk knows; it was recorded as 'other' with the original value in the ballot's note.</source>
        <translation>{where}: el valor de voto «{text}» no tiene un significado que CouncilDesk conozca; se registró como «otro», con el valor original en la nota del voto.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': '{raw}' was recorded as {option} (noted '{kept}').</source>
        <translation>{where}, campo «{field}»: «{raw}» se registró como {option} (con la nota «{kept}»).</translation>
    </message>
    <message>
        <source>{where}, field '{field}': the count option '{raw}' has no meaning CouncilDesk knows; it was counted as 'other'.</source>
        <translation>{where}, campo «{field}»: la opción de recuento «{raw}» no tiene un significado que CouncilDesk conozca; se contó como «otro».</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {raw!r} is not a known vote option.</source>
        <translation>{where}, campo '{field}': {raw!r} no es una opción de voto conocida.</translation>
    </message>
    <message>
        <source>{where}, field '{field}': {raw!r} is not a known vote result (pass or fail).</source>
        <translation>{where}, campo '{field}': {raw!r} no es un resultado de votación conocido (pass o fail).</translation>
    </message>
    <message>
        <source>{name}, row {row}</source>
        <translation>{name}, fila {row}</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {column}</source>
        <translation>{name}, fila {row}, columna {column}</translation>
    </message>
    <message>
        <source>{name}, row {row}, column '{member}'</source>
        <translation>{name}, fila {row}, columna «{member}»</translation>
    </message>
    <message>
        <source>{where}, column {column}</source>
        <translation>{where}, columna {column}</translation>
    </message>
    <message>
        <source>{where}, result</source>
        <translation>{where}, resultado</translation>
    </message>
    <message>
        <source>{where}: the tally '{raw}' is not yes-no or yes-no-abstain counts; it was not read.</source>
        <translation>{where}: el recuento «{raw}» no tiene la forma a favor-en contra o a favor-en contra-abstenciones; no se leyó.</translation>
    </message>
    <message>
        <source>{where}: the tally '{raw}' differs from the member columns ({members}); the ballots were kept.</source>
        <translation>{where}: el recuento «{raw}» no coincide con las columnas de los miembros ({members}); se conservaron los votos.</translation>
    </message>
    <message>
        <source>{where}: the result '{raw}' is not pass or fail; it was counted from the votes ({yes} yes, {no} no): pass.</source>
        <translation>{where}: el resultado «{raw}» no es pass ni fail; se calculó a partir de los votos ({yes} a favor, {no} en contra): aprobada.</translation>
    </message>
    <message>
        <source>{where}: the result '{raw}' is not pass or fail; it was counted from the votes ({yes} yes, {no} no): fail.</source>
        <translation>{where}: el resultado «{raw}» no es pass ni fail; se calculó a partir de los votos ({yes} a favor, {no} en contra): rechazada.</translation>
    </message>
    <message>
        <source>{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): pass.</source>
        <translation>{where}: no se indica ningún resultado; se calculó a partir de los votos ({yes} a favor, {no} en contra): aprobada.</translation>
    </message>
    <message>
        <source>{where}: no result is given; it was counted from the votes ({yes} yes, {no} no): fail.</source>
        <translation>{where}: no se indica ningún resultado; se calculó a partir de los votos ({yes} a favor, {no} en contra): rechazada.</translation>
    </message>
    <message>
        <source>{where}: there is no body '{name}'; it was created with 1 seat, one per member column.</source>
        <translation>{where}: no existe el órgano «{name}»; se creó con 1 escaño, uno por columna de miembro.</translation>
    </message>
    <message>
        <source>{where}: there is no body '{name}'; it was created with {count} seats, one per member column.</source>
        <translation>{where}: no existe el órgano «{name}»; se creó con {count} escaños, uno por columna de miembro.</translation>
    </message>
    <message>
        <source>{where}: no one is named '{name}'; a person of that name was created.</source>
        <translation>{where}: nadie se llama «{name}»; se creó una persona con ese nombre.</translation>
    </message>
    <message>
        <source>{where}: there is no matter '{identifier}'; it was created.</source>
        <translation>{where}: no existe el asunto «{identifier}»; se creó.</translation>
    </message>
    <message>
        <source>{name} holds {votes} in {meetings}, with {columns} and {ballots}</source>
        <translation>{name} contiene {votes} en {meetings}, con {columns} y {ballots}</translation>
    </message>
    <message>
        <source>1 value read by meaning (such as {words})</source>
        <translation>1 valor leído por su significado (como {words})</translation>
    </message>
    <message>
        <source>{count} values read by meaning (such as {words})</source>
        <translation>{count} valores leídos por su significado (como {words})</translation>
    </message>
    <message>
        <source>1 unknown value kept as 'other'</source>
        <translation>1 valor desconocido conservado como «otro»</translation>
    </message>
    <message>
        <source>{count} unknown values kept as 'other'</source>
        <translation>{count} valores desconocidos conservados como «otro»</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>1 member column</source>
        <translation>1 columna de miembro</translation>
    </message>
    <message>
        <source>{count} member columns</source>
        <translation>{count} columnas de miembros</translation>
    </message>
    <message>
        <source>{name} has no header line naming its columns (Date, Meeting, Item, Matter, Motion, Result, then one column per member).</source>
        <translation>{name} no tiene una línea de encabezado que nombre sus columnas (Date, Meeting, Item, Matter, Motion, Result y luego una columna por miembro).</translation>
    </message>
    <message>
        <source>{where}: '{cell}' is a second {meaning} column.</source>
        <translation>{where}: '{cell}' es una segunda columna {meaning}.</translation>
    </message>
    <message>
        <source>{where}: the column has no name; name the member it holds.</source>
        <translation>{where}: la columna no tiene nombre; indique el miembro que contiene.</translation>
    </message>
    <message>
        <source>{name}, row {header_row}: the header names no member columns after its own.</source>
        <translation>{name}, fila {header_row}: el encabezado no nombra columnas de miembros después de las suyas.</translation>
    </message>
    <message>
        <source>{where}, column {value}: the row has {row_count} cells, more than the header's {width}.</source>
        <translation>{where}, columna {value}: la fila tiene {row_count} celdas, más que las {width} del encabezado.</translation>
    </message>
    <message>
        <source>{where}, column {value} ('{cells}'): the row has {row_count} cells, fewer than the header's {width}.</source>
        <translation>{where}, columna {value} ('{cells}'): la fila tiene {row_count} celdas, menos que las {width} del encabezado.</translation>
    </message>
    <message>
        <source>{sheet_name}, row {row}, {header}: '{text}' is not a date (YYYY-MM-DD or MM/DD/YYYY).</source>
        <translation>{sheet_name}, fila {row}, {header}: '{text}' no es una fecha (AAAA-MM-DD o MM/DD/AAAA).</translation>
    </message>
    <message>
        <source>{where} does not say which body voted; add a Body column or name the file after the body.</source>
        <translation>{where} no dice qué órgano votó; agregue una columna Body o dé al archivo el nombre del órgano.</translation>
    </message>
    <message>
        <source>There is no body named '{only_body}' (the bodies are: {names}).</source>
        <translation>No hay ningún órgano llamado '{only_body}' (los órganos son: {names}).</translation>
    </message>
    <message>
        <source>{where}: the document was not kept ({error}).</source>
        <translation>{where}: no se conservó el documento ({error}).</translation>
    </message>
</context>
<context>
    <name>generator</name>
    <message>
        <source>the synthetic City of {city}, {span} (seed {seed}): {bodies:,} bodies, {people:,} people, {meetings:,} meetings, {items:,} agenda items, {matters:,} matters, {motions:,} motions, {votes:,} votes, {ballots:,} ballots, {speakers:,} speakers</source>
        <translation>la ciudad sintética de {city}, {span} (semilla {seed}): {bodies:,} órganos, {people:,} personas, {meetings:,} sesiones, {items:,} puntos del orden del día, {matters:,} asuntos, {motions:,} mociones, {votes:,} votaciones, {ballots:,} votos individuales, {speakers:,} intervenciones</translation>
    </message>
</context>
<context>
    <name>legistar</name>
    <message>
        <source>{where}: an office record without its person, body or start date was left out.</source>
        <translation>{where}: se omitió un registro de cargo sin su persona, órgano o fecha de inicio.</translation>
    </message>
    <message>
        <source>{where}: {what} of matter {matter_id}, which is not in the file, was left out.</source>
        <translation>{where}: se omitió {what} del asunto {matter_id}, que no está en el archivo.</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>el historial</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>un anexo</translation>
    </message>
    <message>
        <source>{where}: the attachment '{title}' was kept with its matter only ({error}).</source>
        <translation>{where}: el anexo «{title}» se conservó solo con su asunto ({error}).</translation>
    </message>
    <message>
        <source>{where}: event {event} is not in the file; its meeting is dated {date} from its matter history and belongs to the body 'Imported from Legistar' — rename it to the real body.</source>
        <translation>{where}: el evento {event} no está en el archivo; su sesión lleva la fecha {date} según el historial del asunto y pertenece al órgano «Imported from Legistar»: cámbiele el nombre por el del órgano real.</translation>
    </message>
    <message>
        <source>{where}: event {event} is not in the file; its meeting is dated {date} from the file name and belongs to the body 'Imported from Legistar' — rename it to the real body.</source>
        <translation>{where}: el evento {event} no está en el archivo; su sesión lleva la fecha {date} según el nombre del archivo y pertenece al órgano «Imported from Legistar»: cámbiele el nombre por el del órgano real.</translation>
    </message>
    <message>
        <source>{where}: the action '{action}' has no passed flag; the motion is recorded as pending.</source>
        <translation>{where}: la acción «{action}» no indica si se aprobó; la moción queda registrada como pendiente.</translation>
    </message>
    <message>
        <source>{where}: votes on an item without a passed flag are not kept.</source>
        <translation>{where}: no se conservan los votos de un punto que no indica si se aprobó.</translation>
    </message>
    <message>
        <source>{where}: the roll-call value '{raw}' of {person} has no meaning CouncilDesk knows; their attendance was left for the clerk to record.</source>
        <translation>{where}: el valor de votación nominal «{raw}» de {person} no tiene un significado que CouncilDesk conozca; su asistencia queda para que la registre la secretaría.</translation>
    </message>
    <message>
        <source>{where}: Legistar does not give the number of seats of '{name}'; {count} is used (the members who moved, seconded or voted) for a new body.</source>
        <translation>{where}: Legistar no indica el número de escaños de «{name}»; se usa {count} (los miembros que presentaron, secundaron o votaron) para un órgano nuevo.</translation>
    </message>
</context>
<context>
    <name>matter_stage</name>
    <message>
        <source>introduced</source>
        <translation>presentado</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>remitido a comisión</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>enmendado</translation>
    </message>
    <message>
        <source>amended and adopted</source>
        <translation>enmendado y aprobado</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>tabled</source>
        <translation>dejado sobre la mesa</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <source>considered</source>
        <translation>examinado</translation>
    </message>
</context>
<context>
    <name>meeting_clock</name>
    <message>
        <source>Call to order</source>
        <translation>Apertura de la sesión</translation>
    </message>
    <message>
        <source>Adjournment</source>
        <translation>Levantamiento de la sesión</translation>
    </message>
    <message>
        <source>Item {number} begins</source>
        <translation>Comienza el punto {number}</translation>
    </message>
    <message>
        <source>Item begins</source>
        <translation>Comienza el punto</translation>
    </message>
    <message>
        <source>Item {number}: {name} speaks</source>
        <translation>Punto {number}: interviene {name}</translation>
    </message>
    <message>
        <source>Item: {name} speaks</source>
        <translation>Punto: interviene {name}</translation>
    </message>
    <message>
        <source>Item {number}: motion "{text}"</source>
        <translation>Punto {number}: moción «{text}»</translation>
    </message>
    <message>
        <source>Item: motion "{text}"</source>
        <translation>Punto: moción «{text}»</translation>
    </message>
    <message>
        <source>Item {number}: vote on "{text}"</source>
        <translation>Punto {number}: votación sobre «{text}»</translation>
    </message>
    <message>
        <source>Item: vote on "{text}"</source>
        <translation>Punto: votación sobre «{text}»</translation>
    </message>
    <message>
        <source>{name} arrives</source>
        <translation>Llega {name}</translation>
    </message>
    <message>
        <source>{name} leaves</source>
        <translation>Se retira {name}</translation>
    </message>
    <message>
        <source>meeting of {date}: {warning}</source>
        <translation>sesión del {date}: {warning}</translation>
    </message>
</context>
<context>
    <name>meeting_times</name>
    <message>
        <source>Adjournment at {adjourned} is before the call to order at {called}.</source>
        <translation>El levantamiento de la sesión a las {adjourned} es anterior a la apertura a las {called}.</translation>
    </message>
    <message>
        <source>The call to order at {called} is not on the meeting's date.</source>
        <translation>La apertura de la sesión a las {called} no cae en la fecha de la sesión.</translation>
    </message>
    <message>
        <source>{what} at {when} is before the call to order at {called}.</source>
        <translation>{what} a las {when} es anterior a la apertura de la sesión a las {called}.</translation>
    </message>
    <message>
        <source>{what} at {when} is after the adjournment at {adjourned}.</source>
        <translation>{what} a las {when} es posterior al levantamiento de la sesión a las {adjourned}.</translation>
    </message>
    <message>
        <source>{what} at {when} is not on the meeting's date.</source>
        <translation>{what} a las {when} no cae en la fecha de la sesión.</translation>
    </message>
    <message>
        <source>{what} at {when} is out of order: it comes after {previous} at {previous_at}.</source>
        <translation>{what} a las {when} está fuera de orden: lo precede {previous} a las {previous_at}.</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} del {date}</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <source>Item {number}: {kind} {identifier} was adopted but its text has not been entered; the minutes must carry it in full.</source>
        <translation>Punto {number} ({kind} {identifier}): se aprobó, pero su texto no se ha ingresado; el acta debe transcribirlo íntegramente.</translation>
    </message>
    <message>
        <source>The record chain of this file is broken ({reason}), so the approval of these minutes cannot be trusted; run Verify.</source>
        <translation>La cadena de registros de este archivo está rota ({reason}), por lo que no puede confiarse en la aprobación de esta acta; ejecute Verificar.</translation>
    </message>
    <message>
        <source>The stored approved version of these minutes is damaged; this copy is printed from the current records. Run Verify and restore a backup.</source>
        <translation>La versión aprobada guardada de esta acta está dañada; esta copia se imprime a partir de los registros actuales. Ejecute Verificar y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The records of this meeting have changed since approval; this copy shows the minutes as approved. Run Verify to see what changed.</source>
        <translation>Los registros de esta sesión cambiaron después de la aprobación; esta copia muestra el acta tal como fue aprobada. Ejecute Verificar para ver qué cambió.</translation>
    </message>
</context>
<context>
    <name>ocd</name>
    <message>
        <source>{where}: a '{raw}' organization is not a council body; skipped.</source>
        <translation>{where}: una organización «{raw}» no es un órgano del concejo; se omite.</translation>
    </message>
    <message>
        <source>{where}: membership of a skipped organization; skipped.</source>
        <translation>{where}: membresía de una organización omitida; se omite.</translation>
    </message>
    <message>
        <source>{where}, field 'role': '{role}' was recorded as member.</source>
        <translation>{where}, campo «role»: «{role}» se registró como miembro.</translation>
    </message>
    <message>
        <source>{where}, field 'classification': '{raw}' was recorded as other.</source>
        <translation>{where}, campo «classification»: «{raw}» se registró como «otro».</translation>
    </message>
    <message>
        <source>{where}: an organization as sponsor is not kept; skipped.</source>
        <translation>{where}: no se conserva una organización como patrocinador; se omite.</translation>
    </message>
    <message>
        <source>{where}: participant role '{note}' is not attendance; skipped.</source>
        <translation>{where}: el papel de participante «{note}» no es asistencia; se omite.</translation>
    </message>
    <message>
        <source>{where}: '{title}' names no agenda item; not kept.</source>
        <translation>{where}: «{title}» no nombra ningún punto del orden del día; no se conserva.</translation>
    </message>
    <message>
        <source>{where}: counts say {counted} yes but the individual votes hold {held}; the individual votes are kept.</source>
        <translation>{where}: los recuentos dan {counted} votos a favor, pero los votos individuales suman {held}; se conservan los votos individuales.</translation>
    </message>
    <message>
        <source>{where}: counts say {counted} no but the individual votes hold {held}; the individual votes are kept.</source>
        <translation>{where}: los recuentos dan {counted} votos en contra, pero los votos individuales suman {held}; se conservan los votos individuales.</translation>
    </message>
</context>
<context>
    <name>popolo</name>
    <message>
        <source>{where}: {count} areas are not records CouncilDesk keeps; skipped.</source>
        <translation>{where}: CouncilDesk no conserva zonas ({count}); se omiten.</translation>
    </message>
    <message>
        <source>{where}: {count} elections are not records CouncilDesk keeps; skipped.</source>
        <translation>{where}: CouncilDesk no conserva elecciones ({count}); se omiten.</translation>
    </message>
    <message>
        <source>{where}: {count} legislative periods are not records CouncilDesk keeps; skipped.</source>
        <translation>{where}: CouncilDesk no conserva períodos legislativos ({count}); se omiten.</translation>
    </message>
    <message>
        <source>{where}: {count} terms are not records CouncilDesk keeps; skipped.</source>
        <translation>{where}: CouncilDesk no conserva mandatos ({count}); se omiten.</translation>
    </message>
    <message>
        <source>{where}: '{name}' is an area (a place), not a body; skipped.</source>
        <translation>{where}: «{name}» es una zona (un lugar), no un órgano; se omite.</translation>
    </message>
    <message>
        <source>{where}: 'without a name' is an area (a place), not a body; skipped.</source>
        <translation>{where}: una zona sin nombre (un lugar) no es un órgano; se omite.</translation>
    </message>
    <message>
        <source>{where}, field 'classification': '{label}' was recorded as a group (an organization that does not meet as a body); the label is kept.</source>
        <translation>{where}, campo «classification»: «{label}» se registró como un grupo (una organización que no sesiona como órgano); se conserva la etiqueta.</translation>
    </message>
    <message>
        <source>{where}: parent organization '{parent}' is not in the file; not linked.</source>
        <translation>{where}: la organización superior «{parent}» no está en el archivo; no se vincula.</translation>
    </message>
    <message>
        <source>{where}, field 'role': '{label}' was recorded as member (the label is kept).</source>
        <translation>{where}, campo «role»: «{label}» se registró como miembro (se conserva la etiqueta).</translation>
    </message>
    <message>
        <source>{where}: post '{post}' is not in the file; the membership has no seat.</source>
        <translation>{where}: el puesto «{post}» no está en el archivo; la membresía queda sin escaño.</translation>
    </message>
    <message>
        <source>{where}: no start date; the term is recorded from {start}, the earliest date the file gives (exports leave it out again).</source>
        <translation>{where}: sin fecha de inicio; el mandato se registra desde el {start}, la fecha más antigua del archivo (las exportaciones vuelven a omitirla).</translation>
    </message>
    <message>
        <source>{where}: '{name}' is a {kind}, not a meeting; kept with its organization.</source>
        <translation>{where}: «{name}» ({kind}) no es una sesión; se conserva con su organización.</translation>
    </message>
    <message>
        <source>{where}, field 'status': '{status}' was recorded as adjourned.</source>
        <translation>{where}, campo «status»: «{status}» se registró como sesión levantada.</translation>
    </message>
    <message>
        <source>{where}: attendance '{note}' was recorded as present.</source>
        <translation>{where}: la asistencia «{note}» se registró como presente.</translation>
    </message>
    <message>
        <source>{where}: no date is given; the meeting holding it is dated {date}, the earliest date in the file.</source>
        <translation>{where}: no se indica ninguna fecha; la sesión que lo recoge lleva la fecha {date}, la más antigua del archivo.</translation>
    </message>
    <message>
        <source>{where}: no date is given; the meeting holding it is dated {date}.</source>
        <translation>{where}: no se indica ninguna fecha; la sesión que lo recoge lleva la fecha {date}.</translation>
    </message>
    <message>
        <source>{where}, field 'classification': '{kind}' was recorded as a main motion.</source>
        <translation>{where}, campo «classification»: «{kind}» se registró como moción principal.</translation>
    </message>
    <message>
        <source>{where}: counts for {count} groups were added together; the groups' results are kept.</source>
        <translation>{where}: se sumaron los recuentos de {count} grupos; se conservan los resultados de los grupos.</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as pass from its counts (majority of votes cast).</source>
        <translation>{where}: no se indica ningún resultado; se registró como aprobada según sus recuentos (mayoría de los votos emitidos).</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as fail from its counts (majority of votes cast).</source>
        <translation>{where}: no se indica ningún resultado; se registró como rechazada según sus recuentos (mayoría de los votos emitidos).</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as pass as nothing was counted (majority of votes cast).</source>
        <translation>{where}: no se indica ningún resultado; se registró como aprobada, pues no se contó nada (mayoría de los votos emitidos).</translation>
    </message>
    <message>
        <source>{where}: no result is given; recorded as fail as nothing was counted (majority of votes cast).</source>
        <translation>{where}: no se indica ningún resultado; se registró como rechazada, pues no se contó nada (mayoría de los votos emitidos).</translation>
    </message>
</context>
<context>
    <name>publish</name>
    <message>
        <source>{root} is a file, not a folder; give a folder to publish into.</source>
        <translation>{root} es un archivo, no una carpeta; indique una carpeta donde publicar.</translation>
    </message>
    <message>
        <source>{root} already holds files CouncilDesk did not write; choose an empty folder or add --force to publish beside them.</source>
        <translation>{root} ya contiene archivos que CouncilDesk no escribió; elija una carpeta vacía o agregue --force para publicar junto a ellos.</translation>
    </message>
    <message>
        <source>Publishing stopped; the folder holds part of the new site until the next publish.</source>
        <translation>Se detuvo la publicación; la carpeta contiene parte del nuevo sitio hasta la próxima publicación.</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Lectura de las sesiones…</translation>
    </message>
    <message>
        <source>Writing {count} meeting pages…</source>
        <translation>Escritura de {count} páginas de sesiones…</translation>
    </message>
    <message>
        <source>Writing the matter pages…</source>
        <translation>Escritura de las páginas de asuntos…</translation>
    </message>
    <message>
        <source>Writing the member pages…</source>
        <translation>Escritura de las páginas de miembros…</translation>
    </message>
    <message>
        <source>Writing who votes with whom…</source>
        <translation>Escritura de quién vota con quién…</translation>
    </message>
    <message>
        <source>Writing the open data…</source>
        <translation>Escritura de los datos abiertos…</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>Escritura de los PDF…</translation>
    </message>
    <message>
        <source>Writing meeting pages ({n} of {total})…</source>
        <translation>Escritura de las páginas de sesiones ({n} de {total})…</translation>
    </message>
    <message>
        <source>Writing member pages ({n} of {total})…</source>
        <translation>Escritura de las páginas de miembros ({n} de {total})…</translation>
    </message>
    <message>
        <source>Writing matter pages ({n} of {total})…</source>
        <translation>Escritura de las páginas de asuntos ({n} de {total})…</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Give the signer's name, for instance "City Clerk, Northampton".</source>
        <translation>Indique el nombre del firmante, por ejemplo "Secretaría Municipal, Northampton".</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters for the signing key.</source>
        <translation>Elija una frase de contraseña de al menos 8 caracteres para la clave de firma.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name (a key is never overwritten).</source>
        <translation>{path} ya existe; elija otro nombre de archivo (una clave nunca se sobrescribe).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>There is no signing key at {key_file}; make one with `councildesk keys new`.</source>
        <translation>No hay ninguna clave de firma en {key_file}; cree una con `councildesk keys new`.</translation>
    </message>
    <message>
        <source>The passphrase for {key_file_name} is wrong, or the file is not a signing key.</source>
        <translation>La frase de contraseña de {key_file_name} es incorrecta, o el archivo no es una clave de firma.</translation>
    </message>
    <message>
        <source>These minutes are a draft; only approved minutes are signed.</source>
        <translation>Esta acta es un borrador; solo se firman actas aprobadas.</translation>
    </message>
    <message>
        <source>REFUSED: {file} is not a readable PDF.</source>
        <translation>RECHAZADO: {file} no es un PDF legible.</translation>
    </message>
    <message>
        <source>REFUSED: {file} is not signed.</source>
        <translation>RECHAZADO: {file} no está firmado.</translation>
    </message>
    <message>
        <source>REFUSED: the signature by {signer} in {file} cannot be read.</source>
        <translation>RECHAZADO: la firma de {signer} en {file} no se puede leer.</translation>
    </message>
    <message>
        <source>REFUSED: {file} was changed after {signer} signed it (the signature does not match).</source>
        <translation>RECHAZADO: {file} se modificó después de que {signer} lo firmara (la firma no coincide).</translation>
    </message>
    <message>
        <source>REFUSED: something was added to {file} after {signer} signed it.</source>
        <translation>RECHAZADO: se agregó algo a {file} después de que {signer} lo firmara.</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>firmado por {signer}</translation>
    </message>
    <message>
        <source>signed by {signer} on {when}</source>
        <translation>firmado por {signer} el {when}</translation>
    </message>
    <message>
        <source>certificate not from a trusted authority (compare its fingerprint with the one the city publishes)</source>
        <translation>certificado no emitido por una autoridad de confianza (compare su huella con la que publica la ciudad)</translation>
    </message>
    <message>
        <source>the certificate is trusted</source>
        <translation>el certificado es de confianza</translation>
    </message>
    <message>
        <source>OK: {file} is unchanged since signing; {signed}, {trust}.</source>
        <translation>CORRECTO: {file} no ha cambiado desde la firma; {signed}, {trust}.</translation>
    </message>
</context>
<context>
    <name>self_test</name>
    <message>
        <source>demo created</source>
        <translation>demostración creada</translation>
    </message>
    <message>
        <source>seed minutes written and read back</source>
        <translation>acta de referencia escrita y releída</translation>
    </message>
    <message>
        <source>minutes approved and verified</source>
        <translation>acta aprobada y verificada</translation>
    </message>
    <message>
        <source>approved minutes signed and checked</source>
        <translation>acta aprobada firmada y comprobada</translation>
    </message>
    <message>
        <source>OCD exported and re-imported</source>
        <translation>OCD exportado y reimportado</translation>
    </message>
    <message>
        <source>main window painted</source>
        <translation>ventana principal dibujada</translation>
    </message>
    <message>
        <source>{count} meetings; {day} is meeting {meeting}</source>
        <translation>{count} sesiones; la del {day} es la sesión {meeting}</translation>
    </message>
    <message>
        <source>{pages} pages, {size} KB, names the resolution and its speakers</source>
        <translation>{pages} páginas, {size} KB, nombra la resolución y a sus oradores</translation>
    </message>
    <message>
        <source>fingerprint matches</source>
        <translation>la huella coincide</translation>
    </message>
    <message>
        <source>SHA-256 {fingerprint}…</source>
        <translation>SHA-256 {fingerprint}…</translation>
    </message>
    <message>
        <source>certificate {fingerprint}…, unchanged since signing</source>
        <translation>certificado {fingerprint}…, sin cambios desde la firma</translation>
    </message>
    <message>
        <source>{files} files, {meetings} meetings back in a second database</source>
        <translation>{files} archivos, {meetings} sesiones recuperadas en una segunda base de datos</translation>
    </message>
    <message>
        <source>{size}, {colours} colours sampled</source>
        <translation>{size}, {colours} colores muestreados</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paquete autónomo</translation>
    </message>
    <message>
        <source>Python install</source>
        <translation>instalación de Python</translation>
    </message>
    <message>
        <source>CouncilDesk {version} self-test ({kind}; Python {python} at {executable}; {day})</source>
        <translation>Autoprueba de CouncilDesk {version} ({kind}; Python {python} en {executable}; {day})</translation>
    </message>
    <message>
        <source>FAIL {name}: {problem}</source>
        <translation>FALLO {name}: {problem}</translation>
    </message>
    <message>
        <source>ok  {name} ({detail})</source>
        <translation>ok  {name} ({detail})</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>autoprueba superada</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>An item can only be nested under an item of the same meeting.</source>
        <translation>Un punto solo se puede anidar bajo un punto de la misma sesión.</translation>
    </message>
    <message>
        <source>An item cannot be nested under itself or one of its own sub-items.</source>
        <translation>Un punto no se puede anidar bajo sí mismo ni bajo uno de sus subpuntos.</translation>
    </message>
    <message>
        <source>Item {item_number} is not on the consent agenda.</source>
        <translation>El punto {item_number} no está en la agenda de consentimiento.</translation>
    </message>
    <message>
        <source>The consent agenda has been voted on; delete that vote first to pull item {item_number} off it.</source>
        <translation>La agenda de consentimiento ya se votó; elimine primero esa votación para retirar el punto {item_number}.</translation>
    </message>
    <message>
        <source>The consent agenda has been voted on; an item cannot go back on it now.</source>
        <translation>La agenda de consentimiento ya se votó; ningún punto puede volver a ella ahora.</translation>
    </message>
    <message>
        <source>The first item at its level cannot be indented.</source>
        <translation>El primer punto de su nivel no se puede sangrar.</translation>
    </message>
    <message>
        <source>A top-level item cannot be outdented.</source>
        <translation>Un punto de primer nivel no se puede desangrar.</translation>
    </message>
    <message>
        <source>Agenda item {root} is already there.</source>
        <translation>El punto del orden del día {root} ya está allí.</translation>
    </message>
    <message>
        <source>That meeting is not a meeting of {body_name}.</source>
        <translation>Esa sesión no es una sesión de {body_name}.</translation>
    </message>
    <message>
        <source>The meeting has no agenda yet, so there is no order of business to save.</source>
        <translation>La sesión aún no tiene orden del día, así que no hay orden de asuntos que guardar.</translation>
    </message>
    <message>
        <source>The meeting already has an agenda; start from the template only when it is empty.</source>
        <translation>La sesión ya tiene un orden del día; parta de la plantilla solo cuando esté vacío.</translation>
    </message>
    <message>
        <source>DIFFERENT from {name}: {first}.</source>
        <translation>DIFERENTE de {name}: {first}.</translation>
    </message>
    <message>
        <source>approval {entry} of {name} is gone</source>
        <translation>la aprobación {entry} de {name} ya no está</translation>
    </message>
    <message>
        <source>approval {entry} was changed since {name} was saved</source>
        <translation>la aprobación {entry} cambió desde que se guardó {name}</translation>
    </message>
    <message>
        <source>correction {entry} of {name} is gone</source>
        <translation>la corrección {entry} de {name} ya no está</translation>
    </message>
    <message>
        <source>correction {entry} was changed since {name} was saved</source>
        <translation>la corrección {entry} cambió desde que se guardó {name}</translation>
    </message>
    <message>
        <source>audit entry {entry} of {name} is gone</source>
        <translation>la entrada de auditoría {entry} de {name} ya no está</translation>
    </message>
    <message>
        <source>audit entry {entry} was changed since {name} was saved</source>
        <translation>la entrada de auditoría {entry} cambió desde que se guardó {name}</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>número de la sesión</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>approved on</source>
        <translation>aprobada el</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>chain hash</source>
        <translation>hash de la cadena</translation>
    </message>
    <message>
        <source>{anchor} is neither a file nor a 64-digit fingerprint.</source>
        <translation>{anchor} no es un archivo ni una huella de 64 dígitos.</translation>
    </message>
    <message>
        <source>{path} is not a fingerprints file (JSON) nor a CouncilDesk database.</source>
        <translation>{path} no es un archivo de huellas (JSON) ni una base de datos de CouncilDesk.</translation>
    </message>
    <message>
        <source>{path} is not a CouncilDesk fingerprints file.</source>
        <translation>{path} no es un archivo de huellas de CouncilDesk.</translation>
    </message>
    <message>
        <source>OK: {hash} is link {position} of this file's record chain, so everything recorded up to it is unchanged.</source>
        <translation>CORRECTO: {hash} es el eslabón {position} de la cadena de registros de este archivo, así que todo lo registrado hasta él está sin cambios.</translation>
    </message>
    <message>
        <source>OK: {hash} is the fingerprint of the minutes of meeting {meeting} as stored; run `verify --all` for the records themselves.</source>
        <translation>CORRECTO: {hash} es la huella del acta de la sesión {meeting} tal como está guardada; ejecute `verify --all` para los registros mismos.</translation>
    </message>
    <message>
        <source>DIFFERENT: {hash} is neither a link of this file's record chain nor the fingerprint of any approval in it; the history was rewritten since it was taken, or it belongs to another file.</source>
        <translation>DIFERENTE: {hash} no es un eslabón de la cadena de registros de este archivo ni la huella de ninguna de sus aprobaciones; el historial se reescribió desde que se tomó, o pertenece a otro archivo.</translation>
    </message>
    <message>
        <source>OK: every approval, correction and audit entry of {name} ({count}, saved before the record chain) is here unchanged.</source>
        <translation>CORRECTO: cada aprobación, corrección y entrada de auditoría de {name} ({count}, guardadas antes de la cadena de registros) está aquí sin cambios.</translation>
    </message>
    <message>
        <source>the chains part at link {position}: {old_kind} {old_entry} in {name}, {kind} {entry} here (expected {expected}, found {found})</source>
        <translation>las cadenas se separan en el eslabón {position}: {old_kind} {old_entry} en {name}, {kind} {entry} aquí (se esperaba {expected}, se encontró {found})</translation>
    </message>
    <message>
        <source>{name} holds {theirs} chain links, this file only {ours}</source>
        <translation>{name} tiene {theirs} eslabones de cadena, este archivo solo {ours}</translation>
    </message>
    <message>
        <source>{name} counts {theirs} chain links, this file only {ours}</source>
        <translation>{name} cuenta {theirs} eslabones de cadena, este archivo solo {ours}</translation>
    </message>
    <message>
        <source>link {length} of the chain is not the published head (expected {head}, found {found})</source>
        <translation>el eslabón {length} de la cadena no es la cabeza publicada (se esperaba {head}, se encontró {found})</translation>
    </message>
    <message>
        <source>the approval of the minutes of {date} (meeting {meeting}) is gone</source>
        <translation>la aprobación del acta del {date} (sesión {meeting}) ya no está</translation>
    </message>
    <message>
        <source>the approval of the minutes of {date} (meeting {meeting}): {field} {old} → {new}</source>
        <translation>la aprobación del acta del {date} (sesión {meeting}): {field} {old} → {new}</translation>
    </message>
    <message>
        <source>meeting {meeting} has a newer approval (version {version}) than {name} knew; CouncilDesk never approves twice</source>
        <translation>la sesión {meeting} tiene una aprobación más reciente (versión {version}) que la que conocía {name}; CouncilDesk nunca aprueba dos veces</translation>
    </message>
    <message>
        <source>OK: this file's record chain extends {name} unchanged ({count} approvals as published).</source>
        <translation>CORRECTO: la cadena de registros de este archivo prolonga {name} sin cambios ({count} aprobaciones tal como se publicaron).</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.{name}': expected text.</source>
        <translation>{where}, campo 'extras.{extension}.{name}': se esperaba texto.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.{name}': expected a date (YYYY-MM-DD).</source>
        <translation>{where}, campo 'extras.{extension}.{name}': se esperaba una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}': expected an object.</source>
        <translation>{where}, campo 'extras.{extension}': se esperaba un objeto.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.snapshot_format': expected a whole number.</source>
        <translation>{where}, campo 'extras.{extension}.snapshot_format': se esperaba un número entero.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.manner': expected one of {allowed}.</source>
        <translation>{where}, campo 'extras.{extension}.manner': se esperaba uno de {allowed}.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.snapshot': it is not JSON.</source>
        <translation>{where}, campo 'extras.{extension}.snapshot': no es JSON.</translation>
    </message>
    <message>
        <source>{where}, field 'extras.{extension}.corrections': expected a list.</source>
        <translation>{where}, campo 'extras.{extension}.corrections': se esperaba una lista.</translation>
    </message>
    <message>
        <source>{at}: expected an object.</source>
        <translation>{at}: se esperaba un objeto.</translation>
    </message>
    <message>
        <source>This {what} approved the minutes of {day} {scheduled_start:%B %Y}, so it cannot be deleted.</source>
        <translation>Este registro ({what}) aprobó el acta del {day} {scheduled_start:%B %Y}, por lo que no se puede eliminar.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, the record chain holds a correction ({kind} {entry}) of these minutes, but it is gone.</source>
        <translation>ALTERADA: para el acta del {day}, la cadena de registros contiene una corrección ({kind} {entry}) de esta acta, pero ya no está.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, the record chain holds an approval ({kind} {entry}) of these minutes, but it is gone.</source>
        <translation>ALTERADA: para el acta del {day}, la cadena de registros contiene una aprobación ({kind} {entry}) de esta acta, pero ya no está.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, the record chain of this file is broken: {problem}.</source>
        <translation>ALTERADA: para el acta del {day}, la cadena de registros de este archivo está rota: {problem}.</translation>
    </message>
    <message>
        <source>{count} shared records renamed since approval: {names}</source>
        <translation>{count} registros compartidos renombrados desde la aprobación: {names}</translation>
    </message>
    <message>
        <source>1 shared record renamed since approval: {names}</source>
        <translation>1 registro compartido renombrado desde la aprobación: {names}</translation>
    </message>
    <message>
        <source>the roll of members now sorts in another order (a seat or a family name changed)</source>
        <translation>la lista de miembros se ordena ahora de otra manera (cambió un escaño o un apellido)</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {day} are already approved; record a correction instead.</source>
        <translation>El acta de la sesión del {day} ya está aprobada; registre una corrección en su lugar.</translation>
    </message>
    <message>
        <source>The meeting of {day} has not been adjourned, so its minutes cannot be approved yet.</source>
        <translation>La sesión del {day} no se ha levantado, por lo que su acta aún no se puede aprobar.</translation>
    </message>
    <message>
        <source>Minutes of the meeting of {day} can only be approved at a later meeting, not at the meeting of {approving_day}.</source>
        <translation>El acta de la sesión del {day} solo se puede aprobar en una sesión posterior, no en la sesión del {approving_day}.</translation>
    </message>
    <message>
        <source>Minutes can only be approved at a meeting of the same body.</source>
        <translation>Un acta solo se puede aprobar en una sesión del mismo órgano.</translation>
    </message>
    <message>
        <source>The meeting of {day} was cancelled and cannot approve minutes.</source>
        <translation>La sesión del {day} se canceló y no puede aprobar actas.</translation>
    </message>
    <message>
        <source>The approval date {date} is before the approving meeting of {day}.</source>
        <translation>La fecha de aprobación {date} es anterior a la sesión aprobatoria del {day}.</translation>
    </message>
    <message>
        <source>Vote {approving_vote_id} was not taken at the meeting of {day}.</source>
        <translation>La votación {approving_vote_id} no se celebró en la sesión del {day}.</translation>
    </message>
    <message>
        <source>Vote {approving_vote_id} did not pass, so it cannot approve minutes.</source>
        <translation>La votación {approving_vote_id} no fue aprobada, por lo que no puede aprobar actas.</translation>
    </message>
    <message>
        <source>TAMPERED: the minutes of {day} are marked approved but no approval is recorded.</source>
        <translation>ALTERADA: el acta del {day} figura como aprobada, pero no hay ninguna aprobación registrada.</translation>
    </message>
    <message>
        <source>The minutes of {day} are a draft; there is nothing to verify yet.</source>
        <translation>El acta del {day} es un borrador; todavía no hay nada que verificar.</translation>
    </message>
    <message>
        <source>the record chain is broken: {breaks}</source>
        <translation>la cadena de registros está rota: {breaks}</translation>
    </message>
    <message>
        <source>the stored approved snapshot no longer matches its fingerprint</source>
        <translation>la instantánea aprobada guardada ya no coincide con su huella</translation>
    </message>
    <message>
        <source>the approval's fingerprint differs from the one in the audit log</source>
        <translation>la huella de la aprobación difiere de la del registro de auditoría</translation>
    </message>
    <message>
        <source>the meeting is no longer marked approved</source>
        <translation>la sesión ya no figura como aprobada</translation>
    </message>
    <message>
        <source>the recorded content differs from the approved minutes</source>
        <translation>el contenido registrado difiere del acta aprobada</translation>
    </message>
    <message>
        <source>approval version {version} of a meeting now {status} is not one CouncilDesk makes</source>
        <translation>la versión de aprobación {version} de una sesión ahora en estado {status} no es una que CouncilDesk haga</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, {problems}.</source>
        <translation>ALTERADA: para el acta del {day}, {problems}.</translation>
    </message>
    <message>
        <source>TAMPERED: for the minutes of {day}, {problems}. Also {renamed}.</source>
        <translation>ALTERADA: para el acta del {day}, {problems}. Además, {renamed}.</translation>
    </message>
    <message>
        <source>Approved text unchanged; {renamed}. Otherwise the minutes of {day} match the version approved on {approved} (SHA-256 {sha256}), and they print as approved.</source>
        <translation>Texto aprobado sin cambios; {renamed}. Por lo demás, el acta del {day} coincide con la versión aprobada el {approved} (SHA-256 {sha256}) y se imprime como aprobada.</translation>
    </message>
    <message>
        <source>OK: the minutes of {day} match the version approved on {approved} (SHA-256 {sha256}).</source>
        <translation>CORRECTO: el acta del {day} coincide con la versión aprobada el {approved} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Give the text as approved, the corrected text, or both.</source>
        <translation>Indique el texto tal como se aprobó, el texto corregido o ambos.</translation>
    </message>
    <message>
        <source>The minutes of {day} are still a draft; edit them directly instead of correcting them.</source>
        <translation>El acta del {day} todavía es un borrador; edítela directamente en lugar de corregirla.</translation>
    </message>
    <message>
        <source>A correction cannot be dated {date}, before the approval on {approved_on}.</source>
        <translation>Una corrección no puede tener fecha {date}, anterior a la aprobación del {approved_on}.</translation>
    </message>
    <message>
        <source>Agenda item {agenda_item_id} is not part of the meeting of {day}.</source>
        <translation>El punto del orden del día {agenda_item_id} no forma parte de la sesión del {day}.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CouncilDesk (schema {schema}); install that version to restore it.</source>
        <translation>{name} fue escrito por un CouncilDesk más reciente (esquema {schema}); instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <source>{name} holds schema {schema}; restore it with the CouncilDesk version that wrote it, then archive again.</source>
        <translation>{name} tiene el esquema {schema}; restáurelo con la versión de CouncilDesk que lo escribió y vuelva a archivarlo.</translation>
    </message>
    <message>
        <source>{where}: the field '{col_name}' is missing.</source>
        <translation>{where}: falta el campo '{col_name}'.</translation>
    </message>
    <message>
        <source>{where}, field '{col_name}': {value!r} is not valid.</source>
        <translation>{where}, campo '{col_name}': {value!r} no es válido.</translation>
    </message>
    <message>
        <source>An archive restores only into an empty database; {url} already holds {table_name} records.</source>
        <translation>Un archivo solo se restaura en una base de datos vacía; {url} ya contiene registros de {table_name}.</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database with pg_dump; CouncilDesk backs up SQLite files.</source>
        <translation>Respalde una base de datos PostgreSQL con pg_dump; CouncilDesk respalda archivos SQLite.</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>Una base de datos no se puede restaurar a partir de sí misma.</translation>
    </message>
    <message>
        <source>Could not restore {source_name} ({error}); the database is unchanged, and a copy of it is at {replaced}.</source>
        <translation>No se pudo restaurar {source_name} ({error}); la base de datos no cambió y hay una copia en {replaced}.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>No existe el archivo de respaldo {path}.</translation>
    </message>
    <message>
        <source>{path_name} is not a CouncilDesk database (not an SQLite file).</source>
        <translation>{path_name} no es una base de datos de CouncilDesk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{path_name} is an SQLite file but not a CouncilDesk database.</source>
        <translation>{path_name} es un archivo SQLite, pero no una base de datos de CouncilDesk.</translation>
    </message>
    <message>
        <source>{path_name} cannot be read ({error}).</source>
        <translation>{path_name} no se puede leer ({error}).</translation>
    </message>
    <message>
        <source>{path_name} was written by a newer CouncilDesk (schema {schema}); install that version to restore it.</source>
        <translation>{path_name} fue escrito por un CouncilDesk más reciente (esquema {schema}); instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <source>{name} needs at least one seat.</source>
        <translation>{name} necesita al menos un escaño.</translation>
    </message>
    <message>
        <source>A body named {name} already exists.</source>
        <translation>Ya existe un órgano llamado {name}.</translation>
    </message>
    <message>
        <source>A body needs at least one seat.</source>
        <translation>Un órgano necesita al menos un escaño.</translation>
    </message>
    <message>
        <source>{body_name} cannot be its own parent body.</source>
        <translation>{body_name} no puede ser su propio órgano superior.</translation>
    </message>
    <message>
        <source>{body_name} has {what} and cannot be deleted.</source>
        <translation>{body_name} tiene {what} y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Someone has held the seat {post_label}, so it cannot be deleted.</source>
        <translation>Alguien ha ocupado el escaño {post_label}, por lo que no se puede eliminar.</translation>
    </message>
    <message>
        <source>That is not a house style CouncilDesk knows ({error}).</source>
        <translation>Ese no es un estilo de la casa que CouncilDesk conozca ({error}).</translation>
    </message>
    <message>
        <source>{body_name} already has a seat named {label}.</source>
        <translation>{body_name} ya tiene un escaño llamado {label}.</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>Un mandato no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>The seat {post_label} does not belong to {body_name}.</source>
        <translation>El escaño {post_label} no pertenece a {body_name}.</translation>
    </message>
    <message>
        <source>{clash} already holds the seat {post_label} during that term.</source>
        <translation>{clash} ya ocupa el escaño {post_label} durante ese mandato.</translation>
    </message>
    <message>
        <source>{where}: cannot be stored ({reason}).</source>
        <translation>{where}: no se puede guardar ({reason}).</translation>
    </message>
    <message>
        <source>migrate-to copies a CouncilDesk file; {source} is already on a server.</source>
        <translation>migrate-to copia un archivo de CouncilDesk; {source} ya está en un servidor.</translation>
    </message>
    <message>
        <source>Preparing {url} (schema upgrade to the current version)…</source>
        <translation>Preparación de {url} (actualización del esquema a la versión actual)…</translation>
    </message>
    <message>
        <source>Copying {rows:,} rows in {tables} tables from {source}…</source>
        <translation>Copia de {rows:,} filas de {tables} tablas desde {source}…</translation>
    </message>
    <message>
        <source>Comparing the rows of every table…</source>
        <translation>Comparación de las filas de cada tabla…</translation>
    </message>
    <message>
        <source>Verifying every approved meeting's fingerprint and the record chain…</source>
        <translation>Verificación de la huella de cada sesión aprobada y de la cadena de registros…</translation>
    </message>
    <message>
        <source>'{url}' is not a PostgreSQL address; give one such as postgresql+psycopg://clerk@server/council.</source>
        <translation>'{url}' no es una dirección de PostgreSQL; indique una como postgresql+psycopg://clerk@server/council.</translation>
    </message>
    <message>
        <source>{url} is not empty: it holds tables that are not CouncilDesk's ({tables}); migrate-to copies only into an empty database, and changed nothing.</source>
        <translation>{url} no está vacía: contiene tablas que no son de CouncilDesk ({tables}); migrate-to solo copia en una base de datos vacía y no cambió nada.</translation>
    </message>
    <message>
        <source>Could not reach {url}: {reason}</source>
        <translation>No se pudo conectar con {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} is not empty: it already holds {count} {table} rows; migrate-to copies only into an empty database, and changed nothing.</source>
        <translation>{url} no está vacía: ya contiene {count} filas de {table}; migrate-to solo copia en una base de datos vacía y no cambió nada.</translation>
    </message>
    <message>
        <source>  {table}: {done:,} of {total:,} rows</source>
        <translation>  {table}: {done:,} de {total:,} filas</translation>
    </message>
    <message>
        <source>The copy in {url} does not hold the same rows as the file ({tables}); nothing was written.</source>
        <translation>La copia en {url} no contiene las mismas filas que el archivo ({tables}); no se escribió nada.</translation>
    </message>
    <message>
        <source>The copy in {url} does not verify ({first}); nothing was written. Run `councildesk verify` on the file.</source>
        <translation>La copia en {url} no pasa la verificación ({first}); no se escribió nada. Ejecute `councildesk verify` sobre el archivo.</translation>
    </message>
    <message>
        <source>The record chain in {url} ends at {copied} links, the file's at {length}; nothing was written.</source>
        <translation>La cadena de registros en {url} termina en {copied} eslabones, la del archivo en {length}; no se escribió nada.</translation>
    </message>
    <message>
        <source>A document must be attached to an agenda item or a matter.</source>
        <translation>Un documento debe adjuntarse a un punto del orden del día o a un asunto.</translation>
    </message>
    <message>
        <source>{file_name} is larger than 200 MB; attach a smaller file or a link.</source>
        <translation>{file_name} ocupa más de 200 MB; adjunte un archivo más pequeño o un enlace.</translation>
    </message>
    <message>
        <source>Could not read {path}: {value}.</source>
        <translation>No se pudo leer {path}: {value}.</translation>
    </message>
    <message>
        <source>'{url}' is not a web address (http:// or https://) a document can link to.</source>
        <translation>'{url}' no es una dirección web (http:// o https://) a la que un documento pueda enlazar.</translation>
    </message>
    <message>
        <source>A document's address is longer than {limit} characters: '{start}…'.</source>
        <translation>La dirección de un documento tiene más de {limit} caracteres: '{start}…'.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{list} unchanged</source>
        <translation>{list} sin cambios</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>ninguna advertencia</translation>
    </message>
    <message>
        <source>{clauses}.</source>
        <translation>{clauses}.</translation>
    </message>
    <message>
        <source>{source} would create {created}, and would update {updated}</source>
        <translation>{source}: por crear: {created}, por actualizar: {updated}</translation>
    </message>
    <message>
        <source>{source} created {created}, and updated {updated}</source>
        <translation>{source}: creados: {created}, actualizados: {updated}</translation>
    </message>
    <message>
        <source>would map {list}</source>
        <translation>adaptaría {list}</translation>
    </message>
    <message>
        <source>mapped {list}</source>
        <translation>adaptó {list}</translation>
    </message>
    <message>
        <source>would keep {fields} as extras</source>
        <translation>conservaría {fields} como datos adicionales</translation>
    </message>
    <message>
        <source>kept {fields} as extras</source>
        <translation>conservó {fields} como datos adicionales</translation>
    </message>
    <message>
        <source>would skip {list} ({names})</source>
        <translation>omitiría {list} ({names})</translation>
    </message>
    <message>
        <source>skipped {list} ({names})</source>
        <translation>omitió {list} ({names})</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 campo</translation>
    </message>
    <message>
        <source>{count} fields</source>
        <translation>{count} campos</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} advertencias</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 punto del orden del día</translation>
    </message>
    <message>
        <source>{count} agenda items</source>
        <translation>{count} puntos del orden del día</translation>
    </message>
    <message>
        <source>1 attendance</source>
        <translation>1 registro de asistencia</translation>
    </message>
    <message>
        <source>{count} attendances</source>
        <translation>{count} registros de asistencia</translation>
    </message>
    <message>
        <source>1 ballot</source>
        <translation>1 voto individual</translation>
    </message>
    <message>
        <source>{count} ballots</source>
        <translation>{count} votos individuales</translation>
    </message>
    <message>
        <source>1 body</source>
        <translation>1 órgano</translation>
    </message>
    <message>
        <source>{count} bodies</source>
        <translation>{count} órganos</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 documento</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} documentos</translation>
    </message>
    <message>
        <source>1 matter</source>
        <translation>1 asunto</translation>
    </message>
    <message>
        <source>{count} matters</source>
        <translation>{count} asuntos</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} sesiones</translation>
    </message>
    <message>
        <source>1 membership</source>
        <translation>1 membresía</translation>
    </message>
    <message>
        <source>{count} memberships</source>
        <translation>{count} membresías</translation>
    </message>
    <message>
        <source>1 motion</source>
        <translation>1 moción</translation>
    </message>
    <message>
        <source>{count} motions</source>
        <translation>{count} mociones</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 escaño</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translation>{count} escaños</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 orador</translation>
    </message>
    <message>
        <source>{count} speakers</source>
        <translation>{count} oradores</translation>
    </message>
    <message>
        <source>1 sponsorship</source>
        <translation>1 patrocinio</translation>
    </message>
    <message>
        <source>{count} sponsorships</source>
        <translation>{count} patrocinios</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 votación</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} votaciones</translation>
    </message>
    <message>
        <source>1 minutes approval</source>
        <translation>1 aprobación de acta</translation>
    </message>
    <message>
        <source>{count} minutes approvals</source>
        <translation>{count} aprobaciones de actas</translation>
    </message>
    <message>
        <source>1 correction</source>
        <translation>1 corrección</translation>
    </message>
    <message>
        <source>{count} corrections</source>
        <translation>{count} correcciones</translation>
    </message>
    <message>
        <source>1 area</source>
        <translation>1 área</translation>
    </message>
    <message>
        <source>{count} areas</source>
        <translation>{count} áreas</translation>
    </message>
    <message>
        <source>1 election</source>
        <translation>1 elección</translation>
    </message>
    <message>
        <source>{count} elections</source>
        <translation>{count} elecciones</translation>
    </message>
    <message>
        <source>1 legislative period</source>
        <translation>1 período legislativo</translation>
    </message>
    <message>
        <source>{count} legislative periods</source>
        <translation>{count} períodos legislativos</translation>
    </message>
    <message>
        <source>1 term</source>
        <translation>1 mandato</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} mandatos</translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 cargo</translation>
    </message>
    <message>
        <source>{count} roles</source>
        <translation>{count} cargos</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} resultados</translation>
    </message>
    <message>
        <source>1 date</source>
        <translation>1 fecha</translation>
    </message>
    <message>
        <source>{count} dates</source>
        <translation>{count} fechas</translation>
    </message>
    <message>
        <source>1 classification</source>
        <translation>1 clasificación</translation>
    </message>
    <message>
        <source>{count} classifications</source>
        <translation>{count} clasificaciones</translation>
    </message>
    <message>
        <source>create</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>roll call</source>
        <translation>votación nominal</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  nota: {note}</translation>
    </message>
    <message>
        <source>  warning: {warning}</source>
        <translation>  advertencia: {warning}</translation>
    </message>
    <message>
        <source>{where}, field '{name}': {value!r} is not {expected}.</source>
        <translation>{where}, campo '{name}': {value!r} no es {expected}.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': a value is required.</source>
        <translation>{where}, campo '{name}': se requiere un valor.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': the text holds control characters; is the file damaged?</source>
        <translation>{where}, campo '{name}': el texto contiene caracteres de control; ¿está dañado el archivo?</translation>
    </message>
    <message>
        <source>{where}, field '{name}': the text is longer than {length} characters.</source>
        <translation>{where}, campo '{name}': el texto tiene más de {length} caracteres.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': {value!r} is not a date and time.</source>
        <translation>{where}, campo '{name}': {value!r} no es una fecha y hora.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': {value!r} is not a date.</source>
        <translation>{where}, campo '{name}': {value!r} no es una fecha.</translation>
    </message>
    <message>
        <source>The range starts ({start}) after it ends ({end}).</source>
        <translation>El intervalo empieza ({start}) después de terminar ({end}).</translation>
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
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
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
        <source>speaker</source>
        <translation>orador</translation>
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
        <translation>voto</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>There is no {what} {id}.</source>
        <translation>No existe ningún registro «{what}» número {id}.</translation>
    </message>
    <message>
        <source>{day} {month:%B} {year}</source>
        <translation>{day} de {month:%B} de {year}</translation>
    </message>
    <message>
        <source>The minutes of the meeting of {long_date} are approved and locked; record a correction instead.</source>
        <translation>El acta de la sesión del {long_date} está aprobada y bloqueada; registre una corrección en su lugar.</translation>
    </message>
    <message>
        <source>The {what} cannot be empty.</source>
        <translation>El campo «{what}» no puede estar vacío.</translation>
    </message>
    <message>
        <source>Writing records…</source>
        <translation>Escribiendo los registros…</translation>
    </message>
    <message>
        <source>Wrote {count:,} records…</source>
        <translation>{count:,} registros escritos…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se modificó nada.</translation>
    </message>
    <message>
        <source>Import limits must be at least 1.</source>
        <translation>Los límites de importación deben ser al menos 1.</translation>
    </message>
    <message>
        <source>{name}: the import is {size} MB, over the limit of {limit} MB for one import; nothing was read (raise the limit with --max-bytes if it is right).</source>
        <translation>{name}: la importación ocupa {size} MB, más del límite de {limit} MB por importación; no se leyó nada (suba el límite con --max-bytes si es correcto).</translation>
    </message>
    <message>
        <source>{name}: the import holds more than {max_records:,} records, the limit for one import; nothing was imported (raise the limit with --max-records if it is right).</source>
        <translation>{name}: la importación contiene más de {max_records:,} registros, el límite por importación; no se importó nada (suba el límite con --max-records si es correcto).</translation>
    </message>
    <message>
        <source>A matter numbered {identifier} already exists.</source>
        <translation>Ya existe un asunto con el número {identifier}.</translation>
    </message>
    <message>
        <source>A matter numbered {changes} already exists.</source>
        <translation>Ya existe un asunto con el número {changes}.</translation>
    </message>
    <message>
        <source>{person_display_name} already sponsors {matter_identifier}.</source>
        <translation>{person_display_name} ya patrocina {matter_identifier}.</translation>
    </message>
    <message>
        <source>{value} does not sponsor {matter_identifier}.</source>
        <translation>{value} no patrocina {matter_identifier}.</translation>
    </message>
    <message>
        <source>The primary sponsor cannot also be listed as a co-sponsor.</source>
        <translation>El patrocinador principal no puede figurar también como copatrocinador.</translation>
    </message>
    <message>
        <source>A co-sponsor is listed twice.</source>
        <translation>Un copatrocinador figura dos veces.</translation>
    </message>
    <message>
        <source>There is already a matter {matter_id}.</source>
        <translation>Ya existe un asunto {matter_id}.</translation>
    </message>
    <message>
        <source>Matter {matter_identifier} is in use elsewhere and cannot be removed.</source>
        <translation>El asunto {matter_identifier} se usa en otro lugar y no se puede quitar.</translation>
    </message>
    <message>
        <source>{body_name} is a {classification_value}, an organization its members belong to, not a body that meets; hold the meeting for its council, a committee or a board.</source>
        <translation>{body_name} es un/a {classification_value}, una organización a la que pertenecen sus miembros, no un órgano que sesiona; celebre la sesión para su concejo, una comisión o una junta.</translation>
    </message>
    <message>
        <source>The video offset cannot be negative ({seconds} seconds).</source>
        <translation>El desfase del video no puede ser negativo ({seconds} segundos).</translation>
    </message>
    <message>
        <source>{url} is not a web address starting with https://.</source>
        <translation>{url} no es una dirección web que empiece por https://.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be called to order.</source>
        <translation>Una sesión cancelada no se puede abrir.</translation>
    </message>
    <message>
        <source>The meeting has not been called to order yet.</source>
        <translation>La sesión aún no se ha abierto.</translation>
    </message>
    <message>
        <source>A meeting cannot adjourn before it was called to order.</source>
        <translation>Una sesión no se puede levantar antes de abrirse.</translation>
    </message>
    <message>
        <source>Give the reason a member takes part remotely; the minutes must state it.</source>
        <translation>Indique el motivo por el que un miembro participa a distancia; el acta debe hacerlo constar.</translation>
    </message>
    <message>
        <source>A member cannot leave before arriving.</source>
        <translation>Un miembro no puede retirarse antes de llegar.</translation>
    </message>
    <message>
        <source>The record chain of this file is broken ({reason}), so the approval of these minutes cannot be trusted; run `councildesk verify --all` and restore a backup.</source>
        <translation>La cadena de registros de este archivo está rota ({reason}), así que no se puede confiar en la aprobación de esta acta; ejecute `councildesk verify --all` y restaure un respaldo.</translation>
    </message>
    <message>
        <source>The {body_name} has no meetings in {year}.</source>
        <translation>{body_name} no tiene sesiones en {year}.</translation>
    </message>
    <message>
        <source>The mover cannot also second the motion.</source>
        <translation>El proponente no puede también secundar la moción.</translation>
    </message>
    <message>
        <source>{person_display_name} is not a voting member of {body_name} and cannot be the {role}.</source>
        <translation>{person_display_name} no es miembro con voto de {body_name} y no puede ser {role}.</translation>
    </message>
    <message>
        <source>{person_display_name} is not recorded as present and cannot be the {role}.</source>
        <translation>{person_display_name} no consta como presente y no puede ser {role}.</translation>
    </message>
    <message>
        <source>{person_display_name} {away} and cannot be the {role}.</source>
        <translation>{person_display_name}: {away}; no puede ser {role}.</translation>
    </message>
    <message>
        <source>An amendment must be made under a motion of the same agenda item.</source>
        <translation>Una enmienda debe presentarse bajo una moción del mismo punto del orden del día.</translation>
    </message>
    <message>
        <source>Choose the motion this amendment amends.</source>
        <translation>Elija la moción que esta enmienda modifica.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id} to use for '{name}'.</source>
        <translation>No hay ninguna persona con el identificador {person_id} para usar como '{name}'.</translation>
    </message>
    <message>
        <source>A person's name can be at most 300 characters long.</source>
        <translation>El nombre de una persona puede tener como máximo 300 caracteres.</translation>
    </message>
    <message>
        <source>{person_display_name} is named in the records and cannot be deleted.</source>
        <translation>{person_display_name} figura en los registros y no se puede eliminar.</translation>
    </message>
    <message>
        <source>{where}: the id '{key}' is used by two {table} records.</source>
        <translation>{where}: el identificador '{key}' lo usan dos registros {table}.</translation>
    </message>
    <message>
        <source>{where}, field '{name}': expected an id (text).</source>
        <translation>{where}, campo '{name}': se esperaba un identificador (texto).</translation>
    </message>
    <message>
        <source>{where}: '{name}' is not a reference of a {table}.</source>
        <translation>{where}: '{name}' no es una referencia de un registro {table}.</translation>
    </message>
    <message>
        <source>{where}: '{name}' is not a field of a {table}.</source>
        <translation>{where}: '{name}' no es un campo de un registro {table}.</translation>
    </message>
    <message>
        <source>{where}, field '{field_name}': '{key}' does not name any {table} in the file or the database.</source>
        <translation>{where}, campo '{field_name}': '{key}' no nombra ningún registro {table} del archivo ni de la base de datos.</translation>
    </message>
    <message>
        <source>{where}: cannot be added, because {locked}.</source>
        <translation>{where}: no se puede agregar, porque {locked}.</translation>
    </message>
    <message>
        <source>{where}: cannot be updated ({reason}).</source>
        <translation>{where}: no se puede actualizar ({reason}).</translation>
    </message>
    <message>
        <source>An adjourned meeting keeps its call to order; correct the time instead.</source>
        <translation>Una sesión levantada conserva su apertura; corrija la hora en su lugar.</translation>
    </message>
    <message>
        <source>{body_name} already has {names}.</source>
        <translation>{body_name} ya tiene {names}.</translation>
    </message>
    <message>
        <source>There are no rows to add; paste a roster with one member a line.</source>
        <translation>No hay filas que agregar; pegue una nómina con un miembro por línea.</translation>
    </message>
    <message>
        <source>Nothing was added to {body_name}. {problems}</source>
        <translation>No se agregó nada a {body_name}. {problems}</translation>
    </message>
    <message>
        <source>These minutes were approved with fingerprint format {version}, which this version of CouncilDesk does not know; open the file with a newer CouncilDesk.</source>
        <translation>Esta acta se aprobó con el formato de huella {version}, que esta versión de CouncilDesk no conoce; abra el archivo con un CouncilDesk más reciente.</translation>
    </message>
    <message>
        <source>A speaking time cannot be negative.</source>
        <translation>El tiempo de intervención no puede ser negativo.</translation>
    </message>
    <message>
        <source>{name} can yield time only to another speaker on the same item.</source>
        <translation>{name} solo puede ceder su tiempo a otro orador del mismo punto.</translation>
    </message>
    <message>
        <source>A speaking limit must be between 1 second and 4 hours, not {seconds} seconds.</source>
        <translation>Un límite de tiempo para hablar debe estar entre 1 segundo y 4 horas, no {seconds} segundos.</translation>
    </message>
    <message>
        <source>'{option}' is not a ballot option.</source>
        <translation>'{option}' no es una opción de voto.</translation>
    </message>
    <message>
        <source>{who} {verb} part remotely, so the law wants every vote by roll call; record this one as a roll call instead of {what}.</source>
        <translation>{who} participa(n) a distancia ({verb}), así que la ley exige votación nominal en cada votación; registre esta como votación nominal en lugar de {what}.</translation>
    </message>
    <message>
        <source>Record attendance first: no voting member is marked present.</source>
        <translation>Registre primero la asistencia: ningún miembro con voto figura como presente.</translation>
    </message>
    <message>
        <source>No voting member is recorded as in the room at {when:%H:%M}.</source>
        <translation>Ningún miembro con voto consta en la sala a las {when:%H:%M}.</translation>
    </message>
    <message>
        <source>{name} is not a voting member of {body_name} on {long_date} and cannot vote.</source>
        <translation>{name} no es miembro con voto de {body_name} el {long_date} y no puede votar.</translation>
    </message>
    <message>
        <source>The roll call has no vote for {value}.</source>
        <translation>La votación nominal no tiene voto de {value}.</translation>
    </message>
    <message>
        <source>{person_name} is recorded as {value} and cannot vote {option_value}.</source>
        <translation>{person_name} consta como {value} y no puede votar {option_value}.</translation>
    </message>
    <message>
        <source>{person_name} {away} and cannot vote {option_value}.</source>
        <translation>{person_name}: {away}; no puede votar {option_value}.</translation>
    </message>
    <message>
        <source>Give the reason {person_name} is recused.</source>
        <translation>Indique el motivo de la recusación de {person_name}.</translation>
    </message>
    <message>
        <source>Give the words {person_name}'s vote was recorded in ('other').</source>
        <translation>Indique las palabras con que se registró el voto de {person_name} ('other').</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Los recuentos de votos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>{counted} votes were counted but only {present} voting members are present.</source>
        <translation>Se contaron {counted} votos, pero solo hay {present} miembros con voto presentes.</translation>
    </message>
    <message>
        <source>This motion already has a recorded vote; delete that vote first to record it again.</source>
        <translation>Esta moción ya tiene una votación registrada; elimine primero esa votación para registrarla de nuevo.</translation>
    </message>
    <message>
        <source>No member who has voted is called {who!r}.</source>
        <translation>Ningún miembro que haya votado se llama {who!r}.</translation>
    </message>
    <message>
        <source>{who!r} matches several members ({names}); give more of the name or the id.</source>
        <translation>{who!r} coincide con varios miembros ({names}); dé más del nombre o el identificador.</translation>
    </message>
    <message>
        <source>A page holds 1 to {most} rows from offset 0 up.</source>
        <translation>Una página tiene de 1 a {most} filas a partir del desplazamiento 0.</translation>
    </message>
    <message>
        <source>{file} was restored into {name} but failed its check: {problem}{more}; the restore was taken out again and the database is empty.</source>
        <translation>{file} se restauró en {name}, pero no pasó la verificación: {problem}{more}; la restauración se retiró y la base de datos está vacía.</translation>
    </message>
    <message>
        <source>this body</source>
        <translation>este órgano</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>this seat</source>
        <translation>este escaño</translation>
    </message>
    <message>
        <source>this membership</source>
        <translation>esta membresía</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>this agenda item</source>
        <translation>este punto del orden del día</translation>
    </message>
    <message>
        <source>this matter</source>
        <translation>este asunto</translation>
    </message>
    <message>
        <source>this speaker</source>
        <translation>este orador</translation>
    </message>
    <message>
        <source>this motion</source>
        <translation>esta moción</translation>
    </message>
    <message>
        <source>this vote</source>
        <translation>esta votación</translation>
    </message>
    <message>
        <source>this ballot</source>
        <translation>este voto</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>este documento</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>seat {old} → {new}</source>
        <translation>escaño {old} → {new}</translation>
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
        <translation>{kind} {name}: {changes}</translation>
    </message>
    <message>
        <source>{what} {old} → {new}</source>
        <translation>{what} {old} → {new}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>this sponsor</source>
        <translation>este patrocinador</translation>
    </message>
    <message>
        <source>this time limit</source>
        <translation>este límite de tiempo</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>el nombre mostrado</translation>
    </message>
    <message>
        <source>status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>result</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <source>location</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>la hora prevista</translation>
    </message>
    <message>
        <source>start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>linked matter</source>
        <translation>el asunto vinculado</translation>
    </message>
    <message>
        <source>mover</source>
        <translation>el proponente</translation>
    </message>
    <message>
        <source>seconder</source>
        <translation>quien secunda</translation>
    </message>
    <message>
        <source>role</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>el sentido del voto</translation>
    </message>
    <message>
        <source>member</source>
        <translation>el miembro</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <source>link</source>
        <translation>el enlace</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>la fecha de fin</translation>
    </message>
    <message>
        <source>number</source>
        <translation>el número</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>action</source>
        <translation>la acción</translation>
    </message>
    <message>
        <source>adjournment</source>
        <translation>el levantamiento de la sesión</translation>
    </message>
    <message>
        <source>call to order</source>
        <translation>la apertura de la sesión</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>la llegada</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>consent agenda</source>
        <translation>el consentimiento en bloque</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>la deliberación</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>la resolución</translation>
    </message>
    <message>
        <source>email</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>el apellido</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>el nombre de pila</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>el tratamiento</translation>
    </message>
    <message>
        <source>introduction date</source>
        <translation>la fecha de presentación</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>la duración</translation>
    </message>
    <message>
        <source>role as primary or co-sponsor</source>
        <translation>el papel de patrocinador principal o copatrocinador</translation>
    </message>
    <message>
        <source>municipality name</source>
        <translation>el nombre del municipio</translation>
    </message>
    <message>
        <source>label</source>
        <translation>la etiqueta</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>presiding officer</source>
        <translation>quien preside</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>number of seats</source>
        <translation>el número de escaños</translation>
    </message>
    <message>
        <source>position taken</source>
        <translation>la postura</translation>
    </message>
    <message>
        <source>time</source>
        <translation>la hora</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>el municipio</translation>
    </message>
    <message>
        <source>parent body</source>
        <translation>el órgano del que depende</translation>
    </message>
    <message>
        <source>quorum rule</source>
        <translation>la regla del quórum</translation>
    </message>
    <message>
        <source>default threshold</source>
        <translation>la mayoría requerida por defecto</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>la zona horaria</translation>
    </message>
    <message>
        <source>minutes language</source>
        <translation>el idioma del acta</translation>
    </message>
    <message>
        <source>minutes house style</source>
        <translation>el estilo del acta</translation>
    </message>
    <message>
        <source>Someone else changed {what} since you opened it; your change was not saved.</source>
        <translation>Otra persona cambió {what} después de que usted lo abriera; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>{who} removed {what} {when}; your change was not saved.</source>
        <translation>{who} eliminó {what} {when}; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>{who} changed {what}'s {fields} {when}; your change was not saved.</source>
        <translation>{who} cambió {fields} de {what} {when}; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>{who} changed {what} {when}; your change was not saved.</source>
        <translation>{who} cambió {what} {when}; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>at {hour}:{minute}</source>
        <translation>a las {hour}:{minute}</translation>
    </message>
    <message>
        <source>on {day} {month:%B} {year} at {hour}:{minute}</source>
        <translation>el {day} de {month:%B} de {year} a las {hour}:{minute}</translation>
    </message>
    <message>
        <source>{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its sponsors cannot change; record a correction to those minutes instead.</source>
        <translation>{matter_identifier} figura en el acta aprobada del {day} {scheduled_start:%B %Y}, por lo que sus patrocinadores no pueden cambiar; registre en su lugar una corrección a esa acta.</translation>
    </message>
    <message>
        <source>{matter_identifier} appears in the approved minutes of {day} {scheduled_start:%B %Y}, so its text cannot change; record a correction to those minutes instead.</source>
        <translation>{matter_identifier} figura en el acta aprobada del {day} {scheduled_start:%B %Y}, por lo que su texto no puede cambiar; registre en su lugar una corrección a esa acta.</translation>
    </message>
    <message>
        <source>the stored content differs from the approved</source>
        <translation>el contenido guardado difiere del aprobado</translation>
    </message>
    <message>
        <source>meeting status: {before} → {after}</source>
        <translation>estado de la sesión: {before} → {after}</translation>
    </message>
    <message>
        <source>person {id}'s {what} {before} → {after}</source>
        <translation>{what} de la persona {id}: {before} → {after}</translation>
    </message>
    <message>
        <source>document {id} bytes (SHA-256): {before} → {after}</source>
        <translation>bytes del documento {id} (SHA-256): {before} → {after}</translation>
    </message>
    <message>
        <source>vote {id} stored counts: {before} → {after}</source>
        <translation>recuento guardado de la votación {id}: {before} → {after}</translation>
    </message>
    <message>
        <source>motion {n}</source>
        <translation>moción {n}</translation>
    </message>
    <message>
        <source>vote {n}</source>
        <translation>votación {n}</translation>
    </message>
    <message>
        <source>speaker {n}</source>
        <translation>orador {n}</translation>
    </message>
    <message>
        <source>document {n}</source>
        <translation>documento {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>punto {n}</translation>
    </message>
    <message>
        <source>{where}: removed</source>
        <translation>{where}: eliminado</translation>
    </message>
    <message>
        <source>{where}: added</source>
        <translation>{where}: agregado</translation>
    </message>
    <message>
        <source>{where}: {approved} approved, {now} now</source>
        <translation>{where}: {approved} en el acta aprobada, {now} ahora</translation>
    </message>
    <message>
        <source>{where}: {before} → {after}</source>
        <translation>{where}: {before} → {after}</translation>
    </message>
    <message>
        <source>option</source>
        <translation>el sentido del voto</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>el recuento</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>a favor</translation>
    </message>
    <message>
        <source>no</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstenciones</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausentes</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>ausencias justificadas</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>inhibiciones</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presentes sin votar</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>method</source>
        <translation>el método de votación</translation>
    </message>
    <message>
        <source>action_text</source>
        <translation>el texto del acuerdo</translation>
    </message>
    <message>
        <source>person_name</source>
        <translation>el nombre de la persona</translation>
    </message>
    <message>
        <source>mover_name</source>
        <translation>el proponente</translation>
    </message>
    <message>
        <source>seconder_name</source>
        <translation>quien secunda</translation>
    </message>
    <message>
        <source>scheduled_start</source>
        <translation>la hora prevista</translation>
    </message>
    <message>
        <source>called_to_order_at</source>
        <translation>la hora de apertura</translation>
    </message>
    <message>
        <source>adjourned_at</source>
        <translation>la hora de levantamiento</translation>
    </message>
    <message>
        <source>remote_reason</source>
        <translation>el motivo de la participación a distancia</translation>
    </message>
    <message>
        <source>post_label</source>
        <translation>el escaño</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>la postura</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>el lugar de residencia</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>la afiliación</translation>
    </message>
    <message>
        <source>full_text</source>
        <translation>el texto íntegro</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>el identificador</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>la mayoría requerida</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>la fracción</translation>
    </message>
    <message>
        <source>base</source>
        <translation>la base</translation>
    </message>
    <message>
        <source>unanimous</source>
        <translation>la unanimidad</translation>
    </message>
    <message>
        <source>declared_result</source>
        <translation>el resultado declarado</translation>
    </message>
    <message>
        <source>computed_result</source>
        <translation>el resultado calculado</translation>
    </message>
    <message>
        <source>taken_at</source>
        <translation>la hora de la votación</translation>
    </message>
    <message>
        <source>made_at</source>
        <translation>la hora de la moción</translation>
    </message>
    <message>
        <source>started_at</source>
        <translation>la hora de inicio</translation>
    </message>
    <message>
        <source>url</source>
        <translation>la dirección web</translation>
    </message>
    <message>
        <source>file_name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <source>limit_seconds</source>
        <translation>el límite de tiempo (s)</translation>
    </message>
    <message>
        <source>body_name</source>
        <translation>el nombre del órgano</translation>
    </message>
    <message>
        <source>ballot of {name}</source>
        <translation>voto de {name}</translation>
    </message>
    <message>
        <source>attendance of {name}</source>
        <translation>asistencia de {name}</translation>
    </message>
    <message>
        <source>person {id}'s {what} is {now}, but the audit log last recorded {logged}</source>
        <translation>{what} de la persona {id} es {now}, pero el registro de auditoría consignó por última vez {logged}</translation>
    </message>
    <message>
        <source>{what}: the chair's phrase cannot be empty.</source>
        <translation>{what}: la frase de la presidencia no puede quedar vacía.</translation>
    </message>
    <message>
        <source>The minutes of meeting {meeting_id} are not approved, so no files are kept.</source>
        <translation>El acta de la sesión {meeting_id} no está aprobada, así que no se guarda ningún archivo.</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{share} ({agree} of {together})</source>
        <translation>{share} ({agree} de {together})</translation>
    </message>
    <message>
        <source>never together</source>
        <translation>nunca juntos</translation>
    </message>
    <message>
        <source>{share} agreement</source>
        <translation>{share} de acuerdo</translation>
    </message>
    <message>
        <source>never voted together</source>
        <translation>nunca votaron juntos</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Sin asunto</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Mostrar solo</translation>
    </message>
    <message>
        <source>Show every vote</source>
        <translation>Mostrar todos los votos</translation>
    </message>
    <message>
        <source> vote.</source>
        <translation> voto.</translation>
    </message>
    <message>
        <source> votes.</source>
        <translation> votos.</translation>
    </message>
    <message>
        <source>Showing </source>
        <translation>Se muestran </translation>
    </message>
    <message>
        <source> of </source>
        <translation> de </translation>
    </message>
    <message>
        <source>Showing all </source>
        <translation>En total: </translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Voted against the majority</source>
        <translation>Votó en contra de la mayoría</translation>
    </message>
    <message>
        <source>Every vote of {name}</source>
        <translation>Todos los votos de {name}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Who votes with whom</source>
        <translation>Quién vota con quién</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation>Actas aprobadas</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Ir al contenido</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Published with CouncilDesk from the clerk's records.</source>
        <translation>Publicado con CouncilDesk a partir de los registros de la secretaría.</translation>
    </message>
    <message>
        <source>Fingerprints of approved minutes</source>
        <translation>Huellas digitales de las actas aprobadas</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Datos abiertos</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervinientes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>acta</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source> result</source>
        <translation> resultado</translation>
    </message>
    <message>
        <source> results</source>
        <translation> resultados</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
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
        <source>Meetings seated</source>
        <translation>Sesiones como miembro</translation>
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
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <source>{town} — public records</source>
        <translation>{town} — registros públicos</translation>
    </message>
    <message>
        <source>Public records</source>
        <translation>Registros públicos</translation>
    </message>
    <message>
        <source>{body} — {kind} meeting, {day}</source>
        <translation>{body} — sesión {kind}, {day}</translation>
    </message>
    <message>
        <source>Agenda (PDF)</source>
        <translation>Orden del día (PDF)</translation>
    </message>
    <message>
        <source>The minutes of this meeting are not yet approved; they appear here once they are.</source>
        <translation>El acta de esta sesión aún no está aprobada; aparecerá aquí cuando lo esté.</translation>
    </message>
    <message>
        <source>Minutes approved on {day}. Fingerprint (SHA-256): {sha}</source>
        <translation>Acta aprobada el {day}. Huella digital (SHA-256): {sha}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>(external link)</source>
        <translation>(enlace externo)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <source>No agenda items.</source>
        <translation>No hay puntos en el orden del día.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>No se registró la asistencia.</translation>
    </message>
    <message>
        <source>DRAFT — these minutes are not approved and may still change.</source>
        <translation>BORRADOR — esta acta no está aprobada y aún puede cambiar.</translation>
    </message>
    <message>
        <source>Minutes (web edition)</source>
        <translation>Acta (edición web)</translation>
    </message>
    <message>
        <source>Minutes (tagged PDF)</source>
        <translation>Acta (PDF etiquetado)</translation>
    </message>
    <message>
        <source>{name} on {item} ({meeting})</source>
        <translation>{name} sobre {item} ({meeting})</translation>
    </message>
    <message>
        <source>{year} ({n} meetings)</source>
        <translation>{year} ({n} sesiones)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>{body}: meetings in {year}</source>
        <translation>{body}: sesiones de {year}</translation>
    </message>
    <message>
        <source>Meetings of the {body} in {year}</source>
        <translation>Sesiones: {body}, {year}</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Draft (published)</source>
        <translation>Borrador (publicado)</translation>
    </message>
    <message>
        <source>Not yet approved</source>
        <translation>Aún no aprobada</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>En esta página</translation>
    </message>
    <message>
        <source>Seats and terms</source>
        <translation>Puestos y mandatos</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votaciones</translation>
    </message>
    <message>
        <source>Seats held by {name}</source>
        <translation>Puestos ocupados por {name}</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>en funciones</translation>
    </message>
    <message>
        <source>No seat on a published body is recorded.</source>
        <translation>No consta ningún puesto en un órgano publicado.</translation>
    </message>
    <message>
        <source>Attendance of {name} by year</source>
        <translation>Asistencia de {name} por año</translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>No se registró asistencia.</translation>
    </message>
    <message>
        <source>Votes ({n})</source>
        <translation>Votaciones ({n})</translation>
    </message>
    <message>
        <source>{n} ballot in published minutes</source>
        <translation>{n} voto en las actas publicadas</translation>
    </message>
    <message>
        <source>{n} ballots in published minutes</source>
        <translation>{n} votos en las actas publicadas</translation>
    </message>
    <message>
        <source>; with the majority on {share} of decided votes</source>
        <translation>; con la mayoría en el {share} de las votaciones decididas</translation>
    </message>
    <message>
        <source>; {n} against the majority.</source>
        <translation>; {n} en contra de la mayoría.</translation>
    </message>
    <message>
        <source>Voting record (PDF)</source>
        <translation>Historial de votaciones (PDF)</translation>
    </message>
    <message>
        <source>Every vote (CSV)</source>
        <translation>Todos los votos (CSV)</translation>
    </message>
    <message>
        <source>No votes in published minutes.</source>
        <translation>No hay votos en las actas publicadas.</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>No hay miembros.</translation>
    </message>
    <message>
        <source>{vote} (against the majority)</source>
        <translation>{vote} (en contra de la mayoría)</translation>
    </message>
    <message>
        <source>Who votes with whom: {body}</source>
        <translation>Quién vota con quién: {body}</translation>
    </message>
    <message>
        <source>No split vote with named ballots is in the published minutes.</source>
        <translation>Las actas publicadas no contienen ninguna votación dividida con votos nominales.</translation>
    </message>
    <message>
        <source>Share of {n} split votes on which each pair voted alike</source>
        <translation>Proporción de las {n} votaciones divididas en que cada par votó igual</translation>
    </message>
    <message>
        <source>On split votes (at least one yes and one no) in the published minutes, how often each pair of members cast the same vote. Abstentions, absences and recusals leave a pair out of that vote.</source>
        <translation>En las votaciones divididas (al menos un sí y un no) de las actas publicadas, con qué frecuencia cada par de miembros emitió el mismo voto. Las abstenciones, ausencias e inhibiciones dejan al par fuera de esa votación.</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Las mismas cifras en una tabla</translation>
    </message>
    <message>
        <source>Download the pairs (CSV)</source>
        <translation>Descargar los pares (CSV)</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>No bodies.</source>
        <translation>No hay órganos.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Interviniente</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Speakers in the published minutes</source>
        <translation>Intervinientes en las actas publicadas</translation>
    </message>
    <message>
        <source>No speaker is recorded in the published minutes.</source>
        <translation>Las actas publicadas no registran ningún interviniente.</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>estado: {status}</translation>
    </message>
    <message>
        <source> (primary sponsor)</source>
        <translation> (patrocinador principal)</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>No sponsor is recorded.</source>
        <translation>No consta ningún patrocinador.</translation>
    </message>
    <message>
        <source>Its path across meetings</source>
        <translation>Su recorrido por las sesiones</translation>
    </message>
    <message>
        <source>On the agenda; the minutes are not yet approved.</source>
        <translation>En el orden del día; el acta aún no está aprobada.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Votación nominal</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>No matters.</source>
        <translation>No hay asuntos.</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Buscar en los registros</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <source>No meeting is scheduled.</source>
        <translation>No hay ninguna sesión programada.</translation>
    </message>
    <message>
        <source>Latest approved minutes</source>
        <translation>Últimas actas aprobadas</translation>
    </message>
    <message>
        <source>No minutes are approved yet.</source>
        <translation>Aún no hay actas aprobadas.</translation>
    </message>
    <message>
        <source>Members now serving</source>
        <translation>Miembros en funciones</translation>
    </message>
    <message>
        <source>Members at the last meeting, {day}</source>
        <translation>Miembros en la última sesión, {day}</translation>
    </message>
    <message>
        <source>No member is serving today.</source>
        <translation>Ningún miembro está en funciones hoy.</translation>
    </message>
    <message>
        <source>Meetings, votes and members</source>
        <translation>Sesiones, votaciones y miembros</translation>
    </message>
    <message>
        <source>Search minutes, matters and speakers</source>
        <translation>Buscar en actas, asuntos e intervinientes</translation>
    </message>
    <message>
        <source>Search needs script; every minute and matter is listed below.</source>
        <translation>La búsqueda necesita JavaScript; todas las actas y todos los asuntos se enumeran más abajo.</translation>
    </message>
    <message>
        <source>Every speaker in the published minutes</source>
        <translation>Todos los intervinientes en las actas publicadas</translation>
    </message>
    <message>
        <source>Everything published</source>
        <translation>Todo lo publicado</translation>
    </message>
    <message>
        <source>These files hold every meeting in the published range, including meetings whose minutes are not yet approved, marked as drafts; the calendar lists every meeting.</source>
        <translation>Estos archivos contienen todas las sesiones del período publicado, incluidas aquellas cuyas actas aún no están aprobadas, marcadas como borradores; el calendario enumera todas las sesiones.</translation>
    </message>
    <message>
        <source>These files hold the meetings in the published range whose minutes are approved; the calendar (ICS) lists every meeting, upcoming ones included.</source>
        <translation>Estos archivos contienen las sesiones del período publicado cuyas actas están aprobadas; el calendario (ICS) enumera todas las sesiones, incluidas las próximas.</translation>
    </message>
    <message>
        <source>No data was exported.</source>
        <translation>No se exportó ningún dato.</translation>
    </message>
    <message>
        <source>Minutes approved on {day}; fingerprint (SHA-256) {sha}.</source>
        <translation>Acta aprobada el {day}; huella digital (SHA-256) {sha}.</translation>
    </message>
    <message>
        <source>{site}: approved minutes</source>
        <translation>{site}: actas aprobadas</translation>
    </message>
    <message>
        <source>{day} {body} — {kind} meeting</source>
        <translation>{day} {body} — sesión {kind}</translation>
    </message>
</context>
</TS>