#include "ApiDialog.h"

#include "CallStatusLine.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"

#include <QPushButton>

namespace fjord {

ApiDialog::ApiDialog(QWidget* parent)
    : QDialog(parent)
{
}

ApiDialog::~ApiDialog()
{
    // The subclass is gone already: nobody is left to read these answers.
    abandonCall(m_call);
    for (const QPointer<ApiCall>& call : std::as_const(m_adopted))
        abandonCall(call);
}

void ApiDialog::setUpApply(CallStatusLine* statusLine, QPushButton* applyButton, QWidget* form)
{
    m_statusLine = statusLine;
    m_applyButton = applyButton;
    m_form = form;
    m_statusLine->clear();
}

void ApiDialog::accept()
{
    // A second OK while the call runs (or a double click) must not send again.
    if (m_busy)
        return;
    if (validate())
        apply();
}

void ApiDialog::reject()
{
    if (m_busy) {
        // The server may still carry the call out; the caller's next refresh shows that.
        ApiCall* call = m_call;
        m_call = nullptr;
        abandonCall(call);
        abandonApply();
        setBusy(false);
    }
    QDialog::reject();
}

void ApiDialog::applied(ApiCall* call)
{
    Q_UNUSED(call)
    QDialog::accept();
}

void ApiDialog::applyFailed(const ApiError& error)
{
    m_statusLine->showError(error.userMessage(), error.details());
}

void ApiDialog::startCall(ApiCall* call, const QString& busyText)
{
    m_call = call;
    setBusy(true, busyText);
    connect(call, &ApiCall::finished, this, [this, call] { finishCall(call); });
}

void ApiDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    // Disabling the focused field or button hands the focus on, in practice to Cancel, which
    // then takes Return: a second Enter while the call runs would abandon it. The dialog
    // keeps the focus instead (its disabled default button ignores Return).
    QWidget* focus = focusWidget();
    if (busy && focus && (focus == m_applyButton || (m_form && m_form->isAncestorOf(focus))))
        setFocus(Qt::OtherFocusReason);
    if (m_form)
        m_form->setEnabled(!busy);
    if (m_applyButton)
        m_applyButton->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_statusLine->showBusy(text);
    } else {
        unsetCursor();
        m_statusLine->clear();
    }
    busyChanged(busy);
}

ApiCall* ApiDialog::adoptCall(ApiCall* call)
{
    m_adopted.removeAll(nullptr);
    m_adopted.append(call);
    return call;
}

bool ApiDialog::checkConnected(const QObject* client)
{
    if (!client)
        m_statusLine->showError(tr("Not connected: sign in first."));
    return client != nullptr;
}

void ApiDialog::finishCall(ApiCall* call)
{
    m_call = nullptr;
    setBusy(false);
    if (call->isSuccess())
        applied(call);
    else if (call->error().kind() != ApiError::Kind::Canceled)
        applyFailed(call->error());
}

void ApiDialog::abandonCall(ApiCall* call)
{
    if (!call)
        return;
    disconnect(call, nullptr, this, nullptr);
    call->abandon();
}

} // namespace fjord
