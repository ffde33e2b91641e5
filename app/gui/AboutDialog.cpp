#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "DesktopSetup.h"
#include "util/Version.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace fjord {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("About Fjord"));

    // The icon follows the screen's pixel ratio, so it stays sharp on high-DPI screens.
    m_ui->iconLabel->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    m_ui->iconLabel->setAccessibleName(tr("Fjord icon"));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->versionLabel->setText(tr("Version %1").arg(versionString()));

    m_ui->aboutTextBrowser->setHtml(
        u"<p>"_s +
        tr("Fjord lists your Aiven projects, creates, edits and deletes them, and shows every "
           "Aiven cloud region on an offline world map. A built-in sandbox lets you try it "
           "all without an account.") +
        u"</p><p><a href=\"https://github.com/fjord-desktop/fjord\">"
        u"github.com/fjord-desktop/fjord</a></p><p>"_s +
        tr("Built with Qt %1, running on Qt %2 (%3).")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QSysInfo::prettyProductName()) +
        u"</p>"_s);
    m_ui->aboutTextBrowser->setAccessibleName(tr("About Fjord"));

    m_ui->licenseSummaryLabel->setText(
        tr("Fjord is free software: you can redistribute it and/or modify it under the terms of "
           "the GNU General Public License as published by the Free Software Foundation, "
           "either version 3 of the License, or (at your option) any later version. It comes "
           "with ABSOLUTELY NO WARRANTY."));
    QFile license(QStringLiteral(":/about/LICENSE"));
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        m_ui->licensePlainTextEdit->setPlainText(QString::fromUtf8(license.readAll()));
    m_ui->licensePlainTextEdit->setAccessibleName(tr("GNU General Public License, version 3"));

    m_ui->creditsTextBrowser->setHtml(
        u"<h4>"_s + tr("Cloud regions") + u"</h4><p>"_s +
        tr("The list of Aiven clouds (names, descriptions, providers and coordinates) comes "
           "from Aiven's public API, <code>GET /v1/clouds</code>, as published in Aiven's "
           "documentation. It lets the map work offline and seeds the sandbox.") +
        u"</p><h4>"_s + tr("World map") + u"</h4><p>"_s +
        tr("Made with Natural Earth. Free vector and raster map data @ "
           "<a href=\"https://www.naturalearthdata.com\">naturalearthdata.com</a> "
           "(public domain), as TopoJSON from the "
           "<a href=\"https://github.com/topojson/world-atlas\">world-atlas</a> package by "
           "Mike Bostock (ISC licence).") +
        u"</p><h4>"_s + tr("Libraries") + u"</h4><p>"_s +
        tr("Qt (GPL-3.0 and LGPL-3.0), including Qt HttpServer for the sandbox (GPL-3.0); "
           "QtKeychain (BSD-2-Clause) for the system keychain.") +
        u"</p>"_s);
    m_ui->creditsTextBrowser->setAccessibleName(tr("Data and credits"));

    m_ui->aboutTabWidget->setAccessibleName(tr("About, licence and credits"));
    m_ui->aboutQtPushButton->setAccessibleName(tr("About Qt"));
    m_ui->closeDialogButtonBox->setAccessibleName(tr("Close"));
    connect(m_ui->aboutQtPushButton, &QPushButton::clicked, this,
            [this] { QMessageBox::aboutQt(this, tr("About Qt")); });
    connect(m_ui->closeDialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->closeDialogButtonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::creditsText() const
{
    return m_ui->creditsTextBrowser->toPlainText();
}

} // namespace fjord
