<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertInbox</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but an alert is raised at warn or nudge only</source>
        <translation>ist „%1“, aber eine Warnung wird nur bei „warn“ oder „nudge“ ausgelöst</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>hat den unbekannten Wert „%1“</translation>
    </message>
    <message>
        <source>The saved alerts</source>
        <translation>Die gespeicherten Warnungen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier alert has</source>
        <translation>ist „%1“, wie bereits bei einer früheren Warnung</translation>
    </message>
    <message>
        <source>is a second alert still standing for the same device and practice</source>
        <translation>ist eine zweite noch offene Warnung für dasselbe Gerät und dieselbe Vorgabe</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow at %1</source>
        <translation>Zurückgestellt bis morgen um %1</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a weekday and a date without the year, QDate format</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Snoozed until %1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>Zurückgestellt bis %1 um %2</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Ausgelöst %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Behoben %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation>Verworfen %1</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <extracomment>An alert set aside, whose practice has been seen fixed since.</extracomment>
        <translation>%1, behoben %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An alert: the device&apos;s name, then what is wrong (&quot;alice-mbp: Firewall is off&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2). %3.</source>
        <extracomment>An alert as one sentence: what is wrong, how much it matters, its state.</extracomment>
        <translation>%1 (%2). %3.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices</source>
        <translation>Zeigt, ob Ihre Geräte die Sicherheitsvorgaben Ihres Unternehmens erfüllen</translation>
    </message>
    <message>
        <source>Start at login cannot be changed here.</source>
        <translation>Der Start bei der Anmeldung kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 (%2).</source>
        <translation>Der Start bei der Anmeldung kann nicht ausgeschaltet werden: %1 (%2).</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 cannot be removed.</source>
        <translation>Der Start bei der Anmeldung kann nicht ausgeschaltet werden: %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched on: %1 (%2).</source>
        <translation>Der Start bei der Anmeldung kann nicht eingeschaltet werden: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Sign in to use a backend configured with auth = sso.</source>
        <translation>Melden Sie sich an, um ein Backend mit auth = sso zu nutzen.</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is %3.</source>
        <translation>%1 wird benötigt, wenn %2 den Wert %3 hat.</translation>
    </message>
    <message>
        <source>the API client secret or the account password</source>
        <translation>das API-Client-Geheimnis oder das Kontopasswort</translation>
    </message>
    <message>
        <source>%1 is needed: the administrator the service account acts for (domain-wide delegation).</source>
        <translation>%1 wird benötigt: der Administrator, in dessen Namen das Dienstkonto handelt (domainweite Delegierung).</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3.</source>
        <translation>%1: %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 must name the service account&apos;s key file (JSON).</source>
        <translation>%1 muss die Schlüsseldatei (JSON) des Dienstkontos angeben.</translation>
    </message>
    <message>
        <source>Set exactly one of %1 and %2: how LANDESK finds the employee&apos;s machines.</source>
        <translation>Legen Sie genau eine der Einstellungen %1 und %2 fest – darüber findet LANDESK die Geräte der jeweiligen Person.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a time zone like Europe/Berlin.</source>
        <translation>%1 ist „%2“ – das ist keine Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>the account password</source>
        <translation>das Kontopasswort</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is basic.</source>
        <translation>%1 wird benötigt, wenn %2 den Wert basic hat.</translation>
    </message>
    <message>
        <source>No %1 secret is stored: put %3 into the keychain with stethoscope --set-secret %2, or set STETHOSCOPE_%4_SECRET.</source>
        <extracomment>%3 says which secret (&quot;the API client&apos;s secret&quot;); %2 names it for the command line.</extracomment>
        <translation>Für %1 ist kein Geheimnis gespeichert: Legen Sie %3 mit stethoscope --set-secret %2 im Schlüsselbund ab oder setzen Sie STETHOSCOPE_%4_SECRET.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Opening the browser to sign in…</source>
        <translation>Der Browser wird für die Anmeldung geöffnet…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>--set-secret takes one of %1, not &quot;%2&quot;.</source>
        <translation>--set-secret erwartet einen der Werte %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No secret arrived on standard input; nothing was stored.</source>
        <translation>Über die Standardeingabe kam kein Geheimnis an; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stored the %1 secret in the keychain.</source>
        <translation>Das Geheimnis für %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>You are not signed in. Run stethoscope --sign-in first.</source>
        <translation>Sie sind nicht angemeldet. Führen Sie zuerst stethoscope --sign-in aus.</translation>
    </message>
    <message>
        <source>No backend is configured. Give a configuration with --config, or run with --demo to see the demo company.</source>
        <translation>Es ist kein Backend konfiguriert. Geben Sie mit --config eine Konfiguration an oder starten Sie mit --demo, um die Demo-Firma zu sehen.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Stethoscope is already running; it was asked to show itself.</source>
        <translation>Stethoscope läuft bereits und wurde aufgefordert, sich anzuzeigen.</translation>
    </message>
    <message>
        <source>IT&apos;s feedback service</source>
        <translation>Der Rückmeldedienst der IT</translation>
    </message>
    <message>
        <source>Stethoscope runs without a tray icon here</source>
        <translation>Stethoscope läuft hier ohne Symbol im Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray. Close the window to keep Stethoscope checking in the background; start Stethoscope again to bring the window back.</source>
        <translation>Dieser Desktop hat keinen Infobereich. Schließen Sie das Fenster, damit Stethoscope im Hintergrund weiter prüft; starten Sie Stethoscope erneut, um das Fenster wieder anzuzeigen.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Stethoscope is not set up yet</source>
        <translation>Stethoscope ist noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>%1 must look like 22:00-07:00, not &quot;%2&quot;.</source>
        <translation>%1 muss wie 22:00-07:00 aussehen, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1 muss eine https://-Adresse sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show me how to fix</source>
        <translation>Lösung anzeigen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Zurückstellen für</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>This isn&apos;t my device</source>
        <translation>Nicht mein Gerät</translation>
    </message>
    <message>
        <source>I no longer use this device</source>
        <translation>Ich nutze dieses Gerät nicht mehr</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Names an alert for a screen reader: its practice title, then its device.</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Show me how to fix: %1</source>
        <translation>Lösung anzeigen: %1</translation>
    </message>
    <message>
        <source>Shows the device&apos;s practice and how to fix it</source>
        <translation>Zeigt die Vorgabe für das Gerät und wie Sie das Problem beheben</translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation>Erneut prüfen: %1</translation>
    </message>
    <message>
        <source>Asks every source again about your devices</source>
        <translation>Fragt alle Quellen erneut nach Ihren Geräten</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Zurückstellen: %1</translation>
    </message>
    <message>
        <source>Puts this alert off for a while</source>
        <translation>Stellt diese Warnung für eine Weile zurück</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Verwerfen: %1</translation>
    </message>
    <message>
        <source>Sets this alert aside; it is not raised again while the practice still fails</source>
        <translation>Legt diese Warnung beiseite; sie wird nicht erneut ausgelöst, solange die Vorgabe weiterhin nicht erfüllt ist</translation>
    </message>
    <message>
        <source>This isn&apos;t my device: %1</source>
        <translation>Nicht mein Gerät: %1</translation>
    </message>
    <message>
        <source>I no longer use this device: %1</source>
        <translation>Ich nutze dieses Gerät nicht mehr: %1</translation>
    </message>
    <message>
        <source>Tells IT, and the device no longer counts towards your status until it checks in again</source>
        <translation>Informiert die IT; das Gerät fließt nicht mehr in Ihren Status ein, bis es sich wieder meldet</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Every alert about your devices, the newest first</source>
        <translation>Alle Warnungen zu Ihren Geräten, die neuesten zuerst</translation>
    </message>
    <message>
        <source>No alerts. Stethoscope tells you here when a device needs attention.</source>
        <translation>Keine Warnungen. Stethoscope zeigt Ihnen hier an, wenn ein Gerät Aufmerksamkeit benötigt.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Devices and alerts</source>
        <translation>Geräte und Warnungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Your devices and their practices (Ctrl+1)</source>
        <translation>Ihre Geräte und deren Vorgaben (Strg+1)</translation>
    </message>
    <message>
        <source>Every alert about your devices (Ctrl+2)</source>
        <translation>Alle Warnungen zu Ihren Geräten (Strg+2)</translation>
    </message>
    <message>
        <source>Your devices, the ones that need attention first</source>
        <translation>Ihre Geräte, die mit Handlungsbedarf zuerst</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Ihre Geräte werden geprüft…</translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>Keine Geräte für Sie gefunden</translation>
    </message>
    <message>
        <source>Nothing is known about your devices yet</source>
        <translation>Zu Ihren Geräten liegen noch keine Informationen vor</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <comment>with the open ones</comment>
        <translation>
            <numerusform>Warnungen (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Warnungen, %n offen</numerusform>
            <numerusform>Warnungen, %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Warnungen, keine offen</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Gemeldet über %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>You told IT %1 that this isn&apos;t your device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Sie haben der IT %1 mitgeteilt, dass dies nicht Ihr Gerät ist. Daher fließt es nicht mehr in Ihren Status ein. Sobald es sich wieder meldet, zählt es wieder.</translation>
    </message>
    <message>
        <source>You told IT %1 that you no longer use this device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Sie haben der IT %1 mitgeteilt, dass Sie dieses Gerät nicht mehr nutzen. Daher fließt es nicht mehr in Ihren Status ein. Sobald es sich wieder meldet, zählt es wieder.</translation>
    </message>
    <message>
        <source>a long time ago</source>
        <translation>vor langer Zeit</translation>
    </message>
    <message>
        <source>Last seen %1, so it no longer counts towards your status. Shown as it was last reported.</source>
        <translation>Zuletzt gesehen %1, daher fließt es nicht mehr in Ihren Status ein. Angezeigt wird der zuletzt gemeldete Stand.</translation>
    </message>
    <message>
        <source>Security practices of %1</source>
        <translation>Sicherheitsvorgaben für %1</translation>
    </message>
    <message>
        <source>Alerts — Stethoscope</source>
        <extracomment>The details window&apos;s title on the Alerts tab.</extracomment>
        <translation>Warnungen – Stethoscope</translation>
    </message>
    <message>
        <source>%1 — Stethoscope</source>
        <extracomment>The details window&apos;s title: a device name, then the app&apos;s name.</extracomment>
        <translation>%1 – Stethoscope</translation>
    </message>
    <message>
        <source>Stethoscope</source>
        <translation>Stethoscope</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Open this on the device itself</source>
        <translation>Öffnen Sie dies direkt auf dem Gerät</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie das</translation>
    </message>
    <message>
        <source>How to check or set it up</source>
        <translation>So können Sie es prüfen oder einrichten</translation>
    </message>
    <message>
        <source>Open settings to fix %1</source>
        <translation>Einstellungen für %1 öffnen</translation>
    </message>
    <message>
        <source>Opens the settings on this computer</source>
        <translation>Öffnet die Einstellungen auf diesem Computer</translation>
    </message>
    <message>
        <source>Security practices</source>
        <translation>Sicherheitsvorgaben</translation>
    </message>
    <message>
        <source>The practices of the selected device: critical, suggested, done and unknown</source>
        <translation>Die Vorgaben für das ausgewählte Gerät: kritisch, empfohlen, erfüllt und unbekannt</translation>
    </message>
    <message>
        <source>Nothing is known about the practices of this device yet.</source>
        <translation>Zu den Vorgaben für dieses Gerät liegen noch keine Informationen vor.</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>gemeldet %1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>gemeldet über %1 %2</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>gemeldet über %1</translation>
    </message>
    <message>
        <source>stale — last seen %1</source>
        <translation>inaktiv – zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>stale — not seen for a long time</source>
        <translation>inaktiv – lange nicht gesehen</translation>
    </message>
    <message>
        <source>reported to IT</source>
        <translation>an die IT gemeldet</translation>
    </message>
    <message>
        <source>reported to IT — not yours</source>
        <translation>an die IT gemeldet – nicht Ihres</translation>
    </message>
    <message>
        <source>reported to IT — no longer used</source>
        <translation>an die IT gemeldet – nicht mehr genutzt</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the model from who reported the device</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device name (model)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2. Last known status: %3.</source>
        <translation>%1: %2. Zuletzt bekannter Status: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>%1: %2. It does not count towards your status.</source>
        <translation>%1: %2. Es fließt nicht in Ihren Status ein.</translation>
    </message>
</context>
<context>
    <name>EmployeeSession</name>
    <message>
        <source>You are not signed in. Sign in to see your devices.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich an, um Ihre Geräte zu sehen.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>Not required by your organization.</source>
        <translation>Von Ihrer Organisation nicht vorgeschrieben.</translation>
    </message>
    <message>
        <source>The backend did not say which platform this device runs.</source>
        <translation>Das Backend hat nicht angegeben, welche Plattform auf diesem Gerät läuft.</translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation>Nicht gemeldet.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is required.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest allowed version</extracomment>
        <translation>%1 %2 – %3 oder neuer ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is recommended.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest recommended version</extracomment>
        <translation>%1 %2 – %3 oder neuer wird empfohlen.</translation>
    </message>
    <message>
        <source>%1 %2 is up to date.</source>
        <translation>%1 %2 ist aktuell.</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <extracomment>%1 software name, %2 its version</extracomment>
        <translation>%1 %2 ist installiert.</translation>
    </message>
    <message>
        <source>The %1 version was not reported.</source>
        <translation>Für %1 wurde keine Version gemeldet.</translation>
    </message>
    <message>
        <source>The %1 version &quot;%2&quot; could not be read.</source>
        <translation>Die Versionsangabe „%2“ für %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2 — your organization sets no minimum version for %1.</source>
        <translation>%1 %2 – Ihre Organisation legt für %1 keine Mindestversion fest.</translation>
    </message>
    <message>
        <source>The installed software was not reported.</source>
        <translation>Die installierte Software wurde nicht gemeldet.</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <source>%1 is installed, but its version could not be read; %2 or newer is required.</source>
        <translation>%1 ist installiert, aber die Version konnte nicht gelesen werden; %2 oder neuer ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 %2 is installed — %3 or newer is required.</source>
        <translation>%1 %2 ist installiert – %3 oder neuer ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is running, but its version was not reported; %2 or newer is required.</source>
        <translation>%1 läuft, aber die Version wurde nicht gemeldet; %2 oder neuer ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <source>the operating system</source>
        <translation>das Betriebssystem</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Your feedback cannot be saved to %1: %2. It will be sent while Stethoscope keeps running.</source>
        <translation>Ihre Rückmeldung kann nicht in %1 gespeichert werden: %2. Sie wird trotzdem gesendet, solange Stethoscope weiterläuft.</translation>
    </message>
    <message>
        <source>A feedback report</source>
        <translation>Eine Rückmeldung</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>ist %1, nicht %2</translation>
    </message>
    <message>
        <source>must be not-mine or no-longer-used</source>
        <translation>muss not-mine oder no-longer-used sein</translation>
    </message>
    <message>
        <source>Stethoscope: %1 is not my device</source>
        <translation>Stethoscope: %1 ist nicht mein Gerät</translation>
    </message>
    <message>
        <source>Stethoscope: I no longer use %1</source>
        <translation>Stethoscope: Ich nutze %1 nicht mehr</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but it is not mine.</source>
        <translation>Stethoscope führt dieses Gerät unter meinem Namen, es gehört aber nicht mir.</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but I no longer use it.</source>
        <translation>Stethoscope führt dieses Gerät unter meinem Namen, ich nutze es aber nicht mehr.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC-Adressen</translation>
    </message>
    <message>
        <source>UDID</source>
        <translation>UDID</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>MEID</source>
        <translation>MEID</translation>
    </message>
    <message>
        <source>Google device id</source>
        <translation>Google-Geräte-ID</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Aufgeführt von</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Stethoscope version</source>
        <translation>Stethoscope-Version</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Meldungs-ID</translation>
    </message>
    <message>
        <source>your feedback</source>
        <translation>Ihre Rückmeldung</translation>
    </message>
</context>
<context>
    <name>GoogleParser</name>
    <message>
        <source>Google reports “%1”.</source>
        <translation>Google meldet „%1“.</translation>
    </message>
    <message>
        <source>Google sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Google hat eine Antwort gesendet, die kein gültiges JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Google sent an answer that is not a JSON object; expected a device list.</source>
        <translation>Google hat eine Antwort gesendet, die kein JSON-Objekt ist; erwartet wurde eine Geräteliste.</translation>
    </message>
    <message>
        <source>Google sent a device list whose &quot;%1&quot; is not an array.</source>
        <translation>Google hat eine Geräteliste gesendet, deren „%1“ kein Array ist.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed.</source>
        <translation>Apps aus unbekannten Quellen sind erlaubt.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked.</source>
        <translation>Apps aus unbekannten Quellen sind blockiert.</translation>
    </message>
    <message>
        <source>USB debugging is on.</source>
        <translation>USB-Debugging ist aktiviert.</translation>
    </message>
    <message>
        <source>USB debugging is off.</source>
        <translation>USB-Debugging ist deaktiviert.</translation>
    </message>
    <message>
        <source>Developer options are on.</source>
        <translation>Die Entwickleroptionen sind aktiviert.</translation>
    </message>
    <message>
        <source>Security patch level %1 is older than %2 days.</source>
        <translation>Der Stand der Sicherheitsupdates (%1) ist älter als %2 Tage.</translation>
    </message>
    <message>
        <source>This Chromebook no longer receives updates (since %1).</source>
        <translation>Dieses Chromebook erhält seit %1 keine Updates mehr.</translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The Google service-account key could not sign the sign-in request; the key file&apos;s &quot;private_key&quot; is not a usable RSA key.</source>
        <translation>Mit dem Google-Dienstkontoschlüssel konnte die Anmeldeanfrage nicht signiert werden; der „private_key“ der Schlüsseldatei ist kein verwendbarer RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>The Google service-account key file %1. Download a new JSON key for the service account in the Google Cloud console.</source>
        <translation>Die Schlüsseldatei des Google-Dienstkontos %1. Laden Sie in der Google Cloud Console einen neuen JSON-Schlüssel für das Dienstkonto herunter.</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>ist kein JSON</translation>
    </message>
    <message>
        <source>is of type &quot;%1&quot;, not &quot;service_account&quot; (an OAuth client file will not do)</source>
        <translation>hat den Typ „%1“, nicht „service_account“ (eine OAuth-Clientdatei reicht nicht aus)</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>enthält kein „%1“</translation>
    </message>
    <message>
        <source>has a &quot;token_uri&quot; that is not a URL</source>
        <translation>enthält ein „token_uri“, das keine URL ist</translation>
    </message>
    <message>
        <source>has a &quot;private_key&quot; that is not a PKCS#8 RSA key</source>
        <translation>enthält einen „private_key“, der kein PKCS#8-RSA-Schlüssel ist</translation>
    </message>
    <message>
        <source>Google sent a token answer without a token or lifetime.</source>
        <translation>Google hat eine Token-Antwort ohne Token oder Gültigkeitsdauer gesendet.</translation>
    </message>
    <message>
        <source>Google does not accept the signature of service-account key %1 (invalid_grant: %2). The key was probably deleted or replaced in the Google Cloud console; create a new JSON key for %3 and use that file.</source>
        <translation>Google akzeptiert die Signatur des Dienstkontoschlüssels %1 nicht (invalid_grant: %2). Der Schlüssel wurde wahrscheinlich in der Google Cloud Console gelöscht oder ersetzt; erstellen Sie einen neuen JSON-Schlüssel für %3 und verwenden Sie diese Datei.</translation>
    </message>
    <message>
        <source>Google refused the service-account sign-in (invalid_grant: %1). Check that this computer&apos;s clock is right, that the admin subject %2 is an existing administrator of the domain, and that key %3 of %4 has not been deleted.</source>
        <translation>Google hat die Anmeldung des Dienstkontos abgelehnt (invalid_grant: %1). Prüfen Sie, ob die Uhr dieses Computers richtig geht, ob das angegebene Administratorkonto %2 (subject) ein bestehender Administrator der Domain ist und ob der Schlüssel %3 von %4 nicht gelöscht wurde.</translation>
    </message>
    <message>
        <source>Google does not let %1 act for %2 with the device scopes (unauthorized_client). In the Google Admin console, under Security › API controls › Domain-wide delegation, allow client ID %3 the scopes %4.</source>
        <translation>Google erlaubt %1 nicht, mit den Gerätebereichen im Namen von %2 zu handeln (unauthorized_client). Erlauben Sie in der Google Admin-Konsole unter Sicherheit › API-Steuerung › Domainweite Delegierung der Client-ID %3 die Bereiche %4.</translation>
    </message>
    <message>
        <source>of the service account</source>
        <translation>des Dienstkontos</translation>
    </message>
    <message>
        <source>Google rejected the service account %1 (%2). Check the key file and that the service account still exists.</source>
        <translation>Google hat das Dienstkonto %1 abgelehnt (%2). Prüfen Sie die Schlüsseldatei und ob das Dienstkonto noch existiert.</translation>
    </message>
    <message>
        <source>the service-account token</source>
        <translation>das Dienstkonto-Token</translation>
    </message>
</context>
<context>
    <name>GoogleSource</name>
    <message>
        <source>the mobile device list</source>
        <translation>die Liste der Mobilgeräte</translation>
    </message>
    <message>
        <source>the Chromebook list</source>
        <translation>die Chromebook-Liste</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Google finds devices by their user&apos;s e-mail.</source>
        <translation>Es ist keine gültige E-Mail-Adresse festgelegt ([identity] email); Google findet Geräte anhand der E-Mail-Adresse ihrer Nutzer.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was refused.</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 MiB ist; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds.</source>
        <translation>%1 (%2) hat nicht innerhalb von %3 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached at %2: %3.</source>
        <translation>%1 ist unter %2 nicht erreichbar: %3.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (401).</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (401).</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (403); try again later.</source>
        <translation>%1 begrenzt gerade die Anfragen (403); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (403). The account may lack a privilege.</source>
        <translation>%1 hat den Zugriff auf %2 verweigert (403). Dem Konto fehlt möglicherweise eine Berechtigung.</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (429); try again later.</source>
        <translation>%1 begrenzt gerade die Anfragen (429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 had a server error (%2) while answering for %3.</source>
        <translation>%1 hatte einen Serverfehler (%2) bei der Anfrage für %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 hat auf die Anfrage für %3 mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) cannot be read: %2.</source>
        <translation>Die CA-Datei %1 ([tls] ca_file) kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ([tls] ca_file) enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1: the request was cancelled.</source>
        <translation>%1: Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 redirected to another server or to plain http; the redirect was not followed. Check its address.</source>
        <translation>%1 hat auf einen anderen Server oder auf unverschlüsseltes http umgeleitet; der Umleitung wurde nicht gefolgt. Prüfen Sie die eingestellte Adresse.</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached securely: %3. Stethoscope does not accept certificates it cannot verify; IT can add the company&apos;s CA certificate with [tls] ca_file.</source>
        <translation>Die sichere Verbindung zu %2 (%1) ist fehlgeschlagen: %3. Stethoscope akzeptiert keine Zertifikate, die es nicht überprüfen kann; die IT kann das CA-Zertifikat des Unternehmens mit [tls] ca_file hinzufügen.</translation>
    </message>
    <message>
        <source>%1 does not know %2 (404). Check its address.</source>
        <translation>%1 kennt %2 nicht (404). Prüfen Sie die eingestellte Adresse.</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a valid URL.</source>
        <translation>%1: Die Adresse „%2“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1 is set to an address that does not start with https:// (plain http is only allowed to this computer).</source>
        <translation>%1: Die Adresse muss mit https:// beginnen (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The answer from %1 at %2 was cut off: %3.</source>
        <translation>Die Antwort von %1 unter %2 brach ab: %3.</translation>
    </message>
</context>
<context>
    <name>JamfParser</name>
    <message>
        <source>Jamf sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Jamf hat eine Antwort gesendet, die kein gültiges JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Jamf sent an answer that is not a JSON object; expected an inventory page with &quot;totalCount&quot; and &quot;results&quot;.</source>
        <translation>Jamf hat eine Antwort gesendet, die kein JSON-Objekt ist; erwartet wurde eine Inventarseite mit „totalCount“ und „results“.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page without a &quot;results&quot; list.</source>
        <translation>Jamf hat eine Inventarseite ohne „results“-Liste gesendet.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page whose &quot;totalCount&quot; is not a count.</source>
        <translation>Jamf hat eine Inventarseite gesendet, deren „totalCount“ keine Anzahl ist.</translation>
    </message>
    <message>
        <source>FileVault will finish turning on after a restart.</source>
        <translation>Die Aktivierung von FileVault wird nach einem Neustart abgeschlossen.</translation>
    </message>
    <message>
        <source>FileVault is still encrypting (%1 %).</source>
        <translation>FileVault verschlüsselt noch (%1 %).</translation>
    </message>
    <message>
        <source>FileVault is still encrypting.</source>
        <translation>FileVault verschlüsselt noch.</translation>
    </message>
    <message>
        <source>Jamf reports FileVault as %1.</source>
        <translation>Jamf meldet für FileVault den Status %1.</translation>
    </message>
    <message>
        <source>Screen Sharing or Remote Management is on.</source>
        <translation>Bildschirmfreigabe oder Entfernte Verwaltung ist aktiviert.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>Entfernte Anmeldung (SSH) ist aktiviert.</translation>
    </message>
    <message>
        <source>Data protection is off: set a passcode to turn it on.</source>
        <translation>Datenschutz ist deaktiviert: Legen Sie einen Code fest, um ihn zu aktivieren.</translation>
    </message>
    <message>
        <source>No passcode is set.</source>
        <translation>Es ist kein Code festgelegt.</translation>
    </message>
    <message>
        <source>The passcode does not meet your organization&apos;s requirements.</source>
        <translation>Der Code erfüllt nicht die Anforderungen Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Jamf detected a jailbreak.</source>
        <translation>Jamf hat einen Jailbreak erkannt.</translation>
    </message>
</context>
<context>
    <name>JamfSource</name>
    <message>
        <source>the computer inventory</source>
        <translation>das Computerinventar</translation>
    </message>
    <message>
        <source>the mobile device inventory</source>
        <translation>das Mobilgeräteinventar</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Jamf finds devices by their user&apos;s e-mail.</source>
        <translation>Es ist keine gültige E-Mail-Adresse festgelegt ([identity] email); Jamf findet Geräte anhand der E-Mail-Adresse ihrer Nutzer.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1: kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation>%1: Es wird ein JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <extracomment>%1 is the file (&quot;The policy file&quot;), %2 a key path like os_versions.Mac, %3 the problem.</extracomment>
        <translation>%1: „%2“ %3.</translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation>ist kein bekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time</source>
        <translation>ein Datum mit Uhrzeit nach RFC 3339</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: no valid schema number.</source>
        <translation>%1: keine gültige Schemanummer.</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Stethoscope (schema %2).</source>
        <translation>%1: von einer neueren Version von Stethoscope geschrieben (Schema %2).</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Access to the system keychain was denied. Allow Stethoscope to use the keychain when asked, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Erlauben Sie Stethoscope die Nutzung des Schlüsselbunds, wenn Sie gefragt werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1. Entsperren Sie den Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Stethoscope keeps secrets only there; install or unlock a keychain (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1. Stethoscope speichert Geheimnisse ausschließlich dort; installieren oder entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1. Make sure it is running and unlocked, then try again.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden: %1. Stellen Sie sicher, dass er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>LandeskParser</name>
    <message>
        <source>BitLocker is decrypting.</source>
        <translation>BitLocker entschlüsselt gerade.</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting (%1 %).</source>
        <translation>BitLocker verschlüsselt noch (%1 %).</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting.</source>
        <translation>BitLocker verschlüsselt noch.</translation>
    </message>
    <message>
        <source>BitLocker is off.</source>
        <translation>BitLocker ist deaktiviert.</translation>
    </message>
    <message>
        <source>LANDESK reports BitLocker as &quot;%1&quot;.</source>
        <translation>LANDESK meldet für BitLocker „%1“.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>The Windows Firewall is off for: %1.</source>
        <translation>Die Windows-Firewall ist für folgende Profile deaktiviert: %1.</translation>
    </message>
    <message>
        <source>LANDESK detected %1: %2</source>
        <translation>LANDESK hat %1 erkannt: %2</translation>
    </message>
    <message>
        <source>Missing critical or high security updates: %1.</source>
        <translation>Fehlende Sicherheitsupdates mit Schweregrad „kritisch“ oder „hoch“: %1.</translation>
    </message>
</context>
<context>
    <name>LandeskSource</name>
    <message>
        <source>the saved query %1</source>
        <translation>die gespeicherte Abfrage %1</translation>
    </message>
    <message>
        <source>the machine list</source>
        <translation>die Geräteliste</translation>
    </message>
    <message>
        <source>the inventory of %1</source>
        <translation>das Inventar von %1</translation>
    </message>
    <message>
        <source>the vulnerabilities of %1</source>
        <translation>die Schwachstellen von %1</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); LANDESK finds machines by their owner.</source>
        <translation>Es ist keine gültige E-Mail-Adresse festgelegt ([identity] email); LANDESK findet Geräte anhand ihres Besitzers.</translation>
    </message>
</context>
<context>
    <name>LandeskXml</name>
    <message>
        <source>LANDESK sent an XML answer that is nested too deeply or is too large to read.</source>
        <translation>LANDESK hat eine XML-Antwort gesendet, die zu tief verschachtelt oder zu groß zum Lesen ist.</translation>
    </message>
    <message>
        <source>LANDESK sent an answer that is not valid XML (%1, line %2).</source>
        <translation>LANDESK hat eine Antwort gesendet, die kein gültiges XML ist (%1, Zeile %2).</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>kein Element</translation>
    </message>
    <message>
        <source>LANDESK sent a SOAP envelope without a body.</source>
        <translation>LANDESK hat einen SOAP-Envelope ohne Body gesendet.</translation>
    </message>
    <message>
        <source>LANDESK answered with an error: %1</source>
        <translation>LANDESK hat mit einem Fehler geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>LocalChecks</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The system and home file systems are encrypted (LUKS).</source>
        <translation>Das System- und das Home-Dateisystem sind verschlüsselt (LUKS).</translation>
    </message>
    <message>
        <source>The system file system is encrypted (LUKS).</source>
        <translation>Das System-Dateisystem ist verschlüsselt (LUKS).</translation>
    </message>
    <message>
        <source>%1 is on %2, which is not encrypted.</source>
        <extracomment>%1 a file system&apos;s mount point (&quot;/&quot; or &quot;/home&quot;), %2 its disk or partition (&quot;sda2&quot;)</extracomment>
        <translation>%1 liegt auf %2, einem unverschlüsselten Datenträger.</translation>
    </message>
    <message>
        <source>The firewall drops incoming connections by default.</source>
        <translation>Die Firewall verwirft eingehende Verbindungen standardmäßig.</translation>
    </message>
    <message>
        <source>The firewall accepts incoming connections by default.</source>
        <translation>Die Firewall lässt eingehende Verbindungen standardmäßig zu.</translation>
    </message>
    <message>
        <source>No firewall rules filter incoming connections.</source>
        <translation>Eingehende Verbindungen werden von keiner Firewall-Regel gefiltert.</translation>
    </message>
    <message>
        <source>ufw is on and blocks incoming connections by default.</source>
        <translation>ufw ist aktiviert und blockiert eingehende Verbindungen standardmäßig.</translation>
    </message>
    <message>
        <source>ufw is on but accepts incoming connections by default.</source>
        <translation>ufw ist aktiviert, lässt eingehende Verbindungen aber standardmäßig zu.</translation>
    </message>
    <message>
        <source>firewalld is on, but its default zone trusts every connection.</source>
        <translation>firewalld ist aktiviert, aber die Standardzone vertraut jeder Verbindung.</translation>
    </message>
    <message>
        <source>firewalld is on and rejects unexpected incoming connections.</source>
        <translation>firewalld ist aktiviert und weist unerwartete eingehende Verbindungen ab.</translation>
    </message>
    <message>
        <source>nftables is on and drops incoming connections by default.</source>
        <translation>nftables ist aktiviert und verwirft eingehende Verbindungen standardmäßig.</translation>
    </message>
    <message>
        <source>nftables is on but its rules accept incoming connections.</source>
        <translation>nftables ist aktiviert, aber die Regeln lassen eingehende Verbindungen zu.</translation>
    </message>
    <message>
        <source>The firewall is turned off.</source>
        <translation>Die Firewall ist deaktiviert.</translation>
    </message>
    <message>
        <source>No firewall (ufw, firewalld or nftables) is set up.</source>
        <translation>Es ist keine Firewall (ufw, firewalld oder nftables) eingerichtet.</translation>
    </message>
    <message>
        <source>Security updates are installed automatically (unattended-upgrades).</source>
        <translation>Sicherheitsupdates werden automatisch installiert (unattended-upgrades).</translation>
    </message>
    <message>
        <source>Automatic updates are configured, but unattended-upgrades is not installed.</source>
        <translation>Automatische Updates sind eingerichtet, aber unattended-upgrades ist nicht installiert.</translation>
    </message>
    <message>
        <source>Updates are not installed automatically.</source>
        <translation>Updates werden nicht automatisch installiert.</translation>
    </message>
    <message>
        <source>Updates are installed automatically (dnf-automatic).</source>
        <translation>Updates werden automatisch installiert (dnf-automatic).</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n Sicherheitsupdate wartet auf die Installation.</numerusform>
            <numerusform>%n Sicherheitsupdates warten auf die Installation.</numerusform>
        </translation>
    </message>
    <message>
        <source>No security update is waiting.</source>
        <translation>Es stehen keine Sicherheitsupdates aus.</translation>
    </message>
    <message>
        <source>The screen does not lock.</source>
        <translation>Der Bildschirm wird nicht gesperrt.</translation>
    </message>
    <message>
        <source>The screen locks, but never turns off by itself.</source>
        <translation>Der Bildschirm wird gesperrt, schaltet sich aber nie von selbst aus.</translation>
    </message>
    <message>
        <source>The screen locks after %1 without use.</source>
        <translation>Der Bildschirm wird nach %1 Inaktivität gesperrt.</translation>
    </message>
    <message>
        <source>The screen does not lock by itself.</source>
        <translation>Der Bildschirm wird nicht automatisch gesperrt.</translation>
    </message>
    <message>
        <source>An SSH server accepts remote logins (port 22).</source>
        <translation>Ein SSH-Server lässt entfernte Anmeldungen zu (Port 22).</translation>
    </message>
    <message>
        <source>No SSH server is listening.</source>
        <translation>Es wartet kein SSH-Server auf Verbindungen.</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk (%1 % done).</source>
        <translation>FileVault verschlüsselt das Volume (%1 % abgeschlossen).</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk.</source>
        <translation>FileVault verschlüsselt das Volume.</translation>
    </message>
    <message>
        <source>FileVault is on.</source>
        <translation>FileVault ist aktiviert.</translation>
    </message>
    <message>
        <source>FileVault is off.</source>
        <translation>FileVault ist deaktiviert.</translation>
    </message>
    <message>
        <source>The firewall is off.</source>
        <translation>Die Firewall ist deaktiviert.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>Die Firewall ist aktiviert.</translation>
    </message>
    <message>
        <source>macOS updates are installed automatically.</source>
        <translation>macOS-Updates werden automatisch installiert.</translation>
    </message>
    <message>
        <source>macOS updates are downloaded but not installed automatically.</source>
        <translation>macOS-Updates werden geladen, aber nicht automatisch installiert.</translation>
    </message>
    <message>
        <source>macOS updates are not installed automatically.</source>
        <translation>macOS-Updates werden nicht automatisch installiert.</translation>
    </message>
    <message>
        <source>The screen does not ask for the password after sleep.</source>
        <translation>Nach dem Ausschalten des Displays wird kein Passwort verlangt.</translation>
    </message>
    <message>
        <source>The password is asked for as soon as the screen sleeps.</source>
        <translation>Das Passwort wird verlangt, sobald sich das Display ausschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>The password is asked for %n minute(s) after the screen sleeps.</source>
        <translation>
            <numerusform>Das Passwort wird %n Minute nach dem Ausschalten des Displays verlangt.</numerusform>
            <numerusform>Das Passwort wird %n Minuten nach dem Ausschalten des Displays verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on: port 22 accepts connections.</source>
        <translation>Entfernte Anmeldung (SSH) ist aktiviert: Port 22 nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is off.</source>
        <translation>Entfernte Anmeldung (SSH) ist deaktiviert.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>Entfernte Anmeldung (SSH) ist aktiviert.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive (%1 % done).</source>
        <translation>BitLocker verschlüsselt das Systemlaufwerk (%1 % abgeschlossen).</translation>
    </message>
    <message>
        <source>BitLocker protects the system drive.</source>
        <translation>BitLocker schützt das Systemlaufwerk.</translation>
    </message>
    <message>
        <source>BitLocker is off: the system drive is not encrypted.</source>
        <translation>BitLocker ist deaktiviert: Das Systemlaufwerk ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>BitLocker protection is suspended on the system drive.</source>
        <translation>Der BitLocker-Schutz ist für das Systemlaufwerk angehalten.</translation>
    </message>
    <message>
        <source>Windows Firewall is on for every network profile.</source>
        <translation>Die Windows-Firewall ist für alle Netzwerkprofile aktiviert.</translation>
    </message>
    <message>
        <source>Windows Firewall is off for: %1.</source>
        <extracomment>%1 the network profiles, e.g. &quot;Public, Private&quot;</extracomment>
        <translation>Die Windows-Firewall ist für folgende Netzwerkprofile deaktiviert: %1.</translation>
    </message>
    <message>
        <source>Windows Update installs updates automatically.</source>
        <translation>Windows Update installiert Updates automatisch.</translation>
    </message>
    <message>
        <source>A policy turns automatic Windows updates off.</source>
        <translation>Automatische Windows-Updates sind durch eine Richtlinie deaktiviert.</translation>
    </message>
    <message>
        <source>Windows Update only notifies; updates are not installed automatically.</source>
        <translation>Windows Update benachrichtigt nur; Updates werden nicht automatisch installiert.</translation>
    </message>
    <message>
        <source>The screen saver is off.</source>
        <translation>Der Bildschirmschoner ist deaktiviert.</translation>
    </message>
    <message>
        <source>The screen saver does not ask for the password.</source>
        <translation>Der Bildschirmschoner verlangt kein Kennwort.</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Der Bildschirm wird nach %n Minute Inaktivität gesperrt.</numerusform>
            <numerusform>Der Bildschirm wird nach %n Minuten Inaktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Desktop is off.</source>
        <translation>Remotedesktop ist deaktiviert.</translation>
    </message>
    <message>
        <source>Remote Desktop accepts connections.</source>
        <translation>Remotedesktop nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive.</source>
        <translation>BitLocker verschlüsselt das Systemlaufwerk.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open details</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>Show me how to fix</source>
        <translation>Lösung anzeigen</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde zurückstellen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device that needs attention and what is wrong with it: &quot;alice-mbp: Firewall is off&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required by your organization.</source>
        <translation>Von Ihrer Organisation vorgeschrieben.</translation>
    </message>
    <message>
        <source>Suggested by your organization.</source>
        <translation>Von Ihrer Organisation empfohlen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists a few of the problems found.</extracomment>
        <translation>
            <numerusform>und %n weiterer Punkt</numerusform>
            <numerusform>und %n weitere Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n Gerät benötigt Aufmerksamkeit</numerusform>
            <numerusform>%n Geräte benötigen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 — thank you</source>
        <extracomment>A practice that recovered: &quot;Disk encryption is on for alice-mbp — thank you&quot;.</extracomment>
        <translation>%2: %1 – vielen Dank</translation>
    </message>
    <message>
        <source>Stethoscope noticed the change.</source>
        <translation>Stethoscope hat die Änderung bemerkt.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>Your computer&apos;s clock seems to be off, so the sign-in cannot be trusted. Check the date, time and time zone settings and sign in again.</source>
        <translation>Die Uhr Ihres Computers scheint falsch zu gehen, daher ist die Anmeldung nicht vertrauenswürdig. Prüfen Sie die Einstellungen für Datum, Uhrzeit und Zeitzone und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token that could not be read.</source>
        <translation>Der Anmeldedienst hat ein ID-Token gesendet, das nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1 instead of %2. Check [auth] issuer.</source>
        <translation>Die Anmeldeantwort stammt von %1 statt von %2. Prüfen Sie [auth] issuer.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>einem unbenannten Anbieter</translation>
    </message>
    <message>
        <source>The sign-in provider issued the sign-in for another application, not for client ID %1. Check [auth] client_id.</source>
        <translation>Der Anmeldedienst hat die Anmeldung für eine andere Anwendung ausgestellt, nicht für die Client-ID %1. Prüfen Sie [auth] client_id.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token without an expiry.</source>
        <translation>Der Anmeldedienst hat ein ID-Token ohne Ablaufzeit gesendet.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in. Please sign in again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu dieser Anmeldung. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in provider did not share your e-mail address, so Stethoscope cannot tell which devices are yours. Ask IT to allow the &quot;email&quot; scope for Stethoscope.</source>
        <translation>Der Anmeldedienst hat Ihre E-Mail-Adresse nicht übermittelt, daher kann Stethoscope nicht erkennen, welche Geräte Ihnen gehören. Bitten Sie die IT, den Bereich „email“ für Stethoscope freizugeben.</translation>
    </message>
    <message>
        <source>Your e-mail address %1 is not verified with the sign-in provider, so Stethoscope cannot rely on it. Verify it there or ask IT.</source>
        <translation>Ihre E-Mail-Adresse %1 ist beim Anmeldedienst nicht bestätigt, daher kann sich Stethoscope nicht darauf verlassen. Bestätigen Sie sie dort oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Dies ist keine Anmeldeantwort.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Anmeldung nicht erkannt</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress in Stethoscope. Please start the sign-in again from Stethoscope.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die gerade in Stethoscope läuft. Bitte starten Sie die Anmeldung erneut in Stethoscope.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to Stethoscope.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen und zu Stethoscope zurückkehren.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in; you can close this tab.</source>
        <translation>Sie sind angemeldet; Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in answer has neither a code nor an error.</source>
        <translation>Die Anmeldeantwort enthält weder einen Code noch einen Fehler.</translation>
    </message>
    <message>
        <source>the sign-in configuration</source>
        <translation>die Anmeldekonfiguration</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 could not be reached. Check the network connection and [auth] issuer.</source>
        <translation>Der Anmeldedienst unter %1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 has no OpenID Connect configuration (HTTP %2). Check [auth] issuer.</source>
        <translation>Der Anmeldedienst unter %1 hat keine OpenID-Connect-Konfiguration (HTTP %2). Prüfen Sie [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 sent a configuration that could not be read.</source>
        <translation>Der Anmeldedienst unter %1 hat eine Konfiguration gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The sign-in provider calls itself %1, but [auth] issuer is %2. Set [auth] issuer to exactly the provider&apos;s issuer.</source>
        <translation>Der Anmeldedienst bezeichnet sich als %1, aber [auth] issuer ist %2. Setzen Sie [auth] issuer exakt auf den Issuer des Anbieters.</translation>
    </message>
    <message>
        <source>Stethoscope could not wait for the browser&apos;s answer: no local port was free on 127.0.0.1.</source>
        <translation>Stethoscope konnte nicht auf die Antwort des Browsers warten: Auf 127.0.0.1 war kein lokaler Port frei.</translation>
    </message>
    <message>
        <source>Stethoscope could not open a web browser for the sign-in. Check that a default web browser is set.</source>
        <translation>Stethoscope konnte keinen Webbrowser für die Anmeldung öffnen. Prüfen Sie, ob ein Standardbrowser festgelegt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n minute(s).</source>
        <translation>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minute im Browser abgeschlossen.</numerusform>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minuten im Browser abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n second(s).</source>
        <translation>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Sekunde im Browser abgeschlossen.</numerusform>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Sekunden im Browser abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser. Sign in again to continue.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The sign-in provider does not know Stethoscope&apos;s client ID %1. Check [auth] client_id or ask IT to register Stethoscope.</source>
        <translation>Der Anmeldedienst kennt die Client-ID %1 von Stethoscope nicht. Prüfen Sie [auth] client_id oder bitten Sie die IT, Stethoscope zu registrieren.</translation>
    </message>
    <message>
        <source>The sign-in provider could not sign you in (%1). Try again, or ask IT if it keeps happening.</source>
        <translation>Der Anmeldedienst konnte Sie nicht anmelden (%1). Versuchen Sie es erneut oder wenden Sie sich an die IT, falls das Problem bestehen bleibt.</translation>
    </message>
    <message>
        <source>renewing the sign-in</source>
        <translation>das Erneuern der Anmeldung</translation>
    </message>
    <message>
        <source>completing the sign-in</source>
        <translation>das Abschließen der Anmeldung</translation>
    </message>
    <message>
        <source>The sign-in provider sent an answer without the expected tokens.</source>
        <translation>Der Anmeldedienst hat eine Antwort ohne die erwarteten Token gesendet.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in provider did not accept the sign-in. Please sign in again.</source>
        <translation>Der Anmeldedienst hat die Anmeldung nicht akzeptiert. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>das Abmelden</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>is &quot;%1&quot;, which is not a version number like 15.6 or 10.0.26100</source>
        <translation>ist „%1“ – das ist keine Versionsnummer wie 15.6 oder 10.0.26100</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; use required, suggested or off</source>
        <translation>ist „%1“; verwenden Sie required, suggested oder off</translation>
    </message>
    <message>
        <source>is not a platform (use Mac, Windows, Linux, iOS, Android or ChromeOS)</source>
        <translation>ist keine Plattform (verwenden Sie Mac, Windows, Linux, iOS, Android oder ChromeOS)</translation>
    </message>
    <message>
        <source>is not a practice (expected one of: %1; software practices take their level in &quot;software&quot;)</source>
        <translation>ist keine Vorgabe (erwartet wird eine von: %1; die Stufe von Software-Vorgaben wird unter „software“ festgelegt)</translation>
    </message>
    <message>
        <source>recommends %1, which is older than the required %2</source>
        <translation>empfiehlt %1 und damit eine ältere Version als die vorgeschriebene %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a short lower-case name like &quot;carbonblack&quot;</source>
        <translation>muss ein kurzer Name in Kleinbuchstaben sein, etwa „carbonblack“</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is already a practice</source>
        <translation>ist „%1“ – das ist bereits eine Vorgabe</translation>
    </message>
    <message>
        <source>is missing; give the name people know the software by</source>
        <translation>fehlt; geben Sie den Namen an, unter dem die Software allgemein bekannt ist</translation>
    </message>
    <message>
        <source>must be an https:, http: or mailto: address</source>
        <translation>muss eine https:-, http:- oder mailto:-Adresse sein</translation>
    </message>
    <message>
        <source>needs at least one of app_names, bundle_ids or services, so that the software can be found on a device</source>
        <translation>benötigt mindestens eines von app_names, bundle_ids oder services, damit die Software auf einem Gerät gefunden werden kann</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 ist installiert</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>Your organization relies on %1 to detect and stop attacks on this device.</source>
        <translation>Ihre Organisation setzt auf %1, um Angriffe auf dieses Gerät zu erkennen und abzuwehren.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal, or ask IT to install it for you.</source>
        <translation>Installieren Sie %1 über das Softwareportal Ihres Unternehmens oder bitten Sie die IT, es für Sie zu installieren.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal.</source>
        <translation>Installieren Sie %1 über das Softwareportal Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>The policy file</source>
        <translation>Die Richtliniendatei</translation>
    </message>
    <message>
        <source>is %1, but this version of Stethoscope reads schema 1</source>
        <translation>ist %1, aber diese Version von Stethoscope liest Schema 1</translation>
    </message>
    <message>
        <source>is missing; this version of Stethoscope reads schema 1</source>
        <translation>fehlt; diese Version von Stethoscope liest Schema 1</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Disk encryption</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Geräteverschlüsselung</translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <extracomment>Practice title: the device&apos;s storage is encrypted.</extracomment>
        <translation>Geräteverschlüsselung ist aktiviert</translation>
    </message>
    <message>
        <source>Disk encryption is off</source>
        <translation>Geräteverschlüsselung ist deaktiviert</translation>
    </message>
    <message>
        <source>If your device is lost or stolen, encryption keeps your files and work data unreadable to whoever has it.</source>
        <translation>Wenn Ihr Gerät verloren geht oder gestohlen wird, sorgt die Verschlüsselung dafür, dass Ihre Dateien und Arbeitsdaten für andere unlesbar bleiben.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Privacy &amp; Security.
2. Scroll to FileVault and select Turn On…
3. Choose how to recover the disk if you forget your password, then follow the prompts.</source>
        <extracomment>“Turn On…” is the FileVault button in macOS System Settings.</extracomment>
        <translation>1. Öffnen Sie Systemeinstellungen → Datenschutz &amp; Sicherheit.
2. Scrollen Sie zu FileVault und wählen Sie „Aktivieren …“.
3. Legen Sie fest, wie Sie wieder Zugriff auf das Volume erhalten, falls Sie Ihr Passwort vergessen, und folgen Sie dann den Anweisungen.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Device encryption and turn it on.
2. If that page is missing, open Control Panel → System and Security → BitLocker Drive Encryption and select Turn on BitLocker for the C: drive.</source>
        <translation>1. Öffnen Sie Einstellungen → Datenschutz und Sicherheit → Geräteverschlüsselung und aktivieren Sie sie.
2. Falls diese Seite fehlt, öffnen Sie Systemsteuerung → System und Sicherheit → BitLocker-Laufwerkverschlüsselung und wählen Sie für Laufwerk C: „BitLocker aktivieren“.</translation>
    </message>
    <message>
        <source>1. Back up your files; Linux can usually encrypt the whole disk only while it is being installed.
2. Reinstall Linux and choose the installer option to encrypt the disk (LUKS).
3. Restore your files. Your IT team can help with any of these steps.</source>
        <extracomment>LUKS is the name of the Linux disk encryption format; keep it as is.</extracomment>
        <translation>1. Sichern Sie Ihre Dateien; unter Linux lässt sich die gesamte Festplatte meist nur bei der Installation verschlüsseln.
2. Installieren Sie Linux neu und wählen Sie im Installationsprogramm die Option zur Verschlüsselung der Festplatte (LUKS).
3. Stellen Sie Ihre Dateien wieder her. Ihr IT-Team hilft Ihnen gern bei jedem dieser Schritte.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode).
2. Select Turn Passcode On. Your data is encrypted as soon as a passcode is set.</source>
        <translation>1. Öffnen Sie Einstellungen → Face ID &amp; Code (oder Touch ID &amp; Code).
2. Wählen Sie „Code aktivieren“. Sobald ein Code festgelegt ist, werden Ihre Daten verschlüsselt.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. On older Android versions, also open Settings → Security → Encryption &amp; credentials and select Encrypt phone.</source>
        <translation>1. Öffnen Sie Einstellungen → Sicherheit &amp; Datenschutz → Entsperren des Geräts → Displaysperre und legen Sie eine PIN, ein Muster oder ein Passwort fest.
2. Öffnen Sie bei älteren Android-Versionen außerdem Einstellungen → Sicherheit → Verschlüsselung &amp; Anmeldedaten und wählen Sie „Smartphone verschlüsseln“.</translation>
    </message>
    <message>
        <source>ChromeOS always encrypts your data, so there is nothing to turn on. If this still shows as off after a restart, contact your IT team.</source>
        <translation>ChromeOS verschlüsselt Ihre Daten immer, Sie müssen also nichts aktivieren. Wird hier nach einem Neustart weiterhin „deaktiviert“ angezeigt, wenden Sie sich an Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Firewall</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <extracomment>Practice title: the computer&apos;s built-in firewall is enabled.</extracomment>
        <translation>Firewall ist aktiviert</translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation>Firewall ist deaktiviert</translation>
    </message>
    <message>
        <source>The firewall turns away network connections you did not ask for. This matters most on shared networks such as cafés, hotels and airports.</source>
        <translation>Die Firewall blockiert Netzwerkverbindungen, die Sie nicht angefordert haben. Das ist vor allem in öffentlichen Netzwerken wichtig, etwa in Cafés, Hotels und Flughäfen.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Network → Firewall.
2. Turn on Firewall.</source>
        <translation>1. Öffnen Sie Systemeinstellungen → Netzwerk → Firewall.
2. Aktivieren Sie „Firewall“.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Windows Security → Firewall &amp; network protection.
2. Select each network shown as off (Domain, Private, Public) and turn on Microsoft Defender Firewall.</source>
        <translation>1. Öffnen Sie Einstellungen → Datenschutz und Sicherheit → Windows-Sicherheit → Firewall- und Netzwerkschutz.
2. Wählen Sie jedes Netzwerk aus, das als deaktiviert angezeigt wird (Domänennetzwerk, Privates Netzwerk, Öffentliches Netzwerk), und aktivieren Sie „Microsoft Defender-Firewall“.</translation>
    </message>
    <message>
        <source>Ubuntu or Debian: open a terminal and run: sudo ufw enable
Fedora: open a terminal and run: sudo systemctl enable --now firewalld
KDE Plasma: open System Settings, search for Firewall and turn it on.</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>Ubuntu oder Debian: Öffnen Sie ein Terminal und führen Sie aus: sudo ufw enable
Fedora: Öffnen Sie ein Terminal und führen Sie aus: sudo systemctl enable --now firewalld
KDE Plasma: Öffnen Sie die Systemeinstellungen, suchen Sie nach „Firewall“ und aktivieren Sie sie.</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Automatische Updates</translation>
    </message>
    <message>
        <source>Automatic updates are on</source>
        <extracomment>Practice title: the operating system installs updates by itself.</extracomment>
        <translation>Automatische Updates sind aktiviert</translation>
    </message>
    <message>
        <source>Automatic updates are off</source>
        <translation>Automatische Updates sind deaktiviert</translation>
    </message>
    <message>
        <source>Automatic updates install security fixes soon after they come out, so you do not have to remember. You can still pick a convenient time to restart.</source>
        <translation>Automatische Updates installieren Sicherheitskorrekturen kurz nach ihrem Erscheinen, ohne dass Sie daran denken müssen. Den Zeitpunkt für den Neustart können Sie weiterhin selbst wählen.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select the ⓘ button next to Automatic updates.
3. Turn on Download new updates when available, Install macOS updates and Install Security Responses and system files.</source>
        <translation>1. Öffnen Sie Systemeinstellungen → Allgemein → Softwareupdate.
2. Klicken Sie neben „Automatische Updates“ auf die Infotaste ⓘ.
3. Aktivieren Sie „Neue Updates laden, wenn verfügbar“, „macOS-Updates installieren“ und „Sicherheitsmaßnahmen und Systemdateien installieren“.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. If updates are paused, select Resume updates.
3. If the page says your organization manages some settings, contact your IT team.</source>
        <translation>1. Öffnen Sie Einstellungen → Windows Update.
2. Falls Updates angehalten sind, wählen Sie „Updates fortsetzen“.
3. Wenn auf der Seite steht, dass Ihre Organisation einige Einstellungen verwaltet, wenden Sie sich an Ihr IT-Team.</translation>
    </message>
    <message>
        <source>GNOME: open Software → main menu → Preferences and turn on automatic updates.
KDE Plasma: open System Settings → Software Update and choose to update software automatically.
Ubuntu: open Software &amp; Updates → Updates and set security updates to Download and install automatically.</source>
        <extracomment>Each line is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME: Öffnen Sie Software → Hauptmenü → Einstellungen und aktivieren Sie automatische Aktualisierungen.
KDE Plasma: Öffnen Sie Systemeinstellungen → Software-Aktualisierung und wählen Sie, dass Software automatisch aktualisiert wird.
Ubuntu: Öffnen Sie Anwendungen &amp; Aktualisierungen → Aktualisierungen und stellen Sie Sicherheitsaktualisierungen auf „Automatisch herunterladen und installieren“.</translation>
    </message>
    <message>
        <source>Operating system updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Betriebssystem-Updates</translation>
    </message>
    <message>
        <source>Operating system is up to date</source>
        <extracomment>Practice title: the operating system version and security patches are recent enough.</extracomment>
        <translation>Betriebssystem ist aktuell</translation>
    </message>
    <message>
        <source>Operating system is out of date</source>
        <translation>Betriebssystem ist veraltet</translation>
    </message>
    <message>
        <source>Updates fix security problems that attackers already know about. Staying current closes those gaps.</source>
        <translation>Updates beheben Sicherheitsprobleme, die Angreifern bereits bekannt sind. Wenn Sie auf dem neuesten Stand bleiben, schließen Sie diese Lücken.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select Update Now or Upgrade Now and follow the prompts.
3. Restart when asked.</source>
        <translation>1. Öffnen Sie Systemeinstellungen → Allgemein → Softwareupdate.
2. Wählen Sie „Jetzt aktualisieren“ oder „Jetzt upgraden“ und folgen Sie den Anweisungen.
3. Starten Sie neu, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. Select Check for updates, then install everything offered.
3. Select Restart now when asked.</source>
        <translation>1. Öffnen Sie Einstellungen → Windows Update.
2. Wählen Sie „Nach Updates suchen“ und installieren Sie alle angebotenen Updates.
3. Wählen Sie „Jetzt neu starten“, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>GNOME: open Software → Updates, install everything listed and restart.
KDE Plasma: open Discover → Updates, select Update All and restart.
Ubuntu: open Software Updater, install the updates and restart.
If your distribution release is no longer supported, upgrade to a current one.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME: Öffnen Sie Software → Aktualisierungen, installieren Sie alle aufgeführten Aktualisierungen und starten Sie neu.
KDE Plasma: Öffnen Sie Discover → Aktualisierungen, wählen Sie „Alle aktualisieren“ und starten Sie neu.
Ubuntu: Öffnen Sie die Aktualisierungsverwaltung, installieren Sie die Aktualisierungen und starten Sie neu.
Wird Ihre Distributionsversion nicht mehr unterstützt, aktualisieren Sie auf eine aktuelle Version.</translation>
    </message>
    <message>
        <source>1. Open Settings → General → Software Update.
2. Select Update Now or Install Now and follow the prompts.</source>
        <translation>1. Öffnen Sie Einstellungen → Allgemein → Softwareupdate.
2. Wählen Sie „Jetzt aktualisieren“ oder „Jetzt installieren“ und folgen Sie den Anweisungen.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Software updates (on Samsung: Settings → Software update) and install what is offered.
2. Open Settings → Security &amp; privacy → System &amp; updates and install any security update or Google Play system update.
3. Restart when asked.</source>
        <translation>1. Öffnen Sie Einstellungen → System → Softwareupdates (bei Samsung: Einstellungen → Software-Update) und installieren Sie die angebotenen Updates.
2. Öffnen Sie Einstellungen → Sicherheit &amp; Datenschutz → System &amp; Updates und installieren Sie alle Sicherheitsupdates und Google Play-Systemupdates.
3. Starten Sie neu, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>1. Open Settings → About ChromeOS.
2. Select Check for updates, then Restart once the update is ready.
3. If it says this device no longer receives updates, contact your IT team.</source>
        <translation>1. Öffnen Sie Einstellungen → Über ChromeOS.
2. Wählen Sie „Nach Updates suchen“ und dann „Neu starten“, sobald das Update bereit ist.
3. Wenn angezeigt wird, dass dieses Gerät keine Updates mehr erhält, wenden Sie sich an Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>Screen lock is on</source>
        <extracomment>Practice title: a password, PIN or biometric lock is set and the screen locks by itself.</extracomment>
        <translation>Bildschirmsperre ist aktiviert</translation>
    </message>
    <message>
        <source>Screen lock is off</source>
        <translation>Bildschirmsperre ist deaktiviert</translation>
    </message>
    <message>
        <source>A screen lock keeps your device private when you step away or if it gets lost. Locking automatically means you do not have to remember to do it.</source>
        <translation>Eine Bildschirmsperre schützt Ihr Gerät vor fremdem Zugriff, wenn Sie kurz weggehen oder es verloren geht. Sperrt es sich automatisch, müssen Sie nicht selbst daran denken.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Lock Screen.
2. Set Start Screen Saver when inactive or Turn display off when inactive to a few minutes.
3. Set Require password after screen saver begins or display is turned off to Immediately.</source>
        <translation>1. Öffnen Sie Systemeinstellungen → Sperrbildschirm.
2. Stellen Sie „Bei Inaktivität Bildschirmschoner starten“ oder „Display bei Inaktivität ausschalten“ auf wenige Minuten.
3. Stellen Sie „Passwort nach Beginn des Bildschirmschoners oder Ausschalten des Displays erforderlich“ auf „Sofort“.</translation>
    </message>
    <message>
        <source>1. Open Settings → Accounts → Sign-in options and set up a PIN, fingerprint, face recognition or password.
2. Under Additional settings, set “If you’ve been away…” to When PC wakes up from sleep.
3. Open Settings → System → Power &amp; battery and set the screen and sleep timeouts to a few minutes.</source>
        <extracomment>The quoted text is the start of a question shown in Windows sign-in options.</extracomment>
        <translation>1. Öffnen Sie Einstellungen → Konten → Anmeldeoptionen und richten Sie eine PIN, einen Fingerabdruck, die Gesichtserkennung oder ein Kennwort ein.
2. Stellen Sie unter „Zusätzliche Einstellungen“ die Frage „Wann soll Windows nach Abwesenheit …“ auf „Beim Reaktivieren des PCs aus dem Energiesparmodus“.
3. Öffnen Sie Einstellungen → System → Netzbetrieb und Akku und stellen Sie die Zeitlimits für Bildschirm und Energiesparmodus auf wenige Minuten.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → Privacy &amp; Security → Screen Lock, set Blank Screen Delay to a few minutes and turn on Automatic Screen Lock.
KDE Plasma: open System Settings → Security &amp; Privacy → Screen Locking and lock the screen automatically after a few minutes.
Make sure your account has a password.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux desktop.</extracomment>
        <translation>GNOME: Öffnen Sie Einstellungen → Datenschutz und Sicherheit → Bildschirmsperre, stellen Sie „Verzögerung bis zum Abschalten des Bildschirms“ auf wenige Minuten und aktivieren Sie „Automatische Bildschirmsperre“.
KDE Plasma: Öffnen Sie Systemeinstellungen → Sicherheit &amp; Datenschutz → Bildschirmsperre und lassen Sie den Bildschirm nach wenigen Minuten automatisch sperren.
Stellen Sie sicher, dass Ihr Konto ein Passwort hat.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode) and select Turn Passcode On.
2. Open Settings → Display &amp; Brightness → Auto-Lock and choose a few minutes rather than Never.</source>
        <translation>1. Öffnen Sie Einstellungen → Face ID &amp; Code (oder Touch ID &amp; Code) und wählen Sie „Code aktivieren“.
2. Öffnen Sie Einstellungen → Anzeige &amp; Helligkeit → Automatische Sperre und wählen Sie wenige Minuten statt „Nie“.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. Open Settings → Display (or Display &amp; touch) → Screen timeout and choose a few minutes.</source>
        <translation>1. Öffnen Sie Einstellungen → Sicherheit &amp; Datenschutz → Entsperren des Geräts → Displaysperre und legen Sie eine PIN, ein Muster oder ein Passwort fest.
2. Öffnen Sie Einstellungen → Display (oder Display &amp; Touch) → Bildschirm-Zeitlimit und wählen Sie wenige Minuten.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security and privacy → Lock screen and sign-in and turn on Lock when sleeping or lid is closed.
2. Open Settings → Device → Power and choose Sleep for when the device is idle.</source>
        <translation>1. Öffnen Sie Einstellungen → Sicherheit und Datenschutz → Sperrbildschirm und Anmeldung und aktivieren Sie „Beim Wechsel in den Ruhemodus oder Zuklappen sperren“.
2. Öffnen Sie Einstellungen → Gerät → Energie und wählen Sie für den Fall, dass das Gerät inaktiv ist, „Ruhemodus“.</translation>
    </message>
    <message>
        <source>Jailbreak and root detection</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Jailbreak- und Root-Erkennung</translation>
    </message>
    <message>
        <source>Not jailbroken or rooted</source>
        <extracomment>Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.</extracomment>
        <translation>Kein Jailbreak, kein Rooting</translation>
    </message>
    <message>
        <source>Jailbroken, rooted or in developer mode</source>
        <extracomment>Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode (ChromeOS).</extracomment>
        <translation>Jailbreak, Rooting oder Entwicklermodus</translation>
    </message>
    <message>
        <source>Jailbreaking, rooting and developer mode switch off protections the system relies on, which makes it much easier for harmful apps to take over the device.</source>
        <translation>Jailbreak, Rooting und Entwicklermodus schalten Schutzmechanismen ab, auf die das System angewiesen ist. Dadurch können schädliche Apps das Gerät viel leichter übernehmen.</translation>
    </message>
    <message>
        <source>1. Back up your iPhone or iPad to iCloud or a computer.
2. Connect it to a computer, open Finder on a Mac or Apple Devices on Windows, select the device and choose Restore.
3. When setup starts, restore your backup.</source>
        <translation>1. Sichern Sie Ihr iPhone oder iPad in iCloud oder auf einem Computer.
2. Verbinden Sie es mit einem Computer, öffnen Sie den Finder auf einem Mac oder die App „Apple Geräte“ unter Windows, wählen Sie das Gerät aus und wählen Sie „Wiederherstellen“.
3. Wenn die Einrichtung beginnt, stellen Sie Ihr Backup wieder her.</translation>
    </message>
    <message>
        <source>1. Back up the data you want to keep.
2. Remove the rooting tools, reinstall the manufacturer’s official software and lock the bootloader again.
3. If you are not sure how, ask your IT team for help.</source>
        <translation>1. Sichern Sie die Daten, die Sie behalten möchten.
2. Entfernen Sie die Rooting-Tools, installieren Sie die offizielle Software des Herstellers neu und sperren Sie den Bootloader wieder.
3. Wenn Sie nicht sicher sind, wie das geht, bitten Sie Ihr IT-Team um Hilfe.</translation>
    </message>
    <message>
        <source>1. Back up any files stored only on this Chromebook.
2. Restart it and, on the developer mode warning screen, choose Turn on OS verification.
3. Confirm. The Chromebook resets and starts in normal mode.</source>
        <extracomment>“Turn on OS verification” is the option on the ChromeOS developer mode warning screen.</extracomment>
        <translation>1. Sichern Sie alle Dateien, die nur auf diesem Chromebook gespeichert sind.
2. Starten Sie es neu und wählen Sie auf dem Warnbildschirm des Entwicklermodus „Betriebssystemüberprüfung aktivieren“.
3. Bestätigen Sie. Das Chromebook wird zurückgesetzt und startet im normalen Modus.</translation>
    </message>
    <message>
        <source>Remote login</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Entfernte Anmeldung</translation>
    </message>
    <message>
        <source>Remote login is off</source>
        <extracomment>Practice title: nobody can sign in to this computer over the network (SSH, Remote Desktop, Screen Sharing).</extracomment>
        <translation>Entfernte Anmeldung ist deaktiviert</translation>
    </message>
    <message>
        <source>Remote login is on</source>
        <translation>Entfernte Anmeldung ist aktiviert</translation>
    </message>
    <message>
        <source>With remote login on, anyone who can reach your computer over the network can try to sign in. Keeping it off when you do not need it closes that door.</source>
        <translation>Ist die entfernte Anmeldung aktiviert, kann jeder, der Ihren Computer über das Netzwerk erreicht, versuchen, sich anzumelden. Lassen Sie sie deaktiviert, wenn Sie sie nicht brauchen – so bleibt diese Tür geschlossen.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Sharing.
2. Turn off Remote Login, Screen Sharing and Remote Management.</source>
        <translation>1. Öffnen Sie Systemeinstellungen → Allgemein → Freigaben.
2. Deaktivieren Sie „Entfernte Anmeldung“, „Bildschirmfreigabe“ und „Entfernte Verwaltung“.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Remote Desktop.
2. Turn off Remote Desktop and confirm.</source>
        <translation>1. Öffnen Sie Einstellungen → System → Remotedesktop.
2. Deaktivieren Sie „Remotedesktop“ und bestätigen Sie.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → System, turn off Secure Shell, then open Remote Desktop and turn off Desktop Sharing and Remote Login.
KDE Plasma: open System Settings, search for Remote Desktop and turn it off.
Terminal: run sudo systemctl disable --now ssh (on Fedora, sshd instead of ssh).</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>GNOME: Öffnen Sie Einstellungen → System, deaktivieren Sie „Secure Shell“, öffnen Sie dann „Entfernter Desktop“ und deaktivieren Sie „Bildschirmfreigabe“ und „Entfernte Anmeldung“.
KDE Plasma: Öffnen Sie die Systemeinstellungen, suchen Sie nach „Remote Desktop“ und deaktivieren Sie es.
Terminal: Führen Sie sudo systemctl disable --now ssh aus (unter Fedora sshd statt ssh).</translation>
    </message>
    <message>
        <source>Apps from unknown sources</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Apps aus unbekannten Quellen</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked</source>
        <extracomment>Practice title: the phone only installs apps from its app store.</extracomment>
        <translation>Apps aus unbekannten Quellen sind blockiert</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed</source>
        <translation>Apps aus unbekannten Quellen sind erlaubt</translation>
    </message>
    <message>
        <source>Apps from outside trusted app stores skip the safety checks those stores run, and they are a common way for harmful apps to reach phones.</source>
        <translation>Apps von außerhalb vertrauenswürdiger App-Stores umgehen deren Sicherheitsprüfungen und sind ein häufiger Weg, auf dem schädliche Apps auf Smartphones gelangen.</translation>
    </message>
    <message>
        <source>1. Open Settings → Apps → Special app access → Install unknown apps (on Samsung: Settings → Apps → ⋮ → Special access → Install unknown apps).
2. Select each app marked Allowed and turn off Allow from this source.</source>
        <extracomment>“Allow from this source” is the switch on each app’s Install unknown apps page.</extracomment>
        <translation>1. Öffnen Sie Einstellungen → Apps → Spezieller App-Zugriff → Unbekannte Apps installieren (bei Samsung: Einstellungen → Apps → ⋮ → Besonderer Zugriff → Unbekannte Apps installieren).
2. Wählen Sie jede App aus, die als „Zugelassen“ markiert ist, und deaktivieren Sie „Dieser Quelle vertrauen“.</translation>
    </message>
    <message>
        <source>USB debugging</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>USB-Debugging</translation>
    </message>
    <message>
        <source>USB debugging is off</source>
        <extracomment>Practice title: Android Debug Bridge (ADB) access over USB is disabled.</extracomment>
        <translation>USB-Debugging ist deaktiviert</translation>
    </message>
    <message>
        <source>USB debugging is on</source>
        <translation>USB-Debugging ist aktiviert</translation>
    </message>
    <message>
        <source>USB debugging lets a connected computer install apps and read data on your phone. It is meant for app developers and is safest left off.</source>
        <translation>Mit USB-Debugging kann ein angeschlossener Computer Apps installieren und Daten auf Ihrem Smartphone lesen. Die Funktion ist für App-Entwickler gedacht und bleibt am sichersten ausgeschaltet.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Developer options (on Samsung: Settings → Developer options).
2. Turn off USB debugging and Wireless debugging.
3. If you do not need developer options at all, turn off Use developer options at the top.</source>
        <translation>1. Öffnen Sie Einstellungen → System → Entwickleroptionen (bei Samsung: Einstellungen → Entwickleroptionen).
2. Deaktivieren Sie „USB-Debugging“ und „Debugging über WLAN“.
3. Wenn Sie die Entwickleroptionen gar nicht benötigen, deaktivieren Sie oben „Entwickleroptionen verwenden“.</translation>
    </message>
</context>
<context>
    <name>PracticeModel</name>
    <message numerus="yes">
        <source>Critical (%n)</source>
        <comment>practices that must be fixed</comment>
        <translation>
            <numerusform>Kritisch (%n)</numerusform>
            <numerusform>Kritisch (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <comment>practices worth fixing</comment>
        <translation>
            <numerusform>Empfohlen (%n)</numerusform>
            <numerusform>Empfohlen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <comment>practices followed</comment>
        <translation>
            <numerusform>Erfüllt (%n)</numerusform>
            <numerusform>Erfüllt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown (%n)</source>
        <comment>practices that could not be checked</comment>
        <translation>
            <numerusform>Unbekannt (%n)</numerusform>
            <numerusform>Unbekannt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>gemeldet %1</translation>
    </message>
    <message>
        <source>%1 · reported %2</source>
        <comment>Jamf · reported 2 h ago</comment>
        <translation>%1 · gemeldet %2</translation>
    </message>
    <message>
        <source>%1 · now</source>
        <comment>this device · now</comment>
        <translation>%1 · jetzt</translation>
    </message>
    <message>
        <source>this Mac</source>
        <translation>dieser Mac</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>dieser PC</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>%1 last reported “%2”; %3 reports “%4” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported, %3 &quot;this Mac&quot;, %4 what the device reports now</extracomment>
        <translation>%1 hat zuletzt „%2“ gemeldet; %3 meldet jetzt „%4“ – %1 holt das bei der nächsten Inventarisierung nach.</translation>
    </message>
    <message>
        <source>%1 last reported “%2” %3; %4 reports “%5” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when (&quot;3 days ago&quot;), %4 &quot;this Mac&quot;, %5 what the device reports now (&quot;Firewall is on&quot;)</extracomment>
        <translation>%1 hat zuletzt %3 „%2“ gemeldet; %4 meldet jetzt „%5“ – %1 holt das bei der nächsten Inventarisierung nach.</translation>
    </message>
    <message>
        <source>%1 reported “%2”.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;)</extracomment>
        <translation>%1 hat „%2“ gemeldet.</translation>
    </message>
    <message>
        <source>%1 reported “%2” %3.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when</extracomment>
        <translation>%1 hat %3 „%2“ gemeldet.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Matched by its name “%1”: %2 reports no serial number or network address that %3 knows.</source>
        <extracomment>%1 the computer&apos;s name (&quot;alice-laptop&quot;), %2 &quot;this computer&quot;, %3 the backends (&quot;LANDESK&quot;)</extracomment>
        <translation>Anhand des Namens „%1“ zugeordnet, da %2 weder eine Seriennummer noch eine Netzwerkadresse meldet, die %3 kennt.</translation>
    </message>
</context>
<context>
    <name>ReportedDevices</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>hat den unbekannten Wert „%1“</translation>
    </message>
    <message>
        <source>The saved device reports</source>
        <translation>Die gespeicherten Gerätemeldungen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier report has</source>
        <translation>ist „%1“, wie bereits bei einer früheren Meldung</translation>
    </message>
</context>
<context>
    <name>SampleFleet</name>
    <message>
        <source>%1 is still encrypting (%2 %).</source>
        <translation>%1 verschlüsselt noch (%2 %).</translation>
    </message>
    <message>
        <source>The demo fleet</source>
        <translation>Die Demo-Flotte</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Die Konfigurationsdatei %1 ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot;.</source>
        <translation>Die Konfigurationsdatei %1 enthält den unbekannten Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert</translation>
    </message>
    <message>
        <source>%1 cannot be enforced; ignored</source>
        <translation>%1 kann nicht vorgeschrieben werden; ignoriert</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 must be an address like %2.</source>
        <translation>%1 muss eine Adresse wie %2 sein.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use %3.</source>
        <translation>%1 ist „%2“; zulässig sind: %3.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>hat den unbekannten Wert „%1“</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not a MAC address</source>
        <translation>enthält „%1“ – das ist keine MAC-Adresse</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The status report</source>
        <translation>Der Statusbericht</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The saved status %1 is too large to be Stethoscope&apos;s; it was ignored.</source>
        <translation>Der gespeicherte Status %1 ist zu groß, um von Stethoscope zu stammen; er wurde ignoriert.</translation>
    </message>
    <message>
        <source>The saved status %1 cannot be read: %2.</source>
        <translation>Der gespeicherte Status %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The saved status %1 is damaged and was ignored.</source>
        <translation>Der gespeicherte Status %1 ist beschädigt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The folder for the saved status %1 cannot be created.</source>
        <translation>Der Ordner für den gespeicherten Status %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The status cannot be saved to %1: %2.</source>
        <translation>Der Status kann nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>StatusPipeline</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>Die Richtliniendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.</source>
        <translation>Die Anmeldung ist ausgeschaltet (%1 = none). Setzen Sie %1 = oidc mit %2 und %3.</translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation>%1 wird für die Anmeldung benötigt.</translation>
    </message>
    <message>
        <source>The sign-in provider</source>
        <translation>Der Anmeldedienst</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date without the year, QDate format</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Ihre Geräte werden geprüft…</translation>
    </message>
    <message>
        <source>Status unknown — not checked yet</source>
        <translation>Status unbekannt – noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n Gerät benötigt Aufmerksamkeit</numerusform>
            <numerusform>%n Geräte benötigen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n critical)</source>
        <translation>
            <numerusform>(davon %n kritisch)</numerusform>
            <numerusform>(davon %n kritisch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with suggestions</source>
        <translation>
            <numerusform>%n Gerät mit Empfehlungen</numerusform>
            <numerusform>%n Geräte mit Empfehlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>Keine Geräte für Sie gefunden</translation>
    </message>
    <message>
        <source>All your devices follow the security practices</source>
        <translation>Alle Ihre Geräte erfüllen die Sicherheitsvorgaben</translation>
    </message>
    <message>
        <source>Some practices could not be checked</source>
        <translation>Einige Vorgaben konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Wird geprüft… %1</translation>
    </message>
    <message>
        <source>Status unknown — last known %1: %2</source>
        <translation>Status unbekannt – Stand %1: %2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand: %2)</translation>
    </message>
    <message>
        <source>Stethoscope — %1</source>
        <translation>Stethoscope – %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1 erreichbar</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>Last checked %1 — %2</source>
        <translation>Zuletzt geprüft: %1 – %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — showing what it reported %2</source>
        <translation>%1 ist nicht erreichbar – angezeigt wird der Stand %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — nothing it reported is known yet</source>
        <translation>%1 ist nicht erreichbar – von dort liegen noch keine Meldungen vor</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not reported</source>
        <translation>%1: nicht gemeldet</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>gemeldet über %1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>gemeldet über %1 %2</translation>
    </message>
    <message>
        <source>Stethoscope report for %1 · %2</source>
        <translation>Stethoscope-Bericht für %1 · %2</translation>
    </message>
    <message>
        <source>Stethoscope report · %1</source>
        <translation>Stethoscope-Bericht · %1</translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1 — %n of your devices need attention</source>
        <translation>
            <numerusform>Gesamt: %1 – %n Ihrer Geräte benötigt Aufmerksamkeit</numerusform>
            <numerusform>Gesamt: %1 – %n Ihrer Geräte benötigen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>No devices to show; see the state of each backend below.</source>
        <translation>Keine Geräte anzuzeigen; den Zustand der einzelnen Backends sehen Sie unten.</translation>
    </message>
    <message>
        <source>Not seen for a long time (not counted above):</source>
        <translation>Lange nicht gesehen (oben nicht mitgezählt):</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%1 ok (%n record(s))</source>
        <translation>
            <numerusform>%1 OK (%n Eintrag)</numerusform>
            <numerusform>%1 OK (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 not configured</source>
        <translation>%1 nicht eingerichtet</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>%1 sent a token answer that could not be read.</source>
        <translation>%1 hat eine Token-Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>the API client token</source>
        <translation>das API-Client-Token</translation>
    </message>
    <message>
        <source>Jamf rejected the API client credentials (401). Check [jamf] client_id and the client secret.</source>
        <translation>Jamf hat die Zugangsdaten des API-Clients abgelehnt (401). Prüfen Sie [jamf] client_id und das Client-Geheimnis.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or lifetime.</source>
        <translation>Jamf hat eine Token-Antwort ohne Token oder Gültigkeitsdauer gesendet.</translation>
    </message>
    <message>
        <source>the user account token</source>
        <translation>das Benutzerkonto-Token</translation>
    </message>
    <message>
        <source>Jamf rejected the account name or password (401). Check [jamf] username and the password.</source>
        <translation>Jamf hat den Kontonamen oder das Passwort abgelehnt (401). Prüfen Sie [jamf] username und das Passwort.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or expiry.</source>
        <translation>Jamf hat eine Token-Antwort ohne Token oder Ablaufzeit gesendet.</translation>
    </message>
    <message>
        <source>giving up the user account token</source>
        <translation>das Freigeben des Benutzerkonto-Tokens</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>&amp;Open details…</source>
        <translation>&amp;Details öffnen…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>Benachrichtigungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Diagnosedaten &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>device name — its rating</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offene Warnung</numerusform>
            <numerusform>%n offene Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Notifications snoozed until %1</source>
        <translation>&amp;Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation>&amp;Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>Ab&amp;melden (%1)</translation>
    </message>
    <message>
        <source>Start at login — Managed by your organization</source>
        <translation>Bei Anmeldung starten – von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei Anmeldung &amp;starten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices.</source>
        <translation>Zeigt, ob Ihre Geräte die Sicherheitsvorgaben Ihres Unternehmens erfüllen.</translation>
    </message>
    <message>
        <source>Refresh once and print the report.</source>
        <translation>Einmal aktualisieren und den Bericht ausgeben.</translation>
    </message>
    <message>
        <source>Print versions, the effective settings and where each came from, the keychain&apos;s state and whether each backend can be reached (for a helpdesk ticket).</source>
        <translation>Versionen, die wirksamen Einstellungen samt Herkunft, den Zustand des Schlüsselbunds und die Erreichbarkeit jedes Backends ausgeben (für ein Helpdesk-Ticket).</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>Berichtsformat: text oder json.</translation>
    </message>
    <message>
        <source>Sign in in the browser and print the signed-in e-mail address.</source>
        <translation>Im Browser anmelden und die angemeldete E-Mail-Adresse ausgeben.</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in.</source>
        <translation>Abmelden und die gespeicherte Anmeldung löschen.</translation>
    </message>
    <message>
        <source>Read a backend secret (jamf, google or landesk) from standard input into the keychain.</source>
        <translation>Ein Backend-Geheimnis (jamf, google oder landesk) von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Use the built-in demo company instead of your organization&apos;s backends.</source>
        <translation>Die integrierte Demo-Firma statt der Backends Ihrer Organisation verwenden.</translation>
    </message>
    <message>
        <source>Read the settings from this INI file.</source>
        <translation>Die Einstellungen aus dieser INI-Datei lesen.</translation>
    </message>
    <message>
        <source>Grade devices against this policy file (JSON).</source>
        <translation>Geräte anhand dieser Richtliniendatei (JSON) bewerten.</translation>
    </message>
    <message>
        <source>The employee whose devices to show (e-mail).</source>
        <translation>Die Person, deren Geräte angezeigt werden sollen (E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>With --demo: every demo backend answers this many milliseconds late.</source>
        <translation>Mit --demo: Jedes Demo-Backend antwortet um so viele Millisekunden verzögert.</translation>
    </message>
    <message>
        <source>With --demo: every demo backend is unreachable.</source>
        <translation>Mit --demo: Kein Demo-Backend ist erreichbar.</translation>
    </message>
    <message>
        <source>Open the alerts inbox (of the running Stethoscope, or at start).</source>
        <translation>Die Warnungsübersicht öffnen (im laufenden Stethoscope oder beim Start).</translation>
    </message>
    <message>
        <source>Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the system&apos;s.</source>
        <translation>Die App in dieser Sprache anzeigen (de, es, fr, ja, pt_BR, en) statt in der Systemsprache.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; showing English.</source>
        <translation>Für „%1“ gibt es keine Übersetzung; die Anzeige erfolgt auf Englisch.</translation>
    </message>
    <message>
        <source>Give only one of --report, --diagnostics, --sign-in, --sign-out and --set-secret.</source>
        <translation>Geben Sie nur eine der Optionen --report, --diagnostics, --sign-in, --sign-out und --set-secret an.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Managed settings (%1): %2</source>
        <translation>Verwaltete Einstellungen (%1): %2</translation>
    </message>
    <message>
        <source>The demo backends could not start on this computer.</source>
        <translation>Die Demo-Backends konnten auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds, not &quot;%1&quot;.</source>
        <translation>--demo-latency erwartet Millisekunden, nicht „%1“.</translation>
    </message>
</context>
</TS>
