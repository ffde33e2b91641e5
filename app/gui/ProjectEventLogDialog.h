#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fjord {

class AivenClient;
class ProjectEventFilterProxyModel;
class ProjectEventModel;

// A project's event log: time, actor, event type, service and description, newest first;
// narrowed by text and by type, copied as tab-separated lines (the selected rows, or every
// row shown), and loaded again on demand (F5). Non-modal: it can stay open beside the list.
class ProjectEventLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEventLogDialog)

public:
    ProjectEventLogDialog(AivenClient* client, const QString& project, QWidget* parent = nullptr);
    ~ProjectEventLogDialog() override;

    QString project() const { return m_project; }
    ProjectEventModel* model() const { return m_model; }
    ProjectEventFilterProxyModel* proxy() const { return m_proxy; }

public Q_SLOTS:
    void refresh();
    // Puts the selected rows (or, without a selection, every row shown) on the clipboard.
    void copy();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStatus();
    void updateTypes();

    QString m_project;
    ProjectEventModel* m_model;
    ProjectEventFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_type;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_refresh;
    QPushButton* m_copy;
};

} // namespace fjord
