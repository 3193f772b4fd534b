<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/about.py" line="+34" />
        <source>About PatchScaler</source>
        <translation>À propos de PatchScaler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No model is loaded.</source>
        <translation>Aucun modèle n'est chargé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1.</source>
        <translation>Modèle : %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its model card</source>
        <translation>sa fiche de modèle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1; %2 says how it was trained, on which photos, and how well it does.</source>
        <translation>Modèle : %1 ; %2 dit comment il a été entraîné, sur quelles photos, et ce qu'il vaut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Photos upscaled ×4 by a patch-independent diffusion model, after “PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution” (arXiv 2405.17158). Its authors published no code or weights: this implementation and its model were made for this project.</source>
        <translation>Des photos agrandies ×4 par un modèle de diffusion indépendant par patch, d'après « PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution » (arXiv 2405.17158). Ses auteurs n'ont publié ni code ni poids : cette implémentation et son modèle ont été faits pour ce projet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the MIT licence. The shipped model was trained on photos under free licences (listed in its model card) and in part on the outputs of Real-ESRGAN x4plus (BSD-3-Clause).</source>
        <translation>Logiciel libre sous licence MIT. Le modèle fourni a été entraîné sur des photos sous licences libres (listées dans sa fiche de modèle) et en partie sur les sorties de Real-ESRGAN x4plus (BSD-3-Clause).</translation>
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
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open one image, or several for the batch queue</source>
        <translation>Ouvrir une image, ou plusieurs pour le traitement par lots</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue every image in a folder</source>
        <translation>Mettre en file toutes les images d'un dossier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Paste Image</source>
        <translation>&amp;Coller l'image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the image on the clipboard</source>
        <translation>Ouvrir l'image du presse-papiers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy Result</source>
        <translation>Copier le &amp;résultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the result on the clipboard, at the output scale</source>
        <translation>Mettre le résultat dans le presse-papiers, à l'échelle de sortie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the result as PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)</source>
        <translation>Enregistrer le résultat en PNG, JPEG, WebP ou TIFF (EXIF, ICC et DPI conservés)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close PatchScaler</source>
        <translation>Fermer PatchScaler</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Sample every patch that is not up to date with the current settings</source>
        <translation>Échantillonner tous les patchs qui ne sont pas à jour avec les réglages actuels</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Preview &amp;Visible Area</source>
        <translation>&amp;Aperçu de la zone visible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample only the patches in view first (Run does the rest)</source>
        <translation>Échantillonner d'abord les seuls patchs visibles (Exécuter fait le reste)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current run within one step</source>
        <translation>Arrêter l'exécution en cours en une étape au plus</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint patches into another group (choose the group in Run → Brush group)</source>
        <translation>Peindre des patchs dans un autre groupe (choisir le groupe dans Exécuter → Pinceau : …)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Larger Brush</source>
        <translation>Pinceau plus &amp;grand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint more patches at once</source>
        <translation>Peindre plus de patchs à la fois</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Smaller Brush</source>
        <translation>Pinceau plus pe&amp;tit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint fewer patches at once</source>
        <translation>Peindre moins de patchs à la fois</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brush: %1</source>
        <translation>Pinceau : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take back the last edit: a brush stroke, or a change of the look, the sliders, the switches, the seed or the sharpening</source>
        <translation>Annuler la dernière modification : un trait de pinceau, ou un changement du rendu, des curseurs, des interrupteurs, de la graine ou de l'accentuation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Red&amp;o</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the last edit taken back</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear &amp;Brush Strokes</source>
        <translation>&amp;Effacer les traits de pinceau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every painted patch back to the thresholds (Undo takes it back)</source>
        <translation>Rendre tous les patchs peints aux seuils (Annuler les rétablit)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset to &amp;Model Defaults</source>
        <translation>Réinitialiser aux valeurs du &amp;modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The default look: budgets, starts, thresholds, clean-up, texture prompt and sharpening as the model was calibrated</source>
        <translation>Le rendu par défaut : budgets, étapes de départ, seuils, nettoyage, invite de texture et accentuation tels que le modèle a été calibré</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Heatmap</source>
        <translation>&amp;Carte de chaleur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the per-patch difficulty and the group boundaries</source>
        <translation>Afficher la difficulté de chaque patch et les limites des groupes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the image in the window</source>
        <translation>Ajuster l'image à la fenêtre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One output pixel per screen pixel</source>
        <translation>Un pixel de sortie par pixel d'écran</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the whole screen to the window</source>
        <translation>Afficher la fenêtre en plein écran</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Divider &amp;Left</source>
        <translation>Séparateur à &amp;gauche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the before/after divider left (%1 moves further)</source>
        <translation>Déplacer vers la gauche le séparateur avant/après (%1 va plus loin)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider &amp;Right</source>
        <translation>Séparateur à &amp;droite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right</source>
        <translation>Déplacer le séparateur vers la droite</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Divider Far Left</source>
        <translation>Séparateur l&amp;oin à gauche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider left by a tenth</source>
        <translation>Déplacer le séparateur d'un dixième vers la gauche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider Far Righ&amp;t</source>
        <translation>Séparateur loin à dro&amp;ite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right by a tenth</source>
        <translation>Déplacer le séparateur d'un dixième vers la droite</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use another model folder (config.json + model.safetensors)</source>
        <translation>Utiliser un autre dossier de modèle (config.json + model.safetensors)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Batch Queue</source>
        <translation>&amp;Traitement par lots</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the batch queue (%1)</source>
        <translation>Afficher le traitement par lots (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Controls</source>
        <translation>Réglage&amp;s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the side panel (%1)</source>
        <translation>Afficher les réglages (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List every shortcut</source>
        <translation>Lister tous les raccourcis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About PatchScaler</source>
        <translation>À &amp;propos de PatchScaler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version, the model, licences and credits</source>
        <translation>La version, le modèle, les licences et les crédits</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Brush &amp;Group</source>
        <translation>Gr&amp;oupe du pinceau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Thresholds</source>
        <translation>Se&amp;uils</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Simple</source>
        <translation>&amp;Simple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Medium</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Hard</source>
        <translation>&amp;Difficile</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush puts patches into the %1 group</source>
        <translation>Le pinceau place les patchs dans le groupe « %1 »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush gives patches back to the thresholds</source>
        <translation>Le pinceau rend les patchs aux seuils</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>Éditio&amp;n</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Red&amp;o %1</source>
        <translation>Ré&amp;tablir : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../patchscaler_gui/ui/app.py" line="+52" />
        <source>PatchScaler could not open its window: %1: %2. The details are on the terminal (standard error); please report them.</source>
        <translation>PatchScaler n'a pas pu ouvrir sa fenêtre : %1 : %2. Les détails sont dans le terminal (sortie d'erreur standard) ; veuillez les signaler.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/batch.py" line="+97" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch queue</source>
        <translation>Traitement par lots</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One row per file: its name, its status and the file it was saved as</source>
        <translation>Une ligne par fichier : son nom, son état et le fichier sous lequel il a été enregistré</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Where the queue writes its results</source>
        <translation>Où la file écrit ses résultats</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output folder…</source>
        <translation>Dossier de sortie…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the output folder (%1)</source>
        <translation>Choisir le dossier de sortie (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the output folder in the file manager</source>
        <translation>Afficher le dossier de sortie dans le gestionnaire de fichiers</translation>
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
        <translation>Progression globale de la file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upscale every waiting file (%1)</source>
        <translation>Agrandir tous les fichiers en attente (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the current file and go on with the next (%1)</source>
        <translation>Arrêter le fichier en cours et passer au suivant (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel queue</source>
        <translation>Annuler la file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the queue; files not done stay waiting (%1)</source>
        <translation>Arrêter la file ; les fichiers non traités restent en attente (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take the selected files out of the queue (%1 in the table)</source>
        <translation>Retirer de la file les fichiers sélectionnés (%1 dans le tableau)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every file from the queue</source>
        <translation>Retirer tous les fichiers de la file</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Batch: Remove</source>
        <translation>Traitement par lots : retirer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Batch: Output folder…</source>
        <translation>Traitement par lots : dossier de sortie…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Start</source>
        <translation>Traitement par lots : démarrer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Skip</source>
        <translation>Traitement par lots : passer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Cancel queue</source>
        <translation>Traitement par lots : annuler la file</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n'a pu ouvrir %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Output: %1</source>
        <translation>Sortie : %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No model loaded: choose one with Model → Open… first.</source>
        <translation>Aucun modèle chargé : utilisez d'abord Modèle → Ouvrir un modèle… pour en choisir un.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Finished in %1</source>
        <translation>Terminé en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n image(s) of the batch could not be upscaled: the queue says why.</source>
        <translation>
            <numerusform>%n image du traitement par lots n'a pas pu être agrandie : la file indique pourquoi.</numerusform>
            <numerusform>%n images du traitement par lots n'ont pas pu être agrandies : la file indique pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Replace existing files?</source>
        <translation>Remplacer les fichiers existants ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n output file(s) already exist in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%n fichier de sortie existe déjà dans %1 : %2. Le remplacer ?</numerusform>
            <numerusform>%n fichiers de sortie existent déjà dans %1 : %2. Les remplacer ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1 of %2 done · ETA %3</source>
        <translation>%1 sur %2 terminés · reste %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../patchscaler_gui/ui/canvas.py" line="+192" />
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Left of the divider: the input (bilinear ×4); right of it: the result. The divider is at %1 %; %2 and %3 move it.</source>
        <translation>À gauche du séparateur : l'entrée (bilinéaire ×4) ; à droite : le résultat. Le séparateur est à %1 % ; %2 et %3 le déplacent.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Drop photos or folders here
or open them with File → Open… (%1) or paste one (%2)</source>
        <translation>Déposez des photos ou des dossiers ici
ou ouvrez-les avec Fichier → Ouvrir… (%1), ou collez-en une (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input (bilinear ×4)</source>
        <translation>Entrée (bilinéaire ×4)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/controls.py" line="+59" />
        <source>Fidelity ↔ detail. Faithful keeps closest to the input; Balanced cleans noise and JPEG blocks (photos from phones and the web); Detailed samples more patches with more steps and sharper edges. A look sets the sliders below, the clean-up and texture switches and the sharpening; changing any of them makes it Custom [%1]</source>
        <translation>Fidélité ↔ détail. Fidèle reste au plus près de l'entrée ; Équilibré nettoie le bruit et les blocs JPEG (photos de téléphones et du web) ; Détaillé échantillonne plus de patchs avec plus d'étapes et des contours plus nets. Un rendu règle les curseurs ci-dessous, les interrupteurs de nettoyage et d'invite de texture et l'accentuation ; modifier l'un d'eux le rend Personnalisé [%1]</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model in use (Model → Open… picks another folder)</source>
        <translation>Le modèle utilisé (Modèle → Ouvrir un modèle… choisit un autre dossier)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Look</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patch groups</source>
        <translation>Groupes de patchs</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Diffusion steps for %1 patches (0 = keep the coarse result) [%2]</source>
        <translation>Étapes de diffusion pour les patchs du groupe « %1 » (0 = garder l'ébauche) [%2]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start step of %1 patches: lower starts closer to the coarse result (shortcut start) [%2]</source>
        <translation>Étape de départ des patchs du groupe « %1 » : plus bas part plus près de l'ébauche (départ raccourci) [%2]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: steps</source>
        <translation>%1 : étapes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: start step</source>
        <translation>%1 : étape de départ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>thresholds</source>
        <translation>seuils</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Difficulty thresholds: patches below the left handle are simple, at or above the right one hard. The heatmap regroups live; only patches that change group are sampled again. [%1]</source>
        <translation>Seuils de difficulté : les patchs sous la poignée gauche sont simples, ceux à partir de la droite difficiles. La carte de chaleur se regroupe en direct ; seuls les patchs qui changent de groupe sont rééchantillonnés. [%1]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Difficulty thresholds</source>
        <translation>Seuils de difficulté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location line="+11" />
        <source>simple &lt; %1 ≤ medium &lt; %2 ≤ hard</source>
        <translation>simple &lt; %1 ≤ moyen &lt; %2 ≤ difficile</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Difficulty heatmap</source>
        <translation>Carte de chaleur de difficulté</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opacity of the heatmap colours [%1]; %2 toggles the heatmap</source>
        <translation>Opacité des couleurs de la carte de chaleur [%1] ; %2 l'affiche ou la masque</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte de chaleur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Random seed: the same seed gives the same result [%1]</source>
        <translation>Graine aléatoire : la même graine donne le même résultat [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture prompt (reference texture memory)</source>
        <translation>Invite de texture (textures de référence)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition the denoiser on retrieved reference textures; switch off to see what it adds [%1]</source>
        <translation>Conditionner le débruiteur par les textures de référence retrouvées ; désactivez-le pour voir ce qu'il apporte [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Texture prompt</source>
        <translation>Invite de texture</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up noise and JPEG blocks</source>
        <translation>Nettoyer le bruit et les blocs JPEG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For noisy or JPEG-compressed photos: the coarse stage uses the model's GRM trained on degraded photos, which also smooths fine detail of clean ones; a model with a clean-up gate uses it only where the picture looks degraded [%1]</source>
        <translation>Pour les photos bruitées ou compressées en JPEG : l'étape d'ébauche utilise le GRM du modèle entraîné sur des photos dégradées, qui lisse aussi les détails fins des photos propres ; un modèle doté d'une porte de nettoyage ne l'utilise que là où l'image semble dégradée [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean-up switch</source>
        <translation>Interrupteur de nettoyage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sharpen</source>
        <translation>Accentuation</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compute device: each GPU (CUDA, Apple MPS) by name with its free memory, and the CPU; networks run in bfloat16 on GPUs [%1]</source>
        <translation>Processeur de calcul : chaque GPU (CUDA, Apple MPS) par son nom avec sa mémoire libre, et le CPU ; sur GPU, les réseaux tournent en bfloat16 [%1]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+2" />
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edge contrast added to the result: how much of the detail finer than the radius is added again (0 = none); each look sets the amount its model was calibrated for [%1]</source>
        <translation>Contraste des contours ajouté au résultat : quelle part du détail plus fin que le rayon est ajoutée à nouveau (0 = aucune) ; chaque rendu règle la quantité pour laquelle son modèle a été calibré [%1]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sharpening radius (output pixels): a wide one lifts the soft edges of blurred photos, a narrow one the finest detail, grain included [%1]</source>
        <translation>Rayon de l'accentuation (pixels de sortie) : un grand rayon relève les contours doux des photos floues, un petit les détails les plus fins, grain compris [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sharpening amount</source>
        <translation>Quantité d'accentuation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening radius</source>
        <translation>Rayon de l'accentuation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Size of the saved files: ×4 is the model's result, as the canvas shows it; ×3, ×2 and ×1 (the input's size) average the pixels under each of theirs [%1]</source>
        <translation>Taille des fichiers enregistrés : ×4 est le résultat du modèle, tel que le canevas le montre ; ×3, ×2 et ×1 (la taille de l'entrée) moyennent, pour chacun de leurs pixels, ceux qu'il recouvre [%1]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Output scale</source>
        <translation>Échelle de sortie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File format for Save and the batch queue; EXIF, ICC profile and DPI are kept [%1]</source>
        <translation>Format de fichier pour l'enregistrement et le traitement par lots ; EXIF, profil ICC et DPI sont conservés [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Output format</source>
        <translation>Format de sortie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JPEG / WebP quality (PNG and TIFF are lossless) [%1]</source>
        <translation>Qualité JPEG / WebP (PNG et TIFF sont sans perte) [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Output quality</source>
        <translation>Qualité de sortie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted: open an image</source>
        <translation>Prévu : ouvrez une image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patch-steps (denoiser evaluations) the next run needs, and the time they will take at the measured speed</source>
        <translation>Étapes de patch (évaluations du débruiteur) nécessaires à la prochaine exécution, et le temps qu'elles prendront à la vitesse mesurée</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last run: —</source>
        <translation>Dernière exécution : —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wall time of the last complete run</source>
        <translation>Durée réelle de la dernière exécution complète</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Focus: %1</source>
        <translation>Aller à : %1</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <location filename="../../patchscaler_gui/ui/panel_parts.py" line="+152" />
        <source>CPU · %1 GB free of %2 GB RAM</source>
        <translation>CPU · %1 Go libres sur %2 Go de RAM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 · %3 GB free of %4 GB</source>
        <translation>%1 · %2 · %3 Go libres sur %4 Go</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../patchscaler_gui/ui/editor.py" line="+256" />
        <source>Brush: %1×%1 patches</source>
        <translation>Pinceau : %1×%1 patchs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brush: one patch</source>
        <translation>Pinceau : un patch</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No model loaded: choose one with Model → Open… to upscale.</source>
        <translation>Aucun modèle chargé : utilisez Modèle → Ouvrir un modèle… pour en choisir un et agrandir.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Predicted: counted as the tiles run</source>
        <translation>Prévu : compté au fil des tuiles</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../patchscaler_gui/engine/checkpoints.py" line="+88" />
        <source>No model folder at %1. Pass --model with a folder that holds %2 and %3, or reinstall PatchScaler.</source>
        <translation>Aucun dossier de modèle à %1. Indiquez avec --model un dossier contenant %2 et %3, ou réinstallez PatchScaler.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>%1 is missing: the model folder is incomplete; reinstall it.</source>
        <translation>%1 est manquant : le dossier du modèle est incomplet ; réinstallez-le.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not valid JSON (%2); reinstall the model.</source>
        <translation>%1 n'est pas un JSON valide (%2) ; réinstallez le modèle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a PatchScaler model (%2) config.</source>
        <translation>%1 n'est pas la configuration d'un modèle PatchScaler (%2).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match the sha256 in %2: the file is truncated, corrupt or was modified. Reinstall the model.</source>
        <translation>%1 ne correspond pas au sha256 de %2 : le fichier est tronqué, corrompu ou a été modifié. Réinstallez le modèle.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read as a PatchScaler model: %2</source>
        <translation>%1 ne peut pas être lu comme un modèle PatchScaler : %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 does not fit the architecture in %2 (%3).</source>
        <translation>%1 ne correspond pas à l'architecture de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/device.py" line="+86" />
        <source>Unknown device %1: choose one of auto, cpu, cuda, cuda:N (N counts from 0) or mps.</source>
        <translation>Processeur inconnu %1 : choisissez auto, cpu, cuda, cuda:N (N compte à partir de 0) ou mps.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device %1 is not available here (available: %2); use --device cpu or auto.</source>
        <translation>Le processeur %1 n'est pas disponible ici (disponibles : %2) ; utilisez --device cpu ou auto.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/imageio.py" line="+119" />
        <source>%1: not a regular file (a folder, pipe or device); PatchScaler reads image files.</source>
        <translation>%1 : ce n'est pas un fichier ordinaire (dossier, tube ou périphérique) ; PatchScaler lit des fichiers d'image.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1 : le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>decoder warning: %1</source>
        <translation>avertissement du décodeur : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the image is too large to open safely (%2).</source>
        <translation>%1 : l'image est trop grande pour être ouverte sans risque (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not an image PatchScaler can read (it reads PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF and, with pillow-heif, HEIC).</source>
        <translation>%1 : ce n'est pas une image que PatchScaler sait lire (il lit PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF et, avec pillow-heif, HEIC).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not enough memory to decode this image.</source>
        <translation>%1 : mémoire insuffisante pour décoder cette image.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image is broken or truncated (%2: %3).</source>
        <translation>%1 : l'image est endommagée ou tronquée (%2 : %3).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: the image claims a size of %2×%3 pixels.</source>
        <translation>%1 : l'image annonce une taille de %2×%3 pixels.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image claims %2×%3 pixels (%4 MP), more than the %5 MP PatchScaler opens; downscale or crop it first.</source>
        <translation>%1 : l'image annonce %2×%3 pixels (%4 MP), plus que les %5 MP que PatchScaler ouvre ; réduisez-la ou recadrez-la d'abord.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file has %1 pages: only the first is upscaled</source>
        <translation>le fichier a %1 pages : seule la première est agrandie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 frames (animated): only the first is upscaled</source>
        <translation>le fichier a %1 images (animé) : seule la première est agrandie</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: pixel format %2 is not supported; save it as 8- or 16-bit RGB or greyscale first.</source>
        <translation>%1 : le format de pixel %2 n'est pas pris en charge ; enregistrez-la d'abord en RVB ou en niveaux de gris 8 ou 16 bits.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the EXIF data could not be rewritten and is not kept</source>
        <translation>les données EXIF n'ont pas pu être réécrites et ne sont pas conservées</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: unknown output format %2; use png, jpg, webp or tiff.</source>
        <translation>%1 : format de sortie inconnu %2 ; utilisez png, jpg, webp ou tiff.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>%1: %2 cannot hold %3×%4 pixels (at most %5 per side); save as PNG or TIFF.</source>
        <translation>%1 : %2 ne peut pas contenir %3×%4 pixels (au plus %5 par côté) ; enregistrez en PNG ou en TIFF.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: refusing to overwrite the input; pass --overwrite.</source>
        <translation>%1 : l'entrée ne sera pas écrasée ; passez --overwrite.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; pass --overwrite to replace it.</source>
        <translation>%1 existe déjà ; passez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image holds invalid values (NaN or infinity), so nothing was written; the model that made it is broken.</source>
        <translation>%1 : l'image contient des valeurs invalides (NaN ou infini), rien n'a donc été écrit ; le modèle qui l'a produite est défectueux.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/memory.py" line="+125" />
        <source>one patch at a time</source>
        <translation>un patch à la fois</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coarse stage in %1 px tiles</source>
        <translation>l'étape d'ébauche en tuiles de %1 px</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 ran out of memory: continuing in smaller pieces (%2 patches per batch, coarse stage in %3 px tiles), which is slower.</source>
        <translation>%1 manque de mémoire : la suite se fait par morceaux plus petits (%2 patchs par lot, étape d'ébauche en tuiles de %3 px), ce qui est plus lent.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the computer or lower --tile-memory.</source>
        <translation>mémoire insuffisante sur %1 pour cette image, même avec %2 ; fermez d'autres programmes de l'ordinateur ou réduisez --tile-memory.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the GPU or use the CPU (--device cpu).</source>
        <translation>mémoire insuffisante sur %1 pour cette image, même avec %2 ; fermez les autres programmes qui utilisent le GPU ou utilisez le CPU (--device cpu).</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/metadata.py" line="+151" />
        <source>the EXIF data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>les données EXIF (%1 Ko) dépassent ce qu'un fichier JPEG peut contenir (64 Ko) et ne sont pas conservées</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the XMP data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>les données XMP (%1 Ko) dépassent ce qu'un fichier JPEG peut contenir (64 Ko) et ne sont pas conservées</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CMYK converted to sRGB with its embedded profile</source>
        <translation>CMJN converti en sRVB avec son profil incorporé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CMYK converted to RGB without a colour profile</source>
        <translation>CMJN converti en RVB sans profil de couleur</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/model.py" line="+144" />
        <source>This model has no clean-up stage (a GRM trained on noisy, JPEG-compressed photos): upscale without clean-up, or use a model that has one.</source>
        <translation>Ce modèle n'a pas d'étape de nettoyage (un GRM entraîné sur des photos bruitées et compressées en JPEG) : agrandissez sans nettoyage, ou utilisez un modèle qui en a une.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/limits.py" line="+59" />
        <source>the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or downscale the input, or raise the limit (--max-megapixels).</source>
        <translation>la sortie ferait %1×%2 = %3 MP, au-delà de la limite de %4 MP ; recadrez ou réduisez l'entrée, ou relevez la limite (--max-megapixels).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the folder is read-only; choose another output folder.</source>
        <translation>%1 : le dossier est en lecture seule ; choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the output needs about %2 MiB but only %3 MiB are free on that disk; free some space or choose another folder.</source>
        <translation>%1 : la sortie nécessite environ %2 Mio, mais seuls %3 Mio sont libres sur ce disque ; libérez de la place ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/sampler.py" line="+438" />
        <source>The model produced invalid values (NaN or infinity) for this image, so nothing was written: its weights or schedule are broken. Reinstall the model or choose another one.</source>
        <translation>Le modèle a produit des valeurs invalides (NaN ou infini) pour cette image, rien n'a donc été écrit : ses poids ou son échéancier sont défectueux. Réinstallez le modèle ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the smallest image tile</source>
        <translation>la plus petite tuile d'image</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/publish.py" line="+76" />
        <source>%1: the file name is too long (%2 bytes; this file system takes at most %3); choose a shorter name.</source>
        <translation>%1 : le nom de fichier est trop long (%2 octets ; ce système de fichiers en accepte au plus %3) ; choisissez un nom plus court.</translation>
    </message>
    <message>
        <location line="+132" />
        <source>%1: cannot write in this folder (%2); choose another output folder.</source>
        <translation>%1 : impossible d'écrire dans ce dossier (%2) ; choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 already exists (it may have appeared meanwhile); nothing was replaced.</source>
        <translation>%1 existe déjà (il est peut-être apparu entre-temps) ; rien n'a été remplacé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: could not write the image (%2); nothing was written.</source>
        <translation>%1 : impossible d'écrire l'image (%2) ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../patchscaler_gui/ui/jobs.py" line="+111" />
        <source>Not enough memory for this photo: %1</source>
        <translation>Mémoire insuffisante pour cette photo : %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sampling failed unexpectedly: %1: %2</source>
        <translation>L'échantillonnage a échoué de façon inattendue : %1 : %2</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../../patchscaler_gui/ui/legend.py" line="+27" />
        <source>Patch difficulty (1 − mean confidence of the coarse stage): blue is easy, red is hard. Ticks mark the two thresholds; white lines in the canvas are the group boundaries.</source>
        <translation>Difficulté des patchs (1 − confiance moyenne de l'étape d'ébauche) : le bleu est facile, le rouge difficile. Les repères marquent les deux seuils ; les lignes blanches du canevas sont les limites des groupes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difficulty heatmap legend</source>
        <translation>Légende de la carte de chaleur de difficulté</translation>
    </message>
    <message>
        <location line="+18" />
        <source>simple: %1   medium: %2   hard: %3 patches</source>
        <translation>simple : %1   moyen : %2   difficile : %3 patchs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>easy %1</source>
        <translation>facile %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 hard</source>
        <translation>%1 difficile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scale from %1 to %2; thresholds at %3 and %4.</source>
        <translation>Échelle de %1 à %2 ; seuils à %3 et %4.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../patchscaler_gui/ui/history.py" line="+99" />
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Several Settings</source>
        <translation>Plusieurs réglages</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Look</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch Groups</source>
        <translation>Groupes de patchs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture Prompt</source>
        <translation>Invite de texture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clean-up</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening</source>
        <translation>Accentuation</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/language.py" line="+22" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new language applies when PatchScaler starts again.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de PatchScaler.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patchscaler_gui/ui/main_window.py" line="+101" />
        <source>Controls</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batch queue</source>
        <translation>Traitement par lots</translation>
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
        <translation>Étapes de patch effectuées pour cette exécution</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom (%1 or wheel, %2 / %3, %4 fit, %5 100 %)</source>
        <translation>Zoom (%1 ou molette, %2 / %3, %4 ajuster, %5 100 %)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The model in %1 could not be loaded (%2: %3); choose another with Model → Open… (%4).</source>
        <translation>Impossible de charger le modèle de %1 (%2 : %3) ; choisissez-en un autre avec Modèle → Ouvrir un modèle… (%4).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No model loaded: %1</source>
        <translation>Aucun modèle chargé : %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open model folder</source>
        <translation>Ouvrir un dossier de modèle</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The batch queue is running: cancel it or add files when it has finished.</source>
        <translation>Le traitement par lots est en cours : annulez-le ou ajoutez des fichiers quand il sera terminé.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No images found in %1.</source>
        <translation>Aucune image trouvée dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s) added to the batch queue.</source>
        <translation>
            <numerusform>%n image ajoutée au traitement par lots.</numerusform>
            <numerusform>%n images ajoutées au traitement par lots.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+117" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-112" />
        <source>%1 is a heavily compressed JPEG (quality ≈ %2): Clean up noise and JPEG blocks (%3, or the Balanced look) removes most blocks.</source>
        <translation>%1 est un JPEG très compressé (qualité ≈ %2) : « Nettoyer le bruit et les blocs JPEG » (%3, ou le rendu Équilibré) supprime la plupart des blocs.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d'images</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The clipboard holds no image: copy an image or image files.</source>
        <translation>Le presse-papiers ne contient aucune image : copiez une image ou des fichiers d'image.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a file on this computer: PatchScaler does not download; save the image first, then open it.</source>
        <translation>%1 n'est pas un fichier de cet ordinateur : PatchScaler ne télécharge rien ; enregistrez d'abord l'image, puis ouvrez-la.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to copy yet: let the run finish first.</source>
        <translation>Rien à copier pour l'instant : laissez d'abord l'exécution se terminer.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Result copied to the clipboard (%1×%2).</source>
        <translation>Résultat copié dans le presse-papiers (%1×%2).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nothing to save yet: let the run finish first.</source>
        <translation>Rien à enregistrer pour l'instant : laissez d'abord l'exécution se terminer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>pasted</source>
        <translation>collée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Replace file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
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
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2: %3. PatchScaler keeps running; please report this with the details below.</source>
        <translation>%1 : %2 : %3. PatchScaler continue de fonctionner ; veuillez signaler ceci avec les détails ci-dessous.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <location filename="../../patchscaler_gui/ui/model_source.py" line="+30" />
        <source>%1 M parameters · patch %2 px · T = %3 · denoiser width %4, depth %5</source>
        <translation>%1 M paramètres · patch %2 px · T = %3 · débruiteur largeur %4, profondeur %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>clean-up GRM</source>
        <translation>GRM de nettoyage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clean-up gate</source>
        <translation>porte de nettoyage</translation>
    </message>
    <message>
        <location line="+5" />
        <source>model (in memory)</source>
        <translation>modèle (en mémoire)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>untrained test model (random weights)</source>
        <translation>modèle de test non entraîné (poids aléatoires)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No trained model installed (expected at %1). The app works without one only for viewing: choose a model folder with Model → Open… (%2).</source>
        <translation>Aucun modèle entraîné n'est installé (attendu dans %1). Sans modèle, l'application ne sert qu'à visualiser : choisissez un dossier de modèle avec Modèle → Ouvrir un modèle… (%2).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/recent.py" line="+37" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Fichiers récents</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../patchscaler_gui/ui/session.py" line="+105" />
        <source>Predicted: after the coarse stage</source>
        <translation>Prévu : après l'étape d'ébauche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A large photo: it runs tile by tile, without the heatmap, the brush or partial re-sampling (Run applies changed settings to all of it).</source>
        <translation>Une grande photo : elle est traitée tuile par tuile, sans carte de chaleur, pinceau ni rééchantillonnage partiel (Exécuter applique les réglages modifiés à toute la photo).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no model loaded</source>
        <translation>aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Coarse stage…</source>
        <translation>Étape d'ébauche…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Coarse stage %1; sampling %2 patch-steps…</source>
        <translation>Étape d'ébauche %1 ; échantillonnage de %2 étapes de patch…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last run: %1 for %2 patch-steps</source>
        <translation>Dernière exécution : %1 pour %2 étapes de patch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done in %1</source>
        <translation>Terminé en %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../patchscaler_gui/ui/settings.py" line="+141" />
        <source>Settings file %1 could not be read (%2); using defaults.</source>
        <translation>Impossible de lire le fichier de réglages %1 (%2) ; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Settings file %1: ignoring bad values for %2; using the defaults for them.</source>
        <translation>Fichier de réglages %1 : valeurs invalides ignorées pour %2 ; leurs valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Could not save settings to %1 (%2).</source>
        <translation>Impossible d'enregistrer les réglages dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/shortcuts.py" line="+25" />
        <location line="+5" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Wheel, drag</source>
        <translation>Molette, glisser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom, pan; drag the divider to compare</source>
        <translation>Zoom, déplacement ; glisser le séparateur pour comparer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../patchscaler_gui/ui/view.py" line="+21" />
        <source>Coarse stage: tile %1/%2 · ETA %3</source>
        <translation>Étape d'ébauche : tuile %1/%2 · reste %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 step %2/%3 · %4/%5 patch-steps · ETA %6</source>
        <translation>%1 : étape %2/%3 · %4/%5 étapes de patch · reste %6</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Up to date (%1 patch-steps in all)</source>
        <translation>À jour (%1 étapes de patch au total)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA ≈ %3</source>
        <translation>Prévu : %1 étapes de patch sur %2 · durée ≈ %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA: measuring</source>
        <translation>Prévu : %1 étapes de patch sur %2 · durée : mesure en cours</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (brushed)</source>
        <translation>%1 (peint)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch %1, %2</source>
        <translation>Patch %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulty %1</source>
        <translation>Difficulté %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Start step %1, %n step(s)</source>
        <translation>
            <numerusform>Étape de départ %1, %n étape</numerusform>
            <numerusform>Étape de départ %1, %n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../patchscaler_gui/ui/words.py" line="+14" />
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Faithful</source>
        <translation>Fidèle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detailed</source>
        <translation>Détaillé</translation>
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
