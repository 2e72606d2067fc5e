<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AlertInbox</name>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but an alert is raised at warn or nudge only</source>
        <translation>が「%1」ですが、アラートは warn または nudge の場合にのみ発生します</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>に不明な値「%1」が指定されています</translation>
    </message>
    <message>
        <source>The saved alerts</source>
        <translation>保存されたアラート</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier alert has</source>
        <translation>が「%1」ですが、これは前のアラートですでに使われています</translation>
    </message>
    <message>
        <source>is a second alert still standing for the same device and practice</source>
        <translation>は、同じデバイスと対策に対する2件目の未解決アラートです</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1までスヌーズ中</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow at %1</source>
        <translation>明日の%1までスヌーズ中</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a weekday and a date without the year, QDate format</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>Snoozed until %1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>%1の%2までスヌーズ中</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>発生：%1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ中</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>%1に解決</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Dismissed %1</source>
        <translation>%1に却下</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>却下済み</translation>
    </message>
    <message>
        <source>%1, fixed %2</source>
        <extracomment>An alert set aside, whose practice has been seen fixed since.</extracomment>
        <translation>%1、%2に修正を確認</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An alert: the device&apos;s name, then what is wrong (&quot;alice-mbp: Firewall is off&quot;).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2). %3.</source>
        <extracomment>An alert as one sentence: what is wrong, how much it matters, its state.</extracomment>
        <translation>%1（%2）。%3。</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1。%2。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices</source>
        <translation>お使いのデバイスが会社のセキュリティ対策を満たしているかを表示します</translation>
    </message>
    <message>
        <source>Start at login cannot be changed here.</source>
        <translation>ログイン時の起動はここでは変更できません。</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 (%2).</source>
        <translation>ログイン時の起動をオフにできません：%1（%2）。</translation>
    </message>
    <message>
        <source>Start at login cannot be switched off: %1 cannot be removed.</source>
        <translation>ログイン時の起動をオフにできません：%1を削除できません。</translation>
    </message>
    <message>
        <source>Start at login cannot be switched on: %1 (%2).</source>
        <translation>ログイン時の起動をオンにできません：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <source>Sign in to use a backend configured with auth = sso.</source>
        <translation>auth = sso で設定されたバックエンドを使用するには、サインインしてください。</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is %3.</source>
        <translation>%2が%3の場合は%1が必要です。</translation>
    </message>
    <message>
        <source>the API client secret or the account password</source>
        <translation>APIクライアントのシークレットまたはアカウントのパスワード</translation>
    </message>
    <message>
        <source>%1 is needed: the administrator the service account acts for (domain-wide delegation).</source>
        <translation>%1が必要です：サービスアカウントが代理で操作する管理者（ドメイン全体の委任）。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3.</source>
        <translation>%1：%2を読み取れません：%3。</translation>
    </message>
    <message>
        <source>%1 must name the service account&apos;s key file (JSON).</source>
        <translation>%1にはサービスアカウントのキーファイル（JSON）を指定してください。</translation>
    </message>
    <message>
        <source>Set exactly one of %1 and %2: how LANDESK finds the employee&apos;s machines.</source>
        <translation>%1と%2のどちらか一方だけを設定してください（LANDESKが従業員のマシンを見つける方法です）。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a time zone like Europe/Berlin.</source>
        <translation>%1が「%2」ですが、これは Asia/Tokyo のようなタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>the account password</source>
        <translation>アカウントのパスワード</translation>
    </message>
    <message>
        <source>%1 is needed when %2 is basic.</source>
        <translation>%2が basic の場合は%1が必要です。</translation>
    </message>
    <message>
        <source>No %1 secret is stored: put %3 into the keychain with stethoscope --set-secret %2, or set STETHOSCOPE_%4_SECRET.</source>
        <extracomment>%3 says which secret (&quot;the API client&apos;s secret&quot;); %2 names it for the command line.</extracomment>
        <translation>%1のシークレットが保存されていません。stethoscope --set-secret %2 で%3をキーチェーンに保存するか、STETHOSCOPE_%4_SECRET を設定してください。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Opening the browser to sign in…</source>
        <translation>サインインのためにブラウザーを開いています…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1としてサインインしました。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>--set-secret takes one of %1, not &quot;%2&quot;.</source>
        <translation>--set-secret には%1のいずれかを指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>標準入力を読み取れません。</translation>
    </message>
    <message>
        <source>No secret arrived on standard input; nothing was stored.</source>
        <translation>標準入力からシークレットを受け取らなかったため、何も保存していません。</translation>
    </message>
    <message>
        <source>Stored the %1 secret in the keychain.</source>
        <translation>%1のシークレットをキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>You are not signed in. Run stethoscope --sign-in first.</source>
        <translation>サインインしていません。先に stethoscope --sign-in を実行してください。</translation>
    </message>
    <message>
        <source>No backend is configured. Give a configuration with --config, or run with --demo to see the demo company.</source>
        <translation>バックエンドが設定されていません。--config で設定ファイルを指定するか、--demo を付けて実行するとデモ用の会社を表示できます。</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Stethoscope is already running; it was asked to show itself.</source>
        <translation>Stethoscopeはすでに実行中です。ウィンドウを表示するよう依頼しました。</translation>
    </message>
    <message>
        <source>IT&apos;s feedback service</source>
        <translation>IT部門のフィードバックサービス</translation>
    </message>
    <message>
        <source>Stethoscope runs without a tray icon here</source>
        <translation>この環境ではStethoscopeはトレイアイコンなしで動作します</translation>
    </message>
    <message>
        <source>This desktop has no system tray. Close the window to keep Stethoscope checking in the background; start Stethoscope again to bring the window back.</source>
        <translation>このデスクトップにはシステムトレイがありません。ウィンドウを閉じても、Stethoscopeはバックグラウンドで確認を続けます。ウィンドウを再び表示するには、Stethoscopeをもう一度起動してください。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Stethoscope is not set up yet</source>
        <translation>Stethoscopeはまだ設定されていません</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>サインインが完了しませんでした</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>%1 must look like 22:00-07:00, not &quot;%2&quot;.</source>
        <translation>%1は 22:00-07:00 の形式で指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1には https:// で始まるアドレスを指定してください（「%2」は無効です）。</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Show me how to fix</source>
        <translation>修正方法を見る</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>スヌーズする期間</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>This isn&apos;t my device</source>
        <translation>自分のデバイスではありません</translation>
    </message>
    <message>
        <source>I no longer use this device</source>
        <translation>このデバイスはもう使用していません</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Names an alert for a screen reader: its practice title, then its device.</extracomment>
        <translation>%2の%1</translation>
    </message>
    <message>
        <source>Show me how to fix: %1</source>
        <translation>修正方法を見る：%1</translation>
    </message>
    <message>
        <source>Shows the device&apos;s practice and how to fix it</source>
        <translation>このデバイスの対策の状態と修正方法を表示します</translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation>再確認：%1</translation>
    </message>
    <message>
        <source>Asks every source again about your devices</source>
        <translation>すべての情報源にデバイスの状態を再度問い合わせます</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>スヌーズ：%1</translation>
    </message>
    <message>
        <source>Puts this alert off for a while</source>
        <translation>このアラートをしばらく保留します</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>却下：%1</translation>
    </message>
    <message>
        <source>Sets this alert aside; it is not raised again while the practice still fails</source>
        <translation>このアラートを却下します。対策が満たされていない状態が続く間は、再び通知されません</translation>
    </message>
    <message>
        <source>This isn&apos;t my device: %1</source>
        <translation>自分のデバイスではありません：%1</translation>
    </message>
    <message>
        <source>I no longer use this device: %1</source>
        <translation>このデバイスはもう使用していません：%1</translation>
    </message>
    <message>
        <source>Tells IT, and the device no longer counts towards your status until it checks in again</source>
        <translation>IT部門に伝えます。このデバイスが再びチェックインするまで、ステータスには反映されなくなります</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Every alert about your devices, the newest first</source>
        <translation>デバイスに関するすべてのアラート（新しい順）</translation>
    </message>
    <message>
        <source>No alerts. Stethoscope tells you here when a device needs attention.</source>
        <translation>アラートはありません。デバイスに対応が必要になると、Stethoscopeがここでお知らせします。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Devices and alerts</source>
        <translation>デバイスとアラート</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Your devices and their practices (Ctrl+1)</source>
        <translation>お使いのデバイスとその対策（Ctrl+1）</translation>
    </message>
    <message>
        <source>Every alert about your devices (Ctrl+2)</source>
        <translation>デバイスに関するすべてのアラート（Ctrl+2）</translation>
    </message>
    <message>
        <source>Your devices, the ones that need attention first</source>
        <translation>お使いのデバイス（対応が必要なものから順に表示）</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>デバイスを確認しています…</translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>あなたのデバイスが見つかりません</translation>
    </message>
    <message>
        <source>Nothing is known about your devices yet</source>
        <translation>デバイスの情報はまだありません</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <comment>with the open ones</comment>
        <translation>
            <numerusform>アラート（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts, %n open</source>
        <translation>
            <numerusform>アラート、未解決%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts, none open</source>
        <translation>アラート、未解決なし</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>報告元：%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>You told IT %1 that this isn&apos;t your device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>%1に、これは自分のデバイスではないとIT部門に伝えたため、ステータスには反映されていません。このデバイスがチェックインすると、再び反映されます。</translation>
    </message>
    <message>
        <source>You told IT %1 that you no longer use this device, so it no longer counts towards your status. It counts again when it checks in.</source>
        <translation>%1に、このデバイスはもう使用していないとIT部門に伝えたため、ステータスには反映されていません。このデバイスがチェックインすると、再び反映されます。</translation>
    </message>
    <message>
        <source>a long time ago</source>
        <translation>かなり前</translation>
    </message>
    <message>
        <source>Last seen %1, so it no longer counts towards your status. Shown as it was last reported.</source>
        <translation>最終確認が%1のため、ステータスには反映されていません。最後に報告された時点の状態を表示しています。</translation>
    </message>
    <message>
        <source>Security practices of %1</source>
        <translation>%1のセキュリティ対策</translation>
    </message>
    <message>
        <source>Alerts — Stethoscope</source>
        <extracomment>The details window&apos;s title on the Alerts tab.</extracomment>
        <translation>アラート — Stethoscope</translation>
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
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Open this on the device itself</source>
        <translation>対象のデバイス本体で開いてください</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>How to check or set it up</source>
        <translation>確認・設定の方法</translation>
    </message>
    <message>
        <source>Open settings to fix %1</source>
        <translation>設定を開いて修正：%1</translation>
    </message>
    <message>
        <source>Opens the settings on this computer</source>
        <translation>このコンピューターの設定を開きます</translation>
    </message>
    <message>
        <source>Security practices</source>
        <translation>セキュリティ対策</translation>
    </message>
    <message>
        <source>The practices of the selected device: critical, suggested, done and unknown</source>
        <translation>選択したデバイスの対策：重要、推奨、完了、不明</translation>
    </message>
    <message>
        <source>Nothing is known about the practices of this device yet.</source>
        <translation>このデバイスの対策に関する情報はまだありません。</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>名前のないデバイス</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>報告：%1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>報告元：%1（%2）</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>報告元：%1</translation>
    </message>
    <message>
        <source>stale — last seen %1</source>
        <translation>古い情報 — 最終確認：%1</translation>
    </message>
    <message>
        <source>stale — not seen for a long time</source>
        <translation>古い情報 — 長期間確認されていません</translation>
    </message>
    <message>
        <source>reported to IT</source>
        <translation>IT部門に報告済み</translation>
    </message>
    <message>
        <source>reported to IT — not yours</source>
        <translation>IT部門に報告済み — 自分のデバイスではない</translation>
    </message>
    <message>
        <source>reported to IT — no longer used</source>
        <translation>IT部門に報告済み — 使用終了</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the model from who reported the device</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device name (model)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2. Last known status: %3.</source>
        <translation>%1：%2。最後に確認された状態：%3。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2、%3。</translation>
    </message>
    <message>
        <source>%1: %2. It does not count towards your status.</source>
        <translation>%1：%2。ステータスには反映されません。</translation>
    </message>
</context>
<context>
    <name>EmployeeSession</name>
    <message>
        <source>You are not signed in. Sign in to see your devices.</source>
        <translation>サインインしていません。デバイスを表示するにはサインインしてください。</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>Not required by your organization.</source>
        <translation>組織では必須ではありません。</translation>
    </message>
    <message>
        <source>The backend did not say which platform this device runs.</source>
        <translation>このデバイスのプラットフォームがバックエンドから報告されていません。</translation>
    </message>
    <message>
        <source>Not reported.</source>
        <translation>報告されていません。</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is required.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest allowed version</extracomment>
        <translation>%1 %2 — %3以降が必要です。</translation>
    </message>
    <message>
        <source>%1 %2 — %3 or newer is recommended.</source>
        <extracomment>%1 OS name, %2 installed version, %3 the oldest recommended version</extracomment>
        <translation>%1 %2 — %3以降が推奨されています。</translation>
    </message>
    <message>
        <source>%1 %2 is up to date.</source>
        <translation>%1 %2は最新です。</translation>
    </message>
    <message>
        <source>%1 %2 is installed.</source>
        <extracomment>%1 software name, %2 its version</extracomment>
        <translation>%1 %2がインストールされています。</translation>
    </message>
    <message>
        <source>The %1 version was not reported.</source>
        <translation>%1のバージョンが報告されていません。</translation>
    </message>
    <message>
        <source>The %1 version &quot;%2&quot; could not be read.</source>
        <translation>%1のバージョン「%2」を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 %2 — your organization sets no minimum version for %1.</source>
        <translation>%1 %2 — 組織は%1の最小バージョンを設定していません。</translation>
    </message>
    <message>
        <source>The installed software was not reported.</source>
        <translation>インストールされているソフトウェアが報告されていません。</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1がインストールされています。</translation>
    </message>
    <message>
        <source>%1 is installed, but its version could not be read; %2 or newer is required.</source>
        <translation>%1はインストールされていますが、バージョンを読み取れませんでした。%2以降が必要です。</translation>
    </message>
    <message>
        <source>%1 %2 is installed — %3 or newer is required.</source>
        <translation>%1 %2がインストールされています — %3以降が必要です。</translation>
    </message>
    <message>
        <source>%1 is running, but its version was not reported; %2 or newer is required.</source>
        <translation>%1は実行中ですが、バージョンが報告されていません。%2以降が必要です。</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1は実行中です。</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1がインストールされていません。</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1が実行されていません。</translation>
    </message>
    <message>
        <source>the operating system</source>
        <translation>OS</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Your feedback cannot be saved to %1: %2. It will be sent while Stethoscope keeps running.</source>
        <translation>フィードバックを%1に保存できません：%2。Stethoscopeが実行中であれば送信されます。</translation>
    </message>
    <message>
        <source>A feedback report</source>
        <translation>フィードバックレポート</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>is %1, not %2</source>
        <translation>が%1です（%2である必要があります）</translation>
    </message>
    <message>
        <source>must be not-mine or no-longer-used</source>
        <translation>は not-mine または no-longer-used である必要があります</translation>
    </message>
    <message>
        <source>Stethoscope: %1 is not my device</source>
        <translation>Stethoscope：%1は自分のデバイスではありません</translation>
    </message>
    <message>
        <source>Stethoscope: I no longer use %1</source>
        <translation>Stethoscope：%1はもう使用していません</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>ご担当者様</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but it is not mine.</source>
        <translation>Stethoscopeでこのデバイスが私の名前で表示されていますが、私のデバイスではありません。</translation>
    </message>
    <message>
        <source>Stethoscope lists this device under my name, but I no longer use it.</source>
        <translation>Stethoscopeでこのデバイスが私の名前で表示されていますが、現在は使用していません。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>デバイスID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MACアドレス</translation>
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
        <translation>GoogleデバイスID</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>登録元</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>報告日時</translation>
    </message>
    <message>
        <source>Stethoscope version</source>
        <translation>Stethoscopeのバージョン</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>レポートID</translation>
    </message>
    <message>
        <source>your feedback</source>
        <translation>フィードバック</translation>
    </message>
</context>
<context>
    <name>GoogleParser</name>
    <message>
        <source>Google reports “%1”.</source>
        <translation>Googleの報告：「%1」。</translation>
    </message>
    <message>
        <source>Google sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Googleから有効なJSONではない応答が返されました（%2バイト目で%1）。</translation>
    </message>
    <message>
        <source>Google sent an answer that is not a JSON object; expected a device list.</source>
        <translation>GoogleからJSONオブジェクトではない応答が返されました。デバイスの一覧を想定していました。</translation>
    </message>
    <message>
        <source>Google sent a device list whose &quot;%1&quot; is not an array.</source>
        <translation>Googleから返されたデバイスの一覧で、「%1」が配列ではありません。</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed.</source>
        <translation>提供元不明のアプリが許可されています。</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked.</source>
        <translation>提供元不明のアプリはブロックされています。</translation>
    </message>
    <message>
        <source>USB debugging is on.</source>
        <translation>USBデバッグがオンです。</translation>
    </message>
    <message>
        <source>USB debugging is off.</source>
        <translation>USBデバッグがオフです。</translation>
    </message>
    <message>
        <source>Developer options are on.</source>
        <translation>開発者向けオプションがオンです。</translation>
    </message>
    <message>
        <source>Security patch level %1 is older than %2 days.</source>
        <translation>セキュリティパッチレベル%1は%2日以上前のものです。</translation>
    </message>
    <message>
        <source>This Chromebook no longer receives updates (since %1).</source>
        <translation>このChromebookはアップデートの提供が終了しています（%1以降）。</translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The Google service-account key could not sign the sign-in request; the key file&apos;s &quot;private_key&quot; is not a usable RSA key.</source>
        <translation>Googleサービスアカウントのキーでサインイン要求に署名できませんでした。キーファイルの「private_key」は使用可能なRSAキーではありません。</translation>
    </message>
    <message>
        <source>The Google service-account key file %1. Download a new JSON key for the service account in the Google Cloud console.</source>
        <translation>Googleサービスアカウントのキーファイル%1。Google Cloudコンソールで、サービスアカウントの新しいJSONキーをダウンロードしてください。</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>はJSONではありません</translation>
    </message>
    <message>
        <source>is of type &quot;%1&quot;, not &quot;service_account&quot; (an OAuth client file will not do)</source>
        <translation>の種類が「%1」です。「service_account」である必要があります（OAuthクライアントのファイルは使用できません）</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>に「%1」がありません</translation>
    </message>
    <message>
        <source>has a &quot;token_uri&quot; that is not a URL</source>
        <translation>の「token_uri」がURLではありません</translation>
    </message>
    <message>
        <source>has a &quot;private_key&quot; that is not a PKCS#8 RSA key</source>
        <translation>の「private_key」がPKCS#8形式のRSAキーではありません</translation>
    </message>
    <message>
        <source>Google sent a token answer without a token or lifetime.</source>
        <translation>Googleから返されたトークン応答に、トークンまたは有効期間が含まれていません。</translation>
    </message>
    <message>
        <source>Google does not accept the signature of service-account key %1 (invalid_grant: %2). The key was probably deleted or replaced in the Google Cloud console; create a new JSON key for %3 and use that file.</source>
        <translation>Googleはサービスアカウントキー%1の署名を受け付けません（invalid_grant: %2）。キーがGoogle Cloudコンソールで削除されたか、置き換えられた可能性があります。%3の新しいJSONキーを作成し、そのファイルを使用してください。</translation>
    </message>
    <message>
        <source>Google refused the service-account sign-in (invalid_grant: %1). Check that this computer&apos;s clock is right, that the admin subject %2 is an existing administrator of the domain, and that key %3 of %4 has not been deleted.</source>
        <translation>Googleはサービスアカウントのサインインを拒否しました（invalid_grant: %1）。このコンピューターの時計が正しいこと、管理者サブジェクト%2がドメインの既存の管理者であること、%4のキー%3が削除されていないことを確認してください。</translation>
    </message>
    <message>
        <source>Google does not let %1 act for %2 with the device scopes (unauthorized_client). In the Google Admin console, under Security › API controls › Domain-wide delegation, allow client ID %3 the scopes %4.</source>
        <translation>Googleは、%1がデバイスのスコープで%2の代理として操作することを許可していません（unauthorized_client）。Google 管理コンソールの「セキュリティ」›「API の制御」›「ドメイン全体の委任」で、クライアントID %3 にスコープ「%4」を許可してください。</translation>
    </message>
    <message>
        <source>of the service account</source>
        <translation>（サービスアカウントのもの）</translation>
    </message>
    <message>
        <source>Google rejected the service account %1 (%2). Check the key file and that the service account still exists.</source>
        <translation>Googleはサービスアカウント%1を拒否しました（%2）。キーファイルと、サービスアカウントがまだ存在することを確認してください。</translation>
    </message>
    <message>
        <source>the service-account token</source>
        <translation>サービスアカウントのトークン</translation>
    </message>
</context>
<context>
    <name>GoogleSource</name>
    <message>
        <source>the mobile device list</source>
        <translation>モバイルデバイスの一覧</translation>
    </message>
    <message>
        <source>the Chromebook list</source>
        <translation>Chromebookの一覧</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Google finds devices by their user&apos;s e-mail.</source>
        <translation>有効なメールアドレスが設定されていません（[identity] email）。Googleはユーザーのメールアドレスでデバイスを検索します。</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was refused.</source>
        <translation>%1から%2 MiBを超える応答が返されたため、受け付けませんでした。</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 seconds.</source>
        <translation>%2の%1が%3秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be reached at %2: %3.</source>
        <translation>%2の%1に接続できませんでした：%3。</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (401).</source>
        <translation>%1が認証情報を拒否しました（401）。</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (403); try again later.</source>
        <translation>%1は現在リクエストを制限しています（403）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (403). The account may lack a privilege.</source>
        <translation>%1が%2へのアクセスを拒否しました（403）。アカウントに必要な権限がない可能性があります。</translation>
    </message>
    <message>
        <source>%1 is limiting requests right now (429); try again later.</source>
        <translation>%1は現在リクエストを制限しています（429）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 had a server error (%2) while answering for %3.</source>
        <translation>%1で、%3の処理中にサーバーエラー（%2）が発生しました。</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1は%3に対して%2を返しました。</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) cannot be read: %2.</source>
        <translation>CAファイル%1（[tls] ca_file）を読み取れません：%2。</translation>
    </message>
    <message>
        <source>The CA file %1 ([tls] ca_file) holds no PEM certificate.</source>
        <translation>CAファイル%1（[tls] ca_file）にPEM証明書が含まれていません。</translation>
    </message>
    <message>
        <source>%1: the request was cancelled.</source>
        <translation>%1へのリクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 redirected to another server or to plain http; the redirect was not followed. Check its address.</source>
        <translation>%1が別のサーバーまたは暗号化されていない http にリダイレクトしたため、リダイレクトに従いませんでした。%1のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 at %2 could not be reached securely: %3. Stethoscope does not accept certificates it cannot verify; IT can add the company&apos;s CA certificate with [tls] ca_file.</source>
        <translation>%2の%1への安全な接続に失敗しました：%3。Stethoscopeは検証できない証明書を受け付けません。IT部門は [tls] ca_file で会社のCA証明書を追加できます。</translation>
    </message>
    <message>
        <source>%1 does not know %2 (404). Check its address.</source>
        <translation>%1で%2が見つかりません（404）。%1のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 is set to &quot;%2&quot;, which is not a valid URL.</source>
        <translation>%1のアドレス「%2」は有効なURLではありません。</translation>
    </message>
    <message>
        <source>%1 is set to an address that does not start with https:// (plain http is only allowed to this computer).</source>
        <translation>%1のアドレスは https:// で始まる必要があります（暗号化されていない http は、このコンピューター宛てにのみ使用できます）。</translation>
    </message>
    <message>
        <source>The answer from %1 at %2 was cut off: %3.</source>
        <translation>%2の%1からの応答が途中で切れました：%3。</translation>
    </message>
</context>
<context>
    <name>JamfParser</name>
    <message>
        <source>Jamf sent an answer that is not valid JSON (%1 at byte %2).</source>
        <translation>Jamfから有効なJSONではない応答が返されました（%2バイト目で%1）。</translation>
    </message>
    <message>
        <source>Jamf sent an answer that is not a JSON object; expected an inventory page with &quot;totalCount&quot; and &quot;results&quot;.</source>
        <translation>JamfからJSONオブジェクトではない応答が返されました。「totalCount」と「results」を含むインベントリページを想定していました。</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page without a &quot;results&quot; list.</source>
        <translation>Jamfから返されたインベントリページに「results」リストがありません。</translation>
    </message>
    <message>
        <source>Jamf sent an inventory page whose &quot;totalCount&quot; is not a count.</source>
        <translation>Jamfから返されたインベントリページの「totalCount」が件数ではありません。</translation>
    </message>
    <message>
        <source>FileVault will finish turning on after a restart.</source>
        <translation>FileVaultは再起動後にオンになります。</translation>
    </message>
    <message>
        <source>FileVault is still encrypting (%1 %).</source>
        <translation>FileVaultはまだ暗号化中です（%1%）。</translation>
    </message>
    <message>
        <source>FileVault is still encrypting.</source>
        <translation>FileVaultはまだ暗号化中です。</translation>
    </message>
    <message>
        <source>Jamf reports FileVault as %1.</source>
        <translation>JamfはFileVaultの状態を%1と報告しています。</translation>
    </message>
    <message>
        <source>Screen Sharing or Remote Management is on.</source>
        <translation>画面共有またはリモートマネージメントがオンです。</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>リモートログイン（SSH）がオンです。</translation>
    </message>
    <message>
        <source>Data protection is off: set a passcode to turn it on.</source>
        <translation>データ保護がオフです。オンにするにはパスコードを設定してください。</translation>
    </message>
    <message>
        <source>No passcode is set.</source>
        <translation>パスコードが設定されていません。</translation>
    </message>
    <message>
        <source>The passcode does not meet your organization&apos;s requirements.</source>
        <translation>パスコードが組織の要件を満たしていません。</translation>
    </message>
    <message>
        <source>Jamf detected a jailbreak.</source>
        <translation>Jamfが脱獄を検出しました。</translation>
    </message>
</context>
<context>
    <name>JamfSource</name>
    <message>
        <source>the computer inventory</source>
        <translation>コンピューターのインベントリ</translation>
    </message>
    <message>
        <source>the mobile device inventory</source>
        <translation>モバイルデバイスのインベントリ</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); Jamf finds devices by their user&apos;s e-mail.</source>
        <translation>有効なメールアドレスが設定されていません（[identity] email）。Jamfはユーザーのメールアドレスでデバイスを検索します。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1は有効なJSONではありません：%3バイト目で%2。</translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation>%1にはJSONオブジェクトが含まれている必要があります。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3.</source>
        <extracomment>%1 is the file (&quot;The policy file&quot;), %2 a key path like os_versions.Mac, %3 the problem.</extracomment>
        <translation>%1：「%2」%3。</translation>
    </message>
    <message>
        <source>is not a known key (expected one of: %1)</source>
        <translation>は不明なキーです（使用できるキー：%1）</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>は%1である必要があります</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1～%2の整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>an RFC 3339 date and time</source>
        <translation>RFC 3339形式の日時</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>は文字列である必要があります</translation>
    </message>
    <message>
        <source>%1: no valid schema number.</source>
        <translation>%1：有効なスキーマ番号がありません。</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Stethoscope (schema %2).</source>
        <translation>%1：新しいバージョンのStethoscopeで書き込まれています（スキーマ%2）。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>Access to the system keychain was denied. Allow Stethoscope to use the keychain when asked, then try again.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されました。確認を求められたらStethoscopeによるキーチェーンの使用を許可して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1. Unlock the keychain, then try again.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました：%1。キーチェーンのロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Stethoscope keeps secrets only there; install or unlock a keychain (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>システムのキーチェーンを利用できません：%1。Stethoscopeはシークレットをキーチェーンにのみ保存します。キーチェーン（GNOME KeyringやKWalletなど）をインストールするかロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1. Make sure it is running and unlocked, then try again.</source>
        <translation>システムのキーチェーンを使用できませんでした：%1。キーチェーンが実行中でロックが解除されていることを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>LandeskParser</name>
    <message>
        <source>BitLocker is decrypting.</source>
        <translation>BitLockerが暗号化を解除しています。</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting (%1 %).</source>
        <translation>BitLockerはまだ暗号化中です（%1%）。</translation>
    </message>
    <message>
        <source>BitLocker is still encrypting.</source>
        <translation>BitLockerはまだ暗号化中です。</translation>
    </message>
    <message>
        <source>BitLocker is off.</source>
        <translation>BitLockerがオフです。</translation>
    </message>
    <message>
        <source>LANDESK reports BitLocker as &quot;%1&quot;.</source>
        <translation>LANDESKはBitLockerの状態を「%1」と報告しています。</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル%1</translation>
    </message>
    <message>
        <source>The Windows Firewall is off for: %1.</source>
        <translation>次のプロファイルでWindowsファイアウォールがオフになっています：%1。</translation>
    </message>
    <message>
        <source>LANDESK detected %1: %2</source>
        <translation>LANDESKが%1を検出しました：%2</translation>
    </message>
    <message>
        <source>Missing critical or high security updates: %1.</source>
        <translation>重要度が「緊急」または「高」のセキュリティ更新プログラムが適用されていません：%1。</translation>
    </message>
</context>
<context>
    <name>LandeskSource</name>
    <message>
        <source>the saved query %1</source>
        <translation>保存済みクエリ%1</translation>
    </message>
    <message>
        <source>the machine list</source>
        <translation>マシンの一覧</translation>
    </message>
    <message>
        <source>the inventory of %1</source>
        <translation>%1のインベントリ</translation>
    </message>
    <message>
        <source>the vulnerabilities of %1</source>
        <translation>%1の脆弱性情報</translation>
    </message>
    <message>
        <source>No valid e-mail address is set ([identity] email); LANDESK finds machines by their owner.</source>
        <translation>有効なメールアドレスが設定されていません（[identity] email）。LANDESKは所有者でマシンを検索します。</translation>
    </message>
</context>
<context>
    <name>LandeskXml</name>
    <message>
        <source>LANDESK sent an XML answer that is nested too deeply or is too large to read.</source>
        <translation>LANDESKから返されたXML応答は、入れ子が深すぎるかサイズが大きすぎるため読み取れません。</translation>
    </message>
    <message>
        <source>LANDESK sent an answer that is not valid XML (%1, line %2).</source>
        <translation>LANDESKから有効なXMLではない応答が返されました（%1、%2行目）。</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>要素がありません</translation>
    </message>
    <message>
        <source>LANDESK sent a SOAP envelope without a body.</source>
        <translation>LANDESKから本文（Body）のないSOAPエンベロープが返されました。</translation>
    </message>
    <message>
        <source>LANDESK answered with an error: %1</source>
        <translation>LANDESKがエラーを返しました：%1</translation>
    </message>
</context>
<context>
    <name>LocalChecks</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>The system and home file systems are encrypted (LUKS).</source>
        <translation>システムとホームのファイルシステムは暗号化されています（LUKS）。</translation>
    </message>
    <message>
        <source>The system file system is encrypted (LUKS).</source>
        <translation>システムのファイルシステムは暗号化されています（LUKS）。</translation>
    </message>
    <message>
        <source>%1 is on %2, which is not encrypted.</source>
        <extracomment>%1 a file system&apos;s mount point (&quot;/&quot; or &quot;/home&quot;), %2 its disk or partition (&quot;sda2&quot;)</extracomment>
        <translation>「%1」は暗号化されていない「%2」上にあります。</translation>
    </message>
    <message>
        <source>The firewall drops incoming connections by default.</source>
        <translation>ファイアウォールは既定で受信接続を破棄します。</translation>
    </message>
    <message>
        <source>The firewall accepts incoming connections by default.</source>
        <translation>ファイアウォールは既定で受信接続を許可しています。</translation>
    </message>
    <message>
        <source>No firewall rules filter incoming connections.</source>
        <translation>受信接続をフィルタリングするファイアウォールルールがありません。</translation>
    </message>
    <message>
        <source>ufw is on and blocks incoming connections by default.</source>
        <translation>ufwはオンで、既定で受信接続をブロックします。</translation>
    </message>
    <message>
        <source>ufw is on but accepts incoming connections by default.</source>
        <translation>ufwはオンですが、既定で受信接続を許可しています。</translation>
    </message>
    <message>
        <source>firewalld is on, but its default zone trusts every connection.</source>
        <translation>firewalldはオンですが、デフォルトゾーンがすべての接続を信頼しています。</translation>
    </message>
    <message>
        <source>firewalld is on and rejects unexpected incoming connections.</source>
        <translation>firewalldはオンで、想定外の受信接続を拒否します。</translation>
    </message>
    <message>
        <source>nftables is on and drops incoming connections by default.</source>
        <translation>nftablesはオンで、既定で受信接続を破棄します。</translation>
    </message>
    <message>
        <source>nftables is on but its rules accept incoming connections.</source>
        <translation>nftablesはオンですが、ルールで受信接続が許可されています。</translation>
    </message>
    <message>
        <source>The firewall is turned off.</source>
        <translation>ファイアウォールはオフになっています。</translation>
    </message>
    <message>
        <source>No firewall (ufw, firewalld or nftables) is set up.</source>
        <translation>ファイアウォール（ufw、firewalld、nftables）が設定されていません。</translation>
    </message>
    <message>
        <source>Security updates are installed automatically (unattended-upgrades).</source>
        <translation>セキュリティアップデートは自動的にインストールされます（unattended-upgrades）。</translation>
    </message>
    <message>
        <source>Automatic updates are configured, but unattended-upgrades is not installed.</source>
        <translation>自動アップデートは設定されていますが、unattended-upgradesがインストールされていません。</translation>
    </message>
    <message>
        <source>Updates are not installed automatically.</source>
        <translation>アップデートは自動的にインストールされません。</translation>
    </message>
    <message>
        <source>Updates are installed automatically (dnf-automatic).</source>
        <translation>アップデートは自動的にインストールされます（dnf-automatic）。</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) waiting to be installed.</source>
        <translation>
            <numerusform>インストール待ちのセキュリティアップデートが%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No security update is waiting.</source>
        <translation>インストール待ちのセキュリティアップデートはありません。</translation>
    </message>
    <message>
        <source>The screen does not lock.</source>
        <translation>画面はロックされません。</translation>
    </message>
    <message>
        <source>The screen locks, but never turns off by itself.</source>
        <translation>画面ロックは有効ですが、画面が自動的にオフになることはありません。</translation>
    </message>
    <message>
        <source>The screen locks after %1 without use.</source>
        <translation>操作しない状態が%1続くと、画面がロックされます。</translation>
    </message>
    <message>
        <source>The screen does not lock by itself.</source>
        <translation>画面は自動的にロックされません。</translation>
    </message>
    <message>
        <source>An SSH server accepts remote logins (port 22).</source>
        <translation>SSHサーバーがリモートログインを受け付けています（ポート22）。</translation>
    </message>
    <message>
        <source>No SSH server is listening.</source>
        <translation>待ち受け中のSSHサーバーはありません。</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk (%1 % done).</source>
        <translation>FileVaultがディスクを暗号化しています（%1%完了）。</translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk.</source>
        <translation>FileVaultがディスクを暗号化しています。</translation>
    </message>
    <message>
        <source>FileVault is on.</source>
        <translation>FileVaultがオンです。</translation>
    </message>
    <message>
        <source>FileVault is off.</source>
        <translation>FileVaultがオフです。</translation>
    </message>
    <message>
        <source>The firewall is off.</source>
        <translation>ファイアウォールがオフです。</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>ファイアウォールがオンです。</translation>
    </message>
    <message>
        <source>macOS updates are installed automatically.</source>
        <translation>macOSアップデートは自動的にインストールされます。</translation>
    </message>
    <message>
        <source>macOS updates are downloaded but not installed automatically.</source>
        <translation>macOSアップデートはダウンロードされますが、自動的にはインストールされません。</translation>
    </message>
    <message>
        <source>macOS updates are not installed automatically.</source>
        <translation>macOSアップデートは自動的にインストールされません。</translation>
    </message>
    <message>
        <source>The screen does not ask for the password after sleep.</source>
        <translation>画面のスリープ後にパスワードが要求されません。</translation>
    </message>
    <message>
        <source>The password is asked for as soon as the screen sleeps.</source>
        <translation>画面がスリープすると、すぐにパスワードが要求されます。</translation>
    </message>
    <message numerus="yes">
        <source>The password is asked for %n minute(s) after the screen sleeps.</source>
        <translation>
            <numerusform>画面のスリープから%n分後にパスワードが要求されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on: port 22 accepts connections.</source>
        <translation>リモートログイン（SSH）がオンで、ポート22で接続を受け付けています。</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is off.</source>
        <translation>リモートログイン（SSH）がオフです。</translation>
    </message>
    <message>
        <source>Remote Login (SSH) is on.</source>
        <translation>リモートログイン（SSH）がオンです。</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive (%1 % done).</source>
        <translation>BitLockerがシステムドライブを暗号化しています（%1%完了）。</translation>
    </message>
    <message>
        <source>BitLocker protects the system drive.</source>
        <translation>BitLockerでシステムドライブが保護されています。</translation>
    </message>
    <message>
        <source>BitLocker is off: the system drive is not encrypted.</source>
        <translation>BitLockerがオフです。システムドライブは暗号化されていません。</translation>
    </message>
    <message>
        <source>BitLocker protection is suspended on the system drive.</source>
        <translation>システムドライブのBitLocker保護が中断されています。</translation>
    </message>
    <message>
        <source>Windows Firewall is on for every network profile.</source>
        <translation>すべてのネットワークプロファイルでWindowsファイアウォールがオンです。</translation>
    </message>
    <message>
        <source>Windows Firewall is off for: %1.</source>
        <extracomment>%1 the network profiles, e.g. &quot;Public, Private&quot;</extracomment>
        <translation>次のプロファイルでWindowsファイアウォールがオフになっています：%1。</translation>
    </message>
    <message>
        <source>Windows Update installs updates automatically.</source>
        <translation>Windows Updateで更新プログラムが自動的にインストールされます。</translation>
    </message>
    <message>
        <source>A policy turns automatic Windows updates off.</source>
        <translation>ポリシーによって、Windowsの自動更新がオフになっています。</translation>
    </message>
    <message>
        <source>Windows Update only notifies; updates are not installed automatically.</source>
        <translation>Windows Updateは通知のみを行い、更新プログラムは自動的にインストールされません。</translation>
    </message>
    <message>
        <source>The screen saver is off.</source>
        <translation>スクリーン セーバーがオフです。</translation>
    </message>
    <message>
        <source>The screen saver does not ask for the password.</source>
        <translation>スクリーン セーバーからの再開時にパスワードが要求されません。</translation>
    </message>
    <message numerus="yes">
        <source>The screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>操作しない状態が%n分続くと、画面がロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote Desktop is off.</source>
        <translation>リモート デスクトップがオフです。</translation>
    </message>
    <message>
        <source>Remote Desktop accepts connections.</source>
        <translation>リモート デスクトップが接続を受け付けています。</translation>
    </message>
    <message>
        <source>BitLocker is encrypting the system drive.</source>
        <translation>BitLockerがシステムドライブを暗号化しています。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open details</source>
        <translation>詳細を開く</translation>
    </message>
    <message>
        <source>Show me how to fix</source>
        <translation>修正方法を見る</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1時間スヌーズ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device that needs attention and what is wrong with it: &quot;alice-mbp: Firewall is off&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Required by your organization.</source>
        <translation>組織で必須とされています。</translation>
    </message>
    <message>
        <source>Suggested by your organization.</source>
        <translation>組織で推奨されています。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>The last line of a notification that lists a few of the problems found.</extracomment>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n台のデバイスで対応が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 — thank you</source>
        <extracomment>A practice that recovered: &quot;Disk encryption is on for alice-mbp — thank you&quot;.</extracomment>
        <translation>%2：%1 — ありがとうございます</translation>
    </message>
    <message>
        <source>Stethoscope noticed the change.</source>
        <translation>Stethoscopeが変更を確認しました。</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>Your computer&apos;s clock seems to be off, so the sign-in cannot be trusted. Check the date, time and time zone settings and sign in again.</source>
        <translation>コンピューターの時計がずれているようなので、サインインを信頼できません。日付、時刻、タイムゾーンの設定を確認して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token that could not be read.</source>
        <translation>サインインプロバイダーから読み取れないIDトークンが返されました。</translation>
    </message>
    <message>
        <source>The sign-in answer came from %1 instead of %2. Check [auth] issuer.</source>
        <translation>サインインの応答が%2ではなく%1から返されました。[auth] issuer を確認してください。</translation>
    </message>
    <message>
        <source>an unnamed provider</source>
        <translation>名前のないプロバイダー</translation>
    </message>
    <message>
        <source>The sign-in provider issued the sign-in for another application, not for client ID %1. Check [auth] client_id.</source>
        <translation>サインインプロバイダーは、クライアントID %1 ではなく別のアプリケーション向けにサインインを発行しました。[auth] client_id を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in provider sent an ID token without an expiry.</source>
        <translation>サインインプロバイダーから有効期限のないIDトークンが返されました。</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in. Please sign in again.</source>
        <translation>この応答は今回のサインインのものではありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in provider did not share your e-mail address, so Stethoscope cannot tell which devices are yours. Ask IT to allow the &quot;email&quot; scope for Stethoscope.</source>
        <translation>サインインプロバイダーがメールアドレスを共有しなかったため、Stethoscopeはどのデバイスがあなたのものか判断できません。Stethoscopeに「email」スコープを許可するよう、IT部門に依頼してください。</translation>
    </message>
    <message>
        <source>Your e-mail address %1 is not verified with the sign-in provider, so Stethoscope cannot rely on it. Verify it there or ask IT.</source>
        <translation>メールアドレス%1はサインインプロバイダーで確認されていないため、Stethoscopeはこれを利用できません。プロバイダーで確認を済ませるか、IT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>This is not a sign-in answer.</source>
        <translation>これはサインインの応答ではありません。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>ここには何もありません。</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>サインインを認識できません</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress in Stethoscope. Please start the sign-in again from Stethoscope.</source>
        <translation>この応答は、Stethoscopeで進行中のサインインのものではありません。Stethoscopeからもう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>サインインが完了していません</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to Stethoscope.</source>
        <translation>サインインは完了しませんでした。このタブを閉じて、Stethoscopeに戻ってください。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>You are signed in; you can close this tab.</source>
        <translation>サインインしました。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>The sign-in answer has neither a code nor an error.</source>
        <translation>サインインの応答にコードもエラーも含まれていません。</translation>
    </message>
    <message>
        <source>the sign-in configuration</source>
        <translation>サインインの設定</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 could not be reached. Check the network connection and [auth] issuer.</source>
        <translation>%1のサインインプロバイダーに接続できませんでした。ネットワーク接続と [auth] issuer を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 has no OpenID Connect configuration (HTTP %2). Check [auth] issuer.</source>
        <translation>%1のサインインプロバイダーにOpenID Connectの設定がありません（HTTP %2）。[auth] issuer を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in provider at %1 sent a configuration that could not be read.</source>
        <translation>%1のサインインプロバイダーから読み取れない設定が返されました。</translation>
    </message>
    <message>
        <source>The sign-in provider calls itself %1, but [auth] issuer is %2. Set [auth] issuer to exactly the provider&apos;s issuer.</source>
        <translation>サインインプロバイダーのissuerは%1ですが、[auth] issuer は%2です。[auth] issuer をプロバイダーのissuerと完全に一致させてください。</translation>
    </message>
    <message>
        <source>Stethoscope could not wait for the browser&apos;s answer: no local port was free on 127.0.0.1.</source>
        <translation>Stethoscopeはブラウザーからの応答を待機できませんでした：127.0.0.1に空いているローカルポートがありません。</translation>
    </message>
    <message>
        <source>Stethoscope could not open a web browser for the sign-in. Check that a default web browser is set.</source>
        <translation>Stethoscopeはサインイン用のWebブラウザーを開けませんでした。既定のWebブラウザーが設定されていることを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n minute(s).</source>
        <translation>
            <numerusform>%n分以内にブラウザーでサインインが完了しませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not completed in the browser within %n second(s).</source>
        <translation>
            <numerusform>%n秒以内にブラウザーでサインインが完了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused in the browser. Sign in again to continue.</source>
        <translation>ブラウザーでサインインがキャンセルされたか、拒否されました。続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in provider does not know Stethoscope&apos;s client ID %1. Check [auth] client_id or ask IT to register Stethoscope.</source>
        <translation>サインインプロバイダーはStethoscopeのクライアントID %1 を認識していません。[auth] client_id を確認するか、Stethoscopeを登録するようIT部門に依頼してください。</translation>
    </message>
    <message>
        <source>The sign-in provider could not sign you in (%1). Try again, or ask IT if it keeps happening.</source>
        <translation>サインインプロバイダーでサインインできませんでした（%1）。もう一度お試しください。問題が続く場合はIT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>renewing the sign-in</source>
        <translation>サインインの更新</translation>
    </message>
    <message>
        <source>completing the sign-in</source>
        <translation>サインインの完了処理</translation>
    </message>
    <message>
        <source>The sign-in provider sent an answer without the expected tokens.</source>
        <translation>サインインプロバイダーから、必要なトークンを含まない応答が返されました。</translation>
    </message>
    <message>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in provider did not accept the sign-in. Please sign in again.</source>
        <translation>サインインプロバイダーがサインインを受け付けませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>サインアウト</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>is &quot;%1&quot;, which is not a version number like 15.6 or 10.0.26100</source>
        <translation>が「%1」ですが、これは 15.6 や 10.0.26100 のようなバージョン番号ではありません</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; use required, suggested or off</source>
        <translation>が「%1」です。required、suggested、off のいずれかを使用してください</translation>
    </message>
    <message>
        <source>is not a platform (use Mac, Windows, Linux, iOS, Android or ChromeOS)</source>
        <translation>はプラットフォームではありません（Mac、Windows、Linux、iOS、Android、ChromeOS のいずれかを使用してください）</translation>
    </message>
    <message>
        <source>is not a practice (expected one of: %1; software practices take their level in &quot;software&quot;)</source>
        <translation>は対策ではありません（使用できるもの：%1。ソフトウェアの対策のレベルは「software」で指定します）</translation>
    </message>
    <message>
        <source>recommends %1, which is older than the required %2</source>
        <translation>の推奨バージョン%1が、必須バージョン%2より古くなっています</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a short lower-case name like &quot;carbonblack&quot;</source>
        <translation>は「carbonblack」のような短い小文字の名前である必要があります</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is already a practice</source>
        <translation>が「%1」ですが、これはすでに対策として存在します</translation>
    </message>
    <message>
        <source>is missing; give the name people know the software by</source>
        <translation>がありません。ユーザーが知っているソフトウェアの名前を指定してください</translation>
    </message>
    <message>
        <source>must be an https:, http: or mailto: address</source>
        <translation>は https:、http:、mailto: のいずれかのアドレスである必要があります</translation>
    </message>
    <message>
        <source>needs at least one of app_names, bundle_ids or services, so that the software can be found on a device</source>
        <translation>には app_names、bundle_ids、services の少なくとも1つが必要です（デバイス上でソフトウェアを見つけるために使います）</translation>
    </message>
    <message>
        <source>%1 is installed</source>
        <translation>%1がインストールされています</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1がインストールされていません</translation>
    </message>
    <message>
        <source>Your organization relies on %1 to detect and stop attacks on this device.</source>
        <translation>組織では、このデバイスへの攻撃を検知して阻止するために%1を利用しています。</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal, or ask IT to install it for you.</source>
        <translation>会社のソフトウェアポータルから%1をインストールするか、IT部門にインストールを依頼してください。</translation>
    </message>
    <message>
        <source>Install %1 from your company&apos;s software portal.</source>
        <translation>会社のソフトウェアポータルから%1をインストールしてください。</translation>
    </message>
    <message>
        <source>The policy file</source>
        <translation>ポリシーファイル</translation>
    </message>
    <message>
        <source>is %1, but this version of Stethoscope reads schema 1</source>
        <translation>が%1ですが、このバージョンのStethoscopeはスキーマ1のみに対応しています</translation>
    </message>
    <message>
        <source>is missing; this version of Stethoscope reads schema 1</source>
        <translation>がありません。このバージョンのStethoscopeはスキーマ1に対応しています</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Disk encryption</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>ディスク暗号化</translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <extracomment>Practice title: the device&apos;s storage is encrypted.</extracomment>
        <translation>ディスク暗号化がオンです</translation>
    </message>
    <message>
        <source>Disk encryption is off</source>
        <translation>ディスク暗号化がオフです</translation>
    </message>
    <message>
        <source>If your device is lost or stolen, encryption keeps your files and work data unreadable to whoever has it.</source>
        <translation>デバイスを紛失したり盗まれたりしても、暗号化によってファイルや仕事のデータは第三者に読み取られません。</translation>
    </message>
    <message>
        <source>1. Open System Settings → Privacy &amp; Security.
2. Scroll to FileVault and select Turn On…
3. Choose how to recover the disk if you forget your password, then follow the prompts.</source>
        <extracomment>“Turn On…” is the FileVault button in macOS System Settings.</extracomment>
        <translation>1. 「システム設定」→「プライバシーとセキュリティ」を開きます。
2. 「FileVault」までスクロールし、「オンにする…」を選択します。
3. パスワードを忘れた場合のディスクの復旧方法を選び、画面の指示に従います。</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Device encryption and turn it on.
2. If that page is missing, open Control Panel → System and Security → BitLocker Drive Encryption and select Turn on BitLocker for the C: drive.</source>
        <translation>1. 「設定」→「プライバシーとセキュリティ」→「デバイスの暗号化」を開き、オンにします。
2. このページがない場合は、「コントロール パネル」→「システムとセキュリティ」→「BitLocker ドライブ暗号化」を開き、C: ドライブの「BitLocker を有効にする」を選択します。</translation>
    </message>
    <message>
        <source>1. Back up your files; Linux can usually encrypt the whole disk only while it is being installed.
2. Reinstall Linux and choose the installer option to encrypt the disk (LUKS).
3. Restore your files. Your IT team can help with any of these steps.</source>
        <extracomment>LUKS is the name of the Linux disk encryption format; keep it as is.</extracomment>
        <translation>1. ファイルをバックアップします。Linuxでは通常、ディスク全体の暗号化はインストール時にしか設定できません。
2. Linuxを再インストールし、インストーラーでディスクを暗号化するオプション（LUKS）を選択します。
3. ファイルを復元します。どの手順でも、IT部門がお手伝いします。</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode).
2. Select Turn Passcode On. Your data is encrypted as soon as a passcode is set.</source>
        <translation>1. 「設定」→「Face IDとパスコード」（または「Touch IDとパスコード」）を開きます。
2. 「パスコードをオンにする」を選択します。パスコードを設定すると、すぐにデータが暗号化されます。</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. On older Android versions, also open Settings → Security → Encryption &amp; credentials and select Encrypt phone.</source>
        <translation>1. 「設定」→「セキュリティとプライバシー」→「デバイスのロック解除」→「画面ロック」を開き、PIN、パターン、またはパスワードを設定します。
2. 古いバージョンのAndroidでは、「設定」→「セキュリティ」→「暗号化と認証情報」を開き、「スマートフォンを暗号化」も選択します。</translation>
    </message>
    <message>
        <source>ChromeOS always encrypts your data, so there is nothing to turn on. If this still shows as off after a restart, contact your IT team.</source>
        <translation>ChromeOSは常にデータを暗号化しているため、オンにする設定はありません。再起動後もオフと表示される場合は、IT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>Firewall</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <extracomment>Practice title: the computer&apos;s built-in firewall is enabled.</extracomment>
        <translation>ファイアウォールがオンです</translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation>ファイアウォールがオフです</translation>
    </message>
    <message>
        <source>The firewall turns away network connections you did not ask for. This matters most on shared networks such as cafés, hotels and airports.</source>
        <translation>ファイアウォールは、求めていないネットワーク接続を遮断します。特にカフェ、ホテル、空港などの共有ネットワークで重要です。</translation>
    </message>
    <message>
        <source>1. Open System Settings → Network → Firewall.
2. Turn on Firewall.</source>
        <translation>1. 「システム設定」→「ネットワーク」→「ファイアウォール」を開きます。
2. 「ファイアウォール」をオンにします。</translation>
    </message>
    <message>
        <source>1. Open Settings → Privacy &amp; security → Windows Security → Firewall &amp; network protection.
2. Select each network shown as off (Domain, Private, Public) and turn on Microsoft Defender Firewall.</source>
        <translation>1. 「設定」→「プライバシーとセキュリティ」→「Windows セキュリティ」→「ファイアウォールとネットワーク保護」を開きます。
2. オフと表示されている各ネットワーク（ドメイン、プライベート、パブリック）を選択し、「Microsoft Defender ファイアウォール」をオンにします。</translation>
    </message>
    <message>
        <source>Ubuntu or Debian: open a terminal and run: sudo ufw enable
Fedora: open a terminal and run: sudo systemctl enable --now firewalld
KDE Plasma: open System Settings, search for Firewall and turn it on.</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>Ubuntu または Debian：ターミナルを開き、次のコマンドを実行します：sudo ufw enable
Fedora：ターミナルを開き、次のコマンドを実行します：sudo systemctl enable --now firewalld
KDE Plasma：「システム設定」を開き、「ファイアウォール」を検索してオンにします。</translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>自動アップデート</translation>
    </message>
    <message>
        <source>Automatic updates are on</source>
        <extracomment>Practice title: the operating system installs updates by itself.</extracomment>
        <translation>自動アップデートがオンです</translation>
    </message>
    <message>
        <source>Automatic updates are off</source>
        <translation>自動アップデートがオフです</translation>
    </message>
    <message>
        <source>Automatic updates install security fixes soon after they come out, so you do not have to remember. You can still pick a convenient time to restart.</source>
        <translation>自動アップデートを使うと、セキュリティ修正が公開後すぐにインストールされるので、覚えておく必要がありません。再起動のタイミングは、これまでどおり都合のよいときを選べます。</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select the ⓘ button next to Automatic updates.
3. Turn on Download new updates when available, Install macOS updates and Install Security Responses and system files.</source>
        <translation>1. 「システム設定」→「一般」→「ソフトウェアアップデート」を開きます。
2. 「自動アップデート」の横にある ⓘ ボタンを選択します。
3. 「使用可能な新しいアップデートをダウンロード」、「macOSアップデートをインストール」、「セキュリティ対応とシステムファイルをインストール」をオンにします。</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. If updates are paused, select Resume updates.
3. If the page says your organization manages some settings, contact your IT team.</source>
        <translation>1. 「設定」→「Windows Update」を開きます。
2. 更新が一時停止されている場合は、「更新の再開」を選択します。
3. 組織によって一部の設定が管理されていると表示されている場合は、IT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>GNOME: open Software → main menu → Preferences and turn on automatic updates.
KDE Plasma: open System Settings → Software Update and choose to update software automatically.
Ubuntu: open Software &amp; Updates → Updates and set security updates to Download and install automatically.</source>
        <extracomment>Each line is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME：「ソフトウェア」→ メインメニュー →「設定」を開き、自動更新をオンにします。
KDE Plasma：「システム設定」→「ソフトウェア更新」を開き、ソフトウェアを自動的に更新するよう設定します。
Ubuntu：「ソフトウェアとアップデート」→「アップデート」を開き、セキュリティアップデートを「ダウンロードと自動インストールを行う」に設定します。</translation>
    </message>
    <message>
        <source>Operating system updates</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>OSのアップデート</translation>
    </message>
    <message>
        <source>Operating system is up to date</source>
        <extracomment>Practice title: the operating system version and security patches are recent enough.</extracomment>
        <translation>OSは最新です</translation>
    </message>
    <message>
        <source>Operating system is out of date</source>
        <translation>OSが最新ではありません</translation>
    </message>
    <message>
        <source>Updates fix security problems that attackers already know about. Staying current closes those gaps.</source>
        <translation>アップデートでは、攻撃者にすでに知られているセキュリティ上の問題が修正されます。常に最新の状態を保つことで、そうした隙をふさげます。</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Software Update.
2. Select Update Now or Upgrade Now and follow the prompts.
3. Restart when asked.</source>
        <translation>1. 「システム設定」→「一般」→「ソフトウェアアップデート」を開きます。
2. 「今すぐアップデート」または「今すぐアップグレード」を選択し、画面の指示に従います。
3. 再起動を求められたら、再起動します。</translation>
    </message>
    <message>
        <source>1. Open Settings → Windows Update.
2. Select Check for updates, then install everything offered.
3. Select Restart now when asked.</source>
        <translation>1. 「設定」→「Windows Update」を開きます。
2. 「更新プログラムのチェック」を選択し、表示された更新プログラムをすべてインストールします。
3. 再起動を求められたら、「今すぐ再起動」を選択します。</translation>
    </message>
    <message>
        <source>GNOME: open Software → Updates, install everything listed and restart.
KDE Plasma: open Discover → Updates, select Update All and restart.
Ubuntu: open Software Updater, install the updates and restart.
If your distribution release is no longer supported, upgrade to a current one.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux system.</extracomment>
        <translation>GNOME：「ソフトウェア」→「アップデート」を開き、表示されたものをすべてインストールして再起動します。
KDE Plasma：「Discover」→「アップデート」を開き、「すべて更新」を選択して再起動します。
Ubuntu：「ソフトウェアの更新」を開き、アップデートをインストールして再起動します。
お使いのディストリビューションのリリースがサポート対象外になっている場合は、サポート中のリリースにアップグレードしてください。</translation>
    </message>
    <message>
        <source>1. Open Settings → General → Software Update.
2. Select Update Now or Install Now and follow the prompts.</source>
        <translation>1. 「設定」→「一般」→「ソフトウェアアップデート」を開きます。
2. 「今すぐアップデート」または「今すぐインストール」を選択し、画面の指示に従います。</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Software updates (on Samsung: Settings → Software update) and install what is offered.
2. Open Settings → Security &amp; privacy → System &amp; updates and install any security update or Google Play system update.
3. Restart when asked.</source>
        <translation>1. 「設定」→「システム」→「ソフトウェア アップデート」（Samsungの場合は「設定」→「ソフトウェア更新」）を開き、提供されているアップデートをインストールします。
2. 「設定」→「セキュリティとプライバシー」→「システムとアップデート」を開き、セキュリティ アップデートや Google Play システム アップデートがあればインストールします。
3. 再起動を求められたら、再起動します。</translation>
    </message>
    <message>
        <source>1. Open Settings → About ChromeOS.
2. Select Check for updates, then Restart once the update is ready.
3. If it says this device no longer receives updates, contact your IT team.</source>
        <translation>1. 「設定」→「ChromeOS について」を開きます。
2. 「アップデートを確認」を選択し、アップデートの準備ができたら「再起動」を選択します。
3. このデバイスはアップデートの提供が終了していると表示された場合は、IT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>画面ロック</translation>
    </message>
    <message>
        <source>Screen lock is on</source>
        <extracomment>Practice title: a password, PIN or biometric lock is set and the screen locks by itself.</extracomment>
        <translation>画面ロックがオンです</translation>
    </message>
    <message>
        <source>Screen lock is off</source>
        <translation>画面ロックがオフです</translation>
    </message>
    <message>
        <source>A screen lock keeps your device private when you step away or if it gets lost. Locking automatically means you do not have to remember to do it.</source>
        <translation>画面ロックは、席を離れたときやデバイスを紛失したときに、デバイスの中身を守ります。自動的にロックされるようにしておけば、ロックし忘れる心配もありません。</translation>
    </message>
    <message>
        <source>1. Open System Settings → Lock Screen.
2. Set Start Screen Saver when inactive or Turn display off when inactive to a few minutes.
3. Set Require password after screen saver begins or display is turned off to Immediately.</source>
        <translation>1. 「システム設定」→「ロック画面」を開きます。
2. 「使用していない場合はスクリーンセーバを開始」または「使用していない場合はディスプレイをオフにする」を数分に設定します。
3. 「スクリーンセーバの開始後またはディスプレイがオフになったあとにパスワードを要求」を「すぐに」に設定します。</translation>
    </message>
    <message>
        <source>1. Open Settings → Accounts → Sign-in options and set up a PIN, fingerprint, face recognition or password.
2. Under Additional settings, set “If you’ve been away…” to When PC wakes up from sleep.
3. Open Settings → System → Power &amp; battery and set the screen and sleep timeouts to a few minutes.</source>
        <extracomment>The quoted text is the start of a question shown in Windows sign-in options.</extracomment>
        <translation>1. 「設定」→「アカウント」→「サインイン オプション」を開き、PIN、指紋認識、顔認識、またはパスワードを設定します。
2. 「追加の設定」で、「しばらく操作しなかった場合に、もう一度 Windows へのサインインを求めるタイミング」を「PC のスリープを解除する時」に設定します。
3. 「設定」→「システム」→「電源とバッテリー」を開き、画面とスリープのタイムアウトを数分に設定します。</translation>
    </message>
    <message>
        <source>GNOME: open Settings → Privacy &amp; Security → Screen Lock, set Blank Screen Delay to a few minutes and turn on Automatic Screen Lock.
KDE Plasma: open System Settings → Security &amp; Privacy → Screen Locking and lock the screen automatically after a few minutes.
Make sure your account has a password.</source>
        <extracomment>Each line but the last is an alternative for one kind of Linux desktop.</extracomment>
        <translation>GNOME：「設定」→「プライバシーとセキュリティ」→「画面ロック」を開き、「画面のブランク」までの時間を数分に設定して、「自動画面ロック」をオンにします。
KDE Plasma：「システム設定」→「セキュリティとプライバシー」→「画面ロック」を開き、数分後に自動的に画面をロックするよう設定します。
アカウントにパスワードが設定されていることを確認してください。</translation>
    </message>
    <message>
        <source>1. Open Settings → Face ID &amp; Passcode (or Touch ID &amp; Passcode) and select Turn Passcode On.
2. Open Settings → Display &amp; Brightness → Auto-Lock and choose a few minutes rather than Never.</source>
        <translation>1. 「設定」→「Face IDとパスコード」（または「Touch IDとパスコード」）を開き、「パスコードをオンにする」を選択します。
2. 「設定」→「画面表示と明るさ」→「自動ロック」を開き、「なし」ではなく数分を選択します。</translation>
    </message>
    <message>
        <source>1. Open Settings → Security &amp; privacy → Device unlock → Screen lock and set a PIN, pattern or password.
2. Open Settings → Display (or Display &amp; touch) → Screen timeout and choose a few minutes.</source>
        <translation>1. 「設定」→「セキュリティとプライバシー」→「デバイスのロック解除」→「画面ロック」を開き、PIN、パターン、またはパスワードを設定します。
2. 「設定」→「ディスプレイ」（または「ディスプレイとタップ」）→「画面消灯」を開き、数分を選択します。</translation>
    </message>
    <message>
        <source>1. Open Settings → Security and privacy → Lock screen and sign-in and turn on Lock when sleeping or lid is closed.
2. Open Settings → Device → Power and choose Sleep for when the device is idle.</source>
        <translation>1. 「設定」→「セキュリティとプライバシー」→「ロック画面とログイン」を開き、「スリープ時またはカバーを閉じたときにロックする」をオンにします。
2. 「設定」→「デバイス」→「電源」を開き、アイドル時の動作として「スリープ」を選択します。</translation>
    </message>
    <message>
        <source>Jailbreak and root detection</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>脱獄・root化の検出</translation>
    </message>
    <message>
        <source>Not jailbroken or rooted</source>
        <extracomment>Practice title: the phone, tablet or Chromebook still runs its original, locked-down system.</extracomment>
        <translation>脱獄・root化されていません</translation>
    </message>
    <message>
        <source>Jailbroken, rooted or in developer mode</source>
        <extracomment>Practice title: the device was jailbroken (iOS), rooted (Android) or put in developer mode (ChromeOS).</extracomment>
        <translation>脱獄・root化されているか、デベロッパーモードです</translation>
    </message>
    <message>
        <source>Jailbreaking, rooting and developer mode switch off protections the system relies on, which makes it much easier for harmful apps to take over the device.</source>
        <translation>脱獄、root化、デベロッパーモードは、システムが頼りにしている保護機能を無効にするため、有害なアプリにデバイスを乗っ取られやすくなります。</translation>
    </message>
    <message>
        <source>1. Back up your iPhone or iPad to iCloud or a computer.
2. Connect it to a computer, open Finder on a Mac or Apple Devices on Windows, select the device and choose Restore.
3. When setup starts, restore your backup.</source>
        <translation>1. iPhoneまたはiPadを、iCloudまたはコンピューターにバックアップします。
2. デバイスをコンピューターに接続し、MacではFinder、Windowsでは「Appleデバイス」アプリを開いて、デバイスを選択してから「復元」を選択します。
3. 設定が始まったら、バックアップから復元します。</translation>
    </message>
    <message>
        <source>1. Back up the data you want to keep.
2. Remove the rooting tools, reinstall the manufacturer’s official software and lock the bootloader again.
3. If you are not sure how, ask your IT team for help.</source>
        <translation>1. 残しておきたいデータをバックアップします。
2. root化ツールを削除し、メーカーの公式ソフトウェアを再インストールして、ブートローダーを再度ロックします。
3. 方法がわからない場合は、IT部門にお問い合わせください。</translation>
    </message>
    <message>
        <source>1. Back up any files stored only on this Chromebook.
2. Restart it and, on the developer mode warning screen, choose Turn on OS verification.
3. Confirm. The Chromebook resets and starts in normal mode.</source>
        <extracomment>“Turn on OS verification” is the option on the ChromeOS developer mode warning screen.</extracomment>
        <translation>1. このChromebookにしか保存されていないファイルをバックアップします。
2. Chromebookを再起動し、デベロッパーモードの警告画面で「OS の確認をオンにする」を選択します。
3. 確定します。Chromebookがリセットされ、通常モードで起動します。</translation>
    </message>
    <message>
        <source>Remote login</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>リモートログイン</translation>
    </message>
    <message>
        <source>Remote login is off</source>
        <extracomment>Practice title: nobody can sign in to this computer over the network (SSH, Remote Desktop, Screen Sharing).</extracomment>
        <translation>リモートログインがオフです</translation>
    </message>
    <message>
        <source>Remote login is on</source>
        <translation>リモートログインがオンです</translation>
    </message>
    <message>
        <source>With remote login on, anyone who can reach your computer over the network can try to sign in. Keeping it off when you do not need it closes that door.</source>
        <translation>リモートログインがオンになっていると、ネットワーク経由でコンピューターにアクセスできる人なら誰でもサインインを試みることができます。必要ないときはオフにしておけば、その入り口をふさげます。</translation>
    </message>
    <message>
        <source>1. Open System Settings → General → Sharing.
2. Turn off Remote Login, Screen Sharing and Remote Management.</source>
        <translation>1. 「システム設定」→「一般」→「共有」を開きます。
2. 「リモートログイン」、「画面共有」、「リモートマネージメント」をオフにします。</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Remote Desktop.
2. Turn off Remote Desktop and confirm.</source>
        <translation>1. 「設定」→「システム」→「リモート デスクトップ」を開きます。
2. 「リモート デスクトップ」をオフにして、確認します。</translation>
    </message>
    <message>
        <source>GNOME: open Settings → System, turn off Secure Shell, then open Remote Desktop and turn off Desktop Sharing and Remote Login.
KDE Plasma: open System Settings, search for Remote Desktop and turn it off.
Terminal: run sudo systemctl disable --now ssh (on Fedora, sshd instead of ssh).</source>
        <extracomment>Each line is an alternative for one kind of Linux system. Keep the commands unchanged.</extracomment>
        <translation>GNOME：「設定」→「システム」を開いて「セキュアシェル」をオフにし、次に「リモートデスクトップ」を開いて「デスクトップ共有」と「リモートログイン」をオフにします。
KDE Plasma：「システム設定」を開き、「リモートデスクトップ」を検索してオフにします。
ターミナル：sudo systemctl disable --now ssh を実行します（Fedoraでは ssh の代わりに sshd）。</translation>
    </message>
    <message>
        <source>Apps from unknown sources</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>提供元不明のアプリ</translation>
    </message>
    <message>
        <source>Apps from unknown sources are blocked</source>
        <extracomment>Practice title: the phone only installs apps from its app store.</extracomment>
        <translation>提供元不明のアプリはブロックされています</translation>
    </message>
    <message>
        <source>Apps from unknown sources are allowed</source>
        <translation>提供元不明のアプリが許可されています</translation>
    </message>
    <message>
        <source>Apps from outside trusted app stores skip the safety checks those stores run, and they are a common way for harmful apps to reach phones.</source>
        <translation>信頼できるアプリストア以外から入手したアプリは、ストアが行っている安全性チェックを経ていません。有害なアプリがスマートフォンに入り込む、よくある経路でもあります。</translation>
    </message>
    <message>
        <source>1. Open Settings → Apps → Special app access → Install unknown apps (on Samsung: Settings → Apps → ⋮ → Special access → Install unknown apps).
2. Select each app marked Allowed and turn off Allow from this source.</source>
        <extracomment>“Allow from this source” is the switch on each app’s Install unknown apps page.</extracomment>
        <translation>1. 「設定」→「アプリ」→「特別なアプリアクセス」→「不明なアプリのインストール」を開きます（Samsungの場合は「設定」→「アプリ」→「⋮」→「特別なアクセス権」→「不明なアプリをインストール」）。
2. 「許可」と表示されているアプリをそれぞれ選択し、「この提供元のアプリを許可」をオフにします。</translation>
    </message>
    <message>
        <source>USB debugging</source>
        <extracomment>Practice name, shown when its state is unknown.</extracomment>
        <translation>USBデバッグ</translation>
    </message>
    <message>
        <source>USB debugging is off</source>
        <extracomment>Practice title: Android Debug Bridge (ADB) access over USB is disabled.</extracomment>
        <translation>USBデバッグがオフです</translation>
    </message>
    <message>
        <source>USB debugging is on</source>
        <translation>USBデバッグがオンです</translation>
    </message>
    <message>
        <source>USB debugging lets a connected computer install apps and read data on your phone. It is meant for app developers and is safest left off.</source>
        <translation>USBデバッグがオンになっていると、接続したコンピューターからスマートフォンにアプリをインストールしたり、データを読み取ったりできます。アプリ開発者向けの機能なので、オフにしておくのが安全です。</translation>
    </message>
    <message>
        <source>1. Open Settings → System → Developer options (on Samsung: Settings → Developer options).
2. Turn off USB debugging and Wireless debugging.
3. If you do not need developer options at all, turn off Use developer options at the top.</source>
        <translation>1. 「設定」→「システム」→「開発者向けオプション」を開きます（Samsungの場合は「設定」→「開発者向けオプション」）。
2. 「USB デバッグ」と「ワイヤレス デバッグ」をオフにします。
3. 開発者向けオプションをまったく使わない場合は、上部の「開発者向けオプションの使用」をオフにします。</translation>
    </message>
</context>
<context>
    <name>PracticeModel</name>
    <message numerus="yes">
        <source>Critical (%n)</source>
        <comment>practices that must be fixed</comment>
        <translation>
            <numerusform>重要（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n)</source>
        <comment>practices worth fixing</comment>
        <translation>
            <numerusform>推奨（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (%n)</source>
        <comment>practices followed</comment>
        <translation>
            <numerusform>完了（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown (%n)</source>
        <comment>practices that could not be checked</comment>
        <translation>
            <numerusform>不明（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>報告：%1</translation>
    </message>
    <message>
        <source>%1 · reported %2</source>
        <comment>Jamf · reported 2 h ago</comment>
        <translation>%1 · 報告：%2</translation>
    </message>
    <message>
        <source>%1 · now</source>
        <comment>this device · now</comment>
        <translation>%1 · 現在</translation>
    </message>
    <message>
        <source>this Mac</source>
        <translation>このMac</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>このPC</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>%1 last reported “%2”; %3 reports “%4” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported, %3 &quot;this Mac&quot;, %4 what the device reports now</extracomment>
        <translation>%1の最後の報告は「%2」でしたが、%3からは現在「%4」と報告されています。次回のインベントリ更新時に%1にも反映されます。</translation>
    </message>
    <message>
        <source>%1 last reported “%2” %3; %4 reports “%5” now — %1 will catch up at its next inventory.</source>
        <extracomment>%1 a backend (&quot;Jamf&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when (&quot;3 days ago&quot;), %4 &quot;this Mac&quot;, %5 what the device reports now (&quot;Firewall is on&quot;)</extracomment>
        <translation>%1の最後の報告（%3）は「%2」でしたが、%4からは現在「%5」と報告されています。次回のインベントリ更新時に%1にも反映されます。</translation>
    </message>
    <message>
        <source>%1 reported “%2”.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;)</extracomment>
        <translation>%1は「%2」と報告しました。</translation>
    </message>
    <message>
        <source>%1 reported “%2” %3.</source>
        <extracomment>%1 another source (&quot;LANDESK&quot;), %2 what it reported (&quot;Firewall is off&quot;), %3 when</extracomment>
        <translation>%1は「%2」と報告しました（%3）。</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>this device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>未来の日時</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>推奨事項あり</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Matched by its name “%1”: %2 reports no serial number or network address that %3 knows.</source>
        <extracomment>%1 the computer&apos;s name (&quot;alice-laptop&quot;), %2 &quot;this computer&quot;, %3 the backends (&quot;LANDESK&quot;)</extracomment>
        <translation>名前「%1」で照合しました。%2は、%3が把握しているシリアル番号やネットワークアドレスを報告していません。</translation>
    </message>
</context>
<context>
    <name>ReportedDevices</name>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>に不明な値「%1」が指定されています</translation>
    </message>
    <message>
        <source>The saved device reports</source>
        <translation>保存されたデバイスの報告</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which an earlier report has</source>
        <translation>が「%1」ですが、これは前の報告ですでに使われています</translation>
    </message>
</context>
<context>
    <name>SampleFleet</name>
    <message>
        <source>%1 is still encrypting (%2 %).</source>
        <translation>%1はまだ暗号化中です（%2%）。</translation>
    </message>
    <message>
        <source>The demo fleet</source>
        <translation>デモ用のデバイス群</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>設定ファイル%1を読み取れません。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>設定ファイル%1は有効なINIファイルではありません。</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot;.</source>
        <translation>設定ファイル%1に不明なキー「%2」があります。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>不明なキー「%1」を無視しました</translation>
    </message>
    <message>
        <source>%1 cannot be enforced; ignored</source>
        <translation>%1は強制できないため無視しました</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1は true または false である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1は%2～%3の整数である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be an address like %2.</source>
        <translation>%1は%2のようなアドレスである必要があります。</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; use %3.</source>
        <translation>%1が「%2」になっています。%3を使用してください。</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>に不明な値「%1」が指定されています</translation>
    </message>
    <message>
        <source>holds &quot;%1&quot;, which is not a MAC address</source>
        <translation>に含まれる「%1」はMACアドレスではありません</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>The status report</source>
        <translation>ステータスレポート</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The saved status %1 is too large to be Stethoscope&apos;s; it was ignored.</source>
        <translation>保存されたステータス%1は、Stethoscopeのものとしては大きすぎるため無視しました。</translation>
    </message>
    <message>
        <source>The saved status %1 cannot be read: %2.</source>
        <translation>保存されたステータス%1を読み取れません：%2。</translation>
    </message>
    <message>
        <source>The saved status %1 is damaged and was ignored.</source>
        <translation>保存されたステータス%1は破損していたため無視しました。</translation>
    </message>
    <message>
        <source>The folder for the saved status %1 cannot be created.</source>
        <translation>保存されたステータス%1用のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The status cannot be saved to %1: %2.</source>
        <translation>ステータスを%1に保存できません：%2。</translation>
    </message>
</context>
<context>
    <name>StatusPipeline</name>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>ポリシーファイル%1を読み取れません：%2</translation>
    </message>
    <message>
        <source>Sign-in is off (%1 = none). Set %1 = oidc with %2 and %3.</source>
        <translation>サインインがオフになっています（%1 = none）。%1 = oidc を設定し、%2と%3も指定してください。</translation>
    </message>
    <message>
        <source>%1 is needed to sign in.</source>
        <translation>サインインには%1が必要です。</translation>
    </message>
    <message>
        <source>The sign-in provider</source>
        <translation>サインインプロバイダー</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>today at %1</source>
        <translation>今日の%1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>昨日の%1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date without the year, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1の%2</translation>
    </message>
    <message>
        <source>Checking your devices…</source>
        <translation>デバイスを確認しています…</translation>
    </message>
    <message>
        <source>Status unknown — not checked yet</source>
        <translation>状態不明 — まだ確認していません</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n台のデバイスで対応が必要です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n critical)</source>
        <translation>
            <numerusform>（うち重要%n台）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) with suggestions</source>
        <translation>
            <numerusform>%n台のデバイスに推奨事項があります</numerusform>
        </translation>
    </message>
    <message>
        <source>No devices found for you</source>
        <translation>あなたのデバイスが見つかりません</translation>
    </message>
    <message>
        <source>All your devices follow the security practices</source>
        <translation>すべてのデバイスがセキュリティ対策を満たしています</translation>
    </message>
    <message>
        <source>Some practices could not be checked</source>
        <translation>一部の対策を確認できませんでした</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>確認中… %1</translation>
    </message>
    <message>
        <source>Status unknown — last known %1: %2</source>
        <translation>状態不明 — %1時点の状態：%2</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1（%2時点）</translation>
    </message>
    <message>
        <source>Stethoscope — %1</source>
        <translation>Stethoscope — %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 ok</source>
        <translation>%1は正常</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1に接続できません</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>最終確認：%1</translation>
    </message>
    <message>
        <source>Last checked %1 — %2</source>
        <translation>最終確認：%1 — %2</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — showing what it reported %2</source>
        <translation>%1に接続できません — %2時点の報告を表示しています</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached — nothing it reported is known yet</source>
        <translation>%1に接続できません — 報告された情報はまだありません</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not reported</source>
        <translation>%1：報告なし</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>名前のないデバイス</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>報告元：%1</translation>
    </message>
    <message>
        <source>reported by %1 %2</source>
        <translation>報告元：%1（%2）</translation>
    </message>
    <message>
        <source>Stethoscope report for %1 · %2</source>
        <translation>%1のStethoscopeレポート · %2</translation>
    </message>
    <message>
        <source>Stethoscope report · %1</source>
        <translation>Stethoscopeレポート · %1</translation>
    </message>
    <message numerus="yes">
        <source>Overall: %1 — %n of your devices need attention</source>
        <translation>
            <numerusform>全体：%1 — %n台のデバイスで対応が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>全体：%1</translation>
    </message>
    <message>
        <source>No devices to show; see the state of each backend below.</source>
        <translation>表示するデバイスがありません。各バックエンドの状態は以下を参照してください。</translation>
    </message>
    <message>
        <source>Not seen for a long time (not counted above):</source>
        <translation>長期間確認されていないデバイス（上記の集計には含まれません）：</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最終確認：%1</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>確認記録なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 ok (%n record(s))</source>
        <translation>
            <numerusform>%1：正常（%n件のレコード）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1：失敗：%2</translation>
    </message>
    <message>
        <source>%1 not configured</source>
        <translation>%1：未設定</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>情報源：%1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>%1 sent a token answer that could not be read.</source>
        <translation>%1から読み取れないトークン応答が返されました。</translation>
    </message>
    <message>
        <source>the API client token</source>
        <translation>APIクライアントのトークン</translation>
    </message>
    <message>
        <source>Jamf rejected the API client credentials (401). Check [jamf] client_id and the client secret.</source>
        <translation>JamfがAPIクライアントの認証情報を拒否しました（401）。[jamf] client_id とクライアントシークレットを確認してください。</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or lifetime.</source>
        <translation>Jamfから返されたトークン応答に、トークンまたは有効期間が含まれていません。</translation>
    </message>
    <message>
        <source>the user account token</source>
        <translation>ユーザーアカウントのトークン</translation>
    </message>
    <message>
        <source>Jamf rejected the account name or password (401). Check [jamf] username and the password.</source>
        <translation>Jamfがアカウント名またはパスワードを拒否しました（401）。[jamf] username とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>Jamf sent a token answer without a token or expiry.</source>
        <translation>Jamfから返されたトークン応答に、トークンまたは有効期限が含まれていません。</translation>
    </message>
    <message>
        <source>giving up the user account token</source>
        <translation>ユーザーアカウントのトークンの破棄</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>tomorrow at %1</source>
        <translation>明日の%1</translation>
    </message>
    <message>
        <source>&amp;Open details…</source>
        <translation>詳細を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>1時間(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>明日まで(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>通知を再開(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>device name — its rating</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>未解決のアラート（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>今すぐ確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Notifications snoozed until %1</source>
        <translation>通知を%1までスヌーズ中(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications</source>
        <translation>通知をスヌーズ(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out (%1)</source>
        <translation>%1からサインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Start at login — Managed by your organization</source>
        <translation>ログイン時に起動 — 組織によって管理されています</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>ログイン時に起動(&amp;L)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether your devices follow your company&apos;s security practices.</source>
        <translation>お使いのデバイスが会社のセキュリティ対策を満たしているかを表示します。</translation>
    </message>
    <message>
        <source>Refresh once and print the report.</source>
        <translation>一度だけ更新してレポートを出力します。</translation>
    </message>
    <message>
        <source>Print versions, the effective settings and where each came from, the keychain&apos;s state and whether each backend can be reached (for a helpdesk ticket).</source>
        <translation>バージョン、有効な設定とそれぞれの設定元、キーチェーンの状態、各バックエンドに接続できるかどうかを出力します（ヘルプデスクへの問い合わせ用）。</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>レポートの形式：text または json。</translation>
    </message>
    <message>
        <source>Sign in in the browser and print the signed-in e-mail address.</source>
        <translation>ブラウザーでサインインし、サインインしたメールアドレスを出力します。</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in.</source>
        <translation>サインアウトし、保存されているサインイン情報を消去します。</translation>
    </message>
    <message>
        <source>Read a backend secret (jamf, google or landesk) from standard input into the keychain.</source>
        <translation>バックエンドのシークレット（jamf、google、landesk）を標準入力から読み取り、キーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Use the built-in demo company instead of your organization&apos;s backends.</source>
        <translation>組織のバックエンドの代わりに、組み込みのデモ用の会社を使用します。</translation>
    </message>
    <message>
        <source>Read the settings from this INI file.</source>
        <translation>このINIファイルから設定を読み込みます。</translation>
    </message>
    <message>
        <source>Grade devices against this policy file (JSON).</source>
        <translation>このポリシーファイル（JSON）に基づいてデバイスを評価します。</translation>
    </message>
    <message>
        <source>The employee whose devices to show (e-mail).</source>
        <translation>デバイスを表示する従業員（メールアドレス）。</translation>
    </message>
    <message>
        <source>With --demo: every demo backend answers this many milliseconds late.</source>
        <translation>--demo と併用：すべてのデモ用バックエンドの応答を、指定したミリ秒だけ遅らせます。</translation>
    </message>
    <message>
        <source>With --demo: every demo backend is unreachable.</source>
        <translation>--demo と併用：すべてのデモ用バックエンドを接続不可にします。</translation>
    </message>
    <message>
        <source>Open the alerts inbox (of the running Stethoscope, or at start).</source>
        <translation>アラートの一覧を開きます（実行中のStethoscopeで、または起動時に）。</translation>
    </message>
    <message>
        <source>Show the app in this language (de, es, fr, ja, pt_BR, en) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりに、指定した言語（de、es、fr、ja、pt_BR、en）でアプリを表示します。</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; showing English.</source>
        <translation>「%1」の翻訳はありません。英語で表示します。</translation>
    </message>
    <message>
        <source>Give only one of --report, --diagnostics, --sign-in, --sign-out and --set-secret.</source>
        <translation>--report、--diagnostics、--sign-in、--sign-out、--set-secret のうち1つだけを指定してください。</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format には text または json を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Managed settings (%1): %2</source>
        <translation>管理対象の設定（%1）：%2</translation>
    </message>
    <message>
        <source>The demo backends could not start on this computer.</source>
        <translation>このコンピューターではデモ用のバックエンドを起動できませんでした。</translation>
    </message>
    <message>
        <source>--demo-latency takes milliseconds, not &quot;%1&quot;.</source>
        <translation>--demo-latency にはミリ秒を指定してください（「%1」は指定できません）。</translation>
    </message>
</context>
</TS>
