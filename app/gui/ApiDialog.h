#pragma once

#include <QDialog>
#include <QPointer>
#include <QVector>

class QPushButton;

namespace fjord {

class ApiCall;
class ApiError;
class CallStatusLine;

// The base of the dialogs that change something through the API. OK (accept()) runs
// validate(), then apply(), which starts the one call with startCall(). While it runs the
// form is disabled and the status line says what is happening; OK again does nothing. Then
// applied() (by default the dialog closes) or applyFailed() (by default the status line says
// why, and every field is as the user left it). Cancel, Escape or closing the window
// abandons the call in flight.
class ApiDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiDialog)

public:
    ~ApiDialog() override;

    // True from apply() until its outcome is known.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    explicit ApiDialog(QWidget* parent = nullptr);

    // The parts the base drives: the status line, the button that applies and the widget
    // that holds the form (both disabled while busy). Called once the widgets exist.
    void setUpApply(CallStatusLine* statusLine, QPushButton* applyButton, QWidget* form);

    // Fills the form from what the dialog was given, and starts the calls that fetch what
    // its pickers offer.
    virtual void load() {}
    // Checks the form; shows what is wrong and returns false to stay as it is.
    virtual bool validate() { return true; }
    // Acts on a valid form: usually startCall(), or another step before it.
    virtual void apply() = 0;
    // The call succeeded. By default the dialog closes, accepted.
    virtual void applied(ApiCall* call);
    // The call failed (not when abandoned). By default the status line says why.
    virtual void applyFailed(const ApiError& error);
    // The work apply() started that is not an ApiCall of this dialog: dropped by reject().
    virtual void abandonApply() {}
    // Busy started or ended: for the widgets beyond the form and the apply button.
    virtual void busyChanged(bool busy) { Q_UNUSED(busy) }

    // Runs `call` as the dialog's one call, saying `busyText` meanwhile.
    void startCall(ApiCall* call, const QString& busyText);
    // For work that is not one ApiCall (the session's sign-in): busy until setBusy(false).
    void setBusy(bool busy, const QString& text = {});
    // A call that only fetches what the form offers: abandoned if the dialog goes first.
    ApiCall* adoptCall(ApiCall* call);
    // Shows that there is no client to send with; true when `client` is there.
    bool checkConnected(const QObject* client);

    CallStatusLine* statusLine() const { return m_statusLine; }
    QPushButton* applyButton() const { return m_applyButton; }

private:
    void finishCall(ApiCall* call);
    void abandonCall(ApiCall* call);

    CallStatusLine* m_statusLine = nullptr;
    QPushButton* m_applyButton = nullptr;
    QWidget* m_form = nullptr;
    QPointer<ApiCall> m_call;
    QVector<QPointer<ApiCall>> m_adopted;
    bool m_busy = false;
};

} // namespace fjord
