#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fjord {

// Project tags as a key/value table with add and remove, checked against the API's tag rules.
class TagTableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagTableEditor)

public:
    explicit TagTableEditor(QWidget* parent = nullptr);
    ~TagTableEditor() override;

    // Rows as typed (keys trimmed); rows with neither key nor value are left out.
    QList<QPair<QString, QString>> rows() const;
    // The rows to start from: the tags the API gave. Those stay acceptable as they are (even
    // a key the rules would refuse today); only rows the user adds or edits are judged.
    void setRows(const QList<QPair<QString, QString>>& rows);

    // Shows the first broken rule (and selects its row); returns it, or an empty string.
    QString validate();
    void setError(const QString& error);
    QString errorText() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void rowsChanged();

private:
    void addRow(const QString& key = {}, const QString& value = {});
    void removeSelected();
    void updateState();

    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_errorLabel = nullptr;
    QMap<QString, QString> m_given;
};

} // namespace fjord
