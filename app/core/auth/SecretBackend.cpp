#include "auth/SecretBackend.h"

#include <qt6keychain/keychain.h>

namespace fjord {

namespace {

SecretBackend::Result resultOf(const QKeychain::Job& job)
{
    SecretBackend::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretBackend::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretBackend::Status::NotFound;
        break;
    default:
        // QtKeychain reports a missing Secret Service as OtherError with varying texts,
        // so every other error means "no usable keychain" rather than a retryable hiccup.
        result.status = SecretBackend::Status::Unavailable;
        result.problem = job.errorString();
        break;
    }
    return result;
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service);
    job->setKey(key);
    job->setAutoDelete(true);
    // QtKeychain's own fallback writes secrets into a QSettings file: never allowed.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainBackend::KeychainBackend(const QString& service, QObject* parent)
    : SecretBackend(parent)
    , m_service(service)
{
}

KeychainBackend::~KeychainBackend() = default;

void KeychainBackend::readSecret(const QString& key, Callback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        Result result = resultOf(*j);
        if (result.status == Status::Ok)
            result.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        done(result);
    });
    job->start();
}

void KeychainBackend::writeSecret(const QString& key, const QString& secret, Callback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* j) { done(resultOf(*j)); });
    job->start();
}

void KeychainBackend::removeSecret(const QString& key, Callback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* j) { done(resultOf(*j)); });
    job->start();
}

} // namespace fjord
