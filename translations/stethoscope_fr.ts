<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertInbox</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but an alert is raised at warn or nudge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier alert has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a second alert still standing for the same device and practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a weekday and a date without the year, QDate format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1 at %2</source>
        <comment>a date, then a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <extracomment>An alert set aside, whose practice has been seen fixed since.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An alert: the device&apos;s name, then what is wrong (&quot;alice-mbp: Firewall is off&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3.</source>
        <extracomment>An alert as one sentence: what is wrong, how much it matters, its state.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login cannot be switched on: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Sign in to use a backend configured with auth = sso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 secret is stored. Set STETHOSCOPE_%2_SECRET to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed when %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API client secret or the account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed: the administrator the service account acts for (domain-wide delegation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name the service account&apos;s key file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set exactly one of %1 and %2: how LANDESK finds the employee&apos;s machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a time zone like Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed when %2 is basic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Opening the browser to sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-secret takes one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret arrived on standard input; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in. Run stethoscope --sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend is configured. Give a configuration with --config, or run with --demo to see the demo company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Stethoscope is already running; it was asked to show itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT&apos;s feedback service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope runs without a tray icon here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray. Close the window to keep Stethoscope checking in the background; start Stethoscope again to bring the window back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope is not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>%1 must look like 22:00-07:00, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show me how to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t my device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I no longer use this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Names an alert for a screen reader: its practice title, then its device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me how to fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the device&apos;s practice and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks every source again about your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this alert off for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets this alert aside; it is not raised again while the practice still fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t my device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I no longer use this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells IT, and the device no longer counts towards your status until it checks in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert about your devices, the newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. Stethoscope tells you here when a device needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices and their practices (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert about your devices (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices, the ones that need attention first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is known about your devices yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <comment>with the open ones</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told IT %1 that this isn&apos;t your device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told IT %1 that you no longer use this device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long time ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen %1, so it no longer counts towards your status. Shown as it was last reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security practices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts — Stethoscope</source>
        <extracomment>The details window&apos;s title on the Alerts tab.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Stethoscope</source>
        <extracomment>The details window&apos;s title: a device name, then the app&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this on the device itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check or set it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings to fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the settings on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practices of the selected device: critical, suggested, done and unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is known about the practices of this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale — last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale — not seen for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported to IT — not yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported to IT — no longer used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the model from who reported the device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device name (model)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Last known status: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. It does not count towards your status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeSession</name>
    <message>
        <source>You are not signed in. Sign in to see your devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>Not required by your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend did not say which platform this device runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is required.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest allowed version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is recommended.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest recommended version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <extracomment>%1 software name, %2 its version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 version was not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 version &quot;%2&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — your organization sets no minimum version for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed software was not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed, but its version could not be read; %2 or newer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is installed — %3 or newer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running, but its version was not reported; %2 or newer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operating system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Your feedback cannot be saved to %1: %2. It will be sent while Stethoscope keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feedback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be not-mine or no-longer-used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope: %1 is not my device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope: I no longer use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but it is not mine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but I no longer use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleParser</name>
    <message>
        <source>Google reports “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sent an answer that is not a JSON object; expected a device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sent a device list whose &quot;%1&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB debugging is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB debugging is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer options are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security patch level %1 is older than %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Chromebook no longer receives updates (since %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The Google service-account key could not sign the sign-in request; the key file&apos;s &quot;private_key&quot; is not a usable RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google service-account key file %1. Download a new JSON key for the service account in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is of type &quot;%1&quot;, not &quot;service_account&quot; (an OAuth client file will not do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a &quot;token_uri&quot; that is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a &quot;private_key&quot; that is not a PKCS#8 RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sent a token answer without a token or lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not accept the signature of service-account key %1 (invalid_grant: %2). The key was probably deleted or replaced in the Google Cloud console; create a new JSON key for %3 and use that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the service-account sign-in (invalid_grant: %1). Check that this computer&apos;s clock is right, that the admin subject %2 is an existing administrator of the domain, and that key %3 of %4 has not been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not let %1 act for %2 with the device scopes (unauthorized_client). In the Google Admin console, under Security › API controls › Domain-wide delegation, allow client ID %3 the scopes %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google rejected the service account %1 (%2). Check the key file and that the service account still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service-account token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleSource</name>
    <message>
        <source>the mobile device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Chromebook list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Google finds devices by their user&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to another server or to plain http; the redirect was not followed. Check the %1 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 at %2 failed: %3. Stethoscope does not accept certificates it cannot verify; IT can add the company&apos;s CA certificate with [tls] ca_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the credentials (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (403); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access to %2 (403). The account may lack a privilege.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (429); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know %2 (404). Check the %1 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (%2) while answering for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address &quot;%2&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address must start with https:// (plain http is only allowed to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JamfParser</name>
    <message>
        <source>Jamf sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf sent an answer that is not a JSON object; expected an inventory page with &quot;totalCount&quot; and &quot;results&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf sent an inventory page without a &quot;results&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf sent an inventory page whose &quot;totalCount&quot; is not a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault will finish turning on after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault is still encrypting (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault is still encrypting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf reports FileVault as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen Sharing or Remote Management is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection is off: set a passcode to turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passcode is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode does not meet your organization&apos;s requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf detected a jailbreak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JamfSource</name>
    <message>
        <source>the computer inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mobile device inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Jamf finds devices by their user&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <extracomment>%1 is the file (&quot;The policy file&quot;), %2 a key path like os_versions.Mac, %3 the problem.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RFC 3339 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid schema number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer version of Stethoscope (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Access to the system keychain was denied. Allow Stethoscope to use the keychain when asked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Stethoscope keeps secrets only there; install or unlock a keychain (for example GNOME Keyring or KWallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1. Make sure it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandeskParser</name>
    <message>
        <source>BitLocker is decrypting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker is still encrypting (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker is still encrypting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANDESK reports BitLocker as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Firewall is off for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANDESK detected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing critical or high security updates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandeskSource</name>
    <message>
        <source>the saved query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vulnerabilities of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); LANDESK finds machines by their owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LandeskXml</name>
    <message>
        <source>LANDESK sent an XML answer that is nested too deeply or is too large to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANDESK sent an answer that is not valid XML (%1, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANDESK sent a SOAP envelope without a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANDESK answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me how to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device that needs attention and what is wrong with it: &quot;alice-mbp: Firewall is off&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists a few of the problems found.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 — thank you</source>
        <extracomment>A practice that recovered: &quot;Disk encryption is on for alice-mbp — thank you&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope noticed the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>Your computer&apos;s clock seems to be off, so the sign-in cannot be trusted. Check the date, time and time zone settings and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer came from %1 instead of %2. Check [auth] issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider issued the sign-in for another application, not for client ID %1. Check [auth] client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token without an expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider did not share your e-mail address, so Stethoscope cannot tell which devices are yours. Ask IT to allow the &quot;email&quot; scope for Stethoscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address %1 is not verified with the sign-in provider, so Stethoscope cannot rely on it. Verify it there or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress in Stethoscope. Please start the sign-in again from Stethoscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to Stethoscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in; you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer has neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider at %1 could not be reached. Check the network connection and [auth] issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider at %1 has no OpenID Connect configuration (HTTP %2). Check [auth] issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider at %1 sent a configuration that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider calls itself %1, but [auth] issuer is %2. Set [auth] issuer to exactly the provider&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope could not wait for the browser&apos;s answer: no local port was free on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope could not open a web browser for the sign-in. Check that a default web browser is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider does not know Stethoscope&apos;s client ID %1. Check [auth] client_id or ask IT to register Stethoscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider could not sign you in (%1). Try again, or ask IT if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider sent an answer without the expected tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider did not accept the sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>is &quot;%1&quot;, which is not a version number like 15.6 or 10.0.26100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; use required, suggested or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a platform (use Mac, Windows, Linux, iOS, Android or ChromeOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a practice (expected one of: %1; software practices take their level in &quot;software&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommends %1, which is older than the required %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a short lower-case name like &quot;carbonblack&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is already a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; give the name people know the software by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https:, http: or mailto: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one of app_names, bundle_ids or services, so that the software can be found on a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization relies on %1 to detect and stop attacks on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal, or ask IT to install it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but this version of Stethoscope reads schema 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; this version of Stethoscope reads schema 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Disk encryption</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <extracomment>Practice title: the device&apos;s storage is encrypted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your device is lost or stolen, encryption keeps your files and work data unreadable to whoever has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open System Settings → Privacy &amp; Security.
2. Scroll to FileVault and select Turn On…
3. Choose how to recover the disk if you forget your password, then follow the prompts.</source>
        <extracomment>“Turn On…” is the FileVault button in macOS System Settings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Device encryption and turn it on.
2. If that page is missing, open Control Panel → System and Security → BitLocker Drive Encryption and select Turn on BitLocker for the C: drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Back up your files; Linux can usually encrypt the whole disk only while it is being installed.
2. Reinstall Linux and choose the installer option to encrypt the disk (LUKS).
3. Restore your files. Your IT team can help with any of these steps.</source>
        <extracomment>LUKS is the name of the Linux disk encryption format; keep it as is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode).
2. Select Turn Passcode On. Your data is encrypted as soon as a passcode is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. On older Android versions, also open Settings → Security → Encryption &amp; credentials and select Encrypt phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChromeOS always encrypts your data, so there is nothing to turn on. If this still shows as off after a restart, contact your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <extracomment>Practice title: the computer&apos;s built-in firewall is enabled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall turns away network connections you did not ask for. This matters most on shared networks such as cafés, hotels and airports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open System Settings → Network → Firewall.
2. Turn on Firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Windows Security → Firewall &amp; network protection.
2. Select each network shown as off (Domain, Private, Public) and turn on Microsoft Defender Firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubuntu or Debian: open a terminal and run: sudo ufw enable
Fedora: open a terminal and run: sudo systemctl enable --now firewalld
KDE Plasma: open System Settings, search for Firewall and turn it on.</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates are on</source>
        <extracomment>Practice title: the operating system installs updates by itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates install security fixes soon after they come out, so you do not have to remember. You can still pick a convenient time to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select the ⓘ button next to Automatic updates.
3. Turn on Download new updates when available, Install macOS updates and Install Security Responses and system files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. If updates are paused, select Resume updates.
3. If the page says your organization manages some settings, contact your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME: open Software → main menu → Preferences and turn on automatic updates.
KDE Plasma: open System Settings → Software Update and choose to update software automatically.
Ubuntu: open Software &amp; Updates → Updates and set security updates to Download and install automatically.</source>
        <extracomment>Each line is an alternative for one kind of Linux system.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system is up to date</source>
        <extracomment>Practice title: the operating system version and security patches are recent enough.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates fix security problems that attackers already know about. Staying current closes those gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select Update Now or Upgrade Now and follow the prompts.
3. Restart when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. Select Check for updates, then install everything offered.
3. Select Restart now when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME: open Software → Updates, install everything listed and restart.
KDE Plasma: open Discover → Updates, select Update All and restart.
Ubuntu: open Software Updater, install the updates and restart.
If your distribution release is no longer supported, upgrade to a current one.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux system.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → General → Software Update.
2. Select Update Now or Install Now and follow the prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → System → Software updates (on Samsung: Settings → Software update) and install what is offered.
2. Open Settings → Security &amp; privacy → System &amp; updates and install any security update or Google Play system update.
3. Restart when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → About ChromeOS.
2. Select Check for updates, then Restart once the update is ready.
3. If it says this device no longer receives updates, contact your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock is on</source>
        <extracomment>Practice title: a password, PIN or biometric lock is set and the screen locks by itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen lock keeps your device private when you step away or if it gets lost. Locking automatically means you do not have to remember to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open System Settings → Lock Screen.
2. Set Start Screen Saver when inactive or Turn display off when inactive to a few minutes.
3. Set Require password after screen saver begins or display is turned off to Immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Accounts → Sign-in options and set up a PIN, fingerprint, face recognition or password.
2. Under Additional settings, set “If you’ve been away…” to When PC wakes up from sleep.
3. Open Settings → System → Power &amp; battery and set the screen and sleep timeouts to a few minutes.</source>
        <extracomment>The quoted text is the start of a question shown in Windows sign-in options.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME: open Settings → Privacy &amp; Security → Screen Lock, set Blank Screen Delay to a few minutes and turn on Automatic Screen Lock.
KDE Plasma: open System Settings → Security &amp; Privacy → Screen Locking and lock the screen automatically after a few minutes.
Make sure your account has a password.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux desktop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode) and select Turn Passcode On.
2. Open Settings → Display &amp; Brightness → Auto-Lock and choose a few minutes rather than Never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. Open Settings → Display (or Display &amp; touch) → Screen timeout and choose a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Security and privacy → Lock screen and sign-in and turn on Lock when sleeping or lid is closed.
2. Open Settings → Device → Power and choose Sleep for when the device is idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jailbreak and root detection</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not jailbroken or rooted</source>
        <extracomment>Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jailbroken, rooted or in developer mode</source>
        <extracomment>Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode (ChromeOS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jailbreaking, rooting and developer mode switch off protections the system relies on, which makes it much easier for harmful apps to take over the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Back up your iPhone or iPad to iCloud or a computer.
2. Connect it to a computer, open Finder on a Mac or Apple Devices on Windows, select the device and choose Restore.
3. When setup starts, restore your backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Back up the data you want to keep.
2. Remove the rooting tools, reinstall the manufacturer’s official software and lock the bootloader again.
3. If you are not sure how, ask your IT team for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Back up any files stored only on this Chromebook.
2. Restart it and, on the developer mode warning screen, choose Turn on OS verification.
3. Confirm. The Chromebook resets and starts in normal mode.</source>
        <extracomment>“Turn on OS verification” is the option on the ChromeOS developer mode warning screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote login</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote login is off</source>
        <extracomment>Practice title: nobody can sign in to this computer over the network (SSH, Remote Desktop, Screen Sharing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote login is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With remote login on, anyone who can reach your computer over the network can try to sign in. Keeping it off when you do not need it closes that door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Sharing.
2. Turn off Remote Login, Screen Sharing and Remote Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → System → Remote Desktop.
2. Turn off Remote Desktop and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME: open Settings → System, turn off Secure Shell, then open Remote Desktop and turn off Desktop Sharing and Remote Login.
KDE Plasma: open System Settings, search for Remote Desktop and turn it off.
Terminal: run sudo systemctl disable --now ssh (on Fedora, sshd instead of ssh).</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from unknown sources</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked</source>
        <extracomment>Practice title: the phone only installs apps from its app store.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from outside trusted app stores skip the safety checks those stores run, and they are a common way for harmful apps to reach phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → Apps → Special app access → Install unknown apps (on Samsung: Settings → Apps → ⋮ → Special access → Install unknown apps).
2. Select each app marked Allowed and turn off Allow from this source.</source>
        <extracomment>“Allow from this source” is the switch on each app’s Install unknown apps page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB debugging</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB debugging is off</source>
        <extracomment>Practice title: Android Debug Bridge (ADB) access over USB is disabled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB debugging is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB debugging lets a connected computer install apps and read data on your phone. It is meant for app developers and is safest left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Settings → System → Developer options (on Samsung: Settings → Developer options).
2. Turn off USB debugging and Wireless debugging.
3. If you do not need developer options at all, turn off Use developer options at the top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeModel</name>
    <message numerus="yes">
        <source>Critical (%n)</source>
        <comment>practices that must be fixed</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <comment>practices worth fixing</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <comment>practices followed</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown (%n)</source>
        <comment>practices that could not be checked</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · reported %2</source>
        <comment>Jamf · reported 2 h ago</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportedDevices</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved device reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier report has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleFleet</name>
    <message>
        <source>%1 is still encrypting (%2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be enforced; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an address like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not a MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The saved status %1 is too large to be Stethoscope&apos;s; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved status %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved status %1 is damaged and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the saved status %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPipeline</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date without the year, QDate format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown — not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n critical)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with suggestions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your devices follow the security practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some practices could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown — last known %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — showing what it reported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — nothing it reported is known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope report for %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stethoscope report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1 — %n of your devices need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices to show; see the state of each backend below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for a long time (not counted above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ok (%n record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>%1 sent a token answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API client token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf rejected the API client credentials (401). Check [jamf] client_id and the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf rejected the account name or password (401). Check [jamf] username and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving up the user account token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>device name — its rating</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login — Managed by your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh once and print the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print versions, the effective settings and where each came from, the keychain&apos;s state and whether each backend can be reached (for a helpdesk ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser and print the signed-in e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a backend secret (jamf, google or landesk) from standard input into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo company instead of your organization&apos;s backends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the settings from this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade devices against this policy file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee whose devices to show (e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: every demo backend answers this many milliseconds late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: every demo backend is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the alerts inbox (of the running Stethoscope, or at start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; showing English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --report, --diagnostics, --sign-in, --sign-out and --set-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed settings (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo backends could not start on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
