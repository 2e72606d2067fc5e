#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Stethoscope::App {

std::optional<QLocale> languageFromArguments(const QStringList &arguments)
{
    static const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (argument.startsWith(option + u'='))
            return QLocale(argument.mid(option.size() + 1));
    }
    return std::nullopt;
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings first, so that the app's translation (installed last) is searched first.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

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
