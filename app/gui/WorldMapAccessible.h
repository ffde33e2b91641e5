#pragma once

#include <QAccessibleWidget>
#include <QPointer>

namespace fjord {

class WorldMapView;

// What assistive technology sees of the map: a list whose items are the regions on it (west
// to east), each with its place, provider and cloud name, its marker's rectangle, selected
// and focused states, and a press action that selects it. The map's value is the selected
// region. Installed once as an accessibility factory by WorldMapView.
class WorldMapAccessible final : public QAccessibleWidget
{
public:
    explicit WorldMapAccessible(WorldMapView* view);

    static void installFactory();

    QAccessible::Role role() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

private:
    WorldMapView* view() const;
    QAccessibleInterface* regionInterface(const QString& cloudName) const;
};

} // namespace fjord
