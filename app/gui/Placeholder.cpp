// Removed once the first widget lands.
namespace fjord::gui {
void placeholder() {}
} // namespace fjord::gui
