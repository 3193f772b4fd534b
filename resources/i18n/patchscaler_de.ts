<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/about.py" line="+34" />
        <source>About PatchScaler</source>
        <translation>Über PatchScaler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1.</source>
        <translation>Modell: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its model card</source>
        <translation>seine Modellkarte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1; %2 says how it was trained, on which photos, and how well it does.</source>
        <translation>Modell: %1; %2 sagt, wie es trainiert wurde, mit welchen Fotos und wie gut es ist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Photos upscaled ×4 by a patch-independent diffusion model, after “PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution” (arXiv 2405.17158). Its authors published no code or weights: this implementation and its model were made for this project.</source>
        <translation>Fotos ×4 vergrößert von einem patch-unabhängigen Diffusionsmodell, nach „PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution“ (arXiv 2405.17158). Dessen Autoren haben weder Code noch Gewichte veröffentlicht: Diese Implementierung und ihr Modell entstanden für dieses Projekt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the MIT licence. The shipped model was trained on photos under free licences (listed in its model card) and in part on the outputs of Real-ESRGAN x4plus (BSD-3-Clause).</source>
        <translation>Freie Software unter der MIT-Lizenz. Das mitgelieferte Modell wurde mit Fotos unter freien Lizenzen (in seiner Modellkarte aufgeführt) und zum Teil mit den Ausgaben von Real-ESRGAN x4plus (BSD-3-Clause) trainiert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>PatchScaler %1</source>
        <translation>PatchScaler %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../patchscaler_gui/ui/actions.py" line="+57" />
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open one image, or several for the batch queue</source>
        <translation>Ein Bild öffnen oder mehrere für die Stapelverarbeitung</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Folder…</source>
        <translation>O&amp;rdner öffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue every image in a folder</source>
        <translation>Alle Bilder eines Ordners in die Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the image on the clipboard</source>
        <translation>Das Bild aus der Zwischenablage öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy Result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the result on the clipboard, at the output scale</source>
        <translation>Das Ergebnis in der Ausgabeskalierung in die Zwischenablage legen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the result as PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)</source>
        <translation>Das Ergebnis als PNG, JPEG, WebP oder TIFF speichern (EXIF, ICC und DPI bleiben erhalten)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close PatchScaler</source>
        <translation>PatchScaler beenden</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Sample every patch that is not up to date with the current settings</source>
        <translation>Alle Patches berechnen, die nicht den aktuellen Einstellungen entsprechen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Preview &amp;Visible Area</source>
        <translation>&amp;Vorschau des sichtbaren Bereichs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample only the patches in view first (Run does the rest)</source>
        <translation>Zuerst nur die sichtbaren Patches berechnen (Ausführen erledigt den Rest)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current run within one step</source>
        <translation>Den laufenden Durchgang innerhalb eines Schritts anhalten</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint patches into another group (choose the group in Run → Brush group)</source>
        <translation>Patches in eine andere Gruppe malen (die Gruppe unter Ausführen → Pinsel: … wählen)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Larger Brush</source>
        <translation>&amp;Größerer Pinsel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint more patches at once</source>
        <translation>Mehr Patches auf einmal malen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Smaller Brush</source>
        <translation>&amp;Kleinerer Pinsel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint fewer patches at once</source>
        <translation>Weniger Patches auf einmal malen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brush: %1</source>
        <translation>Pinsel: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take back the last edit: a brush stroke, or a change of the look, the sliders, the switches, the seed or the sharpening</source>
        <translation>Die letzte Änderung rückgängig machen: einen Pinselstrich oder eine Änderung von Stil, Reglern, Schaltern, Seed oder Schärfen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Red&amp;o</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the last edit taken back</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear &amp;Brush Strokes</source>
        <translation>&amp;Pinselstriche löschen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every painted patch back to the thresholds (Undo takes it back)</source>
        <translation>Alle bemalten Patches wieder den Schwellwerten überlassen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset to &amp;Model Defaults</source>
        <translation>Auf &amp;Modellvorgaben zurücksetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The default look: budgets, starts, thresholds, clean-up, texture prompt and sharpening as the model was calibrated</source>
        <translation>Der Standardstil: Budgets, Startschritte, Schwellwerte, Bereinigung, Textur-Prompt und Schärfung wie vom Modell kalibriert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the per-patch difficulty and the group boundaries</source>
        <translation>Schwierigkeit je Patch und Gruppengrenzen anzeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the image in the window</source>
        <translation>Das Bild in das Fenster einpassen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One output pixel per screen pixel</source>
        <translation>Ein Ausgabepixel je Bildschirmpixel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;ull Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the whole screen to the window</source>
        <translation>Das Fenster bildschirmfüllend anzeigen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Divider &amp;Left</source>
        <translation>Trennlinie nach &amp;links</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the before/after divider left (%1 moves further)</source>
        <translation>Die Vorher-Nachher-Trennlinie nach links schieben (%1 schiebt weiter)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider &amp;Right</source>
        <translation>Trennlinie nach &amp;rechts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right</source>
        <translation>Die Trennlinie nach rechts schieben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Divider Far Left</source>
        <translation>Trennlinie &amp;weit nach links</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider left by a tenth</source>
        <translation>Die Trennlinie um ein Zehntel nach links schieben</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider Far Righ&amp;t</source>
        <translation>Trennlinie wei&amp;t nach rechts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right by a tenth</source>
        <translation>Die Trennlinie um ein Zehntel nach rechts schieben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use another model folder (config.json + model.safetensors)</source>
        <translation>Einen anderen Modellordner verwenden (config.json + model.safetensors)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Batch Queue</source>
        <translation>Sta&amp;pelverarbeitung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the batch queue (%1)</source>
        <translation>Stapelverarbeitung anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Controls</source>
        <translation>&amp;Bedienfeld</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the side panel (%1)</source>
        <translation>Bedienfeld anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List every shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About PatchScaler</source>
        <translation>&amp;Über PatchScaler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version, the model, licences and credits</source>
        <translation>Version, Modell, Lizenzen und Danksagungen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Brush &amp;Group</source>
        <translation>Pinselg&amp;ruppe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Thresholds</source>
        <translation>&amp;Schwellwerte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Simple</source>
        <translation>&amp;Einfach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Hard</source>
        <translation>Sch&amp;wer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush puts patches into the %1 group</source>
        <translation>Der Pinsel setzt Patches in die Gruppe „%1“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush gives patches back to the thresholds</source>
        <translation>Der Pinsel überlässt Patches wieder den Schwellwerten</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>Date&amp;i</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Red&amp;o %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../patchscaler_gui/ui/app.py" line="+52" />
        <source>PatchScaler could not open its window: %1: %2. The details are on the terminal (standard error); please report them.</source>
        <translation>PatchScaler konnte sein Fenster nicht öffnen: %1: %2. Die Details stehen im Terminal (Standardfehlerausgabe); bitte melden Sie sie.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/batch.py" line="+97" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch queue</source>
        <translation>Stapelverarbeitung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One row per file: its name, its status and the file it was saved as</source>
        <translation>Eine Zeile pro Datei: Name, Status und die Datei, unter der das Ergebnis gespeichert wurde</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Where the queue writes its results</source>
        <translation>Wohin die Warteschlange ihre Ergebnisse schreibt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output folder…</source>
        <translation>Ausgabeordner…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the output folder (%1)</source>
        <translation>Ausgabeordner wählen (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the output folder in the file manager</source>
        <translation>Den Ausgabeordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Overall progress of the queue</source>
        <translation>Gesamtfortschritt der Warteschlange</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upscale every waiting file (%1)</source>
        <translation>Alle wartenden Dateien hochskalieren (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the current file and go on with the next (%1)</source>
        <translation>Die aktuelle Datei abbrechen und mit der nächsten weitermachen (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel queue</source>
        <translation>Warteschlange abbrechen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the queue; files not done stay waiting (%1)</source>
        <translation>Die Warteschlange anhalten; unerledigte Dateien bleiben wartend (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take the selected files out of the queue (%1 in the table)</source>
        <translation>Die ausgewählten Dateien aus der Warteschlange entfernen (%1 in der Tabelle)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every file from the queue</source>
        <translation>Alle Dateien aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Batch: Remove</source>
        <translation>Stapelverarbeitung: Entfernen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Batch: Output folder…</source>
        <translation>Stapelverarbeitung: Ausgabeordner…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Start</source>
        <translation>Stapelverarbeitung: Starten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Skip</source>
        <translation>Stapelverarbeitung: Überspringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Cancel queue</source>
        <translation>Stapelverarbeitung: Warteschlange abbrechen</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No model loaded: choose one with Model → Open… first.</source>
        <translation>Kein Modell geladen: Wählen Sie zuerst eines über Modell → Modell öffnen… aus.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Finished in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n image(s) of the batch could not be upscaled: the queue says why.</source>
        <translation>
            <numerusform>%n Bild der Stapelverarbeitung konnte nicht hochskaliert werden: Die Warteschlange nennt den Grund.</numerusform>
            <numerusform>%n Bilder der Stapelverarbeitung konnten nicht hochskaliert werden: Die Warteschlange nennt die Gründe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Replace existing files?</source>
        <translation>Vorhandene Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n output file(s) already exist in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%n Ausgabedatei existiert bereits in %1: %2. Ersetzen?</numerusform>
            <numerusform>%n Ausgabedateien existieren bereits in %1: %2. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1 of %2 done · ETA %3</source>
        <translation>%1 von %2 fertig · Restzeit %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+0" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../patchscaler_gui/ui/canvas.py" line="+192" />
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Left of the divider: the input (bilinear ×4); right of it: the result. The divider is at %1 %; %2 and %3 move it.</source>
        <translation>Links der Trennlinie: die Eingabe (bilinear ×4); rechts davon: das Ergebnis. Die Trennlinie steht bei %1 %; %2 und %3 verschieben sie.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Drop photos or folders here
or open them with File → Open… (%1) or paste one (%2)</source>
        <translation>Fotos oder Ordner hierher ziehen
oder mit Datei → Öffnen… (%1) öffnen oder eines einfügen (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input (bilinear ×4)</source>
        <translation>Eingabe (bilinear ×4)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/controls.py" line="+59" />
        <source>Fidelity ↔ detail. Faithful keeps closest to the input; Balanced cleans noise and JPEG blocks (photos from phones and the web); Detailed samples more patches with more steps and sharper edges. A look sets the sliders below, the clean-up and texture switches and the sharpening; changing any of them makes it Custom [%1]</source>
        <translation>Treue ↔ Detail. „Getreu“ bleibt am nächsten an der Eingabe; „Ausgewogen“ entfernt Rauschen und JPEG-Blöcke (Fotos von Handys und aus dem Web); „Detailreich“ berechnet mehr Patches mit mehr Schritten und schärferen Kanten. Ein Stil setzt die Regler darunter, den Bereinigungs- und den Textur-Prompt-Schalter sowie die Schärfung; wird einer davon geändert, heißt er „Angepasst“ [%1]</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model in use (Model → Open… picks another folder)</source>
        <translation>Das verwendete Modell (Modell → Modell öffnen… wählt einen anderen Ordner)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Custom</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Look</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patch groups</source>
        <translation>Patch-Gruppen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Diffusion steps for %1 patches (0 = keep the coarse result) [%2]</source>
        <translation>Diffusionsschritte für Patches der Gruppe „%1“ (0 = Grobergebnis behalten) [%2]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start step of %1 patches: lower starts closer to the coarse result (shortcut start) [%2]</source>
        <translation>Startschritt der Patches der Gruppe „%1“: niedriger beginnt näher am Grobergebnis (Abkürzungsstart) [%2]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: steps</source>
        <translation>%1: Schritte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: start step</source>
        <translation>%1: Startschritt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+8" />
        <source>thresholds</source>
        <translation>Schwellwerte</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Difficulty thresholds: patches below the left handle are simple, at or above the right one hard. The heatmap regroups live; only patches that change group are sampled again. [%1]</source>
        <translation>Schwierigkeits-Schwellwerte: Patches unter dem linken Griff sind einfach, ab dem rechten schwer. Die Heatmap gruppiert live neu; nur Patches, die die Gruppe wechseln, werden neu berechnet. [%1]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Difficulty thresholds</source>
        <translation>Schwellwerte der Schwierigkeit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation>Schwellwerte</translation>
    </message>
    <message>
        <location line="+11" />
        <source>simple &lt; %1 ≤ medium &lt; %2 ≤ hard</source>
        <translation>einfach &lt; %1 ≤ mittel &lt; %2 ≤ schwer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Difficulty heatmap</source>
        <translation>Schwierigkeits-Heatmap</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opacity of the heatmap colours [%1]; %2 toggles the heatmap</source>
        <translation>Deckkraft der Heatmap-Farben [%1]; %2 blendet die Heatmap ein und aus</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Heatmap opacity</source>
        <translation>Deckkraft der Heatmap</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Random seed: the same seed gives the same result [%1]</source>
        <translation>Zufalls-Seed: derselbe Seed ergibt dasselbe Ergebnis [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture prompt (reference texture memory)</source>
        <translation>Textur-Prompt (Referenztexturspeicher)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition the denoiser on retrieved reference textures; switch off to see what it adds [%1]</source>
        <translation>Den Entrauscher mit abgerufenen Referenztexturen konditionieren; ausschalten, um zu sehen, was er beiträgt [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Texture prompt</source>
        <translation>Textur-Prompt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up noise and JPEG blocks</source>
        <translation>Rauschen und JPEG-Blöcke entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For noisy or JPEG-compressed photos: the coarse stage uses the model's GRM trained on degraded photos, which also smooths fine detail of clean ones; a model with a clean-up gate uses it only where the picture looks degraded [%1]</source>
        <translation>Für verrauschte oder JPEG-komprimierte Fotos: Die Grobstufe nutzt das auf beschädigten Fotos trainierte GRM des Modells, das auch feine Details sauberer Fotos glättet; ein Modell mit Bereinigungs-Gate nutzt es nur, wo das Bild beschädigt wirkt [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean-up switch</source>
        <translation>Bereinigungsschalter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compute device: each GPU (CUDA, Apple MPS) by name with its free memory, and the CPU; networks run in bfloat16 on GPUs [%1]</source>
        <translation>Rechengerät: jede GPU (CUDA, Apple MPS) mit Namen und freiem Speicher, und die CPU; auf GPUs rechnen die Netze in bfloat16 [%1]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+2" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edge contrast added to the result: how much of the detail finer than the radius is added again (0 = none); each look sets the amount its model was calibrated for [%1]</source>
        <translation>Kantenkontrast für das Ergebnis: wie viel der Details feiner als der Radius noch einmal hinzukommt (0 = keiner); jeder Stil setzt die Stärke, auf die sein Modell kalibriert wurde [%1]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sharpening radius (output pixels): a wide one lifts the soft edges of blurred photos, a narrow one the finest detail, grain included [%1]</source>
        <translation>Radius der Schärfung (Ausgabepixel): Ein großer hebt die weichen Kanten unscharfer Fotos an, ein kleiner die feinsten Details, Körnung eingeschlossen [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sharpening amount</source>
        <translation>Stärke der Schärfung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening radius</source>
        <translation>Radius der Schärfung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Size of the saved files: ×4 is the model's result, as the canvas shows it; ×3, ×2 and ×1 (the input's size) average the pixels under each of theirs [%1]</source>
        <translation>Größe der gespeicherten Dateien: ×4 ist das Ergebnis des Modells, wie die Arbeitsfläche es zeigt; ×3, ×2 und ×1 (die Größe der Eingabe) mitteln für jedes ihrer Pixel die darunterliegenden [%1]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Output scale</source>
        <translation>Ausgabeskalierung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File format for Save and the batch queue; EXIF, ICC profile and DPI are kept [%1]</source>
        <translation>Dateiformat für Speichern und die Stapelverarbeitung; EXIF, ICC-Profil und DPI bleiben erhalten [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JPEG / WebP quality (PNG and TIFF are lossless) [%1]</source>
        <translation>JPEG-/WebP-Qualität (PNG und TIFF sind verlustfrei) [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Output quality</source>
        <translation>Ausgabequalität</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cost</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted: open an image</source>
        <translation>Prognose: Bild öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patch-steps (denoiser evaluations) the next run needs, and the time they will take at the measured speed</source>
        <translation>Patch-Schritte (Auswertungen des Entrauschers), die der nächste Durchgang braucht, und ihre Dauer bei der gemessenen Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last run: —</source>
        <translation>Letzter Durchgang: —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wall time of the last complete run</source>
        <translation>Laufzeit des letzten vollständigen Durchgangs</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <location filename="../../patchscaler_gui/ui/panel_parts.py" line="+152" />
        <source>CPU · %1 GB free of %2 GB RAM</source>
        <translation>CPU · %1 GB von %2 GB RAM frei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 · %3 GB free of %4 GB</source>
        <translation>%1 · %2 · %3 GB von %4 GB frei</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../patchscaler_gui/ui/editor.py" line="+256" />
        <source>Brush: %1×%1 patches</source>
        <translation>Pinsel: %1×%1 Patches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brush: one patch</source>
        <translation>Pinsel: ein Patch</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No model loaded: choose one with Model → Open… to upscale.</source>
        <translation>Kein Modell geladen: Wählen Sie zum Hochskalieren eines über Modell → Modell öffnen… aus.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Predicted: counted as the tiles run</source>
        <translation>Prognose: wird Kachel für Kachel gezählt</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../patchscaler_gui/engine/checkpoints.py" line="+88" />
        <source>No model folder at %1. Pass --model with a folder that holds %2 and %3, or reinstall PatchScaler.</source>
        <translation>Kein Modellordner unter %1. Geben Sie mit --model einen Ordner an, der %2 und %3 enthält, oder installieren Sie PatchScaler neu.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>%1 is missing: the model folder is incomplete; reinstall it.</source>
        <translation>%1 fehlt: Der Modellordner ist unvollständig; installieren Sie ihn neu.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not valid JSON (%2); reinstall the model.</source>
        <translation>%1 ist kein gültiges JSON (%2); installieren Sie das Modell neu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a PatchScaler model (%2) config.</source>
        <translation>%1 ist keine Konfiguration eines PatchScaler-Modells (%2).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match the sha256 in %2: the file is truncated, corrupt or was modified. Reinstall the model.</source>
        <translation>%1 passt nicht zur sha256 in %2: Die Datei ist abgeschnitten, beschädigt oder wurde verändert. Installieren Sie das Modell neu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read as a PatchScaler model: %2</source>
        <translation>%1 lässt sich nicht als PatchScaler-Modell lesen: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 does not fit the architecture in %2 (%3).</source>
        <translation>%1 passt nicht zur Architektur in %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/device.py" line="+86" />
        <source>Unknown device %1: choose one of auto, cpu, cuda, cuda:N (N counts from 0) or mps.</source>
        <translation>Unbekanntes Gerät %1: Wählen Sie auto, cpu, cuda, cuda:N (N zählt ab 0) oder mps.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device %1 is not available here (available: %2); use --device cpu or auto.</source>
        <translation>Das Gerät %1 ist hier nicht verfügbar (verfügbar: %2); verwenden Sie --device cpu oder auto.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/imageio.py" line="+119" />
        <source>%1: not a regular file (a folder, pipe or device); PatchScaler reads image files.</source>
        <translation>%1: keine reguläre Datei (ein Ordner, eine Pipe oder ein Gerät); PatchScaler liest Bilddateien.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: Die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>decoder warning: %1</source>
        <translation>Warnung des Decoders: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the image is too large to open safely (%2).</source>
        <translation>%1: Das Bild ist zu groß, um es sicher zu öffnen (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not an image PatchScaler can read (it reads PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF and, with pillow-heif, HEIC).</source>
        <translation>%1: kein Bild, das PatchScaler lesen kann (es liest PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF und mit pillow-heif HEIC).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not enough memory to decode this image.</source>
        <translation>%1: Nicht genug Speicher, um dieses Bild zu dekodieren.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image is broken or truncated (%2: %3).</source>
        <translation>%1: Das Bild ist beschädigt oder abgeschnitten (%2: %3).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: the image claims a size of %2×%3 pixels.</source>
        <translation>%1: Das Bild gibt eine Größe von %2×%3 Pixeln an.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image claims %2×%3 pixels (%4 MP), more than the %5 MP PatchScaler opens; downscale or crop it first.</source>
        <translation>%1: Das Bild gibt %2×%3 Pixel an (%4 MP), mehr als die %5 MP, die PatchScaler öffnet; verkleinern oder beschneiden Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file has %1 pages: only the first is upscaled</source>
        <translation>die Datei hat %1 Seiten: nur die erste wird hochskaliert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 frames (animated): only the first is upscaled</source>
        <translation>die Datei hat %1 Einzelbilder (animiert): nur das erste wird hochskaliert</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: pixel format %2 is not supported; save it as 8- or 16-bit RGB or greyscale first.</source>
        <translation>%1: Das Pixelformat %2 wird nicht unterstützt; speichern Sie das Bild zuerst als RGB oder Graustufen mit 8 oder 16 Bit.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the EXIF data could not be rewritten and is not kept</source>
        <translation>die EXIF-Daten ließen sich nicht neu schreiben und werden nicht übernommen</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: unknown output format %2; use png, jpg, webp or tiff.</source>
        <translation>%1: unbekanntes Ausgabeformat %2; verwenden Sie png, jpg, webp oder tiff.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>%1: %2 cannot hold %3×%4 pixels (at most %5 per side); save as PNG or TIFF.</source>
        <translation>%1: %2 kann keine %3×%4 Pixel aufnehmen (höchstens %5 pro Seite); speichern Sie als PNG oder TIFF.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: refusing to overwrite the input; pass --overwrite.</source>
        <translation>%1: Die Eingabe wird nicht überschrieben; geben Sie --overwrite an.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; pass --overwrite to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --overwrite an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image holds invalid values (NaN or infinity), so nothing was written; the model that made it is broken.</source>
        <translation>%1: Das Bild enthält ungültige Werte (NaN oder unendlich), daher wurde nichts geschrieben; das Modell, das es erzeugt hat, ist defekt.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/memory.py" line="+125" />
        <source>one patch at a time</source>
        <translation>einem Patch auf einmal</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coarse stage in %1 px tiles</source>
        <translation>der Grobstufe in Kacheln zu %1 px</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 ran out of memory: continuing in smaller pieces (%2 patches per batch, coarse stage in %3 px tiles), which is slower.</source>
        <translation>%1 hat keinen Speicher mehr: Es geht in kleineren Stücken weiter (%2 Patches pro Stapel, Grobstufe in Kacheln zu %3 px), was langsamer ist.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the computer or lower --tile-memory.</source>
        <translation>nicht genug Speicher auf %1 für dieses Bild, selbst mit %2; schließen Sie andere Programme auf dem Computer oder senken Sie --tile-memory.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the GPU or use the CPU (--device cpu).</source>
        <translation>nicht genug Speicher auf %1 für dieses Bild, selbst mit %2; schließen Sie andere Programme, die die GPU nutzen, oder verwenden Sie die CPU (--device cpu).</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/metadata.py" line="+151" />
        <source>the EXIF data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>die EXIF-Daten (%1 KB) sind größer, als eine JPEG-Datei fasst (64 KB), und werden nicht übernommen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the XMP data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>die XMP-Daten (%1 KB) sind größer, als eine JPEG-Datei fasst (64 KB), und werden nicht übernommen</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CMYK converted to sRGB with its embedded profile</source>
        <translation>CMYK mit dem eingebetteten Profil in sRGB umgewandelt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CMYK converted to RGB without a colour profile</source>
        <translation>CMYK ohne Farbprofil in RGB umgewandelt</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/model.py" line="+144" />
        <source>This model has no clean-up stage (a GRM trained on noisy, JPEG-compressed photos): upscale without clean-up, or use a model that has one.</source>
        <translation>Dieses Modell hat keine Bereinigungsstufe (ein GRM, das auf verrauschten, JPEG-komprimierten Fotos trainiert wurde): Skalieren Sie ohne Bereinigung hoch oder verwenden Sie ein Modell mit Bereinigung.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/limits.py" line="+59" />
        <source>the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or downscale the input, or raise the limit (--max-megapixels).</source>
        <translation>die Ausgabe hätte %1×%2 = %3 MP, mehr als die Grenze von %4 MP; beschneiden oder verkleinern Sie die Eingabe oder erhöhen Sie die Grenze (--max-megapixels).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the folder is read-only; choose another output folder.</source>
        <translation>%1: Der Ordner ist schreibgeschützt; wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the output needs about %2 MiB but only %3 MiB are free on that disk; free some space or choose another folder.</source>
        <translation>%1: Die Ausgabe braucht etwa %2 MiB, auf dem Datenträger sind aber nur %3 MiB frei; schaffen Sie Platz oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/sampler.py" line="+438" />
        <source>The model produced invalid values (NaN or infinity) for this image, so nothing was written: its weights or schedule are broken. Reinstall the model or choose another one.</source>
        <translation>Das Modell hat für dieses Bild ungültige Werte (NaN oder unendlich) erzeugt, daher wurde nichts geschrieben: Seine Gewichte oder sein Zeitplan sind defekt. Installieren Sie das Modell neu oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the smallest image tile</source>
        <translation>der kleinsten Bildkachel</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/publish.py" line="+76" />
        <source>%1: the file name is too long (%2 bytes; this file system takes at most %3); choose a shorter name.</source>
        <translation>%1: Der Dateiname ist zu lang (%2 Byte; dieses Dateisystem erlaubt höchstens %3); wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <location line="+132" />
        <source>%1: cannot write in this folder (%2); choose another output folder.</source>
        <translation>%1: In diesen Ordner kann nicht geschrieben werden (%2); wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 already exists (it may have appeared meanwhile); nothing was replaced.</source>
        <translation>%1 existiert bereits (sie ist eventuell inzwischen entstanden); nichts wurde ersetzt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: could not write the image (%2); nothing was written.</source>
        <translation>%1: Das Bild konnte nicht geschrieben werden (%2); nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../patchscaler_gui/ui/jobs.py" line="+111" />
        <source>Not enough memory for this photo: %1</source>
        <translation>Nicht genug Speicher für dieses Foto: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sampling failed unexpectedly: %1: %2</source>
        <translation>Berechnung unerwartet fehlgeschlagen: %1: %2</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../../patchscaler_gui/ui/legend.py" line="+27" />
        <source>Patch difficulty (1 − mean confidence of the coarse stage): blue is easy, red is hard. Ticks mark the two thresholds; white lines in the canvas are the group boundaries.</source>
        <translation>Patch-Schwierigkeit (1 − mittlere Konfidenz der Grobstufe): Blau ist leicht, Rot ist schwer. Die Markierungen zeigen die beiden Schwellwerte; weiße Linien auf der Arbeitsfläche sind die Gruppengrenzen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difficulty heatmap legend</source>
        <translation>Legende der Schwierigkeits-Heatmap</translation>
    </message>
    <message>
        <location line="+18" />
        <source>simple: %1   medium: %2   hard: %3 patches</source>
        <translation>einfach: %1   mittel: %2   schwer: %3 Patches</translation>
    </message>
    <message>
        <location line="+2" />
        <source>easy %1</source>
        <translation>leicht %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 hard</source>
        <translation>%1 schwer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scale from %1 to %2; thresholds at %3 and %4.</source>
        <translation>Skala von %1 bis %2; Schwellwerte bei %3 und %4.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../patchscaler_gui/ui/history.py" line="+99" />
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Several Settings</source>
        <translation>Mehrere Einstellungen</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Look</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch Groups</source>
        <translation>Patch-Gruppen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture Prompt</source>
        <translation>Textur-Prompt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clean-up</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening</source>
        <translation>Schärfung</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/language.py" line="+22" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new language applies when PatchScaler starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von PatchScaler.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patchscaler_gui/ui/main_window.py" line="+101" />
        <source>Controls</source>
        <translation>Bedienfeld</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batch queue</source>
        <translation>Stapelverarbeitung</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Patch-steps done of this run</source>
        <translation>Erledigte Patch-Schritte dieses Durchgangs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom (%1 or wheel, %2 / %3, %4 fit, %5 100 %)</source>
        <translation>Zoom (%1 oder Mausrad, %2 / %3, %4 einpassen, %5 100 %)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The model in %1 could not be loaded (%2: %3); choose another with Model → Open… (%4).</source>
        <translation>Das Modell in %1 konnte nicht geladen werden (%2: %3); wählen Sie über Modell → Modell öffnen… (%4) ein anderes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No model loaded: %1</source>
        <translation>Kein Modell geladen: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The batch queue is running: cancel it or add files when it has finished.</source>
        <translation>Die Stapelverarbeitung läuft: Brechen Sie sie ab oder fügen Sie Dateien hinzu, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No images found in %1.</source>
        <translation>Keine Bilder in %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s) added to the batch queue.</source>
        <translation>
            <numerusform>%n Bild zur Stapelverarbeitung hinzugefügt.</numerusform>
            <numerusform>%n Bilder zur Stapelverarbeitung hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+117" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-112" />
        <source>%1 is a heavily compressed JPEG (quality ≈ %2): Clean up noise and JPEG blocks (%3, or the Balanced look) removes most blocks.</source>
        <translation>%1 ist ein stark komprimiertes JPEG (Qualität ≈ %2): „Rauschen und JPEG-Blöcke entfernen“ (%3 oder der Stil „Ausgewogen“) entfernt die meisten Blöcke.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder of images</source>
        <translation>Bilderordner öffnen</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The clipboard holds no image: copy an image or image files.</source>
        <translation>Die Zwischenablage enthält kein Bild: Kopieren Sie ein Bild oder Bilddateien.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a file on this computer: PatchScaler does not download; save the image first, then open it.</source>
        <translation>%1 ist keine Datei auf diesem Computer: PatchScaler lädt nichts herunter; speichern Sie das Bild zuerst und öffnen Sie es dann.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to copy yet: let the run finish first.</source>
        <translation>Noch nichts zu kopieren: Lassen Sie den Durchgang erst zu Ende laufen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Result copied to the clipboard (%1×%2).</source>
        <translation>Ergebnis in die Zwischenablage kopiert (%1×%2).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nothing to save yet: let the run finish first.</source>
        <translation>Noch nichts zu speichern: Lassen Sie den Durchgang erst zu Ende laufen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../patchscaler_gui/ui/messages.py" line="+102" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2: %3. PatchScaler keeps running; please report this with the details below.</source>
        <translation>%1: %2: %3. PatchScaler läuft weiter; bitte melden Sie dies mit den Details unten.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <location filename="../../patchscaler_gui/ui/model_source.py" line="+30" />
        <source>%1 M parameters · patch %2 px · T = %3 · denoiser width %4, depth %5</source>
        <translation>%1 Mio. Parameter · Patch %2 px · T = %3 · Entrauscher Breite %4, Tiefe %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>clean-up GRM</source>
        <translation>Bereinigungs-GRM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clean-up gate</source>
        <translation>Bereinigungs-Gate</translation>
    </message>
    <message>
        <location line="+5" />
        <source>model (in memory)</source>
        <translation>Modell (im Speicher)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>untrained test model (random weights)</source>
        <translation>untrainiertes Testmodell (Zufallsgewichte)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No trained model installed (expected at %1). The app works without one only for viewing: choose a model folder with Model → Open… (%2).</source>
        <translation>Kein trainiertes Modell installiert (erwartet in %1). Ohne Modell dient die App nur zum Ansehen: Wählen Sie einen Modellordner über Modell → Modell öffnen… (%2).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/recent.py" line="+37" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../patchscaler_gui/ui/session.py" line="+105" />
        <source>Predicted: after the coarse stage</source>
        <translation>Prognose: nach der Grobstufe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A large photo: it runs tile by tile, without the heatmap, the brush or partial re-sampling (Run applies changed settings to all of it).</source>
        <translation>Ein großes Foto: Es läuft Kachel für Kachel, ohne Heatmap, Pinsel oder teilweise Neuberechnung (Ausführen wendet geänderte Einstellungen auf das ganze Foto an).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no model loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Coarse stage…</source>
        <translation>Grobstufe…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sampling…</source>
        <translation>Berechnung…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Coarse stage %1; sampling %2 patch-steps…</source>
        <translation>Grobstufe %1; berechne %2 Patch-Schritte…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last run: %1 for %2 patch-steps</source>
        <translation>Letzter Durchgang: %1 für %2 Patch-Schritte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../patchscaler_gui/ui/settings.py" line="+141" />
        <source>Settings file %1 could not be read (%2); using defaults.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden (%2); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Settings file %1: ignoring bad values for %2; using the defaults for them.</source>
        <translation>Einstellungsdatei %1: Ungültige Werte für %2 werden ignoriert; dafür gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Could not save settings to %1 (%2).</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/shortcuts.py" line="+25" />
        <location line="+5" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Wheel, drag</source>
        <translation>Mausrad, Ziehen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom, pan; drag the divider to compare</source>
        <translation>Zoomen, verschieben; zum Vergleichen die Trennlinie ziehen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../patchscaler_gui/ui/view.py" line="+21" />
        <source>Coarse stage: tile %1/%2 · ETA %3</source>
        <translation>Grobstufe: Kachel %1/%2 · Restzeit %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 step %2/%3 · %4/%5 patch-steps · ETA %6</source>
        <translation>%1: Schritt %2/%3 · %4/%5 Patch-Schritte · Restzeit %6</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Up to date (%1 patch-steps in all)</source>
        <translation>Aktuell (%1 Patch-Schritte insgesamt)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA ≈ %3</source>
        <translation>Prognose: %1 von %2 Patch-Schritten · Dauer ≈ %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA: measuring</source>
        <translation>Prognose: %1 von %2 Patch-Schritten · Dauer: wird gemessen</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (brushed)</source>
        <translation>%1 (gemalt)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch %1, %2</source>
        <translation>Patch %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulty %1</source>
        <translation>Schwierigkeit %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Start step %1, %n step(s)</source>
        <translation>
            <numerusform>Startschritt %1, %n Schritt</numerusform>
            <numerusform>Startschritt %1, %n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../patchscaler_gui/ui/words.py" line="+14" />
        <source>simple</source>
        <translation>einfach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hard</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Faithful</source>
        <translation>Getreu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detailed</source>
        <translation>Detailreich</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
</TS>
