#pragma once

// A keychain that is never there: every call answers Unavailable, later (as a real backend
// does), so tokens stay in session memory and in no file.

#include "auth/SecretBackend.h"

#include <QTimer>

namespace fjord::test {

class NoKeychain final : public SecretBackend
{
public:
    void readSecret(const QString&, Callback done) override { later(done); }
    void writeSecret(const QString&, const QString&, Callback done) override { later(done); }
    void removeSecret(const QString&, Callback done) override { later(done); }

private:
    void later(const Callback& done)
    {
        QTimer::singleShot(0, this, [done] {
            Result result;
            result.status = Status::Unavailable;
            result.problem = QStringLiteral("No keychain in this test");
            done(result);
        });
    }
};

} // namespace fjord::test
