#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace fjord {

// The asynchronous secret storage under CredentialStore. The production implementation is
// KeychainBackend (QtKeychain); tests inject their own to play an absent or broken keychain.
class SecretBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretBackend)

public:
    enum class Status {
        Ok,
        NotFound,    // the keychain works but has no entry for the key
        Unavailable, // no keychain, locked, access denied: keep secrets elsewhere
    };
    struct Result
    {
        Status status = Status::Unavailable;
        QString secret;  // only for a successful read
        QString problem; // the backend's own words, never containing the secret
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretBackend(QObject* parent = nullptr)
        : QObject(parent)
    {
    }
    ~SecretBackend() override = default;

    // Each call invokes its callback exactly once, later (never from inside the call).
    virtual void readSecret(const QString& key, Callback done) = 0;
    virtual void writeSecret(const QString& key, const QString& secret, Callback done) = 0;
    virtual void removeSecret(const QString& key, Callback done) = 0;
};

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, ...).
class KeychainBackend final : public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainBackend)

public:
    explicit KeychainBackend(const QString& service, QObject* parent = nullptr);
    ~KeychainBackend() override;

    void readSecret(const QString& key, Callback done) override;
    void writeSecret(const QString& key, const QString& secret, Callback done) override;
    void removeSecret(const QString& key, Callback done) override;

private:
    QString m_service;
};

} // namespace fjord
