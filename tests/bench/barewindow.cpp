// The start-up baseline: a bare Qt Widgets window that shows, grabs itself to a PNG and exits,
// the least any --screenshot can do. Usage: nhsx-bare-window OUT.png WIDTHxHEIGHT
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QStringList size = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
    QWidget window;
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    const QString out = QString::fromLocal8Bit(argv[1]);
    QTimer::singleShot(0, &window, [&] { QApplication::exit(window.grab().save(out) ? 0 : 1); });
    return QApplication::exec();
}
