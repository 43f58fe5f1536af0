#include "app/export/pngwriter.h"

#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace nhsx;

namespace {

QImage sampleImage()
{
    QImage image(301, 157, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0xfd, 0xf1, 0xc9));
    painter.drawRoundedRect(QRectF(20, 20, 200, 90), 8, 8);
    painter.drawText(QRectF(20, 20, 200, 90), Qt::AlignCenter, QStringLiteral("Clinical senates"));
    return image;
}

TEST(PngWriter, WritesAPngThatReadsBackPixelForPixel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    const QImage image = sampleImage();
    QString error;
    ASSERT_TRUE(writeFastPng(image, path, &error)) << error.toStdString();
    const QImage readBack(path, "PNG");
    ASSERT_FALSE(readBack.isNull());
    EXPECT_EQ(readBack.size(), image.size());
    EXPECT_EQ(readBack.convertToFormat(QImage::Format_RGB32),
              image.convertToFormat(QImage::Format_RGB32));
}

TEST(PngWriter, NamesTheFileItCannotWrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/dir/shot.png"));
    QString error;
    EXPECT_FALSE(writeFastPng(sampleImage(), path, &error));
    EXPECT_TRUE(error.startsWith(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
