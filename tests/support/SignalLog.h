#pragma once

// Every signal an object emits from now on, for tests that an object stays quiet (a model
// being destroyed must not call into receivers that are being destroyed themselves).
// destroyed() is left out: Qt always sends it, and views and proxies rely on it.

#include <QMetaMethod>
#include <QSignalSpy>
#include <QStringList>

#include <memory>
#include <vector>

namespace fjord::test {

class SignalLog
{
public:
    explicit SignalLog(const QObject* object)
    {
        const QMetaObject* meta = object->metaObject();
        for (int i = 0; i < meta->methodCount(); ++i) {
            const QMetaMethod method = meta->method(i);
            if (method.methodType() != QMetaMethod::Signal || method.name() == "destroyed")
                continue;
            m_names.append(QString::fromLatin1(method.methodSignature()));
            m_spies.push_back(std::make_unique<QSignalSpy>(object, method));
        }
    }

    // "loadingChanged(bool) x1", one entry per signal that was emitted.
    QStringList emitted() const
    {
        QStringList result;
        for (std::size_t i = 0; i < m_spies.size(); ++i) {
            if (!m_spies[i]->isEmpty())
                result.append(
                    QStringLiteral("%1 x%2").arg(m_names.at(qsizetype(i))).arg(m_spies[i]->size()));
        }
        return result;
    }
    int signalCount() const { return int(m_spies.size()); }

private:
    QStringList m_names;
    std::vector<std::unique_ptr<QSignalSpy>> m_spies;
};

} // namespace fjord::test
