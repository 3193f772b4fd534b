<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/about.py" line="+34" />
        <source>About PatchScaler</source>
        <translation>关于 PatchScaler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1.</source>
        <translation>模型：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its model card</source>
        <translation>其模型卡</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1; %2 says how it was trained, on which photos, and how well it does.</source>
        <translation>模型：%1；%2 说明了它的训练方法、所用照片及效果。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Photos upscaled ×4 by a patch-independent diffusion model, after “PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution” (arXiv 2405.17158). Its authors published no code or weights: this implementation and its model were made for this project.</source>
        <translation>用与图块无关的扩散模型将照片放大 4 倍，依据论文“PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution”（arXiv 2405.17158）。论文作者未发布代码或权重：本实现及其模型是为本项目制作的。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the MIT licence. The shipped model was trained on photos under free licences (listed in its model card) and in part on the outputs of Real-ESRGAN x4plus (BSD-3-Clause).</source>
        <translation>采用 MIT 许可证的自由软件。随附的模型使用自由许可证的照片（列于其模型卡中）训练，部分训练数据来自 Real-ESRGAN x4plus（BSD-3-Clause）的输出。</translation>
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
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open one image, or several for the batch queue</source>
        <translation>打开一张图像，或打开多张加入批处理队列</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue every image in a folder</source>
        <translation>将文件夹中的所有图像加入队列</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the image on the clipboard</source>
        <translation>打开剪贴板中的图像</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy Result</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the result on the clipboard, at the output scale</source>
        <translation>将结果按输出倍数复制到剪贴板</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the result as PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)</source>
        <translation>将结果保存为 PNG、JPEG、WebP 或 TIFF（保留 EXIF、ICC 和 DPI）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close PatchScaler</source>
        <translation>关闭 PatchScaler</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Sample every patch that is not up to date with the current settings</source>
        <translation>对所有与当前设置不一致的图块进行采样</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Preview &amp;Visible Area</source>
        <translation>预览可见区域(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample only the patches in view first (Run does the rest)</source>
        <translation>先只对视野中的图块采样（“运行”完成其余部分）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current run within one step</source>
        <translation>在一步之内停止当前运行</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint patches into another group (choose the group in Run → Brush group)</source>
        <translation>将图块涂入另一组（在“运行 → 画笔：…”中选择组）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Larger Brush</source>
        <translation>增大画笔(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint more patches at once</source>
        <translation>一次涂更多图块</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Smaller Brush</source>
        <translation>减小画笔(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint fewer patches at once</source>
        <translation>一次涂更少图块</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brush: %1</source>
        <translation>画笔：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take back the last edit: a brush stroke, or a change of the look, the sliders, the switches, the seed or the sharpening</source>
        <translation>撤销上一次修改：一次画笔笔画，或对风格、滑块、开关、种子或锐化的更改</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Red&amp;o</source>
        <translation>重做(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the last edit taken back</source>
        <translation>恢复上一次撤销的修改</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear &amp;Brush Strokes</source>
        <translation>清除画笔笔画(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every painted patch back to the thresholds (Undo takes it back)</source>
        <translation>将所有涂过的图块交还给阈值分组（可撤销）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset to &amp;Model Defaults</source>
        <translation>重置为模型默认值(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The default look: budgets, starts, thresholds, clean-up, texture prompt and sharpening as the model was calibrated</source>
        <translation>默认风格：按模型校准时的值恢复预算、起始步、阈值、清理、纹理提示和锐化</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Heatmap</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the per-patch difficulty and the group boundaries</source>
        <translation>显示每个图块的难度和组边界</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the image in the window</source>
        <translation>使图像适应窗口大小</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;100 %</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One output pixel per screen pixel</source>
        <translation>每个屏幕像素显示一个输出像素</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the whole screen to the window</source>
        <translation>全屏显示窗口</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Divider &amp;Left</source>
        <translation>分隔线左移(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the before/after divider left (%1 moves further)</source>
        <translation>将前后对比分隔线左移（%1 移动更多）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider &amp;Right</source>
        <translation>分隔线右移(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right</source>
        <translation>将分隔线右移</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Divider Far Left</source>
        <translation>分隔线大幅左移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider left by a tenth</source>
        <translation>将分隔线左移十分之一</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider Far Righ&amp;t</source>
        <translation>分隔线大幅右移(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right by a tenth</source>
        <translation>将分隔线右移十分之一</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use another model folder (config.json + model.safetensors)</source>
        <translation>使用其他模型文件夹（config.json + model.safetensors）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Batch Queue</source>
        <translation>批处理队列(&amp;B)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the batch queue (%1)</source>
        <translation>显示批处理队列（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Controls</source>
        <translation>控制面板(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the side panel (%1)</source>
        <translation>显示控制面板（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List every shortcut</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About PatchScaler</source>
        <translation>关于 PatchScaler(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version, the model, licences and credits</source>
        <translation>版本、模型、许可证和致谢</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Brush &amp;Group</source>
        <translation>画笔分组(&amp;G)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Thresholds</source>
        <translation>阈值(&amp;T)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Simple</source>
        <translation>简单(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Medium</source>
        <translation>中等(&amp;M)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Hard</source>
        <translation>困难(&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush puts patches into the %1 group</source>
        <translation>画笔将图块放入“%1”组</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush gives patches back to the thresholds</source>
        <translation>画笔将图块交还给阈值分组</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Red&amp;o %1</source>
        <translation>重做：%1(&amp;O)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>撤销：%1(&amp;U)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../patchscaler_gui/ui/app.py" line="+52" />
        <source>PatchScaler could not open its window: %1: %2. The details are on the terminal (standard error); please report them.</source>
        <translation>PatchScaler 无法打开窗口：%1: %2。详细信息已输出到终端（标准错误）；请报告这些信息。</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/batch.py" line="+97" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch queue</source>
        <translation>批处理队列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One row per file: its name, its status and the file it was saved as</source>
        <translation>每个文件一行：文件名、状态以及保存结果的文件</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Where the queue writes its results</source>
        <translation>队列写入结果的位置</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output folder…</source>
        <translation>输出文件夹…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the output folder (%1)</source>
        <translation>选择输出文件夹（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the output folder in the file manager</source>
        <translation>在文件管理器中显示输出文件夹</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Overall progress of the queue</source>
        <translation>队列的总体进度</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upscale every waiting file (%1)</source>
        <translation>对所有等待中的文件进行放大处理（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the current file and go on with the next (%1)</source>
        <translation>停止当前文件并继续下一个（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel queue</source>
        <translation>取消队列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the queue; files not done stay waiting (%1)</source>
        <translation>停止队列；未完成的文件仍保持等待（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take the selected files out of the queue (%1 in the table)</source>
        <translation>从队列中移除所选文件（在表格中按 %1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every file from the queue</source>
        <translation>从队列中移除所有文件</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Batch: Remove</source>
        <translation>批处理：移除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Batch: Output folder…</source>
        <translation>批处理：输出文件夹…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Start</source>
        <translation>批处理：开始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Skip</source>
        <translation>批处理：跳过</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Cancel queue</source>
        <translation>批处理：取消队列</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No file manager could open %1.</source>
        <translation>没有文件管理器能打开 %1。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No model loaded: choose one with Model → Open… first.</source>
        <translation>未加载模型：请先通过“模型 → 打开模型…”选择一个。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Finished in %1</source>
        <translation>完成，用时 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n image(s) of the batch could not be upscaled: the queue says why.</source>
        <translation>
            <numerusform>批处理队列中有 %n 张图像无法放大处理：队列中列出了原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Replace existing files?</source>
        <translation>替换现有文件？</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n output file(s) already exist in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%1 中已存在 %n 个输出文件：%2。要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1 of %2 done · ETA %3</source>
        <translation>已完成 %1/%2 · 预计剩余 %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../patchscaler_gui/ui/canvas.py" line="+192" />
        <source>Before and after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Left of the divider: the input (bilinear ×4); right of it: the result. The divider is at %1 %; %2 and %3 move it.</source>
        <translation>分隔线左侧：输入（双线性 ×4）；右侧：结果。分隔线位于 %1%；%2 和 %3 可移动它。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Drop photos or folders here
or open them with File → Open… (%1) or paste one (%2)</source>
        <translation>将照片或文件夹拖放到此处
或通过“文件 → 打开…”（%1）打开，或粘贴一张（%2）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input (bilinear ×4)</source>
        <translation>输入（双线性 ×4）</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/controls.py" line="+59" />
        <source>Fidelity ↔ detail. Faithful keeps closest to the input; Balanced cleans noise and JPEG blocks (photos from phones and the web); Detailed samples more patches with more steps and sharper edges. A look sets the sliders below, the clean-up and texture switches and the sharpening; changing any of them makes it Custom [%1]</source>
        <translation>保真 ↔ 细节。“忠实”最贴近输入；“平衡”清除噪点和 JPEG 块效应（适合手机和网络照片）；“细节丰富”用更多步数对更多图块采样，边缘也更锐利。风格会设置下方的滑块、清理开关、纹理提示开关和锐化；改动其中任何一项都会变为“自定义” [%1]</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model in use (Model → Open… picks another folder)</source>
        <translation>当前使用的模型（“模型 → 打开模型…”可选择其他文件夹）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Look</source>
        <translation>风格</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patch groups</source>
        <translation>图块分组</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Diffusion steps for %1 patches (0 = keep the coarse result) [%2]</source>
        <translation>“%1”组图块的扩散步数（0 = 保留粗略结果）[%2]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start step of %1 patches: lower starts closer to the coarse result (shortcut start) [%2]</source>
        <translation>“%1”组图块的起始步：越低越接近粗略结果（捷径起步）[%2]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: steps</source>
        <translation>%1：步数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: start step</source>
        <translation>%1：起始步</translation>
    </message>
    <message>
        <location line="+4" />
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>起始步</translation>
    </message>
    <message>
        <location line="+8" />
        <source>thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Difficulty thresholds: patches below the left handle are simple, at or above the right one hard. The heatmap regroups live; only patches that change group are sampled again. [%1]</source>
        <translation>难度阈值：低于左侧滑柄的图块为简单，达到或高于右侧滑柄的为困难。热力图实时重新分组；只有改变分组的图块会重新采样。[%1]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Difficulty thresholds</source>
        <translation>难度阈值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+11" />
        <source>simple &lt; %1 ≤ medium &lt; %2 ≤ hard</source>
        <translation>简单 &lt; %1 ≤ 中等 &lt; %2 ≤ 困难</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Difficulty heatmap</source>
        <translation>难度热力图</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opacity of the heatmap colours [%1]; %2 toggles the heatmap</source>
        <translation>热力图颜色的不透明度 [%1]；按 %2 显示或隐藏热力图</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Random seed: the same seed gives the same result [%1]</source>
        <translation>随机种子：相同的种子得到相同的结果 [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture prompt (reference texture memory)</source>
        <translation>纹理提示（参考纹理记忆）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition the denoiser on retrieved reference textures; switch off to see what it adds [%1]</source>
        <translation>以检索到的参考纹理作为去噪器的条件；关闭可查看它带来的效果 [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Texture prompt</source>
        <translation>纹理提示</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up noise and JPEG blocks</source>
        <translation>清除噪点和 JPEG 块效应</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For noisy or JPEG-compressed photos: the coarse stage uses the model's GRM trained on degraded photos, which also smooths fine detail of clean ones; a model with a clean-up gate uses it only where the picture looks degraded [%1]</source>
        <translation>适用于有噪点或经 JPEG 压缩的照片：粗略阶段使用模型中以退化照片训练的 GRM，它也会平滑干净照片的细微细节；带清理门控的模型只在图像看起来有退化的地方使用它 [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean-up switch</source>
        <translation>清理开关</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compute device: each GPU (CUDA, Apple MPS) by name with its free memory, and the CPU; networks run in bfloat16 on GPUs [%1]</source>
        <translation>计算设备：按名称列出每个 GPU（CUDA、Apple MPS）及其可用内存，以及 CPU；在 GPU 上网络以 bfloat16 运行 [%1]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+2" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edge contrast added to the result: how much of the detail finer than the radius is added again (0 = none); each look sets the amount its model was calibrated for [%1]</source>
        <translation>为结果增加的边缘对比度：比半径更细的细节再叠加多少（0 = 不锐化）；每种风格都会设为其模型校准时所用的强度 [%1]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sharpening radius (output pixels): a wide one lifts the soft edges of blurred photos, a narrow one the finest detail, grain included [%1]</source>
        <translation>锐化半径（输出像素）：半径大时提升模糊照片的柔和边缘，半径小时提升最细微的细节，颗粒也会一并增强 [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sharpening amount</source>
        <translation>锐化强度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening radius</source>
        <translation>锐化半径</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Size of the saved files: ×4 is the model's result, as the canvas shows it; ×3, ×2 and ×1 (the input's size) average the pixels under each of theirs [%1]</source>
        <translation>保存文件的尺寸：×4 是模型的结果，与画布所示相同；×3、×2 和 ×1（输入的尺寸）的每个像素取其所覆盖像素的平均值 [%1]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Output scale</source>
        <translation>输出倍数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File format for Save and the batch queue; EXIF, ICC profile and DPI are kept [%1]</source>
        <translation>“保存”和批处理队列使用的文件格式；保留 EXIF、ICC 配置文件和 DPI [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JPEG / WebP quality (PNG and TIFF are lossless) [%1]</source>
        <translation>JPEG / WebP 质量（PNG 和 TIFF 为无损格式）[%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Output quality</source>
        <translation>输出质量</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cost</source>
        <translation>开销</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted: open an image</source>
        <translation>预计：请打开图像</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patch-steps (denoiser evaluations) the next run needs, and the time they will take at the measured speed</source>
        <translation>下次运行所需的图块步数（去噪器调用次数），以及按实测速度所需的时间</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last run: —</source>
        <translation>上次运行：—</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wall time of the last complete run</source>
        <translation>上次完整运行的实际耗时</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Focus: %1</source>
        <translation>定位到：%1</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <location filename="../../patchscaler_gui/ui/panel_parts.py" line="+152" />
        <source>CPU · %1 GB free of %2 GB RAM</source>
        <translation>CPU · 可用 %1 GB / 共 %2 GB 内存</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 · %3 GB free of %4 GB</source>
        <translation>%1 · %2 · 可用 %3 GB / 共 %4 GB</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../patchscaler_gui/ui/editor.py" line="+256" />
        <source>Brush: %1×%1 patches</source>
        <translation>画笔：%1×%1 图块</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brush: one patch</source>
        <translation>画笔：一个图块</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No model loaded: choose one with Model → Open… to upscale.</source>
        <translation>未加载模型：请通过“模型 → 打开模型…”选择一个模型以进行放大处理。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Predicted: counted as the tiles run</source>
        <translation>预计：随分块处理进度统计</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../patchscaler_gui/engine/checkpoints.py" line="+88" />
        <source>No model folder at %1. Pass --model with a folder that holds %2 and %3, or reinstall PatchScaler.</source>
        <translation>%1 处没有模型文件夹。请用 --model 指定包含 %2 和 %3 的文件夹，或重新安装 PatchScaler。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>%1 is missing: the model folder is incomplete; reinstall it.</source>
        <translation>缺少 %1：模型文件夹不完整，请重新安装。</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not valid JSON (%2); reinstall the model.</source>
        <translation>%1 不是有效的 JSON（%2），请重新安装模型。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a PatchScaler model (%2) config.</source>
        <translation>%1 不是 PatchScaler 模型（%2）的配置文件。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match the sha256 in %2: the file is truncated, corrupt or was modified. Reinstall the model.</source>
        <translation>%1 与 %2 中的 sha256 不符：文件被截断、损坏或已被修改。请重新安装模型。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read as a PatchScaler model: %2</source>
        <translation>无法将 %1 读取为 PatchScaler 模型：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 does not fit the architecture in %2 (%3).</source>
        <translation>%1 与 %2 中的架构不符（%3）。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/device.py" line="+86" />
        <source>Unknown device %1: choose one of auto, cpu, cuda, cuda:N (N counts from 0) or mps.</source>
        <translation>未知设备 %1：请选择 auto、cpu、cuda、cuda:N（N 从 0 开始）或 mps。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device %1 is not available here (available: %2); use --device cpu or auto.</source>
        <translation>此处没有设备 %1（可用：%2），请使用 --device cpu 或 auto。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/imageio.py" line="+119" />
        <source>%1: not a regular file (a folder, pipe or device); PatchScaler reads image files.</source>
        <translation>%1：不是普通文件（而是文件夹、管道或设备）；PatchScaler 只读取图像文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1：文件为空（0 字节）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>decoder warning: %1</source>
        <translation>解码器警告：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the image is too large to open safely (%2).</source>
        <translation>%1：图像过大，无法安全打开（%2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not an image PatchScaler can read (it reads PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF and, with pillow-heif, HEIC).</source>
        <translation>%1：不是 PatchScaler 能读取的图像（支持 PNG、JPEG、WebP、TIFF、BMP、GIF、AVIF，安装 pillow-heif 后还支持 HEIC）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not enough memory to decode this image.</source>
        <translation>%1：内存不足，无法解码此图像。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image is broken or truncated (%2: %3).</source>
        <translation>%1：图像已损坏或被截断（%2：%3）。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: the image claims a size of %2×%3 pixels.</source>
        <translation>%1：图像声明的尺寸为 %2×%3 像素。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image claims %2×%3 pixels (%4 MP), more than the %5 MP PatchScaler opens; downscale or crop it first.</source>
        <translation>%1：图像声明为 %2×%3 像素（%4 MP），超过 PatchScaler 能打开的 %5 MP；请先缩小或裁剪。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file has %1 pages: only the first is upscaled</source>
        <translation>该文件有 %1 页：只放大处理第一页</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 frames (animated): only the first is upscaled</source>
        <translation>该文件有 %1 帧（动画）：只放大处理第一帧</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: pixel format %2 is not supported; save it as 8- or 16-bit RGB or greyscale first.</source>
        <translation>%1：不支持像素格式 %2；请先另存为 8 位或 16 位的 RGB 或灰度图像。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the EXIF data could not be rewritten and is not kept</source>
        <translation>EXIF 数据无法重写，未予保留</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: unknown output format %2; use png, jpg, webp or tiff.</source>
        <translation>%1：未知的输出格式 %2；请使用 png、jpg、webp 或 tiff。</translation>
    </message>
    <message>
        <location line="+71" />
        <source>%1: %2 cannot hold %3×%4 pixels (at most %5 per side); save as PNG or TIFF.</source>
        <translation>%1：%2 无法容纳 %3×%4 像素（每边最多 %5）；请保存为 PNG 或 TIFF。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: refusing to overwrite the input; pass --overwrite.</source>
        <translation>%1：拒绝覆盖输入文件；请传入 --overwrite。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; pass --overwrite to replace it.</source>
        <translation>%1 已存在；如要替换，请传入 --overwrite。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image holds invalid values (NaN or infinity), so nothing was written; the model that made it is broken.</source>
        <translation>%1：图像包含无效值（NaN 或无穷大），因此未写入任何内容；生成它的模型已损坏。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/memory.py" line="+125" />
        <source>one patch at a time</source>
        <translation>每次一个图块</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coarse stage in %1 px tiles</source>
        <translation>以 %1 px 分块的粗略阶段</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 ran out of memory: continuing in smaller pieces (%2 patches per batch, coarse stage in %3 px tiles), which is slower.</source>
        <translation>%1 内存不足：改用更小的单位继续（每批 %2 个图块，粗略阶段使用 %3 px 的分块），速度会变慢。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the computer or lower --tile-memory.</source>
        <translation>%1 上的内存不足以处理此图像，即使采用%2也不够；请关闭计算机上的其他程序，或降低 --tile-memory。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the GPU or use the CPU (--device cpu).</source>
        <translation>%1 上的内存不足以处理此图像，即使采用%2也不够；请关闭其他使用 GPU 的程序，或改用 CPU（--device cpu）。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/metadata.py" line="+151" />
        <source>the EXIF data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>EXIF 数据（%1 KB）超出 JPEG 文件的容量（64 KB），未予保留</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the XMP data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>XMP 数据（%1 KB）超出 JPEG 文件的容量（64 KB），未予保留</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CMYK converted to sRGB with its embedded profile</source>
        <translation>已使用嵌入的配置文件将 CMYK 转换为 sRGB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CMYK converted to RGB without a colour profile</source>
        <translation>已在没有颜色配置文件的情况下将 CMYK 转换为 RGB</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/model.py" line="+144" />
        <source>This model has no clean-up stage (a GRM trained on noisy, JPEG-compressed photos): upscale without clean-up, or use a model that has one.</source>
        <translation>此模型没有清理阶段（在有噪点、经 JPEG 压缩的照片上训练的 GRM）：请不使用清理进行放大处理，或改用带清理阶段的模型。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/limits.py" line="+59" />
        <source>the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or downscale the input, or raise the limit (--max-megapixels).</source>
        <translation>输出将为 %1×%2 = %3 MP，超过 %4 MP 的上限；请裁剪或缩小输入，或提高上限（--max-megapixels）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the folder is read-only; choose another output folder.</source>
        <translation>%1：文件夹为只读；请选择其他输出文件夹。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the output needs about %2 MiB but only %3 MiB are free on that disk; free some space or choose another folder.</source>
        <translation>%1：输出约需 %2 MiB，但该磁盘只剩 %3 MiB 可用；请释放空间或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/sampler.py" line="+438" />
        <source>The model produced invalid values (NaN or infinity) for this image, so nothing was written: its weights or schedule are broken. Reinstall the model or choose another one.</source>
        <translation>模型为此图像生成了无效值（NaN 或无穷大），因此未写入任何内容：其权重或调度已损坏。请重新安装模型或选择其他模型。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the smallest image tile</source>
        <translation>最小的图像分块</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/publish.py" line="+76" />
        <source>%1: the file name is too long (%2 bytes; this file system takes at most %3); choose a shorter name.</source>
        <translation>%1：文件名过长（%2 字节；此文件系统最多允许 %3 字节）；请选择更短的名称。</translation>
    </message>
    <message>
        <location line="+132" />
        <source>%1: cannot write in this folder (%2); choose another output folder.</source>
        <translation>%1：无法写入此文件夹（%2）；请选择其他输出文件夹。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 already exists (it may have appeared meanwhile); nothing was replaced.</source>
        <translation>%1 已存在（可能是期间新出现的）；未替换任何内容。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: could not write the image (%2); nothing was written.</source>
        <translation>%1：无法写入图像（%2）；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../patchscaler_gui/ui/jobs.py" line="+111" />
        <source>Not enough memory for this photo: %1</source>
        <translation>内存不足，无法处理此照片：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sampling failed unexpectedly: %1: %2</source>
        <translation>采样意外失败：%1: %2</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../../patchscaler_gui/ui/legend.py" line="+27" />
        <source>Patch difficulty (1 − mean confidence of the coarse stage): blue is easy, red is hard. Ticks mark the two thresholds; white lines in the canvas are the group boundaries.</source>
        <translation>图块难度（1 − 粗略阶段的平均置信度）：蓝色为容易，红色为困难。刻度标出两个阈值；画布中的白线是组边界。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difficulty heatmap legend</source>
        <translation>难度热力图图例</translation>
    </message>
    <message>
        <location line="+18" />
        <source>simple: %1   medium: %2   hard: %3 patches</source>
        <translation>简单：%1   中等：%2   困难：%3 图块</translation>
    </message>
    <message>
        <location line="+2" />
        <source>easy %1</source>
        <translation>容易 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 hard</source>
        <translation>%1 困难</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scale from %1 to %2; thresholds at %3 and %4.</source>
        <translation>刻度从 %1 到 %2；阈值为 %3 和 %4。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../patchscaler_gui/ui/history.py" line="+99" />
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Several Settings</source>
        <translation>多项设置</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Look</source>
        <translation>风格</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch Groups</source>
        <translation>图块分组</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture Prompt</source>
        <translation>纹理提示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clean-up</source>
        <translation>清理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening</source>
        <translation>锐化</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/language.py" line="+22" />
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new language applies when PatchScaler starts again.</source>
        <translation>新语言将在下次启动 PatchScaler 时生效。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patchscaler_gui/ui/main_window.py" line="+101" />
        <source>Controls</source>
        <translation>控制面板</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batch queue</source>
        <translation>批处理队列</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Patch-steps done of this run</source>
        <translation>本次运行已完成的图块步数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom (%1 or wheel, %2 / %3, %4 fit, %5 100 %)</source>
        <translation>缩放（%1 或滚轮，%2 / %3，%4 适应窗口，%5 100%）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The model in %1 could not be loaded (%2: %3); choose another with Model → Open… (%4).</source>
        <translation>无法加载 %1 中的模型（%2: %3）；请通过“模型 → 打开模型…”（%4）选择其他模型。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No model loaded: %1</source>
        <translation>未加载模型：%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The batch queue is running: cancel it or add files when it has finished.</source>
        <translation>批处理队列正在运行：请取消它，或等它完成后再添加文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No images found in %1.</source>
        <translation>在 %1 中未找到图像。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s) added to the batch queue.</source>
        <translation>
            <numerusform>已将 %n 张图像加入批处理队列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+117" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-112" />
        <source>%1 is a heavily compressed JPEG (quality ≈ %2): Clean up noise and JPEG blocks (%3, or the Balanced look) removes most blocks.</source>
        <translation>%1 是高度压缩的 JPEG（质量 ≈ %2）：“清除噪点和 JPEG 块效应”（%3，或“平衡”风格）可去除大部分块效应。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder of images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The clipboard holds no image: copy an image or image files.</source>
        <translation>剪贴板中没有图像：请复制一张图像或图像文件。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a file on this computer: PatchScaler does not download; save the image first, then open it.</source>
        <translation>%1 不是本机上的文件：PatchScaler 不会下载；请先保存图像，再打开它。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to copy yet: let the run finish first.</source>
        <translation>尚无可复制的内容：请先等待运行完成。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Result copied to the clipboard (%1×%2).</source>
        <translation>结果已复制到剪贴板（%1×%2）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nothing to save yet: let the run finish first.</source>
        <translation>尚无可保存的内容：请先等待运行完成。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../patchscaler_gui/ui/messages.py" line="+102" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2: %3. PatchScaler keeps running; please report this with the details below.</source>
        <translation>%1：%2: %3。PatchScaler 仍在运行；请连同下方详细信息报告此问题。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <location filename="../../patchscaler_gui/ui/model_source.py" line="+30" />
        <source>%1 M parameters · patch %2 px · T = %3 · denoiser width %4, depth %5</source>
        <translation>%1 M 参数 · 图块 %2 px · T = %3 · 去噪器宽度 %4，深度 %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>clean-up GRM</source>
        <translation>清理 GRM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clean-up gate</source>
        <translation>清理门控</translation>
    </message>
    <message>
        <location line="+5" />
        <source>model (in memory)</source>
        <translation>模型（内存中）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>untrained test model (random weights)</source>
        <translation>未训练的测试模型（随机权重）</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No trained model installed (expected at %1). The app works without one only for viewing: choose a model folder with Model → Open… (%2).</source>
        <translation>未安装已训练的模型（应位于 %1）。没有模型时，应用只能用于查看：请通过“模型 → 打开模型…”（%2）选择模型文件夹。</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/recent.py" line="+37" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../patchscaler_gui/ui/session.py" line="+105" />
        <source>Predicted: after the coarse stage</source>
        <translation>预计：粗略阶段完成后显示</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A large photo: it runs tile by tile, without the heatmap, the brush or partial re-sampling (Run applies changed settings to all of it).</source>
        <translation>大尺寸照片：将逐个分块处理，不提供热力图、画笔或局部重新采样（“运行”会将更改的设置应用于整张照片）。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Coarse stage…</source>
        <translation>粗略阶段…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sampling…</source>
        <translation>正在采样…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Coarse stage %1; sampling %2 patch-steps…</source>
        <translation>粗略阶段用时 %1；正在采样 %2 个图块步…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last run: %1 for %2 patch-steps</source>
        <translation>上次运行：%2 个图块步，用时 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done in %1</source>
        <translation>完成，用时 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../patchscaler_gui/ui/settings.py" line="+141" />
        <source>Settings file %1 could not be read (%2); using defaults.</source>
        <translation>无法读取设置文件 %1（%2）；将使用默认值。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Settings file %1: ignoring bad values for %2; using the defaults for them.</source>
        <translation>设置文件 %1：忽略 %2 的无效值；这些项将使用默认值。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Could not save settings to %1 (%2).</source>
        <translation>无法将设置保存到 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/shortcuts.py" line="+25" />
        <location line="+5" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Wheel, drag</source>
        <translation>滚轮、拖动</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom, pan; drag the divider to compare</source>
        <translation>缩放、平移；拖动分隔线进行对比</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../patchscaler_gui/ui/view.py" line="+21" />
        <source>Coarse stage: tile %1/%2 · ETA %3</source>
        <translation>粗略阶段：分块 %1/%2 · 预计剩余 %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 step %2/%3 · %4/%5 patch-steps · ETA %6</source>
        <translation>%1：第 %2/%3 步 · %4/%5 图块步 · 预计剩余 %6</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Up to date (%1 patch-steps in all)</source>
        <translation>已是最新（共 %1 图块步）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA ≈ %3</source>
        <translation>预计：%1/%2 图块步 · 耗时 ≈ %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA: measuring</source>
        <translation>预计：%1/%2 图块步 · 耗时：测量中</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (brushed)</source>
        <translation>%1（画笔指定）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch %1, %2</source>
        <translation>图块 %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulty %1</source>
        <translation>难度 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group: %1</source>
        <translation>组：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Start step %1, %n step(s)</source>
        <translation>
            <numerusform>起始步 %1，共 %n 步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../patchscaler_gui/ui/words.py" line="+14" />
        <source>simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Faithful</source>
        <translation>忠实</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detailed</source>
        <translation>细节丰富</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
</TS>
