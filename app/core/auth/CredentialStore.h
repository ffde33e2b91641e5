#pragma once

#include "auth/Profile.h"
#include "auth/SecretBackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace fjord {

// Keeps each profile's token: in the system keychain when there is one; otherwise in memory
// for this session only; in a plain file (mode 0600) only when the user explicitly chose it.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Location {
        Nowhere,
        Keychain,
        Session, // memory only; gone when Fjord quits
        PlainFile,
    };
    struct Outcome
    {
        Location location = Location::Nowhere;
        QString token;   // only for load()
        QString problem; // why the keychain could not be used, for the user
    };
    using Callback = std::function<void(const Outcome&)>;

    // Uses the system keychain (service "Fjord").
    explicit CredentialStore(QObject* parent = nullptr);
    // Test seam: any backend, e.g. one that plays an absent keychain.
    explicit CredentialStore(std::unique_ptr<SecretBackend> backend, QObject* parent = nullptr);
    ~CredentialStore() override;

    static QString defaultPlainFilePath(); // ~/.local/share/Fjord/tokens.json
    void setPlainFilePath(const QString& path);
    QString plainFilePath() const;

    // Callbacks run later and only while `context` lives.
    // store(): keychain, or session memory with Outcome::problem set when it fails.
    // With storage == PlainFile (the user's explicit choice) the plain file is used instead.
    void store(const QString& profileId, const QString& token, TokenStorage storage,
               QObject* context, Callback done);
    // load(): session memory first, then the plain file (PlainFile storage) or the keychain.
    void load(const QString& profileId, TokenStorage storage, QObject* context, Callback done);
    // forget(): removes the token from every place. done may be empty.
    void forget(const QString& profileId, QObject* context = nullptr, Callback done = {});

    // Keeps the token in memory only (the user's answer to "no keychain").
    void keepForSession(const QString& profileId, const QString& token);
    // Writes the token into the 0600 plain file, synchronously. Only on explicit request.
    bool keepInPlainFile(const QString& profileId, const QString& token,
                         QString* problem = nullptr);

    // Set once a keychain operation failed as unavailable; reset by a later success.
    bool isKeychainUnavailable() const { return m_keychainUnavailable; }
    QString keychainProblem() const { return m_keychainProblem; }

Q_SIGNALS:
    void keychainUnavailable(const QString& problem);

private:
    static QString keyFor(const QString& profileId);
    QHash<QString, QString> readPlainFile(QString* problem) const;
    bool writePlainFile(const QHash<QString, QString>& tokens, QString* problem) const;
    void noteBackendResult(const SecretBackend::Result& result);

    std::unique_ptr<SecretBackend> m_backend;
    QHash<QString, QString> m_session;
    QString m_plainFilePath;
    bool m_keychainUnavailable = false;
    QString m_keychainProblem;
};

} // namespace fjord
