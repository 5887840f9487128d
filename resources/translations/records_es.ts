<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>Correct the arrival date</source>
        <translation>Corregir la fecha de llegada</translation>
    </message>
    <message>
        <source>Mark the arrival</source>
        <translation>Registrar la llegada</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Fecha de llegada</translation>
    </message>
    <message>
        <source>Who checks in</source>
        <translation>Quién hace los seguimientos</translation>
    </message>
    <message>
        <source>The sponsorship&apos;s lead</source>
        <translation>La persona responsable del patrocinio</translation>
    </message>
    <message>
        <source>Only members with a casebook account can receive check-ins</source>
        <translation>Solo los miembros con una cuenta en el registro pueden recibir seguimientos</translation>
    </message>
    <message>
        <source>The support period starts on this day. A check-in is due every month until it ends; correcting the date moves the open check-ins.</source>
        <translation>El período de apoyo comienza ese día. Hay un seguimiento cada mes hasta que termine; corregir la fecha mueve los seguimientos abiertos.</translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation>&amp;Llegó el:</translation>
    </message>
    <message>
        <source>&amp;Check-ins by:</source>
        <translation>&amp;Seguimientos por:</translation>
    </message>
    <message>
        <source>the arrival date</source>
        <translation>la fecha de llegada</translation>
    </message>
</context>
<context>
    <name>AttachmentsPart</name>
    <message>
        <source>Add file…</source>
        <translation>Agregar archivo…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
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
        <source>PDF, JPEG, PNG or HEIC files, stored encrypted inside the casebook.</source>
        <translation>Archivos PDF, JPEG, PNG o HEIC, guardados cifrados dentro del registro.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar el adjunto</translation>
    </message>
    <message>
        <source>Remove {name} from the casebook? It cannot be brought back except from a backup.</source>
        <translation>¿Quitar {name} del registro? Solo podrá recuperarse desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>BudgetPart</name>
    <message>
        <source>Set family si&amp;ze…</source>
        <translation>&amp;Tamaño de la familia…</translation>
    </message>
    <message>
        <source>Committed as a share of what is required</source>
        <translation>Parte comprometida de lo requerido</translation>
    </message>
    <message>
        <source>%p% of the requirement committed</source>
        <translation>Comprometido: %p % de lo requerido</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>after arrival</source>
        <translation>tras la llegada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Monthly income-support schedule</source>
        <translation>Calendario mensual de apoyo a los ingresos</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>Comprometido por</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Comprometido el</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Compromisos de aporte</translation>
    </message>
    <message>
        <source>Record &amp;pledge…</source>
        <translation>Nuevo &amp;compromiso…</translation>
    </message>
    <message>
        <source>Mark recei&amp;ved</source>
        <translation>Marcar &amp;recibido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Desembolsos</translation>
    </message>
    <message>
        <source>Record &amp;disbursement…</source>
        <translation>Nuevo &amp;desembolso…</translation>
    </message>
    <message>
        <source>Pledges and funds committed</source>
        <translation>Compromisos de aporte</translation>
    </message>
    <message>
        <source>Monthly income support</source>
        <translation>Apoyo mensual a los ingresos</translation>
    </message>
    <message>
        <source>no family size yet</source>
        <translation>aún sin tamaño de familia</translation>
    </message>
    <message>
        <source>a family of {n} (set by a coordinator)</source>
        <translation>una familia de {n} (fijado por una persona coordinadora)</translation>
    </message>
    <message>
        <source>a family of {n} (the linked clients)</source>
        <translation>una familia de {n} (los clientes vinculados)</translation>
    </message>
    <message numerus="yes">
        <source>Cost table of &lt;b&gt;{date}&lt;/b&gt; · {size} · support period of %n month(s)</source>
        <translation>
            <numerusform>Tabla de costos del &lt;b&gt;{date}&lt;/b&gt; · {size} · período de apoyo de %n mes</numerusform>
            <numerusform>Tabla de costos del &lt;b&gt;{date}&lt;/b&gt; · {size} · período de apoyo de %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>start-up {amount} + income support</source>
        <translation>instalación {amount} + apoyo a los ingresos</translation>
    </message>
    <message>
        <source>needs the family size</source>
        <translation>se necesita el tamaño de la familia</translation>
    </message>
    <message numerus="yes">
        <source>%n pledge(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} still to come</source>
        <translation>{amount} aún por recibir</translation>
    </message>
    <message>
        <source>{amount} committed, not yet paid</source>
        <translation>{amount} comprometido, aún no pagado</translation>
    </message>
    <message>
        <source>Committed funds are {short} short of the {required} required.</source>
        <translation>A los fondos comprometidos les faltan {short} para llegar a los {required} requeridos.</translation>
    </message>
    <message>
        <source>Pledge recorded.</source>
        <translation>Compromiso registrado.</translation>
    </message>
    <message>
        <source>Pledge marked received.</source>
        <translation>Compromiso marcado como recibido.</translation>
    </message>
    <message>
        <source>Remove pledge</source>
        <translation>Quitar el compromiso</translation>
    </message>
    <message>
        <source>Remove the pledge of {amount} by {pledger}?</source>
        <translation>¿Quitar el compromiso de {amount} de {pledger}?</translation>
    </message>
    <message>
        <source>Pledge removed.</source>
        <translation>Compromiso quitado.</translation>
    </message>
    <message>
        <source>Disbursement recorded.</source>
        <translation>Desembolso registrado.</translation>
    </message>
    <message>
        <source>Remove disbursement</source>
        <translation>Quitar el desembolso</translation>
    </message>
    <message>
        <source>Remove the disbursement of {amount} paid on {date}?</source>
        <translation>¿Quitar el desembolso de {amount} pagado el {date}?</translation>
    </message>
    <message>
        <source>Disbursement removed.</source>
        <translation>Desembolso quitado.</translation>
    </message>
    <message>
        <source>Family size for the budget saved.</source>
        <translation>Tamaño de la familia para el presupuesto guardado.</translation>
    </message>
</context>
<context>
    <name>CheckinsPart</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Monthly check-ins</source>
        <translation>Seguimientos mensuales</translation>
    </message>
    <message>
        <source>Mark &amp;arrival…</source>
        <translation>Registrar &amp;llegada…</translation>
    </message>
    <message>
        <source>&amp;Extend period…</source>
        <translation>&amp;Extender el período…</translation>
    </message>
    <message>
        <source>Check-in &amp;done…</source>
        <translation>Seguimiento &amp;hecho…</translation>
    </message>
    <message numerus="yes">
        <source>Arrived &lt;b&gt;{date}&lt;/b&gt; · support period of %n month(s), to &lt;b&gt;{end}&lt;/b&gt; · {done} of {total} check-ins done</source>
        <translation>
            <numerusform>Llegó el &lt;b&gt;{date}&lt;/b&gt; · período de apoyo de %n mes, hasta el &lt;b&gt;{end}&lt;/b&gt; · {done} de {total} seguimientos hechos</numerusform>
            <numerusform>Llegó el &lt;b&gt;{date}&lt;/b&gt; · período de apoyo de %n meses, hasta el &lt;b&gt;{end}&lt;/b&gt; · {done} de {total} seguimientos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct &amp;arrival…</source>
        <translation>Corregir &amp;llegada…</translation>
    </message>
    <message numerus="yes">
        <source>The family has not arrived yet. Mark the arrival once the sponsorship is approved and the family has landed; monthly check-ins follow for %n month(s).</source>
        <translation>
            <numerusform>La familia aún no ha llegado. Registre la llegada cuando el patrocinio esté aprobado y la familia haya llegado; siguen seguimientos mensuales durante %n mes.</numerusform>
            <numerusform>La familia aún no ha llegado. Registre la llegada cuando el patrocinio esté aprobado y la familia haya llegado; siguen seguimientos mensuales durante %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival recorded; monthly check-ins are in Today as they fall due.</source>
        <translation>Llegada registrada; los seguimientos mensuales aparecen en Hoy a medida que vencen.</translation>
    </message>
    <message numerus="yes">
        <source>Support period extended to %n month(s).</source>
        <translation>
            <numerusform>Período de apoyo extendido a %n mes.</numerusform>
            <numerusform>Período de apoyo extendido a %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly check-in {month}</source>
        <translation>Seguimiento mensual {month}</translation>
    </message>
    <message>
        <source>Check-in marked done.</source>
        <translation>Seguimiento marcado como hecho.</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Add a family member</source>
        <translation>Agregar un familiar</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
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
        <source>Matching clients</source>
        <translation>Clientes que coinciden</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>principal applicant, spouse, child…</source>
        <translation>solicitante principal, cónyuge, hijo…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>&amp;Add to family</source>
        <translation>&amp;Agregar a la familia</translation>
    </message>
    <message>
        <source>the family member</source>
        <translation>el familiar</translation>
    </message>
    <message>
        <source>Choose a client from the list (search by name).</source>
        <translation>Elija un cliente de la lista (busque por nombre).</translation>
    </message>
</context>
<context>
    <name>DisbursementDialog</name>
    <message>
        <source>Record a disbursement</source>
        <translation>Registrar un desembolso</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>Para qué fue</translation>
    </message>
    <message>
        <source>Rent and food, month 1</source>
        <translation>Alquiler y comida, mes 1</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <source>Treasurer, group account…</source>
        <translation>Tesorero, cuenta del grupo…</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Pagado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Amount ($):</source>
        <translation>&amp;Monto ($):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>&amp;Pagado por:</translation>
    </message>
    <message>
        <source>the disbursement</source>
        <translation>el desembolso</translation>
    </message>
</context>
<context>
    <name>DutiesPart</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message>
        <source>Settlement-plan duties</source>
        <translation>Tareas del plan de asentamiento</translation>
    </message>
    <message>
        <source>&amp;Add duty…</source>
        <translation>&amp;Agregar tarea…</translation>
    </message>
    <message>
        <source>Reassi&amp;gn…</source>
        <translation>Reasi&amp;gnar…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar &amp;hecha…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>{open} open of {total} · each duty is a follow-up in its member&apos;s Today view</source>
        <translation>{open} abiertas de {total} · cada tarea es un seguimiento en la vista Hoy de su miembro</translation>
    </message>
    <message>
        <source>Only the duties assigned to you are shown ({open} open).</source>
        <translation>Solo se muestran las tareas asignadas a usted ({open} abiertas).</translation>
    </message>
    <message>
        <source>Duty added to the settlement plan.</source>
        <translation>Tarea agregada al plan de asentamiento.</translation>
    </message>
    <message>
        <source>Duty reassigned.</source>
        <translation>Tarea reasignada.</translation>
    </message>
    <message>
        <source>Duty marked done.</source>
        <translation>Tarea marcada como hecha.</translation>
    </message>
    <message>
        <source>Remove duty</source>
        <translation>Quitar la tarea</translation>
    </message>
    <message>
        <source>Take “{duty}” off the settlement plan? Its follow-up is cancelled.</source>
        <translation>¿Quitar «{duty}» del plan de asentamiento? Su seguimiento se cancela.</translation>
    </message>
    <message>
        <source>Duty removed.</source>
        <translation>Tarea quitada.</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Reassign duty</source>
        <translation>Reasignar la tarea</translation>
    </message>
    <message>
        <source>Add a settlement-plan duty</source>
        <translation>Agregar una tarea al plan de asentamiento</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>{duty} (already in the plan)</source>
        <translation>{duty} (ya está en el plan)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Needed for Other; optional otherwise</source>
        <translation>Obligatorio para Otra; opcional en los demás casos</translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation>Miembro asignado</translation>
    </message>
    <message>
        <source>Nobody yet (the sponsorship&apos;s lead follows it up)</source>
        <translation>Nadie todavía (le da seguimiento la persona responsable)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Duty:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Asignada a:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>this duty</source>
        <translation>esta tarea</translation>
    </message>
    <message>
        <source>Give a duty of kind Other a title.</source>
        <translation>Dé un título a una tarea de tipo Otra.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the support period</source>
        <translation>Extender el período de apoyo</translation>
    </message>
    <message>
        <source>Support period in months</source>
        <translation>Período de apoyo en meses</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Now {now} months; at most {most}. The added months get their check-ins.</source>
        <translation>Ahora {now} meses; como máximo {most}. Los meses agregados reciben sus seguimientos.</translation>
    </message>
    <message>
        <source>&amp;Support period:</source>
        <translation>&amp;Período de apoyo:</translation>
    </message>
    <message>
        <source>the support period</source>
        <translation>el período de apoyo</translation>
    </message>
</context>
<context>
    <name>FamilyPart</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Sponsored family</source>
        <translation>Familia patrocinada</translation>
    </message>
    <message>
        <source>&amp;Add family member…</source>
        <translation>&amp;Agregar familiar…</translation>
    </message>
    <message>
        <source>&amp;Remove from family…</source>
        <translation>&amp;Quitar de la familia…</translation>
    </message>
    <message>
        <source>&amp;Open client file</source>
        <translation>Abrir e&amp;xpediente</translation>
    </message>
    <message>
        <source>The budget uses a family size of {n}, set on the Budget tab.</source>
        <translation>El presupuesto usa un tamaño de familia de {n}, fijado en la pestaña Presupuesto.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the family; the budget counts them.</source>
        <translation>
            <numerusform>%n persona en la familia; el presupuesto la cuenta.</numerusform>
            <numerusform>%n personas en la familia; el presupuesto las cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the sponsored family.</source>
        <translation>Agregado a la familia patrocinada.</translation>
    </message>
    <message>
        <source>Remove from family</source>
        <translation>Quitar de la familia</translation>
    </message>
    <message>
        <source>Take this person out of the sponsored family? Their client record stays.</source>
        <translation>¿Sacar a esta persona de la familia patrocinada? Su expediente se conserva.</translation>
    </message>
    <message>
        <source>Removed from the sponsored family.</source>
        <translation>Quitado de la familia patrocinada.</translation>
    </message>
</context>
<context>
    <name>FamilySizeDialog</name>
    <message>
        <source>Family size for the budget</source>
        <translation>Tamaño de la familia para el presupuesto</translation>
    </message>
    <message>
        <source>&amp;Count the family members linked on the Family tab</source>
        <translation>&amp;Contar los familiares vinculados en la pestaña Familia</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>Tamaño de la familia</translation>
    </message>
    <message>
        <source>Family &amp;size:</source>
        <translation>&amp;Tamaño de la familia:</translation>
    </message>
    <message>
        <source>the family size</source>
        <translation>el tamaño de la familia</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Elegir la hoja de cálculo</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx). Nothing is imported until the last step, and then every row or none.</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx). No se importa nada hasta el último paso, y entonces todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(el archivo)</translation>
    </message>
    <message>
        <source>Read as {encoding} text, columns separated by {delimiter}. If the preview looks wrong, choose the encoding or delimiter.</source>
        <translation>Leído como texto {encoding}, columnas separadas por {delimiter}. Si la vista previa no se ve bien, elija la codificación o el delimitador.</translation>
    </message>
    <message numerus="yes">
        <source>An Excel workbook with %n sheet(s). Choose the sheet that lists the clients.</source>
        <translation>
            <numerusform>Un libro de Excel con %n hoja. Elija la hoja que enumera a los clientes.</numerusform>
            <numerusform>Un libro de Excel con %n hojas. Elija la hoja que enumera a los clientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients — Waystation</source>
        <translation>Importar clientes — Waystation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), merged {merged}, skipped {skipped}.</source>
        <translation>
            <numerusform>%n cliente importado, {merged} combinados, {skipped} omitidos.</numerusform>
            <numerusform>%n clientes importados, {merged} combinados, {skipped} omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), merged {merged}.</source>
        <translation>
            <numerusform>%n cliente importado, {merged} combinados.</numerusform>
            <numerusform>%n clientes importados, {merged} combinados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s), skipped {skipped}.</source>
        <translation>
            <numerusform>%n cliente importado, {skipped} omitidos.</numerusform>
            <numerusform>%n clientes importados, {skipped} omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n cliente importado.</numerusform>
            <numerusform>%n clientes importados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which field does each column hold?</source>
        <translation>¿Qué campo contiene cada columna?</translation>
    </message>
    <message>
        <source>Guessed from the column names (English, French, Spanish). Columns set to Skip are not imported; several columns may become notes.</source>
        <translation>Adivinado a partir de los nombres de las columnas (inglés, francés, español). Las columnas marcadas como Omitir no se importan; varias columnas pueden convertirse en notas.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Waystation field</source>
        <translation>Campo de Waystation</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(columna {n})</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo de la columna {column}</translation>
    </message>
    <message>
        <source>The mapping you used last time for this layout.</source>
        <translation>La correspondencia que usó la última vez para este formato.</translation>
    </message>
    <message>
        <source>Also add {what} from sheet “{sheet}”, matched to clients by its column “{column}”</source>
        <translation>Agregar también {what} de la hoja «{sheet}», vinculados a los clientes por su columna «{column}»</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit group member</source>
        <translation>Editar miembro del grupo</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>Agregar un miembro del grupo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>coordinator, treasurer, housing, education…</source>
        <translation>coordinación, tesorería, vivienda, educación…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Counts as an eligible member (18 or older, citizen or permanent resident, lives in the community)</source>
        <translation>Cuenta como miembro elegible (18 años o más, ciudadano o residente permanente, vive en la comunidad)</translation>
    </message>
    <message>
        <source>No casebook account</source>
        <translation>Sin cuenta en el registro</translation>
    </message>
    <message>
        <source>Casebook account</source>
        <translation>Cuenta en el registro</translation>
    </message>
    <message>
        <source>Duties assigned to this member show in this account&apos;s Today view</source>
        <translation>Las tareas asignadas a este miembro aparecen en la vista Hoy de esta cuenta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>Casebook &amp;account:</source>
        <translation>C&amp;uenta en el registro:</translation>
    </message>
    <message>
        <source>this group member</source>
        <translation>este miembro del grupo</translation>
    </message>
    <message>
        <source>Write the member&apos;s name.</source>
        <translation>Escriba el nombre del miembro.</translation>
    </message>
</context>
<context>
    <name>MembersPart</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
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
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Agregar miembro…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} eligible</source>
        <translation>{n} elegibles</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Miembro agregado.</translation>
    </message>
    <message>
        <source>Member saved.</source>
        <translation>Miembro guardado.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove {name} from the group? Reassign their open duties first.</source>
        <translation>¿Quitar a {name} del grupo? Primero reasigne sus tareas abiertas.</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Miembro quitado.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Editar socio</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Agregar un socio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Montréal, Laval</source>
        <translation>Miami, Houston</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>French, English, Spanish</source>
        <translation>español, inglés, francés</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Address, phone, e-mail — one per line</source>
        <translation>Dirección, teléfono, correo electrónico — uno por línea</translation>
    </message>
    <message>
        <source>How to get help</source>
        <translation>Cómo obtener ayuda</translation>
    </message>
    <message>
        <source>Secure channel for referrals</source>
        <translation>Canal seguro para las derivaciones</translation>
    </message>
    <message>
        <source>How to send referrals safely (kept off resource sheets)</source>
        <translation>Cómo enviar derivaciones de forma segura (no aparece en las hojas de recursos)</translation>
    </message>
    <message>
        <source>Active (shown in searches and on resource sheets)</source>
        <translation>Activo (en búsquedas y hojas de recursos)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Servicios:</translation>
    </message>
    <message>
        <source>&amp;Cities:</source>
        <translation>&amp;Ciudades:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;How to get help:</source>
        <translation>Cómo obtener a&amp;yuda:</translation>
    </message>
    <message>
        <source>Secure &amp;referral channel:</source>
        <translation>Canal seguro de &amp;envío:</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>este socio</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Search partners by name</source>
        <translation>Buscar socios por nombre</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Organizaciones socias</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Agregar socio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the partner; one with referrals is kept as inactive so its history stays readable</source>
        <translation>Quitar el socio; uno con derivaciones se conserva como inactivo para que su historial siga siendo legible</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n socio</numerusform>
            <numerusform>%n socios</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <source>Remove {name} from the directory? If it has referrals or consents it is kept as inactive so their history stays readable.</source>
        <translation>¿Quitar {name} del directorio? Si tiene derivaciones o consentimientos, se conserva como inactivo para que su historial siga siendo legible.</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Record a pledge</source>
        <translation>Registrar un compromiso de aporte</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>Comprometido por</translation>
    </message>
    <message>
        <source>Group members, parish fundraiser…</source>
        <translation>Miembros del grupo, colecta de la parroquia…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>Comprometido el</translation>
    </message>
    <message>
        <source>Already &amp;received</source>
        <translation>Ya &amp;recibido</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>Pledged &amp;by:</source>
        <translation>Comprometido &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Amount ($):</source>
        <translation>&amp;Monto ($):</translation>
    </message>
    <message>
        <source>&amp;Pledged on:</source>
        <translation>Co&amp;mprometido el:</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Recibido &amp;el:</translation>
    </message>
    <message>
        <source>the pledge</source>
        <translation>el compromiso de aporte</translation>
    </message>
    <message>
        <source>Write who pledged the money.</source>
        <translation>Escriba quién comprometió el dinero.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows before importing</source>
        <translation>Revisar las filas antes de importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Problems, by row and column</source>
        <translation>Problemas, por fila y columna</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Problems to fix in the spreadsheet:</source>
        <translation>Problemas que corregir en la hoja de cálculo:</translation>
    </message>
    <message>
        <source>Rows that look like clients already in the casebook:</source>
        <translation>Filas que se parecen a clientes que ya están en el registro:</translation>
    </message>
    <message>
        <source>{name} (#{id}, same name and birth)</source>
        <translation>{name} (n.º {id}, mismo nombre y nacimiento)</translation>
    </message>
    <message>
        <source>{name} (#{id}, similar name)</source>
        <translation>{name} (n.º {id}, nombre parecido)</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Qué hacer con la fila {row}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {rows} rows. Nothing will be imported until every one is fixed: correct the spreadsheet, or go back and map the column differently.</source>
        <translation>
            <numerusform>%n problema en {rows} filas. No se importará nada hasta que se corrija cada uno: corrija la hoja de cálculo, o vuelva atrás y asigne la columna de otra manera.</numerusform>
            <numerusform>%n problemas en {rows} filas. No se importará nada hasta que se corrija cada uno: corrija la hoja de cálculo, o vuelva atrás y asigne la columna de otra manera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import; the preview shows the first {shown} as they will be saved.</source>
        <translation>
            <numerusform>%n fila lista para importar; la vista previa muestra las primeras {shown} tal como se guardarán.</numerusform>
            <numerusform>%n filas listas para importar; la vista previa muestra las primeras {shown} tal como se guardarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may match an existing client (below).</source>
        <translation>
            <numerusform>%n fila podría coincidir con un cliente existente (abajo).</numerusform>
            <numerusform>%n filas podrían coincidir con un cliente existente (abajo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>Sponsorship readiness</source>
        <translation>Preparación del patrocinio</translation>
    </message>
    <message>
        <source>Readiness always uses the private sponsorship rules</source>
        <translation>La verificación de preparación siempre usa las reglas del patrocinio privado</translation>
    </message>
    <message>
        <source>&amp;Save readiness check</source>
        <translation>&amp;Guardar la verificación</translation>
    </message>
</context>
<context>
    <name>ReadinessPart</name>
    <message>
        <source>Checks the application against the private sponsorship rules, using what this record already knows; you add what it does not (the refugee&apos;s situation).</source>
        <translation>Revisa la solicitud según las reglas del patrocinio privado, con lo que este registro ya sabe; usted agrega lo que no sabe (la situación de la persona refugiada).</translation>
    </message>
    <message>
        <source>Show the answers used</source>
        <translation>Mostrar las respuestas usadas</translation>
    </message>
    <message>
        <source>Make referrals from a family member&apos;s client file.</source>
        <translation>Haga las derivaciones desde el expediente de un familiar.</translation>
    </message>
    <message>
        <source>&amp;Run readiness check…</source>
        <translation>&amp;Verificar la preparación…</translation>
    </message>
    <message>
        <source>No readiness check yet. Run one to see what the rules say about this application.</source>
        <translation>Todavía no hay verificación de preparación. Haga una para ver lo que dicen las reglas sobre esta solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n answer(s) used</source>
        <translation>
            <numerusform>Mostrar la respuesta usada (%n)</numerusform>
            <numerusform>Mostrar las %n respuestas usadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked {when} by {user} under “{title}”, version {version} (law current to {law}).</source>
        <translation>Verificado el {when} por {user} según «{title}», versión {version} (ley vigente al {law}).</translation>
    </message>
    <message>
        <source>Checked {when} under “{title}”, version {version} (law current to {law}).</source>
        <translation>Verificado el {when} según «{title}», versión {version} (ley vigente al {law}).</translation>
    </message>
    <message>
        <source>Readiness check saved.</source>
        <translation>Verificación de preparación guardada.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Show referrals with status</source>
        <translation>Mostrar las derivaciones con el estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Stale: sent, no answer for {days}+ days</source>
        <translation>Sin respuesta: enviadas, sin respuesta desde hace {days}+ días</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>&amp;Idioma de la carta:</translation>
    </message>
    <message>
        <source>&amp;Open client file</source>
        <translation>Abrir e&amp;xpediente</translation>
    </message>
    <message>
        <source>Le&amp;tter…</source>
        <translation>Ca&amp;rta…</translation>
    </message>
    <message>
        <source>Preview the referral letter (from memory)</source>
        <translation>Vista previa de la carta de derivación (en memoria)</translation>
    </message>
    <message>
        <source>&amp;Packet…</source>
        <translation>&amp;Paquete…</translation>
    </message>
    <message>
        <source>Preview the referral packet: letter, consented summary, screening, consent form, checklist</source>
        <translation>Vista previa del paquete de derivación: carta, resumen consentido, evaluación, formulario de consentimiento, lista de verificación</translation>
    </message>
    <message>
        <source>Letters for &amp;selected…</source>
        <translation>Cartas para la &amp;selección…</translation>
    </message>
    <message>
        <source>Letters sent this &amp;week…</source>
        <translation>Cartas enviadas esta s&amp;emana…</translation>
    </message>
    <message>
        <source>Letters for every referral sent since Monday</source>
        <translation>Cartas para cada derivación enviada desde el lunes</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n derivación</numerusform>
            <numerusform>%n derivaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} sent with no answer for {days}+ days (highlighted)</source>
        <translation>{n} enviadas sin respuesta desde hace {days}+ días (resaltadas)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Informe de casos</translation>
    </message>
    <message>
        <source>Counts only — clients by status and city, referrals by service and outcome, response times, follow-ups on time. No names or personal details.</source>
        <translation>Solo cifras — clientes por estado y ciudad, derivaciones por servicio y resultado, tiempos de respuesta, seguimientos a tiempo. Sin nombres ni datos personales.</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Caseload report language</source>
        <translation>Idioma del informe de casos</translation>
    </message>
    <message>
        <source>Preview caseload &amp;report…</source>
        <translation>Vista previa del &amp;informe…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Resource sheet</source>
        <translation>Hoja de recursos</translation>
    </message>
    <message>
        <source>Partner organisations that match, to hand to clients and volunteers. Secure referral channels are left out.</source>
        <translation>Las organizaciones socias que coinciden, para entregar a clientes y voluntarios. Los canales seguros para derivaciones se dejan fuera.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <source>Partner language</source>
        <translation>Idioma del socio</translation>
    </message>
    <message>
        <source>Resource sheet language</source>
        <translation>Idioma de la hoja de recursos</translation>
    </message>
    <message>
        <source>Preview resource &amp;sheet…</source>
        <translation>Vista previa de la hoja de &amp;recursos…</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
    <message>
        <source>Partner lang&amp;uage:</source>
        <translation>Idioma del &amp;socio:</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>Idioma de la ho&amp;ja:</translation>
    </message>
</context>
<context>
    <name>SponsorshipDialog</name>
    <message>
        <source>Edit sponsorship</source>
        <translation>Editar patrocinio</translation>
    </message>
    <message>
        <source>New sponsorship</source>
        <translation>Nuevo patrocinio</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Maple Street Group of Five</source>
        <translation>Grupo de Cinco de la calle Maple</translation>
    </message>
    <message>
        <source>Sponsor type</source>
        <translation>Tipo de patrocinador</translation>
    </message>
    <message>
        <source>Sponsorship Agreement Holder</source>
        <translation>Titular de un acuerdo de patrocinio</translation>
    </message>
    <message>
        <source>Only for a constituent group of an SAH</source>
        <translation>Solo para un grupo constitutivo de un SAH</translation>
    </message>
    <message>
        <source>How the family is named</source>
        <translation>Cómo se nombra a la familia</translation>
    </message>
    <message>
        <source>The H. family</source>
        <translation>La familia H.</translation>
    </message>
    <message>
        <source>Printed on the summary instead of the family&apos;s names</source>
        <translation>Se imprime en el resumen en lugar de los nombres de la familia</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (leave empty if not yet known)</source>
        <translation>AAAA-MM-DD (dejar vacío si aún no se sabe)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where the group is now; record the arrival afterwards</source>
        <translation>Dónde está el grupo ahora; registre la llegada después</translation>
    </message>
    <message>
        <source>Support period in months</source>
        <translation>Período de apoyo en meses</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>The casebook user who coordinates this sponsorship; check-ins and unassigned duties reach their Today view</source>
        <translation>El usuario del registro que coordina este patrocinio; los seguimientos y las tareas sin asignar llegan a su vista Hoy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Group name:</source>
        <translation>Nombre del &amp;grupo:</translation>
    </message>
    <message>
        <source>Sponsor &amp;type:</source>
        <translation>&amp;Tipo de patrocinador:</translation>
    </message>
    <message>
        <source>&amp;SAH:</source>
        <translation>&amp;SAH:</translation>
    </message>
    <message>
        <source>&amp;Family named as:</source>
        <translation>&amp;Familia nombrada como:</translation>
    </message>
    <message>
        <source>&amp;Application date:</source>
        <translation>Fecha de la so&amp;licitud:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Support &amp;period:</source>
        <translation>&amp;Período de apoyo:</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>this sponsorship</source>
        <translation>este patrocinio</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Dé un nombre al grupo.</translation>
    </message>
    <message>
        <source>Application date: {problem}</source>
        <translation>Fecha de la solicitud: {problem}</translation>
    </message>
</context>
<context>
    <name>SponsorshipsPage</name>
    <message>
        <source>Sponsorships</source>
        <translation>Patrocinios</translation>
    </message>
    <message>
        <source>Show sponsorships with status</source>
        <translation>Mostrar los patrocinios con el estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;New sponsorship…</source>
        <translation>&amp;Nuevo patrocinio…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Support ends</source>
        <translation>Fin del apoyo</translation>
    </message>
    <message>
        <source>Ed&amp;it record…</source>
        <translation>Ed&amp;itar registro…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Estad&amp;o</translation>
    </message>
    <message>
        <source>Language of the printed documents</source>
        <translation>Idioma de los documentos impresos</translation>
    </message>
    <message>
        <source>S&amp;ummary…</source>
        <translation>Res&amp;umen…</translation>
    </message>
    <message>
        <source>Preview and print the one-page sponsorship summary</source>
        <translation>Vista previa e impresión del resumen de una página del patrocinio</translation>
    </message>
    <message>
        <source>Bud&amp;get sheet…</source>
        <translation>Ho&amp;ja de presupuesto…</translation>
    </message>
    <message>
        <source>Preview and print the budget sheet</source>
        <translation>Vista previa e impresión de la hoja de presupuesto</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsorship(s)</source>
        <translation>
            <numerusform>%n patrocinio</numerusform>
            <numerusform>%n patrocinios</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No sponsorship has this status.</source>
        <translation>Ningún patrocinio tiene este estado.</translation>
    </message>
    <message>
        <source>No sponsorships yet. A Group of Five, a Community Sponsor or a constituent group of a Sponsorship Agreement Holder can track its undertaking here: the family, the group, the budget against the cost table, the settlement plan and the monthly check-ins. Start with New sponsorship.</source>
        <translation>Todavía no hay patrocinios. Un Grupo de Cinco, un Patrocinador comunitario o un grupo constitutivo de un Titular de un acuerdo de patrocinio puede seguir su compromiso aquí: la familia, el grupo, el presupuesto frente a la tabla de costos, el plan de asentamiento y los seguimientos mensuales. Empiece con Nuevo patrocinio.</translation>
    </message>
    <message>
        <source>{kind} of {sah}</source>
        <translation>{kind}: {sah}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>application {date}</source>
        <translation>solicitud del {date}</translation>
    </message>
    <message numerus="yes">
        <source>arrived {date}, support to {end} (%n month(s))</source>
        <translation>
            <numerusform>llegada el {date}, apoyo hasta el {end} (%n mes)</numerusform>
            <numerusform>llegada el {date}, apoyo hasta el {end} (%n meses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>support period %n month(s) from arrival</source>
        <translation>
            <numerusform>período de apoyo de %n mes desde la llegada</numerusform>
            <numerusform>período de apoyo de %n meses desde la llegada</numerusform>
        </translation>
    </message>
    <message>
        <source>lead: {name}</source>
        <translation>responsable: {name}</translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation>Marcar «{status}»</translation>
    </message>
    <message>
        <source>Mark arrival… (Check-ins tab)</source>
        <translation>Registrar la llegada… (pestaña Seguimientos)</translation>
    </message>
    <message>
        <source>Sponsorship created.</source>
        <translation>Patrocinio creado.</translation>
    </message>
    <message>
        <source>Sponsorship saved.</source>
        <translation>Patrocinio guardado.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Estado: {status}.</translation>
    </message>
</context>
<context>
    <name>importing.wizard</name>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Barra |</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Omitir esta fila</translation>
    </message>
    <message>
        <source>Merge into the existing client</source>
        <translation>Combinar con el cliente existente</translation>
    </message>
    <message>
        <source>Add as a new client</source>
        <translation>Agregar como cliente nuevo</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>fila {row}, columna {column}: {reason}</translation>
    </message>
</context>
<context>
    <name>partners.page</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>referrals.page</name>
    <message>
        <source>Referral&apos;s language</source>
        <translation>Idioma de la derivación</translation>
    </message>
    <message>
        <source>Sent · no answer for {days}+ days</source>
        <translation>Enviada · sin respuesta desde hace {days}+ días</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
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
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>sponsorships.budget</name>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
</context>
<context>
    <name>sponsorships.duties</name>
    <message>
        <source>☐ Open</source>
        <translation>☐ Pendiente</translation>
    </message>
    <message>
        <source>☑ Done</source>
        <translation>☑ Hecho</translation>
    </message>
    <message>
        <source>✕ Cancelled</source>
        <translation>✕ Cancelado</translation>
    </message>
</context>
<context>
    <name>sponsorships.fields</name>
    <message>
        <source>Group of Five</source>
        <translation>Grupo de Cinco</translation>
    </message>
    <message>
        <source>Community Sponsor</source>
        <translation>Patrocinador comunitario</translation>
    </message>
    <message>
        <source>Sponsorship Agreement Holder (constituent group)</source>
        <translation>Titular de un acuerdo de patrocinio (grupo constitutivo)</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Familia llegada</translation>
    </message>
    <message>
        <source>In support period</source>
        <translation>En período de apoyo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Income support</source>
        <translation>Apoyo a los ingresos</translation>
    </message>
    <message>
        <source>Start-up costs</source>
        <translation>Gastos de instalación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 2026-03-01.</source>
        <translation>Escriba la fecha como año-mes-día, por ejemplo 2026-03-01.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>sponsorships.page</name>
    <message>
        <source>Group of Five</source>
        <translation>Grupo de Cinco</translation>
    </message>
    <message>
        <source>Community Sponsor</source>
        <translation>Patrocinador comunitario</translation>
    </message>
    <message>
        <source>SAH constituent group</source>
        <translation>Grupo constitutivo de un SAH</translation>
    </message>
    <message>
        <source>Withdraw the sponsorship? Its open check-ins and duties are cancelled.</source>
        <translation>¿Retirar el patrocinio? Sus seguimientos y tareas abiertos se cancelan.</translation>
    </message>
    <message>
        <source>Mark the sponsorship completed? Its open check-ins and duties are cancelled.</source>
        <translation>¿Marcar el patrocinio como completado? Sus seguimientos y tareas abiertos se cancelan.</translation>
    </message>
</context>
<context>
    <name>sponsorships.printing</name>
    <message>
        <source>Sponsorship summary</source>
        <translation>Resumen del patrocinio</translation>
    </message>
    <message>
        <source>Budget sheet</source>
        <translation>Hoja de presupuesto</translation>
    </message>
</context>
<context>
    <name>sponsorships.tabs</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Presupuesto</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Seguimientos</translation>
    </message>
    <message>
        <source>&amp;Duties</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Familia</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>&amp;Readiness</source>
        <translation>Prepara&amp;ción</translation>
    </message>
</context>
</TS>
