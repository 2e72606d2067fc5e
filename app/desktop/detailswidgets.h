#pragma once

// Small pieces shared by the parts of the details window: colour and font helpers, a label
// for secondary text and the banner of a backend that failed.
#include <QColor>
#include <QFont>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace Stethoscope::Desktop::Details {

// The colour `amount` (0 … 1) of the way from base to over.
QColor blend(const QColor &base, const QColor &over, qreal amount);
// The font `factor` times the size, bold or not.
QFont scaledFont(QFont font, qreal factor, bool bold);
// A word-wrapping label that shows its text as plain text.
QLabel *wrappingLabel(QWidget *parent, const QString &text = {});
// The icon as a size × size pixmap at the widget's pixel density.
QPixmap iconPixmap(const QIcon &icon, const QWidget *widget, int size);

// The shape of a card (a practice, an alert): a status icon beside a column of text, so that
// the text lines up under the title.
struct CardLayout
{
    QLabel *icon;
    QVBoxLayout *text;
};
CardLayout iconBesideText(QWidget *card);
// A card's rounded frame, `width` pixels of `border`, filled with `fill`.
void paintCard(QWidget *card, const QColor &border, qreal width, const QColor &fill);

// Secondary text: the text colour faded towards the background, recomputed whenever the
// palette changes (a light or dark theme, high contrast).
class MutedLabel : public QLabel
{
public:
    explicit MutedLabel(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    bool m_updating = false;
};

// A backend that failed: a warning glyph and the sentence, on an amber tint of the window
// colour, so the window text stays readable in light and dark palettes alike.
class Banner : public QFrame
{
public:
    Banner(const QString &text, QWidget *parent);

    static QColor background(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QColor tint();
};

} // namespace Stethoscope::Desktop::Details
