<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;{app} {version}&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan, run and follow up informational interviews: twenty-minute conversations to learn about an occupation from someone who works in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data is kept in:
{folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data is kept in:
{folder}
(No file manager could be opened; copy the path above.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionsDuePanel</name>
    <message>
        <source>Nothing to do today. Follow-ups and reminders will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The follow-up suggestions you dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismissed follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>○ %n interview(s) with an unfinished wrap-up</source>
        <translation>
            <numerusform>○ %n interview with an unfinished wrap-up</numerusform>
            <numerusform>○ %n interviews with an unfinished wrap-up</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the first</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✉ {reminder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◷ {when}: interview with {name} · {preparation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ {suggestion}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this suggestion for good; it stays under Dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this suggestion until a later day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until tomorrow ({day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until next week ({day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until a day you choose…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Dismissed (%n)</source>
        <translation>
            <numerusform>Dismissed (%n)</numerusform>
            <numerusform>Dismissed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact another person (no reply from {name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send one polite follow-up to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the time with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what} — due {due}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddPeople</name>
    <message>
        <source>Adding the people…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s) added.</source>
        <translation><numerusform>%n person added.</numerusform><numerusform>%n people added.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: the people could not be added. The details are in the log file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>A backup of your data could not be made ({reason}). Your data itself is safe; another try comes later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Notes not saved: the disk is full ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes not saved: the data folder is read-only ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes not saved: another program is holding the database ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes not saved: the database could not be written ({detail}). They are kept on screen and saving is retried — do not close the app.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{when} — cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when} — {contents}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation><numerusform>%n interview</numerusform><numerusform>%n interviews</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message>
        <source>{interviews}, {people}, no notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{interviews}, {people}, newest note {day}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Informational interview with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This interview has no time yet, so it cannot go in a calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar file could not be saved in {folder} ({reason}). Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {file}: open it to add the interview to your calendar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallScript</name>
    <message>
        <source>[your name]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone who knows your work suggested I get in touch with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name came up when I asked who could tell me more about this work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{referrer} suggested I speak with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I found your name in a directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello {first_name}, my name is {your_name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello, my name is {your_name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'm exploring work as {role}, and I'm seeking information and guidance from people who do it — I'm not asking for a job.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'm exploring your line of work, and I'm seeking information and guidance from people who do it — I'm not asking for a job.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could I have {minutes} minutes of your time, at a time that suits you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You did not ask {referrer} whether you may mention them, so the text leaves their name out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{referrer} asked not to be mentioned, so the text leaves their name out.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardImportDialog</name>
    <message>
        <source>Import a business card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} — {organisation}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>“{file}” holds %n card(s). Choose the one to take details from:</source>
        <translation>
            <numerusform>“{file}” holds %n card. Choose the one to take details from:</numerusform>
            <numerusform>“{file}” holds %n cards. Choose the one to take details from:</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose card this is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the card would make</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This card is for {card_name}, not {person_name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick what should stay as it is. Fields the card does not have are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This card holds nothing that differs from what is saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Name on the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one a line, e.g. work: name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one a line, e.g. cell: +1 555 010 2030</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>street, town, postcode, country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;mails:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard version to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach photo or scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No picture of the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture of the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card needs a name; the other details are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, but some values need a look: see the messages under the fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{file}” cannot be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed by “{file}”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Took %n change(s) from “{file}”; some values need a look.</source>
        <translation>
            <numerusform>Took %n change from “{file}”; some values need a look.</numerusform>
            <numerusform>Took %n changes from “{file}”; some values need a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) from “{file}”.</source>
        <translation>
            <numerusform>Took %n change from “{file}”.</numerusform>
            <numerusform>Took %n changes from “{file}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card needs a name before it can be exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vCard could not be saved to {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a vCard {version} as {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a photo or scan of the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached “{file}”; a copy is kept with your data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images or PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>As text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this picture's numbers as words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show {picture} as text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name prefix (Dr., Ms.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name suffix (Jr.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email's label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone's label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address (whole)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region or state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PO box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address's label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCards (*.vcf *.vcard);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} could not be read. The details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} holds no cards.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactSource</name>
    <message>
        <source>Friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coworker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>To contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thanked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{stage} — under 1 min left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{stage} — %n min left</source>
        <translation><numerusform>{stage} — %n min left</numerusform><numerusform>{stage} — %n min left</numerusform></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overtime +{time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused · {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finished after %n s</source>
        <translation><numerusform>Finished after %n s</numerusform><numerusform>Finished after %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n min</source>
        <translation><numerusform>Finished after %n min</numerusform><numerusform>Finished after %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Finished after %n min {seconds} s</source>
        <translation><numerusform>Finished after %n min {seconds} s</numerusform><numerusform>Finished after %n min {seconds} s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ready — %n min planned</source>
        <translation><numerusform>Ready — %n min planned</numerusform><numerusform>Ready — %n min planned</numerusform></translation>
    </message>
</context>
<context>
    <name>CountdownController</name>
    <message>
        <source>The saved countdown for this interview could not be read, so it starts again from the planned length. Adjust it with the minute buttons if the conversation is under way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The countdown could not be saved, so it would not survive a restart. It keeps running, and it is saved by itself as soon as the disk allows; check that the disk is not full.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountdownPanel</name>
    <message>
        <source>Click the time, then:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space start/pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+/↑ add 1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−/↓ take 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PgUp/PgDn 5 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from anywhere on the page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+↑/↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart the countdown?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The countdown will start again from the full planned length, and the time counted so far is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time remaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the time (or Tab to it) so these keys reach the countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start or pause the countdown ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take away 5 minutes ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take away 1 minute ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 1 minute ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 5 minutes ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start again from the full planned length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the interview's countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the countdown full screen on the second screen ({keys}); Esc leaves full screen, then closes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take away 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take away 1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time is up —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish and wrap up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the interview now and start its wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep talking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this away; finish whenever you like with “Finish interview…”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time}, {words}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountdownStage</name>
    <message>
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvContacts</name>
    <message>
        <source>The file is larger than 50 MB; it is not a list of contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not text: it holds binary data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line} of the file cannot be read as a table row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” could not be read as a phone number; it is kept as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” does not look like a valid phone number; it is kept as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” does not look like an email address (name@example.com); it is kept as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This row has more than one address; only the first is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This row has no name, so it is left out.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) where the header names {expected}, so it is left out (a comma or quote inside a value may be missing its quotes).</source>
        <translation><numerusform>This row has %n field where the header names {expected}, so it is left out (a comma or quote inside a value may be missing its quotes).</numerusform><numerusform>This row has %n fields where the header names {expected}, so it is left out (a comma or quote inside a value may be missing its quotes).</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import people from {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview the rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{file} has %n row(s). Choose what each column holds; the values beside it are from the first rows. Nothing is imported yet.</source>
        <translation>
            <numerusform>{file} has %n row. Choose what each column holds; the values beside it are from the first rows. Nothing is imported yet.</numerusform>
            <numerusform>{file} has %n rows. Choose what each column holds; the values beside it are from the first rows. Nothing is imported yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide columns that are empty in every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the file as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What “{column}” holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only rows to check</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{first} (and %n more)</source>
        <translation>
            <numerusform>{first} (and %n more)</numerusform>
            <numerusform>{first} (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rows could not be read. The details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s) to add, each as a new person; nobody you have now is changed.</source>
        <translation>
            <numerusform>%n person to add, each as a new person; nobody you have now is changed.</numerusform>
            <numerusform>%n people to add, each as a new person; nobody you have now is changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; “To check” says why.</source>
        <translation>
            <numerusform>%n row left out; “To check” says why.</numerusform>
            <numerusform>%n rows left out; “To check” says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values to check in %n row(s); they are imported as written.</source>
        <translation>
            <numerusform>Values to check in %n row; they are imported as written.</numerusform>
            <numerusform>Values to check in %n rows; they are imported as written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out.</source>
        <translation>
            <numerusform>%n row left out.</numerusform>
            <numerusform>%n rows left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomQuestionDialog</name>
    <message>
        <source>Edit your question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What would you like to ask?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIARA tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;TIARA tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A gentle note on “{words}”: {why} You can still keep the question as it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>{app}: your data file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is kept as it is, renamed, whatever you choose: nothing is deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your newest good backup is from {when}: {contents}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore the backup of {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rescue copies everything that can still be read into a new file and says what it found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;scue what can be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a &amp;new empty store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{app}: rescue finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is what could be read from the damaged file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged file is kept beside your data as {file}, exactly as it was.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Import an InfoInterview export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview exports (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It did not work: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the export?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{target} exists already. Replace it with this export?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything was exported to {target}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {summary}

Nothing you have now is changed. Import?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform>
            <numerusform>%n records added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup made: {when} — {contents}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you typed could not be written, so nothing was restored. Copy it somewhere safe first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data is back as it was on {when}. InfoInterview restarts now to show it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was restored: {reason}
InfoInterview restarts now with your data as it was.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>the data directory {folder} is a file, not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the data directory {folder}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data directory {folder} is not writable: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <source>Overdue since yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample people and interviews, made up for trying the app. Your own data is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;set demo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the demo back as it was when it was first opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the demo workspace back as it was? Whatever was changed in the demo is replaced by the sample data, and InfoInterview starts again. Your own data is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailLabel</name>
    <message>
        <source>work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Could not save: the disk is full. Free some space on it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: the data folder {folder} is read-only. Make it writable, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: another program is holding the database (a backup or sync tool, or a second copy of InfoInterview). Close it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong, and InfoInterview could not finish what you asked. Everything already saved is safe. The details are in {log}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 = poor, 5 = excellent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{aspect}: {score}, {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{score} — {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went well? What will you do differently next time?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a rating for at least one aspect, or skip this step.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Ratings saved. %n aspect(s) left unrated.</source>
        <translation>
            <numerusform>Ratings saved. %n aspect left unrated.</numerusform>
            <numerusform>Ratings saved. %n aspects left unrated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ratings saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationAspect</name>
    <message>
        <source>Kept to time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked good questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listened more than talked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did not ask for a job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No job ask</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationChart</name>
    <message>
        <source>Your ratings across interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{aspect}: {scores}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Ratings over %n interview(s). {ratings}.</source>
        <translation>
            <numerusform>Ratings over %n interview. {ratings}.</numerusform>
            <numerusform>Ratings over %n interviews. {ratings}.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate an interview to see your progress here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;JSON — one file with everything, which InfoInterview can import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CSV — a folder with one file per list, for spreadsheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Markdown — a folder with one file per interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export is written in full or not at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>No reply from {name} after %n business day(s): contact another person in {occupation}</source>
        <translation><numerusform>No reply from {name} after %n business day: contact another person in {occupation}</numerusform><numerusform>No reply from {name} after %n business days: contact another person in {occupation}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply from {name} after %n business day(s): contact another person</source>
        <translation><numerusform>No reply from {name} after %n business day: contact another person</numerusform><numerusform>No reply from {name} after %n business days: contact another person</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply from {name} after %n business day(s): send one polite follow-up</source>
        <translation><numerusform>No reply from {name} after %n business day: send one polite follow-up</numerusform><numerusform>No reply from {name} after %n business days: send one polite follow-up</numerusform></translation>
    </message>
    <message>
        <source>Interview with {name} tomorrow: confirm the time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpArea</name>
    <message>
        <source>Wrap-up &amp; follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I got the job…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record how your search ended and tell everyone who helped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you finish an interview, its wrap-up appears here: thank them, note referrals and their business card, send a thank-you note, judge how it went, weigh what you heard and decide the next step.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>○ Wrap-up incomplete: %n step(s) left</source>
        <translation>
            <numerusform>○ Wrap-up incomplete: %n step left</numerusform>
            <numerusform>○ Wrap-up incomplete: %n steps left</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Wrap-up complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}
{about} · {when}
{state}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress per occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who led to whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start by listing the occupations you want to explore — the advice is to talk with three people in each — then add the people who could tell you about them: friends, family, neighbours, supervisors, coworkers, or names from a directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add occupations and people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or press Enter to open the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under way now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Prepared ({done} of {total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparation {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{people} · {interviews} · {done} done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due. Next steps from your interviews will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} — {due}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Adds {people}, {interviews}, {notes} and {files} as new records.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation><numerusform>%n interview</numerusform><numerusform>%n interviews</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
</context>
<context>
    <name>InteractionLog</name>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a call at this moment, then say how it went</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log email sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an email sent at this moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction log, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note: what was said, when to try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing logged yet. Log each call or email here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when} · {channel} · {outcome}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{entry} — {note}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewArea</name>
    <message>
        <source>{name} — under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} — finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} — finished {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} — {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} ({about})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{person} — {when}, under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{person} — {when}, finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{person} — {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish inte&amp;rview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the conversation and start its wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen this finished interview: its countdown carries on where it stopped, notes as they were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this interview as a file for your calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick what you have done to prepare, and keep your research notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interview is open. Schedule one from People &amp; occupations, then choose it above to prepare its questions and run it with the twenty-minute countdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an interview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notes of the open interview could not be written, so it stays open. {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview with {name}, {occupation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are still {time} left on the countdown. Finish the interview now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish this interview and start its wrap-up?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish and wrap up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Preparation: {done} of %n done…</source>
        <translation>
            <numerusform>Preparation: {done} of %n done…</numerusform>
            <numerusform>Preparation: {done} of %n done…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewExport</name>
    <message>
        <source>a grain of salt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trust it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I got the name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informational interview with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank-you note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions were recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takeaways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} (due {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{aspect}: {score} of {most}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank-you note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewSession</name>
    <message>
        <source>The interview could not be marked as under way because the disk refused the write. Carry on: it is tried again by itself. Check that the disk is not full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interview could not be reopened because the disk refused the write. Check that the disk is not full, then press Resume interview again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picked questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the current question asked (Alt+A); again to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the current question skipped (Alt+S); again to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions  (Ctrl+↑ / Ctrl+↓ to move)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ asked   ↷ skipped   ○ not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions picked for this interview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick questions before the interview to take notes per question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything else they said: names, resources, ideas… (Ctrl+T: time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they said…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer to “{question}” (question since removed):
{answer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A question was removed from this interview; its answer was moved into the notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{mark}  {number}. {question}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{question} — asked, current question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{question} — asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{question} — skipped, current question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{question} — skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{question} — not asked yet, current question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{question} — not asked yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobWording</name>
    <message>
        <source>This asks about openings. An informational interview asks for information and guidance, not a job; asking about openings can make the person feel put on the spot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This asks whether they are hiring. Ask about the work instead: an informational interview is not a job request, and people share more when they are not asked for one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This speaks of applying. Keep the conversation about information and guidance; applying is a separate step, for later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This offers or asks to pass on a résumé. Bring it only if they ask for it: an informational interview is not an application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This asks for a referral to a job. Asking whom else you could talk to is fine; asking to be put forward for a job is not what you asked them for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This asks for a job. You asked for 20 minutes of information and guidance; keep to that.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelledRows</name>
    <message>
        <source>Label of {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work, home, mobile, other, or type your own label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People &amp;&amp; occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up &amp;&amp; follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{app} — DEMO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;set demo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample people and interviews in a window of their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text and controls for a room, high contrast, and personal details hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{area} ({shortcut})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchPlace</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takeaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NextStepPage</name>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Research the GIS certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps from this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} — {due}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe the next step first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep a next step under {limit} characters; details can go in your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added; it will show in the Today view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a next step in the list first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NextStepsCue</name>
    <message>
        <source>Time to move to next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for referrals: “Who else should I talk to about this work?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for a business card, or the best way to stay in touch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank them for their time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss the next-steps cue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this cue; it comes back if the countdown is restarted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotePoints</name>
    <message>
        <source>Points from your notes to mention</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Your notes hold more points than the %n shown here.</source>
        <translation>
            <numerusform>Your notes hold more points than the %n shown here.</numerusform>
            <numerusform>Your notes hold more points than the %n shown here.</numerusform>
        </translation>
    </message>
    <message>
        <source>thank-you lines to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each point said to the person: “Thank you for explaining …”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points to word myself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The points go into the note marked for you to put in your own words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the points in as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {number} for the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick a point above, or type a line of your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {number}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in your notes yet; write your own points into the note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line you edited stays as you wrote it; clear it if you no longer want it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Pick at most %n point(s); a short note reads as more personal.</source>
        <translation>
            <numerusform>Pick at most %n point; a short note reads as more personal.</numerusform>
            <numerusform>Pick at most %n points; a short note reads as more personal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both lines hold words you typed; clear one to use another point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the line, then press “Write a draft” to put it in the note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines you changed are kept as you wrote them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note will mark the points for you to put in your own words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The points are written as thank-you lines; check and edit them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message numerus="yes">
        <source>Not pasted: %Ln character(s) would make these notes longer than {limit} characters. Paste a shorter part.</source>
        <translation><numerusform>Not pasted: %Ln character would make these notes longer than {limit} characters. Paste a shorter part.</numerusform><numerusform>Not pasted: %Ln characters would make these notes longer than {limit} characters. Paste a shorter part.</numerusform></translation>
    </message>
    <message>
        <source>Not pasted: the text has a line of {length} characters, too long to edit smoothly (the limit is {limit} per line). Add line breaks to it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines longer than {limit:,} characters are shown broken at spaces, so that this text stays quick to edit. No words were changed; the breaks are saved with your next edit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OccupationProgressChart</name>
    <message>
        <source>Progress per occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{interviewed} of %n interviewed · {scheduled} scheduled · {contacted} contacted · {found} found</source>
        <translation>
            <numerusform>{interviewed} of %n interviewed · {scheduled} scheduled · {contacted} contacted · {found} found</numerusform>
            <numerusform>{interviewed} of %n interviewed · {scheduled} scheduled · {contacted} contacted · {found} found</numerusform>
        </translation>
    </message>
    <message>
        <source>No occupations yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: {progress}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress toward each occupation's target. {rows}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OccupationsModel</name>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found / contacted /
scheduled / interviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{found} / {contacted} / {scheduled} / {interviewed} of {target}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: {found} people found, {contacted} contacted, {scheduled} scheduled, {interviewed} interviewed; the target is {target}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OccupationsPanel</name>
    <message>
        <source>Occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add occupation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupations to explore (double-click a target to change it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation you want to explore:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the occupation “{title}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its people and interviews stay, without this occupation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Waiting for a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed to meet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeRecipient</name>
    <message>
        <source>You interviewed them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You interviewed them, and they referred you to {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They referred you to {names}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Told {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I got the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Congratulations. The people you interviewed, and those who put you in touch with them, will want to hear how your search ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who has been told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why they should hear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People to tell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a person in the list to see the note telling them your news.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the note to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in mail app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the outcome to see whom to tell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Told {told} of %n.</source>
        <translation>
            <numerusform>Told {told} of %n.</numerusform>
            <numerusform>Told {told} of %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished interviews yet, so no one to tell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: say who hired you first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Now tell the people who helped you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the note to {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: {problem} Use Copy instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened your mail app. Once it is sent, mark them as told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: no mail app opened. Use Copy and paste the note into an email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}: not told yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as not told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email address for this person; use Copy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutreachEmail</name>
    <message>
        <source>{minutes} minutes of your advice about work as {role}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} minutes of your advice about your work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear {first_name},</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My name is {your_name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'd be glad to call, or to meet wherever is easiest for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you,</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a person to see what to say when you ask for 20 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start again from the template?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The words you changed here are replaced by the text made from this person's details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address could not be used; add it in your mail program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address “{address}” could not be used; add it in your mail program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail program opened. Copy the text and paste it into your email instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this entry from the log?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person's status stays as it is; you can change it in their details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutreachTexts</name>
    <message>
        <source>They said I may mention them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record their yes: the texts then say who suggested the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the call script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start again from the template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the email text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in mail client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the email again from the template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A gentle note on “{words}”: {why} You can still use it as it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People &amp; occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, organisation, title or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the people of one occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the people with one status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter or double-click to edit the person's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule interview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this person's next interview as a file for your calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add people from a .vcf or .csv file of contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All occupations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n people</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n people</source>
        <translation>
            <numerusform>{shown} of %n people</numerusform>
            <numerusform>{shown} of %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their details will be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has interviews, and their notes would be lost, so they stay. Their interviews are listed in the Interview and Wrap-up areas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has no interview planned. Schedule one first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Made from the given and family names, unless you type it yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. City Hospital, Cardiology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupations this person can tell you about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the name came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May you mention who gave you the name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, I may mention them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, keep them out of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who gave you the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name to choose a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I got your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled in from where the name came from, until you word it yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>G&amp;iven name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name sho&amp;wn:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emai&amp;ls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupations:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name &amp;came from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mention them:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How I got yo&amp;ur name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a person in the list, or add one, to see their details here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used to sign your thank-you and update notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a gentle chime when the stage changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound needs InfoInterview's optional 'sound' extra (QtMultimedia)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language is used from the next time InfoInterview starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say “&amp;wrap up” at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say “&amp;last minutes” at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New warning times apply to the next interview you open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound is not installed, so the countdown stays silent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep every &amp;backup from the last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then keep one backup of each of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days to keep one backup of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weeks to keep one backup of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months to keep one backup of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The “last minutes” warning must come after the “wrap up” one: choose fewer minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These warnings do not fit together: {problem}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreparationChecklist</name>
    <message>
        <source>Research the occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Research the organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick your questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring paper and pen, or a charged laptop, and a watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dress as for a job interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the time the day before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember: do not ask for a job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreparationDialog</name>
    <message>
        <source>Preparation checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes and links: {item}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you found, and the links to read again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{done} of %n done</source>
        <translation>
            <numerusform>{done} of %n done</numerusform>
            <numerusform>{done} of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>The tick could not be saved. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notes could not be saved, so the checklist stays open. {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresetKind</name>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other: columns guessed from their names</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Interview countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview countdown, projector view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time remaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc leaves full screen; Esc again closes this window. F11 toggles full screen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>the question text is empty</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the question text is %n characters long; the limit is {limit}</source>
        <translation><numerusform>the question text is %n characters long; the limit is {limit}</numerusform><numerusform>the question text is %n characters long; the limit is {limit}</numerusform></translation>
    </message>
    <message>
        <source>the question text contains control characters (such as NUL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the category is empty</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the category is longer than %n characters</source>
        <translation><numerusform>the category is longer than %n characters</numerusform><numerusform>the category is longer than %n characters</numerusform></translation>
    </message>
    <message>
        <source>the category contains control characters or line breaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TIARA tag {tag} is not one of: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the minutes estimate {minutes} is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the minutes estimate {minutes} is outside {low}–{high}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionBankPane</name>
    <message>
        <source>{category} · {tiara} · about {minutes} min · Your own question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{category} · {tiara} · about {minutes} min · Built-in question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That question or interview no longer exists; the list has been refreshed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your questions could not be read or saved ({error}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter questions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter picks the highlighted question; Down moves into the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIARA filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIARA sorts questions by what they draw out: Trends in the field, Insights from their own experience, Advice for you, Resources to learn more, and Assignments (small tasks) to try. A good interview mixes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All TIARA tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIARA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pick →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the selected question to this interview (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit one of your own questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete one of your own questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Question bank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read your questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no questions of your own yet. New question… adds one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question matches “{typed}”. Try another word or “All categories”, or add it as your own with New question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question matches these filters. Try another word or “All categories”, or add it as your own with New question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add your question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added your question: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save your question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved your question. Interviews that already picked it keep their copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete your question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “{text}” from your questions? Interviews that picked it keep their copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not delete your question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted your question.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <source>{number}. {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}. {text}  ✓ asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}. {text}  – skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picker status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pic&amp;ked for this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picked questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing picked yet. Choose a few questions that matter most to you: select one in the bank and press Enter, or double-click it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time budget warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That question is already in your list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not pick the question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picked: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read your questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min · {tiara} · {category}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reorder your questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” already has notes or was asked. Remove it and its notes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove the question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed: {text}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{picked} min of questions; the conversation is {planned} min with %n min kept for closing</source>
        <translation>
            <numerusform>{picked} min of questions; the conversation is {planned} min with %n min kept for closing</numerusform>
            <numerusform>{picked} min of questions; the conversation is {planned} min with %n min kept for closing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionSetFile</name>
    <message>
        <source>InfoInterview question sets (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is not a question set: it is not UTF-8 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is not a readable question set: it is damaged or cut short near line {line} ({problem}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is not an InfoInterview question set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} does not say which version of the format it uses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} was made by a newer InfoInterview (format version {version}); update the app to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} has an unknown format version ({version}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} has no set name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} has an unreadable occupation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} holds no questions.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{file} holds %n questions; a set can hold {limit}.</source>
        <translation><numerusform>{file} holds %n questions; a set can hold {limit}.</numerusform><numerusform>{file} holds %n questions; a set can hold {limit}.</numerusform></translation>
    </message>
    <message>
        <source>{file}: question {number} is not a question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file}: question {number}: {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open {file}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is too large to be a question set (over 512 KB).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionSetsPanel</name>
    <message>
        <source>Saved question sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the chosen set's questions to this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save these as a se&amp;t…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the questions picked here as a set to reuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a set from a file someone gave you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More set actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export set to a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename set…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete set…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Saved question sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the saved sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved sets yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{name} (%n question(s), {minutes} min) · {occupation}</source>
        <translation>
            <numerusform>{name} (%n question, {minutes} min) · {occupation}</numerusform>
            <numerusform>{name} (%n questions, {minutes} min) · {occupation}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n question(s), {minutes} min)</source>
        <translation>
            <numerusform>{name} (%n question, {minutes} min)</numerusform>
            <numerusform>{name} (%n questions, {minutes} min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read your questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply question set</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You already have %n question(s) picked. Add the questions of “{name}” to them, or replace the ones not yet asked?</source>
        <translation>
            <numerusform>You already have %n question picked. Add the questions of “{name}” to them, or replace the ones not yet asked?</numerusform>
            <numerusform>You already have %n questions picked. Add the questions of “{name}” to them, or replace the ones not yet asked?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace unasked questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not apply the set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the set</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved “{name}” with %n question(s).</source>
        <translation>
            <numerusform>Saved “{name}” with %n question.</numerusform>
            <numerusform>Saved “{name}” with %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rename the set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete question set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the set “{name}”? Interviews that used it keep their questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not delete the set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export question set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export the set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported “{name}” to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import question set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not import the set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem}

Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported “{name}” with %n question(s).</source>
        <translation>
            <numerusform>Imported “{name}” with %n question.</numerusform>
            <numerusform>Imported “{name}” with %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>That set or interview no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data could not be read or saved ({error}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuitWithUnsavedNotes</name>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your latest notes could not be written to disk. Quit anyway and lose them, or stay and copy them somewhere safe?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>Referral chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click someone, or press Enter, to open them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a person to see who referred them, and whom they referred.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> → </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the name came: {route}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody referred {name}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Their name led to %n people, {direct} of them directly.</source>
        <translation>
            <numerusform>Their name led to %n people, {direct} of them directly.</numerusform>
            <numerusform>Their name led to %n people, {direct} of them directly.</numerusform>
        </translation>
    </message>
    <message>
        <source>They have not referred anyone yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Led to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who led to whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No referrals yet: when someone gives you a name, it shows here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more person(s)</source>
        <translation>
            <numerusform>… and %n more person</numerusform>
            <numerusform>… and %n more people</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} led to {names}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s) in referral chains: </source>
        <translation>
            <numerusform>%n person in referral chains: </numerusform>
            <numerusform>%n people in referral chains: </numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referral's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who did they suggest?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email, phone, or how to find them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May I use the interviewee's name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, I may mention them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, keep them out of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “contact them” to my next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to &amp;reach them:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May I &amp;use their name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals from this interview:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals from this interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet. Ask: “Who else should I talk to?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} — {reach}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred by {referrer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred by {referrer} (informational interview, {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{origin}; you may mention their name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{origin}; do not mention their name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the person's name first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That name is longer than 300 characters; please shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact {name}, referred by {referrer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {name} as a contact referred by {referrer}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <source>people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thank-you notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all {things}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{recovered} {things} (how many there were is unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{recovered} of {expected} {things}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{day} {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when} — cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when} — {contents}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the backup to go back to. What you have now is backed up first, so you can come back to it. InfoInterview restarts to show the restored data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups yet. File ▸ Back up now makes one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveSetDialog</name>
    <message>
        <source>Rename question set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save questions as a set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. First talks with nurses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer this set for {occupation} interviews only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule an interview with {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office, café…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a video call: the link to join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W&amp;here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Video link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An informational interview with &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>{place} to “{question}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search your interviews: notes, answers, takeaways, next steps, people, places…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a word or two; accents and capitals do not matter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;more results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search is not available right now (the database could not be read). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in your interviews matches “{words}”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>First %Ln match(es), best first — Enter or double-click opens one.</source>
        <translation>
            <numerusform>First %Ln match, best first — Enter or double-click opens one.</numerusform>
            <numerusform>First %Ln matches, best first — Enter or double-click opens one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln match(es), too common to rank (add a word to narrow) — Enter or double-click opens one.</source>
        <translation>
            <numerusform>First %Ln match, too common to rank (add a word to narrow) — Enter or double-click opens one.</numerusform>
            <numerusform>First %Ln matches, too common to rank (add a word to narrow) — Enter or double-click opens one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), best first — Enter or double-click opens one.</source>
        <translation>
            <numerusform>%Ln match, best first — Enter or double-click opens one.</numerusform>
            <numerusform>%Ln matches, best first — Enter or double-click opens one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), too common to rank (add a word to narrow) — Enter or double-click opens one.</source>
        <translation>
            <numerusform>%Ln match, too common to rank (add a word to narrow) — Enter or double-click opens one.</numerusform>
            <numerusform>%Ln matches, too common to rank (add a word to narrow) — Enter or double-click opens one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View and presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview page (from anywhere on it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countdown, once clicked or reached with Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepare questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to People &amp; occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Wrap-up &amp; follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Presentation mode on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text and controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text and controls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text and controls at 100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start, pause or resume the countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take away 1 minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take away 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or close the projector view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp the time in the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the picked question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the search box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add 1 minute (with or without Shift)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab moves between controls and Shift+Tab back; in a table the arrow keys move and Enter opens the row. Alt with an underlined letter presses that button or reaches that field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>InfoInterview could not create its lock file {file} ({reason}). Check that the data folder is yours and writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview seems to be open already with the data in {folder}, but it does not answer. Wait a moment and start it again; if it still does not open, close the other window (or end the program), and if none is open, remove the file {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageAlert</name>
    <message>
        <source>InfoInterview countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview countdown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Updating your data for this version of InfoInterview…
A backup of the file as it was is kept in the backups folder. This can take a little while with many interviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview could not read its data file {file}:
{reason}

Details are in {log}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That did not work: {reason}
Your data file is kept as it was. Details are in {log}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview could not open its data file {file}:
{reason}

Details are in {log}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo workspace cannot be made in {folder}: that folder holds something else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo workspace could not be made in {folder}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview cannot use its data folder: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreBoundPane</name>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableCorner</name>
    <message>
        <source>Select all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TakeawayWeight</name>
    <message>
        <source>A grain of salt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TakeawaysPage</name>
    <message>
        <source>Takeaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key point you heard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much weight to give it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add takeaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takeaways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove takeaway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{weight}: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the takeaway first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep a takeaway under {limit} characters; put longer thoughts in your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takeaway added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a takeaway in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: a grain of salt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takeaway removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateError</name>
    <message>
        <source>The template {path} is larger than 64 KB; a note template should be short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template {path} cannot be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template {path} is not UTF-8 text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThankPage</name>
    <message>
        <source>I thanked them for their time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A simple “Thank you, this was really helpful” at the end of the 20 minutes matters, and keeping to the time you asked for is a thank-you in itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThankYouNote</name>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[In your own words: {points}]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a {occupation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an {occupation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your work as {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you too for suggesting I talk with {names}; I will get in touch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written, not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on {day}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThankYouNotePage</name>
    <message numerus="yes">
        <source>Pick up to %n point(s) from your notes to mention:</source>
        <translation>
            <numerusform>Pick up to %n point from your notes to mention:</numerusform>
            <numerusform>Pick up to %n points from your notes to mention:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a draft of the note with these lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank-you note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the note to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in mail app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as text file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date the note was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank-you note status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafted afresh; Ctrl+Z in the note brings back what was there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafted from your template. Make it your own; it is saved as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the note. Paste it into your email or card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note is too long for a mail link; use Copy and paste it into a new email instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem} Fix the address on the business card step, or use Copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened your mail app. Once you have sent it, tick “Sent on”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail app opened. Use Copy and paste the note into your email instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the note as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note could not be saved to {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the note as {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {state}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThankYouNudge</name>
    <message>
        <source>Send your thank-you note to {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tiara</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeBudget</name>
    <message numerus="yes">
        <source>{picked} of {available} min planned; %n min kept for closing</source>
        <translation><numerusform>{picked} of {available} min planned; %n min kept for closing</numerusform><numerusform>{picked} of {available} min planned; %n min kept for closing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A {planned}-minute conversation leaves no time for questions once closing takes %n minute(s). Consider asking for a little longer.</source>
        <translation><numerusform>A {planned}-minute conversation leaves no time for questions once closing takes %n minute. Consider asking for a little longer.</numerusform><numerusform>A {planned}-minute conversation leaves no time for questions once closing takes %n minutes. Consider asking for a little longer.</numerusform></translation>
    </message>
    <message>
        <source>This plan runs about {over} min over. Twenty minutes go quickly — consider leaving out a question or two, and keep the ones that matter most to you near the top.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>“{value}” does not look like an email address (for example name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{value}” does not look like a phone number (digits, spaces, + - ( ) and an extension).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than 200 MB, which is more than any address book needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card is cut off: it has no END:VCARD line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vCard could not be read: line {number} is damaged (“{line}”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card could not be read: one of its lines is not written as vCards are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contact card needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VCardImportDialog</name>
    <message>
        <source>Import people from {file}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{file} holds %n card(s) that can be imported, each as a new person; nobody you have now is changed. Untick those you do not want.</source>
        <translation>
            <numerusform>{file} holds %n card that can be imported, each as a new person; nobody you have now is changed. Untick those you do not want.</numerusform>
            <numerusform>{file} holds %n cards that can be imported, each as a new person; nobody you have now is changed. Untick those you do not want.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read; left out:</source>
        <translation>
            <numerusform>%n card could not be read; left out:</numerusform>
            <numerusform>%n cards could not be read; left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards that could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card {number} ({name}): {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card {number}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n person(s)</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out as you chose: %n card(s).</source>
        <translation>
            <numerusform>Left out as you chose: %n card.</numerusform>
            <numerusform>Left out as you chose: %n cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read:</source>
        <translation>
            <numerusform>%n card could not be read:</numerusform>
            <numerusform>%n cards could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyBarChart</name>
    <message>
        <source>Interviews per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interviews counted yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No interviews held in the last {weeks} weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week of {day}: {count}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n interview(s) held in the last {weeks} weeks: {counts}.</source>
        <translation>
            <numerusform>%n interview held in the last {weeks} weeks: {counts}.</numerusform>
            <numerusform>%n interviews held in the last {weeks} weeks: {counts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WhatWasSaid</name>
    <message>
        <source>What was said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your notes and answers from the interview, read-only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpProgress</name>
    <message>
        <source>Wrap-up complete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrap-up incomplete: %n of {total} steps left</source>
        <translation><numerusform>Wrap-up incomplete: %n of {total} steps left</numerusform><numerusform>Wrap-up incomplete: %n of {total} steps left</numerusform></translation>
    </message>
</context>
<context>
    <name>WrapUpState</name>
    <message>
        <source>To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpStep</name>
    <message>
        <source>Thank them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank-you note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate how you did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weigh what was said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank the person for their time before you leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask who else you could talk to, and whether you may mention their name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask for a business card so you can reach them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a short, personal note within a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate how the conversation went while it is fresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note the key takeaways and how much weight each deserves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide what you will do next, with a due date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>nothing was written to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark this step done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave this step for later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the wrap-up; progress is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still showing this wrap-up: what you typed here is not saved yet (see above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{step}” needs a look before it can be marked done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{step}” needs a look before it can be left for later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up complete. Well done — remember to follow through on your next steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{step}”: done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{step}”: skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{step}”: left for later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{step}”: to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up: {name} — {occupation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap-up: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{mark}  {step} — {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the interview as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the interview as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: the export could not be saved to {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informational interview with {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
