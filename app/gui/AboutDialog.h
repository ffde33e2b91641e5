#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace fjord {

// Help > About Fjord: version, licence (with the full GPL text), and where the bundled
// data comes from (Aiven's clouds list, Natural Earth via world-atlas).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    // The attribution text of the Data and credits tab (plain text, for tests and reports).
    QString creditsText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace fjord
