#pragma once

#include "error.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Stethoscope::Sources::Landesk::Xml {

// A small element tree: MBSDK answers are a few kilobytes, and reading them as a tree lets one
// set of rules serve the GET binding, SOAP envelopes and DataSets alike.
struct Node
{
    QString name; // local name, without namespace prefix
    QString text; // the element's own text, trimmed
    std::vector<Node> children;
};

// One flat record: an element whose children are all leaves, by normalised child name. A name
// that repeats keeps its first value.
using Row = QHash<QString, QString>;

// Reads `xml` into a tree; unwraps a SOAP envelope to the body's content and turns a SOAP fault
// into a Backend error. Deeply nested or huge documents are refused, never recursed into.
Core::Result<Node> read(QByteArrayView xml);

// Every flat record under `root` (depth first, document order) that has one of `keys`.
QList<Row> rows(const Node &root, const QList<QString> &keys);

// "Device_x0020_Name", "Device Name", "DEVICENAME" → "devicename": XmlConvert escapes decoded,
// only letters and digits kept, lower case.
QString normalise(const QString &name);

// The first non-empty value of `row` under any of `keys` (normalised).
QString value(const Row &row, std::initializer_list<const char *> keys);

} // namespace Stethoscope::Sources::Landesk::Xml
