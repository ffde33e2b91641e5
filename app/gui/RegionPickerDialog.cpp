#include "RegionPickerDialog.h"

#include "ScreenFit.h"

#include "RegionBrowserWidget.h"
#include "WorldMapView.h"
#include "models/CloudCatalog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fjord {

RegionPickerDialog::RegionPickerDialog(CloudCatalog* catalog, const QString& currentCloud,
                                       QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setObjectName(u"regionPickerDialog"_s);
    setWindowTitle(tr("Choose a Cloud Region"));
    setAccessibleName(tr("Choose a cloud region"));

    m_browser = new RegionBrowserWidget(catalog, this);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    m_selectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"choosePushButton"_s);
    ok->setText(tr("&Choose Region"));
    ok->setAccessibleName(tr("Choose region"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_selectionLabel, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(bottom);

    connect(m_browser, &RegionBrowserWidget::cloudSelected, this, &RegionPickerDialog::updateState);
    connect(m_browser, &RegionBrowserWidget::cloudActivated, this, [this](const QString& name) {
        if (!name.isEmpty() && name == m_browser->selectedCloudName())
            accept();
    });

    // Roomy where the screen allows, never larger than its available area (a 1024x700
    // screen keeps Choose Region and Cancel in view).
    screenfit::resizeToFit(this, QSize(1180, 760));
    m_browser->setSelectedCloudName(currentCloud);
    updateState();
    // Centre once the map has its final size.
    QTimer::singleShot(0, this, [this, currentCloud] {
        if (!currentCloud.isEmpty())
            m_browser->mapView()->revealCloud(currentCloud, 2.5);
    });
    m_browser->mapView()->setFocus();
}

RegionPickerDialog::~RegionPickerDialog() = default;

QString RegionPickerDialog::selectedCloudName() const
{
    return m_browser->selectedCloudName();
}

void RegionPickerDialog::setDefaultCloudProjects(const QHash<QString, QStringList>& projectsByCloud)
{
    m_browser->setDefaultCloudProjects(projectsByCloud);
}

void RegionPickerDialog::updateState()
{
    const QString name = selectedCloudName();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty());
    m_selectionLabel->setText(
        name.isEmpty()
            ? tr("No region selected")
            : tr("Selected: <b>%1</b> (%2)")
                  .arg(m_catalog ? m_catalog->describe(name).toHtmlEscaped() : name.toHtmlEscaped(),
                       name.toHtmlEscaped()));
}

} // namespace fjord
