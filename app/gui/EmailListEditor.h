#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fjord {

// An add/remove list of email addresses with the API's rules (valid addresses, no duplicates,
// at most ProjectValidation::maxEmails). Used for technical and billing contacts.
class EmailListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailListEditor)
    Q_PROPERTY(QStringList emails READ emails WRITE setEmails NOTIFY emailsChanged)

public:
    explicit EmailListEditor(QWidget* parent = nullptr);
    ~EmailListEditor() override;

    QStringList emails() const;
    void setEmails(const QStringList& emails);
    int maximum() const { return m_maximum; }
    void setMaximum(int maximum);

    // Names the children for screen readers, e.g. "Technical emails: new address".
    void setFieldName(const QString& name);

    // Adds what is typed but not yet added. False (with the reason shown) if it is not valid.
    bool commitPending();
    bool hasPendingText() const;
    // The first rule the list breaks, or an empty string.
    QString validationError() const;
    // An error from outside (e.g. the server), shown under the list until the next edit.
    void setError(const QString& error);
    QString errorText() const;

    QLineEdit* lineEdit() const { return m_lineEdit; }

Q_SIGNALS:
    void emailsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool addTyped();
    void removeSelected();
    void updateState();

    QLineEdit* m_lineEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    int m_maximum;
};

} // namespace fjord
