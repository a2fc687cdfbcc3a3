#pragma once

class QWidget;

namespace kanbao {

// Escape closes `widget` while the focus is inside it, as it closes a dialog: for secondary windows (the
// entity window, the handbook) and panels opened on demand (the notes browser). A popup open inside it
// (a combo box list, a completer) takes the Escape first.
void closeOnEscape(QWidget *widget);

} // namespace kanbao
