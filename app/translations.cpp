#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Stethoscope::App {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QString directory = QStringLiteral(":/stethoscope/i18n");
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("stethoscope"), QStringLiteral("_"), directory)
        || translator->load(QStringLiteral("stethoscope_en"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return {};
}

} // namespace Stethoscope::App
