<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlertInbox</name>
    <message>
        <source>is missing</source>
        <translation>está ausente</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but an alert is raised at warn or nudge only</source>
        <translation>é &quot;%1&quot;, mas um alerta só é emitido nos níveis warn ou nudge</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>tem o valor desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The saved alerts</source>
        <translation>Os alertas salvos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier alert has</source>
        <translation>é &quot;%1&quot;, que já pertence a um alerta anterior</translation>
    </message>
    <message>
        <source>is a second alert still standing for the same device and practice</source>
        <translation>é um segundo alerta ainda ativo para o mesmo dispositivo e a mesma prática</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>Adiado até %1</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow at %1</source>
        <translation>Adiado até amanhã às %1</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a weekday and a date without the year, QDate format</comment>
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>Snoozed until %1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>Adiado até %1 às %2</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Emitido %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiado</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resolvido %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation>Descartado %1</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <extracomment>An alert set aside, whose practice has been seen fixed since.</extracomment>
        <translation>%1, corrigido %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerido</translation>
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
        <translation>Mostra se os seus dispositivos seguem as práticas de segurança da sua empresa</translation>
    </message>
    <message>
        <source>Start at login cannot be changed here.</source>
        <translation>A opção Iniciar ao fazer login não pode ser alterada aqui.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 (%2).</source>
        <translation>Não foi possível desativar Iniciar ao fazer login: %1 (%2).</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 cannot be removed.</source>
        <translation>Não foi possível desativar Iniciar ao fazer login: não é possível remover %1.</translation>
    </message>
    <message>
        <source>Start at login cannot be switched on: %1 (%2).</source>
        <translation>Não foi possível ativar Iniciar ao fazer login: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Sign in to use a backend configured with auth = sso.</source>
        <translation>Entre na sua conta para usar um back-end configurado com auth = sso.</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is %3.</source>
        <translation>%1 é obrigatório quando %2 é %3.</translation>
    </message>
    <message>
        <source>the API client secret or the account password</source>
        <translation>o segredo do cliente de API ou a senha da conta</translation>
    </message>
    <message>
        <source>%1 is needed: the administrator the service account acts for (domain-wide delegation).</source>
        <translation>%1 é obrigatório: o administrador em nome de quem a conta de serviço atua (delegação em todo o domínio).</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3.</source>
        <translation>%1: não é possível ler %2: %3.</translation>
    </message>
    <message>
        <source>%1 must name the service account&apos;s key file (JSON).</source>
        <translation>%1 deve indicar o arquivo de chave da conta de serviço (JSON).</translation>
    </message>
    <message>
        <source>Set exactly one of %1 and %2: how LANDESK finds the employee&apos;s machines.</source>
        <translation>Defina exatamente um entre %1 e %2: é assim que o LANDESK encontra as máquinas do funcionário.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a time zone like Europe/Berlin.</source>
        <translation>%1 é &quot;%2&quot;, que não é um fuso horário como Europe/Berlin.</translation>
    </message>
    <message>
        <source>the account password</source>
        <translation>a senha da conta</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is basic.</source>
        <translation>%1 é obrigatório quando %2 é basic.</translation>
    </message>
    <message>
        <source>No %1 secret is stored: put %3 into the keychain with stethoscope --set-secret %2, or set STETHOSCOPE_%4_SECRET.</source>
        <extracomment>%3 says which secret (&quot;the API client&apos;s secret&quot;); %2 names it for the command line.</extracomment>
        <translation>Nenhum segredo do %1 está armazenado: guarde %3 no chaveiro com stethoscope --set-secret %2 ou defina STETHOSCOPE_%4_SECRET.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Opening the browser to sign in…</source>
        <translation>Abrindo o navegador para entrar…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Você saiu da conta.</translation>
    </message>
    <message>
        <source>--set-secret takes one of %1, not &quot;%2&quot;.</source>
        <translation>--set-secret aceita um destes valores: %1; não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Não é possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>No secret arrived on standard input; nothing was stored.</source>
        <translation>Nenhum segredo chegou pela entrada padrão; nada foi armazenado.</translation>
    </message>
    <message>
        <source>Stored the %1 secret in the keychain.</source>
        <translation>O segredo do %1 foi armazenado no chaveiro.</translation>
    </message>
    <message>
        <source>You are not signed in. Run stethoscope --sign-in first.</source>
        <translation>Você não está conectado. Execute primeiro stethoscope --sign-in.</translation>
    </message>
    <message>
        <source>No backend is configured. Give a configuration with --config, or run with --demo to see the demo company.</source>
        <translation>Nenhum back-end está configurado. Indique uma configuração com --config ou execute com --demo para ver a empresa de demonstração.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Stethoscope is already running; it was asked to show itself.</source>
        <translation>O Stethoscope já está em execução; foi solicitado que ele se mostre.</translation>
    </message>
    <message>
        <source>IT&apos;s feedback service</source>
        <translation>O serviço de feedback da TI</translation>
    </message>
    <message>
        <source>Stethoscope runs without a tray icon here</source>
        <translation>Aqui o Stethoscope funciona sem ícone na bandeja do sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray. Close the window to keep Stethoscope checking in the background; start Stethoscope again to bring the window back.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema. Feche a janela para que o Stethoscope continue verificando em segundo plano; abra o Stethoscope de novo para trazer a janela de volta.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Stethoscope is not set up yet</source>
        <translation>O Stethoscope ainda não está configurado</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>O login não foi concluído</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>%1 must look like 22:00-07:00, not &quot;%2&quot;.</source>
        <translation>%1 deve estar no formato 22:00-07:00, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1 deve ser um endereço https://, não &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show me how to fix</source>
        <translation>Mostrar como corrigir</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
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
        <translation>Este dispositivo não é meu</translation>
    </message>
    <message>
        <source>I no longer use this device</source>
        <translation>Não uso mais este dispositivo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Names an alert for a screen reader: its practice title, then its device.</extracomment>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Show me how to fix: %1</source>
        <translation>Mostrar como corrigir: %1</translation>
    </message>
    <message>
        <source>Shows the device&apos;s practice and how to fix it</source>
        <translation>Mostra a prática do dispositivo e como corrigi-la</translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation>Verificar de novo: %1</translation>
    </message>
    <message>
        <source>Asks every source again about your devices</source>
        <translation>Consulta de novo todas as fontes sobre os seus dispositivos</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Adiar: %1</translation>
    </message>
    <message>
        <source>Puts this alert off for a while</source>
        <translation>Adia este alerta por um tempo</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <source>Sets this alert aside; it is not raised again while the practice still fails</source>
        <translation>Deixa este alerta de lado; ele não é emitido de novo enquanto a prática continuar com falha</translation>
    </message>
    <message>
        <source>This isn&apos;t my device: %1</source>
        <translation>Este dispositivo não é meu: %1</translation>
    </message>
    <message>
        <source>I no longer use this device: %1</source>
        <translation>Não uso mais este dispositivo: %1</translation>
    </message>
    <message>
        <source>Tells IT, and the device no longer counts towards your status until it checks in again</source>
        <translation>Avisa a TI, e o dispositivo deixa de contar para o seu status até se comunicar de novo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Every alert about your devices, the newest first</source>
        <translation>Todos os alertas sobre os seus dispositivos, dos mais recentes para os mais antigos</translation>
    </message>
    <message>
        <source>No alerts. Stethoscope tells you here when a device needs attention.</source>
        <translation>Nenhum alerta. O Stethoscope avisa aqui quando um dispositivo precisar de atenção.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Devices and alerts</source>
        <translation>Dispositivos e alertas</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Your devices and their practices (Ctrl+1)</source>
        <translation>Seus dispositivos e as práticas deles (Ctrl+1)</translation>
    </message>
    <message>
        <source>Every alert about your devices (Ctrl+2)</source>
        <translation>Todos os alertas sobre os seus dispositivos (Ctrl+2)</translation>
    </message>
    <message>
        <source>Your devices, the ones that need attention first</source>
        <translation>Seus dispositivos, começando pelos que precisam de atenção</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Verificando seus dispositivos…</translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>Nenhum dispositivo encontrado para você</translation>
    </message>
    <message>
        <source>Nothing is known about your devices yet</source>
        <translation>Ainda não há informações sobre os seus dispositivos</translation>
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
            <numerusform>Alertas, %n aberto</numerusform>
            <numerusform>Alertas, %n abertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>Alertas, nenhum aberto</translation>
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
        <translation>Você informou à TI %1 que este dispositivo não é seu, por isso ele não conta mais para o seu status. Ele volta a contar quando se comunicar de novo.</translation>
    </message>
    <message>
        <source>You told IT %1 that you no longer use this device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>Você informou à TI %1 que não usa mais este dispositivo, por isso ele não conta mais para o seu status. Ele volta a contar quando se comunicar de novo.</translation>
    </message>
    <message>
        <source>a long time ago</source>
        <translation>há muito tempo</translation>
    </message>
    <message>
        <source>Last seen %1, so it no longer counts towards your status. Shown as it was last reported.</source>
        <translation>Visto pela última vez %1, por isso não conta mais para o seu status. Exibido conforme o último relatório.</translation>
    </message>
    <message>
        <source>Security practices of %1</source>
        <translation>Práticas de segurança de %1</translation>
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
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>Open this on the device itself</source>
        <translation>Abra isto no próprio dispositivo</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Como corrigir</translation>
    </message>
    <message>
        <source>How to check or set it up</source>
        <translation>Como verificar ou configurar</translation>
    </message>
    <message>
        <source>Open settings to fix %1</source>
        <translation>Abrir as configurações para corrigir: %1</translation>
    </message>
    <message>
        <source>Opens the settings on this computer</source>
        <translation>Abre as configurações neste computador</translation>
    </message>
    <message>
        <source>Security practices</source>
        <translation>Práticas de segurança</translation>
    </message>
    <message>
        <source>The practices of the selected device: critical, suggested, done and unknown</source>
        <translation>As práticas do dispositivo selecionado: críticas, sugeridas, em dia e desconhecidas</translation>
    </message>
    <message>
        <source>Nothing is known about the practices of this device yet.</source>
        <translation>Ainda não há informações sobre as práticas deste dispositivo.</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sem nome</translation>
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
        <translation>inativo — visto pela última vez %1</translation>
    </message>
    <message>
        <source>stale — not seen for a long time</source>
        <translation>inativo — não é visto há muito tempo</translation>
    </message>
    <message>
        <source>reported to IT</source>
        <translation>comunicado à TI</translation>
    </message>
    <message>
        <source>reported to IT — not yours</source>
        <translation>comunicado à TI — não é seu</translation>
    </message>
    <message>
        <source>reported to IT — no longer used</source>
        <translation>comunicado à TI — não é mais usado</translation>
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
        <translation>%1: %2. Último status conhecido: %3.</translation>
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
        <translation>%1: %2. Não conta para o seu status.</translation>
    </message>
</context>
<context>
    <name>EmployeeSession</name>
    <message>
        <source>You are not signed in. Sign in to see your devices.</source>
        <translation>Você não está conectado. Entre na sua conta para ver os seus dispositivos.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>Not required by your organization.</source>
        <translation>Não exigido pela sua organização.</translation>
    </message>
    <message>
        <source>The backend did not say which platform this device runs.</source>
        <translation>O back-end não informou qual plataforma este dispositivo usa.</translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation>Não informado.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is required.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest allowed version</extracomment>
        <translation>%1 %2 — é necessária a versão %3 ou mais recente.</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is recommended.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest recommended version</extracomment>
        <translation>%1 %2 — recomenda-se a versão %3 ou mais recente.</translation>
    </message>
    <message>
        <source>%1 %2 is up to date.</source>
        <translation>%1 %2 está atualizado.</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <extracomment>%1 software name, %2 its version</extracomment>
        <translation>%1 %2 está instalado.</translation>
    </message>
    <message>
        <source>The %1 version was not reported.</source>
        <translation>A versão de %1 não foi informada.</translation>
    </message>
    <message>
        <source>The %1 version &quot;%2&quot; could not be read.</source>
        <translation>Não foi possível interpretar a versão &quot;%2&quot; de %1.</translation>
    </message>
    <message>
        <source>%1 %2 — your organization sets no minimum version for %1.</source>
        <translation>%1 %2 — sua organização não define uma versão mínima para %1.</translation>
    </message>
    <message>
        <source>The installed software was not reported.</source>
        <translation>O software instalado não foi informado.</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 está instalado.</translation>
    </message>
    <message>
        <source>%1 is installed, but its version could not be read; %2 or newer is required.</source>
        <translation>%1 está instalado, mas não foi possível ler a versão; é necessária a versão %2 ou mais recente.</translation>
    </message>
    <message>
        <source>%1 %2 is installed — %3 or newer is required.</source>
        <translation>%1 %2 está instalado — é necessária a versão %3 ou mais recente.</translation>
    </message>
    <message>
        <source>%1 is running, but its version was not reported; %2 or newer is required.</source>
        <translation>%1 está em execução, mas a versão não foi informada; é necessária a versão %2 ou mais recente.</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 está em execução.</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 não está instalado.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 não está em execução.</translation>
    </message>
    <message>
        <source>the operating system</source>
        <translation>sistema operacional</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Your feedback cannot be saved to %1: %2. It will be sent while Stethoscope keeps running.</source>
        <translation>Não é possível salvar o seu feedback em %1: %2. Ele será enviado enquanto o Stethoscope continuar em execução.</translation>
    </message>
    <message>
        <source>A feedback report</source>
        <translation>Um relatório de feedback</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está ausente</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>é %1, não %2</translation>
    </message>
    <message>
        <source>must be not-mine or no-longer-used</source>
        <translation>deve ser not-mine ou no-longer-used</translation>
    </message>
    <message>
        <source>Stethoscope: %1 is not my device</source>
        <translation>Stethoscope: %1 não é meu dispositivo</translation>
    </message>
    <message>
        <source>Stethoscope: I no longer use %1</source>
        <translation>Stethoscope: não uso mais %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Olá,</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but it is not mine.</source>
        <translation>O Stethoscope lista este dispositivo no meu nome, mas ele não é meu.</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but I no longer use it.</source>
        <translation>O Stethoscope lista este dispositivo no meu nome, mas eu não o uso mais.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID do dispositivo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Endereços MAC</translation>
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
        <translation>ID do dispositivo no Google</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Listado por</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Informado em</translation>
    </message>
    <message>
        <source>Stethoscope version</source>
        <translation>Versão do Stethoscope</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>ID do relatório</translation>
    </message>
    <message>
        <source>your feedback</source>
        <translation>o envio do seu feedback</translation>
    </message>
</context>
<context>
    <name>GoogleParser</name>
    <message>
        <source>Google reports “%1”.</source>
        <translation>O Google informa: “%1”.</translation>
    </message>
    <message>
        <source>Google sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>O Google enviou uma resposta que não é um JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>Google sent an answer that is not a JSON object; expected a device list.</source>
        <translation>O Google enviou uma resposta que não é um objeto JSON; era esperada uma lista de dispositivos.</translation>
    </message>
    <message>
        <source>Google sent a device list whose &quot;%1&quot; is not an array.</source>
        <translation>O Google enviou uma lista de dispositivos cujo &quot;%1&quot; não é um array.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed.</source>
        <translation>Apps de fontes desconhecidas são permitidos.</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked.</source>
        <translation>Apps de fontes desconhecidas são bloqueados.</translation>
    </message>
    <message>
        <source>USB debugging is on.</source>
        <translation>A depuração USB está ativada.</translation>
    </message>
    <message>
        <source>USB debugging is off.</source>
        <translation>A depuração USB está desativada.</translation>
    </message>
    <message>
        <source>Developer options are on.</source>
        <translation>As opções do desenvolvedor estão ativadas.</translation>
    </message>
    <message>
        <source>Security patch level %1 is older than %2 days.</source>
        <translation>O nível do patch de segurança %1 tem mais de %2 dias.</translation>
    </message>
    <message>
        <source>This Chromebook no longer receives updates (since %1).</source>
        <translation>Este Chromebook não recebe mais atualizações (desde %1).</translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The Google service-account key could not sign the sign-in request; the key file&apos;s &quot;private_key&quot; is not a usable RSA key.</source>
        <translation>A chave da conta de serviço do Google não conseguiu assinar a solicitação de login; a &quot;private_key&quot; do arquivo de chave não é uma chave RSA utilizável.</translation>
    </message>
    <message>
        <source>The Google service-account key file %1. Download a new JSON key for the service account in the Google Cloud console.</source>
        <translation>O arquivo de chave da conta de serviço do Google %1. Baixe uma nova chave JSON para a conta de serviço no console do Google Cloud.</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>não é JSON</translation>
    </message>
    <message>
        <source>is of type &quot;%1&quot;, not &quot;service_account&quot; (an OAuth client file will not do)</source>
        <translation>é do tipo &quot;%1&quot;, não &quot;service_account&quot; (um arquivo de cliente OAuth não serve)</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>não tem &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has a &quot;token_uri&quot; that is not a URL</source>
        <translation>tem um &quot;token_uri&quot; que não é uma URL</translation>
    </message>
    <message>
        <source>has a &quot;private_key&quot; that is not a PKCS#8 RSA key</source>
        <translation>tem uma &quot;private_key&quot; que não é uma chave RSA PKCS#8</translation>
    </message>
    <message>
        <source>Google sent a token answer without a token or lifetime.</source>
        <translation>O Google enviou uma resposta de token sem token ou sem validade.</translation>
    </message>
    <message>
        <source>Google does not accept the signature of service-account key %1 (invalid_grant: %2). The key was probably deleted or replaced in the Google Cloud console; create a new JSON key for %3 and use that file.</source>
        <translation>O Google não aceita a assinatura da chave %1 da conta de serviço (invalid_grant: %2). Provavelmente a chave foi excluída ou substituída no console do Google Cloud; crie uma nova chave JSON para %3 e use esse arquivo.</translation>
    </message>
    <message>
        <source>Google refused the service-account sign-in (invalid_grant: %1). Check that this computer&apos;s clock is right, that the admin subject %2 is an existing administrator of the domain, and that key %3 of %4 has not been deleted.</source>
        <translation>O Google recusou o login da conta de serviço (invalid_grant: %1). Verifique se o relógio deste computador está certo, se %2 (o administrador indicado como subject) é um administrador existente do domínio e se a chave %3 de %4 não foi excluída.</translation>
    </message>
    <message>
        <source>Google does not let %1 act for %2 with the device scopes (unauthorized_client). In the Google Admin console, under Security › API controls › Domain-wide delegation, allow client ID %3 the scopes %4.</source>
        <translation>O Google não permite que %1 atue em nome de %2 com os escopos de dispositivos (unauthorized_client). No Google Admin Console, em Segurança › Controles de API › Delegação em todo o domínio, autorize os escopos %4 para o ID do cliente %3.</translation>
    </message>
    <message>
        <source>of the service account</source>
        <translation>da conta de serviço</translation>
    </message>
    <message>
        <source>Google rejected the service account %1 (%2). Check the key file and that the service account still exists.</source>
        <translation>O Google rejeitou a conta de serviço %1 (%2). Verifique o arquivo de chave e se a conta de serviço ainda existe.</translation>
    </message>
    <message>
        <source>the service-account token</source>
        <translation>o token da conta de serviço</translation>
    </message>
</context>
<context>
    <name>GoogleSource</name>
    <message>
        <source>the mobile device list</source>
        <translation>a lista de dispositivos móveis</translation>
    </message>
    <message>
        <source>the Chromebook list</source>
        <translation>a lista de Chromebooks</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Google finds devices by their user&apos;s e-mail.</source>
        <translation>Nenhum endereço de e-mail válido está definido ([identity] email); o Google encontra os dispositivos pelo e-mail do usuário.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was refused.</source>
        <translation>%1 enviou uma resposta maior que %2 MiB; ela foi recusada.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds.</source>
        <translation>%1 (%2) não respondeu em %3 segundos.</translation>
    </message>
    <message>
        <source>%1 could not be reached at %2: %3.</source>
        <translation>%1 (%2) está inacessível: %3.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (401).</source>
        <translation>%1 recusou as credenciais (401).</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (403); try again later.</source>
        <translation>%1 está limitando as solicitações no momento (403); tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (403). The account may lack a privilege.</source>
        <translation>%1 recusou o acesso (403) ao solicitar %2. A conta pode não ter um privilégio necessário.</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (429); try again later.</source>
        <translation>%1 está limitando as solicitações no momento (429); tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>%1 had a server error (%2) while answering for %3.</source>
        <translation>%1 teve um erro de servidor (%2) ao processar %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 respondeu %2 ao processar %3.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) cannot be read: %2.</source>
        <translation>Não é possível ler o arquivo de CA %1 ([tls] ca_file): %2.</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) holds no PEM certificate.</source>
        <translation>O arquivo de CA %1 ([tls] ca_file) não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>%1: the request was cancelled.</source>
        <translation>%1: a solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>%1 redirected to another server or to plain http; the redirect was not followed. Check its address.</source>
        <translation>%1 redirecionou para outro servidor ou para http sem criptografia; o redirecionamento não foi seguido. Verifique o endereço configurado.</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached securely: %3. Stethoscope does not accept certificates it cannot verify; IT can add the company&apos;s CA certificate with [tls] ca_file.</source>
        <translation>%1 (%2): a conexão segura falhou: %3. O Stethoscope não aceita certificados que não consegue verificar; a TI pode adicionar o certificado da CA da empresa com [tls] ca_file.</translation>
    </message>
    <message>
        <source>%1 does not know %2 (404). Check its address.</source>
        <translation>%1 não encontrou o recurso para %2 (404). Verifique o endereço configurado.</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a valid URL.</source>
        <translation>%1: o endereço &quot;%2&quot; não é uma URL válida.</translation>
    </message>
    <message>
        <source>%1 is set to an address that does not start with https:// (plain http is only allowed to this computer).</source>
        <translation>%1: o endereço deve começar com https:// (http sem criptografia só é permitido para este computador).</translation>
    </message>
    <message>
        <source>The answer from %1 at %2 was cut off: %3.</source>
        <translation>A resposta de %1 em %2 foi interrompida: %3.</translation>
    </message>
</context>
<context>
    <name>JamfParser</name>
    <message>
        <source>Jamf sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>O Jamf enviou uma resposta que não é um JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>Jamf sent an answer that is not a JSON object; expected an inventory page with &quot;totalCount&quot; and &quot;results&quot;.</source>
        <translation>O Jamf enviou uma resposta que não é um objeto JSON; era esperada uma página de inventário com &quot;totalCount&quot; e &quot;results&quot;.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page without a &quot;results&quot; list.</source>
        <translation>O Jamf enviou uma página de inventário sem uma lista &quot;results&quot;.</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page whose &quot;totalCount&quot; is not a count.</source>
        <translation>O Jamf enviou uma página de inventário cujo &quot;totalCount&quot; não é uma contagem.</translation>
    </message>
    <message>
        <source>FileVault will finish turning on after a restart.</source>
        <translation>O FileVault terminará de ser ativado após uma reinicialização.</translation>
    </message>
    <message>
        <source>FileVault is still encrypting (%1 %).</source>
        <translation>O FileVault ainda está criptografando (%1 %).</translation>
    </message>
    <message>
        <source>FileVault is still encrypting.</source>
        <translation>O FileVault ainda está criptografando.</translation>
    </message>
    <message>
        <source>Jamf reports FileVault as %1.</source>
        <translation>Status do FileVault informado pelo Jamf: %1.</translation>
    </message>
    <message>
        <source>Screen Sharing or Remote Management is on.</source>
        <translation>Compartilhamento de Tela ou Gerenciamento Remoto está ativado.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>Sessão Remota (SSH) está ativada.</translation>
    </message>
    <message>
        <source>Data protection is off: set a passcode to turn it on.</source>
        <translation>A proteção de dados está desativada: defina um código para ativá-la.</translation>
    </message>
    <message>
        <source>No passcode is set.</source>
        <translation>Nenhum código está definido.</translation>
    </message>
    <message>
        <source>The passcode does not meet your organization&apos;s requirements.</source>
        <translation>O código não atende aos requisitos da sua organização.</translation>
    </message>
    <message>
        <source>Jamf detected a jailbreak.</source>
        <translation>O Jamf detectou um jailbreak.</translation>
    </message>
</context>
<context>
    <name>JamfSource</name>
    <message>
        <source>the computer inventory</source>
        <translation>o inventário de computadores</translation>
    </message>
    <message>
        <source>the mobile device inventory</source>
        <translation>o inventário de dispositivos móveis</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Jamf finds devices by their user&apos;s e-mail.</source>
        <translation>Nenhum endereço de e-mail válido está definido ([identity] email); o Jamf encontra os dispositivos pelo e-mail do usuário.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1: não é um JSON válido (%2 no byte %3).</translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation>%1: deve conter um objeto JSON.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <extracomment>%1 is the file (&quot;The policy file&quot;), %2 a key path like os_versions.Mac, %3 the problem.</extracomment>
        <translation>%1: &quot;%2&quot; %3.</translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation>não é uma chave conhecida (esperado um destes: %1)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>deve ser %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time</source>
        <translation>uma data e hora RFC 3339</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>%1: no valid schema number.</source>
        <translation>%1: não há um número de schema válido.</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Stethoscope (schema %2).</source>
        <translation>%1: gravado por uma versão mais recente do Stethoscope (schema %2).</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Access to the system keychain was denied. Allow Stethoscope to use the keychain when asked, then try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado. Permita que o Stethoscope use o chaveiro quando for solicitado e tente de novo.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain, then try again.</source>
        <translation>O chaveiro do sistema recusou o acesso: %1. Desbloqueie o chaveiro e tente de novo.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Stethoscope keeps secrets only there; install or unlock a keychain (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>O chaveiro do sistema não está disponível: %1. O Stethoscope guarda segredos somente nele; instale ou desbloqueie um chaveiro (por exemplo, GNOME Keyring ou KWallet) e tente de novo.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1. Make sure it is running and unlocked, then try again.</source>
        <translation>Não foi possível usar o chaveiro do sistema: %1. Verifique se ele está em execução e desbloqueado e tente de novo.</translation>
    </message>
</context>
<context>
    <name>LandeskParser</name>
    <message>
        <source>BitLocker is decrypting.</source>
        <translation>O BitLocker está descriptografando.</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting (%1 %).</source>
        <translation>O BitLocker ainda está criptografando (%1 %).</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting.</source>
        <translation>O BitLocker ainda está criptografando.</translation>
    </message>
    <message>
        <source>BitLocker is off.</source>
        <translation>O BitLocker está desativado.</translation>
    </message>
    <message>
        <source>LANDESK reports BitLocker as &quot;%1&quot;.</source>
        <translation>Status do BitLocker informado pelo LANDESK: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>The Windows Firewall is off for: %1.</source>
        <translation>O Firewall do Windows está desativado para: %1.</translation>
    </message>
    <message>
        <source>LANDESK detected %1: %2</source>
        <translation>O LANDESK detectou %1: %2</translation>
    </message>
    <message>
        <source>Missing critical or high security updates: %1.</source>
        <translation>Faltam atualizações de segurança críticas ou de alta gravidade: %1.</translation>
    </message>
</context>
<context>
    <name>LandeskSource</name>
    <message>
        <source>the saved query %1</source>
        <translation>a consulta salva %1</translation>
    </message>
    <message>
        <source>the machine list</source>
        <translation>a lista de máquinas</translation>
    </message>
    <message>
        <source>the inventory of %1</source>
        <translation>o inventário de %1</translation>
    </message>
    <message>
        <source>the vulnerabilities of %1</source>
        <translation>as vulnerabilidades de %1</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); LANDESK finds machines by their owner.</source>
        <translation>Nenhum endereço de e-mail válido está definido ([identity] email); o LANDESK encontra as máquinas pelo proprietário.</translation>
    </message>
</context>
<context>
    <name>LandeskXml</name>
    <message>
        <source>LANDESK sent an XML answer that is nested too deeply or is too large to read.</source>
        <translation>O LANDESK enviou uma resposta XML aninhada demais ou grande demais para ser lida.</translation>
    </message>
    <message>
        <source>LANDESK sent an answer that is not valid XML (%1, line %2).</source>
        <translation>O LANDESK enviou uma resposta que não é um XML válido (%1, linha %2).</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>nenhum elemento</translation>
    </message>
    <message>
        <source>LANDESK sent a SOAP envelope without a body.</source>
        <translation>O LANDESK enviou um envelope SOAP sem corpo.</translation>
    </message>
    <message>
        <source>LANDESK answered with an error: %1</source>
        <translation>O LANDESK respondeu com um erro: %1</translation>
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
        <translation>Os sistemas de arquivos do sistema e da pasta pessoal estão criptografados (LUKS).</translation>
    </message>
    <message>
        <source>The system file system is encrypted (LUKS).</source>
        <translation>O sistema de arquivos do sistema está criptografado (LUKS).</translation>
    </message>
    <message>
        <source>%1 is on %2, which is not encrypted.</source>
        <extracomment>%1 a file system&apos;s mount point (&quot;/&quot; or &quot;/home&quot;), %2 its disk or partition (&quot;sda2&quot;)</extracomment>
        <translation>%1 está em %2, que não está criptografado.</translation>
    </message>
    <message>
        <source>The firewall drops incoming connections by default.</source>
        <translation>O firewall bloqueia conexões de entrada por padrão.</translation>
    </message>
    <message>
        <source>The firewall accepts incoming connections by default.</source>
        <translation>O firewall aceita conexões de entrada por padrão.</translation>
    </message>
    <message>
        <source>No firewall rules filter incoming connections.</source>
        <translation>Nenhuma regra de firewall filtra as conexões de entrada.</translation>
    </message>
    <message>
        <source>ufw is on and blocks incoming connections by default.</source>
        <translation>O ufw está ativado e bloqueia conexões de entrada por padrão.</translation>
    </message>
    <message>
        <source>ufw is on but accepts incoming connections by default.</source>
        <translation>O ufw está ativado, mas aceita conexões de entrada por padrão.</translation>
    </message>
    <message>
        <source>firewalld is on, but its default zone trusts every connection.</source>
        <translation>O firewalld está ativado, mas a zona padrão dele confia em todas as conexões.</translation>
    </message>
    <message>
        <source>firewalld is on and rejects unexpected incoming connections.</source>
        <translation>O firewalld está ativado e recusa conexões de entrada inesperadas.</translation>
    </message>
    <message>
        <source>nftables is on and drops incoming connections by default.</source>
        <translation>O nftables está ativado e bloqueia conexões de entrada por padrão.</translation>
    </message>
    <message>
        <source>nftables is on but its rules accept incoming connections.</source>
        <translation>O nftables está ativado, mas as regras dele aceitam conexões de entrada.</translation>
    </message>
    <message>
        <source>The firewall is turned off.</source>
        <translation>O firewall está desativado.</translation>
    </message>
    <message>
        <source>No firewall (ufw, firewalld or nftables) is set up.</source>
        <translation>Nenhum firewall (ufw, firewalld ou nftables) está configurado.</translation>
    </message>
    <message>
        <source>Security updates are installed automatically (unattended-upgrades).</source>
        <translation>As atualizações de segurança são instaladas automaticamente (unattended-upgrades).</translation>
    </message>
    <message>
        <source>Automatic updates are configured, but unattended-upgrades is not installed.</source>
        <translation>As atualizações automáticas estão configuradas, mas o unattended-upgrades não está instalado.</translation>
    </message>
    <message>
        <source>Updates are not installed automatically.</source>
        <translation>As atualizações não são instaladas automaticamente.</translation>
    </message>
    <message>
        <source>Updates are installed automatically (dnf-automatic).</source>
        <translation>As atualizações são instaladas automaticamente (dnf-automatic).</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) waiting to be installed.</source>
        <translation>
            <numerusform>%n atualização de segurança aguardando instalação.</numerusform>
            <numerusform>%n atualizações de segurança aguardando instalação.</numerusform>
        </translation>
    </message>
    <message>
        <source>No security update is waiting.</source>
        <translation>Nenhuma atualização de segurança pendente.</translation>
    </message>
    <message>
        <source>The screen does not lock.</source>
        <translation>A tela não é bloqueada.</translation>
    </message>
    <message>
        <source>The screen locks, but never turns off by itself.</source>
        <translation>A tela é bloqueada, mas nunca se desliga sozinha.</translation>
    </message>
    <message>
        <source>The screen locks after %1 without use.</source>
        <translation>A tela é bloqueada após %1 sem uso.</translation>
    </message>
    <message>
        <source>The screen does not lock by itself.</source>
        <translation>A tela não é bloqueada automaticamente.</translation>
    </message>
    <message>
        <source>An SSH server accepts remote logins (port 22).</source>
        <translation>Um servidor SSH aceita logins remotos (porta 22).</translation>
    </message>
    <message>
        <source>No SSH server is listening.</source>
        <translation>Nenhum servidor SSH está escutando.</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk (%1 % done).</source>
        <translation>O FileVault está criptografando o disco (%1 % concluído).</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk.</source>
        <translation>O FileVault está criptografando o disco.</translation>
    </message>
    <message>
        <source>FileVault is on.</source>
        <translation>O FileVault está ativado.</translation>
    </message>
    <message>
        <source>FileVault is off.</source>
        <translation>O FileVault está desativado.</translation>
    </message>
    <message>
        <source>The firewall is off.</source>
        <translation>O firewall está desativado.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>O firewall está ativado.</translation>
    </message>
    <message>
        <source>macOS updates are installed automatically.</source>
        <translation>As atualizações do macOS são instaladas automaticamente.</translation>
    </message>
    <message>
        <source>macOS updates are downloaded but not installed automatically.</source>
        <translation>As atualizações do macOS são baixadas, mas não instaladas automaticamente.</translation>
    </message>
    <message>
        <source>macOS updates are not installed automatically.</source>
        <translation>As atualizações do macOS não são instaladas automaticamente.</translation>
    </message>
    <message>
        <source>The screen does not ask for the password after sleep.</source>
        <translation>A tela não pede a senha depois do repouso.</translation>
    </message>
    <message>
        <source>The password is asked for as soon as the screen sleeps.</source>
        <translation>A senha é pedida assim que a tela entra em repouso.</translation>
    </message>
    <message numerus="yes">
        <source>The password is asked for %n minute(s) after the screen sleeps.</source>
        <translation>
            <numerusform>A senha é pedida %n minuto depois que a tela entra em repouso.</numerusform>
            <numerusform>A senha é pedida %n minutos depois que a tela entra em repouso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on: port 22 accepts connections.</source>
        <translation>Sessão Remota (SSH) está ativada: a porta 22 aceita conexões.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is off.</source>
        <translation>Sessão Remota (SSH) está desativada.</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>Sessão Remota (SSH) está ativada.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive (%1 % done).</source>
        <translation>O BitLocker está criptografando a unidade do sistema (%1 % concluído).</translation>
    </message>
    <message>
        <source>BitLocker protects the system drive.</source>
        <translation>O BitLocker protege a unidade do sistema.</translation>
    </message>
    <message>
        <source>BitLocker is off: the system drive is not encrypted.</source>
        <translation>O BitLocker está desativado: a unidade do sistema não está criptografada.</translation>
    </message>
    <message>
        <source>BitLocker protection is suspended on the system drive.</source>
        <translation>A proteção do BitLocker está suspensa na unidade do sistema.</translation>
    </message>
    <message>
        <source>Windows Firewall is on for every network profile.</source>
        <translation>O Firewall do Windows está ativado em todos os perfis de rede.</translation>
    </message>
    <message>
        <source>Windows Firewall is off for: %1.</source>
        <extracomment>%1 the network profiles, e.g. &quot;Public, Private&quot;</extracomment>
        <translation>O Firewall do Windows está desativado para: %1.</translation>
    </message>
    <message>
        <source>Windows Update installs updates automatically.</source>
        <translation>O Windows Update instala as atualizações automaticamente.</translation>
    </message>
    <message>
        <source>A policy turns automatic Windows updates off.</source>
        <translation>Uma política desativa as atualizações automáticas do Windows.</translation>
    </message>
    <message>
        <source>Windows Update only notifies; updates are not installed automatically.</source>
        <translation>O Windows Update apenas notifica; as atualizações não são instaladas automaticamente.</translation>
    </message>
    <message>
        <source>The screen saver is off.</source>
        <translation>A proteção de tela está desativada.</translation>
    </message>
    <message>
        <source>The screen saver does not ask for the password.</source>
        <translation>A proteção de tela não pede a senha.</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>A tela é bloqueada após %n minuto sem uso.</numerusform>
            <numerusform>A tela é bloqueada após %n minutos sem uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Desktop is off.</source>
        <translation>A Área de Trabalho Remota está desativada.</translation>
    </message>
    <message>
        <source>Remote Desktop accepts connections.</source>
        <translation>A Área de Trabalho Remota aceita conexões.</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive.</source>
        <translation>O BitLocker está criptografando a unidade do sistema.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open details</source>
        <translation>Abrir detalhes</translation>
    </message>
    <message>
        <source>Show me how to fix</source>
        <translation>Mostrar como corrigir</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Adiar por 1 hora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device that needs attention and what is wrong with it: &quot;alice-mbp: Firewall is off&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required by your organization.</source>
        <translation>Exigido pela sua organização.</translation>
    </message>
    <message>
        <source>Suggested by your organization.</source>
        <translation>Sugerido pela sua organização.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists a few of the problems found.</extracomment>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n dispositivo precisa de atenção</numerusform>
            <numerusform>%n dispositivos precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 — thank you</source>
        <extracomment>A practice that recovered: &quot;Disk encryption is on for alice-mbp — thank you&quot;.</extracomment>
        <translation>%1 em %2 — obrigado</translation>
    </message>
    <message>
        <source>Stethoscope noticed the change.</source>
        <translation>O Stethoscope percebeu a mudança.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>Your computer&apos;s clock seems to be off, so the sign-in cannot be trusted. Check the date, time and time zone settings and sign in again.</source>
        <translation>O relógio do seu computador parece estar errado, por isso o login não é confiável. Verifique as configurações de data, hora e fuso horário e entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token that could not be read.</source>
        <translation>O provedor de login enviou um token de ID que não pôde ser lido.</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1 instead of %2. Check [auth] issuer.</source>
        <translation>A resposta de login veio de %1 em vez de %2. Verifique [auth] issuer.</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>um provedor sem nome</translation>
    </message>
    <message>
        <source>The sign-in provider issued the sign-in for another application, not for client ID %1. Check [auth] client_id.</source>
        <translation>O provedor de login emitiu o login para outro aplicativo, não para o ID do cliente %1. Verifique [auth] client_id.</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token without an expiry.</source>
        <translation>O provedor de login enviou um token de ID sem data de expiração.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in. Please sign in again.</source>
        <translation>A resposta de login não pertence a este login. Entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in provider did not share your e-mail address, so Stethoscope cannot tell which devices are yours. Ask IT to allow the &quot;email&quot; scope for Stethoscope.</source>
        <translation>O provedor de login não compartilhou o seu endereço de e-mail, por isso o Stethoscope não consegue saber quais dispositivos são seus. Peça à TI para permitir o escopo &quot;email&quot; para o Stethoscope.</translation>
    </message>
    <message>
        <source>Your e-mail address %1 is not verified with the sign-in provider, so Stethoscope cannot rely on it. Verify it there or ask IT.</source>
        <translation>Seu endereço de e-mail %1 não foi verificado no provedor de login, por isso o Stethoscope não pode confiar nele. Verifique-o lá ou fale com a TI.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitação inválida</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>Esta não é uma resposta de login.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Não há nada aqui.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Login não reconhecido</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress in Stethoscope. Please start the sign-in again from Stethoscope.</source>
        <translation>Esta resposta não pertence ao login em andamento no Stethoscope. Comece o login novamente pelo Stethoscope.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Login não concluído</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to Stethoscope.</source>
        <translation>O login não foi concluído. Você pode fechar esta guia e voltar ao Stethoscope.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>You are signed in; you can close this tab.</source>
        <translation>Você está conectado; pode fechar esta guia.</translation>
    </message>
    <message>
        <source>The sign-in answer has neither a code nor an error.</source>
        <translation>A resposta de login não tem nem código nem erro.</translation>
    </message>
    <message>
        <source>the sign-in configuration</source>
        <translation>a configuração de login</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 could not be reached. Check the network connection and [auth] issuer.</source>
        <translation>Não foi possível acessar o provedor de login em %1. Verifique a conexão de rede e [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 has no OpenID Connect configuration (HTTP %2). Check [auth] issuer.</source>
        <translation>O provedor de login em %1 não tem configuração OpenID Connect (HTTP %2). Verifique [auth] issuer.</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 sent a configuration that could not be read.</source>
        <translation>O provedor de login em %1 enviou uma configuração que não pôde ser lida.</translation>
    </message>
    <message>
        <source>The sign-in provider calls itself %1, but [auth] issuer is %2. Set [auth] issuer to exactly the provider&apos;s issuer.</source>
        <translation>O provedor de login se identifica como %1, mas [auth] issuer é %2. Defina [auth] issuer exatamente como o issuer do provedor.</translation>
    </message>
    <message>
        <source>Stethoscope could not wait for the browser&apos;s answer: no local port was free on 127.0.0.1.</source>
        <translation>O Stethoscope não conseguiu aguardar a resposta do navegador: nenhuma porta local estava livre em 127.0.0.1.</translation>
    </message>
    <message>
        <source>Stethoscope could not open a web browser for the sign-in. Check that a default web browser is set.</source>
        <translation>O Stethoscope não conseguiu abrir um navegador para o login. Verifique se há um navegador padrão definido.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n minute(s).</source>
        <translation>
            <numerusform>O login não foi concluído no navegador em %n minuto.</numerusform>
            <numerusform>O login não foi concluído no navegador em %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n second(s).</source>
        <translation>
            <numerusform>O login não foi concluído no navegador em %n segundo.</numerusform>
            <numerusform>O login não foi concluído no navegador em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser. Sign in again to continue.</source>
        <translation>O login foi cancelado ou recusado no navegador. Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>The sign-in provider does not know Stethoscope&apos;s client ID %1. Check [auth] client_id or ask IT to register Stethoscope.</source>
        <translation>O provedor de login não reconhece o ID do cliente %1 do Stethoscope. Verifique [auth] client_id ou peça à TI para registrar o Stethoscope.</translation>
    </message>
    <message>
        <source>The sign-in provider could not sign you in (%1). Try again, or ask IT if it keeps happening.</source>
        <translation>O provedor de login não conseguiu conectar você (%1). Tente de novo ou fale com a TI se isso continuar acontecendo.</translation>
    </message>
    <message>
        <source>renewing the sign-in</source>
        <translation>a renovação do login</translation>
    </message>
    <message>
        <source>completing the sign-in</source>
        <translation>a conclusão do login</translation>
    </message>
    <message>
        <source>The sign-in provider sent an answer without the expected tokens.</source>
        <translation>O provedor de login enviou uma resposta sem os tokens esperados.</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Seu login expirou; entre novamente.</translation>
    </message>
    <message>
        <source>The sign-in provider did not accept the sign-in. Please sign in again.</source>
        <translation>O provedor de login não aceitou o login. Entre novamente.</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>a saída da conta</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>is &quot;%1&quot;, which is not a version number like 15.6 or 10.0.26100</source>
        <translation>é &quot;%1&quot;, que não é um número de versão como 15.6 ou 10.0.26100</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; use required, suggested or off</source>
        <translation>é &quot;%1&quot;; use required, suggested ou off</translation>
    </message>
    <message>
        <source>is not a platform (use Mac, Windows, Linux, iOS, Android or ChromeOS)</source>
        <translation>não é uma plataforma (use Mac, Windows, Linux, iOS, Android ou ChromeOS)</translation>
    </message>
    <message>
        <source>is not a practice (expected one of: %1; software practices take their level in &quot;software&quot;)</source>
        <translation>não é uma prática (esperado um destes: %1; as práticas de software definem o nível em &quot;software&quot;)</translation>
    </message>
    <message>
        <source>recommends %1, which is older than the required %2</source>
        <translation>recomenda %1, que é anterior à versão exigida %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a short lower-case name like &quot;carbonblack&quot;</source>
        <translation>deve ser um nome curto em letras minúsculas, como &quot;carbonblack&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is already a practice</source>
        <translation>é &quot;%1&quot;, que já é uma prática</translation>
    </message>
    <message>
        <source>is missing; give the name people know the software by</source>
        <translation>está ausente; informe o nome pelo qual as pessoas conhecem o software</translation>
    </message>
    <message>
        <source>must be an https:, http: or mailto: address</source>
        <translation>deve ser um endereço https:, http: ou mailto:</translation>
    </message>
    <message>
        <source>needs at least one of app_names, bundle_ids or services, so that the software can be found on a device</source>
        <translation>precisa de pelo menos um entre app_names, bundle_ids ou services, para que o software possa ser encontrado em um dispositivo</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1 instalado</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 não instalado</translation>
    </message>
    <message>
        <source>Your organization relies on %1 to detect and stop attacks on this device.</source>
        <translation>Sua organização conta com %1 para detectar e impedir ataques a este dispositivo.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal, or ask IT to install it for you.</source>
        <translation>Instale %1 pelo portal de software da sua empresa ou peça à TI para instalá-lo para você.</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal.</source>
        <translation>Instale %1 pelo portal de software da sua empresa.</translation>
    </message>
    <message>
        <source>The policy file</source>
        <translation>O arquivo de política</translation>
    </message>
    <message>
        <source>is %1, but this version of Stethoscope reads schema 1</source>
        <translation>é %1, mas esta versão do Stethoscope lê o schema 1</translation>
    </message>
    <message>
        <source>is missing; this version of Stethoscope reads schema 1</source>
        <translation>está ausente; esta versão do Stethoscope lê o schema 1</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Disk encryption</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Criptografia de disco</translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <extracomment>Practice title: the device&apos;s storage is encrypted.</extracomment>
        <translation>Criptografia de disco ativada</translation>
    </message>
    <message>
        <source>Disk encryption is off</source>
        <translation>Criptografia de disco desativada</translation>
    </message>
    <message>
        <source>If your device is lost or stolen, encryption keeps your files and work data unreadable to whoever has it.</source>
        <translation>Se o seu dispositivo for perdido ou roubado, a criptografia mantém seus arquivos e dados de trabalho ilegíveis para quem estiver com ele.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Privacy &amp; Security.
2. Scroll to FileVault and select Turn On…
3. Choose how to recover the disk if you forget your password, then follow the prompts.</source>
        <extracomment>“Turn On…” is the FileVault button in macOS System Settings.</extracomment>
        <translation>1. Abra Ajustes do Sistema → Privacidade e Segurança.
2. Role até FileVault e selecione Ativar…
3. Escolha como recuperar o disco caso você esqueça a senha e siga as instruções.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Device encryption and turn it on.
2. If that page is missing, open Control Panel → System and Security → BitLocker Drive Encryption and select Turn on BitLocker for the C: drive.</source>
        <translation>1. Abra Configurações → Privacidade e segurança → Criptografia do dispositivo e ative a opção.
2. Se essa página não existir, abra Painel de Controle → Sistema e Segurança → Criptografia de Unidade de Disco BitLocker e selecione Ativar o BitLocker para a unidade C:.</translation>
    </message>
    <message>
        <source>1. Back up your files; Linux can usually encrypt the whole disk only while it is being installed.
2. Reinstall Linux and choose the installer option to encrypt the disk (LUKS).
3. Restore your files. Your IT team can help with any of these steps.</source>
        <extracomment>LUKS is the name of the Linux disk encryption format; keep it as is.</extracomment>
        <translation>1. Faça backup dos seus arquivos; em geral, o Linux só consegue criptografar o disco inteiro durante a instalação.
2. Reinstale o Linux e escolha a opção do instalador para criptografar o disco (LUKS).
3. Restaure seus arquivos. A equipe de TI pode ajudar em qualquer uma dessas etapas.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode).
2. Select Turn Passcode On. Your data is encrypted as soon as a passcode is set.</source>
        <translation>1. Abra Ajustes → Face ID e Código (ou Touch ID e Código).
2. Toque em Ativar Código. Seus dados passam a ser criptografados assim que um código é definido.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. On older Android versions, also open Settings → Security → Encryption &amp; credentials and select Encrypt phone.</source>
        <translation>1. Abra Configurações → Segurança e privacidade → Desbloqueio do dispositivo → Bloqueio de tela e defina um PIN, padrão ou senha.
2. Em versões mais antigas do Android, abra também Configurações → Segurança → Criptografia e credenciais e toque em Criptografar smartphone.</translation>
    </message>
    <message>
        <source>ChromeOS always encrypts your data, so there is nothing to turn on. If this still shows as off after a restart, contact your IT team.</source>
        <translation>O ChromeOS sempre criptografa os seus dados, então não há nada para ativar. Se isto continuar aparecendo como desativado depois de reiniciar, fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>Firewall</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <extracomment>Practice title: the computer&apos;s built-in firewall is enabled.</extracomment>
        <translation>Firewall ativado</translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation>Firewall desativado</translation>
    </message>
    <message>
        <source>The firewall turns away network connections you did not ask for. This matters most on shared networks such as cafés, hotels and airports.</source>
        <translation>O firewall recusa conexões de rede que você não solicitou. Isso é ainda mais importante em redes compartilhadas, como as de cafés, hotéis e aeroportos.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Network → Firewall.
2. Turn on Firewall.</source>
        <translation>1. Abra Ajustes do Sistema → Rede → Firewall.
2. Ative o Firewall.</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Windows Security → Firewall &amp; network protection.
2. Select each network shown as off (Domain, Private, Public) and turn on Microsoft Defender Firewall.</source>
        <translation>1. Abra Configurações → Privacidade e segurança → Segurança do Windows → Firewall e proteção de rede.
2. Selecione cada rede mostrada como desativada (Rede de domínio, Rede privada, Rede pública) e ative o Firewall do Microsoft Defender.</translation>
    </message>
    <message>
        <source>Ubuntu or Debian: open a terminal and run: sudo ufw enable
Fedora: open a terminal and run: sudo systemctl enable --now firewalld
KDE Plasma: open System Settings, search for Firewall and turn it on.</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>Ubuntu ou Debian: abra um terminal e execute: sudo ufw enable
Fedora: abra um terminal e execute: sudo systemctl enable --now firewalld
KDE Plasma: abra as Configurações do sistema, pesquise Firewall e ative-o.</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Atualizações automáticas</translation>
    </message>
    <message>
        <source>Automatic updates are on</source>
        <extracomment>Practice title: the operating system installs updates by itself.</extracomment>
        <translation>Atualizações automáticas ativadas</translation>
    </message>
    <message>
        <source>Automatic updates are off</source>
        <translation>Atualizações automáticas desativadas</translation>
    </message>
    <message>
        <source>Automatic updates install security fixes soon after they come out, so you do not have to remember. You can still pick a convenient time to restart.</source>
        <translation>As atualizações automáticas instalam correções de segurança logo depois que elas são lançadas, para que você não precise se lembrar disso. Você ainda pode escolher um horário conveniente para reiniciar.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select the ⓘ button next to Automatic updates.
3. Turn on Download new updates when available, Install macOS updates and Install Security Responses and system files.</source>
        <translation>1. Abra Ajustes do Sistema → Geral → Atualização de Software.
2. Selecione o botão ⓘ ao lado de Atualizações automáticas.
3. Ative Baixar novas atualizações quando disponíveis, Instalar atualizações do macOS e Instalar Respostas de Segurança e arquivos do sistema.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. If updates are paused, select Resume updates.
3. If the page says your organization manages some settings, contact your IT team.</source>
        <translation>1. Abra Configurações → Windows Update.
2. Se as atualizações estiverem pausadas, selecione Retomar atualizações.
3. Se a página informar que sua organização gerencia algumas configurações, fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>GNOME: open Software → main menu → Preferences and turn on automatic updates.
KDE Plasma: open System Settings → Software Update and choose to update software automatically.
Ubuntu: open Software &amp; Updates → Updates and set security updates to Download and install automatically.</source>
        <extracomment>Each line is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME: abra Programas → menu principal → Preferências e ative as atualizações automáticas.
KDE Plasma: abra Configurações do sistema → Atualização de software e escolha atualizar os programas automaticamente.
Ubuntu: abra Programas e atualizações → Atualizações e defina as atualizações de segurança como Baixar e instalar automaticamente.</translation>
    </message>
    <message>
        <source>Operating system updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Atualizações do sistema operacional</translation>
    </message>
    <message>
        <source>Operating system is up to date</source>
        <extracomment>Practice title: the operating system version and security patches are recent enough.</extracomment>
        <translation>Sistema operacional atualizado</translation>
    </message>
    <message>
        <source>Operating system is out of date</source>
        <translation>Sistema operacional desatualizado</translation>
    </message>
    <message>
        <source>Updates fix security problems that attackers already know about. Staying current closes those gaps.</source>
        <translation>As atualizações corrigem falhas de segurança que os invasores já conhecem. Manter o sistema em dia fecha essas brechas.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select Update Now or Upgrade Now and follow the prompts.
3. Restart when asked.</source>
        <translation>1. Abra Ajustes do Sistema → Geral → Atualização de Software.
2. Selecione Atualizar Agora ou Fazer Upgrade Agora e siga as instruções.
3. Reinicie quando for solicitado.</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. Select Check for updates, then install everything offered.
3. Select Restart now when asked.</source>
        <translation>1. Abra Configurações → Windows Update.
2. Selecione Verificar se há atualizações e instale tudo o que for oferecido.
3. Selecione Reiniciar agora quando for solicitado.</translation>
    </message>
    <message>
        <source>GNOME: open Software → Updates, install everything listed and restart.
KDE Plasma: open Discover → Updates, select Update All and restart.
Ubuntu: open Software Updater, install the updates and restart.
If your distribution release is no longer supported, upgrade to a current one.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME: abra Programas → Atualizações, instale tudo o que estiver listado e reinicie.
KDE Plasma: abra o Discover → Atualizações, selecione Atualizar tudo e reinicie.
Ubuntu: abra o Atualizador de programas, instale as atualizações e reinicie.
Se a versão da sua distribuição não tiver mais suporte, atualize para uma versão atual.</translation>
    </message>
    <message>
        <source>1. Open Settings → General → Software Update.
2. Select Update Now or Install Now and follow the prompts.</source>
        <translation>1. Abra Ajustes → Geral → Atualização de Software.
2. Toque em Atualizar Agora ou Instalar Agora e siga as instruções.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Software updates (on Samsung: Settings → Software update) and install what is offered.
2. Open Settings → Security &amp; privacy → System &amp; updates and install any security update or Google Play system update.
3. Restart when asked.</source>
        <translation>1. Abra Configurações → Sistema → Atualizações de software (no Samsung: Configurações → Atualização de software) e instale o que for oferecido.
2. Abra Configurações → Segurança e privacidade → Sistema e atualizações e instale qualquer atualização de segurança ou atualização do sistema do Google Play.
3. Reinicie quando for solicitado.</translation>
    </message>
    <message>
        <source>1. Open Settings → About ChromeOS.
2. Select Check for updates, then Restart once the update is ready.
3. If it says this device no longer receives updates, contact your IT team.</source>
        <translation>1. Abra Configurações → Sobre o ChromeOS.
2. Selecione Verificar se há atualizações e depois Reiniciar quando a atualização estiver pronta.
3. Se aparecer que este dispositivo não recebe mais atualizações, fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Bloqueio de tela</translation>
    </message>
    <message>
        <source>Screen lock is on</source>
        <extracomment>Practice title: a password, PIN or biometric lock is set and the screen locks by itself.</extracomment>
        <translation>Bloqueio de tela ativado</translation>
    </message>
    <message>
        <source>Screen lock is off</source>
        <translation>Bloqueio de tela desativado</translation>
    </message>
    <message>
        <source>A screen lock keeps your device private when you step away or if it gets lost. Locking automatically means you do not have to remember to do it.</source>
        <translation>O bloqueio de tela mantém seu dispositivo protegido quando você se afasta ou se ele for perdido. Com o bloqueio automático, você não precisa se lembrar de bloquear.</translation>
    </message>
    <message>
        <source>1. Open System Settings → Lock Screen.
2. Set Start Screen Saver when inactive or Turn display off when inactive to a few minutes.
3. Set Require password after screen saver begins or display is turned off to Immediately.</source>
        <translation>1. Abra Ajustes do Sistema → Tela Bloqueada.
2. Defina Iniciar Protetor de Tela quando inativo ou Desligar a tela quando inativo para alguns minutos.
3. Defina Exigir senha após o início do protetor de tela ou o desligamento da tela como Imediatamente.</translation>
    </message>
    <message>
        <source>1. Open Settings → Accounts → Sign-in options and set up a PIN, fingerprint, face recognition or password.
2. Under Additional settings, set “If you’ve been away…” to When PC wakes up from sleep.
3. Open Settings → System → Power &amp; battery and set the screen and sleep timeouts to a few minutes.</source>
        <extracomment>The quoted text is the start of a question shown in Windows sign-in options.</extracomment>
        <translation>1. Abra Configurações → Contas → Opções de entrada e configure um PIN, impressão digital, reconhecimento facial ou senha.
2. Em Configurações adicionais, defina “Se você esteve ausente…” como Quando o computador for ativado após suspensão.
3. Abra Configurações → Sistema → Energia e bateria e defina os tempos limite da tela e de suspensão para alguns minutos.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → Privacy &amp; Security → Screen Lock, set Blank Screen Delay to a few minutes and turn on Automatic Screen Lock.
KDE Plasma: open System Settings → Security &amp; Privacy → Screen Locking and lock the screen automatically after a few minutes.
Make sure your account has a password.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux desktop.</extracomment>
        <translation>GNOME: abra Configurações → Privacidade e segurança → Bloqueio de tela, defina Atraso da tela em branco para alguns minutos e ative Bloqueio automático de tela.
KDE Plasma: abra Configurações do sistema → Segurança e privacidade → Bloqueio de tela e configure o bloqueio automático da tela após alguns minutos.
Verifique se a sua conta tem uma senha.</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode) and select Turn Passcode On.
2. Open Settings → Display &amp; Brightness → Auto-Lock and choose a few minutes rather than Never.</source>
        <translation>1. Abra Ajustes → Face ID e Código (ou Touch ID e Código) e toque em Ativar Código.
2. Abra Ajustes → Tela e Brilho → Bloqueio Automático e escolha alguns minutos em vez de Nunca.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. Open Settings → Display (or Display &amp; touch) → Screen timeout and choose a few minutes.</source>
        <translation>1. Abra Configurações → Segurança e privacidade → Desbloqueio do dispositivo → Bloqueio de tela e defina um PIN, padrão ou senha.
2. Abra Configurações → Tela (ou Tela e toque) → Tempo limite da tela e escolha alguns minutos.</translation>
    </message>
    <message>
        <source>1. Open Settings → Security and privacy → Lock screen and sign-in and turn on Lock when sleeping or lid is closed.
2. Open Settings → Device → Power and choose Sleep for when the device is idle.</source>
        <translation>1. Abra Configurações → Segurança e privacidade → Tela de bloqueio e login e ative Bloquear quando estiver em suspensão ou com a tampa fechada.
2. Abra Configurações → Dispositivo → Energia e escolha Suspender para quando o dispositivo estiver inativo.</translation>
    </message>
    <message>
        <source>Jailbreak and root detection</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Detecção de jailbreak e root</translation>
    </message>
    <message>
        <source>Not jailbroken or rooted</source>
        <extracomment>Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.</extracomment>
        <translation>Sem jailbreak nem root</translation>
    </message>
    <message>
        <source>Jailbroken, rooted or in developer mode</source>
        <extracomment>Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode (ChromeOS).</extracomment>
        <translation>Com jailbreak, root ou modo de desenvolvedor</translation>
    </message>
    <message>
        <source>Jailbreaking, rooting and developer mode switch off protections the system relies on, which makes it much easier for harmful apps to take over the device.</source>
        <translation>Jailbreak, root e modo de desenvolvedor desligam proteções das quais o sistema depende, o que facilita muito que apps maliciosos assumam o controle do dispositivo.</translation>
    </message>
    <message>
        <source>1. Back up your iPhone or iPad to iCloud or a computer.
2. Connect it to a computer, open Finder on a Mac or Apple Devices on Windows, select the device and choose Restore.
3. When setup starts, restore your backup.</source>
        <translation>1. Faça backup do seu iPhone ou iPad no iCloud ou em um computador.
2. Conecte-o a um computador, abra o Finder em um Mac ou o app Dispositivos Apple no Windows, selecione o dispositivo e escolha Restaurar.
3. Quando a configuração começar, restaure o seu backup.</translation>
    </message>
    <message>
        <source>1. Back up the data you want to keep.
2. Remove the rooting tools, reinstall the manufacturer’s official software and lock the bootloader again.
3. If you are not sure how, ask your IT team for help.</source>
        <translation>1. Faça backup dos dados que você quer manter.
2. Remova as ferramentas de root, reinstale o software oficial do fabricante e bloqueie o bootloader novamente.
3. Se não souber como fazer isso, peça ajuda à equipe de TI.</translation>
    </message>
    <message>
        <source>1. Back up any files stored only on this Chromebook.
2. Restart it and, on the developer mode warning screen, choose Turn on OS verification.
3. Confirm. The Chromebook resets and starts in normal mode.</source>
        <extracomment>“Turn on OS verification” is the option on the ChromeOS developer mode warning screen.</extracomment>
        <translation>1. Faça backup dos arquivos que estão salvos apenas neste Chromebook.
2. Reinicie-o e, na tela de aviso do modo de desenvolvedor, escolha Ativar a verificação do SO.
3. Confirme. O Chromebook será redefinido e iniciará no modo normal.</translation>
    </message>
    <message>
        <source>Remote login</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Login remoto</translation>
    </message>
    <message>
        <source>Remote login is off</source>
        <extracomment>Practice title: nobody can sign in to this computer over the network (SSH, Remote Desktop, Screen Sharing).</extracomment>
        <translation>Login remoto desativado</translation>
    </message>
    <message>
        <source>Remote login is on</source>
        <translation>Login remoto ativado</translation>
    </message>
    <message>
        <source>With remote login on, anyone who can reach your computer over the network can try to sign in. Keeping it off when you do not need it closes that door.</source>
        <translation>Com o login remoto ativado, qualquer pessoa que consiga alcançar seu computador pela rede pode tentar entrar nele. Mantê-lo desativado quando você não precisa dele fecha essa porta.</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Sharing.
2. Turn off Remote Login, Screen Sharing and Remote Management.</source>
        <translation>1. Abra Ajustes do Sistema → Geral → Compartilhamento.
2. Desative Sessão Remota, Compartilhamento de Tela e Gerenciamento Remoto.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Remote Desktop.
2. Turn off Remote Desktop and confirm.</source>
        <translation>1. Abra Configurações → Sistema → Área de Trabalho Remota.
2. Desative a Área de Trabalho Remota e confirme.</translation>
    </message>
    <message>
        <source>GNOME: open Settings → System, turn off Secure Shell, then open Remote Desktop and turn off Desktop Sharing and Remote Login.
KDE Plasma: open System Settings, search for Remote Desktop and turn it off.
Terminal: run sudo systemctl disable --now ssh (on Fedora, sshd instead of ssh).</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>GNOME: abra Configurações → Sistema, desative Shell seguro, depois abra Área de trabalho remota e desative Compartilhamento de área de trabalho e Login remoto.
KDE Plasma: abra as Configurações do sistema, pesquise Área de trabalho remota e desative-a.
Terminal: execute sudo systemctl disable --now ssh (no Fedora, sshd em vez de ssh).</translation>
    </message>
    <message>
        <source>Apps from unknown sources</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Apps de fontes desconhecidas</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked</source>
        <extracomment>Practice title: the phone only installs apps from its app store.</extracomment>
        <translation>Apps de fontes desconhecidas bloqueados</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed</source>
        <translation>Apps de fontes desconhecidas permitidos</translation>
    </message>
    <message>
        <source>Apps from outside trusted app stores skip the safety checks those stores run, and they are a common way for harmful apps to reach phones.</source>
        <translation>Apps de fora das lojas de apps confiáveis não passam pelas verificações de segurança que essas lojas fazem, e são um caminho comum para apps maliciosos chegarem aos smartphones.</translation>
    </message>
    <message>
        <source>1. Open Settings → Apps → Special app access → Install unknown apps (on Samsung: Settings → Apps → ⋮ → Special access → Install unknown apps).
2. Select each app marked Allowed and turn off Allow from this source.</source>
        <extracomment>“Allow from this source” is the switch on each app’s Install unknown apps page.</extracomment>
        <translation>1. Abra Configurações → Apps → Acesso especial para apps → Instalar apps desconhecidos (no Samsung: Configurações → Aplicativos → ⋮ → Acesso especial → Instalar aplicativos desconhecidos).
2. Selecione cada app marcado como Permitido e desative Permitir desta fonte.</translation>
    </message>
    <message>
        <source>USB debugging</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>Depuração USB</translation>
    </message>
    <message>
        <source>USB debugging is off</source>
        <extracomment>Practice title: Android Debug Bridge (ADB) access over USB is disabled.</extracomment>
        <translation>Depuração USB desativada</translation>
    </message>
    <message>
        <source>USB debugging is on</source>
        <translation>Depuração USB ativada</translation>
    </message>
    <message>
        <source>USB debugging lets a connected computer install apps and read data on your phone. It is meant for app developers and is safest left off.</source>
        <translation>A depuração USB permite que um computador conectado instale apps e leia dados do seu smartphone. Ela é destinada a desenvolvedores de apps, e o mais seguro é deixá-la desativada.</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Developer options (on Samsung: Settings → Developer options).
2. Turn off USB debugging and Wireless debugging.
3. If you do not need developer options at all, turn off Use developer options at the top.</source>
        <translation>1. Abra Configurações → Sistema → Opções do desenvolvedor (no Samsung: Configurações → Opções do desenvolvedor).
2. Desative Depuração USB e Depuração por Wi-Fi.
3. Se você não precisar das opções do desenvolvedor, desative Usar opções do desenvolvedor, no topo da tela.</translation>
    </message>
</context>
<context>
    <name>PracticeModel</name>
    <message numerus="yes">
        <source>Critical (%n)</source>
        <comment>practices that must be fixed</comment>
        <translation>
            <numerusform>Críticas (%n)</numerusform>
            <numerusform>Críticas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <comment>practices worth fixing</comment>
        <translation>
            <numerusform>Sugeridas (%n)</numerusform>
            <numerusform>Sugeridas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <comment>practices followed</comment>
        <translation>
            <numerusform>Em dia (%n)</numerusform>
            <numerusform>Em dia (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown (%n)</source>
        <comment>practices that could not be checked</comment>
        <translation>
            <numerusform>Desconhecidas (%n)</numerusform>
            <numerusform>Desconhecidas (%n)</numerusform>
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
        <translation>%1 · agora</translation>
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
        <translation>este computador</translation>
    </message>
    <message>
        <source>%1 last reported “%2”; %3 reports “%4” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported, %3 &quot;this Mac&quot;, %4 what the device reports now</extracomment>
        <translation>No último relatório de %1, constava “%2”; agora %3 informa “%4” — %1 será atualizado no próximo inventário.</translation>
    </message>
    <message>
        <source>%1 last reported “%2” %3; %4 reports “%5” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when (&quot;3 days ago&quot;), %4 &quot;this Mac&quot;, %5 what the device reports now (&quot;Firewall is on&quot;)</extracomment>
        <translation>No último relatório de %1 (%3), constava “%2”; agora %4 informa “%5” — %1 será atualizado no próximo inventário.</translation>
    </message>
    <message>
        <source>%1 reported “%2”.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;)</extracomment>
        <translation>%1 informou “%2”.</translation>
    </message>
    <message>
        <source>%1 reported “%2” %3.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when</extracomment>
        <translation>%1 informou “%2” %3.</translation>
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
        <translation>no futuro</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Ação necessária</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Tudo certo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Matched by its name “%1”: %2 reports no serial number or network address that %3 knows.</source>
        <extracomment>%1 the computer&apos;s name (&quot;alice-laptop&quot;), %2 &quot;this computer&quot;, %3 the backends (&quot;LANDESK&quot;)</extracomment>
        <translation>Associado pelo nome “%1”: %2 não informa nenhum número de série nem endereço de rede que %3 conheça.</translation>
    </message>
</context>
<context>
    <name>ReportedDevices</name>
    <message>
        <source>is missing</source>
        <translation>está ausente</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>tem o valor desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The saved device reports</source>
        <translation>Os relatórios de dispositivos salvos</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier report has</source>
        <translation>é &quot;%1&quot;, que já pertence a um relatório anterior</translation>
    </message>
</context>
<context>
    <name>SampleFleet</name>
    <message>
        <source>%1 is still encrypting (%2 %).</source>
        <translation>%1 ainda está criptografando (%2 %).</translation>
    </message>
    <message>
        <source>The demo fleet</source>
        <translation>A frota de demonstração</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo de configuração %1.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>O arquivo de configuração %1 não é um arquivo INI válido.</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot;.</source>
        <translation>O arquivo de configuração %1 tem uma chave desconhecida &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>chave desconhecida &quot;%1&quot; ignorada</translation>
    </message>
    <message>
        <source>%1 cannot be enforced; ignored</source>
        <translation>%1 não pode ser imposta; ignorada</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 deve ser true ou false.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 deve ser um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be an address like %2.</source>
        <translation>%1 deve ser um endereço como %2.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use %3.</source>
        <translation>%1 é &quot;%2&quot;; use %3.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>is missing</source>
        <translation>está ausente</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>tem o valor desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not a MAC address</source>
        <translation>contém &quot;%1&quot;, que não é um endereço MAC</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>The status report</source>
        <translation>O relatório de status</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The saved status %1 is too large to be Stethoscope&apos;s; it was ignored.</source>
        <translation>O status salvo %1 é grande demais para ser do Stethoscope; ele foi ignorado.</translation>
    </message>
    <message>
        <source>The saved status %1 cannot be read: %2.</source>
        <translation>Não é possível ler o status salvo %1: %2.</translation>
    </message>
    <message>
        <source>The saved status %1 is damaged and was ignored.</source>
        <translation>O status salvo %1 está danificado e foi ignorado.</translation>
    </message>
    <message>
        <source>The folder for the saved status %1 cannot be created.</source>
        <translation>Não é possível criar a pasta do status salvo %1.</translation>
    </message>
    <message>
        <source>The status cannot be saved to %1: %2.</source>
        <translation>Não é possível salvar o status em %1: %2.</translation>
    </message>
</context>
<context>
    <name>StatusPipeline</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>Não é possível ler o arquivo de política %1: %2</translation>
    </message>
    <message>
        <source>Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.</source>
        <translation>O login está desativado (%1 = none). Defina %1 = oidc com %2 e %3.</translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation>%1 é obrigatório para fazer login.</translation>
    </message>
    <message>
        <source>The sign-in provider</source>
        <translation>O provedor de login</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>today at %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ontem às %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date without the year, QDate format</comment>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>em %1 às %2</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>Verificando seus dispositivos…</translation>
    </message>
    <message>
        <source>Status unknown — not checked yet</source>
        <translation>Status desconhecido — ainda não verificado</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n dispositivo precisa de atenção</numerusform>
            <numerusform>%n dispositivos precisam de atenção</numerusform>
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
            <numerusform>%n dispositivo com sugestões</numerusform>
            <numerusform>%n dispositivos com sugestões</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>Nenhum dispositivo encontrado para você</translation>
    </message>
    <message>
        <source>All your devices follow the security practices</source>
        <translation>Todos os seus dispositivos seguem as práticas de segurança</translation>
    </message>
    <message>
        <source>Some practices could not be checked</source>
        <translation>Algumas práticas não puderam ser verificadas</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Verificando… %1</translation>
    </message>
    <message>
        <source>Status unknown — last known %1: %2</source>
        <translation>Status desconhecido — último status conhecido, %1: %2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (verificado %2)</translation>
    </message>
    <message>
        <source>Stethoscope — %1</source>
        <translation>Stethoscope — %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1: sem conexão</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Última verificação: %1</translation>
    </message>
    <message>
        <source>Last checked %1 — %2</source>
        <translation>Última verificação: %1 — %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — showing what it reported %2</source>
        <translation>Não foi possível acessar %1 — mostrando o que foi informado %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — nothing it reported is known yet</source>
        <translation>Não foi possível acessar %1 — ainda não há dados informados por ele</translation>
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
        <translation>%1: não informado</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sem nome</translation>
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
        <translation>Relatório do Stethoscope para %1 · %2</translation>
    </message>
    <message>
        <source>Stethoscope report · %1</source>
        <translation>Relatório do Stethoscope · %1</translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1 — %n of your devices need attention</source>
        <translation>
            <numerusform>Geral: %1 — %n dos seus dispositivos precisa de atenção</numerusform>
            <numerusform>Geral: %1 — %n dos seus dispositivos precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Geral: %1</translation>
    </message>
    <message>
        <source>No devices to show; see the state of each backend below.</source>
        <translation>Nenhum dispositivo para mostrar; veja abaixo o estado de cada back-end.</translation>
    </message>
    <message>
        <source>Not seen for a long time (not counted above):</source>
        <translation>Não vistos há muito tempo (não contados acima):</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>visto pela última vez %1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nunca visto</translation>
    </message>
    <message numerus="yes">
        <source>%1 ok (%n record(s))</source>
        <translation>
            <numerusform>%1: ok (%n registro)</numerusform>
            <numerusform>%1: ok (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 not configured</source>
        <translation>%1 não configurado</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fontes: %1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>%1 sent a token answer that could not be read.</source>
        <translation>%1 enviou uma resposta de token que não pôde ser lida.</translation>
    </message>
    <message>
        <source>the API client token</source>
        <translation>o token do cliente de API</translation>
    </message>
    <message>
        <source>Jamf rejected the API client credentials (401). Check [jamf] client_id and the client secret.</source>
        <translation>O Jamf recusou as credenciais do cliente de API (401). Verifique [jamf] client_id e o segredo do cliente.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or lifetime.</source>
        <translation>O Jamf enviou uma resposta de token sem token ou sem validade.</translation>
    </message>
    <message>
        <source>the user account token</source>
        <translation>o token da conta de usuário</translation>
    </message>
    <message>
        <source>Jamf rejected the account name or password (401). Check [jamf] username and the password.</source>
        <translation>O Jamf recusou o nome da conta ou a senha (401). Verifique [jamf] username e a senha.</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or expiry.</source>
        <translation>O Jamf enviou uma resposta de token sem token ou sem data de expiração.</translation>
    </message>
    <message>
        <source>giving up the user account token</source>
        <translation>o descarte do token da conta de usuário</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <source>&amp;Open details…</source>
        <translation>&amp;Abrir detalhes…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Por 1 &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Até &amp;amanhã</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Retomar notificações</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>device name — its rating</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerta aberto</numerusform>
            <numerusform>%n alertas abertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Verificar agora</translation>
    </message>
    <message>
        <source>&amp;Notifications snoozed until %1</source>
        <translation>&amp;Notificações silenciadas até %1</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation>&amp;Silenciar notificações</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>Sair da &amp;conta (%1)</translation>
    </message>
    <message>
        <source>Start at login — Managed by your organization</source>
        <translation>Iniciar ao fazer login — Gerenciado pela sua organização</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>&amp;Iniciar ao fazer login</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices.</source>
        <translation>Mostra se os seus dispositivos seguem as práticas de segurança da sua empresa.</translation>
    </message>
    <message>
        <source>Refresh once and print the report.</source>
        <translation>Atualizar uma vez e exibir o relatório.</translation>
    </message>
    <message>
        <source>Print versions, the effective settings and where each came from, the keychain&apos;s state and whether each backend can be reached (for a helpdesk ticket).</source>
        <translation>Exibir as versões, as configurações efetivas e de onde cada uma veio, o estado do chaveiro e se cada back-end pode ser acessado (para um chamado de suporte técnico).</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>Formato do relatório: text ou json.</translation>
    </message>
    <message>
        <source>Sign in in the browser and print the signed-in e-mail address.</source>
        <translation>Entrar pelo navegador e exibir o endereço de e-mail conectado.</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in.</source>
        <translation>Sair da conta e esquecer o login armazenado.</translation>
    </message>
    <message>
        <source>Read a backend secret (jamf, google or landesk) from standard input into the keychain.</source>
        <translation>Ler um segredo de back-end (jamf, google ou landesk) da entrada padrão e guardá-lo no chaveiro.</translation>
    </message>
    <message>
        <source>Use the built-in demo company instead of your organization&apos;s backends.</source>
        <translation>Usar a empresa de demonstração integrada em vez dos back-ends da sua organização.</translation>
    </message>
    <message>
        <source>Read the settings from this INI file.</source>
        <translation>Ler as configurações deste arquivo INI.</translation>
    </message>
    <message>
        <source>Grade devices against this policy file (JSON).</source>
        <translation>Avaliar os dispositivos com este arquivo de política (JSON).</translation>
    </message>
    <message>
        <source>The employee whose devices to show (e-mail).</source>
        <translation>O funcionário cujos dispositivos serão mostrados (e-mail).</translation>
    </message>
    <message>
        <source>With --demo: every demo backend answers this many milliseconds late.</source>
        <translation>Com --demo: todos os back-ends de demonstração respondem com este atraso, em milissegundos.</translation>
    </message>
    <message>
        <source>With --demo: every demo backend is unreachable.</source>
        <translation>Com --demo: todos os back-ends de demonstração ficam inacessíveis.</translation>
    </message>
    <message>
        <source>Open the alerts inbox (of the running Stethoscope, or at start).</source>
        <translation>Abrir a caixa de entrada de alertas (do Stethoscope em execução ou ao iniciar).</translation>
    </message>
    <message>
        <source>Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the system&apos;s.</source>
        <translation>Mostrar o app neste idioma (de, es, fr, ja, pt_BR, en) em vez do idioma do sistema.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; showing English.</source>
        <translation>Não há tradução para &quot;%1&quot;; mostrando em inglês.</translation>
    </message>
    <message>
        <source>Give only one of --report, --diagnostics, --sign-in, --sign-out and --set-secret.</source>
        <translation>Informe apenas uma destas opções: --report, --diagnostics, --sign-in, --sign-out ou --set-secret.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format deve ser text ou json, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Managed settings (%1): %2</source>
        <translation>Configurações gerenciadas (%1): %2</translation>
    </message>
    <message>
        <source>The demo backends could not start on this computer.</source>
        <translation>Não foi possível iniciar os back-ends de demonstração neste computador.</translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds, not &quot;%1&quot;.</source>
        <translation>--demo-latency espera um valor em milissegundos, não &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
