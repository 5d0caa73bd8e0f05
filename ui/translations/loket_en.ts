<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.</source>
        <translation>The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common word, a run of keys, a name or a date); choose a longer one, for example three unrelated words.</source>
        <translation>This password is too easy to guess (a common word, a run of keys, a name or a date); choose a longer one, for example three unrelated words.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>The account could not be created.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. An administrator can unlock it under Settings → Staff accounts.</source>
        <translation>This account is locked after too many failed sign-ins. An administrator can unlock it under Settings → Staff accounts.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait {seconds} s before trying again.</source>
        <translation>Too many failed sign-ins: wait {seconds} s before trying again.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Wrong user name or password, or the account is disabled.</translation>
    </message>
    <message>
        <source>The next attempt is possible in {seconds} s.</source>
        <translation>The next attempt is possible in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>ATTENDANCE SHEET — PRE-DEPARTURE ORIENTATION (OPP)</source>
        <translation>ATTENDANCE SHEET — PRE-DEPARTURE ORIENTATION (OPP)</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Session code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation>Lesson hours</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Session status</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Present: %1 of %2 enrolled.</source>
        <translation>Present: %1 of %2 enrolled.</translation>
    </message>
    <message>
        <source>Officer in charge,</source>
        <translation>Officer in charge,</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Records the central service refused or that were changed elsewhere at the same time. They stay saved on this PC until you decide.</source>
        <translation>Records the central service refused or that were changed elsewhere at the same time. They stay saved on this PC until you decide.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Open and fix</source>
        <translation>Open and fix</translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation>Send again as it is</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Compare and choose…</source>
        <translation>Compare and choose…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Changed on the central service too (version %1).</source>
        <translation>Changed on the central service too (version %1).</translation>
    </message>
    <message>
        <source>The central service refused this record:</source>
        <translation>The central service refused this record:</translation>
    </message>
    <message>
        <source>Saved; the corrected record is queued to send.</source>
        <translation>Saved; the corrected record is queued to send.</translation>
    </message>
    <message>
        <source>%1 is queued to send again.</source>
        <translation>%1 is queued to send again.</translation>
    </message>
    <message>
        <source>Withdraw record</source>
        <translation>Withdraw record</translation>
    </message>
    <message>
        <source>Withdraw %1 from this PC? The central service never accepted it. The audit log keeps its content.</source>
        <translation>Withdraw %1 from this PC? The central service never accepted it. The audit log keeps its content.</translation>
    </message>
    <message>
        <source>It cannot be withdrawn: OPP attendance records use it.</source>
        <translation>It cannot be withdrawn: OPP attendance records use it.</translation>
    </message>
    <message>
        <source>It cannot be withdrawn yet: it was sent without an answer. Sync first.</source>
        <translation>It cannot be withdrawn yet: it was sent without an answer. Sync first.</translation>
    </message>
    <message>
        <source>It cannot be withdrawn: the central service holds a version of it.</source>
        <translation>It cannot be withdrawn: the central service holds a version of it.</translation>
    </message>
    <message>
        <source>%1 was withdrawn from this PC.</source>
        <translation>%1 was withdrawn from this PC.</translation>
    </message>
    <message>
        <source>Conflict resolved; the chosen values are queued to send.</source>
        <translation>Conflict resolved; the chosen values are queued to send.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>CPMI {number} — {name}</source>
        <translation>CPMI {number} — {name}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Print receipt again (Ctrl+P)</source>
        <translation>Print receipt again (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This record has changes that are not saved.</source>
        <translation>This record has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>CandidateFields</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 digits, as on the KTP</translation>
    </message>
    <message>
        <source>Family card (KK) no.</source>
        <translation>Family card (KK) no.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>as on the KTP</source>
        <translation>as on the KTP</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street, RT/RW</source>
        <translation>Street, RT/RW</translation>
    </message>
    <message>
        <source>e.g. Kp. Cibeureum RT 01/02</source>
        <translation>e.g. Kp. Cibeureum RT 01/02</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>e.g. husband, mother</source>
        <translation>e.g. husband, mother</translation>
    </message>
    <message>
        <source>Placement plan</source>
        <translation>Placement plan</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>name or code, e.g. MY</source>
        <translation>name or code, e.g. MY</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>name or licence number</source>
        <translation>name or licence number</translation>
    </message>
    <message>
        <source>Placement company (P3MI)</source>
        <translation>Placement company (P3MI)</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Job position</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Alt+number ticks a document; Alt+D ticks those needed to register.</source>
        <translation>Alt+number ticks a document; Alt+D ticks those needed to register.</translation>
    </message>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Protestant Christian</source>
        <translation>Protestant Christian</translation>
    </message>
    <message>
        <source>Catholic</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <source>Confucian (Khonghucu)</source>
        <translation>Confucian (Khonghucu)</translation>
    </message>
    <message>
        <source>Traditional belief</source>
        <translation>Traditional belief</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>You are signed in with a read-only account: nothing can be saved.</source>
        <translation>You are signed in with a read-only account: nothing can be saved.</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>From the NIK: born {date}, {sex}, issued in {region}</source>
        <translation>From the NIK: born {date}, {sex}, issued in {region}</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Check the warnings in amber, then press Save again to save anyway.</source>
        <translation>Check the warnings in amber, then press Save again to save anyway.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record meanwhile. Close it and open it again.</source>
        <translation>Not saved: someone else changed this record meanwhile. Close it and open it again.</translation>
    </message>
    <message>
        <source>Saved. Registration number: {number}</source>
        <translation>Saved. Registration number: {number}</translation>
    </message>
    <message>
        <source>Changes saved ({number}).</source>
        <translation>Changes saved ({number}).</translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <source>Search by NIK, name or registration number</source>
        <translation>Search by NIK, name or registration number</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <source>Destination: all</source>
        <translation>Destination: all</translation>
    </message>
    <message>
        <source>Sync: all</source>
        <translation>Sync: all</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>Documents: all</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Search failed: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>Scan the QR code, or type NIK / registration no., then Enter</source>
        <translation>Scan the QR code, or type NIK / registration no., then Enter</translation>
    </message>
    <message>
        <source>Enrol as walk-in and check in (F2)</source>
        <translation>Enrol as walk-in and check in (F2)</translation>
    </message>
    <message>
        <source>Undo my last check-in (F9)</source>
        <translation>Undo my last check-in (F9)</translation>
    </message>
    <message>
        <source>Close session…</source>
        <translation>Close session…</translation>
    </message>
    <message>
        <source>Reopen session</source>
        <translation>Reopen session</translation>
    </message>
    <message>
        <source>Last check-ins:</source>
        <translation>Last check-ins:</translation>
    </message>
    <message>
        <source>Present {present} / enrolled {enrolled} · {capacity} seats</source>
        <translation>Present {present} / enrolled {enrolled} · {capacity} seats</translation>
    </message>
    <message>
        <source>{who}
check-in undone</source>
        <translation>{who}
check-in undone</translation>
    </message>
    <message>
        <source>{who}
already sent to the central service: mark it in the roster instead</source>
        <translation>{who}
already sent to the central service: mark it in the roster instead</translation>
    </message>
    <message>
        <source>You have no check-in to undo in this session.</source>
        <translation>You have no check-in to undo in this session.</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Close session</translation>
    </message>
    <message numerus="yes">
        <source>Close {code}? Check-in stops; %n person(s) not checked in become absent.</source>
        <translation>
            <numerusform>Close {code}? Check-in stops; %n person not checked in becomes absent.</numerusform>
            <numerusform>Close {code}? Check-in stops; %n people not checked in become absent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session closed; %n person(s) recorded as absent.</source>
        <translation>
            <numerusform>Session closed; %n person recorded as absent.</numerusform>
            <numerusform>Session closed; %n people recorded as absent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session reopened: check-in works again.</source>
        <translation>Session reopened: check-in works again.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Another PC of the office changed this record on the central service (version %1) while it was changed here. Choose for each field which value to keep; the result is sent as a change based on the central service's version.</source>
        <translation>Another PC of the office changed this record on the central service (version %1) while it was changed here. Choose for each field which value to keep; the result is sent as a change based on the central service's version.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Central service</translation>
    </message>
    <message>
        <source>Fields that are the same on both sides: %1</source>
        <translation>Fields that are the same on both sides: %1</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Take all theirs</translation>
    </message>
    <message>
        <source>Save choice</source>
        <translation>Save choice</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Enrolment of this PC</source>
        <translation>Enrolment of this PC</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Enrolled since</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>Central service</translation>
    </message>
    <message>
        <source>Only an administrator can connect this PC to a central service.</source>
        <translation>Only an administrator can connect this PC to a central service.</translation>
    </message>
    <message>
        <source>Connect to the central service</source>
        <translation>Connect to the central service</translation>
    </message>
    <message>
        <source>single-use code from the central operator</source>
        <translation>single-use code from the central operator</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>Central service address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>Not enrolled yet</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Enrol again</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>No answer from a central service at this address. Check the address and the network.</source>
        <translation>No answer from a central service at this address. Check the address and the network.</translation>
    </message>
    <message>
        <source>Reachable: the central service answers. This PC is enrolled with office %1 (%2).</source>
        <translation>Reachable: the central service answers. This PC is enrolled with office %1 (%2).</translation>
    </message>
    <message>
        <source>Reachable: the central service answers. Enter the enrolment code and connect.</source>
        <translation>Reachable: the central service answers. Enter the enrolment code and connect.</translation>
    </message>
    <message>
        <source>Enter the enrolment code and a device name.</source>
        <translation>Enter the enrolment code and a device name.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>This PC is now enrolled with office %1 (%2). Sync starts now.</source>
        <translation>This PC is now enrolled with office %1 (%2). Sync starts now.</translation>
    </message>
    <message>
        <source>This address cannot be used: use https://, or http:// only for this computer.</source>
        <translation>This address cannot be used: use https://, or http:// only for this computer.</translation>
    </message>
    <message>
        <source>The enrolment code was refused (wrong, expired or already used). Ask the central operator for a new one.</source>
        <translation>The enrolment code was refused (wrong, expired or already used). Ask the central operator for a new one.</translation>
    </message>
    <message>
        <source>The central service cannot be reached at this address. Check the address and the network.</source>
        <translation>The central service cannot be reached at this address. Check the address and the network.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Something went wrong; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>DemoBar</name>
    <message>
        <source>DEMO MODE</source>
        <translation>DEMO MODE</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sample data only. Demo central service: {url}. Sign in again as {user} / {password}.</source>
        <translation>Sample data only. Demo central service: {url}. Sign in again as {user} / {password}.</translation>
    </message>
    <message>
        <source>Cut or restore this PC's network to the demo central service ({shortcut})</source>
        <translation>Cut or restore this PC's network to the demo central service ({shortcut})</translation>
    </message>
    <message>
        <source>Network: on — click to cut</source>
        <translation>Network: on — click to cut</translation>
    </message>
    <message>
        <source>Network: off — click to restore</source>
        <translation>Network: off — click to restore</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encrypting the database… This takes a few seconds; do not turn off the computer.</source>
        <translation>Encrypting the database… This takes a few seconds; do not turn off the computer.</translation>
    </message>
    <message>
        <source>Loket PMI</source>
        <translation>Loket PMI</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it stays as it was and nothing is lost. Loket PMI tries again the next time an administrator signs in.</source>
        <translation>The database could not be encrypted; it stays as it was and nothing is lost. Loket PMI tries again the next time an administrator signs in.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Find candidates by NIK, name or registration number</source>
        <translation>Find candidates by NIK, name or registration number</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Enrol selected (Enter)</source>
        <translation>Enrol selected (Enter)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Remove (Del)</translation>
    </message>
    <message>
        <source>Absent (F7)</source>
        <translation>Absent (F7)</translation>
    </message>
    <message>
        <source>Excused (F8)</source>
        <translation>Excused (F8)</translation>
    </message>
    <message>
        <source>Enrolled {enrolled} of {capacity} seats</source>
        <translation>Enrolled {enrolled} of {capacity} seats</translation>
    </message>
    <message>
        <source>This session is closed or cancelled: no more enrolments.</source>
        <translation>This session is closed or cancelled: no more enrolments.</translation>
    </message>
    <message>
        <source>Kept, because attendance is already recorded: {names}</source>
        <translation>Kept, because attendance is already recorded: {names}</translation>
    </message>
    <message>
        <source>Enrolment removed.</source>
        <translation>Enrolment removed.</translation>
    </message>
    <message>
        <source>Already checked in, not changed (undo the check-in first): {names}</source>
        <translation>Already checked in, not changed (undo the check-in first): {names}</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>File {detail} was not found.</source>
        <translation>File {detail} was not found.</translation>
    </message>
    <message>
        <source>File type {detail} is not supported; use .csv or .xlsx.</source>
        <translation>File type {detail} is not supported; use .csv or .xlsx.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.</source>
        <translation>The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 encoded. Save it again as "CSV UTF-8".</source>
        <translation>The CSV file is not UTF-8 encoded. Save it again as "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The first line must hold the column names.</source>
        <translation>The first line must hold the column names.</translation>
    </message>
    <message>
        <source>The CSV file is broken ({detail}).</source>
        <translation>The CSV file is broken ({detail}).</translation>
    </message>
    <message>
        <source>The .xlsx file is broken or not an Excel workbook.</source>
        <translation>The .xlsx file is broken or not an Excel workbook.</translation>
    </message>
    <message>
        <source>Unknown column: {detail}. Fix the column name; no row was imported.</source>
        <translation>Unknown column: {detail}. Fix the column name; no row was imported.</translation>
    </message>
    <message>
        <source>Required columns are missing: {detail}. No row was imported.</source>
        <translation>Required columns are missing: {detail}. No row was imported.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>The file could not be read to the end.</translation>
    </message>
    <message>
        <source>Line {detail} of the file is longer than any real row (over 32 MB without a line end); nothing was imported. Check that this is the right file, saved as CSV.</source>
        <translation>Line {detail} of the file is longer than any real row (over 32 MB without a line end); nothing was imported. Check that this is the right file, saved as CSV.</translation>
    </message>
    <message>
        <source>The .xlsx file would expand to {detail} or is compressed beyond any real workbook; nothing was imported. Save the sheet again, or as CSV.</source>
        <translation>The .xlsx file would expand to {detail} or is compressed beyond any real workbook; nothing was imported. Save the sheet again, or as CSV.</translation>
    </message>
    <message>
        <source>The file cannot be imported ({detail}).</source>
        <translation>The file cannot be imported ({detail}).</translation>
    </message>
    <message>
        <source>File {detail} cannot be written. Choose another folder, or close the file if it is open in another program.</source>
        <translation>File {detail} cannot be written. Choose another folder, or close the file if it is open in another program.</translation>
    </message>
    <message>
        <source>The file cannot be written ({detail}).</source>
        <translation>The file cannot be written ({detail}).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Loket PMI — first start</source>
        <translation>Loket PMI — first start</translation>
    </message>
    <message>
        <source>Welcome. No staff account exists on this computer yet. Create the administrator account; it can add the other staff later.</source>
        <translation>Welcome. No staff account exists on this computer yet. Create the administrator account; it can add the other staff later.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>about {minutes} min left</translation>
    </message>
    <message>
        <source>{rows} rows read</source>
        <translation>{rows} rows read</translation>
    </message>
    <message>
        <source>{rows} of about {total} rows ({percent} %)</source>
        <translation>{rows} of about {total} rows ({percent} %)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>OPP scheduled</source>
        <translation>OPP scheduled</translation>
    </message>
    <message>
        <source>OPP completed</source>
        <translation>OPP completed</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>P to P (placement company)</source>
        <translation>P to P (placement company)</translation>
    </message>
    <message>
        <source>G to G (government)</source>
        <translation>G to G (government)</translation>
    </message>
    <message>
        <source>G to P</source>
        <translation>G to P</translation>
    </message>
    <message>
        <source>UKPS (own employer)</source>
        <translation>UKPS (own employer)</translation>
    </message>
    <message>
        <source>Individual (mandiri)</source>
        <translation>Individual (mandiri)</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <source>Primary school (SD)</source>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <source>Junior high (SMP)</source>
        <translation>Junior high (SMP)</translation>
    </message>
    <message>
        <source>Senior high (SMA/SMK)</source>
        <translation>Senior high (SMA/SMK)</translation>
    </message>
    <message>
        <source>Identity card (KTP)</source>
        <translation>Identity card (KTP)</translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>School certificate (ijazah)</source>
        <translation>School certificate (ijazah)</translation>
    </message>
    <message>
        <source>Family permission letter</source>
        <translation>Family permission letter</translation>
    </message>
    <message>
        <source>Marital status certificate</source>
        <translation>Marital status certificate</translation>
    </message>
    <message>
        <source>Health certificate</source>
        <translation>Health certificate</translation>
    </message>
    <message>
        <source>Competency certificate</source>
        <translation>Competency certificate</translation>
    </message>
    <message>
        <source>Job-seeker card (AK/I)</source>
        <translation>Job-seeker card (AK/I)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Work visa</source>
        <translation>Work visa</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Placement agreement</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Employment contract</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan</source>
        <translation>BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer (read only)</source>
        <translation>Viewer (read only)</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Received from the centre</source>
        <translation>Received from the centre</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Merged with another desk's version</source>
        <translation>Merged with another desk's version</translation>
    </message>
    <message>
        <source>Family card no.</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Family contact phone</source>
        <translation>Family contact phone</translation>
    </message>
    <message>
        <source>Placement scheme</source>
        <translation>Placement scheme</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Job position</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Placement company</source>
        <translation>Placement company</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loket PMI — CPMI registration</source>
        <translation>Loket PMI — CPMI registration</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>OPP</source>
        <translation>OPP</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>Opp</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Missing: {documents}</source>
        <translation>Missing: {documents}</translation>
    </message>
    <message>
        <source>{who}
present {time}</source>
        <translation>{who}
present {time}</translation>
    </message>
    <message>
        <source>{who}
already checked in at {time} by {by}</source>
        <translation>{who}
already checked in at {time} by {by}</translation>
    </message>
    <message>
        <source>Unknown code: not a NIK or registration number registered here</source>
        <translation>Unknown code: not a NIK or registration number registered here</translation>
    </message>
    <message>
        <source>Check-in has stopped: the session is {status}</source>
        <translation>Check-in has stopped: the session is {status}</translation>
    </message>
    <message>
        <source>{who}
not checked in: the session is full ({capacity} seats)</source>
        <translation>{who}
not checked in: the session is full ({capacity} seats)</translation>
    </message>
    <message>
        <source>{who}
is enrolled in session {codes}, not in this one</source>
        <translation>{who}
is enrolled in session {codes}, not in this one</translation>
    </message>
    <message>
        <source>{who}
is not enrolled in this session</source>
        <translation>{who}
is not enrolled in this session</translation>
    </message>
    <message>
        <source>{who}
is not enrolled, and no seat is left for a walk-in</source>
        <translation>{who}
is not enrolled, and no seat is left for a walk-in</translation>
    </message>
    <message>
        <source>{who}: enrolled</source>
        <translation>{who}: enrolled</translation>
    </message>
    <message>
        <source>{who}: already enrolled</source>
        <translation>{who}: already enrolled</translation>
    </message>
    <message>
        <source>{who}: unknown</source>
        <translation>{who}: unknown</translation>
    </message>
    <message>
        <source>{who}: refused, the candidate has withdrawn</source>
        <translation>{who}: refused, the candidate has withdrawn</translation>
    </message>
    <message>
        <source>{who}: refused, the session is full</source>
        <translation>{who}: refused, the session is full</translation>
    </message>
    <message>
        <source>also enrolled in {codes}</source>
        <translation>also enrolled in {codes}</translation>
    </message>
</context>
<context>
    <name>OppPage</name>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Enrolment</source>
        <translation>&amp;Enrolment</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Check-&amp;in</translation>
    </message>
    <message>
        <source>Session: {code} — {title}</source>
        <translation>Session: {code} — {title}</translation>
    </message>
    <message>
        <source>Choose a session in the list, or make a new one.</source>
        <translation>Choose a session in the list, or make a new one.</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>My password</source>
        <translation>My password</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Your password is changed. Use the new one from now on.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Open the combo box selection popup</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>What's This?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>The 'From' value cannot be greater than the 'To' value.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Advanced Option Conflicts</translation>
    </message>
    <message>
        <source>Custom value for %1</source>
        <translation>Custom value for %1</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Page Setup Conflicts</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>There are conflicts in page setup options. Do you want to fix them?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>There are conflicts in some advanced options. Do you want to fix them?</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>The labour office checks your documents and verifies the registration.</source>
        <translation>The labour office checks your documents and verifies the registration.</translation>
    </message>
    <message>
        <source>Bring the missing documents when you are asked: {documents}.</source>
        <translation>Bring the missing documents when you are asked: {documents}.</translation>
    </message>
    <message>
        <source>All documents needed for the pre-departure orientation are recorded.</source>
        <translation>All documents needed for the pre-departure orientation are recorded.</translation>
    </message>
    <message>
        <source>You will be invited to the pre-departure orientation (OPP); bring this receipt.</source>
        <translation>You will be invited to the pre-departure orientation (OPP); bring this receipt.</translation>
    </message>
    <message>
        <source>Registration receipt — prospective migrant worker (CPMI)</source>
        <translation>Registration receipt — prospective migrant worker (CPMI)</translation>
    </message>
    <message>
        <source>Labour office</source>
        <translation>Labour office</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the registration number or the QR code at every visit.</source>
        <translation>Keep this receipt. Show the registration number or the QR code at every visit.</translation>
    </message>
    <message>
        <source>Printed by Loket PMI on {time}. The record is sent to the central system when this computer is online.</source>
        <translation>Printed by Loket PMI on {time}. The record is sent to the central system when this computer is online.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Loket PMI — recovery key</source>
        <translation>Loket PMI — recovery key</translation>
    </message>
    <message>
        <source>The database on this computer is now encrypted. If every password is forgotten, only this recovery key can open it. It is shown only this once.</source>
        <translation>The database on this computer is now encrypted. If every password is forgotten, only this recovery key can open it. It is shown only this once.</translation>
    </message>
    <message>
        <source>Write it down or print it, and give it to the head of office to keep locked away. Whoever has this key and a copy of the data folder can read every record.</source>
        <translation>Write it down or print it, and give it to the head of office to keep locked away. Whoever has this key and a copy of the data folder can read every record.</translation>
    </message>
    <message>
        <source>I have written down the recovery key and given it to the head of office</source>
        <translation>I have written down the recovery key and given it to the head of office</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Made on {date}</translation>
    </message>
    <message>
        <source>Keep this page locked away. It opens the encrypted database if every password is forgotten (loket keys recover).</source>
        <translation>Keep this page locked away. It opens the encrypted database if every password is forgotten (loket keys recover).</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Receipt as PDF</source>
        <translation>Receipt as PDF</translation>
    </message>
    <message>
        <source>Receipt of {number} ({name}): print it now.</source>
        <translation>Receipt of {number} ({name}): print it now.</translation>
    </message>
    <message>
        <source>The receipt of {number} can be printed again from the candidate list.</source>
        <translation>The receipt of {number} can be printed again from the candidate list.</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>Writing the receipt…</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
    <message>
        <source>Receipt saved: {path} (open it to print)</source>
        <translation>Receipt saved: {path} (open it to print)</translation>
    </message>
    <message>
        <source>The receipt could not be written to {path}. Check the folder and the free disk space.</source>
        <translation>The receipt could not be written to {path}. Check the folder and the free disk space.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>“{text}” is not in the list: nothing chosen</source>
        <translation>“{text}” is not in the list: nothing chosen</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Save session (Ctrl+S)</source>
        <translation>Save session (Ctrl+S)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Starts (local time)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Ends (local time)</translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation>Lesson hours</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>Session {code}</translation>
    </message>
    <message>
        <source>Code: another session already uses this code.</source>
        <translation>Code: another session already uses this code.</translation>
    </message>
    <message>
        <source>Someone changed this session meanwhile; it was reloaded. Check and save again.</source>
        <translation>Someone changed this session meanwhile; it was reloaded. Check and save again.</translation>
    </message>
    <message>
        <source>Only an administrator can reopen a closed or cancelled session.</source>
        <translation>Only an administrator can reopen a closed or cancelled session.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>New session (Ctrl+N)</source>
        <translation>New session (Ctrl+N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Present / enrolled / seats</source>
        <translation>Present / enrolled / seats</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>No session in this list.</source>
        <translation>No session in this list.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Loket PMI — set password</source>
        <translation>Loket PMI — set password</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>New password for {name}:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Interface language (from the next start)</source>
        <translation>Interface language (from the next start)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation>Lock the screen after inactivity</translation>
    </message>
    <message>
        <source>Office name (receipts, until this PC is enrolled)</source>
        <translation>Office name (receipts, until this PC is enrolled)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Add staff account</source>
        <translation>Add staff account</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>Give the selected account a new password</translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation>Unlock sign-in</translation>
    </message>
    <message>
        <source>Lift the lock of the selected account after too many failed sign-ins</source>
        <translation>Lift the lock of the selected account after too many failed sign-ins</translation>
    </message>
    <message>
        <source>Only an administrator can manage staff accounts and the screen lock.</source>
        <translation>Only an administrator can manage staff accounts and the screen lock.</translation>
    </message>
    <message>
        <source>e.g. Disnaker Kabupaten Serang</source>
        <translation>e.g. Disnaker Kabupaten Serang</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>locked (failed sign-ins)</source>
        <translation>locked (failed sign-ins)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Account {name} has a new password; it opens the database with it.</source>
        <translation>Account {name} has a new password; it opens the database with it.</translation>
    </message>
    <message>
        <source>Account {name} can sign in again.</source>
        <translation>Account {name} can sign in again.</translation>
    </message>
    <message>
        <source>Account {name} was not locked.</source>
        <translation>Account {name} was not locked.</translation>
    </message>
    <message>
        <source>Account {name} created.</source>
        <translation>Account {name} created.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Print attendance sheet…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <source>Save attendance sheet as PDF…</source>
        <translation>Save attendance sheet as PDF…</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>The session no longer exists.</translation>
    </message>
    <message>
        <source>Loket PMI (this PC is not enrolled with an office)</source>
        <translation>Loket PMI (this PC is not enrolled with an office)</translation>
    </message>
    <message>
        <source>Print the attendance sheet of {code}</source>
        <translation>Print the attendance sheet of {code}</translation>
    </message>
    <message>
        <source>attendance-sheet-{code}.pdf</source>
        <translation>attendance-sheet-{code}.pdf</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The attendance sheet (%n page(s)) was saved to {path}.</source>
        <translation>
            <numerusform>The attendance sheet (%n page(s)) was saved to {path}.</numerusform>
            <numerusform>The attendance sheet (%n page(s)) was saved to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance sheet saved</source>
        <translation>Attendance sheet saved</translation>
    </message>
    <message>
        <source>File {path} cannot be written. Choose another folder or name.</source>
        <translation>File {path} cannot be written. Choose another folder or name.</translation>
    </message>
    <message>
        <source>The attendance sheet could not be written ({reason}); the details are in the log.</source>
        <translation>The attendance sheet could not be written ({reason}); the details are in the log.</translation>
    </message>
    <message>
        <source>Attendance sheet not saved</source>
        <translation>Attendance sheet not saved</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Loket PMI — sign in</source>
        <translation>Loket PMI — sign in</translation>
    </message>
    <message>
        <source>Loket PMI — locked</source>
        <translation>Loket PMI — locked</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The screen was locked after a period without activity. Enter your password.</source>
        <translation>The screen was locked after a period without activity. Enter your password.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database file {path} cannot be opened: it is damaged or not a Loket PMI database.</source>
        <translation>The database file {path} cannot be opened: it is damaged or not a Loket PMI database.</translation>
    </message>
    <message>
        <source>The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, and copy the backup in its place as loket.db.</source>
        <translation>The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, and copy the backup in its place as loket.db.</translation>
    </message>
    <message>
        <source>No backup was found in {folder}. Ask your administrator for help.</source>
        <translation>No backup was found in {folder}. Ask your administrator for help.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, but its key file {keys} is missing.</source>
        <translation>The database {path} is encrypted, but its key file {keys} is missing.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted, but its key file {keys} is damaged.</source>
        <translation>The database {path} is encrypted, but its key file {keys} is damaged.</translation>
    </message>
    <message>
        <source>Loket PMI</source>
        <translation>Loket PMI</translation>
    </message>
    <message>
        <source>Without it nobody can open the database. Close Loket PMI and put back a copy of loket.keys.json from the same time as the database, or ask your administrator.</source>
        <translation>Without it nobody can open the database. Close Loket PMI and put back a copy of loket.keys.json from the same time as the database, or ask your administrator.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send waiting records and fetch the office's records now</source>
        <translation>Send waiting records and fetch the office's records now</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Connecting…</translation>
    </message>
    <message>
        <source>⟳ Syncing %1 of %2</source>
        <translation>⟳ Syncing %1 of %2</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Syncing…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline · next try %1</source>
        <translation>○ Offline · next try %1</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>This PC is not connected to a central service: an administrator connects it under Sync, Connection.</source>
        <translation>This PC is not connected to a central service: an administrator connects it under Sync, Connection.</translation>
    </message>
    <message>
        <source>The central service refused this PC: an administrator must enrol it again under Sync, Connection.</source>
        <translation>The central service refused this PC: an administrator must enrol it again under Sync, Connection.</translation>
    </message>
    <message>
        <source>The central service cannot be reached; records stay saved here. Next try at %1.</source>
        <translation>The central service cannot be reached; records stay saved here. Next try at %1.</translation>
    </message>
    <message>
        <source>The central service cannot be reached; records stay saved here.</source>
        <translation>The central service cannot be reached; records stay saved here.</translation>
    </message>
    <message>
        <source>⚠ Needs attention: %1</source>
        <translation>⚠ Needs attention: %1</translation>
    </message>
    <message>
        <source>Show the records the central service refused or that are in conflict</source>
        <translation>Show the records the central service refused or that are in conflict</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to send</source>
        <translation>
            <numerusform>%n record waiting to send</numerusform>
            <numerusform>%n records waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>StoreKeysBox</name>
    <message>
        <source>Database encryption</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <source>The database on this computer is encrypted.</source>
        <translation>The database on this computer is encrypted.</translation>
    </message>
    <message>
        <source>The database on this computer is not encrypted yet: it is encrypted the next time an administrator signs in.</source>
        <translation>The database on this computer is not encrypted yet: it is encrypted the next time an administrator signs in.</translation>
    </message>
    <message>
        <source>Keep the machine key on this PC</source>
        <translation>Keep the machine key on this PC</translation>
    </message>
    <message>
        <source>With the machine key, this Windows account opens the database without a password (scheduled sync and backup). Turn it off on a laptop that leaves the office.</source>
        <translation>With the machine key, this Windows account opens the database without a password (scheduled sync and backup). Turn it off on a laptop that leaves the office.</translation>
    </message>
    <message>
        <source>This computer has no key store for a machine key: the database opens only with a staff password.</source>
        <translation>This computer has no key store for a machine key: the database opens only with a staff password.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Only an administrator can change this.</translation>
    </message>
    <message>
        <source>The key store of this computer refused the machine key.</source>
        <translation>The key store of this computer refused the machine key.</translation>
    </message>
    <message>
        <source>The machine key is kept on this PC.</source>
        <translation>The machine key is kept on this PC.</translation>
    </message>
    <message>
        <source>The machine key is removed: the database now opens only with a staff password.</source>
        <translation>The machine key is removed: the database now opens only with a staff password.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>Needs attention (refused or conflict)</source>
        <translation>Needs attention (refused or conflict)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Sent to the central service</source>
        <translation>Sent to the central service</translation>
    </message>
    <message>
        <source>Refused by the central service</source>
        <translation>Refused by the central service</translation>
    </message>
    <message>
        <source>Conflict with the central service</source>
        <translation>Conflict with the central service</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Sent, no answer yet</translation>
    </message>
    <message>
        <source>Received from the central service</source>
        <translation>Received from the central service</translation>
    </message>
    <message>
        <source>Sync problem resolved</source>
        <translation>Sync problem resolved</translation>
    </message>
    <message>
        <source>Withdrawn from this PC</source>
        <translation>Withdrawn from this PC</translation>
    </message>
    <message>
        <source>accepted as version %1</source>
        <translation>accepted as version %1</translation>
    </message>
    <message>
        <source>the central service holds version %1</source>
        <translation>the central service holds version %1</translation>
    </message>
    <message>
        <source>took the central service's version %1</source>
        <translation>took the central service's version %1</translation>
    </message>
    <message>
        <source>sent again as it is here</source>
        <translation>sent again as it is here</translation>
    </message>
    <message>
        <source>merged field by field with version %1</source>
        <translation>merged field by field with version %1</translation>
    </message>
    <message>
        <source>made or changed on another PC of the office</source>
        <translation>made or changed on another PC of the office</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>Candidate list…</source>
        <translation>Candidate list…</translation>
    </message>
    <message>
        <source>OPP attendance…</source>
        <translation>OPP attendance…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Your role can only read records.</source>
        <translation>Your role can only read records.</translation>
    </message>
    <message>
        <source>Import candidates from a file</source>
        <translation>Import candidates from a file</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now; they stay complete…</source>
        <translation>Stopping after the rows being saved now; they stay complete…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Imported {imported}, already registered {present}, rejected {rejected}.</source>
        <translation>Imported {imported}, already registered {present}, rejected {rejected}.</translation>
    </message>
    <message>
        <source>The rows saved before stopping are complete. Importing the same file again skips them and continues with the rest.</source>
        <translation>The rows saved before stopping are complete. Importing the same file again skips them and continues with the rest.</translation>
    </message>
    <message>
        <source>Row-by-row reasons: {path}</source>
        <translation>Row-by-row reasons: {path}</translation>
    </message>
    <message>
        <source>The row-by-row reasons could not be written: {reason}</source>
        <translation>The row-by-row reasons could not be written: {reason}</translation>
    </message>
    <message>
        <source>Open the rejects file</source>
        <translation>Open the rejects file</translation>
    </message>
    <message>
        <source>candidates-{date}.csv</source>
        <translation>candidates-{date}.csv</translation>
    </message>
    <message>
        <source>Export the candidate list</source>
        <translation>Export the candidate list</translation>
    </message>
    <message>
        <source>opp-attendance-{date}.csv</source>
        <translation>opp-attendance-{date}.csv</translation>
    </message>
    <message>
        <source>Export OPP attendance</source>
        <translation>Export OPP attendance</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln row written to {path}.</numerusform>
            <numerusform>%Ln rows written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error ({reason}). Rows saved so far are complete; the details are in the log.</source>
        <translation>The import stopped because of an unexpected error ({reason}). Rows saved so far are complete; the details are in the log.</translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error ({reason}); no file was written. The details are in the log.</source>
        <translation>The export failed because of an unexpected error ({reason}); no file was written. The details are in the log.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Loket PMI — sign in</source>
        <translation>Loket PMI — sign in</translation>
    </message>
    <message>
        <source>The database on this computer is encrypted. Sign in with your user name and password to open it.</source>
        <translation>The database on this computer is encrypted. Sign in with your user name and password to open it.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message>
        <source>Office not set (Settings)</source>
        <translation>Office not set (Settings)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>all sent</translation>
    </message>
</context>
</TS>
