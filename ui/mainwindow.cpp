#include "mainwindow.h"

#include <QLabel>

namespace kanbao {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Kanbao"));
    setCentralWidget(new QLabel(tr("Kanbao"), this));
}

} // namespace kanbao
