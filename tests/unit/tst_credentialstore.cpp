// Token storage: keychain when it works; session-only memory when it does not (with the
// reason reported); a 0600 plain file only on explicit request. Runs once against a fake
// keychain and once against the real QtKeychain with no secret service. With
// FJORD_EXPECT_KEYCHAIN=1 (the _keyring CTest entry, under a private gnome-keyring) the real
// keychain must work.

#include "auth/CredentialStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// Plays a keychain that works or is absent; answers later, like QtKeychain.
class FakeBackend final : public SecretBackend
{
public:
    bool available = true;
    QHash<QString, QString> secrets;
    int writes = 0;

    void readSecret(const QString& key, Callback done) override
    {
        Result result;
        if (!available) {
            result.problem = u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s;
        } else if (secrets.contains(key)) {
            result.status = Status::Ok;
            result.secret = secrets.value(key);
        } else {
            result.status = Status::NotFound;
        }
        later(done, result);
    }
    void writeSecret(const QString& key, const QString& secret, Callback done) override
    {
        ++writes;
        Result result;
        if (available) {
            secrets.insert(key, secret);
            result.status = Status::Ok;
        } else {
            result.problem = u"Unknown error"_s;
        }
        later(done, result);
    }
    void removeSecret(const QString& key, Callback done) override
    {
        Result result;
        result.status =
            available ? (secrets.remove(key) ? Status::Ok : Status::NotFound) : Status::Unavailable;
        later(done, result);
    }

private:
    void later(const Callback& done, const Result& result)
    {
        QTimer::singleShot(0, this, [done, result] { done(result); });
    }
};

struct Capture
{
    bool called = false;
    CredentialStore::Outcome outcome;
    CredentialStore::Callback callback()
    {
        return [this](const CredentialStore::Outcome& o) {
            called = true;
            outcome = o;
        };
    }
};

const QString kToken = u"tok-3f9a8b7c6d5e4f3a2b1c"_s;

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keychainRoundTrip();
    void keychainUnavailableFallsBackToSession();
    void sessionTokenIsNotPersisted();
    void plainFileOnlyOnRequest();
    void plainFileIsOwnerOnly();
    void forgetRemovesEverywhere();
    void callbackSkippedWhenContextGone();
    void realKeychain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCredentialStore::cleanup()
{
    m_dir.reset();
}

void TestCredentialStore::keychainRoundTrip()
{
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    CredentialStore store(std::move(backend));
    store.setPlainFilePath(m_dir->filePath(u"tokens.json"_s));
    Capture stored;
    store.store(u"p1"_s, kToken, TokenStorage::Keychain, this, stored.callback());
    QVERIFY(!stored.called); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(stored.called, 5000);
    QCOMPARE(stored.outcome.location, CredentialStore::Location::Keychain);
    QVERIFY(stored.outcome.problem.isEmpty());
    QCOMPARE(fake->secrets.value(u"profile/p1"_s), kToken);
    QVERIFY(!QFile::exists(store.plainFilePath()));

    // A fresh store (next start) reads it back from the keychain.
    auto second = std::make_unique<FakeBackend>();
    second->secrets = fake->secrets;
    CredentialStore next(std::move(second));
    Capture loaded;
    next.load(u"p1"_s, TokenStorage::Keychain, this, loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.called, 5000);
    QCOMPARE(loaded.outcome.location, CredentialStore::Location::Keychain);
    QCOMPARE(loaded.outcome.token, kToken);

    Capture missing;
    next.load(u"other"_s, TokenStorage::Keychain, this, missing.callback());
    QTRY_VERIFY_WITH_TIMEOUT(missing.called, 5000);
    QCOMPARE(missing.outcome.location, CredentialStore::Location::Nowhere);
    QVERIFY(missing.outcome.token.isEmpty());
    QVERIFY(!next.isKeychainUnavailable());
}

void TestCredentialStore::keychainUnavailableFallsBackToSession()
{
    auto backend = std::make_unique<FakeBackend>();
    backend->available = false;
    CredentialStore store(std::move(backend));
    store.setPlainFilePath(m_dir->filePath(u"tokens.json"_s));
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    Capture stored;
    store.store(u"p1"_s, kToken, TokenStorage::Keychain, this, stored.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stored.called, 5000);
    QCOMPARE(stored.outcome.location, CredentialStore::Location::Session);
    QVERIFY(!stored.outcome.problem.isEmpty());
    QVERIFY(!stored.outcome.problem.contains(kToken));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(store.isKeychainUnavailable());
    // Nothing was written to disk behind the user's back.
    QVERIFY(!QFile::exists(store.plainFilePath()));

    Capture loaded;
    store.load(u"p1"_s, TokenStorage::Keychain, this, loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.called, 5000);
    QCOMPARE(loaded.outcome.location, CredentialStore::Location::Session);
    QCOMPARE(loaded.outcome.token, kToken);
}

void TestCredentialStore::sessionTokenIsNotPersisted()
{
    {
        auto backend = std::make_unique<FakeBackend>();
        backend->available = false;
        CredentialStore store(std::move(backend));
        store.setPlainFilePath(m_dir->filePath(u"tokens.json"_s));
        store.keepForSession(u"p1"_s, kToken);
    }
    auto backend = std::make_unique<FakeBackend>();
    backend->available = false;
    CredentialStore store(std::move(backend));
    store.setPlainFilePath(m_dir->filePath(u"tokens.json"_s));
    Capture loaded;
    store.load(u"p1"_s, TokenStorage::Keychain, this, loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.called, 5000);
    QVERIFY(loaded.outcome.token.isEmpty());
    QVERIFY(!loaded.outcome.problem.isEmpty());
    QVERIFY(m_dir->isValid());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestCredentialStore::plainFileOnlyOnRequest()
{
    const QString path = m_dir->filePath(u"sub/tokens.json"_s);
    {
        auto backend = std::make_unique<FakeBackend>();
        backend->available = false;
        CredentialStore store(std::move(backend));
        store.setPlainFilePath(path);
        QString problem;
        QVERIFY(store.keepInPlainFile(u"p1"_s, kToken, &problem));
        QVERIFY(problem.isEmpty());
        QVERIFY(store.keepInPlainFile(u"p2"_s, u"second"_s));
    }
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    backend->available = false;
    CredentialStore store(std::move(backend));
    store.setPlainFilePath(path);
    Capture loaded;
    store.load(u"p1"_s, TokenStorage::PlainFile, this, loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.called, 5000);
    QCOMPARE(loaded.outcome.location, CredentialStore::Location::PlainFile);
    QCOMPARE(loaded.outcome.token, kToken);

    // A profile whose storage is the plain file never touches the keychain.
    Capture stored;
    store.store(u"p1"_s, u"replaced"_s, TokenStorage::PlainFile, this, stored.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stored.called, 5000);
    QCOMPARE(stored.outcome.location, CredentialStore::Location::PlainFile);
    QCOMPARE(fake->writes, 0);
}

void TestCredentialStore::plainFileIsOwnerOnly()
{
    const QString path = m_dir->filePath(u"tokens.json"_s);
    CredentialStore store(std::make_unique<FakeBackend>());
    store.setPlainFilePath(path);
    QVERIFY(store.keepInPlainFile(u"p1"_s, kToken));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(!(QFileInfo(path).permissions() & others));
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOwner);
    // A file someone made world-readable is tightened on the next write.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadOther);
    QVERIFY(store.keepInPlainFile(u"p1"_s, kToken));
    QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadOther));
    QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadGroup));
}

void TestCredentialStore::forgetRemovesEverywhere()
{
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    CredentialStore store(std::move(backend));
    store.setPlainFilePath(m_dir->filePath(u"tokens.json"_s));
    Capture stored;
    store.store(u"p1"_s, kToken, TokenStorage::Keychain, this, stored.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stored.called, 5000);
    QVERIFY(store.keepInPlainFile(u"p1"_s, kToken));
    Capture forgotten;
    store.forget(u"p1"_s, this, forgotten.callback());
    QTRY_VERIFY_WITH_TIMEOUT(forgotten.called, 5000);
    QVERIFY(fake->secrets.isEmpty());
    QFile file(store.plainFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kToken.toUtf8()));
    Capture loaded;
    store.load(u"p1"_s, TokenStorage::Keychain, this, loaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.called, 5000);
    QVERIFY(loaded.outcome.token.isEmpty());
}

void TestCredentialStore::callbackSkippedWhenContextGone()
{
    CredentialStore store(std::make_unique<FakeBackend>());
    auto context = std::make_unique<QObject>();
    bool called = false;
    store.load(u"p1"_s, TokenStorage::Keychain, context.get(),
               [&called](const CredentialStore::Outcome&) { called = true; });
    context.reset();
    // The backend answers in order: once a later load has its answer, the first one has had
    // its answer too, and dropped it.
    Capture later;
    store.load(u"p1"_s, TokenStorage::Keychain, this, later.callback());
    QTRY_VERIFY_WITH_TIMEOUT(later.called, 5000);
    QVERIFY(!called);
}

void TestCredentialStore::realKeychain()
{
    const bool expectKeychain = qEnvironmentVariableIntValue("FJORD_EXPECT_KEYCHAIN") == 1;
    if (!expectKeychain) {
        // Make sure no secret service of the person running the tests is reached.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
    CredentialStore store;
    store.setPlainFilePath(m_dir->filePath(u"tokens.json"_s));
    Capture stored;
    store.store(u"real"_s, kToken, TokenStorage::Keychain, this, stored.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stored.called, 30000);
    if (expectKeychain) {
        QCOMPARE(stored.outcome.location, CredentialStore::Location::Keychain);
        CredentialStore next;
        Capture loaded;
        next.load(u"real"_s, TokenStorage::Keychain, this, loaded.callback());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.called, 30000);
        QCOMPARE(loaded.outcome.location, CredentialStore::Location::Keychain);
        QCOMPARE(loaded.outcome.token, kToken);
        Capture forgotten;
        next.forget(u"real"_s, this, forgotten.callback());
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.called, 30000);
    } else {
        // QtKeychain says OtherError here; the token stays usable for this session only.
        QCOMPARE(stored.outcome.location, CredentialStore::Location::Session);
        QVERIFY(!stored.outcome.problem.isEmpty());
        QVERIFY(store.isKeychainUnavailable());
        QVERIFY(!QFile::exists(store.plainFilePath()));
    }
}

} // namespace fjord

QTEST_GUILESS_MAIN(fjord::TestCredentialStore)
#include "tst_credentialstore.moc"
