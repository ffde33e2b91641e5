#include "WorldMapAccessible.h"

#include "WorldMapView.h"

#include <QWindow>

using namespace Qt::StringLiterals;

namespace fjord {

namespace {

// One region on the map. It is not a QObject, so the map keeps it registered by id and
// drops it when the region leaves the map.
class MapRegionAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MapRegionAccessible(WorldMapView* view, const QString& cloudName)
        : m_view(view)
        , m_cloud(cloudName)
    {
    }

    bool isValid() const override { return m_view && m_view->indexOfRegion(m_cloud) >= 0; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QList<QPair<QAccessibleInterface*, QAccessible::Relation>>
    relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_view)
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_view->regionAccessibleName(m_cloud);
        case QAccessible::Description:
            return WorldMapView::tr("Region on the map; press to select it");
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString&) override {}

    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect local = m_view->regionRect(m_cloud);
        return local.isNull() ? QRect() : QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_view)
            return state;
        state.selectable = true;
        state.focusable = true;
        const bool selected = m_view->selectedCloud() == m_cloud;
        state.selected = selected;
        state.focused = selected && m_view->hasFocus();
        state.active = selected;
        if (m_view->regionRect(m_cloud).isNull()) {
            state.offscreen = true;
            state.invisible = !m_view->isVisible();
        }
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface*>(this);
        return nullptr;
    }

    QStringList actionNames() const override
    {
        return {pressAction(), setFocusAction(), toggleAction()};
    }
    void doAction(const QString& actionName) override
    {
        if (!m_view)
            return;
        if (actionName == setFocusAction())
            m_view->setFocus(Qt::OtherFocusReason);
        m_view->selectRegionByUser(m_cloud);
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

private:
    QPointer<WorldMapView> m_view;
    QString m_cloud;
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (className == "fjord::WorldMapView"_L1 && object && object->isWidgetType())
        return new WorldMapAccessible(static_cast<WorldMapView*>(object));
    return nullptr;
}

} // namespace

WorldMapAccessible::WorldMapAccessible(WorldMapView* view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

void WorldMapAccessible::installFactory()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        QAccessible::installFactory(factory);
    }
}

WorldMapView* WorldMapAccessible::view() const
{
    return static_cast<WorldMapView*>(widget());
}

QAccessible::Role WorldMapAccessible::role() const
{
    return QAccessible::List;
}

QString WorldMapAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return view()->regionAccessibleName(view()->selectedCloud());
    return QAccessibleWidget::text(t);
}

QAccessibleInterface* WorldMapAccessible::regionInterface(const QString& cloudName) const
{
    auto& ids = view()->m_accessibleRegions;
    const auto it = ids.constFind(cloudName);
    if (it != ids.constEnd())
        return QAccessible::accessibleInterface(it.value());
    auto* region = new MapRegionAccessible(view(), cloudName);
    ids.insert(cloudName, QAccessible::registerAccessibleInterface(region));
    return region;
}

// The regions first, then the map's own child widgets (the zoom buttons).
int WorldMapAccessible::childCount() const
{
    return view()->regionCount() + QAccessibleWidget::childCount();
}

QAccessibleInterface* WorldMapAccessible::child(int index) const
{
    const int regions = view()->regionCount();
    if (index < 0)
        return nullptr;
    if (index < regions)
        return regionInterface(view()->regionAt(index));
    return QAccessibleWidget::child(index - regions);
}

int WorldMapAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child)
        return -1;
    if (!child->object()) {
        for (int i = 0; i < view()->regionCount(); ++i) {
            if (regionInterface(view()->regionAt(i)) == child)
                return i;
        }
        return -1;
    }
    const int index = QAccessibleWidget::indexOfChild(child);
    return index < 0 ? -1 : view()->regionCount() + index;
}

QAccessibleInterface* WorldMapAccessible::focusChild() const
{
    if (!view()->hasFocus() || view()->selectedCloud().isEmpty())
        return nullptr;
    return regionInterface(view()->selectedCloud());
}

QAccessibleInterface* WorldMapAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->mapFromGlobal(QPoint(x, y));
    const QStringList names = view()->cloudsAt(local);
    if (names.size() == 1)
        return regionInterface(names.first());
    return QAccessibleWidget::childAt(x, y);
}

} // namespace fjord
