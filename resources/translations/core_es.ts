<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Waystation</source>
        <translation>Acerca de Waystation</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>Each person gets their own account and passphrase. Tell them the passphrase in person; they can change it after opening.</source>
        <translation>Cada persona tiene su propia cuenta y frase de contraseña. Dígale la frase en persona; podrá cambiarla después de abrir.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>O&amp;tra vez:</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>el usuario nuevo</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>&lt;b&gt;{why}&lt;/b&gt; Reading, printing and backing up onto another drive work.</source>
        <extracomment>How long after unlocking the letter modules and fonts load in the background: after the client list&apos;s first page and its first searches, before anyone prints.</extracomment>
        <translation>&lt;b&gt;{why}&lt;/b&gt; Leer, imprimir y hacer copias de seguridad en otra unidad sí funcionan.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de claves</translation>
    </message>
    <message>
        <source>Only a coordinator can erase this casebook.</source>
        <translation>Solo una persona coordinadora puede borrar este registro.</translation>
    </message>
    <message>
        <source>No casebook chosen</source>
        <translation>Ningún registro elegido</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Imagen adjunta</translation>
    </message>
    <message>
        <source>This image could not be shown.</source>
        <translation>No se pudo mostrar esta imagen.</translation>
    </message>
    <message>
        <source>Attached PDF</source>
        <translation>PDF adjunto</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Guardar una copia sin cifrar</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Guardar una copia (sin cifrar)</translation>
    </message>
    <message>
        <source>Saved a copy to {name} (not encrypted).</source>
        <translation>Se guardó una copia en {name} (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>BatchLetters</name>
    <message>
        <source>Preparing letters…</source>
        <translation>Preparando las cartas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>There are no referrals to print letters for.</source>
        <translation>No hay derivaciones para las cuales imprimir cartas.</translation>
    </message>
    <message>
        <source>Prepared {done} of {total} letters…</source>
        <translation>{done} de {total} cartas preparadas…</translation>
    </message>
    <message>
        <source>Letters cancelled; nothing was printed or saved.</source>
        <translation>Cartas canceladas; no se imprimió ni se guardó nada.</translation>
    </message>
    <message>
        <source>No letter could be made: none of these referrals has a valid consent to share. Record consent in the client file first.</source>
        <translation>No se pudo hacer ninguna carta: ninguna de estas derivaciones tiene un consentimiento válido para compartir. Registre primero el consentimiento en el expediente del cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) skipped: no valid consent to share.</source>
        <translation>
            <numerusform>%n derivación omitida: sin consentimiento válido para compartir.</numerusform>
            <numerusform>%n derivaciones omitidas: sin consentimiento válido para compartir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral letter(s)</source>
        <translation>
            <numerusform>%n carta de derivación</numerusform>
            <numerusform>%n cartas de derivación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Your account gets new keys: after the next re-key, an old copy of the key file opens nothing with your old passphrase.</source>
        <translation>Su cuenta recibe claves nuevas: después del próximo cambio de claves, una copia antigua del archivo de claves no abre nada con su frase anterior.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frase &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>O&amp;tra vez:</translation>
    </message>
    <message>
        <source>the passphrase change</source>
        <translation>el cambio de frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CreateCasebookWizard</name>
    <message>
        <source>Create a casebook</source>
        <translation>Crear un registro</translation>
    </message>
    <message>
        <source>the new casebook</source>
        <translation>el registro nuevo</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>Document shown</source>
        <translation>Documento mostrado</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · shown from memory; nothing is written to disk unless you save.</source>
        <translation>
            <numerusform>%n página · mostrada desde la memoria; no se escribe nada en el disco a menos que la guarde.</numerusform>
            <numerusform>%n páginas · mostradas desde la memoria; no se escribe nada en el disco a menos que las guarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print with the system print dialog (the print system keeps its own unencrypted copy)</source>
        <translation>Imprimir con el cuadro de impresión del sistema (el sistema de impresión guarda su propia copia sin cifrar)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Write an unencrypted PDF file</source>
        <translation>Escribir un archivo PDF sin cifrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print — the print system keeps its own unencrypted copy</source>
        <translation>Imprimir — el sistema de impresión guarda su propia copia sin cifrar</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>Guardar un PDF sin cifrar</translation>
    </message>
    <message>
        <source>Save as PDF (not encrypted)</source>
        <translation>Guardar como PDF (sin cifrar)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {name} (not encrypted).</source>
        <translation>Guardado en {name} (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the casebook “{name}” on this computer, and every backup of it in the same folder.&lt;/b&gt;&lt;br&gt;Every key slot is overwritten first, so no passphrase and no recovery key will open it again. Backups in other folders or on other drives are not reached. There is no undo.</source>
        <translation>&lt;b&gt;Esto destruye el registro «{name}» en esta computadora y todas sus copias de seguridad en la misma carpeta.&lt;/b&gt;&lt;br&gt;Primero se sobrescribe cada ranura de clave, de modo que ninguna frase de contraseña ni clave de recuperación volverá a abrirlo. Las copias en otras carpetas u otras unidades no se alcanzan. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Type {word}</source>
        <translation>Escriba {word}</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Borrar ahora</translation>
    </message>
    <message>
        <source>Choose a casebook first.</source>
        <translation>Primero elija un registro.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interfac&amp;e language:</source>
        <translation>Idioma de la interfa&amp;z:</translation>
    </message>
    <message>
        <source>A new language is used the next time Waystation starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Waystation.</translation>
    </message>
    <message>
        <source>Saved. Quit and start Waystation again to use this language.</source>
        <translation>Guardado. Salga de Waystation y vuelva a iniciarlo para usar este idioma.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role}) · {casebook}</source>
        <translation>Sesión de {user} ({role}) · {casebook}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>About Waystation</source>
        <translation>Acerca de Waystation</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Clave de recuperación nueva</translation>
    </message>
    <message>
        <source>This is the casebook&apos;s new recovery key. It is shown only now: print it or write it down and keep it somewhere safe. The old recovery key no longer opens anything.</source>
        <translation>Esta es la nueva clave de recuperación del registro. Solo se muestra ahora: imprímala o anótela y guárdela en un lugar seguro. La clave anterior ya no abre nada.</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset {name}&apos;s passphrase</source>
        <translation>Restablecer la frase de contraseña de {name}</translation>
    </message>
    <message>
        <source>Give {name} a new passphrase. This needs the casebook&apos;s recovery key, from the printed recovery sheet.</source>
        <translation>Dé a {name} una frase de contraseña nueva. Se necesita la clave de recuperación del registro, de la hoja de recuperación impresa.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frase &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>O&amp;tra vez:</translation>
    </message>
    <message>
        <source>the passphrase reset</source>
        <translation>el restablecimiento de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup file (.wsbak) and a new name for the restored casebook. Nothing is overwritten: the damaged casebook stays where it is. The restored casebook opens with the passphrases that worked on the day the backup was made.</source>
        <translation>Elija un archivo de copia de seguridad (.wsbak) y un nombre nuevo para el registro restaurado. No se sobrescribe nada: el registro dañado queda donde está. El registro restaurado se abre con las frases de contraseña válidas el día en que se hizo la copia.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>New casebook file</source>
        <translation>Archivo de registro nuevo</translation>
    </message>
    <message>
        <source>Choose where to restore</source>
        <translation>Elegir dónde restaurar</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Archivo de &amp;copia:</translation>
    </message>
    <message>
        <source>&amp;Restore as:</source>
        <translation>&amp;Restaurar como:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Waystation backups (*{suffix})</source>
        <translation>Copias de seguridad de Waystation (*{suffix})</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurar como</translation>
    </message>
    <message>
        <source>Casebooks (*{suffix})</source>
        <translation>Registros (*{suffix})</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Delete clients closed more than</source>
        <translation>Eliminar a los clientes cerrados hace más de</translation>
    </message>
    <message>
        <source>Months after closing</source>
        <translation>Meses después del cierre</translation>
    </message>
    <message>
        <source> months ago</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Guardar la regla</translation>
    </message>
    <message>
        <source>Show clients due…</source>
        <translation>Mostrar los clientes afectados…</translation>
    </message>
    <message>
        <source>Off by default. Nothing is deleted until a coordinator has seen the list and confirmed it; the caseload report keeps its totals.</source>
        <translation>Desactivado de forma predeterminada. No se elimina nada hasta que una persona coordinadora vea la lista y la confirme; el informe de casos conserva sus totales.</translation>
    </message>
    <message>
        <source>Rule saved: clients closed more than {months} months ago can be deleted after you confirm the list.</source>
        <translation>Regla guardada: los clientes cerrados hace más de {months} meses pueden eliminarse después de que confirme la lista.</translation>
    </message>
    <message>
        <source>Rule saved: off.</source>
        <translation>Regla guardada: desactivada.</translation>
    </message>
    <message>
        <source>No client has been closed for more than {months} months.</source>
        <translation>Ningún cliente lleva cerrado más de {months} meses.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n client(s) for good.</source>
        <translation>
            <numerusform>%n cliente eliminado definitivamente.</numerusform>
            <numerusform>%n clientes eliminados definitivamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Clients due for deletion</source>
        <translation>Clientes por eliminar</translation>
    </message>
    <message>
        <source>{count} clients have been closed, and unchanged, for more than {months} months. Deleting removes everything about them; backups made before today still hold them. Type {word} to delete exactly these.</source>
        <translation>{count} clientes llevan cerrados, sin cambios, más de {months} meses. Eliminarlos borra todo lo relacionado con ellos; las copias de seguridad hechas antes de hoy aún los contienen. Escriba {word} para eliminar exactamente estos.</translation>
    </message>
    <message>
        <source>#{id}  {name}  (closed, unchanged since {date})</source>
        <translation>n.º {id}  {name}  (cerrado, sin cambios desde el {date})</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escriba {word} para confirmar</translation>
    </message>
    <message>
        <source>Delete these {count} for good</source>
        <translation>Eliminar estos {count} definitivamente</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>&amp;Quitar usuario…</translation>
    </message>
    <message>
        <source>Reset passphrase with recovery &amp;key…</source>
        <translation>Restablecer con la &amp;clave de recuperación…</translation>
    </message>
    <message>
        <source>New recovery ke&amp;y…</source>
        <translation>Clave de recuperación nue&amp;va…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone, e-mail, web — one per line</source>
        <translation>Teléfono, correo electrónico, web: uno por línea</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Nombre de quien firma</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>Cargo de quien firma</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>&amp;Save letterhead</source>
        <translation>Guardar el &amp;membrete</translation>
    </message>
    <message>
        <source>Sample letter language</source>
        <translation>Idioma de la carta de muestra</translation>
    </message>
    <message>
        <source>Previe&amp;w sample letter…</source>
        <translation>Vista previa de una carta de mue&amp;stra…</translation>
    </message>
    <message>
        <source>A letter with fictional sample data and this letterhead</source>
        <translation>Una carta con datos ficticios de muestra y este membrete</translation>
    </message>
    <message>
        <source>P&amp;review sample packet…</source>
        <translation>Vista previa de un &amp;paquete de muestra…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nombre de la organización:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Firman&amp;te:</translation>
    </message>
    <message>
        <source>Signatory &amp;title:</source>
        <translation>Ca&amp;rgo de quien firma:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Minutos sin uso antes del bloqueo</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Lock the casebook after no &amp;use for:</source>
        <translation>Bloquear el registro tras un período sin &amp;uso de:</translation>
    </message>
    <message>
        <source>Show the client num&amp;ber, not the name, in the title of client windows (task bar, window lists)</source>
        <translation>Mostrar el núm&amp;ero del cliente, no el nombre, en el título de las ventanas de clientes (barra de tareas, listas de ventanas)</translation>
    </message>
    <message>
        <source>Recommended when the laptop is shared or its screen can be seen by others</source>
        <translation>Recomendado cuando la laptop se comparte o otras personas pueden ver su pantalla</translation>
    </message>
    <message>
        <source>Rule packs</source>
        <translation>Conjuntos de reglas</translation>
    </message>
    <message>
        <source>&amp;Import a newer pack…</source>
        <translation>&amp;Importar un conjunto más reciente…</translation>
    </message>
    <message>
        <source>The pack is checked (schema, expressions, worked examples) before it is used</source>
        <translation>El conjunto se verifica (esquema, expresiones, ejemplos resueltos) antes de usarse</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>la configuración</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>No puede quitar su propia cuenta.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Agregando a {name}…</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>Se agregó a {name}.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Remove {name}? Their passphrase stops opening this casebook at once (the casebook is re-keyed). Their open follow-ups become unassigned. Backups made before today still open with their old passphrase.</source>
        <translation>¿Quitar a {name}? Su frase de contraseña deja de abrir este registro de inmediato (se cambian las claves del registro). Sus seguimientos abiertos quedan sin asignar. Las copias de seguridad hechas antes de hoy aún se abren con su frase anterior.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Se cambió su frase de contraseña.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Clave de recuperación nueva</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops opening this casebook at once (the casebook is re-keyed). The new key is shown once: have a pen or a printer ready.</source>
        <translation>¿Crear una clave de recuperación nueva? La anterior deja de abrir este registro de inmediato (se cambian las claves del registro). La clave nueva se muestra una sola vez: tenga a mano una pluma o una impresora.</translation>
    </message>
    <message>
        <source>{name}&apos;s passphrase was reset.</source>
        <translation>Se restableció la frase de contraseña de {name}.</translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation>Membrete guardado.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Logo chosen; save the letterhead to keep it.</source>
        <translation>Logotipo elegido; guarde el membrete para conservarlo.</translation>
    </message>
    <message>
        <source>Sample packet</source>
        <translation>Paquete de muestra</translation>
    </message>
    <message>
        <source>Sample letter</source>
        <translation>Carta de muestra</translation>
    </message>
    <message numerus="yes">
        <source>The casebook now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>El registro ahora se bloquea tras %n minuto sin uso.</numerusform>
            <numerusform>El registro ahora se bloquea tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Client windows now show the client number in their title.</source>
        <translation>Las ventanas de clientes ahora muestran el número del cliente en su título.</translation>
    </message>
    <message>
        <source>Client windows now show the client name in their title.</source>
        <translation>Las ventanas de clientes ahora muestran el nombre del cliente en su título.</translation>
    </message>
    <message>
        <source>Import a rule pack</source>
        <translation>Importar un conjunto de reglas</translation>
    </message>
    <message>
        <source>Rule packs (*.yaml *.yml)</source>
        <translation>Conjuntos de reglas (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>The rule pack was checked and is now in use.</source>
        <translation>El conjunto de reglas se verificó y ya está en uso.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength meter</source>
        <translation>Medidor de solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>Solidez: {word}</translation>
    </message>
    <message>
        <source>Too weak: use at least {n} characters.</source>
        <translation>Demasiado débil: use al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Too weak: it is too easy to guess; use four or more unrelated words.</source>
        <translation>Demasiado débil: es muy fácil de adivinar; use cuatro o más palabras sin relación entre sí.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Waystation — unlock</source>
        <translation>Waystation — desbloquear</translation>
    </message>
    <message>
        <source>An encrypted casebook. Choose a casebook and unlock it.</source>
        <translation>Un registro cifrado. Elija un registro y desbloquéelo.</translation>
    </message>
    <message>
        <source>Why the casebook locked</source>
        <translation>Por qué se bloqueó el registro</translation>
    </message>
    <message>
        <source>Recent casebooks</source>
        <translation>Registros recientes</translation>
    </message>
    <message>
        <source>Open another casebook…</source>
        <translation>Abrir otro registro…</translation>
    </message>
    <message>
        <source>No casebook chosen</source>
        <translation>Ningún registro elegido</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Create a new casebook…</source>
        <translation>Crear un registro nuevo…</translation>
    </message>
    <message>
        <source>Emergency erase…</source>
        <translation>Borrado de emergencia…</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Open a casebook</source>
        <translation>Abrir un registro</translation>
    </message>
    <message>
        <source>Waystation casebooks (*.wsdb)</source>
        <translation>Registros de Waystation (*.wsdb)</translation>
    </message>
    <message>
        <source>Choose a casebook first.</source>
        <translation>Primero elija un registro.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second by design)</source>
        <translation>Desbloqueando… (tarda alrededor de un segundo a propósito)</translation>
    </message>
    <message>
        <source>{message} Use “Restore from a backup…” below.</source>
        <translation>{message} Use «Restaurar una copia de seguridad…» abajo.</translation>
    </message>
</context>
<context>
    <name>_CoordinatorPage</name>
    <message>
        <source>The first coordinator</source>
        <translation>La primera persona coordinadora</translation>
    </message>
    <message>
        <source>Coordinators manage users, settings, exports and backups. Each person who uses the laptop gets their own account later.</source>
        <translation>Las personas coordinadoras administran usuarios, configuración, exportaciones y copias de seguridad. Cada persona que use la laptop tendrá después su propia cuenta.</translation>
    </message>
    <message>
        <source>Coordinator user name</source>
        <translation>Nombre de usuario de la persona coordinadora</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Use four or more unrelated words. Nobody can recover a lost passphrase except with the recovery key shown next.</source>
        <translation>Use cuatro o más palabras sin relación entre sí. Nadie puede recuperar una frase de contraseña perdida, salvo con la clave de recuperación que se muestra a continuación.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Shown once. Anyone with this key can open the casebook: print it or write it down, and keep it away from the laptop.</source>
        <translation>Se muestra una sola vez. Cualquiera que tenga esta clave puede abrir el registro: imprímala o anótela, y guárdela lejos de la laptop.</translation>
    </message>
    <message>
        <source>Creating the casebook…</source>
        <translation>Creando el registro…</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Imprimí o anoté la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>_WherePage</name>
    <message>
        <source>Where should the casebook live?</source>
        <translation>¿Dónde se guardará el registro?</translation>
    </message>
    <message>
        <source>One encrypted file. Keep it on this laptop; back it up to a USB stick.</source>
        <translation>Un solo archivo cifrado. Guárdelo en esta laptop y haga copias de seguridad en una memoria USB.</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Archivo del registro</translation>
    </message>
    <message>
        <source>for example: ~/Documents/our-group.wsdb</source>
        <translation>por ejemplo: ~/Documentos/nuestro-grupo.wsdb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>New casebook</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>Waystation casebooks (*.wsdb)</source>
        <translation>Registros de Waystation (*.wsdb)</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>Screenings are not legal advice. Each rule pack summarises the law as of the date it shows; always suggest that the person speak to a lawyer.</source>
        <translation>Las evaluaciones no son asesoría legal. Cada conjunto de reglas resume la ley a la fecha que indica; siempre sugiera a la persona que hable con un abogado o una abogada.</translation>
    </message>
    <message>
        <source>Qt for Python: the windows</source>
        <translation>Qt para Python: las ventanas</translation>
    </message>
    <message>
        <source>Qt PDF: previews from memory</source>
        <translation>Qt PDF: vistas previas desde la memoria</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>los enlaces de Qt para Python</translation>
    </message>
    <message>
        <source>the encrypted database (bundles SQLCipher, BSD-3-Clause)</source>
        <translation>la base de datos cifrada (incluye SQLCipher, BSD-3-Clause)</translation>
    </message>
    <message>
        <source>letters, packets and reports as PDF</source>
        <translation>cartas, paquetes e informes en PDF</translation>
    </message>
    <message>
        <source>images for reportlab</source>
        <translation>imágenes para reportlab</translation>
    </message>
    <message>
        <source>joins letters into one PDF</source>
        <translation>une las cartas en un solo PDF</translation>
    </message>
    <message>
        <source>passphrase key derivation (Argon2id)</source>
        <translation>derivación de claves a partir de la frase de contraseña (Argon2id)</translation>
    </message>
    <message>
        <source>key wrapping and backups</source>
        <translation>encapsulado de claves y copias de seguridad</translation>
    </message>
    <message>
        <source>the settings and data folders</source>
        <translation>las carpetas de configuración y de datos</translation>
    </message>
    <message>
        <source>rule packs and letter texts</source>
        <translation>conjuntos de reglas y textos de las cartas</translation>
    </message>
    <message>
        <source>the rule packs&apos; expressions</source>
        <translation>las expresiones de los conjuntos de reglas</translation>
    </message>
    <message>
        <source>cel-python&apos;s parser</source>
        <translation>el analizador de cel-python</translation>
    </message>
    <message>
        <source>country names and dates in words (Unicode CLDR data)</source>
        <translation>nombres de países y fechas en palabras (datos Unicode CLDR)</translation>
    </message>
    <message>
        <source>similar names in the duplicate warning</source>
        <translation>nombres parecidos en el aviso de duplicados</translation>
    </message>
    <message>
        <source>names in any script compared in Latin letters</source>
        <translation>nombres en cualquier escritura comparados en letras latinas</translation>
    </message>
    <message>
        <source>how easy a passphrase is to guess</source>
        <translation>qué tan fácil es adivinar una frase de contraseña</translation>
    </message>
    <message>
        <source>HarfBuzz text shaping for Arabic and Ethiopic in PDFs</source>
        <translation>conformación de texto HarfBuzz para árabe y etíope en los PDF</translation>
    </message>
    <message>
        <source>spreadsheet import and export</source>
        <translation>importación y exportación de hojas de cálculo</translation>
    </message>
    <message>
        <source>reads HEIC photos (bundles libheif and libde265, LGPL-3.0, and x265, GPL-2.0-or-later)</source>
        <translation>lee fotos HEIC (incluye libheif y libde265, LGPL-3.0, y x265, GPL-2.0-or-later)</translation>
    </message>
    <message>
        <source>Noto Sans, Noto Mono, Noto Sans Arabic, Noto Sans Ethiopic and a Simplified Chinese subset of Noto Sans CJK (SIL Open Font License 1.1), embedded in every PDF</source>
        <translation>Noto Sans, Noto Mono, Noto Sans Arabic, Noto Sans Ethiopic y un subconjunto de chino simplificado de Noto Sans CJK (SIL Open Font License 1.1), incrustadas en cada PDF</translation>
    </message>
    <message>
        <source>An offline, encrypted casebook for refugee sponsorship groups and caseworkers. It never opens a network connection.</source>
        <translation>Un registro cifrado y sin conexión para grupos de patrocinio de refugiados y gestores de casos. Nunca abre una conexión de red.</translation>
    </message>
    <message>
        <source>Waystation is free software under the {licence}: you may use, study, share and change it; the full text is in the LICENSE file that comes with it.</source>
        <translation>Waystation es software libre bajo la {licence}: puede usarlo, estudiarlo, compartirlo y modificarlo; el texto completo está en el archivo LICENSE que lo acompaña.</translation>
    </message>
    <message>
        <source>Built with Qt {qt} (LGPL-3.0) through PySide6 {pyside}, Python, and:</source>
        <translation>Hecho con Qt {qt} (LGPL-3.0) mediante PySide6 {pyside}, Python y:</translation>
    </message>
    <message>
        <source>library</source>
        <translation>biblioteca</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>used for</source>
        <translation>se usa para</translation>
    </message>
    <message>
        <source>Fonts: {fonts}.</source>
        <translation>Fuentes: {fonts}.</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear: {what}</source>
        <translation>Borrar: {what}</translation>
    </message>
</context>
<context>
    <name>attachment_preview</name>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets this computer or the drive you save it to can open it, and deleting it later may not remove it from the disk. Save a copy only when you must, and delete it when you are done.</source>
        <translation>La copia NO estará cifrada: cualquiera que tenga esta computadora o la unidad donde la guarde puede abrirla, y borrarla después quizá no la elimine del disco. Guarde una copia solo cuando sea necesario y bórrela al terminar.</translation>
    </message>
    <message>
        <source>{name} · {size} · added {date}</source>
        <translation>{name} · {size} · agregado el {date}</translation>
    </message>
    <message>
        <source> · hidden photo details removed when added ({what})</source>
        <translation> · datos ocultos de la foto eliminados al agregarla ({what})</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>The backup is one encrypted file: it opens only with a passphrase (or the recovery key) that opened this casebook on the day it was made. Old backups keep opening with the passphrases of their day, even after a passphrase is changed or a user is removed — keep them as safely as the casebook itself.</source>
        <translation>La copia de seguridad es un solo archivo cifrado: solo se abre con una frase de contraseña (o la clave de recuperación) que abría este registro el día en que se hizo. Las copias antiguas siguen abriéndose con las frases de contraseña de su día, incluso después de cambiar una frase o quitar a un usuario: guárdelas con tanto cuidado como el propio registro.</translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation>Hacer una copia de seguridad en un archivo</translation>
    </message>
    <message>
        <source>Waystation backups (*{suffix})</source>
        <translation>Copias de seguridad de Waystation (*{suffix})</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it with a new backup? The old backup is kept until the new one is fully written.</source>
        <translation>{name} ya existe. ¿Reemplazarlo con una copia nueva? La copia anterior se conserva hasta que la nueva esté escrita por completo.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Copia de seguridad escrita y verificada: {name}</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
        <source>The backup {name} ({size}) was written and checked.</source>
        <translation>La copia de seguridad {name} ({size}) se escribió y se verificó.</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>Only a caseworker or coordinator can {what}.</source>
        <translation>Solo un gestor de casos o una persona coordinadora puede {what}.</translation>
    </message>
    <message>
        <source>Only a coordinator can {what}.</source>
        <translation>Solo una persona coordinadora puede {what}.</translation>
    </message>
</context>
<context>
    <name>create_wizard</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>Close without having printed or written down the recovery key?</source>
        <translation>¿Cerrar sin haber impreso ni anotado la clave de recuperación?</translation>
    </message>
    <message>
        <source>It is shown only now. Without it, a forgotten passphrase of the last coordinator cannot be reset.</source>
        <translation>Solo se muestra ahora. Sin ella, no se puede restablecer la frase de contraseña olvidada de la última persona coordinadora.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep it on screen</source>
        <translation>&amp;Mantenerla en pantalla</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Printing hands an unencrypted copy of this document to your computer&apos;s print system. It may keep that copy in its print queue or history, where Waystation cannot erase it. Print only on a computer and printer you trust.</source>
        <translation>Al imprimir se entrega una copia sin cifrar de este documento al sistema de impresión de su computadora. Puede conservarla en su cola o historial de impresión, donde Waystation no puede borrarla. Imprima solo en una computadora y una impresora de confianza.</translation>
    </message>
    <message>
        <source>The saved PDF file will NOT be encrypted: anyone who can open the file can read it. Save it only where it is safe, and delete it when it is no longer needed.</source>
        <translation>El archivo PDF guardado NO estará cifrado: cualquiera que pueda abrirlo puede leerlo. Guárdelo solo en un lugar seguro y bórrelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Preparing {what}…</source>
        <translation>Preparando: {what}…</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Carta de derivación</translation>
    </message>
    <message>
        <source>Referral packet</source>
        <translation>Paquete de derivación</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>Print this sheet and keep it away from the laptop. It is shown from memory; saving it to a file is not recommended.</source>
        <translation>Imprima esta hoja y guárdela lejos de la laptop. Se muestra desde la memoria; no se recomienda guardarla en un archivo.</translation>
    </message>
</context>
<context>
    <name>erase_dialog</name>
    <message>
        <source>The keys were destroyed: this casebook can no longer be opened on this computer.</source>
        <translation>Las claves se destruyeron: este registro ya no se puede abrir en esta computadora.</translation>
    </message>
    <message>
        <source>Some key files could not be overwritten; the casebook may still open. Delete them by hand or destroy the drive.</source>
        <translation>Algunos archivos de claves no se pudieron sobrescribir; el registro quizá todavía se abra. Bórrelos a mano o destruya la unidad.</translation>
    </message>
    <message>
        <source>Backups of it in its folder, destroyed:</source>
        <translation>Sus copias de seguridad en su carpeta, destruidas:</translation>
    </message>
    <message>
        <source>Files destroyed:</source>
        <translation>Archivos destruidos:</translation>
    </message>
    <message>
        <source>Not removed:</source>
        <translation>No eliminados:</translation>
    </message>
    <message>
        <source>What erase cannot reach:</source>
        <translation>Lo que el borrado no puede alcanzar:</translation>
    </message>
    <message>
        <source>Casebook erased</source>
        <translation>Registro borrado</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Check the user name and passphrase and try again.</source>
        <translation>Revise el nombre de usuario y la frase de contraseña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Close the other Waystation window first.</source>
        <translation>Primero cierre la otra ventana de Waystation.</translation>
    </message>
    <message>
        <source>Open a backup with File › Restore from backup.</source>
        <translation>Abra una copia con «Restaurar una copia de seguridad…» en la ventana de desbloqueo.</translation>
    </message>
    <message>
        <source>Ask a coordinator if you need this.</source>
        <translation>Pídaselo a una persona coordinadora si lo necesita.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Too many wrong passphrases; wait {seconds} seconds and try again.</source>
        <translation>Demasiadas frases de contraseña incorrectas; espere {seconds} segundos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no {kind} with id {id}.</source>
        <translation>No existe ningún elemento «{kind}» con el número {id}.</translation>
    </message>
    <message>
        <source>This casebook is open read-only because {reason}; changes are not possible.</source>
        <translation>Este registro está abierto en solo lectura porque {reason}; no se pueden hacer cambios.</translation>
    </message>
    <message>
        <source>The casebook file is damaged ({path}); restore it from a backup.</source>
        <translation>El archivo del registro está dañado ({path}); restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A file could not be read or written; check the drive and try again.</source>
        <translation>No se pudo leer o escribir un archivo; revise la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and nothing was changed. If it happens again, lock the casebook and open it again.</source>
        <translation>Ocurrió un problema inesperado y no se cambió nada. Si vuelve a pasar, bloquee el registro y ábralo de nuevo.</translation>
    </message>
</context>
<context>
    <name>lock_reason</name>
    <message>
        <source>Locked after %n minute(s) without use.</source>
        <translation>Bloqueado tras %n minuto(s) sin uso.</translation>
    </message>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Bloqueado tras un tiempo sin uso.</translation>
    </message>
    <message>
        <source>Locked with the Lock button (Ctrl+L).</source>
        <translation>Bloqueado con el botón Bloquear (Ctrl+L).</translation>
    </message>
    <message>
        <source>Locked because the computer&apos;s screen locked.</source>
        <translation>Bloqueado porque se bloqueó la pantalla de la computadora.</translation>
    </message>
    <message>
        <source>Locked because the computer was going to sleep.</source>
        <translation>Bloqueado porque la computadora iba a entrar en suspensión.</translation>
    </message>
</context>
<context>
    <name>mainwindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Sponsorships</source>
        <translation>Patrocinios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation>Hacer una copia de seguridad en un archivo…</translation>
    </message>
    <message>
        <source>Emergency erase…</source>
        <translation>Borrado de emergencia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>There is no such user in this casebook.</source>
        <translation>Ese usuario no existe en este registro.</translation>
    </message>
    <message>
        <source>The casebook is locked; unlock it first.</source>
        <translation>El registro está bloqueado; desbloquéelo primero.</translation>
    </message>
    <message>
        <source>This casebook is already open on this computer.</source>
        <translation>Este registro ya está abierto en esta computadora.</translation>
    </message>
    <message>
        <source>This casebook&apos;s file also has another name on this computer (a hard link), and changes made through one name can be lost through the other: delete the extra name and open the casebook by its original name.</source>
        <translation>El archivo de este registro también tiene otro nombre en esta computadora (un enlace duro), y los cambios hechos con un nombre pueden perderse con el otro: borre el nombre sobrante y abra el registro con su nombre original.</translation>
    </message>
    <message>
        <source>The change failed (the disk may be full or not writable); nothing was lost and every member can still open the casebook. Try again.</source>
        <translation>El cambio falló (el disco puede estar lleno o no permitir escritura); no se perdió nada y cada miembro aún puede abrir el registro. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no casebook at that path.</source>
        <translation>No hay ningún registro en esa ruta.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no lo permite.</translation>
    </message>
    <message>
        <source>This change conflicts with the current state; reload and try again.</source>
        <translation>Este cambio entra en conflicto con el estado actual; vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>El disco está lleno; no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This casebook&apos;s key file is from an older version, which cannot do this.</source>
        <translation>El archivo de claves de este registro es de una versión anterior, que no permite hacer esto.</translation>
    </message>
    <message>
        <source>Only the member who signed the roster can re-key.</source>
        <translation>Solo el miembro que firmó la lista de miembros puede cambiar las claves.</translation>
    </message>
    <message>
        <source>A casebook needs at least one coordinator.</source>
        <translation>Un registro necesita al menos una persona coordinadora.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>No puede quitar su propia cuenta.</translation>
    </message>
    <message>
        <source>The key file has no recovery slot.</source>
        <translation>El archivo de claves no tiene ranura de recuperación.</translation>
    </message>
    <message>
        <source>The key file has no slot for a member on the roster.</source>
        <translation>El archivo de claves no tiene ranura para un miembro de la lista.</translation>
    </message>
    <message>
        <source>The change was made but could not be recorded in the database; the next opening records it.</source>
        <translation>El cambio se hizo pero no se pudo registrar en la base de datos; la próxima apertura lo registrará.</translation>
    </message>
    <message>
        <source>This client is already part of the sponsored family.</source>
        <translation>Este cliente ya forma parte de la familia patrocinada.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Este consentimiento ya se retiró.</translation>
    </message>
    <message>
        <source>A referral that was sent can no longer be edited.</source>
        <translation>Una derivación enviada ya no se puede editar.</translation>
    </message>
    <message>
        <source>There is not enough free space for the restored casebook; nothing was written.</source>
        <translation>No hay suficiente espacio libre para el registro restaurado; no se escribió nada.</translation>
    </message>
    <message>
        <source>The casebook is damaged; the backup was not written.</source>
        <translation>El registro está dañado; la copia de seguridad no se escribió.</translation>
    </message>
    <message>
        <source>The casebook changed size while it was read; the backup was not written.</source>
        <translation>El registro cambió de tamaño mientras se leía; la copia de seguridad no se escribió.</translation>
    </message>
    <message>
        <source>Only a coordinator can erase this casebook (a coordinator can let every user do it in the settings).</source>
        <translation>Solo una persona coordinadora puede borrar este registro (puede permitírselo a todos los usuarios en la configuración).</translation>
    </message>
    <message>
        <source>The casebook&apos;s database cannot be read, so your role cannot be checked; erase it with the recovery key.</source>
        <translation>La base de datos del registro no se puede leer, así que no se puede verificar su rol; bórrelo con la clave de recuperación.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file is missing; without it the casebook is already unreadable.</source>
        <translation>Falta el archivo de claves del registro; sin él, el registro ya es ilegible.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos.</translation>
    </message>
    <message>
        <source>A key slot has been tampered with; it was refused.</source>
        <translation>Una ranura de clave fue alterada; se rechazó.</translation>
    </message>
    <message>
        <source>The key file names an unknown key derivation.</source>
        <translation>El archivo de claves indica una derivación de clave desconocida.</translation>
    </message>
    <message>
        <source>A key slot is weaker than Waystation allows; it was refused.</source>
        <translation>Una ranura de clave es más débil de lo que Waystation permite; se rechazó.</translation>
    </message>
    <message>
        <source>A key slot asks for more work than Waystation allows (at most 1 GiB and 16 iterations); it was refused.</source>
        <translation>Una ranura de clave pide más trabajo del que Waystation permite (como máximo 1 GiB y 16 iteraciones); se rechazó.</translation>
    </message>
    <message>
        <source>The key file holds two slots with the same id.</source>
        <translation>El archivo de claves contiene dos ranuras con el mismo identificador.</translation>
    </message>
    <message>
        <source>This pledge is already received.</source>
        <translation>Este compromiso ya se recibió.</translation>
    </message>
    <message>
        <source>This member still has open duties; reassign them first.</source>
        <translation>Este miembro aún tiene tareas abiertas; reasígnelas primero.</translation>
    </message>
    <message>
        <source>This duty is already closed.</source>
        <translation>Esta tarea ya está cerrada.</translation>
    </message>
    <message>
        <source>A volunteer can only mark their own duties done.</source>
        <translation>Un voluntario solo puede marcar como hechas sus propias tareas.</translation>
    </message>
    <message>
        <source>Nothing can be printed for this referral: there is no valid consent to share information with this partner.</source>
        <translation>No se puede imprimir nada para esta derivación: no hay un consentimiento válido para compartir información con este socio.</translation>
    </message>
    <message>
        <source>A volunteer can only update follow-ups assigned to them.</source>
        <translation>Un voluntario solo puede actualizar los seguimientos asignados a él.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Este seguimiento ya está cerrado.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>family link</source>
        <translation>vínculo familiar</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>registro de consentimiento</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>derivación</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>disbursement</source>
        <translation>desembolso</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>sponsorship</source>
        <translation>patrocinio</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>group member</source>
        <translation>miembro del grupo</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>its file cannot be written</source>
        <translation>su archivo no se puede escribir</translation>
    </message>
    <message>
        <source>its disk is full</source>
        <translation>su disco está lleno</translation>
    </message>
    <message>
        <source>its drive is read-only</source>
        <translation>su unidad es de solo lectura</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>gestor de casos</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>voluntario</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sólida</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>muy sólida</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>birth_year</source>
        <translation>año de nacimiento</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>parentesco</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <source>given_how</source>
        <translation>forma del consentimiento</translation>
    </message>
    <message>
        <source>valid_until</source>
        <translation>válido hasta</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>due_date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>id</source>
        <translation>número</translation>
    </message>
    <message>
        <source>lead_user_id</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>support_months</source>
        <translation>meses de apoyo</translation>
    </message>
    <message>
        <source>checkin_member_id</source>
        <translation>miembro de las visitas de control</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>restore target</source>
        <translation>destino de la restauración</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>confirmación</translation>
    </message>
    <message>
        <source>casebook</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>family_size</source>
        <translation>tamaño de la familia</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicadores</translation>
    </message>
    <message>
        <source>birth_date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>immigration_situation</source>
        <translation>situación migratoria</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>citizenships</source>
        <translation>ciudadanías</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>column display_name</source>
        <translation>columna del nombre (display_name)</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>archivo de salida</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>auto-lock minutes</source>
        <translation>minutos antes del bloqueo</translation>
    </message>
    <message>
        <source>follow-up days</source>
        <translation>días antes del seguimiento</translation>
    </message>
    <message>
        <source>letter language</source>
        <translation>idioma de la carta</translation>
    </message>
    <message>
        <source>window titles</source>
        <translation>títulos de las ventanas</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>sponsor_type</source>
        <translation>tipo de patrocinio</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <source>sponsorship_id</source>
        <translation>patrocinio</translation>
    </message>
    <message>
        <source>member_id</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>retention months</source>
        <translation>meses de conservación</translation>
    </message>
    <message>
        <source>rule pack</source>
        <translation>conjunto de reglas</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>separador</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondencia</translation>
    </message>
    <message>
        <source>mapping file</source>
        <translation>archivo de correspondencia</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>current passphrase</source>
        <translation>frase de contraseña actual</translation>
    </message>
    <message>
        <source>that name is already taken in this casebook</source>
        <translation>ese nombre ya está en uso en este registro</translation>
    </message>
    <message>
        <source>must be a year</source>
        <translation>debe ser un año</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must name things that can be shared</source>
        <translation>debe indicar cosas que se pueden compartir</translation>
    </message>
    <message>
        <source>is not one of the known ways</source>
        <translation>no es una de las formas conocidas</translation>
    </message>
    <message>
        <source>is already in the past</source>
        <translation>ya pasó</translation>
    </message>
    <message>
        <source>must be en, fr or es</source>
        <translation>debe ser en, fr o es</translation>
    </message>
    <message>
        <source>a referral starts as a draft</source>
        <translation>una derivación empieza como borrador</translation>
    </message>
    <message>
        <source>a referral cannot be sent without consent</source>
        <translation>una derivación no se puede enviar sin consentimiento</translation>
    </message>
    <message>
        <source>is not a follow-up status</source>
        <translation>no es un estado de seguimiento</translation>
    </message>
    <message>
        <source>is required to update a partner</source>
        <translation>es obligatorio para actualizar un socio</translation>
    </message>
    <message>
        <source>a new sponsorship starts as preparing, submitted or approved; record the arrival afterwards</source>
        <translation>un patrocinio nuevo empieza en preparación, presentado o aprobado; registre la llegada después</translation>
    </message>
    <message>
        <source>is required to update a sponsorship</source>
        <translation>es obligatorio para actualizar un patrocinio</translation>
    </message>
    <message>
        <source>record the arrival with its date instead</source>
        <translation>registre la llegada con su fecha</translation>
    </message>
    <message>
        <source>cannot be changed by editing the sponsorship</source>
        <translation>no se puede cambiar editando el patrocinio</translation>
    </message>
    <message>
        <source>is not a member of this sponsorship</source>
        <translation>no es miembro de este patrocinio</translation>
    </message>
    <message>
        <source>this member has no casebook account</source>
        <translation>este miembro no tiene cuenta en el registro</translation>
    </message>
    <message>
        <source>the reason and the request of a referral are consented to together with that referral</source>
        <translation>el motivo y la solicitud de una derivación se consienten junto con esa derivación</translation>
    </message>
    <message>
        <source>choose at least one thing the person agrees to share</source>
        <translation>elija al menos una cosa que la persona acepta compartir</translation>
    </message>
    <message>
        <source>covers another referral&apos;s own words (its reason or request); record consent for this referral</source>
        <translation>cubre las palabras propias de otra derivación (su motivo o solicitud); registre el consentimiento para esta derivación</translation>
    </message>
    <message>
        <source>was given for another client or partner</source>
        <translation>se dio para otro cliente o socio</translation>
    </message>
    <message>
        <source>is withdrawn or expired</source>
        <translation>está retirado o vencido</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>a casebook already exists there; choose a new file name</source>
        <translation>ya existe un registro allí; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>the open casebook is not the one named for erase</source>
        <translation>el registro abierto no es el indicado para borrar</translation>
    </message>
    <message>
        <source>give a user name and passphrase, or the recovery key</source>
        <translation>indique un nombre de usuario y una frase de contraseña, o la clave de recuperación</translation>
    </message>
    <message>
        <source>it should be 32 letters and digits</source>
        <translation>debe tener 32 letras y dígitos</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 30</source>
        <translation>debe ser un número entero del 1 al 30</translation>
    </message>
    <message>
        <source>must be committed or received</source>
        <translation>debe estar comprometido o recibido</translation>
    </message>
    <message>
        <source>use 1 to 64 printable characters</source>
        <translation>use de 1 a 64 caracteres imprimibles</translation>
    </message>
    <message>
        <source>a casebook already exists there</source>
        <translation>ya existe un registro allí</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>está en el futuro</translation>
    </message>
    <message>
        <source>must be active or closed</source>
        <translation>debe estar activo o cerrado</translation>
    </message>
    <message>
        <source>is not one of the known situations</source>
        <translation>no es una de las situaciones conocidas</translation>
    </message>
    <message>
        <source>does not look like an e-mail address</source>
        <translation>no parece una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be a year between 1900 and this year</source>
        <translation>debe ser un año entre 1900 y este año</translation>
    </message>
    <message>
        <source>is required to update a client</source>
        <translation>es obligatorio para actualizar un cliente</translation>
    </message>
    <message>
        <source>is not a known flag</source>
        <translation>no es un indicador conocido</translation>
    </message>
    <message>
        <source>contains NUL characters; it is not a CSV text file</source>
        <translation>contiene caracteres NUL; no es un archivo de texto CSV</translation>
    </message>
    <message>
        <source>has a header but no rows to import</source>
        <translation>tiene encabezado pero ninguna fila para importar</translation>
    </message>
    <message>
        <source>is a folder; name a file</source>
        <translation>es una carpeta; indique un archivo</translation>
    </message>
    <message>
        <source>must be csv, json or xlsx</source>
        <translation>debe ser csv, json o xlsx</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as &quot;CSV UTF-8&quot;, or import it with --mapping (any encoding)</source>
        <translation>no es texto UTF-8; guárdelo como «CSV UTF-8» o impórtelo con --mapping (cualquier codificación)</translation>
    </message>
    <message>
        <source>is empty; the first row must name the columns</source>
        <translation>está vacío; la primera fila debe nombrar las columnas</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>looks separated by semicolons, tabs or bars, not commas; import it with --mapping FILE.json (or File › Import… in the app)</source>
        <translation>parece separado por punto y coma, tabulaciones o barras, no por comas; impórtelo con --mapping ARCHIVO.json (o Archivo › Importar… en la aplicación)</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 240</source>
        <translation>debe ser un número entero del 1 al 240</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 90</source>
        <translation>debe ser un número entero del 1 al 90</translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation>debe estar activado o desactivado</translation>
    </message>
    <message>
        <source>is larger than 1.5 MB</source>
        <translation>supera 1.5 MB</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>is not a PDF, JPEG, PNG or HEIC file</source>
        <translation>no es un archivo PDF, JPEG, PNG o HEIC</translation>
    </message>
    <message>
        <source>belongs to exactly one client, referral, consent record or sponsorship</source>
        <translation>pertenece exactamente a un cliente, una derivación, un registro de consentimiento o un patrocinio</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>are listed for one owner at a time</source>
        <translation>se listan para un solo propietario a la vez</translation>
    </message>
    <message>
        <source>must be a file name in an existing folder</source>
        <translation>debe ser un nombre de archivo en una carpeta existente</translation>
    </message>
    <message>
        <source>is a damaged JPEG image</source>
        <translation>es una imagen JPEG dañada</translation>
    </message>
    <message>
        <source>is a damaged PNG image</source>
        <translation>es una imagen PNG dañada</translation>
    </message>
    <message>
        <source>is an image too large to open safely</source>
        <translation>es una imagen demasiado grande para abrirla con seguridad</translation>
    </message>
    <message>
        <source>is a damaged or unreadable image</source>
        <translation>es una imagen dañada o ilegible</translation>
    </message>
    <message>
        <source>is required to update a member</source>
        <translation>es obligatorio para actualizar un miembro</translation>
    </message>
    <message>
        <source>a member cannot move to another sponsorship</source>
        <translation>un miembro no puede pasar a otro patrocinio</translation>
    </message>
    <message>
        <source>is required for a duty of kind other</source>
        <translation>es obligatorio para una tarea de tipo «otra»</translation>
    </message>
    <message>
        <source>must be an amount in dollars</source>
        <translation>debe ser una cantidad en dólares</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>tiene más de dos decimales</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>is larger than ten million dollars</source>
        <translation>supera los diez millones de dólares</translation>
    </message>
    <message>
        <source>the file cannot be read as text</source>
        <translation>el archivo no se puede leer como texto</translation>
    </message>
    <message>
        <source>must be today, overdue or week</source>
        <translation>debe ser today, overdue o week</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>the rule pack must be text</source>
        <translation>el conjunto de reglas debe ser texto</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>the text declares another pack id or version</source>
        <translation>el texto declara otro identificador o versión de conjunto</translation>
    </message>
    <message>
        <source>the rule pack file cannot be read</source>
        <translation>el archivo del conjunto de reglas no se puede leer</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>YAML no válido</translation>
    </message>
    <message>
        <source>the YAML expands to too much data</source>
        <translation>el YAML genera demasiados datos</translation>
    </message>
    <message>
        <source>must be a JSON object of question keys and answers</source>
        <translation>debe ser un objeto JSON de claves de preguntas y respuestas</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>not a two-letter country code (ISO 3166-1 alpha-2)</source>
        <translation>no es un código de país de dos letras (ISO 3166-1 alfa-2)</translation>
    </message>
    <message>
        <source>not a country code (ISO 3166-1 alpha-2, e.g. GB, SY)</source>
        <translation>no es un código de país (ISO 3166-1 alfa-2, p. ej., GB, SY)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>question keys must be strings</source>
        <translation>las claves de las preguntas deben ser texto</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>must be one character other than a quote</source>
        <translation>debe ser un solo carácter distinto de una comilla</translation>
    </message>
    <message>
        <source>has no sheets</source>
        <translation>no tiene hojas</translation>
    </message>
    <message>
        <source>is not a readable XLSX workbook</source>
        <translation>no es un libro XLSX legible</translation>
    </message>
    <message>
        <source>no column is mapped to display_name (the name)</source>
        <translation>ninguna columna corresponde a display_name (el nombre)</translation>
    </message>
    <message>
        <source>a follow-up task needs a follow-up date column too</source>
        <translation>una tarea de seguimiento también necesita una columna de fecha de seguimiento</translation>
    </message>
    <message>
        <source>an extra sheet needs exactly one client column</source>
        <translation>una hoja adicional necesita exactamente una columna de cliente</translation>
    </message>
    <message>
        <source>needs &quot;columns&quot;: {&quot;column header&quot;: &quot;field&quot;, ...}</source>
        <translation>necesita &quot;columns&quot;: {&quot;encabezado de columna&quot;: &quot;campo&quot;, ...}</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;columns&quot;: {&quot;column header&quot;: &quot;field&quot;, ...}</source>
        <translation>debe ser un objeto JSON con &quot;columns&quot;: {&quot;encabezado de columna&quot;: &quot;campo&quot;, ...}</translation>
    </message>
    <message>
        <source>on an extra sheet may only be client, notes, household, relatives, followup_date, followup_title or skip</source>
        <translation>en una hoja adicional solo puede ser client, notes, household, relatives, followup_date, followup_title o skip</translation>
    </message>
    <message>
        <source>is not in the mapping file (map it to a field or to &quot;skip&quot;)</source>
        <translation>no está en el archivo de correspondencia (asócielo a un campo o a «skip»)</translation>
    </message>
    <message>
        <source>must be skipped, merged or added</source>
        <translation>debe omitirse, fusionarse o agregarse</translation>
    </message>
    <message>
        <source>is not in this workbook</source>
        <translation>no está en este libro</translation>
    </message>
    <message>
        <source>is the main sheet</source>
        <translation>es la hoja principal</translation>
    </message>
    <message>
        <source>could not be shown</source>
        <translation>no se pudo mostrar</translation>
    </message>
    <message>
        <source>choose one first</source>
        <translation>elija uno primero</translation>
    </message>
    <message>
        <source>choose a new file name first</source>
        <translation>elija primero un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>the two entries differ</source>
        <translation>las dos entradas no coinciden</translation>
    </message>
    <message>
        <source>is larger than 1 MB; use a smaller PNG</source>
        <translation>supera 1 MB; use un PNG más pequeño</translation>
    </message>
    <message>
        <source>is not a PNG image</source>
        <translation>no es una imagen PNG</translation>
    </message>
    <message>
        <source>can be added by a caseworker or coordinator</source>
        <translation>puede agregarlo un gestor de casos o una persona coordinadora</translation>
    </message>
    <message>
        <source>Backups saved in other folders, on other drives or on USB sticks were not reached: each carries its own copy of the keys and still opens with the passphrases of the day it was made. Destroy them separately.</source>
        <translation>Las copias de seguridad guardadas en otras carpetas, otras unidades o memorias USB no se alcanzaron: cada una lleva su propia copia de las claves y todavía se abre con las frases de contraseña del día en que se hizo. Destrúyalas por separado.</translation>
    </message>
    <message>
        <source>Copies sent or synced elsewhere (e-mail, cloud folders, other computers) were not reached. A copy of the casebook file alone cannot be opened without its key file, but a copy that includes the key file can.</source>
        <translation>Las copias enviadas o sincronizadas en otros lugares (correo electrónico, carpetas en la nube, otras computadoras) no se alcanzaron. Una copia del archivo del registro sola no se puede abrir sin su archivo de claves, pero una copia que incluya el archivo de claves sí.</translation>
    </message>
    <message>
        <source>Earlier versions of the key file (left on the disk by each change of passphrase or users), and on SSDs, memory cards, USB sticks and file systems that keep snapshots the overwritten one too, may survive where no program can overwrite them; a forensic examiner who also knows a passphrase, current or past, might recover them. Full-disk encryption protects against this.</source>
        <translation>Las versiones anteriores del archivo de claves (que quedan en el disco con cada cambio de frase de contraseña o de usuarios) y, en SSD, tarjetas de memoria, memorias USB y sistemas de archivos que guardan instantáneas, también la versión sobrescrita, pueden sobrevivir donde ningún programa puede sobrescribirlas; un perito forense que además conozca una frase de contraseña, actual o pasada, podría recuperarlas. El cifrado de disco completo protege contra esto.</translation>
    </message>
    <message>
        <source>Printed letters, packets and recovery sheets, and PDFs saved outside the casebook, are not affected.</source>
        <translation>Las cartas, paquetes y hojas de recuperación impresos, y los PDF guardados fuera del registro, no se ven afectados.</translation>
    </message>
    <message>
        <source>Fragments of what was on screen may remain in the operating system&apos;s swap or hibernation file; shut the computer down fully rather than letting it sleep.</source>
        <translation>Pueden quedar fragmentos de lo que se vio en pantalla en el archivo de intercambio o de hibernación del sistema operativo; apague la computadora por completo en lugar de suspenderla.</translation>
    </message>
    <message>
        <source>view casebook records</source>
        <translation>ver los expedientes del registro</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>agregar notas</translation>
    </message>
    <message>
        <source>update follow-ups assigned to you</source>
        <translation>actualizar los seguimientos asignados a usted</translation>
    </message>
    <message>
        <source>add or edit clients</source>
        <translation>agregar o editar clientes</translation>
    </message>
    <message>
        <source>run and save screenings</source>
        <translation>hacer y guardar evaluaciones</translation>
    </message>
    <message>
        <source>create and move referrals</source>
        <translation>crear y mover derivaciones</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>registrar un consentimiento</translation>
    </message>
    <message>
        <source>manage follow-ups</source>
        <translation>administrar los seguimientos</translation>
    </message>
    <message>
        <source>print letters and packets</source>
        <translation>imprimir cartas y paquetes</translation>
    </message>
    <message>
        <source>add or edit partners</source>
        <translation>agregar o editar socios</translation>
    </message>
    <message>
        <source>manage sponsorships</source>
        <translation>administrar los patrocinios</translation>
    </message>
    <message>
        <source>manage sponsorship budgets and members</source>
        <translation>administrar los presupuestos y miembros de los patrocinios</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar los usuarios</translation>
    </message>
    <message>
        <source>export casebook data</source>
        <translation>exportar los datos del registro</translation>
    </message>
    <message>
        <source>import clients</source>
        <translation>importar clientes</translation>
    </message>
    <message>
        <source>delete or purge records</source>
        <translation>eliminar o purgar expedientes</translation>
    </message>
    <message>
        <source>change casebook settings</source>
        <translation>cambiar la configuración del registro</translation>
    </message>
    <message>
        <source>import rule packs</source>
        <translation>importar conjuntos de reglas</translation>
    </message>
    <message>
        <source>erase the casebook</source>
        <translation>borrar el registro</translation>
    </message>
    <message>
        <source>read the whole audit trail</source>
        <translation>leer todo el registro de auditoría</translation>
    </message>
    <message>
        <source>This casebook&apos;s key file is still format 1 (from an older version): roles come from the users table and the signed list of members does not protect it. This coordinator&apos;s open could not upgrade it: the pre-upgrade backup or the new key file could not be written beside the casebook.</source>
        <translation>El archivo de claves de este registro todavía está en formato 1 (de una versión anterior): los roles vienen de la tabla de usuarios y la lista firmada de miembros no lo protege. La apertura de esta persona coordinadora no pudo actualizarlo: no se pudo escribir la copia previa a la actualización o el nuevo archivo de claves junto al registro.</translation>
    </message>
    <message>
        <source>This casebook&apos;s key file is still format 1 (from an older version): roles come from the users table and the signed list of members does not protect it. A coordinator&apos;s next open upgrades it.</source>
        <translation>El archivo de claves de este registro todavía está en formato 1 (de una versión anterior): los roles vienen de la tabla de usuarios y la lista firmada de miembros no lo protege. La próxima apertura de una persona coordinadora lo actualizará.</translation>
    </message>
    <message>
        <source>The recovery key from before the upgrade can reset a passphrase only for a coordinator; a coordinator should issue a new recovery key.</source>
        <translation>La clave de recuperación de antes de la actualización solo puede restablecer la frase de contraseña de una persona coordinadora; una persona coordinadora debería emitir una clave de recuperación nueva.</translation>
    </message>
    <message>
        <source>Your key slot still has the keys made when the casebook was upgraded; open the casebook again with your passphrase, or ask a coordinator to reset it, before changing members or settings.</source>
        <translation>Su ranura de clave todavía tiene las claves creadas cuando se actualizó el registro; vuelva a abrir el registro con su frase de contraseña, o pida a una persona coordinadora que la restablezca, antes de cambiar miembros o la configuración.</translation>
    </message>
    <message>
        <source>erase for everyone</source>
        <translation>borrado para todos</translation>
    </message>
    <message>
        <source>is larger than {mb} MB, the most one attachment may hold</source>
        <translation>supera los {mb} MB, el máximo que admite un archivo adjunto</translation>
    </message>
    <message>
        <source>would take the casebook&apos;s attachments past {mb} MB; remove some first</source>
        <translation>haría que los archivos adjuntos del registro superaran los {mb} MB; elimine algunos primero</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name or confirm replacing it (--force)</source>
        <translation>{name} ya existe; elija otro nombre o confirme que desea reemplazarlo (--force)</translation>
    </message>
    <message>
        <source>unknown flag {flag!r}</source>
        <translation>indicador desconocido {flag!r}</translation>
    </message>
    <message>
        <source>{code!r} is not a two-letter country code</source>
        <translation>{code!r} no es un código de país de dos letras</translation>
    </message>
    <message>
        <source>{field!r} cannot be shared</source>
        <translation>{field!r} no se puede compartir</translation>
    </message>
    <message>
        <source>has {values} values but the header names {columns} columns</source>
        <translation>tiene {values} valores, pero el encabezado nombra {columns} columnas</translation>
    </message>
    <message>
        <source>is larger than {mb} MB; split it into smaller files</source>
        <translation>supera los {mb} MB; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>es una carpeta, no un archivo CSV</translation>
    </message>
    <message>
        <source>is a folder, not a spreadsheet file</source>
        <translation>es una carpeta, no un archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {most:,}</source>
        <translation>debe ser un número entero del 1 al {most:,}</translation>
    </message>
    <message>
        <source>{service!r} is not a known service</source>
        <translation>{service!r} no es un servicio conocido</translation>
    </message>
    <message>
        <source>{old} cannot become {new}</source>
        <translation>{old} no puede pasar a {new}</translation>
    </message>
    <message>
        <source>type {word} in capitals to erase</source>
        <translation>escriba {word} en mayúsculas para borrar</translation>
    </message>
    <message>
        <source>an extra sheet maps {field} once at most</source>
        <translation>una hoja adicional asigna {field} una vez como máximo</translation>
    </message>
    <message>
        <source>matches existing client #{client}; choose to skip, merge or add it</source>
        <translation>coincide con el cliente existente n.º {client}; elija omitirlo, combinarlo o agregarlo</translation>
    </message>
    <message>
        <source>is not {encoding} text</source>
        <translation>no es texto {encoding}</translation>
    </message>
    <message>
        <source>{name!r} is not a known encoding</source>
        <translation>{name!r} no es una codificación conocida</translation>
    </message>
    <message>
        <source>has more than {most:,} cells; split it</source>
        <translation>tiene más de {most:,} celdas; divídalo</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{status!r} is not a referral status</source>
        <translation>{status!r} no es un estado de derivación</translation>
    </message>
    <message>
        <source>this referral has no {field} written to share</source>
        <translation>esta derivación no tiene ningún campo {field} escrito para compartir</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {most}</source>
        <translation>debe ser un número entero del 1 al {most}</translation>
    </message>
    <message>
        <source>version {version} is not newer than the current {current}</source>
        <translation>la versión {version} no es más reciente que la actual {current}</translation>
    </message>
    <message>
        <source>has more than {count} entries</source>
        <translation>tiene más de {count} entradas</translation>
    </message>
    <message>
        <source>date out of range ({earliest} to {latest})</source>
        <translation>fecha fuera de rango (de {earliest} a {latest})</translation>
    </message>
    <message>
        <source>unknown value (use one of: {choices})</source>
        <translation>valor desconocido (use uno de estos: {choices})</translation>
    </message>
    <message>
        <source>must be at least {minimum:g}</source>
        <translation>debe ser al menos {minimum:g}</translation>
    </message>
    <message>
        <source>must be at most {maximum:g}</source>
        <translation>debe ser como máximo {maximum:g}</translation>
    </message>
    <message>
        <source>not a question of pack {pack}</source>
        <translation>no es una pregunta del conjunto de reglas {pack}</translation>
    </message>
    <message>
        <source>unknown rule pack (available: {packs})</source>
        <translation>conjunto de reglas desconocido (disponibles: {packs})</translation>
    </message>
    <message>
        <source>use one of {choices}</source>
        <translation>use uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{key!r} is not a known setting</source>
        <translation>{key!r} no es una configuración conocida</translation>
    </message>
    <message>
        <source>must be a whole number of months from {least} to {most}</source>
        <translation>debe ser un número entero de meses del {least} al {most}</translation>
    </message>
    <message>
        <source>must be more than the current {months} months</source>
        <translation>debe ser más que los {months} meses actuales</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{value!r} is not one of the known values</source>
        <translation>{value!r} no es uno de los valores conocidos</translation>
    </message>
    <message>
        <source>names {named} columns but the sheet has {columns}</source>
        <translation>nombra {named} columnas, pero la hoja tiene {columns}</translation>
    </message>
    <message>
        <source>{target!r} is not a Waystation field (see waystation import --help)</source>
        <translation>{target!r} no es un campo de Waystation (consulte waystation import --help)</translation>
    </message>
    <message>
        <source>is mapped to {target}, like column {other}</source>
        <translation>está asignada a {target}, igual que la columna {other}</translation>
    </message>
    <message>
        <source>is not a known column (known: {columns})</source>
        <translation>no es una columna conocida (conocidas: {columns})</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>no es un CSV válido ({error})</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} cannot become {new}.</source>
        <translation>Un patrocinio en estado «{status}» no puede pasar a «{new}».</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} cannot record an arrival; it must be approved first.</source>
        <translation>Un patrocinio en estado «{status}» no puede registrar una llegada; primero debe aprobarse.</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} cannot be extended.</source>
        <translation>Un patrocinio en estado «{status}» no se puede prolongar.</translation>
    </message>
    <message>
        <source>A sponsorship that is {status} takes no new duties.</source>
        <translation>Un patrocinio en estado «{status}» no admite nuevas tareas.</translation>
    </message>
    <message>
        <source>Consent is recorded before a referral is sent; this one is {status}.</source>
        <translation>El consentimiento se registra antes de enviar una derivación; esta está en estado «{status}».</translation>
    </message>
    <message>
        <source>A referral that is {status} cannot become {new}.</source>
        <translation>Una derivación en estado «{status}» no puede pasar a «{new}».</translation>
    </message>
    <message>
        <source>A {role} cannot {action}.</source>
        <translation>El rol «{role}» no permite {action}.</translation>
    </message>
    <message>
        <source>Write an amount in dollars, for example {example}.</source>
        <translation>Escriba un monto en dólares, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways; write the cents too, for example {example}.</source>
        <translation>«{text}» se puede leer de dos maneras; escriba también los centavos, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>“{text}” could be read two ways; write it as {example}.</source>
        <translation>«{text}» se puede leer de dos maneras; escríbalo como {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in dollars; write it like {example}.</source>
        <translation>«{text}» no es un monto en dólares; escríbalo como {example}.</translation>
    </message>
    <message>
        <source>{damage} ({name}); restore the key file from a backup.</source>
        <translation>{damage} ({name}); restaure el archivo de claves desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file is damaged ({name}); restore it from a backup.</source>
        <translation>El archivo de claves del registro está dañado ({name}); restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file ({name}) is missing; restore it from a backup.</source>
        <translation>Falta el archivo de claves del registro ({name}); restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The casebook database ({name}) is missing; restore it from a backup.</source>
        <translation>Falta la base de datos del registro ({name}); restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The casebook database ({name}) is empty; restore it from a backup.</source>
        <translation>La base de datos del registro ({name}) está vacía; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The casebook database ({name}) holds no casebook; restore it from a backup.</source>
        <translation>La base de datos ({name}) no contiene ningún registro; restáurela desde una copia de seguridad.</translation>
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
        <translation>Completada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>The key file names an unknown key derivation</source>
        <translation>El archivo de claves indica una derivación de clave desconocida</translation>
    </message>
    <message>
        <source>A key slot is weaker than Waystation allows; it was refused</source>
        <translation>Una ranura de clave es más débil de lo que Waystation permite; se rechazó</translation>
    </message>
    <message>
        <source>A key slot asks for more work than Waystation allows (at most 1 GiB and 16 iterations); it was refused</source>
        <translation>Una ranura de clave pide más trabajo del que Waystation permite (como máximo 1 GiB y 16 iteraciones); se rechazó</translation>
    </message>
    <message>
        <source>A key slot has been tampered with; it was refused</source>
        <translation>Una ranura de clave fue alterada; se rechazó</translation>
    </message>
    <message>
        <source>The key file holds two slots with the same id</source>
        <translation>El archivo de claves contiene dos ranuras con el mismo identificador</translation>
    </message>
    <message>
        <source>The key file&apos;s list of members does not match the casebook ({name}); restore the key file from a backup.</source>
        <translation>La lista de miembros del archivo de claves no coincide con el registro ({name}); restaure el archivo de claves desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file {name} is older than the casebook; restore the newest key file from the latest backup, or copy it back from where it was.</source>
        <translation>El archivo de claves {name} es más antiguo que el registro; restaure el archivo de claves más reciente desde la última copia de seguridad, o vuelva a copiarlo donde estaba.</translation>
    </message>
    <message>
        <source>The key file {name} belongs to a different casebook than the one last opened at this place on this computer; restore the casebook from the latest backup, or copy its files back from where they were.</source>
        <translation>El archivo de claves {name} pertenece a otro registro distinto del último abierto en este lugar en esta computadora; restaure el registro desde la última copia de seguridad, o vuelva a copiar sus archivos donde estaban.</translation>
    </message>
    <message>
        <source>The key file {name} is older than the casebook file {casebook} (or the casebook file was put back from an older copy); restore the newest key file from the latest backup, or copy it back from where it was.</source>
        <translation>El archivo de claves {name} es más antiguo que el archivo del registro {casebook} (o el archivo del registro se restauró desde una copia más antigua); restaure el archivo de claves más reciente desde la última copia de seguridad, o vuelva a copiarlo donde estaba.</translation>
    </message>
    <message>
        <source>The recovery key opened its slot in {name}, but that slot does not carry the casebook&apos;s current key: it was altered, or the key file is older than the casebook. A member&apos;s passphrase may still open it; a coordinator&apos;s verify names the slot and a new recovery key replaces it.</source>
        <translation>La clave de recuperación abrió su ranura en {name}, pero esa ranura no contiene la clave actual del registro: fue alterada, o el archivo de claves es más antiguo que el registro. La frase de contraseña de un miembro todavía puede abrirla; la verificación de un coordinador nombra la ranura y una nueva clave de recuperación la reemplaza.</translation>
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
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recibida por el socio</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Asistencia legal</translation>
    </message>
    <message>
        <source>Shelter housing</source>
        <translation>Albergue y vivienda</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Ayuda económica</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>LGBTQ+ support</source>
        <translation>Apoyo LGBTQ+</translation>
    </message>
    <message>
        <source>Child welfare</source>
        <translation>Protección infantil</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Patrocinio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Common law partner</source>
        <translation>Pareja de hecho</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo o hija</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Hermano</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Hermana</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Abuelo</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Abuela</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Nieto o nieta</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>Tío</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>Tía</translation>
    </message>
    <message>
        <source>Nephew</source>
        <translation>Sobrino</translation>
    </message>
    <message>
        <source>Niece</source>
        <translation>Sobrina</translation>
    </message>
    <message>
        <source>Cousin</source>
        <translation>Primo o prima</translation>
    </message>
    <message>
        <source>In law</source>
        <translation>Familia política</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo o amiga</translation>
    </message>
    <message>
        <source>Half sibling</source>
        <translation>Medio hermano o media hermana</translation>
    </message>
    <message>
        <source>Step parent</source>
        <translation>Padrastro o madrastra</translation>
    </message>
    <message>
        <source>Step sibling</source>
        <translation>Hermanastro o hermanastra</translation>
    </message>
    <message>
        <source>Step child</source>
        <translation>Hijastro o hijastra</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Ciudadano canadiense</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Residente permanente</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>Persona protegida</translation>
    </message>
    <message>
        <source>Removal stayed</source>
        <translation>Orden de expulsión suspendida</translation>
    </message>
    <message>
        <source>Claimant referred</source>
        <translation>Solicitud de refugio remitida a la IRB</translation>
    </message>
    <message>
        <source>Claim ended</source>
        <translation>Solicitud de refugio terminada</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permiso de trabajo</translation>
    </message>
    <message>
        <source>Work permit unenforceable</source>
        <translation>Permiso de trabajo que no cuenta</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permiso de estudios</translation>
    </message>
    <message>
        <source>Study permit invalid</source>
        <translation>Permiso de estudios no válido</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estatus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Acta de nacimiento</translation>
    </message>
    <message>
        <source>PR visa</source>
        <translation>Visa de residente permanente</translation>
    </message>
    <message>
        <source>Temporary resident visa</source>
        <translation>Visa de residente temporal</translation>
    </message>
    <message>
        <source>Temporary resident permit</source>
        <translation>Permiso de residencia temporal</translation>
    </message>
    <message>
        <source>Travel document a31</source>
        <translation>Documento de viaje (IRPA 31(3))</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Documento de viaje para refugiados</translation>
    </message>
    <message>
        <source>Temporary travel document r151</source>
        <translation>Documento de viaje temporal (IRPR 151)</translation>
    </message>
    <message>
        <source>Transit visa</source>
        <translation>Visa de tránsito</translation>
    </message>
    <message>
        <source>Eta</source>
        <translation>eTA (autorización electrónica de viaje)</translation>
    </message>
    <message>
        <source>Us work authorization</source>
        <translation>Autorización de trabajo de EE. UU.</translation>
    </message>
    <message>
        <source>Us asylum receipt</source>
        <translation>Recibo de asilo de EE. UU.</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Verbal with interpreter</source>
        <translation>Oral, con intérprete</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Ciudadanías</translation>
    </message>
    <message>
        <source>Immigration situation</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
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
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Impedimento</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>A bar is likely — get legal help urgently.</source>
        <translation>Es probable que haya un impedimento: busque ayuda legal con urgencia.</translation>
    </message>
    <message>
        <source>Needs review by someone with legal training.</source>
        <translation>Debe revisarlo alguien con formación legal.</translation>
    </message>
    <message>
        <source>No bar found on these answers.</source>
        <translation>No se encontró ningún impedimento con estas respuestas.</translation>
    </message>
    <message>
        <source>No bar found</source>
        <translation>Sin impedimento</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Legal help (urgent)</source>
        <translation>Ayuda legal (urgente)</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Debido a</translation>
    </message>
    <message>
        <source>Suggested referral</source>
        <translation>Derivación sugerida</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>law current to</source>
        <translation>leyes vigentes al</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>This screening is not legal advice: the law and each person&apos;s facts can differ, so have a lawyer or legal clinic confirm it before anyone acts on it.</source>
        <translation>Esta evaluación no es asesoría legal: la ley y los hechos de cada persona pueden variar, así que pida a un abogado o a una clínica legal que la confirme antes de actuar.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Tesorería</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gestor de casos</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Airport reception</source>
        <translation>Recibimiento en el aeropuerto</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Provincial health card</source>
        <translation>Tarjeta provincial de salud</translation>
    </message>
    <message>
        <source>Social insurance number</source>
        <translation>Número de seguro social</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Canada child benefit</source>
        <translation>Prestación canadiense por hijos</translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation>Inscripción escolar</translation>
    </message>
    <message>
        <source>Language classes</source>
        <translation>Clases de idioma</translation>
    </message>
    <message>
        <source>Employment support</source>
        <translation>Apoyo para el empleo</translation>
    </message>
    <message>
        <source>Link the family&apos;s client records or set the family size to see the requirement.</source>
        <translation>Vincule los expedientes de la familia o fije el tamaño de la familia para ver lo requerido.</translation>
    </message>
    <message>
        <source>More has been paid out than was committed.</source>
        <translation>Se ha pagado más de lo comprometido.</translation>
    </message>
    <message>
        <source>{n} eligible — a Group of Five needs at least {minimum}</source>
        <translation>{n} elegibles — un Grupo de Cinco necesita al menos {minimum}</translation>
    </message>
    <message>
        <source>Is a private sponsorship application ready?</source>
        <translation>¿Está lista la solicitud de patrocinio privado?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation>Provincia / estado</translation>
    </message>
    <message>
        <source>Immigration notes</source>
        <translation>Notas migratorias</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Miembros del hogar</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Familiares en Canadá</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Tarea de seguimiento</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Omitir esta columna</translation>
    </message>
    <message>
        <source>names no client of the main sheet</source>
        <translation>no nombra a ningún cliente de la hoja principal</translation>
    </message>
    <message>
        <source>names a client who appears on several rows of the main sheet</source>
        <translation>nombra a un cliente que aparece en varias filas de la hoja principal</translation>
    </message>
    <message>
        <source>is longer than 10000 characters</source>
        <translation>tiene más de 10 000 caracteres</translation>
    </message>
    <message>
        <source>has a name longer than 200 characters</source>
        <translation>tiene un nombre de más de 200 caracteres</translation>
    </message>
    <message>
        <source>is longer than 300 characters</source>
        <translation>tiene más de 300 caracteres</translation>
    </message>
    <message>
        <source>has a follow-up task but no follow-up date</source>
        <translation>tiene una tarea de seguimiento pero ninguna fecha de seguimiento</translation>
    </message>
    <message>
        <source>the sheet has a header but no rows</source>
        <translation>la hoja tiene encabezado pero ninguna fila</translation>
    </message>
    <message>
        <source>has a value but no header above it</source>
        <translation>tiene un valor pero ningún encabezado encima</translation>
    </message>
    <message>
        <source>is required (the person&apos;s name)</source>
        <translation>es obligatorio (el nombre de la persona)</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
        <source>row {row}, {field}</source>
        <translation>fila {row}, {field}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
</context>
<context>
    <name>settings.page</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>Versión en uso</translation>
    </message>
    <message>
        <source>Law current to</source>
        <translation>Ley vigente al</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Restored what you were typing before the casebook locked.</source>
        <translation>Se recuperó lo que estaba escribiendo antes de que se bloqueara el registro.</translation>
    </message>
    <message>
        <source>Kept from before the casebook locked: {names}. Open it again to carry on where you were.</source>
        <translation>Conservado de antes de que se bloqueara el registro: {names}. Ábralo de nuevo para seguir donde estaba.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard changes to {what}?</source>
        <translation>¿Descartar los cambios en {what}?</translation>
    </message>
    <message>
        <source>What you typed has not been saved.</source>
        <translation>Lo que escribió no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>this form</source>
        <translation>este formulario</translation>
    </message>
</context>
</TS>
