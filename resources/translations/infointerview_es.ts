<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{app} {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Plan, run and follow up informational interviews: twenty-minute conversations to learn about an occupation from someone who works in it.</source>
        <translation>Preparar, llevar a cabo y dar seguimiento a entrevistas informativas: conversaciones de veinte minutos para conocer una ocupación de la mano de alguien que trabaja en ella.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>Your data is kept in:
{folder}</source>
        <translation>Sus datos se guardan en:
{folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Your data is kept in:
{folder}
(No file manager could be opened; copy the path above.)</source>
        <translation>Sus datos se guardan en:
{folder}
(No se pudo abrir ningún gestor de archivos; copie la ruta de arriba.)</translation>
    </message>
</context>
<context>
    <name>ActionsDuePanel</name>
    <message>
        <source>Nothing to do today. Follow-ups and reminders will appear here.</source>
        <translation>Nada que hacer hoy. Aquí aparecerán seguimientos y recordatorios.</translation>
    </message>
    <message>
        <source>The follow-up suggestions you dismissed</source>
        <translation>Las sugerencias de seguimiento que descartó</translation>
    </message>
    <message>
        <source>Dismissed follow-ups</source>
        <translation>Seguimientos descartados</translation>
    </message>
    <message numerus="yes">
        <source>○ %n interview(s) with an unfinished wrap-up</source>
        <translation><numerusform>○ %n entrevista con el cierre sin terminar</numerusform><numerusform>○ %n entrevistas con el cierre sin terminar</numerusform></translation>
    </message>
    <message>
        <source>Open the first</source>
        <translation>Abrir la primera</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… y %n más</numerusform><numerusform>… y %n más</numerusform></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>✉ {reminder}</source>
        <translation>✉ {reminder}</translation>
    </message>
    <message>
        <source>Write it…</source>
        <translation>Escribirla…</translation>
    </message>
    <message>
        <source>◷ {when}: interview with {name} · {preparation}</source>
        <translation>◷ {when}: entrevista con {name} · {preparation}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>→ {suggestion}</source>
        <translation>→ {suggestion}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this suggestion for good; it stays under Dismissed</source>
        <translation>Ocultar esta sugerencia para siempre; queda en Descartados</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Hide this suggestion until a later day</source>
        <translation>Ocultar esta sugerencia hasta otro día</translation>
    </message>
    <message>
        <source>Until tomorrow ({day})</source>
        <translation>Hasta mañana ({day})</translation>
    </message>
    <message>
        <source>Until next week ({day})</source>
        <translation>Hasta la semana que viene ({day})</translation>
    </message>
    <message>
        <source>Until a day you choose…</source>
        <translation>Hasta el día que elija…</translation>
    </message>
    <message numerus="yes">
        <source>Dismissed (%n)</source>
        <translation><numerusform>Descartados (%n)</numerusform><numerusform>Descartados (%n)</numerusform></translation>
    </message>
    <message>
        <source>Contact another person (no reply from {name})</source>
        <translation>Contactar con otra persona (sin respuesta de {name})</translation>
    </message>
    <message>
        <source>Send one polite follow-up to {name}</source>
        <translation>Enviar un único recordatorio amable a {name}</translation>
    </message>
    <message>
        <source>Confirm the time with {name}</source>
        <translation>Confirmar la hora con {name}</translation>
    </message>
    <message>
        <source>{what} — due {due}</source>
        <translation>{what} — vence {due}</translation>
    </message>
</context>
<context>
    <name>AddPeople</name>
    <message>
        <source>Adding the people…</source>
        <translation>Añadiendo a las personas…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added.</source>
        <translation><numerusform>%n persona añadida.</numerusform><numerusform>%n personas añadidas.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: the people could not be added. The details are in the log file.</source>
        <translation>No se importó nada: no se pudo añadir a las personas. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>A backup of your data could not be made ({reason}). Your data itself is safe; another try comes later.</source>
        <translation>No se pudo hacer una copia de seguridad de sus datos ({reason}). Sus datos están a salvo; se volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Notes not saved: the disk is full ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation>Notas sin guardar: el disco está lleno ({detail}). Se mantienen en pantalla y se reintenta guardarlas; no cierre la aplicación.</translation>
    </message>
    <message>
        <source>Notes not saved: the data folder is read-only ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation>Notas sin guardar: la carpeta de datos es de solo lectura ({detail}). Se mantienen en pantalla y se reintenta guardarlas; no cierre la aplicación.</translation>
    </message>
    <message>
        <source>Notes not saved: another program is holding the database ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation>Notas sin guardar: otro programa tiene ocupada la base de datos ({detail}). Se mantienen en pantalla y se reintenta guardarlas; no cierre la aplicación.</translation>
    </message>
    <message>
        <source>Notes not saved: the database could not be written ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation>Notas sin guardar: no se pudo escribir en la base de datos ({detail}). Se mantienen en pantalla y se reintenta guardarlas; no cierre la aplicación.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{when} — cannot be read</source>
        <translation>{when} — no se puede leer</translation>
    </message>
    <message>
        <source>{when} — {contents}</source>
        <translation>{when} — {contents}</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation><numerusform>%n entrevista</numerusform><numerusform>%n entrevistas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n persona</numerusform><numerusform>%n personas</numerusform></translation>
    </message>
    <message>
        <source>{interviews}, {people}, no notes</source>
        <translation>{interviews}, {people}, sin notas</translation>
    </message>
    <message>
        <source>{interviews}, {people}, newest note {day}</source>
        <translation>{interviews}, {people}, última nota {day}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Informational interview with {name}</source>
        <translation>Entrevista informativa con {name}</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>Preguntas que hacer:</translation>
    </message>
    <message>
        <source>Confirm the time</source>
        <translation>Confirmar la hora</translation>
    </message>
    <message>
        <source>This interview has no time yet, so it cannot go in a calendar.</source>
        <translation>Esta entrevista aún no tiene hora, así que no puede ir a un calendario.</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved in {folder} ({reason}). Choose another folder.</source>
        <translation>No se pudo guardar el archivo de calendario en {folder} ({reason}). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved {file}: open it to add the interview to your calendar.</source>
        <translation>Guardado {file}: ábralo para añadir la entrevista a su calendario.</translation>
    </message>
</context>
<context>
    <name>CallScript</name>
    <message>
        <source>[your name]</source>
        <translation>[su nombre]</translation>
    </message>
    <message>
        <source>Someone who knows your work suggested I get in touch with you.</source>
        <translation>Alguien que conoce su trabajo me sugirió que me pusiera en contacto con usted.</translation>
    </message>
    <message>
        <source>Your name came up when I asked who could tell me more about this work.</source>
        <translation>Su nombre salió cuando pregunté quién podría contarme más sobre este trabajo.</translation>
    </message>
    <message>
        <source>{referrer} suggested I speak with you.</source>
        <translation>{referrer} me sugirió que hablara con usted.</translation>
    </message>
    <message>
        <source>I found your name in a directory.</source>
        <translation>Encontré su nombre en un directorio.</translation>
    </message>
    <message>
        <source>Hello {first_name}, my name is {your_name}.</source>
        <translation>Hola, {first_name}, me llamo {your_name}.</translation>
    </message>
    <message>
        <source>Hello, my name is {your_name}.</source>
        <translation>Hola, me llamo {your_name}.</translation>
    </message>
    <message>
        <source>I'm exploring work as {role}, and I'm seeking information and guidance from people who do it — I'm not asking for a job.</source>
        <translation>Estoy explorando el trabajo de {occupation} y busco información y orientación de personas que se dedican a ello; no estoy pidiendo empleo.</translation>
    </message>
    <message>
        <source>I'm exploring your line of work, and I'm seeking information and guidance from people who do it — I'm not asking for a job.</source>
        <translation>Estoy explorando su campo de trabajo y busco información y orientación de personas que se dedican a ello; no estoy pidiendo empleo.</translation>
    </message>
    <message>
        <source>Could I have {minutes} minutes of your time, at a time that suits you?</source>
        <translation>¿Podría dedicarme {minutes} minutos de su tiempo, cuando mejor le venga?</translation>
    </message>
    <message>
        <source>You did not ask {referrer} whether you may mention them, so the text leaves their name out.</source>
        <translation>No preguntó a {referrer} si puede mencionarle, así que el texto no incluye su nombre.</translation>
    </message>
    <message>
        <source>{referrer} asked not to be mentioned, so the text leaves their name out.</source>
        <translation>{referrer} pidió que no se le mencionara, así que el texto no incluye su nombre.</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
</context>
<context>
    <name>CardImportDialog</name>
    <message>
        <source>Import a business card</source>
        <translation>Importar una tarjeta de visita</translation>
    </message>
    <message>
        <source>Cards in the file</source>
        <translation>Tarjetas del archivo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
    <message numerus="yes">
        <source>“{file}” holds %n card(s). Choose the one to take details from:</source>
        <translation><numerusform>«{file}» contiene %n tarjeta. Elija de cuál tomar los datos:</numerusform><numerusform>«{file}» contiene %n tarjetas. Elija de cuál tomar los datos:</numerusform></translation>
    </message>
    <message>
        <source>Whose card this is</source>
        <translation>De quién es esta tarjeta</translation>
    </message>
    <message>
        <source>Changes the card would make</source>
        <translation>Cambios que haría la tarjeta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>From the card</source>
        <translation>De la tarjeta</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>Aplicar los cambios marcados</translation>
    </message>
    <message>
        <source>This card is for {card_name}, not {person_name}</source>
        <translation>Esta tarjeta es de {card_name}, no de {person_name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Untick what should stay as it is. Fields the card does not have are kept.</source>
        <translation>Desmarque lo que deba quedar como está. Se conservan los campos que la tarjeta no tiene.</translation>
    </message>
    <message>
        <source>This card holds nothing that differs from what is saved.</source>
        <translation>Esta tarjeta no tiene nada distinto de lo guardado.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>one a line, e.g. work: name@example.com</source>
        <translation>uno por línea, p. ej. trabajo: nombre@example.com</translation>
    </message>
    <message>
        <source>Email problems</source>
        <translation>Problemas con los correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>one a line, e.g. cell: +1 555 010 2030</source>
        <translation>uno por línea, p. ej. móvil: +34 600 000 000</translation>
    </message>
    <message>
        <source>Phone problems</source>
        <translation>Problemas con los teléfonos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>street, town, postcode, country</source>
        <translation>calle, localidad, código postal, país</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>one a line</source>
        <translation>uno por línea</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>E&amp;mails:</source>
        <translation>Co&amp;rreos:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Telé&amp;fonos:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>Sitios &amp;web:</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Guardar tarjeta</translation>
    </message>
    <message>
        <source>Import vCard…</source>
        <translation>Importar vCard…</translation>
    </message>
    <message>
        <source>vCard version to export</source>
        <translation>Versión de vCard para exportar</translation>
    </message>
    <message>
        <source>vCard {version}</source>
        <translation>vCard {version}</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Exportar vCard…</translation>
    </message>
    <message>
        <source>Attach photo or scan…</source>
        <translation>Adjuntar foto o escaneo…</translation>
    </message>
    <message>
        <source>No picture of the card</source>
        <translation>No hay imagen de la tarjeta</translation>
    </message>
    <message>
        <source>Picture of the card</source>
        <translation>Imagen de la tarjeta</translation>
    </message>
    <message>
        <source>The card needs a name; the other details are saved.</source>
        <translation>La tarjeta necesita un nombre; los demás datos se han guardado.</translation>
    </message>
    <message>
        <source>Saved, but some values need a look: see the messages under the fields.</source>
        <translation>Guardado, pero algunos valores necesitan revisión: vea los mensajes bajo los campos.</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Tarjeta guardada.</translation>
    </message>
    <message>
        <source>Import a vCard</source>
        <translation>Importar un vCard</translation>
    </message>
    <message>
        <source>“{file}” cannot be read: {reason}.</source>
        <translation>No se puede leer «{file}»: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was changed by “{file}”.</source>
        <translation>«{file}» no ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) from “{file}”; some values need a look.</source>
        <translation><numerusform>Se tomó %n cambio de «{file}»; algunos valores necesitan revisión.</numerusform><numerusform>Se tomaron %n cambios de «{file}»; algunos valores necesitan revisión.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) from “{file}”.</source>
        <translation><numerusform>Se tomó %n cambio de «{file}».</numerusform><numerusform>Se tomaron %n cambios de «{file}».</numerusform></translation>
    </message>
    <message>
        <source>The card needs a name before it can be exported.</source>
        <translation>La tarjeta necesita un nombre antes de poder exportarla.</translation>
    </message>
    <message>
        <source>Export a vCard</source>
        <translation>Exportar un vCard</translation>
    </message>
    <message>
        <source>The vCard could not be saved to {path}: {reason}.</source>
        <translation>No se pudo guardar el vCard en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved a vCard {version} as {path}.</source>
        <translation>Se guardó un vCard {version} como {path}.</translation>
    </message>
    <message>
        <source>Attach a photo or scan of the card</source>
        <translation>Adjuntar una foto o un escaneo de la tarjeta</translation>
    </message>
    <message>
        <source>Attached “{file}”; a copy is kept with your data.</source>
        <translation>Se adjuntó «{file}»; se guarda una copia con sus datos.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf)</source>
        <translation>Imágenes o PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf)</translation>
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation>Adjunto: {file}</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>As text</source>
        <translation>Como texto</translation>
    </message>
    <message>
        <source>Show this picture's numbers as words</source>
        <translation>Mostrar los números de esta imagen en palabras</translation>
    </message>
    <message>
        <source>Show {picture} as text</source>
        <translation>Mostrar {picture} como texto</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>(leave out)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name prefix (Dr., Ms.)</source>
        <translation>Tratamiento (Dr., Sra.)</translation>
    </message>
    <message>
        <source>Name suffix (Jr.)</source>
        <translation>Sufijo del nombre (Jr.)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email's label</source>
        <translation>Etiqueta del correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone's label</source>
        <translation>Etiqueta del teléfono</translation>
    </message>
    <message>
        <source>Address (whole)</source>
        <translation>Dirección (completa)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation>Región o estado</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Apartado de correos</translation>
    </message>
    <message>
        <source>Address's label</source>
        <translation>Etiqueta de la dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCards (*.vcf *.vcard);;CSV files (*.csv);;All files (*)</source>
        <translation>Contactos (*.vcf *.vcard *.csv);;vCards (*.vcf *.vcard);;Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read. The details are in the log file.</source>
        <translation>No se pudo leer {file}. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>{file} holds no cards.</source>
        <translation>{file} no contiene ninguna tarjeta.</translation>
    </message>
</context>
<context>
    <name>ContactSource</name>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Vecindario</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Coworker</source>
        <translation>Compañero/a de trabajo</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>To contact</source>
        <translation>Por contactar</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Entrevistado</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Agradecido</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{stage} — under 1 min left</source>
        <translation>{stage} — queda menos de 1 min</translation>
    </message>
    <message numerus="yes">
        <source>{stage} — %n min left</source>
        <translation><numerusform>{stage} — quedan %n min</numerusform><numerusform>{stage} — quedan %n min</numerusform></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Overtime +{time}</source>
        <translation>Tiempo extra +{time}</translation>
    </message>
    <message>
        <source>Paused · {words}</source>
        <translation>En pausa · {words}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n s</source>
        <translation><numerusform>Terminada tras %n s</numerusform><numerusform>Terminada tras %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n min</source>
        <translation><numerusform>Terminada tras %n min</numerusform><numerusform>Terminada tras %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n min {seconds} s</source>
        <translation><numerusform>Terminada tras %n min {seconds} s</numerusform><numerusform>Terminada tras %n min {seconds} s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ready — %n min planned</source>
        <translation><numerusform>Preparada — %n min previstos</numerusform><numerusform>Preparada — %n min previstos</numerusform></translation>
    </message>
</context>
<context>
    <name>CountdownController</name>
    <message>
        <source>The saved countdown for this interview could not be read, so it starts again from the planned length. Adjust it with the minute buttons if the conversation is under way.</source>
        <translation>No se pudo leer la cuenta atrás guardada de esta entrevista, así que empieza de nuevo desde la duración prevista. Ajústela con los botones de minutos si la conversación ya ha empezado.</translation>
    </message>
    <message>
        <source>The countdown could not be saved, so it would not survive a restart. It keeps running, and it is saved by itself as soon as the disk allows; check that the disk is not full.</source>
        <translation>No se pudo guardar la cuenta atrás, así que no sobreviviría a un reinicio. Sigue en marcha y se guardará sola en cuanto el disco lo permita; compruebe que el disco no esté lleno.</translation>
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <source>Click the time, then:</source>
        <translation>Haga clic en el tiempo y luego:</translation>
    </message>
    <message>
        <source>Space start/pause</source>
        <translation>Espacio iniciar/pausar</translation>
    </message>
    <message>
        <source>+/↑ add 1 min</source>
        <translation>+/↑ añadir 1 min</translation>
    </message>
    <message>
        <source>−/↓ take 1</source>
        <translation>−/↓ quitar 1</translation>
    </message>
    <message>
        <source>PgUp/PgDn 5 min</source>
        <translation>RePág/AvPág 5 min</translation>
    </message>
    <message>
        <source>from anywhere on the page:</source>
        <translation>desde cualquier parte de la página:</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Espacio</translation>
    </message>
    <message>
        <source>Ctrl+Shift+↑/↓</source>
        <translation>Ctrl+Mayús+↑/↓</translation>
    </message>
    <message>
        <source>Restart the countdown?</source>
        <translation>¿Reiniciar la cuenta atrás?</translation>
    </message>
    <message>
        <source>The countdown will start again from the full planned length, and the time counted so far is lost.</source>
        <translation>La cuenta atrás volverá a empezar desde la duración prevista completa y se perderá el tiempo contado hasta ahora.</translation>
    </message>
    <message>
        <source>Interview countdown</source>
        <translation>Cuenta atrás de la entrevista</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Click the time (or Tab to it) so these keys reach the countdown</source>
        <translation>Haga clic en el tiempo (o llegue con Tab) para que estas teclas lleguen a la cuenta atrás</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start again from the full planned length</source>
        <translation>Empezar de nuevo desde la duración prevista completa</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End the interview's countdown</source>
        <translation>Terminar la cuenta atrás de la entrevista</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Start or pause the countdown ({keys})</source>
        <translation>Iniciar o pausar la cuenta atrás ({keys})</translation>
    </message>
    <message>
        <source>Take away 5 minutes ({keys})</source>
        <translation>Quitar 5 minutos ({keys})</translation>
    </message>
    <message>
        <source>Take away 1 minute ({keys})</source>
        <translation>Quitar 1 minuto ({keys})</translation>
    </message>
    <message>
        <source>Add 1 minute ({keys})</source>
        <translation>Añadir 1 minuto ({keys})</translation>
    </message>
    <message>
        <source>Add 5 minutes ({keys})</source>
        <translation>Añadir 5 minutos ({keys})</translation>
    </message>
    <message>
        <source>Show the countdown full screen on the second screen ({keys}); Esc leaves full screen, then closes it</source>
        <translation>Mostrar la cuenta atrás a pantalla completa en la segunda pantalla ({keys}); Esc sale de pantalla completa y después la cierra</translation>
    </message>
    <message>
        <source>Take away 5 minutes</source>
        <translation>Quitar 5 minutos</translation>
    </message>
    <message>
        <source>Take away 1 minute</source>
        <translation>Quitar 1 minuto</translation>
    </message>
    <message>
        <source>Add 1 minute</source>
        <translation>Añadir 1 minuto</translation>
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation>Añadir 5 minutos</translation>
    </message>
    <message>
        <source>Time is up —</source>
        <translation>Se acabó el tiempo —</translation>
    </message>
    <message>
        <source>Finish and wrap up</source>
        <translation>Terminar y cerrar</translation>
    </message>
    <message>
        <source>End the interview now and start its wrap-up</source>
        <translation>Terminar ahora la entrevista y empezar su cierre</translation>
    </message>
    <message>
        <source>Keep talking</source>
        <translation>Seguir hablando</translation>
    </message>
    <message>
        <source>Put this away; finish whenever you like with “Finish interview…”</source>
        <translation>Ocultar esto; termine cuando quiera con «Terminar entrevista…»</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>{time}, {words}</source>
        <translation>{time}, {words}</translation>
    </message>
</context>
<context>
    <name>CountdownStage</name>
    <message>
        <source>On track</source>
        <translation>En hora</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>A cerrar</translation>
    </message>
    <message>
        <source>Last minutes</source>
        <translation>Últimos minutos</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Tiempo extra</translation>
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>The file is larger than 50 MB; it is not a list of contacts.</source>
        <translation>El archivo ocupa más de 50 MB; no es una lista de contactos.</translation>
    </message>
    <message>
        <source>The file is not text: it holds binary data.</source>
        <translation>El archivo no es texto: contiene datos binarios.</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read as a table row.</source>
        <translation>La línea {line} del archivo no se puede leer como una fila de tabla.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation>El archivo está vacío: no tiene una fila de encabezado que nombre sus columnas.</translation>
    </message>
    <message>
        <source>“{value}” could not be read as a phone number; it is kept as written.</source>
        <translation>«{value}» no se pudo leer como número de teléfono; se guarda tal como está escrito.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a valid phone number; it is kept as written.</source>
        <translation>«{value}» no parece un número de teléfono válido; se guarda tal como está escrito.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an email address (name@example.com); it is kept as written.</source>
        <translation>«{value}» no parece una dirección de correo (nombre@example.com); se guarda tal como está escrita.</translation>
    </message>
    <message>
        <source>This row has more than one address; only the first is kept.</source>
        <translation>Esta fila tiene más de una dirección; solo se guarda la primera.</translation>
    </message>
    <message>
        <source>This row has no name, so it is left out.</source>
        <translation>Esta fila no tiene nombre, así que no se importa.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) where the header names {expected}, so it is left out (a comma or quote inside a value may be missing its quotes).</source>
        <translation><numerusform>Esta fila tiene %n campo y el encabezado nombra {expected}, así que no se importa (quizá a una coma o unas comillas dentro de un valor les faltan las comillas).</numerusform><numerusform>Esta fila tiene %n campos y el encabezado nombra {expected}, así que no se importa (quizá a una coma o unas comillas dentro de un valor les faltan las comillas).</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import people from {file}</source>
        <translation>Importar personas de {file}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Preview the rows</source>
        <translation>Ver las filas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n row(s). Choose what each column holds; the values beside it are from the first rows. Nothing is imported yet.</source>
        <translation><numerusform>{file} tiene %n fila. Elija qué contiene cada columna; los valores de al lado son de las primeras filas. Todavía no se importa nada.</numerusform><numerusform>{file} tiene %n filas. Elija qué contiene cada columna; los valores de al lado son de las primeras filas. Todavía no se importa nada.</numerusform></translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Leer el archivo como</translation>
    </message>
    <message>
        <source>Hide columns that are empty in every row</source>
        <translation>Ocultar las columnas vacías en todas las filas</translation>
    </message>
    <message>
        <source>Read the file as:</source>
        <translation>Leer el archivo como:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>What “{column}” holds</source>
        <translation>Qué contiene «{column}»</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas por importar</translation>
    </message>
    <message>
        <source>Show only rows to check</source>
        <translation>Mostrar solo las filas por revisar</translation>
    </message>
    <message numerus="yes">
        <source>{first} (and %n more)</source>
        <translation><numerusform>{first} (y %n más)</numerusform><numerusform>{first} (y %n más)</numerusform></translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Leyendo las filas…</translation>
    </message>
    <message>
        <source>The rows could not be read. The details are in the log file.</source>
        <translation>No se pudieron leer las filas. Los detalles están en el archivo de registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, each as a new person; nobody you have now is changed.</source>
        <translation><numerusform>%n persona por añadir, como persona nueva; no cambia nadie de los que ya tiene.</numerusform><numerusform>%n personas por añadir, cada una como persona nueva; no cambia nadie de los que ya tiene.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; “To check” says why.</source>
        <translation><numerusform>%n fila no se importa; «Por revisar» dice por qué.</numerusform><numerusform>%n filas no se importan; «Por revisar» dice por qué.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Values to check in %n row(s); they are imported as written.</source>
        <translation><numerusform>Valores por revisar en %n fila; se importan tal como están escritos.</numerusform><numerusform>Valores por revisar en %n filas; se importan tal como están escritos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation><numerusform>Importar %n persona</numerusform><numerusform>Importar %n personas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out.</source>
        <translation><numerusform>%n fila no importada.</numerusform><numerusform>%n filas no importadas.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomQuestionDialog</name>
    <message>
        <source>Edit your question</source>
        <translation>Editar su pregunta</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>What would you like to ask?</source>
        <translation>¿Qué le gustaría preguntar?</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>TIARA tag</source>
        <translation>Etiqueta TIARA</translation>
    </message>
    <message>
        <source>Minutes estimate</source>
        <translation>Minutos estimados</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;TIARA tag:</source>
        <translation>&amp;Etiqueta TIARA:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>A gentle note on “{words}”: {why} You can still keep the question as it is.</source>
        <translation>Una nota amable sobre «{words}»: {why} Puede conservar la pregunta tal como está.</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>{app}: your data file cannot be read</source>
        <translation>{app}: no se puede leer su archivo de datos</translation>
    </message>
    <message>
        <source>The file is kept as it is, renamed, whatever you choose: nothing is deleted.</source>
        <translation>El archivo se conserva tal cual, con otro nombre, elija lo que elija: no se borra nada.</translation>
    </message>
    <message>
        <source>Your newest good backup is from {when}: {contents}.</source>
        <translation>Su copia de seguridad buena más reciente es del {when}: {contents}.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup of {when}</source>
        <translation>&amp;Restaurar la copia del {when}</translation>
    </message>
    <message>
        <source>Rescue copies everything that can still be read into a new file and says what it found.</source>
        <translation>El rescate copia todo lo que aún se puede leer en un archivo nuevo e informa de lo que encontró.</translation>
    </message>
    <message>
        <source>Re&amp;scue what can be read</source>
        <translation>Re&amp;scatar lo que se pueda leer</translation>
    </message>
    <message>
        <source>Start a &amp;new empty store</source>
        <translation>Empezar con un almacén &amp;nuevo vacío</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>{app}: rescue finished</source>
        <translation>{app}: rescate terminado</translation>
    </message>
    <message>
        <source>This is what could be read from the damaged file:</source>
        <translation>Esto es lo que se pudo leer del archivo dañado:</translation>
    </message>
    <message>
        <source>The damaged file is kept beside your data as {file}, exactly as it was.</source>
        <translation>El archivo dañado se conserva junto a sus datos como {file}, exactamente como estaba.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Import an InfoInterview export</source>
        <translation>Importar una exportación de InfoInterview</translation>
    </message>
    <message>
        <source>InfoInterview exports (*.json);;All files (*)</source>
        <translation>Exportaciones de InfoInterview (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation>No funcionó: {reason}</translation>
    </message>
    <message>
        <source>Replace the export?</source>
        <translation>¿Reemplazar la exportación?</translation>
    </message>
    <message>
        <source>{target} exists already. Replace it with this export?</source>
        <translation>{target} ya existe. ¿Reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Exportando todo…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Everything was exported to {target}.</source>
        <translation>Se exportó todo a {target}.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>{file}: {summary}

Nothing you have now is changed. Import?</source>
        <translation>{file}: {summary}

No se cambia nada de lo que ya tiene. ¿Importar?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Se canceló la importación; no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added.</source>
        <translation><numerusform>Se añadió %n registro.</numerusform><numerusform>Se añadieron %n registros.</numerusform></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Se canceló la copia; no se guardó nada.</translation>
    </message>
    <message>
        <source>Backup made: {when} — {contents}.</source>
        <translation>Copia hecha: {when} — {contents}.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>What you typed could not be written, so nothing was restored. Copy it somewhere safe first.</source>
        <translation>No se pudo escribir lo que escribió, así que no se restauró nada. Cópielo antes a un lugar seguro.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Your data is back as it was on {when}. InfoInterview restarts now to show it.</source>
        <translation>Sus datos vuelven a estar como el {when}. InfoInterview se reinicia ahora para mostrarlos.</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}
InfoInterview restarts now with your data as it was.</source>
        <translation>No se restauró nada: {reason}
InfoInterview se reinicia ahora con sus datos tal como estaban.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>the data directory {folder} is a file, not a folder</source>
        <translation>la carpeta de datos {folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot create the data directory {folder}: {reason}</source>
        <translation>no se puede crear la carpeta de datos {folder}: {reason}</translation>
    </message>
    <message>
        <source>the data directory {folder} is not writable: {reason}</source>
        <translation>no se puede escribir en la carpeta de datos {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Not scheduled</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Mañana {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ayer {time}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Con %n día de retraso</numerusform><numerusform>Con %n días de retraso</numerusform></translation>
    </message>
    <message>
        <source>Overdue since yesterday</source>
        <translation>Con retraso desde ayer</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Vence el {day}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Sample people and interviews, made up for trying the app. Your own data is not touched.</source>
        <translation>Personas y entrevistas de ejemplo, inventadas para probar la aplicación. Sus propios datos no se tocan.</translation>
    </message>
    <message>
        <source>Re&amp;set demo…</source>
        <translation>Re&amp;stablecer demo…</translation>
    </message>
    <message>
        <source>Put the demo back as it was when it was first opened</source>
        <translation>Devolver la demo a como estaba al abrirla por primera vez</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Restablecer la demo</translation>
    </message>
    <message>
        <source>Put the demo workspace back as it was? Whatever was changed in the demo is replaced by the sample data, and InfoInterview starts again. Your own data is not touched.</source>
        <translation>¿Devolver el espacio de demostración a como estaba? Lo que se haya cambiado en la demo se sustituye por los datos de ejemplo e InfoInterview vuelve a empezar. Sus propios datos no se tocan.</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Restablecer demo</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Dejarla como está</translation>
    </message>
</context>
<context>
    <name>DetailLabel</name>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Could not save: the disk is full. Free some space on it, then try again.</source>
        <translation>No se pudo guardar: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not save: the data folder {folder} is read-only. Make it writable, then try again.</source>
        <translation>No se pudo guardar: la carpeta de datos {folder} es de solo lectura. Permita escribir en ella y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not save: another program is holding the database (a backup or sync tool, or a second copy of InfoInterview). Close it, then try again.</source>
        <translation>No se pudo guardar: otro programa tiene ocupada la base de datos (una herramienta de copias o sincronización, u otra copia de InfoInterview). Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong, and InfoInterview could not finish what you asked. Everything already saved is safe. The details are in {log}.</source>
        <translation>Algo salió mal e InfoInterview no pudo terminar lo que pidió. Todo lo ya guardado está a salvo. Los detalles están en {log}.</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>poor</source>
        <translation>malo</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>flojo</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>1 = poor, 5 = excellent</source>
        <translation>1 = malo, 5 = excelente</translation>
    </message>
    <message>
        <source>{aspect}: {score}, {words}</source>
        <translation>{aspect}: {score}, {words}</translation>
    </message>
    <message>
        <source>{score} — {words}</source>
        <translation>{score} — {words}</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>What went well? What will you do differently next time?</source>
        <translation>¿Qué salió bien? ¿Qué hará de otra manera la próxima vez?</translation>
    </message>
    <message>
        <source>Save ratings</source>
        <translation>Guardar valoraciones</translation>
    </message>
    <message>
        <source>Pick a rating for at least one aspect, or skip this step.</source>
        <translation>Valore al menos un aspecto, u omita este paso.</translation>
    </message>
    <message numerus="yes">
        <source>Ratings saved. %n aspect(s) left unrated.</source>
        <translation><numerusform>Valoraciones guardadas. Queda %n aspecto sin valorar.</numerusform><numerusform>Valoraciones guardadas. Quedan %n aspectos sin valorar.</numerusform></translation>
    </message>
    <message>
        <source>Ratings saved.</source>
        <translation>Valoraciones guardadas.</translation>
    </message>
</context>
<context>
    <name>EvaluationAspect</name>
    <message>
        <source>Kept to time</source>
        <translation>Ajustarse al tiempo</translation>
    </message>
    <message>
        <source>Asked good questions</source>
        <translation>Hacer buenas preguntas</translation>
    </message>
    <message>
        <source>Listened more than talked</source>
        <translation>Escuchar más que hablar</translation>
    </message>
    <message>
        <source>Did not ask for a job</source>
        <translation>No pedir empleo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>No job ask</source>
        <translation>Sin pedir empleo</translation>
    </message>
</context>
<context>
    <name>EvaluationChart</name>
    <message>
        <source>Your ratings across interviews</source>
        <translation>Sus valoraciones a lo largo de las entrevistas</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Aún no hay valoraciones.</translation>
    </message>
    <message>
        <source>{aspect}: {scores}</source>
        <translation>{aspect}: {scores}</translation>
    </message>
    <message numerus="yes">
        <source>Ratings over %n interview(s). {ratings}.</source>
        <translation><numerusform>Valoraciones de %n entrevista. {ratings}.</numerusform><numerusform>Valoraciones de %n entrevistas. {ratings}.</numerusform></translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Rate an interview to see your progress here.</source>
        <translation>Valore una entrevista para ver aquí su progreso.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>&amp;JSON — one file with everything, which InfoInterview can import</source>
        <translation>&amp;JSON — un archivo con todo, que InfoInterview puede importar</translation>
    </message>
    <message>
        <source>&amp;CSV — a folder with one file per list, for spreadsheets</source>
        <translation>&amp;CSV — una carpeta con un archivo por lista, para hojas de cálculo</translation>
    </message>
    <message>
        <source>&amp;Markdown — a folder with one file per interview</source>
        <translation>&amp;Markdown — una carpeta con un archivo por entrevista</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Export to:</source>
        <translation>E&amp;xportar a:</translation>
    </message>
    <message>
        <source>The export is written in full or not at all.</source>
        <translation>La exportación se escribe entera o no se escribe.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>¿En qué carpeta exportar?</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>No reply from {name} after %n business day(s): contact another person in {occupation}</source>
        <translation><numerusform>Sin respuesta de {name} tras %n día laborable: contacte con otra persona de {occupation}</numerusform><numerusform>Sin respuesta de {name} tras %n días laborables: contacte con otra persona de {occupation}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply from {name} after %n business day(s): contact another person</source>
        <translation><numerusform>Sin respuesta de {name} tras %n día laborable: contacte con otra persona</numerusform><numerusform>Sin respuesta de {name} tras %n días laborables: contacte con otra persona</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply from {name} after %n business day(s): send one polite follow-up</source>
        <translation><numerusform>Sin respuesta de {name} tras %n día laborable: envíe un único recordatorio amable</numerusform><numerusform>Sin respuesta de {name} tras %n días laborables: envíe un único recordatorio amable</numerusform></translation>
    </message>
    <message>
        <source>Interview with {name} tomorrow: confirm the time</source>
        <translation>Entrevista con {name} mañana: confirme la hora</translation>
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <source>Wrap-up &amp; follow-ups</source>
        <translation>Cierre y seguimiento</translation>
    </message>
    <message>
        <source>Finished interviews</source>
        <translation>Entrevistas terminadas</translation>
    </message>
    <message>
        <source>I got the job…</source>
        <translation>Conseguí el empleo…</translation>
    </message>
    <message>
        <source>Record how your search ended and tell everyone who helped</source>
        <translation>Anote cómo terminó su búsqueda y cuénteselo a todos los que le ayudaron</translation>
    </message>
    <message>
        <source>When you finish an interview, its wrap-up appears here: thank them, note referrals and their business card, send a thank-you note, judge how it went, weigh what you heard and decide the next step.</source>
        <translation>Cuando termine una entrevista, su cierre aparece aquí: dar las gracias, anotar recomendaciones y su tarjeta de visita, enviar una nota de agradecimiento, valorar cómo fue, sopesar lo que oyó y decidir el siguiente paso.</translation>
    </message>
    <message numerus="yes">
        <source>○ Wrap-up incomplete: %n step(s) left</source>
        <translation><numerusform>○ Cierre incompleto: falta %n paso</numerusform><numerusform>○ Cierre incompleto: faltan %n pasos</numerusform></translation>
    </message>
    <message>
        <source>✓ Wrap-up complete</source>
        <translation>✓ Cierre completo</translation>
    </message>
    <message>
        <source>{name}
{about} · {when}
{state}</source>
        <translation>{name}
{about} · {when}
{state}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Interviews per week</source>
        <translation>Entrevistas por semana</translation>
    </message>
    <message>
        <source>Progress per occupation</source>
        <translation>Progreso por ocupación</translation>
    </message>
    <message>
        <source>Who led to whom</source>
        <translation>Quién llevó a quién</translation>
    </message>
    <message>
        <source>Start by listing the occupations you want to explore — the advice is to talk with three people in each — then add the people who could tell you about them: friends, family, neighbours, supervisors, coworkers, or names from a directory.</source>
        <translation>Empiece por anotar las ocupaciones que quiere explorar (el consejo es hablar con tres personas de cada una) y después añada a las personas que podrían contarle sobre ellas: amistades, familia, vecinos, supervisores, compañeros de trabajo o nombres de un directorio.</translation>
    </message>
    <message>
        <source>Add occupations and people…</source>
        <translation>Añadir ocupaciones y personas…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation>Próximas entrevistas</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the interview</source>
        <translation>Doble clic o Intro para abrir la entrevista</translation>
    </message>
    <message>
        <source>Next steps due</source>
        <translation>Próximos pasos pendientes</translation>
    </message>
    <message>
        <source>Under way now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <source>✓ Prepared ({done} of {total})</source>
        <translation>✓ Preparada ({done} de {total})</translation>
    </message>
    <message>
        <source>Preparation {done} of {total}</source>
        <translation>Preparación {done} de {total}</translation>
    </message>
    <message>
        <source>{people} · {interviews} · {done} done</source>
        <translation>{people} · {interviews} · {done} hechas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation><numerusform>%Ln persona</numerusform><numerusform>%Ln personas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation><numerusform>%Ln entrevista</numerusform><numerusform>%Ln entrevistas</numerusform></translation>
    </message>
    <message>
        <source>Nothing due. Next steps from your interviews will appear here.</source>
        <translation>Nada pendiente. Aquí aparecerán los próximos pasos de sus entrevistas.</translation>
    </message>
    <message>
        <source>{title} — {due}</source>
        <translation>{title} — {due}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Adds {people}, {interviews}, {notes} and {files} as new records.</source>
        <translation>Añade {people}, {interviews}, {notes} y {files} como registros nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n persona</numerusform><numerusform>%n personas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation><numerusform>%n entrevista</numerusform><numerusform>%n entrevistas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n nota</numerusform><numerusform>%n notas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n archivo</numerusform><numerusform>%n archivos</numerusform></translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Anotar llamada…</translation>
    </message>
    <message>
        <source>Add a call at this moment, then say how it went</source>
        <translation>Añadir una llamada en este momento y luego indicar cómo fue</translation>
    </message>
    <message>
        <source>Log email sent</source>
        <translation>Anotar correo enviado</translation>
    </message>
    <message>
        <source>Add an email sent at this moment</source>
        <translation>Añadir un correo enviado en este momento</translation>
    </message>
    <message>
        <source>Log other</source>
        <translation>Anotar otro</translation>
    </message>
    <message>
        <source>Interaction log, newest first</source>
        <translation>Registro de contactos, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note: what was said, when to try again</source>
        <translation>Una nota: qué se dijo, cuándo volver a intentarlo</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Quitar esta entrada</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log each call or email here.</source>
        <translation>Aún no hay nada anotado. Anote aquí cada llamada o correo.</translation>
    </message>
    <message>
        <source>{when} · {channel} · {outcome}</source>
        <translation>{when} · {channel} · {outcome}</translation>
    </message>
    <message>
        <source>{entry} — {note}</source>
        <translation>{entry} — {note}</translation>
    </message>
</context>
<context>
    <name>InterviewArea</name>
    <message>
        <source>{name} — under way</source>
        <translation>{name} — en curso</translation>
    </message>
    <message>
        <source>{name} — finished</source>
        <translation>{name} — terminada</translation>
    </message>
    <message>
        <source>{name} — finished {when}</source>
        <translation>{name} — terminada {when}</translation>
    </message>
    <message>
        <source>{name} — {when}</source>
        <translation>{name} — {when}</translation>
    </message>
    <message>
        <source>{name} ({about})</source>
        <translation>{name} ({about})</translation>
    </message>
    <message>
        <source>{person} — {when}, under way</source>
        <translation>{person} — {when}, en curso</translation>
    </message>
    <message>
        <source>{person} — {when}, finished</source>
        <translation>{person} — {when}, terminada</translation>
    </message>
    <message>
        <source>{person} — {when}</source>
        <translation>{person} — {when}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Interview to open</source>
        <translation>Entrevista que abrir</translation>
    </message>
    <message>
        <source>Finish inte&amp;rview…</source>
        <translation>Finali&amp;zar entrevista…</translation>
    </message>
    <message>
        <source>End the conversation and start its wrap-up</source>
        <translation>Terminar la conversación y empezar su cierre</translation>
    </message>
    <message>
        <source>&amp;Resume interview</source>
        <translation>&amp;Reanudar entrevista</translation>
    </message>
    <message>
        <source>Reopen this finished interview: its countdown carries on where it stopped, notes as they were</source>
        <translation>Volver a abrir esta entrevista terminada: la cuenta atrás sigue donde se paró y las notas quedan como estaban</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Aña&amp;dir al calendario…</translation>
    </message>
    <message>
        <source>Save this interview as a file for your calendar</source>
        <translation>Guardar esta entrevista como archivo para su calendario</translation>
    </message>
    <message>
        <source>Tick what you have done to prepare, and keep your research notes</source>
        <translation>Marque lo que ya ha hecho para prepararse y guarde sus notas de investigación</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>No interview is open. Schedule one from People &amp; occupations, then choose it above to prepare its questions and run it with the twenty-minute countdown.</source>
        <translation>No hay ninguna entrevista abierta. Programe una desde Personas y ocupaciones y luego elíjala arriba para preparar sus preguntas y llevarla a cabo con la cuenta atrás de veinte minutos.</translation>
    </message>
    <message>
        <source>Choose an interview…</source>
        <translation>Elija una entrevista…</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message>
        <source>The notes of the open interview could not be written, so it stays open. {problem}</source>
        <translation>No se pudieron escribir las notas de la entrevista abierta, así que sigue abierta. {problem}</translation>
    </message>
    <message>
        <source>Interview with {name}, {occupation}</source>
        <translation>Entrevista con {name}, {occupation}</translation>
    </message>
    <message>
        <source>Interview with {name}</source>
        <translation>Entrevista con {name}</translation>
    </message>
    <message>
        <source>There are still {time} left on the countdown. Finish the interview now?</source>
        <translation>Aún quedan {time} en la cuenta atrás. ¿Terminar la entrevista ahora?</translation>
    </message>
    <message>
        <source>Finish this interview and start its wrap-up?</source>
        <translation>¿Terminar esta entrevista y empezar su cierre?</translation>
    </message>
    <message>
        <source>Finish interview</source>
        <translation>Terminar entrevista</translation>
    </message>
    <message>
        <source>Finish and wrap up</source>
        <translation>Terminar y cerrar</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message numerus="yes">
        <source>Preparation: {done} of %n done…</source>
        <translation><numerusform>Preparación: {done} de %n hecho…</numerusform><numerusform>Preparación: {done} de %n hechos…</numerusform></translation>
    </message>
</context>
<context>
    <name>InterviewExport</name>
    <message>
        <source>a grain of salt</source>
        <translation>con reservas</translation>
    </message>
    <message>
        <source>trust it</source>
        <translation>de fiar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>How I got the name:</source>
        <translation>Cómo conseguí el nombre:</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntada</translation>
    </message>
    <message>
        <source>Informational interview with {name}</source>
        <translation>Entrevista informativa con {name}</translation>
    </message>
    <message>
        <source>Date not recorded</source>
        <translation>Fecha no registrada</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Thank-you note:</source>
        <translation>Nota de agradecimiento:</translation>
    </message>
    <message>
        <source>Wrap-up:</source>
        <translation>Cierre:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>No questions were recorded.</source>
        <translation>No se registraron preguntas.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Takeaways</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>{title} (due {day})</source>
        <translation>{title} (vence el {day})</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>How I did</source>
        <translation>Cómo lo hice</translation>
    </message>
    <message>
        <source>{aspect}: {score} of {most}</source>
        <translation>{aspect}: {score} de {most}</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
</context>
<context>
    <name>InterviewSession</name>
    <message>
        <source>The interview could not be marked as under way because the disk refused the write. Carry on: it is tried again by itself. Check that the disk is not full.</source>
        <translation>No se pudo marcar la entrevista como en curso porque el disco rechazó la escritura. Continúe: se vuelve a intentar sola. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Prepare questions</source>
        <translation>Preparar preguntas</translation>
    </message>
    <message>
        <source>Live interview</source>
        <translation>Entrevista en directo</translation>
    </message>
    <message>
        <source>The interview could not be reopened because the disk refused the write. Check that the disk is not full, then press Resume interview again.</source>
        <translation>No se pudo volver a abrir la entrevista porque el disco rechazó la escritura. Compruebe que el disco no esté lleno y pulse de nuevo Reanudar entrevista.</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Picked questions</source>
        <translation>Preguntas elegidas</translation>
    </message>
    <message>
        <source>&amp;Asked</source>
        <translation>&amp;Hecha</translation>
    </message>
    <message>
        <source>Mark the current question asked (Alt+A); again to undo</source>
        <translation>Marcar la pregunta actual como hecha (Alt+A); otra vez para deshacer</translation>
    </message>
    <message>
        <source>&amp;Skipped</source>
        <translation>&amp;Omitida</translation>
    </message>
    <message>
        <source>Mark the current question skipped (Alt+S); again to undo</source>
        <translation>Marcar la pregunta actual como omitida (Alt+S); otra vez para deshacer</translation>
    </message>
    <message>
        <source>Questions  (Ctrl+↑ / Ctrl+↓ to move)</source>
        <translation>Preguntas  (Ctrl+↑ / Ctrl+↓ para mover)</translation>
    </message>
    <message>
        <source>✓ asked   ↷ skipped   ○ not yet</source>
        <translation>✓ hecha   ↷ omitida   ○ todavía no</translation>
    </message>
    <message>
        <source>No questions picked for this interview.</source>
        <translation>No hay preguntas elegidas para esta entrevista.</translation>
    </message>
    <message>
        <source>Pick questions before the interview to take notes per question.</source>
        <translation>Elija preguntas antes de la entrevista para tomar notas por pregunta.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else they said: names, resources, ideas… (Ctrl+T: time)</source>
        <translation>Cualquier otra cosa que dijeran: nombres, recursos, ideas… (Ctrl+T: hora)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>What they said…</source>
        <translation>Lo que dijeron…</translation>
    </message>
    <message>
        <source>Answer notes</source>
        <translation>Notas de la respuesta</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>Answer to “{question}” (question since removed):
{answer}</source>
        <translation>Respuesta a «{question}» (pregunta ya quitada):
{answer}</translation>
    </message>
    <message>
        <source>A question was removed from this interview; its answer was moved into the notes.</source>
        <translation>Se quitó una pregunta de esta entrevista; su respuesta se pasó a las notas.</translation>
    </message>
    <message>
        <source>{mark}  {number}. {question}</source>
        <translation>{mark}  {number}. {question}</translation>
    </message>
    <message>
        <source>{question} — asked, current question</source>
        <translation>{question} — hecha, pregunta actual</translation>
    </message>
    <message>
        <source>{question} — asked</source>
        <translation>{question} — hecha</translation>
    </message>
    <message>
        <source>{question} — skipped, current question</source>
        <translation>{question} — omitida, pregunta actual</translation>
    </message>
    <message>
        <source>{question} — skipped</source>
        <translation>{question} — omitida</translation>
    </message>
    <message>
        <source>{question} — not asked yet, current question</source>
        <translation>{question} — aún no preguntada, pregunta actual</translation>
    </message>
    <message>
        <source>{question} — not asked yet</source>
        <translation>{question} — aún no preguntada</translation>
    </message>
</context>
<context>
    <name>JobWording</name>
    <message>
        <source>This asks about openings. An informational interview asks for information and guidance, not a job; asking about openings can make the person feel put on the spot.</source>
        <translation>Esto pregunta por vacantes. Una entrevista informativa pide información y orientación, no un empleo; preguntar por vacantes puede poner a la persona en un compromiso.</translation>
    </message>
    <message>
        <source>This asks whether they are hiring. Ask about the work instead: an informational interview is not a job request, and people share more when they are not asked for one.</source>
        <translation>Esto pregunta si están contratando. Pregunte mejor por el trabajo: una entrevista informativa no es una solicitud de empleo, y la gente comparte más cuando no se le pide uno.</translation>
    </message>
    <message>
        <source>This speaks of applying. Keep the conversation about information and guidance; applying is a separate step, for later.</source>
        <translation>Esto habla de presentar una candidatura. Mantenga la conversación en la información y la orientación; presentarse es otro paso, para más adelante.</translation>
    </message>
    <message>
        <source>This offers or asks to pass on a résumé. Bring it only if they ask for it: an informational interview is not an application.</source>
        <translation>Esto ofrece o pide hacer llegar un currículum. Llévelo solo si se lo piden: una entrevista informativa no es una candidatura.</translation>
    </message>
    <message>
        <source>This asks for a referral to a job. Asking whom else you could talk to is fine; asking to be put forward for a job is not what you asked them for.</source>
        <translation>Esto pide una recomendación para un empleo. Preguntar con quién más podría hablar está bien; pedir que le propongan para un puesto no es lo que usted les pidió.</translation>
    </message>
    <message>
        <source>This asks for a job. You asked for 20 minutes of information and guidance; keep to that.</source>
        <translation>Esto pide un empleo. Usted pidió 20 minutos de información y orientación; limítese a eso.</translation>
    </message>
</context>
<context>
    <name>LabelledRows</name>
    <message>
        <source>Label of {what}</source>
        <translation>Etiqueta del {what}</translation>
    </message>
    <message>
        <source>Work, home, mobile, other, or type your own label</source>
        <translation>Trabajo, casa, móvil, otro, o escriba su propia etiqueta</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Quitar este {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>People &amp;&amp; occupations</source>
        <translation>Personas y ocupaciones</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Wrap-up &amp;&amp; follow-ups</source>
        <translation>Cierre y seguimiento</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>{area} ({shortcut})</source>
        <translation>{area} ({shortcut})</translation>
    </message>
    <message>
        <source>{app} — DEMO</source>
        <translation>{app} — DEMO</translation>
    </message>
    <message>
        <source>Re&amp;set demo…</source>
        <translation>Re&amp;stablecer demo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Importar co&amp;ntactos…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Abrir espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>Sample people and interviews in a window of their own</source>
        <translation>Personas y entrevistas de ejemplo en una ventana aparte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Larger text and controls for a room, high contrast, and personal details hidden</source>
        <translation>Texto y controles más grandes para una sala, alto contraste y datos personales ocultos</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>Más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>MatchPlace</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Takeaway</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>NextStepPage</name>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>e.g. Research the GIS certificate</source>
        <translation>p. ej. Informarme sobre el certificado de SIG</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Añadir próximo paso</translation>
    </message>
    <message>
        <source>Next steps from this interview</source>
        <translation>Próximos pasos de esta entrevista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove next step</source>
        <translation>Quitar próximo paso</translation>
    </message>
    <message>
        <source>{title} — {due}</source>
        <translation>{title} — {due}</translation>
    </message>
    <message>
        <source>Describe the next step first.</source>
        <translation>Describa primero el próximo paso.</translation>
    </message>
    <message>
        <source>Keep a next step under {limit} characters; details can go in your notes.</source>
        <translation>Mantenga cada próximo paso por debajo de {limit} caracteres; los detalles pueden ir en sus notas.</translation>
    </message>
    <message>
        <source>Added; it will show in the Today view.</source>
        <translation>Añadido; aparecerá en la vista Hoy.</translation>
    </message>
    <message>
        <source>Select a next step in the list first.</source>
        <translation>Seleccione primero un próximo paso de la lista.</translation>
    </message>
</context>
<context>
    <name>NextStepsCue</name>
    <message>
        <source>Time to move to next steps</source>
        <translation>Es hora de pasar a los próximos pasos</translation>
    </message>
    <message>
        <source>Ask for referrals: “Who else should I talk to about this work?”</source>
        <translation>Pida recomendaciones: «¿Con quién más debería hablar sobre este trabajo?»</translation>
    </message>
    <message>
        <source>Ask for a business card, or the best way to stay in touch.</source>
        <translation>Pida una tarjeta de visita, o la mejor forma de seguir en contacto.</translation>
    </message>
    <message>
        <source>Thank them for their time.</source>
        <translation>Agradezca su tiempo.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the next-steps cue</source>
        <translation>Descartar el aviso de próximos pasos</translation>
    </message>
    <message>
        <source>Hide this cue; it comes back if the countdown is restarted</source>
        <translation>Ocultar este aviso; vuelve si se reinicia la cuenta atrás</translation>
    </message>
</context>
<context>
    <name>NotePoints</name>
    <message>
        <source>Points from your notes to mention</source>
        <translation>Puntos de sus notas que mencionar</translation>
    </message>
    <message numerus="yes">
        <source>Your notes hold more points than the %n shown here.</source>
        <translation><numerusform>Sus notas tienen más puntos que el que se muestra aquí.</numerusform><numerusform>Sus notas tienen más puntos que los %n que se muestran aquí.</numerusform></translation>
    </message>
    <message>
        <source>thank-you lines to edit</source>
        <translation>líneas de agradecimiento para editar</translation>
    </message>
    <message>
        <source>Each point said to the person: “Thank you for explaining …”</source>
        <translation>Cada punto dicho a la persona: «Gracias por explicarme …»</translation>
    </message>
    <message>
        <source>points to word myself</source>
        <translation>puntos para redactar yo</translation>
    </message>
    <message>
        <source>The points go into the note marked for you to put in your own words.</source>
        <translation>Los puntos van a la nota marcados para que los redacte con sus propias palabras.</translation>
    </message>
    <message>
        <source>Put the points in as:</source>
        <translation>Poner los puntos como:</translation>
    </message>
    <message>
        <source>Line {number} for the note</source>
        <translation>Línea {number} para la nota</translation>
    </message>
    <message>
        <source>Tick a point above, or type a line of your own</source>
        <translation>Marque un punto arriba, o escriba una línea propia</translation>
    </message>
    <message>
        <source>Line {number}:</source>
        <translation>Línea {number}:</translation>
    </message>
    <message>
        <source>Nothing in your notes yet; write your own points into the note.</source>
        <translation>Aún no hay nada en sus notas; escriba sus propios puntos en la nota.</translation>
    </message>
    <message>
        <source>The line you edited stays as you wrote it; clear it if you no longer want it.</source>
        <translation>La línea que editó se queda como la escribió; bórrela si ya no la quiere.</translation>
    </message>
    <message numerus="yes">
        <source>Pick at most %n point(s); a short note reads as more personal.</source>
        <translation><numerusform>Elija como mucho %n punto; una nota breve resulta más personal.</numerusform><numerusform>Elija como mucho %n puntos; una nota breve resulta más personal.</numerusform></translation>
    </message>
    <message>
        <source>Both lines hold words you typed; clear one to use another point.</source>
        <translation>Las dos líneas tienen palabras que usted escribió; borre una para usar otro punto.</translation>
    </message>
    <message>
        <source>Check the line, then press “Write a draft” to put it in the note.</source>
        <translation>Revise la línea y pulse «Escribir un borrador» para ponerla en la nota.</translation>
    </message>
    <message>
        <source>Lines you changed are kept as you wrote them.</source>
        <translation>Las líneas que cambió se conservan como las escribió.</translation>
    </message>
    <message>
        <source>The note will mark the points for you to put in your own words.</source>
        <translation>La nota marcará los puntos para que los redacte con sus propias palabras.</translation>
    </message>
    <message>
        <source>The points are written as thank-you lines; check and edit them.</source>
        <translation>Los puntos se escriben como líneas de agradecimiento; revíselas y edítelas.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message numerus="yes">
        <source>Not pasted: %Ln character(s) would make these notes longer than {limit} characters. Paste a shorter part.</source>
        <translation><numerusform>No se pegó: %Ln carácter haría que estas notas superaran los {limit} caracteres. Pegue una parte más corta.</numerusform><numerusform>No se pegó: %Ln caracteres harían que estas notas superaran los {limit} caracteres. Pegue una parte más corta.</numerusform></translation>
    </message>
    <message>
        <source>Not pasted: the text has a line of {length} characters, too long to edit smoothly (the limit is {limit} per line). Add line breaks to it first.</source>
        <translation>No se pegó: el texto tiene una línea de {length} caracteres, demasiado larga para editarla con fluidez (el límite es {limit} por línea). Añádale antes saltos de línea.</translation>
    </message>
    <message>
        <source>Lines longer than {limit:,} characters are shown broken at spaces, so that this text stays quick to edit. No words were changed; the breaks are saved with your next edit.</source>
        <translation>Las líneas de más de {limit:,} caracteres se muestran partidas en los espacios para que este texto siga siendo rápido de editar. No se cambió ninguna palabra; los saltos se guardan con su próxima edición.</translation>
    </message>
</context>
<context>
    <name>OccupationProgressChart</name>
    <message>
        <source>Progress per occupation</source>
        <translation>Progreso por ocupación</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Entrevistadas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Con cita</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactadas</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontradas</translation>
    </message>
    <message numerus="yes">
        <source>{interviewed} of %n interviewed · {scheduled} scheduled · {contacted} contacted · {found} found</source>
        <translation><numerusform>{interviewed} de %n entrevistada · {scheduled} con cita · {contacted} contactadas · {found} encontradas</numerusform><numerusform>{interviewed} de %n entrevistadas · {scheduled} con cita · {contacted} contactadas · {found} encontradas</numerusform></translation>
    </message>
    <message>
        <source>No occupations yet.</source>
        <translation>Aún no hay ocupaciones.</translation>
    </message>
    <message>
        <source>{title}: {progress}</source>
        <translation>{title}: {progress}</translation>
    </message>
    <message>
        <source>Progress toward each occupation's target. {rows}.</source>
        <translation>Progreso hacia el objetivo de cada ocupación. {rows}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>OccupationsModel</name>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Found / contacted /
scheduled / interviewed</source>
        <translation>Encontradas / contactadas /
con cita / entrevistadas</translation>
    </message>
    <message>
        <source>{found} / {contacted} / {scheduled} / {interviewed} of {target}</source>
        <translation>{found} / {contacted} / {scheduled} / {interviewed} de {target}</translation>
    </message>
    <message>
        <source>{title}: {found} people found, {contacted} contacted, {scheduled} scheduled, {interviewed} interviewed; the target is {target}.</source>
        <translation>{title}: {found} personas encontradas, {contacted} contactadas, {scheduled} con cita, {interviewed} entrevistadas; el objetivo es {target}.</translation>
    </message>
</context>
<context>
    <name>OccupationsPanel</name>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>Add occupation…</source>
        <translation>Añadir ocupación…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Occupations to explore (double-click a target to change it)</source>
        <translation>Ocupaciones que explorar (doble clic en un objetivo para cambiarlo)</translation>
    </message>
    <message>
        <source>Add an occupation</source>
        <translation>Añadir una ocupación</translation>
    </message>
    <message>
        <source>Occupation you want to explore:</source>
        <translation>Ocupación que quiere explorar:</translation>
    </message>
    <message>
        <source>Rename occupation</source>
        <translation>Renombrar ocupación</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <source>Remove the occupation “{title}”?</source>
        <translation>¿Quitar la ocupación «{title}»?</translation>
    </message>
    <message>
        <source>Its people and interviews stay, without this occupation.</source>
        <translation>Sus personas y entrevistas se quedan, sin esta ocupación.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Waiting for a reply</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Dejé un mensaje</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Agreed to meet</source>
        <translation>Aceptó reunirse</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>OutcomeRecipient</name>
    <message>
        <source>You interviewed them</source>
        <translation>Le entrevistó</translation>
    </message>
    <message>
        <source>You interviewed them, and they referred you to {names}</source>
        <translation>Le entrevistó y le recomendó a {names}</translation>
    </message>
    <message>
        <source>They referred you to {names}</source>
        <translation>Le recomendó a {names}</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>✓ Told {day}</source>
        <translation>✓ Avisado el {day}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>I got the job</source>
        <translation>Conseguí el empleo</translation>
    </message>
    <message>
        <source>Congratulations. The people you interviewed, and those who put you in touch with them, will want to hear how your search ended.</source>
        <translation>Enhorabuena. Las personas a las que entrevistó, y quienes le pusieron en contacto con ellas, querrán saber cómo terminó su búsqueda.</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Se sabe</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Se sabe la fecha de inicio</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Empleador:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Fecha de inicio:</translation>
    </message>
    <message>
        <source>Who has been told</source>
        <translation>A quién se ha avisado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why they should hear</source>
        <translation>Por qué debería saberlo</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Avisado</translation>
    </message>
    <message>
        <source>People to tell</source>
        <translation>Personas a las que avisar</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Update note</source>
        <translation>Nota de aviso</translation>
    </message>
    <message>
        <source>Pick a person in the list to see the note telling them your news.</source>
        <translation>Elija una persona de la lista para ver la nota en la que le cuenta la noticia.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the note to the clipboard</source>
        <translation>Copiar la nota al portapapeles</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Marcar como avisado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Record the outcome to see whom to tell.</source>
        <translation>Anote el resultado para ver a quién avisar.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Told {told} of %n.</source>
        <translation><numerusform>Avisado {told} de %n.</numerusform><numerusform>Avisados {told} de %n.</numerusform></translation>
    </message>
    <message>
        <source>No finished interviews yet, so no one to tell.</source>
        <translation>Aún no hay entrevistas terminadas, así que no hay nadie a quien avisar.</translation>
    </message>
    <message>
        <source>Problem: say who hired you first.</source>
        <translation>Problema: indique primero quién le contrató.</translation>
    </message>
    <message>
        <source>Saved. Now tell the people who helped you.</source>
        <translation>Guardado. Ahora avise a las personas que le ayudaron.</translation>
    </message>
    <message>
        <source>Saved the note to {name}.</source>
        <translation>Se guardó la nota para {name}.</translation>
    </message>
    <message>
        <source>Copied the note.</source>
        <translation>Nota copiada.</translation>
    </message>
    <message>
        <source>Problem: {problem} Use Copy instead.</source>
        <translation>Problema: {problem} Use Copiar en su lugar.</translation>
    </message>
    <message>
        <source>Opened your mail app. Once it is sent, mark them as told.</source>
        <translation>Se abrió su aplicación de correo. Cuando lo envíe, márquelo como avisado.</translation>
    </message>
    <message>
        <source>Problem: no mail app opened. Use Copy and paste the note into an email.</source>
        <translation>Problema: no se abrió ninguna aplicación de correo. Use Copiar y pegue la nota en un correo.</translation>
    </message>
    <message>
        <source>{name}: told.</source>
        <translation>{name}: avisado.</translation>
    </message>
    <message>
        <source>{name}: not told yet.</source>
        <translation>{name}: aún sin avisar.</translation>
    </message>
    <message>
        <source>Mark as not told</source>
        <translation>Marcar como no avisado</translation>
    </message>
    <message>
        <source>No email address for this person; use Copy.</source>
        <translation>No hay correo de esta persona; use Copiar.</translation>
    </message>
</context>
<context>
    <name>OutreachEmail</name>
    <message>
        <source>{minutes} minutes of your advice about work as {role}?</source>
        <translation>¿{minutes} minutos de su consejo sobre el trabajo de {occupation}?</translation>
    </message>
    <message>
        <source>{minutes} minutes of your advice about your work?</source>
        <translation>¿{minutes} minutos de su consejo sobre su trabajo?</translation>
    </message>
    <message>
        <source>Dear {first_name},</source>
        <translation>Estimado/a {first_name}:</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>My name is {your_name}.</source>
        <translation>Me llamo {your_name}.</translation>
    </message>
    <message>
        <source>I'd be glad to call, or to meet wherever is easiest for you.</source>
        <translation>Con gusto le llamo, o nos vemos donde le resulte más cómodo.</translation>
    </message>
    <message>
        <source>Thank you,</source>
        <translation>Gracias,</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>Choose a person to see what to say when you ask for 20 minutes.</source>
        <translation>Elija a una persona para ver qué decir al pedirle 20 minutos.</translation>
    </message>
    <message>
        <source>Start again from the template?</source>
        <translation>¿Empezar de nuevo desde la plantilla?</translation>
    </message>
    <message>
        <source>The words you changed here are replaced by the text made from this person's details.</source>
        <translation>Lo que cambió aquí se sustituye por el texto hecho con los datos de esta persona.</translation>
    </message>
    <message>
        <source>The email address could not be used; add it in your mail program.</source>
        <translation>No se pudo usar la dirección de correo; añádala en su programa de correo.</translation>
    </message>
    <message>
        <source>The email address “{address}” could not be used; add it in your mail program.</source>
        <translation>No se pudo usar la dirección «{address}»; añádala en su programa de correo.</translation>
    </message>
    <message>
        <source>No mail program opened. Copy the text and paste it into your email instead.</source>
        <translation>No se abrió ningún programa de correo. Copie el texto y péguelo en su correo.</translation>
    </message>
    <message>
        <source>Remove this entry from the log?</source>
        <translation>¿Quitar esta entrada del registro?</translation>
    </message>
    <message>
        <source>The person's status stays as it is; you can change it in their details.</source>
        <translation>El estado de la persona no cambia; puede cambiarlo en sus datos.</translation>
    </message>
</context>
<context>
    <name>OutreachTexts</name>
    <message>
        <source>They said I may mention them</source>
        <translation>Dijo que puedo mencionarle</translation>
    </message>
    <message>
        <source>Record their yes: the texts then say who suggested the call</source>
        <translation>Anotar su sí: los textos dirán entonces quién sugirió la llamada</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>Guion de llamada</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the call script</source>
        <translation>Copiar el guion de llamada</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Empezar de nuevo desde la plantilla</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <source>Copy the email text</source>
        <translation>Copiar el texto del correo</translation>
    </message>
    <message>
        <source>Open in mail client</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Start the email again from the template</source>
        <translation>Empezar el correo de nuevo desde la plantilla</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Asun&amp;to:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>A gentle note on “{words}”: {why} You can still use it as it is.</source>
        <translation>Una nota amable sobre «{words}»: {why} Puede usarlo tal como está.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>People &amp; occupations</source>
        <translation>Personas y ocupaciones</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Filter by name, organisation, title or email</source>
        <translation>Filtrar por nombre, organización, cargo o correo</translation>
    </message>
    <message>
        <source>Show the people of one occupation</source>
        <translation>Mostrar las personas de una ocupación</translation>
    </message>
    <message>
        <source>Show the people with one status</source>
        <translation>Mostrar las personas con un estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Press Enter or double-click to edit the person's details</source>
        <translation>Pulse Intro o haga doble clic para editar los datos de la persona</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Schedule interview…</source>
        <translation>Programar entrevista…</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <source>Save this person's next interview as a file for your calendar</source>
        <translation>Guardar la próxima entrevista de esta persona como archivo para su calendario</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Add people from a .vcf or .csv file of contacts</source>
        <translation>Añadir personas desde un archivo de contactos .vcf o .csv</translation>
    </message>
    <message>
        <source>The chosen person</source>
        <translation>La persona elegida</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>Todas las ocupaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation><numerusform>%n persona</numerusform><numerusform>%n personas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n people</source>
        <translation><numerusform>{shown} de %n persona</numerusform><numerusform>{shown} de %n personas</numerusform></translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>¿Quitar a {name}?</translation>
    </message>
    <message>
        <source>Their details will be deleted.</source>
        <translation>Se borrarán sus datos.</translation>
    </message>
    <message>
        <source>{name} has interviews, and their notes would be lost, so they stay. Their interviews are listed in the Interview and Wrap-up areas.</source>
        <translation>{name} tiene entrevistas y sus notas se perderían, así que se queda. Sus entrevistas aparecen en las áreas Entrevista y Cierre.</translation>
    </message>
    <message>
        <source>{name} has no interview planned. Schedule one first.</source>
        <translation>{name} no tiene ninguna entrevista prevista. Programe una primero.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Made from the given and family names, unless you type it yourself</source>
        <translation>Se forma con el nombre y los apellidos, salvo que lo escriba usted</translation>
    </message>
    <message>
        <source>e.g. City Hospital, Cardiology</source>
        <translation>p. ej. Hospital Municipal, Cardiología</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre que se muestra</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Occupations this person can tell you about</source>
        <translation>Ocupaciones sobre las que esta persona puede contarle</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Where the name came from</source>
        <translation>De dónde salió el nombre</translation>
    </message>
    <message>
        <source>May you mention who gave you the name?</source>
        <translation>¿Puede mencionar a quien le dio el nombre?</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún no lo he preguntado</translation>
    </message>
    <message>
        <source>Yes, I may mention them</source>
        <translation>Sí, puedo mencionarla</translation>
    </message>
    <message>
        <source>No, keep them out of it</source>
        <translation>No, dejarla al margen</translation>
    </message>
    <message>
        <source>Who gave you the name</source>
        <translation>Quién le dio el nombre</translation>
    </message>
    <message>
        <source>Type a name to choose a person</source>
        <translation>Escriba un nombre para elegir a una persona</translation>
    </message>
    <message>
        <source>How I got your name</source>
        <translation>Cómo conseguí su nombre</translation>
    </message>
    <message>
        <source>Filled in from where the name came from, until you word it yourself</source>
        <translation>Se rellena a partir de dónde salió el nombre, hasta que lo redacte usted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>G&amp;iven name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>Apelli&amp;dos:</translation>
    </message>
    <message>
        <source>Name sho&amp;wn:</source>
        <translation>Nombre &amp;que se muestra:</translation>
    </message>
    <message>
        <source>Emai&amp;ls:</source>
        <translation>Co&amp;rreos:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Dire&amp;cción:</translation>
    </message>
    <message>
        <source>Name &amp;came from:</source>
        <translation>De dónde salió el nom&amp;bre:</translation>
    </message>
    <message>
        <source>How I got yo&amp;ur name:</source>
        <translation>Có&amp;mo conseguí su nombre:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Telé&amp;fonos:</translation>
    </message>
    <message>
        <source>Occupations:</source>
        <translation>Ocupaciones:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Recomendado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Mention them:</source>
        <translation>Mencionar&amp;la:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Choose a person in the list, or add one, to see their details here.</source>
        <translation>Elija una persona de la lista, o añada una, para ver aquí sus datos.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Used to sign your thank-you and update notes</source>
        <translation>Se usa para firmar sus notas de agradecimiento y de aviso</translation>
    </message>
    <message>
        <source> min left</source>
        <translation> min restantes</translation>
    </message>
    <message>
        <source>Play a gentle chime when the stage changes</source>
        <translation>Sonar un aviso suave cuando cambia la etapa</translation>
    </message>
    <message>
        <source>Sound needs InfoInterview's optional 'sound' extra (QtMultimedia)</source>
        <translation>El sonido necesita el complemento opcional 'sound' de InfoInterview (QtMultimedia)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> daily</source>
        <translation> diarias</translation>
    </message>
    <message>
        <source> weekly</source>
        <translation> semanales</translation>
    </message>
    <message>
        <source> monthly</source>
        <translation> mensuales</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next time InfoInterview starts.</source>
        <translation>El nuevo idioma se usa a partir de la próxima vez que se abra InfoInterview.</translation>
    </message>
    <message>
        <source>Say “&amp;wrap up” at:</source>
        <translation>Decir «&amp;a cerrar» a falta de:</translation>
    </message>
    <message>
        <source>Say “&amp;last minutes” at:</source>
        <translation>Decir «ú&amp;ltimos minutos» a falta de:</translation>
    </message>
    <message>
        <source>New warning times apply to the next interview you open.</source>
        <translation>Los nuevos avisos se aplican a la próxima entrevista que abra.</translation>
    </message>
    <message>
        <source>Sound is not installed, so the countdown stays silent.</source>
        <translation>El sonido no está instalado, así que la cuenta atrás es silenciosa.</translation>
    </message>
    <message>
        <source>Keep every &amp;backup from the last:</source>
        <translation>Conservar todas las &amp;copias de los últimos:</translation>
    </message>
    <message>
        <source>Then keep one backup of each of:</source>
        <translation>Después, conservar una copia de cada uno de:</translation>
    </message>
    <message>
        <source>Days to keep one backup of</source>
        <translation>Días de los que conservar una copia</translation>
    </message>
    <message>
        <source>Weeks to keep one backup of</source>
        <translation>Semanas de las que conservar una copia</translation>
    </message>
    <message>
        <source>Months to keep one backup of</source>
        <translation>Meses de los que conservar una copia</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Como el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The “last minutes” warning must come after the “wrap up” one: choose fewer minutes.</source>
        <translation>El aviso de «últimos minutos» debe llegar después del de «a cerrar»: elija menos minutos.</translation>
    </message>
    <message>
        <source>These warnings do not fit together: {problem}.</source>
        <translation>Estos avisos no encajan entre sí: {problem}.</translation>
    </message>
</context>
<context>
    <name>PreparationChecklist</name>
    <message>
        <source>Research the occupation</source>
        <translation>Informarse sobre la ocupación</translation>
    </message>
    <message>
        <source>Research the organisation</source>
        <translation>Informarse sobre la organización</translation>
    </message>
    <message>
        <source>Pick your questions</source>
        <translation>Elegir sus preguntas</translation>
    </message>
    <message>
        <source>Bring paper and pen, or a charged laptop, and a watch</source>
        <translation>Llevar papel y bolígrafo, o un portátil cargado, y un reloj</translation>
    </message>
    <message>
        <source>Dress as for a job interview</source>
        <translation>Vestirse como para una entrevista de trabajo</translation>
    </message>
    <message>
        <source>Confirm the time the day before</source>
        <translation>Confirmar la hora el día antes</translation>
    </message>
    <message>
        <source>Remember: do not ask for a job</source>
        <translation>Recordar: no pedir empleo</translation>
    </message>
</context>
<context>
    <name>PreparationDialog</name>
    <message>
        <source>Preparation checklist</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <source>Notes and links: {item}</source>
        <translation>Notas y enlaces: {item}</translation>
    </message>
    <message>
        <source>What you found, and the links to read again</source>
        <translation>Lo que encontró y los enlaces para volver a leer</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation><numerusform>{done} de %n hecho</numerusform><numerusform>{done} de %n hechos</numerusform></translation>
    </message>
    <message>
        <source>The tick could not be saved. Try again in a moment.</source>
        <translation>No se pudo guardar la marca. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The notes could not be saved, so the checklist stays open. {problem}</source>
        <translation>No se pudieron guardar las notas, así que la lista sigue abierta. {problem}</translation>
    </message>
</context>
<context>
    <name>PresetKind</name>
    <message>
        <source>Google Contacts</source>
        <translation>Contactos de Google</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Contactos de LinkedIn</translation>
    </message>
    <message>
        <source>Other: columns guessed from their names</source>
        <translation>Otro: columnas deducidas de sus nombres</translation>
    </message>
</context>
<context>
    <name>ProgressWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Interview countdown</source>
        <translation>Cuenta atrás de la entrevista</translation>
    </message>
    <message>
        <source>Interview countdown, projector view</source>
        <translation>Cuenta atrás de la entrevista, vista de proyector</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Esc leaves full screen; Esc again closes this window. F11 toggles full screen.</source>
        <translation>Esc sale de pantalla completa; Esc otra vez cierra esta ventana. F11 alterna la pantalla completa.</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>the question text is empty</source>
        <translation>el texto de la pregunta está vacío</translation>
    </message>
    <message numerus="yes">
        <source>the question text is %n characters long; the limit is {limit}</source>
        <translation><numerusform>el texto de la pregunta tiene %n carácter; el límite es {limit}</numerusform><numerusform>el texto de la pregunta tiene %n caracteres; el límite es {limit}</numerusform></translation>
    </message>
    <message>
        <source>the question text contains control characters (such as NUL)</source>
        <translation>el texto de la pregunta contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation>la categoría está vacía</translation>
    </message>
    <message numerus="yes">
        <source>the category is longer than %n characters</source>
        <translation><numerusform>la categoría tiene más de %n carácter</numerusform><numerusform>la categoría tiene más de %n caracteres</numerusform></translation>
    </message>
    <message>
        <source>the category contains control characters or line breaks</source>
        <translation>la categoría contiene caracteres de control o saltos de línea</translation>
    </message>
    <message>
        <source>the TIARA tag {tag} is not one of: {choices}</source>
        <translation>la etiqueta TIARA {tag} no es ninguna de: {choices}</translation>
    </message>
    <message>
        <source>the minutes estimate {minutes} is not a number</source>
        <translation>los minutos estimados {minutes} no son un número</translation>
    </message>
    <message>
        <source>the minutes estimate {minutes} is outside {low}–{high}</source>
        <translation>los minutos estimados {minutes} están fuera de {low}–{high}</translation>
    </message>
</context>
<context>
    <name>QuestionBankPane</name>
    <message>
        <source>{category} · {tiara} · about {minutes} min · Your own question</source>
        <translation>{category} · {tiara} · unos {minutes} min · Pregunta propia</translation>
    </message>
    <message>
        <source>{category} · {tiara} · about {minutes} min · Built-in question</source>
        <translation>{category} · {tiara} · unos {minutes} min · Pregunta incluida</translation>
    </message>
    <message>
        <source>That question or interview no longer exists; the list has been refreshed.</source>
        <translation>Esa pregunta o entrevista ya no existe; se ha actualizado la lista.</translation>
    </message>
    <message>
        <source>Your questions could not be read or saved ({error}).</source>
        <translation>No se pudieron leer o guardar sus preguntas ({error}).</translation>
    </message>
    <message>
        <source>Filter questions…</source>
        <translation>Filtrar preguntas…</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <source>Enter picks the highlighted question; Down moves into the list</source>
        <translation>Intro elige la pregunta resaltada; Abajo entra en la lista</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>TIARA filter</source>
        <translation>Filtro TIARA</translation>
    </message>
    <message>
        <source>TIARA sorts questions by what they draw out: Trends in the field, Insights from their own experience, Advice for you, Resources to learn more, and Assignments (small tasks) to try. A good interview mixes them.</source>
        <translation>TIARA clasifica las preguntas según lo que sacan a la luz: Tendencias del campo, Impresiones de su propia experiencia, Consejos para usted, Recursos para saber más y Asignaciones (pequeñas tareas) que probar. Una buena entrevista las combina.</translation>
    </message>
    <message>
        <source>All TIARA tags</source>
        <translation>Todas las etiquetas TIARA</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>TIARA</source>
        <translation>TIARA</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>&amp;Pick →</source>
        <translation>E&amp;legir →</translation>
    </message>
    <message>
        <source>Add the selected question to this interview (Enter)</source>
        <translation>Añadir la pregunta seleccionada a esta entrevista (Intro)</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>Pregunta &amp;nueva…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modi&amp;ficar…</translation>
    </message>
    <message>
        <source>Edit one of your own questions</source>
        <translation>Editar una de sus propias preguntas</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete one of your own questions</source>
        <translation>Borrar una de sus propias preguntas</translation>
    </message>
    <message>
        <source>&amp;Question bank</source>
        <translation>Banco de &amp;preguntas</translation>
    </message>
    <message>
        <source>Could not read your questions</source>
        <translation>No se pudieron leer sus preguntas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <source>You have no questions of your own yet. New question… adds one.</source>
        <translation>Aún no tiene preguntas propias. Pregunta nueva… añade una.</translation>
    </message>
    <message>
        <source>No question matches “{typed}”. Try another word or “All categories”, or add it as your own with New question…</source>
        <translation>Ninguna pregunta coincide con «{typed}». Pruebe otra palabra o «Todas las categorías», o añádala como propia con Pregunta nueva…</translation>
    </message>
    <message>
        <source>No question matches these filters. Try another word or “All categories”, or add it as your own with New question…</source>
        <translation>Ninguna pregunta coincide con estos filtros. Pruebe otra palabra o «Todas las categorías», o añádala como propia con Pregunta nueva…</translation>
    </message>
    <message>
        <source>Could not add your question</source>
        <translation>No se pudo añadir su pregunta</translation>
    </message>
    <message>
        <source>Added your question: {text}</source>
        <translation>Pregunta añadida: {text}</translation>
    </message>
    <message>
        <source>Could not save your question</source>
        <translation>No se pudo guardar su pregunta</translation>
    </message>
    <message>
        <source>Saved your question. Interviews that already picked it keep their copy.</source>
        <translation>Pregunta guardada. Las entrevistas que ya la eligieron conservan su copia.</translation>
    </message>
    <message>
        <source>Delete your question</source>
        <translation>Borrar su pregunta</translation>
    </message>
    <message>
        <source>Delete “{text}” from your questions? Interviews that picked it keep their copy.</source>
        <translation>¿Borrar «{text}» de sus preguntas? Las entrevistas que la eligieron conservan su copia.</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Borrar pregunta</translation>
    </message>
    <message>
        <source>Could not delete your question</source>
        <translation>No se pudo borrar su pregunta</translation>
    </message>
    <message>
        <source>Deleted your question.</source>
        <translation>Pregunta borrada.</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <source>{number}. {text}</source>
        <translation>{number}. {text}</translation>
    </message>
    <message>
        <source>{number}. {text}  ✓ asked</source>
        <translation>{number}. {text}  ✓ hecha</translation>
    </message>
    <message>
        <source>{number}. {text}  – skipped</source>
        <translation>{number}. {text}  – omitida</translation>
    </message>
    <message>
        <source>Picker status</source>
        <translation>Estado del selector</translation>
    </message>
    <message>
        <source>Pic&amp;ked for this interview</source>
        <translation>Ele&amp;gidas para esta entrevista</translation>
    </message>
    <message>
        <source>Picked questions</source>
        <translation>Preguntas elegidas</translation>
    </message>
    <message>
        <source>Nothing picked yet. Choose a few questions that matter most to you: select one in the bank and press Enter, or double-click it.</source>
        <translation>Aún no hay nada elegido. Elija unas pocas preguntas que más le importen: seleccione una en el banco y pulse Intro, o haga doble clic.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Tiempo disponible</translation>
    </message>
    <message>
        <source>Time budget warning</source>
        <translation>Aviso de tiempo</translation>
    </message>
    <message>
        <source>That question is already in your list.</source>
        <translation>Esa pregunta ya está en su lista.</translation>
    </message>
    <message>
        <source>Could not pick the question</source>
        <translation>No se pudo elegir la pregunta</translation>
    </message>
    <message>
        <source>Picked: {text}</source>
        <translation>Elegida: {text}</translation>
    </message>
    <message>
        <source>Could not read your questions</source>
        <translation>No se pudieron leer sus preguntas</translation>
    </message>
    <message>
        <source>{minutes} min · {tiara} · {category}</source>
        <translation>{minutes} min · {tiara} · {category}</translation>
    </message>
    <message>
        <source>Could not reorder your questions</source>
        <translation>No se pudieron reordenar sus preguntas</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>“{text}” already has notes or was asked. Remove it and its notes?</source>
        <translation>«{text}» ya tiene notas o ya se hizo. ¿Quitarla junto con sus notas?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Could not remove the question</source>
        <translation>No se pudo quitar la pregunta</translation>
    </message>
    <message>
        <source>Removed: {text}</source>
        <translation>Quitada: {text}</translation>
    </message>
    <message numerus="yes">
        <source>{picked} min of questions; the conversation is {planned} min with %n min kept for closing</source>
        <translation><numerusform>{picked} min de preguntas; la conversación dura {planned} min con %n min reservado para cerrar</numerusform><numerusform>{picked} min de preguntas; la conversación dura {planned} min con %n min reservados para cerrar</numerusform></translation>
    </message>
</context>
<context>
    <name>QuestionSetFile</name>
    <message>
        <source>InfoInterview question sets (*.json);;All files (*)</source>
        <translation>Conjuntos de preguntas de InfoInterview (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{file} is not a question set: it is not UTF-8 text.</source>
        <translation>{file} no es un conjunto de preguntas: no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not a readable question set: it is damaged or cut short near line {line} ({problem}).</source>
        <translation>{file} no es un conjunto de preguntas legible: está dañado o cortado cerca de la línea {line} ({problem}).</translation>
    </message>
    <message>
        <source>{file} is not an InfoInterview question set.</source>
        <translation>{file} no es un conjunto de preguntas de InfoInterview.</translation>
    </message>
    <message>
        <source>{file} does not say which version of the format it uses.</source>
        <translation>{file} no dice qué versión del formato usa.</translation>
    </message>
    <message>
        <source>{file} was made by a newer InfoInterview (format version {version}); update the app to open it.</source>
        <translation>{file} lo hizo una versión más nueva de InfoInterview (versión de formato {version}); actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>{file} has an unknown format version ({version}).</source>
        <translation>{file} tiene una versión de formato desconocida ({version}).</translation>
    </message>
    <message>
        <source>{file} has no set name.</source>
        <translation>{file} no tiene nombre de conjunto.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} has an unreadable occupation.</source>
        <translation>{file} tiene una ocupación ilegible.</translation>
    </message>
    <message>
        <source>{file} holds no questions.</source>
        <translation>{file} no contiene preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n questions; a set can hold {limit}.</source>
        <translation><numerusform>{file} contiene %n pregunta; un conjunto puede tener {limit}.</numerusform><numerusform>{file} contiene %n preguntas; un conjunto puede tener {limit}.</numerusform></translation>
    </message>
    <message>
        <source>{file}: question {number} is not a question.</source>
        <translation>{file}: la pregunta {number} no es una pregunta.</translation>
    </message>
    <message>
        <source>{file}: question {number}: {problem}.</source>
        <translation>{file}: pregunta {number}: {problem}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>Could not open {file}: {reason}.</source>
        <translation>No se pudo abrir {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is too large to be a question set (over 512 KB).</source>
        <translation>{file} es demasiado grande para ser un conjunto de preguntas (más de 512 KB).</translation>
    </message>
</context>
<context>
    <name>QuestionSetsPanel</name>
    <message>
        <source>Saved question sets</source>
        <translation>Conjuntos de preguntas guardados</translation>
    </message>
    <message>
        <source>&amp;Apply set</source>
        <translation>Aplica&amp;r conjunto</translation>
    </message>
    <message>
        <source>Add the chosen set's questions to this interview</source>
        <translation>Añadir las preguntas del conjunto elegido a esta entrevista</translation>
    </message>
    <message>
        <source>Save these as a se&amp;t…</source>
        <translation>Guardar co&amp;mo conjunto…</translation>
    </message>
    <message>
        <source>Keep the questions picked here as a set to reuse</source>
        <translation>Guardar las preguntas elegidas aquí como un conjunto para reutilizar</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;ortar…</translation>
    </message>
    <message>
        <source>Add a set from a file someone gave you</source>
        <translation>Añadir un conjunto desde un archivo que le hayan pasado</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More set actions</source>
        <translation>Más acciones de conjuntos</translation>
    </message>
    <message>
        <source>Export set to a file…</source>
        <translation>Exportar conjunto a un archivo…</translation>
    </message>
    <message>
        <source>Rename set…</source>
        <translation>Renombrar conjunto…</translation>
    </message>
    <message>
        <source>Delete set…</source>
        <translation>Borrar conjunto…</translation>
    </message>
    <message>
        <source>&amp;Saved question sets</source>
        <translation>Conjun&amp;tos de preguntas guardados</translation>
    </message>
    <message>
        <source>Could not read the saved sets</source>
        <translation>No se pudieron leer los conjuntos guardados</translation>
    </message>
    <message>
        <source>No saved sets yet</source>
        <translation>Aún no hay conjuntos guardados</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n question(s), {minutes} min) · {occupation}</source>
        <translation><numerusform>{name} (%n pregunta, {minutes} min) · {occupation}</numerusform><numerusform>{name} (%n preguntas, {minutes} min) · {occupation}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n question(s), {minutes} min)</source>
        <translation><numerusform>{name} (%n pregunta, {minutes} min)</numerusform><numerusform>{name} (%n preguntas, {minutes} min)</numerusform></translation>
    </message>
    <message>
        <source>Could not read your questions</source>
        <translation>No se pudieron leer sus preguntas</translation>
    </message>
    <message>
        <source>Apply question set</source>
        <translation>Aplicar conjunto de preguntas</translation>
    </message>
    <message numerus="yes">
        <source>You already have %n question(s) picked. Add the questions of “{name}” to them, or replace the ones not yet asked?</source>
        <translation><numerusform>Ya tiene %n pregunta elegida. ¿Añadir a ella las preguntas de «{name}» o reemplazar las que aún no se han hecho?</numerusform><numerusform>Ya tiene %n preguntas elegidas. ¿Añadir a ellas las preguntas de «{name}» o reemplazar las que aún no se han hecho?</numerusform></translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Añadir a mi lista</translation>
    </message>
    <message>
        <source>Replace unasked questions</source>
        <translation>Reemplazar las no hechas</translation>
    </message>
    <message>
        <source>Could not apply the set</source>
        <translation>No se pudo aplicar el conjunto</translation>
    </message>
    <message>
        <source>Applied “{name}”.</source>
        <translation>Se aplicó «{name}».</translation>
    </message>
    <message>
        <source>Could not save the set</source>
        <translation>No se pudo guardar el conjunto</translation>
    </message>
    <message numerus="yes">
        <source>Saved “{name}” with %n question(s).</source>
        <translation><numerusform>Se guardó «{name}» con %n pregunta.</numerusform><numerusform>Se guardó «{name}» con %n preguntas.</numerusform></translation>
    </message>
    <message>
        <source>Could not rename the set</source>
        <translation>No se pudo renombrar el conjunto</translation>
    </message>
    <message>
        <source>Delete question set</source>
        <translation>Borrar conjunto de preguntas</translation>
    </message>
    <message>
        <source>Delete the set “{name}”? Interviews that used it keep their questions.</source>
        <translation>¿Borrar el conjunto «{name}»? Las entrevistas que lo usaron conservan sus preguntas.</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Borrar conjunto</translation>
    </message>
    <message>
        <source>Could not delete the set</source>
        <translation>No se pudo borrar el conjunto</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Se borró «{name}».</translation>
    </message>
    <message>
        <source>question set</source>
        <translation>conjunto de preguntas</translation>
    </message>
    <message>
        <source>Export question set</source>
        <translation>Exportar conjunto de preguntas</translation>
    </message>
    <message>
        <source>Could not export the set</source>
        <translation>No se pudo exportar el conjunto</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation>Se exportó «{name}» a {file}.</translation>
    </message>
    <message>
        <source>Import question set</source>
        <translation>Importar conjunto de preguntas</translation>
    </message>
    <message>
        <source>Could not import the set</source>
        <translation>No se pudo importar el conjunto</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

No se importó nada.</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importado)</translation>
    </message>
    <message numerus="yes">
        <source>Imported “{name}” with %n question(s).</source>
        <translation><numerusform>Se importó «{name}» con %n pregunta.</numerusform><numerusform>Se importó «{name}» con %n preguntas.</numerusform></translation>
    </message>
    <message>
        <source>That set or interview no longer exists.</source>
        <translation>Ese conjunto o entrevista ya no existe.</translation>
    </message>
    <message>
        <source>Your data could not be read or saved ({error}).</source>
        <translation>No se pudieron leer o guardar sus datos ({error}).</translation>
    </message>
</context>
<context>
    <name>QuitWithUnsavedNotes</name>
    <message>
        <source>Notes not saved</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message>
        <source>Your latest notes could not be written to disk. Quit anyway and lose them, or stay and copy them somewhere safe?</source>
        <translation>Sus últimas notas no se pudieron escribir en el disco. ¿Salir de todos modos y perderlas, o quedarse y copiarlas a un lugar seguro?</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>Referral chain</source>
        <translation>Cadena de referencias</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Double-click someone, or press Enter, to open them.</source>
        <translation>Haga doble clic en alguien, o pulse Intro, para abrirlo.</translation>
    </message>
    <message>
        <source>Choose a person to see who referred them, and whom they referred.</source>
        <translation>Elija a una persona para ver quién le dio su nombre y a quién dio el suyo.</translation>
    </message>
    <message>
        <source>The person shown</source>
        <translation>La persona mostrada</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <source>How the name came: {route}.</source>
        <translation>Cómo llegó el nombre: {route}.</translation>
    </message>
    <message>
        <source>Nobody referred {name}.</source>
        <translation>Nadie dio el nombre de {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Their name led to %n people, {direct} of them directly.</source>
        <translation><numerusform>Su nombre llevó a %n persona, {direct} directamente.</numerusform><numerusform>Su nombre llevó a %n personas, {direct} de ellas directamente.</numerusform></translation>
    </message>
    <message>
        <source>They have not referred anyone yet.</source>
        <translation>Aún no ha dado el nombre de nadie.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Llevó a</translation>
    </message>
    <message>
        <source>Who led to whom</source>
        <translation>Quién llevó a quién</translation>
    </message>
    <message>
        <source>No referrals yet: when someone gives you a name, it shows here.</source>
        <translation>Aún no hay recomendaciones: cuando alguien le dé un nombre, aparecerá aquí.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more person(s)</source>
        <translation><numerusform>… y %n persona más</numerusform><numerusform>… y %n personas más</numerusform></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Aún no hay recomendaciones.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name} led to {names}</source>
        <translation>{name} llevó a {names}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in referral chains: </source>
        <translation><numerusform>%n persona en cadenas de recomendación: </numerusform><numerusform>%n personas en cadenas de recomendación: </numerusform></translation>
    </message>
    <message>
        <source>; …</source>
        <translation>; …</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referral's name</source>
        <translation>Nombre de la persona recomendada</translation>
    </message>
    <message>
        <source>Who did they suggest?</source>
        <translation>¿A quién le sugirieron?</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>Email, phone, or how to find them</source>
        <translation>Correo, teléfono o cómo encontrarla</translation>
    </message>
    <message>
        <source>May I use the interviewee's name?</source>
        <translation>¿Puedo usar el nombre de la persona entrevistada?</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No lo pregunté</translation>
    </message>
    <message>
        <source>Yes, I may mention them</source>
        <translation>Sí, puedo mencionarla</translation>
    </message>
    <message>
        <source>No, keep them out of it</source>
        <translation>No, dejarla al margen</translation>
    </message>
    <message>
        <source>Add “contact them” to my next steps</source>
        <translation>Añadir «contactarla» a mis próximos pasos</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Añadir recomendación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>How to &amp;reach them:</source>
        <translation>Cómo &amp;contactar:</translation>
    </message>
    <message>
        <source>May I &amp;use their name?</source>
        <translation>¿&amp;Puedo usar su nombre?</translation>
    </message>
    <message>
        <source>Referrals from this interview:</source>
        <translation>Recomendaciones de esta entrevista:</translation>
    </message>
    <message>
        <source>Referrals from this interview</source>
        <translation>Recomendaciones de esta entrevista</translation>
    </message>
    <message>
        <source>None yet. Ask: “Who else should I talk to?”</source>
        <translation>Ninguna aún. Pregunte: «¿Con quién más debería hablar?»</translation>
    </message>
    <message>
        <source>{name} — {reach}</source>
        <translation>{name} — {reach}</translation>
    </message>
    <message>
        <source>Referred by {referrer}</source>
        <translation>Recomendado por {referrer}</translation>
    </message>
    <message>
        <source>Referred by {referrer} (informational interview, {day})</source>
        <translation>Recomendado por {referrer} (entrevista informativa, {day})</translation>
    </message>
    <message>
        <source>{origin}; you may mention their name</source>
        <translation>{origin}; puede mencionar su nombre</translation>
    </message>
    <message>
        <source>{origin}; do not mention their name</source>
        <translation>{origin}; no mencione su nombre</translation>
    </message>
    <message>
        <source>Type the person's name first.</source>
        <translation>Escriba primero el nombre de la persona.</translation>
    </message>
    <message>
        <source>That name is longer than 300 characters; please shorten it.</source>
        <translation>Ese nombre tiene más de 300 caracteres; acórtelo, por favor.</translation>
    </message>
    <message>
        <source>Contact {name}, referred by {referrer}</source>
        <translation>Contactar con {name}, recomendado por {referrer}</translation>
    </message>
    <message>
        <source>Added {name} as a contact referred by {referrer}.</source>
        <translation>Se añadió a {name} como contacto recomendado por {referrer}.</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>entrevistas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>ocupaciones</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>próximos pasos</translation>
    </message>
    <message>
        <source>thank-you notes</source>
        <translation>notas de agradecimiento</translation>
    </message>
    <message>
        <source>all {things}</source>
        <translation>todas las {things}</translation>
    </message>
    <message>
        <source>{recovered} {things} (how many there were is unknown)</source>
        <translation>{recovered} {things} (no se sabe cuántas había)</translation>
    </message>
    <message>
        <source>{recovered} of {expected} {things}</source>
        <translation>{recovered} de {expected} {things}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{when} — cannot be read</source>
        <translation>{when} — no se puede leer</translation>
    </message>
    <message>
        <source>{when} — {contents}</source>
        <translation>{when} — {contents}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What you have now is backed up first, so you can come back to it. InfoInterview restarts to show the restored data.</source>
        <translation>Elija la copia a la que volver. Antes se hace una copia de lo que tiene ahora, para que pueda volver a ello. InfoInterview se reinicia para mostrar los datos restaurados.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet. File ▸ Back up now makes one.</source>
        <translation>Aún no hay copias. Archivo ▸ Hacer copia ahora crea una.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>SaveSetDialog</name>
    <message>
        <source>Rename question set</source>
        <translation>Renombrar conjunto de preguntas</translation>
    </message>
    <message>
        <source>Save questions as a set</source>
        <translation>Guardar las preguntas como conjunto</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>Nombre del conjunto</translation>
    </message>
    <message>
        <source>e.g. First talks with nurses</source>
        <translation>p. ej. Primeras charlas con enfermeras</translation>
    </message>
    <message>
        <source>Offer this set for {occupation} interviews only</source>
        <translation>Ofrecer este conjunto solo para entrevistas de {occupation}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Sin guardar — reintentando</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule an interview with {name}</source>
        <translation>Programar una entrevista con {name}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Office, café…</source>
        <translation>Oficina, cafetería…</translation>
    </message>
    <message>
        <source>For a video call: the link to join</source>
        <translation>Para una videollamada: el enlace para unirse</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace de vídeo</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation>Enlace de &amp;vídeo</translation>
    </message>
    <message>
        <source>An informational interview with &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Una entrevista informativa con &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>{place} to “{question}”</source>
        <translation>{place} de «{question}»</translation>
    </message>
    <message>
        <source>Search interviews</source>
        <translation>Buscar en las entrevistas</translation>
    </message>
    <message>
        <source>Search your interviews: notes, answers, takeaways, next steps, people, places…</source>
        <translation>Busque en sus entrevistas: notas, respuestas, conclusiones, próximos pasos, personas, lugares…</translation>
    </message>
    <message>
        <source>Type a word or two; accents and capitals do not matter.</source>
        <translation>Escriba una o dos palabras; los acentos y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Show &amp;more results</source>
        <translation>Mostrar &amp;más resultados</translation>
    </message>
    <message>
        <source>Search is not available right now (the database could not be read). Try again.</source>
        <translation>La búsqueda no está disponible ahora (no se pudo leer la base de datos). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing in your interviews matches “{words}”.</source>
        <translation>Nada en sus entrevistas coincide con «{words}».</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es), best first — Enter or double-click opens one.</source>
        <translation><numerusform>Primera %Ln coincidencia, la mejor primero — Intro o doble clic la abre.</numerusform><numerusform>Primeras %Ln coincidencias, las mejores primero — Intro o doble clic abre una.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es), too common to rank (add a word to narrow) — Enter or double-click opens one.</source>
        <translation><numerusform>Primera %Ln coincidencia, demasiado común para ordenarla (añada una palabra para afinar) — Intro o doble clic la abre.</numerusform><numerusform>Primeras %Ln coincidencias, demasiado comunes para ordenarlas (añada una palabra para afinar) — Intro o doble clic abre una.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), best first — Enter or double-click opens one.</source>
        <translation><numerusform>%Ln coincidencia — Intro o doble clic la abre.</numerusform><numerusform>%Ln coincidencias, las mejores primero — Intro o doble clic abre una.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), too common to rank (add a word to narrow) — Enter or double-click opens one.</source>
        <translation><numerusform>%Ln coincidencia, demasiado común para ordenarla (añada una palabra para afinar) — Intro o doble clic la abre.</numerusform><numerusform>%Ln coincidencias, demasiado comunes para ordenarlas (añada una palabra para afinar) — Intro o doble clic abre una.</numerusform></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>View and presentation</source>
        <translation>Vista y presentación</translation>
    </message>
    <message>
        <source>Interview page (from anywhere on it)</source>
        <translation>Página de la entrevista (desde cualquier parte de ella)</translation>
    </message>
    <message>
        <source>Countdown, once clicked or reached with Tab</source>
        <translation>Cuenta atrás, una vez pulsada o alcanzada con Tab</translation>
    </message>
    <message>
        <source>Live interview</source>
        <translation>Entrevista en directo</translation>
    </message>
    <message>
        <source>Prepare questions</source>
        <translation>Preparar preguntas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Ir a Hoy</translation>
    </message>
    <message>
        <source>Go to People &amp; occupations</source>
        <translation>Ir a Personas y ocupaciones</translation>
    </message>
    <message>
        <source>Go to Interview</source>
        <translation>Ir a Entrevista</translation>
    </message>
    <message>
        <source>Go to Wrap-up &amp; follow-ups</source>
        <translation>Ir a Cierre y seguimiento</translation>
    </message>
    <message>
        <source>Go to Search</source>
        <translation>Ir a Buscar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Presentation mode on or off</source>
        <translation>Activar o desactivar el modo presentación</translation>
    </message>
    <message>
        <source>Larger text and controls</source>
        <translation>Texto y controles más grandes</translation>
    </message>
    <message>
        <source>Smaller text and controls</source>
        <translation>Texto y controles más pequeños</translation>
    </message>
    <message>
        <source>Text and controls at 100 %</source>
        <translation>Texto y controles al 100 %</translation>
    </message>
    <message>
        <source>Start, pause or resume the countdown</source>
        <translation>Iniciar, pausar o reanudar la cuenta atrás</translation>
    </message>
    <message>
        <source>Add 1 minute</source>
        <translation>Añadir 1 minuto</translation>
    </message>
    <message>
        <source>Take away 1 minute</source>
        <translation>Quitar 1 minuto</translation>
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation>Añadir 5 minutos</translation>
    </message>
    <message>
        <source>Take away 5 minutes</source>
        <translation>Quitar 5 minutos</translation>
    </message>
    <message>
        <source>Open or close the projector view</source>
        <translation>Abrir o cerrar la vista de proyector</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Stamp the time in the notes</source>
        <translation>Anotar la hora en las notas</translation>
    </message>
    <message>
        <source>Move the picked question</source>
        <translation>Mover la pregunta elegida</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir al cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Iniciar, pausar o reanudar</translation>
    </message>
    <message>
        <source>Add 1 minute (with or without Shift)</source>
        <translation>Añadir 1 minuto (con o sin Mayús)</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Tab moves between controls and Shift+Tab back; in a table the arrow keys move and Enter opens the row. Alt with an underlined letter presses that button or reaches that field.</source>
        <translation>Tab pasa de un control a otro y Mayús+Tab vuelve; en una tabla, las flechas mueven y Intro abre la fila. Alt con una letra subrayada pulsa ese botón o lleva a ese campo.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>InfoInterview could not create its lock file {file} ({reason}). Check that the data folder is yours and writable.</source>
        <translation>InfoInterview no pudo crear su archivo de bloqueo {file} ({reason}). Compruebe que la carpeta de datos es suya y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>InfoInterview seems to be open already with the data in {folder}, but it does not answer. Wait a moment and start it again; if it still does not open, close the other window (or end the program), and if none is open, remove the file {file}.</source>
        <translation>Parece que InfoInterview ya está abierto con los datos de {folder}, pero no responde. Espere un momento y ábralo de nuevo; si sigue sin abrirse, cierre la otra ventana (o termine el programa) y, si no hay ninguna abierta, borre el archivo {file}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>StageAlert</name>
    <message>
        <source>InfoInterview countdown</source>
        <translation>Cuenta atrás de InfoInterview</translation>
    </message>
    <message>
        <source>Interview countdown</source>
        <translation>Cuenta atrás de la entrevista</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Updating your data for this version of InfoInterview…
A backup of the file as it was is kept in the backups folder. This can take a little while with many interviews.</source>
        <translation>Actualizando sus datos para esta versión de InfoInterview…
Se guarda una copia del archivo tal como estaba en la carpeta de copias. Puede tardar un poco si hay muchas entrevistas.</translation>
    </message>
    <message>
        <source>InfoInterview could not read its data file {file}:
{reason}

Details are in {log}.</source>
        <translation>InfoInterview no pudo leer su archivo de datos {file}:
{reason}

Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>That did not work: {reason}
Your data file is kept as it was. Details are in {log}.</source>
        <translation>Eso no funcionó: {reason}
Su archivo de datos se conserva tal como estaba. Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>InfoInterview could not open its data file {file}:
{reason}

Details are in {log}.</source>
        <translation>InfoInterview no pudo abrir su archivo de datos {file}:
{reason}

Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>The demo workspace cannot be made in {folder}: that folder holds something else.</source>
        <translation>No se puede crear el espacio de demostración en {folder}: esa carpeta contiene otra cosa.</translation>
    </message>
    <message>
        <source>The demo workspace could not be made in {folder}: {problem}</source>
        <translation>No se pudo crear el espacio de demostración en {folder}: {problem}</translation>
    </message>
    <message>
        <source>InfoInterview cannot use its data folder: {problem}</source>
        <translation>InfoInterview no puede usar su carpeta de datos: {problem}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
</context>
<context>
    <name>StoreBoundPane</name>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
</context>
<context>
    <name>TableCorner</name>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>TakeawayWeight</name>
    <message>
        <source>A grain of salt</source>
        <translation>Con reservas</translation>
    </message>
    <message>
        <source>Trust it</source>
        <translation>De fiar</translation>
    </message>
</context>
<context>
    <name>TakeawaysPage</name>
    <message>
        <source>Takeaway</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>A key point you heard</source>
        <translation>Un punto clave que oyó</translation>
    </message>
    <message>
        <source>How much weight to give it</source>
        <translation>Cuánto peso darle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add takeaway</source>
        <translation>Añadir conclusión</translation>
    </message>
    <message>
        <source>Takeaways</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Cambiar el peso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove takeaway</source>
        <translation>Quitar conclusión</translation>
    </message>
    <message>
        <source>{weight}: {text}</source>
        <translation>{weight}: {text}</translation>
    </message>
    <message>
        <source>Type the takeaway first.</source>
        <translation>Escriba primero la conclusión.</translation>
    </message>
    <message>
        <source>Keep a takeaway under {limit} characters; put longer thoughts in your notes.</source>
        <translation>Mantenga cada conclusión por debajo de {limit} caracteres; las ideas más largas pueden ir en sus notas.</translation>
    </message>
    <message>
        <source>Takeaway added.</source>
        <translation>Conclusión añadida.</translation>
    </message>
    <message>
        <source>Select a takeaway in the list first.</source>
        <translation>Seleccione primero una conclusión de la lista.</translation>
    </message>
    <message>
        <source>Now: trust it.</source>
        <translation>Ahora: de fiar.</translation>
    </message>
    <message>
        <source>Now: a grain of salt.</source>
        <translation>Ahora: con reservas.</translation>
    </message>
    <message>
        <source>Takeaway removed.</source>
        <translation>Conclusión quitada.</translation>
    </message>
</context>
<context>
    <name>TemplateError</name>
    <message>
        <source>The template {path} is larger than 64 KB; a note template should be short.</source>
        <translation>La plantilla {path} ocupa más de 64 KB; una plantilla de nota debería ser breve.</translation>
    </message>
    <message>
        <source>The template {path} cannot be read: {reason}</source>
        <translation>No se puede leer la plantilla {path}: {reason}</translation>
    </message>
    <message>
        <source>The template {path} is not UTF-8 text.</source>
        <translation>La plantilla {path} no es texto UTF-8.</translation>
    </message>
</context>
<context>
    <name>ThankPage</name>
    <message>
        <source>I thanked them for their time</source>
        <translation>Le di las gracias por su tiempo</translation>
    </message>
    <message>
        <source>A simple “Thank you, this was really helpful” at the end of the 20 minutes matters, and keeping to the time you asked for is a thank-you in itself.</source>
        <translation>Un sencillo «Gracias, me ha sido muy útil» al final de los 20 minutos importa, y ajustarse al tiempo que pidió ya es en sí un agradecimiento.</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Marcado como hecho.</translation>
    </message>
</context>
<context>
    <name>ThankYouNote</name>
    <message>
        <source>Not written yet</source>
        <translation>Aún sin escribir</translation>
    </message>
    <message>
        <source>Written, not sent yet</source>
        <translation>Escrita, aún sin enviar</translation>
    </message>
    <message>
        <source>Sent on {day}</source>
        <translation>Enviada el {day}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>[In your own words: {points}]</source>
        <translation>[Con sus propias palabras: {points}]</translation>
    </message>
    <message>
        <source>your work</source>
        <translation>su trabajo</translation>
    </message>
    <message>
        <source>a {occupation}</source>
        <translation>{occupation}</translation>
    </message>
    <message>
        <source>an {occupation}</source>
        <translation>{occupation}</translation>
    </message>
    <message>
        <source>your work as {role}</source>
        <translation>su trabajo de {role}</translation>
    </message>
    <message>
        <source>Thank you too for suggesting I talk with {names}; I will get in touch.</source>
        <translation>Gracias también por sugerirme que hable con {names}; me pondré en contacto.</translation>
    </message>
</context>
<context>
    <name>ThankYouNotePage</name>
    <message numerus="yes">
        <source>Pick up to %n point(s) from your notes to mention:</source>
        <translation><numerusform>Elija hasta %n punto de sus notas que mencionar:</numerusform><numerusform>Elija hasta %n puntos de sus notas que mencionar:</numerusform></translation>
    </message>
    <message>
        <source>Write a draft</source>
        <translation>Escribir un borrador</translation>
    </message>
    <message>
        <source>Write a draft of the note with these lines</source>
        <translation>Escribir un borrador de la nota con estas líneas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the note to the clipboard</source>
        <translation>Copiar la nota al portapapeles</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Abrir en el correo</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Guardar como archivo de texto…</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Nota de agradecimiento enviada</translation>
    </message>
    <message>
        <source>Date the note was sent</source>
        <translation>Fecha en que se envió la nota</translation>
    </message>
    <message>
        <source>Thank-you note status</source>
        <translation>Estado de la nota de agradecimiento</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Gracias por su tiempo</translation>
    </message>
    <message>
        <source>Drafted afresh; Ctrl+Z in the note brings back what was there.</source>
        <translation>Borrador escrito de nuevo; Ctrl+Z en la nota recupera lo que había.</translation>
    </message>
    <message>
        <source>Drafted from your template. Make it your own; it is saved as you type.</source>
        <translation>Redactada a partir de su plantilla. Hágala suya; se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Copied the note. Paste it into your email or card.</source>
        <translation>Nota copiada. Péguela en su correo o tarjeta.</translation>
    </message>
    <message>
        <source>The note is too long for a mail link; use Copy and paste it into a new email instead.</source>
        <translation>La nota es demasiado larga para un enlace de correo; use Copiar y péguela en un correo nuevo.</translation>
    </message>
    <message>
        <source>{problem} Fix the address on the business card step, or use Copy.</source>
        <translation>{problem} Corrija la dirección en el paso de la tarjeta de visita, o use Copiar.</translation>
    </message>
    <message>
        <source>Opened your mail app. Once you have sent it, tick “Sent on”.</source>
        <translation>Se abrió su aplicación de correo. Cuando la haya enviado, marque «Enviada el».</translation>
    </message>
    <message>
        <source>No mail app opened. Use Copy and paste the note into your email instead.</source>
        <translation>No se abrió ninguna aplicación de correo. Use Copiar y pegue la nota en su correo.</translation>
    </message>
    <message>
        <source>Save the note as text</source>
        <translation>Guardar la nota como texto</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>The note could not be saved to {path}: {reason}.</source>
        <translation>No se pudo guardar la nota en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Saved the note as {path}.</source>
        <translation>Nota guardada como {path}.</translation>
    </message>
    <message>
        <source>Status: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
</context>
<context>
    <name>ThankYouNudge</name>
    <message>
        <source>Send your thank-you note to {name}</source>
        <translation>Envíe su nota de agradecimiento a {name}</translation>
    </message>
</context>
<context>
    <name>Tiara</name>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
</context>
<context>
    <name>TimeBudget</name>
    <message numerus="yes">
        <source>{picked} of {available} min planned; %n min kept for closing</source>
        <translation><numerusform>{picked} de {available} min previstos; %n min reservado para cerrar</numerusform><numerusform>{picked} de {available} min previstos; %n min reservados para cerrar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A {planned}-minute conversation leaves no time for questions once closing takes %n minute(s). Consider asking for a little longer.</source>
        <translation><numerusform>Una conversación de {planned} minutos no deja tiempo para preguntas si el cierre lleva %n minuto. Piense en pedir un poco más de tiempo.</numerusform><numerusform>Una conversación de {planned} minutos no deja tiempo para preguntas si el cierre lleva %n minutos. Piense en pedir un poco más de tiempo.</numerusform></translation>
    </message>
    <message>
        <source>This plan runs about {over} min over. Twenty minutes go quickly — consider leaving out a question or two, and keep the ones that matter most to you near the top.</source>
        <translation>Este plan se pasa unos {over} min. Veinte minutos pasan rápido: piense en dejar fuera una o dos preguntas y mantenga arriba las que más le importan.</translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>“{value}” does not look like an email address (for example name@example.com).</source>
        <translation>«{value}» no parece una dirección de correo (por ejemplo, nombre@example.com).</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number (digits, spaces, + - ( ) and an extension).</source>
        <translation>«{value}» no parece un número de teléfono (cifras, espacios, + - ( ) y una extensión).</translation>
    </message>
    <message>
        <source>The card has no name.</source>
        <translation>La tarjeta no tiene nombre.</translation>
    </message>
    <message>
        <source>The file is larger than 200 MB, which is more than any address book needs.</source>
        <translation>El archivo ocupa más de 200 MB, más de lo que necesita cualquier libreta de direcciones.</translation>
    </message>
    <message>
        <source>The card is cut off: it has no END:VCARD line.</source>
        <translation>La tarjeta está cortada: no tiene línea END:VCARD.</translation>
    </message>
    <message>
        <source>The vCard could not be read: line {number} is damaged (“{line}”).</source>
        <translation>No se pudo leer el vCard: la línea {number} está dañada («{line}»).</translation>
    </message>
    <message>
        <source>The card could not be read: one of its lines is not written as vCards are.</source>
        <translation>No se pudo leer la tarjeta: una de sus líneas no está escrita como se escriben los vCard.</translation>
    </message>
    <message>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation>Esto no es un archivo vCard: no tiene línea BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>A contact card needs a name.</source>
        <translation>Una tarjeta de contacto necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <source>Import people from {file}</source>
        <translation>Importar personas de {file}</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n card(s) that can be imported, each as a new person; nobody you have now is changed. Untick those you do not want.</source>
        <translation><numerusform>{file} contiene %n tarjeta que se puede importar, como persona nueva; no cambia nadie de los que ya tiene. Desmarque las que no quiera.</numerusform><numerusform>{file} contiene %n tarjetas que se pueden importar, cada una como persona nueva; no cambia nadie de los que ya tiene. Desmarque las que no quiera.</numerusform></translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation>Tarjetas por importar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todas</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>No seleccionar ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read; left out:</source>
        <translation><numerusform>%n tarjeta no se pudo leer; no se importa:</numerusform><numerusform>%n tarjetas no se pudieron leer; no se importan:</numerusform></translation>
    </message>
    <message>
        <source>Cards that could not be read</source>
        <translation>Tarjetas que no se pudieron leer</translation>
    </message>
    <message>
        <source>Cards not imported</source>
        <translation>Tarjetas no importadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Card {number} ({name}): {reason}</source>
        <translation>Tarjeta {number} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Card {number}: {reason}</source>
        <translation>Tarjeta {number}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation><numerusform>Importar %n persona</numerusform><numerusform>Importar %n personas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Left out as you chose: %n card(s).</source>
        <translation><numerusform>No importada porque así lo eligió: %n tarjeta.</numerusform><numerusform>No importadas porque así lo eligió: %n tarjetas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read:</source>
        <translation><numerusform>%n tarjeta no se pudo leer:</numerusform><numerusform>%n tarjetas no se pudieron leer:</numerusform></translation>
    </message>
</context>
<context>
    <name>WeeklyBarChart</name>
    <message>
        <source>Interviews per week</source>
        <translation>Entrevistas por semana</translation>
    </message>
    <message>
        <source>No interviews counted yet.</source>
        <translation>Aún no hay entrevistas contadas.</translation>
    </message>
    <message>
        <source>No interviews held in the last {weeks} weeks.</source>
        <translation>Ninguna entrevista en las últimas {weeks} semanas.</translation>
    </message>
    <message>
        <source>week of {day}: {count}</source>
        <translation>semana del {day}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) held in the last {weeks} weeks: {counts}.</source>
        <translation><numerusform>%n entrevista hecha en las últimas {weeks} semanas: {counts}.</numerusform><numerusform>%n entrevistas hechas en las últimas {weeks} semanas: {counts}.</numerusform></translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>WhatWasSaid</name>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Your notes and answers from the interview, read-only</source>
        <translation>Sus notas y respuestas de la entrevista, solo lectura</translation>
    </message>
</context>
<context>
    <name>WrapUpProgress</name>
    <message>
        <source>Wrap-up complete</source>
        <translation>Cierre completo</translation>
    </message>
    <message numerus="yes">
        <source>Wrap-up incomplete: %n of {total} steps left</source>
        <translation><numerusform>Cierre incompleto: falta %n de {total} pasos</numerusform><numerusform>Cierre incompleto: faltan %n de {total} pasos</numerusform></translation>
    </message>
</context>
<context>
    <name>WrapUpState</name>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>WrapUpStep</name>
    <message>
        <source>Thank them</source>
        <translation>Dar las gracias</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Tarjeta de visita</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Evaluate how you did</source>
        <translation>Valorar cómo lo hizo</translation>
    </message>
    <message>
        <source>Weigh what was said</source>
        <translation>Sopesar lo que se dijo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Thank the person for their time before you leave.</source>
        <translation>Agradezca a la persona su tiempo antes de irse.</translation>
    </message>
    <message>
        <source>Ask who else you could talk to, and whether you may mention their name.</source>
        <translation>Pregunte con quién más podría hablar y si puede mencionar su nombre.</translation>
    </message>
    <message>
        <source>Ask for a business card so you can reach them again.</source>
        <translation>Pida una tarjeta de visita para poder volver a contactar.</translation>
    </message>
    <message>
        <source>Send a short, personal note within a day.</source>
        <translation>Envíe una nota breve y personal en el plazo de un día.</translation>
    </message>
    <message>
        <source>Rate how the conversation went while it is fresh.</source>
        <translation>Valore cómo fue la conversación mientras está reciente.</translation>
    </message>
    <message>
        <source>Note the key takeaways and how much weight each deserves.</source>
        <translation>Anote las conclusiones clave y cuánto peso merece cada una.</translation>
    </message>
    <message>
        <source>Decide what you will do next, with a due date.</source>
        <translation>Decida qué hará a continuación, con una fecha límite.</translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>nothing was written to {path}</source>
        <translation>no se escribió nada en {path}</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Wrap-up progress</source>
        <translation>Progreso del cierre</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Wrap-up steps</source>
        <translation>Pasos del cierre</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Mark this step done</source>
        <translation>Marcar este paso como hecho</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>O&amp;mitir</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Omitir este paso</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Leave this step for later</source>
        <translation>Dejar este paso para más tarde</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>Exportar Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the wrap-up; progress is saved</source>
        <translation>Cerrar el cierre; el progreso se guarda</translation>
    </message>
    <message>
        <source>Wrap-up message</source>
        <translation>Mensaje del cierre</translation>
    </message>
    <message>
        <source>Still showing this wrap-up: what you typed here is not saved yet (see above).</source>
        <translation>Aún se muestra este cierre: lo que escribió aquí todavía no se ha guardado (vea arriba).</translation>
    </message>
    <message>
        <source>“{step}” needs a look before it can be marked done.</source>
        <translation>«{step}» necesita revisión antes de marcarlo como hecho.</translation>
    </message>
    <message>
        <source>“{step}” needs a look before it can be left for later.</source>
        <translation>«{step}» necesita revisión antes de dejarlo para más tarde.</translation>
    </message>
    <message>
        <source>Wrap-up complete. Well done — remember to follow through on your next steps.</source>
        <translation>Cierre completo. Bien hecho: recuerde cumplir sus próximos pasos.</translation>
    </message>
    <message>
        <source>“{step}”: done.</source>
        <translation>«{step}»: hecho.</translation>
    </message>
    <message>
        <source>“{step}”: skipped.</source>
        <translation>«{step}»: omitido.</translation>
    </message>
    <message>
        <source>“{step}”: left for later.</source>
        <translation>«{step}»: para más tarde.</translation>
    </message>
    <message>
        <source>“{step}”: to do.</source>
        <translation>«{step}»: por hacer.</translation>
    </message>
    <message>
        <source>Wrap-up: {name} — {occupation}</source>
        <translation>Cierre: {name} — {occupation}</translation>
    </message>
    <message>
        <source>Wrap-up: {name}</source>
        <translation>Cierre: {name}</translation>
    </message>
    <message>
        <source>{mark}  {step} — {state}</source>
        <translation>{mark}  {step} — {state}</translation>
    </message>
    <message>
        <source>Export the interview as Markdown</source>
        <translation>Exportar la entrevista como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the interview as PDF</source>
        <translation>Exportar la entrevista como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Problem: the export could not be saved to {path}: {reason}.</source>
        <translation>Problema: no se pudo guardar la exportación en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>Informational interview with {name}</source>
        <translation>Entrevista informativa con {name}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
</context>
</TS>