#include "auth/CredentialStore.h"

#include "util/AppPaths.h"
#include "util/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Runs a callback only while its context object is alive.
CredentialStore::Callback guarded(QObject* context, CredentialStore::Callback done)
{
    if (!done)
        return [](const CredentialStore::Outcome&) {};
    const bool hasContext = context != nullptr;
    return [hasContext, guard = QPointer<QObject>(context),
            done = std::move(done)](const CredentialStore::Outcome& outcome) {
        if (hasContext && !guard)
            return;
        done(outcome);
    };
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(std::make_unique<KeychainBackend>(u"Fjord"_s), parent)
{
}

CredentialStore::CredentialStore(std::unique_ptr<SecretBackend> backend, QObject* parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_plainFilePath(defaultPlainFilePath())
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultPlainFilePath()
{
    return AppPaths::dataDir() + "/tokens.json"_L1;
}

void CredentialStore::setPlainFilePath(const QString& path)
{
    m_plainFilePath = path;
}

QString CredentialStore::plainFilePath() const
{
    return m_plainFilePath;
}

QString CredentialStore::keyFor(const QString& profileId)
{
    return "profile/"_L1 + profileId;
}

void CredentialStore::noteBackendResult(const SecretBackend::Result& result)
{
    if (result.status == SecretBackend::Status::Unavailable) {
        const bool first = !m_keychainUnavailable;
        m_keychainUnavailable = true;
        m_keychainProblem = result.problem;
        if (first)
            Q_EMIT keychainUnavailable(result.problem);
    } else {
        m_keychainUnavailable = false;
        m_keychainProblem.clear();
    }
}

void CredentialStore::store(const QString& profileId, const QString& token, TokenStorage storage,
                            QObject* context, Callback done)
{
    Callback finish = guarded(context, std::move(done));
    // The token is usable for this session whatever the keychain says.
    m_session.insert(profileId, token);
    if (storage == TokenStorage::PlainFile) {
        Outcome outcome;
        QString problem;
        outcome.location =
            keepInPlainFile(profileId, token, &problem) ? Location::PlainFile : Location::Session;
        outcome.problem = problem;
        QMetaObject::invokeMethod(
            this, [finish, outcome] { finish(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_backend->writeSecret(
        keyFor(profileId), token, [this, finish](const SecretBackend::Result& result) {
            noteBackendResult(result);
            Outcome outcome;
            if (result.status == SecretBackend::Status::Ok) {
                outcome.location = Location::Keychain;
            } else {
                outcome.location = Location::Session;
                outcome.problem = result.problem.isEmpty() ? tr("The keychain is not available.")
                                                           : result.problem;
            }
            finish(outcome);
        });
}

void CredentialStore::load(const QString& profileId, TokenStorage storage, QObject* context,
                           Callback done)
{
    Callback finish = guarded(context, std::move(done));
    const auto session = m_session.constFind(profileId);
    if (session != m_session.constEnd() || storage == TokenStorage::PlainFile) {
        Outcome outcome;
        if (session != m_session.constEnd()) {
            outcome.location = Location::Session;
            outcome.token = session.value();
        } else {
            const QHash<QString, QString> tokens = readPlainFile(&outcome.problem);
            outcome.token = tokens.value(profileId);
            outcome.location = outcome.token.isEmpty() ? Location::Nowhere : Location::PlainFile;
        }
        QMetaObject::invokeMethod(
            this, [finish, outcome] { finish(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_backend->readSecret(keyFor(profileId), [this, finish](const SecretBackend::Result& result) {
        if (result.status != SecretBackend::Status::NotFound)
            noteBackendResult(result);
        Outcome outcome;
        if (result.status == SecretBackend::Status::Ok && !result.secret.isEmpty()) {
            outcome.location = Location::Keychain;
            outcome.token = result.secret;
        } else if (result.status == SecretBackend::Status::Unavailable) {
            outcome.problem = result.problem;
        }
        finish(outcome);
    });
}

void CredentialStore::forget(const QString& profileId, QObject* context, Callback done)
{
    Callback finish = guarded(context, std::move(done));
    m_session.remove(profileId);
    QString problem;
    QHash<QString, QString> tokens = readPlainFile(&problem);
    if (tokens.remove(profileId) > 0)
        writePlainFile(tokens, &problem);
    m_backend->removeSecret(keyFor(profileId), [finish](const SecretBackend::Result& result) {
        Outcome outcome;
        outcome.problem =
            result.status == SecretBackend::Status::Unavailable ? result.problem : QString();
        finish(outcome);
    });
}

void CredentialStore::keepForSession(const QString& profileId, const QString& token)
{
    m_session.insert(profileId, token);
}

bool CredentialStore::keepInPlainFile(const QString& profileId, const QString& token,
                                      QString* problem)
{
    m_session.insert(profileId, token);
    QString readProblem;
    QHash<QString, QString> tokens = readPlainFile(&readProblem);
    tokens.insert(profileId, token);
    return writePlainFile(tokens, problem);
}

QHash<QString, QString> CredentialStore::readPlainFile(QString* problem) const
{
    QHash<QString, QString> tokens;
    QFile file(m_plainFilePath);
    if (m_plainFilePath.isEmpty() || !file.exists())
        return tokens;
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("The token file could not be read: %1").arg(file.errorString());
        return tokens;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            tokens.insert(it.key(), it.value().toString());
    }
    return tokens;
}

bool CredentialStore::writePlainFile(const QHash<QString, QString>& tokens, QString* problem) const
{
    const QFileInfo info(m_plainFilePath);
    if (m_plainFilePath.isEmpty() || !QDir().mkpath(info.absolutePath())) {
        if (problem)
            *problem = tr("The folder for the token file could not be created.");
        return false;
    }
    QJsonObject object;
    for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it)
        object.insert(it.key(), it.value());
    // Owner-only from its first byte: the token never sits in a readable file.
    QString error;
    if (!writeFileSafely(m_plainFilePath, QJsonDocument(object).toJson(QJsonDocument::Compact),
                         &error, FileAccess::OwnerOnly)) {
        if (problem)
            *problem = tr("The token file could not be written: %1").arg(error);
        return false;
    }
    return true;
}

} // namespace fjord
