<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../auth.py" line="73"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../auth.py" line="74"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../auth.py" line="75"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../auth.py" line="76"/>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../auth.py" line="24"/>
        <source>The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.</source>
        <translation>The user name must be 2–64 characters: small letters, digits, dot, dash or underscore.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="28"/>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="29"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="32"/>
        <source>This password is too easy to guess; choose another.</source>
        <translation>This password is too easy to guess; choose another.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="35"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="37"/>
        <source>The account could not be created.</source>
        <translation>The account could not be created.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../candidates/detail.py" line="36"/>
        <source>CPMI {number} — {name}</source>
        <translation>CPMI {number} — {name}</translation>
    </message>
    <message>
        <location filename="../candidates/detail.py" line="47"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../candidates/detail.py" line="48"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>CandidateFields</name>
    <message>
        <location filename="../registration/fields.py" line="67"/>
        <location filename="../registration/fields.py" line="222"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="69"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="70"/>
        <source>16 digits, as on the KTP</source>
        <translation>16 digits, as on the KTP</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="72"/>
        <source>Family card (KK) no.</source>
        <translation>Family card (KK) no.</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="73"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="73"/>
        <source>as on the KTP</source>
        <translation>as on the KTP</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="74"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="75"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="75"/>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="76"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="78"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="79"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="80"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="81"/>
        <location filename="../registration/fields.py" line="94"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="82"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="84"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="89"/>
        <source>Street, RT/RW</source>
        <translation>Street, RT/RW</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="89"/>
        <source>e.g. Kp. Cibeureum RT 01/02</source>
        <translation>e.g. Kp. Cibeureum RT 01/02</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="91"/>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="92"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="93"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="93"/>
        <source>e.g. husband, mother</source>
        <translation>e.g. husband, mother</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="96"/>
        <source>Placement plan</source>
        <translation>Placement plan</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="98"/>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="99"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="103"/>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="104"/>
        <source>Job position</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="105"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="107"/>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="134"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="135"/>
        <source>Protestant Christian</source>
        <translation>Protestant Christian</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="136"/>
        <source>Catholic</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="137"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="138"/>
        <source>Buddhist</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="139"/>
        <source>Confucian (Khonghucu)</source>
        <translation>Confucian (Khonghucu)</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="140"/>
        <source>Traditional belief</source>
        <translation>Traditional belief</translation>
    </message>
    <message>
        <location filename="../registration/fields.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../registration/form.py" line="61"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="63"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="89"/>
        <location filename="../registration/form.py" line="171"/>
        <location filename="../registration/form.py" line="205"/>
        <source>You are signed in with a read-only account: nothing can be saved.</source>
        <translation>You are signed in with a read-only account: nothing can be saved.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="142"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="142"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="144"/>
        <source>From the NIK: born {date}, {sex}, issued in {region}</source>
        <translation>From the NIK: born {date}, {sex}, issued in {region}</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="177"/>
        <location filename="../registration/form.py" line="196"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="183"/>
        <source>Check the warnings in amber, then press Save again to save anyway.</source>
        <translation>Check the warnings in amber, then press Save again to save anyway.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="200"/>
        <source>Not saved: someone else changed this record meanwhile. Close it and open it again.</source>
        <translation>Not saved: someone else changed this record meanwhile. Close it and open it again.</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="214"/>
        <source>Saved. Registration number: {number}</source>
        <translation>Saved. Registration number: {number}</translation>
    </message>
    <message>
        <location filename="../registration/form.py" line="217"/>
        <source>Changes saved ({number}).</source>
        <translation>Changes saved ({number}).</translation>
    </message>
</context>
<context>
    <name>CandidateListPage</name>
    <message>
        <location filename="../candidates/page.py" line="99"/>
        <source>Search by NIK, name or registration number</source>
        <translation>Search by NIK, name or registration number</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="101"/>
        <source>Status: all</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="108"/>
        <source>Destination: all</source>
        <translation>Destination: all</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="110"/>
        <source>Sync: all</source>
        <translation>Sync: all</translation>
    </message>
    <message>
        <location filename="../candidates/page.py" line="202"/>
        <source>Search failed: {reason}</source>
        <translation>Search failed: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../candidates/page.py" line="211"/>
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
        <location filename="../candidates/model.py" line="44"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../candidates/model.py" line="45"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <location filename="../candidates/file_text.py" line="18"/>
        <source>File {detail} was not found.</source>
        <translation>File {detail} was not found.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="19"/>
        <location filename="../candidates/file_text.py" line="51"/>
        <source>File type {detail} is not supported; use .csv or .xlsx.</source>
        <translation>File type {detail} is not supported; use .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="22"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="23"/>
        <source>The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.</source>
        <translation>The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="27"/>
        <source>The CSV file is not UTF-8 encoded. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>The CSV file is not UTF-8 encoded. Save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="30"/>
        <source>The first line must hold the column names.</source>
        <translation>The first line must hold the column names.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="31"/>
        <source>The CSV file is broken ({detail}).</source>
        <translation>The CSV file is broken ({detail}).</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="32"/>
        <source>The .xlsx file is broken or not an Excel workbook.</source>
        <translation>The .xlsx file is broken or not an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="35"/>
        <source>Unknown column: {detail}. Fix the column name; no row was imported.</source>
        <translation>Unknown column: {detail}. Fix the column name; no row was imported.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="38"/>
        <source>Required columns are missing: {detail}. No row was imported.</source>
        <translation>Required columns are missing: {detail}. No row was imported.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="41"/>
        <source>The file could not be read to the end.</source>
        <translation>The file could not be read to the end.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="43"/>
        <source>The file cannot be imported ({detail}).</source>
        <translation>The file cannot be imported ({detail}).</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="54"/>
        <source>File {detail} cannot be written. Choose another folder, or close the file if it is open in another program.</source>
        <translation>File {detail} cannot be written. Choose another folder, or close the file if it is open in another program.</translation>
    </message>
    <message>
        <location filename="../candidates/file_text.py" line="60"/>
        <source>The file cannot be written ({detail}).</source>
        <translation>The file cannot be written ({detail}).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../auth.py" line="91"/>
        <source>Loket PMI — first start</source>
        <translation>Loket PMI — first start</translation>
    </message>
    <message>
        <location filename="../auth.py" line="94"/>
        <source>Welcome. No staff account exists on this computer yet. Create the administrator account; it can add the other staff later.</source>
        <translation>Welcome. No staff account exists on this computer yet. Create the administrator account; it can add the other staff later.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="101"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../candidates/history.py" line="28"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>OPP scheduled</source>
        <translation>OPP scheduled</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>OPP completed</source>
        <translation>OPP completed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>P to P (placement company)</source>
        <translation>P to P (placement company)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>G to G (government)</source>
        <translation>G to G (government)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>G to P</source>
        <translation>G to P</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>UKPS (own employer)</source>
        <translation>UKPS (own employer)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Individual (mandiri)</source>
        <translation>Individual (mandiri)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>No schooling</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Primary school (SD)</source>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Junior high (SMP)</source>
        <translation>Junior high (SMP)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Senior high (SMA/SMK)</source>
        <translation>Senior high (SMA/SMK)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Identity card (KTP)</source>
        <translation>Identity card (KTP)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="84"/>
        <source>Family card (KK)</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>School certificate (ijazah)</source>
        <translation>School certificate (ijazah)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Family permission letter</source>
        <translation>Family permission letter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Marital status certificate</source>
        <translation>Marital status certificate</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Health certificate</source>
        <translation>Health certificate</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Competency certificate</source>
        <translation>Competency certificate</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Job-seeker card (AK/I)</source>
        <translation>Job-seeker card (AK/I)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Work visa</source>
        <translation>Work visa</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94"/>
        <source>Placement agreement</source>
        <translation>Placement agreement</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Employment contract</source>
        <translation>Employment contract</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96"/>
        <source>BPJS Ketenagakerjaan</source>
        <translation>BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="103"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Viewer (read only)</source>
        <translation>Viewer (read only)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113"/>
        <source>Received from the centre</source>
        <translation>Received from the centre</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="122"/>
        <source>Family card no.</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="123"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../labels.py" line="124"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../labels.py" line="125"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../labels.py" line="126"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../labels.py" line="127"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="128"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../labels.py" line="129"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../labels.py" line="131"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../labels.py" line="132"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../labels.py" line="133"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../labels.py" line="134"/>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../labels.py" line="136"/>
        <source>Family contact phone</source>
        <translation>Family contact phone</translation>
    </message>
    <message>
        <location filename="../labels.py" line="137"/>
        <source>Placement scheme</source>
        <translation>Placement scheme</translation>
    </message>
    <message>
        <location filename="../labels.py" line="138"/>
        <source>Destination country</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../labels.py" line="139"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../labels.py" line="140"/>
        <source>Job position</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location filename="../labels.py" line="141"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142"/>
        <source>Placement company</source>
        <translation>Placement company</translation>
    </message>
    <message>
        <location filename="../labels.py" line="143"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../labels.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../labels.py" line="145"/>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../labels.py" line="146"/>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../labels.py" line="147"/>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Loket PMI — CPMI registration</source>
        <translation>Loket PMI — CPMI registration</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="76"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../progress.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../registration/page.py" line="39"/>
        <source>Registration receipt — prospective migrant worker (CPMI)</source>
        <translation>Registration receipt — prospective migrant worker (CPMI)</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="42"/>
        <source>Keep this receipt. Show the registration number or the QR code at every visit.</source>
        <translation>Keep this receipt. Show the registration number or the QR code at every visit.</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="46"/>
        <source>Printed by Loket PMI. The record is sent to the central system when this computer is online.</source>
        <translation>Printed by Loket PMI. The record is sent to the central system when this computer is online.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../registration/regions.py" line="31"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../registration/regions.py" line="32"/>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <location filename="../registration/regions.py" line="33"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../registration/regions.py" line="34"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../registration/page.py" line="76"/>
        <source>Receipt (PDF)</source>
        <translation>Receipt (PDF)</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="104"/>
        <source>Writing the receipt…</source>
        <translation>Writing the receipt…</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="118"/>
        <source>Receipt saved: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="122"/>
        <source>Receipt saved: {path} (open it to print)</source>
        <translation>Receipt saved: {path} (open it to print)</translation>
    </message>
    <message>
        <location filename="../registration/page.py" line="129"/>
        <source>The receipt could not be written: {reason}</source>
        <translation>The receipt could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="46"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="48"/>
        <location filename="../settings_page.py" line="74"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="51"/>
        <source>Interface language (from the next start)</source>
        <translation>Interface language (from the next start)</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="56"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="59"/>
        <source>Lock the screen after inactivity</source>
        <translation>Lock the screen after inactivity</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="60"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="61"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="76"/>
        <source>Add staff account</source>
        <translation>Add staff account</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="83"/>
        <source>Only an administrator can manage staff accounts and the screen lock.</source>
        <translation>Only an administrator can manage staff accounts and the screen lock.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="90"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <location filename="../settings_page.py" line="98"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="92"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="104"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="119"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="119"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="132"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="145"/>
        <source>Account {name} created.</source>
        <translation>Account {name} created.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../auth.py" line="128"/>
        <source>Loket PMI — sign in</source>
        <translation>Loket PMI — sign in</translation>
    </message>
    <message>
        <location filename="../auth.py" line="128"/>
        <source>Loket PMI — locked</source>
        <translation>Loket PMI — locked</translation>
    </message>
    <message>
        <location filename="../auth.py" line="134"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../auth.py" line="135"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../auth.py" line="139"/>
        <source>The screen was locked after a period without activity. Enter your password.</source>
        <translation>The screen was locked after a period without activity. Enter your password.</translation>
    </message>
    <message>
        <location filename="../auth.py" line="149"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../auth.py" line="149"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../auth.py" line="160"/>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Wrong user name or password, or the account is disabled.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="53"/>
        <source>The database file {path} cannot be opened: it is damaged or not a Loket PMI database.</source>
        <translation>The database file {path} cannot be opened: it is damaged or not a Loket PMI database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="57"/>
        <source>The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, and copy the backup in its place as loket.db.</source>
        <translation>The latest backup is {backup}. Close Loket PMI, keep a copy of the damaged file, and copy the backup in its place as loket.db.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="63"/>
        <source>No backup was found in {folder}. Ask your administrator for help.</source>
        <translation>No backup was found in {folder}. Ask your administrator for help.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="66"/>
        <source>Loket PMI</source>
        <translation>Loket PMI</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../status.py" line="82"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../status.py" line="82"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../status.py" line="83"/>
        <source>%n record(s) waiting to send</source>
        <translation>
            <numerusform>%n record waiting to send</numerusform>
            <numerusform>%n records waiting to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../status.py" line="86"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../status.py" line="90"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="117"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui_steps.py" line="119"/>
        <source>Send waiting records and fetch the office&apos;s records now</source>
        <translation>Send waiting records and fetch the office&apos;s records now</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../candidates/transfer.py" line="74"/>
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="76"/>
        <source>Candidate list…</source>
        <translation>Candidate list…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="78"/>
        <source>OPP attendance…</source>
        <translation>OPP attendance…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="83"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="89"/>
        <location filename="../candidates/transfer.py" line="263"/>
        <source>Your role can only read records.</source>
        <translation>Your role can only read records.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="125"/>
        <source>Import candidates from a file</source>
        <translation>Import candidates from a file</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="127"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="139"/>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="140"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="141"/>
        <source>Stopping after the rows being saved now; they stay complete…</source>
        <translation>Stopping after the rows being saved now; they stay complete…</translation>
    </message>
    <message numerus="yes">
        <location filename="../candidates/transfer.py" line="161"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="167"/>
        <source>Import stopped</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="167"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="169"/>
        <source>Imported {imported}, already registered {present}, rejected {rejected}.</source>
        <translation>Imported {imported}, already registered {present}, rejected {rejected}.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="176"/>
        <source>The rows saved before stopping are complete. Importing the same file again skips them and continues with the rest.</source>
        <translation>The rows saved before stopping are complete. Importing the same file again skips them and continues with the rest.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="181"/>
        <source>Row-by-row reasons: {path}</source>
        <translation>Row-by-row reasons: {path}</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="184"/>
        <source>The row-by-row reasons could not be written: {reason}</source>
        <translation>The row-by-row reasons could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="192"/>
        <source>Open the rejects file</source>
        <translation>Open the rejects file</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="205"/>
        <source>candidates-{date}.csv</source>
        <translation>candidates-{date}.csv</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="206"/>
        <source>Export the candidate list</source>
        <translation>Export the candidate list</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="212"/>
        <source>opp-attendance-{date}.csv</source>
        <translation>opp-attendance-{date}.csv</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="213"/>
        <source>Export OPP attendance</source>
        <translation>Export OPP attendance</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="218"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="219"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="236"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="236"/>
        <location filename="../candidates/transfer.py" line="237"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../candidates/transfer.py" line="250"/>
        <source>%Ln row(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln row written to {path}.</numerusform>
            <numerusform>%Ln rows written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="251"/>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="266"/>
        <source>The import stopped because of an unexpected error ({reason}). Rows saved so far are complete; the details are in the log.</source>
        <translation>The import stopped because of an unexpected error ({reason}). Rows saved so far are complete; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="271"/>
        <source>The export failed because of an unexpected error ({reason}); no file was written. The details are in the log.</source>
        <translation>The export failed because of an unexpected error ({reason}); no file was written. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="274"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../candidates/transfer.py" line="274"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
</TS>
