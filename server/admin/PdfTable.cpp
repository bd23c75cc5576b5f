#include "admin/PdfTable.h"

#include <algorithm>

namespace fortrolig::server {

namespace {

constexpr int kWidth = 842; // A4 landscape, in points
constexpr int kHeight = 595;
constexpr int kMargin = 40;
constexpr double kSize = 8.0; // Courier: every glyph is 0.6 of the size wide
constexpr double kLine = kSize * 1.4;
constexpr int kGap = 2; // characters between columns

// A PDF string: Latin-1, with the three characters that need it escaped.
QByteArray pdfString(const QString& text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char b = u < 256 ? char(u) : '?';
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        out += (u < 32) ? ' ' : b;
    }
    return out + ')';
}

QString padded(const QStringList& cells, const QList<int>& widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
        line += cells.at(i).leftJustified(widths.at(i) + kGap, QLatin1Char(' '));
    return line.trimmed();
}

// One page's content stream: the title lines, the heads, then `rows`.
QByteArray pageContent(const QStringList& lines)
{
    QByteArray s = "BT\n/F1 " + QByteArray::number(kSize) + " Tf\n" +
                   QByteArray::number(kLine, 'f', 1) + " TL\n" + QByteArray::number(kMargin) + ' ' +
                   QByteArray::number(kHeight - kMargin) + " Td\n";
    for (const QString& l : lines)
        s += pdfString(l) + " Tj T*\n";
    return s + "ET\n";
}

} // namespace

QByteArray pdfTable(const QStringList& titleLines, const QStringList& header,
                    const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << int(h.size());
    for (const QStringList& r : rows)
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), int(r.at(i).size()));
    const int perPage =
        std::max(1, int((kHeight - 2 * kMargin) / kLine) - int(titleLines.size()) - 3);
    QList<QStringList> pages;
    for (qsizetype at = 0; at < rows.size() || pages.isEmpty(); at += perPage) {
        QStringList lines = titleLines;
        lines << QString() << padded(header, widths);
        for (qsizetype i = at; i < std::min(rows.size(), at + perPage); ++i)
            lines << padded(rows.at(i), widths);
        pages << lines;
    }
    // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content for each page.
    QList<QByteArray> objects;
    QByteArray kids;
    for (qsizetype p = 0; p < pages.size(); ++p)
        kids += QByteArray::number(4 + 2 * p) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>"
            << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                   QByteArray::number(pages.size()) + " >>"
            << "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>";
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QByteArray content = pageContent(pages.at(p));
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kWidth) +
                       ' ' + QByteArray::number(kHeight) +
                       "] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                       QByteArray::number(5 + 2 * p) + " 0 R >>"
                << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                       "endstream";
    }
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace fortrolig::server
