#pragma once

#include <QMainWindow>

namespace kanbao {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace kanbao
