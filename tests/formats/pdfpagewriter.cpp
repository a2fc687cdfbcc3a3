// Draws newspaper pages described in JSON (scripts/gen_pdf_pages.py) into a PDF with QPdfWriter: the
// second producer of the PDF test pages. Vertical headlines are drawn as text rotated a quarter turn.
//
// usage: pdfpagewriter LAYOUT.json OUT.pdf
// LAYOUT: {"width", "height" (points), "fonts": {role: family}, "pages": [[op, ...], ...]}, an op being
// {"t": "text"|"vtext", "s", "x", "y" (top of the line), "size", "font": role} or
// {"t": "rule", "x0", "y0", "x1", "y1", "w"}.
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: pdfpagewriter LAYOUT.json OUT.pdf\n";
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        err << args[1] << ": " << in.errorString() << "\n";
        return 1;
    }
    const QJsonObject spec = QJsonDocument::fromJson(in.readAll()).object();
    const QJsonObject fonts = spec.value(QStringLiteral("fonts")).toObject();
    QPdfWriter writer(args[2]);
    writer.setResolution(72); // one unit a point
    writer.setPageSize(QPageSize(QSizeF(spec.value(QStringLiteral("width")).toDouble(),
                                        spec.value(QStringLiteral("height")).toDouble()),
                                 QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Kanbao pdfpagewriter"));
    QPainter painter(&writer);
    const QJsonArray pages = spec.value(QStringLiteral("pages")).toArray();
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        const QJsonArray ops = pages[p].toArray();
        for (const QJsonValue &v : ops) {
            const QJsonObject op = v.toObject();
            const QString type = op.value(QStringLiteral("t")).toString();
            if (type == QLatin1String("rule")) {
                painter.setPen(QPen(Qt::black, op.value(QStringLiteral("w")).toDouble()));
                painter.drawLine(QPointF(op.value(QStringLiteral("x0")).toDouble(), op.value(QStringLiteral("y0")).toDouble()),
                                 QPointF(op.value(QStringLiteral("x1")).toDouble(), op.value(QStringLiteral("y1")).toDouble()));
                continue;
            }
            const QString role = op.value(QStringLiteral("font")).toString();
            QFont font(fonts.value(role).toString());
            font.setPointSizeF(op.value(QStringLiteral("size")).toDouble());
            font.setBold(role == QLatin1String("title"));
            painter.setFont(font);
            painter.setPen(Qt::black);
            const QFontMetricsF metrics(font);
            const QString text = op.value(QStringLiteral("s")).toString();
            const double x = op.value(QStringLiteral("x")).toDouble();
            const double y = op.value(QStringLiteral("y")).toDouble();
            if (type == QLatin1String("text")) {
                painter.drawText(QPointF(x, y + metrics.ascent()), text);
            } else {
                // Rotated a quarter turn clockwise: the line runs down the page from (x, y).
                painter.save();
                painter.translate(x + metrics.descent(), y);
                painter.rotate(90);
                painter.drawText(QPointF(0, 0), text);
                painter.restore();
            }
        }
    }
    return painter.end() ? 0 : 1;
}
