<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About the console</source>
            <translation>About the console</translation>
        </message>
        <message>
            <source>Commune Broadcast Console</source>
            <translation>Commune Broadcast Console</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>For commune radio stations: bulletins from the province, programmes, loudspeaker clusters and public boards, working on when the connection is down. Free software under the MIT licence: you may use, copy, change and hand it on, keeping the licence notice. It comes without any warranty.</source>
            <translation>For commune radio stations: bulletins from the province, programmes, loudspeaker clusters and public boards, working on when the connection is down. Free software under the MIT licence: you may use, copy, change and hand it on, keeping the licence notice. It comes without any warranty.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Licence (MIT)</source>
            <translation>Licence (MIT)</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Third-party software</translation>
        </message>
        <message>
            <source>Full licence text:</source>
            <translation>Full licence text:</translation>
        </message>
    </context>
    <context>
        <name>AccountsSection</name>
        <message>
            <source>My account</source>
            <translation>My account</translation>
        </message>
        <message>
            <source>Signed in as {name} ({role}).</source>
            <translation>Signed in as {name} ({role}).</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>People who use this console</source>
            <translation>People who use this console</translation>
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
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <source>Add an account…</source>
            <translation>Add an account…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Locking the console</source>
            <translation>Locking the console</translation>
        </message>
        <message>
            <source>Lock the console after</source>
            <translation>Lock the console after</translation>
        </message>
        <message>
            <source> min without use</source>
            <translation> min without use</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>A locked console shows the sign-in screen; emergencies from the province still show at once. Ctrl+L locks it at any time.</source>
            <translation>A locked console shows the sign-in screen; emergencies from the province still show at once. Ctrl+L locks it at any time.</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Locked until {time}</source>
            <translation>Locked until {time}</translation>
        </message>
        <message>
            <source>Must choose a password</source>
            <translation>Must choose a password</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Enable again</source>
            <translation>Enable again</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Disable…</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Your password was changed.</translation>
        </message>
        <message>
            <source>The account {name} was created.</source>
            <translation>The account {name} was created.</translation>
        </message>
        <message>
            <source>{name} is now: {role}.</source>
            <translation>{name} is now: {role}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Give {name} a new one-time password? The current password stops working at once, and a lock after wrong passwords is lifted.</source>
            <translation>Give {name} a new one-time password? The current password stops working at once, and a lock after wrong passwords is lifted.</translation>
        </message>
        <message>
            <source>Reset the password</source>
            <translation>Reset the password</translation>
        </message>
        <message>
            <source>{name} can sign in again.</source>
            <translation>{name} can sign in again.</translation>
        </message>
        <message>
            <source>{name} can no longer sign in.</source>
            <translation>{name} can no longer sign in.</translation>
        </message>
        <message>
            <source>Disable the account {name}? {name} can no longer sign in. The account is kept, with its history; it can be enabled again.</source>
            <translation>Disable the account {name}? {name} can no longer sign in. The account is kept, with its history; it can be enabled again.</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesTab</name>
        <message>
            <source>Record an activity…</source>
            <translation>Record an activity…</translation>
        </message>
        <message>
            <source>A meeting, house visits, the mobile loudspeaker or a post in a village's Zalo group, with the people reached</source>
            <translation>A meeting, house visits, the mobile loudspeaker or a post in a village's Zalo group, with the people reached</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Correct the chosen activity (also: double-click it)</source>
            <translation>Correct the chosen activity (also: double-click it)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>People reached</translation>
        </message>
        <message>
            <source>Theme of the plan</source>
            <translation>Theme of the plan</translation>
        </message>
        <message>
            <source>What about</source>
            <translation>What about</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(the whole commune)</translation>
        </message>
        <message>
            <source>The activity is recorded.</source>
            <translation>The activity is recorded.</translation>
        </message>
        <message>
            <source>The activity is corrected.</source>
            <translation>The activity is corrected.</translation>
        </message>
        <message>
            <source>The activity is deleted.</source>
            <translation>The activity is deleted.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Delete activity</translation>
        </message>
        <message>
            <source>Delete the activity of {day} ({kind}, {people} people reached)? The plan and the reports no longer count it.</source>
            <translation>Delete the activity of {day} ({kind}, {people} people reached)? The plan and the reports no longer count it.</translation>
        </message>
        <message>
            <source>No activity of the team recorded in the last {days} days.</source>
            <translation>No activity of the team recorded in the last {days} days.</translation>
        </message>
        <message>
            <source>“Record an activity…” records a meeting, house visits, the mobile loudspeaker or a post in a village's Zalo group, with the people reached: the plan and the reports count it.</source>
            <translation>“Record an activity…” records a meeting, house visits, the mobile loudspeaker or a post in a village's Zalo group, with the people reached: the plan and the reports count it.</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Record an activity of the team</source>
            <translation>Record an activity of the team</translation>
        </message>
        <message>
            <source>Correct an activity of the team</source>
            <translation>Correct an activity of the team</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(the whole commune)</translation>
        </message>
        <message>
            <source>e.g. Meeting on the new-style countryside</source>
            <translation>e.g. Meeting on the new-style countryside</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Village:</translation>
        </message>
        <message>
            <source>People reached:</source>
            <translation>People reached:</translation>
        </message>
        <message>
            <source>Theme of the plan:</source>
            <translation>Theme of the plan:</translation>
        </message>
        <message>
            <source>What about:</source>
            <translation>What about:</translation>
        </message>
        <message>
            <source>Propagandists who took part:</source>
            <translation>Propagandists who took part:</translation>
        </message>
        <message>
            <source>(no theme of the plan)</source>
            <translation>(no theme of the plan)</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>Add a person who uses the console</source>
            <translation>Add a person who uses the console</translation>
        </message>
        <message>
            <source>The console makes a one-time password for the new account and shows it once. The person chooses their own password at the first sign-in.</source>
            <translation>The console makes a one-time password for the new account and shows it once. The person chooses their own password at the first sign-in.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>for example: vanhanh1</source>
            <translation>for example: vanhanh1</translation>
        </message>
        <message>
            <source>for example: Nguyễn Văn An</source>
            <translation>for example: Nguyễn Văn An</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Create account</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The user name must not be empty or contain spaces.</source>
            <translation>The user name must not be empty or contain spaces.</translation>
        </message>
    </context>
    <context>
        <name>ApproverDialog</name>
        <message>
            <source>Approval by a leader</source>
            <translation>Approval by a leader</translation>
        </message>
        <message>
            <source>Only a leader (approver) may approve “{name}”. The leader signs in here for this approval only; you stay signed in.</source>
            <translation>Only a leader (approver) may approve “{name}”. The leader signs in here for this approval only; you stay signed in.</translation>
        </message>
        <message>
            <source>Leader's &amp;user name</source>
            <translation>Leader's &amp;user name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>&amp;Reason for quiet hours</source>
            <translation>&amp;Reason for quiet hours</translation>
        </message>
        <message>
            <source>Why it must play in quiet hours</source>
            <translation>Why it must play in quiet hours</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
    </context>
    <context>
        <name>AuditNames</name>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Plan theme</source>
            <translation>Plan theme</translation>
        </message>
        <message>
            <source>Propagandist</source>
            <translation>Propagandist</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Team activity</source>
            <translation>Team activity</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>the console (automatic)</source>
            <translation>the console (automatic)</translation>
        </message>
        <message>
            <source>live update feed</source>
            <translation>live update feed</translation>
        </message>
        <message>
            <source>programme templates</source>
            <translation>programme templates</translation>
        </message>
        <message>
            <source>speech voices</source>
            <translation>speech voices</translation>
        </message>
        <message>
            <source>Accounts and sign-in</source>
            <translation>Accounts and sign-in</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Source system</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Emergencies</source>
            <translation>Emergencies</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>Device commands</source>
            <translation>Device commands</translation>
        </message>
        <message>
            <source>Device lists</source>
            <translation>Device lists</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Items sent to the province</source>
            <translation>Items sent to the province</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Items on the air</source>
            <translation>Items on the air</translation>
        </message>
        <message>
            <source>Files on this PC</source>
            <translation>Files on this PC</translation>
        </message>
        <message>
            <source>Annual plan</source>
            <translation>Annual plan</translation>
        </message>
        <message>
            <source>Play logs of the devices</source>
            <translation>Play logs of the devices</translation>
        </message>
        <message>
            <source>Syncs</source>
            <translation>Syncs</translation>
        </message>
        <message>
            <source>Propaganda team</source>
            <translation>Propaganda team</translation>
        </message>
        <message>
            <source>Zalo OA</source>
            <translation>Zalo OA</translation>
        </message>
        <message>
            <source>Anniversaries and themes</source>
            <translation>Anniversaries and themes</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Account created</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Wrong password</source>
            <translation>Wrong password</translation>
        </message>
        <message>
            <source>Account locked after wrong passwords</source>
            <translation>Account locked after wrong passwords</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Password reset (one-time password)</source>
            <translation>Password reset (one-time password)</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>Account enabled</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>Certificate checks switched</source>
            <translation>Certificate checks switched</translation>
        </message>
        <message>
            <source>Source-system account set</source>
            <translation>Source-system account set</translation>
        </message>
        <message>
            <source>Source system moved to a new address</source>
            <translation>Source system moved to a new address</translation>
        </message>
        <message>
            <source>Programme created</source>
            <translation>Programme created</translation>
        </message>
        <message>
            <source>Programme sent for approval</source>
            <translation>Programme sent for approval</translation>
        </message>
        <message>
            <source>Programme approved</source>
            <translation>Programme approved</translation>
        </message>
        <message>
            <source>Programme sent back</source>
            <translation>Programme sent back</translation>
        </message>
        <message>
            <source>Programme scheduled</source>
            <translation>Programme scheduled</translation>
        </message>
        <message>
            <source>Programme could not be scheduled</source>
            <translation>Programme could not be scheduled</translation>
        </message>
        <message>
            <source>Programme sent to the devices</source>
            <translation>Programme sent to the devices</translation>
        </message>
        <message>
            <source>Quiet hours overridden</source>
            <translation>Quiet hours overridden</translation>
        </message>
        <message>
            <source>Programme back to draft</source>
            <translation>Programme back to draft</translation>
        </message>
        <message>
            <source>Emergency broadcast started</source>
            <translation>Emergency broadcast started</translation>
        </message>
        <message>
            <source>Emergency broadcast stopped</source>
            <translation>Emergency broadcast stopped</translation>
        </message>
        <message>
            <source>Emergency recording made</source>
            <translation>Emergency recording made</translation>
        </message>
        <message>
            <source>Device volume set</source>
            <translation>Device volume set</translation>
        </message>
        <message>
            <source>Device stopped</source>
            <translation>Device stopped</translation>
        </message>
        <message>
            <source>Played now on devices</source>
            <translation>Played now on devices</translation>
        </message>
        <message>
            <source>Live speaking started</source>
            <translation>Live speaking started</translation>
        </message>
        <message>
            <source>Live speaking ended</source>
            <translation>Live speaking ended</translation>
        </message>
        <message>
            <source>FM station relayed</source>
            <translation>FM station relayed</translation>
        </message>
        <message>
            <source>Device list imported</source>
            <translation>Device list imported</translation>
        </message>
        <message>
            <source>Files added to the library</source>
            <translation>Files added to the library</translation>
        </message>
        <message>
            <source>Library item edited</source>
            <translation>Library item edited</translation>
        </message>
        <message>
            <source>Library filter saved</source>
            <translation>Library filter saved</translation>
        </message>
        <message>
            <source>Library filter deleted</source>
            <translation>Library filter deleted</translation>
        </message>
        <message>
            <source>Report made</source>
            <translation>Report made</translation>
        </message>
        <message>
            <source>Report edited</source>
            <translation>Report edited</translation>
        </message>
        <message>
            <source>Report figures refreshed</source>
            <translation>Report figures refreshed</translation>
        </message>
        <message>
            <source>Report approved</source>
            <translation>Report approved</translation>
        </message>
        <message>
            <source>Report reopened</source>
            <translation>Report reopened</translation>
        </message>
        <message>
            <source>Report sent to the province</source>
            <translation>Report sent to the province</translation>
        </message>
        <message>
            <source>Item sent to the province</source>
            <translation>Item sent to the province</translation>
        </message>
        <message>
            <source>Database restored from a backup</source>
            <translation>Database restored from a backup</translation>
        </message>
        <message>
            <source>Second backup place chosen</source>
            <translation>Second backup place chosen</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>Emergency started on devices</source>
            <translation>Emergency started on devices</translation>
        </message>
        <message>
            <source>Played on devices in quiet hours</source>
            <translation>Played on devices in quiet hours</translation>
        </message>
        <message>
            <source>A device played something not sent from here</source>
            <translation>A device played something not sent from here</translation>
        </message>
        <message>
            <source>Unexpected playing acknowledged</source>
            <translation>Unexpected playing acknowledged</translation>
        </message>
        <message>
            <source>Commune item approved for the air</source>
            <translation>Commune item approved for the air</translation>
        </message>
        <message>
            <source>Withdrawn items taken out of programmes</source>
            <translation>Withdrawn items taken out of programmes</translation>
        </message>
        <message>
            <source>File kept on this PC</source>
            <translation>File kept on this PC</translation>
        </message>
        <message>
            <source>File no longer kept on this PC</source>
            <translation>File no longer kept on this PC</translation>
        </message>
        <message>
            <source>Old files removed from this PC</source>
            <translation>Old files removed from this PC</translation>
        </message>
        <message>
            <source>Annual plan imported</source>
            <translation>Annual plan imported</translation>
        </message>
        <message>
            <source>Plan theme saved</source>
            <translation>Plan theme saved</translation>
        </message>
        <message>
            <source>Plan theme deleted</source>
            <translation>Plan theme deleted</translation>
        </message>
        <message>
            <source>Play logs collected from the devices</source>
            <translation>Play logs collected from the devices</translation>
        </message>
        <message>
            <source>Leader signed in here to approve</source>
            <translation>Leader signed in here to approve</translation>
        </message>
        <message>
            <source>Programme deleted</source>
            <translation>Programme deleted</translation>
        </message>
        <message>
            <source>Programme copied</source>
            <translation>Programme copied</translation>
        </message>
        <message>
            <source>Programme made from a template</source>
            <translation>Programme made from a template</translation>
        </message>
        <message>
            <source>Programme saved as a template</source>
            <translation>Programme saved as a template</translation>
        </message>
        <message>
            <source>Station jingle added to the templates</source>
            <translation>Station jingle added to the templates</translation>
        </message>
        <message>
            <source>Programme taken off the air</source>
            <translation>Programme taken off the air</translation>
        </message>
        <message>
            <source>Data budget changed</source>
            <translation>Data budget changed</translation>
        </message>
        <message>
            <source>Default targets changed</source>
            <translation>Default targets changed</translation>
        </message>
        <message>
            <source>Room for files on this PC changed</source>
            <translation>Room for files on this PC changed</translation>
        </message>
        <message>
            <source>Reading voice changed</source>
            <translation>Reading voice changed</translation>
        </message>
        <message>
            <source>Synced with the source system</source>
            <translation>Synced with the source system</translation>
        </message>
        <message>
            <source>Team activity recorded</source>
            <translation>Team activity recorded</translation>
        </message>
        <message>
            <source>Team activity corrected</source>
            <translation>Team activity corrected</translation>
        </message>
        <message>
            <source>Team activity deleted</source>
            <translation>Team activity deleted</translation>
        </message>
        <message>
            <source>Team list imported</source>
            <translation>Team list imported</translation>
        </message>
        <message>
            <source>Propagandist saved</source>
            <translation>Propagandist saved</translation>
        </message>
        <message>
            <source>Training recorded</source>
            <translation>Training recorded</translation>
        </message>
        <message>
            <source>Training corrected</source>
            <translation>Training corrected</translation>
        </message>
        <message>
            <source>Training deleted</source>
            <translation>Training deleted</translation>
        </message>
        <message>
            <source>Zalo OA connected</source>
            <translation>Zalo OA connected</translation>
        </message>
        <message>
            <source>Zalo OA disconnected</source>
            <translation>Zalo OA disconnected</translation>
        </message>
        <message>
            <source>Article published on Zalo OA</source>
            <translation>Article published on Zalo OA</translation>
        </message>
        <message>
            <source>Zalo OA article sent again</source>
            <translation>Zalo OA article sent again</translation>
        </message>
        <message>
            <source>Anniversary or theme saved</source>
            <translation>Anniversary or theme saved</translation>
        </message>
        <message>
            <source>Anniversary or theme deleted</source>
            <translation>Anniversary or theme deleted</translation>
        </message>
        <message>
            <source>before</source>
            <translation>before</translation>
        </message>
        <message>
            <source>after</source>
            <translation>after</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>attempt</source>
            <translation>attempt</translation>
        </message>
        <message>
            <source>wrong passwords</source>
            <translation>wrong passwords</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>while locked</source>
            <translation>while locked</translation>
        </message>
        <message>
            <source>no such account</source>
            <translation>no such account</translation>
        </message>
        <message>
            <source>first administrator</source>
            <translation>first administrator</translation>
        </message>
        <message>
            <source>one-time password</source>
            <translation>one-time password</translation>
        </message>
        <message>
            <source>replaced a one-time password</source>
            <translation>replaced a one-time password</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>version</source>
            <translation>version</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>targets</translation>
        </message>
        <message>
            <source>messages queued</source>
            <translation>messages queued</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>station</source>
            <translation>station</translation>
        </message>
        <message>
            <source>account</source>
            <translation>account</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>previous address</source>
            <translation>previous address</translation>
        </message>
        <message>
            <source>file links moved</source>
            <translation>file links moved</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>files</source>
            <translation>files</translation>
        </message>
        <message>
            <source>sent from the outbox</source>
            <translation>sent from the outbox</translation>
        </message>
        <message>
            <source>result</source>
            <translation>result</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>after (MB)</source>
            <translation>after (MB)</translation>
        </message>
        <message>
            <source>before (MB)</source>
            <translation>before (MB)</translation>
        </message>
        <message>
            <source>at</source>
            <translation>at</translation>
        </message>
        <message>
            <source>attendees</source>
            <translation>attendees</translation>
        </message>
        <message>
            <source>who took part</source>
            <translation>who took part</translation>
        </message>
        <message>
            <source>people reached</source>
            <translation>people reached</translation>
        </message>
        <message>
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <source>theme of the plan</source>
            <translation>theme of the plan</translation>
        </message>
        <message>
            <source>village</source>
            <translation>village</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>because</source>
            <translation>because</translation>
        </message>
        <message>
            <source>collected</source>
            <translation>collected</translation>
        </message>
        <message>
            <source>item sent</source>
            <translation>item sent</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>correction</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>length (s)</source>
            <translation>length (s)</translation>
        </message>
        <message>
            <source>on air (s)</source>
            <translation>on air (s)</translation>
        </message>
        <message>
            <source>frequency (MHz)</source>
            <translation>frequency (MHz)</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>sound dropped (50 ms pieces)</source>
            <translation>sound dropped (50 ms pieces)</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>fields</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>folder</translation>
        </message>
        <message>
            <source>bytes freed</source>
            <translation>bytes freed</translation>
        </message>
        <message>
            <source>limit (bytes)</source>
            <translation>limit (bytes)</translation>
        </message>
        <message>
            <source>size (bytes)</source>
            <translation>size (bytes)</translation>
        </message>
        <message>
            <source>inferred</source>
            <translation>inferred</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nothing new</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>queued</translation>
        </message>
        <message>
            <source>item</source>
            <translation>item</translation>
        </message>
        <message>
            <source>items</source>
            <translation>items</translation>
        </message>
        <message>
            <source>titles</source>
            <translation>titles</translation>
        </message>
        <message>
            <source>entries</source>
            <translation>entries</translation>
        </message>
        <message>
            <source>back to approval</source>
            <translation>back to approval</translation>
        </message>
        <message>
            <source>devices</source>
            <translation>devices</translation>
        </message>
        <message>
            <source>jingle</source>
            <translation>jingle</translation>
        </message>
        <message>
            <source>kept aside</source>
            <translation>kept aside</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>lane</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>new messages</source>
            <translation>new messages</translation>
        </message>
        <message>
            <source>people</source>
            <translation>people</translation>
        </message>
        <message>
            <source>playing</source>
            <translation>playing</translation>
        </message>
        <message>
            <source>quiet hours overridden</source>
            <translation>quiet hours overridden</translation>
        </message>
        <message>
            <source>recorded by</source>
            <translation>recorded by</translation>
        </message>
        <message>
            <source>asked by</source>
            <translation>asked by</translation>
        </message>
        <message>
            <source>revision</source>
            <translation>revision</translation>
        </message>
        <message>
            <source>database version</source>
            <translation>database version</translation>
        </message>
        <message>
            <source>server</source>
            <translation>server</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>since</source>
            <translation>since</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>filter</translation>
        </message>
        <message>
            <source>starts at</source>
            <translation>starts at</translation>
        </message>
        <message>
            <source>template</source>
            <translation>template</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>checked against</source>
            <translation>checked against</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comment</translation>
        </message>
        <message>
            <source>made in the commune</source>
            <translation>made in the commune</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <source>pinned certificate</source>
            <translation>pinned certificate</translation>
        </message>
        <message>
            <source>password re-stored</source>
            <translation>password re-stored</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>partial</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>AuditSection</name>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
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
            <source>On what</source>
            <translation>On what</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show older entries</source>
            <translation>Show older entries</translation>
        </message>
        <message>
            <source>Export to Excel (XLSX)…</source>
            <translation>Export to Excel (XLSX)…</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>everyone</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>everything</translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} of {total} entries</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Export the audit log</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>{count} entries saved in {path}.</source>
            <translation>{count} entries saved in {path}.</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Second place:</source>
            <translation>Second place:</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <source>A USB drive or a network folder. Every day the console copies the station there and checks the copy; the last 7 days and 4 weeks are kept.</source>
            <translation>A USB drive or a network folder. Every day the console copies the station there and checks the copy; the last 7 days and 4 weeks are kept.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restore from a backup…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>none chosen</source>
            <translation>none chosen</translation>
        </message>
        <message>
            <source>Every day the console copies the station there and checks the copy. Kept: one a day for 7 days, one a week for 4 weeks.</source>
            <translation>Every day the console copies the station there and checks the copy. Kept: one a day for 7 days, one a week for 4 weeks.</translation>
        </message>
        <message>
            <source>A backup of the server is put back with: commune-console restore --backup FILE (close the console on every PC of the station first).</source>
            <translation>A backup of the server is put back with: commune-console restore --backup FILE (close the console on every PC of the station first).</translation>
        </message>
        <message>
            <source>Last backup there: {last}</source>
            <translation>Last backup there: {last}</translation>
        </message>
        <message>
            <source>The last attempt failed: {reason}</source>
            <translation>The last attempt failed: {reason}</translation>
        </message>
        <message>
            <source>This PC keeps the station in its own database file: each backup is a checked copy of that file.</source>
            <translation>This PC keeps the station in its own database file: each backup is a checked copy of that file.</translation>
        </message>
        <message>
            <source>This station's data is on its PostgreSQL server, and this PC has no pg_dump: no backup is made here. Install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer) or let another PC of the station make them.</source>
            <translation>This station's data is on its PostgreSQL server, and this PC has no pg_dump: no backup is made here. Install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer) or let another PC of the station make them.</translation>
        </message>
        <message>
            <source>This station's data is on its PostgreSQL server: each backup is a pg_dump of the server's database, read back whole before it is kept. Put one back with: commune-console restore --backup FILE</source>
            <translation>This station's data is on its PostgreSQL server: each backup is a pg_dump of the server's database, read back whole before it is kept. Put one back with: commune-console restore --backup FILE</translation>
        </message>
        <message>
            <source>Where to keep the backups</source>
            <translation>Where to keep the backups</translation>
        </message>
        <message>
            <source>Writing and checking the backup…</source>
            <translation>Writing and checking the backup…</translation>
        </message>
        <message>
            <source>The backup was not put back. Close the console and start it again to restore, or ask your IT staff (commune-console restore).</source>
            <translation>The backup was not put back. Close the console and start it again to restore, or ask your IT staff (commune-console restore).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Backup drive missing</source>
            <translation>Backup drive missing</translation>
        </message>
        <message>
            <source>Backup overdue</source>
            <translation>Backup overdue</translation>
        </message>
        <message>
            <source>No backup of the server</source>
            <translation>No backup of the server</translation>
        </message>
        <message>
            <source>The station's backups are only on this computer's disk. Choose a USB drive or a network folder in Settings (Backups): the console copies the station there every day.</source>
            <translation>The station's backups are only on this computer's disk. Choose a USB drive or a network folder in Settings (Backups): the console copies the station there every day.</translation>
        </message>
        <message>
            <source>The backup folder {folder} is not there: plug the USB drive in or reconnect the network folder. Last backup there: {last}.</source>
            <translation>The backup folder {folder} is not there: plug the USB drive in or reconnect the network folder. Last backup there: {last}.</translation>
        </message>
        <message>
            <source>No backup of the station's server database is made on this computer: it has no pg_dump. Install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer). Last backup in {folder}: {last}.</source>
            <translation>No backup of the station's server database is made on this computer: it has no pg_dump. Install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer). Last backup in {folder}: {last}.</translation>
        </message>
        <message>
            <source>No backup has been written to {folder} yet.</source>
            <translation>No backup has been written to {folder} yet.</translation>
        </message>
        <message>
            <source>The last backup in {folder} is more than 7 days old ({last}).</source>
            <translation>The last backup in {folder} is more than 7 days old ({last}).</translation>
        </message>
    </context>
    <context>
        <name>BroadcastLog</name>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Cluster or board</source>
            <translation>Cluster or board</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Played</source>
            <translation>Played</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>This device keeps no play log: the play was inferred from its status while the item was due.</source>
            <extracomment>the count for the current filter arrived: number of entries reading failed; the argument is the reason</extracomment>
            <translation>This device keeps no play log: the play was inferred from its status while the item was due.</translation>
        </message>
    </context>
    <context>
        <name>BroadcastSection</name>
        <message>
            <source>Quiet hours</source>
            <translation>Quiet hours</translation>
        </message>
        <message>
            <source>&amp;Earliest start:</source>
            <translation>&amp;Earliest start:</translation>
        </message>
        <message>
            <source>&amp;Latest end:</source>
            <translation>&amp;Latest end:</translation>
        </message>
        <message>
            <source>Outside these hours only emergencies play, unless a leader overrides the quiet hours for a programme with a written reason.</source>
            <translation>Outside these hours only emergencies play, unless a leader overrides the quiet hours for a programme with a written reason.</translation>
        </message>
        <message>
            <source>How long</source>
            <translation>How long</translation>
        </message>
        <message>
            <source>Longest &amp;programme:</source>
            <translation>Longest &amp;programme:</translation>
        </message>
        <message>
            <source>&amp;Daily limit:</source>
            <translation>&amp;Daily limit:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Defaults</translation>
        </message>
        <message>
            <source>Device &amp;volume:</source>
            <translation>Device &amp;volume:</translation>
        </message>
        <message>
            <source>New programmes &amp;go to:</source>
            <translation>New programmes &amp;go to:</translation>
        </message>
        <message>
            <source>&amp;Loudness target:</source>
            <translation>&amp;Loudness target:</translation>
        </message>
        <message>
            <source>the whole commune</source>
            <translation>the whole commune</translation>
        </message>
        <message>
            <source>these villages or devices:</source>
            <translation>these villages or devices:</translation>
        </message>
        <message>
            <source>village:Thôn 1, cl-001</source>
            <translation>village:Thôn 1, cl-001</translation>
        </message>
        <message>
            <source>The volume is offered first when setting a device's volume. The loudness target evens out the programmes (-16 LUFS suits loudspeakers).</source>
            <translation>The volume is offered first when setting a device's volume. The loudness target evens out the programmes (-16 LUFS suits loudspeakers).</translation>
        </message>
        <message>
            <source>Save the rules</source>
            <translation>Save the rules</translation>
        </message>
        <message>
            <source>Saved. The programme checks use the new rules from now on.</source>
            <translation>Saved. The programme checks use the new rules from now on.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>CampaignDialog</name>
        <message>
            <source>Anniversaries and themes</source>
            <translation>Anniversaries and themes</translation>
        </message>
        <message>
            <source>Anniversaries, political events and monthly themes</source>
            <translation>Anniversaries, political events and monthly themes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Theme tag</source>
            <translation>Theme tag</translation>
        </message>
        <message>
            <source>Event on a day</source>
            <translation>Event on a day</translation>
        </message>
        <message>
            <source>Theme for the month</source>
            <translation>Theme for the month</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Day / month</source>
            <translation>Day / month</translation>
        </message>
        <message>
            <source>only in the year</source>
            <translation>only in the year</translation>
        </message>
        <message>
            <source>For dates of the lunar calendar (Tết, Giỗ Tổ), which move every year</source>
            <translation>For dates of the lunar calendar (Tết, Giỗ Tổ), which move every year</translation>
        </message>
        <message>
            <source>Items with this tag are suggested near the date (empty: from the name)</source>
            <translation>Items with this tag are suggested near the date (empty: from the name)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>National dates are built in and cannot be changed</source>
            <translation>National dates are built in and cannot be changed</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>Delete “{name}”?</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Deleted.</translation>
        </message>
    </context>
    <context>
        <name>Campaigns</name>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Provincial</source>
            <translation>Provincial</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>All of month {month}</source>
            <translation>All of month {month}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Choose your own password</source>
            <translation>Choose your own password</translation>
        </message>
        <message>
            <source>You signed in with a one-time password. Choose a password only you know; the one-time password stops working.</source>
            <translation>You signed in with a one-time password. Choose a password only you know; the one-time password stops working.</translation>
        </message>
        <message>
            <source>Change the password of {name}</source>
            <translation>Change the password of {name}</translation>
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation>Type your current password, then the new one twice.</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>New password &amp;again:</translation>
        </message>
        <message>
            <source>at least {count} characters</source>
            <translation>at least {count} characters</translation>
        </message>
        <message>
            <source>Save the password</source>
            <translation>Save the password</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The password must not be the user name.</source>
            <translation>The password must not be the user name.</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>The password must have at least {count} characters.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Please type them again.</source>
            <translation>The two passwords are not the same. Please type them again.</translation>
        </message>
    </context>
    <context>
        <name>ChannelLabels</name>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>House visits</source>
            <translation>House visits</translation>
        </message>
        <message>
            <source>Mobile loudspeaker</source>
            <translation>Mobile loudspeaker</translation>
        </message>
        <message>
            <source>Zalo group post</source>
            <translation>Zalo group post</translation>
        </message>
        <message>
            <source>Loudspeaker airings</source>
            <translation>Loudspeaker airings</translation>
        </message>
        <message>
            <source>Board days</source>
            <translation>Board days</translation>
        </message>
        <message>
            <source>Zalo articles</source>
            <translation>Zalo articles</translation>
        </message>
        <message>
            <source>Team activities</source>
            <translation>Team activities</translation>
        </message>
        <message>
            <source>Zalo views</source>
            <translation>Zalo views</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>People reached</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Being published</source>
            <translation>Being published</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Being removed</source>
            <translation>Being removed</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Not published (withdrawn)</source>
            <translation>Not published (withdrawn)</translation>
        </message>
        <message>
            <source>Refused by Zalo</source>
            <translation>Refused by Zalo</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>not done yet</translation>
        </message>
        <message>
            <source>no plan</source>
            <translation>no plan</translation>
        </message>
        <message>
            <source>Month {n}</source>
            <translation>Month {n}</translation>
        </message>
        <message>
            <source>Quarter {n}</source>
            <translation>Quarter {n}</translation>
        </message>
        <message>
            <source>First half of the year</source>
            <translation>First half of the year</translation>
        </message>
        <message>
            <source>Second half of the year</source>
            <translation>Second half of the year</translation>
        </message>
        <message>
            <source>Nine months</source>
            <translation>Nine months</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <source>Loudspeakers</source>
            <translation>Loudspeakers</translation>
        </message>
        <message>
            <source>Boards (days)</source>
            <translation>Boards (days)</translation>
        </message>
        <message>
            <source>Zalo</source>
            <translation>Zalo</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>its file is not in the media cache yet</source>
            <translation>its file is not in the media cache yet</translation>
        </message>
        <message>
            <source>the item is no longer in the library</source>
            <translation>the item is no longer in the library</translation>
        </message>
        <message>
            <source>the item has no sound ({kind})</source>
            <translation>the item has no sound ({kind})</translation>
        </message>
        <message>
            <source>its audio has not been downloaded yet (sync when the link is up)</source>
            <translation>its audio has not been downloaded yet (sync when the link is up)</translation>
        </message>
        <message>
            <source>the entry has no audio</source>
            <translation>the entry has no audio</translation>
        </message>
        <message>
            <source>its picture has not been downloaded yet (sync when the link is up)</source>
            <translation>its picture has not been downloaded yet (sync when the link is up)</translation>
        </message>
        <message>
            <source>entry {n} “{title}”</source>
            <translation>entry {n} “{title}”</translation>
        </message>
        <message>
            <source>quiet hours: it would play {start}–{end}, outside the allowed {first}–{last}</source>
            <translation>quiet hours: it would play {start}–{end}, outside the allowed {first}–{last}</translation>
        </message>
        <message>
            <source>(allowed by {by}: {why})</source>
            <translation>(allowed by {by}: {why})</translation>
        </message>
        <message>
            <source>the programme has nothing in it</source>
            <translation>the programme has nothing in it</translation>
        </message>
        <message>
            <source>the programme has no start time</source>
            <translation>the programme has no start time</translation>
        </message>
        <message>
            <source>{entry} was withdrawn by the province</source>
            <translation>{entry} was withdrawn by the province</translation>
        </message>
        <message>
            <source>{entry} was made in the commune</source>
            <translation>{entry} was made in the commune</translation>
        </message>
        <message>
            <source>{entry} was not reviewed by the province's editorial board</source>
            <translation>{entry} was not reviewed by the province's editorial board</translation>
        </message>
        <message>
            <source>{entry} is text and no speech engine is installed</source>
            <translation>{entry} is text and no speech engine is installed</translation>
        </message>
        <message>
            <source>{entry} is a picture and the programme goes to no bulletin board</source>
            <translation>{entry} is a picture and the programme goes to no bulletin board</translation>
        </message>
        <message>
            <source>{entry} is a relay, and a relay goes in a programme of its own</source>
            <translation>{entry} is a relay, and a relay goes in a programme of its own</translation>
        </message>
        <message>
            <source>none of its loudspeakers can relay a stream at a set time</source>
            <translation>none of its loudspeakers can relay a stream at a set time</translation>
        </message>
        <message>
            <source>{entry} is a relay without a length</source>
            <translation>{entry} is a relay without a length</translation>
        </message>
        <message>
            <source>{entry} is valid only until {until} but would play on {when}</source>
            <translation>{entry} is valid only until {until} but would play on {when}</translation>
        </message>
        <message>
            <source>{entry} may be broadcast only from {since} but would play on {when}</source>
            <translation>{entry} may be broadcast only from {since} but would play on {when}</translation>
        </message>
        <message>
            <source>it lasts {length}, longer than the station's limit of {limit}</source>
            <translation>it lasts {length}, longer than the station's limit of {limit}</translation>
        </message>
        <message>
            <source>on {day} the station would broadcast {total}, more than its daily limit of {limit}</source>
            <translation>on {day} the station would broadcast {total}, more than its daily limit of {limit}</translation>
        </message>
        <message>
            <source>it lasts {length}, {over} more than its slot</source>
            <translation>it lasts {length}, {over} more than its slot</translation>
        </message>
        <message>
            <source>all clusters</source>
            <translation>all clusters</translation>
        </message>
        <message>
            <source>it overlaps “{other}” ({start}–{end}) on {targets}</source>
            <translation>it overlaps “{other}” ({start}–{end}) on {targets}</translation>
        </message>
        <message>
            <source>{targets} cannot relay a stream at a set time and will not get it</source>
            <translation>{targets} cannot relay a stream at a set time and will not get it</translation>
        </message>
        <message>
            <source>“{title}” is asked for {asked} airing(s) this week; the schedule gives it {covered}</source>
            <translation>“{title}” is asked for {asked} airing(s) this week; the schedule gives it {covered}</translation>
        </message>
        <message>
            <source>it is not approved (it is {status})</source>
            <translation>it is not approved (it is {status})</translation>
        </message>
        <message>
            <source>move it between {first} and {last}, or have a leader override the quiet hours with a written reason</source>
            <translation>move it between {first} and {last}, or have a leader override the quiet hours with a written reason</translation>
        </message>
        <message>
            <source>add items to it</source>
            <translation>add items to it</translation>
        </message>
        <message>
            <source>give it a date and time or a schedule</source>
            <translation>give it a date and time or a schedule</translation>
        </message>
        <message>
            <source>remove it from the programme</source>
            <translation>remove it from the programme</translation>
        </message>
        <message>
            <source>remove it, or end the schedule before it expires</source>
            <translation>remove it, or end the schedule before it expires</translation>
        </message>
        <message>
            <source>remove it or move the programme later</source>
            <translation>remove it or move the programme later</translation>
        </message>
        <message>
            <source>a leader must approve the programme before air</source>
            <translation>a leader must approve the programme before air</translation>
        </message>
        <message>
            <source>listen to it before approving</source>
            <translation>listen to it before approving</translation>
        </message>
        <message>
            <source>sync the media, or remove the entry</source>
            <translation>sync the media, or remove the entry</translation>
        </message>
        <message>
            <source>send the programme to a board too, or remove the picture</source>
            <translation>send the programme to a board too, or remove the picture</translation>
        </message>
        <message>
            <source>install espeak-ng or a Vietnamese voice; the text can still go to the boards</source>
            <translation>install espeak-ng or a Vietnamese voice; the text can still go to the boards</translation>
        </message>
        <message>
            <source>remove or trim entries, or split it into two programmes</source>
            <translation>remove or trim entries, or split it into two programmes</translation>
        </message>
        <message>
            <source>remove or trim entries</source>
            <translation>remove or trim entries</translation>
        </message>
        <message>
            <source>shorten it, move it to another day, or drop another programme that day</source>
            <translation>shorten it, move it to another day, or drop another programme that day</translation>
        </message>
        <message>
            <source>move one of them, or send them to different clusters</source>
            <translation>move one of them, or send them to different clusters</translation>
        </message>
        <message>
            <source>a leader must approve it</source>
            <translation>a leader must approve it</translation>
        </message>
        <message>
            <source>add it to more programmes, or schedule this one more often</source>
            <translation>add it to more programmes, or schedule this one more often</translation>
        </message>
        <message>
            <source>move the other entries to another programme</source>
            <translation>move the other entries to another programme</translation>
        </message>
        <message>
            <source>remove it and add the relay with its minutes (Relay…)</source>
            <translation>remove it and add the relay with its minutes (Relay…)</translation>
        </message>
        <message>
            <source>send it to clusters behind a vendor gateway or to this computer's speakers, which can</source>
            <translation>send it to clusters behind a vendor gateway or to this computer's speakers, which can</translation>
        </message>
    </context>
    <context>
        <name>ChooseBackupPage</name>
        <message>
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>The newest is at the top. Backups on a USB drive or a network folder survive a broken computer.</source>
            <translation>The newest is at the top. Backups on a USB drive or a network folder survive a broken computer.</translation>
        </message>
        <message>
            <source>The backup folder (USB / network)</source>
            <translation>The backup folder (USB / network)</translation>
        </message>
        <message>
            <source>This computer's backups</source>
            <translation>This computer's backups</translation>
        </message>
        <message>
            <source>Another folder…</source>
            <translation>Another folder…</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>Folder: {folder}</translation>
        </message>
        <message>
            <source>{date} · {kind} · {size}</source>
            <translation>{date} · {kind} · {size}</translation>
        </message>
        <message>
            <source>There is no backup in this folder.</source>
            <translation>There is no backup in this folder.</translation>
        </message>
        <message>
            <source>The folder with the backups</source>
            <translation>The folder with the backups</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <source>Restore and restart</source>
            <translation>Restore and restart</translation>
        </message>
        <message>
            <source>The console will close the station, put this backup in its place and start again; everyone signs in again. The current database is kept aside and comes back if the restored one does not open. What was entered after the backup was saved must be entered again.</source>
            <translation>The console will close the station, put this backup in its place and start again; everyone signs in again. The current database is kept aside and comes back if the restored one does not open. What was entered after the backup was saved must be entered again.</translation>
        </message>
        <message>
            <source>Only an administrator may put a backup back.</source>
            <translation>Only an administrator may put a backup back.</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>Administrator:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
    </context>
    <context>
        <name>ContentsPage</name>
        <message>
            <source>What the backup holds</source>
            <translation>What the backup holds</translation>
        </message>
        <message>
            <source>The file is checked in full (it is not changed).</source>
            <translation>The file is checked in full (it is not changed).</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Backup of {date}</source>
            <translation>Backup of {date}</translation>
        </message>
        <message>
            <source>{items} items, {programmes} programmes, {users} users. The check found the file whole.</source>
            <translation>{items} items, {programmes} programmes, {users} users. The check found the file whole.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be put back: {reason}</source>
            <translation>This backup is damaged and cannot be put back: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ContributionsTab</name>
        <message>
            <source>Items made in the commune can be sent to the province's source system. The province reviews them and may publish them for other communes.</source>
            <extracomment>an item was queued for the province (its `ContributionView`)</extracomment>
            <translation>Items made in the commune can be sent to the province's source system. The province reviews them and may publish them for other communes.</translation>
        </message>
        <message>
            <source>Item made in the commune:</source>
            <translation>Item made in the commune:</translation>
        </message>
        <message>
            <source>Send to the province</source>
            <translation>Send to the province</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>No items made in the commune yet (import them in the Library)</source>
            <translation>No items made in the commune yet (import them in the Library)</translation>
        </message>
        <message>
            <source>"{title}" is queued for the province.</source>
            <translation>"{title}" is queued for the province.</translation>
        </message>
    </context>
    <context>
        <name>DataBudgetBox</name>
        <message>
            <source>Mobile data</source>
            <translation>Mobile data</translation>
        </message>
        <message>
            <source>Daily data budget</source>
            <translation>Daily data budget</translation>
        </message>
        <message>
            <source>Emergencies and the catalogue always come. Then the media of priority items and of programmes of the next 48 hours, then the rest, newest first, until the day's budget is used.</source>
            <translation>Emergencies and the catalogue always come. Then the media of priority items and of programmes of the next 48 hours, then the rest, newest first, until the day's budget is used.</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Preset:</translation>
        </message>
        <message>
            <source>3G ({mb} MB a day)</source>
            <translation>3G ({mb} MB a day)</translation>
        </message>
        <message>
            <source>My own figures</source>
            <translation>My own figures</translation>
        </message>
        <message>
            <source>MB per day:</source>
            <translation>MB per day:</translation>
        </message>
        <message>
            <source>This link is metered</source>
            <translation>This link is metered</translation>
        </message>
        <message>
            <source>On a metered link, videos and large files are downloaded only when someone asks for them in the library, or when a programme of the next 48 hours needs them.</source>
            <translation>On a metered link, videos and large files are downloaded only when someone asks for them in the library, or when a programme of the next 48 hours needs them.</translation>
        </message>
        <message>
            <source>Large files from:</source>
            <translation>Large files from:</translation>
        </message>
        <message>
            <source>Save data settings</source>
            <translation>Save data settings</translation>
        </message>
        <message>
            <source>The data budget could not be read: {reason}</source>
            <translation>The data budget could not be read: {reason}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Used today: {used} (no daily budget).</source>
            <translation>Used today: {used} (no daily budget).</translation>
        </message>
        <message>
            <source>Used today: {used} of {limit} ({left} left).</source>
            <translation>Used today: {used} of {limit} ({left} left).</translation>
        </message>
        <message>
            <source>{mb} for emergencies, outside the budget</source>
            <translation>{mb} for emergencies, outside the budget</translation>
        </message>
        <message>
            <source>today's budget is used: only emergencies and the catalogue come until tomorrow</source>
            <translation>today's budget is used: only emergencies and the catalogue come until tomorrow</translation>
        </message>
        <message>
            <source>videos and files over {mb} MB wait for someone to ask for them</source>
            <translation>videos and files over {mb} MB wait for someone to ask for them</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>No change.</source>
            <translation>No change.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseChoiceDialog</name>
        <message>
            <source>First start</source>
            <translation>First start</translation>
        </message>
        <message>
            <source>Where does this station keep its data?</source>
            <translation>Where does this station keep its data?</translation>
        </message>
        <message>
            <source>A station with one PC keeps everything on this PC. When the station has several PCs (the operator's and the leader's), they all connect to the station's database server.</source>
            <translation>A station with one PC keeps everything on this PC. When the station has several PCs (the operator's and the leader's), they all connect to the station's database server.</translation>
        </message>
        <message>
            <source>&amp;This PC only</source>
            <translation>&amp;This PC only</translation>
        </message>
        <message>
            <source>&amp;Connect to the station's server</source>
            <translation>&amp;Connect to the station's server</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>for example: 192.168.1.10</source>
            <translation>for example: 192.168.1.10</translation>
        </message>
        <message>
            <source>for example: xa_an_binh</source>
            <translation>for example: xa_an_binh</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Fill in the server, the database and the user.</source>
            <translation>Fill in the server, the database and the user.</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <source>Cannot connect to the server: {reason}</source>
            <translation>Cannot connect to the server: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>position {n}</source>
            <translation>position {n}</translation>
        </message>
        <message>
            <source>Revision {n}</source>
            <translation>Revision {n}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>Comes from</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Validity now</source>
            <translation>Validity now</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Made in the commune: needs the leader's approval</source>
            <translation>Made in the commune: needs the leader's approval</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Changed at the source</source>
            <translation>Changed at the source</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Requested airings</source>
            <translation>Requested airings</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>No files.</source>
            <translation>No files.</translation>
        </message>
        <message>
            <source>Where it is used</source>
            <translation>Where it is used</translation>
        </message>
        <message>
            <source>no time set</source>
            <translation>no time set</translation>
        </message>
        <message>
            <source>Not used in any programme yet.</source>
            <translation>Not used in any programme yet.</translation>
        </message>
        <message>
            <source>Revisions seen</source>
            <translation>Revisions seen</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>None recorded.</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Map of the devices</source>
            <translation>Map of the devices</translation>
        </message>
        <message>
            <source>No device has coordinates in the list.</source>
            <translation>No device has coordinates in the list.</translation>
        </message>
        <message>
            <source>Volume {volume}/10</source>
            <translation>Volume {volume}/10</translation>
        </message>
        <message>
            <source>Playing: {title}</source>
            <translation>Playing: {title}</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Playing</source>
            <translation>Playing</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Not checked yet</translation>
        </message>
        <message>
            <source>Switched off in the list</source>
            <translation>Switched off in the list</translation>
        </message>
        <message>
            <source>Waiting to send</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>Not delivered</translation>
        </message>
        <message>
            <source>Bulletin board</source>
            <translation>Bulletin board</translation>
        </message>
        <message>
            <source>Internet radio stream</source>
            <translation>Internet radio stream</translation>
        </message>
        <message>
            <source>This computer's loudspeaker</source>
            <translation>This computer's loudspeaker</translation>
        </message>
        <message>
            <source>Loudspeaker cluster</source>
            <translation>Loudspeaker cluster</translation>
        </message>
        <message>
            <source>Played something not sent!</source>
            <translation>Played something not sent!</translation>
        </message>
        <message>
            <source>Key sent unencrypted</source>
            <translation>Key sent unencrypted</translation>
        </message>
        <message>
            <source>No authentication</source>
            <translation>No authentication</translation>
        </message>
        <message>
            <source>Since {time} it has played something the console did not send: {what}</source>
            <translation>Since {time} it has played something the console did not send: {what}</translation>
        </message>
        <message>
            <source>the gateway does not say what</source>
            <translation>the gateway does not say what</translation>
        </message>
        <message>
            <source>Its key or password is sent unencrypted (http://): anyone on the network can read it. Use https:// for this device.</source>
            <translation>Its key or password is sent unencrypted (http://): anyone on the network can read it. Use https:// for this device.</translation>
        </message>
        <message>
            <source>No authentication: its gateway takes commands from anyone on the commune network. The console watches what it plays and raises an alarm; keep the gateway on a network of its own (see the guide).</source>
            <translation>No authentication: its gateway takes commands from anyone on the commune network. The console watches what it plays and raises an alarm; keep the gateway on a network of its own (see the guide).</translation>
        </message>
        <message>
            <source>{name} ({when}): {state}</source>
            <translation>{name} ({when}): {state}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Next programme</source>
            <translation>Next programme</translation>
        </message>
        <message>
            <source>Latest delivery</source>
            <translation>Latest delivery</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
    </context>
    <context>
        <name>DevicesPage</name>
        <message>
            <source>Check now</source>
            <translation>Check now</translation>
        </message>
        <message>
            <source>Ask every device how it is, now</source>
            <translation>Ask every device how it is, now</translation>
        </message>
        <message>
            <source>Volume…</source>
            <translation>Volume…</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>Stop playing</translation>
        </message>
        <message>
            <source>Play now…</source>
            <translation>Play now…</translation>
        </message>
        <message>
            <source>FM relay…</source>
            <translation>FM relay…</translation>
        </message>
        <message>
            <source>The chosen clusters play an FM station from their own receiver, for a set time</source>
            <translation>The chosen clusters play an FM station from their own receiver, for a set time</translation>
        </message>
        <message>
            <source>Speak live…</source>
            <translation>Speak live…</translation>
        </message>
        <message>
            <source>Speak into the microphone: on air at once through the station's stream</source>
            <translation>Speak into the microphone: on air at once through the station's stream</translation>
        </message>
        <message>
            <source>Import list…</source>
            <translation>Import list…</translation>
        </message>
        <message>
            <source>Import the Department's device list (CSV or Excel)</source>
            <translation>Import the Department's device list (CSV or Excel)</translation>
        </message>
        <message>
            <source>Export list…</source>
            <translation>Export list…</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Right-click here to choose the columns</source>
            <translation>Right-click here to choose the columns</translation>
        </message>
        <message>
            <source>No device is registered yet. Import the list the Department gave you.</source>
            <translation>No device is registered yet. Import the list the Department gave you.</translation>
        </message>
        <message>
            <source>{clusters} clusters and {boards} boards: {online} online, {playing} playing, {offline} offline, {fault} with a fault.</source>
            <translation>{clusters} clusters and {boards} boards: {online} online, {playing} playing, {offline} offline, {fault} with a fault.</translation>
        </message>
        <message>
            <source>Checked at {time}.</source>
            <translation>Checked at {time}.</translation>
        </message>
        <message>
            <source>{count} selected</source>
            <translation>{count} selected</translation>
        </message>
        <message>
            <source>Click a device on the map or in the list to see its programmes.</source>
            <translation>Click a device on the map or in the list to see its programmes.</translation>
        </message>
        <message>
            <source>last seen {when}</source>
            <translation>last seen {when}</translation>
        </message>
        <message>
            <source>Playing: {title}</source>
            <translation>Playing: {title}</translation>
        </message>
        <message>
            <source>No programme has been sent here yet.</source>
            <translation>No programme has been sent here yet.</translation>
        </message>
        <message>
            <source>{name} ({village}) stopped answering at {time}: {state}</source>
            <translation>{name} ({village}) stopped answering at {time}: {state}</translation>
        </message>
        <message>
            <source>{name} ({village}) is playing something the console did not send (since {time}). Someone on the commune network may be using it.</source>
            <translation>{name} ({village}) is playing something the console did not send (since {time}). Someone on the commune network may be using it.</translation>
        </message>
        <message>
            <source>ALARM: {count} device(s) need you</source>
            <translation>ALARM: {count} device(s) need you</translation>
        </message>
        <message>
            <source>The source system's password is sent unencrypted to {url}: anyone on the network can read it. Ask the province for its https:// address.</source>
            <translation>The source system's password is sent unencrypted to {url}: anyone on the network can read it. Ask the province for its https:// address.</translation>
        </message>
        <message>
            <source>Asking every device…</source>
            <translation>Asking every device…</translation>
        </message>
        <message>
            <source>{command}: {done} of {count} device(s) acknowledged.</source>
            <translation>{command}: {done} of {count} device(s) acknowledged.</translation>
        </message>
        <message>
            <source>{name} did not take the command: {detail}</source>
            <translation>{name} did not take the command: {detail}</translation>
        </message>
        <message>
            <source>{name}: still waiting (the device will get it when it answers)</source>
            <translation>{name}: still waiting (the device will get it when it answers)</translation>
        </message>
        <message>
            <source>Volume {volume}/10</source>
            <translation>Volume {volume}/10</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Play now</source>
            <translation>Play now</translation>
        </message>
        <message>
            <source>Volume cannot be set from here on {names}: their controller takes no volume command. Set it at the controller.</source>
            <translation>Volume cannot be set from here on {names}: their controller takes no volume command. Set it at the controller.</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Volume for {count} device(s), 0 (silent) to 10:</source>
            <translation>Volume for {count} device(s), 0 (silent) to 10:</translation>
        </message>
        <message>
            <source>{imported} imported, {updated} updated, {rejected} rejected.</source>
            <translation>{imported} imported, {updated} updated, {rejected} rejected.</translation>
        </message>
        <message>
            <source>Line {line}: {reason}</source>
            <translation>Line {line}: {reason}</translation>
        </message>
        <message>
            <source>{count} devices written to {file} (device keys are not exported).</source>
            <translation>{count} devices written to {file} (device keys are not exported).</translation>
        </message>
        <message>
            <source>Import the device list</source>
            <translation>Import the device list</translation>
        </message>
        <message>
            <source>Device lists (*.csv *.xlsx)</source>
            <translation>Device lists (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Export the device list</source>
            <translation>Export the device list</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>EmergencyBanner</name>
        <message>
            <source>Open the item</source>
            <translation>Open the item</translation>
        </message>
        <message>
            <source>Broadcast emergency…</source>
            <translation>Broadcast emergency…</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>Hide this banner; the item stays in the library</source>
            <translation>Hide this banner; the item stays in the library</translation>
        </message>
        <message>
            <source>EMERGENCY from the province: {title}</source>
            <translation>EMERGENCY from the province: {title}</translation>
        </message>
        <message>
            <source>EMERGENCY from the province ({count} items): {title}</source>
            <translation>EMERGENCY from the province ({count} items): {title}</translation>
        </message>
    </context>
    <context>
        <name>EmergencyPage</name>
        <message>
            <source>What to broadcast</source>
            <translation>What to broadcast</translation>
        </message>
        <message>
            <source>An item from the library</source>
            <translation>An item from the library</translation>
        </message>
        <message>
            <source>Emergency items come first, marked ⚠</source>
            <translation>Emergency items come first, marked ⚠</translation>
        </message>
        <message>
            <source>A message typed now</source>
            <translation>A message typed now</translation>
        </message>
        <message>
            <source>Clusters read it out with the computer voice; boards show the text</source>
            <translation>Clusters read it out with the computer voice; boards show the text</translation>
        </message>
        <message>
            <source>For example: Bão số 3 đổ bộ trong đêm nay, bà con không ra khơi…</source>
            <translation>For example: Bão số 3 đổ bộ trong đêm nay, bà con không ra khơi…</translation>
        </message>
        <message>
            <source>Record a message…</source>
            <translation>Record a message…</translation>
        </message>
        <message>
            <source>Record from the microphone; the recording is kept in the library and chosen here</source>
            <translation>Record from the microphone; the recording is kept in the library and chosen here</translation>
        </message>
        <message>
            <source>Find in the library…</source>
            <translation>Find in the library…</translation>
        </message>
        <message>
            <source>Search the whole library by words of the title or text, with or without accents</source>
            <translation>Search the whole library by words of the title or text, with or without accents</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Every loudspeaker cluster and bulletin board</source>
            <translation>Every loudspeaker cluster and bulletin board</translation>
        </message>
        <message>
            <source>Only those ticked below</source>
            <translation>Only those ticked below</translation>
        </message>
        <message>
            <source>Tick villages, or single devices in a village</source>
            <translation>Tick villages, or single devices in a village</translation>
        </message>
        <message>
            <source>Broadcast emergency</source>
            <translation>Broadcast emergency</translation>
        </message>
        <message>
            <source>Stops what is playing and broadcasts this now, after you confirm</source>
            <translation>Stops what is playing and broadcasts this now, after you confirm</translation>
        </message>
        <message>
            <source>End emergency</source>
            <translation>End emergency</translation>
        </message>
        <message>
            <source>Every device goes back to its normal schedule</source>
            <translation>Every device goes back to its normal schedule</translation>
        </message>
        <message>
            <source>Acknowledgements</source>
            <translation>Acknowledgements</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Your role cannot start or end an emergency broadcast. Ask an operator or the station leader.</source>
            <translation>Your role cannot start or end an emergency broadcast. Ask an operator or the station leader.</translation>
        </message>
        <message>
            <source>— choose an item —</source>
            <translation>— choose an item —</translation>
        </message>
        <message>
            <source>No village</source>
            <translation>No village</translation>
        </message>
        <message>
            <source>EMERGENCY ON AIR since {time}: {title}</source>
            <translation>EMERGENCY ON AIR since {time}: {title}</translation>
        </message>
        <message>
            <source>{acked} of {count} devices acknowledged. Routine programmes are suspended until you end the emergency.</source>
            <translation>{acked} of {count} devices acknowledged. Routine programmes are suspended until you end the emergency.</translation>
        </message>
        <message>
            <source>Emergency broadcast</source>
            <translation>Emergency broadcast</translation>
        </message>
        <message>
            <source>Pre-empts every programme, on every device, now.</source>
            <translation>Pre-empts every programme, on every device, now.</translation>
        </message>
        <message>
            <source>No emergency has been broadcast yet.</source>
            <translation>No emergency has been broadcast yet.</translation>
        </message>
        <message>
            <source>“{title}”: {acked} of {count} acknowledged.</source>
            <translation>“{title}”: {acked} of {count} acknowledged.</translation>
        </message>
        <message>
            <source>Last emergency, ended: “{title}”. {restored} of {count} devices back on their schedule.</source>
            <translation>Last emergency, ended: “{title}”. {restored} of {count} devices back on their schedule.</translation>
        </message>
        <message>
            <source>Type the message first.</source>
            <translation>Type the message first.</translation>
        </message>
        <message>
            <source>Choose an item first.</source>
            <translation>Choose an item first.</translation>
        </message>
        <message>
            <source>Tick at least one village or device.</source>
            <translation>Tick at least one village or device.</translation>
        </message>
        <message>
            <source>every loudspeaker cluster and bulletin board ({count})</source>
            <translation>every loudspeaker cluster and bulletin board ({count})</translation>
        </message>
        <message>
            <source>{count} chosen device(s)</source>
            <translation>{count} chosen device(s)</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>as long as the message takes to read</source>
            <translation>as long as the message takes to read</translation>
        </message>
        <message>
            <source>This stops what is playing on {where} and broadcasts now:

“{title}”

The emergency stays on until you end it. Continue?</source>
            <translation>This stops what is playing on {where} and broadcasts now:

“{title}”

The emergency stays on until you end it. Continue?</translation>
        </message>
        <message>
            <source>Devices: {names}
Length: {length}
At: {hour} on {day}</source>
            <translation>Devices: {names}
Length: {length}
At: {hour} on {day}</translation>
        </message>
        <message>
            <source>Broadcast now</source>
            <translation>Broadcast now</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Starting the emergency…</source>
            <translation>Starting the emergency…</translation>
        </message>
        <message>
            <source>Emergency started. Acknowledgements arrive on the right.</source>
            <translation>Emergency started. Acknowledgements arrive on the right.</translation>
        </message>
        <message>
            <source>End the emergency? Every device goes back to its normal schedule.</source>
            <translation>End the emergency? Every device goes back to its normal schedule.</translation>
        </message>
        <message>
            <source>Emergency ended. Devices return to their schedule.</source>
            <translation>Emergency ended. Devices return to their schedule.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Entry: gain, fades and cut</source>
            <translation>Entry: gain, fades and cut</translation>
        </message>
        <message>
            <source>Starts at (cue &amp;in)</source>
            <translation>Starts at (cue &amp;in)</translation>
        </message>
        <message>
            <source>Ends at (cue &amp;out)</source>
            <translation>Ends at (cue &amp;out)</translation>
        </message>
        <message>
            <source>&amp;Gain</source>
            <translation>&amp;Gain</translation>
        </message>
        <message>
            <source>Fade i&amp;n</source>
            <translation>Fade i&amp;n</translation>
        </message>
        <message>
            <source>Fade ou&amp;t</source>
            <translation>Fade ou&amp;t</translation>
        </message>
        <message>
            <source>Play from here</source>
            <translation>Play from here</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Reading the sound…</source>
            <translation>Reading the sound…</translation>
        </message>
        <message>
            <source>Drag the green marks to cut the start and the end; click to place the red line, then play from there.</source>
            <translation>Drag the green marks to cut the start and the end; click to place the red line, then play from there.</translation>
        </message>
        <message>
            <source>Plays for {length}</source>
            <translation>Plays for {length}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>it is {now}, in quiet hours (sound is allowed from {first} to {last}): a leader must allow this play with a written reason</source>
            <translation>it is {now}, in quiet hours (sound is allowed from {first} to {last}): a leader must allow this play with a written reason</translation>
        </message>
        <message>
            <source>write the reason for playing during quiet hours (at least {count} characters)</source>
            <translation>write the reason for playing during quiet hours (at least {count} characters)</translation>
        </message>
        <message>
            <source>“{title}” was withdrawn by the province; it cannot go on air</source>
            <translation>“{title}” was withdrawn by the province; it cannot go on air</translation>
        </message>
        <message>
            <source>“{title}” may be broadcast only until {until}</source>
            <translation>“{title}” may be broadcast only until {until}</translation>
        </message>
        <message>
            <source>“{title}” may be broadcast only from {since}</source>
            <translation>“{title}” may be broadcast only from {since}</translation>
        </message>
        <message>
            <source>“{title}” was made in the commune and a leader has not approved it yet</source>
            <translation>“{title}” was made in the commune and a leader has not approved it yet</translation>
        </message>
        <message>
            <source>the sound of file {sha} could not be brought to the station's loudness: {reason}</source>
            <translation>the sound of file {sha} could not be brought to the station's loudness: {reason}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Stopped.</translation>
        </message>
        <message>
            <source>Your role ({role}) may not do this. Ask the station's administrator or leader.</source>
            <translation>Your role ({role}) may not do this. Ask the station's administrator or leader.</translation>
        </message>
        <message>
            <source>Access to {path} was refused. Check the folder's permissions, or whether the drive is write-protected.</source>
            <translation>Access to {path} was refused. Check the folder's permissions, or whether the drive is write-protected.</translation>
        </message>
        <message>
            <source>{path} was not found: a drive unplugged, or a folder renamed or deleted?</source>
            <translation>{path} was not found: a drive unplugged, or a folder renamed or deleted?</translation>
        </message>
        <message>
            <source>The disk holding {path} is full.</source>
            <translation>The disk holding {path} is full.</translation>
        </message>
        <message>
            <source>The file could not be read or written: {reason}</source>
            <translation>The file could not be read or written: {reason}</translation>
        </message>
        <message>
            <source>A theme needs a title.</source>
            <translation>A theme needs a title.</translation>
        </message>
        <message>
            <source>Planned counts are whole numbers from 0 to 100000.</source>
            <translation>Planned counts are whole numbers from 0 to 100000.</translation>
        </message>
        <message>
            <source>There is no plan theme {id}.</source>
            <translation>There is no plan theme {id}.</translation>
        </message>
        <message>
            <source>The plan's year must be between 2000 and 2100.</source>
            <translation>The plan's year must be between 2000 and 2100.</translation>
        </message>
        <message>
            <source>A plan's period is a month, a quarter, a half-year, nine months or the year ({reason}).</source>
            <translation>A plan's period is a month, a quarter, a half-year, nine months or the year ({reason}).</translation>
        </message>
        <message>
            <source>The file {name} does not say the plan's year: write it in the title (KẾ HOẠCH … NĂM 2026) or a Năm cell.</source>
            <translation>The file {name} does not say the plan's year: write it in the title (KẾ HOẠCH … NĂM 2026) or a Năm cell.</translation>
        </message>
        <message>
            <source>Line {line}: {period} is not a period (write Tháng 1 to Tháng 12, Quý I to Quý IV, 6 tháng đầu năm, 6 tháng cuối năm, 9 tháng or Cả năm).</source>
            <translation>Line {line}: {period} is not a period (write Tháng 1 to Tháng 12, Quý I to Quý IV, 6 tháng đầu năm, 6 tháng cuối năm, 9 tháng or Cả năm).</translation>
        </message>
        <message>
            <source>Line {line}: {column} must be a whole number from 0 to 100000, not {value}.</source>
            <translation>Line {line}: {column} must be a whole number from 0 to 100000, not {value}.</translation>
        </message>
        <message>
            <source>Line {line}: the theme {title} is already planned for {period}.</source>
            <translation>Line {line}: the theme {title} is already planned for {period}.</translation>
        </message>
        <message>
            <source>The file {name} has no theme to import.</source>
            <translation>The file {name} has no theme to import.</translation>
        </message>
        <message>
            <source>The file {name} is not an Excel workbook (.xlsx).</source>
            <translation>The file {name} is not an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>The file {name} has no table with the column {column}.</source>
            <translation>The file {name} has no table with the column {column}.</translation>
        </message>
        <message>
            <source>Unknown kind of activity {kind}.</source>
            <translation>Unknown kind of activity {kind}.</translation>
        </message>
        <message>
            <source>The day {day} has not come yet.</source>
            <translation>The day {day} has not come yet.</translation>
        </message>
        <message>
            <source>The number of people reached must be 0 to 100000.</source>
            <translation>The number of people reached must be 0 to 100000.</translation>
        </message>
        <message>
            <source>There is no village {id}.</source>
            <translation>There is no village {id}.</translation>
        </message>
        <message>
            <source>There is no activity {id}.</source>
            <translation>There is no activity {id}.</translation>
        </message>
        <message>
            <source>There is no training {id}.</source>
            <translation>There is no training {id}.</translation>
        </message>
        <message>
            <source>A training needs a title.</source>
            <translation>A training needs a title.</translation>
        </message>
        <message>
            <source>There is no propagandist {id}.</source>
            <translation>There is no propagandist {id}.</translation>
        </message>
        <message>
            <source>A propagandist needs a name.</source>
            <translation>A propagandist needs a name.</translation>
        </message>
        <message>
            <source>The phone number {phone} is not a Vietnamese phone number (9 to 11 digits).</source>
            <translation>The phone number {phone} is not a Vietnamese phone number (9 to 11 digits).</translation>
        </message>
        <message>
            <source>There is no village {village} in the station's list.</source>
            <translation>There is no village {village} in the station's list.</translation>
        </message>
        <message>
            <source>Line {line}: the name is empty.</source>
            <translation>Line {line}: the name is empty.</translation>
        </message>
        <message>
            <source>Line {line}: there is no village {village} in the station's list.</source>
            <translation>Line {line}: there is no village {village} in the station's list.</translation>
        </message>
        <message>
            <source>Line {line}: the phone number {phone} is not a Vietnamese phone number.</source>
            <translation>Line {line}: the phone number {phone} is not a Vietnamese phone number.</translation>
        </message>
        <message>
            <source>The Zalo OA is not connected: connect it in Settings first.</source>
            <translation>The Zalo OA is not connected: connect it in Settings first.</translation>
        </message>
        <message>
            <source>Zalo no longer accepts this station's refresh token, so nothing is published and no figures are read. Open the Zalo developer console (developers.zalo.me), make a new refresh token for the OA and paste it in Settings, Zalo OA.</source>
            <translation>Zalo no longer accepts this station's refresh token, so nothing is published and no figures are read. Open the Zalo developer console (developers.zalo.me), make a new refresh token for the OA and paste it in Settings, Zalo OA.</translation>
        </message>
        <message>
            <source>Zalo could not be reached at {server}. Check the network and try again.</source>
            <translation>Zalo could not be reached at {server}. Check the network and try again.</translation>
        </message>
        <message>
            <source>Zalo refused the app id, secret key or refresh token ({reason}). Copy them again from the Zalo developer console.</source>
            <translation>Zalo refused the app id, secret key or refresh token ({reason}). Copy them again from the Zalo developer console.</translation>
        </message>
        <message>
            <source>The Zalo address must start with http:// or https://: {server}</source>
            <translation>The Zalo address must start with http:// or https://: {server}</translation>
        </message>
        <message>
            <source>Give the app id, the secret key and the refresh token from the Zalo developer console.</source>
            <translation>Give the app id, the secret key and the refresh token from the Zalo developer console.</translation>
        </message>
        <message>
            <source>There is no bulletin {item_id}.</source>
            <translation>There is no bulletin {item_id}.</translation>
        </message>
        <message>
            <source>The bulletin {item_id} was withdrawn by the source and cannot be published.</source>
            <translation>The bulletin {item_id} was withdrawn by the source and cannot be published.</translation>
        </message>
        <message>
            <source>A relayed stream cannot be published as an article.</source>
            <translation>A relayed stream cannot be published as an article.</translation>
        </message>
        <message>
            <source>The programme {id} has no library items to publish.</source>
            <translation>The programme {id} has no library items to publish.</translation>
        </message>
        <message>
            <source>The article waits in the outbox and goes out when Zalo can be reached.</source>
            <translation>The article waits in the outbox and goes out when Zalo can be reached.</translation>
        </message>
        <message>
            <source>the source system keeps answering that more changes follow but sends the same cursor back ({pages} pages in a row): the pull stopped and keeps what it stored</source>
            <translation>the source system keeps answering that more changes follow but sends the same cursor back ({pages} pages in a row): the pull stopped and keeps what it stored</translation>
        </message>
        <message>
            <source>the source system sent a change cursor that goes back to an earlier one (page {pages}): the pull stopped and keeps what it stored</source>
            <translation>the source system sent a change cursor that goes back to an earlier one (page {pages}): the pull stopped and keeps what it stored</translation>
        </message>
        <message>
            <source>the source system sent {pages} pages in a row with nothing new: the pull stopped and keeps what it stored</source>
            <translation>the source system sent {pages} pages in a row with nothing new: the pull stopped and keeps what it stored</translation>
        </message>
        <message>
            <source>the pull stopped after {pages} pages; the next sync goes on from there</source>
            <translation>the pull stopped after {pages} pages; the next sync goes on from there</translation>
        </message>
        <message>
            <source>the answer from {path} is larger than {limit} MiB: refused</source>
            <translation>the answer from {path} is larger than {limit} MiB: refused</translation>
        </message>
        <message>
            <source>the answer from {path} is coded as {coding}, which was not asked for: refused</source>
            <translation>the answer from {path} is coded as {coding}, which was not asked for: refused</translation>
        </message>
        <message>
            <source>the compressed answer from {path} is damaged: refused</source>
            <translation>the compressed answer from {path} is damaged: refused</translation>
        </message>
        <message>
            <source>the answer from {path} expands past {limit} MiB: refused</source>
            <translation>the answer from {path} expands past {limit} MiB: refused</translation>
        </message>
        <message>
            <source>the compressed answer from {path} expands more than {ratio} times: refused</source>
            <translation>the compressed answer from {path} expands more than {ratio} times: refused</translation>
        </message>
        <message>
            <source>the answer from {path} is not valid UTF-8: refused</source>
            <translation>the answer from {path} is not valid UTF-8: refused</translation>
        </message>
        <message>
            <source>the answer from {path} is not JSON: refused</source>
            <translation>the answer from {path} is not JSON: refused</translation>
        </message>
        <message>
            <source>the change feed's answer does not follow the contract: refused</source>
            <translation>the change feed's answer does not follow the contract: refused</translation>
        </message>
        <message>
            <source>A size must be between {low} and {high} MB.</source>
            <translation>A size must be between {low} and {high} MB.</translation>
        </message>
        <message>
            <source>No such data budget preset: {name}</source>
            <translation>No such data budget preset: {name}</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>refused: {reason}</translation>
        </message>
        <message>
            <source>cannot read the backup {file}: {reason}</source>
            <translation>cannot read the backup {file}: {reason}</translation>
        </message>
        <message>
            <source>cannot restore: {reason}</source>
            <translation>cannot restore: {reason}</translation>
        </message>
        <message>
            <source>wrong user name or password</source>
            <translation>wrong user name or password</translation>
        </message>
        <message>
            <source>the restored database did not open ({reason}); the previous one is back in place</source>
            <translation>the restored database did not open ({reason}); the previous one is back in place</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>the folder {folder} does not exist</translation>
        </message>
        <message>
            <source>the backup folder must be outside the data folder (another drive or a network folder)</source>
            <translation>the backup folder must be outside the data folder (another drive or a network folder)</translation>
        </message>
        <message>
            <source>the backup folder {folder} is not there (is the USB drive plugged in, the network folder reachable?)</source>
            <translation>the backup folder {folder} is not there (is the USB drive plugged in, the network folder reachable?)</translation>
        </message>
        <message>
            <source>the backup was refused by its check: {reason}</source>
            <extracomment>the kinds of backup: a copy of this PC's SQLite file, or a pg_dump of the server</extracomment>
            <translation>the backup was refused by its check: {reason}</translation>
        </message>
        <message>
            <source>the backup could not be written to {folder}: {reason}</source>
            <translation>the backup could not be written to {folder}: {reason}</translation>
        </message>
        <message>
            <source>the backup folder {folder} cannot be written: {reason}</source>
            <translation>the backup folder {folder} cannot be written: {reason}</translation>
        </message>
        <message>
            <source>this station's database is on a PostgreSQL server and this PC has no {tool}: install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer) or add their bin folder to PATH; no backup is made on this PC until then</source>
            <translation>this station's database is on a PostgreSQL server and this PC has no {tool}: install the PostgreSQL client tools (on Windows, the 'Command Line Tools' of the PostgreSQL installer) or add their bin folder to PATH; no backup is made on this PC until then</translation>
        </message>
        <message>
            <source>item {item} has no audio file in the media cache yet</source>
            <translation>item {item} has no audio file in the media cache yet</translation>
        </message>
        <message>
            <source>user {username} ({role}) may not {action}</source>
            <translation>user {username} ({role}) may not {action}</translation>
        </message>
        <message>
            <source>the station's database is busy: another computer or task is writing to it. Try again in a moment</source>
            <translation>the station's database is busy: another computer or task is writing to it. Try again in a moment</translation>
        </message>
        <message>
            <source>the disk holding the station's database is full: free some space, then try again</source>
            <translation>the disk holding the station's database is full: free some space, then try again</translation>
        </message>
        <message>
            <source>the station's database server refused the user name, the password or the database name ({reason})</source>
            <translation>the station's database server refused the user name, the password or the database name ({reason})</translation>
        </message>
        <message>
            <source>the station's database server does not answer ({reason})</source>
            <translation>the station's database server does not answer ({reason})</translation>
        </message>
        <message>
            <source>the station's database could not do this ({reason})</source>
            <translation>the station's database could not do this ({reason})</translation>
        </message>
        <message>
            <source>there is no item {item}</source>
            <translation>there is no item {item}</translation>
        </message>
        <message>
            <source>{count} file(s) could not be downloaded: {reason}</source>
            <translation>{count} file(s) could not be downloaded: {reason}</translation>
        </message>
        <message>
            <source>a saved filter needs a name</source>
            <translation>a saved filter needs a name</translation>
        </message>
        <message>
            <source>there is no saved filter {id}</source>
            <translation>there is no saved filter {id}</translation>
        </message>
        <message>
            <source>no item {item}</source>
            <translation>no item {item}</translation>
        </message>
        <message>
            <source>item {item} has no file in the media cache yet</source>
            <translation>item {item} has no file in the media cache yet</translation>
        </message>
        <message>
            <source>unknown or disabled target(s): {targets}</source>
            <translation>unknown or disabled target(s): {targets}</translation>
        </message>
        <message>
            <source>there is no enabled cluster or board</source>
            <translation>there is no enabled cluster or board</translation>
        </message>
        <message>
            <source>the volume of {targets} cannot be set from the console: their controller takes no volume command; set it at the controller</source>
            <translation>the volume of {targets} cannot be set from the console: their controller takes no volume command; set it at the controller</translation>
        </message>
        <message>
            <source>{targets} cannot relay a stream: choose clusters behind a vendor gateway, this computer's speakers or an Icecast stream</source>
            <translation>{targets} cannot relay a stream: choose clusters behind a vendor gateway, this computer's speakers or an Icecast stream</translation>
        </message>
        <message>
            <source>no item {id}</source>
            <translation>no item {id}</translation>
        </message>
        <message>
            <source>choose an item or type the message</source>
            <translation>choose an item or type the message</translation>
        </message>
        <message>
            <source>a relay cannot be the emergency message: choose an item with a sound file, or type the message</source>
            <translation>a relay cannot be the emergency message: choose an item with a sound file, or type the message</translation>
        </message>
        <message>
            <source>no emergency is on</source>
            <translation>no emergency is on</translation>
        </message>
        <message>
            <source>play now needs a library item</source>
            <translation>play now needs a library item</translation>
        </message>
        <message>
            <source>unknown command {kind}</source>
            <translation>unknown command {kind}</translation>
        </message>
        <message>
            <source>only items made in the commune are approved here; the province reviews its own</source>
            <translation>only items made in the commune are approved here; the province reviews its own</translation>
        </message>
        <message>
            <source>an item needs a title</source>
            <translation>an item needs a title</translation>
        </message>
        <message>
            <source>unknown priority {priority}</source>
            <translation>unknown priority {priority}</translation>
        </message>
        <message>
            <source>not a language code: {code}</source>
            <translation>not a language code: {code}</translation>
        </message>
        <message>
            <source>validity times need a time zone</source>
            <translation>validity times need a time zone</translation>
        </message>
        <message>
            <source>the item must become valid before it expires</source>
            <translation>the item must become valid before it expires</translation>
        </message>
        <message>
            <source>only items made in the commune can be edited here</source>
            <translation>only items made in the commune can be edited here</translation>
        </message>
        <message>
            <source>unknown category {code}</source>
            <translation>unknown category {code}</translation>
        </message>
        <message>
            <source>The cache limit must be between {low} and {high} GB.</source>
            <extracomment>a limit below this would evict what the next programme needs every day</extracomment>
            <translation>The cache limit must be between {low} and {high} GB.</translation>
        </message>
        <message>
            <source>No such item: {item}</source>
            <translation>No such item: {item}</translation>
        </message>
        <message>
            <source>it cannot be submitted yet: {reasons}</source>
            <translation>it cannot be submitted yet: {reasons}</translation>
        </message>
        <message>
            <source>a template is not submitted; make a programme from it</source>
            <translation>a template is not submitted; make a programme from it</translation>
        </message>
        <message>
            <source>only a draft can be submitted (it is {status})</source>
            <translation>only a draft can be submitted (it is {status})</translation>
        </message>
        <message>
            <source>say why it is rejected, so the editor can fix it</source>
            <translation>say why it is rejected, so the editor can fix it</translation>
        </message>
        <message>
            <source>a programme that is {status} cannot be rejected</source>
            <translation>a programme that is {status} cannot be rejected</translation>
        </message>
        <message>
            <source>it cannot be approved: {reasons}</source>
            <translation>it cannot be approved: {reasons}</translation>
        </message>
        <message>
            <source>a programme that is {status} cannot be approved</source>
            <translation>a programme that is {status} cannot be approved</translation>
        </message>
        <message>
            <source>a template is not approved; make a programme from it</source>
            <translation>a template is not approved; make a programme from it</translation>
        </message>
        <message>
            <source>only an approved programme can be scheduled (it is {status})</source>
            <translation>only an approved programme can be scheduled (it is {status})</translation>
        </message>
        <message>
            <source>an event needs a name</source>
            <translation>an event needs a name</translation>
        </message>
        <message>
            <source>only provincial and local events can be added</source>
            <translation>only provincial and local events can be added</translation>
        </message>
        <message>
            <source>the month must be 1 to 12</source>
            <translation>the month must be 1 to 12</translation>
        </message>
        <message>
            <source>the year must be between 2000 and 2100</source>
            <translation>the year must be between 2000 and 2100</translation>
        </message>
        <message>
            <source>there is no {day}/{month}</source>
            <translation>there is no {day}/{month}</translation>
        </message>
        <message>
            <source>the calendar holds at most {count} own events</source>
            <translation>the calendar holds at most {count} own events</translation>
        </message>
        <message>
            <source>there is no such event (national ones cannot be deleted)</source>
            <translation>there is no such event (national ones cannot be deleted)</translation>
        </message>
        <message>
            <source>a programme needs a name</source>
            <translation>a programme needs a name</translation>
        </message>
        <message>
            <source>the start time needs a time zone</source>
            <translation>the start time needs a time zone</translation>
        </message>
        <message>
            <source>a speech entry needs the text to read</source>
            <translation>a speech entry needs the text to read</translation>
        </message>
        <message>
            <source>that file is not in the media cache; import it first</source>
            <translation>that file is not in the media cache; import it first</translation>
        </message>
        <message>
            <source>a stream relay needs an http(s) or rtsp URL</source>
            <translation>a stream relay needs an http(s) or rtsp URL</translation>
        </message>
        <message>
            <source>a stream relay needs a duration</source>
            <translation>a stream relay needs a duration</translation>
        </message>
        <message>
            <source>a silence needs a duration</source>
            <translation>a silence needs a duration</translation>
        </message>
        <message>
            <source>no such file: {path}</source>
            <translation>no such file: {path}</translation>
        </message>
        <message>
            <source>{name} changed while it was being imported</source>
            <translation>{name} changed while it was being imported</translation>
        </message>
        <message>
            <source>the volume must be between -30 and +12 dB</source>
            <translation>the volume must be between -30 and +12 dB</translation>
        </message>
        <message>
            <source>the end cue must come after the start cue</source>
            <translation>the end cue must come after the start cue</translation>
        </message>
        <message>
            <source>a fade lasts 0 to 30 seconds</source>
            <translation>a fade lasts 0 to 30 seconds</translation>
        </message>
        <message>
            <source>the end cue is past the end of the audio ({length} s)</source>
            <translation>the end cue is past the end of the audio ({length} s)</translation>
        </message>
        <message>
            <source>there is no item {id} in the library</source>
            <translation>there is no item {id} in the library</translation>
        </message>
        <message>
            <source>item {id} was withdrawn by the province; it cannot air</source>
            <translation>item {id} was withdrawn by the province; it cannot air</translation>
        </message>
        <message>
            <source>item {id} has no sound file on this computer yet</source>
            <translation>item {id} has no sound file on this computer yet</translation>
        </message>
        <message>
            <source>the jingle is not in the media cache; import it first</source>
            <translation>the jingle is not in the media cache; import it first</translation>
        </message>
        <message>
            <source>only a draft can be deleted; withdraw a scheduled programme first (it is {status})</source>
            <translation>only a draft can be deleted; withdraw a scheduled programme first (it is {status})</translation>
        </message>
        <message>
            <source>this programme has reached devices; withdraw it instead</source>
            <translation>this programme has reached devices; withdraw it instead</translation>
        </message>
        <message>
            <source>only an approved or scheduled programme can be withdrawn (it is {status})</source>
            <translation>only an approved or scheduled programme can be withdrawn (it is {status})</translation>
        </message>
        <message>
            <source>a template needs a name</source>
            <translation>a template needs a name</translation>
        </message>
        <message>
            <source>programme {id} is not a template</source>
            <translation>programme {id} is not a template</translation>
        </message>
        <message>
            <source>nothing was recorded</source>
            <translation>nothing was recorded</translation>
        </message>
        <message>
            <source>a recording needs a title</source>
            <translation>a recording needs a title</translation>
        </message>
        <message>
            <source>the recording was not kept: {reason}</source>
            <translation>the recording was not kept: {reason}</translation>
        </message>
        <message>
            <source>{value} is not a date (YYYY-MM-DD)</source>
            <translation>{value} is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>unknown repeat {repeat} (once, daily, weekdays, weekly or now)</source>
            <translation>unknown repeat {repeat} (once, daily, weekdays, weekly or now)</translation>
        </message>
        <message>
            <source>say at what time of day it airs</source>
            <translation>say at what time of day it airs</translation>
        </message>
        <message>
            <source>at most {count} start times a day</source>
            <translation>at most {count} start times a day</translation>
        </message>
        <message>
            <source>choose at least one weekday</source>
            <translation>choose at least one weekday</translation>
        </message>
        <message>
            <source>weekdays are 1 (Monday) to 7 (Sunday)</source>
            <translation>weekdays are 1 (Monday) to 7 (Sunday)</translation>
        </message>
        <message>
            <source>the date range ends before it starts</source>
            <translation>the date range ends before it starts</translation>
        </message>
        <message>
            <source>replays: 1 to 10, with a non-negative interval</source>
            <translation>replays: 1 to 10, with a non-negative interval</translation>
        </message>
        <message>
            <source>replays need an interval in minutes</source>
            <translation>replays need an interval in minutes</translation>
        </message>
        <message>
            <source>the programme has no schedule to move</source>
            <translation>the programme has no schedule to move</translation>
        </message>
        <message>
            <source>the programme does not air at {time}</source>
            <translation>the programme does not air at {time}</translation>
        </message>
        <message>
            <source>a repeating series moves by its time of day; move one airing to change its day</source>
            <translation>a repeating series moves by its time of day; move one airing to change its day</translation>
        </message>
        <message>
            <source>this entry has no sound to trim ({reason})</source>
            <translation>this entry has no sound to trim ({reason})</translation>
        </message>
        <message>
            <source>choose at least one village, cluster or board</source>
            <translation>choose at least one village, cluster or board</translation>
        </message>
        <message>
            <source>there is no village {name}</source>
            <translation>there is no village {name}</translation>
        </message>
        <message>
            <source>there is no target group {name}</source>
            <translation>there is no target group {name}</translation>
        </message>
        <message>
            <source>there is no cluster or board {id}</source>
            <translation>there is no cluster or board {id}</translation>
        </message>
        <message>
            <source>no programme {id}</source>
            <translation>no programme {id}</translation>
        </message>
        <message>
            <source>an unapproved programme cannot be pushed (programme {id} is {status})</source>
            <translation>an unapproved programme cannot be pushed (programme {id} is {status})</translation>
        </message>
        <message>
            <source>the programme has no enabled cluster or board to go to</source>
            <translation>the programme has no enabled cluster or board to go to</translation>
        </message>
        <message>
            <source>programme {id} has no start time</source>
            <translation>programme {id} has no start time</translation>
        </message>
        <message>
            <source>none of the programme's loudspeakers can relay a stream at a set time (clusters behind a vendor gateway and this computer's speakers can)</source>
            <translation>none of the programme's loudspeakers can relay a stream at a set time (clusters behind a vendor gateway and this computer's speakers can)</translation>
        </message>
        <message>
            <source>the programme has nothing to play (no file in any entry)</source>
            <translation>the programme has nothing to play (no file in any entry)</translation>
        </message>
        <message>
            <source>there is no programme {id}</source>
            <translation>there is no programme {id}</translation>
        </message>
        <message>
            <source>programme {id} has no entry {entry}</source>
            <translation>programme {id} has no entry {entry}</translation>
        </message>
        <message>
            <source>not a date and time: “{text}” (write YYYY-MM-DD HH:MM)</source>
            <translation>not a date and time: “{text}” (write YYYY-MM-DD HH:MM)</translation>
        </message>
        <message>
            <source>not a time of day: “{text}” (write HH:MM)</source>
            <translation>not a time of day: “{text}” (write HH:MM)</translation>
        </message>
        <message>
            <source>no item {item} in the library</source>
            <translation>no item {item} in the library</translation>
        </message>
        <message>
            <source>only items made in the commune can be contributed; this one came from the source system</source>
            <translation>only items made in the commune can be contributed; this one came from the source system</translation>
        </message>
        <message>
            <source>this item was withdrawn</source>
            <translation>this item was withdrawn</translation>
        </message>
        <message>
            <source>the item needs a title before it can be contributed</source>
            <translation>the item needs a title before it can be contributed</translation>
        </message>
        <message>
            <source>this item was already sent to the source system</source>
            <translation>this item was already sent to the source system</translation>
        </message>
        <message>
            <source>the item's file is not in the media cache</source>
            <translation>the item's file is not in the media cache</translation>
        </message>
        <message>
            <source>no report {id}</source>
            <translation>no report {id}</translation>
        </message>
        <message>
            <source>a custom date range cannot be a periodic report: choose a month, quarter, half-year, nine months or year</source>
            <translation>a custom date range cannot be a periodic report: choose a month, quarter, half-year, nine months or year</translation>
        </message>
        <message>
            <source>unknown manual field {key} (one of {fields})</source>
            <translation>unknown manual field {key} (one of {fields})</translation>
        </message>
        <message>
            <source>{field} must be a whole number</source>
            <translation>{field} must be a whole number</translation>
        </message>
        <message>
            <source>{field} cannot be negative</source>
            <translation>{field} cannot be negative</translation>
        </message>
        <message>
            <source>notes are limited to {count} characters</source>
            <translation>notes are limited to {count} characters</translation>
        </message>
        <message>
            <source>{field} is limited to {count} characters</source>
            <translation>{field} is limited to {count} characters</translation>
        </message>
        <message>
            <source>this report was submitted and can no longer be changed</source>
            <translation>this report was submitted and can no longer be changed</translation>
        </message>
        <message>
            <source>only a draft can be approved (this report is {state})</source>
            <translation>only a draft can be approved (this report is {state})</translation>
        </message>
        <message>
            <source>the station code is not set: log in to the source system or set it in Settings first</source>
            <translation>the station code is not set: log in to the source system or set it in Settings first</translation>
        </message>
        <message>
            <source>only an approved report can be submitted (this one is {state})</source>
            <translation>only an approved report can be submitted (this one is {state})</translation>
        </message>
        <message>
            <source>{department} fixes {key} for every station of the province (department.json); ask the Department to change it</source>
            <translation>{department} fixes {key} for every station of the province (department.json); ask the Department to change it</translation>
        </message>
        <message>
            <source>there is no setting {key}; the settings are: {keys}</source>
            <translation>there is no setting {key}; the settings are: {keys}</translation>
        </message>
        <message>
            <source>{key} takes a time like 05:30, not {value}</source>
            <translation>{key} takes a time like 05:30, not {value}</translation>
        </message>
        <message>
            <source>{key} takes a number, not {value}</source>
            <translation>{key} takes a number, not {value}</translation>
        </message>
        <message>
            <source>{key} takes a whole number, not {value}</source>
            <translation>{key} takes a whole number, not {value}</translation>
        </message>
        <message>
            <source>{key} must be between {minimum} and {maximum}</source>
            <translation>{key} must be between {minimum} and {maximum}</translation>
        </message>
        <message>
            <source>{key} takes one of {choices}, not {value}</source>
            <translation>{key} takes one of {choices}, not {value}</translation>
        </message>
        <message>
            <source>{key} takes an address starting with https://, not {value}</source>
            <translation>{key} takes an address starting with https://, not {value}</translation>
        </message>
        <message>
            <source>the default targets are either all, or a list of villages (village:NAME) and devices</source>
            <translation>the default targets are either all, or a list of villages (village:NAME) and devices</translation>
        </message>
        <message>
            <source>the broadcast day must start before it ends ({start} is not before {end})</source>
            <translation>the broadcast day must start before it ends ({start} is not before {end})</translation>
        </message>
        <message>
            <source>a user name must be 1-100 characters without spaces</source>
            <translation>a user name must be 1-100 characters without spaces</translation>
        </message>
        <message>
            <source>the password must have at least {count} characters</source>
            <translation>the password must have at least {count} characters</translation>
        </message>
        <message>
            <source>the password must not be the user name</source>
            <translation>the password must not be the user name</translation>
        </message>
        <message>
            <source>there is no user {username}</source>
            <translation>there is no user {username}</translation>
        </message>
        <message>
            <source>there are users already; an admin must add new ones</source>
            <translation>there are users already; an admin must add new ones</translation>
        </message>
        <message>
            <source>the user {username} exists already</source>
            <translation>the user {username} exists already</translation>
        </message>
        <message>
            <source>the account {username} is locked until {until} after {count} wrong passwords; try again then, or ask the administrator</source>
            <translation>the account {username} is locked until {until} after {count} wrong passwords; try again then, or ask the administrator</translation>
        </message>
        <message>
            <source>the account {username} is disabled; ask the administrator</source>
            <translation>the account {username} is disabled; ask the administrator</translation>
        </message>
        <message>
            <source>the current password is not right</source>
            <translation>the current password is not right</translation>
        </message>
        <message>
            <source>the new password must differ from the old one</source>
            <translation>the new password must differ from the old one</translation>
        </message>
        <message>
            <source>{username} is the only administrator: make another account an administrator first</source>
            <translation>{username} is the only administrator: make another account an administrator first</translation>
        </message>
        <message>
            <source>you cannot disable your own account</source>
            <translation>you cannot disable your own account</translation>
        </message>
        <message>
            <source>the file {sha} is not in the media cache yet (sync when the link is up)</source>
            <translation>the file {sha} is not in the media cache yet (sync when the link is up)</translation>
        </message>
        <message>
            <source>there is no station database to back up</source>
            <translation>there is no station database to back up</translation>
        </message>
        <message>
            <source>a backup named {name} is already being written</source>
            <translation>a backup named {name} is already being written</translation>
        </message>
        <message>
            <source>no backup folder is chosen: choose one in Settings (Sao lưu) or give --to DIR</source>
            <translation>no backup folder is chosen: choose one in Settings (Sao lưu) or give --to DIR</translation>
        </message>
        <message>
            <source>the users of {file} cannot be read: {reason}</source>
            <translation>the users of {file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>the backup has not been checked yet</source>
            <translation>the backup has not been checked yet</translation>
        </message>
        <message>
            <source>the speech engine must be one of {choices}</source>
            <translation>the speech engine must be one of {choices}</translation>
        </message>
        <message>
            <source>the reading speed must be between {low} and {high} words a minute</source>
            <translation>the reading speed must be between {low} and {high} words a minute</translation>
        </message>
        <message>
            <source>a relay has no audio file: the loudspeakers play its stream at its time (listen to it with “Listen to the whole programme”)</source>
            <translation>a relay has no audio file: the loudspeakers play its stream at its time (listen to it with “Listen to the whole programme”)</translation>
        </message>
        <message>
            <source>the programme cannot be rendered: {missing}</source>
            <translation>the programme cannot be rendered: {missing}</translation>
        </message>
        <message>
            <source>“{title}” could not be read out: {reason}</source>
            <translation>“{title}” could not be read out: {reason}</translation>
        </message>
        <message>
            <source>ffmpeg not found: {reason}</source>
            <translation>ffmpeg not found: {reason}</translation>
        </message>
        <message>
            <source>could not start ffmpeg: {reason}</source>
            <translation>could not start ffmpeg: {reason}</translation>
        </message>
        <message>
            <source>ffmpeg took longer than {seconds} s and was stopped</source>
            <translation>ffmpeg took longer than {seconds} s and was stopped</translation>
        </message>
        <message>
            <source>the sound could not be processed (ffmpeg, exit {code}): {reason}</source>
            <translation>the sound could not be processed (ffmpeg, exit {code}): {reason}</translation>
        </message>
        <message>
            <source>ffmpeg measured the loudness wrongly: {what} {value}</source>
            <translation>ffmpeg measured the loudness wrongly: {what} {value}</translation>
        </message>
        <message>
            <source>no sound could be measured in the file: is there audio in it?</source>
            <translation>no sound could be measured in the file: is there audio in it?</translation>
        </message>
        <message>
            <source>ffmpeg measured the loudness only in part</source>
            <translation>ffmpeg measured the loudness only in part</translation>
        </message>
        <message>
            <source>could not tell how long the audio is</source>
            <translation>could not tell how long the audio is</translation>
        </message>
        <message>
            <source>no loudness could be measured in {file}</source>
            <translation>no loudness could be measured in {file}</translation>
        </message>
        <message>
            <source>the programme has nothing to render</source>
            <translation>the programme has nothing to render</translation>
        </message>
        <message>
            <source>there is no text to read</source>
            <translation>there is no text to read</translation>
        </message>
        <message>
            <source>{engine} could not read the text: {reason}</source>
            <translation>{engine} could not read the text: {reason}</translation>
        </message>
        <message>
            <source>espeak-ng could not read the text (error {code})</source>
            <translation>espeak-ng could not read the text (error {code})</translation>
        </message>
        <message>
            <source>Qt speech could not read the text: {reason}</source>
            <translation>Qt speech could not read the text: {reason}</translation>
        </message>
        <message>
            <source>the Windows voice could not read the text: {reason}</source>
            <translation>the Windows voice could not read the text: {reason}</translation>
        </message>
        <message>
            <source>no adapter for the protocol {protocol}</source>
            <translation>no adapter for the protocol {protocol}</translation>
        </message>
        <message>
            <source>the notice could not be drawn for the board: {error}</source>
            <translation>the notice could not be drawn for the board: {error}</translation>
        </message>
        <message>
            <source>the board resolution {value} is not like 1920x1080</source>
            <translation>the board resolution {value} is not like 1920x1080</translation>
        </message>
        <message>
            <source>{target} does not answer</source>
            <translation>{target} does not answer</translation>
        </message>
        <message>
            <source>{target}: the board asks for a login (HTTP {status}); store its 'user:password' as the device key</source>
            <translation>{target}: the board asks for a login (HTTP {status}); store its 'user:password' as the device key</translation>
        </message>
        <message>
            <source>{target} is busy (HTTP {status})</source>
            <translation>{target} is busy (HTTP {status})</translation>
        </message>
        <message>
            <source>{target} refused {request} (HTTP {status}): {problem}</source>
            <translation>{target} refused {request} (HTTP {status}): {problem}</translation>
        </message>
        <message>
            <source>file {file} is sound or of an unknown kind: a board cannot show it</source>
            <translation>file {file} is sound or of an unknown kind: a board cannot show it</translation>
        </message>
        <message>
            <source>{target}: the board does not say its time zone (/api/v2/info has no 'time'), so a daily or weekly time window cannot be set: update Anthias, or give the target the option all_day=true</source>
            <translation>{target}: the board does not say its time zone (/api/v2/info has no 'time'), so a daily or weekly time window cannot be set: update Anthias, or give the target the option all_day=true</translation>
        </message>
        <message>
            <source>a weekly entry names no weekday (1 = Monday … 7 = Sunday)</source>
            <translation>a weekly entry names no weekday (1 = Monday … 7 = Sunday)</translation>
        </message>
        <message>
            <source>nothing to show</source>
            <translation>nothing to show</translation>
        </message>
        <message>
            <source>{created} asset(s) created, {deleted} removed</source>
            <translation>{created} asset(s) created, {deleted} removed</translation>
        </message>
        <message>
            <source>the board already shows this schedule</source>
            <translation>the board already shows this schedule</translation>
        </message>
        <message>
            <source>a board has no loudspeaker volume to set</source>
            <translation>a board has no loudspeaker volume to set</translation>
        </message>
        <message>
            <source>a board cannot {command}</source>
            <translation>a board cannot {command}</translation>
        </message>
        <message>
            <source>file {file} is not in the media cache yet</source>
            <translation>file {file} is not in the media cache yet</translation>
        </message>
        <message>
            <source>{target}: a gateway target needs a device id</source>
            <translation>{target}: a gateway target needs a device id</translation>
        </message>
        <message>
            <source>the gateway at {address} does not answer</source>
            <translation>the gateway at {address} does not answer</translation>
        </message>
        <message>
            <source>the gateway is busy (HTTP {status})</source>
            <translation>the gateway is busy (HTTP {status})</translation>
        </message>
        <message>
            <source>the gateway answered HTTP {status}</source>
            <translation>the gateway answered HTTP {status}</translation>
        </message>
        <message>
            <source>the gateway's answer is not JSON</source>
            <translation>the gateway's answer is not JSON</translation>
        </message>
        <message>
            <source>{target} is offline behind its gateway</source>
            <translation>{target} is offline behind its gateway</translation>
        </message>
        <message>
            <source>{target} refused: {problem}</source>
            <translation>{target} refused: {problem}</translation>
        </message>
        <message>
            <source>no file server to publish files for the gateway</source>
            <translation>no file server to publish files for the gateway</translation>
        </message>
        <message>
            <source>{target} accepted the schedule but is not reporting</source>
            <translation>{target} accepted the schedule but is not reporting</translation>
        </message>
        <message>
            <source>confirmed by status (this gateway has no acknowledgement)</source>
            <translation>confirmed by status (this gateway has no acknowledgement)</translation>
        </message>
        <message>
            <source>{count} file(s) not fetched during the push (the device may already hold them)</source>
            <translation>{count} file(s) not fetched during the push (the device may already hold them)</translation>
        </message>
        <message>
            <source>this gateway can only play a file or a stream, not text</source>
            <translation>this gateway can only play a file or a stream, not text</translation>
        </message>
        <message>
            <source>this gateway cannot {command}</source>
            <translation>this gateway cannot {command}</translation>
        </message>
        <message>
            <source>{target}: an Icecast target needs mount=/… in its options</source>
            <translation>{target}: an Icecast target needs mount=/… in its options</translation>
        </message>
        <message>
            <source>{target}: no emergency_mount in its options</source>
            <translation>{target}: no emergency_mount in its options</translation>
        </message>
        <message>
            <source>nothing to stream: choose a sound file or a relay URL</source>
            <translation>nothing to stream: choose a sound file or a relay URL</translation>
        </message>
        <message>
            <source>an Icecast stream cannot {command}</source>
            <translation>an Icecast stream cannot {command}</translation>
        </message>
        <message>
            <source>the Icecast server {address} does not answer</source>
            <translation>the Icecast server {address} does not answer</translation>
        </message>
        <message>
            <source>Icecast's status answered HTTP {status}</source>
            <translation>Icecast's status answered HTTP {status}</translation>
        </message>
        <message>
            <source>Icecast's status is not JSON: {answer}</source>
            <translation>Icecast's status is not JSON: {answer}</translation>
        </message>
        <message>
            <source>the console window is not open: nothing plays through this computer's speakers</source>
            <translation>the console window is not open: nothing plays through this computer's speakers</translation>
        </message>
        <message>
            <source>{target} cannot be reached: {error}</source>
            <translation>{target} cannot be reached: {error}</translation>
        </message>
        <message>
            <source>{target} refused the device key (HTTP {status})</source>
            <translation>{target} refused the device key (HTTP {status})</translation>
        </message>
        <message>
            <source>{target} answered HTTP {status} when asked for a file</source>
            <translation>{target} answered HTTP {status} when asked for a file</translation>
        </message>
        <message>
            <source>{target} says file {file} arrived damaged</source>
            <translation>{target} says file {file} arrived damaged</translation>
        </message>
        <message>
            <source>{target} refused a file (HTTP {status}): {problem}</source>
            <translation>{target} refused a file (HTTP {status}): {problem}</translation>
        </message>
        <message>
            <source>{target} lacks files: {problem}</source>
            <translation>{target} lacks files: {problem}</translation>
        </message>
        <message>
            <source>{target} refused the schedule (HTTP {status}): {problem}</source>
            <translation>{target} refused the schedule (HTTP {status}): {problem}</translation>
        </message>
        <message>
            <source>{target} refused the command {command}: {problem}</source>
            <translation>{target} refused the command {command}: {problem}</translation>
        </message>
        <message>
            <source>{target} answered HTTP {status} when asked for its play log</source>
            <translation>{target} answered HTTP {status} when asked for its play log</translation>
        </message>
        <message>
            <source>cannot publish files for the gateway: {error}</source>
            <translation>cannot publish files for the gateway: {error}</translation>
        </message>
        <message>
            <source>not sent: the device was given another command since</source>
            <translation>not sent: the device was given another command since</translation>
        </message>
        <message>
            <source>{command} acknowledged</source>
            <translation>{command} acknowledged</translation>
        </message>
        <message>
            <source>{command} acknowledged (not accepted)</source>
            <translation>{command} acknowledged (not accepted)</translation>
        </message>
        <message>
            <source>unexpected answer: {error}</source>
            <translation>unexpected answer: {error}</translation>
        </message>
        <message>
            <source>{count} file(s) not on this computer and not fetched: {error}</source>
            <translation>{count} file(s) not on this computer and not fetched: {error}</translation>
        </message>
        <message>
            <source>{count} file(s) not on this computer and not available from the source system</source>
            <translation>{count} file(s) not on this computer and not available from the source system</translation>
        </message>
        <message>
            <source>schedule version {version}</source>
            <translation>schedule version {version}</translation>
        </message>
        <message>
            <source>{sent} files sent, {skipped} already there</source>
            <translation>{sent} files sent, {skipped} already there</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>delivered</translation>
        </message>
        <message>
            <source>waiting to retry (try {attempts}): {reason}</source>
            <translation>waiting to retry (try {attempts}): {reason}</translation>
        </message>
        <message>
            <source>the certificate of the Icecast server {host} was not accepted: {error}</source>
            <translation>the certificate of the Icecast server {host} was not accepted: {error}</translation>
        </message>
        <message>
            <source>the Icecast server dropped the source on {mount}: {error}</source>
            <translation>the Icecast server dropped the source on {mount}: {error}</translation>
        </message>
        <message>
            <source>Icecast refused the source password for {mount}</source>
            <translation>Icecast refused the source password for {mount}</translation>
        </message>
        <message>
            <source>Icecast refused the source on {mount}: the mount is in use</source>
            <translation>Icecast refused the source on {mount}: the mount is in use</translation>
        </message>
        <message>
            <source>Icecast refused the source on {mount}: {problem}</source>
            <translation>Icecast refused the source on {mount}: {problem}</translation>
        </message>
        <message>
            <source>Icecast gave no answer for {mount}</source>
            <translation>Icecast gave no answer for {mount}</translation>
        </message>
        <message>
            <source>Icecast answered {status} for {mount}</source>
            <translation>Icecast answered {status} for {mount}</translation>
        </message>
        <message>
            <source>ffmpeg could not start: {error}</source>
            <translation>ffmpeg could not start: {error}</translation>
        </message>
        <message>
            <source>the stream process could not start: {error}</source>
            <translation>the stream process could not start: {error}</translation>
        </message>
        <message>
            <source>the stream process ended at once: {error}</source>
            <translation>the stream process ended at once: {error}</translation>
        </message>
        <message>
            <source>the stream process gave no answer</source>
            <translation>the stream process gave no answer</translation>
        </message>
        <message>
            <source>not a stream request</source>
            <translation>not a stream request</translation>
        </message>
        <message>
            <source>another stream already plays on {mount}</source>
            <translation>another stream already plays on {mount}</translation>
        </message>
        <message>
            <source>resumed after a restart</source>
            <translation>resumed after a restart</translation>
        </message>
        <message>
            <source>the target was removed or disabled</source>
            <translation>the target was removed or disabled</translation>
        </message>
        <message>
            <source>queued again: the workstation sending it stopped</source>
            <translation>queued again: the workstation sending it stopped</translation>
        </message>
        <message>
            <source>an item was withdrawn by the province</source>
            <translation>an item was withdrawn by the province</translation>
        </message>
        <message>
            <source>the programme was withdrawn</source>
            <translation>the programme was withdrawn</translation>
        </message>
        <message>
            <source>superseded by version {version}</source>
            <translation>superseded by version {version}</translation>
        </message>
        <message>
            <source>play now</source>
            <translation>play now</translation>
        </message>
        <message>
            <source>stop playing</source>
            <translation>stop playing</translation>
        </message>
        <message>
            <source>set the volume</source>
            <translation>set the volume</translation>
        </message>
        <message>
            <source>start the emergency broadcast</source>
            <translation>start the emergency broadcast</translation>
        </message>
        <message>
            <source>end the emergency broadcast</source>
            <translation>end the emergency broadcast</translation>
        </message>
        <message>
            <source>no password stored for the source system: log in first</source>
            <translation>no password stored for the source system: log in first</translation>
        </message>
        <message>
            <source>the source system refused user {user}: {problem}</source>
            <translation>the source system refused user {user}: {problem}</translation>
        </message>
        <message>
            <source>token answer is missing {field}</source>
            <translation>token answer is missing {field}</translation>
        </message>
        <message>
            <source>TLS check failed for {url}: {error}</source>
            <translation>TLS check failed for {url}: {error}</translation>
        </message>
        <message>
            <source>cannot reach the source system ({error})</source>
            <translation>cannot reach the source system ({error})</translation>
        </message>
        <message>
            <source>the source system answered {code}</source>
            <translation>the source system answered {code}</translation>
        </message>
        <message>
            <source>{reason}; gave up after {tries} tries</source>
            <translation>{reason}; gave up after {tries} tries</translation>
        </message>
        <message>
            <source>the source system refused the request ({code}: {problem})</source>
            <translation>the source system refused the request ({code}: {problem})</translation>
        </message>
        <message>
            <source>unexpected answer {code}: {problem}</source>
            <translation>unexpected answer {code}: {problem}</translation>
        </message>
        <message>
            <source>categories answer has no list</source>
            <translation>categories answer has no list</translation>
        </message>
        <message>
            <source>file URL is not on the source server: {url}</source>
            <translation>file URL is not on the source server: {url}</translation>
        </message>
        <message>
            <source>the server has fewer bytes than we already hold</source>
            <translation>the server has fewer bytes than we already hold</translation>
        </message>
        <message>
            <source>the answer from {path} crawls at {bytes} bytes in {seconds} s; given up</source>
            <translation>the answer from {path} crawls at {bytes} bytes in {seconds} s; given up</translation>
        </message>
        <message>
            <source>the answer broke off ({error})</source>
            <translation>the answer broke off ({error})</translation>
        </message>
        <message>
            <source>the compressed answer broke off</source>
            <translation>the compressed answer broke off</translation>
        </message>
        <message>
            <source>the server answered a different range</source>
            <translation>the server answered a different range</translation>
        </message>
        <message>
            <source>transfer stopped at {done} of {size} bytes</source>
            <translation>transfer stopped at {done} of {size} bytes</translation>
        </message>
        <message>
            <source>the server sent more bytes than the file's size</source>
            <translation>the server sent more bytes than the file's size</translation>
        </message>
        <message>
            <source>today's data budget is spent</source>
            <translation>today's data budget is spent</translation>
        </message>
        <message>
            <source>the disk is full while saving media in {folder}</source>
            <translation>the disk is full while saving media in {folder}</translation>
        </message>
        <message>
            <source>not enough disk space for media: {free} MB free, {needed} MB needed in {folder}</source>
            <translation>not enough disk space for media: {free} MB free, {needed} MB needed in {folder}</translation>
        </message>
        <message>
            <source>no source system configured: run `commune-console login` or set it in Settings</source>
            <translation>no source system configured: run `commune-console login` or set it in Settings</translation>
        </message>
        <message>
            <source>the CA bundle {path} does not exist</source>
            <translation>the CA bundle {path} does not exist</translation>
        </message>
        <message>
            <source>{value} is not a SHA-256 certificate fingerprint (64 hex digits)</source>
            <translation>{value} is not a SHA-256 certificate fingerprint (64 hex digits)</translation>
        </message>
        <message>
            <source>the backup {file} cannot be read: {reason}</source>
            <translation>the backup {file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a database file</source>
            <translation>{file} is not a database file</translation>
        </message>
        <message>
            <source>the backup {file} is damaged: {problems}</source>
            <translation>the backup {file} is damaged: {problems}</translation>
        </message>
        <message>
            <source>{file} is not a station database (it has no {tables} table)</source>
            <translation>{file} is not a station database (it has no {tables} table)</translation>
        </message>
        <message>
            <source>the backup {file} cannot be read as a database: {reason}</source>
            <translation>the backup {file} cannot be read as a database: {reason}</translation>
        </message>
        <message>
            <source>{file} has no single schema version</source>
            <translation>{file} has no single schema version</translation>
        </message>
        <message>
            <source>{file} was written by a newer or another program (schema {revision}); this console does not know that schema</source>
            <translation>{file} was written by a newer or another program (schema {revision}); this console does not know that schema</translation>
        </message>
        <message>
            <source>the schema of {file} is not the one of version {revision} ({detail})</source>
            <translation>the schema of {file} is not the one of version {revision} ({detail})</translation>
        </message>
        <message>
            <source>stopped while it was being sent; it is sent at the next synchronisation</source>
            <translation>stopped while it was being sent; it is sent at the next synchronisation</translation>
        </message>
        <message>
            <source>Cannot reach the station's database server ({url}): {reason}</source>
            <translation>Cannot reach the station's database server ({url}): {reason}</translation>
        </message>
        <message>
            <source>The database server at {url} runs PostgreSQL {version}; the console needs 13 or newer.</source>
            <translation>The database server at {url} runs PostgreSQL {version}; the console needs 13 or newer.</translation>
        </message>
        <message>
            <source>The option “{part}” is not name=value.</source>
            <translation>The option “{part}” is not name=value.</translation>
        </message>
        <message>
            <source>Unknown option “{name}” for {protocol} (known: {known}).</source>
            <translation>Unknown option “{name}” for {protocol} (known: {known}).</translation>
        </message>
        <message>
            <source>The option {name} must be a number, not “{value}”.</source>
            <translation>The option {name} must be a number, not “{value}”.</translation>
        </message>
        <message>
            <source>The resolution “{value}” is not like 1920x1080.</source>
            <translation>The resolution “{value}” is not like 1920x1080.</translation>
        </message>
        <message>
            <source>The tls_pin “{value}” is not a SHA-256 certificate fingerprint (64 hexadecimal digits).</source>
            <translation>The tls_pin “{value}” is not a SHA-256 certificate fingerprint (64 hexadecimal digits).</translation>
        </message>
        <message>
            <source>The {name} “{value}” must start with / (e.g. /live.mp3).</source>
            <translation>The {name} “{value}” must start with / (e.g. /live.mp3).</translation>
        </message>
        <message>
            <source>An icecast target needs mount=/… in its options.</source>
            <translation>An icecast target needs mount=/… in its options.</translation>
        </message>
        <message>
            <source>The list has no column {missing}. Its first line names the columns: {columns}.</source>
            <translation>The list has no column {missing}. Its first line names the columns: {columns}.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx). Save it again from Excel, or as CSV.</source>
            <translation>{file} is not an Excel workbook (.xlsx). Save it again from Excel, or as CSV.</translation>
        </message>
        <message>
            <source>{file} is not UTF-8 text. In Excel, save it as “CSV UTF-8” or as an Excel workbook (.xlsx).</source>
            <translation>{file} is not UTF-8 text. In Excel, save it as “CSV UTF-8” or as an Excel workbook (.xlsx).</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>The id is empty.</translation>
        </message>
        <message>
            <source>The id “{id}” is too long or has spaces or slashes.</source>
            <translation>The id “{id}” is too long or has spaces or slashes.</translation>
        </message>
        <message>
            <source>The id “{id}” appears twice in the file.</source>
            <translation>The id “{id}” appears twice in the file.</translation>
        </message>
        <message>
            <source>Unknown kind “{kind}” (cluster, board or local).</source>
            <translation>Unknown kind “{kind}” (cluster, board or local).</translation>
        </message>
        <message>
            <source>The name is empty.</source>
            <translation>The name is empty.</translation>
        </message>
        <message>
            <source>Unknown protocol “{protocol}” ({known}).</source>
            <translation>Unknown protocol “{protocol}” ({known}).</translation>
        </message>
        <message>
            <source>The address “{address}” is not an http(s) URL.</source>
            <translation>The address “{address}” is not an http(s) URL.</translation>
        </message>
        <message>
            <source>Local playout (this computer's speakers) needs kind local and protocol local.</source>
            <translation>Local playout (this computer's speakers) needs kind local and protocol local.</translation>
        </message>
        <message>
            <source>A gateway target needs its device_id.</source>
            <translation>A gateway target needs its device_id.</translation>
        </message>
        <message>
            <source>The {name} “{value}” is not a number.</source>
            <translation>The {name} “{value}” is not a number.</translation>
        </message>
        <message>
            <source>The {name} {value} is out of range.</source>
            <translation>The {name} {value} is out of range.</translation>
        </message>
        <message>
            <source>no Icecast stream is set up: live sound goes out through the station's Icecast server (Thiết bị, protocol icecast)</source>
            <translation>no Icecast stream is set up: live sound goes out through the station's Icecast server (Thiết bị, protocol icecast)</translation>
        </message>
        <message>
            <source>an emergency is on air: end it before speaking live</source>
            <translation>an emergency is on air: end it before speaking live</translation>
        </message>
        <message>
            <source>{frequency} MHz is outside the FM band ({low}–{high} MHz)</source>
            <translation>{frequency} MHz is outside the FM band ({low}–{high} MHz)</translation>
        </message>
        <message>
            <source>an FM relay lasts from 1 to {most} minutes</source>
            <translation>an FM relay lasts from 1 to {most} minutes</translation>
        </message>
        <message>
            <source>{targets} cannot relay an FM station: only clusters behind a vendor gateway have an FM receiver the console can tune</source>
            <translation>{targets} cannot relay an FM station: only clusters behind a vendor gateway have an FM receiver the console can tune</translation>
        </message>
        <message>
            <source>an emergency is on air on {targets}: end it before relaying FM</source>
            <translation>an emergency is on air on {targets}: end it before relaying FM</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>New bulletins today</source>
            <translation>New bulletins today</translation>
        </message>
        <message>
            <source>Emergencies in force</source>
            <translation>Emergencies in force</translation>
        </message>
        <message>
            <source>Not opened yet</source>
            <translation>Not opened yet</translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Not downloaded yet</translation>
        </message>
        <message>
            <source>Made in the commune</source>
            <translation>Made in the commune</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>Comes from</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Validity</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>Saved filters</source>
            <extracomment>the filter changed (read it with current()) the operator wants to save the current filter under a name the operator wants to delete a saved filter (its id)</extracomment>
            <translation>Saved filters</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Save the filters chosen now under a name</source>
            <translation>Save the filters chosen now under a name</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the saved filter chosen in the list</source>
            <translation>Delete the saved filter chosen in the list</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>published today</source>
            <translation>published today</translation>
        </message>
        <message>
            <source>published in the last {n} days</source>
            <translation>published in the last {n} days</translation>
        </message>
        <message>
            <source>published {start} – {end}</source>
            <translation>published {start} – {end}</translation>
        </message>
        <message>
            <source>not opened yet</source>
            <translation>not opened yet</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>First start</source>
            <translation>First start</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>This is the first time the console is opened with this data folder. Create the administrator account: it can add the other users later.</source>
            <translation>This is the first time the console is opened with this data folder. Create the administrator account: it can add the other users later.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>Password &amp;again:</translation>
        </message>
        <message>
            <source>for example: admin</source>
            <translation>for example: admin</translation>
        </message>
        <message>
            <source>for example: Nguyễn Văn An</source>
            <translation>for example: Nguyễn Văn An</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>Create account</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>The user name must not be empty or contain spaces.</source>
            <translation>The user name must not be empty or contain spaces.</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>The password must have at least {count} characters.</translation>
        </message>
        <message>
            <source>The password must not be the user name.</source>
            <translation>The password must not be the user name.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Please type them again.</source>
            <translation>The two passwords are not the same. Please type them again.</translation>
        </message>
        <message>
            <source>The account could not be created: {reason}</source>
            <translation>The account could not be created: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FmRelayAsk</name>
        <message>
            <source>FM relay {frequency} MHz</source>
            <translation>FM relay {frequency} MHz</translation>
        </message>
        <message>
            <source>Not relayed (no FM receiver the console can tune): {names}</source>
            <translation>Not relayed (no FM receiver the console can tune): {names}</translation>
        </message>
    </context>
    <context>
        <name>FmRelayDialog</name>
        <message>
            <source>FM relay</source>
            <translation>FM relay</translation>
        </message>
        <message>
            <source>The {count} chosen device(s) play the FM station from their own receiver. When the time is up the console sends them back to their schedule: keep it running until then.</source>
            <translation>The {count} chosen device(s) play the FM station from their own receiver. When the time is up the console sends them back to their schedule: keep it running until then.</translation>
        </message>
        <message>
            <source>&amp;Frequency</source>
            <translation>&amp;Frequency</translation>
        </message>
        <message>
            <source>For &amp;how long</source>
            <translation>For &amp;how long</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <source>Next…</source>
            <translation>Next…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FrontDoor</name>
        <message>
            <source>When the window is closed, the console keeps running in the background: this computer's speakers still play the programmes and emergencies still arrive. Open it again from the icon near the clock or by starting the console again.

Keep it running when the window is closed?</source>
            <translation>When the window is closed, the console keeps running in the background: this computer's speakers still play the programmes and emergencies still arrive. Open it again from the icon near the clock or by starting the console again.

Keep it running when the window is closed?</translation>
        </message>
        <message>
            <source>Devices not answering</source>
            <translation>Devices not answering</translation>
        </message>
        <message>
            <source>Playing something the station did not send</source>
            <translation>Playing something the station did not send</translation>
        </message>
        <message>
            <source>{names}: open the Devices page.</source>
            <translation>{names}: open the Devices page.</translation>
        </message>
        <message>
            <source>Keep the console running?</source>
            <translation>Keep the console running?</translation>
        </message>
        <message>
            <source>Items withdrawn by the province</source>
            <translation>Items withdrawn by the province</translation>
        </message>
        <message>
            <source>{count} item(s) used in programmes were withdrawn. Open the console to replace them.</source>
            <translation>{count} item(s) used in programmes were withdrawn. Open the console to replace them.</translation>
        </message>
        <message>
            <source>Emergency from the province</source>
            <translation>Emergency from the province</translation>
        </message>
        <message>
            <source>{count} emergency item(s) arrived. Open the console to broadcast them.</source>
            <translation>{count} emergency item(s) arrived. Open the console to broadcast them.</translation>
        </message>
    </context>
    <context>
        <name>GeneralSection</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>The change applies at once and is remembered.</source>
            <translation>The change applies at once and is remembered.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Smaller (Ctrl -)</source>
            <translation>Smaller (Ctrl -)</translation>
        </message>
        <message>
            <source>Larger (Ctrl +)</source>
            <translation>Larger (Ctrl +)</translation>
        </message>
        <message>
            <source>Normal size</source>
            <translation>Normal size</translation>
        </message>
        <message>
            <source>Current text size</source>
            <translation>Current text size</translation>
        </message>
        <message>
            <source>Text, buttons and lists grow together. Ctrl + and Ctrl - work on every page.</source>
            <translation>Text, buttons and lists grow together. Ctrl + and Ctrl - work on every page.</translation>
        </message>
        <message>
            <source>Station data</source>
            <translation>Station data</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Open data folder</source>
            <translation>Open data folder</translation>
        </message>
        <message>
            <source>Open logs folder</source>
            <translation>Open logs folder</translation>
        </message>
        <message>
            <source>Start with Windows</source>
            <translation>Start with Windows</translation>
        </message>
        <message>
            <source>Start when I sign in</source>
            <translation>Start when I sign in</translation>
        </message>
        <message>
            <source>In the background (in the tray), without opening the window</source>
            <translation>In the background (in the tray), without opening the window</translation>
        </message>
        <message>
            <source>After a power cut, local playout and emergency alerts come back by themselves as soon as the computer starts and someone signs in to Windows.</source>
            <translation>After a power cut, local playout and emergency alerts come back by themselves as soon as the computer starts and someone signs in to Windows.</translation>
        </message>
        <message>
            <source>Only an administrator can change this.</source>
            <translation>Only an administrator can change this.</translation>
        </message>
        <message>
            <source>Saved: the console starts when you sign in to Windows.</source>
            <translation>Saved: the console starts when you sign in to Windows.</translation>
        </message>
        <message>
            <source>Saved: the console no longer starts at sign-in.</source>
            <translation>Saved: the console no longer starts at sign-in.</translation>
        </message>
        <message>
            <source>The folder could not be opened: {path}</source>
            <translation>The folder could not be opened: {path}</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Topics of the guide</source>
            <translation>Topics of the guide</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>it is not a file</source>
            <translation>it is not a file</translation>
        </message>
        <message>
            <source>this type of file cannot be imported (only mp3, wav, m4a, ogg, jpg, png and mp4)</source>
            <translation>this type of file cannot be imported (only mp3, wav, m4a, ogg, jpg, png and mp4)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>the file is too large</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>the file cannot be read</translation>
        </message>
        <message>
            <source>it is not a sound file that can be played</source>
            <translation>it is not a sound file that can be played</translation>
        </message>
        <message>
            <source>it is not a picture that can be shown</source>
            <translation>it is not a picture that can be shown</translation>
        </message>
        <message>
            <source>it is not a video that can be played</source>
            <translation>it is not a video that can be played</translation>
        </message>
        <message>
            <source>its content cannot be read</source>
            <translation>its content cannot be read</translation>
        </message>
        <message>
            <source>this file is already in the library as “{title}”</source>
            <translation>this file is already in the library as “{title}”</translation>
        </message>
        <message>
            <source>there is not enough free disk space</source>
            <translation>there is not enough free disk space</translation>
        </message>
        <message>
            <source>the file changed while it was being copied; try again</source>
            <translation>the file changed while it was being copied; try again</translation>
        </message>
        <message>
            <source>Files added to the library</source>
            <translation>Files added to the library</translation>
        </message>
        <message>
            <source>{n} file(s) added as items made in the commune.</source>
            <translation>{n} file(s) added as items made in the commune.</translation>
        </message>
        <message>
            <source>No file was added.</source>
            <translation>No file was added.</translation>
        </message>
        <message>
            <source>They need the leader's approval before they go on air. Give each a clear title and, if needed, a text, a category and a validity.</source>
            <translation>They need the leader's approval before they go on air. Give each a clear title and, if needed, a text, a category and a validity.</translation>
        </message>
        <message>
            <source>{m} file(s) refused:</source>
            <translation>{m} file(s) refused:</translation>
        </message>
        <message>
            <source>Edit the details…</source>
            <translation>Edit the details…</translation>
        </message>
        <message>
            <source>Details of an item made in the commune</source>
            <translation>Details of an item made in the commune</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Tags (separated by commas)</source>
            <translation>Tags (separated by commas)</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Please give the item a title.</source>
            <translation>Please give the item a title.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorGrid</name>
        <message>
            <source>Broadcasting</source>
            <extracomment>a number was clicked: its drill filter and what it is, in words</extracomment>
            <translation>Broadcasting</translation>
        </message>
        <message>
            <source>Clusters and boards</source>
            <translation>Clusters and boards</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Source system</translation>
        </message>
        <message>
            <source>Show the plays behind this number</source>
            <translation>Show the plays behind this number</translation>
        </message>
        <message>
            <source>{indicator} — {period}</source>
            <translation>{indicator} — {period}</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <source>Play now</source>
            <translation>Play now</translation>
        </message>
        <message>
            <source>Item to play now on {count} device(s):</source>
            <translation>Item to play now on {count} device(s):</translation>
        </message>
        <message>
            <source>Words of the title or text — with or without accents</source>
            <translation>Words of the title or text — with or without accents</translation>
        </message>
        <message>
            <source>Play now…</source>
            <translation>Play now…</translation>
        </message>
        <message>
            <source>Item for the emergency</source>
            <translation>Item for the emergency</translation>
        </message>
        <message>
            <source>Item to broadcast as an emergency:</source>
            <translation>Item to broadcast as an emergency:</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>{count} item(s) that may go on air now{more}.</source>
            <translation>{count} item(s) that may go on air now{more}.</translation>
        </message>
        <message>
            <source> (the first ones: type more words)</source>
            <translation> (the first ones: type more words)</translation>
        </message>
        <message>
            <source>Nothing that may go on air now matches these words.</source>
            <translation>Nothing that may go on air now matches these words.</translation>
        </message>
        <message>
            <source>The library has no item to play.</source>
            <translation>The library has no item to play.</translation>
        </message>
    </context>
    <context>
        <name>JingleDialog</name>
        <message>
            <source>Station jingle</source>
            <translation>Station jingle</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>At the start</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>At the end</translation>
        </message>
        <message>
            <source>Between items: one after every</source>
            <translation>Between items: one after every</translation>
        </message>
        <message>
            <source> items</source>
            <translation> items</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Jingles placed before are put back where they belong.</source>
            <translation>Jingles placed before are put back where they belong.</translation>
        </message>
        <message>
            <source>No jingle in the library yet: import a sound file and tag it “nhạc hiệu”.</source>
            <translation>No jingle in the library yet: import a sound file and tag it “nhạc hiệu”.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Approving leader</source>
            <translation>Approving leader</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Connection unstable</source>
            <translation>Connection unstable</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Connection unknown</source>
            <translation>Connection unknown</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Sent back</source>
            <translation>Sent back</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>played on {played} device(s), not on {failed}</source>
            <translation>played on {played} device(s), not on {failed}</translation>
        </message>
        <message>
            <source>played on {played} device(s)</source>
            <translation>played on {played} device(s)</translation>
        </message>
        <message>
            <source>could not be played on {failed} device(s)</source>
            <translation>could not be played on {failed} device(s)</translation>
        </message>
        <message>
            <source>no play log yet</source>
            <translation>no play log yet</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>The console is already open for this data folder. Use the window that is already open (look in the taskbar).</source>
            <translation>The console is already open for this data folder. Use the window that is already open (look in the taskbar).</translation>
        </message>
        <message>
            <source>This station's data was saved by a newer version of the console. Install the newer version; the data has not been changed.</source>
            <translation>This station's data was saved by a newer version of the console. Install the newer version; the data has not been changed.</translation>
        </message>
        <message>
            <source>The station's data cannot be opened. Nothing has been changed. Ask your IT staff for help, and give them this message.</source>
            <translation>The station's data cannot be opened. Nothing has been changed. Ask your IT staff for help, and give them this message.</translation>
        </message>
        <message>
            <source>The station's database is damaged (after a power cut or a disk fault). The console can put back the last backup, saved {saved}. The damaged file is kept aside, not deleted. What was entered after that backup must be entered again.</source>
            <translation>The station's database is damaged (after a power cut or a disk fault). The console can put back the last backup, saved {saved}. The damaged file is kept aside, not deleted. What was entered after that backup must be entered again.</translation>
        </message>
        <message>
            <source>The station's database is damaged (after a power cut or a disk fault) and there is no backup to put back. Nothing has been changed. Ask your IT staff for help, and give them this message.</source>
            <translation>The station's database is damaged (after a power cut or a disk fault) and there is no backup to put back. Nothing has been changed. Ask your IT staff for help, and give them this message.</translation>
        </message>
        <message>
            <source>Restore the last backup</source>
            <translation>Restore the last backup</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Only an administrator may put a backup back. Sign in with an administrator's user name and password as they were when the backup was saved.</source>
            <translation>Only an administrator may put a backup back. Sign in with an administrator's user name and password as they were when the backup was saved.</translation>
        </message>
        <message>
            <source>The backup could not be put back. Nothing more has been changed. Ask your IT staff for help, and give them this message.</source>
            <translation>The backup could not be put back. Nothing more has been changed. Ask your IT staff for help, and give them this message.</translation>
        </message>
        <message>
            <source>The console stopped because of an unexpected problem. The details are in the log file.</source>
            <translation>The console stopped because of an unexpected problem. The details are in the log file.</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Priority</source>
            <extracomment>the list was (re)read: number of rows, whether every id is in (False: more coming) reading failed; the argument is the reason</extracomment>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>Who issued it (or where it comes from)</source>
            <translation>Who issued it (or where it comes from)</translation>
        </message>
        <message>
            <source>Whether its files are on this computer</source>
            <translation>Whether its files are on this computer</translation>
        </message>
        <message>
            <source>In how many programmes it is used</source>
            <translation>In how many programmes it is used</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Picture</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Relay</source>
            <translation>Relay</translation>
        </message>
        <message>
            <source>Central</source>
            <translation>Central</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamese</translation>
        </message>
        <message>
            <source>Khmer</source>
            <translation>Khmer</translation>
        </message>
        <message>
            <source>Cham</source>
            <translation>Cham</translation>
        </message>
        <message>
            <source>Hmong</source>
            <translation>Hmong</translation>
        </message>
        <message>
            <source>Ê Đê</source>
            <translation>Ê Đê</translation>
        </message>
        <message>
            <source>Jarai</source>
            <translation>Jarai</translation>
        </message>
        <message>
            <source>Bahnar</source>
            <translation>Bahnar</translation>
        </message>
        <message>
            <source>Tày</source>
            <translation>Tày</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Valid now</source>
            <translation>Valid now</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Not valid yet</source>
            <translation>Not valid yet</translation>
        </message>
        <message>
            <source>Withdrawn by the source</source>
            <translation>Withdrawn by the source</translation>
        </message>
        <message>
            <source>On this computer</source>
            <translation>On this computer</translation>
        </message>
        <message>
            <source>Not downloaded</source>
            <translation>Not downloaded</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>No file</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Downloaded</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Reviewed by the province</source>
            <translation>Reviewed by the province</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <translation>Not reviewed</translation>
        </message>
        <message>
            <source>Used in a programme</source>
            <translation>Used in a programme</translation>
        </message>
        <message>
            <source>Not used yet</source>
            <translation>Not used yet</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} bytes</translation>
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
            <source>{n} GB</source>
            <translation>{n} GB</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Search titles, texts, tags and issuers — with or without accents (Ctrl+F)</source>
            <translation>Search titles, texts, tags and issuers — with or without accents (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Search the library</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Show or hide the filters</source>
            <translation>Show or hide the filters</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>Mark all as seen</translation>
        </message>
        <message>
            <source>Mark every item shown as opened</source>
            <translation>Mark every item shown as opened</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Add sound, picture or video files made in the commune (mp3, wav, m4a, ogg, jpg, png, mp4). You can also drag files or a folder onto the library.</source>
            <translation>Add sound, picture or video files made in the commune (mp3, wav, m4a, ogg, jpg, png, mp4). You can also drag files or a folder onto the library.</translation>
        </message>
        <message>
            <source>Items of the library</source>
            <translation>Items of the library</translation>
        </message>
        <message>
            <source>Publish to Zalo…</source>
            <translation>Publish to Zalo…</translation>
        </message>
        <message>
            <source>Publish the chosen bulletins as articles on the commune's Zalo OA</source>
            <translation>Publish the chosen bulletins as articles on the commune's Zalo OA</translation>
        </message>
        <message>
            <source>Could not read the library: {reason}</source>
            <translation>Could not read the library: {reason}</translation>
        </message>
        <message>
            <source>{n} items shown, reading the rest…</source>
            <translation>{n} items shown, reading the rest…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>{n} found, best first</source>
            <translation>{n} found, best first</translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>{n} found</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <source>(indexing: {n} new items not searchable yet)</source>
            <translation>(indexing: {n} new items not searchable yet)</translation>
        </message>
        <message>
            <source>Show everything</source>
            <translation>Show everything</translation>
        </message>
        <message>
            <source>Showing only: {what}</source>
            <translation>Showing only: {what}</translation>
        </message>
        <message>
            <source>Not opened yet</source>
            <translation>Not opened yet</translation>
        </message>
        <message>
            <source>{n} not opened yet</source>
            <translation>{n} not opened yet</translation>
        </message>
        <message>
            <source>Show the items nobody has opened yet</source>
            <translation>Show the items nobody has opened yet</translation>
        </message>
        <message>
            <source>Save these filters</source>
            <translation>Save these filters</translation>
        </message>
        <message>
            <source>Name of the saved filter:</source>
            <translation>Name of the saved filter:</translation>
        </message>
        <message>
            <source>“{name}” is the name of a filter every station has: choose another name.</source>
            <translation>“{name}” is the name of a filter every station has: choose another name.</translation>
        </message>
        <message>
            <source>A saved filter is already named “{name}”. Replace it with these filters?</source>
            <translation>A saved filter is already named “{name}”. Replace it with these filters?</translation>
        </message>
        <message>
            <source>Delete a saved filter</source>
            <translation>Delete a saved filter</translation>
        </message>
        <message>
            <source>Delete the saved filter “{name}”?</source>
            <translation>Delete the saved filter “{name}”?</translation>
        </message>
        <message>
            <source>Add files made in the commune</source>
            <translation>Add files made in the commune</translation>
        </message>
        <message>
            <source>Sound, pictures and video</source>
            <translation>Sound, pictures and video</translation>
        </message>
        <message>
            <source>Your role cannot add content. Ask an editor or the administrator.</source>
            <translation>Your role cannot add content. Ask an editor or the administrator.</translation>
        </message>
        <message>
            <source>Adding {n} file(s)…</source>
            <translation>Adding {n} file(s)…</translation>
        </message>
        <message>
            <source>The files could not be added: {reason}</source>
            <translation>The files could not be added: {reason}</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Search the library</source>
            <extracomment>ids of the items to add at the end of the running order</extracomment>
            <translation>Search the library</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Drag items onto the running order, or double-click them (or press Enter) to add them at the end.</source>
            <translation>Drag items onto the running order, or double-click them (or press Enter) to add them at the end.</translation>
        </message>
    </context>
    <context>
        <name>LiveConfirmDialog</name>
        <message>
            <source>Play now</source>
            <translation>Play now</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>FM relay</source>
            <translation>FM relay</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>Devices ({count}): {where}
Item: “{title}”
Length: {length}
At: {hour} on {day}

It goes on air at once. Continue?</source>
            <translation>Devices ({count}): {where}
Item: “{title}”
Length: {length}
At: {hour} on {day}

It goes on air at once. Continue?</translation>
        </message>
        <message>
            <source>until it is stopped, 4 hours at most (relay)</source>
            <translation>until it is stopped, 4 hours at most (relay)</translation>
        </message>
        <message>
            <source>Left out (they cannot do this): {names}</source>
            <translation>Left out (they cannot do this): {names}</translation>
        </message>
        <message>
            <source>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason.</source>
            <translation>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Why it must play in quiet hours</source>
            <translation>Why it must play in quiet hours</translation>
        </message>
        <message>
            <source>Leader's &amp;user name</source>
            <translation>Leader's &amp;user name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>Broadcast now</source>
            <translation>Broadcast now</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>LiveDialog</name>
        <message>
            <source>Speak live</source>
            <translation>Speak live</translation>
        </message>
        <message>
            <source>Speak live on the loudspeakers</source>
            <translation>Speak live on the loudspeakers</translation>
        </message>
        <message>
            <source>&amp;What it is about</source>
            <translation>&amp;What it is about</translation>
        </message>
        <message>
            <source>Live announcement</source>
            <translation>Live announcement</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Why it must go out in quiet hours</source>
            <translation>Why it must go out in quiet hours</translation>
        </message>
        <message>
            <source>Leader's &amp;user name</source>
            <translation>Leader's &amp;user name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>Start speaking</source>
            <translation>Start speaking</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Reading where the sound would go…</source>
            <translation>Reading where the sound would go…</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>Goes out at once on the station's stream: {names}. Every cluster tuned to it hears you until you press End.</source>
            <translation>Goes out at once on the station's stream: {names}. Every cluster tuned to it hears you until you press End.</translation>
        </message>
        <message>
            <source>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason.</source>
            <translation>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason.</translation>
        </message>
        <message>
            <source>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason, signing in here with their user name and password; you stay signed in.</source>
            <translation>It is quiet hours: sound is allowed from {first} to {last}. A leader must allow this with a written reason, signing in here with their user name and password; you stay signed in.</translation>
        </message>
        <message>
            <source>No microphone was found. Plug one in (or turn it on in the Windows sound settings) and open this window again.</source>
            <translation>No microphone was found. Plug one in (or turn it on in the Windows sound settings) and open this window again.</translation>
        </message>
        <message>
            <source>Press Start speaking, then speak; press End when you have finished.</source>
            <translation>Press Start speaking, then speak; press End when you have finished.</translation>
        </message>
        <message>
            <source>A leader allows it: the leader types their user name and password here.</source>
            <translation>A leader allows it: the leader types their user name and password here.</translation>
        </message>
        <message>
            <source>Connecting to the stream…</source>
            <translation>Connecting to the stream…</translation>
        </message>
        <message>
            <source>The microphone could not be opened.</source>
            <translation>The microphone could not be opened.</translation>
        </message>
        <message>
            <source>ON AIR: speak now. Press End when you have finished.</source>
            <translation>ON AIR: speak now. Press End when you have finished.</translation>
        </message>
        <message>
            <source>The stream was dropped; the live sound has ended.</source>
            <translation>The stream was dropped; the live sound has ended.</translation>
        </message>
        <message>
            <source>Ending…</source>
            <translation>Ending…</translation>
        </message>
        <message>
            <source>Off air after {minutes}:{seconds:02d}.</source>
            <translation>Off air after {minutes}:{seconds:02d}.</translation>
        </message>
    </context>
    <context>
        <name>LocalPlayout</name>
        <message>
            <source>The programme at {time} plays through this computer's speakers and will be missed if you close the console.</source>
            <translation>The programme at {time} plays through this computer's speakers and will be missed if you close the console.</translation>
        </message>
        <message>
            <source>{count} programmes from {time} on play through this computer's speakers and will be missed if you close the console.</source>
            <translation>{count} programmes from {time} on play through this computer's speakers and will be missed if you close the console.</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>and {count} more</translation>
        </message>
    </context>
    <context>
        <name>LogTab</name>
        <message>
            <source>From</source>
            <extracomment>the operator cleared a drill-down the save dialog; tests put a function here that returns a path</extracomment>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Title contains… (with or without accents)</source>
            <translation>Title contains… (with or without accents)</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Show all</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Export to CSV…</source>
            <translation>Export to CSV…</translation>
        </message>
        <message>
            <source>Clear this filter</source>
            <translation>Clear this filter</translation>
        </message>
        <message>
            <source>All clusters and boards</source>
            <translation>All clusters and boards</translation>
        </message>
        <message>
            <source>All villages</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>Any result</translation>
        </message>
        <message>
            <source>Any priority</source>
            <translation>Any priority</translation>
        </message>
        <message>
            <source>Any content</source>
            <translation>Any content</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>{entries} plays: {success} played, {partial} partly, {failed} failed, {other} other · {hours} hours on air</source>
            <translation>{entries} plays: {success} played, {partial} partly, {failed} failed, {other} other · {hours} hours on air</translation>
        </message>
        <message>
            <source>No plays match. Widen the dates or choose "Show all".</source>
            <translation>No plays match. Widen the dates or choose "Show all".</translation>
        </message>
        <message>
            <source>Filter: {what}</source>
            <translation>Filter: {what}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Export the broadcast log</source>
            <translation>Export the broadcast log</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Writing {name}…</translation>
        </message>
        <message>
            <source>Saved {rows} plays to {path}</source>
            <translation>Saved {rows} plays to {path}</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>The export failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Log in to the console</source>
            <translation>Log in to the console</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Please enter your user name and password.</source>
            <translation>Please enter your user name and password.</translation>
        </message>
        <message>
            <source>Wrong user name or password. Please try again.</source>
            <translation>Wrong user name or password. Please try again.</translation>
        </message>
        <message>
            <source>Logging in failed: {reason}</source>
            <translation>Logging in failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The province withdrew {titles}: taken off {count} programme(s) and {devices} device(s).</source>
            <translation>The province withdrew {titles}: taken off {count} programme(s) and {devices} device(s).</translation>
        </message>
        <message>
            <source>Approve again: {names}.</source>
            <translation>Approve again: {names}.</translation>
        </message>
        <message>
            <source>Sign in to broadcast the emergency.</source>
            <translation>Sign in to broadcast the emergency.</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Use the arrow keys, or Ctrl and a number, to change page.</source>
            <translation>Use the arrow keys, or Ctrl and a number, to change page.</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>Lock the console</source>
            <translation>Lock the console</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>About the console</source>
            <translation>About the console</translation>
        </message>
        <message>
            <source>DEMO: a practice commune with simulated devices. Nothing here is broadcast.</source>
            <translation>DEMO: a practice commune with simulated devices. Nothing here is broadcast.</translation>
        </message>
        <message>
            <source>Commune Broadcast Console</source>
            <translation>Commune Broadcast Console</translation>
        </message>
        <message>
            <source>Commune Broadcast Console — {station}</source>
            <translation>Commune Broadcast Console — {station}</translation>
        </message>
        <message>
            <source>Close anyway</source>
            <translation>Close anyway</translation>
        </message>
        <message>
            <source>Keep the console open</source>
            <translation>Keep the console open</translation>
        </message>
        <message>
            <source>You are speaking live on the loudspeakers. Closing the window ends the live sound.</source>
            <translation>You are speaking live on the loudspeakers. Closing the window ends the live sound.</translation>
        </message>
        <message>
            <source>Clusters are relaying an FM station until {time}: the console sends them back to their schedule then. Closed, it cannot: they go on playing the station until the console runs again.</source>
            <translation>Clusters are relaying an FM station until {time}: the console sends them back to their schedule then. Closed, it cannot: they go on playing the station until the console runs again.</translation>
        </message>
    </context>
    <context>
        <name>MediaCacheBox</name>
        <message>
            <source>Media cache on this computer</source>
            <translation>Media cache on this computer</translation>
        </message>
        <message>
            <source>Limit:</source>
            <translation>Limit:</translation>
        </message>
        <message>
            <source>Save limit</source>
            <translation>Save limit</translation>
        </message>
        <message>
            <source>Free space now</source>
            <translation>Free space now</translation>
        </message>
        <message>
            <source>Removes the media used least recently until the cache is within its limit. Never what a programme, a template, a pinned item or an emergency needs; a removed file is downloaded again when it is needed.</source>
            <translation>Removes the media used least recently until the cache is within its limit. Never what a programme, a template, a pinned item or an emergency needs; a removed file is downloaded again when it is needed.</translation>
        </message>
        <message>
            <source>The media cache's state could not be read: {reason}</source>
            <translation>The media cache's state could not be read: {reason}</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>{used} of {limit} used ({files} files).</source>
            <translation>{used} of {limit} used ({files} files).</translation>
        </message>
        <message>
            <source>{needed} needed by programmes, templates, pinned items and emergencies (never removed)</source>
            <translation>{needed} needed by programmes, templates, pinned items and emergencies (never removed)</translation>
        </message>
        <message>
            <source>{files} file(s) removed ({freed}). The cache is still over its limit: what is left is needed by programmes, templates or pinned items.</source>
            <translation>{files} file(s) removed ({freed}). The cache is still over its limit: what is left is needed by programmes, templates or pinned items.</translation>
        </message>
        <message>
            <source>{files} file(s) removed ({freed}).</source>
            <translation>{files} file(s) removed ({freed}).</translation>
        </message>
        <message>
            <source>{n} needed file(s) not on this computer yet</source>
            <translation>{n} needed file(s) not on this computer yet</translation>
        </message>
        <message>
            <source>{n} file(s) removed to save space, downloaded again when needed</source>
            <translation>{n} file(s) removed to save space, downloaded again when needed</translation>
        </message>
        <message>
            <source>{n} item(s) kept on this computer</source>
            <translation>{n} item(s) kept on this computer</translation>
        </message>
        <message>
            <source>Media cache</source>
            <translation>Media cache</translation>
        </message>
    </context>
    <context>
        <name>MoveAiringDialog</name>
        <message>
            <source>Move an airing</source>
            <extracomment>the airing dragged, and the day it was dropped on</extracomment>
            <translation>Move an airing</translation>
        </message>
        <message>
            <source>Move “{name}” of {when} to {day} at:</source>
            <translation>Move “{name}” of {when} to {day} at:</translation>
        </message>
        <message>
            <source>Only this airing</source>
            <translation>Only this airing</translation>
        </message>
        <message>
            <source>The whole series (every airing at this time moves to the new time of day)</source>
            <translation>The whole series (every airing at this time moves to the new time of day)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Outbox &amp; sync</source>
            <extracomment>a section of the Settings page to show (the source system's account: "source")</extracomment>
            <translation>Outbox &amp; sync</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Schedule</source>
            <extracomment>a programme to show on the Programmes page (double-click on one of its airings) an airing's play logs in the broadcast log: (LogFilter, what it shows, in words)</extracomment>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Today</source>
            <extracomment>an airing's play logs in the broadcast log: (LogFilter, what it shows, in words)</extracomment>
            <translation>Today</translation>
        </message>
        <message>
            <source>Plan and team</source>
            <translation>Plan and team</translation>
        </message>
    </context>
    <context>
        <name>OneTimePasswordDialog</name>
        <message>
            <source>One-time password</source>
            <translation>One-time password</translation>
        </message>
        <message>
            <source>One-time password for {name}</source>
            <translation>One-time password for {name}</translation>
        </message>
        <message>
            <source>Give this password to {name} in person. It is shown only now; {name} must choose their own password when signing in with it.</source>
            <translation>Give this password to {name} in person. It is shown only now; {name} must choose their own password when signing in with it.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>If it is lost, reset the password again.</source>
            <translation>If it is lost, reset the password again.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>Outbox</name>
        <message>
            <source>Broadcast records</source>
            <translation>Broadcast records</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Periodic report</translation>
        </message>
        <message>
            <source>Item sent to the province</source>
            <translation>Item sent to the province</translation>
        </message>
        <message>
            <source>Device states</source>
            <translation>Device states</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Refused by the province</source>
            <translation>Refused by the province</translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>Provincial source system</source>
            <translation>Provincial source system</translation>
        </message>
        <message>
            <source>Synchronise now</source>
            <translation>Synchronise now</translation>
        </message>
        <message>
            <source>Send waiting messages again</source>
            <translation>Send waiting messages again</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Lane</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Tries</translation>
        </message>
        <message>
            <source>Next try</source>
            <translation>Next try</translation>
        </message>
        <message>
            <source>Last problem</source>
            <translation>Last problem</translation>
        </message>
        <message>
            <source>Change the account…</source>
            <translation>Change the account…</translation>
        </message>
        <message>
            <source>Account {user} on {server}</source>
            <translation>Account {user} on {server}</translation>
        </message>
        <message>
            <source>No account of the provincial source system yet: the console cannot sync.</source>
            <translation>No account of the provincial source system yet: the console cannot sync.</translation>
        </message>
        <message>
            <source>Enter the account…</source>
            <translation>Enter the account…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Last complete synchronisation: {when}</source>
            <translation>Last complete synchronisation: {when}</translation>
        </message>
        <message>
            <source>This computer's clock differs from the province's server by {minutes} minutes. Correct the clock: programmes would start at the wrong time.</source>
            <translation>This computer's clock differs from the province's server by {minutes} minutes. Correct the clock: programmes would start at the wrong time.</translation>
        </message>
        <message>
            <source>{items} items in the library ({withdrawn} withdrawn by the province). Media: {ready} files ready, {waiting} waiting ({mb} MB), {failed} failed.</source>
            <translation>{items} items in the library ({withdrawn} withdrawn by the province). Media: {ready} files ready, {waiting} waiting ({mb} MB), {failed} failed.</translation>
        </message>
        <message>
            <source>Nothing has been sent to the province yet, and nothing waits. What this station sends up (what was broadcast, reports, items made here) is listed below, waiting first.</source>
            <translation>Nothing has been sent to the province yet, and nothing waits. What this station sends up (what was broadcast, reports, items made here) is listed below, waiting first.</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Reading the catalogue…</source>
            <translation>Reading the catalogue…</translation>
        </message>
        <message>
            <source>Catalogue: {added} new, {updated} changed…</source>
            <translation>Catalogue: {added} new, {updated} changed…</translation>
        </message>
        <message>
            <source>Search index: {done} of {total} new items taken in…</source>
            <translation>Search index: {done} of {total} new items taken in…</translation>
        </message>
        <message>
            <source>Media: {files} files, {mb} MB received…</source>
            <translation>Media: {files} files, {mb} MB received…</translation>
        </message>
        <message>
            <source>Done: {added} new, {updated} changed, {withdrawn} withdrawn, {files} files received in {seconds} s.</source>
            <translation>Done: {added} new, {updated} changed, {withdrawn} withdrawn, {files} files received in {seconds} s.</translation>
        </message>
        <message>
            <source>Stopped part-way; kept: {added} new, {updated} changed, {files} files received. The next synchronisation goes on from there.</source>
            <translation>Stopped part-way; kept: {added} new, {updated} changed, {files} files received. The next synchronisation goes on from there.</translation>
        </message>
        <message>
            <source>{n} file(s) ({mb} MB) wait for the data budget or an unmetered link.</source>
            <translation>{n} file(s) ({mb} MB) wait for the data budget or an unmetered link.</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Period:</source>
            <extracomment>the chosen period changed (a `Period`)</extracomment>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>Month {month}</translation>
        </message>
        <message>
            <source>Quarter {quarter}</source>
            <translation>Quarter {quarter}</translation>
        </message>
        <message>
            <source>First half</source>
            <translation>First half</translation>
        </message>
        <message>
            <source>Second half</source>
            <translation>Second half</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Propagandist</source>
            <translation>Propagandist</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(the whole commune)</translation>
        </message>
        <message>
            <source>Still in the team</source>
            <translation>Still in the team</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Village:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Zalo:</source>
            <translation>Zalo:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This part of the console is being built.</source>
            <translation>This part of the console is being built.</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>Year:</source>
            <extracomment>the file dialogs; tests put functions here that return a path</extracomment>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Read the plan from an Excel file filled in by the office; it replaces the year's plan</source>
            <translation>Read the plan from an Excel file filled in by the office; it replaces the year's plan</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Write the year's plan to Excel; a year without a plan gives an empty form</source>
            <translation>Write the year's plan to Excel; a year without a plan gives an empty form</translation>
        </message>
        <message>
            <source>Add a theme…</source>
            <translation>Add a theme…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Each cell shows done / planned. Bulletins belong to a theme by their tags; activities and trainings when they are recorded for it.</source>
            <translation>Each cell shows done / planned. Bulletins belong to a theme by their tags; activities and trainings when they are recorded for it.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Theme or campaign</source>
            <translation>Theme or campaign</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source> ({views} views)</source>
            <translation> ({views} views)</translation>
        </message>
        <message>
            <source>No plan for {year} yet: import it from Excel or add its themes.</source>
            <translation>No plan for {year} yet: import it from Excel or add its themes.</translation>
        </message>
        <message>
            <source>The plan to import</source>
            <translation>The plan to import</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <source>Plan {year} imported: {added} themes added, {updated} updated, {removed} removed.</source>
            <translation>Plan {year} imported: {added} themes added, {updated} updated, {removed} removed.</translation>
        </message>
        <message>
            <source>Export the plan</source>
            <translation>Export the plan</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>Written to {path}.</translation>
        </message>
        <message>
            <source>Delete theme</source>
            <translation>Delete theme</translation>
        </message>
        <message>
            <source>Delete “{title}” from the plan of {year}? Its targets go with it; the bulletins, activities and trainings counted for it stay, without a theme.</source>
            <translation>Delete “{title}” from the plan of {year}? Its targets go with it; the bulletins, activities and trainings counted for it stay, without a theme.</translation>
        </message>
    </context>
    <context>
        <name>PlanTeamPage</name>
        <message>
            <source>Annual plan</source>
            <translation>Annual plan</translation>
        </message>
        <message>
            <source>Propagandists</source>
            <translation>Propagandists</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>Zalo OA</source>
            <translation>Zalo OA</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>This video cannot be played: {reason}</source>
            <translation>This video cannot be played: {reason}</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Play</translation>
        </message>
        <message>
            <source>No sound output on this computer: length, waveform and loudness only.</source>
            <extracomment>the player knows the length (milliseconds)</extracomment>
            <translation>No sound output on this computer: length, waveform and loudness only.</translation>
        </message>
        <message>
            <source>Click to play from there</source>
            <translation>Click to play from there</translation>
        </message>
        <message>
            <source>Drawing the waveform…</source>
            <translation>Drawing the waveform…</translation>
        </message>
        <message>
            <source>No sound in this file</source>
            <translation>No sound in this file</translation>
        </message>
        <message>
            <source>The waveform could not be drawn.</source>
            <translation>The waveform could not be drawn.</translation>
        </message>
        <message>
            <source>The loudness could not be measured.</source>
            <translation>The loudness could not be measured.</translation>
        </message>
        <message>
            <source>Measuring the loudness…</source>
            <translation>Measuring the loudness…</translation>
        </message>
        <message>
            <source>Silent (nothing above −70 LUFS)</source>
            <translation>Silent (nothing above −70 LUFS)</translation>
        </message>
        <message>
            <source>Loudness {lufs} LUFS · true peak {peak} dBTP</source>
            <translation>Loudness {lufs} LUFS · true peak {peak} dBTP</translation>
        </message>
        <message>
            <source>This file cannot be played: {reason}</source>
            <translation>This file cannot be played: {reason}</translation>
        </message>
        <message>
            <source>this computer cannot open pictures in this format</source>
            <translation>this computer cannot open pictures in this format</translation>
        </message>
        <message>
            <source>the file is damaged or is not a picture</source>
            <translation>the file is damaged or is not a picture</translation>
        </message>
        <message>
            <source>the file is no longer on this computer</source>
            <translation>the file is no longer on this computer</translation>
        </message>
        <message>
            <source>the file could not be read</source>
            <translation>the file could not be read</translation>
        </message>
        <message>
            <source>The picture cannot be shown: {why}.</source>
            <translation>The picture cannot be shown: {why}.</translation>
        </message>
        <message>
            <source>EMERGENCY</source>
            <translation>EMERGENCY</translation>
        </message>
        <message>
            <source>PRIORITY NOTICE</source>
            <translation>PRIORITY NOTICE</translation>
        </message>
        <message>
            <source>NOTICE</source>
            <translation>NOTICE</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Choose an item in the list to listen to it, read it or look at it.</source>
            <extracomment>the item was opened for the first time (the page updates its list and counts) files of the item changed (downloaded now) the operator asked to edit a commune-made item</extracomment>
            <translation>Choose an item in the list to listen to it, read it or look at it.</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>On the board</source>
            <translation>On the board</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Change the title, text, category and validity of this item made in the commune</source>
            <translation>Change the title, text, category and validity of this item made in the commune</translation>
        </message>
        <message>
            <source>Download now</source>
            <translation>Download now</translation>
        </message>
        <message>
            <source>Keep on this PC</source>
            <translation>Keep on this PC</translation>
        </message>
        <message>
            <source>Its files stay on this computer even when the media cache is full (the cache removes what has not been used for the longest time, never what a programme needs)</source>
            <translation>Its files stay on this computer even when the media cache is full (the cache removes what has not been used for the longest time, never what a programme needs)</translation>
        </message>
        <message>
            <source>Your role cannot change what stays on this computer.</source>
            <translation>Your role cannot change what stays on this computer.</translation>
        </message>
        <message>
            <source>Text of the item</source>
            <translation>Text of the item</translation>
        </message>
        <message>
            <source>This item could not be read: {reason}</source>
            <translation>This item could not be read: {reason}</translation>
        </message>
        <message>
            <source>it will not be broadcast.</source>
            <translation>it will not be broadcast.</translation>
        </message>
        <message>
            <source>it cannot be broadcast before {when}.</source>
            <translation>it cannot be broadcast before {when}.</translation>
        </message>
        <message>
            <source>Made in the commune: the leader must approve it before it goes on air.</source>
            <translation>Made in the commune: the leader must approve it before it goes on air.</translation>
        </message>
        <message>
            <source>This item is not shown on boards.</source>
            <translation>This item is not shown on boards.</translation>
        </message>
        <message>
            <source>Relay of a stream: {url}</source>
            <translation>Relay of a stream: {url}</translation>
        </message>
        <message>
            <source>This is a video or a large file ({size}) and this link is metered: it is downloaded only when you ask for it, or when a programme of the next 48 hours needs it.</source>
            <translation>This is a video or a large file ({size}) and this link is metered: it is downloaded only when you ask for it, or when a programme of the next 48 hours needs it.</translation>
        </message>
        <message>
            <source>Today's data budget is used: the file of this item ({size}) comes with tomorrow's sync, or you can download it now.</source>
            <translation>Today's data budget is used: the file of this item ({size}) comes with tomorrow's sync, or you can download it now.</translation>
        </message>
        <message>
            <source>The file of this item was removed from this computer to save space ({n} missing). It comes back when a programme needs it, or you can download it now.</source>
            <translation>The file of this item was removed from this computer to save space ({n} missing). It comes back when a programme needs it, or you can download it now.</translation>
        </message>
        <message>
            <source>The file of this item is not on this computer yet ({n} missing). It will be downloaded with the next sync, or you can download it now.</source>
            <translation>The file of this item is not on this computer yet ({n} missing). It will be downloaded with the next sync, or you can download it now.</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Your role cannot download files; ask an operator or the administrator.</source>
            <translation>Your role cannot download files; ask an operator or the administrator.</translation>
        </message>
        <message>
            <source>The picture is not on this computer yet.</source>
            <translation>The picture is not on this computer yet.</translation>
        </message>
        <message>
            <source>Loading the picture…</source>
            <translation>Loading the picture…</translation>
        </message>
        <message>
            <source>Drawing the slides…</source>
            <translation>Drawing the slides…</translation>
        </message>
        <message>
            <source>The slides could not be drawn: {reason}</source>
            <translation>The slides could not be drawn: {reason}</translation>
        </message>
        <message>
            <source>The text fills {n} slides; the board shows them one after another.</source>
            <translation>The text fills {n} slides; the board shows them one after another.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Downloading…</translation>
        </message>
        <message>
            <source>Downloading: {done} of {total}…</source>
            <translation>Downloading: {done} of {total}…</translation>
        </message>
        <message>
            <source>Downloading: {done} of {total}, about {left} left…</source>
            <translation>Downloading: {done} of {total}, about {left} left…</translation>
        </message>
        <message>
            <source>Downloaded.</source>
            <translation>Downloaded.</translation>
        </message>
        <message>
            <source>Could not download: {reason}</source>
            <translation>Could not download: {reason}</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole picture</source>
            <translation>Show the whole picture</translation>
        </message>
        <message>
            <source>Larger (Ctrl + wheel)</source>
            <translation>Larger (Ctrl + wheel)</translation>
        </message>
        <message>
            <source>Smaller (Ctrl + wheel)</source>
            <translation>Smaller (Ctrl + wheel)</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Larger</translation>
        </message>
        <message>
            <source>Smaller</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Actual size</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>Slide {n} of {total}</source>
            <translation>Slide {n} of {total}</translation>
        </message>
        <message>
            <source>Board {w}×{h}</source>
            <translation>Board {w}×{h}</translation>
        </message>
    </context>
    <context>
        <name>PreviewBar</name>
        <message>
            <source>Listen to the whole programme</source>
            <translation>Listen to the whole programme</translation>
        </message>
        <message>
            <source>Prepare the programme as it will sound; double-click an entry to jump to it</source>
            <translation>Prepare the programme as it will sound; double-click an entry to jump to it</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>No preview yet</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <source>There is no loudspeaker on this computer: the preview can be seen but not heard.</source>
            <translation>There is no loudspeaker on this computer: the preview can be seen but not heard.</translation>
        </message>
        <message>
            <source>The relay's stream, live: press Play to hear it.</source>
            <translation>The relay's stream, live: press Play to hear it.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Stopped.</translation>
        </message>
        <message>
            <source>The relay's stream cannot be played ({error}): check its address.</source>
            <translation>The relay's stream cannot be played ({error}): check its address.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Play</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeList</name>
        <message>
            <source>All programmes</source>
            <translation>All programmes</translation>
        </message>
        <message>
            <source>Airing today</source>
            <translation>Airing today</translation>
        </message>
        <message>
            <source>Airing this week</source>
            <translation>Airing this week</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Every state</source>
            <translation>Every state</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Search by name</translation>
        </message>
        <message>
            <source>Which programmes to list</source>
            <translation>Which programmes to list</translation>
        </message>
        <message>
            <source>Only programmes in this state</source>
            <translation>Only programmes in this state</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Next airing</source>
            <translation>Next airing</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <source>Withdraw from the air…</source>
            <translation>Withdraw from the air…</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>Save as template…</translation>
        </message>
        <message>
            <source>New programme from this template</source>
            <translation>New programme from this template</translation>
        </message>
        <message>
            <source>template</source>
            <translation>template</translation>
        </message>
        <message>
            <source>once</source>
            <translation>once</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>Mon–Fri</source>
            <translation>Mon–Fri</translation>
        </message>
        <message>
            <source>some weekdays</source>
            <translation>some weekdays</translation>
        </message>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>whole commune</source>
            <translation>whole commune</translation>
        </message>
        <message>
            <source>{count} device(s)</source>
            <translation>{count} device(s)</translation>
        </message>
    </context>
    <context>
        <name>Programmes</name>
        <message>
            <source>Bulletin</source>
            <translation>Bulletin</translation>
        </message>
        <message>
            <source>Text read aloud</source>
            <translation>Text read aloud</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Recording</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Relay</source>
            <translation>Relay</translation>
        </message>
        <message>
            <source>Jingle</source>
            <translation>Jingle</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Name of the new programme</source>
            <translation>Name of the new programme</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>New programme</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Plays at</source>
            <translation>Plays at</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Bulletin code(s), comma separated</source>
            <translation>Bulletin code(s), comma separated</translation>
        </message>
        <message>
            <source>Add bulletin</source>
            <translation>Add bulletin</translation>
        </message>
        <message>
            <source>Text to be read aloud</source>
            <translation>Text to be read aloud</translation>
        </message>
        <message>
            <source>Add text</source>
            <translation>Add text</translation>
        </message>
        <message>
            <source>Speech engine</source>
            <translation>Speech engine</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voice</translation>
        </message>
        <message>
            <source> words/min</source>
            <translation> words/min</translation>
        </message>
        <message>
            <source>Reading speed; slower reads better outdoors</source>
            <translation>Reading speed; slower reads better outdoors</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Show the library beside the running order, to drag items onto it</source>
            <translation>Show the library beside the running order, to drag items onto it</translation>
        </message>
        <message>
            <source>Add the suggested items</source>
            <translation>Add the suggested items</translation>
        </message>
        <message>
            <source>Record from the microphone; the recording is kept in the library and added here</source>
            <translation>Record from the microphone; the recording is kept in the library and added here</translation>
        </message>
        <message>
            <source>From a template</source>
            <translation>From a template</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Gain</source>
            <translation>Gain</translation>
        </message>
        <message>
            <source>Fade</source>
            <translation>Fade</translation>
        </message>
        <message>
            <source>Add the requested items</source>
            <translation>Add the requested items</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Gain and cut…</source>
            <translation>Gain and cut…</translation>
        </message>
        <message>
            <source>Gain, fades and where the entry starts and ends (F2)</source>
            <translation>Gain, fades and where the entry starts and ends (F2)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Jingle…</source>
            <translation>Jingle…</translation>
        </message>
        <message>
            <source>Slot </source>
            <translation>Slot </translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>How long the slot is; the running order is measured against it</source>
            <translation>How long the slot is; the running order is measured against it</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Send for approval</source>
            <translation>Send for approval</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reason for broadcasting in quiet hours</source>
            <translation>Reason for broadcasting in quiet hours</translation>
        </message>
        <message>
            <source>Make the audio file</source>
            <translation>Make the audio file</translation>
        </message>
        <message>
            <source>Double-click an entry to hear the programme from it; drop library items here</source>
            <translation>Double-click an entry to hear the programme from it; drop library items here</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Near this date: {names}.</source>
            <translation>Near this date: {names}.</translation>
        </message>
        <message>
            <source>{count} item(s) in the library are tagged for it: {titles}</source>
            <translation>{count} item(s) in the library are tagged for it: {titles}</translation>
        </message>
        <message>
            <source>“{title}”: {needed} of {requested} airing(s) still needed</source>
            <translation>“{title}”: {needed} of {requested} airing(s) still needed</translation>
        </message>
        <message>
            <source>The province asks for these to be aired:</source>
            <translation>The province asks for these to be aired:</translation>
        </message>
        <message>
            <source>No speech engine is installed: text entries will be shown on the boards but not read aloud. Install espeak-ng or a Vietnamese Windows voice.</source>
            <translation>No speech engine is installed: text entries will be shown on the boards but not read aloud. Install espeak-ng or a Vietnamese Windows voice.</translation>
        </message>
        <message>
            <source>Northern voice</source>
            <translation>Northern voice</translation>
        </message>
        <message>
            <source>Central voice</source>
            <translation>Central voice</translation>
        </message>
        <message>
            <source>Southern voice</source>
            <translation>Southern voice</translation>
        </message>
        <message>
            <source> (made in the commune)</source>
            <translation> (made in the commune)</translation>
        </message>
        <message>
            <source> (reviewed by the province)</source>
            <translation> (reviewed by the province)</translation>
        </message>
        <message>
            <source> — at the start</source>
            <translation> — at the start</translation>
        </message>
        <message>
            <source> — at the end</source>
            <translation> — at the end</translation>
        </message>
        <message>
            <source> — between items</source>
            <translation> — between items</translation>
        </message>
        <message>
            <source>Choose a programme to see its running order.</source>
            <translation>Choose a programme to see its running order.</translation>
        </message>
        <message>
            <source>Give the programme a name first.</source>
            <translation>Give the programme a name first.</translation>
        </message>
        <message>
            <source>Programme created. Add bulletins to it.</source>
            <translation>Programme created. Add bulletins to it.</translation>
        </message>
        <message>
            <source>Choose a programme first.</source>
            <translation>Choose a programme first.</translation>
        </message>
        <message>
            <source>The recording is in the library; choose a programme to add it to.</source>
            <translation>The recording is in the library; choose a programme to add it to.</translation>
        </message>
        <message>
            <source>Ready to go on air.</source>
            <translation>Ready to go on air.</translation>
        </message>
        <message>
            <source>Not ready yet:</source>
            <translation>Not ready yet:</translation>
        </message>
        <message>
            <source>‹ Programme list</source>
            <translation>‹ Programme list</translation>
        </message>
        <message>
            <source>To Zalo…</source>
            <translation>To Zalo…</translation>
        </message>
        <message>
            <source>Publish the programme's bulletins as articles on the commune's Zalo OA</source>
            <translation>Publish the programme's bulletins as articles on the commune's Zalo OA</translation>
        </message>
        <message>
            <source>Move up (Ctrl+Up)</source>
            <translation>Move up (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down (Ctrl+Down)</source>
            <translation>Move down (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Text…</source>
            <translation>Text…</translation>
        </message>
        <message>
            <source>Text read aloud, or bulletins by their codes</source>
            <translation>Text read aloud, or bulletins by their codes</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>When it airs: once, every day, chosen days, at what times</source>
            <translation>When it airs: once, every day, chosen days, at what times</translation>
        </message>
        <message>
            <source>Where it goes: the whole commune, villages, clusters and boards</source>
            <translation>Where it goes: the whole commune, villages, clusters and boards</translation>
        </message>
        <message>
            <source>Pause…</source>
            <translation>Pause…</translation>
        </message>
        <message>
            <source>Add a pause (seconds of silence)</source>
            <translation>Add a pause (seconds of silence)</translation>
        </message>
        <message>
            <source>Relay…</source>
            <translation>Relay…</translation>
        </message>
        <message>
            <source>Relay a radio stream (the national or provincial station) for a set time</source>
            <translation>Relay a radio stream (the national or provincial station) for a set time</translation>
        </message>
        <message>
            <source>Slot: no limit</source>
            <translation>Slot: no limit</translation>
        </message>
        <message>
            <source>No programme in this list: type a name and press “{create}”, or press “{template}”.</source>
            <translation>No programme in this list: type a name and press “{create}”, or press “{template}”.</translation>
        </message>
        <message>
            <source>The province asks for {count} item(s) not aired enough yet, such as “{title}” ({needed} more).</source>
            <translation>The province asks for {count} item(s) not aired enough yet, such as “{title}” ({needed} more).</translation>
        </message>
        <message>
            <source>{count} more are asked for at times this programme does not air, such as “{title}”: put them in a programme that airs then.</source>
            <translation>{count} more are asked for at times this programme does not air, such as “{title}”: put them in a programme that airs then.</translation>
        </message>
        <message>
            <source>Asked for at times this programme does not air:</source>
            <translation>Asked for at times this programme does not air:</translation>
        </message>
        <message>
            <source>Picture (boards)</source>
            <translation>Picture (boards)</translation>
        </message>
        <message>
            <source>{name} — {state}</source>
            <translation>{name} — {state}</translation>
        </message>
        <message>
            <source>template</source>
            <translation>template</translation>
        </message>
        <message>
            <source>Airs: {when}</source>
            <translation>Airs: {when}</translation>
        </message>
        <message>
            <source>Goes to: {where}</source>
            <translation>Goes to: {where}</translation>
        </message>
        <message>
            <source>{repeat}, nothing coming</source>
            <translation>{repeat}, nothing coming</translation>
        </message>
        <message>
            <source>once, {at} (past)</source>
            <translation>once, {at} (past)</translation>
        </message>
        <message>
            <source>{repeat}, next {at} ({count} this week)</source>
            <translation>{repeat}, next {at} ({count} this week)</translation>
        </message>
        <message>
            <source>{count} entries, {total} in all</source>
            <translation>{count} entries, {total} in all</translation>
        </message>
        <message>
            <source>ends at {end}</source>
            <translation>ends at {end}</translation>
        </message>
        <message>
            <source>{over} over its {slot} slot</source>
            <translation>{over} over its {slot} slot</translation>
        </message>
        <message>
            <source>{left} left of its {slot} slot</source>
            <translation>{left} left of its {slot} slot</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Name of the copy</source>
            <translation>Name of the copy</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <source>Copy made. It is a draft: change it, then send it for approval.</source>
            <translation>Copy made. It is a draft: change it, then send it for approval.</translation>
        </message>
        <message>
            <source>Delete the draft “{name}”? This cannot be undone.</source>
            <translation>Delete the draft “{name}”? This cannot be undone.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Deleted.</translation>
        </message>
        <message>
            <source>Withdraw from the air</source>
            <translation>Withdraw from the air</translation>
        </message>
        <message>
            <source>“{name}” will be taken off the air and every cluster and board that holds it will be told to drop it. Why?</source>
            <translation>“{name}” will be taken off the air and every cluster and board that holds it will be told to drop it. Why?</translation>
        </message>
        <message>
            <source>Withdrawn; {count} device(s) told to drop it.</source>
            <translation>Withdrawn; {count} device(s) told to drop it.</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Save as template</translation>
        </message>
        <message>
            <source>Name of the template</source>
            <translation>Name of the template</translation>
        </message>
        <message>
            <source>Saved as a template.</source>
            <translation>Saved as a template.</translation>
        </message>
        <message>
            <source>New programme made from the template. Add the news between the jingles.</source>
            <translation>New programme made from the template. Add the news between the jingles.</translation>
        </message>
        <message>
            <source>No template yet</source>
            <translation>No template yet</translation>
        </message>
        <message>
            <source>“{name}” is {state}. Changing it sends it back to draft: it must be approved again before it airs, and the devices keep the approved version until then. Change it?</source>
            <translation>“{name}” is {state}. Changing it sends it back to draft: it must be approved again before it airs, and the devices keep the approved version until then. Change it?</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Seconds of silence</source>
            <translation>Seconds of silence</translation>
        </message>
        <message>
            <source>Choose an entry of the running order first.</source>
            <translation>Choose an entry of the running order first.</translation>
        </message>
        <message>
            <source>Sent for approval. A leader approves it (here or at another computer).</source>
            <translation>Sent for approval. A leader approves it (here or at another computer).</translation>
        </message>
        <message>
            <source>Sent for approval; its sound is ready for the loudspeakers. A leader approves it (here or at another computer).</source>
            <translation>Sent for approval; its sound is ready for the loudspeakers. A leader approves it (here or at another computer).</translation>
        </message>
        <message>
            <source>Approving…</source>
            <translation>Approving…</translation>
        </message>
        <message>
            <source>Approving: reading the text bulletins out ({done} of {total})…</source>
            <translation>Approving: reading the text bulletins out ({done} of {total})…</translation>
        </message>
        <message>
            <source>Approving: bringing the sound to the station’s loudness ({done} of {total} files)…</source>
            <translation>Approving: bringing the sound to the station’s loudness ({done} of {total} files)…</translation>
        </message>
        <message>
            <source>approved, not scheduled: {reason}</source>
            <translation>approved, not scheduled: {reason}</translation>
        </message>
        <message>
            <source>Audio file ready: {path}</source>
            <translation>Audio file ready: {path}</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Stopped.</translation>
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
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
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
            <source>Show Details...</source>
            <translation>Show Details...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hide Details...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
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
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Don't Save</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Close without Saving</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copy &amp;Link Location</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Record</source>
            <extracomment>the library item made from the last kept take</extracomment>
            <translation>Record</translation>
        </message>
        <message>
            <source>Record from the microphone</source>
            <translation>Record from the microphone</translation>
        </message>
        <message>
            <source>Title of the recording</source>
            <translation>Title of the recording</translation>
        </message>
        <message>
            <source>Recording {when}</source>
            <translation>Recording {when}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Play back</source>
            <translation>Play back</translation>
        </message>
        <message>
            <source>Keep in the library</source>
            <translation>Keep in the library</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>No microphone was found. Plug one in (or turn it on in the Windows sound settings) and open this window again.</source>
            <translation>No microphone was found. Plug one in (or turn it on in the Windows sound settings) and open this window again.</translation>
        </message>
        <message>
            <source>The microphone could not be opened.</source>
            <translation>The microphone could not be opened.</translation>
        </message>
        <message>
            <source>Recording… press Stop when you have finished.</source>
            <translation>Recording… press Stop when you have finished.</translation>
        </message>
        <message>
            <source>Recorded {seconds} s. Play it back, then keep it or discard it.</source>
            <translation>Recorded {seconds} s. Play it back, then keep it or discard it.</translation>
        </message>
        <message>
            <source>There is no loudspeaker to play it on.</source>
            <translation>There is no loudspeaker to play it on.</translation>
        </message>
        <message>
            <source>Give the recording a title first.</source>
            <translation>Give the recording a title first.</translation>
        </message>
        <message>
            <source>Saving to the library…</source>
            <translation>Saving to the library…</translation>
        </message>
        <message>
            <source>Kept as “{title}” and chosen for the emergency broadcast.</source>
            <translation>Kept as “{title}” and chosen for the emergency broadcast.</translation>
        </message>
        <message>
            <source>Kept in the library as “{title}”. The leader approves it before it goes on air.</source>
            <translation>Kept in the library as “{title}”. The leader approves it before it goes on air.</translation>
        </message>
        <message>
            <source>The recording was discarded.</source>
            <translation>The recording was discarded.</translation>
        </message>
    </context>
    <context>
        <name>RelayDialog</name>
        <message>
            <source>Relay a stream</source>
            <translation>Relay a stream</translation>
        </message>
        <message>
            <source>Stream &amp;address</source>
            <translation>Stream &amp;address</translation>
        </message>
        <message>
            <source>&amp;Relay for</source>
            <translation>&amp;Relay for</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>e.g. News from the national radio</source>
            <translation>e.g. News from the national radio</translation>
        </message>
        <message>
            <source>The loudspeakers play the stream themselves at the programme's time: make the relay a programme of its own. Clusters behind a vendor gateway and this computer's speakers can relay at a set time; the check names any that cannot.</source>
            <translation>The loudspeakers play the stream themselves at the programme's time: make the relay a programme of its own. Clusters behind a vendor gateway and this computer's speakers can relay at a set time; the check names any that cannot.</translation>
        </message>
        <message>
            <source>Type the stream's address, beginning with http://, https:// or rtsp://.</source>
            <translation>Type the stream's address, beginning with http://, https:// or rtsp://.</translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Once</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>Monday to Friday</translation>
        </message>
        <message>
            <source>Chosen days of the week</source>
            <translation>Chosen days of the week</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>&amp;Airs</source>
            <translation>&amp;Airs</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>&amp;Times</source>
            <translation>&amp;Times</translation>
        </message>
        <message>
            <source>Add time</source>
            <translation>Add time</translation>
        </message>
        <message>
            <source>Remove time</source>
            <translation>Remove time</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;First day</translation>
        </message>
        <message>
            <source>&amp;Last day</source>
            <translation>&amp;Last day</translation>
        </message>
        <message>
            <source>No last day</source>
            <translation>No last day</translation>
        </message>
        <message>
            <source>&amp;Days left out</source>
            <translation>&amp;Days left out</translation>
        </message>
        <message>
            <source>Leave out this day</source>
            <translation>Leave out this day</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Put back</translation>
        </message>
        <message>
            <source>The next {count} airings</source>
            <translation>The next {count} airings</translation>
        </message>
        <message>
            <source>Add at least one time of day.</source>
            <translation>Add at least one time of day.</translation>
        </message>
        <message>
            <source>Tick at least one day of the week.</source>
            <translation>Tick at least one day of the week.</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>The last day is before the first.</translation>
        </message>
        <message>
            <source>This rule gives no airing from today on.</source>
            <translation>This rule gives no airing from today on.</translation>
        </message>
        <message>
            <source>{count} of these airings have a problem (in red).</source>
            <translation>{count} of these airings have a problem (in red).</translation>
        </message>
        <message>
            <source>No problem with these airings.</source>
            <translation>No problem with these airings.</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Bulletins broadcast</source>
            <translation>Bulletins broadcast</translation>
        </message>
        <message>
            <source>Hours broadcast</source>
            <translation>Hours broadcast</translation>
        </message>
        <message>
            <source>Hours of the commune's own content</source>
            <translation>Hours of the commune's own content</translation>
        </message>
        <message>
            <source>Hours relayed</source>
            <translation>Hours relayed</translation>
        </message>
        <message>
            <source>Hours of items from the source system</source>
            <translation>Hours of items from the source system</translation>
        </message>
        <message>
            <source>Emergency broadcasts</source>
            <translation>Emergency broadcasts</translation>
        </message>
        <message>
            <source>Plays requested</source>
            <translation>Plays requested</translation>
        </message>
        <message>
            <source>Plays succeeded</source>
            <translation>Plays succeeded</translation>
        </message>
        <message>
            <source>Loudspeaker clusters</source>
            <translation>Loudspeaker clusters</translation>
        </message>
        <message>
            <source>Clusters in operation</source>
            <translation>Clusters in operation</translation>
        </message>
        <message>
            <source>Cluster availability</source>
            <translation>Cluster availability</translation>
        </message>
        <message>
            <source>Bulletin boards</source>
            <translation>Bulletin boards</translation>
        </message>
        <message>
            <source>Boards in operation</source>
            <translation>Boards in operation</translation>
        </message>
        <message>
            <source>Board availability</source>
            <translation>Board availability</translation>
        </message>
        <message>
            <source>Items sent to the province</source>
            <translation>Items sent to the province</translation>
        </message>
        <message>
            <source>Items received from the source system</source>
            <translation>Items received from the source system</translation>
        </message>
        <message>
            <source>Received items broadcast</source>
            <translation>Received items broadcast</translation>
        </message>
        <message>
            <source>Median time to first broadcast</source>
            <translation>Median time to first broadcast</translation>
        </message>
        <message>
            <source>Emergencies on air within 15 minutes</source>
            <translation>Emergencies on air within 15 minutes</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>plays</source>
            <translation>plays</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>clusters</translation>
        </message>
        <message>
            <source>boards</source>
            <translation>boards</translation>
        </message>
        <message>
            <source>times</source>
            <translation>times</translation>
        </message>
        <message>
            <source>items</source>
            <translation>items</translation>
        </message>
        <message>
            <source>Propagandists</source>
            <translation>Propagandists</translation>
        </message>
        <message>
            <source>Followers of the commune's social-media page</source>
            <translation>Followers of the commune's social-media page</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Played</source>
            <translation>Played</translation>
        </message>
        <message>
            <source>Partly played</source>
            <translation>Partly played</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Removed (withdrawn)</source>
            <translation>Removed (withdrawn)</translation>
        </message>
        <message>
            <source>Commune's own</source>
            <translation>Commune's own</translation>
        </message>
        <message>
            <source>Relay</source>
            <translation>Relay</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Source system</translation>
        </message>
        <message>
            <source>Device log</source>
            <translation>Device log</translation>
        </message>
        <message>
            <source>Inferred from status</source>
            <translation>Inferred from status</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>The console</source>
            <translation>The console</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Stream</source>
            <translation>Stream</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Being reviewed by the province</source>
            <translation>Being reviewed by the province</translation>
        </message>
        <message>
            <source>Accepted by the province</source>
            <translation>Accepted by the province</translation>
        </message>
        <message>
            <source>Not accepted by the province</source>
            <translation>Not accepted by the province</translation>
        </message>
        <message>
            <source>Refused by the source system</source>
            <translation>Refused by the source system</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Half-year</source>
            <translation>Half-year</translation>
        </message>
        <message>
            <source>Nine months</source>
            <translation>Nine months</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Month {month}/{year}</source>
            <translation>Month {month}/{year}</translation>
        </message>
        <message>
            <source>Quarter {quarter}/{year}</source>
            <translation>Quarter {quarter}/{year}</translation>
        </message>
        <message>
            <source>First half of {year}</source>
            <translation>First half of {year}</translation>
        </message>
        <message>
            <source>Second half of {year}</source>
            <translation>Second half of {year}</translation>
        </message>
        <message>
            <source>Nine months of {year}</source>
            <translation>Nine months of {year}</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Year {year}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <source>Prepare the report</source>
            <extracomment>a number of the form was clicked: its drill filter and what it is, in words a report changed state (its `ReportView`) a report was sent to the outbox the save dialog; tests put a function here that returns a path</extracomment>
            <translation>Prepare the report</translation>
        </message>
        <message>
            <source>Counts the figures of the chosen period into a draft (a draft already there is counted again; what people filled in is kept).</source>
            <translation>Counts the figures of the chosen period into a draft (a draft already there is counted again; what people filled in is kept).</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Counted by the console</source>
            <translation>Counted by the console</translation>
        </message>
        <message>
            <source>Filled in by the station</source>
            <translation>Filled in by the station</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Head of the unit</source>
            <translation>Head of the unit</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Send the approved report to the Department through the outbox</source>
            <translation>Send the approved report to the Department through the outbox</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Export the form as an Excel workbook</source>
            <translation>Export the form as an Excel workbook</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Export the form as a PDF to print and sign</source>
            <translation>Export the form as a PDF to print and sign</translation>
        </message>
        <message>
            <source>No report chosen</source>
            <translation>No report chosen</translation>
        </message>
        <message>
            <source>Choose a period above and press "Prepare the report".</source>
            <translation>Choose a period above and press "Prepare the report".</translation>
        </message>
        <message>
            <source>Report for {period}</source>
            <translation>Report for {period}</translation>
        </message>
        <message>
            <source>State: {state}</source>
            <translation>State: {state}</translation>
        </message>
        <message>
            <source>Period {code} ({start} – {end}) · station code {station}</source>
            <translation>Period {code} ({start} – {end}) · station code {station}</translation>
        </message>
        <message>
            <source>Your role may look at reports only.</source>
            <translation>Your role may look at reports only.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Choose a period.</source>
            <translation>Choose a period.</translation>
        </message>
        <message>
            <source>The figures of {period} were counted into a draft.</source>
            <translation>The figures of {period} were counted into a draft.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Approved. It can now be sent to the Department.</source>
            <translation>Approved. It can now be sent to the Department.</translation>
        </message>
        <message>
            <source>Queued for the Department: it goes out with the next synchronisation (see Outbox &amp; sync).</source>
            <translation>Queued for the Department: it goes out with the next synchronisation (see Outbox &amp; sync).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Export the report</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Broadcast log</source>
            <translation>Broadcast log</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Periodic report</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Contributions</translation>
        </message>
        <message>
            <source>Prepare it</source>
            <translation>Prepare it</translation>
        </message>
        <message>
            <source>The report for {period} is due by {date} ({days} days left).</source>
            <translation>The report for {period} is due by {date} ({days} days left).</translation>
        </message>
        <message>
            <source>And {count} more report(s) due by {date} (point here to see them).</source>
            <translation>And {count} more report(s) due by {date} (point here to see them).</translation>
        </message>
    </context>
    <context>
        <name>RestoreWizard</name>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Restore and restart</source>
            <translation>Restore and restart</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Role of {name}</source>
            <translation>Role of {name}</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>Operators send and broadcast; editors build programmes; approving leaders approve them; viewers only look; administrators also manage accounts and settings.</source>
            <translation>Operators send and broadcast; editors build programmes; approving leaders approve them; viewers only look; administrators also manage accounts and settings.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RowsDialog</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>Previous week</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Previous day</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Next week</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Next day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Anniversaries and themes…</source>
            <translation>Anniversaries and themes…</translation>
        </message>
        <message>
            <source>Double-click an airing to open its programme; drag it to another day to move it</source>
            <translation>Double-click an airing to open its programme; drag it to another day to move it</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Whole commune</translation>
        </message>
        <message>
            <source>Quiet hours: nothing but emergencies before {start} or after {end}.</source>
            <translation>Quiet hours: nothing but emergencies before {start} or after {end}.</translation>
        </message>
        <message>
            <source> (quiet hours)</source>
            <translation> (quiet hours)</translation>
        </message>
        <message>
            <source>Anniversaries today:</source>
            <translation>Anniversaries today:</translation>
        </message>
        <message>
            <source>Anniversaries this week:</source>
            <translation>Anniversaries this week:</translation>
        </message>
        <message>
            <source>Theme of the month:</source>
            <translation>Theme of the month:</translation>
        </message>
        <message>
            <source>Open the programme</source>
            <translation>Open the programme</translation>
        </message>
        <message>
            <source>Its plays in the broadcast log</source>
            <translation>Its plays in the broadcast log</translation>
        </message>
        <message>
            <source>The {time} airing of {day} of “{name}”</source>
            <translation>The {time} airing of {day} of “{name}”</translation>
        </message>
        <message>
            <source>Moved. The programme goes back to draft if it was approved: have it approved again.</source>
            <translation>Moved. The programme goes back to draft if it was approved: have it approved again.</translation>
        </message>
    </context>
    <context>
        <name>SectionsBox</name>
        <message>
            <source>The plan against what was done; the Zalo OA and the team</source>
            <extracomment>a number was opened: its log filter and what it is, in words</extracomment>
            <translation>The plan against what was done; the Zalo OA and the team</translation>
        </message>
        <message>
            <source>Each cell: done / planned. Click a number to see the rows behind it.</source>
            <translation>Each cell: done / planned. Click a number to see the rows behind it.</translation>
        </message>
        <message>
            <source>Theme or campaign</source>
            <translation>Theme or campaign</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Show the rows behind this number</source>
            <translation>Show the rows behind this number</translation>
        </message>
        <message>
            <source>{channel}: {actual} of {planned} planned ({pct}), {verdict}</source>
            <translation>{channel}: {actual} of {planned} planned ({pct}), {verdict}</translation>
        </message>
        <message>
            <source>The station had no plan for this period when the report was prepared.</source>
            <translation>The station had no plan for this period when the report was prepared.</translation>
        </message>
        <message>
            <source>Zalo OA followers: {start} at the start (read {start_day}), {end} at the end (read {end_day}); {articles} articles, {views} views.</source>
            <translation>Zalo OA followers: {start} at the start (read {start_day}), {end} at the end (read {end_day}); {articles} articles, {views} views.</translation>
        </message>
        <message>
            <source>Team: {people} propagandists, {activities} activities reaching {reached} people, {trainings} trainings.</source>
            <translation>Team: {people} propagandists, {activities} activities reaching {reached} people, {trainings} trainings.</translation>
        </message>
    </context>
    <context>
        <name>SettingNames</name>
        <message>
            <source>Address of the source system</source>
            <translation>Address of the source system</translation>
        </message>
        <message>
            <source>Account at the source system</source>
            <translation>Account at the source system</translation>
        </message>
        <message>
            <source>CA certificates of the province</source>
            <translation>CA certificates of the province</translation>
        </message>
        <message>
            <source>Certificate checks</source>
            <translation>Certificate checks</translation>
        </message>
        <message>
            <source>Station code</source>
            <translation>Station code</translation>
        </message>
        <message>
            <source>Sync interval</source>
            <translation>Sync interval</translation>
        </message>
        <message>
            <source>Earliest broadcast</source>
            <translation>Earliest broadcast</translation>
        </message>
        <message>
            <source>Latest broadcast</source>
            <translation>Latest broadcast</translation>
        </message>
        <message>
            <source>Longest programme</source>
            <translation>Longest programme</translation>
        </message>
        <message>
            <source>Daily limit</source>
            <translation>Daily limit</translation>
        </message>
        <message>
            <source>Default volume</source>
            <translation>Default volume</translation>
        </message>
        <message>
            <source>Default targets</source>
            <translation>Default targets</translation>
        </message>
        <message>
            <source>FM station for relays</source>
            <translation>FM station for relays</translation>
        </message>
        <message>
            <source>Programme slots</source>
            <translation>Programme slots</translation>
        </message>
        <message>
            <source>Loudness target</source>
            <translation>Loudness target</translation>
        </message>
        <message>
            <source>True-peak ceiling</source>
            <translation>True-peak ceiling</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Lock after idle time</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>{count} min</source>
            <translation>{count} min</translation>
        </message>
        <message>
            <source>the whole commune</source>
            <translation>the whole commune</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>OFF</source>
            <translation>OFF</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>🔒 Set by {department} for every station of the province; it cannot be changed here.</source>
            <translation>🔒 Set by {department} for every station of the province; it cannot be changed here.</translation>
        </message>
        <message>
            <source>🔒 {setting}: set by {department}; it cannot be changed here.</source>
            <translation>🔒 {setting}: set by {department}; it cannot be changed here.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Parts of the settings</source>
            <translation>Parts of the settings</translation>
        </message>
        <message>
            <source>‹ All settings</source>
            <translation>‹ All settings</translation>
        </message>
        <message>
            <source>Certificate checks are switched OFF for the province's server. Anyone on the network between this computer and the province can read and change what the console receives and sends. Ask your IT staff to switch them back on (with the province's CA certificate if it has its own).</source>
            <translation>Certificate checks are switched OFF for the province's server. Anyone on the network between this computer and the province can read and change what the console receives and sends. Ask your IT staff to switch them back on (with the province's CA certificate if it has its own).</translation>
        </message>
        <message>
            <source>Passwords cannot be saved safely on this computer: they are kept only until the console closes. Ask your IT staff to check Windows Credential Manager.</source>
            <translation>Passwords cannot be saved safely on this computer: they are kept only until the console closes. Ask your IT staff to check Windows Credential Manager.</translation>
        </message>
        <message>
            <source>The setting is used now but could not be saved: {reason}</source>
            <translation>The setting is used now but could not be saved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SettingsSections</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Broadcast rules</source>
            <translation>Broadcast rules</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Source system</source>
            <translation>Source system</translation>
        </message>
        <message>
            <source>Zalo OA</source>
            <translation>Zalo OA</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>Sign in to the console</source>
            <translation>Sign in to the console</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>The console was locked because nobody used it for a while. Sign in to go on.</source>
            <translation>The console was locked because nobody used it for a while. Sign in to go on.</translation>
        </message>
        <message>
            <source>The console is locked. Sign in to go on.</source>
            <translation>The console is locked. Sign in to go on.</translation>
        </message>
        <message>
            <source>You have signed out.</source>
            <translation>You have signed out.</translation>
        </message>
        <message>
            <source>Please enter your user name and password.</source>
            <translation>Please enter your user name and password.</translation>
        </message>
        <message>
            <source>Wrong user name or password. Please try again.</source>
            <translation>Wrong user name or password. Please try again.</translation>
        </message>
    </context>
    <context>
        <name>Slides</name>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>SourceCheck</name>
        <message>
            <source>The connection works. The province knows this station as {station}.</source>
            <translation>The connection works. The province knows this station as {station}.</translation>
        </message>
        <message>
            <source>This is not a web address. It starts with https:// — copy it exactly from the Department's letter.</source>
            <translation>This is not a web address. It starts with https:// — copy it exactly from the Department's letter.</translation>
        </message>
        <message>
            <source>This computer is not connected to the network. Check the cable, the Wi-Fi or the 3G/4G modem, then try again.</source>
            <translation>This computer is not connected to the network. Check the cable, the Wi-Fi or the 3G/4G modem, then try again.</translation>
        </message>
        <message>
            <source>The server name {host} was not found. Check the address for typing mistakes. If it is right, the network cannot look names up: ask your IT staff.</source>
            <translation>The server name {host} was not found. Check the address for typing mistakes. If it is right, the network cannot look names up: ask your IT staff.</translation>
        </message>
        <message>
            <source>Nothing answers at this address: the address or its port is wrong, or the province's server is stopped. Check the address; if it is right, call the province.</source>
            <translation>Nothing answers at this address: the address or its port is wrong, or the province's server is stopped. Check the address; if it is right, call the province.</translation>
        </message>
        <message>
            <source>The server did not answer in time: the connection is too slow or the server is busy. Try again in a few minutes.</source>
            <translation>The server did not answer in time: the connection is too slow or the server is busy. Try again in a few minutes.</translation>
        </message>
        <message>
            <source>The server's security certificate is not trusted. If the province uses its own certificate authority, ask your IT staff to add its CA file. Do not switch the checks off.</source>
            <translation>The server's security certificate is not trusted. If the province uses its own certificate authority, ask your IT staff to add its CA file. Do not switch the checks off.</translation>
        </message>
        <message>
            <source>The province's server refused this account or password. Check the account name and type the password again (mind Caps Lock); if it still fails, ask the province to reset it.</source>
            <translation>The province's server refused this account or password. Check the account name and type the password again (mind Caps Lock); if it still fails, ask the province to reset it.</translation>
        </message>
        <message>
            <source>The province's server has a fault of its own ({detail}). Nothing is wrong on this computer: try again later, or tell the province.</source>
            <translation>The province's server has a fault of its own ({detail}). Nothing is wrong on this computer: try again later, or tell the province.</translation>
        </message>
        <message>
            <source>Something answers at this address, but it is not the source system. Check the address (it usually ends in /api/v1).</source>
            <translation>Something answers at this address, but it is not the source system. Check the address (it usually ends in /api/v1).</translation>
        </message>
    </context>
    <context>
        <name>SourceSection</name>
        <message>
            <source>The province's source system</source>
            <translation>The province's source system</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>A&amp;ccount:</source>
            <translation>A&amp;ccount:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Check the connection</source>
            <translation>Check the connection</translation>
        </message>
        <message>
            <source>Sign in and save</source>
            <translation>Sign in and save</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Fetch files and send waiting messages every</source>
            <translation>Fetch files and send waiting messages every</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>New bulletins and emergencies arrive as soon as the province publishes them; this is how often the console also fetches files and sends waiting messages.</source>
            <translation>New bulletins and emergencies arrive as soon as the province publishes them; this is how often the console also fetches files and sends waiting messages.</translation>
        </message>
        <message>
            <source>Settings from the Department</source>
            <translation>Settings from the Department</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>The Department fixes part of the account.</source>
            <translation>The Department fixes part of the account.</translation>
        </message>
        <message>
            <source>(saved; type it only to change it)</source>
            <translation>(saved; type it only to change it)</translation>
        </message>
        <message>
            <source>The Department has not preset anything for this station (no department.json beside the program).</source>
            <translation>The Department has not preset anything for this station (no department.json beside the program).</translation>
        </message>
        <message>
            <source>{department} presets these settings. Locked ones cannot be changed at the station; the others are suggestions the station may change.</source>
            <translation>{department} presets these settings. Locked ones cannot be changed at the station; the others are suggestions the station may change.</translation>
        </message>
        <message>
            <source>🔒 locked</source>
            <translation>🔒 locked</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>suggested</translation>
        </message>
        <message>
            <source>Fill in the address and the account.</source>
            <translation>Fill in the address and the account.</translation>
        </message>
        <message>
            <source>Type the password of the account.</source>
            <translation>Type the password of the account.</translation>
        </message>
        <message>
            <source>Checking the connection…</source>
            <translation>Checking the connection…</translation>
        </message>
        <message>
            <source>Signing in to the province…</source>
            <translation>Signing in to the province…</translation>
        </message>
        <message>
            <source>Signed in for {station}. Saved.</source>
            <translation>Signed in for {station}. Saved.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Connection to the province</source>
            <translation>Connection to the province</translation>
        </message>
        <message>
            <source>Messages waiting to be sent</source>
            <translation>Messages waiting to be sent</translation>
        </message>
        <message>
            <source>Last synchronisation</source>
            <translation>Last synchronisation</translation>
        </message>
        <message>
            <source>FM relay</source>
            <translation>FM relay</translation>
        </message>
        <message>
            <source>Logged-in user</source>
            <translation>Logged-in user</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Nobody signed in</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Status unavailable</source>
            <translation>Status unavailable</translation>
        </message>
        <message>
            <source>Reading status…</source>
            <translation>Reading status…</translation>
        </message>
        <message>
            <source>Connection to the provincial source system</source>
            <translation>Connection to the provincial source system</translation>
        </message>
        <message>
            <source>Outbox: {count} (emergency: {emergency})</source>
            <translation>Outbox: {count} (emergency: {emergency})</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>Outbox: {count}</translation>
        </message>
        <message>
            <source>Not synchronised yet</source>
            <translation>Not synchronised yet</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <source>FM relay until {time}</source>
            <translation>FM relay until {time}</translation>
        </message>
        <message>
            <source>Clusters relay an FM station; at {time} the console sends them back to their schedule (Devices › Stop playing ends it sooner)</source>
            <translation>Clusters relay an FM station; at {time} the console sends them back to their schedule (Devices › Stop playing ends it sooner)</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>sync with the province</source>
            <translation>sync with the province</translation>
        </message>
        <message>
            <source>sending to devices</source>
            <translation>sending to devices</translation>
        </message>
        <message>
            <source>playout to the transmitter</source>
            <translation>playout to the transmitter</translation>
        </message>
        <message>
            <source>publishing to the Zalo OA</source>
            <translation>publishing to the Zalo OA</translation>
        </message>
        <message>
            <source>the daily backup to the second place</source>
            <translation>the daily backup to the second place</translation>
        </message>
        <message>
            <source>{work} runs on {workstation}</source>
            <translation>{work} runs on {workstation}</translation>
        </message>
        <message>
            <source>This station's PCs share one database; the work named here runs on the other PC, and this one takes it over if that PC stops.</source>
            <translation>This station's PCs share one database; the work named here runs on the other PC, and this one takes it over if that PC stops.</translation>
        </message>
        <message>
            <source>Certificate checks OFF</source>
            <translation>Certificate checks OFF</translation>
        </message>
        <message>
            <source>The connection to the province is not protected: certificate checks were switched off in the settings.</source>
            <translation>The connection to the province is not protected: certificate checks were switched off in the settings.</translation>
        </message>
        <message>
            <source>PC clock {amount} slow</source>
            <translation>PC clock {amount} slow</translation>
        </message>
        <message>
            <source>This PC's clock is {amount} behind the province server</source>
            <translation>This PC's clock is {amount} behind the province server</translation>
        </message>
        <message>
            <source>PC clock {amount} fast</source>
            <translation>PC clock {amount} fast</translation>
        </message>
        <message>
            <source>This PC's clock is {amount} ahead of the province server</source>
            <translation>This PC's clock is {amount} ahead of the province server</translation>
        </message>
        <message>
            <source>Wrong clock on {count} device(s)</source>
            <translation>Wrong clock on {count} device(s)</translation>
        </message>
        <message>
            <source>{name}: clock {amount} ahead</source>
            <translation>{name}: clock {amount} ahead</translation>
        </message>
        <message>
            <source>{name}: clock {amount} behind</source>
            <translation>{name}: clock {amount} behind</translation>
        </message>
    </context>
    <context>
        <name>StationTray</name>
        <message>
            <source>Open the console</source>
            <translation>Open the console</translation>
        </message>
        <message>
            <source>Quit (this computer's speakers stop)</source>
            <translation>Quit (this computer's speakers stop)</translation>
        </message>
        <message>
            <source>Commune Broadcast Console</source>
            <translation>Commune Broadcast Console</translation>
        </message>
        <message>
            <source>Link: {state}</source>
            <translation>Link: {state}</translation>
        </message>
        <message>
            <source>Waiting to be sent: {count}</source>
            <translation>Waiting to be sent: {count}</translation>
        </message>
        <message>
            <source>Next: {programme}</source>
            <translation>Next: {programme}</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Still running</translation>
        </message>
        <message>
            <source>The console keeps playing and listening in the background.</source>
            <translation>The console keeps playing and listening in the background.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsTab</name>
        <message>
            <source>Collect play logs and count again</source>
            <extracomment>a number or a bar was clicked: its drill filter and what it is, in words the statistics of a period arrived (a `Statistics`) fetches waiting play logs from the devices (None: do not collect)</extracomment>
            <translation>Collect play logs and count again</translation>
        </message>
        <message>
            <source>Collecting play logs from the clusters and boards…</source>
            <translation>Collecting play logs from the clusters and boards…</translation>
        </message>
        <message>
            <source>Play logs could not be collected ({reason}); the figures count what is already here.</source>
            <translation>Play logs could not be collected ({reason}); the figures count what is already here.</translation>
        </message>
        <message>
            <source>{count} clusters or boards could not be reached; their latest plays are counted once they answer.</source>
            <translation>{count} clusters or boards could not be reached; their latest plays are counted once they answer.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>The figures could not be counted: {reason}</source>
            <translation>The figures could not be counted: {reason}</translation>
        </message>
        <message>
            <source>Figures for {period}. Click a blue number or a bar to see the plays behind it.</source>
            <translation>Figures for {period}. Click a blue number or a bar to see the plays behind it.</translation>
        </message>
        <message>
            <source>Bulletins broadcast by village</source>
            <translation>Bulletins broadcast by village</translation>
        </message>
        <message>
            <source>Bulletins broadcast by month</source>
            <translation>Bulletins broadcast by month</translation>
        </message>
        <message>
            <source>Bulletins</source>
            <translation>Bulletins</translation>
        </message>
        <message>
            <source>Hours on air by village</source>
            <translation>Hours on air by village</translation>
        </message>
        <message>
            <source>Hours on air by month</source>
            <translation>Hours on air by month</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Bulletins by category</source>
            <translation>Bulletins by category</translation>
        </message>
        <message>
            <source>Availability by day (%)</source>
            <translation>Availability by day (%)</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Boards</source>
            <translation>Boards</translation>
        </message>
        <message>
            <source>{what} — {period}</source>
            <translation>{what} — {period}</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Where it goes</source>
            <translation>Where it goes</translation>
        </message>
        <message>
            <source>Tick the whole commune, villages, or single clusters and boards. A ticked village also takes clusters added to it later.</source>
            <translation>Tick the whole commune, villages, or single clusters and boards. A ticked village also takes clusters added to it later.</translation>
        </message>
        <message>
            <source>Use this for new programmes (the station's default)</source>
            <translation>Use this for new programmes (the station's default)</translation>
        </message>
        <message>
            <source>Whole commune ({online} of {total} online)</source>
            <translation>Whole commune ({online} of {total} online)</translation>
        </message>
        <message>
            <source>No village</source>
            <translation>No village</translation>
        </message>
        <message>
            <source>{name} ({online} of {total} online)</source>
            <translation>{name} ({online} of {total} online)</translation>
        </message>
        <message>
            <source>board</source>
            <translation>board</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>this computer</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>cluster</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Nothing is ticked: tick where the programme goes.</source>
            <translation>Nothing is ticked: tick where the programme goes.</translation>
        </message>
        <message>
            <source>{count} clusters and boards will get it.</source>
            <translation>{count} clusters and boards will get it.</translation>
        </message>
    </context>
    <context>
        <name>TeamTab</name>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Columns: full name, village, phone, Zalo, role, note. A known phone number updates that person.</source>
            <translation>Columns: full name, village, phone, Zalo, role, note. A known phone number updates that person.</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Add a person…</source>
            <translation>Add a person…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Zalo</source>
            <translation>Zalo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Trainings attended</source>
            <translation>Trainings attended</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>(the whole commune)</source>
            <translation>(the whole commune)</translation>
        </message>
        <message>
            <source>{count} propagandists.</source>
            <translation>{count} propagandists.</translation>
        </message>
        <message>
            <source>No propagandists in the team yet.</source>
            <translation>No propagandists in the team yet.</translation>
        </message>
        <message>
            <source>“Import from Excel…” takes the commune's list (full name, village, phone, Zalo, role, note); “Add a person…” adds one at a time.</source>
            <translation>“Import from Excel…” takes the commune's list (full name, village, phone, Zalo, role, note); “Add a person…” adds one at a time.</translation>
        </message>
        <message>
            <source>The list of propagandists</source>
            <translation>The list of propagandists</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>{added} added, {updated} updated, {unchanged} unchanged.</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>Written to {path}.</source>
            <translation>Written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>ThemeDialog</name>
        <message>
            <source>Theme of the plan</source>
            <translation>Theme of the plan</translation>
        </message>
        <message>
            <source>Change the theme</source>
            <translation>Change the theme</translation>
        </message>
        <message>
            <source>A month</source>
            <translation>A month</translation>
        </message>
        <message>
            <source>A quarter</source>
            <translation>A quarter</translation>
        </message>
        <message>
            <source>Half a year</source>
            <translation>Half a year</translation>
        </message>
        <message>
            <source>tags of its bulletins, comma separated</source>
            <translation>tags of its bulletins, comma separated</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Theme or campaign:</source>
            <translation>Theme or campaign:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>{channel}, planned:</source>
            <translation>{channel}, planned:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <source>{time} today</source>
            <translation>{time} today</translation>
        </message>
        <message>
            <source>{time} yesterday</source>
            <translation>{time} yesterday</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Read today's overview again (F5)</source>
            <translation>Read today's overview again (F5)</translation>
        </message>
        <message>
            <source>Today's programmes</source>
            <translation>Today's programmes</translation>
        </message>
        <message>
            <source>Loudspeaker clusters and boards</source>
            <translation>Loudspeaker clusters and boards</translation>
        </message>
        <message>
            <source>New from the province since yesterday</source>
            <translation>New from the province since yesterday</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>This month's themes: done / planned</source>
            <translation>This month's themes: done / planned</translation>
        </message>
        <message>
            <source>Programmes ›</source>
            <translation>Programmes ›</translation>
        </message>
        <message>
            <source>Open the Programmes page</source>
            <translation>Open the Programmes page</translation>
        </message>
        <message>
            <source>Devices ›</source>
            <translation>Devices ›</translation>
        </message>
        <message>
            <source>Open the Devices page</source>
            <translation>Open the Devices page</translation>
        </message>
        <message>
            <source>Library ›</source>
            <translation>Library ›</translation>
        </message>
        <message>
            <source>Open the Library</source>
            <translation>Open the Library</translation>
        </message>
        <message>
            <source>Outbox ›</source>
            <translation>Outbox ›</translation>
        </message>
        <message>
            <source>Open Outbox &amp; sync</source>
            <translation>Open Outbox &amp; sync</translation>
        </message>
        <message>
            <source>Could not read this: {reason}</source>
            <translation>Could not read this: {reason}</translation>
        </message>
        <message>
            <source>Whether the station is backed up could not be read: {reason}</source>
            <translation>Whether the station is backed up could not be read: {reason}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Show fewer</translation>
        </message>
        <message>
            <source>No programme is planned for today.</source>
            <translation>No programme is planned for today.</translation>
        </message>
        <message>
            <source>The {time} airing of “{name}”</source>
            <translation>The {time} airing of “{name}”</translation>
        </message>
        <message>
            <source>Waiting for approval ({count}):</source>
            <translation>Waiting for approval ({count}):</translation>
        </message>
        <message>
            <source>no airing left</source>
            <translation>no airing left</translation>
        </message>
        <message>
            <source>• “{name}”, sent by {who}; next airing {when}</source>
            <translation>• “{name}”, sent by {who}; next airing {when}</translation>
        </message>
        <message>
            <source>Open this programme to listen and approve it</source>
            <translation>Open this programme to listen and approve it</translation>
        </message>
        <message>
            <source>Withdrawn by the province: {titles} left “{programme}” and {devices} device(s) at {time}.</source>
            <translation>Withdrawn by the province: {titles} left “{programme}” and {devices} device(s) at {time}.</translation>
        </message>
        <message>
            <source>It must be approved again.</source>
            <translation>It must be approved again.</translation>
        </message>
        <message>
            <source>The console was off from {since} to {back}.</source>
            <translation>The console was off from {since} to {back}.</translation>
        </message>
        <message>
            <source>• Missed: {title}</source>
            <translation>• Missed: {title}</translation>
        </message>
        <message>
            <source>• {title} went on from minute {minute}.</source>
            <translation>• {title} went on from minute {minute}.</translation>
        </message>
        <message>
            <source>Still owed to the province:</source>
            <translation>Still owed to the province:</translation>
        </message>
        <message>
            <source>• “{title}”: {needed} more airing(s) of {requested} asked</source>
            <translation>• “{title}”: {needed} more airing(s) of {requested} asked</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <source>The name opens the programme; what the devices' play logs say opens those plays in the broadcast log</source>
            <translation>The name opens the programme; what the devices' play logs say opens those plays in the broadcast log</translation>
        </message>
        <message>
            <source>The name opens the programme</source>
            <translation>The name opens the programme</translation>
        </message>
        <message>
            <source>No loudspeaker cluster or board has been added yet.</source>
            <translation>No loudspeaker cluster or board has been added yet.</translation>
        </message>
        <message>
            <source>clusters online</source>
            <translation>clusters online</translation>
        </message>
        <message>
            <source>Boards online: {online} of {total}</source>
            <translation>Boards online: {online} of {total}</translation>
        </message>
        <message>
            <source>{count} not checked yet: Devices › Check now asks them</source>
            <translation>{count} not checked yet: Devices › Check now asks them</translation>
        </message>
        <message>
            <source>Nothing new since yesterday.</source>
            <translation>Nothing new since yesterday.</translation>
        </message>
        <message>
            <source>New items: {count}</source>
            <translation>New items: {count}</translation>
        </message>
        <message>
            <source>Emergency: {count}</source>
            <translation>Emergency: {count}</translation>
        </message>
        <message>
            <source>Nothing is waiting: everything has been sent.</source>
            <translation>Nothing is waiting: everything has been sent.</translation>
        </message>
        <message>
            <source>messages waiting for the connection</source>
            <translation>messages waiting for the connection</translation>
        </message>
        <message>
            <source>of which emergency: {count}</source>
            <translation>of which emergency: {count}</translation>
        </message>
        <message>
            <source>The plan has no theme for this month. The year's plan is imported on the Plan and team page.</source>
            <translation>The plan has no theme for this month. The year's plan is imported on the Plan and team page.</translation>
        </message>
        <message>
            <source>Loudspeakers {airings} · boards {board_days} days · Zalo {zalo} articles · team {team} activities</source>
            <translation>Loudspeakers {airings} · boards {board_days} days · Zalo {zalo} articles · team {team} activities</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <source>Record a training</source>
            <translation>Record a training</translation>
        </message>
        <message>
            <source>Correct a training</source>
            <translation>Correct a training</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Theme of the plan:</source>
            <translation>Theme of the plan:</translation>
        </message>
        <message>
            <source>Who attended:</source>
            <translation>Who attended:</translation>
        </message>
        <message>
            <source>(no theme of the plan)</source>
            <translation>(no theme of the plan)</translation>
        </message>
    </context>
    <context>
        <name>TrainingsTab</name>
        <message>
            <source>Record a training…</source>
            <translation>Record a training…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Correct the chosen training (also: double-click it)</source>
            <translation>Correct the chosen training (also: double-click it)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Theme of the plan</source>
            <translation>Theme of the plan</translation>
        </message>
        <message>
            <source>Who attended</source>
            <translation>Who attended</translation>
        </message>
        <message>
            <source>The training is recorded.</source>
            <translation>The training is recorded.</translation>
        </message>
        <message>
            <source>The training is corrected.</source>
            <translation>The training is corrected.</translation>
        </message>
        <message>
            <source>Delete training</source>
            <translation>Delete training</translation>
        </message>
        <message>
            <source>Delete the training “{title}” of {day} ({count} attended)? The plan and the reports no longer count it.</source>
            <translation>Delete the training “{title}” of {day} ({count} attended)? The plan and the reports no longer count it.</translation>
        </message>
        <message>
            <source>No training recorded in the last {days} days.</source>
            <translation>No training recorded in the last {days} days.</translation>
        </message>
        <message>
            <source>“Record a training…” records one with who of the team attended: the plan and the reports count it.</source>
            <translation>“Record a training…” records one with who of the team attended: the plan and the reports count it.</translation>
        </message>
        <message>
            <source>The training is deleted.</source>
            <translation>The training is deleted.</translation>
        </message>
    </context>
    <context>
        <name>ZaloPublishing</name>
        <message>
            <source>Publish to Zalo</source>
            <translation>Publish to Zalo</translation>
        </message>
        <message>
            <source>Publish on the commune's Zalo OA, for everyone to read?

{titles}</source>
            <translation>Publish on the commune's Zalo OA, for everyone to read?

{titles}</translation>
        </message>
        <message>
            <source>Already on the OA: the same revision is never published twice.</source>
            <translation>Already on the OA: the same revision is never published twice.</translation>
        </message>
        <message>
            <source>{count} article(s) queued for the Zalo OA. They go out in the background, also later if the connection is down now.</source>
            <translation>{count} article(s) queued for the Zalo OA. They go out in the background, also later if the connection is down now.</translation>
        </message>
    </context>
    <context>
        <name>ZaloSettingsBox</name>
        <message>
            <source>Zalo OA of the commune</source>
            <extracomment>the connection changed (connected, disconnected)</extracomment>
            <translation>Zalo OA of the commune</translation>
        </message>
        <message>
            <source>Bulletins can be published as articles on the commune's Zalo Official Account, and its followers and article views go into the reports. Copy the app id, the secret key and a refresh token from the Zalo developer console (developers.zalo.me). They are kept in Windows Credential Manager.</source>
            <translation>Bulletins can be published as articles on the commune's Zalo Official Account, and its followers and article views go into the reports. Copy the app id, the secret key and a refresh token from the Zalo developer console (developers.zalo.me). They are kept in Windows Credential Manager.</translation>
        </message>
        <message>
            <source>Zalo address:</source>
            <translation>Zalo address:</translation>
        </message>
        <message>
            <source>App id:</source>
            <translation>App id:</translation>
        </message>
        <message>
            <source>Secret key:</source>
            <translation>Secret key:</translation>
        </message>
        <message>
            <source>Refresh token:</source>
            <translation>Refresh token:</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Disconnect</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Not connected</translation>
        </message>
        <message>
            <source>Connected to {name}</source>
            <translation>Connected to {name}</translation>
        </message>
        <message>
            <source>{followers} followers (read {day}). Articles: {published} published, {waiting} waiting.</source>
            <translation>{followers} followers (read {day}). Articles: {published} published, {waiting} waiting.</translation>
        </message>
        <message>
            <source>The followers have not been read yet.</source>
            <translation>The followers have not been read yet.</translation>
        </message>
        <message>
            <source>Only an administrator can change the connection.</source>
            <translation>Only an administrator can change the connection.</translation>
        </message>
        <message>
            <source>Connecting to Zalo…</source>
            <translation>Connecting to Zalo…</translation>
        </message>
        <message>
            <source>Connected. Bulletins can now be published to the OA.</source>
            <translation>Connected. Bulletins can now be published to the OA.</translation>
        </message>
        <message>
            <source>Disconnect the Zalo OA? Articles waiting to be published stay in the outbox until it is connected again.</source>
            <translation>Disconnect the Zalo OA? Articles waiting to be published stay in the outbox until it is connected again.</translation>
        </message>
    </context>
    <context>
        <name>ZaloTab</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Bulletin</source>
            <translation>Bulletin</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Article id</source>
            <translation>Article id</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>The Zalo OA is not connected: an administrator connects it in Settings.</source>
            <translation>The Zalo OA is not connected: an administrator connects it in Settings.</translation>
        </message>
        <message>
            <source>{name}: {followers} followers</source>
            <translation>{name}: {followers} followers</translation>
        </message>
        <message>
            <source>{views} (read {day})</source>
            <translation>{views} (read {day})</translation>
        </message>
    </context>
</TS>
