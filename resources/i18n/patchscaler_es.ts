<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/about.py" line="+34" />
        <source>About PatchScaler</source>
        <translation>Acerca de PatchScaler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1.</source>
        <translation>Modelo: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its model card</source>
        <translation>su ficha del modelo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1; %2 says how it was trained, on which photos, and how well it does.</source>
        <translation>Modelo: %1; %2 explica cómo se entrenó, con qué fotos y lo bien que funciona.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Photos upscaled ×4 by a patch-independent diffusion model, after “PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution” (arXiv 2405.17158). Its authors published no code or weights: this implementation and its model were made for this project.</source>
        <translation>Fotos ampliadas ×4 por un modelo de difusión independiente por parches, según «PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution» (arXiv 2405.17158). Sus autores no publicaron código ni pesos: esta implementación y su modelo se hicieron para este proyecto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the MIT licence. The shipped model was trained on photos under free licences (listed in its model card) and in part on the outputs of Real-ESRGAN x4plus (BSD-3-Clause).</source>
        <translation>Software libre bajo la licencia MIT. El modelo incluido se entrenó con fotos bajo licencias libres (enumeradas en su ficha del modelo) y en parte con las salidas de Real-ESRGAN x4plus (BSD-3-Clause).</translation>
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
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open one image, or several for the batch queue</source>
        <translation>Abrir una imagen, o varias para la cola de lotes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue every image in a folder</source>
        <translation>Poner en cola todas las imágenes de una carpeta</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the image on the clipboard</source>
        <translation>Abrir la imagen del portapapeles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy Result</source>
        <translation>Copiar &amp;resultado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the result on the clipboard, at the output scale</source>
        <translation>Poner el resultado en el portapapeles, a la escala de salida</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the result as PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)</source>
        <translation>Guardar el resultado como PNG, JPEG, WebP o TIFF (se conservan EXIF, ICC y DPI)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close PatchScaler</source>
        <translation>Cerrar PatchScaler</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Sample every patch that is not up to date with the current settings</source>
        <translation>Muestrear todos los parches que no están al día con los ajustes actuales</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Preview &amp;Visible Area</source>
        <translation>&amp;Vista previa del área visible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample only the patches in view first (Run does the rest)</source>
        <translation>Muestrear primero solo los parches visibles (Ejecutar hace el resto)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current run within one step</source>
        <translation>Detener la ejecución actual en un paso como máximo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint patches into another group (choose the group in Run → Brush group)</source>
        <translation>Pintar parches en otro grupo (elija el grupo en Ejecutar → Pincel: …)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Larger Brush</source>
        <translation>Pincel más &amp;grande</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint more patches at once</source>
        <translation>Pintar más parches a la vez</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Smaller Brush</source>
        <translation>Pincel más pe&amp;queño</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint fewer patches at once</source>
        <translation>Pintar menos parches a la vez</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brush: %1</source>
        <translation>Pincel: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take back the last edit: a brush stroke, or a change of the look, the sliders, the switches, the seed or the sharpening</source>
        <translation>Deshacer la última modificación: un trazo del pincel o un cambio del estilo, los controles deslizantes, los interruptores, la semilla o el enfoque</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Red&amp;o</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the last edit taken back</source>
        <translation>Rehacer la última modificación deshecha</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear &amp;Brush Strokes</source>
        <translation>&amp;Borrar trazos del pincel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every painted patch back to the thresholds (Undo takes it back)</source>
        <translation>Devolver todos los parches pintados a los umbrales (Deshacer lo revierte)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset to &amp;Model Defaults</source>
        <translation>Restablecer valores del &amp;modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The default look: budgets, starts, thresholds, clean-up, texture prompt and sharpening as the model was calibrated</source>
        <translation>El estilo predeterminado: presupuestos, pasos iniciales, umbrales, limpieza, prompt de textura y enfoque tal como se calibró el modelo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Heatmap</source>
        <translation>&amp;Mapa de calor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the per-patch difficulty and the group boundaries</source>
        <translation>Mostrar la dificultad de cada parche y los límites de los grupos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the image in the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One output pixel per screen pixel</source>
        <translation>Un píxel de salida por píxel de pantalla</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the whole screen to the window</source>
        <translation>Mostrar la ventana a pantalla completa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Divider &amp;Left</source>
        <translation>Divisor a la &amp;izquierda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the before/after divider left (%1 moves further)</source>
        <translation>Mover a la izquierda el divisor antes/después (%1 lo mueve más)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider &amp;Right</source>
        <translation>Divisor a la &amp;derecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right</source>
        <translation>Mover el divisor a la derecha</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Divider Far Left</source>
        <translation>Divisor muy a la i&amp;zquierda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider left by a tenth</source>
        <translation>Mover el divisor una décima parte a la izquierda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider Far Righ&amp;t</source>
        <translation>Divisor muy a la de&amp;recha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right by a tenth</source>
        <translation>Mover el divisor una décima parte a la derecha</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use another model folder (config.json + model.safetensors)</source>
        <translation>Usar otra carpeta de modelo (config.json + model.safetensors)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Batch Queue</source>
        <translation>Cola de &amp;lotes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the batch queue (%1)</source>
        <translation>Mostrar la cola de lotes (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Controls</source>
        <translation>Co&amp;ntroles</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the side panel (%1)</source>
        <translation>Mostrar los controles (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List every shortcut</source>
        <translation>Listar todos los atajos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About PatchScaler</source>
        <translation>&amp;Acerca de PatchScaler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version, the model, licences and credits</source>
        <translation>La versión, el modelo, las licencias y los créditos</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Brush &amp;Group</source>
        <translation>Gr&amp;upo del pincel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Thresholds</source>
        <translation>&amp;Umbrales</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Simple</source>
        <translation>&amp;Simple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Medium</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Hard</source>
        <translation>&amp;Difícil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush puts patches into the %1 group</source>
        <translation>El pincel pone los parches en el grupo «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush gives patches back to the thresholds</source>
        <translation>El pincel devuelve los parches a los umbrales</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>A&amp;rchivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Red&amp;o %1</source>
        <translation>Re&amp;hacer: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../patchscaler_gui/ui/app.py" line="+52" />
        <source>PatchScaler could not open its window: %1: %2. The details are on the terminal (standard error); please report them.</source>
        <translation>PatchScaler no pudo abrir su ventana: %1: %2. Los detalles están en el terminal (salida de error estándar); por favor, infórmelos.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/batch.py" line="+97" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch queue</source>
        <translation>Cola de lotes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One row per file: its name, its status and the file it was saved as</source>
        <translation>Una fila por archivo: su nombre, su estado y el archivo en que se guardó</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Where the queue writes its results</source>
        <translation>Dónde escribe la cola sus resultados</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output folder…</source>
        <translation>Carpeta de salida…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the output folder (%1)</source>
        <translation>Elegir la carpeta de salida (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the output folder in the file manager</source>
        <translation>Mostrar la carpeta de salida en el gestor de archivos</translation>
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
        <translation>Progreso total de la cola</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upscale every waiting file (%1)</source>
        <translation>Escalar todos los archivos en espera (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the current file and go on with the next (%1)</source>
        <translation>Detener el archivo actual y seguir con el siguiente (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel queue</source>
        <translation>Cancelar cola</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the queue; files not done stay waiting (%1)</source>
        <translation>Detener la cola; los archivos sin terminar siguen en espera (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take the selected files out of the queue (%1 in the table)</source>
        <translation>Quitar de la cola los archivos seleccionados (%1 en la tabla)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every file from the queue</source>
        <translation>Quitar todos los archivos de la cola</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Batch: Remove</source>
        <translation>Cola de lotes: quitar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Batch: Output folder…</source>
        <translation>Cola de lotes: carpeta de salida…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Start</source>
        <translation>Cola de lotes: iniciar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Skip</source>
        <translation>Cola de lotes: omitir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Cancel queue</source>
        <translation>Cola de lotes: cancelar cola</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Output: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No model loaded: choose one with Model → Open… first.</source>
        <translation>Ningún modelo cargado: use primero Modelo → Abrir modelo… para elegir uno.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Finished in %1</source>
        <translation>Terminado en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n image(s) of the batch could not be upscaled: the queue says why.</source>
        <translation>
            <numerusform>%n imagen de la cola de lotes no se pudo escalar: la cola indica por qué.</numerusform>
            <numerusform>%n imágenes de la cola de lotes no se pudieron escalar: la cola indica por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Replace existing files?</source>
        <translation>¿Reemplazar los archivos existentes?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n output file(s) already exist in %1: %2. Replace them?</source>
        <translation>
            <numerusform>Ya existe %n archivo de salida en %1: %2. ¿Reemplazarlo?</numerusform>
            <numerusform>Ya existen %n archivos de salida en %1: %2. ¿Reemplazarlos?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1 of %2 done · ETA %3</source>
        <translation>%1 de %2 hechos · quedan %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+0" />
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../patchscaler_gui/ui/canvas.py" line="+192" />
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Left of the divider: the input (bilinear ×4); right of it: the result. The divider is at %1 %; %2 and %3 move it.</source>
        <translation>A la izquierda del divisor: la entrada (bilineal ×4); a la derecha: el resultado. El divisor está al %1 %; %2 y %3 lo mueven.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Drop photos or folders here
or open them with File → Open… (%1) or paste one (%2)</source>
        <translation>Suelte aquí fotos o carpetas
o ábralas con Archivo → Abrir… (%1) o pegue una (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input (bilinear ×4)</source>
        <translation>Entrada (bilineal ×4)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/controls.py" line="+59" />
        <source>Fidelity ↔ detail. Faithful keeps closest to the input; Balanced cleans noise and JPEG blocks (photos from phones and the web); Detailed samples more patches with more steps and sharper edges. A look sets the sliders below, the clean-up and texture switches and the sharpening; changing any of them makes it Custom [%1]</source>
        <translation>Fidelidad ↔ detalle. Fiel se mantiene lo más cerca posible de la entrada; Equilibrado limpia el ruido y los bloques JPEG (fotos de móviles y de la web); Detallado muestrea más parches con más pasos y bordes más nítidos. Un estilo ajusta los controles de abajo, los interruptores de limpieza y de prompt de textura y el enfoque; cambiar cualquiera de ellos lo convierte en Personalizado [%1]</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model</source>
        <translation>Ningún modelo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model in use (Model → Open… picks another folder)</source>
        <translation>El modelo en uso (Modelo → Abrir modelo… elige otra carpeta)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Look</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patch groups</source>
        <translation>Grupos de parches</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Diffusion steps for %1 patches (0 = keep the coarse result) [%2]</source>
        <translation>Pasos de difusión para los parches del grupo «%1» (0 = conservar el resultado aproximado) [%2]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start step of %1 patches: lower starts closer to the coarse result (shortcut start) [%2]</source>
        <translation>Paso inicial de los parches del grupo «%1»: más bajo empieza más cerca del resultado aproximado (inicio abreviado) [%2]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: steps</source>
        <translation>%1: pasos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: start step</source>
        <translation>%1: paso inicial</translation>
    </message>
    <message>
        <location line="+4" />
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location line="+8" />
        <source>thresholds</source>
        <translation>umbrales</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Difficulty thresholds: patches below the left handle are simple, at or above the right one hard. The heatmap regroups live; only patches that change group are sampled again. [%1]</source>
        <translation>Umbrales de dificultad: los parches por debajo del tirador izquierdo son simples; los que están en el derecho o por encima, difíciles. El mapa de calor se reagrupa en vivo; solo se vuelven a muestrear los parches que cambian de grupo. [%1]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Difficulty thresholds</source>
        <translation>Umbrales de dificultad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location line="+11" />
        <source>simple &lt; %1 ≤ medium &lt; %2 ≤ hard</source>
        <translation>simple &lt; %1 ≤ medio &lt; %2 ≤ difícil</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Difficulty heatmap</source>
        <translation>Mapa de calor de dificultad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opacity of the heatmap colours [%1]; %2 toggles the heatmap</source>
        <translation>Opacidad de los colores del mapa de calor [%1]; %2 lo muestra u oculta</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Heatmap opacity</source>
        <translation>Opacidad del mapa de calor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Random seed: the same seed gives the same result [%1]</source>
        <translation>Semilla aleatoria: la misma semilla da el mismo resultado [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture prompt (reference texture memory)</source>
        <translation>Prompt de textura (texturas de referencia)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition the denoiser on retrieved reference textures; switch off to see what it adds [%1]</source>
        <translation>Condicionar el eliminador de ruido con las texturas de referencia recuperadas; desactívelo para ver lo que aporta [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Texture prompt</source>
        <translation>Prompt de textura</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up noise and JPEG blocks</source>
        <translation>Limpiar ruido y bloques JPEG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For noisy or JPEG-compressed photos: the coarse stage uses the model's GRM trained on degraded photos, which also smooths fine detail of clean ones; a model with a clean-up gate uses it only where the picture looks degraded [%1]</source>
        <translation>Para fotos con ruido o comprimidas en JPEG: la etapa aproximada usa el GRM del modelo entrenado con fotos degradadas, que también suaviza el detalle fino de las fotos limpias; un modelo con compuerta de limpieza lo usa solo donde la imagen parece degradada [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean-up switch</source>
        <translation>Interruptor de limpieza</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sharpen</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compute device: each GPU (CUDA, Apple MPS) by name with its free memory, and the CPU; networks run in bfloat16 on GPUs [%1]</source>
        <translation>Dispositivo de cálculo: cada GPU (CUDA, Apple MPS) por su nombre con su memoria libre, y la CPU; en las GPU las redes se ejecutan en bfloat16 [%1]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+2" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edge contrast added to the result: how much of the detail finer than the radius is added again (0 = none); each look sets the amount its model was calibrated for [%1]</source>
        <translation>Contraste de bordes añadido al resultado: cuánto del detalle más fino que el radio se vuelve a sumar (0 = nada); cada estilo fija la cantidad para la que se calibró su modelo [%1]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sharpening radius (output pixels): a wide one lifts the soft edges of blurred photos, a narrow one the finest detail, grain included [%1]</source>
        <translation>Radio del enfoque (píxeles de salida): uno amplio realza los bordes suaves de las fotos borrosas; uno estrecho, el detalle más fino, grano incluido [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sharpening amount</source>
        <translation>Cantidad de enfoque</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening radius</source>
        <translation>Radio del enfoque</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Size of the saved files: ×4 is the model's result, as the canvas shows it; ×3, ×2 and ×1 (the input's size) average the pixels under each of theirs [%1]</source>
        <translation>Tamaño de los archivos guardados: ×4 es el resultado del modelo, tal como lo muestra el lienzo; ×3, ×2 y ×1 (el tamaño de la entrada) promedian, para cada uno de sus píxeles, los que tiene debajo [%1]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Output scale</source>
        <translation>Escala de salida</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File format for Save and the batch queue; EXIF, ICC profile and DPI are kept [%1]</source>
        <translation>Formato de archivo para Guardar y la cola de lotes; se conservan EXIF, perfil ICC y DPI [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Output format</source>
        <translation>Formato de salida</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JPEG / WebP quality (PNG and TIFF are lossless) [%1]</source>
        <translation>Calidad JPEG / WebP (PNG y TIFF no tienen pérdida) [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Output quality</source>
        <translation>Calidad de salida</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted: open an image</source>
        <translation>Previsto: abra una imagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patch-steps (denoiser evaluations) the next run needs, and the time they will take at the measured speed</source>
        <translation>Pasos de parche (evaluaciones del eliminador de ruido) que necesita la próxima ejecución, y el tiempo que llevarán a la velocidad medida</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last run: —</source>
        <translation>Última ejecución: —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wall time of the last complete run</source>
        <translation>Tiempo real de la última ejecución completa</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Focus: %1</source>
        <translation>Ir a: %1</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <location filename="../../patchscaler_gui/ui/panel_parts.py" line="+152" />
        <source>CPU · %1 GB free of %2 GB RAM</source>
        <translation>CPU · %1 GB libres de %2 GB de RAM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 · %3 GB free of %4 GB</source>
        <translation>%1 · %2 · %3 GB libres de %4 GB</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../patchscaler_gui/ui/editor.py" line="+256" />
        <source>Brush: %1×%1 patches</source>
        <translation>Pincel: %1×%1 parches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brush: one patch</source>
        <translation>Pincel: un parche</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No model loaded: choose one with Model → Open… to upscale.</source>
        <translation>Ningún modelo cargado: use Modelo → Abrir modelo… para elegir uno y escalar.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Predicted: counted as the tiles run</source>
        <translation>Previsto: se cuenta a medida que avanzan las teselas</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../patchscaler_gui/engine/checkpoints.py" line="+88" />
        <source>No model folder at %1. Pass --model with a folder that holds %2 and %3, or reinstall PatchScaler.</source>
        <translation>No hay ninguna carpeta de modelo en %1. Indique con --model una carpeta que contenga %2 y %3, o reinstale PatchScaler.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>%1 is missing: the model folder is incomplete; reinstall it.</source>
        <translation>Falta %1: la carpeta del modelo está incompleta; reinstálela.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not valid JSON (%2); reinstall the model.</source>
        <translation>%1 no es un JSON válido (%2); reinstale el modelo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a PatchScaler model (%2) config.</source>
        <translation>%1 no es la configuración de un modelo de PatchScaler (%2).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match the sha256 in %2: the file is truncated, corrupt or was modified. Reinstall the model.</source>
        <translation>%1 no coincide con el sha256 de %2: el archivo está truncado, dañado o ha sido modificado. Reinstale el modelo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read as a PatchScaler model: %2</source>
        <translation>%1 no se puede leer como modelo de PatchScaler: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 does not fit the architecture in %2 (%3).</source>
        <translation>%1 no encaja con la arquitectura de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/device.py" line="+86" />
        <source>Unknown device %1: choose one of auto, cpu, cuda, cuda:N (N counts from 0) or mps.</source>
        <translation>Dispositivo desconocido %1: elija auto, cpu, cuda, cuda:N (N empieza en 0) o mps.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device %1 is not available here (available: %2); use --device cpu or auto.</source>
        <translation>El dispositivo %1 no está disponible aquí (disponibles: %2); use --device cpu o auto.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/imageio.py" line="+119" />
        <source>%1: not a regular file (a folder, pipe or device); PatchScaler reads image files.</source>
        <translation>%1: no es un archivo normal (es una carpeta, una tubería o un dispositivo); PatchScaler lee archivos de imagen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: el archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>decoder warning: %1</source>
        <translation>aviso del decodificador: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the image is too large to open safely (%2).</source>
        <translation>%1: la imagen es demasiado grande para abrirla de forma segura (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not an image PatchScaler can read (it reads PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF and, with pillow-heif, HEIC).</source>
        <translation>%1: no es una imagen que PatchScaler pueda leer (lee PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF y, con pillow-heif, HEIC).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not enough memory to decode this image.</source>
        <translation>%1: no hay memoria suficiente para decodificar esta imagen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image is broken or truncated (%2: %3).</source>
        <translation>%1: la imagen está dañada o truncada (%2: %3).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: the image claims a size of %2×%3 pixels.</source>
        <translation>%1: la imagen declara un tamaño de %2×%3 píxeles.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image claims %2×%3 pixels (%4 MP), more than the %5 MP PatchScaler opens; downscale or crop it first.</source>
        <translation>%1: la imagen declara %2×%3 píxeles (%4 MP), más de los %5 MP que abre PatchScaler; redúzcala o recórtela antes.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file has %1 pages: only the first is upscaled</source>
        <translation>el archivo tiene %1 páginas: solo se escala la primera</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 frames (animated): only the first is upscaled</source>
        <translation>el archivo tiene %1 fotogramas (animado): solo se escala el primero</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: pixel format %2 is not supported; save it as 8- or 16-bit RGB or greyscale first.</source>
        <translation>%1: el formato de píxel %2 no es compatible; guárdela antes como RGB o escala de grises de 8 o 16 bits.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the EXIF data could not be rewritten and is not kept</source>
        <translation>los datos EXIF no se pudieron reescribir y no se conservan</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: unknown output format %2; use png, jpg, webp or tiff.</source>
        <translation>%1: formato de salida desconocido %2; use png, jpg, webp o tiff.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>%1: %2 cannot hold %3×%4 pixels (at most %5 per side); save as PNG or TIFF.</source>
        <translation>%1: %2 no admite %3×%4 píxeles (como máximo %5 por lado); guarde como PNG o TIFF.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: refusing to overwrite the input; pass --overwrite.</source>
        <translation>%1: no se sobrescribe la entrada; indique --overwrite.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; pass --overwrite to replace it.</source>
        <translation>%1 ya existe; indique --overwrite para reemplazarlo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image holds invalid values (NaN or infinity), so nothing was written; the model that made it is broken.</source>
        <translation>%1: la imagen contiene valores no válidos (NaN o infinito), así que no se escribió nada; el modelo que la generó está dañado.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/memory.py" line="+125" />
        <source>one patch at a time</source>
        <translation>un parche cada vez</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coarse stage in %1 px tiles</source>
        <translation>la etapa aproximada en teselas de %1 px</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 ran out of memory: continuing in smaller pieces (%2 patches per batch, coarse stage in %3 px tiles), which is slower.</source>
        <translation>%1 se quedó sin memoria: se continúa en trozos más pequeños (%2 parches por lote, etapa aproximada en teselas de %3 px), lo que es más lento.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the computer or lower --tile-memory.</source>
        <translation>no hay memoria suficiente en %1 para esta imagen, ni siquiera con %2; cierre otros programas del equipo o reduzca --tile-memory.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the GPU or use the CPU (--device cpu).</source>
        <translation>no hay memoria suficiente en %1 para esta imagen, ni siquiera con %2; cierre otros programas que usen la GPU o use la CPU (--device cpu).</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/metadata.py" line="+151" />
        <source>the EXIF data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>los datos EXIF (%1 KB) superan lo que admite un archivo JPEG (64 KB) y no se conservan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the XMP data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>los datos XMP (%1 KB) superan lo que admite un archivo JPEG (64 KB) y no se conservan</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CMYK converted to sRGB with its embedded profile</source>
        <translation>CMYK convertido a sRGB con su perfil incrustado</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CMYK converted to RGB without a colour profile</source>
        <translation>CMYK convertido a RGB sin perfil de color</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/model.py" line="+144" />
        <source>This model has no clean-up stage (a GRM trained on noisy, JPEG-compressed photos): upscale without clean-up, or use a model that has one.</source>
        <translation>Este modelo no tiene etapa de limpieza (un GRM entrenado con fotos ruidosas y comprimidas en JPEG): escale sin limpieza o use un modelo que la tenga.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/limits.py" line="+59" />
        <source>the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or downscale the input, or raise the limit (--max-megapixels).</source>
        <translation>la salida tendría %1×%2 = %3 MP, por encima del límite de %4 MP; recorte o reduzca la entrada, o aumente el límite (--max-megapixels).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the folder is read-only; choose another output folder.</source>
        <translation>%1: la carpeta es de solo lectura; elija otra carpeta de salida.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the output needs about %2 MiB but only %3 MiB are free on that disk; free some space or choose another folder.</source>
        <translation>%1: la salida necesita unos %2 MiB, pero solo quedan %3 MiB libres en ese disco; libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/sampler.py" line="+438" />
        <source>The model produced invalid values (NaN or infinity) for this image, so nothing was written: its weights or schedule are broken. Reinstall the model or choose another one.</source>
        <translation>El modelo produjo valores no válidos (NaN o infinito) para esta imagen, así que no se escribió nada: sus pesos o su programación están dañados. Reinstale el modelo o elija otro.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the smallest image tile</source>
        <translation>la tesela de imagen más pequeña</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/publish.py" line="+76" />
        <source>%1: the file name is too long (%2 bytes; this file system takes at most %3); choose a shorter name.</source>
        <translation>%1: el nombre de archivo es demasiado largo (%2 bytes; este sistema de archivos admite como máximo %3); elija un nombre más corto.</translation>
    </message>
    <message>
        <location line="+132" />
        <source>%1: cannot write in this folder (%2); choose another output folder.</source>
        <translation>%1: no se puede escribir en esta carpeta (%2); elija otra carpeta de salida.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 already exists (it may have appeared meanwhile); nothing was replaced.</source>
        <translation>%1 ya existe (puede haber aparecido entretanto); no se reemplazó nada.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: could not write the image (%2); nothing was written.</source>
        <translation>%1: no se pudo escribir la imagen (%2); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../patchscaler_gui/ui/jobs.py" line="+111" />
        <source>Not enough memory for this photo: %1</source>
        <translation>No hay memoria suficiente para esta foto: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sampling failed unexpectedly: %1: %2</source>
        <translation>El muestreo falló inesperadamente: %1: %2</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../../patchscaler_gui/ui/legend.py" line="+27" />
        <source>Patch difficulty (1 − mean confidence of the coarse stage): blue is easy, red is hard. Ticks mark the two thresholds; white lines in the canvas are the group boundaries.</source>
        <translation>Dificultad del parche (1 − confianza media de la etapa aproximada): azul es fácil, rojo es difícil. Las marcas señalan los dos umbrales; las líneas blancas del lienzo son los límites de los grupos.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difficulty heatmap legend</source>
        <translation>Leyenda del mapa de calor de dificultad</translation>
    </message>
    <message>
        <location line="+18" />
        <source>simple: %1   medium: %2   hard: %3 patches</source>
        <translation>simple: %1   medio: %2   difícil: %3 parches</translation>
    </message>
    <message>
        <location line="+2" />
        <source>easy %1</source>
        <translation>fácil %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 hard</source>
        <translation>%1 difícil</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scale from %1 to %2; thresholds at %3 and %4.</source>
        <translation>Escala de %1 a %2; umbrales en %3 y %4.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../patchscaler_gui/ui/history.py" line="+99" />
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Several Settings</source>
        <translation>Varios ajustes</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Look</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch Groups</source>
        <translation>Grupos de parches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture Prompt</source>
        <translation>Prompt de textura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clean-up</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening</source>
        <translation>Enfoque</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/language.py" line="+22" />
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new language applies when PatchScaler starts again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie PatchScaler.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patchscaler_gui/ui/main_window.py" line="+101" />
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batch queue</source>
        <translation>Cola de lotes</translation>
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
        <translation>Pasos de parche hechos en esta ejecución</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom (%1 or wheel, %2 / %3, %4 fit, %5 100 %)</source>
        <translation>Zoom (%1 o rueda, %2 / %3, %4 ajustar, %5 100 %)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Control+rueda</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The model in %1 could not be loaded (%2: %3); choose another with Model → Open… (%4).</source>
        <translation>No se pudo cargar el modelo de %1 (%2: %3); elija otro con Modelo → Abrir modelo… (%4).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No model loaded: %1</source>
        <translation>Ningún modelo cargado: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open model folder</source>
        <translation>Abrir carpeta de modelo</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The batch queue is running: cancel it or add files when it has finished.</source>
        <translation>La cola de lotes está en marcha: cancélela o añada archivos cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No images found in %1.</source>
        <translation>No se encontraron imágenes en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s) added to the batch queue.</source>
        <translation>
            <numerusform>%n imagen añadida a la cola de lotes.</numerusform>
            <numerusform>%n imágenes añadidas a la cola de lotes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>pasted image</source>
        <translation>imagen pegada</translation>
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
        <translation>%1 es un JPEG muy comprimido (calidad ≈ %2): «Limpiar ruido y bloques JPEG» (%3, o el estilo Equilibrado) elimina la mayoría de los bloques.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder of images</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The clipboard holds no image: copy an image or image files.</source>
        <translation>El portapapeles no contiene ninguna imagen: copie una imagen o archivos de imagen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a file on this computer: PatchScaler does not download; save the image first, then open it.</source>
        <translation>%1 no es un archivo de este equipo: PatchScaler no descarga nada; guarde primero la imagen y luego ábrala.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to copy yet: let the run finish first.</source>
        <translation>Aún no hay nada que copiar: deje que termine la ejecución.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Result copied to the clipboard (%1×%2).</source>
        <translation>Resultado copiado al portapapeles (%1×%2).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nothing to save yet: let the run finish first.</source>
        <translation>Aún no hay nada que guardar: deje que termine la ejecución.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>pasted</source>
        <translation>pegada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save result</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
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
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2: %3. PatchScaler keeps running; please report this with the details below.</source>
        <translation>%1: %2: %3. PatchScaler sigue funcionando; informe de esto con los detalles de abajo.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <location filename="../../patchscaler_gui/ui/model_source.py" line="+30" />
        <source>%1 M parameters · patch %2 px · T = %3 · denoiser width %4, depth %5</source>
        <translation>%1 M parámetros · parche %2 px · T = %3 · eliminador de ruido: ancho %4, profundidad %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>clean-up GRM</source>
        <translation>GRM de limpieza</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clean-up gate</source>
        <translation>compuerta de limpieza</translation>
    </message>
    <message>
        <location line="+5" />
        <source>model (in memory)</source>
        <translation>modelo (en memoria)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>untrained test model (random weights)</source>
        <translation>modelo de prueba sin entrenar (pesos aleatorios)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No trained model installed (expected at %1). The app works without one only for viewing: choose a model folder with Model → Open… (%2).</source>
        <translation>No hay ningún modelo entrenado instalado (se esperaba en %1). Sin él, la aplicación solo sirve para ver imágenes: elija una carpeta de modelo con Modelo → Abrir modelo… (%2).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/recent.py" line="+37" />
        <source>Open &amp;Recent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Borrar lista</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../patchscaler_gui/ui/session.py" line="+105" />
        <source>Predicted: after the coarse stage</source>
        <translation>Previsto: tras la etapa aproximada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A large photo: it runs tile by tile, without the heatmap, the brush or partial re-sampling (Run applies changed settings to all of it).</source>
        <translation>Una foto grande: se procesa tesela a tesela, sin mapa de calor, pincel ni remuestreo parcial (Ejecutar aplica los ajustes cambiados a toda la foto).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no model loaded</source>
        <translation>ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Coarse stage…</source>
        <translation>Etapa aproximada…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sampling…</source>
        <translation>Muestreando…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Coarse stage %1; sampling %2 patch-steps…</source>
        <translation>Etapa aproximada %1; muestreando %2 pasos de parche…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last run: %1 for %2 patch-steps</source>
        <translation>Última ejecución: %1 para %2 pasos de parche</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done in %1</source>
        <translation>Terminado en %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../patchscaler_gui/ui/settings.py" line="+141" />
        <source>Settings file %1 could not be read (%2); using defaults.</source>
        <translation>No se pudo leer el archivo de ajustes %1 (%2); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Settings file %1: ignoring bad values for %2; using the defaults for them.</source>
        <translation>Archivo de ajustes %1: se ignoran los valores no válidos de %2; se usan sus valores predeterminados.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Could not save settings to %1 (%2).</source>
        <translation>No se pudieron guardar los ajustes en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/shortcuts.py" line="+25" />
        <location line="+5" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Wheel, drag</source>
        <translation>Rueda, arrastrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom, pan; drag the divider to compare</source>
        <translation>Zoom, desplazamiento; arrastre el divisor para comparar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Command</source>
        <translation>Comando</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../patchscaler_gui/ui/view.py" line="+21" />
        <source>Coarse stage: tile %1/%2 · ETA %3</source>
        <translation>Etapa aproximada: tesela %1/%2 · quedan %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 step %2/%3 · %4/%5 patch-steps · ETA %6</source>
        <translation>%1: paso %2/%3 · %4/%5 pasos de parche · quedan %6</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Up to date (%1 patch-steps in all)</source>
        <translation>Al día (%1 pasos de parche en total)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA ≈ %3</source>
        <translation>Previsto: %1 de %2 pasos de parche · duración ≈ %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA: measuring</source>
        <translation>Previsto: %1 de %2 pasos de parche · duración: midiendo</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (brushed)</source>
        <translation>%1 (pintado)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch %1, %2</source>
        <translation>Parche %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulty %1</source>
        <translation>Dificultad %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Start step %1, %n step(s)</source>
        <translation>
            <numerusform>Paso inicial %1, %n paso</numerusform>
            <numerusform>Paso inicial %1, %n pasos</numerusform>
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
        <translation>medio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hard</source>
        <translation>difícil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Faithful</source>
        <translation>Fiel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detailed</source>
        <translation>Detallado</translation>
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
