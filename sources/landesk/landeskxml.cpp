#include "landeskxml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Stethoscope::Sources::Landesk::Xml {

using Core::Error;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LandeskXml)
};

// Limits that no real answer comes near, so hostile input cannot exhaust the stack or memory.
constexpr int maxDepth = 64;
constexpr int maxElements = 500'000;

const Node *child(const Node &node, QStringView name)
{
    for (const Node &c : node.children) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

// All text under `node`, for fault details that nest their message.
QString allText(const Node &node)
{
    QString result = node.text;
    for (const Node &c : node.children) {
        const QString inner = allText(c);
        if (!inner.isEmpty())
            result += (result.isEmpty() ? QString() : QStringLiteral(" ")) + inner;
    }
    return result;
}

void collect(const Node &node, const QList<QString> &keys, QList<Row> &out)
{
    bool flat = !node.children.empty();
    for (const Node &c : node.children)
        flat = flat && c.children.empty();
    if (flat) {
        Row row;
        for (const Node &c : node.children) {
            const QString key = normalise(c.name);
            if (!row.contains(key))
                row.insert(key, c.text);
        }
        for (const QString &key : keys) {
            if (row.contains(key)) {
                out.append(row);
                return;
            }
        }
        return;
    }
    for (const Node &c : node.children)
        collect(c, keys, out);
}

} // namespace

Core::Result<Node> read(QByteArrayView xml)
{
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    std::vector<Node> stack; // the open elements; the finished root ends in `root`
    Node root;
    bool haveRoot = false;
    int elements = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (haveRoot || int(stack.size()) >= maxDepth || ++elements > maxElements) {
                return Error::parse(Text::tr("LANDESK sent an XML answer that is nested too "
                                             "deeply or is too large to read."));
            }
            stack.push_back(Node {reader.name().toString(), {}, {}});
        } else if (token == QXmlStreamReader::Characters && !stack.empty()) {
            stack.back().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement && !stack.empty()) {
            Node done = std::move(stack.back());
            stack.pop_back();
            done.text = done.text.trimmed();
            if (stack.empty()) {
                root = std::move(done);
                haveRoot = true;
            } else {
                stack.back().children.push_back(std::move(done));
            }
        }
    }
    if (reader.hasError() || !haveRoot) {
        return Error::parse(
            Text::tr("LANDESK sent an answer that is not valid XML (%1, line %2).")
                .arg(reader.hasError() ? reader.errorString() : Text::tr("no element"))
                .arg(reader.lineNumber()),
            QStringLiteral("%1 bytes").arg(xml.size()));
    }
    if (root.name.compare(u"Envelope", Qt::CaseInsensitive) != 0)
        return root;
    const Node *body = child(root, u"Body");
    if (!body || body->children.empty())
        return Error::parse(Text::tr("LANDESK sent a SOAP envelope without a body."));
    const Node &content = body->children.front();
    if (content.name.compare(u"Fault", Qt::CaseInsensitive) == 0) {
        const Node *reason = child(content, u"faultstring");
        if (!reason)
            reason = child(content, u"Reason");
        const QString message = reason ? allText(*reason) : allText(content);
        return Error {Error::Category::Backend,
                      Text::tr("LANDESK answered with an error: %1").arg(message.left(300)),
                      {}};
    }
    return content;
}

QList<Row> rows(const Node &root, const QList<QString> &keys)
{
    QList<Row> result;
    collect(root, keys, result);
    return result;
}

QString normalise(const QString &name)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded = name;
    if (decoded.contains(u"_x")) {
        QString out;
        qsizetype last = 0;
        auto it = escape.globalMatch(decoded);
        while (it.hasNext()) {
            const auto match = it.next();
            out += QStringView(decoded).mid(last, match.capturedStart() - last);
            out += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
            last = match.capturedEnd();
        }
        out += QStringView(decoded).mid(last);
        decoded = out;
    }
    QString result;
    result.reserve(decoded.size());
    for (const QChar c : std::as_const(decoded)) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

QString value(const Row &row, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString found = row.value(QLatin1String(key));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace Stethoscope::Sources::Landesk::Xml
