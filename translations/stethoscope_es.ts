<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertInbox</name>
    <message>
        <source>is missing</source>
        <translation>no aparece</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but an alert is raised at warn or nudge only</source>
        <translation>es &quot;%1&quot;, pero solo se generan alertas con warn o nudge</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>tiene el valor desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The saved alerts</source>
        <translation>Las alertas guardadas</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier alert has</source>
        <translation>es &quot;%1&quot;, que ya tiene una alerta anterior</translation>
    </message>
    <message>
        <source>is a second alert still standing for the same device and practice</source>
        <translation>es una segunda alerta aún vigente para el mismo dispositivo y la misma práctica</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta las %1</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow at %1</source>
        <translation>Pospuesta hasta mañana a las %1</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a weekday and a date without the year, QDate format</comment>
        <translation>ddd d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>Snoozed until %1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>Pospuesta hasta el %1 a las %2</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Generada %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resuelta %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation>Descartada %1</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <extracomment>An alert set aside, whose practice has been seen fixed since.</extracomment>
        <translation>%1, solucionada %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
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
        <translation>Muestra si tus dispositivos cumplen las prácticas de seguridad de tu empresa</translation>
    </message>
    <message>
        <source>Start at login cannot be changed here.</source>
        <translation>La opción Abrir al iniciar sesión no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 (%2).</source>
        <translation>No se puede desactivar Abrir al iniciar sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 cannot be removed.</source>
        <translation>No se puede desactivar Abrir al iniciar sesión: no se puede eliminar %1.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched on: %1 (%2).</source>
        <translation>No se puede activar Abrir al iniciar sesión: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Sign in to use a backend configured with auth = sso.</source>
        <translation>Inicia sesión para usar un backend configurado con auth = sso.</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is %3.</source>
        <translation>%1 es obligatorio cuando %2 es %3.</translation>
    </message>
    <message>
        <source>the API client secret or the account password</source>
        <translation>el secreto del cliente de API o la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>%1 is needed: the administrator the service account acts for (domain-wide delegation).</source>
        <translation>%1 es obligatorio: el administrador en cuyo nombre actúa la cuenta de servicio (delegación de todo el dominio).</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3.</source>
        <translation>%1: no se puede leer %2: %3.</translation>
    </message>
    <message>
        <source>%1 must name the service account&apos;s key file (JSON).</source>
        <translation>%1 debe indicar el archivo de clave de la cuenta de servicio (JSON).</translation>
    </message>
    <message>
        <source>Set exactly one of %1 and %2: how LANDESK finds the employee&apos;s machines.</source>
        <translation>Define exactamente uno de %1 y %2: así es como LANDESK encuentra los equipos del empleado.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a time zone like Europe/Berlin.</source>
        <translation>%1 es &quot;%2&quot;, que no es una zona horaria como Europe/Berlin.</translation>
    </message>
    <message>
        <source>the account password</source>
        <translation>la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is basic.</source>
        <translation>%1 es obligatorio cuando %2 es basic.</translation>
    </message>
    <message>
        <source>No %1 secret is stored: put %3 into the keychain with stethoscope --set-secret %2, or set STETHOSCOPE_%4_SECRET.</source>
        <extracomment>%3 says which secret (&quot;the API client&apos;s secret&quot;); %2 names it for the command line.</extracomment>
        <translation>No hay ningún secreto de %1 guardado: guarda %3 en el llavero con stethoscope --set-secret %2 o define STETHOSCOPE_%4_SECRET.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Opening the browser to sign in…</source>
        <translation>Abriendo el navegador para iniciar sesión…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>--set-secret takes one of %1, not &quot;%2&quot;.</source>
        <translation>--set-secret admite uno de estos valores: %1; no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No secret arrived on standard input; nothing was stored.</source>
        <translation>No llegó ningún secreto por la entrada estándar; no se guardó nada.</translation>
    </message>
    <message>
        <source>Stored the %1 secret in the keychain.</source>
        <translation>Se guardó el secreto de %1 en el llavero.</translation>
    </message>
    <message>
        <source>You are not signed in. Run stethoscope --sign-in first.</source>
        <translation>No has iniciado sesión. Ejecuta primero stethoscope --sign-in.</translation>
    </message>
    <message>
        <source>No backend is configured. Give a configuration with --config, or run with --demo to see the demo company.</source>
        <translation>No hay ningún backend configurado. Indica una configuración con --config o ejecuta con --demo para ver la empresa de demostración.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Stethoscope is already running; it was asked to show itself.</source>
        <translation>Stethoscope ya se está ejecutando; se le ha pedido que se muestre.</translation>
    </message>
    <message>
        <source>IT&apos;s feedback service</source>
        <translation>El servicio de comentarios de TI</translation>
    </message>
    <message>
        <source>Stethoscope runs without a tray icon here</source>
        <translation>Aquí Stethoscope funciona sin icono en la bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray. Close the window to keep Stethoscope checking in the background; start Stethoscope again to bring the window back.</source>
        <translation>Este escritorio no tiene bandeja del sistema. Cierra la ventana para que Stethoscope siga verificando en segundo plano; vuelve a abrir Stethoscope para recuperar la ventana.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No has iniciado sesión.</translation>
    </message>
    <message>
        <source>Stethoscope is not set up yet</source>
        <translation>Stethoscope aún no está configurado</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>No se completó el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>%1 must look like 22:00-07:00, not &quot;%2&quot;.</source>
        <translation>%1 debe tener el formato 22:00-07:00, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1 debe ser una dirección https://, no &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show me how to fix</source>
        <translation>Ver cómo solucionarlo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>This isn&apos;t my device</source>
        <translation>Este dispositivo no es mío</translation>
    </message>
    <message>
        <source>I no longer use this device</source>
        <translation>Ya no uso este dispositivo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Names an alert for a screen reader: its practice title, then its device.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Show me how to fix: %1</source>
        <translation>Ver cómo solucionarlo: %1</translation>
    </message>
    <message>
        <source>Shows the device&apos;s practice and how to fix it</source>
        <translation>Muestra la práctica del dispositivo y cómo solucionarla</translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation>Volver a verificar: %1</translation>
    </message>
    <message>
        <source>Asks every source again about your devices</source>
        <translation>Vuelve a consultar todas las fuentes sobre tus dispositivos</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Posponer: %1</translation>
    </message>
    <message>
        <source>Puts this alert off for a while</source>
        <translation>Pospone esta alerta durante un tiempo</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <source>Sets this alert aside; it is not raised again while the practice still fails</source>
        <translation>Deja esta alerta a un lado; no se vuelve a generar mientras la práctica siga sin cumplirse</translation>
    </message>
    <message>
        <source>This isn&apos;t my device: %1</source>
        <translation>Este dispositivo no es mío: %1</translation>
    </message>
    <message>
        <source>I no longer use this device: %1</source>
        <translation>Ya no uso este dispositivo: %1</translation>
    </message>
    <message>
        <source>Tells IT, and the device no longer counts towards your status until it checks in again</source>
        <translation>Avisa al equipo de TI, y el dispositivo deja de contar para tu estado hasta que vuelva a sincronizarse</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Every alert about your devices, the newest first</source>
        <translation>Todas las alertas sobre tus dispositivos, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>No alerts. Stethoscope tells you here when a device needs attention.</source>
        <translation>No hay alertas. Stethoscope te avisará aquí cuando un dispositivo necesite atención.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>Devices and alerts</source>
        <translation>Dispositivos y alertas</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Your devices and their practices (Ctrl+1)</source>
        <translation>Tus dispositivos y sus prácticas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every alert about your devices (Ctrl+2)</source>
        <translation>Todas las alertas sobre tus dispositivos (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your devices, the ones that need attention first</source>
        <translation>Tus dispositivos, primero los que necesitan atención</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Verificando tus dispositivos…</translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>No se encontraron dispositivos tuyos</translation>
    </message>
    <message>
        <source>Nothing is known about your devices yet</source>
        <translation>Todavía no se sabe nada de tus dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <comment>with the open ones</comment>
        <translation>
            <numerusform>Alertas (%n)</numerusform>
            <numerusform>Alertas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>Alertas, %n pendiente</numerusform>
            <numerusform>Alertas, %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Alertas, ninguna pendiente</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Informado por %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>You told IT %1 that this isn&apos;t your device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Le indicaste al equipo de TI %1 que este dispositivo no es tuyo, así que ya no cuenta para tu estado. Volverá a contar cuando se sincronice de nuevo.</translation>
    </message>
    <message>
        <source>You told IT %1 that you no longer use this device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Le indicaste al equipo de TI %1 que ya no usas este dispositivo, así que ya no cuenta para tu estado. Volverá a contar cuando se sincronice de nuevo.</translation>
    </message>
    <message>
        <source>a long time ago</source>
        <translation>hace mucho tiempo</translation>
    </message>
    <message>
        <source>Last seen %1, so it no longer counts towards your status. Shown as it was last reported.</source>
        <translation>Visto por última vez %1, así que ya no cuenta para tu estado. Se muestra tal como se informó la última vez.</translation>
    </message>
    <message>
        <source>Security practices of %1</source>
        <translation>Prácticas de seguridad de %1</translation>
    </message>
    <message>
        <source>Alerts — Stethoscope</source>
        <extracomment>The details window&apos;s title on the Alerts tab.</extracomment>
        <translation>Alertas — Stethoscope</translation>
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
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>Open this on the device itself</source>
        <translation>Ábrelo en el propio dispositivo</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>How to check or set it up</source>
        <translation>Cómo verificarlo o configurarlo</translation>
    </message>
    <message>
        <source>Open settings to fix %1</source>
        <translation>Abrir configuración para solucionar: %1</translation>
    </message>
    <message>
        <source>Opens the settings on this computer</source>
        <translation>Abre la configuración en este equipo</translation>
    </message>
    <message>
        <source>Security practices</source>
        <translation>Prácticas de seguridad</translation>
    </message>
    <message>
        <source>The practices of the selected device: critical, suggested, done and unknown</source>
        <translation>Las prácticas del dispositivo seleccionado: críticas, sugeridas, cumplidas y desconocidas</translation>
    </message>
    <message>
        <source>Nothing is known about the practices of this device yet.</source>
        <translation>Todavía no se sabe nada de las prácticas de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>informado %1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>informado por %1 %2</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>informado por %1</translation>
    </message>
    <message>
        <source>stale — last seen %1</source>
        <translation>inactivo — visto por última vez %1</translation>
    </message>
    <message>
        <source>stale — not seen for a long time</source>
        <translation>inactivo — sin actividad desde hace mucho tiempo</translation>
    </message>
    <message>
        <source>reported to IT</source>
        <translation>notificado a TI</translation>
    </message>
    <message>
        <source>reported to IT — not yours</source>
        <translation>notificado a TI — no es tuyo</translation>
    </message>
    <message>
        <source>reported to IT — no longer used</source>
        <translation>notificado a TI — ya no se usa</translation>
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
        <translation>%1: %2. Último estado conocido: %3.</translation>
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
        <translation>%1: %2. No cuenta para tu estado.</translation>
    </message>
</context>
<context>
    <name>EmployeeSession</name>
    <message>
        <source>You are not signed in. Sign in to see your devices.</source>
        <translation>No has iniciado sesión. Inicia sesión para ver tus dispositivos.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>Not required by your organization.</source>
        <translation>Tu organización no lo exige.</translation>
    </message>
    <message>
        <source>The backend did not say which platform this device runs.</source>
        <translation>El backend no indicó qué plataforma usa este dispositivo.</translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation>Sin datos.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is required.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest allowed version</extracomment>
        <translation>%1 %2 — se requiere la versión %3 o posterior.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is recommended.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest recommended version</extracomment>
        <translation>%1 %2 — se recomienda la versión %3 o posterior.</translation>
    </message>
    <message>
        <source>%1 %2 is up to date.</source>
        <translation>%1 %2 está actualizado.</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <extracomment>%1 software name, %2 its version</extracomment>
        <translation>%1 %2 está instalado.</translation>
    </message>
    <message>
        <source>The %1 version was not reported.</source>
        <translation>No se informó la versión de %1.</translation>
    </message>
    <message>
        <source>The %1 version &quot;%2&quot; could not be read.</source>
        <translation>No se pudo interpretar la versión &quot;%2&quot; de %1.</translation>
    </message>
    <message>
        <source>%1 %2 — your organization sets no minimum version for %1.</source>
        <translation>%1 %2 — tu organización no establece una versión mínima para %1.</translation>
    </message>
    <message>
        <source>The installed software was not reported.</source>
        <translation>No se informó el software instalado.</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 está instalado.</translation>
    </message>
    <message>
        <source>%1 is installed, but its version could not be read; %2 or newer is required.</source>
        <translation>%1 está instalado, pero no se pudo leer su versión; se requiere la versión %2 o posterior.</translation>
    </message>
    <message>
        <source>%1 %2 is installed — %3 or newer is required.</source>
        <translation>%1 %2 está instalado — se requiere la versión %3 o posterior.</translation>
    </message>
    <message>
        <source>%1 is running, but its version was not reported; %2 or newer is required.</source>
        <translation>%1 se está ejecutando, pero no se informó su versión; se requiere la versión %2 o posterior.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 se está ejecutando.</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 no está instalado.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 no se está ejecutando.</translation>
    </message>
    <message>
        <source>the operating system</source>
        <translation>sistema operativo</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Your feedback cannot be saved to %1: %2. It will be sent while Stethoscope keeps running.</source>
        <translation>No se pueden guardar tus comentarios en %1: %2. Se enviarán mientras Stethoscope siga en ejecución.</translation>
    </message>
    <message>
        <source>A feedback report</source>
        <translation>Un informe de comentarios</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no aparece</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>es %1, no %2</translation>
    </message>
    <message>
        <source>must be not-mine or no-longer-used</source>
        <translation>debe ser not-mine o no-longer-used</translation>
    </message>
    <message>
        <source>Stethoscope: %1 is not my device</source>
        <translation>Stethoscope: %1 no es mi dispositivo</translation>
    </message>
    <message>
        <source>Stethoscope: I no longer use %1</source>
        <translation>Stethoscope: ya no uso %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but it is not mine.</source>
        <translation>Stethoscope muestra este dispositivo a mi nombre, pero no es mío.</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but I no longer use it.</source>
        <translation>Stethoscope muestra este dispositivo a mi nombre, pero ya no lo uso.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Direcciones MAC</translation>
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
        <translation>ID de dispositivo de Google</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Listado por</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Stethoscope version</source>
        <translation>Versión de Stethoscope</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID del informe</translation>
    </message>
    <message>
        <source>your feedback</source>
        <translation>el envío de tus comentarios</translation>
    </message>
</context>
<context>
    <name>GoogleParser</name>
    <message>
        <source>Google reports “%1”.</source>
        <translation>Google informa: “%1”.</translation>
    </message>
    <message>
        <source>Google sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Google envió una respuesta que no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Google sent an answer that is not a JSON object; expected a device list.</source>
        <translation>Google envió una respuesta que no es un objeto JSON; se esperaba una lista de dispositivos.</translation>
    </message>
    <message>
        <source>Google sent a device list whose &quot;%1&quot; is not an array.</source>
        <translation>Google envió una lista de dispositivos en la que &quot;%1&quot; no es un array.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed.</source>
        <translation>Se permiten aplicaciones de fuentes desconocidas.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked.</source>
        <translation>Se bloquean las aplicaciones de fuentes desconocidas.</translation>
    </message>
    <message>
        <source>USB debugging is on.</source>
        <translation>La depuración por USB está activada.</translation>
    </message>
    <message>
        <source>USB debugging is off.</source>
        <translation>La depuración por USB está desactivada.</translation>
    </message>
    <message>
        <source>Developer options are on.</source>
        <translation>Las opciones para desarrolladores están activadas.</translation>
    </message>
    <message>
        <source>Security patch level %1 is older than %2 days.</source>
        <translation>El nivel de parche de seguridad %1 tiene más de %2 días.</translation>
    </message>
    <message>
        <source>This Chromebook no longer receives updates (since %1).</source>
        <translation>Este Chromebook ya no recibe actualizaciones (desde %1).</translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The Google service-account key could not sign the sign-in request; the key file&apos;s &quot;private_key&quot; is not a usable RSA key.</source>
        <translation>La clave de la cuenta de servicio de Google no pudo firmar la solicitud de inicio de sesión; la &quot;private_key&quot; del archivo de clave no es una clave RSA utilizable.</translation>
    </message>
    <message>
        <source>The Google service-account key file %1. Download a new JSON key for the service account in the Google Cloud console.</source>
        <translation>El archivo de clave de la cuenta de servicio de Google %1. Descarga una nueva clave JSON para la cuenta de servicio en la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>is of type &quot;%1&quot;, not &quot;service_account&quot; (an OAuth client file will not do)</source>
        <translation>es de tipo &quot;%1&quot;, no &quot;service_account&quot; (un archivo de cliente OAuth no sirve)</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>no tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has a &quot;token_uri&quot; that is not a URL</source>
        <translation>tiene un &quot;token_uri&quot; que no es una URL</translation>
    </message>
    <message>
        <source>has a &quot;private_key&quot; that is not a PKCS#8 RSA key</source>
        <translation>tiene una &quot;private_key&quot; que no es una clave RSA PKCS#8</translation>
    </message>
    <message>
        <source>Google sent a token answer without a token or lifetime.</source>
        <translation>Google envió una respuesta de token sin token o sin tiempo de validez.</translation>
    </message>
    <message>
        <source>Google does not accept the signature of service-account key %1 (invalid_grant: %2). The key was probably deleted or replaced in the Google Cloud console; create a new JSON key for %3 and use that file.</source>
        <translation>Google no acepta la firma de la clave %1 de la cuenta de servicio (invalid_grant: %2). Probablemente la clave se eliminó o se reemplazó en la consola de Google Cloud; crea una nueva clave JSON para %3 y usa ese archivo.</translation>
    </message>
    <message>
        <source>Google refused the service-account sign-in (invalid_grant: %1). Check that this computer&apos;s clock is right, that the admin subject %2 is an existing administrator of the domain, and that key %3 of %4 has not been deleted.</source>
        <translation>Google rechazó el inicio de sesión de la cuenta de servicio (invalid_grant: %1). Comprueba que el reloj de este equipo esté en hora, que el administrador indicado como subject (%2) sea un administrador existente del dominio y que la clave %3 de %4 no se haya eliminado.</translation>
    </message>
    <message>
        <source>Google does not let %1 act for %2 with the device scopes (unauthorized_client). In the Google Admin console, under Security › API controls › Domain-wide delegation, allow client ID %3 the scopes %4.</source>
        <translation>Google no permite que %1 actúe en nombre de %2 con los ámbitos de dispositivos (unauthorized_client). En la consola de administración de Google, en Seguridad › Controles de API › Delegación de todo el dominio, concede al ID de cliente %3 los ámbitos %4.</translation>
    </message>
    <message>
        <source>of the service account</source>
        <translation>de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Google rejected the service account %1 (%2). Check the key file and that the service account still exists.</source>
        <translation>Google rechazó la cuenta de servicio %1 (%2). Revisa el archivo de clave y comprueba que la cuenta de servicio siga existiendo.</translation>
    </message>
    <message>
        <source>the service-account token</source>
        <translation>el token de la cuenta de servicio</translation>
    </message>
</context>
<context>
    <name>GoogleSource</name>
    <message>
        <source>the mobile device list</source>
        <translation>la lista de dispositivos móviles</translation>
    </message>
    <message>
        <source>the Chromebook list</source>
        <translation>la lista de Chromebooks</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Google finds devices by their user&apos;s e-mail.</source>
        <translation>No hay ninguna dirección de correo electrónico válida definida ([identity] email); Google busca los dispositivos por el correo de su usuario.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was refused.</source>
        <translation>%1 envió una respuesta de más de %2 MiB; se rechazó.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds.</source>
        <translation>%1 en %2 no respondió en %3 segundos.</translation>
    </message>
    <message>
        <source>%1 could not be reached at %2: %3.</source>
        <translation>%1 no está accesible en %2: %3.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (401).</source>
        <translation>%1 rechazó las credenciales (401).</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (403); try again later.</source>
        <translation>%1 está limitando las solicitudes en este momento (403); vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (403). The account may lack a privilege.</source>
        <translation>%1 denegó el acceso (403) al solicitar %2. Puede que a la cuenta le falte algún privilegio.</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (429); try again later.</source>
        <translation>%1 está limitando las solicitudes en este momento (429); vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 had a server error (%2) while answering for %3.</source>
        <translation>%1 tuvo un error del servidor (%2) al procesar %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 respondió con el código %2 para %3.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) cannot be read: %2.</source>
        <translation>No se puede leer el archivo de CA %1 ([tls] ca_file): %2.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) holds no PEM certificate.</source>
        <translation>El archivo de CA %1 ([tls] ca_file) no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1: the request was cancelled.</source>
        <translation>%1: la solicitud se canceló.</translation>
    </message>
    <message>
        <source>%1 redirected to another server or to plain http; the redirect was not followed. Check its address.</source>
        <translation>%1 redirigió a otro servidor o a http sin cifrar; no se siguió la redirección. Revisa su dirección.</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached securely: %3. Stethoscope does not accept certificates it cannot verify; IT can add the company&apos;s CA certificate with [tls] ca_file.</source>
        <translation>%1 en %2 no es accesible de forma segura: %3. Stethoscope no acepta certificados que no puede verificar; el equipo de TI puede añadir el certificado de la CA de la empresa con [tls] ca_file.</translation>
    </message>
    <message>
        <source>%1 does not know %2 (404). Check its address.</source>
        <translation>%1 respondió 404 (no encontrado) para %2. Revisa su dirección.</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a valid URL.</source>
        <translation>%1 tiene el valor &quot;%2&quot;, que no es una URL válida.</translation>
    </message>
    <message>
        <source>%1 is set to an address that does not start with https:// (plain http is only allowed to this computer).</source>
        <translation>%1 tiene una dirección que no empieza por https:// (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
    <message>
        <source>The answer from %1 at %2 was cut off: %3.</source>
        <translation>La respuesta de %1 en %2 se cortó: %3.</translation>
    </message>
</context>
<context>
    <name>JamfParser</name>
    <message>
        <source>Jamf sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Jamf envió una respuesta que no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Jamf sent an answer that is not a JSON object; expected an inventory page with &quot;totalCount&quot; and &quot;results&quot;.</source>
        <translation>Jamf envió una respuesta que no es un objeto JSON; se esperaba una página de inventario con &quot;totalCount&quot; y &quot;results&quot;.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page without a &quot;results&quot; list.</source>
        <translation>Jamf envió una página de inventario sin una lista &quot;results&quot;.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page whose &quot;totalCount&quot; is not a count.</source>
        <translation>Jamf envió una página de inventario cuyo &quot;totalCount&quot; no es un número.</translation>
    </message>
    <message>
        <source>FileVault will finish turning on after a restart.</source>
        <translation>FileVault terminará de activarse tras reiniciar.</translation>
    </message>
    <message>
        <source>FileVault is still encrypting (%1 %).</source>
        <translation>FileVault todavía está cifrando (%1 %).</translation>
    </message>
    <message>
        <source>FileVault is still encrypting.</source>
        <translation>FileVault todavía está cifrando.</translation>
    </message>
    <message>
        <source>Jamf reports FileVault as %1.</source>
        <translation>Estado de FileVault según Jamf: %1.</translation>
    </message>
    <message>
        <source>Screen Sharing or Remote Management is on.</source>
        <translation>Compartir pantalla o Gestión remota está activado.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>Sesión remota (SSH) está activada.</translation>
    </message>
    <message>
        <source>Data protection is off: set a passcode to turn it on.</source>
        <translation>La protección de datos está desactivada: establece un código para activarla.</translation>
    </message>
    <message>
        <source>No passcode is set.</source>
        <translation>No hay ningún código establecido.</translation>
    </message>
    <message>
        <source>The passcode does not meet your organization&apos;s requirements.</source>
        <translation>El código no cumple los requisitos de tu organización.</translation>
    </message>
    <message>
        <source>Jamf detected a jailbreak.</source>
        <translation>Jamf detectó un jailbreak.</translation>
    </message>
</context>
<context>
    <name>JamfSource</name>
    <message>
        <source>the computer inventory</source>
        <translation>el inventario de equipos</translation>
    </message>
    <message>
        <source>the mobile device inventory</source>
        <translation>el inventario de dispositivos móviles</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Jamf finds devices by their user&apos;s e-mail.</source>
        <translation>No hay ninguna dirección de correo electrónico válida definida ([identity] email); Jamf busca los dispositivos por el correo de su usuario.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 no es JSON válido: %2 en el byte %3.</translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation>%1 debe contener un objeto JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <extracomment>%1 is the file (&quot;The policy file&quot;), %2 a key path like os_versions.Mac, %3 the problem.</extracomment>
        <translation>%1: &quot;%2&quot; %3.</translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation>no es una clave conocida (se esperaba una de: %1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero entre %1 y %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time</source>
        <translation>una fecha y hora RFC 3339</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>%1: no valid schema number.</source>
        <translation>%1: no hay un número de esquema válido.</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Stethoscope (schema %2).</source>
        <translation>%1: escrito por una versión más reciente de Stethoscope (esquema %2).</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Access to the system keychain was denied. Allow Stethoscope to use the keychain when asked, then try again.</source>
        <translation>Se denegó el acceso al llavero del sistema. Permite que Stethoscope use el llavero cuando se te pida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain, then try again.</source>
        <translation>El llavero del sistema rechazó el acceso: %1. Desbloquea el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Stethoscope keeps secrets only there; install or unlock a keychain (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>El llavero del sistema no está disponible: %1. Stethoscope guarda los secretos solo allí; instala o desbloquea un llavero (por ejemplo, GNOME Keyring o KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1. Make sure it is running and unlocked, then try again.</source>
        <translation>No se pudo usar el llavero del sistema: %1. Asegúrate de que esté en ejecución y desbloqueado, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LandeskParser</name>
    <message>
        <source>BitLocker is decrypting.</source>
        <translation>BitLocker está descifrando.</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting (%1 %).</source>
        <translation>BitLocker todavía está cifrando (%1 %).</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting.</source>
        <translation>BitLocker todavía está cifrando.</translation>
    </message>
    <message>
        <source>BitLocker is off.</source>
        <translation>BitLocker está desactivado.</translation>
    </message>
    <message>
        <source>LANDESK reports BitLocker as &quot;%1&quot;.</source>
        <translation>Estado de BitLocker según LANDESK: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>The Windows Firewall is off for: %1.</source>
        <translation>El Firewall de Windows está desactivado para: %1.</translation>
    </message>
    <message>
        <source>LANDESK detected %1: %2</source>
        <translation>LANDESK detectó %1: %2</translation>
    </message>
    <message>
        <source>Missing critical or high security updates: %1.</source>
        <translation>Faltan actualizaciones de seguridad críticas o de gravedad alta: %1.</translation>
    </message>
</context>
<context>
    <name>LandeskSource</name>
    <message>
        <source>the saved query %1</source>
        <translation>la consulta guardada %1</translation>
    </message>
    <message>
        <source>the machine list</source>
        <translation>la lista de equipos</translation>
    </message>
    <message>
        <source>the inventory of %1</source>
        <translation>el inventario de %1</translation>
    </message>
    <message>
        <source>the vulnerabilities of %1</source>
        <translation>las vulnerabilidades de %1</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); LANDESK finds machines by their owner.</source>
        <translation>No hay ninguna dirección de correo electrónico válida definida ([identity] email); LANDESK busca los equipos por su propietario.</translation>
    </message>
</context>
<context>
    <name>LandeskXml</name>
    <message>
        <source>LANDESK sent an XML answer that is nested too deeply or is too large to read.</source>
        <translation>LANDESK envió una respuesta XML demasiado anidada o demasiado grande para leerla.</translation>
    </message>
    <message>
        <source>LANDESK sent an answer that is not valid XML (%1, line %2).</source>
        <translation>LANDESK envió una respuesta que no es XML válido (%1, línea %2).</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>ningún elemento</translation>
    </message>
    <message>
        <source>LANDESK sent a SOAP envelope without a body.</source>
        <translation>LANDESK envió un sobre SOAP sin cuerpo.</translation>
    </message>
    <message>
        <source>LANDESK answered with an error: %1</source>
        <translation>LANDESK respondió con un error: %1</translation>
    </message>
</context>
<context>
    <name>LocalChecks</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The system and home file systems are encrypted (LUKS).</source>
        <translation>Los sistemas de archivos del sistema y de la carpeta personal están cifrados (LUKS).</translation>
    </message>
    <message>
        <source>The system file system is encrypted (LUKS).</source>
        <translation>El sistema de archivos del sistema está cifrado (LUKS).</translation>
    </message>
    <message>
        <source>%1 is on %2, which is not encrypted.</source>
        <extracomment>%1 a file system&apos;s mount point (&quot;/&quot; or &quot;/home&quot;), %2 its disk or partition (&quot;sda2&quot;)</extracomment>
        <translation>%1 está en %2, que no está cifrado.</translation>
    </message>
    <message>
        <source>The firewall drops incoming connections by default.</source>
        <translation>El firewall descarta de forma predeterminada las conexiones entrantes.</translation>
    </message>
    <message>
        <source>The firewall accepts incoming connections by default.</source>
        <translation>El firewall acepta de forma predeterminada las conexiones entrantes.</translation>
    </message>
    <message>
        <source>No firewall rules filter incoming connections.</source>
        <translation>Ninguna regla del firewall filtra las conexiones entrantes.</translation>
    </message>
    <message>
        <source>ufw is on and blocks incoming connections by default.</source>
        <translation>ufw está activado y bloquea de forma predeterminada las conexiones entrantes.</translation>
    </message>
    <message>
        <source>ufw is on but accepts incoming connections by default.</source>
        <translation>ufw está activado, pero acepta de forma predeterminada las conexiones entrantes.</translation>
    </message>
    <message>
        <source>firewalld is on, but its default zone trusts every connection.</source>
        <translation>firewalld está activado, pero su zona predeterminada confía en todas las conexiones.</translation>
    </message>
    <message>
        <source>firewalld is on and rejects unexpected incoming connections.</source>
        <translation>firewalld está activado y rechaza las conexiones entrantes inesperadas.</translation>
    </message>
    <message>
        <source>nftables is on and drops incoming connections by default.</source>
        <translation>nftables está activado y descarta de forma predeterminada las conexiones entrantes.</translation>
    </message>
    <message>
        <source>nftables is on but its rules accept incoming connections.</source>
        <translation>nftables está activado, pero sus reglas aceptan las conexiones entrantes.</translation>
    </message>
    <message>
        <source>The firewall is turned off.</source>
        <translation>El firewall está desactivado.</translation>
    </message>
    <message>
        <source>No firewall (ufw, firewalld or nftables) is set up.</source>
        <translation>No hay ningún firewall (ufw, firewalld o nftables) configurado.</translation>
    </message>
    <message>
        <source>Security updates are installed automatically (unattended-upgrades).</source>
        <translation>Las actualizaciones de seguridad se instalan automáticamente (unattended-upgrades).</translation>
    </message>
    <message>
        <source>Automatic updates are configured, but unattended-upgrades is not installed.</source>
        <translation>Las actualizaciones automáticas están configuradas, pero unattended-upgrades no está instalado.</translation>
    </message>
    <message>
        <source>Updates are not installed automatically.</source>
        <translation>Las actualizaciones no se instalan automáticamente.</translation>
    </message>
    <message>
        <source>Updates are installed automatically (dnf-automatic).</source>
        <translation>Las actualizaciones se instalan automáticamente (dnf-automatic).</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n actualización de seguridad pendiente de instalar.</numerusform>
            <numerusform>%n actualizaciones de seguridad pendientes de instalar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No security update is waiting.</source>
        <translation>No hay actualizaciones de seguridad pendientes.</translation>
    </message>
    <message>
        <source>The screen does not lock.</source>
        <translation>La pantalla no se bloquea.</translation>
    </message>
    <message>
        <source>The screen locks, but never turns off by itself.</source>
        <translation>La pantalla se bloquea, pero nunca se apaga sola.</translation>
    </message>
    <message>
        <source>The screen locks after %1 without use.</source>
        <translation>La pantalla se bloquea tras %1 de inactividad.</translation>
    </message>
    <message>
        <source>The screen does not lock by itself.</source>
        <translation>La pantalla no se bloquea automáticamente.</translation>
    </message>
    <message>
        <source>An SSH server accepts remote logins (port 22).</source>
        <translation>Un servidor SSH acepta inicios de sesión remotos (puerto 22).</translation>
    </message>
    <message>
        <source>No SSH server is listening.</source>
        <translation>No hay ningún servidor SSH a la escucha.</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk (%1 % done).</source>
        <translation>FileVault está cifrando el disco (%1 % completado).</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk.</source>
        <translation>FileVault está cifrando el disco.</translation>
    </message>
    <message>
        <source>FileVault is on.</source>
        <translation>FileVault está activado.</translation>
    </message>
    <message>
        <source>FileVault is off.</source>
        <translation>FileVault está desactivado.</translation>
    </message>
    <message>
        <source>The firewall is off.</source>
        <translation>El firewall está desactivado.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>El firewall está activado.</translation>
    </message>
    <message>
        <source>macOS updates are installed automatically.</source>
        <translation>Las actualizaciones de macOS se instalan automáticamente.</translation>
    </message>
    <message>
        <source>macOS updates are downloaded but not installed automatically.</source>
        <translation>Las actualizaciones de macOS se descargan, pero no se instalan automáticamente.</translation>
    </message>
    <message>
        <source>macOS updates are not installed automatically.</source>
        <translation>Las actualizaciones de macOS no se instalan automáticamente.</translation>
    </message>
    <message>
        <source>The screen does not ask for the password after sleep.</source>
        <translation>La pantalla no solicita la contraseña al salir del reposo.</translation>
    </message>
    <message>
        <source>The password is asked for as soon as the screen sleeps.</source>
        <translation>La contraseña se solicita en cuanto la pantalla entra en reposo.</translation>
    </message>
    <message numerus="yes">
        <source>The password is asked for %n minute(s) after the screen sleeps.</source>
        <translation>
            <numerusform>La contraseña se solicita %n minuto después de que la pantalla entre en reposo.</numerusform>
            <numerusform>La contraseña se solicita %n minutos después de que la pantalla entre en reposo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on: port 22 accepts connections.</source>
        <translation>Sesión remota (SSH) está activada: el puerto 22 acepta conexiones.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is off.</source>
        <translation>Sesión remota (SSH) está desactivada.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>Sesión remota (SSH) está activada.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive (%1 % done).</source>
        <translation>BitLocker está cifrando la unidad del sistema (%1 % completado).</translation>
    </message>
    <message>
        <source>BitLocker protects the system drive.</source>
        <translation>BitLocker protege la unidad del sistema.</translation>
    </message>
    <message>
        <source>BitLocker is off: the system drive is not encrypted.</source>
        <translation>BitLocker está desactivado: la unidad del sistema no está cifrada.</translation>
    </message>
    <message>
        <source>BitLocker protection is suspended on the system drive.</source>
        <translation>La protección de BitLocker está suspendida en la unidad del sistema.</translation>
    </message>
    <message>
        <source>Windows Firewall is on for every network profile.</source>
        <translation>El Firewall de Windows está activado para todos los perfiles de red.</translation>
    </message>
    <message>
        <source>Windows Firewall is off for: %1.</source>
        <extracomment>%1 the network profiles, e.g. &quot;Public, Private&quot;</extracomment>
        <translation>El Firewall de Windows está desactivado para: %1.</translation>
    </message>
    <message>
        <source>Windows Update installs updates automatically.</source>
        <translation>Windows Update instala las actualizaciones automáticamente.</translation>
    </message>
    <message>
        <source>A policy turns automatic Windows updates off.</source>
        <translation>Una directiva desactiva las actualizaciones automáticas de Windows.</translation>
    </message>
    <message>
        <source>Windows Update only notifies; updates are not installed automatically.</source>
        <translation>Windows Update solo notifica; las actualizaciones no se instalan automáticamente.</translation>
    </message>
    <message>
        <source>The screen saver is off.</source>
        <translation>El protector de pantalla está desactivado.</translation>
    </message>
    <message>
        <source>The screen saver does not ask for the password.</source>
        <translation>El protector de pantalla no solicita la contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>La pantalla se bloquea tras %n minuto de inactividad.</numerusform>
            <numerusform>La pantalla se bloquea tras %n minutos de inactividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Desktop is off.</source>
        <translation>Escritorio remoto está desactivado.</translation>
    </message>
    <message>
        <source>Remote Desktop accepts connections.</source>
        <translation>Escritorio remoto acepta conexiones.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive.</source>
        <translation>BitLocker está cifrando la unidad del sistema.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open details</source>
        <translation>Abrir detalles</translation>
    </message>
    <message>
        <source>Show me how to fix</source>
        <translation>Ver cómo solucionarlo</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device that needs attention and what is wrong with it: &quot;alice-mbp: Firewall is off&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required by your organization.</source>
        <translation>Tu organización lo exige.</translation>
    </message>
    <message>
        <source>Suggested by your organization.</source>
        <translation>Tu organización lo sugiere.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists a few of the problems found.</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n dispositivo necesita atención</numerusform>
            <numerusform>%n dispositivos necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 — thank you</source>
        <extracomment>A practice that recovered: &quot;Disk encryption is on for alice-mbp — thank you&quot;.</extracomment>
        <translation>%1 en %2 — ¡gracias!</translation>
    </message>
    <message>
        <source>Stethoscope noticed the change.</source>
        <translation>Stethoscope detectó el cambio.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>Your computer&apos;s clock seems to be off, so the sign-in cannot be trusted. Check the date, time and time zone settings and sign in again.</source>
        <translation>El reloj de tu equipo parece no estar en hora, así que no se puede confiar en el inicio de sesión. Revisa la configuración de fecha, hora y zona horaria, y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token that could not be read.</source>
        <translation>El proveedor de inicio de sesión envió un token de ID que no se pudo leer.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1 instead of %2. Check [auth] issuer.</source>
        <translation>La respuesta de inicio de sesión llegó de %1 en lugar de %2. Revisa [auth] issuer.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>un proveedor sin nombre</translation>
    </message>
    <message>
        <source>The sign-in provider issued the sign-in for another application, not for client ID %1. Check [auth] client_id.</source>
        <translation>El proveedor de inicio de sesión emitió el inicio de sesión para otra aplicación, no para el ID de cliente %1. Revisa [auth] client_id.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token without an expiry.</source>
        <translation>El proveedor de inicio de sesión envió un token de ID sin fecha de caducidad.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in. Please sign in again.</source>
        <translation>La respuesta de inicio de sesión no corresponde a este inicio de sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in provider did not share your e-mail address, so Stethoscope cannot tell which devices are yours. Ask IT to allow the &quot;email&quot; scope for Stethoscope.</source>
        <translation>El proveedor de inicio de sesión no compartió tu dirección de correo electrónico, así que Stethoscope no puede saber qué dispositivos son tuyos. Pide al equipo de TI que permita el ámbito &quot;email&quot; para Stethoscope.</translation>
    </message>
    <message>
        <source>Your e-mail address %1 is not verified with the sign-in provider, so Stethoscope cannot rely on it. Verify it there or ask IT.</source>
        <translation>Tu dirección de correo electrónico %1 no está verificada en el proveedor de inicio de sesión, así que Stethoscope no puede confiar en ella. Verifícala allí o consulta al equipo de TI.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Esta no es una respuesta de inicio de sesión.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Inicio de sesión no reconocido</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress in Stethoscope. Please start the sign-in again from Stethoscope.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión en curso en Stethoscope. Vuelve a iniciar sesión desde Stethoscope.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Inicio de sesión no completado</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to Stethoscope.</source>
        <translation>No se completó el inicio de sesión. Puedes cerrar esta pestaña y volver a Stethoscope.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You are signed in; you can close this tab.</source>
        <translation>Has iniciado sesión; puedes cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The sign-in answer has neither a code nor an error.</source>
        <translation>La respuesta de inicio de sesión no incluye ni un código ni un error.</translation>
    </message>
    <message>
        <source>the sign-in configuration</source>
        <translation>la configuración de inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 could not be reached. Check the network connection and [auth] issuer.</source>
        <translation>No se pudo contactar con el proveedor de inicio de sesión en %1. Revisa la conexión de red y [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 has no OpenID Connect configuration (HTTP %2). Check [auth] issuer.</source>
        <translation>El proveedor de inicio de sesión en %1 no tiene configuración de OpenID Connect (HTTP %2). Revisa [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 sent a configuration that could not be read.</source>
        <translation>El proveedor de inicio de sesión en %1 envió una configuración que no se pudo leer.</translation>
    </message>
    <message>
        <source>The sign-in provider calls itself %1, but [auth] issuer is %2. Set [auth] issuer to exactly the provider&apos;s issuer.</source>
        <translation>El proveedor de inicio de sesión se identifica como %1, pero [auth] issuer es %2. Define [auth] issuer exactamente con el emisor (issuer) del proveedor.</translation>
    </message>
    <message>
        <source>Stethoscope could not wait for the browser&apos;s answer: no local port was free on 127.0.0.1.</source>
        <translation>Stethoscope no pudo esperar la respuesta del navegador: no había ningún puerto local libre en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stethoscope could not open a web browser for the sign-in. Check that a default web browser is set.</source>
        <translation>Stethoscope no pudo abrir un navegador web para iniciar sesión. Comprueba que haya un navegador web predeterminado configurado.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n minute(s).</source>
        <translation>
            <numerusform>No se completó el inicio de sesión en el navegador en el plazo de %n minuto.</numerusform>
            <numerusform>No se completó el inicio de sesión en el navegador en el plazo de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n second(s).</source>
        <translation>
            <numerusform>No se completó el inicio de sesión en el navegador en el plazo de %n segundo.</numerusform>
            <numerusform>No se completó el inicio de sesión en el navegador en el plazo de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser. Sign in again to continue.</source>
        <translation>El inicio de sesión se canceló o se rechazó en el navegador. Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>The sign-in provider does not know Stethoscope&apos;s client ID %1. Check [auth] client_id or ask IT to register Stethoscope.</source>
        <translation>El proveedor de inicio de sesión no reconoce el ID de cliente %1 de Stethoscope. Revisa [auth] client_id o pide al equipo de TI que registre Stethoscope.</translation>
    </message>
    <message>
        <source>The sign-in provider could not sign you in (%1). Try again, or ask IT if it keeps happening.</source>
        <translation>El proveedor de inicio de sesión no pudo iniciar tu sesión (%1). Vuelve a intentarlo o consulta al equipo de TI si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>renewing the sign-in</source>
        <translation>la renovación del inicio de sesión</translation>
    </message>
    <message>
        <source>completing the sign-in</source>
        <translation>la finalización del inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in provider sent an answer without the expected tokens.</source>
        <translation>El proveedor de inicio de sesión envió una respuesta sin los tokens esperados.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Tu sesión ha caducado; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in provider did not accept the sign-in. Please sign in again.</source>
        <translation>El proveedor de inicio de sesión no aceptó el inicio de sesión. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>el cierre de sesión</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>is &quot;%1&quot;, which is not a version number like 15.6 or 10.0.26100</source>
        <translation>es &quot;%1&quot;, que no es un número de versión como 15.6 o 10.0.26100</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; use required, suggested or off</source>
        <translation>es &quot;%1&quot;; usa uno de estos valores: required, suggested, off</translation>
    </message>
    <message>
        <source>is not a platform (use Mac, Windows, Linux, iOS, Android or ChromeOS)</source>
        <translation>no es una plataforma (usa Mac, Windows, Linux, iOS, Android o ChromeOS)</translation>
    </message>
    <message>
        <source>is not a practice (expected one of: %1; software practices take their level in &quot;software&quot;)</source>
        <translation>no es una práctica (se esperaba una de: %1; las prácticas de software indican su nivel en &quot;software&quot;)</translation>
    </message>
    <message>
        <source>recommends %1, which is older than the required %2</source>
        <translation>recomienda %1, que es anterior a la versión exigida %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a short lower-case name like &quot;carbonblack&quot;</source>
        <translation>debe ser un nombre corto en minúsculas, como &quot;carbonblack&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is already a practice</source>
        <translation>es &quot;%1&quot;, que ya es una práctica</translation>
    </message>
    <message>
        <source>is missing; give the name people know the software by</source>
        <translation>no aparece; indica el nombre con el que la gente conoce el software</translation>
    </message>
    <message>
        <source>must be an https:, http: or mailto: address</source>
        <translation>debe ser una dirección https:, http: o mailto:</translation>
    </message>
    <message>
        <source>needs at least one of app_names, bundle_ids or services, so that the software can be found on a device</source>
        <translation>necesita al menos uno de app_names, bundle_ids o services para poder encontrar el software en un dispositivo</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 instalado</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>Falta %1</translation>
    </message>
    <message>
        <source>Your organization relies on %1 to detect and stop attacks on this device.</source>
        <translation>Tu organización confía en %1 para detectar y detener ataques en este dispositivo.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal, or ask IT to install it for you.</source>
        <translation>Instala %1 desde el portal de software de tu empresa o pide al equipo de TI que lo instale por ti.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal.</source>
        <translation>Instala %1 desde el portal de software de tu empresa.</translation>
    </message>
    <message>
        <source>The policy file</source>
        <translation>El archivo de políticas</translation>
    </message>
    <message>
        <source>is %1, but this version of Stethoscope reads schema 1</source>
        <translation>es %1, pero esta versión de Stethoscope lee el esquema 1</translation>
    </message>
    <message>
        <source>is missing; this version of Stethoscope reads schema 1</source>
        <translation>no aparece; esta versión de Stethoscope lee el esquema 1</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Disk encryption</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Cifrado de disco</translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <extracomment>Practice title: the device&apos;s storage is encrypted.</extracomment>
        <translation>Cifrado de disco activado</translation>
    </message>
    <message>
        <source>Disk encryption is off</source>
        <translation>Cifrado de disco desactivado</translation>
    </message>
    <message>
        <source>If your device is lost or stolen, encryption keeps your files and work data unreadable to whoever has it.</source>
        <translation>Si pierdes el dispositivo o te lo roban, el cifrado hace que tus archivos y datos de trabajo sean ilegibles para quien lo tenga.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Privacy &amp; Security.
2. Scroll to FileVault and select Turn On…
3. Choose how to recover the disk if you forget your password, then follow the prompts.</source>
        <extracomment>“Turn On…” is the FileVault button in macOS System Settings.</extracomment>
        <translation>1. Abre Ajustes del Sistema → Privacidad y seguridad.
2. Desplázate hasta FileVault y selecciona Activar…
3. Elige cómo recuperar el disco si olvidas la contraseña y sigue las instrucciones.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Device encryption and turn it on.
2. If that page is missing, open Control Panel → System and Security → BitLocker Drive Encryption and select Turn on BitLocker for the C: drive.</source>
        <translation>1. Abre Configuración → Privacidad y seguridad → Cifrado de dispositivo y actívalo.
2. Si esa página no aparece, abre Panel de control → Sistema y seguridad → Cifrado de unidad BitLocker y selecciona Activar BitLocker para la unidad C:.</translation>
    </message>
    <message>
        <source>1. Back up your files; Linux can usually encrypt the whole disk only while it is being installed.
2. Reinstall Linux and choose the installer option to encrypt the disk (LUKS).
3. Restore your files. Your IT team can help with any of these steps.</source>
        <extracomment>LUKS is the name of the Linux disk encryption format; keep it as is.</extracomment>
        <translation>1. Haz una copia de seguridad de tus archivos; por lo general, Linux solo puede cifrar todo el disco durante la instalación.
2. Reinstala Linux y elige la opción del instalador para cifrar el disco (LUKS).
3. Restaura tus archivos. El equipo de TI puede ayudarte con cualquiera de estos pasos.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode).
2. Select Turn Passcode On. Your data is encrypted as soon as a passcode is set.</source>
        <translation>1. Abre Ajustes → Face ID y código (o Touch ID y código).
2. Toca Activar código. Tus datos se cifran en cuanto estableces un código.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. On older Android versions, also open Settings → Security → Encryption &amp; credentials and select Encrypt phone.</source>
        <translation>1. Abre Configuración → Seguridad y privacidad → Desbloqueo del dispositivo → Bloqueo de pantalla y establece un PIN, un patrón o una contraseña.
2. En versiones anteriores de Android, abre también Configuración → Seguridad → Encriptación y credenciales y selecciona Encriptar teléfono.</translation>
    </message>
    <message>
        <source>ChromeOS always encrypts your data, so there is nothing to turn on. If this still shows as off after a restart, contact your IT team.</source>
        <translation>ChromeOS siempre cifra tus datos, así que no hay nada que activar. Si sigue apareciendo como desactivado después de reiniciar, ponte en contacto con el equipo de TI.</translation>
    </message>
    <message>
        <source>Firewall</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <extracomment>Practice title: the computer&apos;s built-in firewall is enabled.</extracomment>
        <translation>Firewall activado</translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation>Firewall desactivado</translation>
    </message>
    <message>
        <source>The firewall turns away network connections you did not ask for. This matters most on shared networks such as cafés, hotels and airports.</source>
        <translation>El firewall rechaza las conexiones de red que no has solicitado. Es especialmente importante en redes compartidas, como las de cafeterías, hoteles y aeropuertos.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Network → Firewall.
2. Turn on Firewall.</source>
        <translation>1. Abre Ajustes del Sistema → Red → Firewall.
2. Activa Firewall.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Windows Security → Firewall &amp; network protection.
2. Select each network shown as off (Domain, Private, Public) and turn on Microsoft Defender Firewall.</source>
        <translation>1. Abre Configuración → Privacidad y seguridad → Seguridad de Windows → Firewall y protección de red.
2. Selecciona cada red que aparezca como desactivada (Red de dominio, Red privada, Red pública) y activa Firewall de Microsoft Defender.</translation>
    </message>
    <message>
        <source>Ubuntu or Debian: open a terminal and run: sudo ufw enable
Fedora: open a terminal and run: sudo systemctl enable --now firewalld
KDE Plasma: open System Settings, search for Firewall and turn it on.</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>Ubuntu o Debian: abre un terminal y ejecuta: sudo ufw enable
Fedora: abre un terminal y ejecuta: sudo systemctl enable --now firewalld
KDE Plasma: abre Preferencias del sistema, busca Cortafuegos (Firewall) y actívalo.</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Actualizaciones automáticas</translation>
    </message>
    <message>
        <source>Automatic updates are on</source>
        <extracomment>Practice title: the operating system installs updates by itself.</extracomment>
        <translation>Actualizaciones automáticas activadas</translation>
    </message>
    <message>
        <source>Automatic updates are off</source>
        <translation>Actualizaciones automáticas desactivadas</translation>
    </message>
    <message>
        <source>Automatic updates install security fixes soon after they come out, so you do not have to remember. You can still pick a convenient time to restart.</source>
        <translation>Las actualizaciones automáticas instalan las correcciones de seguridad poco después de publicarse, así que no tienes que acordarte. Aun así, puedes elegir un momento que te venga bien para reiniciar.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select the ⓘ button next to Automatic updates.
3. Turn on Download new updates when available, Install macOS updates and Install Security Responses and system files.</source>
        <translation>1. Abre Ajustes del Sistema → General → Actualización de software.
2. Selecciona el botón ⓘ junto a Actualizaciones automáticas.
3. Activa Descargar nuevas actualizaciones cuando estén disponibles, Instalar actualizaciones de macOS e Instalar respuestas de seguridad y archivos del sistema.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. If updates are paused, select Resume updates.
3. If the page says your organization manages some settings, contact your IT team.</source>
        <translation>1. Abre Configuración → Windows Update.
2. Si las actualizaciones están en pausa, selecciona Reanudar actualizaciones.
3. Si la página indica que tu organización administra algunas opciones, ponte en contacto con el equipo de TI.</translation>
    </message>
    <message>
        <source>GNOME: open Software → main menu → Preferences and turn on automatic updates.
KDE Plasma: open System Settings → Software Update and choose to update software automatically.
Ubuntu: open Software &amp; Updates → Updates and set security updates to Download and install automatically.</source>
        <extracomment>Each line is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME: abre Software → menú principal → Preferencias y activa las actualizaciones automáticas.
KDE Plasma: abre Preferencias del sistema → Actualización de software y elige actualizar el software automáticamente.
Ubuntu: abre Software y actualizaciones → Actualizaciones y configura las actualizaciones de seguridad en Descargar e instalar automáticamente.</translation>
    </message>
    <message>
        <source>Operating system updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Actualizaciones del sistema operativo</translation>
    </message>
    <message>
        <source>Operating system is up to date</source>
        <extracomment>Practice title: the operating system version and security patches are recent enough.</extracomment>
        <translation>Sistema operativo actualizado</translation>
    </message>
    <message>
        <source>Operating system is out of date</source>
        <translation>Sistema operativo desactualizado</translation>
    </message>
    <message>
        <source>Updates fix security problems that attackers already know about. Staying current closes those gaps.</source>
        <translation>Las actualizaciones corrigen problemas de seguridad que los atacantes ya conocen. Mantenerte al día cierra esas brechas.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select Update Now or Upgrade Now and follow the prompts.
3. Restart when asked.</source>
        <translation>1. Abre Ajustes del Sistema → General → Actualización de software.
2. Selecciona Actualizar ahora y sigue las instrucciones.
3. Reinicia cuando se te pida.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. Select Check for updates, then install everything offered.
3. Select Restart now when asked.</source>
        <translation>1. Abre Configuración → Windows Update.
2. Selecciona Buscar actualizaciones e instala todo lo que se ofrezca.
3. Selecciona Reiniciar ahora cuando se te pida.</translation>
    </message>
    <message>
        <source>GNOME: open Software → Updates, install everything listed and restart.
KDE Plasma: open Discover → Updates, select Update All and restart.
Ubuntu: open Software Updater, install the updates and restart.
If your distribution release is no longer supported, upgrade to a current one.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME: abre Software → Actualizaciones, instala todo lo que aparezca y reinicia.
KDE Plasma: abre Discover → Actualizaciones, selecciona Actualizar todo y reinicia.
Ubuntu: abre Actualizador de software, instala las actualizaciones y reinicia.
Si la versión de tu distribución ya no tiene soporte, actualiza a una versión actual.</translation>
    </message>
    <message>
        <source>1. Open Settings → General → Software Update.
2. Select Update Now or Install Now and follow the prompts.</source>
        <translation>1. Abre Ajustes → General → Actualización de software.
2. Toca Actualizar ahora o Instalar ahora y sigue las instrucciones.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Software updates (on Samsung: Settings → Software update) and install what is offered.
2. Open Settings → Security &amp; privacy → System &amp; updates and install any security update or Google Play system update.
3. Restart when asked.</source>
        <translation>1. Abre Configuración → Sistema → Actualizaciones de software (en Samsung: Configuración → Actualización de software) e instala lo que se ofrezca.
2. Abre Configuración → Seguridad y privacidad → Sistema y actualizaciones e instala cualquier actualización de seguridad o actualización del sistema de Google Play.
3. Reinicia cuando se te pida.</translation>
    </message>
    <message>
        <source>1. Open Settings → About ChromeOS.
2. Select Check for updates, then Restart once the update is ready.
3. If it says this device no longer receives updates, contact your IT team.</source>
        <translation>1. Abre Configuración → Información de ChromeOS.
2. Selecciona Buscar actualizaciones y, cuando la actualización esté lista, Reiniciar.
3. Si indica que este dispositivo ya no recibe actualizaciones, ponte en contacto con el equipo de TI.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Bloqueo de pantalla</translation>
    </message>
    <message>
        <source>Screen lock is on</source>
        <extracomment>Practice title: a password, PIN or biometric lock is set and the screen locks by itself.</extracomment>
        <translation>Bloqueo de pantalla activado</translation>
    </message>
    <message>
        <source>Screen lock is off</source>
        <translation>Bloqueo de pantalla desactivado</translation>
    </message>
    <message>
        <source>A screen lock keeps your device private when you step away or if it gets lost. Locking automatically means you do not have to remember to do it.</source>
        <translation>El bloqueo de pantalla protege tu dispositivo cuando te alejas de él o si lo pierdes. Con el bloqueo automático, no tienes que acordarte de bloquearlo.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Lock Screen.
2. Set Start Screen Saver when inactive or Turn display off when inactive to a few minutes.
3. Set Require password after screen saver begins or display is turned off to Immediately.</source>
        <translation>1. Abre Ajustes del Sistema → Pantalla bloqueada.
2. Ajusta Iniciar salvapantallas cuando esté inactivo o Apagar la pantalla cuando esté inactiva a unos pocos minutos.
3. Ajusta Solicitar contraseña tras iniciarse el salvapantallas o apagarse la pantalla a Inmediatamente.</translation>
    </message>
    <message>
        <source>1. Open Settings → Accounts → Sign-in options and set up a PIN, fingerprint, face recognition or password.
2. Under Additional settings, set “If you’ve been away…” to When PC wakes up from sleep.
3. Open Settings → System → Power &amp; battery and set the screen and sleep timeouts to a few minutes.</source>
        <extracomment>The quoted text is the start of a question shown in Windows sign-in options.</extracomment>
        <translation>1. Abre Configuración → Cuentas → Opciones de inicio de sesión y configura un PIN, una huella digital, el reconocimiento facial o una contraseña.
2. En Configuración adicional, ajusta “Si has estado ausente…” a Cuando el PC se reactive tras la suspensión.
3. Abre Configuración → Sistema → Energía y batería y ajusta los tiempos de espera de la pantalla y de suspensión a unos pocos minutos.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → Privacy &amp; Security → Screen Lock, set Blank Screen Delay to a few minutes and turn on Automatic Screen Lock.
KDE Plasma: open System Settings → Security &amp; Privacy → Screen Locking and lock the screen automatically after a few minutes.
Make sure your account has a password.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux desktop.</extracomment>
        <translation>GNOME: abre Configuración → Privacidad y seguridad → Bloqueo de pantalla, ajusta Retardo para apagar la pantalla a unos pocos minutos y activa Bloqueo automático de la pantalla.
KDE Plasma: abre Preferencias del sistema → Seguridad y privacidad → Bloqueo de pantalla y haz que la pantalla se bloquee automáticamente tras unos pocos minutos.
Asegúrate de que tu cuenta tenga contraseña.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode) and select Turn Passcode On.
2. Open Settings → Display &amp; Brightness → Auto-Lock and choose a few minutes rather than Never.</source>
        <translation>1. Abre Ajustes → Face ID y código (o Touch ID y código) y toca Activar código.
2. Abre Ajustes → Pantalla y brillo → Bloqueo automático y elige unos pocos minutos en lugar de Nunca.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. Open Settings → Display (or Display &amp; touch) → Screen timeout and choose a few minutes.</source>
        <translation>1. Abre Configuración → Seguridad y privacidad → Desbloqueo del dispositivo → Bloqueo de pantalla y establece un PIN, un patrón o una contraseña.
2. Abre Configuración → Pantalla (o Pantalla y función táctil) → Tiempo de espera de la pantalla y elige unos pocos minutos.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security and privacy → Lock screen and sign-in and turn on Lock when sleeping or lid is closed.
2. Open Settings → Device → Power and choose Sleep for when the device is idle.</source>
        <translation>1. Abre Configuración → Seguridad y privacidad → Pantalla de bloqueo e inicio de sesión y activa Bloquear al entrar en suspensión o cerrar la tapa.
2. Abre Configuración → Dispositivo → Energía y elige Suspender para cuando el dispositivo esté inactivo.</translation>
    </message>
    <message>
        <source>Jailbreak and root detection</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Detección de jailbreak y root</translation>
    </message>
    <message>
        <source>Not jailbroken or rooted</source>
        <extracomment>Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.</extracomment>
        <translation>Sin jailbreak ni root</translation>
    </message>
    <message>
        <source>Jailbroken, rooted or in developer mode</source>
        <extracomment>Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode (ChromeOS).</extracomment>
        <translation>Con jailbreak, root o en modo desarrollador</translation>
    </message>
    <message>
        <source>Jailbreaking, rooting and developer mode switch off protections the system relies on, which makes it much easier for harmful apps to take over the device.</source>
        <translation>El jailbreak, el root y el modo desarrollador desactivan protecciones de las que depende el sistema, lo que facilita mucho que aplicaciones dañinas tomen el control del dispositivo.</translation>
    </message>
    <message>
        <source>1. Back up your iPhone or iPad to iCloud or a computer.
2. Connect it to a computer, open Finder on a Mac or Apple Devices on Windows, select the device and choose Restore.
3. When setup starts, restore your backup.</source>
        <translation>1. Haz una copia de seguridad de tu iPhone o iPad en iCloud o en un equipo.
2. Conéctalo a un equipo, abre Finder en un Mac o Dispositivos Apple en Windows, selecciona el dispositivo y elige Restaurar.
3. Cuando empiece la configuración, restaura tu copia de seguridad.</translation>
    </message>
    <message>
        <source>1. Back up the data you want to keep.
2. Remove the rooting tools, reinstall the manufacturer’s official software and lock the bootloader again.
3. If you are not sure how, ask your IT team for help.</source>
        <translation>1. Haz una copia de seguridad de los datos que quieras conservar.
2. Elimina las herramientas de root, reinstala el software oficial del fabricante y vuelve a bloquear el bootloader.
3. Si no sabes cómo hacerlo, pide ayuda al equipo de TI.</translation>
    </message>
    <message>
        <source>1. Back up any files stored only on this Chromebook.
2. Restart it and, on the developer mode warning screen, choose Turn on OS verification.
3. Confirm. The Chromebook resets and starts in normal mode.</source>
        <extracomment>“Turn on OS verification” is the option on the ChromeOS developer mode warning screen.</extracomment>
        <translation>1. Haz una copia de seguridad de los archivos guardados solo en este Chromebook.
2. Reinícialo y, en la pantalla de advertencia del modo desarrollador, elige Activar la verificación del SO.
3. Confirma. El Chromebook se restablece y se inicia en modo normal.</translation>
    </message>
    <message>
        <source>Remote login</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Inicio de sesión remoto</translation>
    </message>
    <message>
        <source>Remote login is off</source>
        <extracomment>Practice title: nobody can sign in to this computer over the network (SSH, Remote Desktop, Screen Sharing).</extracomment>
        <translation>Inicio de sesión remoto desactivado</translation>
    </message>
    <message>
        <source>Remote login is on</source>
        <translation>Inicio de sesión remoto activado</translation>
    </message>
    <message>
        <source>With remote login on, anyone who can reach your computer over the network can try to sign in. Keeping it off when you do not need it closes that door.</source>
        <translation>Con el inicio de sesión remoto activado, cualquiera que pueda llegar a tu equipo a través de la red puede intentar iniciar sesión. Mantenerlo desactivado cuando no lo necesitas cierra esa puerta.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Sharing.
2. Turn off Remote Login, Screen Sharing and Remote Management.</source>
        <translation>1. Abre Ajustes del Sistema → General → Compartir.
2. Desactiva Sesión remota, Compartir pantalla y Gestión remota.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Remote Desktop.
2. Turn off Remote Desktop and confirm.</source>
        <translation>1. Abre Configuración → Sistema → Escritorio remoto.
2. Desactiva Escritorio remoto y confirma.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → System, turn off Secure Shell, then open Remote Desktop and turn off Desktop Sharing and Remote Login.
KDE Plasma: open System Settings, search for Remote Desktop and turn it off.
Terminal: run sudo systemctl disable --now ssh (on Fedora, sshd instead of ssh).</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>GNOME: abre Configuración → Sistema, desactiva Shell seguro y, después, abre Escritorio remoto y desactiva Compartir escritorio e Inicio de sesión remoto.
KDE Plasma: abre Preferencias del sistema, busca Escritorio remoto y desactívalo.
Terminal: ejecuta sudo systemctl disable --now ssh (en Fedora, sshd en lugar de ssh).</translation>
    </message>
    <message>
        <source>Apps from unknown sources</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Aplicaciones de fuentes desconocidas</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked</source>
        <extracomment>Practice title: the phone only installs apps from its app store.</extracomment>
        <translation>Aplicaciones de fuentes desconocidas bloqueadas</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed</source>
        <translation>Aplicaciones de fuentes desconocidas permitidas</translation>
    </message>
    <message>
        <source>Apps from outside trusted app stores skip the safety checks those stores run, and they are a common way for harmful apps to reach phones.</source>
        <translation>Las aplicaciones que no proceden de tiendas de confianza se saltan los controles de seguridad que hacen esas tiendas, y son una vía habitual para que las aplicaciones dañinas lleguen a los teléfonos.</translation>
    </message>
    <message>
        <source>1. Open Settings → Apps → Special app access → Install unknown apps (on Samsung: Settings → Apps → ⋮ → Special access → Install unknown apps).
2. Select each app marked Allowed and turn off Allow from this source.</source>
        <extracomment>“Allow from this source” is the switch on each app’s Install unknown apps page.</extracomment>
        <translation>1. Abre Configuración → Aplicaciones → Acceso especial de aplicaciones → Instalar aplicaciones desconocidas (en Samsung: Configuración → Aplicaciones → ⋮ → Acceso especial → Instalar aplicaciones desconocidas).
2. Selecciona cada aplicación marcada como Permitida y desactiva Permitir desde esta fuente.</translation>
    </message>
    <message>
        <source>USB debugging</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Depuración por USB</translation>
    </message>
    <message>
        <source>USB debugging is off</source>
        <extracomment>Practice title: Android Debug Bridge (ADB) access over USB is disabled.</extracomment>
        <translation>Depuración por USB desactivada</translation>
    </message>
    <message>
        <source>USB debugging is on</source>
        <translation>Depuración por USB activada</translation>
    </message>
    <message>
        <source>USB debugging lets a connected computer install apps and read data on your phone. It is meant for app developers and is safest left off.</source>
        <translation>La depuración por USB permite que un equipo conectado instale aplicaciones y lea datos de tu teléfono. Está pensada para desarrolladores de aplicaciones y lo más seguro es dejarla desactivada.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Developer options (on Samsung: Settings → Developer options).
2. Turn off USB debugging and Wireless debugging.
3. If you do not need developer options at all, turn off Use developer options at the top.</source>
        <translation>1. Abre Configuración → Sistema → Opciones para desarrolladores (en Samsung: Configuración → Opciones de desarrollador).
2. Desactiva Depuración por USB y Depuración inalámbrica.
3. Si no necesitas las opciones para desarrolladores, desactiva Usar opciones para desarrolladores en la parte superior.</translation>
    </message>
</context>
<context>
    <name>PracticeModel</name>
    <message numerus="yes">
        <source>Critical (%n)</source>
        <comment>practices that must be fixed</comment>
        <translation>
            <numerusform>Crítica (%n)</numerusform>
            <numerusform>Críticas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <comment>practices worth fixing</comment>
        <translation>
            <numerusform>Sugerida (%n)</numerusform>
            <numerusform>Sugeridas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <comment>practices followed</comment>
        <translation>
            <numerusform>Cumplida (%n)</numerusform>
            <numerusform>Cumplidas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown (%n)</source>
        <comment>practices that could not be checked</comment>
        <translation>
            <numerusform>Desconocida (%n)</numerusform>
            <numerusform>Desconocidas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>informado %1</translation>
    </message>
    <message>
        <source>%1 · reported %2</source>
        <comment>Jamf · reported 2 h ago</comment>
        <translation>%1 · informado %2</translation>
    </message>
    <message>
        <source>%1 · now</source>
        <comment>this device · now</comment>
        <translation>%1 · ahora</translation>
    </message>
    <message>
        <source>this Mac</source>
        <translation>este Mac</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>este PC</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 last reported “%2”; %3 reports “%4” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported, %3 &quot;this Mac&quot;, %4 what the device reports now</extracomment>
        <translation>%1 informó por última vez “%2”; %3 indica ahora “%4” — %1 se actualizará en su próximo inventario.</translation>
    </message>
    <message>
        <source>%1 last reported “%2” %3; %4 reports “%5” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when (&quot;3 days ago&quot;), %4 &quot;this Mac&quot;, %5 what the device reports now (&quot;Firewall is on&quot;)</extracomment>
        <translation>%1 informó por última vez “%2” %3; %4 indica ahora “%5” — %1 se actualizará en su próximo inventario.</translation>
    </message>
    <message>
        <source>%1 reported “%2”.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;)</extracomment>
        <translation>%1 informó “%2”.</translation>
    </message>
    <message>
        <source>%1 reported “%2” %3.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when</extracomment>
        <translation>%1 informó “%2” %3.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>en el futuro</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Acción necesaria</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Todo en orden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Matched by its name “%1”: %2 reports no serial number or network address that %3 knows.</source>
        <extracomment>%1 the computer&apos;s name (&quot;alice-laptop&quot;), %2 &quot;this computer&quot;, %3 the backends (&quot;LANDESK&quot;)</extracomment>
        <translation>Asociado por su nombre “%1”: %2 no informa de ningún número de serie ni dirección de red que %3 conozca.</translation>
    </message>
</context>
<context>
    <name>ReportedDevices</name>
    <message>
        <source>is missing</source>
        <translation>no aparece</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>tiene el valor desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The saved device reports</source>
        <translation>Los informes de dispositivos guardados</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier report has</source>
        <translation>es &quot;%1&quot;, que ya tiene un informe anterior</translation>
    </message>
</context>
<context>
    <name>SampleFleet</name>
    <message>
        <source>%1 is still encrypting (%2 %).</source>
        <translation>%1 todavía está cifrando (%2 %).</translation>
    </message>
    <message>
        <source>The demo fleet</source>
        <translation>La flota de demostración</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>El archivo de configuración %1 no es un archivo INI válido.</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot;.</source>
        <translation>El archivo de configuración %1 tiene una clave desconocida: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>clave desconocida &quot;%1&quot; ignorada</translation>
    </message>
    <message>
        <source>%1 cannot be enforced; ignored</source>
        <translation>%1 no se puede imponer; se ignora</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 debe ser true o false.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be an address like %2.</source>
        <translation>%1 debe ser una dirección como %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use %3.</source>
        <translation>%1 es &quot;%2&quot;; usa %3.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>is missing</source>
        <translation>no aparece</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>tiene el valor desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not a MAC address</source>
        <translation>contiene &quot;%1&quot;, que no es una dirección MAC</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>The status report</source>
        <translation>El informe de estado</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The saved status %1 is too large to be Stethoscope&apos;s; it was ignored.</source>
        <translation>El estado guardado %1 es demasiado grande para ser de Stethoscope; se ignoró.</translation>
    </message>
    <message>
        <source>The saved status %1 cannot be read: %2.</source>
        <translation>No se puede leer el estado guardado %1: %2.</translation>
    </message>
    <message>
        <source>The saved status %1 is damaged and was ignored.</source>
        <translation>El estado guardado %1 está dañado y se ignoró.</translation>
    </message>
    <message>
        <source>The folder for the saved status %1 cannot be created.</source>
        <translation>No se puede crear la carpeta del estado guardado %1.</translation>
    </message>
    <message>
        <source>The status cannot be saved to %1: %2.</source>
        <translation>No se puede guardar el estado en %1: %2.</translation>
    </message>
</context>
<context>
    <name>StatusPipeline</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>No se puede leer el archivo de políticas %1: %2</translation>
    </message>
    <message>
        <source>Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.</source>
        <translation>El inicio de sesión está desactivado (%1 = none). Define %1 = oidc con %2 y %3.</translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation>%1 es obligatorio para iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in provider</source>
        <translation>El proveedor de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date without the year, QDate format</comment>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Verificando tus dispositivos…</translation>
    </message>
    <message>
        <source>Status unknown — not checked yet</source>
        <translation>Estado desconocido — aún sin verificar</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n dispositivo necesita atención</numerusform>
            <numerusform>%n dispositivos necesitan atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n critical)</source>
        <translation>
            <numerusform>(%n crítico)</numerusform>
            <numerusform>(%n críticos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with suggestions</source>
        <translation>
            <numerusform>%n dispositivo con sugerencias</numerusform>
            <numerusform>%n dispositivos con sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>No se encontraron dispositivos tuyos</translation>
    </message>
    <message>
        <source>All your devices follow the security practices</source>
        <translation>Todos tus dispositivos cumplen las prácticas de seguridad</translation>
    </message>
    <message>
        <source>Some practices could not be checked</source>
        <translation>No se pudieron verificar algunas prácticas</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Verificando… %1</translation>
    </message>
    <message>
        <source>Status unknown — last known %1: %2</source>
        <translation>Estado desconocido — último estado conocido (%1): %2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (datos de %2)</translation>
    </message>
    <message>
        <source>Stethoscope — %1</source>
        <translation>Stethoscope — %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1: sin conexión</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Última verificación: %1</translation>
    </message>
    <message>
        <source>Last checked %1 — %2</source>
        <translation>Última verificación: %1 — %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — showing what it reported %2</source>
        <translation>No se pudo contactar con %1 — se muestra lo que informó %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — nothing it reported is known yet</source>
        <translation>No se pudo contactar con %1 — todavía no hay datos de esta fuente</translation>
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
        <translation>%1: sin datos</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>informado por %1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>informado por %1 %2</translation>
    </message>
    <message>
        <source>Stethoscope report for %1 · %2</source>
        <translation>Informe de Stethoscope para %1 · %2</translation>
    </message>
    <message>
        <source>Stethoscope report · %1</source>
        <translation>Informe de Stethoscope · %1</translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1 — %n of your devices need attention</source>
        <translation>
            <numerusform>Estado general: %1 — %n de tus dispositivos necesita atención</numerusform>
            <numerusform>Estado general: %1 — %n de tus dispositivos necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Estado general: %1</translation>
    </message>
    <message>
        <source>No devices to show; see the state of each backend below.</source>
        <translation>No hay dispositivos que mostrar; consulta abajo el estado de cada backend.</translation>
    </message>
    <message>
        <source>Not seen for a long time (not counted above):</source>
        <translation>Sin actividad desde hace mucho tiempo (no se cuentan arriba):</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>visto por última vez %1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nunca visto</translation>
    </message>
    <message numerus="yes">
        <source>%1 ok (%n record(s))</source>
        <translation>
            <numerusform>%1: OK (%n registro)</numerusform>
            <numerusform>%1: OK (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 not configured</source>
        <translation>%1: sin configurar</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>%1 sent a token answer that could not be read.</source>
        <translation>%1 envió una respuesta de token que no se pudo leer.</translation>
    </message>
    <message>
        <source>the API client token</source>
        <translation>el token del cliente de API</translation>
    </message>
    <message>
        <source>Jamf rejected the API client credentials (401). Check [jamf] client_id and the client secret.</source>
        <translation>Jamf rechazó las credenciales del cliente de API (401). Revisa [jamf] client_id y el secreto del cliente.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or lifetime.</source>
        <translation>Jamf envió una respuesta de token sin token o sin tiempo de validez.</translation>
    </message>
    <message>
        <source>the user account token</source>
        <translation>el token de la cuenta de usuario</translation>
    </message>
    <message>
        <source>Jamf rejected the account name or password (401). Check [jamf] username and the password.</source>
        <translation>Jamf rechazó el nombre de cuenta o la contraseña (401). Revisa [jamf] username y la contraseña.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or expiry.</source>
        <translation>Jamf envió una respuesta de token sin token o sin fecha de caducidad.</translation>
    </message>
    <message>
        <source>giving up the user account token</source>
        <translation>la invalidación del token de la cuenta de usuario</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>&amp;Open details…</source>
        <translation>&amp;Abrir detalles…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Durante 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Reanudar notificaciones</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>device name — its rating</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerta pendiente</numerusform>
            <numerusform>%n alertas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Verificar ahora</translation>
    </message>
    <message>
        <source>&amp;Notifications snoozed until %1</source>
        <translation>&amp;Notificaciones pausadas hasta %1</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation>&amp;Pausar notificaciones</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>&amp;Cerrar sesión (%1)</translation>
    </message>
    <message>
        <source>Start at login — Managed by your organization</source>
        <translation>Abrir al iniciar sesión — Administrado por tu organización</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Abrir al inicia&amp;r sesión</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices.</source>
        <translation>Muestra si tus dispositivos cumplen las prácticas de seguridad de tu empresa.</translation>
    </message>
    <message>
        <source>Refresh once and print the report.</source>
        <translation>Actualizar una vez y mostrar el informe.</translation>
    </message>
    <message>
        <source>Print versions, the effective settings and where each came from, the keychain&apos;s state and whether each backend can be reached (for a helpdesk ticket).</source>
        <translation>Mostrar las versiones, la configuración efectiva y de dónde procede cada valor, el estado del llavero y si se puede contactar con cada backend (para una solicitud al soporte técnico).</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>Formato del informe: text o json.</translation>
    </message>
    <message>
        <source>Sign in in the browser and print the signed-in e-mail address.</source>
        <translation>Iniciar sesión en el navegador y mostrar la dirección de correo electrónico con la que se inició sesión.</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in.</source>
        <translation>Cerrar sesión y olvidar el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>Read a backend secret (jamf, google or landesk) from standard input into the keychain.</source>
        <translation>Leer un secreto de backend (jamf, google o landesk) de la entrada estándar y guardarlo en el llavero.</translation>
    </message>
    <message>
        <source>Use the built-in demo company instead of your organization&apos;s backends.</source>
        <translation>Usar la empresa de demostración integrada en lugar de los backends de tu organización.</translation>
    </message>
    <message>
        <source>Read the settings from this INI file.</source>
        <translation>Leer la configuración de este archivo INI.</translation>
    </message>
    <message>
        <source>Grade devices against this policy file (JSON).</source>
        <translation>Evaluar los dispositivos con este archivo de políticas (JSON).</translation>
    </message>
    <message>
        <source>The employee whose devices to show (e-mail).</source>
        <translation>El empleado cuyos dispositivos se muestran (correo electrónico).</translation>
    </message>
    <message>
        <source>With --demo: every demo backend answers this many milliseconds late.</source>
        <translation>Con --demo: todos los backends de demostración responden con este retraso en milisegundos.</translation>
    </message>
    <message>
        <source>With --demo: every demo backend is unreachable.</source>
        <translation>Con --demo: no se puede contactar con ningún backend de demostración.</translation>
    </message>
    <message>
        <source>Open the alerts inbox (of the running Stethoscope, or at start).</source>
        <translation>Abrir la bandeja de entrada de alertas (de la instancia de Stethoscope en ejecución o al iniciar).</translation>
    </message>
    <message>
        <source>Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the system&apos;s.</source>
        <translation>Mostrar la aplicación en este idioma (de, es, fr, ja, pt_BR, en) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; showing English.</source>
        <translation>No hay traducción para &quot;%1&quot;; se muestra en inglés.</translation>
    </message>
    <message>
        <source>Give only one of --report, --diagnostics, --sign-in, --sign-out and --set-secret.</source>
        <translation>Indica solo una de estas opciones: --report, --diagnostics, --sign-in, --sign-out o --set-secret.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format debe ser text o json, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Managed settings (%1): %2</source>
        <translation>Configuración administrada (%1): %2</translation>
    </message>
    <message>
        <source>The demo backends could not start on this computer.</source>
        <translation>Los backends de demostración no se pudieron iniciar en este equipo.</translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds, not &quot;%1&quot;.</source>
        <translation>--demo-latency espera un valor en milisegundos, no &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
