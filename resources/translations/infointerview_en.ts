<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>StoreBoundPane</name>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
