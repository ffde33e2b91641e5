#pragma once

// Typed values of what a project holds beyond its settings: its services
// (GET /v1/project/{project}/service), its event log (GET .../events) and its CA certificate
// (GET .../kms/ca). Read-only in Fjord, so unlike the values in Types.h they keep no `extra`:
// a service answer carries connection URIs and passwords, and nothing here needs them.

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace fjord {

struct Service
{
    QString name;            // service_name (required)
    QString type;            // service_type, e.g. "pg"
    QString typeDescription; // service_type_description
    QString plan;
    QString state; // RUNNING, POWEROFF, REBUILDING, REBALANCING (free text: new ones may come)
    QString cloudName;
    QString cloudDescription;
    int nodeCount = -1; // -1 when the answer does not say
    bool terminationProtection = false;
    QString createTime; // ISO 8601
    QString updateTime;

    // Powered on in any way: what keeps a project from being renamed.
    bool isPoweredOn() const { return state != QLatin1String("POWEROFF"); }
    bool operator==(const Service& other) const;
};

struct ProjectEvent
{
    QString id;
    QString timeText; // "time" as sent (ISO 8601, UTC)
    QDateTime time;   // parsed; invalid when the text is not a date
    QString actor;    // an email address or "Aiven Automation"
    QString type;     // event_type, e.g. "service_create"
    QString serviceName;
    QString description; // event_desc

    bool operator==(const ProjectEvent& other) const;
};

struct CaCertificate
{
    QString pem; // "certificate": PEM text
};

} // namespace fjord

Q_DECLARE_METATYPE(fjord::Service)
Q_DECLARE_METATYPE(fjord::ProjectEvent)
Q_DECLARE_METATYPE(fjord::CaCertificate)
Q_DECLARE_METATYPE(QVector<fjord::Service>)
Q_DECLARE_METATYPE(QVector<fjord::ProjectEvent>)
