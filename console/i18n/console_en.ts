<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>DevicesPage</name>
        <message>
            <source>The commune's loudspeaker clusters and electronic bulletin boards: which ones are online, what they are playing, their volume and whether their clocks are right.</source>
            <translation>The commune's loudspeaker clusters and electronic bulletin boards: which ones are online, what they are playing, their volume and whether their clocks are right.</translation>
        </message>
        <message>
            <source>You will be able to add a device, test it and change its volume.</source>
            <translation>You will be able to add a device, test it and change its volume.</translation>
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
            <source>For a storm, flood, fire or epidemic warning: one action stops what is playing everywhere and broadcasts the warning at once on every cluster and board.</source>
            <translation>For a storm, flood, fire or epidemic warning: one action stops what is playing everywhere and broadcasts the warning at once on every cluster and board.</translation>
        </message>
        <message>
            <source>Emergency messages never wait behind routine work, and every emergency broadcast is recorded in the log.</source>
            <translation>Emergency messages never wait behind routine work, and every emergency broadcast is recorded in the log.</translation>
        </message>
        <message>
            <source>Emergency broadcast</source>
            <translation>Emergency broadcast</translation>
        </message>
        <message>
            <source>Pre-empts every programme, on every device, now.</source>
            <translation>Pre-empts every programme, on every device, now.</translation>
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
            <source>The two passwords are not the same. Please type them again.</source>
            <translation>The two passwords are not the same. Please type them again.</translation>
        </message>
        <message>
            <source>The account could not be created: {reason}</source>
            <translation>The account could not be created: {reason}</translation>
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
            <source>The console stopped because of an unexpected problem. The details are in the log file.</source>
            <translation>The console stopped because of an unexpected problem. The details are in the log file.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Everything that arrived from the province and everything made in the commune: bulletins, audio, video, images and text notices, newest first, with their priority.</source>
            <translation>Everything that arrived from the province and everything made in the commune: bulletins, audio, video, images and text notices, newest first, with their priority.</translation>
        </message>
        <message>
            <source>You will be able to listen to, read and look at each item, and search in Vietnamese with or without accents: “dong nai” finds “Đồng Nai”.</source>
            <translation>You will be able to listen to, read and look at each item, and search in Vietnamese with or without accents: “dong nai” finds “Đồng Nai”.</translation>
        </message>
        <message>
            <source>Items past their validity date are marked and are never broadcast.</source>
            <translation>Items past their validity date are marked and are never broadcast.</translation>
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
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
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
            <source>Source system account</source>
            <translation>Source system account</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Server address:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Log in and save</source>
            <translation>Log in and save</translation>
        </message>
        <message>
            <source>CA certificates:</source>
            <translation>CA certificates:</translation>
        </message>
        <message>
            <source>Only for a provincial server with its own CA</source>
            <translation>Only for a provincial server with its own CA</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Only an administrator can change the account.</source>
            <translation>Only an administrator can change the account.</translation>
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
            <source>CA certificates</source>
            <translation>CA certificates</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>Certificates (*.pem *.crt *.cer)</translation>
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
            <source>Media: {files} files, {mb} MB received…</source>
            <translation>Media: {files} files, {mb} MB received…</translation>
        </message>
        <message>
            <source>Done: {added} new, {updated} changed, {withdrawn} withdrawn, {files} files received in {seconds} s.</source>
            <translation>Done: {added} new, {updated} changed, {withdrawn} withdrawn, {files} files received in {seconds} s.</translation>
        </message>
        <message>
            <source>Fill in the address, user name and password.</source>
            <translation>Fill in the address, user name and password.</translation>
        </message>
        <message>
            <source>Checking the account…</source>
            <translation>Checking the account…</translation>
        </message>
        <message>
            <source>Logged in for {station}. Saved.</source>
            <translation>Logged in for {station}. Saved.</translation>
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
        <name>ProgrammesPage</name>
        <message>
            <source>Build the programme for a broadcast slot: drag items in, put them in order, add the station jingle, turn a text notice into speech or record an announcement from the microphone.</source>
            <translation>Build the programme for a broadcast slot: drag items in, put them in order, add the station jingle, turn a text notice into speech or record an announcement from the microphone.</translation>
        </message>
        <message>
            <source>The total length is shown against the slot. Content made in the commune goes to the commune leader for approval before it can be broadcast.</source>
            <translation>The total length is shown against the slot. Content made in the commune goes to the commune leader for approval before it can be broadcast.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports for the provincial Department of Culture: bulletins and hours broadcast, emergency broadcasts, clusters and boards in operation, and more.</source>
            <translation>Reports for the provincial Department of Culture: bulletins and hours broadcast, emergency broadcasts, clusters and boards in operation, and more.</translation>
        </message>
        <message>
            <source>Choose a period (month, quarter, half-year, nine months or year), check the figures, fill in who prepared and who signs the report, and send it.</source>
            <translation>Choose a period (month, quarter, half-year, nine months or year), check the figures, fill in who prepared and who signs the report, and send it.</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>When each programme is broadcast: once, every day or on chosen weekdays, for a range of dates, to the whole commune or to chosen villages, clusters and boards.</source>
            <translation>When each programme is broadcast: once, every day or on chosen weekdays, for a range of dates, to the whole commune or to chosen villages, clusters and boards.</translation>
        </message>
        <message>
            <source>Broadcasts outside the allowed hours (normally 05:30 to 21:00) are refused unless a leader allows them and gives a reason.</source>
            <translation>Broadcasts outside the allowed hours (normally 05:30 to 21:00) are refused unless a leader allows them and gives a reason.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
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
            <source>Smaller (Ctrl -)</source>
            <translation>Smaller (Ctrl -)</translation>
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
            <source>Passwords cannot be saved safely on this computer: they are kept only until the console closes. Ask your IT staff to check Windows Credential Manager.</source>
            <translation>Passwords cannot be saved safely on this computer: they are kept only until the console closes. Ask your IT staff to check Windows Credential Manager.</translation>
        </message>
        <message>
            <source>The setting is used now but could not be saved: {reason}</source>
            <translation>The setting is used now but could not be saved: {reason}</translation>
        </message>
        <message>
            <source>The folder could not be opened: {path}</source>
            <translation>The folder could not be opened: {path}</translation>
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
            <source>Logged-in user</source>
            <translation>Logged-in user</translation>
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
            <source>Could not read this: {reason}</source>
            <translation>Could not read this: {reason}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>No programme is planned for today.</source>
            <translation>No programme is planned for today.</translation>
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
    </context>
</TS>
