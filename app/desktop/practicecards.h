#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QScrollArea>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Stethoscope::Desktop {
class PracticeModel;
}

namespace Stethoscope::Desktop::Details {

// One practice, drawn from its row of the PracticeModel: status icon and title, why it matters,
// the details, how to fix it with a link to the settings, and who reported it when.
class PracticeCard : public QWidget
{
    Q_OBJECT

public:
    PracticeCard(const QModelIndex &index, QWidget *parent);

    QString key() const;
    // Shows the row's current data (the practice stays the same).
    void refresh();

signals:
    // The employee clicked "Open settings": the practice's deep link.
    void fixLinkActivated(const QUrl &link);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPersistentModelIndex m_index;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_disagreement = nullptr;
    QLabel *m_directionsHeading = nullptr;
    QLabel *m_directions = nullptr;
    QWidget *m_linkRow = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_linkHint = nullptr;
    QLabel *m_provenance = nullptr;
};

// The practices of one device as cards under their group headings: a view over PracticeModel.
class PracticeCards : public QScrollArea
{
    Q_OBJECT

public:
    explicit PracticeCards(QWidget *parent);

    void setModel(PracticeModel *model);
    PracticeCard *card(const QString &key) const;
    // Gives the practice's card the focus and scrolls to it; false if there is no such card.
    bool focusPractice(const QString &key);
    // The practice whose card (or text in it) has the focus, if any.
    QString currentPractice() const;

signals:
    // A card's "Open settings" was clicked: the window opens the link.
    void fixLinkActivated(const QUrl &link);

private:
    void rebuild();
    void refresh();

    PracticeModel *m_model = nullptr;
    QList<PracticeCard *> m_cards;
    QList<std::pair<QLabel *, QPersistentModelIndex>> m_headings;
};

} // namespace Stethoscope::Desktop::Details
