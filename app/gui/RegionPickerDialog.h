#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace fjord {

class CloudCatalog;
class RegionBrowserWidget;

// Chooses a cloud region for a project: the region browser (map and list) with OK and
// Cancel. Opens with the current cloud selected and the map centred on it.
class RegionPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPickerDialog)

public:
    RegionPickerDialog(CloudCatalog* catalog, const QString& currentCloud,
                       QWidget* parent = nullptr);
    ~RegionPickerDialog() override;

    QString selectedCloudName() const;
    RegionBrowserWidget* browser() const { return m_browser; }
    void setDefaultCloudProjects(const QHash<QString, QStringList>& projectsByCloud);

private:
    void updateState();

    CloudCatalog* m_catalog = nullptr;
    RegionBrowserWidget* m_browser = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fjord
