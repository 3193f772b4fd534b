<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BatchPanel</name>
    <message numerus="yes">
        <location filename="../../patchscaler_gui/ui/batch.py" line="+326" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n image(s) of the batch could not be upscaled: the queue says why.</source>
        <translation>
            <numerusform>%n image of the batch could not be upscaled: the queue says why.</numerusform>
            <numerusform>%n images of the batch could not be upscaled: the queue says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>%n output file(s) already exist in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%n output file already exists in %1: %2. Replace it?</numerusform>
            <numerusform>%n output files already exist in %1: %2. Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../patchscaler_gui/ui/main_window.py" line="+240" />
        <source>%n image(s) added to the batch queue.</source>
        <translation>
            <numerusform>%n image added to the batch queue.</numerusform>
            <numerusform>%n images added to the batch queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>View</name>
    <message numerus="yes">
        <location filename="../../patchscaler_gui/ui/view.py" line="+108" />
        <source>Start step %1, %n step(s)</source>
        <translation>
            <numerusform>Start step %1, %n step</numerusform>
            <numerusform>Start step %1, %n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
