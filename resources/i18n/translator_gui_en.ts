<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Checking</name>
        <message numerus="yes">
            <source>{checks} and %n other(s)</source>
            <translation>
                <numerusform>{checks} and %n other</numerusform>
                <numerusform>{checks} and %n others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConsistencyView</name>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n segment(s) changed by the reviewer were imported.</source>
            <translation>
                <numerusform>%n segment changed by the reviewer was imported.</numerusform>
                <numerusform>%n segments changed by the reviewer were imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message numerus="yes">
            <source>Opened {source} and {draft}: %n segment(s)</source>
            <translation>
                <numerusform>Opened {source} and {draft}: %n segment</numerusform>
                <numerusform>Opened {source} and {draft}: %n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message numerus="yes">
            <source>%n replacement(s)</source>
            <translation>
                <numerusform>%n replacement</numerusform>
                <numerusform>%n replacements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaced in %n segment(s). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Replaced in %n segment. Undo with Ctrl+Z.</numerusform>
                <numerusform>Replaced in %n segments. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{replacements} in %n segment(s). Untick the segments to leave alone, then Replace all.</source>
            <translation>
                <numerusform>{replacements} in %n segment. Untick the segments to leave alone, then Replace all.</numerusform>
                <numerusform>{replacements} in %n segments. Untick the segments to leave alone, then Replace all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message numerus="yes">
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n issue</numerusform>
                <numerusform>%n issues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n issue(s)</source>
            <translation>
                <numerusform>{shown} of %n issue</numerusform>
                <numerusform>{shown} of %n issues</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Memory</name>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) (the most recent)</source>
            <translation>
                <numerusform>%n segment (the most recent)</numerusform>
                <numerusform>%n segments (the most recent)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QaGate</name>
        <message numerus="yes">
            <source>%n critical</source>
            <translation>
                <numerusform>%n critical</numerusform>
                <numerusform>%n critical</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n issue(s) still open ({summary}) in {segments}.</source>
            <translation>
                <numerusform>%n issue still open ({summary}) in {segments}.</numerusform>
                <numerusform>%n issues still open ({summary}) in {segments}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n major</source>
            <translation>
                <numerusform>%n major</numerusform>
                <numerusform>%n major</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minor</source>
            <translation>
                <numerusform>%n minor</numerusform>
                <numerusform>%n minor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n neutral</source>
            <translation>
                <numerusform>%n neutral</numerusform>
                <numerusform>%n neutral</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Segment {number} has %n open issue(s) ({summary}):</source>
            <translation>
                <numerusform>Segment {number} has %n open issue ({summary}):</numerusform>
                <numerusform>Segment {number} has %n open issues ({summary}):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Terminology</name>
        <message numerus="yes">
            <source>Exported %n term(s) to {name}.</source>
            <translation>
                <numerusform>Exported %n term to {name}.</numerusform>
                <numerusform>Exported %n terms to {name}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Glossary {name}: %n term(s).</source>
            <translation>
                <numerusform>Glossary {name}: %n term.</numerusform>
                <numerusform>Glossary {name}: %n terms.</numerusform>
            </translation>
        </message>
    </context>
</TS>
