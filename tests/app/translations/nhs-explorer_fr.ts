<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A test catalogue, not a translation of the program: a few strings, to show the mechanism works
     for the window's words and for core's messages and dates. -->
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
<context>
    <name>nhsx::DatasetLoader</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>nhsx::Validation</name>
    <message>
        <source>has no role</source>
        <translation>n&apos;a pas de rôle</translation>
    </message>
</context>
<context>
    <name>nhsx::DisplayDate</name>
    <message>
        <source>en_GB</source>
        <translation>fr_FR</translation>
    </message>
</context>
</TS>
