<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/about.py" line="+34" />
        <source>About PatchScaler</source>
        <translation>PatchScaler について</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1.</source>
        <translation>モデル: %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its model card</source>
        <translation>モデルカード</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Model: %1; %2 says how it was trained, on which photos, and how well it does.</source>
        <translation>モデル: %1。学習の方法、使った写真、性能は %2 に書かれています。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Photos upscaled ×4 by a patch-independent diffusion model, after “PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution” (arXiv 2405.17158). Its authors published no code or weights: this implementation and its model were made for this project.</source>
        <translation>パッチ独立の拡散モデルで写真を 4 倍に拡大します。論文「PatchScaler: An Efficient Patch-Independent Diffusion Model for Image Super-Resolution」（arXiv 2405.17158） に基づいています。著者はコードも重みも公開していないため、この実装とモデルはこのプロジェクトのために作られました。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the MIT licence. The shipped model was trained on photos under free licences (listed in its model card) and in part on the outputs of Real-ESRGAN x4plus (BSD-3-Clause).</source>
        <translation>MIT ライセンスのフリーソフトウェアです。同梱のモデルは自由なライセンスの写真（モデルカードに一覧があります）と、一部 Real-ESRGAN x4plus（BSD-3-Clause）の出力で学習されました。</translation>
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
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open one image, or several for the batch queue</source>
        <translation>画像を 1 枚開きます。複数選ぶとバッチキューに入ります</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue every image in a folder</source>
        <translation>フォルダー内のすべての画像をキューに入れます</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Paste Image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the image on the clipboard</source>
        <translation>クリップボードの画像を開きます</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy Result</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the result on the clipboard, at the output scale</source>
        <translation>結果を出力倍率でクリップボードにコピーします</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the result as PNG, JPEG, WebP or TIFF (EXIF, ICC and DPI kept)</source>
        <translation>結果を PNG、JPEG、WebP、TIFF で保存します（EXIF、ICC、DPI は保持）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close PatchScaler</source>
        <translation>PatchScaler を終了します</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Sample every patch that is not up to date with the current settings</source>
        <translation>現在の設定に合っていないすべてのパッチをサンプリングします</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Preview &amp;Visible Area</source>
        <translation>表示範囲をプレビュー(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample only the patches in view first (Run does the rest)</source>
        <translation>まず表示中のパッチだけをサンプリングします（残りは「実行」で処理）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the current run within one step</source>
        <translation>現在の実行を 1 ステップ以内に停止します</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Brush</source>
        <translation>ブラシ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint patches into another group (choose the group in Run → Brush group)</source>
        <translation>パッチを別のグループに塗り替えます（グループは「実行 → ブラシ: …」で選択）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Larger Brush</source>
        <translation>ブラシを大きく(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint more patches at once</source>
        <translation>一度に多くのパッチを塗ります</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Smaller Brush</source>
        <translation>ブラシを小さく(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paint fewer patches at once</source>
        <translation>一度に塗るパッチを減らします</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Brush: %1</source>
        <translation>ブラシ: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take back the last edit: a brush stroke, or a change of the look, the sliders, the switches, the seed or the sharpening</source>
        <translation>最後の変更を元に戻します：ブラシのストローク、または仕上がり・スライダー・スイッチ・シード・シャープ化の変更</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Red&amp;o</source>
        <translation>やり直す(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back the last edit taken back</source>
        <translation>最後に元に戻した変更をやり直します</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear &amp;Brush Strokes</source>
        <translation>ブラシのストロークを消去(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every painted patch back to the thresholds (Undo takes it back)</source>
        <translation>塗ったパッチをすべてしきい値による分類に戻します（元に戻すで取り消せます）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset to &amp;Model Defaults</source>
        <translation>モデルの既定値に戻す(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The default look: budgets, starts, thresholds, clean-up, texture prompt and sharpening as the model was calibrated</source>
        <translation>既定の仕上がり: ステップ予算・開始ステップ・しきい値・クリーンアップ・テクスチャプロンプト・シャープ化をモデルの較正値に戻します</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Heatmap</source>
        <translation>ヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the per-patch difficulty and the group boundaries</source>
        <translation>パッチごとの難易度とグループの境界を表示します</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom &amp;In</source>
        <translation>ズームイン(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>ズームアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit the image in the window</source>
        <translation>画像をウィンドウに合わせます</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;100 %</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One output pixel per screen pixel</source>
        <translation>出力の 1 ピクセルを画面の 1 ピクセルで表示します</translation>
    </message>
    <message>
        <location line="+2" />
        <source>F&amp;ull Screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the whole screen to the window</source>
        <translation>ウィンドウを画面全体に表示します</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Divider &amp;Left</source>
        <translation>分割線を左へ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the before/after divider left (%1 moves further)</source>
        <translation>比較用の分割線を左へ移動します（%1 でさらに大きく移動）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider &amp;Right</source>
        <translation>分割線を右へ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right</source>
        <translation>分割線を右へ移動します</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Divider Far Left</source>
        <translation>分割線を大きく左へ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider left by a tenth</source>
        <translation>分割線を幅の 1/10 だけ左へ移動します</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Divider Far Righ&amp;t</source>
        <translation>分割線を大きく右へ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the divider right by a tenth</source>
        <translation>分割線を幅の 1/10 だけ右へ移動します</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use another model folder (config.json + model.safetensors)</source>
        <translation>別のモデルフォルダーを使います（config.json + model.safetensors）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Batch Queue</source>
        <translation>バッチキュー(&amp;B)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the batch queue (%1)</source>
        <translation>バッチキューを表示します（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Controls</source>
        <translation>コントロール(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the side panel (%1)</source>
        <translation>コントロールを表示します（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List every shortcut</source>
        <translation>すべてのショートカットを一覧表示します</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About PatchScaler</source>
        <translation>PatchScaler について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version, the model, licences and credits</source>
        <translation>バージョン、モデル、ライセンス、クレジット</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Brush &amp;Group</source>
        <translation>ブラシのグループ(&amp;G)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Thresholds</source>
        <translation>しきい値(&amp;T)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Simple</source>
        <translation>簡単(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Medium</source>
        <translation>中程度(&amp;M)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Hard</source>
        <translation>困難(&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush puts patches into the %1 group</source>
        <translation>ブラシでパッチを「%1」グループに入れます</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The brush gives patches back to the thresholds</source>
        <translation>ブラシでパッチをしきい値による分類に戻します</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Red&amp;o %1</source>
        <translation>やり直す：%1(&amp;O)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo %1</source>
        <translation>元に戻す：%1(&amp;U)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../patchscaler_gui/ui/app.py" line="+52" />
        <source>PatchScaler could not open its window: %1: %2. The details are on the terminal (standard error); please report them.</source>
        <translation>PatchScaler のウィンドウを開けませんでした: %1: %2。詳細はターミナル（標準エラー出力）に出ています。報告をお願いします。</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/batch.py" line="+97" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch queue</source>
        <translation>バッチキュー</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One row per file: its name, its status and the file it was saved as</source>
        <translation>ファイルごとに 1 行：名前、状態、保存先のファイル</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Where the queue writes its results</source>
        <translation>キューが結果を書き出す場所</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Output folder…</source>
        <translation>出力フォルダー…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the output folder (%1)</source>
        <translation>出力フォルダーを選択します（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the output folder in the file manager</source>
        <translation>出力フォルダーをファイルマネージャーで表示します</translation>
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
        <translation>キュー全体の進行状況</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upscale every waiting file (%1)</source>
        <translation>待機中のすべてのファイルをアップスケールします（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the current file and go on with the next (%1)</source>
        <translation>現在のファイルを中止して次へ進みます（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel queue</source>
        <translation>キューをキャンセル</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the queue; files not done stay waiting (%1)</source>
        <translation>キューを停止します。未完了のファイルは待機中のまま残ります（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take the selected files out of the queue (%1 in the table)</source>
        <translation>選択したファイルをキューから削除します（表で %1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every file from the queue</source>
        <translation>キューからすべてのファイルを削除します</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Batch: Remove</source>
        <translation>バッチ: 削除</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Batch: Output folder…</source>
        <translation>バッチ: 出力フォルダー…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Start</source>
        <translation>バッチ: 開始</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Skip</source>
        <translation>バッチ: スキップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batch: Cancel queue</source>
        <translation>バッチ: キューをキャンセル</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No file manager could open %1.</source>
        <translation>%1 を開けるファイルマネージャーがありません。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Output: %1</source>
        <translation>出力先: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No model loaded: choose one with Model → Open… first.</source>
        <translation>モデルが読み込まれていません。先に「モデル → モデルを開く…」で選択してください。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Finished in %1</source>
        <translation>%1 で完了</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n image(s) of the batch could not be upscaled: the queue says why.</source>
        <translation>
            <numerusform>バッチキューの %n 枚の画像をアップスケールできませんでした。理由はキューに表示されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 件スキップ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Replace existing files?</source>
        <translation>既存のファイルを置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n output file(s) already exist in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%1 に出力ファイルが既に %n 個あります: %2。置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53" />
        <source>%1 of %2 done · ETA %3</source>
        <translation>%2 件中 %1 件完了 · 残り %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../patchscaler_gui/ui/canvas.py" line="+192" />
        <source>Before and after</source>
        <translation>処理前と処理後</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Left of the divider: the input (bilinear ×4); right of it: the result. The divider is at %1 %; %2 and %3 move it.</source>
        <translation>分割線の左は入力（バイリニア ×4）、右は結果です。分割線は %1% の位置にあります。%2 と %3 で移動します。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Drop photos or folders here
or open them with File → Open… (%1) or paste one (%2)</source>
        <translation>ここに写真やフォルダーをドロップ
または「ファイル → 開く…」（%1）で開くか、貼り付け（%2）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input (bilinear ×4)</source>
        <translation>入力（バイリニア ×4）</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../patchscaler_gui/ui/controls.py" line="+59" />
        <source>Fidelity ↔ detail. Faithful keeps closest to the input; Balanced cleans noise and JPEG blocks (photos from phones and the web); Detailed samples more patches with more steps and sharper edges. A look sets the sliders below, the clean-up and texture switches and the sharpening; changing any of them makes it Custom [%1]</source>
        <translation>忠実度 ↔ ディテール。「忠実」は入力に最も近く保ちます。「バランス」はノイズと JPEG ブロックを除去します（スマートフォンや Web の写真向け）。「精細」はより多くのパッチをより多くのステップでサンプリングし、輪郭もよりシャープにします。仕上がりは下のスライダー、クリーンアップとテクスチャプロンプトのスイッチ、シャープ化を設定し、いずれかを変えると「カスタム」になります [%1]</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The model in use (Model → Open… picks another folder)</source>
        <translation>使用中のモデル（「モデル → モデルを開く…」で別のフォルダーを選択）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Look</source>
        <translation>仕上がり</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Patch groups</source>
        <translation>パッチグループ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Diffusion steps for %1 patches (0 = keep the coarse result) [%2]</source>
        <translation>「%1」グループのパッチの拡散ステップ数（0 = 粗処理の結果のまま）[%2]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start step of %1 patches: lower starts closer to the coarse result (shortcut start) [%2]</source>
        <translation>「%1」グループのパッチの開始ステップ: 低いほど粗処理の結果に近い状態から始めます（途中開始）[%2]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: steps</source>
        <translation>%1: ステップ数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: start step</source>
        <translation>%1: 開始ステップ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+8" />
        <source>thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Difficulty thresholds: patches below the left handle are simple, at or above the right one hard. The heatmap regroups live; only patches that change group are sampled again. [%1]</source>
        <translation>難易度のしきい値: 左のハンドル未満のパッチは簡単、右のハンドル以上は困難です。ヒートマップはその場で再分類され、グループが変わったパッチだけが再サンプリングされます。[%1]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Difficulty thresholds</source>
        <translation>難易度のしきい値</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+11" />
        <source>simple &lt; %1 ≤ medium &lt; %2 ≤ hard</source>
        <translation>簡単 &lt; %1 ≤ 中程度 &lt; %2 ≤ 困難</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Difficulty heatmap</source>
        <translation>難易度ヒートマップ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opacity of the heatmap colours [%1]; %2 toggles the heatmap</source>
        <translation>ヒートマップの色の不透明度 [%1]。%2 でヒートマップの表示を切り替えます</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Heatmap opacity</source>
        <translation>ヒートマップの不透明度</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Random seed: the same seed gives the same result [%1]</source>
        <translation>乱数シード: 同じシードなら同じ結果になります [%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture prompt (reference texture memory)</source>
        <translation>テクスチャプロンプト（参照テクスチャメモリ）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Condition the denoiser on retrieved reference textures; switch off to see what it adds [%1]</source>
        <translation>取得した参照テクスチャでデノイザーを条件付けします。オフにすると効果を確認できます [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Texture prompt</source>
        <translation>テクスチャプロンプト</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clean up noise and JPEG blocks</source>
        <translation>ノイズと JPEG ブロックを除去</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For noisy or JPEG-compressed photos: the coarse stage uses the model's GRM trained on degraded photos, which also smooths fine detail of clean ones; a model with a clean-up gate uses it only where the picture looks degraded [%1]</source>
        <translation>ノイズのある写真や JPEG 圧縮された写真向けです。粗処理に、劣化した写真で学習したモデルの GRM を使います。きれいな写真では細部も滑らかになります。クリーンアップ・ゲートを持つモデルは、画像が劣化して見える箇所にだけ使います [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clean-up switch</source>
        <translation>クリーンアップのスイッチ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sharpen</source>
        <translation>シャープ化</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compute device: each GPU (CUDA, Apple MPS) by name with its free memory, and the CPU; networks run in bfloat16 on GPUs [%1]</source>
        <translation>計算デバイス: 各 GPU（CUDA、Apple MPS）を名前と空きメモリ付きで、および CPU を表示します。GPU ではネットワークを bfloat16 で実行します [%1]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+1" />
        <location line="+2" />
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edge contrast added to the result: how much of the detail finer than the radius is added again (0 = none); each look sets the amount its model was calibrated for [%1]</source>
        <translation>結果に加える輪郭のコントラストです。半径より細かいディテールをどれだけ足し戻すかを指定します（0 = なし）。各仕上がりは、そのモデルで調整された量を設定します [%1]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sharpening radius (output pixels): a wide one lifts the soft edges of blurred photos, a narrow one the finest detail, grain included [%1]</source>
        <translation>シャープ化の半径（出力ピクセル）です。大きいとぼやけた写真の柔らかい輪郭を、小さいと最も細かいディテールを（粒状ノイズも含めて）強調します [%1]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sharpening amount</source>
        <translation>シャープ化の量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening radius</source>
        <translation>シャープ化の半径</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Size of the saved files: ×4 is the model's result, as the canvas shows it; ×3, ×2 and ×1 (the input's size) average the pixels under each of theirs [%1]</source>
        <translation>保存するファイルのサイズ: ×4 はキャンバスに表示されるモデルの結果です。×3、×2、×1（入力のサイズ）は各画素を、その下にある画素の平均にします [%1]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>Output scale</source>
        <translation>出力倍率</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File format for Save and the batch queue; EXIF, ICC profile and DPI are kept [%1]</source>
        <translation>保存とバッチキューで使うファイル形式です。EXIF、ICC プロファイル、DPI は保持されます [%1]</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Output format</source>
        <translation>出力形式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+4" />
        <source>JPEG / WebP quality (PNG and TIFF are lossless) [%1]</source>
        <translation>JPEG / WebP の品質（PNG と TIFF は可逆圧縮）[%1]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Output quality</source>
        <translation>出力品質</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted: open an image</source>
        <translation>予測: 画像を開いてください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patch-steps (denoiser evaluations) the next run needs, and the time they will take at the measured speed</source>
        <translation>次の実行に必要なパッチステップ数（デノイザーの評価回数）と、計測した速度でかかる時間</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Last run: —</source>
        <translation>前回の実行: —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wall time of the last complete run</source>
        <translation>前回の完全な実行にかかった実時間</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Focus: %1</source>
        <translation>フォーカス: %1</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <location filename="../../patchscaler_gui/ui/panel_parts.py" line="+152" />
        <source>CPU · %1 GB free of %2 GB RAM</source>
        <translation>CPU · 空き %1 GB / %2 GB RAM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 · %3 GB free of %4 GB</source>
        <translation>%1 · %2 · 空き %3 GB / %4 GB</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../patchscaler_gui/ui/editor.py" line="+256" />
        <source>Brush: %1×%1 patches</source>
        <translation>ブラシ: %1×%1 パッチ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brush: one patch</source>
        <translation>ブラシ: 1 パッチ</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No model loaded: choose one with Model → Open… to upscale.</source>
        <translation>モデルが読み込まれていません。アップスケールするには「モデル → モデルを開く…」で選択してください。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Predicted: counted as the tiles run</source>
        <translation>予測: タイルの処理に合わせて集計</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../patchscaler_gui/engine/checkpoints.py" line="+88" />
        <source>No model folder at %1. Pass --model with a folder that holds %2 and %3, or reinstall PatchScaler.</source>
        <translation>%1 にモデルフォルダーがありません。--model で %2 と %3 を含むフォルダーを指定するか、PatchScaler を再インストールしてください。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+20" />
        <source>%1 is missing: the model folder is incomplete; reinstall it.</source>
        <translation>%1 がありません。モデルフォルダーが不完全です。再インストールしてください。</translation>
    </message>
    <message>
        <location line="-15" />
        <source>%1 is not valid JSON (%2); reinstall the model.</source>
        <translation>%1 は有効な JSON ではありません（%2）。モデルを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a PatchScaler model (%2) config.</source>
        <translation>%1 は PatchScaler モデル（%2）の設定ファイルではありません。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 does not match the sha256 in %2: the file is truncated, corrupt or was modified. Reinstall the model.</source>
        <translation>%1 が %2 の sha256 と一致しません。ファイルが途中で切れているか、破損しているか、変更されています。モデルを再インストールしてください。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read as a PatchScaler model: %2</source>
        <translation>%1 を PatchScaler モデルとして読み込めません: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 does not fit the architecture in %2 (%3).</source>
        <translation>%1 は %2 のアーキテクチャと一致しません（%3）。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/device.py" line="+86" />
        <source>Unknown device %1: choose one of auto, cpu, cuda, cuda:N (N counts from 0) or mps.</source>
        <translation>不明なデバイス %1 です。auto、cpu、cuda、cuda:N（N は 0 から）、mps のいずれかを選んでください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Device %1 is not available here (available: %2); use --device cpu or auto.</source>
        <translation>デバイス %1 はここでは使えません（使用可能: %2）。--device cpu または auto を使ってください。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/imageio.py" line="+119" />
        <source>%1: not a regular file (a folder, pipe or device); PatchScaler reads image files.</source>
        <translation>%1: 通常のファイルではありません（フォルダー、パイプ、デバイスのいずれか）。PatchScaler は画像ファイルを読み込みます。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: no such file.</source>
        <translation>%1: ファイルが見つかりません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: ファイルが空です（0 バイト）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>decoder warning: %1</source>
        <translation>デコーダーの警告: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the image is too large to open safely (%2).</source>
        <translation>%1: 画像が大きすぎるため、安全に開けません（%2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not an image PatchScaler can read (it reads PNG, JPEG, WebP, TIFF, BMP, GIF, AVIF and, with pillow-heif, HEIC).</source>
        <translation>%1: PatchScaler が読み込める画像ではありません（PNG、JPEG、WebP、TIFF、BMP、GIF、AVIF、pillow-heif があれば HEIC に対応）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: not enough memory to decode this image.</source>
        <translation>%1: この画像をデコードするためのメモリが足りません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image is broken or truncated (%2: %3).</source>
        <translation>%1: 画像が破損しているか、途中で切れています（%2: %3）。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: the image claims a size of %2×%3 pixels.</source>
        <translation>%1: 画像のサイズが %2×%3 ピクセルと記録されています。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image claims %2×%3 pixels (%4 MP), more than the %5 MP PatchScaler opens; downscale or crop it first.</source>
        <translation>%1: 画像は %2×%3 ピクセル（%4 MP）と記録されており、PatchScaler が開ける %5 MP を超えています。先に縮小するか切り抜いてください。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file has %1 pages: only the first is upscaled</source>
        <translation>ファイルには %1 ページあります。最初のページだけをアップスケールします</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 frames (animated): only the first is upscaled</source>
        <translation>ファイルには %1 フレームあります（アニメーション）。最初のフレームだけをアップスケールします</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: pixel format %2 is not supported; save it as 8- or 16-bit RGB or greyscale first.</source>
        <translation>%1: ピクセル形式 %2 には対応していません。先に 8 ビットまたは 16 ビットの RGB かグレースケールで保存してください。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the EXIF data could not be rewritten and is not kept</source>
        <translation>EXIF データを書き直せなかったため、保持しません</translation>
    </message>
    <message>
        <location line="+52" />
        <source>%1: unknown output format %2; use png, jpg, webp or tiff.</source>
        <translation>%1: 不明な出力形式 %2 です。png、jpg、webp、tiff のいずれかを使ってください。</translation>
    </message>
    <message>
        <location line="+71" />
        <source>%1: %2 cannot hold %3×%4 pixels (at most %5 per side); save as PNG or TIFF.</source>
        <translation>%1: %2 は %3×%4 ピクセルを保存できません（1 辺の上限は %5）。PNG か TIFF で保存してください。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1: refusing to overwrite the input; pass --overwrite.</source>
        <translation>%1: 入力ファイルは上書きしません。--overwrite を指定してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; pass --overwrite to replace it.</source>
        <translation>%1 はすでに存在します。置き換えるには --overwrite を指定してください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the image holds invalid values (NaN or infinity), so nothing was written; the model that made it is broken.</source>
        <translation>%1: 画像に無効な値（NaN または無限大）が含まれるため、何も書き込みませんでした。これを生成したモデルが壊れています。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/memory.py" line="+125" />
        <source>one patch at a time</source>
        <translation>1 パッチずつの処理</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the coarse stage in %1 px tiles</source>
        <translation>粗処理を %1 px のタイルに分けた処理</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 ran out of memory: continuing in smaller pieces (%2 patches per batch, coarse stage in %3 px tiles), which is slower.</source>
        <translation>%1 のメモリが不足しました。より小さな単位で続行します（1 バッチ %2 パッチ、粗処理は %3 px のタイル）。処理は遅くなります。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the computer or lower --tile-memory.</source>
        <translation>%1 のメモリがこの画像には足りません（%2でも不足）。コンピューター上の他のプログラムを閉じるか、--tile-memory を下げてください。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough memory on %1 for this image, even with %2; close other programs using the GPU or use the CPU (--device cpu).</source>
        <translation>%1 のメモリがこの画像には足りません（%2でも不足）。GPU を使っている他のプログラムを閉じるか、CPU を使ってください（--device cpu）。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/metadata.py" line="+151" />
        <source>the EXIF data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>EXIF データ（%1 KB）が JPEG ファイルの上限（64 KB）を超えるため、保持しません</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the XMP data (%1 KB) is larger than a JPEG file holds (64 KB) and is not kept</source>
        <translation>XMP データ（%1 KB）が JPEG ファイルの上限（64 KB）を超えるため、保持しません</translation>
    </message>
    <message>
        <location line="+32" />
        <source>CMYK converted to sRGB with its embedded profile</source>
        <translation>埋め込みプロファイルで CMYK を sRGB に変換しました</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CMYK converted to RGB without a colour profile</source>
        <translation>カラープロファイルなしで CMYK を RGB に変換しました</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/model.py" line="+144" />
        <source>This model has no clean-up stage (a GRM trained on noisy, JPEG-compressed photos): upscale without clean-up, or use a model that has one.</source>
        <translation>このモデルにはクリーンアップ段階（ノイズのある JPEG 圧縮写真で学習した GRM）がありません。クリーンアップなしでアップスケールするか、クリーンアップのあるモデルを使ってください。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/limits.py" line="+59" />
        <source>the output would be %1×%2 = %3 MP, above the limit of %4 MP; crop or downscale the input, or raise the limit (--max-megapixels).</source>
        <translation>出力は %1×%2 = %3 MP となり、上限の %4 MP を超えます。入力を切り抜くか縮小するか、上限を引き上げてください（--max-megapixels）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the folder is read-only; choose another output folder.</source>
        <translation>%1: フォルダーは読み取り専用です。別の出力フォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: the output needs about %2 MiB but only %3 MiB are free on that disk; free some space or choose another folder.</source>
        <translation>%1: 出力には約 %2 MiB 必要ですが、そのディスクの空きは %3 MiB しかありません。空き容量を増やすか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/sampler.py" line="+438" />
        <source>The model produced invalid values (NaN or infinity) for this image, so nothing was written: its weights or schedule are broken. Reinstall the model or choose another one.</source>
        <translation>モデルがこの画像に対して無効な値（NaN または無限大）を出力したため、何も書き込みませんでした。重みまたはスケジュールが壊れています。モデルを再インストールするか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the smallest image tile</source>
        <translation>最小の画像タイル</translation>
    </message>
    <message>
        <location filename="../../patchscaler_gui/engine/publish.py" line="+76" />
        <source>%1: the file name is too long (%2 bytes; this file system takes at most %3); choose a shorter name.</source>
        <translation>%1: ファイル名が長すぎます（%2 バイト。このファイルシステムの上限は %3）。短い名前を選んでください。</translation>
    </message>
    <message>
        <location line="+132" />
        <source>%1: cannot write in this folder (%2); choose another output folder.</source>
        <translation>%1: このフォルダーには書き込めません（%2）。別の出力フォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 already exists (it may have appeared meanwhile); nothing was replaced.</source>
        <translation>%1 はすでに存在します（その間に作成された可能性があります）。何も置き換えていません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: could not write the image (%2); nothing was written.</source>
        <translation>%1: 画像を書き込めませんでした（%2）。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>GeneratorWorker</name>
    <message>
        <location filename="../../patchscaler_gui/ui/jobs.py" line="+111" />
        <source>Not enough memory for this photo: %1</source>
        <translation>この写真にはメモリが足りません: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sampling failed unexpectedly: %1: %2</source>
        <translation>サンプリングが予期せず失敗しました: %1: %2</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../../patchscaler_gui/ui/legend.py" line="+27" />
        <source>Patch difficulty (1 − mean confidence of the coarse stage): blue is easy, red is hard. Ticks mark the two thresholds; white lines in the canvas are the group boundaries.</source>
        <translation>パッチの難易度（1 − 粗処理の平均信頼度）: 青は易しく、赤は難しいパッチです。目盛りは 2 つのしきい値を示し、キャンバスの白線はグループの境界です。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Difficulty heatmap legend</source>
        <translation>難易度ヒートマップの凡例</translation>
    </message>
    <message>
        <location line="+18" />
        <source>simple: %1   medium: %2   hard: %3 patches</source>
        <translation>簡単: %1   中程度: %2   困難: %3 パッチ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>easy %1</source>
        <translation>易しい %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 hard</source>
        <translation>%1 難しい</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scale from %1 to %2; thresholds at %3 and %4.</source>
        <translation>目盛りは %1 から %2 まで、しきい値は %3 と %4 です。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../patchscaler_gui/ui/history.py" line="+99" />
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>Several Settings</source>
        <translation>複数の設定</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Look</source>
        <translation>仕上がり</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch Groups</source>
        <translation>パッチグループ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Texture Prompt</source>
        <translation>テクスチャプロンプト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clean-up</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharpening</source>
        <translation>シャープ化</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/language.py" line="+22" />
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new language applies when PatchScaler starts again.</source>
        <translation>新しい言語は PatchScaler の次回起動時に適用されます。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../patchscaler_gui/ui/main_window.py" line="+101" />
        <source>Controls</source>
        <translation>コントロール</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batch queue</source>
        <translation>バッチキュー</translation>
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
        <translation>この実行で完了したパッチステップ数</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom (%1 or wheel, %2 / %3, %4 fit, %5 100 %)</source>
        <translation>ズーム（%1 またはホイール、%2 / %3、%4 で合わせる、%5 で 100%）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The model in %1 could not be loaded (%2: %3); choose another with Model → Open… (%4).</source>
        <translation>%1 のモデルを読み込めませんでした（%2: %3）。「モデル → モデルを開く…」（%4）で別のモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No model loaded: %1</source>
        <translation>モデルが読み込まれていません: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open model folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The batch queue is running: cancel it or add files when it has finished.</source>
        <translation>バッチキューを実行中です。キャンセルするか、完了してからファイルを追加してください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No images found in %1.</source>
        <translation>%1 に画像が見つかりません。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s) added to the batch queue.</source>
        <translation>
            <numerusform>%n 枚の画像をバッチキューに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
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
        <translation>%1 は強く圧縮された JPEG です（品質 ≈ %2）。「ノイズと JPEG ブロックを除去」（%3、または仕上がり「バランス」）でほとんどのブロックを除去できます。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open images</source>
        <translation>画像を開く</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open a folder of images</source>
        <translation>画像フォルダーを開く</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The clipboard holds no image: copy an image or image files.</source>
        <translation>クリップボードに画像がありません。画像または画像ファイルをコピーしてください。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a file on this computer: PatchScaler does not download; save the image first, then open it.</source>
        <translation>%1 はこのコンピューター上のファイルではありません。PatchScaler はダウンロードしません。先に画像を保存してから開いてください。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing to copy yet: let the run finish first.</source>
        <translation>まだコピーするものがありません。先に実行を完了させてください。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Result copied to the clipboard (%1×%2).</source>
        <translation>結果をクリップボードにコピーしました（%1×%2）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nothing to save yet: let the run finish first.</source>
        <translation>まだ保存するものがありません。先に実行を完了させてください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>pasted</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save result</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Replace file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか？</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
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
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2: %3. PatchScaler keeps running; please report this with the details below.</source>
        <translation>%1: %2: %3。PatchScaler は動作を続けます。下の詳細を添えて報告してください。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>ModelSource</name>
    <message>
        <location filename="../../patchscaler_gui/ui/model_source.py" line="+30" />
        <source>%1 M parameters · patch %2 px · T = %3 · denoiser width %4, depth %5</source>
        <translation>パラメーター %1 M · パッチ %2 px · T = %3 · デノイザー 幅 %4、深さ %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>clean-up GRM</source>
        <translation>クリーンアップ GRM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>clean-up gate</source>
        <translation>クリーンアップ・ゲート</translation>
    </message>
    <message>
        <location line="+5" />
        <source>model (in memory)</source>
        <translation>モデル（メモリ上）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>untrained test model (random weights)</source>
        <translation>未学習のテストモデル（ランダムな重み）</translation>
    </message>
    <message>
        <location line="+29" />
        <source>No trained model installed (expected at %1). The app works without one only for viewing: choose a model folder with Model → Open… (%2).</source>
        <translation>学習済みモデルがインストールされていません（想定の場所: %1）。モデルがなくても表示だけはできます。「モデル → モデルを開く…」（%2）でモデルフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../patchscaler_gui/ui/recent.py" line="+37" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Clear Menu</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../patchscaler_gui/ui/session.py" line="+105" />
        <source>Predicted: after the coarse stage</source>
        <translation>予測: 粗処理の後に表示</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A large photo: it runs tile by tile, without the heatmap, the brush or partial re-sampling (Run applies changed settings to all of it).</source>
        <translation>大きな写真です。タイルごとに処理され、ヒートマップ、ブラシ、部分的な再サンプリングは使えません（「実行」で変更した設定を写真全体に適用します）。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no model loaded</source>
        <translation>モデル未読み込み</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Coarse stage…</source>
        <translation>粗処理中…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sampling…</source>
        <translation>サンプリング中…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Coarse stage %1; sampling %2 patch-steps…</source>
        <translation>粗処理 %1。%2 パッチステップをサンプリング中…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Last run: %1 for %2 patch-steps</source>
        <translation>前回の実行: %2 パッチステップで %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done in %1</source>
        <translation>%1 で完了</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../patchscaler_gui/ui/settings.py" line="+141" />
        <source>Settings file %1 could not be read (%2); using defaults.</source>
        <translation>設定ファイル %1 を読み込めませんでした（%2）。既定値を使います。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Settings file %1: ignoring bad values for %2; using the defaults for them.</source>
        <translation>設定ファイル %1: %2 の不正な値を無視し、既定値を使います。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Could not save settings to %1 (%2).</source>
        <translation>設定を %1 に保存できませんでした（%2）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../patchscaler_gui/ui/shortcuts.py" line="+25" />
        <location line="+5" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Wheel, drag</source>
        <translation>ホイール、ドラッグ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom, pan; drag the divider to compare</source>
        <translation>ズーム、パン。分割線をドラッグして比較</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../patchscaler_gui/ui/view.py" line="+21" />
        <source>Coarse stage: tile %1/%2 · ETA %3</source>
        <translation>粗処理: タイル %1/%2 · 残り %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 step %2/%3 · %4/%5 patch-steps · ETA %6</source>
        <translation>%1: ステップ %2/%3 · %4/%5 パッチステップ · 残り %6</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Up to date (%1 patch-steps in all)</source>
        <translation>最新の状態（合計 %1 パッチステップ）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA ≈ %3</source>
        <translation>予測: %2 パッチステップ中 %1 · 所要時間 ≈ %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Predicted: %1 patch-steps of %2 · ETA: measuring</source>
        <translation>予測: %2 パッチステップ中 %1 · 所要時間: 計測中</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 (brushed)</source>
        <translation>%1（ブラシで指定）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Patch %1, %2</source>
        <translation>パッチ %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difficulty %1</source>
        <translation>難易度 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group: %1</source>
        <translation>グループ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Start step %1, %n step(s)</source>
        <translation>
            <numerusform>開始ステップ %1、%n ステップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../patchscaler_gui/ui/words.py" line="+14" />
        <source>simple</source>
        <translation>簡単</translation>
    </message>
    <message>
        <location line="+1" />
        <source>medium</source>
        <translation>中程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hard</source>
        <translation>困難</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simple</source>
        <translation>簡単</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>中程度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard</source>
        <translation>困難</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Faithful</source>
        <translation>忠実</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detailed</source>
        <translation>精細</translation>
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
