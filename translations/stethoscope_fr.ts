<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertInbox</name>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but an alert is raised at warn or nudge only</source>
        <translation>vaut «&#xa0;%1&#xa0;», or une alerte n’est levée qu’au niveau warn ou nudge</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>a la valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The saved alerts</source>
        <translation>Les alertes enregistrées</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier alert has</source>
        <translation>vaut «&#xa0;%1&#xa0;», valeur déjà utilisée par une alerte précédente</translation>
    </message>
    <message>
        <source>is a second alert still standing for the same device and practice</source>
        <translation>est une deuxième alerte encore active pour le même appareil et la même pratique</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée jusqu’à %1</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow at %1</source>
        <translation>Reportée jusqu’à demain à %1</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a weekday and a date without the year, QDate format</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Snoozed until %1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>Reportée jusqu’au %1 à %2</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Déclenchée %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolue %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation>Ignorée %1</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <extracomment>An alert set aside, whose practice has been seen fixed since.</extracomment>
        <translation>%1&#xa0;; problème corrigé %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggestion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An alert: the device&apos;s name, then what is wrong (&quot;alice-mbp: Firewall is off&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Indique si vos appareils respectent les pratiques de sécurité de votre entreprise</translation>
    </message>
    <message>
        <source>Start at login cannot be changed here.</source>
        <translation>Le lancement à l’ouverture de session ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 (%2).</source>
        <translation>Impossible de désactiver le lancement à l’ouverture de session&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 cannot be removed.</source>
        <translation>Impossible de désactiver le lancement à l’ouverture de session&#xa0;: le fichier %1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched on: %1 (%2).</source>
        <translation>Impossible d’activer le lancement à l’ouverture de session&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Sign in to use a backend configured with auth = sso.</source>
        <translation>Connectez-vous pour utiliser une source configurée avec auth = sso.</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is %3.</source>
        <translation>%1 est requis lorsque %2 vaut %3.</translation>
    </message>
    <message>
        <source>the API client secret or the account password</source>
        <translation>le secret du client API ou le mot de passe du compte</translation>
    </message>
    <message>
        <source>%1 is needed: the administrator the service account acts for (domain-wide delegation).</source>
        <translation>%1 est requis&#xa0;: l’administrateur au nom duquel agit le compte de service (délégation au niveau du domaine).</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3.</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 must name the service account&apos;s key file (JSON).</source>
        <translation>%1 doit indiquer le fichier de clé (JSON) du compte de service.</translation>
    </message>
    <message>
        <source>Set exactly one of %1 and %2: how LANDESK finds the employee&apos;s machines.</source>
        <translation>Définissez un seul des deux paramètres %1 et %2&#xa0;: ils indiquent comment LANDESK trouve les machines de l’employé.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a time zone like Europe/Berlin.</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;», qui n’est pas un fuseau horaire comme Europe/Paris.</translation>
    </message>
    <message>
        <source>the account password</source>
        <translation>le mot de passe du compte</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is basic.</source>
        <translation>%1 est requis lorsque %2 vaut basic.</translation>
    </message>
    <message>
        <source>No %1 secret is stored: put %3 into the keychain with stethoscope --set-secret %2, or set STETHOSCOPE_%4_SECRET.</source>
        <extracomment>%3 says which secret (&quot;the API client&apos;s secret&quot;); %2 names it for the command line.</extracomment>
        <translation>Aucun secret %1 n’est enregistré&#xa0;: placez %3 dans le trousseau avec stethoscope --set-secret %2, ou définissez STETHOSCOPE_%4_SECRET.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Opening the browser to sign in…</source>
        <translation>Ouverture du navigateur pour la connexion…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>--set-secret takes one of %1, not &quot;%2&quot;.</source>
        <translation>--set-secret accepte l’une des valeurs %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>No secret arrived on standard input; nothing was stored.</source>
        <translation>Aucun secret n’a été reçu sur l’entrée standard&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Stored the %1 secret in the keychain.</source>
        <translation>Le secret %1 a été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>You are not signed in. Run stethoscope --sign-in first.</source>
        <translation>Vous n’êtes pas connecté. Exécutez d’abord stethoscope --sign-in.</translation>
    </message>
    <message>
        <source>No backend is configured. Give a configuration with --config, or run with --demo to see the demo company.</source>
        <translation>Aucune source n’est configurée. Indiquez une configuration avec --config, ou lancez l’application avec --demo pour découvrir l’entreprise de démonstration.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Stethoscope is already running; it was asked to show itself.</source>
        <translation>Stethoscope est déjà en cours d’exécution&#xa0;; il lui a été demandé de s’afficher.</translation>
    </message>
    <message>
        <source>IT&apos;s feedback service</source>
        <translation>Le système de signalement du service informatique</translation>
    </message>
    <message>
        <source>Stethoscope runs without a tray icon here</source>
        <translation>Stethoscope fonctionne ici sans icône dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray. Close the window to keep Stethoscope checking in the background; start Stethoscope again to bring the window back.</source>
        <translation>Ce bureau n’a pas de zone de notification. Fermez la fenêtre pour que Stethoscope continue ses vérifications en arrière-plan&#xa0;; relancez Stethoscope pour faire réapparaître la fenêtre.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Stethoscope is not set up yet</source>
        <translation>Stethoscope n’est pas encore configuré</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>La connexion n’a pas abouti</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>%1 must look like 22:00-07:00, not &quot;%2&quot;.</source>
        <translation>%1 doit être de la forme 22:00-07:00, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1 doit être une adresse https://, pas «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show me how to fix</source>
        <translation>Voir comment corriger</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>This isn&apos;t my device</source>
        <translation>Cet appareil n’est pas le mien</translation>
    </message>
    <message>
        <source>I no longer use this device</source>
        <translation>Je n’utilise plus cet appareil</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Names an alert for a screen reader: its practice title, then its device.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Show me how to fix: %1</source>
        <translation>Voir comment corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shows the device&apos;s practice and how to fix it</source>
        <translation>Affiche la pratique dans la fiche de l’appareil, avec la marche à suivre pour la corriger</translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation>Vérifier à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asks every source again about your devices</source>
        <translation>Interroge de nouveau chaque source sur vos appareils</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Reporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Puts this alert off for a while</source>
        <translation>Remet cette alerte à plus tard</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Ignorer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sets this alert aside; it is not raised again while the practice still fails</source>
        <translation>Met cette alerte de côté&#xa0;; elle ne sera pas déclenchée de nouveau tant que la pratique n’est pas respectée</translation>
    </message>
    <message>
        <source>This isn&apos;t my device: %1</source>
        <translation>Cet appareil n’est pas le mien&#xa0;: %1</translation>
    </message>
    <message>
        <source>I no longer use this device: %1</source>
        <translation>Je n’utilise plus cet appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tells IT, and the device no longer counts towards your status until it checks in again</source>
        <translation>Prévient le service informatique&#xa0;; l’appareil ne compte plus dans votre état jusqu’à ce qu’il se manifeste de nouveau</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Every alert about your devices, the newest first</source>
        <translation>Toutes les alertes concernant vos appareils, des plus récentes aux plus anciennes</translation>
    </message>
    <message>
        <source>No alerts. Stethoscope tells you here when a device needs attention.</source>
        <translation>Aucune alerte. Stethoscope vous préviendra ici si un appareil nécessite votre attention.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Devices and alerts</source>
        <translation>Appareils et alertes</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Your devices and their practices (Ctrl+1)</source>
        <translation>Vos appareils et leurs pratiques (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every alert about your devices (Ctrl+2)</source>
        <translation>Toutes les alertes concernant vos appareils (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your devices, the ones that need attention first</source>
        <translation>Vos appareils, en commençant par ceux qui nécessitent votre attention</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Vérification de vos appareils…</translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>Aucun appareil trouvé à votre nom</translation>
    </message>
    <message>
        <source>Nothing is known about your devices yet</source>
        <translation>Aucune information sur vos appareils pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <comment>with the open ones</comment>
        <translation>
            <numerusform>Alertes (%n)</numerusform>
            <numerusform>Alertes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Alertes, %n ouverte</numerusform>
            <numerusform>Alertes, %n ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Alertes, aucune ouverte</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Relevé par %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>You told IT %1 that this isn&apos;t your device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Vous avez indiqué %1 au service informatique que cet appareil n’est pas le vôtre&#xa0;; il ne compte donc plus dans votre état. Il comptera de nouveau lorsqu’il se manifestera.</translation>
    </message>
    <message>
        <source>You told IT %1 that you no longer use this device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Vous avez indiqué %1 au service informatique que vous n’utilisez plus cet appareil&#xa0;; il ne compte donc plus dans votre état. Il comptera de nouveau lorsqu’il se manifestera.</translation>
    </message>
    <message>
        <source>a long time ago</source>
        <translation>il y a longtemps</translation>
    </message>
    <message>
        <source>Last seen %1, so it no longer counts towards your status. Shown as it was last reported.</source>
        <translation>Vu pour la dernière fois %1&#xa0;; il ne compte donc plus dans votre état. Il est affiché tel qu’il a été relevé la dernière fois.</translation>
    </message>
    <message>
        <source>Security practices of %1</source>
        <translation>Pratiques de sécurité de %1</translation>
    </message>
    <message>
        <source>Alerts — Stethoscope</source>
        <extracomment>The details window&apos;s title on the Alerts tab.</extracomment>
        <translation>Alertes — Stethoscope</translation>
    </message>
    <message>
        <source>%1 — Stethoscope</source>
        <extracomment>The details window&apos;s title: a device name, then the app&apos;s name.</extracomment>
        <translation>%1 — Stethoscope</translation>
    </message>
    <message>
        <source>Stethoscope</source>
        <translation>Stethoscope</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Open this on the device itself</source>
        <translation>À ouvrir sur l’appareil lui-même</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>How to check or set it up</source>
        <translation>Comment vérifier ou configurer</translation>
    </message>
    <message>
        <source>Open settings to fix %1</source>
        <translation>Ouvrir les paramètres pour corriger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opens the settings on this computer</source>
        <translation>Ouvre les paramètres de cet ordinateur</translation>
    </message>
    <message>
        <source>Security practices</source>
        <translation>Pratiques de sécurité</translation>
    </message>
    <message>
        <source>The practices of the selected device: critical, suggested, done and unknown</source>
        <translation>Les pratiques de l’appareil sélectionné&#xa0;: critiques, suggestions, respectées et inconnues</translation>
    </message>
    <message>
        <source>Nothing is known about the practices of this device yet.</source>
        <translation>Aucune information sur les pratiques de cet appareil pour l’instant.</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>relevé %1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>relevé par %1 %2</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>relevé par %1</translation>
    </message>
    <message>
        <source>stale — last seen %1</source>
        <translation>inactif — vu pour la dernière fois %1</translation>
    </message>
    <message>
        <source>stale — not seen for a long time</source>
        <translation>inactif — pas vu depuis longtemps</translation>
    </message>
    <message>
        <source>reported to IT</source>
        <translation>signalé au service informatique</translation>
    </message>
    <message>
        <source>reported to IT — not yours</source>
        <translation>signalé au service informatique — pas le vôtre</translation>
    </message>
    <message>
        <source>reported to IT — no longer used</source>
        <translation>signalé au service informatique — plus utilisé</translation>
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
        <translation>%1&#xa0;: %2. Dernier état connu&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>%1: %2. It does not count towards your status.</source>
        <translation>%1&#xa0;: %2. Il ne compte pas dans votre état.</translation>
    </message>
</context>
<context>
    <name>EmployeeSession</name>
    <message>
        <source>You are not signed in. Sign in to see your devices.</source>
        <translation>Vous n’êtes pas connecté. Connectez-vous pour voir vos appareils.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>Not required by your organization.</source>
        <translation>Non exigé par votre organisation.</translation>
    </message>
    <message>
        <source>The backend did not say which platform this device runs.</source>
        <translation>La source n’a pas indiqué la plateforme de cet appareil.</translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation>Non communiqué.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is required.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest allowed version</extracomment>
        <translation>%1 %2 — la version %3 ou ultérieure est requise.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is recommended.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest recommended version</extracomment>
        <translation>%1 %2 — la version %3 ou ultérieure est recommandée.</translation>
    </message>
    <message>
        <source>%1 %2 is up to date.</source>
        <translation>%1 %2 est à jour.</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <extracomment>%1 software name, %2 its version</extracomment>
        <translation>%1 %2 est installé.</translation>
    </message>
    <message>
        <source>The %1 version was not reported.</source>
        <translation>%1&#xa0;: version non communiquée.</translation>
    </message>
    <message>
        <source>The %1 version &quot;%2&quot; could not be read.</source>
        <translation>%1&#xa0;: la version «&#xa0;%2&#xa0;» est illisible.</translation>
    </message>
    <message>
        <source>%1 %2 — your organization sets no minimum version for %1.</source>
        <translation>%1 %2 — votre organisation ne fixe aucune version minimale pour %1.</translation>
    </message>
    <message>
        <source>The installed software was not reported.</source>
        <translation>Les logiciels installés n’ont pas été communiqués.</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <source>%1 is installed, but its version could not be read; %2 or newer is required.</source>
        <translation>%1 est installé, mais sa version est illisible&#xa0;; la version %2 ou ultérieure est requise.</translation>
    </message>
    <message>
        <source>%1 %2 is installed — %3 or newer is required.</source>
        <translation>%1 %2 est installé — la version %3 ou ultérieure est requise.</translation>
    </message>
    <message>
        <source>%1 is running, but its version was not reported; %2 or newer is required.</source>
        <translation>%1 est en cours d’exécution, mais sa version n’a pas été communiquée&#xa0;; la version %2 ou ultérieure est requise.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 est en cours d’exécution.</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 n’est pas installé.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>the operating system</source>
        <translation>le système d’exploitation</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Your feedback cannot be saved to %1: %2. It will be sent while Stethoscope keeps running.</source>
        <translation>Votre signalement ne peut pas être enregistré dans %1&#xa0;: %2. Il sera envoyé tant que Stethoscope reste ouvert.</translation>
    </message>
    <message>
        <source>A feedback report</source>
        <translation>Un signalement</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>vaut %1, et non %2</translation>
    </message>
    <message>
        <source>must be not-mine or no-longer-used</source>
        <translation>doit valoir not-mine ou no-longer-used</translation>
    </message>
    <message>
        <source>Stethoscope: %1 is not my device</source>
        <translation>Stethoscope&#xa0;: %1 n’est pas mon appareil</translation>
    </message>
    <message>
        <source>Stethoscope: I no longer use %1</source>
        <translation>Stethoscope&#xa0;: je n’utilise plus %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but it is not mine.</source>
        <translation>Stethoscope associe cet appareil à mon nom, mais il ne m’appartient pas.</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but I no longer use it.</source>
        <translation>Stethoscope associe cet appareil à mon nom, mais je ne l’utilise plus.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID de l’appareil</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Adresses MAC</translation>
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
        <translation>ID d’appareil Google</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Répertorié par</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Stethoscope version</source>
        <translation>Version de Stethoscope</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID du signalement</translation>
    </message>
    <message>
        <source>your feedback</source>
        <translation>votre signalement</translation>
    </message>
</context>
<context>
    <name>GoogleParser</name>
    <message>
        <source>Google reports “%1”.</source>
        <translation>Google indique «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Google sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Google a envoyé une réponse qui n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>Google sent an answer that is not a JSON object; expected a device list.</source>
        <translation>Google a envoyé une réponse qui n’est pas un objet JSON&#xa0;; une liste d’appareils était attendue.</translation>
    </message>
    <message>
        <source>Google sent a device list whose &quot;%1&quot; is not an array.</source>
        <translation>Google a envoyé une liste d’appareils dont «&#xa0;%1&#xa0;» n’est pas un tableau.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed.</source>
        <translation>Les applications de sources inconnues sont autorisées.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked.</source>
        <translation>Les applications de sources inconnues sont bloquées.</translation>
    </message>
    <message>
        <source>USB debugging is on.</source>
        <translation>Le débogage USB est activé.</translation>
    </message>
    <message>
        <source>USB debugging is off.</source>
        <translation>Le débogage USB est désactivé.</translation>
    </message>
    <message>
        <source>Developer options are on.</source>
        <translation>Les options pour les développeurs sont activées.</translation>
    </message>
    <message>
        <source>Security patch level %1 is older than %2 days.</source>
        <translation>Le niveau du correctif de sécurité %1 date de plus de %2 jours.</translation>
    </message>
    <message>
        <source>This Chromebook no longer receives updates (since %1).</source>
        <translation>Ce Chromebook ne reçoit plus de mises à jour (depuis le %1).</translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The Google service-account key could not sign the sign-in request; the key file&apos;s &quot;private_key&quot; is not a usable RSA key.</source>
        <translation>La clé du compte de service Google n’a pas pu signer la demande de connexion&#xa0;; la «&#xa0;private_key&#xa0;» du fichier de clé n’est pas une clé RSA utilisable.</translation>
    </message>
    <message>
        <source>The Google service-account key file %1. Download a new JSON key for the service account in the Google Cloud console.</source>
        <translation>Le fichier de clé du compte de service Google %1. Téléchargez une nouvelle clé JSON pour le compte de service dans la console Google Cloud.</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>n’est pas du JSON</translation>
    </message>
    <message>
        <source>is of type &quot;%1&quot;, not &quot;service_account&quot; (an OAuth client file will not do)</source>
        <translation>est de type «&#xa0;%1&#xa0;», et non «&#xa0;service_account&#xa0;» (un fichier de client OAuth ne convient pas)</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>ne contient pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>has a &quot;token_uri&quot; that is not a URL</source>
        <translation>contient un «&#xa0;token_uri&#xa0;» qui n’est pas une URL</translation>
    </message>
    <message>
        <source>has a &quot;private_key&quot; that is not a PKCS#8 RSA key</source>
        <translation>contient une «&#xa0;private_key&#xa0;» qui n’est pas une clé RSA PKCS#8</translation>
    </message>
    <message>
        <source>Google sent a token answer without a token or lifetime.</source>
        <translation>Google a envoyé une réponse de jeton sans jeton ni durée de validité.</translation>
    </message>
    <message>
        <source>Google does not accept the signature of service-account key %1 (invalid_grant: %2). The key was probably deleted or replaced in the Google Cloud console; create a new JSON key for %3 and use that file.</source>
        <translation>Google n’accepte pas la signature de la clé de compte de service %1 (invalid_grant&#xa0;: %2). La clé a probablement été supprimée ou remplacée dans la console Google Cloud&#xa0;; créez une nouvelle clé JSON pour %3 et utilisez ce fichier.</translation>
    </message>
    <message>
        <source>Google refused the service-account sign-in (invalid_grant: %1). Check that this computer&apos;s clock is right, that the admin subject %2 is an existing administrator of the domain, and that key %3 of %4 has not been deleted.</source>
        <translation>Google a refusé la connexion du compte de service (invalid_grant&#xa0;: %1). Vérifiez que l’horloge de cet ordinateur est à l’heure, que le sujet administrateur %2 est bien un administrateur existant du domaine et que la clé %3 de %4 n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>Google does not let %1 act for %2 with the device scopes (unauthorized_client). In the Google Admin console, under Security › API controls › Domain-wide delegation, allow client ID %3 the scopes %4.</source>
        <translation>Google n’autorise pas %1 à agir pour le compte de %2 avec les champs d’application des appareils (unauthorized_client). Dans la console d’administration Google, sous Sécurité › Commandes des API › Délégation au niveau du domaine, accordez à l’ID client %3 les champs d’application %4.</translation>
    </message>
    <message>
        <source>of the service account</source>
        <translation>du compte de service</translation>
    </message>
    <message>
        <source>Google rejected the service account %1 (%2). Check the key file and that the service account still exists.</source>
        <translation>Google a refusé le compte de service %1 (%2). Vérifiez le fichier de clé et que le compte de service existe toujours.</translation>
    </message>
    <message>
        <source>the service-account token</source>
        <translation>le jeton du compte de service</translation>
    </message>
</context>
<context>
    <name>GoogleSource</name>
    <message>
        <source>the mobile device list</source>
        <translation>la liste des appareils mobiles</translation>
    </message>
    <message>
        <source>the Chromebook list</source>
        <translation>la liste des Chromebook</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Google finds devices by their user&apos;s e-mail.</source>
        <translation>Aucune adresse e-mail valide n’est définie ([identity] email)&#xa0;; Google trouve les appareils grâce à l’adresse e-mail de leur utilisateur.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was refused.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mio&#xa0;; elle a été refusée.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds.</source>
        <translation>%1 (%2) n’a pas répondu dans un délai de %3 secondes.</translation>
    </message>
    <message>
        <source>%1 could not be reached at %2: %3.</source>
        <translation>%1 est injoignable à l’adresse %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (401).</source>
        <translation>%1 a refusé les identifiants (401).</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (403); try again later.</source>
        <translation>%1 limite actuellement les requêtes (403)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (403). The account may lack a privilege.</source>
        <translation>%1 a refusé l’accès (403) pour %2. Il manque peut-être un privilège au compte.</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (429); try again later.</source>
        <translation>%1 limite actuellement les requêtes (429)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 had a server error (%2) while answering for %3.</source>
        <translation>%1 a rencontré une erreur serveur (%2) en répondant pour %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 a répondu %2 pour %3.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) cannot be read: %2.</source>
        <translation>Le fichier d’autorité de certification %1 ([tls] ca_file) est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) holds no PEM certificate.</source>
        <translation>Le fichier d’autorité de certification %1 ([tls] ca_file) ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1: the request was cancelled.</source>
        <translation>%1&#xa0;: la requête a été annulée.</translation>
    </message>
    <message>
        <source>%1 redirected to another server or to plain http; the redirect was not followed. Check its address.</source>
        <translation>%1 a redirigé vers un autre serveur ou vers du http non chiffré&#xa0;; la redirection n’a pas été suivie. Vérifiez l’adresse configurée pour ce service.</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached securely: %3. Stethoscope does not accept certificates it cannot verify; IT can add the company&apos;s CA certificate with [tls] ca_file.</source>
        <translation>%1 (%2)&#xa0;: la connexion sécurisée a échoué (%3). Stethoscope n’accepte pas les certificats qu’il ne peut pas vérifier&#xa0;; le service informatique peut ajouter le certificat d’autorité de l’entreprise avec [tls] ca_file.</translation>
    </message>
    <message>
        <source>%1 does not know %2 (404). Check its address.</source>
        <translation>%1 ne connaît pas %2 (404). Vérifiez l’adresse configurée pour ce service.</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a valid URL.</source>
        <translation>L’adresse «&#xa0;%2&#xa0;» (%1) n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>%1 is set to an address that does not start with https:// (plain http is only allowed to this computer).</source>
        <translation>%1&#xa0;: l’adresse doit commencer par https:// (le http non chiffré n’est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The answer from %1 at %2 was cut off: %3.</source>
        <translation>La réponse de %1 à %2 a été interrompue&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>JamfParser</name>
    <message>
        <source>Jamf sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Jamf a envoyé une réponse qui n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>Jamf sent an answer that is not a JSON object; expected an inventory page with &quot;totalCount&quot; and &quot;results&quot;.</source>
        <translation>Jamf a envoyé une réponse qui n’est pas un objet JSON&#xa0;; une page d’inventaire avec «&#xa0;totalCount&#xa0;» et «&#xa0;results&#xa0;» était attendue.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page without a &quot;results&quot; list.</source>
        <translation>Jamf a envoyé une page d’inventaire sans liste «&#xa0;results&#xa0;».</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page whose &quot;totalCount&quot; is not a count.</source>
        <translation>Jamf a envoyé une page d’inventaire dont «&#xa0;totalCount&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>FileVault will finish turning on after a restart.</source>
        <translation>FileVault finira de s’activer après un redémarrage.</translation>
    </message>
    <message>
        <source>FileVault is still encrypting (%1 %).</source>
        <translation>Le chiffrement FileVault est toujours en cours (%1&#xa0;%).</translation>
    </message>
    <message>
        <source>FileVault is still encrypting.</source>
        <translation>Le chiffrement FileVault est toujours en cours.</translation>
    </message>
    <message>
        <source>Jamf reports FileVault as %1.</source>
        <translation>Jamf indique FileVault à l’état %1.</translation>
    </message>
    <message>
        <source>Screen Sharing or Remote Management is on.</source>
        <translation>Le partage d’écran ou la gestion à distance est activé.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>La session à distance (SSH) est activée.</translation>
    </message>
    <message>
        <source>Data protection is off: set a passcode to turn it on.</source>
        <translation>La protection des données est désactivée&#xa0;: définissez un code pour l’activer.</translation>
    </message>
    <message>
        <source>No passcode is set.</source>
        <translation>Aucun code n’est défini.</translation>
    </message>
    <message>
        <source>The passcode does not meet your organization&apos;s requirements.</source>
        <translation>Le code ne respecte pas les exigences de votre organisation.</translation>
    </message>
    <message>
        <source>Jamf detected a jailbreak.</source>
        <translation>Jamf a détecté un jailbreak.</translation>
    </message>
</context>
<context>
    <name>JamfSource</name>
    <message>
        <source>the computer inventory</source>
        <translation>l’inventaire des ordinateurs</translation>
    </message>
    <message>
        <source>the mobile device inventory</source>
        <translation>l’inventaire des appareils mobiles</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Jamf finds devices by their user&apos;s e-mail.</source>
        <translation>Aucune adresse e-mail valide n’est définie ([identity] email)&#xa0;; Jamf trouve les appareils grâce à l’adresse e-mail de leur utilisateur.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 n’est pas du JSON valide&#xa0;: %2 à l’octet %3.</translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation>%1 doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <extracomment>%1 is the file (&quot;The policy file&quot;), %2 a key path like os_versions.Mac, %3 the problem.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» %3.</translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation>n’est pas une clé connue (clés attendues&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time</source>
        <translation>une date et heure RFC 3339</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: no valid schema number.</source>
        <translation>%1&#xa0;: aucun numéro de schéma valide.</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Stethoscope (schema %2).</source>
        <translation>%1&#xa0;: écrit par une version plus récente de Stethoscope (schéma %2).</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Access to the system keychain was denied. Allow Stethoscope to use the keychain when asked, then try again.</source>
        <translation>L’accès au trousseau du système a été refusé. Autorisez Stethoscope à utiliser le trousseau lorsque cela vous est demandé, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain, then try again.</source>
        <translation>Le trousseau du système a refusé l’accès&#xa0;: %1. Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Stethoscope keeps secrets only there; install or unlock a keychain (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: %1. Stethoscope conserve ses secrets uniquement à cet endroit&#xa0;; installez ou déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1. Make sure it is running and unlocked, then try again.</source>
        <translation>Le trousseau du système n’a pas pu être utilisé&#xa0;: %1. Vérifiez qu’il est démarré et déverrouillé, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>LandeskParser</name>
    <message>
        <source>BitLocker is decrypting.</source>
        <translation>BitLocker est en cours de déchiffrement.</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting (%1 %).</source>
        <translation>Le chiffrement BitLocker est toujours en cours (%1&#xa0;%).</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting.</source>
        <translation>Le chiffrement BitLocker est toujours en cours.</translation>
    </message>
    <message>
        <source>BitLocker is off.</source>
        <translation>BitLocker est désactivé.</translation>
    </message>
    <message>
        <source>LANDESK reports BitLocker as &quot;%1&quot;.</source>
        <translation>LANDESK indique l’état BitLocker «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>The Windows Firewall is off for: %1.</source>
        <translation>Le Pare-feu Windows est désactivé pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>LANDESK detected %1: %2</source>
        <translation>LANDESK a détecté %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Missing critical or high security updates: %1.</source>
        <translation>Mises à jour de sécurité critiques ou importantes manquantes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>LandeskSource</name>
    <message>
        <source>the saved query %1</source>
        <translation>la requête enregistrée %1</translation>
    </message>
    <message>
        <source>the machine list</source>
        <translation>la liste des machines</translation>
    </message>
    <message>
        <source>the inventory of %1</source>
        <translation>l’inventaire de %1</translation>
    </message>
    <message>
        <source>the vulnerabilities of %1</source>
        <translation>les vulnérabilités de %1</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); LANDESK finds machines by their owner.</source>
        <translation>Aucune adresse e-mail valide n’est définie ([identity] email)&#xa0;; LANDESK trouve les machines grâce à leur propriétaire.</translation>
    </message>
</context>
<context>
    <name>LandeskXml</name>
    <message>
        <source>LANDESK sent an XML answer that is nested too deeply or is too large to read.</source>
        <translation>LANDESK a envoyé une réponse XML trop imbriquée ou trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>LANDESK sent an answer that is not valid XML (%1, line %2).</source>
        <translation>LANDESK a envoyé une réponse qui n’est pas du XML valide (%1, ligne %2).</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>aucun élément</translation>
    </message>
    <message>
        <source>LANDESK sent a SOAP envelope without a body.</source>
        <translation>LANDESK a envoyé une enveloppe SOAP sans corps.</translation>
    </message>
    <message>
        <source>LANDESK answered with an error: %1</source>
        <translation>LANDESK a répondu par une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LocalChecks</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The system and home file systems are encrypted (LUKS).</source>
        <translation>Le système de fichiers du système et celui du dossier personnel sont chiffrés (LUKS).</translation>
    </message>
    <message>
        <source>The system file system is encrypted (LUKS).</source>
        <translation>Le système de fichiers du système est chiffré (LUKS).</translation>
    </message>
    <message>
        <source>%1 is on %2, which is not encrypted.</source>
        <extracomment>%1 a file system&apos;s mount point (&quot;/&quot; or &quot;/home&quot;), %2 its disk or partition (&quot;sda2&quot;)</extracomment>
        <translation>%1 se trouve sur %2, qui n’est pas chiffré.</translation>
    </message>
    <message>
        <source>The firewall drops incoming connections by default.</source>
        <translation>Par défaut, le pare-feu bloque les connexions entrantes.</translation>
    </message>
    <message>
        <source>The firewall accepts incoming connections by default.</source>
        <translation>Par défaut, le pare-feu accepte les connexions entrantes.</translation>
    </message>
    <message>
        <source>No firewall rules filter incoming connections.</source>
        <translation>Aucune règle de pare-feu ne filtre les connexions entrantes.</translation>
    </message>
    <message>
        <source>ufw is on and blocks incoming connections by default.</source>
        <translation>ufw est activé et bloque par défaut les connexions entrantes.</translation>
    </message>
    <message>
        <source>ufw is on but accepts incoming connections by default.</source>
        <translation>ufw est activé, mais accepte par défaut les connexions entrantes.</translation>
    </message>
    <message>
        <source>firewalld is on, but its default zone trusts every connection.</source>
        <translation>firewalld est activé, mais sa zone par défaut considère toutes les connexions comme fiables.</translation>
    </message>
    <message>
        <source>firewalld is on and rejects unexpected incoming connections.</source>
        <translation>firewalld est activé et rejette les connexions entrantes inattendues.</translation>
    </message>
    <message>
        <source>nftables is on and drops incoming connections by default.</source>
        <translation>nftables est activé et bloque par défaut les connexions entrantes.</translation>
    </message>
    <message>
        <source>nftables is on but its rules accept incoming connections.</source>
        <translation>nftables est activé, mais ses règles acceptent les connexions entrantes.</translation>
    </message>
    <message>
        <source>The firewall is turned off.</source>
        <translation>Le pare-feu est désactivé.</translation>
    </message>
    <message>
        <source>No firewall (ufw, firewalld or nftables) is set up.</source>
        <translation>Aucun pare-feu (ufw, firewalld ou nftables) n’est configuré.</translation>
    </message>
    <message>
        <source>Security updates are installed automatically (unattended-upgrades).</source>
        <translation>Les mises à jour de sécurité s’installent automatiquement (unattended-upgrades).</translation>
    </message>
    <message>
        <source>Automatic updates are configured, but unattended-upgrades is not installed.</source>
        <translation>Les mises à jour automatiques sont configurées, mais unattended-upgrades n’est pas installé.</translation>
    </message>
    <message>
        <source>Updates are not installed automatically.</source>
        <translation>Les mises à jour ne s’installent pas automatiquement.</translation>
    </message>
    <message>
        <source>Updates are installed automatically (dnf-automatic).</source>
        <translation>Les mises à jour s’installent automatiquement (dnf-automatic).</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n mise à jour de sécurité en attente d’installation.</numerusform>
            <numerusform>%n mises à jour de sécurité en attente d’installation.</numerusform>
        </translation>
    </message>
    <message>
        <source>No security update is waiting.</source>
        <translation>Aucune mise à jour de sécurité en attente.</translation>
    </message>
    <message>
        <source>The screen does not lock.</source>
        <translation>L’écran ne se verrouille pas.</translation>
    </message>
    <message>
        <source>The screen locks, but never turns off by itself.</source>
        <translation>L’écran se verrouille, mais ne s’éteint jamais de lui-même.</translation>
    </message>
    <message>
        <source>The screen locks after %1 without use.</source>
        <translation>L’écran se verrouille après %1 d’inactivité.</translation>
    </message>
    <message>
        <source>The screen does not lock by itself.</source>
        <translation>L’écran ne se verrouille pas automatiquement.</translation>
    </message>
    <message>
        <source>An SSH server accepts remote logins (port 22).</source>
        <translation>Un serveur SSH accepte les connexions à distance (port 22).</translation>
    </message>
    <message>
        <source>No SSH server is listening.</source>
        <translation>Aucun serveur SSH n’est à l’écoute.</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk (%1 % done).</source>
        <translation>FileVault est en train de chiffrer le disque (%1&#xa0;% effectués).</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk.</source>
        <translation>FileVault est en train de chiffrer le disque.</translation>
    </message>
    <message>
        <source>FileVault is on.</source>
        <translation>FileVault est activé.</translation>
    </message>
    <message>
        <source>FileVault is off.</source>
        <translation>FileVault est désactivé.</translation>
    </message>
    <message>
        <source>The firewall is off.</source>
        <translation>Le pare-feu est désactivé.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>Le pare-feu est activé.</translation>
    </message>
    <message>
        <source>macOS updates are installed automatically.</source>
        <translation>Les mises à jour de macOS s’installent automatiquement.</translation>
    </message>
    <message>
        <source>macOS updates are downloaded but not installed automatically.</source>
        <translation>Les mises à jour de macOS sont téléchargées, mais ne s’installent pas automatiquement.</translation>
    </message>
    <message>
        <source>macOS updates are not installed automatically.</source>
        <translation>Les mises à jour de macOS ne s’installent pas automatiquement.</translation>
    </message>
    <message>
        <source>The screen does not ask for the password after sleep.</source>
        <translation>Le mot de passe n’est pas demandé après la suspension d’activité de l’écran.</translation>
    </message>
    <message>
        <source>The password is asked for as soon as the screen sleeps.</source>
        <translation>Le mot de passe est demandé dès la suspension d’activité de l’écran.</translation>
    </message>
    <message numerus="yes">
        <source>The password is asked for %n minute(s) after the screen sleeps.</source>
        <translation>
            <numerusform>Le mot de passe est demandé %n minute après la suspension d’activité de l’écran.</numerusform>
            <numerusform>Le mot de passe est demandé %n minutes après la suspension d’activité de l’écran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on: port 22 accepts connections.</source>
        <translation>La session à distance (SSH) est activée&#xa0;: le port 22 accepte les connexions.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is off.</source>
        <translation>La session à distance (SSH) est désactivée.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>La session à distance (SSH) est activée.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive (%1 % done).</source>
        <translation>BitLocker est en train de chiffrer le lecteur système (%1&#xa0;% effectués).</translation>
    </message>
    <message>
        <source>BitLocker protects the system drive.</source>
        <translation>BitLocker protège le lecteur système.</translation>
    </message>
    <message>
        <source>BitLocker is off: the system drive is not encrypted.</source>
        <translation>BitLocker est désactivé&#xa0;: le lecteur système n’est pas chiffré.</translation>
    </message>
    <message>
        <source>BitLocker protection is suspended on the system drive.</source>
        <translation>La protection BitLocker est suspendue sur le lecteur système.</translation>
    </message>
    <message>
        <source>Windows Firewall is on for every network profile.</source>
        <translation>Le Pare-feu Windows est activé pour tous les profils réseau.</translation>
    </message>
    <message>
        <source>Windows Firewall is off for: %1.</source>
        <extracomment>%1 the network profiles, e.g. &quot;Public, Private&quot;</extracomment>
        <translation>Le Pare-feu Windows est désactivé pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Windows Update installs updates automatically.</source>
        <translation>Windows Update installe automatiquement les mises à jour.</translation>
    </message>
    <message>
        <source>A policy turns automatic Windows updates off.</source>
        <translation>Une stratégie désactive les mises à jour automatiques de Windows.</translation>
    </message>
    <message>
        <source>Windows Update only notifies; updates are not installed automatically.</source>
        <translation>Windows Update envoie seulement des notifications&#xa0;; les mises à jour ne s’installent pas automatiquement.</translation>
    </message>
    <message>
        <source>The screen saver is off.</source>
        <translation>L’écran de veille est désactivé.</translation>
    </message>
    <message>
        <source>The screen saver does not ask for the password.</source>
        <translation>L’écran de veille ne demande pas le mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>L’écran se verrouille après %n minute d’inactivité.</numerusform>
            <numerusform>L’écran se verrouille après %n minutes d’inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Desktop is off.</source>
        <translation>Le Bureau à distance est désactivé.</translation>
    </message>
    <message>
        <source>Remote Desktop accepts connections.</source>
        <translation>Le Bureau à distance accepte les connexions.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive.</source>
        <translation>BitLocker est en train de chiffrer le lecteur système.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open details</source>
        <translation>Ouvrir les détails</translation>
    </message>
    <message>
        <source>Show me how to fix</source>
        <translation>Voir comment corriger</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Reporter d’une heure</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device that needs attention and what is wrong with it: &quot;alice-mbp: Firewall is off&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Required by your organization.</source>
        <translation>Exigé par votre organisation.</translation>
    </message>
    <message>
        <source>Suggested by your organization.</source>
        <translation>Suggéré par votre organisation.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists a few of the problems found.</extracomment>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n appareil nécessite votre attention</numerusform>
            <numerusform>%n appareils nécessitent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 — thank you</source>
        <extracomment>A practice that recovered: &quot;Disk encryption is on for alice-mbp — thank you&quot;.</extracomment>
        <translation>%1 pour %2 — merci</translation>
    </message>
    <message>
        <source>Stethoscope noticed the change.</source>
        <translation>Stethoscope a remarqué le changement.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>Your computer&apos;s clock seems to be off, so the sign-in cannot be trusted. Check the date, time and time zone settings and sign in again.</source>
        <translation>L’horloge de votre ordinateur semble déréglée&#xa0;: la connexion ne peut donc pas être considérée comme fiable. Vérifiez les réglages de date, d’heure et de fuseau horaire, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token that could not be read.</source>
        <translation>Le fournisseur d’identité a envoyé un jeton d’identité illisible.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1 instead of %2. Check [auth] issuer.</source>
        <translation>La réponse de connexion provient de %1 au lieu de %2. Vérifiez [auth] issuer.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>un fournisseur sans nom</translation>
    </message>
    <message>
        <source>The sign-in provider issued the sign-in for another application, not for client ID %1. Check [auth] client_id.</source>
        <translation>Le fournisseur d’identité a émis la connexion pour une autre application, et non pour l’ID client %1. Vérifiez [auth] client_id.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token without an expiry.</source>
        <translation>Le fournisseur d’identité a envoyé un jeton d’identité sans date d’expiration.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in. Please sign in again.</source>
        <translation>La réponse de connexion ne correspond pas à cette connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in provider did not share your e-mail address, so Stethoscope cannot tell which devices are yours. Ask IT to allow the &quot;email&quot; scope for Stethoscope.</source>
        <translation>Le fournisseur d’identité n’a pas communiqué votre adresse e-mail&#xa0;: Stethoscope ne peut donc pas savoir quels appareils sont les vôtres. Demandez au service informatique d’autoriser le champ d’application «&#xa0;email&#xa0;» pour Stethoscope.</translation>
    </message>
    <message>
        <source>Your e-mail address %1 is not verified with the sign-in provider, so Stethoscope cannot rely on it. Verify it there or ask IT.</source>
        <translation>Votre adresse e-mail %1 n’est pas vérifiée auprès du fournisseur d’identité&#xa0;: Stethoscope ne peut donc pas s’y fier. Faites-la vérifier auprès de ce fournisseur ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Ceci n’est pas une réponse de connexion.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Connexion non reconnue</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress in Stethoscope. Please start the sign-in again from Stethoscope.</source>
        <translation>Cette réponse ne correspond pas à la connexion en cours dans Stethoscope. Veuillez relancer la connexion depuis Stethoscope.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to Stethoscope.</source>
        <translation>La connexion n’a pas abouti. Vous pouvez fermer cet onglet et revenir à Stethoscope.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You are signed in; you can close this tab.</source>
        <translation>Vous êtes connecté&#xa0;; vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in answer has neither a code nor an error.</source>
        <translation>La réponse de connexion ne contient ni code ni erreur.</translation>
    </message>
    <message>
        <source>the sign-in configuration</source>
        <translation>la configuration de connexion</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 could not be reached. Check the network connection and [auth] issuer.</source>
        <translation>Le fournisseur d’identité à l’adresse %1 est injoignable. Vérifiez la connexion réseau et [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 has no OpenID Connect configuration (HTTP %2). Check [auth] issuer.</source>
        <translation>Le fournisseur d’identité à l’adresse %1 n’a pas de configuration OpenID Connect (HTTP %2). Vérifiez [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 sent a configuration that could not be read.</source>
        <translation>Le fournisseur d’identité à l’adresse %1 a envoyé une configuration illisible.</translation>
    </message>
    <message>
        <source>The sign-in provider calls itself %1, but [auth] issuer is %2. Set [auth] issuer to exactly the provider&apos;s issuer.</source>
        <translation>Le fournisseur d’identité se présente comme %1, mais [auth] issuer vaut %2. Donnez à [auth] issuer exactement la valeur issuer du fournisseur.</translation>
    </message>
    <message>
        <source>Stethoscope could not wait for the browser&apos;s answer: no local port was free on 127.0.0.1.</source>
        <translation>Stethoscope n’a pas pu attendre la réponse du navigateur&#xa0;: aucun port local n’était libre sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stethoscope could not open a web browser for the sign-in. Check that a default web browser is set.</source>
        <translation>Stethoscope n’a pas pu ouvrir de navigateur web pour la connexion. Vérifiez qu’un navigateur web par défaut est défini.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n minute(s).</source>
        <translation>
            <numerusform>La connexion n’a pas été finalisée dans le navigateur en moins de %n minute.</numerusform>
            <numerusform>La connexion n’a pas été finalisée dans le navigateur en moins de %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n second(s).</source>
        <translation>
            <numerusform>La connexion n’a pas été finalisée dans le navigateur en moins de %n seconde.</numerusform>
            <numerusform>La connexion n’a pas été finalisée dans le navigateur en moins de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser. Sign in again to continue.</source>
        <translation>La connexion a été annulée ou refusée dans le navigateur. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The sign-in provider does not know Stethoscope&apos;s client ID %1. Check [auth] client_id or ask IT to register Stethoscope.</source>
        <translation>Le fournisseur d’identité ne connaît pas l’ID client %1 de Stethoscope. Vérifiez [auth] client_id ou demandez au service informatique d’enregistrer Stethoscope.</translation>
    </message>
    <message>
        <source>The sign-in provider could not sign you in (%1). Try again, or ask IT if it keeps happening.</source>
        <translation>Le fournisseur d’identité n’a pas pu vous connecter (%1). Réessayez, ou contactez le service informatique si le problème persiste.</translation>
    </message>
    <message>
        <source>renewing the sign-in</source>
        <translation>le renouvellement de la connexion</translation>
    </message>
    <message>
        <source>completing the sign-in</source>
        <translation>la finalisation de la connexion</translation>
    </message>
    <message>
        <source>The sign-in provider sent an answer without the expected tokens.</source>
        <translation>Le fournisseur d’identité a envoyé une réponse sans les jetons attendus.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Votre connexion a expiré&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in provider did not accept the sign-in. Please sign in again.</source>
        <translation>Le fournisseur d’identité n’a pas accepté la connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>la déconnexion</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>is &quot;%1&quot;, which is not a version number like 15.6 or 10.0.26100</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui n’est pas un numéro de version comme 15.6 ou 10.0.26100</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; use required, suggested or off</source>
        <translation>vaut «&#xa0;%1&#xa0;»&#xa0;; utilisez required, suggested ou off</translation>
    </message>
    <message>
        <source>is not a platform (use Mac, Windows, Linux, iOS, Android or ChromeOS)</source>
        <translation>n’est pas une plateforme (utilisez Mac, Windows, Linux, iOS, Android ou ChromeOS)</translation>
    </message>
    <message>
        <source>is not a practice (expected one of: %1; software practices take their level in &quot;software&quot;)</source>
        <translation>n’est pas une pratique (valeurs attendues&#xa0;: %1&#xa0;; les pratiques logicielles prennent leur niveau dans «&#xa0;software&#xa0;»)</translation>
    </message>
    <message>
        <source>recommends %1, which is older than the required %2</source>
        <translation>recommande %1, qui est antérieure à la version requise %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a short lower-case name like &quot;carbonblack&quot;</source>
        <translation>doit être un nom court en minuscules, comme «&#xa0;carbonblack&#xa0;»</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is already a practice</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui est déjà une pratique</translation>
    </message>
    <message>
        <source>is missing; give the name people know the software by</source>
        <translation>manque&#xa0;; indiquez le nom sous lequel le logiciel est connu</translation>
    </message>
    <message>
        <source>must be an https:, http: or mailto: address</source>
        <translation>doit être une adresse https:, http: ou mailto:</translation>
    </message>
    <message>
        <source>needs at least one of app_names, bundle_ids or services, so that the software can be found on a device</source>
        <translation>nécessite au moins l’un des champs app_names, bundle_ids ou services, pour que le logiciel puisse être trouvé sur un appareil</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 installé</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 absent</translation>
    </message>
    <message>
        <source>Your organization relies on %1 to detect and stop attacks on this device.</source>
        <translation>Votre organisation compte sur %1 pour détecter et bloquer les attaques visant cet appareil.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal, or ask IT to install it for you.</source>
        <translation>Installez %1 depuis le portail logiciel de votre entreprise, ou demandez au service informatique de l’installer pour vous.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal.</source>
        <translation>Installez %1 depuis le portail logiciel de votre entreprise.</translation>
    </message>
    <message>
        <source>The policy file</source>
        <translation>Le fichier de stratégie</translation>
    </message>
    <message>
        <source>is %1, but this version of Stethoscope reads schema 1</source>
        <translation>vaut %1, mais cette version de Stethoscope lit le schéma 1</translation>
    </message>
    <message>
        <source>is missing; this version of Stethoscope reads schema 1</source>
        <translation>manque&#xa0;; cette version de Stethoscope lit le schéma 1</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Disk encryption</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Chiffrement du disque</translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <extracomment>Practice title: the device&apos;s storage is encrypted.</extracomment>
        <translation>Chiffrement du disque activé</translation>
    </message>
    <message>
        <source>Disk encryption is off</source>
        <translation>Chiffrement du disque désactivé</translation>
    </message>
    <message>
        <source>If your device is lost or stolen, encryption keeps your files and work data unreadable to whoever has it.</source>
        <translation>Si votre appareil est perdu ou volé, le chiffrement rend vos fichiers et vos données professionnelles illisibles pour quiconque l’a entre les mains.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Privacy &amp; Security.
2. Scroll to FileVault and select Turn On…
3. Choose how to recover the disk if you forget your password, then follow the prompts.</source>
        <extracomment>“Turn On…” is the FileVault button in macOS System Settings.</extracomment>
        <translation>1. Ouvrez Réglages Système → Confidentialité et sécurité.
2. Faites défiler jusqu’à FileVault et sélectionnez Activer…
3. Choisissez comment récupérer le disque si vous oubliez votre mot de passe, puis suivez les instructions.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Device encryption and turn it on.
2. If that page is missing, open Control Panel → System and Security → BitLocker Drive Encryption and select Turn on BitLocker for the C: drive.</source>
        <translation>1. Ouvrez Paramètres → Confidentialité et sécurité → Chiffrement de l’appareil et activez-le.
2. Si cette page n’existe pas, ouvrez Panneau de configuration → Système et sécurité → Chiffrement de lecteur BitLocker et sélectionnez Activer BitLocker pour le lecteur C:.</translation>
    </message>
    <message>
        <source>1. Back up your files; Linux can usually encrypt the whole disk only while it is being installed.
2. Reinstall Linux and choose the installer option to encrypt the disk (LUKS).
3. Restore your files. Your IT team can help with any of these steps.</source>
        <extracomment>LUKS is the name of the Linux disk encryption format; keep it as is.</extracomment>
        <translation>1. Sauvegardez vos fichiers&#xa0;: en général, Linux ne peut chiffrer l’intégralité du disque que pendant son installation.
2. Réinstallez Linux et choisissez l’option de l’installateur qui chiffre le disque (LUKS).
3. Restaurez vos fichiers. Votre service informatique peut vous aider pour chacune de ces étapes.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode).
2. Select Turn Passcode On. Your data is encrypted as soon as a passcode is set.</source>
        <translation>1. Ouvrez Réglages → Face ID et code (ou Touch ID et code).
2. Touchez Activer le code. Vos données sont chiffrées dès qu’un code est défini.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. On older Android versions, also open Settings → Security → Encryption &amp; credentials and select Encrypt phone.</source>
        <translation>1. Ouvrez Paramètres → Sécurité et confidentialité → Déverrouillage de l’appareil → Verrouillage de l’écran et définissez un code, un schéma ou un mot de passe.
2. Sur les anciennes versions d’Android, ouvrez aussi Paramètres → Sécurité → Chiffrement et identifiants et sélectionnez Chiffrer le téléphone.</translation>
    </message>
    <message>
        <source>ChromeOS always encrypts your data, so there is nothing to turn on. If this still shows as off after a restart, contact your IT team.</source>
        <translation>ChromeOS chiffre toujours vos données&#xa0;: il n’y a donc rien à activer. Si cette pratique apparaît toujours comme désactivée après un redémarrage, contactez votre service informatique.</translation>
    </message>
    <message>
        <source>Firewall</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <extracomment>Practice title: the computer&apos;s built-in firewall is enabled.</extracomment>
        <translation>Pare-feu activé</translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation>Pare-feu désactivé</translation>
    </message>
    <message>
        <source>The firewall turns away network connections you did not ask for. This matters most on shared networks such as cafés, hotels and airports.</source>
        <translation>Le pare-feu bloque les connexions réseau que vous n’avez pas demandées. C’est surtout important sur les réseaux partagés, comme dans les cafés, les hôtels et les aéroports.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Network → Firewall.
2. Turn on Firewall.</source>
        <translation>1. Ouvrez Réglages Système → Réseau → Coupe-feu.
2. Activez Coupe-feu.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Windows Security → Firewall &amp; network protection.
2. Select each network shown as off (Domain, Private, Public) and turn on Microsoft Defender Firewall.</source>
        <translation>1. Ouvrez Paramètres → Confidentialité et sécurité → Sécurité Windows → Pare-feu et protection du réseau.
2. Sélectionnez chaque réseau indiqué comme désactivé (Réseau avec domaine, Réseau privé, Réseau public) et activez le Pare-feu Microsoft Defender.</translation>
    </message>
    <message>
        <source>Ubuntu or Debian: open a terminal and run: sudo ufw enable
Fedora: open a terminal and run: sudo systemctl enable --now firewalld
KDE Plasma: open System Settings, search for Firewall and turn it on.</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>Ubuntu ou Debian&#xa0;: ouvrez un terminal et exécutez&#xa0;: sudo ufw enable
Fedora&#xa0;: ouvrez un terminal et exécutez&#xa0;: sudo systemctl enable --now firewalld
KDE Plasma&#xa0;: ouvrez Configuration du système, recherchez Pare-feu et activez-le.</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Mises à jour automatiques</translation>
    </message>
    <message>
        <source>Automatic updates are on</source>
        <extracomment>Practice title: the operating system installs updates by itself.</extracomment>
        <translation>Mises à jour automatiques activées</translation>
    </message>
    <message>
        <source>Automatic updates are off</source>
        <translation>Mises à jour automatiques désactivées</translation>
    </message>
    <message>
        <source>Automatic updates install security fixes soon after they come out, so you do not have to remember. You can still pick a convenient time to restart.</source>
        <translation>Les mises à jour automatiques installent les correctifs de sécurité peu après leur publication, sans que vous ayez à y penser. Vous pouvez toujours choisir le moment qui vous convient pour redémarrer.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select the ⓘ button next to Automatic updates.
3. Turn on Download new updates when available, Install macOS updates and Install Security Responses and system files.</source>
        <translation>1. Ouvrez Réglages Système → Général → Mise à jour de logiciels.
2. Sélectionnez le bouton ⓘ à côté de Mises à jour automatiques.
3. Activez Télécharger les nouvelles mises à jour lorsqu’elles sont disponibles, Installer les mises à jour de macOS et Installer les réponses de sécurité et les fichiers système.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. If updates are paused, select Resume updates.
3. If the page says your organization manages some settings, contact your IT team.</source>
        <translation>1. Ouvrez Paramètres → Windows Update.
2. Si les mises à jour sont suspendues, sélectionnez Reprendre les mises à jour.
3. Si la page indique que votre organisation gère certains paramètres, contactez votre service informatique.</translation>
    </message>
    <message>
        <source>GNOME: open Software → main menu → Preferences and turn on automatic updates.
KDE Plasma: open System Settings → Software Update and choose to update software automatically.
Ubuntu: open Software &amp; Updates → Updates and set security updates to Download and install automatically.</source>
        <extracomment>Each line is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME&#xa0;: ouvrez Logiciels → menu principal → Préférences et activez les mises à jour automatiques.
KDE Plasma&#xa0;: ouvrez Configuration du système → Mise à jour des logiciels et choisissez de mettre à jour les logiciels automatiquement.
Ubuntu&#xa0;: ouvrez Logiciels et mises à jour → Mises à jour et réglez les mises à jour de sécurité sur Télécharger et installer automatiquement.</translation>
    </message>
    <message>
        <source>Operating system updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Mises à jour du système d’exploitation</translation>
    </message>
    <message>
        <source>Operating system is up to date</source>
        <extracomment>Practice title: the operating system version and security patches are recent enough.</extracomment>
        <translation>Système d’exploitation à jour</translation>
    </message>
    <message>
        <source>Operating system is out of date</source>
        <translation>Système d’exploitation obsolète</translation>
    </message>
    <message>
        <source>Updates fix security problems that attackers already know about. Staying current closes those gaps.</source>
        <translation>Les mises à jour corrigent des failles de sécurité que les attaquants connaissent déjà. En restant à jour, vous refermez ces brèches.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select Update Now or Upgrade Now and follow the prompts.
3. Restart when asked.</source>
        <translation>1. Ouvrez Réglages Système → Général → Mise à jour de logiciels.
2. Sélectionnez Mettre à jour maintenant ou Mettre à niveau maintenant et suivez les instructions.
3. Redémarrez lorsque cela vous est demandé.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. Select Check for updates, then install everything offered.
3. Select Restart now when asked.</source>
        <translation>1. Ouvrez Paramètres → Windows Update.
2. Sélectionnez Rechercher des mises à jour, puis installez toutes celles qui sont proposées.
3. Sélectionnez Redémarrer maintenant lorsque cela vous est demandé.</translation>
    </message>
    <message>
        <source>GNOME: open Software → Updates, install everything listed and restart.
KDE Plasma: open Discover → Updates, select Update All and restart.
Ubuntu: open Software Updater, install the updates and restart.
If your distribution release is no longer supported, upgrade to a current one.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME&#xa0;: ouvrez Logiciels → Mises à jour, installez tout ce qui est listé et redémarrez.
KDE Plasma&#xa0;: ouvrez Discover → Mises à jour, sélectionnez Tout mettre à jour et redémarrez.
Ubuntu&#xa0;: ouvrez le Gestionnaire de mises à jour, installez les mises à jour et redémarrez.
Si la version de votre distribution n’est plus prise en charge, passez à une version actuelle.</translation>
    </message>
    <message>
        <source>1. Open Settings → General → Software Update.
2. Select Update Now or Install Now and follow the prompts.</source>
        <translation>1. Ouvrez Réglages → Général → Mise à jour logicielle.
2. Touchez Mettre à jour maintenant ou Installer maintenant et suivez les instructions.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Software updates (on Samsung: Settings → Software update) and install what is offered.
2. Open Settings → Security &amp; privacy → System &amp; updates and install any security update or Google Play system update.
3. Restart when asked.</source>
        <translation>1. Ouvrez Paramètres → Système → Mises à jour logicielles (sur Samsung&#xa0;: Paramètres → Mise à jour du logiciel) et installez ce qui est proposé.
2. Ouvrez Paramètres → Sécurité et confidentialité → Système et mises à jour et installez toute mise à jour de sécurité ou mise à jour du système Google Play.
3. Redémarrez lorsque cela vous est demandé.</translation>
    </message>
    <message>
        <source>1. Open Settings → About ChromeOS.
2. Select Check for updates, then Restart once the update is ready.
3. If it says this device no longer receives updates, contact your IT team.</source>
        <translation>1. Ouvrez Paramètres → À propos de ChromeOS.
2. Sélectionnez Rechercher des mises à jour, puis Redémarrer une fois la mise à jour prête.
3. S’il est indiqué que cet appareil ne reçoit plus de mises à jour, contactez votre service informatique.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Verrouillage de l’écran</translation>
    </message>
    <message>
        <source>Screen lock is on</source>
        <extracomment>Practice title: a password, PIN or biometric lock is set and the screen locks by itself.</extracomment>
        <translation>Verrouillage de l’écran activé</translation>
    </message>
    <message>
        <source>Screen lock is off</source>
        <translation>Verrouillage de l’écran désactivé</translation>
    </message>
    <message>
        <source>A screen lock keeps your device private when you step away or if it gets lost. Locking automatically means you do not have to remember to do it.</source>
        <translation>Le verrouillage de l’écran protège votre appareil quand vous vous en éloignez ou si vous le perdez. Avec le verrouillage automatique, vous n’avez pas à y penser.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Lock Screen.
2. Set Start Screen Saver when inactive or Turn display off when inactive to a few minutes.
3. Set Require password after screen saver begins or display is turned off to Immediately.</source>
        <translation>1. Ouvrez Réglages Système → Écran verrouillé.
2. Réglez Démarrer l’économiseur d’écran en cas d’inactivité ou Éteindre l’écran en cas d’inactivité sur quelques minutes.
3. Réglez Exiger le mot de passe après le démarrage de l’économiseur d’écran ou l’extinction de l’écran sur Immédiatement.</translation>
    </message>
    <message>
        <source>1. Open Settings → Accounts → Sign-in options and set up a PIN, fingerprint, face recognition or password.
2. Under Additional settings, set “If you’ve been away…” to When PC wakes up from sleep.
3. Open Settings → System → Power &amp; battery and set the screen and sleep timeouts to a few minutes.</source>
        <extracomment>The quoted text is the start of a question shown in Windows sign-in options.</extracomment>
        <translation>1. Ouvrez Paramètres → Comptes → Options de connexion et configurez un code PIN, une empreinte digitale, la reconnaissance faciale ou un mot de passe.
2. Sous Paramètres supplémentaires, réglez «&#xa0;Si vous vous êtes absenté…&#xa0;» sur Lorsque le PC sort de veille.
3. Ouvrez Paramètres → Système → Alimentation et batterie et réglez les délais d’extinction de l’écran et de mise en veille sur quelques minutes.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → Privacy &amp; Security → Screen Lock, set Blank Screen Delay to a few minutes and turn on Automatic Screen Lock.
KDE Plasma: open System Settings → Security &amp; Privacy → Screen Locking and lock the screen automatically after a few minutes.
Make sure your account has a password.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux desktop.</extracomment>
        <translation>GNOME&#xa0;: ouvrez Paramètres → Confidentialité et sécurité → Verrouillage de l’écran, réglez Délai d’extinction de l’écran sur quelques minutes et activez Verrouillage automatique de l’écran.
KDE Plasma&#xa0;: ouvrez Configuration du système → Sécurité et confidentialité → Verrouillage de l’écran et verrouillez l’écran automatiquement après quelques minutes.
Assurez-vous que votre compte a un mot de passe.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode) and select Turn Passcode On.
2. Open Settings → Display &amp; Brightness → Auto-Lock and choose a few minutes rather than Never.</source>
        <translation>1. Ouvrez Réglages → Face ID et code (ou Touch ID et code) et touchez Activer le code.
2. Ouvrez Réglages → Luminosité et affichage → Verrouillage automatique et choisissez quelques minutes plutôt que Jamais.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. Open Settings → Display (or Display &amp; touch) → Screen timeout and choose a few minutes.</source>
        <translation>1. Ouvrez Paramètres → Sécurité et confidentialité → Déverrouillage de l’appareil → Verrouillage de l’écran et définissez un code, un schéma ou un mot de passe.
2. Ouvrez Paramètres → Affichage (ou Affichage et écran tactile) → Délai de mise en veille de l’écran et choisissez quelques minutes.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security and privacy → Lock screen and sign-in and turn on Lock when sleeping or lid is closed.
2. Open Settings → Device → Power and choose Sleep for when the device is idle.</source>
        <translation>1. Ouvrez Paramètres → Sécurité et confidentialité → Écran de verrouillage et connexion et activez Verrouiller l’écran lors de la mise en veille ou de la fermeture du couvercle.
2. Ouvrez Paramètres → Appareil → Alimentation et choisissez Veille lorsque l’appareil est inactif.</translation>
    </message>
    <message>
        <source>Jailbreak and root detection</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Détection du jailbreak et du root</translation>
    </message>
    <message>
        <source>Not jailbroken or rooted</source>
        <extracomment>Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.</extracomment>
        <translation>Ni jailbreaké ni rooté</translation>
    </message>
    <message>
        <source>Jailbroken, rooted or in developer mode</source>
        <extracomment>Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode (ChromeOS).</extracomment>
        <translation>Jailbreaké, rooté ou en mode développeur</translation>
    </message>
    <message>
        <source>Jailbreaking, rooting and developer mode switch off protections the system relies on, which makes it much easier for harmful apps to take over the device.</source>
        <translation>Le jailbreak, le root et le mode développeur désactivent des protections sur lesquelles repose le système, ce qui permet beaucoup plus facilement à des applications malveillantes de prendre le contrôle de l’appareil.</translation>
    </message>
    <message>
        <source>1. Back up your iPhone or iPad to iCloud or a computer.
2. Connect it to a computer, open Finder on a Mac or Apple Devices on Windows, select the device and choose Restore.
3. When setup starts, restore your backup.</source>
        <translation>1. Sauvegardez votre iPhone ou iPad dans iCloud ou sur un ordinateur.
2. Connectez-le à un ordinateur, ouvrez le Finder sur un Mac ou Appareils Apple sur Windows, sélectionnez l’appareil et choisissez Restaurer.
3. Lorsque la configuration démarre, restaurez votre sauvegarde.</translation>
    </message>
    <message>
        <source>1. Back up the data you want to keep.
2. Remove the rooting tools, reinstall the manufacturer’s official software and lock the bootloader again.
3. If you are not sure how, ask your IT team for help.</source>
        <translation>1. Sauvegardez les données que vous souhaitez conserver.
2. Supprimez les outils de root, réinstallez le logiciel officiel du fabricant et reverrouillez le bootloader.
3. Si vous ne savez pas comment faire, demandez de l’aide à votre service informatique.</translation>
    </message>
    <message>
        <source>1. Back up any files stored only on this Chromebook.
2. Restart it and, on the developer mode warning screen, choose Turn on OS verification.
3. Confirm. The Chromebook resets and starts in normal mode.</source>
        <extracomment>“Turn on OS verification” is the option on the ChromeOS developer mode warning screen.</extracomment>
        <translation>1. Sauvegardez les fichiers stockés uniquement sur ce Chromebook.
2. Redémarrez-le et, sur l’écran d’avertissement du mode développeur, choisissez Activer la validation de l’OS.
3. Confirmez. Le Chromebook est réinitialisé et démarre en mode normal.</translation>
    </message>
    <message>
        <source>Remote login</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Connexion à distance</translation>
    </message>
    <message>
        <source>Remote login is off</source>
        <extracomment>Practice title: nobody can sign in to this computer over the network (SSH, Remote Desktop, Screen Sharing).</extracomment>
        <translation>Connexion à distance désactivée</translation>
    </message>
    <message>
        <source>Remote login is on</source>
        <translation>Connexion à distance activée</translation>
    </message>
    <message>
        <source>With remote login on, anyone who can reach your computer over the network can try to sign in. Keeping it off when you do not need it closes that door.</source>
        <translation>Quand la connexion à distance est activée, toute personne pouvant atteindre votre ordinateur par le réseau peut tenter de s’y connecter. La laisser désactivée quand vous n’en avez pas besoin ferme cette porte.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Sharing.
2. Turn off Remote Login, Screen Sharing and Remote Management.</source>
        <translation>1. Ouvrez Réglages Système → Général → Partage.
2. Désactivez Session à distance, Partage d’écran et Gestion à distance.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Remote Desktop.
2. Turn off Remote Desktop and confirm.</source>
        <translation>1. Ouvrez Paramètres → Système → Bureau à distance.
2. Désactivez Bureau à distance et confirmez.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → System, turn off Secure Shell, then open Remote Desktop and turn off Desktop Sharing and Remote Login.
KDE Plasma: open System Settings, search for Remote Desktop and turn it off.
Terminal: run sudo systemctl disable --now ssh (on Fedora, sshd instead of ssh).</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>GNOME&#xa0;: ouvrez Paramètres → Système, désactivez Secure Shell, puis ouvrez Bureau à distance et désactivez Partage du bureau et Connexion à distance.
KDE Plasma&#xa0;: ouvrez Configuration du système, recherchez Bureau à distance et désactivez-le.
Terminal&#xa0;: exécutez sudo systemctl disable --now ssh (sur Fedora, sshd au lieu de ssh).</translation>
    </message>
    <message>
        <source>Apps from unknown sources</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Applications de sources inconnues</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked</source>
        <extracomment>Practice title: the phone only installs apps from its app store.</extracomment>
        <translation>Applications de sources inconnues bloquées</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed</source>
        <translation>Applications de sources inconnues autorisées</translation>
    </message>
    <message>
        <source>Apps from outside trusted app stores skip the safety checks those stores run, and they are a common way for harmful apps to reach phones.</source>
        <translation>Les applications qui ne proviennent pas de boutiques d’applications fiables échappent aux contrôles de sécurité de ces boutiques&#xa0;; c’est l’un des moyens les plus courants pour les applications malveillantes d’atteindre les téléphones.</translation>
    </message>
    <message>
        <source>1. Open Settings → Apps → Special app access → Install unknown apps (on Samsung: Settings → Apps → ⋮ → Special access → Install unknown apps).
2. Select each app marked Allowed and turn off Allow from this source.</source>
        <extracomment>“Allow from this source” is the switch on each app’s Install unknown apps page.</extracomment>
        <translation>1. Ouvrez Paramètres → Applications → Accès spécifiques des applications → Installer des applis inconnues (sur Samsung&#xa0;: Paramètres → Applications → ⋮ → Accès spécial → Installer applis inconnues).
2. Sélectionnez chaque application marquée Autorisée et désactivez Autoriser cette source.</translation>
    </message>
    <message>
        <source>USB debugging</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Débogage USB</translation>
    </message>
    <message>
        <source>USB debugging is off</source>
        <extracomment>Practice title: Android Debug Bridge (ADB) access over USB is disabled.</extracomment>
        <translation>Débogage USB désactivé</translation>
    </message>
    <message>
        <source>USB debugging is on</source>
        <translation>Débogage USB activé</translation>
    </message>
    <message>
        <source>USB debugging lets a connected computer install apps and read data on your phone. It is meant for app developers and is safest left off.</source>
        <translation>Le débogage USB permet à un ordinateur connecté d’installer des applications et de lire les données de votre téléphone. Il est destiné aux développeurs d’applications&#xa0;: le plus sûr est de le laisser désactivé.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Developer options (on Samsung: Settings → Developer options).
2. Turn off USB debugging and Wireless debugging.
3. If you do not need developer options at all, turn off Use developer options at the top.</source>
        <translation>1. Ouvrez Paramètres → Système → Options pour les développeurs (sur Samsung&#xa0;: Paramètres → Options de développement).
2. Désactivez Débogage USB et Débogage sans fil.
3. Si vous n’avez pas du tout besoin des options pour les développeurs, désactivez Utiliser les options pour les développeurs en haut de la page.</translation>
    </message>
</context>
<context>
    <name>PracticeModel</name>
    <message numerus="yes">
        <source>Critical (%n)</source>
        <comment>practices that must be fixed</comment>
        <translation>
            <numerusform>Critique (%n)</numerusform>
            <numerusform>Critiques (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <comment>practices worth fixing</comment>
        <translation>
            <numerusform>Suggestion (%n)</numerusform>
            <numerusform>Suggestions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <comment>practices followed</comment>
        <translation>
            <numerusform>Respectée (%n)</numerusform>
            <numerusform>Respectées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown (%n)</source>
        <comment>practices that could not be checked</comment>
        <translation>
            <numerusform>Inconnue (%n)</numerusform>
            <numerusform>Inconnues (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>relevé %1</translation>
    </message>
    <message>
        <source>%1 · reported %2</source>
        <comment>Jamf · reported 2 h ago</comment>
        <translation>%1 · relevé %2</translation>
    </message>
    <message>
        <source>%1 · now</source>
        <comment>this device · now</comment>
        <translation>%1 · à l’instant</translation>
    </message>
    <message>
        <source>this Mac</source>
        <translation>ce Mac</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>ce PC</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 last reported “%2”; %3 reports “%4” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported, %3 &quot;this Mac&quot;, %4 what the device reports now</extracomment>
        <translation>Au dernier relevé, %1 indiquait «&#xa0;%2&#xa0;»&#xa0;; %3 indique à présent «&#xa0;%4&#xa0;» — %1 en tiendra compte à son prochain inventaire.</translation>
    </message>
    <message>
        <source>%1 last reported “%2” %3; %4 reports “%5” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when (&quot;3 days ago&quot;), %4 &quot;this Mac&quot;, %5 what the device reports now (&quot;Firewall is on&quot;)</extracomment>
        <translation>Au dernier relevé (%3), %1 indiquait «&#xa0;%2&#xa0;»&#xa0;; %4 indique à présent «&#xa0;%5&#xa0;» — %1 en tiendra compte à son prochain inventaire.</translation>
    </message>
    <message>
        <source>%1 reported “%2”.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;)</extracomment>
        <translation>%1 a relevé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 reported “%2” %3.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when</extracomment>
        <translation>%1 a relevé «&#xa0;%2&#xa0;» %3.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Tout est en ordre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Matched by its name “%1”: %2 reports no serial number or network address that %3 knows.</source>
        <extracomment>%1 the computer&apos;s name (&quot;alice-laptop&quot;), %2 &quot;this computer&quot;, %3 the backends (&quot;LANDESK&quot;)</extracomment>
        <translation>Associé par son nom «&#xa0;%1&#xa0;»&#xa0;: %2 ne fournit aucun numéro de série ni aucune adresse réseau connus de %3.</translation>
    </message>
</context>
<context>
    <name>ReportedDevices</name>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>a la valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The saved device reports</source>
        <translation>Les signalements d’appareils enregistrés</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier report has</source>
        <translation>vaut «&#xa0;%1&#xa0;», valeur déjà utilisée par un signalement précédent</translation>
    </message>
</context>
<context>
    <name>SampleFleet</name>
    <message>
        <source>%1 is still encrypting (%2 %).</source>
        <translation>Le chiffrement %1 est toujours en cours (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>The demo fleet</source>
        <translation>Le parc de démonstration</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Le fichier de configuration %1 est illisible.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Le fichier de configuration %1 n’est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot;.</source>
        <translation>Le fichier de configuration %1 contient une clé inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» ignorée</translation>
    </message>
    <message>
        <source>%1 cannot be enforced; ignored</source>
        <translation>%1 ne peut pas être imposé&#xa0;; paramètre ignoré</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 must be an address like %2.</source>
        <translation>%1 doit être une adresse comme %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use %3.</source>
        <translation>%1 vaut «&#xa0;%2&#xa0;»&#xa0;; utilisez %3.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>a la valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not a MAC address</source>
        <translation>contient «&#xa0;%1&#xa0;», qui n’est pas une adresse MAC</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>The status report</source>
        <translation>Le rapport d’état</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The saved status %1 is too large to be Stethoscope&apos;s; it was ignored.</source>
        <translation>L’état enregistré %1 est trop volumineux pour provenir de Stethoscope&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The saved status %1 cannot be read: %2.</source>
        <translation>L’état enregistré %1 est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The saved status %1 is damaged and was ignored.</source>
        <translation>L’état enregistré %1 est endommagé et a été ignoré.</translation>
    </message>
    <message>
        <source>The folder for the saved status %1 cannot be created.</source>
        <translation>Le dossier de l’état enregistré %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The status cannot be saved to %1: %2.</source>
        <translation>L’état ne peut pas être enregistré dans %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>StatusPipeline</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>Impossible de lire le fichier de stratégie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.</source>
        <translation>La connexion est désactivée (%1 = none). Définissez %1 = oidc avec %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation>%1 est requis pour se connecter.</translation>
    </message>
    <message>
        <source>The sign-in provider</source>
        <translation>Le fournisseur d’identité</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date without the year, QDate format</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Vérification de vos appareils…</translation>
    </message>
    <message>
        <source>Status unknown — not checked yet</source>
        <translation>État inconnu — pas encore vérifié</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n appareil nécessite votre attention</numerusform>
            <numerusform>%n appareils nécessitent votre attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n critical)</source>
        <translation>
            <numerusform>(%n critique)</numerusform>
            <numerusform>(%n critiques)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with suggestions</source>
        <translation>
            <numerusform>%n appareil avec des suggestions</numerusform>
            <numerusform>%n appareils avec des suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>Aucun appareil trouvé à votre nom</translation>
    </message>
    <message>
        <source>All your devices follow the security practices</source>
        <translation>Tous vos appareils respectent les pratiques de sécurité</translation>
    </message>
    <message>
        <source>Some practices could not be checked</source>
        <translation>Certaines pratiques n’ont pas pu être vérifiées</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Vérification… %1</translation>
    </message>
    <message>
        <source>Status unknown — last known %1: %2</source>
        <translation>État inconnu — dernier état connu (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (relevé %2)</translation>
    </message>
    <message>
        <source>Stethoscope — %1</source>
        <translation>Stethoscope — %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1&#xa0;: OK</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1&#xa0;: échec de connexion</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last checked %1 — %2</source>
        <translation>Dernière vérification&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — showing what it reported %2</source>
        <translation>%1 injoignable — affichage des données relevées %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — nothing it reported is known yet</source>
        <translation>%1 injoignable — aucune donnée relevée pour l’instant</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not reported</source>
        <translation>%1&#xa0;: non communiqué</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>relevé par %1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>relevé par %1 %2</translation>
    </message>
    <message>
        <source>Stethoscope report for %1 · %2</source>
        <translation>Rapport Stethoscope pour %1 · %2</translation>
    </message>
    <message>
        <source>Stethoscope report · %1</source>
        <translation>Rapport Stethoscope · %1</translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1 — %n of your devices need attention</source>
        <translation>
            <numerusform>Bilan&#xa0;: %1 — %n de vos appareils nécessite votre attention</numerusform>
            <numerusform>Bilan&#xa0;: %1 — %n de vos appareils nécessitent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Bilan&#xa0;: %1</translation>
    </message>
    <message>
        <source>No devices to show; see the state of each backend below.</source>
        <translation>Aucun appareil à afficher&#xa0;; consultez l’état de chaque source ci-dessous.</translation>
    </message>
    <message>
        <source>Not seen for a long time (not counted above):</source>
        <translation>Pas vus depuis longtemps (non comptés ci-dessus)&#xa0;:</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>vu pour la dernière fois %1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>jamais vu</translation>
    </message>
    <message numerus="yes">
        <source>%1 ok (%n record(s))</source>
        <translation>
            <numerusform>%1&#xa0;: OK (%n enregistrement)</numerusform>
            <numerusform>%1&#xa0;: OK (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 not configured</source>
        <translation>%1 non configuré</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>%1 sent a token answer that could not be read.</source>
        <translation>%1 a envoyé une réponse de jeton illisible.</translation>
    </message>
    <message>
        <source>the API client token</source>
        <translation>le jeton du client API</translation>
    </message>
    <message>
        <source>Jamf rejected the API client credentials (401). Check [jamf] client_id and the client secret.</source>
        <translation>Jamf a refusé les identifiants du client API (401). Vérifiez [jamf] client_id et le secret du client.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or lifetime.</source>
        <translation>Jamf a envoyé une réponse de jeton sans jeton ni durée de validité.</translation>
    </message>
    <message>
        <source>the user account token</source>
        <translation>le jeton du compte utilisateur</translation>
    </message>
    <message>
        <source>Jamf rejected the account name or password (401). Check [jamf] username and the password.</source>
        <translation>Jamf a refusé le nom de compte ou le mot de passe (401). Vérifiez [jamf] username et le mot de passe.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or expiry.</source>
        <translation>Jamf a envoyé une réponse de jeton sans jeton ni date d’expiration.</translation>
    </message>
    <message>
        <source>giving up the user account token</source>
        <translation>la révocation du jeton du compte utilisateur</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>&amp;Open details…</source>
        <translation>&amp;Ouvrir les détails…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Réactiver les notifications</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier le &amp;diagnostic</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>device name — its rating</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerte ouverte</numerusform>
            <numerusform>%n alertes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Notifications snoozed until %1</source>
        <translation>&amp;Notifications suspendues jusqu’à %1</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation>&amp;Suspendre les notifications</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>Se dé&amp;connecter (%1)</translation>
    </message>
    <message>
        <source>Start at login — Managed by your organization</source>
        <translation>Lancer à l’ouverture de session — Géré par votre organisation</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>&amp;Lancer à l’ouverture de session</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices.</source>
        <translation>Indique si vos appareils respectent les pratiques de sécurité de votre entreprise.</translation>
    </message>
    <message>
        <source>Refresh once and print the report.</source>
        <translation>Actualiser une fois et afficher le rapport.</translation>
    </message>
    <message>
        <source>Print versions, the effective settings and where each came from, the keychain&apos;s state and whether each backend can be reached (for a helpdesk ticket).</source>
        <translation>Afficher les versions, les paramètres effectifs et leur provenance, l’état du trousseau et si chaque source est joignable (pour un ticket d’assistance).</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>Format du rapport&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>Sign in in the browser and print the signed-in e-mail address.</source>
        <translation>Se connecter dans le navigateur et afficher l’adresse e-mail connectée.</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in.</source>
        <translation>Se déconnecter et oublier la connexion enregistrée.</translation>
    </message>
    <message>
        <source>Read a backend secret (jamf, google or landesk) from standard input into the keychain.</source>
        <translation>Lire le secret d’une source (jamf, google ou landesk) depuis l’entrée standard et l’enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>Use the built-in demo company instead of your organization&apos;s backends.</source>
        <translation>Utiliser l’entreprise de démonstration intégrée au lieu des sources de votre organisation.</translation>
    </message>
    <message>
        <source>Read the settings from this INI file.</source>
        <translation>Lire les paramètres depuis ce fichier INI.</translation>
    </message>
    <message>
        <source>Grade devices against this policy file (JSON).</source>
        <translation>Évaluer les appareils selon ce fichier de stratégie (JSON).</translation>
    </message>
    <message>
        <source>The employee whose devices to show (e-mail).</source>
        <translation>L’employé dont les appareils sont à afficher (adresse e-mail).</translation>
    </message>
    <message>
        <source>With --demo: every demo backend answers this many milliseconds late.</source>
        <translation>Avec --demo&#xa0;: chaque source de démonstration répond avec ce nombre de millisecondes de retard.</translation>
    </message>
    <message>
        <source>With --demo: every demo backend is unreachable.</source>
        <translation>Avec --demo&#xa0;: chaque source de démonstration est injoignable.</translation>
    </message>
    <message>
        <source>Open the alerts inbox (of the running Stethoscope, or at start).</source>
        <translation>Ouvrir la boîte de réception des alertes (du Stethoscope en cours d’exécution, ou au démarrage).</translation>
    </message>
    <message>
        <source>Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the system&apos;s.</source>
        <translation>Afficher l’application dans cette langue (de, es, fr, ja, pt_BR, en) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; showing English.</source>
        <translation>Aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; affichage en anglais.</translation>
    </message>
    <message>
        <source>Give only one of --report, --diagnostics, --sign-in, --sign-out and --set-secret.</source>
        <translation>N’indiquez qu’une seule des options --report, --diagnostics, --sign-in, --sign-out et --set-secret.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format doit valoir text ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Managed settings (%1): %2</source>
        <translation>Paramètres gérés (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The demo backends could not start on this computer.</source>
        <translation>Les sources de démonstration n’ont pas pu démarrer sur cet ordinateur.</translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds, not &quot;%1&quot;.</source>
        <translation>--demo-latency attend une valeur en millisecondes, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
