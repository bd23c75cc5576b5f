// The signature pad: strokes from mouse, pen and touch (points only: no pressure, no timing);
// clear and sign again; vector strokes that render the same image again; older records with
// pressure still read and drawn as signed.
#include "consent/SignaturePad.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>

using namespace fortrolig;

class TestSignaturePad : public QObject
{
    Q_OBJECT

    static int inkPixels(const QImage& image)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += qGray(image.pixel(x, y)) < 128;
        return n;
    }

private Q_SLOTS:
    void mouseStrokes()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QSignalSpy changed(&pad, &SignaturePad::changed);
        QTest::mousePress(&pad, Qt::LeftButton, {}, QPoint(50, 100));
        for (int x = 60; x <= 400; x += 20) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, 100 + (x % 40) - 20),
                             pad.mapToGlobal(QPointF(x, 100)), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(&pad, &move);
        }
        QTest::mouseRelease(&pad, Qt::LeftButton, {}, QPoint(410, 100));
        QCOMPARE(pad.signature().strokes.size(), 1);
        QVERIFY(pad.signature().strokes.first().size() >= 18);
        QCOMPARE(pad.signature().strokes.first().first().pressure, 1.0f);
        QVERIFY(pad.signature().isPlausible());
        QCOMPARE(changed.count(), 1);
        // A tap is not a signature.
        pad.clear();
        QVERIFY(pad.signature().isEmpty());
        QTest::mouseClick(&pad, Qt::LeftButton, {}, QPoint(100, 100));
        QVERIFY(!pad.signature().isPlausible());
    }

    void penPressure()
    {
        SignaturePad pad;
        pad.resize(600, 200);
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        const QPointingDevice stylus(
            QStringLiteral("test stylus"), 4242, QInputDevice::DeviceType::Stylus,
            QPointingDevice::PointerType::Pen,
            QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
        auto send = [&](QEvent::Type type, QPointF at, qreal pressure) {
            QTabletEvent e(type, &stylus, at, pad.mapToGlobal(at), pressure, 0, 0, 0, 0, 0, {},
                           type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
            QApplication::sendEvent(&pad, &e);
        };
        send(QEvent::TabletPress, {40, 120}, 0.2);
        for (int i = 1; i <= 20; ++i)
            send(QEvent::TabletMove, {40.0 + i * 20, 120.0 - i}, 0.2 + i * 0.03);
        send(QEvent::TabletRelease, {460, 100}, 0);
        QCOMPARE(pad.signature().strokes.size(), 1);
        const auto& stroke = pad.signature().strokes.first();
        QVERIFY(stroke.size() >= 20);
        // The pen's pressure and the timing are not kept: every point is a place, and the JSON
        // stored with the consent has two numbers per point.
        for (const SignaturePoint& p : stroke)
            QCOMPARE(p.pressure, 1.0f);
        QVERIFY(pad.signature().isPlausible());
        const QJsonObject json = QJsonDocument::fromJson(pad.signature().toJson()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toInt(), 2);
        for (const QJsonValue& point : json.value(QStringLiteral("strokes")).toArray()[0].toArray())
            QCOMPARE(point.toArray().size(), 2);
    }

    void strokesRenderTheSameImageAgain()
    {
        Signature s;
        s.canvas = QSize(600, 200);
        s.strokes = {{{50, 150}, {200, 50.25f}, {350, 150}}, {{400, 100}, {550, 100}}};
        auto back = Signature::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->strokes.at(0).at(1).y, 50.3f); // to a tenth of a pixel
        s.strokes[0][1].y = 50.3f;
        QCOMPARE(back.value(), s);
        QCOMPARE(SignaturePad::render(s, QSize(300, 100)),
                 SignaturePad::render(back.value(), QSize(300, 100)));

        // A record of format 1 (pressure and time per point, before they were dropped): read,
        // and drawn with its pressure, as it was signed.
        s = Signature::fromJson("{\"format\":1,\"width\":600,\"height\":200,\"strokes\":"
                                "[[[50,150,1,0],[200,50,0.5,10],[350,150,1,20]],"
                                "[[400,100,1,30],[550,100,1,40]]]}")
                .value();
        QCOMPARE(s.format, 1);
        QCOMPARE(s.strokes.at(0).at(1).pressure, 0.5f);
        back = Signature::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), s);
        const QImage a = SignaturePad::render(s, QSize(300, 100));
        const QImage b = SignaturePad::render(back.value(), QSize(300, 100));
        QCOMPARE(a, b);
        QVERIFY(inkPixels(a) > 200);
        QCOMPARE(inkPixels(SignaturePad::render(Signature{{}, QSize(600, 200)}, QSize(300, 100))),
                 0);
        QVERIFY(!Signature::fromJson("{\"format\": 2}").ok());
        QVERIFY(!Signature::fromJson("{\"format\":2,\"width\":6,\"height\":2,\"strokes\":"
                                     "[[[1,1,1,0]]]}")
                     .ok()); // format 2 has no pressure
        QVERIFY(
            !Signature::fromJson("{\"format\":3,\"width\":6,\"height\":2,\"strokes\":[]}").ok());
    }
};

QTEST_MAIN(TestSignaturePad)
#include "tst_signaturepad.moc"
