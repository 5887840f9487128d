<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attach to</source>
        <translation>Adjuntar a</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Este cliente</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Agregar archivo…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or HEIC files on this window to attach them. They are stored encrypted inside the casebook.</source>
        <translation>Suelte archivos PDF, JPEG, PNG o HEIC en esta ventana para adjuntarlos. Se guardan cifrados dentro del registro.</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Adjuntar a:</translation>
    </message>
    <message>
        <source>Referral #{number} ({service})</source>
        <translation>Derivación n.º {number} ({service})</translation>
    </message>
    <message>
        <source>Consent record #{number}</source>
        <translation>Registro de consentimiento n.º {number}</translation>
    </message>
    <message>
        <source>Referral #{number}</source>
        <translation>Derivación n.º {number}</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar archivo adjunto</translation>
    </message>
    <message>
        <source>Remove {name} from the casebook? It cannot be brought back except from a backup.</source>
        <translation>¿Quitar {name} del registro? Solo podrá recuperarse desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>ClientFileWindow</name>
    <message>
        <source>Client file — Waystation</source>
        <translation>Expediente del cliente — Waystation</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Abriendo el expediente…</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 switch tabs; Ctrl+W closes the file</source>
        <translation>Alt+1 … Alt+9 cambian de pestaña; Ctrl+W cierra el expediente</translation>
    </message>
    <message>
        <source>Kept from before the casebook locked: {names}. Open it again to carry on where you were.</source>
        <translation>Guardado desde antes de que se bloqueara el registro: {names}. Ábralo de nuevo para continuar donde estaba.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>Record consent ({kind})</source>
        <translation>Registrar consentimiento ({kind})</translation>
    </message>
    <message>
        <source>Run a screening</source>
        <translation>Hacer una evaluación</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
    <message>
        <source>Client #{number}</source>
        <translation>Cliente n.º {number}</translation>
    </message>
    <message>
        <source>{client} — Waystation</source>
        <translation>{client} — Waystation</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>the name the person uses</source>
        <translation>el nombre que usa la persona</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>other spellings, separated by commas</source>
        <translation>otras grafías, separadas por comas</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>for example: she/her</source>
        <translation>por ejemplo: ella</translation>
    </message>
    <message>
        <source>Birth date or year</source>
        <translation>Fecha o año de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or only the year</source>
        <translation>AAAA-MM-DD, o solo el año</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>for example: Arabic, English</source>
        <translation>por ejemplo: árabe, inglés</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Ciudadanías</translation>
    </message>
    <message>
        <source>two-letter codes: SY, TR</source>
        <translation>códigos de dos letras: SY, TR</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Safe way to contact</source>
        <translation>Forma segura de contacto</translation>
    </message>
    <message>
        <source>when and how it is safe to call</source>
        <translation>cuándo y cómo es seguro llamar</translation>
    </message>
    <message>
        <source>Flag: {flag}</source>
        <translation>Indicador: {flag}</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Province or state</source>
        <translation>Provincia o estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Immigration situation</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Notes on the immigration situation</source>
        <translation>Notas sobre la situación migratoria</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Estado del expediente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Situation notes</source>
        <translation>Notas sobre la situación</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Search names, other names and notes  (Ctrl+F)</source>
        <translation>Buscar nombres, otros nombres y notas  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro por responsable</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>De cualquiera</translation>
    </message>
    <message>
        <source>City filter</source>
        <translation>Filtro por ciudad</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Cualquier ciudad</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtro por indicador</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Cualquier indicador</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Number of clients found</source>
        <translation>Número de clientes encontrados</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No client matches. Try fewer words or clear the filters.</source>
        <translation>Ningún cliente coincide. Pruebe con menos palabras o quite los filtros.</translation>
    </message>
    <message>
        <source>No clients yet. Add one with New client (Ctrl+N).</source>
        <translation>Todavía no hay clientes. Agregue uno con Nuevo cliente (Ctrl+N).</translation>
    </message>
    <message>
        <source>More than {count} clients found</source>
        <translation>Más de {count} clientes encontrados</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n cliente encontrado</numerusform>
            <numerusform>%n clientes encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a caseworker or coordinator can add clients.</source>
        <translation>Solo un trabajador de casos o un coordinador puede agregar clientes.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Read each item to the person and tick only what they agree to share with &lt;b&gt;{partner}&lt;/b&gt;. Anything not ticked never leaves the casebook.</source>
        <translation>Lea cada punto a la persona y marque solo lo que acepta compartir con &lt;b&gt;{partner}&lt;/b&gt;. Nada de lo que no esté marcado sale del registro.</translation>
    </message>
    <message>
        <source>They agree to share</source>
        <translation>La persona acepta compartir</translation>
    </message>
    <message>
        <source>What the letter says about this referral</source>
        <translation>Lo que dice la carta sobre esta derivación</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Person who consented</source>
        <translation>Persona que dio su consentimiento</translation>
    </message>
    <message>
        <source>the client, or their parent, guardian or representative</source>
        <translation>el cliente, o su padre o madre, tutor o representante</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty until withdrawn</source>
        <translation>AAAA-MM-DD, o vacío hasta que se retire</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>Consent given &amp;by</source>
        <translation>Consentimiento dado p&amp;or</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>&amp;Válido hasta</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Registrar consentimiento</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>el consentimiento</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Comparte</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>{how} by {person}</source>
        <translation>{how} por {person}</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Registros de consentimiento</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirar consentimiento…</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>este socio</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>Record that the person withdrew consent to share with {partner}? Referrals that rely on it can no longer be sent.</source>
        <translation>¿Registrar que la persona retiró su consentimiento para compartir con {partner}? Las derivaciones que dependen de él ya no podrán enviarse.</translation>
    </message>
</context>
<context>
    <name>DeleteForGoodDialog</name>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>{what} will be deleted for good: the file, notes, household, referrals, consent records, follow-ups and attachments. The audit trail keeps only the number; the caseload report keeps its totals. Backups made before today still hold the data.

Type {word} to confirm.</source>
        <translation>{what} se eliminará definitivamente: el expediente, las notas, el hogar, las derivaciones, los consentimientos, los seguimientos y los archivos adjuntos. El registro de auditoría conserva solo el número; el informe de casos conserva sus totales. Las copias de seguridad hechas antes de hoy todavía contienen los datos.

Escriba {word} para confirmar.</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escriba {word} para confirmar</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Screening findings</source>
        <translation>Resultados de la evaluación</translation>
    </message>
    <message>
        <source>Findings appear here.</source>
        <translation>Los resultados aparecen aquí.</translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation>{question}: {answer}</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>el mismo día</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n día después</numerusform>
            <numerusform>%n días después</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>stateless (no citizenship)</source>
        <translation>apátrida (sin ciudadanía)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>FollowupsTab</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>&amp;Agregar seguimiento…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;hecho…</translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>Re&amp;programar…</translation>
    </message>
    <message>
        <source>Cance&amp;l follow-up…</source>
        <translation>Cance&amp;lar seguimiento…</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Agregar un seguimiento</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>for example: call about the hearing date</source>
        <translation>por ejemplo: llamar por la fecha de la audiencia</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
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
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>History of this file</source>
        <translation>Historial de este expediente</translation>
    </message>
    <message>
        <source>Every opening and change of this file, newest first. The trail is chained so it cannot be edited.</source>
        <translation>Cada apertura y cambio de este expediente, los más recientes primero. El registro está encadenado, así que no se puede modificar.</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Status in Canada</source>
        <translation>Estatus en Canadá</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>Personas del hogar</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Familiares en Canadá</translation>
    </message>
    <message>
        <source>Documents held (type and expiry only — never a number)</source>
        <translation>Documentos que tiene (solo tipo y vencimiento — nunca un número)</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Agregar persona…</translation>
    </message>
    <message>
        <source>Add relative…</source>
        <translation>Agregar familiar…</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Agregar documento…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add a person in the household</source>
        <translation>Agregar una persona del hogar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>for example: daughter</source>
        <translation>por ejemplo: hija</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Add a relative in Canada</source>
        <translation>Agregar un familiar en Canadá</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Parentesco</translation>
    </message>
    <message>
        <source>Screenings use the relationship, age and status to check the family exceptions.</source>
        <translation>Las evaluaciones usan el parentesco, la edad y el estatus para revisar las excepciones familiares.</translation>
    </message>
    <message>
        <source>Add a document held</source>
        <translation>Agregar un documento que tiene</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Record the type and expiry only; never the document number.</source>
        <translation>Registre solo el tipo y el vencimiento; nunca el número del documento.</translation>
    </message>
    <message>
        <source>Select a row to remove first.</source>
        <translation>Primero seleccione una fila para quitar.</translation>
    </message>
    <message>
        <source>Remove the selected row from this file?</source>
        <translation>¿Quitar la fila seleccionada de este expediente?</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <source>the new client</source>
        <translation>el nuevo cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Only a name is needed; everything else can wait until the person is ready to share it.</source>
        <translation>Solo se necesita un nombre; todo lo demás puede esperar a que la persona esté lista para compartirlo.</translation>
    </message>
    <message>
        <source>Someone with a similar name is already in the casebook. Is it the same person?</source>
        <translation>Ya hay alguien con un nombre parecido en el registro. ¿Es la misma persona?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Open this client instead</source>
        <translation>&amp;Abrir este cliente en su lugar</translation>
    </message>
    <message>
        <source>&amp;Save client</source>
        <translation>&amp;Guardar cliente</translation>
    </message>
    <message>
        <source>{name}{where}  ({percent} % alike)</source>
        <translation>{name}{where}  ({percent} % de parecido)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>Escriba una nota… (Ctrl+Intro la agrega)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Notas, las más recientes primero</translation>
    </message>
    <message>
        <source>the new note</source>
        <translation>la nueva nota</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What happened? (optional) — for example: partner called back, intake on Monday</source>
        <translation>¿Qué pasó? (opcional) — por ejemplo: el socio devolvió la llamada, admisión el lunes</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>el resultado</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>this profile</source>
        <translation>este perfil</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>&amp;Copy contact details</source>
        <translation>&amp;Copiar datos de contacto</translation>
    </message>
    <message>
        <source>Copies name, phone and safe contact; the clipboard is cleared after 30 seconds and when the casebook locks.</source>
        <translation>Copia el nombre, el teléfono y el contacto seguro; el portapapeles se vacía a los 30 segundos y cuando se bloquea el registro.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>Copied; the clipboard clears in 30 seconds.</source>
        <translation>Copiado; el portapapeles se vacía en 30 segundos.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>this screening</source>
        <translation>esta evaluación</translation>
    </message>
    <message>
        <source>Run a screening</source>
        <translation>Hacer una evaluación</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Language of the findings</source>
        <translation>Idioma de los resultados</translation>
    </message>
    <message>
        <source>The language the questions and findings are shown in, saved in and printed in.</source>
        <translation>El idioma en que se muestran, guardan e imprimen las preguntas y los resultados.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Save the screening first, then refer from its findings.</source>
        <translation>Primero guarde la evaluación; luego derive a partir de sus resultados.</translation>
    </message>
    <message>
        <source>&amp;Save screening</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Reglas:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Findings so far</source>
        <translation>Resultados hasta ahora</translation>
    </message>
    <message>
        <source>Started from the screening of {date} (version {version}). Check each answer: anything that changed since must be corrected.</source>
        <translation>Se partió de la evaluación del {date} (versión {version}). Revise cada respuesta: todo lo que haya cambiado desde entonces debe corregirse.</translation>
    </message>
    <message>
        <source>{question}: {problem}. Correct it, or clear it.</source>
        <translation>{question}: {problem}. Corríjala o bórrela.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>— choose a partner —</source>
        <translation>— elija un socio —</translation>
    </message>
    <message>
        <source>Show partners offering other services too</source>
        <translation>Mostrar también socios que ofrecen otros servicios</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What is asked of the partner</source>
        <translation>Lo que se pide al socio</translation>
    </message>
    <message>
        <source>for example: an appointment this week</source>
        <translation>por ejemplo: una cita esta semana</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>The reason and the request are printed in the letter only if the person agrees to share them when consent is recorded.</source>
        <translation>El motivo y la solicitud se imprimen en la carta solo si la persona acepta compartirlos cuando se registra el consentimiento.</translation>
    </message>
    <message>
        <source>No active partner offers this service. Tick the box to see all partners, or add one under Partners.</source>
        <translation>Ningún socio activo ofrece este servicio. Marque la casilla para ver todos los socios, o agregue uno en Socios.</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>S&amp;ocio</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>So&amp;licitud</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Idioma de la carta</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Crear borrador</translation>
    </message>
    <message>
        <source>the new referral</source>
        <translation>la nueva derivación</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>Historial de la derivación</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nueva derivación…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>Preview &amp;letter…</source>
        <translation>Vista previa de la &amp;carta…</translation>
    </message>
    <message>
        <source>Preview pac&amp;ket…</source>
        <translation>Vista previa del &amp;paquete…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marcar como &amp;enviada</translation>
    </message>
    <message>
        <source>After the letter or packet has gone to the partner: marks the referral sent and adds a follow-up to check the outcome (shown in Today).</source>
        <translation>Después de que la carta o el paquete llegó al socio: marca la derivación como enviada y agrega un seguimiento para revisar el resultado (se muestra en Hoy).</translation>
    </message>
    <message>
        <source>Move the referral to</source>
        <translation>Pasar la derivación a</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Nota sobre el cambio</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>nota (opcional)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Change to</source>
        <translation>Cambiar a</translation>
    </message>
    <message>
        <source>Partner&apos;s answer</source>
        <translation>Respuesta del socio</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>the note on the referral</source>
        <translation>la nota de la derivación</translation>
    </message>
    <message>
        <source>No referral selected.</source>
        <translation>No hay ninguna derivación seleccionada.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Todavía no hay derivaciones.</translation>
    </message>
    <message>
        <source>Start with New referral (or Refer from a screening&apos;s finding).</source>
        <translation>Empiece con Nueva derivación (o derive desde un resultado de una evaluación).</translation>
    </message>
    <message>
        <source>None recorded yet. The referral cannot be sent until the person&apos;s consent is recorded.</source>
        <translation>Todavía no hay ninguno registrado. La derivación no puede enviarse hasta que se registre el consentimiento de la persona.</translation>
    </message>
    <message>
        <source> — withdrawn</source>
        <translation> — retirado</translation>
    </message>
    <message>
        <source> — valid until {date}</source>
        <translation> — válido hasta el {date}</translation>
    </message>
    <message>
        <source>Record consent first: the letter shares only what the person agreed to.</source>
        <translation>Primero registre el consentimiento: la carta comparte solo lo que la persona aceptó.</translation>
    </message>
    <message>
        <source>Draft referral created. Record the person&apos;s consent next.</source>
        <translation>Se creó el borrador de derivación. Ahora registre el consentimiento de la persona.</translation>
    </message>
    <message>
        <source>Referral to {partner} for {service}</source>
        <translation>Derivación a {partner} para {service}</translation>
    </message>
    <message>
        <source>Consent recorded. Preview the letter or packet, send it, then mark the referral as sent.</source>
        <translation>Consentimiento registrado. Revise la carta o el paquete, envíelo y luego marque la derivación como enviada.</translation>
    </message>
    <message>
        <source>Referral is now {status}.</source>
        <translation>La derivación ahora está en estado: {status}.</translation>
    </message>
    <message>
        <source>Marked as sent to {partner}. A follow-up to check the outcome is due on {date} (in Today and under Follow-ups).</source>
        <translation>Marcada como enviada a {partner}. Un seguimiento para revisar el resultado vence el {date} (en Hoy y en Seguimientos).</translation>
    </message>
    <message>
        <source>Marked as sent to {partner}.</source>
        <translation>Marcada como enviada a {partner}.</translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Saved screenings</source>
        <translation>Evaluaciones guardadas</translation>
    </message>
    <message>
        <source>No screening yet. Run one with New screening; it opens prefilled from the profile, relatives and documents.</source>
        <translation>Todavía no hay evaluaciones. Haga una con Nueva evaluación; se abre con datos del perfil, los familiares y los documentos.</translation>
    </message>
    <message>
        <source>&amp;New screening…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Compare with current rules</source>
        <translation>&amp;Comparar con las reglas actuales</translation>
    </message>
    <message>
        <source>Run the same answers through the current version of the rules; the saved screening does not change.</source>
        <translation>Aplica las mismas respuestas a la versión actual de las reglas; la evaluación guardada no cambia.</translation>
    </message>
    <message>
        <source>Saved {date} under “{rules}”, version {version} (law current to {law}).</source>
        <translation>Guardada el {date} según «{rules}», versión {version} (leyes vigentes al {law}).</translation>
    </message>
    <message>
        <source>Shown in {language}, the language it was saved in.</source>
        <translation>Se muestra en {language}, el idioma en que se guardó.</translation>
    </message>
    <message>
        <source>Its letters and packets are printed in {language}.</source>
        <translation>Sus cartas y paquetes se imprimen en {language}.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Screening saved.</source>
        <translation>Evaluación guardada.</translation>
    </message>
    <message>
        <source>The current rules are the version this screening ran under.</source>
        <translation>Las reglas actuales son la versión con la que se hizo esta evaluación.</translation>
    </message>
    <message>
        <source>Under the current rules (version {version}) the findings are the same.</source>
        <translation>Con las reglas actuales (versión {version}) los resultados son los mismos.</translation>
    </message>
    <message>
        <source>{result} (was {before})</source>
        <translation>{result} (antes: {before})</translation>
    </message>
    <message>
        <source>Under the current rules (version {version}, instead of {before}) — result: {result}.</source>
        <translation>Con las reglas actuales (versión {version}, en lugar de {before}) — resultado: {result}.</translation>
    </message>
    <message>
        <source>Now also:</source>
        <translation>Ahora también:</translation>
    </message>
    <message>
        <source>No longer:</source>
        <translation>Ya no:</translation>
    </message>
    <message>
        <source>Consider running a new screening.</source>
        <translation>Considere hacer una nueva evaluación.</translation>
    </message>
</context>
<context>
    <name>TodayGroupModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de atraso</numerusform>
            <numerusform>%n días de atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Solo los &amp;míos</translation>
    </message>
    <message>
        <source>Show only follow-ups assigned to me</source>
        <translation>Mostrar solo los seguimientos asignados a mí</translation>
    </message>
    <message>
        <source>Follow-ups: {group}</source>
        <translation>Seguimientos: {group}</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;hecho…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>&amp;Cancel follow-up…</source>
        <translation>&amp;Cancelar seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>A&amp;brir cliente</translation>
    </message>
    <message>
        <source>Nothing is due this week. New follow-ups appear here when a referral is sent or one is added in a client file.</source>
        <translation>No hay nada pendiente esta semana. Los nuevos seguimientos aparecen aquí cuando se envía una derivación o se agrega uno en un expediente.</translation>
    </message>
    <message>
        <source>{group} ({n})</source>
        <translation>{group} ({n})</translation>
    </message>
    <message>
        <source>{group}: {n}</source>
        <translation>{group}: {n}</translation>
    </message>
    <message numerus="yes">
        <source>Start with the %n due today.</source>
        <translation>
            <numerusform>Empiece por el seguimiento de hoy.</numerusform>
            <numerusform>Empiece por los %n seguimientos de hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today: start with the overdue ones.</source>
        <translation>No hay nada para hoy: empiece por los atrasados.</translation>
    </message>
    <message>
        <source>Ask a caseworker or coordinator to move this follow-up to another day.</source>
        <translation>Pida a un trabajador de casos o a un coordinador que pase este seguimiento a otro día.</translation>
    </message>
</context>
<context>
    <name>clientfile.attachments_tab</name>
    <message>
        <source>Photo (JPEG)</source>
        <translation>Foto (JPEG)</translation>
    </message>
    <message>
        <source>Image (PNG)</source>
        <translation>Imagen (PNG)</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB.</source>
        <translation>{name} pesa más de {mb} MB.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Documentos y fotos (*.pdf *.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
</context>
<context>
    <name>clientfile.consent_dialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Safe way to contact</source>
        <translation>Forma segura de contacto</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Immigration situation</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Screening findings</source>
        <translation>Resultados de la evaluación</translation>
    </message>
    <message>
        <source>Vulnerabilities (flags)</source>
        <translation>Vulnerabilidades (indicadores)</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Familiares en Canadá</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documentos que tiene</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motivo de la derivación</translation>
    </message>
    <message>
        <source>What we are asking</source>
        <translation>Lo que pedimos</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
</context>
<context>
    <name>clientfile.consents_tab</name>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Retirado el {date}</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Válido hasta el {date}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
<context>
    <name>clientfile.delete_for_good</name>
    <message>
        <source>Delete for good…</source>
        <translation>Eliminar definitivamente…</translation>
    </message>
    <message>
        <source>Delete this client for good</source>
        <translation>Eliminar definitivamente este cliente</translation>
    </message>
    <message>
        <source>Client #{number}</source>
        <translation>Cliente n.º {number}</translation>
    </message>
</context>
<context>
    <name>clientfile.form_dialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>clientfile.history_tab</name>
    <message>
        <source>Opened the file</source>
        <translation>Abrió el expediente</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marcado como hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Eliminado definitivamente</translation>
    </message>
    <message>
        <source>Printed or shared</source>
        <translation>Impreso o compartido</translation>
    </message>
    <message>
        <source>Consent attached</source>
        <translation>Consentimiento vinculado</translation>
    </message>
    <message>
        <source>Consent detached</source>
        <translation>Consentimiento desvinculado</translation>
    </message>
    <message>
        <source>household member</source>
        <translation>miembro del hogar</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>derivación</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>familiar</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>Status → {status}</source>
        <translation>Estado → {status}</translation>
    </message>
</context>
<context>
    <name>clientfile.household</name>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation>18 años o más</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menor de 18 años</translation>
    </message>
    <message>
        <source>Permanent resident visa</source>
        <translation>Visa de residente permanente</translation>
    </message>
    <message>
        <source>eTA</source>
        <translation>eTA (autorización electrónica de viaje)</translation>
    </message>
    <message>
        <source>Travel document (IRPA 31(3))</source>
        <translation>Documento de viaje (IRPA 31(3))</translation>
    </message>
    <message>
        <source>Temporary travel document (IRPR 151)</source>
        <translation>Documento de viaje temporal (IRPR 151)</translation>
    </message>
    <message>
        <source>US work authorization</source>
        <translation>Autorización de trabajo de EE. UU.</translation>
    </message>
    <message>
        <source>US asylum receipt</source>
        <translation>Recibo de asilo de EE. UU.</translation>
    </message>
</context>
<context>
    <name>clientfile.questionnaire</name>
    <message>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
    <message>
        <source>not a date yet (use YYYY-MM-DD)</source>
        <translation>todavía no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“{code}” is not a two-letter country code</source>
        <translation>«{code}» no es un código de país de dos letras</translation>
    </message>
    <message>
        <source>“{code}” is not a country code (ISO 3166-1, e.g. GB, SY)</source>
        <translation>«{code}» no es un código de país (ISO 3166-1, p. ej., GB, SY)</translation>
    </message>
    <message>
        <source>“{typed}” read as {code} ({name})</source>
        <translation>«{typed}» leído como {code} ({name})</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>{question}: none</source>
        <translation>{question}: ninguno</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>dos letras, p. ej., US</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Código: {code}</translation>
    </message>
    <message>
        <source>two-letter codes separated by commas, e.g. SY, TR</source>
        <translation>códigos de dos letras separados por comas, p. ej., SY, TR</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Agregar una fila</translation>
    </message>
    <message>
        <source>Add to {question}</source>
        <translation>Agregar a {question}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <source>fill in every part of each row, or remove the row</source>
        <translation>complete cada parte de cada fila, o quite la fila</translation>
    </message>
</context>
<context>
    <name>clientfile.referrals_tab</name>
    <message>
        <source>Record the person&apos;s consent.</source>
        <translation>Registre el consentimiento de la persona.</translation>
    </message>
    <message>
        <source>Move it to Consent recorded (the consent is still attached).</source>
        <translation>Pásela a Consentimiento registrado (el consentimiento sigue vinculado).</translation>
    </message>
    <message>
        <source>Preview the letter or packet, print or save it for the partner, then Mark as sent.</source>
        <translation>Revise la carta o el paquete, imprímalo o guárdelo para el socio y luego Marcar como enviada.</translation>
    </message>
    <message>
        <source>Wait for the partner&apos;s answer; the follow-up is in Today.</source>
        <translation>Espere la respuesta del socio; el seguimiento está en Hoy.</translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>No queda nada por hacer.</translation>
    </message>
    <message>
        <source>Record the partner&apos;s answer when it comes.</source>
        <translation>Registre la respuesta del socio cuando llegue.</translation>
    </message>
</context>
<context>
    <name>clientfile.tabs</name>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentimiento</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seguimientos</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Hogar</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Derivaciones</translation>
    </message>
    <message>
        <source>&amp;Screenings</source>
        <translation>&amp;Evaluaciones</translation>
    </message>
</context>
<context>
    <name>clients.client_form</name>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Menor no acompañado</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>In the US, no status</source>
        <translation>En EE. UU., sin estatus</translation>
    </message>
    <message>
        <source>In the US, asylum claim pending</source>
        <translation>En EE. UU., solicitud de asilo pendiente</translation>
    </message>
    <message>
        <source>In the US, TPS</source>
        <translation>En EE. UU., TPS</translation>
    </message>
    <message>
        <source>In the US on a visa</source>
        <translation>En EE. UU. con visa</translation>
    </message>
    <message>
        <source>In the US, other status</source>
        <translation>En EE. UU., otro estatus</translation>
    </message>
    <message>
        <source>At the border</source>
        <translation>En la frontera</translation>
    </message>
    <message>
        <source>In Canada, refugee claimant</source>
        <translation>En Canadá, solicitante de refugio</translation>
    </message>
    <message>
        <source>In Canada, protected person</source>
        <translation>En Canadá, persona protegida</translation>
    </message>
    <message>
        <source>In Canada, permanent resident</source>
        <translation>En Canadá, residente permanente</translation>
    </message>
    <message>
        <source>In Canada, other status</source>
        <translation>En Canadá, otro estatus</translation>
    </message>
    <message>
        <source>Outside Canada and the US</source>
        <translation>Fuera de Canadá y EE. UU.</translation>
    </message>
</context>
<context>
    <name>rulepacks</name>
    <message>
        <source>Is a private sponsorship application ready?</source>
        <translation>¿Está lista una solicitud de patrocinio privado?</translation>
    </message>
    <message>
        <source>Who is sponsoring?</source>
        <translation>¿Quién patrocina?</translation>
    </message>
    <message>
        <source>A Group of Five, a Community Sponsor, or a Sponsorship Agreement Holder (SAH) or its constituent group.</source>
        <translation>Un Grupo de Cinco, un Patrocinador Comunitario, o un Titular de Acuerdo de Patrocinio (SAH) o su grupo constituyente.</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Date the application is or will be submitted</source>
        <translation>Fecha en que se presenta o se presentará la solicitud</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>Is the refugee outside every country of which they are a citizen?</source>
        <translation>¿Está la persona refugiada fuera de todos los países de los que es ciudadana?</translation>
    </message>
    <message>
        <source>IRPR 139(1)(a), 145, 147.</source>
        <translation>IRPR 139(1)(a), 145, 147 (Reglamento de Inmigración y Protección de Refugiados).</translation>
    </message>
    <message>
        <source>Outside every country of citizenship</source>
        <translation>Fuera de todos sus países de ciudadanía</translation>
    </message>
    <message>
        <source>Is the refugee in Canada?</source>
        <translation>¿Está la persona refugiada en Canadá?</translation>
    </message>
    <message>
        <source>People in Canada cannot be privately sponsored as refugees; they may be able to make a refugee claim.</source>
        <translation>Las personas que están en Canadá no pueden ser patrocinadas en forma privada como refugiadas; quizá puedan presentar una solicitud de refugio.</translation>
    </message>
    <message>
        <source>Refugee in Canada</source>
        <translation>Persona refugiada en Canadá</translation>
    </message>
    <message>
        <source>Country where the refugee lives now</source>
        <translation>País donde vive ahora la persona refugiada</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. KE.</source>
        <translation>Código de país de dos letras, p. ej., KE.</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <source>Does the refugee have a refugee status document from UNHCR or a foreign state?</source>
        <translation>¿Tiene la persona refugiada un documento de condición de refugiado del ACNUR o de un Estado extranjero?</translation>
    </message>
    <message>
        <source>Groups of Five and Community Sponsors need one (IRPR 153(1)(b)).</source>
        <translation>Los Grupos de Cinco y los Patrocinadores Comunitarios lo necesitan (IRPR 153(1)(b)).</translation>
    </message>
    <message>
        <source>Refugee status document</source>
        <translation>Documento de condición de refugiado</translation>
    </message>
    <message>
        <source>How many group members are 18 or over, citizens or permanent residents, and live in the community of settlement?</source>
        <translation>¿Cuántos miembros del grupo tienen 18 años o más, son ciudadanos o residentes permanentes y viven en la comunidad de asentamiento?</translation>
    </message>
    <message>
        <source>A Group of Five needs at least five (IRPR 138).</source>
        <translation>Un Grupo de Cinco necesita al menos cinco (IRPR 138).</translation>
    </message>
    <message>
        <source>Eligible group members</source>
        <translation>Miembros elegibles del grupo</translation>
    </message>
    <message>
        <source>How many people are sponsored (family size)?</source>
        <translation>¿Cuántas personas se patrocinan (tamaño de la familia)?</translation>
    </message>
    <message>
        <source>Everyone in the application, including children.</source>
        <translation>Todas las personas de la solicitud, incluidos los niños.</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>Tamaño de la familia</translation>
    </message>
    <message>
        <source>Funds committed by the sponsors (CAD)</source>
        <translation>Fondos comprometidos por los patrocinadores (CAD)</translation>
    </message>
    <message>
        <source>Cash and in-kind support for the 12 months of sponsorship.</source>
        <translation>Apoyo en efectivo y en especie para los 12 meses de patrocinio.</translation>
    </message>
    <message>
        <source>Funds committed</source>
        <translation>Fondos comprometidos</translation>
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
        <source>unsure</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>a Group of Five</source>
        <translation>un Grupo de Cinco</translation>
    </message>
    <message>
        <source>a Community Sponsor</source>
        <translation>un Patrocinador Comunitario</translation>
    </message>
    <message>
        <source>a Sponsorship Agreement Holder</source>
        <translation>un Titular de Acuerdo de Patrocinio</translation>
    </message>
    <message>
        <source>Can a refugee claim be made in Canada?</source>
        <translation>¿Se puede presentar una solicitud de refugio en Canadá?</translation>
    </message>
    <message>
        <source>Countries of citizenship</source>
        <translation>Países de ciudadanía</translation>
    </message>
    <message>
        <source>Two-letter country codes (e.g. SY, US). Leave the list empty for a stateless person.</source>
        <translation>Códigos de país de dos letras (p. ej., SY, US). Deje la lista vacía para una persona apátrida.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>Was the United States the person&apos;s country of former habitual residence?</source>
        <translation>¿Fue Estados Unidos el país de residencia habitual anterior de la persona?</translation>
    </message>
    <message>
        <source>Only for stateless people. If yes, the Safe Third Country Agreement does not apply.</source>
        <translation>Solo para personas apátridas. Si la respuesta es sí, no se aplica el Acuerdo de Tercer País Seguro.</translation>
    </message>
    <message>
        <source>Former habitual residence in the US</source>
        <translation>Residencia habitual anterior en EE. UU.</translation>
    </message>
    <message>
        <source>How did (or will) the person enter Canada?</source>
        <translation>¿Cómo entró (o entrará) la persona a Canadá?</translation>
    </message>
    <message>
        <source>A train examined at the border counts as a land port. Ferry landings count as marine ports.</source>
        <translation>Un tren inspeccionado en la frontera cuenta como puerto terrestre. Los embarcaderos de transbordador cuentan como puertos marítimos.</translation>
    </message>
    <message>
        <source>Way of entry</source>
        <translation>Forma de entrada</translation>
    </message>
    <message>
        <source>Is the person in transit through Canada while being removed from the United States?</source>
        <translation>¿Está la persona en tránsito por Canadá mientras es expulsada de Estados Unidos?</translation>
    </message>
    <message>
        <source>Only for arrivals at an airport (IRPR 159.4(2)).</source>
        <translation>Solo para llegadas a un aeropuerto (IRPR 159.4(2)).</translation>
    </message>
    <message>
        <source>In transit while removed from the US</source>
        <translation>En tránsito durante una expulsión de EE. UU.</translation>
    </message>
    <message>
        <source>Date of this entry to Canada (actual or planned)</source>
        <translation>Fecha de esta entrada a Canadá (real o prevista)</translation>
    </message>
    <message>
        <source>Date of entry</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <source>Date of the first entry to Canada after 24 June 2020</source>
        <translation>Fecha de la primera entrada a Canadá después del 24 de junio de 2020</translation>
    </message>
    <message>
        <source>Leave empty if it is this entry. A date on or before 24 June 2020 is not accepted — give the first entry after it. Leaving Canada and coming back does not restart the one-year clock.</source>
        <translation>Déjelo vacío si es esta entrada. No se acepta una fecha igual o anterior al 24 de junio de 2020: indique la primera entrada posterior. Salir de Canadá y volver no reinicia el plazo de un año.</translation>
    </message>
    <message>
        <source>First entry after 24 June 2020</source>
        <translation>Primera entrada después del 24 de junio de 2020</translation>
    </message>
    <message>
        <source>Date the refugee claim is or will be made</source>
        <translation>Fecha en que se presenta o se presentará la solicitud de refugio</translation>
    </message>
    <message>
        <source>YYYY-MM-DD. Several rules count days from the entry to this date.</source>
        <translation>AAAA-MM-DD. Varias reglas cuentan los días desde la entrada hasta esta fecha.</translation>
    </message>
    <message>
        <source>Date of the claim</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Used to know whether the person is under 18 on the claim date.</source>
        <translation>Sirve para saber si la persona es menor de 18 años en la fecha de la solicitud.</translation>
    </message>
    <message>
        <source>Is the child with their mother, father or legal guardian?</source>
        <translation>¿Está el niño o la niña con su madre, su padre o su tutor legal?</translation>
    </message>
    <message>
        <source>For people under 18 on the claim date (IRPR 159.5(e)).</source>
        <translation>Para personas menores de 18 años en la fecha de la solicitud (IRPR 159.5(e)).</translation>
    </message>
    <message>
        <source>Child with a parent or guardian</source>
        <translation>Menor con su padre, madre o tutor</translation>
    </message>
    <message>
        <source>Does the child have a spouse or common-law partner?</source>
        <translation>¿Tiene el niño o la niña cónyuge o pareja de hecho?</translation>
    </message>
    <message>
        <source>For people under 18 on the claim date.</source>
        <translation>Para personas menores de 18 años en la fecha de la solicitud.</translation>
    </message>
    <message>
        <source>Child has a spouse or partner</source>
        <translation>El menor tiene cónyuge o pareja</translation>
    </message>
    <message>
        <source>Is any mother, father or legal guardian of the child in Canada or the United States?</source>
        <translation>¿Está la madre, el padre o algún tutor legal del menor en Canadá o en Estados Unidos?</translation>
    </message>
    <message>
        <source>Parent or guardian in Canada or the US</source>
        <translation>Padre, madre o tutor en Canadá o EE. UU.</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Familiares en Canadá</translation>
    </message>
    <message>
        <source>For each relative, the relationship, whether they are 18 or over, and their status in Canada.</source>
        <translation>Para cada familiar: el parentesco, si tiene 18 años o más y su estatus en Canadá.</translation>
    </message>
    <message>
        <source>Documents the person holds</source>
        <translation>Documentos que tiene la persona</translation>
    </message>
    <message>
        <source>Canadian visas, permits and travel documents.</source>
        <translation>Visas, permisos y documentos de viaje canadienses.</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documentos que tiene</translation>
    </message>
    <message>
        <source>Can the person travel to Canada without a visa?</source>
        <translation>¿Puede la persona viajar a Canadá sin visa?</translation>
    </message>
    <message>
        <source>Because of their citizenship (IRPR 159.5(g)).</source>
        <translation>Por su ciudadanía (IRPR 159.5(g)).</translation>
    </message>
    <message>
        <source>No visa needed for Canada</source>
        <translation>No necesita visa para Canadá</translation>
    </message>
    <message>
        <source>Does the person need a visa to enter the United States?</source>
        <translation>¿Necesita la persona una visa para entrar a Estados Unidos?</translation>
    </message>
    <message>
        <source>Visa needed for the US</source>
        <translation>Necesita visa para EE. UU.</translation>
    </message>
    <message>
        <source>Is the person being returned to Canada after the US refused entry without deciding an asylum claim?</source>
        <translation>¿Se devuelve a la persona a Canadá después de que EE. UU. le negó la entrada sin decidir una solicitud de asilo?</translation>
    </message>
    <message>
        <source>An exception to the Safe Third Country Agreement whose citation is not confirmed; a lawyer must check it.</source>
        <translation>Una excepción al Acuerdo de Tercer País Seguro cuya referencia no está confirmada; debe revisarla un abogado.</translation>
    </message>
    <message>
        <source>Returned after a US refusal without a decision</source>
        <translation>Devuelta tras un rechazo de EE. UU. sin decisión</translation>
    </message>
    <message>
        <source>Is the person a Canadian permanent resident removed from the US to Canada?</source>
        <translation>¿Es la persona un residente permanente de Canadá expulsado de EE. UU. a Canadá?</translation>
    </message>
    <message>
        <source>Permanent resident removed from the US</source>
        <translation>Residente permanente expulsado de EE. UU.</translation>
    </message>
    <message>
        <source>Is the person charged with or convicted of an offence punishable by death, in the US or elsewhere?</source>
        <translation>¿Está la persona acusada o condenada por un delito castigado con la pena de muerte, en EE. UU. o en otro lugar?</translation>
    </message>
    <message>
        <source>IRPR 159.6.</source>
        <translation>IRPR 159.6 (Reglamento de Inmigración y Protección de Refugiados).</translation>
    </message>
    <message>
        <source>Offence punishable by death</source>
        <translation>Delito castigado con la pena de muerte</translation>
    </message>
    <message>
        <source>Earlier refugee or asylum claims</source>
        <translation>Solicitudes de refugio o asilo anteriores</translation>
    </message>
    <message>
        <source>Every earlier claim, in Canada or elsewhere, with its outcome. An empty list means none.</source>
        <translation>Cada solicitud anterior, en Canadá o en otro lugar, con su resultado. Una lista vacía significa ninguna.</translation>
    </message>
    <message>
        <source>Earlier claims</source>
        <translation>Solicitudes anteriores</translation>
    </message>
    <message>
        <source>Any convictions, or allegations of security concerns or war crimes?</source>
        <translation>¿Hay condenas, o denuncias de problemas de seguridad o crímenes de guerra?</translation>
    </message>
    <message>
        <source>Answer &quot;unsure&quot; rather than guess.</source>
        <translation>Responda «no se sabe» en lugar de adivinar.</translation>
    </message>
    <message>
        <source>Convictions or security concerns</source>
        <translation>Condenas o problemas de seguridad</translation>
    </message>
    <message>
        <source>Is there a removal order against the person in Canada?</source>
        <translation>¿Hay una orden de expulsión contra la persona en Canadá?</translation>
    </message>
    <message>
        <source>A claim cannot be made once a removal order is made (IRPA 99(3)).</source>
        <translation>No se puede presentar una solicitud una vez dictada una orden de expulsión (IRPA 99(3)).</translation>
    </message>
    <message>
        <source>Removal order in Canada</source>
        <translation>Orden de expulsión en Canadá</translation>
    </message>
    <message>
        <source>at a land port of entry</source>
        <translation>por un puerto de entrada terrestre</translation>
    </message>
    <message>
        <source>between ports of entry</source>
        <translation>entre puertos de entrada</translation>
    </message>
    <message>
        <source>at an airport</source>
        <translation>por un aeropuerto</translation>
    </message>
    <message>
        <source>at a marine port or ferry landing</source>
        <translation>por un puerto marítimo o embarcadero de transbordador</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>acusada</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>condenada</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>cónyuge</translation>
    </message>
    <message>
        <source>common-law partner</source>
        <translation>pareja de hecho</translation>
    </message>
    <message>
        <source>legal guardian</source>
        <translation>tutor legal</translation>
    </message>
    <message>
        <source>child</source>
        <translation>hijo o hija</translation>
    </message>
    <message>
        <source>father</source>
        <translation>padre</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>madre</translation>
    </message>
    <message>
        <source>brother</source>
        <translation>hermano</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>hermana</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>abuelo</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>abuela</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>nieto o nieta</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>tío</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>tía</translation>
    </message>
    <message>
        <source>nephew</source>
        <translation>sobrino</translation>
    </message>
    <message>
        <source>niece</source>
        <translation>sobrina</translation>
    </message>
    <message>
        <source>cousin</source>
        <translation>primo o prima</translation>
    </message>
    <message>
        <source>in-law</source>
        <translation>familia política</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amigo o amiga</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>half-brother or half-sister</source>
        <translation>medio hermano o media hermana</translation>
    </message>
    <message>
        <source>step-parent</source>
        <translation>padrastro o madrastra</translation>
    </message>
    <message>
        <source>step-brother or step-sister</source>
        <translation>hermanastro o hermanastra</translation>
    </message>
    <message>
        <source>stepchild</source>
        <translation>hijastro o hijastra</translation>
    </message>
    <message>
        <source>Canadian citizen</source>
        <translation>ciudadano canadiense</translation>
    </message>
    <message>
        <source>permanent resident</source>
        <translation>residente permanente</translation>
    </message>
    <message>
        <source>protected person</source>
        <translation>persona protegida</translation>
    </message>
    <message>
        <source>removal order stayed</source>
        <translation>orden de expulsión suspendida</translation>
    </message>
    <message>
        <source>refugee claim referred to the IRB</source>
        <translation>solicitud de refugio remitida a la IRB</translation>
    </message>
    <message>
        <source>refugee claim ended</source>
        <translation>solicitud de refugio terminada</translation>
    </message>
    <message>
        <source>work permit</source>
        <translation>permiso de trabajo</translation>
    </message>
    <message>
        <source>work permit that does not count (IRPR 206(b) or 209)</source>
        <translation>permiso de trabajo que no cuenta (IRPR 206(b) o 209)</translation>
    </message>
    <message>
        <source>study permit</source>
        <translation>permiso de estudios</translation>
    </message>
    <message>
        <source>study permit no longer valid</source>
        <translation>permiso de estudios ya no válido</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitante</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sin estatus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>permanent resident visa</source>
        <translation>visa de residente permanente</translation>
    </message>
    <message>
        <source>temporary resident visa</source>
        <translation>visa de residente temporal</translation>
    </message>
    <message>
        <source>temporary resident permit</source>
        <translation>permiso de residencia temporal</translation>
    </message>
    <message>
        <source>travel document (IRPA 31(3))</source>
        <translation>documento de viaje (IRPA 31(3))</translation>
    </message>
    <message>
        <source>refugee travel document</source>
        <translation>documento de viaje para refugiados</translation>
    </message>
    <message>
        <source>temporary travel document (IRPR 151)</source>
        <translation>documento de viaje temporal (IRPR 151)</translation>
    </message>
    <message>
        <source>transit visa</source>
        <translation>visa de tránsito</translation>
    </message>
    <message>
        <source>electronic travel authorization (eTA)</source>
        <translation>autorización electrónica de viaje (eTA)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>found ineligible</source>
        <translation>declarada inadmisible</translation>
    </message>
    <message>
        <source>18 or over</source>
        <translation>18 años o más</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>menor de 18 años</translation>
    </message>
    <message>
        <source>IRCC is not accepting new applications from Groups of Five or Community Sponsors from {psr_pause_from} to {psr_pause_until}. Ask a Sponsorship Agreement Holder whether it can take the case.</source>
        <translation>IRCC no acepta nuevas solicitudes de Grupos de Cinco ni de Patrocinadores Comunitarios del {psr_pause_from} al {psr_pause_until}. Pregunte a un Titular de Acuerdo de Patrocinio si puede tomar el caso.</translation>
    </message>
    <message>
        <source>A Group of Five or Community Sponsor can only sponsor a refugee recognised by UNHCR or a foreign state; get the refugee status document first, or work with a Sponsorship Agreement Holder.</source>
        <translation>Un Grupo de Cinco o un Patrocinador Comunitario solo puede patrocinar a una persona reconocida como refugiada por el ACNUR o por un Estado extranjero; obtenga primero el documento de condición de refugiado, o trabaje con un Titular de Acuerdo de Patrocinio.</translation>
    </message>
    <message>
        <source>The refugee must be outside every country of citizenship and outside Canada to be sponsored. Someone in Canada may be able to make a refugee claim instead.</source>
        <translation>Para ser patrocinada, la persona refugiada debe estar fuera de todos sus países de ciudadanía y fuera de Canadá. Alguien que está en Canadá quizá pueda presentar una solicitud de refugio.</translation>
    </message>
    <message>
        <source>A Group of Five needs at least {g5_minimum_members} members aged 18 or over who are citizens or permanent residents living in the community of settlement; this group has {eligible_group_members}.</source>
        <translation>Un Grupo de Cinco necesita al menos {g5_minimum_members} miembros de 18 años o más, ciudadanos o residentes permanentes, que vivan en la comunidad de asentamiento; este grupo tiene {eligible_group_members}.</translation>
    </message>
    <message>
        <source>The refugee lives in the United States, so an officer may find another durable solution is reasonably available there. Get advice before applying.</source>
        <translation>La persona refugiada vive en Estados Unidos, así que un funcionario podría considerar que allí tiene razonablemente otra solución duradera. Pida asesoría antes de presentar la solicitud.</translation>
    </message>
    <message>
        <source>For {family_size} person(s), sponsors must show about {cost_row.total:money} for 12 months: {cost_row.income_support:money} income support and {cost_row.start_up:money} start-up costs (IRCC cost table of {tables.psr_costs.date}). Sponsors are jointly responsible, for up to 36 months if required.</source>
        <translation>Para {family_size} persona(s), los patrocinadores deben demostrar unos {cost_row.total:money} para 12 meses: {cost_row.income_support:money} de apoyo de ingresos y {cost_row.start_up:money} de gastos de instalación (tabla de costos de IRCC del {tables.psr_costs.date}). Los patrocinadores son responsables solidariamente, hasta 36 meses si se exige.</translation>
    </message>
    <message>
        <source>The funds committed ({funds_committed:money}) are below the {cost_row.total:money} the cost table asks for.</source>
        <translation>Los fondos comprometidos ({funds_committed:money}) están por debajo de los {cost_row.total:money} que pide la tabla de costos.</translation>
    </message>
    <message>
        <source>Some answers that decide the outcome are missing or unsure: {unresolved:questions}. Find them out before relying on this screening.</source>
        <translation>Faltan respuestas que deciden el resultado o no se saben: {unresolved:questions}. Averígüelas antes de confiar en esta evaluación.</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement does not apply to US citizens (for them the United States is not a country other than their own).</source>
        <translation>El Acuerdo de Tercer País Seguro no se aplica a ciudadanos de EE. UU. (para ellos Estados Unidos no es un país distinto del suyo).</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement does not apply to a stateless person whose former habitual residence is the United States.</source>
        <translation>El Acuerdo de Tercer País Seguro no se aplica a una persona apátrida cuya residencia habitual anterior es Estados Unidos.</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement does not apply to this way or time of entry (airports other than removal transit, marine ports, inland claims after a land-port entry, and claims 14 days or more after entering between ports or entries before 25 March 2023).</source>
        <translation>El Acuerdo de Tercer País Seguro no se aplica a esta forma o momento de entrada (aeropuertos salvo tránsito por expulsión, puertos marítimos, solicitudes en el interior después de entrar por un puerto terrestre, y solicitudes presentadas 14 días o más después de entrar entre puertos, o entradas anteriores al 25 de marzo de 2023).</translation>
    </message>
    <message>
        <source>Exception likely — a family member in Canada is a Canadian citizen. Bring proof of the relationship and of their citizenship.</source>
        <translation>Excepción probable: un familiar en Canadá es ciudadano canadiense. Lleve pruebas del parentesco y de su ciudadanía.</translation>
    </message>
    <message>
        <source>Exception likely — a family member in Canada is a permanent resident, a protected person, or has a stayed removal order. Bring proof of the relationship and of their status.</source>
        <translation>Excepción probable: un familiar en Canadá es residente permanente, persona protegida o tiene una orden de expulsión suspendida. Lleve pruebas del parentesco y de su estatus.</translation>
    </message>
    <message>
        <source>Exception likely — an adult family member has a refugee claim referred to the IRB that is still open.</source>
        <translation>Excepción probable: un familiar adulto tiene una solicitud de refugio remitida a la IRB que sigue abierta.</translation>
    </message>
    <message>
        <source>Exception likely — an adult family member holds a valid work or study permit in Canada.</source>
        <translation>Excepción probable: un familiar adulto tiene un permiso de trabajo o de estudios válido en Canadá.</translation>
    </message>
    <message>
        <source>Exception likely — an unaccompanied minor with no spouse and no parent or legal guardian in Canada or the United States.</source>
        <translation>Excepción probable: un menor no acompañado, sin cónyuge y sin padre, madre ni tutor legal en Canadá ni en Estados Unidos.</translation>
    </message>
    <message>
        <source>Exception likely — the person holds a Canadian visa, permit or travel document that counts (a transit visa or an eTA does not).</source>
        <translation>Excepción probable: la persona tiene una visa, un permiso o un documento de viaje canadiense que cuenta (una visa de tránsito o una eTA no cuenta).</translation>
    </message>
    <message>
        <source>Exception likely — the person needs no visa for Canada but needs one for the United States.</source>
        <translation>Excepción probable: la persona no necesita visa para Canadá pero sí para Estados Unidos.</translation>
    </message>
    <message>
        <source>Exception likely — the person was returned from the United States without a decision on an asylum claim, or is a permanent resident removed from the US.</source>
        <translation>Excepción probable: la persona fue devuelta desde Estados Unidos sin una decisión sobre una solicitud de asilo, o es un residente permanente expulsado de EE. UU.</translation>
    </message>
    <message>
        <source>Exception likely — the person is charged with or convicted of an offence punishable by death. Get legal help now.</source>
        <translation>Excepción probable: la persona está acusada o condenada por un delito castigado con la pena de muerte. Busque ayuda legal ahora.</translation>
    </message>
    <message>
        <source>The Safe Third Country Agreement applies and no exception was found. The person is likely to be returned to the United States at the border, with no pre-removal risk assessment. Get legal help before the claim is made.</source>
        <translation>Se aplica el Acuerdo de Tercer País Seguro y no se encontró ninguna excepción. Es probable que la persona sea devuelta a Estados Unidos en la frontera, sin evaluación de riesgos previa a la expulsión. Busque ayuda legal antes de presentar la solicitud.</translation>
    </message>
    <message>
        <source>A refugee claim was already accepted in Canada; a new claim is not eligible.</source>
        <translation>Ya se aceptó una solicitud de refugio en Canadá; una nueva solicitud no es admisible.</translation>
    </message>
    <message>
        <source>A refugee claim was rejected in Canada; a new claim is not eligible. A pre-removal risk assessment is possible only 12 months after the last decision.</source>
        <translation>Se rechazó una solicitud de refugio en Canadá; una nueva solicitud no es admisible. Una evaluación de riesgos previa a la expulsión solo es posible 12 meses después de la última decisión.</translation>
    </message>
    <message>
        <source>The claim would be made more than one year after the first entry to Canada after 24 June 2020 (last day within the year — {one_year_limit}). Leaving and re-entering does not restart the clock.</source>
        <translation>La solicitud se presentaría más de un año después de la primera entrada a Canadá posterior al 24 de junio de 2020 (último día dentro del año: {one_year_limit}). Salir y volver a entrar no reinicia el plazo.</translation>
    </message>
    <message>
        <source>The person entered between ports of entry and the claim is made 14 days or more after that entry ({d} days).</source>
        <translation>La persona entró entre puertos de entrada y la solicitud se presenta 14 días o más después de esa entrada ({d} días).</translation>
    </message>
    <message>
        <source>An earlier claim in Canada was found ineligible, withdrawn or abandoned; a new claim is not eligible.</source>
        <translation>Una solicitud anterior en Canadá fue declarada inadmisible, retirada o abandonada; una nueva solicitud no es admisible.</translation>
    </message>
    <message>
        <source>An earlier claim was made in the United States, the United Kingdom, Australia or New Zealand (whatever its outcome); the claim is not eligible for the IRB.</source>
        <translation>Se presentó una solicitud anterior en Estados Unidos, el Reino Unido, Australia o Nueva Zelanda (cualquiera que haya sido su resultado); la solicitud no es admisible ante la IRB.</translation>
    </message>
    <message>
        <source>The person was recognised as a refugee in another country and can likely be returned there; the claim is not eligible.</source>
        <translation>La persona fue reconocida como refugiada en otro país y probablemente pueda ser devuelta allí; la solicitud no es admisible.</translation>
    </message>
    <message>
        <source>A removal order has been made against the person in Canada; a refugee claim can no longer be made.</source>
        <translation>Se dictó una orden de expulsión contra la persona en Canadá; ya no se puede presentar una solicitud de refugio.</translation>
    </message>
    <message>
        <source>A pre-removal risk assessment (PRRA) should be available. Apply within 15 days of the notice (22 days if it was mailed); written submissions can be sent until day 30.</source>
        <translation>Debería estar disponible una evaluación de riesgos previa a la expulsión (PRRA). Preséntela dentro de los 15 días siguientes al aviso (22 días si se envió por correo); se pueden enviar observaciones escritas hasta el día 30.</translation>
    </message>
    <message>
        <source>A pre-removal risk assessment (PRRA) is possible only 12 months after the last decision on the earlier claim (IRPA 112(2)(b.1)). Once it is possible, apply within 15 days of the notice (22 days if it was mailed); written submissions can be sent until day 30.</source>
        <translation>Una evaluación de riesgos previa a la expulsión (PRRA) solo es posible 12 meses después de la última decisión sobre la solicitud anterior (IRPA 112(2)(b.1)). Cuando sea posible, preséntela dentro de los 15 días siguientes al aviso (22 días si se envió por correo); se pueden enviar observaciones escritas hasta el día 30.</translation>
    </message>
    <message>
        <source>The only bar is an earlier claim in the US, UK, Australia or New Zealand, so the risk assessment includes a hearing.</source>
        <translation>El único impedimento es una solicitud anterior en EE. UU., el Reino Unido, Australia o Nueva Zelanda, así que la evaluación de riesgos incluye una audiencia.</translation>
    </message>
    <message>
        <source>A US citizen can make a refugee claim, but claims rarely succeed because state protection is presumed. Also look at Express Entry, family sponsorship, work and study permits, and provincial nominee programs.</source>
        <translation>Un ciudadano de EE. UU. puede presentar una solicitud de refugio, pero rara vez prospera porque se presume la protección del Estado. Considere también Express Entry, el patrocinio familiar, los permisos de trabajo y de estudios y los programas de nominación provincial.</translation>
    </message>
    <message>
        <source>The person is under 18 ({age}) on the claim date. The IRB must name a designated representative; detention is a last resort; consider a child-welfare referral.</source>
        <translation>La persona es menor de 18 años ({age}) en la fecha de la solicitud. La IRB debe nombrar un representante designado; la detención es el último recurso; considere una derivación a protección infantil.</translation>
    </message>
    <message>
        <source>The dates are decisive here (14 days after entering between ports, or one year after the first entry). Get legal advice now.</source>
        <translation>Las fechas son decisivas aquí (14 días después de entrar entre puertos, o un año después de la primera entrada). Pida asesoría legal ahora.</translation>
    </message>
    <message>
        <source>A relative&apos;s relationship (half- or step-family) is unclear in law, or a family member&apos;s status in Canada is unknown; either may still give an exception. Check with a lawyer.</source>
        <translation>El parentesco de un familiar (medio hermano o familia por matrimonio) no está claro en la ley, o se desconoce el estatus de un familiar en Canadá; cualquiera de los dos podría dar una excepción. Consúltelo con un abogado.</translation>
    </message>
    <message>
        <source>The person holds a study or work permit but none of the documents that give an exception. Check whether a visa or other document was issued with the permit.</source>
        <translation>La persona tiene un permiso de estudios o de trabajo, pero ninguno de los documentos que dan una excepción. Revise si se emitió una visa u otro documento junto con el permiso.</translation>
    </message>
    <message>
        <source>Criminality, security or war-crimes concerns can make the claim ineligible. A lawyer must review this.</source>
        <translation>Los antecedentes penales, los problemas de seguridad o los crímenes de guerra pueden hacer que la solicitud no sea admisible. Debe revisarlo un abogado.</translation>
    </message>
    <message>
        <source>The law leaves this point open — whether the death-penalty exception covers an entry between ports, and it is the only exception here. A lawyer must confirm it.</source>
        <translation>La ley deja abierta esta cuestión: si la excepción por pena de muerte cubre una entrada entre puertos, y es la única excepción aquí. Debe confirmarlo un abogado.</translation>
    </message>
    <message>
        <source>The exception for people returned from the United States could not be confirmed in the consolidated regulations. A lawyer must confirm it before anyone relies on it.</source>
        <translation>No se pudo confirmar en el reglamento consolidado la excepción para personas devueltas desde Estados Unidos. Un abogado debe confirmarla antes de que alguien se base en ella.</translation>
    </message>
    <message>
        <source>The law leaves this point open — whether the 14-day bar for entries between ports applies to a US citizen. A lawyer must confirm it.</source>
        <translation>La ley deja abierta esta cuestión: si el impedimento de 14 días para entradas entre puertos se aplica a un ciudadano de EE. UU. Debe confirmarlo un abogado.</translation>
    </message>
</context>
<context>
    <name>today.actions</name>
    <message>
        <source>A volunteer can only update follow-ups assigned to them.</source>
        <translation>Un voluntario solo puede actualizar los seguimientos que tiene asignados.</translation>
    </message>
    <message>
        <source>Marked done: {title}.</source>
        <translation>Marcado como hecho: {title}.</translation>
    </message>
    <message>
        <source>Reschedule follow-up</source>
        <translation>Reprogramar seguimiento</translation>
    </message>
    <message>
        <source>&amp;New date</source>
        <translation>&amp;Nueva fecha</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reprogramar</translation>
    </message>
    <message>
        <source>Rescheduled to {date}: {title}.</source>
        <translation>Reprogramado para el {date}: {title}.</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Cancelar seguimiento</translation>
    </message>
    <message>
        <source>&amp;Why (optional)</source>
        <translation>&amp;Por qué (opcional)</translation>
    </message>
    <message>
        <source>for example: the partner closed the case</source>
        <translation>por ejemplo: el socio cerró el caso</translation>
    </message>
    <message>
        <source>Cancel &amp;follow-up</source>
        <translation>Cancelar &amp;seguimiento</translation>
    </message>
    <message>
        <source>Cancelled: {title}.</source>
        <translation>Cancelado: {title}.</translation>
    </message>
</context>
<context>
    <name>today.page</name>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>No hay nada para hoy.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada atrasado.</translation>
    </message>
    <message>
        <source>Nothing else is due in the next seven days.</source>
        <translation>No hay nada más en los próximos siete días.</translation>
    </message>
</context>
</TS>
