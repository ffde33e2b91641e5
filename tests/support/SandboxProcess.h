#pragma once

// The shipped fjord-sandbox program as a child process on 127.0.0.1:<free port>, for tests of
// what only a separate process shows (file locks between processes, descriptor limits, CPU
// use). `childSetup` runs in the child before exec (setrlimit, setuid...).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <unistd.h>

#include <functional>

namespace fjord::test {

class SandboxProcess
{
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    SandboxProcess(const QString& program, const QStringList& arguments,
                   const std::function<void()>& childSetup = {})
    {
        if (childSetup)
            m_process.setChildProcessModifier(childSetup);
        m_process.start(program,
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        // Up to the "Listening on <url>" line, or the end of a program that refused to start.
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
            if (!m_process.waitForReadyRead(100) && m_process.state() == QProcess::NotRunning)
                break;
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (line.startsWith("Listening on "))
            m_url = QUrl(QString::fromLatin1(line.mid(13)));
        if (!m_url.isValid())
            m_process.waitForFinished(10000);
    }
    ~SandboxProcess() { kill(); }

    bool isListening() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    int exitCode() const { return m_process.exitCode(); }
    bool exited() const { return m_process.state() == QProcess::NotRunning; }
    QString errorOutput() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

    // SIGKILL: no chance to save anything more.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // CPU seconds (user + system) the process has used so far; -1 when unknown.
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
               double(::sysconf(_SC_CLK_TCK));
    }
    int openFiles() const
    {
        return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid())).entryList(QDir::System).size());
    }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace fjord::test
