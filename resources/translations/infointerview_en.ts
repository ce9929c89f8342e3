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
        <source>“{file}” holds {count} cards. Choose the one to take details from:</source>
        <translation type="unfinished" />
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
        <source>The card needs a name; the other details are saved.</source>
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
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. My neighbour Sam said you'd be glad to talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the &amp;name came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;How I got the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;ccupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please give the person's name.</source>
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
        <source>Prospect</source>
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
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountdownController</name>
    <message>
        <source>The countdown could not be saved, so it would not survive a restart. It keeps running, and it is saved by itself as soon as the disk allows; check that the disk is not full.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountdownPanel</name>
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
        <source>Start by listing the occupations you want to explore — the advice is to talk with three people in each — then add the people who could tell you about them: friends, family, neighbours, supervisors, coworkers, or names from a directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add occupations and people…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
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
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or press Enter to open the interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under way now</source>
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
        <source>✉ {reminder} — press Enter to write it now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>○ %n interview(s) with an unfinished wrap-up — open the first</source>
        <translation>
            <numerusform>○ %n interview with an unfinished wrap-up — open the first</numerusform>
            <numerusform>○ %n interviews with an unfinished wrap-up — open the first</numerusform>
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
    <message>
        <source>No occupations yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{title} — {done} of %n interviews done, {planned} planned</source>
        <translation>
            <numerusform>{title} — {done} of %n interviews done, {planned} planned</numerusform>
            <numerusform>{title} — {done} of %n interviews done, {planned} planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — {done} of %n interviews done</source>
        <translation>
            <numerusform>{title} — {done} of %n interviews done</numerusform>
            <numerusform>{title} — {done} of %n interviews done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewArea</name>
    <message>
        <source>&amp;Resume interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen this finished interview: its countdown carries on where it stopped, notes as they were</source>
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
        <source>The interview could not be reopened because the disk refused the write. Check that the disk is not full, then press Resume interview again.</source>
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
        <source>{area} ({shortcut})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About {app}</source>
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
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Lines longer than {limit:,} characters are shown broken at spaces, so that this text stays quick to edit. No words were changed; the breaks are saved with your next edit.</source>
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
        <source>Occupations to explore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter people by name or organisation</source>
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
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule interview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to say when you call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}  ({done} of {target} done)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{title}: {done} of %n interviews done, {planned} planned</source>
        <translation>
            <numerusform>{title}: {done} of %n interviews done, {planned} planned</numerusform>
            <numerusform>{title}: {done} of %n interviews done, {planned} planned</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person to see a short script for asking them for 20 minutes.</source>
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
        <source>Its people and interviews stay, without an occupation.</source>
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
        <source>Add a person</source>
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
        <source>Your &amp;name:</source>
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
        <source>The “last minutes” warning must come after the “wrap up” one: choose fewer minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These warnings do not fit together: {problem}.</source>
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
        <source>&amp;Remove</source>
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
        <source>Office, café, video call…</source>
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
    <name>Startup</name>
    <message>
        <source>Updating your data for this version of InfoInterview…
A copy of the file as it was is kept beside it. This can take a little while with many interviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{app}: your data file cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file will be kept, renamed, beside the new one, so nothing is deleted. Start with a new, empty store, or quit?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new empty store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview could not read its data file {file}:
{reason}

Details are in {log}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview could not open its data file {file}:
{reason}

Details are in {log}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>InfoInterview cannot use its data folder: {problem}</source>
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
    <name>ThankYouNotePage</name>
    <message>
        <source>Drafted from your template. Make it your own; it is saved as you type.</source>
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
        <source>A {planned}-minute conversation leaves no time for questions once %n minutes are kept for closing. Consider asking for a little longer.</source>
        <translation><numerusform>A {planned}-minute conversation leaves no time for questions once %n minutes are kept for closing. Consider asking for a little longer.</numerusform><numerusform>A {planned}-minute conversation leaves no time for questions once %n minutes are kept for closing. Consider asking for a little longer.</numerusform></translation>
    </message>
    <message>
        <source>This plan runs about {over} min over. Twenty minutes go quickly — consider leaving out a question or two, and keep the ones that matter most to you near the top.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>Still showing this wrap-up: what you typed here is not saved yet (see above).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
