#pragma once

#include "auth/Profile.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace fjord {

// The saved profiles and which one is current, in QSettings ("profiles/<id>/..."). Never a
// token: the store has no field for one, and remove() also clears keys a profile left behind.
class ProfileStore final
{
public:
    // With no settings object the application's default QSettings ("Fjord"/"Fjord") is used.
    explicit ProfileStore(QSettings* settings = nullptr);
    ~ProfileStore();
    Q_DISABLE_COPY_MOVE(ProfileStore)

    QList<Profile> profiles() const; // sorted by name; never contains the environment profile
    Profile profile(const QString& id) const; // invalid (empty id) when unknown
    bool contains(const QString& id) const;
    // The environment profile is never saved. False when the settings file could not be
    // written (a full disk, a folder that is a file): *problem then names the file.
    bool save(const Profile& profile, QString* problem = nullptr);
    void remove(const QString& id);

    QString currentId() const;
    void setCurrentId(const QString& id);

    // True when the user has never configured anything (first start).
    bool isEmpty() const;

private:
    QSettings& settings() const;

    std::unique_ptr<QSettings> m_owned;
    QSettings* m_settings = nullptr;
};

} // namespace fjord
