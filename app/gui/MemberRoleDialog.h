#pragma once

#include "ApiDialog.h"

#include <QPointer>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fjord {

class AivenClient;
class CallStatusLine;

// Invites someone to a project (email and role), or changes a member's role (an ApiDialog:
// OK checks the form, then sends and waits with the form disabled; the dialog closes once the
// server agreed, or stays with the server's answer shown and the fields as the user left them).
class MemberRoleDialog final : public ApiDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberRoleDialog)

public:
    enum class Mode { Invite, ChangeRole };

    MemberRoleDialog(AivenClient* client, const QString& project, Mode mode,
                     QWidget* parent = nullptr);
    ~MemberRoleDialog() override;

    // Change role: whose, and their role now.
    void setMember(const QString& email, const QString& memberType);
    // Invite: addresses already members or invited (refused before anything is sent).
    void setTakenEmails(const QStringList& emails);
    // Asked before a change that takes away the user's own admin rights; return false to stop.
    void setConfirmation(std::function<bool(const QString& memberType)> confirm);

    QString email() const;
    QString memberType() const;

    QLineEdit* emailEdit() const { return m_emailEdit; }
    QComboBox* roleCombo() const { return m_roleCombo; }
    CallStatusLine* statusLine() const { return ApiDialog::statusLine(); }

Q_SIGNALS:
    void memberChanged(const QString& email, const QString& memberType);

protected:
    bool validate() override;
    void apply() override;
    void applied(ApiCall* call) override;

private:
    QString problem() const;
    void updateDescription();

    QPointer<AivenClient> m_client;
    QString m_project;
    Mode m_mode;
    QStringList m_taken;
    QString m_memberEmail;
    QString m_currentType;
    std::function<bool(const QString&)> m_confirm;
    QLineEdit* m_emailEdit = nullptr;
    QComboBox* m_roleCombo = nullptr;
    QLabel* m_roleDescription = nullptr;
    QString m_sentEmail;
    QString m_sentType;
};

} // namespace fjord
