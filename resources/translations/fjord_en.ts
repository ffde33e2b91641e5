<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fjord::ActivityWindow</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n request(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n request to the clipboard.</numerusform>
            <numerusform>Copied %n requests to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::MainWindow</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 of %n project</numerusform>
            <numerusform>%1 of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ProjectEditDialog</name>
    <message numerus="yes">
        <source>%n change(s) will be sent for “%1”:</source>
        <translation>
            <numerusform>This change will be sent for “%1”:</numerusform>
            <numerusform>These %n changes will be sent for “%1”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Correct the %n field(s) marked in red.</source>
        <translation>
            <numerusform>Correct the field marked in red.</numerusform>
            <numerusform>Correct the %n fields marked in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ProjectExportActions</name>
    <message numerus="yes">
        <source>Exported %n project(s) to %1</source>
        <translation>
            <numerusform>Exported %n project to %1</numerusform>
            <numerusform>Exported %n projects to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::RegionBrowserWidget</name>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n region(s)</source>
        <translation>
            <numerusform>%1 of %n region</numerusform>
            <numerusform>%1 of %n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::WorldMapView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n regions&lt;/b&gt; (click to zoom in)</source>
        <translation>
            <numerusform>&lt;b&gt;%n regions&lt;/b&gt; (click to zoom in)</numerusform>
            <numerusform>&lt;b&gt;%n regions&lt;/b&gt; (click to zoom in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) shown.</source>
        <translation>
            <numerusform>%n region shown.</numerusform>
            <numerusform>%n regions shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
