<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A test catalogue, not a translation of the program: two strings, to show the mechanism works. -->
<TS version="2.1" language="fr" sourcelanguage="en_GB">
<context>
    <name>nhsx::MainWindow</name>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
</context>
<context>
    <name>nhsx::TimelineBar</name>
    <message>
        <source>As at</source>
        <translation>À la date du</translation>
    </message>
</context>
</TS>
