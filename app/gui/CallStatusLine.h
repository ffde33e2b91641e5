#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;

namespace fjord {

// The line under a dialog's form: a busy indicator while a call runs, the outcome in words,
// and a "Details" disclosure with the server's own message for when the words are not enough.
class CallStatusLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallStatusLine)

public:
    explicit CallStatusLine(QWidget* parent = nullptr);
    ~CallStatusLine() override;

    void showBusy(const QString& text);
    void showMessage(const QString& text);
    // An error in words, with the technical details behind the disclosure (if any).
    void showError(const QString& text, const QString& details = {});
    void clear();

    bool isBusy() const;
    bool isError() const { return m_error; }
    QString text() const;
    QString details() const;

private:
    void setDetailsShown(bool shown);

    QProgressBar* m_busyBar = nullptr;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QPlainTextEdit* m_detailsEdit = nullptr;
    bool m_error = false;
};

} // namespace fjord
