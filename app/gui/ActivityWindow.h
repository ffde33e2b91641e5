#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ActivityWindow;
}

namespace fjord {

class RequestLogModel;

// View > Activity: every API call of this session (time, method, path, status, duration),
// filterable, copyable for a bug report. Shows what RequestLogModel holds, so never a token.
class ActivityWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityWindow)

public:
    explicit ActivityWindow(RequestLogModel* model, QWidget* parent = nullptr);
    ~ActivityWindow() override;

    // Rows shown after filtering.
    int visibleRowCount() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateSummary();
    void copyAll();
    void followNewest();

    std::unique_ptr<Ui::ActivityWindow> m_ui;
    RequestLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_geometryRestored = false;
};

} // namespace fjord
