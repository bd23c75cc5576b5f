#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fortrolig::server {

// A plain PDF of one table, for a list an administrator sends on (the deletion list): A4
// landscape, Courier (so columns line up without font metrics), black on white, as many
// pages as the rows need, each with the title and the column heads. Text is written in
// WinAnsi (Latin-1 covers Danish); a character outside it becomes '?'. The server links no
// GUI library, so it writes the few PDF objects this needs itself.
QByteArray pdfTable(const QStringList& titleLines, const QStringList& header,
                    const QList<QStringList>& rows);

} // namespace fortrolig::server
