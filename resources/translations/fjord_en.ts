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
    <name>fjord::BulkTagsDialog</name>
    <message numerus="yes">
        <source>Edit Tags of %n Project(s)</source>
        <translation>
            <numerusform>Edit Tags of %n Project</numerusform>
            <numerusform>Edit Tags of %n Projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change one tag on %n project(s): %1. Other tags stay as they are.</source>
        <translation>
            <numerusform>Change one tag on %n project: %1. Other tags stay as they are.</numerusform>
            <numerusform>Change one tag on %n projects: %1. Other tags stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n Project(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n Project</numerusform>
            <numerusform>&amp;Apply to %n Projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the tag to all %n project(s).</source>
        <translation>
            <numerusform>Adds the tag to the project.</numerusform>
            <numerusform>Adds the tag to all %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes the tag&apos;s value on all %n project(s).</source>
        <translation>
            <numerusform>Changes the tag&apos;s value on the project.</numerusform>
            <numerusform>Changes the tag&apos;s value on all %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds the tag to %n project(s)</source>
        <translation>
            <numerusform>Adds the tag to %n project</numerusform>
            <numerusform>Adds the tag to %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and changes its value on %n.</source>
        <translation>
            <numerusform>and changes its value on %n.</numerusform>
            <numerusform>and changes its value on %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) already have 10 tags and will refuse a new one.</source>
        <translation>
            <numerusform>%n project already has 10 tags and will refuse a new one.</numerusform>
            <numerusform>%n projects already have 10 tags and will refuse a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes the tag from %n project(s) that have it.</source>
        <translation>
            <numerusform>Removes the tag from %n project that has it.</numerusform>
            <numerusform>Removes the tag from %n projects that have it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing %1 of %n project(s)…</source>
        <translation>
            <numerusform>Changing %1 of %n project…</numerusform>
            <numerusform>Changing %1 of %n projects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: the tag was changed on all %n project(s).</source>
        <translation>
            <numerusform>Done: the tag was changed on the project.</numerusform>
            <numerusform>Done: the tag was changed on all %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed on %n project(s).</source>
        <translation>
            <numerusform>Changed on %n project.</numerusform>
            <numerusform>Changed on %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n: %1.</source>
        <translation>
            <numerusform>Failed on %n: %1.</numerusform>
            <numerusform>Failed on %n: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent to %n (canceled).</source>
        <translation>
            <numerusform>Not sent to %n (canceled).</numerusform>
            <numerusform>Not sent to %n (canceled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Not Done</source>
        <translation>
            <numerusform>&amp;Retry %n Not Done</numerusform>
            <numerusform>&amp;Retry %n Not Done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::MainWindow</name>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln project(s)</source>
        <translation>
            <numerusform>%L1 of %Ln project</numerusform>
            <numerusform>%L1 of %Ln projects</numerusform>
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
    <name>fjord::ProjectEventLogDialog</name>
    <message numerus="yes">
        <source>Copied %n event(s).</source>
        <translation>
            <numerusform>Copied %n event.</numerusform>
            <numerusform>Copied %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
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
    <message numerus="yes">
        <source>Exporting %Ln project(s)…</source>
        <translation>
            <numerusform>Exporting %Ln project…</numerusform>
            <numerusform>Exporting %Ln projects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fjord::ProjectPeopleActions</name>
    <message numerus="yes">
        <source>Edit &amp;Tags of %n Project(s)…</source>
        <translation>
            <numerusform>Edit &amp;Tags of %n Project…</numerusform>
            <numerusform>Edit &amp;Tags of %n Projects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished editing tags of %n project(s).</source>
        <translation>
            <numerusform>Finished editing tags of %n project.</numerusform>
            <numerusform>Finished editing tags of %n projects.</numerusform>
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
